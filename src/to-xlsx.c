/*
 * to-xlsx -- write JSON Lines records as an Excel workbook (libxlsxwriter).
 *
 * The rows and columns are to-csv's (zhpipe/table.h); the cells are typed:
 * numbers as numbers, text as text, booleans as booleans.  Several --sheet
 * groups fill several sheets from one pass over the records.  The workbook
 * is written under a temporary name beside the output and renamed when it
 * is complete, so a failed run leaves no truncated file under the name.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "zhpipe/buf.h"
#include "zhpipe/cli.h"
#include "zhpipe/csvout.h"
#include "zhpipe/err.h"
#include "zhpipe/record.h"
#include "zhpipe/table.h"
#include "zhpipe/xalloc.h"

enum { OPT_SHEET = ZP_OPT_FIRST_TABLE_TOOL, OPT_SHEET_ROWS, OPT_OUTPUT };

static const struct option longopts[] = { ZP_COMMON_LONGOPTS, ZP_TABLE_LONGOPTS,
	{ "sheet", required_argument, NULL, OPT_SHEET },
	{ "sheet-rows", required_argument, NULL, OPT_SHEET_ROWS },
	{ "output", required_argument, NULL, OPT_OUTPUT },
	{ NULL, 0, NULL, 0 } };

/* Excel's limits: rows per sheet, characters of a sheet name. */
#define ROWS_MAX 1048576UL
#define NAME_MAX_CHARS 31
/* Column widths, in characters: content decides, within these. */
#define WIDTH_MIN 6.0
#define WIDTH_MAX 60.0
/* Notes on numbers kept as text, per sheet: each is held in memory until
 * the workbook is closed, so there is a bound. */
#define NOTES_MAX 10000

struct sheet {
	char *name; /* as given, or the default */
	const char *fields;
	struct zp_table t;
	bool given; /* options named this sheet */
	lxw_worksheet *ws;
	unsigned part;     /* 1, then 2... for the sheets it continues on */
	unsigned long row; /* the next row of ws */
	double *width;     /* per column, of the current ws */
	bool header_done;  /* the header of ws is written */
	unsigned notes;    /* cell notes on ws */
};

static struct {
	struct sheet *sheets;
	size_t nsheets;
	unsigned long rows_max;
	const char *output;
	char *tmp;
	lxw_workbook *wb;
	lxw_format *bold;
	struct zp_reader *r;
	unsigned long long_numbers;
	struct zp_buf cell;
} g = { .rows_max = ROWS_MAX };

static void
usage(void)
{
	printf("Usage: %s [OPTION]... -o FILE.xlsx [FILE]...\n", zp_prog());
	fputs("Write JSON Lines records as an Excel workbook (.xlsx).\n"
	      "\n"
	      "  -o, --output=FILE      the workbook (written under a "
	      "temporary name,\n"
	      "                         renamed when complete); without it, "
	      "standard\n"
	      "                         output, which must not be a terminal\n",
	    stdout);
	fputs(zp_table_help, stdout);
	fputs("      --sheet=NAME       start another sheet; the --fields, "
	      "--explode and\n"
	      "                         --keep-empty after it are its own "
	      "(default: one\n"
	      "                         sheet named after --explode, or "
	      "Sheet1)\n"
	      "      --sheet-rows=N     rows per sheet, header included "
	      "(default and\n"
	      "                         most: 1048576); more continue on "
	      "'NAME (2)'...\n",
	    stdout);
	fputs(zp_common_help, stdout);
	fputs("\n"
	      "Numbers are numbers, strings text (005930 keeps its zeros), "
	      "true and false\n"
	      "booleans; null and missing fields are empty cells, nested "
	      "values compact\n"
	      "JSON text.  A number with more than 15 significant digits is "
	      "written as\n"
	      "text, a text longer than 32,767 characters is cut; both are "
	      "reported.\n"
	      "The header row is bold and frozen, with an autofilter.\n",
	    stdout);
}

