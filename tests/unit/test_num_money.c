/*
 * test_num_money -- money: currency words after a figure, prefixes before
 * it, sub-units, orders of magnitude and the local currency of 元.  The
 * texts are written for these tests.
 */
#include "num_test.h"

static void
test_scaled_foreign_amount(void **state)
{
	(void)state;
	expect_has("该行今年放贷约2.8万亿韩元。", NULL,
	    "\"text\":\"2.8万亿韩元\",\"start\":7,\"end\":14,"
	    "\"kind\":\"money\",\"value\":2800000000000,\"unit\":\"KRW\"");
}

static void
test_prefix_stage(void **state)
{
	struct scan st;
	const char *text = "报价为US$5亿。";

	(void)state;
	stand_at(&st, text, "5", NULL);
	assert_int_equal(num_st_currency_prefix(&st), GO_ON);
	assert_string_equal(st.curprefix, "USD");
	assert_int_equal(st.pstart, cp_index(text, "US$"));
	assert_int_equal(st.s, st.pstart);
	expect_has(text, NULL,
	    "\"text\":\"US$5亿\",\"start\":3,\"end\":8,\"kind\":\"money\","
	    "\"value\":500000000,\"unit\":\"USD\"");
}

static void
test_prefix_not_after_ordinal(void **state)
{
	struct scan st;

	(void)state;
	stand_at(&st, "¥第3名", "3", NULL);
	st.ordinal = true;
	assert_int_equal(num_st_currency_prefix(&st), GO_ON);
	assert_string_equal(st.curprefix, "");
}

static void
test_magnitude_stage(void **state)
{
	struct scan st;
	const char *text = "一个千亿级的市场";
	size_t i = cp_index(text, "千亿级");

	(void)state;
	num_decode(z, text, strlen(text), NULL);
	num_scan_begin(&st, z, i, text);
	assert_int_equal(num_st_magnitude(&st), DONE);
	assert_int_equal(st.next, i + 3);
	assert_int_equal(z->nm, 1);
	assert_int_equal(z->m[0].kind, ZP_NK_MONEY);
	assert_true(z->m[0].approx);
	expect_has(text, NULL,
	    "\"kind\":\"money\",\"value\":100000000000,\"unit\":\"CNY\","
	    "\"approx\":true,\"note\":\"order of magnitude\"");
}

static void
test_currency_name_after_yuan(void **state)
{
	(void)state;
	expect_has("押金为300元港币。", NULL,
	    "\"text\":\"300元港币\",\"start\":3,\"end\":9,"
	    "\"kind\":\"money\",\"value\":300,\"unit\":\"HKD\"");
	expect_has("单价397.5元/股。", NULL,
	    "\"text\":\"397.5元/股\",\"start\":2,\"end\":10,"
	    "\"kind\":\"money\",\"value\":397.5,\"unit\":\"CNY\"");
}

static void
test_sub_units(void **state)
{
	(void)state;
	expect_has("一斤卖五元三角。", NULL,
	    "\"text\":\"五元三角\",\"start\":3,\"end\":7,\"kind\":\"money\","
	    "\"value\":5.3,\"unit\":\"CNY\"");
	expect_has("一杯两美元又三美分。", NULL,
	    "\"kind\":\"money\",\"value\":2.03,\"unit\":\"USD\"");
}

static void
test_kuai_is_money_at_phrase_end(void **state)
{
	(void)state;
	expect_has("我只带了三块。", NULL,
	    "\"text\":\"三块\",\"start\":4,\"end\":6,\"kind\":\"money\","
	    "\"value\":3,\"unit\":\"CNY\"");
	expect_has("桌上有三块屏幕。", NULL, "\"kind\":\"count\"");
}

static void
test_declared_currency(void **state)
{
	(void)state;
	/* The amount right before the declaration takes it, and so does a
	 * later 元 written alone; 美元 keeps its own. */
	expect_has("收入为100元(港元，下同)，成本为20元，另付5美元。", NULL,
	    "\"value\":100,\"unit\":\"HKD\"");
	expect_has("收入为100元(港元，下同)，成本为20元，另付5美元。", NULL,
	    "\"value\":20,\"unit\":\"HKD\"");
	expect_has("收入为100元(港元，下同)，成本为20元，另付5美元。", NULL,
	    "\"value\":5,\"unit\":\"USD\"");
	expect_has("成本为20元。", NULL, "\"value\":20,\"unit\":\"CNY\"");
}

