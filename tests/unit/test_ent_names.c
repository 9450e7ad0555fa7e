/*
 * test_ent_names -- first mentions of people found by rule over an empty
 * gazetteer and without the name statistics: a full name after a trade,
 * a station or a kin word, transliterated names by their last character
 * or their length and two of their characters before a title (德兰先生),
 * a surname alone (林某, 姓骆的), Japanese names (石田良夫, 桥本首相), and
 * what is no name.  The people are fictional.
 */
#include "ent_test.h"

static void
test_lead_kin_trade(void **state)
{
	(void)state;
	expect_ent("村里的农民郑守田在地里种菜。", "郑守田", ZP_ET_PER, true);
	expect_ent("他的儿子魏长河在部队服役。", "魏长河", ZP_ET_PER, true);
	expect_ent(
	    "新闻干事柯有成说，这件事要记下来。", "柯有成", ZP_ET_PER, true);
	/* The same words before no name. */
	expect_ent("农民收入连年增长。", "农民收入", ZP_ET_PER, false);
	expect_ent("学生会主席发言。", "会主席", ZP_ET_PER, false);
	expect_ent("儿子和女儿都在外地。", "和女儿", ZP_ET_PER, false);
}

/* A holder's name ends before what it does with its shares. */
static void
test_holder_verbs(void **state)
{
	(void)state;
	expect_ent("董事长林洺锋减持公司股份。", "林洺锋", ZP_ET_PER, true);
	expect_ent("董事长林洺锋增持公司股份。", "林洺锋", ZP_ET_PER, true);
	expect_ent("总经理王洺平累计质押100万股。", "王洺平", ZP_ET_PER, true);
	/* The verb is no part of the name. */
	expect_ent("董事长林洺减持公司股份。", "林洺减", ZP_ET_PER, false);
}

/* 股份 after a firm's name is its shares: the name ends before it. */
static void
test_shares_after_name(void **state)
{
	(void)state;
	expect_ent("宏川投资累计增持华岭股份股份300万股。", "华岭股份",
	    ZP_ET_ORG, true);
	expect_ent("宏川投资累计增持华岭股份股份300万股。", "华岭股份股份",
	    ZP_ET_ORG, false);
	expect_ent(
	    "宏川投资持有远川控股股份5000万股。", "远川控股", ZP_ET_ORG, true);
	expect_ent("宏川投资持有远川控股股份5000万股。", "远川控股股份",
	    ZP_ET_ORG, false);
	expect_ent(
	    "宏川投资减持瑞泰集团股份200万股。", "瑞泰集团", ZP_ET_ORG, true);
	/* A legal form with 股份 is still one name. */
	expect_ent("瑞泰集团股份有限公司发布公告。", "瑞泰集团股份有限公司",
	    ZP_ET_ORG, true);
	expect_ent(
	    "瑞泰集团股份公司发布公告。", "瑞泰集团股份公司", ZP_ET_ORG, true);
	/* 占 (makes up a share of) is no part of the name after it. */
	expect_ent("宏川投资持股占华岭股份总股本的0.39%。", "华岭股份",
	    ZP_ET_ORG, true);
	expect_ent("宏川投资持股占华岭股份总股本的0.39%。", "占华岭股份",
	    ZP_ET_ORG, false);
	expect_ent(
	    "质押股份占远川科技总股本的5%。", "远川科技", ZP_ET_ORG, true);
	/* A holder's verb before and a count after: the shares of 华岭幸福. */
	expect_ent("宏川投资持有华岭幸福股份累计质押3.6亿股。", "华岭幸福",
	    ZP_ET_ORG, true);
	expect_ent("宏川投资持有华岭幸福股份累计质押3.6亿股。", "华岭幸福股份",
	    ZP_ET_ORG, false);
	expect_ent("宏川投资减持华岭黄金股份总计300万股。", "华岭黄金",
	    ZP_ET_ORG, true);
	/* No count after: the short name stays whole. */
	expect_ent("宏川投资持有华岭股份的股份。", "华岭股份", ZP_ET_ORG, true);
	/* A short name ending in 股份 stays whole. */
	expect_ent("华岭股份发布公告。", "华岭股份", ZP_ET_ORG, true);
}