/* The sheet that options apply to: a new one when the last was named. */
static struct sheet *
sheet_for_options(bool naming)
{
	struct sheet *s;

	if (g.nsheets > 0 && !(naming && g.sheets[g.nsheets - 1].given))
		return &g.sheets[g.nsheets - 1];
	g.sheets = zp_xreallocarray(g.sheets, g.nsheets + 1, sizeof(*g.sheets));
	s = &g.sheets[g.nsheets++];
	memset(s, 0, sizeof(*s));
	return s;
}

static void
sheet_option(int c, const char *arg)
{
	struct sheet *s = sheet_for_options(c == OPT_SHEET);

	s->given = true;
	switch (c) {
	case OPT_SHEET:
		/* Room for " (N)" on the sheets it continues on. */
		if (*arg == '\0' || strlen(arg) > NAME_MAX_CHARS - 6 ||
		    strpbrk(arg, "[]:*?/\\") != NULL || arg[0] == '\'')
			zp_usage_error(
			    "invalid --sheet '%s': 1 to 25 characters, "
			    "none of []:*?/\\ and not starting with '",
			    arg);
		free(s->name);
		s->name = zp_xmemdup(arg, strlen(arg));
		break;
	case ZP_OPT_FIELDS:
		s->fields = arg;
		break;
	case ZP_OPT_EXPLODE:
		if (zp_table_explode(&s->t, arg) < 0)
			zp_usage_error("--explode needs a field name");
		break;
	case ZP_OPT_FACTS:
		s->t.view = zp_view_find("facts");
		break;
	default:
		s->t.keep_empty = true;
		break;
	}
}

/* Display width of UTF-8 s[0..n): CJK and astral characters count two. */
static double
text_width(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	double w = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if ((u[i] & 0xC0) == 0x80)
			continue;
		w += u[i] >= 0xE1 ? 2 : 1;
	}
	return w;
}

static void
widen(struct sheet *s, size_t col, double w)
{
	/* Room for the autofilter button beside the text. */
	w += 2;
	if (w > WIDTH_MAX)
		w = WIDTH_MAX;
	if (w > s->width[col])
		s->width[col] = w;
}

/* libxlsxwriter's errors are all fatal here: they are reported at close,
 * except a failed cell, which means the library is out of memory or
 * given what it cannot write. */
static void
check(lxw_error e, const char *what)
{
	if (e != LXW_NO_ERROR)
		zp_die(2, "%s: %s", what, lxw_strerror(e));
}

static void
start_sheet(struct sheet *s)
{
	char name[NAME_MAX_CHARS * 4 + 1];

	if (s->part++ == 0)
		snprintf(name, sizeof(name), "%s", s->name);
	else
		snprintf(name, sizeof(name), "%s (%u)", s->name, s->part);
	s->ws = workbook_add_worksheet(g.wb, name);
	if (s->ws == NULL)
		zp_die(2, "cannot add sheet '%s'", name);
	s->row = 0;
	s->notes = 0;
	s->header_done = false;
	worksheet_freeze_panes(s->ws, 1, 0);
}

/* The autofilter and the column widths, known once the sheet is full. */
static void
finish_sheet(struct sheet *s)
{
	size_t i, n = s->t.ncols;

	if (n == 0)
		return;
	if (n > LXW_COL_MAX)
		n = LXW_COL_MAX;
	for (i = 0; i < n; i++)
		check(worksheet_set_column(
		          s->ws, (lxw_col_t)i, (lxw_col_t)i, s->width[i], NULL),
		    "column width");
	check(worksheet_autofilter(s->ws, 0, 0,
	          (lxw_row_t)(s->row > 0 ? s->row - 1 : 0), (lxw_col_t)(n - 1)),
	    "autofilter");
}

static void
write_header(struct sheet *s)
{
	size_t i;

	if (s->width == NULL)
		s->width = zp_xcalloc(s->t.ncols + 1, sizeof(*s->width));
	for (i = 0; i < s->t.ncols && i < LXW_COL_MAX; i++) {
		const char *name = s->t.cols[i].name;

		s->width[i] = WIDTH_MIN;
		widen(s, i, text_width(name, strlen(name)));
		check(worksheet_write_string(
		          s->ws, 0, (lxw_col_t)i, name, g.bold),
		    "header");
	}
	s->row = 1;
	s->header_done = true;
}

