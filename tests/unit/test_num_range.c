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

static void
test_scale_carried_only_when_ordered(void **state)
{
	(void)state;
	/* A bare first end takes the second's scale: 千 k 仟 百 too. */
	expect_has("岗位月薪20~35k元。", NULL,
	    "\"text\":\"20~35k元\",\"start\":4,\"end\":11,\"kind\":\"money\","
	    "\"min\":20000,\"max\":35000,\"unit\":\"CNY\"");
	expect_has("单价两到三仟元。", NULL, "\"min\":2000,\"max\":3000");
	expect_has("补贴四到六百元。", NULL, "\"min\":400,\"max\":600");
	expect_has(
	    "订单二十到三十万台。", NULL, "\"min\":200000,\"max\":300000");
	/* Unless the result is out of order: 7200万 > 3万. */
	expect_has("租金从7200到3万港元不等。", NULL,
	    "\"text\":\"7200到3万港元\",\"start\":3,\"end\":12,"
	    "\"kind\":\"money\",\"min\":7200,\"max\":30000,\"unit\":\"HKD\"");
	/* Or the first has a scale of its own. */
	expect_has(
	    "估值3千至8千万美元。", NULL, "\"min\":3000,\"max\":80000000");
}

static void
test_separator_is_never_a_sign(void **state)
{
	(void)state;
	expect_has("奖金4万元--9万元。", NULL,
	    "\"text\":\"4万元--9万元\",\"start\":2,\"end\":10,"
	    "\"kind\":\"money\",\"min\":40000,\"max\":90000");
	expect_has("奖金4万元—9万元。", NULL, "\"min\":40000,\"max\":90000");
	expect_has("奖金4万元——9万元。", NULL,
	    "\"text\":\"4万元——9万元\",\"start\":2,\"end\":10,"
	    "\"kind\":\"money\",\"min\":40000,\"max\":90000");
	expect_has("持股2万股-7万股。", NULL,
	    "\"kind\":\"count\",\"min\":20000,\"max\":70000");
	expect_not("持股2万股-7万股。", NULL, "-70000");
	/* One range, not two figures: (含) and the long dash. */
	expect_has("门槛5万(含)-8万元。", NULL,
	    "\"text\":\"5万(含)-8万元\",\"start\":2,\"end\":11,"
	    "\"kind\":\"money\",\"min\":50000,\"max\":80000");
	expect_has("报价7——9万港币。", NULL,
	    "\"text\":\"7——9万港币\",\"start\":2,\"end\":9,"
	    "\"kind\":\"money\",\"min\":70000,\"max\":90000,\"unit\":\"HKD\"");
	/* A sign after 至 stays a sign. */
	expect_has("预亏-1.5亿元至-0.8亿元。", NULL,
	    "\"min\":-150000000,\"max\":-80000000");
}

static void
test_no_consistent_reading(void **state)
{
	(void)state;
	/* High to low: no min and max, value null, approx and a note. */
	expect_has("毛利率区间为9%至4%。", NULL,
	    "\"text\":\"9%至4%\",\"start\":6,\"end\":11,\"kind\":\"percent\","
	    "\"value\":null,\"unit\":\"%\",\"approx\":true,");
	expect_has("毛利率区间为9%至4%。", NULL,
	    "\"note\":\"range ends out of order: no consistent reading\"");
	expect_not("毛利率区间为9%至4%。", NULL, "\"min\"");
	/* Two losses written by their size: taken literally, ordered. */
	expect_has("预计亏损-2亿元至-5亿元。", NULL,
	    "\"min\":-500000000,\"max\":-200000000");
}

static void
test_not_ranges(void **state)
{
	(void)state;
	/* A month range is a date; a score and a telephone number are no
	 * ranges and have no sign. */
	expect_has("活动在3-4月举行。", NULL,
	    "\"text\":\"3-4月\",\"start\":3,\"end\":7,\"kind\":\"date\","
	    "\"date\":\"--03/--04\"");
	expect_not("活动在3-4月举行。", NULL, "\"min\"");
	expect_not("主队以2-1获胜。", NULL, "\"min\"");
	expect_not("主队以2-1获胜。", NULL, "-1");
	expect_has("咨询热线400-810-6688。", NULL, "[]");
	expect_has("联系电话010-6688 1234。", NULL, "[]");
	expect_has("联系电话0571-66881234。", NULL, "[]");
	/* But an amount with a unit after is one, and four-digit ends with
	 * a unit other than a year are no years. */
	expect_has("售价100-2500000元。", NULL, "\"min\":100,\"max\":2500000");
	expect_has("每分钟灌装1800—2600瓶。", NULL,
	    "\"kind\":\"count\",\"min\":1800,\"max\":2600,\"unit\":\"瓶\"");
	expect_has("1996—1997财年亏损", NULL, "\"date\":\"1996/1997\"");
	expect_has("2019-2021年间", NULL, "\"date\":\"2019/2021\"");
	/* 千 of a unit (千伏, 千米) stays with the unit on the second end. */
	expect_has("110-500千伏线路", NULL,
	    "\"kind\":\"quantity\",\"min\":110,\"max\":500,"
	    "\"unit\":\"千伏\"");
}

/* 过 after a measure passes a threshold; after a verb it is an aspect. */
static void
test_guo_threshold(void **state)
{
	(void)state;
	expect_has("新能源车渗透率过40%。", NULL,
	    "\"text\":\"40%\",\"start\":8,\"end\":11,\"kind\":\"percent\","
	    "\"value\":40,\"unit\":\"%\",\"approx\":true,\"bound\":\"lower\"");
	expect_has("首周票房过8亿元", NULL,
	    "\"value\":800000000,\"unit\":\"CNY\",\"approx\":true,"
	    "\"bound\":\"lower\"");
	/* The longest word wins: 超过 is still the hedge of its own. */
	expect_has("营收超过30亿元", NULL, "\"bound\":\"lower\"");
	/* Words that end in 过 are no threshold. */
	expect_not("董事会通过12项议案。", NULL, "\"bound\"");
	expect_not("该厂经过3年建设投产。", NULL, "\"bound\"");
	expect_not("不过5家企业入选。", NULL, "\"bound\"");
	expect_not("该股年内曾涨过30%。", NULL, "\"bound\"");
	expect_not("公司挺过3轮裁员。", NULL, "\"bound\"");
	expect_not("两队历史上交战过16场", NULL, "\"bound\"");
	expect_not("去年获得过100万美元融资", NULL, "\"bound\"");
	expect_has("单日成交额过500亿元", NULL, "\"bound\":\"lower\"");
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
		cmocka_unit_test(test_scale_carried_only_when_ordered),
		cmocka_unit_test(test_separator_is_never_a_sign),
		cmocka_unit_test(test_no_consistent_reading),
		cmocka_unit_test(test_not_ranges),
		cmocka_unit_test(test_guo_threshold),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
