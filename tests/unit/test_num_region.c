/*
 * test_num_region -- the region of a story and what its bare 元 is worth
 * (issue 17): the source's cues (URL host, encoding, an outlet's dateline,
 * the exchanges of a Traditional text's companies), the currencies stated
 * before a figure, and ROC years.  The texts are written for these tests.
 */
#include "num_test.h"

/* A context with a URL and an encoding (either NULL). */
static struct zp_nctx *
ctx_src(struct test_ctx *t, const char *url, const char *enc)
{
	ctx_init(t, "2024-03-10");
	if (url != NULL) {
		t->c.url = url;
		t->c.urllen = strlen(url);
	}
	if (enc != NULL) {
		t->c.encoding = enc;
		t->c.enclen = strlen(enc);
	}
	return &t->c;
}

static void
test_mainland_keeps_cny(void **state)
{
	struct test_ctx t;
	const char *text = "该公司去年营收达52亿元，净利润3.1亿元。";

	(void)state;
	expect_field(text, NULL, "52亿元", "unit", "CNY");
	expect_field(text, NULL, "52亿元", "note", NULL);
	/* A Simplified story that names other currencies writes them. */
	expect_field("港股募资20亿港元，公司营收52亿元。", NULL, "52亿元",
	    "unit", "CNY");
	expect_field("台积电营收新台币6000亿元，中芯国际营收120亿元。", NULL,
	    "120亿元", "unit", "CNY");
	/* Hong Kong and Taiwanese companies in a Simplified story say
	 * nothing of its source. */
	ctx_src(&t, NULL, NULL);
	ctx_ent(
	    &t, "腾讯控股去年营收达6000亿元。", "腾讯控股", "Tencent", false);
	t.e[0].exchange = "HKEX";
	t.e[0].exchangelen = 4;
	expect_field(
	    "腾讯控股去年营收达6000亿元。", &t.c, "6000亿元", "unit", "CNY");
}

static void
test_traditional_without_cue(void **state)
{
	const char *text =
	    "台北某公司去年營收達52億元，每股盈餘3.2元，創下新高。";

	(void)state;
	/* A Traditional story that names Taiwan or Hong Kong but gives no
	 * source: its 元 may be theirs, so no code. */
	expect_field(text, NULL, "52億元", "unit", "元");
	expect_field(text, NULL, "3.2元", "unit", "元");
	expect_field(
	    text, NULL, "52億元", "note", "bare 元: currency not known");
	expect_has(text, NULL, "\"value\":5200000000,");
	expect_field(
	    "香港股市：該集團去年盈利8億元。", NULL, "8億元", "unit", "元");
	expect_field("該行民國112年盈利8億元。", NULL, "8億元", "unit", "元");
	/* One that names none of them is a mainland story in Traditional
	 * (a wire's Traditional edition): CNY, with no note, as a
	 * Simplified one. */
	text = "該公司去年營收達52億元，每股盈餘3.2元，創下新高。";
	expect_field(text, NULL, "52億元", "unit", "CNY");
	expect_field(text, NULL, "3.2元", "unit", "CNY");
	expect_not(text, NULL, "\"note\"");
}

static void
test_stated_currency_first(void **state)
{
	const char *text = "該公司上月營收新台幣128億元，年增12%；前兩月營收"
	                   "250億元，每股配發現金股利5元。";

	(void)state;
	expect_field(text, NULL, "新台幣128億元", "unit", "TWD");
	expect_field(text, NULL, "250億元", "unit", "TWD");
	expect_field(text, NULL, "5元", "unit", "TWD");
	expect_field("該行去年淨賺港幣85億元，派息每股1.2元。", NULL, "1.2元",
	    "unit", "HKD");
	expect_field(
	    "博企營收澳門元30億元，淨利5億元。", NULL, "5億元", "unit", "MOP");
	/* Only after the statement: the figure before it stays open. */
	expect_field("該公司營收50億元，其中外銷新台幣30億元。", NULL, "50億元",
	    "unit", "元");
	/* Two of the family stated and no source: no guess. */
	expect_field(
	    "陸廠營收人民幣80億元，台廠營收新台幣90億元，合計170億元。", NULL,
	    "170億元", "unit", "元");
}