static void
put_text(struct sheet *s, size_t col, const char *p, size_t n)
{
	size_t cut = zp_utf16_prefix(p, n, ZP_EXCEL_CELL_MAX);

	if (cut < n) {
		zp_reader_warn(g.r,
		    "column \"%s\": cell cut to Excel's %d characters",
		    s->t.cols[col].name, ZP_EXCEL_CELL_MAX);
		n = cut;
	}
	if (n == 0)
		return;
	/* The library takes NUL-terminated strings. */
	if (p != g.cell.p) {
		zp_buf_clear(&g.cell);
		zp_buf_put(&g.cell, p, n);
	}
	g.cell.len = n;
	g.cell.p[n] = '\0';
	widen(s, col, text_width(p, n));
	check(worksheet_write_string(
	          s->ws, (lxw_row_t)s->row, (lxw_col_t)col, g.cell.p, NULL),
	    "cell");
}

/* A number past 15 significant digits: its exact text, and a note. */
static void
put_long_number(struct sheet *s, size_t col, const char *p, size_t n)
{
	g.long_numbers++;
	put_text(s, col, p, n);
	if (s->notes++ < NOTES_MAX)
		check(worksheet_write_comment(s->ws, (lxw_row_t)s->row,
		          (lxw_col_t)col,
		          "zhpipe: a number of more than 15 significant "
		          "digits, kept exact as text (a spreadsheet would "
		          "round it)"),
		    "note");
}

static void
put_cell(struct sheet *s, struct zp_json *j, size_t col, uint32_t v)
{
	lxw_row_t row = (lxw_row_t)s->row;
	const char *p = NULL;
	char tmp[40];
	size_t n = 0;
	enum zp_cell c = zp_table_cell(j, v, &g.cell, tmp, sizeof(tmp), &p, &n);

	switch (c) {
	case ZP_CELL_EMPTY:
		return;
	case ZP_CELL_TEXT:
		put_text(s, col, p, n);
		return;
	case ZP_CELL_NUMBER:
		/* Excel keeps 15 digits: longer values stay exact as text. */
		if (zp_sig_digits(p, n) > 15) {
			put_long_number(s, col, p, n);
			return;
		}
		widen(s, col, (double)n);
		check(worksheet_write_number(
		          s->ws, row, (lxw_col_t)col, strtod(p, NULL), NULL),
		    "cell");
		return;
	case ZP_CELL_TRUE:
	case ZP_CELL_FALSE:
		widen(s, col, 5);
		check(worksheet_write_boolean(
		          s->ws, row, (lxw_col_t)col, c == ZP_CELL_TRUE, NULL),
		    "cell");
		return;
	}
}

static void
write_row(void *ctx, struct zp_json *j, struct zp_table *t)
{
	struct sheet *s = ctx;
	size_t i;

	if (s->row >= g.rows_max) {
		finish_sheet(s);
		start_sheet(s);
	}
	if (!s->header_done)
		write_header(s);
	for (i = 0; i < t->ncols && i < LXW_COL_MAX; i++)
		put_cell(s, j, i, t->vals[i]);
	s->row++;
}

static void
convert_record(struct zp_json *j)
{
	size_t i;

	/* A bad record gives no row on any sheet. */
	for (i = 0; i < g.nsheets; i++) {
		if (zp_table_check(&g.sheets[i].t, j) < 0) {
			zp_reject(g.r, "\"%s\" is not an array",
			    g.sheets[i].t.explode);
			return;
		}
	}
	for (i = 0; i < g.nsheets; i++)
		zp_table_rows(&g.sheets[i].t, g.r, j, write_row, &g.sheets[i]);
}

/* No partial workbook stays behind, whatever ends the run. */
static void
remove_tmp(void)
{
	if (g.tmp != NULL)
		unlink(g.tmp);
}

/*
 * The temporary file the workbook is written to: beside the output, so
 * that the rename is atomic, or in TMPDIR for standard output.
 */
