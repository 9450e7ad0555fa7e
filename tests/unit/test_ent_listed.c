/*
 * test_ent_listed -- listed companies found by the stock code or quote
 * after their name, over an empty gazetteer: A-share, Hong Kong and
 * exchange-suffixed codes, price quotes, the name's left edge, a place it
 * starts with, and what is no code (a year, a count, a phone extension).
 * The companies are fictional.
 */
#include "ent_test.h"

/* Fails unless the text has an ORG whose surface is want (or none of
 * that surface when want_it is false). */
static void
expect_org(const char *s, const char *want, bool want_it)
{
	const struct zp_entity *e;
	size_t n = zp_ent_extract(x, s, strlen(s), &e);
	bool got = false;

	for (size_t k = 0; k < n; k++)
		if (e[k].type == ZP_ET_ORG &&
		    e[k].bend - e[k].bstart == strlen(want) &&
		    memcmp(s + e[k].bstart, want, strlen(want)) == 0)
			got = true;
	if (got != want_it)
		fail_msg("%s: %s%s as ORG", s, want_it ? "no " : "", want);
}

static void
test_codes(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	expect_org("公告显示，禾川牧业(603988.SH)股东解除质押800万股。",
	    "禾川牧业", true);
	expect_org("天瑞控股(06899)发布公告。", "天瑞控股", true);
	expect_org("渡海集团(02777-HK)斥资回购股份。", "渡海集团", true);
	expect_org(
	    "原标题:岚山钨业(9.500,0.12,1.28%):股东减持。", "岚山钨业", true);
	/* The left edge stops at a stop word: 显示 is no part of it. */
	expect_org(
	    "公告显示禾川牧业(603988)股东解除质押。", "显示禾川牧业", false);
	expect_org("公告显示禾川牧业(603988)股东解除质押。", "禾川牧业", true);
	/* A name that begins with numerals, after a clause boundary. */
	expect_org("原标题:万川发展(9.830,0.12,1.28%)公告", "万川发展", true);
	expect_org("公告称，三禾股份(600001)股东减持。", "三禾股份", true);
	/* 丨 of 格隆汇8月8日丨 separates the dateline from the name. */
	expect_org("格隆汇8月8日丨禾川牧业(603988.SH)公告", "禾川牧业", true);
	expect_org(
	    "格隆汇8月8日丨禾川牧业(603988.SH)公告", "丨禾川牧业", false);
	/* Numerals of a size are no name's: 十大股东. */
	expect_org("公告称，十大股东(600001)名单", "十大股东", false);
}

static void
test_not_codes(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	/* A year, a count or two digits in parentheses is no code. */
	expect_org("该项目收入(2023)增长。", "该项目收入", false);
	expect_org("其中门店数量(120)增加。", "其中门店数量", false);
	expect_org("华南地区(12.5%)占比最高。", "华南地区", false);
	/* One character is no name. */
	expect_org("股(600000)", "股", false);
}

static void
test_name_edges(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	/* 时, 万, 都 stop other names; a name before a quote holds them. */
	expect_org(
	    "原标题:素雅时尚(18.200,0.21,1.17%):股东减持。", "素雅时尚", true);
	expect_org("格隆汇9月4日丨华万维科(300001.SZ)公告", "华万维科", true);
	expect_org(
	    "原标题:南都储能(10.740,-0.21,-1.92%)回购股份", "南都储能", true);
	/* A word that introduces a company, a preposition, a number's unit. */
	expect_org(
	    "公司接到控股股东中川宝安(000009)的通知。", "中川宝安", true);
	expect_org("公司接到控股股东中川宝安(000009)的通知。",
	    "控股股东中川宝安", false);
	expect_org("无限售流通股在万川股份(17.620,-0.43,-2.38%)办理质押。",
	    "万川股份", true);
	expect_org("股东超额减持214万元天河防务(51.160,-0.42,-0.81%)",
	    "天河防务", true);
	expect_org("股东超额减持214万元天河防务(51.160,-0.42,-0.81%)",
	    "元天河防务", false);
	/* A headline that runs into the name: its last four characters. */
	expect_org(
	    "原标题:互金业务和烟花业务双遇冷熊川金控(12.940,-0.11,-0.84%)",
	    "熊川金控", true);
}

static void
test_markers_and_forms(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	/* The market and code of 每经 stories, a US ticker. */
	expect_org("每经AI快讯,全心好(SZ 000099,收盘价:3.50元)发布公告。",
	    "全心好", true);
	expect_org("8月12日,思明无限(SJ.US)宣布收购。", "思明无限", true);
	/* Latin names, share-class tails, special treatment. */
	expect_org("客户端 ACME CHINA(12.96,-0.02,-0.15%)回购股份。",
	    "ACME CHINA", true);
	expect_org("原标题:基岩药业-B(02999)公告", "基岩药业-B", true);
	expect_org("兑现收益,建川B(4.720,-0.02,-0.42%)公告", "建川B", true);
	expect_org("原标题:*ST利川(1.380,0.07,5.34%)股东减持", "*ST利川", true);
	expect_org("有望复产ST丰河(33.560,0.61,1.85%)股东减持", "ST丰河", true);
	/* A Hong Kong name may end in 公司; a role may not. */
	expect_org("原标题:新川基公司(00099-HK)回购18万股", "新川基公司", true);
	expect_org("公告称，前十大股东(600001)名单", "前十大股东", false);
	/* A year in parentheses is no code. */
	expect_org("该项目收入(2023)增长。", "项目收入", false);
}

static void
test_announcers(void **state)
{
	(void)state;
	zp_ent_new_doc(x);
	expect_org(
	    "责编:李明 华文传媒公告,截至9月11日收盘。", "华文传媒", true);
	expect_org("明川环保公告,联合体中标某项目。", "明川环保", true);
	expect_org(
	    "5月19日,阳川照明发布公告,披露了最新进展。", "阳川照明", true);
	/* The board, the company, the matter or a time announce no name. */
	expect_org("。董事会公告,", "董事会", false);
	expect_org("。本公司公告,", "本公司", false);
	expect_org("。回购进展公告,", "回购进展", false);
	expect_org("。重大事项公告,", "重大事项", false);
	expect_org("。根据预案公告,", "根据预案", false);
	expect_org("公司于5月8日晚间公告,", "日晚间", false);
	expect_org("将在10日内予以公告,", "日内予以", false);
	/* 公告 in the middle of a clause is no lead. */
	expect_org("。青岳环保公告显示", "青岳环保", false);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes),
		cmocka_unit_test(test_not_codes),
		cmocka_unit_test(test_name_edges),
		cmocka_unit_test(test_markers_and_forms),
		cmocka_unit_test(test_announcers),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
