/*
 * test_num_percent -- percentages: % and ‰, 百分之 / 千分之 / 万分之
 * before a numeral, 成 (tenths) and 折 (a price as a share), and the
 * words where 成 and 折 are not shares.  The texts are written for these
 * tests.
 */
#include "num_test.h"

static void
test_percent_sign(void **state)
{
	(void)state;
	expect_has("毛利率为23.5%。", NULL,
	    "\"text\":\"23.5%\",\"start\":4,\"end\":9,\"kind\":\"percent\","
	    "\"value\":23.5,\"unit\":\"%\"");
	/* ‰ is stored in percent: 5‰ = 0.5 %. */
	expect_has("费率为5‰。", NULL, "\"value\":0.5,\"unit\":\"%\"");
}

static void
test_prefix_stage(void **state)
{
	struct scan st;
	const char *text = "出口增长百分之五十。";

	(void)state;
	stand_at(&st, text, "五十", NULL);
	assert_int_equal(num_st_percent_prefix(&st), GO_ON);
	assert_true(st.percent_prefix);
	assert_int_equal(st.pct_exp, 0);
	assert_int_equal(st.pstart, cp_index(text, "百分之"));
	expect_has(text, NULL,
	    "\"text\":\"百分之五十\",\"start\":4,\"end\":9,"
	    "\"kind\":\"percent\",\"value\":50,\"unit\":\"%\"");
}

static void
test_per_mille_and_per_ten_thousand(void **state)
{
	struct scan st;

	(void)state;
	stand_at(&st, "误差为千分之三", "三", NULL);
	assert_int_equal(num_st_percent_prefix(&st), GO_ON);
	assert_int_equal(st.pct_exp, -1);
	expect_has("误差为千分之三。", NULL, "\"value\":0.3,\"unit\":\"%\"");
	expect_has("概率为万分之五。", NULL, "\"value\":0.05,\"unit\":\"%\"");
	/* 三百分之一 is a fraction of 300, not a percentage. */
	stand_at(&st, "三百分之一", "一", NULL);
	assert_int_equal(num_st_percent_prefix(&st), GO_ON);
	assert_false(st.percent_prefix);
}

static void
test_whole(void **state)
{
	struct scan st;
	const char *text = "把握是百分之百。";
	size_t i = cp_index(text, "百分之百");

	(void)state;
	num_decode(z, text, strlen(text), NULL);
	num_scan_begin(&st, z, i, text);
	assert_int_equal(num_st_percent_whole(&st), DONE);
	assert_int_equal(st.next, i + 4);
	expect_has(text, NULL,
	    "\"text\":\"百分之百\",\"start\":3,\"end\":7,"
	    "\"kind\":\"percent\",\"value\":100,\"unit\":\"%\"");
}

static void
test_cheng_range(void **state)
{
	(void)state;
	expect_has("约有3至4成的用户。", NULL,
	    "\"text\":\"3至4成\",\"start\":2,\"end\":6,\"kind\":\"percent\","
	    "\"min\":30,\"max\":40,\"unit\":\"%\"");
	expect_has("七成半的人同意。", NULL, "\"value\":75,\"unit\":\"%\"");
}

static void
test_unit_stage(void **state)
{
	struct scan st;

	(void)state;
	/* 成 before 本 is the word 成本, not tenths. */
	stand_at(&st, "三成本地企业", "三", NULL);
	st.ucls = U_CHENG;
	st.ustart = st.e;
	st.uend = st.e + 1;
	assert_int_equal(num_st_percent_unit(&st), GO_ON);
	assert_int_equal(st.ucls, U_NONE);
	stand_at(&st, "三成，", "三", NULL);
	st.ucls = U_CHENG;
	st.ustart = st.e;
	st.uend = st.e + 1;
	assert_int_equal(num_st_percent_unit(&st), GO_ON);
	assert_int_equal(st.ucls, U_CHENG);
	/* 折旧 is depreciation. */
	stand_at(&st, "五折旧", "五", NULL);
	st.ucls = U_ZHE;
	st.ustart = st.e;
	st.uend = st.e + 1;
	assert_int_equal(num_st_percent_unit(&st), GO_ON);
	assert_int_equal(st.ucls, U_NONE);
}