static void
open_tmp(void)
{
	const char *out = g.output, *slash, *dir;
	struct zp_buf b = ZP_BUF_INIT;
	mode_t mask;
	int fd;

	if (out != NULL) {
		slash = strrchr(out, '/');
		if (slash != NULL)
			zp_buf_printf(&b, "%.*s/.%s.XXXXXX", (int)(slash - out),
			    out, slash + 1);
		else
			zp_buf_printf(&b, ".%s.XXXXXX", out);
	} else {
		dir = getenv("TMPDIR");
		zp_buf_printf(&b, "%s/to-xlsx.XXXXXX",
		    dir != NULL && *dir != '\0' ? dir : "/tmp");
	}
	fd = mkstemp(b.p);
	if (fd < 0)
		zp_die(2, "%s: %s", out != NULL ? out : b.p, strerror(errno));
	/* mkstemp's mode is 0600; the workbook gets what umask allows. */
	mask = umask(0);
	umask(mask);
	if (out != NULL)
		(void)fchmod(fd, 0666 & ~mask);
	close(fd);
	g.tmp = b.p;
	atexit(remove_tmp);
}

/* Standard output gets the finished workbook, copied from the temp file. */
static int
copy_to_stdout(const char *tmp)
{
	char buf[65536];
	ssize_t n;
	int fd = open(tmp, O_RDONLY);

	if (fd < 0)
		return -1;
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		zp_out_write(buf, (size_t)n);
	close(fd);
	return n < 0 ? -1 : 0;
}

/*
 * In constant-memory mode the rows go to a temporary file per sheet that
 * libxlsxwriter writes without checking (1.1.4): a full disk there would
 * give a truncated sheet in a workbook it calls complete.  Returns the
 * errno of the first sheet whose rows could not all be written, or 0.
 */
static int
rows_lost(lxw_workbook *wb)
{
	lxw_worksheet *ws;

	LXW_FOREACH_WORKSHEET(ws, wb)
	{
		FILE *f = ws->optimize_tmpfile;

		errno = 0;
		if (f != NULL && (fflush(f) != 0 || ferror(f)))
			return errno != 0 ? errno : EIO;
	}
	return 0;
}

static void
close_workbook(lxw_workbook *wb, const char *tmp)
{
	const char *name = g.output != NULL ? g.output : "<stdout>";
	lxw_error e;
	size_t i;
	int lost;

	for (i = 0; i < g.nsheets; i++)
		finish_sheet(&g.sheets[i]);
	lost = rows_lost(wb);
	e = workbook_close(wb);
	g.wb = NULL;
	if (lost != 0) {
		zp_warn_trouble("%s: write error: %s", name, strerror(lost));
	} else if (e != LXW_NO_ERROR) {
		zp_warn_trouble("%s: write error: %s", name, lxw_strerror(e));
	} else if (g.output != NULL) {
		if (rename(tmp, g.output) != 0)
			zp_warn_trouble("%s: %s", g.output, strerror(errno));
	} else if (copy_to_stdout(tmp) != 0) {
		zp_warn_trouble("%s: %s", tmp, strerror(errno));
	}
}

/* The workbook, written to *tmp until it is complete. */
static lxw_workbook *
open_workbook(const char **tmp)
{
	lxw_workbook_options o = { .constant_memory = LXW_TRUE };
	lxw_doc_properties props = { .created = 0 };
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	size_t i;

	open_tmp();
	*tmp = g.tmp;
	o.tmpdir = getenv("TMPDIR");
	if (o.tmpdir != NULL && *o.tmpdir == '\0')
		o.tmpdir = NULL;
	/* Past 4 GB a zip needs ZIP64; every reader here takes it. */
	o.use_zip64 = LXW_TRUE;
	g.wb = workbook_new_opt(g.tmp, &o);
	if (g.wb == NULL)
		zp_die(2, "out of memory");
	/* SOURCE_DATE_EPOCH, as reproducible builds use it, makes the
	 * workbook byte for byte the same on every run. */
	if (epoch != NULL)
		props.created = (time_t)strtoll(epoch, NULL, 10);
	check(workbook_set_properties(g.wb, &props), "properties");
	g.bold = workbook_add_format(g.wb);
	format_set_bold(g.bold);
	for (i = 0; i < g.nsheets; i++)
		start_sheet(&g.sheets[i]);
	return g.wb;
}

