/*
 * test_ent_places -- places found by rule over an empty gazetteer: towns,
 * townships and villages by their unit, and what is no place (a kind of
 * village, a word made with the unit).  The places are fictional.
 */
#include "ent_test.h"

static void
test_villages(void **state)
{
	(void)state;
	expect_ent("他回到了青禾镇。", "青禾镇", ZP_ET_LOC, true);
	expect_ent("记者来到柳塘乡采访。", "柳塘乡", ZP_ET_LOC, true);
	expect_ent("在白杏村，农民种起了苹果。", "白杏村", ZP_ET_LOC, true);
	/* A larger unit before it ends the name: 该县 is no part of it. */
	expect_ent("该县青禾镇建起了市场。", "青禾镇", ZP_ET_LOC, true);
	expect_ent("该县青禾镇建起了市场。", "县青禾镇", ZP_ET_LOC, false);
	/* Kinds of villages and words made with the unit. */
	expect_ent("这个贫困村通了电。", "贫困村", ZP_ET_LOC, false);
	expect_ent("全县有十个行政村。", "行政村", ZP_ET_LOC, false);
	expect_ent("发展农村经济和城镇建设。", "发展农村", ZP_ET_LOC, false);
	expect_ent("大量青年离开家乡外出。", "离开家乡", ZP_ET_LOC, false);
	expect_ent("青禾村村民说。", "青禾村", ZP_ET_LOC, true);
	expect_ent("这里的乡镇企业很多。", "这里的乡", ZP_ET_LOC, false);
}

static void
test_abbrev_lists(void **state)
{
	(void)state;
	/* Countries and provinces one character each, closed by 等 or a count. */
	expect_ent("法、意、比等国签署了协定。", "比", ZP_ET_LOC, true);
	expect_ent("冀、鲁、豫三省遭遇干旱。", "鲁", ZP_ET_LOC, true);
	expect_ent("甘、宁、青一带的民歌。", "青", ZP_ET_LOC, true);
	/* Words joined by 、 are no list of places. */
	expect_ent("老、弱、病、残都有照顾。", "老", ZP_ET_LOC, false);
	expect_ent("青、壮年劳力外出。", "青", ZP_ET_LOC, false);
	expect_ent("甘、苦自知。", "甘", ZP_ET_LOC, false);
}

static void
test_abbrev_going(void **state)
{
	(void)state;
	/* A verb of going or staying, then a country or province. */
	expect_ent("总理下月访英。", "英", ZP_ET_LOC, true);
	expect_ent("他三次赴藏考察。", "藏", ZP_ET_LOC, true);
	expect_ent("驻港部队举行开放日。", "港", ZP_ET_LOC, true);
	expect_ent("他是一位留法学生。", "法", ZP_ET_LOC, true);
	expect_ent("一位美籍华人捐了款。", "美", ZP_ET_LOC, true);
	expect_ent("日军撤退了。", "日", ZP_ET_LOC, true);
	/* The same characters in words. */
	expect_ent("请大家留意天气。", "意", ZP_ET_LOC, false);
	expect_ent("货轮离港出发。", "港", ZP_ET_LOC, false);
	expect_ent("离越来越近了。", "越", ZP_ET_LOC, false);
	expect_ent("他走访美丽乡村。", "美", ZP_ET_LOC, false);
	expect_ent("他得了冠军。", "冠", ZP_ET_LOC, false);
	expect_ent("他赴新单位报到。", "新", ZP_ET_LOC, false);
}

static void
test_zhonghua(void **state)
{
	(void)state;
	/* 中华 as China: its culture and people, or what is revived. */
	expect_ent("同学们为振兴中华而学习。", "中华", ZP_ET_LOC, true);
	expect_ent("他们传承中华医学。", "中华", ZP_ET_LOC, true);
	/* 中 and 华 of other words. */
	expect_ent("其中华为手机销量最高。", "中华", ZP_ET_LOC, false);
	expect_ent("振兴中华路的商铺。", "中华", ZP_ET_LOC, false);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_villages),
		cmocka_unit_test(test_abbrev_lists),
		cmocka_unit_test(test_abbrev_going),
		cmocka_unit_test(test_zhonghua),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