static void
test_source_url(void **state)
{
	struct test_ctx t;
	const char *hk = "該集團中期盈利120億元，派中期息每股0.8元。";
	const char *tw = "該公司上季每股盈餘8.5元。";

	(void)state;
	expect_field(hk, ctx_src(&t, "https://news.mingpao.com/pns/1", NULL),
	    "120億元", "unit", "HKD");
	expect_field(hk, ctx_src(&t, "https://www.example.com.hk/a?b=1", NULL),
	    "0.8元", "unit", "HKD");
	expect_field(hk, ctx_src(&t, "http://user@Example.COM.HK:8080/x", NULL),
	    "0.8元", "note", "bare 元: the source's currency");
	expect_field(tw, ctx_src(&t, "https://money.udn.com/story/1", NULL),
	    "8.5元", "unit", "TWD");
	expect_field(tw, ctx_src(&t, "https://www.macao.gov.mo/n", NULL),
	    "8.5元", "unit", "MOP");
	/* A Simplified story on a Hong Kong site is Hong Kong's too. */
	expect_field("公司中期盈利120亿元。",
	    ctx_src(&t, "https://example.hk/1", NULL), "120亿元", "unit",
	    "HKD");
	/* Not a host: .hk in the path, a look-alike domain.  The story is
	 * then of no source and names nothing of Hong Kong: mainland. */
	expect_field(hk, ctx_src(&t, "https://example.com/news.hk/1", NULL),
	    "120億元", "unit", "CNY");
	expect_field(hk, ctx_src(&t, "https://notmingpao.com/1", NULL),
	    "120億元", "unit", "CNY");
}

static void
test_source_encoding_and_dateline(void **state)
{
	struct test_ctx t;
	const char *text = "該公司上季每股盈餘8.5元。";

	(void)state;
	expect_field(text, ctx_src(&t, NULL, "big5"), "8.5元", "unit", "TWD");
	expect_field(
	    text, ctx_src(&t, NULL, "Big5-HKSCS"), "8.5元", "unit", "HKD");
	expect_field(
	    text, ctx_src(&t, NULL, "gb18030"), "8.5元", "unit", "CNY");
	expect_field(
	    "（中央社記者林小華台北10日電）某電子廠上季每股盈餘8.5元。", NULL,
	    "8.5元", "unit", "TWD");
	expect_field("【明報專訊】本地一家地產商中期盈利40億元。", NULL,
	    "40億元", "unit", "HKD");
	/* Beijing's 经济日报 is no Taiwanese dateline; in a Traditional
	 * text (folded to Simplified or not) it is 經濟日報 of Taipei. */
	expect_field("经济日报北京3月10日讯 某企业一季度营收40亿元。", NULL,
	    "40亿元", "unit", "CNY");
	expect_field(
	    "经济日报記者王小明／台北報導 某電子廠上季營收40億元，較去年"
	    "同期成長兩成。",
	    NULL, "40億元", "unit", "TWD");
	/* Cited in a sentence, the paper is no dateline. */
	expect_field("據明報報道，該地產商中期盈利40億元。", NULL, "40億元",
	    "unit", "CNY");
	expect_field("據明報報道，香港一家地產商中期盈利40億元。", NULL,
	    "40億元", "unit", "元");
	/* The dateline wins over the host that carries the story. */
	expect_field(
	    "（中央社記者林小華台北10日電）某電子廠上季每股盈餘8.5元。",
	    ctx_src(&t, "https://news.example.hk/1", NULL), "8.5元", "unit",
	    "TWD");
	/* A Taiwanese story's 元 after NT$ and 人民幣 amounts is NT$; after
	 * only 人民幣 or 港幣 ones it is undecided. */
	expect_field("（中央社台北10日電）陸廠營收人民幣80億元，台廠營收新台幣"
	             "60億元，合計140億元。",
	    NULL, "140億元", "unit", "TWD");
	expect_field("（中央社台北10日電）陸企營收人民幣80億元，淨利10億元。",
	    NULL, "10億元", "unit", "元");
	expect_field("（中央社台北10日電）港股募資港幣80億元，台廠營收90億元。",
	    NULL, "90億元", "unit", "元");
}

static void
test_entities_of_one_market(void **state)
{
	struct test_ctx t;
	const char *text = "聯發科上季營收1300億元，每股盈餘19元。";

	(void)state;
	ctx_src(&t, NULL, NULL);
	ctx_ent(&t, text, "聯發科", "MediaTek", false);
	t.e[0].exchange = "TWSE";
	t.e[0].exchangelen = 4;
	expect_field(text, &t.c, "19元", "unit", "TWD");
	t.e[0].exchange = "HKEX";
	expect_field(text, &t.c, "19元", "unit", "HKD");
	/* Two markets: no region. */
	text = "聯發科與騰訊控股上季營收各1300億元，每股盈餘19元。";
	ctx_src(&t, NULL, NULL);
	ctx_ent(&t, text, "聯發科", "MediaTek", false);
	ctx_ent(&t, text, "騰訊控股", "Tencent", false);
	t.e[0].exchange = "TWSE";
	t.e[1].exchange = "HKEX";
	t.e[0].exchangelen = t.e[1].exchangelen = 4;
	expect_field(text, &t.c, "19元", "unit", "元");
	/* One market dominates: two mainland-listed names to one. */
	text = "中芯國際與華虹半導體上季營收勝過聯發科，每股盈餘0.5元。";
	ctx_src(&t, NULL, NULL);
	ctx_ent(&t, text, "中芯國際", "SMIC", false);
	ctx_ent(&t, text, "華虹半導體", "Hua Hong Semiconductor", false);
	ctx_ent(&t, text, "聯發科", "MediaTek", false);
	t.e[0].exchange = t.e[1].exchange = "SSE";
	t.e[0].exchangelen = t.e[1].exchangelen = 3;
	t.e[2].exchange = "TWSE";
	t.e[2].exchangelen = 4;
	expect_field(text, &t.c, "0.5元", "unit", "元");
	t.e[2].exchange = "SZSE";
	expect_field(text, &t.c, "0.5元", "unit", "CNY");
}

