/*
 * test_ent_organs -- a place, a name and an institution as one
 * organization (ent_organs.c), over a gazetteer of a few countries and
 * a few organizations: the middle of the name with stops that belong to
 * it (经济, 第四), the clauses and roles that end it, teams, a level before
 * a local body, an organization + a body it owns, museums and libraries
 * as places, and what stays apart (美国政府, a firm of a kind, a listed
 * company after its country).  The sentences are fictional.
 */
#include "ent_test.h"

static int
setup_places(void **state)
{
	static const char *const places[] = { "美国", "日本", "阿根廷",
		"巴基斯坦", "北京", "中国", "瑞典" };

	(void)state;
	gaz = zp_gaz_new();
	for (size_t i = 0; i < NELEM(places); i++)
		zp_gaz_add(gaz, places[i], ZP_ET_LOC, NULL, 0, NULL, NULL);
	zp_gaz_add(gaz, "星海电子", ZP_ET_ORG, NULL, 0, NULL, NULL);
	zp_gaz_add(gaz, "人大常委会", ZP_ET_ORG, NULL, 0, NULL, NULL);
	zp_gaz_add(gaz, "卫生局", ZP_ET_ORG, NULL, 0, NULL, NULL);
	zp_gaz_add(gaz, "铁道部", ZP_ET_ORG, NULL, 0, NULL, NULL);
	zp_gaz_add(gaz, "教育部", ZP_ET_ORG, NULL, 0, NULL, NULL);
	zp_gaz_add(gaz, "中共", ZP_ET_ORG, NULL, 0, NULL, NULL);
	zp_gaz_add(gaz, "十五大", ZP_ET_ORG, NULL, 0, NULL, NULL);
	zp_gaz_compile(gaz);
	x = zp_ent_new(gaz);
	return 0;
}

/* Fails unless the text has an entity of type t whose surface is want (or
 * none of that surface and type when want_it is false). */
static void
expect(const char *s, enum zp_etype t, const char *want, bool want_it)
{
	const struct zp_entity *e;
	size_t n = zp_ent_extract(x, s, strlen(s), &e);
	bool got = false;

	for (size_t k = 0; k < n; k++)
		if (e[k].type == t && e[k].bend - e[k].bstart == strlen(want) &&
		    memcmp(s + e[k].bstart, want, strlen(want)) == 0)
			got = true;
	if (got != want_it)
		fail_msg("%s: %s%s as %d", s, want_it ? "no " : "", want, t);
}

static void
test_place_bodies(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	expect("美国森林管理局的专家昨天抵达。", ZP_ET_ORG, "美国森林管理局",
	    true);
	expect("美国森林管理局的专家昨天抵达。", ZP_ET_LOC, "美国", false);
	expect("据巴基斯坦联合通讯社消息，会谈顺利。", ZP_ET_ORG,
	    "巴基斯坦联合通讯社", true);
	expect("中国海洋战略学会今年举办年会。", ZP_ET_ORG, "中国海洋战略学会",
	    true);
	/* 经 and 第四 stop other names, not these. */
	expect("日本经济计划厅官员说，形势好转。", ZP_ET_ORG, "日本经济计划厅",
	    true);
	expect("他曾在北京第四印染厂工作。", ZP_ET_ORG, "北京第四印染厂", true);
	expect("北京青年话剧团今晚演出。", ZP_ET_ORG, "北京青年话剧团", true);
	/* A number without 第 is a count: 三 + 印染厂. */
	expect("北京三印染厂合并。", ZP_ET_ORG, "北京三印染厂", false);
}

static void
test_teams_and_schools(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	expect("阿根廷足球队昨晚抵达。", ZP_ET_ORG, "阿根廷足球队", true);
	expect("他毕业于北京园艺学校。", ZP_ET_ORG, "北京园艺学校", true);
	/* A verb of the match ends the name: 迎战 + 瑞典队. */
	expect("阿根廷队迎战瑞典队。", ZP_ET_ORG, "阿根廷队迎战瑞典队", false);
	expect(
	    "我们在北京同瑞典女队比赛。", ZP_ET_ORG, "北京同瑞典女队", false);
}

