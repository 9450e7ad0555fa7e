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
#include "zhpipe/table.h"
#include "zhpipe/xalloc.h"

enum {
	OPT_HEADER = ZP_OPT_FIRST_TABLE_TOOL,
	OPT_NO_HEADER,
	OPT_DELIMITER,
	OPT_CRLF,
	OPT_EXCEL,
	OPT_ENCODING
};

static const struct option longopts[] = { ZP_COMMON_LONGOPTS, ZP_TABLE_LONGOPTS,
	{ "header", no_argument, NULL, OPT_HEADER },
	{ "no-header", no_argument, NULL, OPT_NO_HEADER },
	{ "delimiter", required_argument, NULL, OPT_DELIMITER },
	{ "crlf", no_argument, NULL, OPT_CRLF },
	{ "excel", no_argument, NULL, OPT_EXCEL },
	{ "encoding", required_argument, NULL, OPT_ENCODING },
	{ NULL, 0, NULL, 0 } };

static struct {
	struct zp_table t;
	bool header;
	bool header_done;
	char delim;
	const char *eol;
	bool excel;
	unsigned long long_numbers; /* --excel: numbers written as text */
	struct zp_encoder *enc;
	const char *encoding;
	struct zp_reader *r;
	struct zp_buf row, conv, cell;
} g = { .header = true, .delim = ',', .eol = "\n" };

static void
usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n", zp_prog());
	fputs("Write JSON Lines records as CSV (RFC 4180).\n\n", stdout);
	fputs(zp_table_help, stdout);
	fputs("      --header           write a header line (the default)\n"
	      "      --no-header        no header line, nor --excel's BOM (for "
	      "shards)\n"
	      "  -d, --delimiter=C      field delimiter (default ','; 'tab' "
	      "for TAB)\n"
	      "      --crlf             end rows with CRLF\n"
	      "      --excel            for spreadsheets: UTF-8 BOM, CRLF, a "
	      "leading '\n"
	      "                         on text cells starting with = + - @ "
	      "TAB or CR,\n"
	      "                         text a spreadsheet would convert "
	      "(005930, 3.1%,\n"
	      "                         3-4, 1E5) and numbers past 15 "
	      "digits as =\"TEXT\",\n"
	      "                         cells cut at 32,767 characters\n"
	      "      --encoding=ENC     output encoding: utf-8 (default), "
	      "gb18030, gbk\n"
	      "                         (unmappable characters become ? and "
	      "are reported)\n",
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
	for (i = 0; i < g.t.ncols; i++) {
		if (i > 0)
			zp_buf_putc(&g.row, g.delim);
		zp_csv_cell(&g.row, g.t.cols[i].name, strlen(g.t.cols[i].name),
		    g.delim, g.excel);
	}
	zp_csv_end_row(&g.row, 0, g.eol);
	write_output(g.row.p, g.row.len, NULL);
}

static void
put_text_cell(const char *s, size_t n, const char *col)
{
	if (g.excel) {
		size_t cut = zp_utf16_prefix(s, n,
		    ZP_EXCEL_CELL_MAX - (n > 0 && zp_csv_formula_start(s[0])));

		if (cut < n) {
			zp_reader_warn(g.r,
			    "column \"%s\": cell cut to Excel's "
			    "%d characters",
			    col, ZP_EXCEL_CELL_MAX);
			n = cut;
		}
	}
	zp_csv_cell(&g.row, s, n, g.delim, g.excel);
}

static void
put_cell(struct zp_json *j, uint32_t v, const char *col)
{
	const char *s = NULL;
	size_t n = 0;
	char tmp[40];

	switch (zp_table_cell(j, v, &g.cell, tmp, sizeof(tmp), &s, &n)) {
	case ZP_CELL_EMPTY:
		return;
	case ZP_CELL_TEXT:
		put_text_cell(s, n, col);
		return;
	case ZP_CELL_NUMBER:
		/* A spreadsheet keeps 15 digits: longer values go as text
		 * rather than rounded.  Numbers are never formula-guarded:
		 * -3.5 stays a number. */
		if (g.excel && zp_sig_digits(s, n) > 15) {
			g.long_numbers++;
			zp_csv_protect(&g.row, s, n);
		} else {
			zp_csv_cell(&g.row, s, n, g.delim, false);
		}
		return;
	case ZP_CELL_TRUE:
		zp_buf_puts(&g.row, "true");
		return;
	case ZP_CELL_FALSE:
		zp_buf_puts(&g.row, "false");
		return;
	}
}

static void
write_row(void *ctx, struct zp_json *j, struct zp_table *t)
{
	size_t i;

	(void)ctx;
	if (!g.header_done)
		write_header();
	zp_buf_clear(&g.row);
	for (i = 0; i < t->ncols; i++) {
		if (i > 0)
			zp_buf_putc(&g.row, g.delim);
		put_cell(j, t->vals[i], t->cols[i].name);
	}
	zp_csv_end_row(&g.row, 0, g.eol);
	write_output(g.row.p, g.row.len, g.r);
}

int
main(int argc, char *argv[])
{
	struct zp_reader_opts ropts = { 0 };
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
		case ZP_OPT_FIELDS:
			fields = optarg;
			break;
		case 'e':
		case ZP_OPT_EXPLODE:
			if (zp_table_explode(&g.t, optarg) < 0)
				zp_usage_error("--explode needs a field name");
			break;
		case ZP_OPT_KEEP_EMPTY:
			g.t.keep_empty = true;
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
		case ZP_OPT_FACTS:
			g.t.view = zp_view_find("facts");
			break;
		default:
			zp_bad_option(argv);
		}
	}
	if (zp_table_setup(&g.t, fields, err, sizeof(err)) < 0)
		zp_usage_error("%s", err);
	if (crlf || g.excel)
		g.eol = "\r\n";
	if (g.encoding != NULL && strcasecmp(g.encoding, "utf-8") != 0 &&
	    strcasecmp(g.encoding, "utf8") != 0) {
		g.enc = zp_encoder_open(g.encoding, err, sizeof(err));
		if (g.enc == NULL)
			zp_usage_error("%s", err);
	}

	g.r = zp_reader_open(argc - optind, argv + optind, &ropts);
	while ((j = zp_reader_next(g.r)) != NULL) {
		if (zp_table_check(&g.t, j) < 0)
			zp_reject(g.r, "\"%s\" is not an array", g.t.explode);
		else
			zp_table_rows(&g.t, g.r, j, write_row, NULL);
	}
	if (!g.header_done && g.t.ncols > 0)
		write_header();
	zp_reader_close(g.r);
	if (g.long_numbers > 0)
		zp_warn("%lu number%s with more than 15 significant digits "
		        "written as text, which a spreadsheet would round",
		    g.long_numbers, g.long_numbers == 1 ? "" : "s");
	zp_encoder_close(g.enc);
	zp_buf_free(&g.row);
	zp_buf_free(&g.conv);
	zp_buf_free(&g.cell);
	zp_table_free(&g.t);
	return zp_finish();
}
