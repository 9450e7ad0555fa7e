/*
 * fuzz_csv -- the CSV cell writer: any bytes, split into cells at NUL bytes,
 * written as one row with zp_csv_cell and parsed back with libcsv, must give
 * the same cells (with the formula guard, the same cells with a leading '
 * where the guard applies, and ="TEXT" around text a spreadsheet would
 * convert, its 255-character literals joined with "&").
 */
#include <csv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/csvout.h"

struct parsed {
	struct zp_buf cells[64];
	size_t n;
	size_t rows;
};

static void
on_field(void *s, size_t n, void *data)
{
	struct parsed *p = data;

	if (p->n < 64) {
		zp_buf_clear(&p->cells[p->n]);
		zp_buf_put(&p->cells[p->n], s != NULL ? s : "", n);
	}
	p->n++;
}

static void
on_row(int c, void *data)
{
	(void)c;
	((struct parsed *)data)->rows++;
}

/* The text of a protected cell ="A"&"B": AB, in out; false if malformed. */
static bool
unprotect(const char *s, size_t n, struct zp_buf *out)
{
	size_t i;

	zp_buf_clear(out);
	if (n < 3 || s[0] != '=' || s[1] != '"' || s[n - 1] != '"')
		return false;
	for (i = 2; i < n - 1; i++) {
		if (s[i] == '"') {
			if (i + 2 >= n - 1 || s[i + 1] != '&' ||
			    s[i + 2] != '"')
				return false;
			i += 2;
			continue;
		}
		zp_buf_putc(out, s[i]);
	}
	return true;
}

static void
check(const uint8_t *data, size_t size, char delim, bool guard)
{
	static struct parsed p;
	struct zp_buf row = ZP_BUF_INIT, plain = ZP_BUF_INIT;
	struct csv_parser cp;
	const char *cell[64];
	size_t len[64], ncells = 0, i = 0, j;

	/* Cells are the NUL-separated pieces of the input; at most 64. */
	while (ncells < 64) {
		const uint8_t *nul = memchr(data + i, 0, size - i);
		size_t end = nul != NULL ? (size_t)(nul - data) : size;

		cell[ncells] = (const char *)data + i;
		len[ncells++] = end - i;
		if (nul == NULL)
			break;
		i = end + 1;
	}
	for (j = 0; j < ncells; j++) {
		if (j > 0)
			zp_buf_putc(&row, delim);
		zp_csv_cell(&row, cell[j], len[j], delim, guard);
	}
	zp_csv_end_row(&row, 0, "\n");

	p.n = p.rows = 0;
	if (csv_init(&cp, CSV_STRICT | CSV_STRICT_FINI) != 0)
		abort();
	csv_set_delim(&cp, delim);
	if (csv_parse(&cp, row.p, row.len, on_field, on_row, &p) != row.len)
		abort();
	if (csv_fini(&cp, on_field, on_row, &p) != 0)
		abort();
	csv_free(&cp);
	if (p.rows != 1 || p.n != ncells)
		abort();
	for (j = 0; j < ncells; j++) {
		const char *got = p.cells[j].p != NULL ? p.cells[j].p : "";
		size_t glen = p.cells[j].len;

		if (guard && zp_csv_would_convert(cell[j], len[j])) {
			if (!unprotect(got, glen, &plain))
				abort();
			got = plain.p;
			glen = plain.len;
		} else if (guard && len[j] > 0 &&
		    zp_csv_formula_start(cell[j][0])) {
			if (glen == 0 || got[0] != '\'')
				abort();
			got++;
			glen--;
		}
		if (glen != len[j] || memcmp(got, cell[j], glen) != 0)
			abort();
	}
	zp_buf_free(&row);
	zp_buf_free(&plain);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	check(data, size, ',', false);
	check(data, size, ',', true);
	check(data, size, '\t', false);
	return 0;
}
