/*
 * to-csv -- write JSON Lines records as RFC 4180 CSV.
 *
 * Columns come from --fields, or else from the first record that yields a
 * row.  With --explode FIELD each element of the array FIELD becomes a row
 * carrying its parent's columns.  Values are written as they are: integers
 * digit for digit, reals in shortest round-trip form, strings decoded,
 * nested values as compact JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/cli.h"
#include "zhpipe/csvout.h"
#include "zhpipe/err.h"
#include "zhpipe/record.h"
#include "zhpipe/view.h"
#include "zhpipe/xalloc.h"

enum {
	OPT_FIELDS = ZP_OPT_FIRST_TOOL,
	OPT_EXPLODE,
	OPT_KEEP_EMPTY,
	OPT_HEADER,
	OPT_NO_HEADER,
	OPT_DELIMITER,
	OPT_CRLF,
	OPT_EXCEL,
	OPT_ENCODING,
	OPT_FACTS
};

static const struct option longopts[] = { ZP_COMMON_LONGOPTS,
	{ "fields", required_argument, NULL, OPT_FIELDS },
	{ "explode", required_argument, NULL, OPT_EXPLODE },
	{ "keep-empty", no_argument, NULL, OPT_KEEP_EMPTY },
	{ "header", no_argument, NULL, OPT_HEADER },
	{ "no-header", no_argument, NULL, OPT_NO_HEADER },
	{ "delimiter", required_argument, NULL, OPT_DELIMITER },
	{ "crlf", no_argument, NULL, OPT_CRLF },
	{ "excel", no_argument, NULL, OPT_EXCEL },
	{ "encoding", required_argument, NULL, OPT_ENCODING },
	{ "facts", no_argument, NULL, OPT_FACTS }, { NULL, 0, NULL, 0 } };

struct column {
	char *name; /* header text */
	char *path; /* dotted path in the record or the element */
	size_t pathlen;
	bool in_element; /* path is relative to the exploded element */
};

static struct {
	struct column *cols;
	size_t ncols;
	bool inferred; /* columns came from the first record */
	bool warned_extra;
	const char *explode;
	size_t explode_len;
	const struct zp_view *view; /* a preset: rows filtered */
	bool keep_empty;
	bool header;
	bool header_done;
	char delim;
	const char *eol;
	bool excel;
	struct zp_encoder *enc;
	const char *encoding;
	struct zp_buf row, conv, cell;
} g = { .header = true, .delim = ',', .eol = "\n" };

static void
usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n", zp_prog());
	fputs("Write JSON Lines records as CSV (RFC 4180).\n"
	      "\n"
	      "  -f, --fields=LIST      columns, in order: comma-separated "
	      "[NAME=]PATH,\n"
	      "                         PATH a field or a dotted path into "
	      "objects\n"
	      "                         (default: the first record's scalar "
	      "fields)\n"
	      "  -e, --explode=FIELD    one row per element of array FIELD, "
	      "with the\n"
	      "                         parent's fields; element keys are "
	      "FIELD.KEY\n"
	      "      --keep-empty       write one row with empty element cells "
	      "when the\n"
	      "                         array is empty or missing (default: no "
	      "row)\n"
	      "      --header           write a header line (the default)\n"
	      "      --no-header        no header line, nor --excel's BOM (for "
	      "shards)\n"
	      "  -d, --delimiter=C      field delimiter (default ','; 'tab' "
	      "for TAB)\n"
	      "      --crlf             end rows with CRLF\n"
	      "      --excel            for spreadsheets: UTF-8 BOM, CRLF, a "
	      "leading '\n"
	      "                         on text cells starting with = + - @ "
	      "TAB or CR,\n"
	      "                         cells cut at 32,767 characters\n"
	      "      --encoding=ENC     output encoding: utf-8 (default), "
	      "gb18030, gbk\n"
	      "                         (unmappable characters become ? and "
	      "are reported)\n",
	    stdout);
	fputs("      --facts            the facts view: one row per money or "
	      "percent figure\n"
	      "                         with a subject and a metric: columns "
	      "subject,\n"
	      "                         ticker, metric, period, value, min, "
	      "max, unit,\n"
	      "                         approx, change, basis, counterparty, "
	      "holder,\n"
	      "                         id, sent, text "
	      "(the\n"
	      "                         figure's), sentence (the record's "
	      "text); not with\n"
	      "                         --fields, --explode or --keep-empty\n",
	    stdout);
	fputs(zp_common_help, stdout);
	fputs(
	    "\n"
	    "Missing fields give empty cells, null an empty cell; nested "
	    "objects and\n"
	    "arrays are written as compact JSON.  Numbers are written as in "
	    "the input\n"
	    "(integers exactly; reals in shortest round-trip form), never "
	    "guarded.\n"
	    "With --fields the header is written even when no record comes.\n",
	    stdout);
}

