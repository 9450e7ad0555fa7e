/*
 * test_fold -- the Traditional-to-Simplified fold the extractors read
 * (issue 17): the table, the ambiguous characters in Simplified and in
 * Traditional documents, the words that keep them, folded keys, and each
 * rule family of extract-entities and extract-numbers giving on a
 * Traditional sentence what it gives on the same sentence in Simplified.
 * The sentences are written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/buf.h"
#include "zhpipe/entities.h"
#include "zhpipe/fold.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/numbers.h"
#include "zhpipe/utf8.h"
#include "zhpipe/wordlist.h"

#include "shipped_gaz.h"

static int
setup(void **state)
{
	(void)state;
	return shipped_load();
}

static int
teardown(void **state)
{
	(void)state;
	shipped_free();
	return 0;
}

/* The code points of UTF-8 s into cp (room for 256); returns how many. */
static size_t
decode(const char *s, uint32_t *cp)
{
	size_t n = 0, i = 0, len = strlen(s), l;

	while (i < len && n < 256) {
		cp[n++] = (uint32_t)zp_utf8_decode(s + i, len - i, &l);
		i += l;
	}
	return n;
}

/* s folded as a text of its own, into out (UTF-8, NUL-terminated). */
static bool
fold_str(const char *s, char *out)
{
	uint32_t cp[256];
	size_t n = decode(s, cp), o = 0;
	bool trad = zp_fold_text(cp, n);

	for (size_t i = 0; i < n; i++)
		o += zp_utf8_encode(cp[i], out + o);
	out[o] = '\0';
	return trad;
}

static uint32_t
cp1(const char *s)
{
	size_t l;

	return (uint32_t)zp_utf8_decode(s, strlen(s), &l);
}

static void
test_table(void **state)
{
	static const char *const pairs[][2] = {
		{ "們", "们" },
		{ "經", "经" },
		{ "臺", "台" },
		{ "後", "后" },
		{ "發", "发" },
		{ "髮", "发" },
		{ "隻", "只" },
		{ "裡", "里" },
		{ "幹", "干" },
		{ "乾", "干" },
		{ "著", "着" },
		{ "於", "于" },
		{ "餘", "余" },
		{ "營", "营" },
		{ "淨", "净" },
		{ "場", "场" },
	};

	(void)state;
	for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
		assert_int_equal(
		    zp_fold_char(cp1(pairs[k][0])), cp1(pairs[k][1]));
	/* Simplified, shared and non-Han characters stay. */
	assert_int_equal(zp_fold_char(cp1("们")), cp1("们"));
	assert_int_equal(zp_fold_char(cp1("后")), cp1("后"));
	assert_int_equal(zp_fold_char(cp1("中")), cp1("中"));
	assert_int_equal(zp_fold_char('A'), 'A');
	assert_int_equal(zp_fold_char(0x1F600), 0x1F600);
	/* ICU's pairs that are wrong in Traditional text too are left out. */
	assert_int_equal(zp_fold_char(cp1("俱")), cp1("俱"));
	assert_int_equal(zp_fold_char(cp1("阪")), cp1("阪"));
	assert_int_equal(zp_fold_char(cp1("跤")), cp1("跤"));
	/* And those that would make a rule read a wrong match. */
	assert_int_equal(zp_fold_char(cp1("昇")), cp1("昇"));
	/* 氹 of 氹仔 and 路氹 (Macau) is their Simplified spelling too. */
	assert_int_equal(zp_fold_char(cp1("氹")), cp1("氹"));
	assert_int_equal(zp_fold_char(cp1("瀋")), cp1("瀋"));
	assert_int_equal(zp_fold_char(cp1("倆")), cp1("倆"));
}

/*
 * In a Simplified document the ambiguous characters are ordinary words
 * and stay; the Traditional-only ones (後 隻 裡 發) fold anyway.
 */
static void
test_simplified_document(void **state)
{
	char out[1024];

	(void)state;
	assert_false(fold_str("乾隆年间的商号以著名的干货闻名，於姓掌柜说这"
	                      "些货物已经卖完了",
	    out));
	assert_string_equal(out,
	    "乾隆年间的商号以著名的干货闻名，於姓掌柜说这"
	    "些货物已经卖完了");
	assert_false(
	    fold_str("这家公司的显著变化在于著作权收入，乾坤未定", out));
	assert_string_equal(out, "这家公司的显著变化在于著作权收入，乾坤未定");
	/* A quoted Traditional name in a Simplified story. */
	assert_false(fold_str("据报道，臺積電後来在这裡买了一隻股票，该公司随后"
	                      "发布了这份报告",
	    out));
	assert_string_equal(out,
	    "据报道，台积电后来在这里买了一只股票，该公司随后"
	    "发布了这份报告");
}

