/*
 * test_num_period -- the period of a figure, resolved against the record's
 * date and carried through its document: each period form (去年第四季度, a
 * bare quarter, guidance, 全年, 上半年, 前三季度, 截至去年12月的第四季度,
 * FY, 本季度, 下季度, spans), comparisons that hold in their clause only, a
 * year earlier (上年同期的), times that give no period, and a period that
 * goes on only for the company it was said of.  The texts are fictional.
 */
#include "num_test.h"

static void
test_forms(void **state)
{
	struct test_ctx c;
	const struct zp_nctx *d;

	(void)state;
	d = ctx_init(&c, "2024-01-31");
	expect_field(
	    "去年第四季度营收为68亿元。", d, "68亿元", "period", "2023-Q4");
	/* A bare quarter: the latest one ended by the date. */
	expect_field(
	    "第四季度营收为68亿元。", d, "68亿元", "period", "2023-Q4");
	/* Guidance: the first one not ended. */
	expect_field("公司预计，一季度营收将在51亿至57亿元之间。", d,
	    "51亿至57亿元", "period", "2024-Q1");
	expect_field("上半年净利润为5亿元。", d, "5亿元", "period", "2023-H1");
	expect_field(
	    "前三季度营收为200亿元。", d, "200亿元", "period", "2023-9M");
	expect_field("截至去年12月的第四季度，营收为68亿元。", d, "68亿元",
	    "period", "2023-Q4");
	expect_field(
	    "2024财年营收目标为300亿元。", d, "300亿元", "period", "FY2024");
	expect_field(
	    "公司预计本季度毛利率约为41%。", d, "41%", "period", "2024-Q1");
	expect_field(
	    "下季度营收预计为70亿元。", d, "70亿元", "period", "2024-Q2");
	expect_field(
	    "过去两年营收规模约为2亿元。", d, "2亿元", "period", "2022/2023");
	expect_field("第四季度营收增长8%，全年营收为300亿元。", d, "300亿元",
	    "period", "2023");
	/* Periods of reports. */
	expect_field("公司2020年半年度净利润为-3200万元。", d, "-3200万元",
	    "period", "2020-H1");
	expect_field("2019年年度报告显示，报告期内公司净亏损1.2亿元。", d,
	    "1.2亿元", "period", "2019");
	expect_field("集团首季营收为12亿元。", NULL, "12亿元", "period", "Q1");
	/* Without a date nothing settles a bare quarter or 全年. */
	expect_field("第四季度营收为68亿元。", NULL, "68亿元", "period", "Q4");
	expect_field("全年营收为300亿元。", NULL, "300亿元", "period", NULL);
}

/*
 * Issue 17: quarters as Taiwanese and Hong Kong papers write them, without
 * 度: 第四季, 上季, and 單季, the single last quarter of the period before.
 */
static void
test_quarters_without_du(void **state)
{
	struct test_ctx c;
	const struct zp_nctx *d;

	(void)state;
	d = ctx_init(&c, "2023-10-19");
	expect_field(
	    "今年第三季營收為1200億元。", d, "1200億元", "period", "2023-Q3");
	/* The quarter before the one of the date (October: the third). */
	expect_field("上季營收為200億元。", d, "200億元", "period", "2023-Q3");
	expect_field("前三季每股盈餘40元，單季營收為400億元。", d, "400億元",
	    "period", "2023-Q3");
	expect_field("上半年淨利為80億元，单季净利为45亿元。", d, "45亿元",
	    "period", "2023-Q2");
	expect_field("第二季單季毛利率為47%。", d, "47%", "period", "2023-Q2");
	expect_field("去年全年營收為900億元，單季營收為260億元。", d, "260億元",
	    "period", "2022-Q4");
	/* Nothing before: 單季 gives no period rather than a guess. */
	expect_field("該公司單季營收為300億元。", d, "300億元", "period", NULL);
	/* Without a date the quarter stays as written. */
	expect_field("前三季每股盈餘40元，單季營收為400億元。", NULL, "400億元",
	    "period", "Q3");
}

static void
test_comparisons(void **state)
{
	struct test_ctx c;
	const struct zp_nctx *d = ctx_init(&c, "2024-01-31");
	const char *q = "第四季度营业利润从上一季度的3.3亿元降至2.7亿元。"
	                "营收为40亿元。";
	const char *y = "第四季度营业利润为2.8亿元，低于上年同期的4.3亿元，"
	                "较上年同期下降34.4%。";

	(void)state;
	expect_field(q, d, "3.3亿元", "period", "2023-Q3");
	expect_field(q, d, "2.7亿元", "period", "2023-Q4");
	expect_field(q, d, "40亿元", "period", "2023-Q4");
	expect_field(y, d, "4.3亿元", "period", "2022-Q4");
	/* A change against last year is this year's. */
	expect_field(y, d, "34.4%", "period", "2023-Q4");
}

static void
test_carry(void **state)
{
	const char *t = "华星电子2023年营收为35亿元。净利润为5亿元。"
	                "东岳科技净利润为3亿元。";
	const char *open = "2023年营收为35亿元。近年来公司累计投资超过10亿元。";
	const char *since = "2023年营收为35亿元，创2008年以来新高，"
	                    "净利润为5亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, "2024-03-15");
	ctx_org(&c, t, "华星电子", "华星电子");
	ctx_org(&c, t, "东岳科技", "东岳科技");
	expect_field(t, &c.c, "5亿元", "period", "2023");
	/* Said of another company: no period rather than 2023. */
	expect_field(t, &c.c, "3亿元", "period", NULL);
	expect_field(open, NULL, "10亿元", "period", NULL);
	expect_field(since, NULL, "5亿元", "period", "2023");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_quarters_without_du),
		cmocka_unit_test(test_comparisons),
		cmocka_unit_test(test_carry),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