static void
add_column(const char *name, size_t namelen, const char *path, size_t pathlen)
{
	struct column *c;

	g.cols = zp_xreallocarray(g.cols, g.ncols + 1, sizeof(*g.cols));
	c = &g.cols[g.ncols++];
	c->name = zp_xmemdup(name, namelen);
	c->in_element = false;
	if (g.explode != NULL && pathlen >= g.explode_len &&
	    memcmp(path, g.explode, g.explode_len) == 0 &&
	    (pathlen == g.explode_len || path[g.explode_len] == '.')) {
		c->in_element = true;
		path += g.explode_len;
		pathlen -= g.explode_len;
		if (pathlen > 0) {
			path++;
			pathlen--;
		}
	}
	c->path = zp_xmemdup(path, pathlen);
	c->pathlen = pathlen;
}

static void
parse_fields(const char *list)
{
	const char *p = list, *end, *eq;

	for (;;) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		eq = memchr(p, '=', (size_t)(end - p));
		if (end == p || (eq != NULL && (eq == p || eq + 1 == end)))
			zp_usage_error("invalid --fields: '%s'", list);
		if (eq != NULL)
			add_column(p, (size_t)(eq - p), eq + 1,
			    (size_t)(end - eq - 1));
		else
			add_column(p, (size_t)(end - p), p, (size_t)(end - p));
		if (*end == '\0')
			break;
		p = end + 1;
	}
}

/* Columns from the first record: its scalar fields, then the element's. */
static void
infer_columns(struct zp_json *j, uint32_t elem)
{
	uint32_t k;
	size_t klen;
	const char *key;

	for (k = zp_json_first(j, 0); k != ZP_JSON_NONE;
	     k = zp_json_next(j, 0, k)) {
		enum zp_jtype t = zp_json_type(j, k + 1);

		if (t == ZP_JOBJECT || t == ZP_JARRAY)
			continue;
		key = zp_json_str(j, k, &klen);
		add_column(key, klen, key, klen);
	}
	if (elem == ZP_JSON_NONE)
		return;
	if (zp_json_type(j, elem) != ZP_JOBJECT) {
		add_column(g.explode, g.explode_len, g.explode, g.explode_len);
		return;
	}
	for (k = zp_json_first(j, elem); k != ZP_JSON_NONE;
	     k = zp_json_next(j, elem, k)) {
		enum zp_jtype t = zp_json_type(j, k + 1);
		struct zp_buf name = ZP_BUF_INIT;

		if (t == ZP_JOBJECT || t == ZP_JARRAY)
			continue;
		key = zp_json_str(j, k, &klen);
		zp_buf_printf(&name, "%s.%.*s", g.explode, (int)klen, key);
		add_column(name.p, name.len, name.p, name.len);
		zp_buf_free(&name);
	}
}

/* Is key a column?  Records usually repeat the header's order: try pos. */
static bool
is_column(struct zp_json *j, uint32_t key, size_t pos)
{
	size_t i;

	if (pos < g.ncols && !g.cols[pos].in_element &&
	    zp_json_str_eq(j, key, g.cols[pos].path, g.cols[pos].pathlen))
		return true;
	for (i = 0; i < g.ncols; i++)
		if (!g.cols[i].in_element &&
		    zp_json_str_eq(j, key, g.cols[i].path, g.cols[i].pathlen))
			return true;
	return false;
}

/* With inferred columns, a scalar field the header lacks is dropped. */
static void
check_extra_fields(struct zp_reader *r, struct zp_json *j)
{
	uint32_t k;
	size_t klen, pos = 0;
	const char *key;

	for (k = zp_json_first(j, 0); k != ZP_JSON_NONE;
	     k = zp_json_next(j, 0, k)) {
		enum zp_jtype t = zp_json_type(j, k + 1);

		if (t == ZP_JOBJECT || t == ZP_JARRAY || is_column(j, k, pos++))
			continue;
		key = zp_json_str(j, k, &klen);
		zp_reader_warn(r,
		    "field \"%.*s\" is not in the header taken "
		    "from the first record; dropped (warned once)",
		    (int)klen, key);
		g.warned_extra = true;
		return;
	}
}

/*
 * A real as written is already its shortest round-trip form when it has
 * at most 15 significant digits, no exponent and no trailing zero.
 */