/* In a Traditional document they fold, except inside the kept words. */
static void
test_traditional_document(void **state)
{
	char out[1024];

	(void)state;
	assert_true(
	    fold_str("隨著需求回溫，這些乾貨的銷售額於第三季成長", out));
	assert_string_equal(out, "随着需求回温，这些干货的销售额于第三季成长");
	assert_true(
	    fold_str("隻身前往的後來者在那裡發現了商機，理了頭髮", out));
	assert_string_equal(out, "只身前往的后来者在那里发现了商机，理了头发");
	/* Kept words: 著名, 顯著, 著作, 乾隆, 乾坤, 慰藉. */
	assert_true(fold_str("這位著名學者的著作對營收有顯著影響", out));
	assert_string_equal(out, "这位著名学者的著作对营收有显著影响");
	assert_true(fold_str("乾隆時期的瓷器藉由拍賣扭轉乾坤，帶來慰藉", out));
	assert_string_equal(out, "乾隆时期的瓷器借由拍卖扭转乾坤，带来慰藉");
	/* 「」 are the quotes of Traditional text. */
	assert_true(fold_str("他說「營收將持續成長」", out));
	assert_string_equal(out, "他说“营收将持续成长”");
}

/* zp_fold_end reports the positions it changed, for the decoders. */
static void
test_positions(void **state)
{
	struct zp_fold f = ZP_FOLD_INIT;
	uint32_t cp[256];
	size_t n = decode("這著名的著作隨著時間", cp);

	(void)state;
	zp_fold_begin(&f);
	for (size_t i = 0; i < n; i++)
		cp[i] = zp_fold_step(&f, cp[i], i);
	assert_int_equal(f.npos, 3); /* the three 著 */
	assert_true(zp_fold_end(&f, cp, n));
	assert_int_equal(f.npos, 1);
	assert_int_equal(f.pos[0], 7);
	assert_int_equal(cp[7], cp1("着"));
	/* A second text with the same state starts afresh. */
	n = decode("这著", cp);
	zp_fold_begin(&f);
	for (size_t i = 0; i < n; i++)
		cp[i] = zp_fold_step(&f, cp[i], i);
	assert_false(zp_fold_end(&f, cp, n));
	assert_int_equal(f.npos, 0);
	zp_fold_free(&f);
}

/* Keys are folded as they are built: a list in either script matches. */
static void
test_keys(void **state)
{
	struct zp_wordlist wl = ZP_WORDLIST_INIT;
	struct zp_gazetteer *g = zp_gaz_new();
	const char *const al[] = { "臺灣積體電路" };
	uint32_t cp[256], v = 0;
	size_t n;

	(void)state;
	zp_wl_add(&wl, "營收", strlen("營收"), 1);
	zp_wl_add(&wl, "净利", strlen("净利"), 2);
	n = decode("营收净利", cp);
	assert_int_equal(zp_wl_at(&wl, cp, n, 0, &v), 2);
	assert_int_equal(v, 1);
	assert_int_equal(zp_wl_at(&wl, cp, n, 2, &v), 2);
	assert_int_equal(v, 2);
	/* The same word in the other script replaces the value. */
	zp_wl_add(&wl, "营收", strlen("营收"), 3);
	assert_int_equal(zp_wl_count(&wl), 2);
	assert_int_equal(zp_wl_at(&wl, cp, n, 0, &v), 2);
	assert_int_equal(v, 3);
	zp_wl_free(&wl);

	zp_gaz_add(g, "TSMC", ZP_ET_ORG, al, 1, "2330", "TWSE");
	zp_gaz_compile(g);
	assert_int_equal(
	    zp_gaz_lookup(g, "台湾积体电路", strlen("台湾积体电路")), 0);
	assert_int_equal(
	    zp_gaz_lookup(g, "臺灣積體電路", strlen("臺灣積體電路")), 0);
	n = decode("台湾积体电路", cp);
	assert_int_equal(zp_gaz_lookup_cp(g, cp, n), 0);
	zp_gaz_free(g);
}

