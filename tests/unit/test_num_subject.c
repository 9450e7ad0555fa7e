/*
 * test_num_subject -- the owner of a figure across the sentences of its
 * document: the clause's own company, the topic carried forward (公司, 该公司,
 * a clause without a company), cited sources and objects of prepositions
 * that own nothing, a comparison's other company, 分别 lists, 约合
 * conversions, generic and market clauses, two companies side by side, and
 * the ticker that rides along.  The companies and texts are fictional.
 */
#include "num_test.h"

static void
test_carry_forward(void **state)
{
	const char *t =
	    "北辰半导体公布年报。公司第四季度净利润同比下降21%，至4.2亿元。"
	    "全年营收增长8%。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, "2024-03-15");
	ctx_org(&c, t, "北辰半导体", "北辰半导体");
	expect_field(t, &c.c, "21%", "subject", "北辰半导体");
	expect_field(t, &c.c, "4.2亿元", "subject", "北辰半导体");
	expect_field(t, &c.c, "8%", "subject", "北辰半导体");
	/* Without the entity there is no one to carry. */
	expect_field(t, NULL, "4.2亿元", "subject", NULL);
}

static void
test_most_recent_topic(void **state)
{
	const char *t = "华星电子上月发布新品。东岳科技随后公布业绩。"
	                "该公司营收为35亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, t, "华星电子", "华星电子");
	ctx_org(&c, t, "东岳科技", "东岳科技");
	expect_field(t, &c.c, "35亿元", "subject", "东岳科技");
}

static void
test_source_and_object(void **state)
{
	const char *cited = "据东岳证券分析师估计，华星电子营收将达40亿元。";
	const char *general = "据东岳证券统计，全国半导体行业营收达40亿元。";
	const char *paid = "北辰半导体已向华星电子预付3亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, cited, "东岳证券", "东岳证券");
	ctx_org(&c, cited, "华星电子", "华星电子");
	expect_field(cited, &c.c, "40亿元", "subject", "华星电子");
	/* A source is no owner, and the clause is about an industry. */
	ctx_init(&c, NULL);
	ctx_org(&c, general, "东岳证券", "东岳证券");
	expect_field(general, &c.c, "40亿元", "subject", NULL);
	/* 向X: X receives the money; the payer owns the figure. */
	ctx_init(&c, NULL);
	ctx_org(&c, paid, "北辰半导体", "北辰半导体");
	ctx_org(&c, paid, "华星电子", "华星电子");
	expect_field(paid, &c.c, "3亿元", "subject", "北辰半导体");
}

static void
test_comparison(void **state)
{
	const char *t = "华星电子营收为35亿元，高于东岳科技的18亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, t, "华星电子", "华星电子");
	ctx_org(&c, t, "东岳科技", "东岳科技");
	expect_field(t, &c.c, "35亿元", "subject", "华星电子");
	expect_field(t, &c.c, "18亿元", "subject", "东岳科技");
	/* Compared with a company, a figure without 的 stays the clause's
	 * own: 华星电子's growth above 东岳科技 is 华星电子's. */
	{
		const char *above = "华星电子营收增速高于东岳科技，达到12%。";

		ctx_init(&c, NULL);
		ctx_org(&c, above, "华星电子", "华星电子");
		ctx_org(&c, above, "东岳科技", "东岳科技");
		expect_field(above, &c.c, "12%", "subject", "华星电子");
	}
}

static void
test_respectively(void **state)
{
	const char *t = "华星电子和东岳科技去年营收分别为35亿元与18亿元。";
	const char *odd =
	    "华星电子、东岳科技和北辰半导体营收分别为35亿元与18亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, "2024-03-15");
	ctx_org(&c, t, "华星电子", "华星电子");
	ctx_org(&c, t, "东岳科技", "东岳科技");
	expect_field(t, &c.c, "35亿元", "subject", "华星电子");
	expect_field(t, &c.c, "18亿元", "subject", "东岳科技");
	expect_field(t, &c.c, "18亿元", "metric", "营收");
	expect_field(t, &c.c, "18亿元", "period", "2023");
	/* Three companies, two figures: no pairing, and no guess. */
	ctx_init(&c, NULL);
	ctx_org(&c, odd, "华星电子", "华星电子");
	ctx_org(&c, odd, "东岳科技", "东岳科技");
	ctx_org(&c, odd, "北辰半导体", "北辰半导体");
	expect_field(odd, &c.c, "35亿元", "subject", NULL);
	expect_field(odd, &c.c, "18亿元", "subject", NULL);
}