static bool
real_is_shortest(const char *s, size_t n)
{
	size_t i, digits = 0;
	bool lead = true;

	if (n == 0 || s[n - 1] == '0')
		return false;
	for (i = 0; i < n; i++) {
		if (s[i] == 'e' || s[i] == 'E')
			return false;
		if (s[i] >= '0' && s[i] <= '9') {
			if (lead && s[i] == '0')
				continue;
			lead = false;
			digits++;
		}
	}
	return digits <= 15;
}

static void
write_output(const char *p, size_t n, struct zp_reader *r)
{
	size_t bad;

	if (g.enc == NULL) {
		zp_out_write(p, n);
		return;
	}
	bad = zp_encoder_convert(g.enc, p, n, &g.conv);
	if (bad > 0) {
		if (r != NULL)
			zp_reader_warn(r,
			    "%zu character%s not representable "
			    "in %s, written as '?'",
			    bad, bad == 1 ? "" : "s", g.encoding);
		else
			zp_warn("header: %zu character%s not representable "
			        "in %s, written as '?'",
			    bad, bad == 1 ? "" : "s", g.encoding);
	}
	zp_out_write(g.conv.p, g.conv.len);
}

static void
write_header(void)
{
	size_t i;

	g.header_done = true;
	if (!g.header)
		return;
	/* The BOM marks the start of the file, so it goes with the header:
	 * --no-header parts then concatenate after a header part. */
	if (g.excel && g.enc == NULL)
		zp_out_write("\xEF\xBB\xBF", 3);
	zp_buf_clear(&g.row);
	for (i = 0; i < g.ncols; i++) {
		if (i > 0)
			zp_buf_putc(&g.row, g.delim);
		zp_csv_cell(&g.row, g.cols[i].name, strlen(g.cols[i].name),
		    g.delim, g.excel);
	}
	zp_csv_end_row(&g.row, 0, g.eol);
	write_output(g.row.p, g.row.len, NULL);
}

static void
put_text_cell(struct zp_reader *r, const char *s, size_t n, const char *col)
{
	if (g.excel) {
		size_t cut = zp_utf16_prefix(s, n,
		    ZP_EXCEL_CELL_MAX - (n > 0 && zp_csv_formula_start(s[0])));

		if (cut < n) {
			zp_reader_warn(r,
			    "column \"%s\": cell cut to Excel's "
			    "%d characters",
			    col, ZP_EXCEL_CELL_MAX);
			n = cut;
		}
	}
	zp_csv_cell(&g.row, s, n, g.delim, g.excel);
}

static void
put_cell(struct zp_reader *r, struct zp_json *j, uint32_t v, const char *col)
{
	const char *s;
	size_t n;
	char tmp[40];

	if (v == ZP_JSON_NONE)
		return;
	switch (zp_json_type(j, v)) {
	case ZP_JNULL:
		return;
	case ZP_JSTRING:
		s = zp_json_str(j, v, &n);
		put_text_cell(r, s, n, col);
		return;
	case ZP_JNUMBER:
		s = zp_json_raw(j, v, &n);
		if (!(zp_json_tok(j, v)->flags & ZP_JF_INT) &&
		    !real_is_shortest(s, n)) {
			char *copy = zp_xmemdup(s, n);

			n = (size_t)zp_format_double(
			    tmp, sizeof(tmp), strtod(copy, NULL));
			free(copy);
			s = tmp;
		}
		/* Numbers are never guarded: -3.5 stays a number. */
		zp_csv_cell(&g.row, s, n, g.delim, false);
		return;
	case ZP_JTRUE:
		zp_buf_puts(&g.row, "true");
		return;
	case ZP_JFALSE:
		zp_buf_puts(&g.row, "false");
		return;
	default:
		zp_buf_clear(&g.cell);
		zp_json_compact(j, v, &g.cell);
		put_text_cell(r, g.cell.p, g.cell.len, col);
		return;
	}
}

static void
write_row(struct zp_reader *r, struct zp_json *j, uint32_t elem)
{
	size_t i;
	uint32_t v;

	if (!g.header_done)
		write_header();
	zp_buf_clear(&g.row);
	for (i = 0; i < g.ncols; i++) {
		const struct column *c = &g.cols[i];

		if (i > 0)
			zp_buf_putc(&g.row, g.delim);
		if (!c->in_element)
			v = zp_json_path(j, 0, c->path);
		else if (elem == ZP_JSON_NONE)
			v = ZP_JSON_NONE;
		else if (c->pathlen == 0)
			v = elem;
		else
			v = zp_json_path(j, elem, c->path);
		put_cell(r, j, v, c->name);
	}
	zp_csv_end_row(&g.row, 0, g.eol);
	write_output(g.row.p, g.row.len, r);
}