/*
 * Entities of text as "type:id:start-end" joined by spaces, into out.
 * The entities are also handed to ne[] for the figure finder (ids
 * borrowed from x).
 */
static size_t
entities(struct zp_entities *x, const char *text, char *out,
    struct zp_nentity *ne, size_t max)
{
	const struct zp_entity *e;
	size_t n = zp_ent_extract(x, text, strlen(text), &e), o = 0;

	out[0] = '\0';
	for (size_t k = 0; k < n && k < max; k++) {
		o += (size_t)snprintf(out + o, 4096 - o, "%s%s:%s:%zu-%zu",
		    k ? " " : "", zp_gaz_type_name(e[k].type), e[k].id,
		    e[k].start, e[k].end);
		ne[k] = (struct zp_nentity){ .start = e[k].start,
			.end = e[k].end,
			.id = e[k].id,
			.idlen = strlen(e[k].id),
			.org = e[k].type == ZP_ET_ORG,
			.person = e[k].type == ZP_ET_PER };
	}
	return n < max ? n : max;
}

/* The figures' JSON without their "text" (as written, so it differs). */
static void
figures(struct zp_numbers *z, const char *text, struct zp_nentity *ne,
    size_t nne, char *out)
{
	struct zp_buf b = ZP_BUF_INIT;
	struct zp_nctx ctx = {
		.year = 2024, .month = 11, .day = 8, .ents = ne, .nents = nne
	};
	const char *p, *q;
	size_t o = 0;

	zp_numbers_json(z, text, strlen(text), &ctx, &b);
	zp_buf_putc(&b, '\0');
	for (p = b.p; (q = strstr(p, "\"text\":\"")) != NULL;) {
		memcpy(out + o, p, (size_t)(q - p));
		o += (size_t)(q - p);
		for (q += 8; *q != '"'; q++)
			if (*q == '\\')
				q++;
		p = q + 2; /* the quote and the comma after it */
	}
	strcpy(out + o, p);
	zp_buf_free(&b);
}

/*
 * Each pair: a Traditional sentence, the same in Simplified (as ICU's
 * Traditional-Simplified writes it), and what the Simplified output must
 * hold, so that two empty outputs do not pass.
 */
static const char *const pairs[][3] = {
	/* Gazetteer names. */
	{ "輝達與臺積電宣布擴大合作，英特爾股價應聲下跌。",
	    "辉达与台积电宣布扩大合作，英特尔股价应声下跌。", "ORG:TSMC:" },
	/* Suffix rules for organizations. */
	{ "宏遠精密科技股份有限公司今日宣布擴大投資，並增聘兩百名員工。",
	    "宏远精密科技股份有限公司今日宣布扩大投资，并增聘两百名员工。",
	    "ORG:宏远精密科技股份有限公司:0-12" },
	/* People with titles. */
	{ "董事長陳建宏表示，分析師林美惠則認為需求仍然疲弱。",
	    "董事长陈建宏表示，分析师林美惠则认为需求仍然疲弱。",
	    "PER:陈建宏:" },
	/* Places. */
	{ "公司在高雄市與台南市各設有一座工廠。",
	    "公司在高雄市与台南市各设有一座工厂。", "LOC:" },
	/* One-character country names, by the words after them. */
	{ "中美兩國元首昨日通話，雙方同意加強經貿合作。",
	    "中美两国元首昨日通话，双方同意加强经贸合作。",
	    "LOC:China:0-1 LOC:United States:1-2" },
	/* Products. */
	{ "蘋果發表iPhone 16 Pro，輝達推出H200晶片。",
	    "苹果发表iPhone 16 Pro，辉达推出H200晶片。", "PRODUCT:" },
	/* Money, with metric and subject. */
	{ "聯發科第三季營收達1,320億新台幣，淨利約為25億美元。",
	    "联发科第三季营收达1,320亿新台币，净利约为25亿美元。",
	    "\"unit\":\"USD\"" },
	/* Percent with 同比 and 按年, and its change. */
	{ "騰訊第二季收入按年增長8%，淨利潤同比上升27%。",
	    "腾讯第二季收入按年增长8%，净利润同比上升27%。",
	    "\"basis\":\"yoy\"" },
	/* Metric words and periods. */
	{ "鴻海公布上半年營收為3.2兆新台幣，第四季度毛利率達6.5%。",
	    "鸿海公布上半年营收为3.2兆新台币，第四季度毛利率达6.5%。",
	    "\"metric\":\"毛利率\"" },
	/* Subject linking across sentences. */
	{ "台積電昨日召開法說會。該公司預計明年資本支出約為400億美元。",
	    "台积电昨日召开法说会。该公司预计明年资本支出约为400亿美元。",
	    "\"subject\":\"TSMC\"" },
};