static void
test_conversion(void **state)
{
	const char *t = "华星电子第四季度营收为5亿美元（约合人民币36亿元），"
	                "员工为3000人。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, "2024-01-31");
	ctx_org(&c, t, "华星电子", "华星电子");
	expect_field(t, &c.c, "人民币36亿元", "subject", "华星电子");
	expect_field(t, &c.c, "人民币36亿元", "metric", "营收");
	expect_field(t, &c.c, "人民币36亿元", "period", "2023-Q4");
	/* A figure of its own after a clause break converts nothing. */
	{
		const char *own = "华星电子营收为5亿美元，净利润为3.6亿元。";

		ctx_init(&c, NULL);
		ctx_org(&c, own, "华星电子", "华星电子");
		expect_field(own, &c.c, "3.6亿元", "metric", "净利润");
		expect_has(own, &c.c, "\"value\":360000000,\"unit\":\"CNY\"");
	}
}

static void
test_two_side_by_side(void **state)
{
	const char *t = "华星电子和东岳科技发布联合公告。营收增长12%。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, t, "华星电子", "华星电子");
	ctx_org(&c, t, "东岳科技", "东岳科技");
	expect_field(t, &c.c, "12%", "subject", NULL);
}

static void
test_generic_and_market(void **state)
{
	const char *gen = "华星电子发布财报。华星电子称需求回暖。"
	                  "多家芯片公司计划投资超过200亿元。";
	const char *mkt = "华星电子发布财报。全球储能电池市场规模去年达到"
	                  "800亿美元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, gen, "华星电子", "华星电子");
	expect_field(gen, &c.c, "200亿元", "subject", NULL);
	ctx_init(&c, "2024-03-15");
	ctx_org(&c, mkt, "华星电子", "华星电子");
	expect_field(mkt, &c.c, "800亿美元", "subject", NULL);
	expect_field(mkt, &c.c, "800亿美元", "metric", "市场规模");
}

/* 归属于上市公司股东 in a report names the reporting company, not companies. */
static void
test_listed_company_phrase(void **state)
{
	const char *t = "青岚环境发布2023年年报。报告期内，公司实现营业收入"
	                "5.2亿元；归属于上市公司股东的净利润-1,234,567.89元。"
	                "归属于挂牌公司股东的净资产为3亿元。";
	const char *gen = "青岚环境发布年报。多家上市公司计划回购超过20亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, t, "青岚环境", "青岚环境");
	expect_field(t, &c.c, "-1,234,567.89元", "subject", "青岚环境");
	expect_field(t, &c.c, "3亿元", "subject", "青岚环境");
	ctx_init(&c, NULL);
	ctx_org(&c, gen, "青岚环境", "青岚环境");
	expect_field(gen, &c.c, "20亿元", "subject", NULL);
}

static void
test_ticker_and_bad_offsets(void **state)
{
	const char *t = "华星电子营收为35亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, t, "华星电子", "华星电子");
	c.e[0].ticker = "600001";
	c.e[0].tickerlen = 6;
	expect_has(t, &c.c, "\"subject\":\"华星电子\",\"ticker\":\"600001\"");
	/* An entity whose offsets make no span owns nothing. */
	c.e[0].start = 3;
	c.e[0].end = 2;
	expect_field(t, &c.c, "35亿元", "subject", NULL);
	c.e[0].start = 0;
	c.e[0].end = 99;
	expect_field(t, &c.c, "35亿元", "subject", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_carry_forward),
		cmocka_unit_test(test_most_recent_topic),
		cmocka_unit_test(test_source_and_object),
		cmocka_unit_test(test_comparison),
		cmocka_unit_test(test_respectively),
		cmocka_unit_test(test_conversion),
		cmocka_unit_test(test_two_side_by_side),
		cmocka_unit_test(test_generic_and_market),
		cmocka_unit_test(test_listed_company_phrase),
		cmocka_unit_test(test_ticker_and_bad_offsets),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