static void
test_discounts(void **state)
{
	(void)state;
	expect_has("全场九折。", NULL,
	    "\"text\":\"九折\",\"start\":2,\"end\":4,\"kind\":\"percent\","
	    "\"value\":90,\"unit\":\"%\"");
	expect_has("会员9.5折。", NULL, "\"value\":95,\"unit\":\"%\"");
	expect_has("新品七五折。", NULL, "\"value\":75,\"unit\":\"%\"");
	expect_not("设备按五折旧。", NULL, "\"kind\":\"percent\"");
}

static void
test_points(void **state)
{
	(void)state;
	expect_has("利率下调25个基点。", NULL,
	    "\"value\":25,\"unit\":\"bp\",\"change\":\"down\"");
	expect_has("占比提高1.2个百分点。", NULL,
	    "\"value\":1.2,\"unit\":\"pp\",\"change\":\"up\"");
}

static void
test_colloquial_shares(void **state)
{
	(void)state;
	/* Compound 分之 prefixes: a millionth is 0.0001 %. */
	expect_has("误差仅为百万分之三。", NULL,
	    "\"text\":\"百万分之三\",\"start\":4,\"end\":9,\"kind\":"
	    "\"percent\","
	    "\"value\":0.0003,\"unit\":\"%\"");
	expect_has(
	    "概率约亿分之二。", NULL, "\"value\":0.000002,\"unit\":\"%\"");
	expect_not("三百分之一。", NULL, "\"kind\":\"percent\"");
	/* 成 with a digit after, 半成, a spaced discount. */
	expect_has("支持率约六成 四。", NULL,
	    "\"text\":\"六成 四\",\"start\":4,\"end\":8,\"kind\":\"percent\","
	    "\"value\":64");
	expect_has("仓位降至半成", NULL,
	    "\"text\":\"半成\",\"start\":4,\"end\":6,\"kind\":\"percent\","
	    "\"value\":5,\"unit\":\"%\"");
	expect_has("库存半成品增加", NULL, "[]");
	expect_has("全场 8 5 折", NULL,
	    "\"text\":\"8 5 折\",\"start\":3,\"end\":8,\"kind\":\"percent\","
	    "\"value\":85,\"unit\":\"%\"");
	/* 成 before a word: no digit joins. */
	expect_has("七成五的人", NULL, "\"value\":70");
}

/*
 * Issue 17: 碼, a quarter of a percentage point in Taiwanese and Hong Kong
 * rate decisions, and only where the clause speaks of a rate.
 */
static void
test_rate_steps(void **state)
{
	(void)state;
	expect_has("央行宣布升息一碼。", NULL,
	    "\"text\":\"一碼\",\"start\":6,\"end\":8,\"kind\":\"percent\","
	    "\"value\":0.25,\"unit\":\"pp\"");
	expect_has("聯準會降息3碼。", NULL, "\"value\":0.75,\"unit\":\"pp\"");
	expect_has("金管局加息两码。", NULL, "\"value\":0.5,\"unit\":\"pp\"");
	expect_has("重貼現率調升半碼。", NULL,
	    "\"text\":\"半碼\",\"start\":6,\"end\":8,\"kind\":\"percent\","
	    "\"value\":0.125,\"unit\":\"pp\"");
	expect_has("政策利率累计上调一码半。", NULL,
	    "\"text\":\"一码半\",\"start\":8,\"end\":11,\"kind\":\"percent\","
	    "\"value\":0.375");
	/* No rate in the clause: no point, and the rate of another clause
	 * does not count. */
	expect_not("彩券開出三碼。", NULL, "\"pp\"");
	expect_not("密碼與號碼，升息一碼。", NULL, "\"start\":0");
	expect_not("升息之後，彩券開出三碼。", NULL, "\"pp\"");
	expect_not("球員推進了二十碼。", NULL, "\"pp\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_percent_sign),
		cmocka_unit_test(test_prefix_stage),
		cmocka_unit_test(test_per_mille_and_per_ten_thousand),
		cmocka_unit_test(test_whole),
		cmocka_unit_test(test_cheng_range),
		cmocka_unit_test(test_unit_stage),
		cmocka_unit_test(test_discounts),
		cmocka_unit_test(test_points),
		cmocka_unit_test(test_colloquial_shares),
		cmocka_unit_test(test_rate_steps),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