static void
test_translit_ends(void **state)
{
	(void)state;
	/* A whole run of transliteration ending in a name's last syllable. */
	expect_ent("昨天，安德森再次夺冠。", "安德森", ZP_ET_PER, true);
	expect_ent("决赛中，卡尔顿发挥出色。", "卡尔顿", ZP_ET_PER, true);
	expect_ent("谢苗诺娃退役后球队下滑。", "谢苗诺娃", ZP_ET_PER, true);
	/* Runs that end otherwise, or go on, are no name alone. */
	expect_ent("球场上，卡萨诺奥再进一球。", "卡萨诺", ZP_ET_PER, false);
	expect_ent("一行人到达格罗。", "格罗", ZP_ET_PER, false);
	expect_ent("他喜欢马拉松。", "马拉松", ZP_ET_PER, false);
	/* Or a whole run before a strong name end, but no doubled word. */
	expect_ent("对此，佛朗科在店里工作。", "佛朗科", ZP_ET_PER, true);
	expect_ent("这是普普通通的一天。", "普普通通", ZP_ET_PER, false);
	expect_ent("马拉松的路线很长。", "马拉松", ZP_ET_PER, false);
	/* Four to seven characters before a weak end. */
	expect_ent(
	    "两周前，贝尔塔拉诺夫就已出逃。", "贝尔塔拉诺夫", ZP_ET_PER, true);
	expect_ent("阿布萨拉还警告对方。", "阿布萨拉", ZP_ET_PER, true);
	expect_ent("对方由加西马尔多率领。", "加西马尔多", ZP_ET_PER, true);
	/* Not a run that took the next word's first character (列入). */
	expect_ent("委员会将萨拉莫列入黑名单。", "萨拉莫列", ZP_ET_PER, false);
	expect_ent(
	    "两周前，贝尔塔拉诺夫携款出逃。", "贝尔塔拉诺夫", ZP_ET_PER, false);
}

/* Two characters of the set, then a title or a verb of saying. */
static void
test_translit_pairs(void **state)
{
	(void)state;
	expect_ent("会上，德兰先生介绍了情况。", "德兰", ZP_ET_PER, true);
	expect_ent("莫雷说，谈判还要继续。", "莫雷", ZP_ET_PER, true);
	expect_ent("13号琼斯表示，球队会赢。", "琼斯", ZP_ET_PER, true);
	/* Not inside a clause, nor before a noun of people, nor doubled. */
	expect_ent("各方对措施表示欢迎。", "措施", ZP_ET_PER, false);
	expect_ent("考古专家认为，遗址很古老。", "考古", ZP_ET_PER, false);
	expect_ent("默默表示同意。", "默默", ZP_ET_PER, false);
	expect_ent("卡尔·皮勒先生说。", "皮勒", ZP_ET_PER, false);
}

static void
test_surname_only(void **state)
{
	(void)state;
	/* A name withheld, or a surname given: the surname is the person. */
	expect_ent("法院判决，被告林某赔偿损失。", "林", ZP_ET_PER, true);
	expect_ent("据了解，邹某与丈夫甘某离了婚。", "甘", ZP_ET_PER, true);
	expect_ent("一位姓骆的司机告诉记者。", "骆", ZP_ET_PER, true);
	/* 某 and 姓 in words, and surnames that are words here. */
	expect_ent("南方某机场扩建。", "方", ZP_ET_PER, false);
	expect_ent("他承包某码头工程。", "包", ZP_ET_PER, false);
	expect_ent("和某些人不同。", "和", ZP_ET_PER, false);
	/* 老 after a surname is the elder's honorific, as 总 is a boss's. */
	expect_ent("会上，吕老说，要抓紧。", "吕", ZP_ET_PER, true);
	expect_ent("会上，吕老说，要抓紧。", "吕老", ZP_ET_PER, false);
	expect_ent("王老吉凉茶很畅销。", "王", ZP_ET_PER, false);
	expect_ent("老百姓林大伯说。", "林", ZP_ET_PER, false);
	expect_ent("此地多为吕姓时常往来。", "时", ZP_ET_PER, false);
	expect_ent("他们在陈某地开会。", "陈", ZP_ET_PER, false);
}

static void
test_japanese(void **state)
{
	(void)state;
	/* A Japanese surname with a given name, or alone before a title. */
	expect_ent(
	    "据报道，石田良夫今天抵达上海。", "石田良夫", ZP_ET_PER, true);
	expect_ent("会谈后，桥本首相会见了记者。", "桥本", ZP_ET_PER, true);
	expect_ent("对此，久间表示不满。", "久间", ZP_ET_PER, true);
	/* The same surnames before a place's or a body's word. */
	expect_ent("成田机场今天关闭。", "成田", ZP_ET_PER, false);
	expect_ent("上野公园的樱花开了。", "上野", ZP_ET_PER, false);
	expect_ent("上野公园的樱花开了。", "上野公", ZP_ET_PER, false);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lead_kin_trade),
		cmocka_unit_test(test_holder_verbs),
		cmocka_unit_test(test_shares_after_name),
		cmocka_unit_test(test_translit_ends),
		cmocka_unit_test(test_translit_pairs),
		cmocka_unit_test(test_surname_only),
		cmocka_unit_test(test_japanese),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
