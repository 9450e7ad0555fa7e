/*
 * test_ent_raisers -- start-ups no list knows, found by the funding round
 * they close, over an empty gazetteer: the name ends at the verb (完成,
 * 获得, 获投, after 已/正式/曾...) when 融资 follows in the clause, and
 * starts at a mark, a quotation, a kind word or a dateline's 消息.  The
 * companies are fictional.
 */
#include "ent_test.h"

static void
test_raisers(void **state)
{
	(void)state;
	/* After a dateline, a kind word, in quotation marks, in Latin. */
	expect_ent("6月3日消息,鲸选购获投数千万元天使轮融资。", "鲸选购",
	    ZP_ET_ORG, true);
	expect_ent("社区服务品牌邻喜到家完成A+轮数千万元融资。", "邻喜到家",
	    ZP_ET_ORG, true);
	expect_ent(
	    "云通信厂商“融川”完成数亿元D轮融资。", "融川", ZP_ET_ORG, true);
	expect_ent(
	    "云通信厂商“融川”完成数亿元D轮融资。", "“融川”", ZP_ET_ORG, false);
	expect_ent("5月8日消息,Harbor Robotics获投2000万美元A轮融资。",
	    "Harbor Robotics", ZP_ET_ORG, true);
	/* An adverb before the verb is no part of the name. */
	expect_ent(
	    "据悉,星图智造曾完成过亿元B轮融资。", "星图智造", ZP_ET_ORG, true);
	expect_ent("据悉,星图智造曾完成过亿元B轮融资。", "星图智造曾",
	    ZP_ET_ORG, false);
}

static void
test_raisers_guards(void **state)
{
	(void)state;
	/* Without 融资 in the clause the verb names nobody. */
	expect_ent(
	    "6月3日消息,鲸选购完成年度销售目标。", "鲸选购", ZP_ET_ORG, false);
	/* Pronouns, times, nouns of projects and people. */
	expect_ent("他们完成了新一轮融资。", "他们", ZP_ET_ORG, false);
	expect_ent("截至目前完成三轮融资。", "截至目前", ZP_ET_ORG, false);
	expect_ent(
	    "上半年完成融资的企业达到100家。", "上半年", ZP_ET_ORG, false);
	expect_ent("该项目完成融资。", "项目", ZP_ET_ORG, false);
	/* A name that runs on with no edge in reach is no name. */
	expect_ent("我国农业数字化服务领域企业完成融资。", "务领域企业",
	    ZP_ET_ORG, false);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_raisers),
		cmocka_unit_test(test_raisers_guards),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
