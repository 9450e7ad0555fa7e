/*
 * csv2jsonl -- parse CSV on stdin with libcsv and write each row as a JSON
 * array of strings, for round-trip tests of to-csv.  A leading UTF-8 BOM is
 * skipped.  Usage: csv2jsonl [DELIMITER]
 */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"

static struct zp_buf row = ZP_BUF_INIT;
static int nfields;

static void
field(void *s, size_t n, void *data)
{
	(void)data;
	zp_buf_putc(&row, nfields++ ? ',' : '[');
	zp_buf_json_str(&row, s, n);
}

static void
end_row(int c, void *data)
{
	(void)c;
	(void)data;
	if (nfields == 0)
		zp_buf_putc(&row, '[');
	zp_buf_puts(&row, "]\n");
	fwrite(row.p, 1, row.len, stdout);
	zp_buf_clear(&row);
	nfields = 0;
}

int
main(int argc, char *argv[])
{
	struct csv_parser p;
	char buf[65536];
	size_t n, skip = 0;
	int first = 1;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) != 0)
		return 2;
	if (argc > 1)
		csv_set_delim(&p, argv[1][0] == 't' ? '\t' : argv[1][0]);
	while ((n = fread(buf, 1, sizeof(buf), stdin)) > 0) {
		skip = 0;
		if (first && n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
			skip = 3;
		first = 0;
		if (csv_parse(&p, buf + skip, n - skip, field, end_row, NULL) !=
		    n - skip) {
			fprintf(stderr, "csv2jsonl: %s\n",
			    csv_strerror(csv_error(&p)));
			return 1;
		}
	}
	if (csv_fini(&p, field, end_row, NULL) != 0) {
		fprintf(stderr, "csv2jsonl: %s\n", csv_strerror(csv_error(&p)));
		return 1;
	}
	csv_free(&p);
	zp_buf_free(&row);
	return ferror(stdout) || fclose(stdout) ? 2 : 0;
}