static void
test_rule_families(void **state)
{
	struct zp_entities *x = zp_ent_new(shipped);
	struct zp_numbers *z = zp_numbers_new();
	static char et[4096], es[4096], ft[8192], fs[8192];
	struct zp_nentity ne[64];
	size_t n;

	(void)state;
	for (size_t k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++) {
		zp_ent_new_doc(x);
		n = entities(x, pairs[k][0], et, ne, 64);
		figures(z, pairs[k][0], ne, n, ft);
		zp_ent_new_doc(x);
		n = entities(x, pairs[k][1], es, ne, 64);
		figures(z, pairs[k][1], ne, n, fs);
		if (strcmp(et, es) != 0 || strcmp(ft, fs) != 0)
			fail_msg("%s\n  %s\n  %s\n%s\n  %s\n  %s", pairs[k][0],
			    et, ft, pairs[k][1], es, fs);
		if (strstr(es, pairs[k][2]) == NULL &&
		    strstr(fs, pairs[k][2]) == NULL)
			fail_msg("%s\n  %s\n  %s\n  want ...%s...", pairs[k][1],
			    es, fs, pairs[k][2]);
	}
	zp_numbers_free(z);
	zp_ent_free(x);
}

/*
 * Taiwan writes 英吋 for 英寸: two characters that no one-for-one fold
 * turns into the other, so the unit list has both.
 */
static void
test_inch(void **state)
{
	struct zp_numbers *z = zp_numbers_new();
	char out[8192];

	(void)state;
	figures(z, "公司將擴建12英吋晶圓廠。", NULL, 0, out);
	if (strstr(out,
	        "\"kind\":\"quantity\",\"value\":12,\"unit\":\"英吋\"") == NULL)
		fail_msg("got %s", out);
	zp_numbers_free(z);
}

/* The guards know the Traditional words too: 市場 is no place in 市. */
static void
test_guards(void **state)
{
	struct zp_entities *x = zp_ent_new(shipped);
	struct zp_nentity ne[64];
	char out[4096];
	static const char *const texts[] = {
		"全球記憶體市場需求回溫，半導體市場也持續復甦。",
		"法人認為房地產市場短期內仍難好轉。",
	};

	(void)state;
	for (size_t k = 0; k < sizeof(texts) / sizeof(texts[0]); k++) {
		zp_ent_new_doc(x);
		entities(x, texts[k], out, ne, 64);
		if (strstr(out, "LOC:") != NULL)
			fail_msg("%s\n  %s", texts[k], out);
	}
	zp_ent_free(x);
}

/* Spans and offsets are those of the text as written. */
static void
test_offsets(void **state)
{
	struct zp_entities *x = zp_ent_new(shipped);
	const struct zp_entity *e;
	const char *t = "據報導，臺積電股價上漲。";
	size_t n;

	(void)state;
	n = zp_ent_extract(x, t, strlen(t), &e);
	assert_int_equal(n, 1);
	assert_string_equal(e[0].id, "TSMC");
	assert_int_equal(e[0].start, 4);
	assert_int_equal(e[0].end, 7);
	assert_int_equal(e[0].bend - e[0].bstart, strlen("臺積電"));
	assert_memory_equal(t + e[0].bstart, "臺積電", strlen("臺積電"));
	/* A name no list knows: its text as written, its id in Simplified. */
	t = "董事長陳建宏表示，產能已經滿載。";
	n = zp_ent_extract(x, t, strlen(t), &e);
	assert_int_equal(n, 1);
	assert_string_equal(e[0].id, "陈建宏");
	assert_int_equal(e[0].start, 3);
	assert_memory_equal(t + e[0].bstart, "陳建宏", strlen("陳建宏"));
	zp_ent_free(x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_simplified_document),
		cmocka_unit_test(test_traditional_document),
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_rule_families),
		cmocka_unit_test(test_inch),
		cmocka_unit_test(test_guards),
		cmocka_unit_test(test_offsets),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
