/*
 * test_num_date -- dates and periods: years, full dates, year ranges,
 * quarters (第四季度, 2023Q4, FY2026), clock times, ROC years, and the
 * relative years (去年) resolved with the record's date.  The texts are
 * written for these tests.
 */
#include "num_test.h"

static struct zp_nctx dated = { .year = 2024, .month = 1, .day = 31 };

static void
test_last_year_quarter(void **state)
{
	(void)state;
	expect_has("去年第四季度营收增长。", &dated,
	    "\"text\":\"第四季度\",\"start\":2,\"end\":6,\"kind\":\"period\","
	    "\"period\":\"2023-Q4\"");
	/* Without a date the year is unknown. */
	expect_has("去年第四季度营收增长。", NULL, "\"period\":\"Q4\"");
}

static void
test_full_date(void **state)
{
	struct scan st;
	const char *text = "公司于2024年2月21日公告。";

	(void)state;
	stand_at(&st, text, "2024", NULL);
	st.iv = 2024;
	st.yearlike = true;
	assert_int_equal(num_st_year_unit(&st), DONE);
	assert_int_equal(st.next, cp_index(text, "公告"));
	assert_string_equal(z->m[z->nm - 1].date, "2024-02-21");
	expect_has(text, NULL,
	    "\"text\":\"2024年2月21日\",\"start\":3,\"end\":13,"
	    "\"kind\":\"date\",\"date\":\"2024-02-21\"");
}

static void
test_iso_and_year_ranges(void **state)
{
	(void)state;
	expect_has("截至2023-12-31。", NULL,
	    "\"text\":\"2023-12-31\",\"start\":2,\"end\":12,"
	    "\"kind\":\"date\",\"date\":\"2023-12-31\"");
	expect_has("2020-2022年间。", NULL,
	    "\"text\":\"2020-2022年\",\"start\":0,\"end\":10,"
	    "\"kind\":\"date\",\"date\":\"2020/2022\"");
	expect_has("1990年代的工厂。", NULL, "\"date\":\"1990/1999\"");
}

static void
test_year_stage_needs_yearlike(void **state)
{
	struct scan st;

	(void)state;
	stand_at(&st, "共2024年", "2024", NULL);
	st.yearlike = false;
	assert_int_equal(num_st_year_unit(&st), GO_ON);
	assert_int_equal(z->nm, 0);
}

static void
test_quarters_and_fiscal_years(void **state)
{
	(void)state;
	expect_has("公司2023Q4营收下滑。", NULL,
	    "\"text\":\"2023Q4\",\"start\":2,\"end\":8,\"kind\":\"period\","
	    "\"period\":\"2023-Q4\"");
	expect_has("公司FY2026指引。", NULL,
	    "\"text\":\"FY2026\",\"start\":2,\"end\":8,\"kind\":\"period\","
	    "\"period\":\"FY2026\"");
	expect_has("前三季度净利润5亿元。", NULL,
	    "\"text\":\"前三季度\",\"start\":0,\"end\":4,\"kind\":\"period\","
	    "\"value\":3,\"unit\":\"季度\",\"period\":\"Q1-Q3\"");
	/* A figure takes the period written before it in its sentence. */
	expect_has("2023年营收为5亿元。", NULL,
	    "\"value\":500000000,\"unit\":\"CNY\",\"period\":\"2023\"");
}

static void
test_clock_stage(void **state)
{
	struct scan st;
	const char *text = "上午10时30分开盘。";

	(void)state;
	stand_at(&st, text, "10", NULL);
	assert_int_equal(num_st_clock(&st), DONE);
	assert_int_equal(st.next, cp_index(text, "开盘"));
	assert_string_equal(z->m[z->nm - 1].date, "T10:30");
	expect_has("9点半开会。", NULL, "\"date\":\"T09:30\"");
	/* 时间 is a word, not an hour. */
	stand_at(&st, "3时间", "3", NULL);
	assert_int_equal(num_st_clock(&st), GO_ON);
}

static void
test_short_dates(void **state)
{
	(void)state;
	expect_has("3·15晚会。", NULL,
	    "\"text\":\"3·15\",\"start\":0,\"end\":4,\"kind\":\"date\","
	    "\"date\":\"--03-15\"");
	expect_has("民国112年。", NULL,
	    "\"text\":\"112年\",\"start\":2,\"end\":6,\"kind\":\"date\","
	    "\"date\":\"2023\",\"note\":\"ROC (民国) year\"");
	expect_has("去年5月8日发布。", &dated, "\"date\":\"2023-05-08\"");
	expect_has("5月8日发布。", NULL, "\"date\":\"--05-08\"");
	expect_not("穿12号球衣。", NULL, "\"kind\":\"date\"");
}

static void
test_period_words(void **state)
{
	(void)state;
	expect_has("今年上半年营收5亿元。", &dated,
	    "\"value\":500000000,\"unit\":\"CNY\",\"period\":\"2024-H1\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_last_year_quarter),
		cmocka_unit_test(test_full_date),
		cmocka_unit_test(test_iso_and_year_ranges),
		cmocka_unit_test(test_year_stage_needs_yearlike),
		cmocka_unit_test(test_quarters_and_fiscal_years),
		cmocka_unit_test(test_clock_stage),
		cmocka_unit_test(test_short_dates),
		cmocka_unit_test(test_period_words),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
