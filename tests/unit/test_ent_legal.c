/*
 * test_ent_legal -- companies found by their full legal name, over an empty
 * gazetteer: the name runs back over characters that stop shorter names, a
 * part in parentheses and a branch belong to it, and a relation word, a
 * function word or another company's legal name ends it.  The companies
 * are fictional.
 */
#include "ent_test.h"

static void
test_legal_names(void **state)
{
	(void)state;
	/* 轮 and 万 stop short names; a legal name runs over them. */
	expect_ent("原标题:赛川轮胎集团股份有限公司关于回购股份的进展公告",
	    "赛川轮胎集团股份有限公司", ZP_ET_ORG, true);
	expect_ent(
	    "2020年5月,鼎万海洋工程股份有限公司(以下简称“公司”)通过集中竞价"
	    "回购股份。",
	    "鼎万海洋工程股份有限公司", ZP_ET_ORG, true);
	/* A part in parentheses: (集团), a city. */
	expect_ent("公司子公司江城建设(集团)有限责任公司中标多项工程。",
	    "江城建设(集团)有限责任公司", ZP_ET_ORG, true);
	expect_ent("旗下子公司星途智行科技(广州)有限公司中标该项目。",
	    "星途智行科技(广州)有限公司", ZP_ET_ORG, true);
	/* A partnership and a branch. */
	expect_ent("持股5%以上股东新余明川投资中心(有限合伙)减持股份。",
	    "新余明川投资中心(有限合伙)", ZP_ET_ORG, true);
	expect_ent("质押给华信银行股份有限公司杭州分行,用于融资。",
	    "华信银行股份有限公司杭州分行", ZP_ET_ORG, true);
	/* A price quote that a news site put after the short name inside. */
	expect_ent("公司股东上海川禾医疗(10.820,-0.12,-1.10%)科技股份有限公司"
	           "将其持有的股份质押。",
	    "上海川禾医疗(10.820,-0.12,-1.10%)科技股份有限公司", ZP_ET_ORG,
	    true);
	expect_ent("质押给长川银行(5.12,0.01,0.20%)股份有限公司汇融支行。",
	    "长川银行(5.12,0.01,0.20%)股份有限公司汇融支行", ZP_ET_ORG, true);
	expect_ent("质押给长川银行(5.12,0.01,0.20%)股份有限公司汇融支行。",
	    "股份有限公司汇融支行", ZP_ET_ORG, false);
	/* A year in parentheses is no quote: the name starts after it. */
	expect_ent("(2020)川禾科技股份有限公司公告。", "川禾科技股份有限公司",
	    ZP_ET_ORG, true);
	/* A Latin word the name begins with. */
	expect_ent("本公司与ABC智能科技股份有限公司签署协议。",
	    "ABC智能科技股份有限公司", ZP_ET_ORG, true);
}

static void
test_legal_edges(void **state)
{
	(void)state;
	/* A relation word is no part of the name. */
	expect_ent("公司股东青山投资有限公司将其持有的股份质押。",
	    "青山投资有限公司", ZP_ET_ORG, true);
	expect_ent("公司股东青山投资有限公司将其持有的股份质押。",
	    "公司股东青山投资有限公司", ZP_ET_ORG, false);
	expect_ent("该公司的间接全资附属公司明港物业有限公司公布业绩。",
	    "明港物业有限公司", ZP_ET_ORG, true);
	expect_ent("该公司的间接全资附属公司明港物业有限公司公布业绩。",
	    "附属公司明港物业有限公司", ZP_ET_ORG, false);
	/* 在 before a name is a verb's; 在线 is a trade in one. */
	expect_ent("股份质押在华川证券股份有限公司。", "华川证券股份有限公司",
	    ZP_ET_ORG, true);
	expect_ent("股份质押在华川证券股份有限公司。", "在华川证券股份有限公司",
	    ZP_ET_ORG, false);
	expect_ent("公司与云川在线科技有限公司签署协议。",
	    "云川在线科技有限公司", ZP_ET_ORG, true);
	/* A legal form ends the name: the shares after it are no firm. */
	expect_ent("川禾科技股份有限公司累计回购股份1200万股。",
	    "川禾科技股份有限公司", ZP_ET_ORG, true);
	expect_ent("川禾科技股份有限公司累计回购股份1200万股。",
	    "川禾科技股份有限公司累计回购股份", ZP_ET_ORG, false);
	/* Two legal names: the second stops at the first. */
	expect_ent("已从云川电子科技有限公司变为云川微电子科技股份有限公司。",
	    "云川微电子科技股份有限公司", ZP_ET_ORG, true);
	expect_ent("已从云川电子科技有限公司变为云川微电子科技股份有限公司。",
	    "云川电子科技有限公司", ZP_ET_ORG, true);
	/* A count or a verb alone names no company. */
	expect_ent("他成立了一家有限公司。", "一家有限公司", ZP_ET_ORG, false);
	expect_ent("他们成立了有限公司。", "成立了有限公司", ZP_ET_ORG, false);
	/* Generic relations stay no entities. */
	expect_ent("公司的全资子公司与挂牌公司签署协议。", "挂牌公司",
	    ZP_ET_ORG, false);
	expect_ent("公司的全资子公司与挂牌公司签署协议。", "全资子公司",
	    ZP_ET_ORG, false);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_legal_names),
		cmocka_unit_test(test_legal_edges),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