static void
test_added_currency_file(void **state)
{
	char path[] = "/tmp/test_num_money.XXXXXX";
	char err[256];

	(void)state;
	write_temp(path, "# a comment\n坚戈,KZT\n蒂因,KZT,-2\n");
	assert_int_equal(
	    zp_numbers_load_currencies(z, path, err, sizeof err), 0);
	expect_has(
	    "共50亿坚戈。", NULL, "\"value\":5000000000,\"unit\":\"KZT\"");
	expect_has("付30蒂因。", NULL, "\"value\":0.3,\"unit\":\"KZT\"");
	put_file(path, "坚戈,KZT\n坚戈\n");
	assert_int_equal(
	    zp_numbers_load_currencies(z, path, err, sizeof err), -1);
	assert_non_null(strstr(err, ":2: want WORD,CODE[,EXP]"));
	assert_memory_equal(err, path, strlen(path));
	remove(path);
	assert_int_equal(
	    zp_numbers_load_currencies(z, path, err, sizeof err), -1);
	assert_memory_equal(err, path, strlen(path));
}

static void
test_colloquial_money(void **state)
{
	(void)state;
	expect_has("一碗面卖十二块五毛。", NULL,
	    "\"text\":\"十二块五毛\",\"start\":4,\"end\":9,\"kind\":\"money\","
	    "\"value\":12.5,\"unit\":\"CNY\"");
	expect_has("车费三百块四角八分。", NULL,
	    "\"text\":\"三百块四角八分\",\"start\":2,\"end\":9,"
	    "\"kind\":\"money\",\"value\":300.48,\"unit\":\"CNY\"");
	expect_has("一杯豆浆三块五。", NULL,
	    "\"text\":\"三块五\",\"start\":4,\"end\":7,\"kind\":\"money\","
	    "\"value\":3.5,\"unit\":\"CNY\"");
	expect_has("票价八港元五毫。", NULL, "\"value\":8.5,\"unit\":\"HKD\"");
	expect_has("售价300日元8銭。", NULL,
	    "\"text\":\"300日元8銭\",\"start\":2,\"end\":9,\"kind\":\"money\","
	    "\"value\":300.08,\"unit\":\"JPY\"");
	expect_has("项目融了三个亿。", NULL,
	    "\"text\":\"三个亿\",\"start\":4,\"end\":7,\"kind\":\"number\","
	    "\"value\":300000000");
	expect_has("公司拿到五个亿美元投资。", NULL,
	    "\"text\":\"五个亿美元\",\"start\":4,\"end\":9,\"kind\":\"money\","
	    "\"value\":500000000,\"unit\":\"USD\"");
	expect_has("新建一个万达广场", NULL, "[]");
	/* Vague: no value (GUIDELINES §3). */
	expect_has("项目投了几个亿。", NULL,
	    "\"text\":\"几个亿\",\"start\":4,\"end\":7,\"kind\":\"number\","
	    "\"value\":null,\"approx\":true");
	/* 块 before a noun stays a count. */
	expect_has("墙上挂着两块五米长的屏幕。", NULL, "\"kind\":\"count\"");
}

static void
test_currency_before_number(void **state)
{
	(void)state;
	expect_has("收购价人民幣8.26億。", NULL,
	    "\"text\":\"人民幣8.26億\",\"start\":3,\"end\":11,"
	    "\"kind\":\"money\",\"value\":826000000,\"unit\":\"CNY\"");
	expect_has("每股港幣5.4。", NULL,
	    "\"text\":\"港幣5.4\",\"start\":2,\"end\":7,\"kind\":\"money\","
	    "\"value\":5.4,\"unit\":\"HKD\"");
	expect_has("报价美金12.5。", NULL,
	    "\"text\":\"美金12.5\",\"start\":2,\"end\":8,\"kind\":\"money\","
	    "\"value\":12.5,\"unit\":\"USD\"");
	expect_has("租金新台幣3萬。", NULL, "\"value\":30000,\"unit\":\"TWD\"");
	/* A currency that ends one figure starts no other. */
	expect_has(
	    "营收4亿美元7", NULL, "\"text\":\"4亿美元\",\"start\":2,\"end\":6");
	expect_not("营收4亿美元7", NULL, "\"text\":\"美元7\"");
	expect_has("营收4亿美元2025年", NULL,
	    "\"text\":\"2025年\",\"start\":6,\"end\":11,\"kind\":\"date\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scaled_foreign_amount),
		cmocka_unit_test(test_prefix_stage),
		cmocka_unit_test(test_prefix_not_after_ordinal),
		cmocka_unit_test(test_magnitude_stage),
		cmocka_unit_test(test_currency_name_after_yuan),
		cmocka_unit_test(test_sub_units),
		cmocka_unit_test(test_kuai_is_money_at_phrase_end),
		cmocka_unit_test(test_declared_currency),
		cmocka_unit_test(test_added_currency_file),
		cmocka_unit_test(test_colloquial_money),
		cmocka_unit_test(test_currency_before_number),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
