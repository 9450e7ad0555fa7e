/*
 * test_num_metric -- what a figure measures: a word after it, a verb that
 * says the metric (斥资), a funding round, an accounting variant kept, an
 * expectation of the same measure, 这一数字, 分别 lists, parallel lists
 * of changes, and the currency of the same metric carried to bare 元.
 * The texts are fictional.
 */
#include "num_test.h"

static void
test_after_and_verbs(void **state)
{
	(void)state;
	expect_field(
	    "该公司芯片业务出现了2.2亿元（约合3000万美元）的营业亏损。", NULL,
	    "2.2亿元", "metric", "营业亏损");
	expect_field("芯原电子启动规模为18亿元的定增募资计划。", NULL, "18亿元",
	    "metric", "募资");
	expect_field(
	    "华星电子斥资3亿元建设新厂。", NULL, "3亿元", "metric", "投资");
	expect_field(
	    "东岳科技完成超5亿元D轮融资。", NULL, "5亿元", "metric", "融资");
	expect_field("北辰半导体出手数亿元，战投一家设备商。", NULL, "数亿元",
	    "metric", "投资");
	/* A noun that opens the next clause is another quantity's. */
	expect_field("股价收于88.6元，市值约为1.2万亿元。", NULL, "88.6元",
	    "metric", NULL);
}

static void
test_variants_and_expectations(void **state)
{
	const char *t = "调整后毛利率为41%，分析师预期42.5%；营收为61.7亿元，"
	                "略高于分析师预期的61.3亿元。";

	(void)state;
	expect_field(t, NULL, "41%", "metric", "调整后毛利率");
	expect_field(t, NULL, "42.5%", "metric", "调整后毛利率");
	expect_field(t, NULL, "61.3亿元", "metric", "营收");
	expect_field(
	    "华星电子预计销售额将达80亿元。分析师认为这一数字将升至90亿元。",
	    NULL, "90亿元", "metric", "销售额");
	/* A clause with a quantity of its own keeps it. */
	expect_field(
	    "营收为80亿元，员工持股比例为5%。", NULL, "5%", "metric", NULL);
}

static void
test_lists(void **state)
{
	const char *t = "营收和净利润分别增长12%和8%。";
	const char *par = "预计销售额和营业利润有望分别达到7亿元与3.1亿元，"
	                  "对应同比增幅高达61%与20%。";

	(void)state;
	expect_field(t, NULL, "12%", "metric", "营收");
	expect_field(t, NULL, "8%", "metric", "净利润");
	expect_field(par, NULL, "7亿元", "metric", "销售额");
	expect_field(par, NULL, "3.1亿元", "metric", "营业利润");
	expect_field(par, NULL, "61%", "metric", "销售额");
	expect_field(par, NULL, "20%", "metric", "营业利润");
}

static void
test_currency_carry(void **state)
{
	const char *t =
	    "东岳科技第四季度营收为12亿美元。东岳科技全年营收为45亿元。";
	const char *rmb = "东岳科技第四季度营收为12亿美元，约合人民币86亿元。"
	                  "东岳科技全年营收为45亿元。";
	const char *other =
	    "东岳科技第四季度营收为12亿美元。东岳科技全年净利润为"
	    "4亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, t, "东岳科技", "东岳科技");
	expect_has(t, &c.c,
	    "\"text\":\"45亿元\",\"start\":26,\"end\":30,"
	    "\"kind\":\"money\",\"value\":4500000000,"
	    "\"unit\":\"USD\"");
	/* A story that says 人民币 keeps 元 as CNY. */
	ctx_init(&c, NULL);
	ctx_org(&c, rmb, "东岳科技", "东岳科技");
	expect_has(rmb, &c.c, "\"value\":4500000000,\"unit\":\"CNY\"");
	/* Another metric: no currency to follow. */
	ctx_init(&c, NULL);
	ctx_org(&c, other, "东岳科技", "东岳科技");
	expect_has(other, &c.c, "\"value\":400000000,\"unit\":\"CNY\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_after_and_verbs),
		cmocka_unit_test(test_variants_and_expectations),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_currency_carry),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
