/*
 * test_table -- the table view shared by to-csv and to-xlsx (columns,
 * --explode rows, significant digits) and the spreadsheet protection of
 * csvout (issue 19: which text a spreadsheet would convert, and the
 * ="TEXT" form that keeps it).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/buf.h"
#include "zhpipe/csvout.h"
#include "zhpipe/json.h"
#include "zhpipe/table.h"

static bool
converts(const char *s)
{
	return zp_csv_would_convert(s, strlen(s));
}

static void
test_would_convert(void **state)
{
	static const char *const yes[] = { "005930", "0", "3.1%", "11.60%",
		"3-4", "1/2", "2024-01", "2024-01-31", "1E5", "2.5e-3", "1e+9",
		"12345678901234567890", "10:30", "TRUE", "false", "(3)", "$5",
		"¥1,200", "2024年1月", " 42 ", "1 1/2" };
	static const char *const no[] = { "", "H100", "Q4", "2023-Q4", "e:1",
		"E5", "1e", "1ex", "FY2026", "=1+2", "-3.5", "+86 10", "@SUM",
		"\t1", "trueish", "三星", " ", "%", "三星3", "3月份" };
	size_t i;
	char big[ZP_PROTECT_MAX + 2];

	(void)state;
	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (!converts(yes[i]))
			fail_msg("not protected: '%s'", yes[i]);
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (converts(no[i]))
			fail_msg("protected: '%s'", no[i]);
	/* A formula holds 8,192 characters: longer cells are left alone. */
	memset(big, '7', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	assert_false(converts(big));
	big[ZP_PROTECT_MAX] = '\0';
	assert_true(converts(big));
}

static void
test_protect(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	char v[300];

	(void)state;
	zp_csv_cell(&b, "005930", 6, ',', true);
	zp_buf_putc(&b, ',');
	zp_csv_cell(&b, "3-4", 3, ',', false);
	zp_buf_putc(&b, ',');
	zp_csv_cell(&b, "-3.5", 4, ',', true);
	zp_buf_putc(&b, ',');
	zp_csv_cell(&b, "1,000", 5, ',', true);
	assert_string_equal(
	    b.p, "\"=\"\"005930\"\"\",3-4,'-3.5,\"=\"\"1,000\"\"\"");
	/* Literals of at most 255 characters, joined with &. */
	zp_buf_clear(&b);
	memset(v, '9', sizeof(v));
	zp_csv_protect(&b, v, sizeof(v));
	assert_int_equal(b.len, 4 + 255 + 5 + 45 + 3);
	assert_memory_equal(b.p + 4 + 255, "\"\"&\"\"", 5);
	zp_buf_free(&b);
}

static void
test_sig_digits(void **state)
{
	(void)state;
	assert_int_equal(zp_sig_digits("2800000000000", 13), 2);
	assert_int_equal(zp_sig_digits("0.0150", 6), 2);
	assert_int_equal(zp_sig_digits("-123456789012345", 16), 15);
	assert_int_equal(zp_sig_digits("12345678901234567890", 20), 19);
	assert_int_equal(
	    zp_sig_digits("999999999999999999999900000000", 30), 22);
	assert_int_equal(zp_sig_digits("1.0000000000000002", 18), 17);
	assert_int_equal(zp_sig_digits("1.5e20", 6), 2);
	assert_int_equal(zp_sig_digits("0", 1), 0);
	assert_int_equal(zp_sig_digits("1005", 4), 4);
}

struct rows {
	struct zp_buf out;
};

/* Each row as "v|v|v;" with - for a missing value. */
static void
collect(void *ctx, struct zp_json *j, struct zp_table *t)
{
	struct rows *r = ctx;
	size_t i, n;
	const char *s;

	for (i = 0; i < t->ncols; i++) {
		if (i > 0)
			zp_buf_putc(&r->out, '|');
		if (t->vals[i] == ZP_JSON_NONE) {
			zp_buf_putc(&r->out, '-');
			continue;
		}
		s = zp_json_raw(j, t->vals[i], &n);
		zp_buf_put(&r->out, s, n);
	}
	zp_buf_putc(&r->out, ';');
}

static void
test_rows(void **state)
{
	static const char *recs[] = {
		"{\"id\":\"a\",\"m\":{\"s\":1},\"n\":[{\"v\":1},{\"v\":2}]}",
		"{\"id\":\"b\",\"n\":[]}",
		"{\"id\":\"c\",\"n\":null}",
		"{\"id\":\"d\",\"n\":[{\"w\":3}]}",
	};
	struct zp_table t = ZP_TABLE_INIT;
	struct zp_json j = ZP_JSON_INIT;
	struct rows r = { ZP_BUF_INIT };
	size_t i;

	(void)state;
	assert_int_equal(zp_table_explode(&t, ""), -1);
	assert_int_equal(zp_table_explode(&t, "n"), 0);
	assert_int_equal(zp_table_fields(&t, "id,,x"), -1);
	assert_int_equal(zp_table_fields(&t, "=x"), -1);
	assert_int_equal(zp_table_fields(&t, "x="), -1);
	assert_int_equal(t.ncols, 0);
	assert_int_equal(zp_table_fields(&t, "id,src=m.s,val=n.v,n.w"), 0);
	assert_int_equal(t.ncols, 4);
	assert_string_equal(t.cols[2].name, "val");
	assert_true(t.cols[2].in_element);
	assert_false(t.cols[1].in_element);
	t.keep_empty = true;
	for (i = 0; i < sizeof(recs) / sizeof(recs[0]); i++) {
		assert_int_equal(
		    zp_json_parse(&j, recs[i], strlen(recs[i])), 0);
		assert_int_equal(zp_table_check(&t, &j), 0);
		zp_table_rows(&t, NULL, &j, collect, &r);
	}
	assert_string_equal(r.out.p,
	    "\"a\"|1|1|-;\"a\"|1|2|-;\"b\"|-|-|-;\"c\"|-|-|-;\"d\"|-|-|3;");
	assert_int_equal(zp_json_parse(&j, "{\"n\":7}", 7), 0);
	assert_int_equal(zp_table_check(&t, &j), -1);
	zp_json_free(&j);
	zp_buf_free(&r.out);
	zp_table_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_would_convert),
		cmocka_unit_test(test_protect),
		cmocka_unit_test(test_sig_digits),
		cmocka_unit_test(test_rows),
	};

	return cmocka_run_group_tests_name("table", tests, NULL, NULL);
}