static void
convert_record(struct zp_reader *r, struct zp_json *j)
{
	uint32_t arr = ZP_JSON_NONE, e;

	if (g.explode != NULL) {
		arr = zp_json_path(j, 0, g.explode);
		if (arr != ZP_JSON_NONE && zp_json_type(j, arr) == ZP_JNULL)
			arr = ZP_JSON_NONE;
		if (arr != ZP_JSON_NONE && zp_json_type(j, arr) != ZP_JARRAY) {
			zp_reject(r, "\"%s\" is not an array", g.explode);
			return;
		}
		e = arr != ZP_JSON_NONE ? zp_json_first(j, arr) : ZP_JSON_NONE;
		if (e == ZP_JSON_NONE && !g.keep_empty)
			return;
	} else {
		e = ZP_JSON_NONE;
	}
	if (g.ncols == 0 && !g.header_done)
		infer_columns(j, e);
	else if (g.inferred && !g.warned_extra)
		check_extra_fields(r, j);
	if (g.explode == NULL || e == ZP_JSON_NONE) {
		write_row(r, j, ZP_JSON_NONE);
		return;
	}
	for (; e != ZP_JSON_NONE; e = zp_json_next(j, arr, e))
		if (g.view == NULL || zp_view_keep(g.view, j, e))
			write_row(r, j, e);
}

int
main(int argc, char *argv[])
{
	struct zp_reader_opts ropts = { 0 };
	struct zp_reader *r;
	struct zp_json *j;
	const char *fields = NULL;
	char err[160];
	bool crlf = false;
	int c;

	zp_init(argv[0]);
	while ((c = getopt_long(argc, argv, "hf:e:d:", longopts, NULL)) != -1) {
		if (zp_common_option(c, optarg, &ropts))
			continue;
		switch (c) {
		case 'h':
			usage();
			return zp_finish();
		case 'f':
		case OPT_FIELDS:
			fields = optarg;
			break;
		case 'e':
		case OPT_EXPLODE:
			if (*optarg == '\0')
				zp_usage_error("--explode needs a field name");
			g.explode = optarg;
			g.explode_len = strlen(optarg);
			break;
		case OPT_KEEP_EMPTY:
			g.keep_empty = true;
			break;
		case OPT_HEADER:
			g.header = true;
			break;
		case OPT_NO_HEADER:
			g.header = false;
			break;
		case 'd':
		case OPT_DELIMITER:
			if (strcmp(optarg, "tab") == 0 ||
			    strcmp(optarg, "\\t") == 0)
				g.delim = '\t';
			else if (strlen(optarg) == 1 && optarg[0] != '"' &&
			    optarg[0] != '\n' && optarg[0] != '\r' &&
			    (unsigned char)optarg[0] < 0x80)
				g.delim = optarg[0];
			else
				zp_usage_error(
				    "--delimiter takes one ASCII "
				    "character other than a quote or newline");
			break;
		case OPT_CRLF:
			crlf = true;
			break;
		case OPT_EXCEL:
			g.excel = true;
			break;
		case OPT_ENCODING:
			g.encoding = optarg;
			break;
		case OPT_FACTS:
			g.view = zp_view_find("facts");
			break;
		default:
			zp_bad_option(argv);
		}
	}
	if (g.view != NULL) {
		if (fields != NULL || g.explode != NULL || g.keep_empty)
			zp_usage_error(
			    "--%s sets the columns and rows: not with "
			    "--fields, --explode or --keep-empty",
			    g.view->name);
		g.explode = g.view->explode;
		g.explode_len = strlen(g.explode);
		fields = g.view->fields;
	}
	if (fields != NULL)
		parse_fields(fields);
	g.inferred = fields == NULL;
	if (crlf || g.excel)
		g.eol = "\r\n";
	if (g.encoding != NULL && strcasecmp(g.encoding, "utf-8") != 0 &&
	    strcasecmp(g.encoding, "utf8") != 0) {
		g.enc = zp_encoder_open(g.encoding, err, sizeof(err));
		if (g.enc == NULL)
			zp_usage_error("%s", err);
	}

	r = zp_reader_open(argc - optind, argv + optind, &ropts);
	while ((j = zp_reader_next(r)) != NULL)
		convert_record(r, j);
	if (!g.header_done && g.ncols > 0)
		write_header();
	zp_reader_close(r);
	zp_encoder_close(g.enc);
	zp_buf_free(&g.row);
	zp_buf_free(&g.conv);
	zp_buf_free(&g.cell);
	for (size_t i = 0; i < g.ncols; i++) {
		free(g.cols[i].name);
		free(g.cols[i].path);
	}
	free(g.cols);
	return zp_finish();
}
