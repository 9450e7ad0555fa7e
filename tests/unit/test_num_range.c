/*
 * test_num_range -- ranges (a second end after 至, 到, -, 和...之间),
 * hedges before and after a figure, and a lower and an upper bound merged
 * into one range.  The texts are written for these tests.
 */
#include "num_test.h"

static void
test_range_with_scale_and_currency(void **state)
{
	(void)state;
	expect_has("预计营收51亿至57亿美元。", NULL,
	    "\"text\":\"51亿至57亿美元\",\"start\":4,\"end\":13,"
	    "\"kind\":\"money\",\"min\":5100000000,\"max\":5700000000,"
	    "\"unit\":\"USD\"");
	/* The scale of the second end applies to a bare first. */
	expect_has("投资1-2亿元。", NULL,
	    "\"min\":100000000,\"max\":200000000,\"unit\":\"CNY\"");
	expect_has("涨幅在43%-67%之间。", NULL,
	    "\"kind\":\"percent\",\"min\":43,\"max\":67,\"unit\":\"%\"");
}

static void
test_range_stage(void **state)
{
	struct scan st;

	(void)state;
	stand_at(&st, "工期三到四年。", "三", NULL);
	st.ucls = U_NONE;
	st.ustart = st.uend = st.e;
	assert_int_equal(num_st_range(&st), GO_ON);
	assert_true(st.range);
	assert_int_equal(st.ucls, U_DUR);
	assert_int_equal(st.uend, cp_index("工期三到四年。", "。"));
	assert_int_equal(small_int(&z->x), 3);
	assert_int_equal(small_int(&z->y), 4);
	/* 至 between two bare numbers with no unit is a level, not a range. */
	stand_at(&st, "由3至5", "3", NULL);
	st.ucls = U_NONE;
	st.ustart = st.uend = st.e;
	assert_int_equal(num_st_range(&st), GO_ON);
	assert_false(st.range);
}

static void
test_between(void **state)
{
	(void)state;
	expect_has("温度在20和30之间。", NULL,
	    "\"text\":\"20和30\",\"start\":3,\"end\":8,\"kind\":\"number\","
	    "\"min\":20,\"max\":30");
	expect_has(
	    "房价在10000与20000间。", NULL, "\"min\":10000,\"max\":20000");
}

static void
test_bare_range_stage(void **state)
{
	struct scan st;

	(void)state;
	stand_at(&st, "三到四", "三", NULL);
	st.ucls = U_NONE;
	st.ustart = st.uend = st.e;
	assert_int_equal(num_st_range(&st), GO_ON);
	assert_int_equal(num_st_bare_range(&st), DONE);
	assert_int_equal(st.next, 3);
	assert_int_equal(z->nm, 1);
	assert_int_equal(z->m[0].vmode, 3);
}

static void
test_hedges(void **state)
{
	(void)state;
	expect_has("门店约50家。", NULL,
	    "\"text\":\"50家\",\"start\":3,\"end\":6,\"kind\":\"count\","
	    "\"value\":50,\"unit\":\"家\",\"approx\":true}");
	expect_has("投资超过3000亿元。", NULL,
	    "\"value\":300000000000,\"unit\":\"CNY\",\"approx\":true,"
	    "\"bound\":\"lower\"");
	expect_has("耗资100万元左右。", NULL,
	    "\"value\":1000000,\"unit\":\"CNY\",\"approx\":true,"
	    "\"metric\":\"支出\"}");
	expect_has("人数不到200人。", NULL, "\"bound\":\"upper\"");
	/* 多 inside the span: 三十多家 is more than 30. */
	expect_has("开了三十多家店。", NULL,
	    "\"text\":\"三十多家\",\"start\":2,\"end\":6,\"kind\":\"count\","
	    "\"value\":30,\"unit\":\"家\",\"approx\":true,"
	    "\"bound\":\"lower\"");
}

static void
test_merged_bounds(void **state)
{
	(void)state;
	expect_has("每批大于10小于20个。", NULL,
	    "\"text\":\"10小于20个\",\"start\":4,\"end\":11,\"kind\":\"count\","
	    "\"min\":10,\"max\":20,\"unit\":\"个\",\"approx\":true");
	/* Bounds the wrong way round stay two bounds. */
	expect_not("大于50小于12个。", NULL, "\"min\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_range_with_scale_and_currency),
		cmocka_unit_test(test_range_stage),
		cmocka_unit_test(test_between),
		cmocka_unit_test(test_bare_range_stage),
		cmocka_unit_test(test_hedges),
		cmocka_unit_test(test_merged_bounds),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