static void
test_stays_apart(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	/* GUIDELINES 8: 美国政府 is the country. */
	expect("美国政府昨天宣布新规。", ZP_ET_LOC, "美国", true);
	expect("美国政府昨天宣布新规。", ZP_ET_ORG, "美国政府", false);
	/* A firm of a kind, and a listed company after its country. */
	expect("一家美国芯片公司宣布裁员。", ZP_ET_ORG, "美国芯片公司", false);
	expect(
	    "日本星海电子公司发布新品。", ZP_ET_ORG, "日本星海电子公司", false);
	/* A clause between place and body. */
	expect("北京成立园艺协会。", ZP_ET_ORG, "北京成立园艺协会", false);
	expect("北京举办园艺学校。", ZP_ET_ORG, "北京举办园艺学校", false);
}

static void
test_level_bodies(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	expect("市人大常委会昨天通过决议。", ZP_ET_ORG, "市人大常委会", true);
	expect("据了解，县卫生局已派人调查。", ZP_ET_ORG, "县卫生局", true);
	/* 全县 is every body of the county; 县县委 repeats the level. */
	expect("全县卫生局干部参加。", ZP_ET_ORG, "县卫生局", false);
	expect("该县县委开会。", ZP_ET_ORG, "县县委", false);
	/* A level of the state of two characters. */
	expect("国家教育部发出通知。", ZP_ET_ORG, "国家教育部", true);
	expect("全国教育部门发出通知。", ZP_ET_ORG, "全国教育部", false);
}

static void
test_owner_bodies(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	/* An organization + a body it owns, with 第N between or not. */
	expect(
	    "铁道部第九工程局承建该线。", ZP_ET_ORG, "铁道部第九工程局", true);
	expect("铁道部第九工程局承建该线。", ZP_ET_ORG, "铁道部", false);
	expect(
	    "星海电子北京分公司开业。", ZP_ET_ORG, "星海电子北京分公司", true);
	/* A party + its congress by number. */
	expect("中共十五大确立了方针。", ZP_ET_ORG, "中共十五大", true);
	expect("中共十五大确立了方针。", ZP_ET_ORG, "中共", false);
	expect("中共的十五大开幕。", ZP_ET_ORG, "中共的十五大", false);
	expect("中共的十五大开幕。", ZP_ET_ORG, "十五大", true);
	/* Words of bodies that are common words alone. */
	expect("铁道部发展中心发布报告。", ZP_ET_ORG, "铁道部发展中心", true);
	expect("他在中心工作。", ZP_ET_ORG, "中心", false);
	expect("他住在北京市中心。", ZP_ET_ORG, "北京市中心", false);
	expect("北京青年访问团抵达。", ZP_ET_ORG, "北京青年访问团", true);
	/* A clause or a role between them ends it. */
	expect(
	    "铁道部批准成立工程局。", ZP_ET_ORG, "铁道部批准成立工程局", false);
	expect(
	    "铁道部部长视察工程局。", ZP_ET_ORG, "铁道部部长视察工程局", false);
}

static void
test_venues(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	/* A museum or a library is a place one visits. */
	expect(
	    "代表团参观了北京园林博物馆。", ZP_ET_LOC, "北京园林博物馆", true);
	expect(
	    "代表团参观了北京园林博物馆。", ZP_ET_ORG, "北京园林博物馆", false);
	/* A research institute of the same place stays a body. */
	expect("北京园林研究所发布报告。", ZP_ET_ORG, "北京园林研究所", true);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_place_bodies),
		cmocka_unit_test(test_teams_and_schools),
		cmocka_unit_test(test_stays_apart),
		cmocka_unit_test(test_level_bodies),
		cmocka_unit_test(test_owner_bodies),
		cmocka_unit_test(test_venues),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup_places, teardown);
}