/* Options are read per sheet: a --fields list waits for its --explode. */
static void
setup_sheets(void)
{
	size_t i, j;
	char why[160];

	if (g.nsheets == 0)
		sheet_for_options(false);
	for (i = 0; i < g.nsheets; i++) {
		struct sheet *s = &g.sheets[i];

		if (s->name == NULL && s->t.view != NULL) {
			s->name = zp_xmemdup(
			    s->t.view->name, strlen(s->t.view->name));
		} else if (s->name == NULL) {
			const char *d = s->t.explode != NULL &&
			        strlen(s->t.explode) <= NAME_MAX_CHARS - 6 &&
			        strpbrk(s->t.explode, "[]:*?/\\") == NULL ?
			    s->t.explode :
			    "Sheet1";

			s->name = zp_xmemdup(d, strlen(d));
		}
		for (j = 0; j < i; j++)
			if (strcasecmp(g.sheets[j].name, s->name) == 0)
				zp_usage_error(
				    "two sheets named '%s'", s->name);
		if (zp_table_setup(&s->t, s->fields, why, sizeof why) < 0)
			zp_usage_error("%s", why);
	}
}

static void
parse_args(int argc, char **argv, struct zp_reader_opts *ropts)
{
	long long n;
	int c;

	while ((c = getopt_long(argc, argv, "hf:e:o:", longopts, NULL)) != -1) {
		if (zp_common_option(c, optarg, ropts))
			continue;
		switch (c) {
		case 'h':
			usage();
			exit(zp_finish());
		case 'f':
		case ZP_OPT_FIELDS:
			sheet_option(ZP_OPT_FIELDS, optarg);
			break;
		case 'e':
		case ZP_OPT_EXPLODE:
			sheet_option(ZP_OPT_EXPLODE, optarg);
			break;
		case ZP_OPT_KEEP_EMPTY:
		case ZP_OPT_FACTS:
		case OPT_SHEET:
			sheet_option(c, optarg);
			break;
		case OPT_SHEET_ROWS:
			n = zp_parse_size(optarg);
			if (n < 2 || (unsigned long long)n > ROWS_MAX)
				zp_usage_error(
				    "--sheet-rows takes 2 to %lu", ROWS_MAX);
			g.rows_max = (unsigned long)n;
			break;
		case 'o':
		case OPT_OUTPUT:
			if (*optarg == '\0')
				zp_usage_error("--output needs a file name");
			g.output = optarg;
			break;
		default:
			zp_bad_option(argv);
		}
	}
	if (g.output == NULL && isatty(STDOUT_FILENO))
		zp_usage_error("will not write a workbook to a terminal "
		               "(use -o FILE or a redirection)");
	setup_sheets();
}

int
main(int argc, char *argv[])
{
	struct zp_reader_opts ropts = { 0 };
	struct zp_json *j;
	lxw_workbook *wb;
	const char *tmp;
	size_t i;

	zp_init(argv[0]);
	parse_args(argc, argv, &ropts);
	/* Operands are checked by the reader before anything is written. */
	g.r = zp_reader_open(argc - optind, argv + optind, &ropts);
	wb = open_workbook(&tmp);
	while ((j = zp_reader_next(g.r)) != NULL)
		convert_record(j);
	for (i = 0; i < g.nsheets; i++) {
		struct sheet *s = &g.sheets[i];

		/* With --fields, an empty sheet still has its header. */
		if (!s->header_done && s->t.ncols > 0)
			write_header(s);
	}
	zp_reader_close(g.r);
	close_workbook(wb, tmp);
	if (g.long_numbers > 0)
		zp_warn("%lu number%s with more than 15 significant digits "
		        "written as text, which a spreadsheet would round",
		    g.long_numbers, g.long_numbers == 1 ? "" : "s");
	for (i = 0; i < g.nsheets; i++) {
		zp_table_free(&g.sheets[i].t);
		free(g.sheets[i].name);
		free(g.sheets[i].width);
	}
	free(g.sheets);
	remove_tmp();
	free(g.tmp);
	g.tmp = NULL;
	zp_buf_free(&g.cell);
	return zp_finish();
}
