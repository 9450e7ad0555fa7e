/*
 * test_numbers -- the figure finder's interface: the reference date, the
 * entities, added metric terms, reuse of one finder across texts, and the
 * shape of what it writes.  The expression families themselves are covered
 * by the golden cases in tests/golden/extract-numbers/.
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
#include "zhpipe/numbers.h"

static struct zp_numbers *z;
static struct zp_buf out = ZP_BUF_INIT;

static const char *
find(const char *text, const struct zp_nctx *ctx, size_t *count)
{
	size_t n;

	zp_buf_clear(&out);
	n = zp_numbers_json(z, text, strlen(text), ctx, &out);
	if (count != NULL)
		*count = n;
	return out.p;
}

static void
expect_has(const char *text, const struct zp_nctx *ctx, const char *want)
{
	const char *got = find(text, ctx, NULL);

	if (strstr(got, want) == NULL)
		fail_msg("%s\n  got  %s\n  want ...%s...", text, got, want);
}

static void
expect_not(const char *text, const struct zp_nctx *ctx, const char *bad)
{
	const char *got = find(text, ctx, NULL);

	if (strstr(got, bad) != NULL)
		fail_msg("%s\n  got  %s\n  not  ...%s...", text, got, bad);
}

static void
test_parse_date(void **state)
{
	struct zp_nctx c;

	(void)state;
	memset(&c, 0, sizeof c);
	assert_int_equal(zp_numbers_parse_date("2024-01-31", 10, &c), 0);
	assert_int_equal(c.year, 2024);
	assert_int_equal(c.month, 1);
	assert_int_equal(c.day, 31);
	assert_int_equal(zp_numbers_parse_date("2023-07", 7, &c), 0);
	assert_int_equal(c.year, 2023);
	assert_int_equal(c.day, 0);
	assert_int_equal(zp_numbers_parse_date("2022", 4, &c), 0);
	assert_int_equal(zp_numbers_parse_date("20x2", 4, &c), -1);
	assert_int_equal(zp_numbers_parse_date("2022-13-01", 10, &c), -1);
	assert_int_equal(zp_numbers_parse_date("", 0, &c), -1);
}

static void
test_reference_date(void **state)
{
	struct zp_nctx c;

	(void)state;
	memset(&c, 0, sizeof c);
	c.year = 2024;
	c.month = 3;
	expect_has("今年一季度净利润为3亿元。", &c, "\"period\":\"2024-Q1\"");
	expect_has("去年12月营收为3亿元。", &c, "\"date\":\"2023-12\"");
	expect_has("前年第二季度营收为3亿元。", &c, "\"period\":\"2022-Q2\"");
	/* Without a date nothing is guessed. */
	expect_has("去年12月营收为3亿元。", NULL, "\"date\":\"--12\"");
	expect_has("今年一季度净利润为3亿元。", NULL, "\"period\":\"Q1\"");
	/* 去年同期 names a basis, not the period of the figure. */
	expect_not("去年同期亏损1.9万亿韩元。", &c, "\"period\"");
	/* 上半年 with a year before it. */
	expect_has(
	    "2023年上半年净利润为8亿元。", NULL, "\"period\":\"2023-H1\"");
}

static void
test_subject(void **state)
{
	const char *t = "台积电营收为5000亿元，三星营收为3000亿元。";
	struct zp_nentity e[2] = {
		{ .start = 0, .end = 3, .id = "TSMC", .idlen = 4, .org = true },
		{ .start = 13,
		    .end = 15,
		    .id = "Samsung Electronics",
		    .idlen = 19,
		    .org = true },
	};
	struct zp_nctx c;
	const char *got;
	const char *second;

	(void)state;
	memset(&c, 0, sizeof c);
	c.ents = e;
	c.nents = 2;
	got = find(t, &c, NULL);
	second = strstr(got, "3000");
	assert_non_null(second);
	assert_non_null(strstr(got, "\"subject\":\"TSMC\""));
	assert_non_null(strstr(second, "\"subject\":\"Samsung Electronics\""));
	/* A person is never a subject. */
	e[0].org = false;
	e[1].org = false;
	expect_not(t, &c, "\"subject\"");
}

static void
test_metrics(void **state)
{
	const char *t = "该省装机容量达30GW。";

	(void)state;
	expect_not(t, NULL, "\"metric\"");
	zp_numbers_add_metric(z, "装机容量", strlen("装机容量"));
	expect_has(t, NULL, "\"metric\":\"装机容量\"");
	/* The longest term wins. */
	expect_has("归母净利润为2亿元。", NULL, "\"metric\":\"归母净利润\"");
	/* Another clause's metric is not borrowed; the action the money
	 * goes to is its own. */
	expect_not("净利润下降，公司拿出2亿元回购。", NULL, "\"净利润\"");
	expect_has(
	    "净利润下降，公司拿出2亿元回购。", NULL, "\"metric\":\"回购\"");
	expect_not("净利润下降，公司拿出2亿元用于扩产。", NULL, "\"metric\"");
}

static void
test_reuse(void **state)
{
	char first[512];
	size_t n;

	(void)state;
	/* A finder carries nothing from one text to the next. */
	snprintf(first, sizeof first, "%s", find("营收为5亿元。", NULL, &n));
	assert_int_equal(n, 1);
	find("2023年第四季度的一个很长的句子，营收为8亿元，同比增长8%。", NULL,
	    &n);
	assert_int_equal(n, 4);
	assert_string_equal(find("营收为5亿元。", NULL, NULL), first);
	assert_string_equal(find("", NULL, &n), "[]");
	assert_int_equal(n, 0);
}

static void
test_shape(void **state)
{
	(void)state;
	/* Key order: text,start,end,kind,value|min,max,unit,approx,bound... */
	assert_string_equal(find("逾30亿元", NULL, NULL),
	    "[{\"text\":\"30亿元\",\"start\":1,\"end\":5,\"kind\":\"money\","
	    "\"value\":3000000000,\"unit\":\"CNY\",\"approx\":true,"
	    "\"bound\":\"lower\"}]");
	assert_string_equal(find("1-2亿元", NULL, NULL),
	    "[{\"text\":\"1-2亿元\",\"start\":0,\"end\":5,\"kind\":\"money\","
	    "\"min\":100000000,\"max\":200000000,\"unit\":\"CNY\"}]");
	assert_string_equal(find("数亿元", NULL, NULL),
	    "[{\"text\":\"数亿元\",\"start\":0,\"end\":3,\"kind\":\"money\","
	    "\"value\":null,\"unit\":\"CNY\",\"approx\":true}]");
	/* Offsets count code points, not bytes. */
	assert_string_equal(find("𠀀营收为5元", NULL, NULL),
	    "[{\"text\":\"5元\",\"start\":4,\"end\":6,\"kind\":\"money\","
	    "\"value\":5,\"unit\":\"CNY\",\"metric\":\"营收\"}]");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_date),
		cmocka_unit_test(test_reference_date),
		cmocka_unit_test(test_subject),
		cmocka_unit_test(test_metrics),
		cmocka_unit_test(test_reuse),
		cmocka_unit_test(test_shape),
	};
	int rc;

	z = zp_numbers_new();
	cmocka_set_message_output(CM_OUTPUT_TAP);
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	zp_numbers_free(z);
	zp_buf_free(&out);
	return rc;
}