static void
test_default_currency(void **state)
{
	struct test_ctx t;

	(void)state;
	ctx_src(&t, NULL, NULL);
	t.c.currency = "TWD";
	expect_field(
	    "該公司營收50億元，年增8%。", &t.c, "50億元", "unit", "TWD");
	/* It replaces the mainland's CNY too. */
	t.c.currency = "HKD";
	expect_field("该公司营收50亿元。", &t.c, "50亿元", "unit", "HKD");
	/* A story's own cue wins over the default. */
	expect_field("該公司營收新台幣60億元，淨利9億元。", &t.c, "9億元",
	    "unit", "TWD");
	/* A declaration (下同) wins over the region. */
	expect_field("（中央社台北10日電）該基金規模達（美元，下同）30億元。",
	    NULL, "30億元", "unit", "USD");
	assert_true(zp_numbers_currency_known(z, "TWD"));
	assert_true(zp_numbers_currency_known(z, "CNY"));
	assert_true(zp_numbers_currency_known(z, "MOP"));
	assert_false(zp_numbers_currency_known(z, "XYZ"));
	assert_false(zp_numbers_currency_known(z, "twd"));
}

static void
test_roc_years(void **state)
{
	struct test_ctx t;
	const char *tw =
	    "（中央社台北10日電）該公司112年3月營收150億元，112年第一季"
	    "獲利成長，112年度每股盈餘6元，113年全年營收可望成長。";

	(void)state;
	ctx_src(&t, NULL, NULL);
	assert_int_equal(zp_numbers_parse_date("2024-03-10", 10, &t.c), 0);
	expect_field(tw, &t.c, "112年3月", "date", "2023-03");
	expect_field(tw, &t.c, "112年3月", "note", "ROC (民国) year");
	expect_field(tw, &t.c, "第一季", "period", "2023-Q1");
	expect_field(tw, &t.c, "112年度", "date", "2023");
	expect_field(tw, &t.c, "6元", "period", "2023");
	expect_field(tw, &t.c, "113年", "date", "2024");
	expect_field("民國112年3月15日起實施。", NULL, "112年3月15日", "date",
	    "2023-03-15");
	expect_field(
	    "民國一一二年營收創高。", NULL, "一一二年", "date", "2023");
	/* Without 民國, a Taiwanese story reads 112年 with a date after. */
	expect_has("（中央社台北10日電）112年1至3月營收成長。", NULL,
	    "\"text\":\"112年\",\"start\":11,\"end\":15,\"kind\":\"date\"");
}

static void
test_roc_year_negatives(void **state)
{
	(void)state;
	/* A mainland story's 112年 is what it was. */
	expect_field(
	    "该公司112年3月营收50亿元。", NULL, "112年", "kind", "period");
	/* Durations in a Taiwanese story. */
	expect_field("（中央社台北10日電）該公司成立43年，過去10年營收成長。",
	    NULL, "43年", "kind", "period");
	expect_field("（中央社台北10日電）該公司成立43年，過去10年營收成長。",
	    NULL, "10年", "kind", "period");
	expect_field("（中央社台北10日電）10年來營收成長三倍。", NULL, "10年",
	    "kind", "period");
	/* One digit is never a ROC year without 民國. */
	expect_field("（中央社台北10日電）5年3月期的債券。", NULL, "5年",
	    "kind", "period");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mainland_keeps_cny),
		cmocka_unit_test(test_traditional_without_cue),
		cmocka_unit_test(test_stated_currency_first),
		cmocka_unit_test(test_source_url),
		cmocka_unit_test(test_source_encoding_and_dateline),
		cmocka_unit_test(test_entities_of_one_market),
		cmocka_unit_test(test_default_currency),
		cmocka_unit_test(test_roc_years),
		cmocka_unit_test(test_roc_year_negatives),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
