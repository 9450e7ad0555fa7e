/*
 * test_num_scan -- the scanner's own stages: numerals with and without a
 * unit, ordinals, fractions, halves, and the numerals that are not figures
 * (codes, versions, words, names read digit by digit).  The texts are
 * written for these tests.
 */
#include "num_test.h"

static void
test_counts_and_quantities(void **state)
{
	(void)state;
	expect_has("新开120家门店。", NULL,
	    "\"text\":\"120家\",\"start\":2,\"end\":6,\"kind\":\"count\","
	    "\"value\":120,\"unit\":\"家\"");
	expect_has("运输3.5吨货物。", NULL,
	    "\"text\":\"3.5吨\",\"start\":2,\"end\":6,\"kind\":\"quantity\","
	    "\"value\":3.5,\"unit\":\"吨\"");
	/* 千 belongs to the unit 千米, not to the number. */
	expect_has("全长12千米。", NULL,
	    "\"text\":\"12千米\",\"start\":2,\"end\":6,\"kind\":\"quantity\","
	    "\"value\":12,\"unit\":\"千米\"");
	expect_has("工期一年半。", NULL,
	    "\"kind\":\"period\",\"value\":1.5,\"unit\":\"年\"");
}

static void
test_ordinals(void **state)
{
	(void)state;
	/* A classifier after the ordinal is part of it. */
	expect_has("排名第3位。", NULL,
	    "\"text\":\"第3位\",\"start\":2,\"end\":5,"
	    "\"kind\":\"ordinal\",\"value\":3,\"unit\":\"位\"");
	expect_has("第二年开始盈利。", NULL,
	    "\"text\":\"第二年\",\"start\":0,\"end\":3,\"kind\":\"ordinal\","
	    "\"value\":2,\"unit\":\"年\"");
	/* An issue number with a leading zero is a label. */
	expect_not("第08065期。", NULL, "\"kind\"");
}

static void
test_fractions_and_halves(void **state)
{
	(void)state;
	expect_has("约三分之一的人。", NULL,
	    "\"text\":\"三分之一\",\"start\":1,\"end\":5,\"kind\":\"number\","
	    "\"value\":0.333333333333333,\"approx\":true");
	expect_has("用了1 3/5小时。", NULL,
	    "\"text\":\"1 3/5\",\"start\":2,\"end\":7,\"kind\":\"number\","
	    "\"value\":1.6");
	expect_has("比例是3/4。", NULL, "\"value\":0.75");
	expect_has("只剩一半。", NULL,
	    "\"text\":\"一半\",\"start\":2,\"end\":4,\"kind\":\"number\","
	    "\"value\":0.5");
	expect_has("三又二分之一", NULL, "\"value\":3.5");
}

static void
test_bare_numbers(void **state)
{
	(void)state;
	expect_has("共计 2500 。", NULL,
	    "\"text\":\"2500\",\"start\":3,\"end\":7,\"kind\":\"number\","
	    "\"value\":2500");
	expect_has("三百多，", NULL,
	    "\"kind\":\"number\",\"value\":300,\"approx\":true,"
	    "\"bound\":\"lower\"");
	/* A negative number. */
	expect_has("温度为-5。", NULL, "\"value\":-5");
}

static void
test_not_figures(void **state)
{
	(void)state;
	/* Codes, versions, models and words. */
	expect_not("采购H100芯片。", NULL, "\"kind\"");
	expect_not("代码600519.SH。", NULL, "\"kind\"");
	expect_not("升级到1.2.3版。", NULL, "\"kind\"");
	expect_not("一些人十分满意。", NULL, "\"kind\"");
	expect_not("七〇六所成立。", NULL, "\"kind\"");
	expect_not("3.5亿亿", NULL, "\"kind\"");
	expect_not("两位数增长。", NULL, "\"kind\"");
	expect_not("同一天发布。", NULL, "\"kind\"");
	expect_not("见 https://example.com/2024/05 页。", NULL, "\"kind\"");
}

static void
test_begin_state(void **state)
{
	struct scan st;
	const char *text = "增长5%";

	(void)state;
	num_decode(z, text, strlen(text), NULL);
	num_scan_begin(&st, z, 2, text);
	assert_ptr_equal(st.z, z);
	assert_int_equal(st.i, 2);
	assert_int_equal(st.n, 4);
	assert_int_equal(st.next, 3);
	assert_int_equal(st.ucls, U_NONE);
	assert_false(st.range);
	assert_string_equal(st.curprefix, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts_and_quantities),
		cmocka_unit_test(test_ordinals),
		cmocka_unit_test(test_fractions_and_halves),
		cmocka_unit_test(test_bare_numbers),
		cmocka_unit_test(test_not_figures),
		cmocka_unit_test(test_begin_state),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
