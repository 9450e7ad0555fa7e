/*
 * test_gazetteer -- CSV loading (header, optional columns, quoting, errors
 * naming FILE:LINE), the trie (leftmost-longest, every prefix, exact
 * lookup), the last definition of an alias winning, and the shipped lists.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/gazetteer.h"
#include "zhpipe/utf8.h"

#define S(lit) lit, sizeof(lit) - 1

/* Decodes s into cp; returns the count. */
static size_t
cps(const char *s, uint32_t *cp)
{
	size_t i = 0, n = strlen(s), k = 0, l;

	while (i < n) {
		cp[k++] = (uint32_t)zp_utf8_decode(s + i, n - i, &l);
		i += l;
	}
	return k;
}

static struct zp_gazetteer *
load(const char *text, int want, char *err, size_t errsize)
{
	struct zp_gazetteer *g = zp_gaz_new();
	int rc = zp_gaz_load_mem(g, "t.csv", text, strlen(text), err, errsize);

	assert_int_equal(rc, want);
	zp_gaz_compile(g);
	return g;
}

static const char *
id_of(struct zp_gazetteer *g, const char *alias)
{
	uint32_t e = zp_gaz_lookup(g, alias, strlen(alias));

	return e == ZP_GAZ_NONE ? NULL : zp_gaz_entry(g, e)->id;
}

static void
test_load_basic(void **state)
{
	char err[256];
	struct zp_gazetteer *g =
	    load("canonical,type,aliases,ticker,exchange\n"
	         "NVIDIA,ORG,英伟达|輝達|Nvidia,NVDA,NASDAQ\n"
	         "\n"
	         "Wuxi,LOC,无锡|无锡市\n"
	         "\"Samsung Electronics\",ORG,\"三星电子|三星\",005930,KRX\n",
	        0, err, sizeof(err));
	const struct zp_gaz_entry *e;

	(void)state;
	assert_int_equal(zp_gaz_size(g), 3);
	assert_string_equal(id_of(g, "輝達"), "NVIDIA");
	assert_string_equal(id_of(g, "NVIDIA"), "NVIDIA"); /* canonical */
	assert_string_equal(id_of(g, "无锡市"), "Wuxi");
	assert_string_equal(id_of(g, "三星"), "Samsung Electronics");
	assert_null(id_of(g, "英伟"));
	e = zp_gaz_entry(g, zp_gaz_lookup(g, S("英伟达")));
	assert_int_equal(e->type, ZP_ET_ORG);
	assert_string_equal(e->ticker, "NVDA");
	assert_string_equal(e->exchange, "NASDAQ");
	e = zp_gaz_entry(g, zp_gaz_lookup(g, S("无锡")));
	assert_int_equal(e->type, ZP_ET_LOC);
	assert_null(e->ticker);
	assert_null(e->exchange);
	zp_gaz_free(g);
}

/* The sixth column names the entry a unit belongs to; it may be left out. */
static void
test_parent(void **state)
{
	char err[256];
	struct zp_gazetteer *g =
	    load("canonical,type,aliases,ticker,exchange,parent\n"
	         "Acme,ORG,艾克米,,\n"
	         "Acme Cloud,ORG,艾克米云,,,Acme\n"
	         "Acme Bank,ORG,艾克米银行,,,\n",
	        0, err, sizeof(err));

	(void)state;
	assert_null(zp_gaz_entry(g, zp_gaz_lookup(g, S("艾克米")))->parent);
	assert_string_equal(
	    zp_gaz_entry(g, zp_gaz_lookup(g, S("艾克米云")))->parent, "Acme");
	assert_null(zp_gaz_entry(g, zp_gaz_lookup(g, S("艾克米银行")))->parent);
	zp_gaz_free(g);
}

static void
test_no_header(void **state)
{
	char err[256];
	struct zp_gazetteer *g =
	    load("Lisa Su,PER,苏姿丰\n", 0, err, sizeof(err));

	(void)state;
	assert_string_equal(id_of(g, "苏姿丰"), "Lisa Su");
	zp_gaz_free(g);
}

static void
test_longest(void **state)
{
	char err[256];
	struct zp_gazetteer *g = load("CITIC Group,ORG,中信\n"
	                              "中信建投,ORG,中信建投|中信建投证券\n"
	                              "Samsung Electronics,ORG,三星\n",
	    0, err, sizeof(err));
	uint32_t cp[64], e;
	size_t n = cps("中信建投证券研报", cp), lens[8];
	uint32_t ents[8];

	(void)state;
	assert_int_equal(zp_gaz_longest(g, cp, n, &e), 6);
	assert_string_equal(zp_gaz_entry(g, e)->id, "中信建投");
	/* Every prefix, shortest first. */
	assert_int_equal(zp_gaz_prefixes(g, cp, n, lens, ents, 8), 3);
	assert_int_equal(lens[0], 2);
	assert_string_equal(zp_gaz_entry(g, ents[0])->id, "CITIC Group");
	assert_int_equal(lens[1], 4);
	assert_int_equal(lens[2], 6);
	n = cps("中国", cp);
	assert_int_equal(zp_gaz_longest(g, cp, n, &e), 0);
	assert_true(zp_gaz_can_start(g, 0x4E2D));  /* 中 */
	assert_false(zp_gaz_can_start(g, 0x56FD)); /* 国 */
	zp_gaz_free(g);
}

static void
test_last_wins(void **state)
{
	char err[256];
	struct zp_gazetteer *g = zp_gaz_new();
	const char *a = "Apple,ORG,苹果\n";
	const char *b = "apple (fruit),PRODUCT,苹果\n";

	(void)state;
	assert_int_equal(
	    zp_gaz_load_mem(g, "a.csv", a, strlen(a), err, sizeof(err)), 0);
	assert_int_equal(
	    zp_gaz_load_mem(g, "b.csv", b, strlen(b), err, sizeof(err)), 0);
	zp_gaz_compile(g);
	assert_string_equal(id_of(g, "苹果"), "apple (fruit)");
	assert_string_equal(id_of(g, "Apple"), "Apple");
	zp_gaz_free(g);
}

/*
 * Aliases sharing their first three characters, added out of order, one
 * of them twice: each finds its own entry, the later twin wins, and the
 * prefixes come shortest first (the aliases are sorted before the trie is
 * built).
 */
static void
test_shared_prefixes(void **state)
{
	char err[256];
	struct zp_gazetteer *g = load("甲,ORG,东方红卫星公司|东方红卫|东方红\n"
	                              "乙,ORG,东方红卫星|东方红卫\n"
	                              "丙,LOC,东方|ð 东方红\n",
	    0, err, sizeof(err));
	uint32_t cp[64], ents[8], e;
	size_t n = cps("东方红卫星公司门口", cp), lens[8];

	(void)state;
	assert_string_equal(id_of(g, "东方红卫星公司"), "甲");
	assert_string_equal(id_of(g, "东方红卫星"), "乙");
	assert_string_equal(id_of(g, "东方红卫"), "乙");
	assert_string_equal(id_of(g, "东方红"), "甲");
	assert_string_equal(id_of(g, "东方"), "丙");
	assert_string_equal(id_of(g, "ð 东方红"), "丙");
	assert_null(id_of(g, "东方红卫星公"));
	assert_null(id_of(g, "ð 东方"));
	assert_int_equal(zp_gaz_prefixes(g, cp, n, lens, ents, 8), 5);
	assert_int_equal(lens[0], 2);
	assert_int_equal(lens[1], 3);
	assert_int_equal(lens[2], 4);
	assert_string_equal(zp_gaz_entry(g, ents[2])->id, "乙");
	assert_int_equal(lens[3], 5);
	assert_int_equal(lens[4], 7);
	assert_int_equal(zp_gaz_longest(g, cp, n, &e), 7);
	assert_string_equal(zp_gaz_entry(g, e)->id, "甲");
	zp_gaz_free(g);
}

/*
 * Plain lines and lines that need libcsv (quotes, spaces trimmed at a
 * field's ends, a carriage return) in one file: each read as libcsv reads
 * it, whichever way it went.
 */
static void
test_csv_mixed(void **state)
{
	char err[256];
	struct zp_gazetteer *g = load("canonical,type,aliases,ticker,exchange\n"
	                              "甲公司,ORG,甲甲|甲乙 丙\n"
	                              " 乙公司 , ORG ,乙乙|乙丙\t\n"
	                              "\"丙,公司\",ORG,\"丙丙|丙\"\"丁\",,\n"
	                              "戊,LOC,戊戊\r\n"
	                              "\n"
	                              "己,LOC,己己,2330,TWSE",
	    0, err, sizeof(err));

	(void)state;
	assert_string_equal(id_of(g, "甲甲"), "甲公司");
	assert_string_equal(id_of(g, "甲乙 丙"), "甲公司");
	assert_string_equal(id_of(g, "乙公司"), "乙公司");
	assert_string_equal(id_of(g, "乙丙"), "乙公司");
	assert_null(id_of(g, " 乙公司"));
	assert_null(id_of(g, "乙丙\t"));
	assert_string_equal(id_of(g, "丙丙"), "丙,公司");
	assert_string_equal(id_of(g, "丙\"丁"), "丙,公司");
	assert_null(id_of(g, "丙\"\"丁"));
	assert_null(zp_gaz_entry(g, zp_gaz_lookup(g, S("丙丙")))->ticker);
	assert_string_equal(id_of(g, "戊戊"), "戊");
	assert_string_equal(id_of(g, "己己"), "己");
	assert_string_equal(
	    zp_gaz_entry(g, zp_gaz_lookup(g, S("己")))->ticker, "2330.TW");
	assert_int_equal(zp_gaz_size(g), 5);
	zp_gaz_free(g);
}

struct bad {
	const char *text;
	const char *msg;
};

/* A ticker carries its exchange's suffix; US symbols stay bare. */
static void
test_tickers(void **state)
{
	static const char *const cases[][3] = {
		{ "2330", "TWSE", "2330.TW" },
		{ "6488", "TPEx", "6488.TWO" },
		{ "700", "HKEX", "0700.HK" },
		{ "0005", "HKEX", "0005.HK" },
		{ "09988", "HKEX", "09988.HK" },
		{ "600519", "SSE", "600519.SS" },
		{ "000725", "SZSE", "000725.SZ" },
		{ "430047", "BSE", "430047.BJ" },
		{ "005930", "KRX", "005930.KS" },
		{ "035720", "KOSDAQ", "035720.KQ" },
		{ "7203", "TSE", "7203.T" },
		{ "BP.", "LSE", "BP.L" },
		{ "2330.TW", "TWSE", "2330.TW" },
		{ "NVDA", "NASDAQ", "NVDA" },
		{ "BRK.B", "NYSE", "BRK.B" },
		{ "X1", "Mars Exchange", "X1" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *t = zp_gaz_ticker(cases[i][0], cases[i][1]);

		assert_string_equal(t, cases[i][2]);
		free(t);
	}
	{
		char *t = zp_gaz_ticker("1234", NULL);

		assert_string_equal(t, "1234");
		free(t);
	}
}

/* Two listings: the primary first, both kept with their exchanges. */
static void
test_listings(void **state)
{
	char err[256];
	struct zp_gazetteer *g =
	    load("中国平安,ORG,中國平安,601318|2318,SSE|HKEX\n"
	         "UMC,ORG,联电|聯電,2303,TWSE\n"
	         "Foo,ORG,福,12|,SSE|\n",
	        0, err, sizeof(err));
	const struct zp_gaz_entry *e;

	(void)state;
	e = zp_gaz_entry(g, zp_gaz_lookup(g, S("中國平安")));
	assert_int_equal(e->nlist, 2);
	assert_string_equal(e->ticker, "601318.SS");
	assert_string_equal(e->exchange, "SSE");
	assert_string_equal(e->tickers[1], "2318.HK");
	assert_string_equal(e->exchanges[1], "HKEX");
	e = zp_gaz_entry(g, zp_gaz_lookup(g, S("聯電")));
	assert_int_equal(e->nlist, 1);
	assert_string_equal(e->ticker, "2303.TW");
	e = zp_gaz_entry(g, zp_gaz_lookup(g, S("福")));
	assert_int_equal(e->nlist, 1);
	assert_string_equal(e->ticker, "12.SS");
	zp_gaz_free(g);

	g = load("Bar,ORG,巴,1|2,SSE\n", -1, err, sizeof(err));
	assert_non_null(strstr(err, "t.csv:1: ticker and exchange"));
	zp_gaz_free(g);
}

static void
test_errors(void **state)
{
	static const struct bad cases[] = {
		{ "canonical,type,aliases\nA,ORG,a\nB,COMPANY,b\n",
		    "t.csv:3: unknown type \"COMPANY\" (want ORG, PER, LOC or "
		    "PRODUCT)" },
		{ "A,ORG\n",
		    "t.csv:1: expected 3 to 6 fields (canonical,"
		    "type,aliases,ticker,exchange,parent), got 2" },
		{ "A,ORG,a,b,c,d,e\n",
		    "t.csv:1: expected 3 to 6 fields "
		    "(canonical,type,aliases,ticker,exchange,parent), got 7" },
		{ "A,ORG,a||b\n", "t.csv:1: empty alias" },
		{ "A,ORG,a|\n", "t.csv:1: empty alias" },
		{ ",ORG,a\n", "t.csv:1: empty canonical name" },
		{ "A,ORG,a\nB,LOC,\xe4\xb8\n",
		    "t.csv:2: aliases holds invalid "
		    "UTF-8 or a control character" },
		{ "A,ORG,a\n\nB,LOC,\"b\"x\n",
		    "t.csv:3: error parsing data "
		    "while strict checking enabled" },
		{ "A,ORG,\"a\n",
		    "t.csv:1: error parsing data while strict "
		    "checking enabled" },
		{ "A,org,a\n",
		    "t.csv:1: unknown type \"org\" (want ORG, PER, "
		    "LOC or PRODUCT)" },
		{ "A,ORG,a\tb\n",
		    "t.csv:1: aliases holds invalid UTF-8 or a "
		    "control character" },
		/* More fields than a plain line takes: libcsv counts. */
		{ "A,ORG,a,b,c,d,e,f,g,h,i,j,k,l,m,n,o\n",
		    "t.csv:1: expected 3 to 6 fields "
		    "(canonical,type,aliases,ticker,exchange,parent), got 17" },
		/* A quoted field over two lines: the record's first line. */
		{ "A,ORG,a\nB,ORG,\"b\nc\"\nC,ORG,c\n",
		    "t.csv:2: aliases holds invalid UTF-8 or a "
		    "control character" },
		{ "A,ORG,a\n\"B\nb\",ORG,c\n",
		    "t.csv:3: canonical holds invalid UTF-8 or a "
		    "control character" },
	};
	char err[256];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		struct zp_gazetteer *g = zp_gaz_new();

		err[0] = '\0';
		assert_int_equal(zp_gaz_load_mem(g, "t.csv", cases[i].text,
		                     strlen(cases[i].text), err, sizeof(err)),
		    -1);
		assert_string_equal(err, cases[i].msg);
		zp_gaz_free(g);
	}
}

static void
test_nul_and_missing(void **state)
{
	char err[256];
	struct zp_gazetteer *g = zp_gaz_new();

	(void)state;
	assert_int_equal(
	    zp_gaz_load_mem(g, "t.csv", "A,ORG,a\0", 8, err, sizeof(err)), -1);
	assert_string_equal(err, "t.csv: not a text file (NUL byte)");
	assert_int_equal(
	    zp_gaz_load_file(g, "/nonexistent/x.csv", err, sizeof(err)), -1);
	assert_string_equal(err,
	    "/nonexistent/x.csv: No such file or "
	    "directory");
	assert_int_equal(
	    zp_gaz_load_dir(g, "/nonexistent", err, sizeof(err)), -1);
	zp_gaz_free(g);
}

static void
test_long_alias(void **state)
{
	char err[256], *text = malloc(2000);
	struct zp_gazetteer *g = zp_gaz_new();

	(void)state;
	strcpy(text, "A,ORG,");
	memset(text + 6, 'x', 300);
	strcpy(text + 306, "\n");
	assert_int_equal(
	    zp_gaz_load_mem(g, "t.csv", text, strlen(text), err, sizeof(err)),
	    -1);
	assert_string_equal(err, "t.csv:1: alias longer than 256 characters");
	free(text);
	zp_gaz_free(g);
}

/* The shipped lists load, and carry what the issue asks for. */
static void
test_shipped(void **state)
{
	char err[256];
	const char *env = getenv("ZHPIPE_DATA");
	char dir[1024];
	struct zp_gazetteer *g = zp_gaz_new();
	size_t norg = 0, ntick = 0;
	static const char *const want[][2] = {
		{ "英伟达", "NVIDIA" },
		{ "輝達", "NVIDIA" },
		{ "辉达", "NVIDIA" },
		{ "台积电", "TSMC" },
		{ "臺積電", "TSMC" },
		{ "超威半导体", "AMD" },
		{ "SK海力士", "SK hynix" },
		{ "海力士", "SK hynix" },
		{ "三星电子", "Samsung Electronics" },
		{ "阿斯麦", "ASML" },
		{ "证监会", "CSRC" },
		{ "美联储", "Federal Reserve" },
		{ "美国商务部", "U.S. Department of Commerce" },
		{ "日本经济产业省", "METI" },
		{ "集邦咨询", "TrendForce" },
		{ "彭博社", "Bloomberg" },
		{ "路透社", "Reuters" },
		{ "加州", "California" },
		{ "亚利桑那州", "Arizona" },
		{ "无锡", "Wuxi" },
		{ "华尔街", "Wall Street" },
		{ "龙芯中科", "Loongson" },
		{ "长江存储", "YMTC" },
		{ "苏姿丰", "Lisa Su" },
		{ "埃隆·马斯克", "Elon Musk" },
	};

	(void)state;
	snprintf(dir, sizeof(dir), "%s/gazetteer", env != NULL ? env : "data");
	assert_true(zp_gaz_load_dir(g, dir, err, sizeof(err)) >= 5);
	zp_gaz_compile(g);
	for (size_t i = 0; i < sizeof(want) / sizeof(*want); i++) {
		const char *id = id_of(g, want[i][0]);

		if (id == NULL || strcmp(id, want[i][1]) != 0)
			fail_msg("%s: got %s, want %s", want[i][0],
			    id ? id : "(none)", want[i][1]);
	}
	for (uint32_t i = 0; i < zp_gaz_size(g); i++) {
		const struct zp_gaz_entry *e = zp_gaz_entry(g, i);

		if (e->type == ZP_ET_ORG && e->ticker != NULL) {
			ntick++;
			assert_non_null(e->exchange);
		}
		norg += e->type == ZP_ET_ORG;
	}
	assert_true(ntick >= 300);
	assert_true(norg >= 400);
	zp_gaz_free(g);
}

/*
 * A Traditional alias whose entry has no Simplified twin is for Traditional
 * text only; one with a twin, and every Simplified alias, for both.
 */
static void
test_trad_only(void **state)
{
	char err[256];
	struct zp_gazetteer *g =
	    load("Pou Chen,ORG,寶成|寶成工業|宝成工业\n"
	         "TSMC,ORG,台积电|臺積電\n"
	         "Evergreen Marine,ORG,長榮海運|长荣海运\n",
	        0, err, sizeof(err));
	uint32_t cp[16];

	(void)state;
	/* Both spellings find the entry: the trie holds the fold. */
	assert_string_equal(id_of(g, "寶成"), "Pou Chen");
	assert_string_equal(id_of(g, "宝成"), "Pou Chen");
	assert_true(zp_gaz_trad_only(g, cp, cps("宝成", cp)));
	assert_false(zp_gaz_trad_only(g, cp, cps("宝成工业", cp)));
	assert_false(zp_gaz_trad_only(g, cp, cps("台积电", cp)));
	assert_false(zp_gaz_trad_only(g, cp, cps("长荣海运", cp)));
	assert_false(zp_gaz_trad_only(g, cp, cps("Pou Chen", cp)));
	assert_false(zp_gaz_trad_only(g, cp, cps("宝", cp)));
	/* Only Pou Chen has a Traditional-only alias (寶成). */
	assert_true(
	    zp_gaz_has_trad_only(g, zp_gaz_lookup_cp(g, cp, cps("宝成", cp))));
	assert_false(zp_gaz_has_trad_only(
	    g, zp_gaz_lookup_cp(g, cp, cps("台积电", cp))));
	assert_false(zp_gaz_has_trad_only(
	    g, zp_gaz_lookup_cp(g, cp, cps("长荣海运", cp))));
	assert_false(zp_gaz_has_trad_only(g, ZP_GAZ_NONE));
	zp_gaz_free(g);
}

static void
count_alias(const char *s, size_t n, const struct zp_gaz_entry *e, void *ctx)
{
	(void)e;
	if (n == strlen("长城") && memcmp(s, "长城", n) == 0)
		++*(int *)ctx;
}

/*
 * A canonical name given again as its own alias (as the long lists write
 * every line), next to other entries with that alias: the last entry to
 * name it wins, as ever, a Traditional-only twin stays so, and the list
 * of aliases still gives both copies.
 */
static void
test_canonical_again(void **state)
{
	char err[256];
	struct zp_gazetteer *g = zp_gaz_new();
	const char *text = "长城,LOC,长城|長城\n"
	                   "长城汽车,ORG,长城汽车|长城\n"
	                   "寶成,ORG,寶成\n"
	                   "长城,ORG,长城\n"
	                   "丙,ORG,丙|丙|甲\n"
	                   "丁,ORG,甲|丁|丁\n";
	int n = 0;
	uint32_t cp[16];

	(void)state;
	assert_int_equal(
	    zp_gaz_load_mem(g, "t.csv", text, strlen(text), err, sizeof(err)),
	    0);
	zp_gaz_each_alias(g, count_alias, &n);
	assert_int_equal(n, 5);
	zp_gaz_compile(g);
	assert_int_equal(
	    zp_gaz_entry(g, zp_gaz_lookup(g, S("长城")))->type, ZP_ET_ORG);
	assert_int_equal(zp_gaz_lookup(g, S("长城")), 3);
	assert_int_equal(zp_gaz_lookup(g, S("长城汽车")), 1);
	assert_int_equal(zp_gaz_lookup(g, S("長城")), 3);
	assert_string_equal(id_of(g, "丙"), "丙");
	assert_string_equal(id_of(g, "甲"), "丁");
	assert_string_equal(id_of(g, "丁"), "丁");
	assert_true(zp_gaz_trad_only(g, cp, cps("宝成", cp)));
	assert_false(zp_gaz_trad_only(g, cp, cps("长城", cp)));
	zp_gaz_free(g);
}

/*
 * zp_gaz_type answers as the entry does, for every type and before
 * compilation too; zp_gaz_quick_prefetch is only a hint: it changes no
 * answer, also for text too short for a pair, an astral first character,
 * and a gazetteer not compiled yet.
 */
static void
test_type_and_prefetch(void **state)
{
	char err[256];
	struct zp_gazetteer *g = load("星河电子,ORG,星河|星河电子\n"
	                              "林一帆,PER,林一帆\n"
	                              "青石县,LOC,青石\n"
	                              "云舟,PRODUCT,云舟X\n",
	    0, err, sizeof(err));
	struct zp_gazetteer *raw = zp_gaz_new();
	struct zp_gaz_quick q, rq;
	uint32_t cp[16], e, late;
	size_t n = cps("星河电子发布云舟X", cp), lens[4];
	uint32_t ents[4];

	(void)state;
	for (uint32_t i = 0; i < zp_gaz_size(g); i++)
		assert_int_equal(zp_gaz_type(g, i), zp_gaz_entry(g, i)->type);
	assert_int_equal(zp_gaz_type(g, 0), ZP_ET_ORG);
	assert_int_equal(zp_gaz_type(g, 1), ZP_ET_PER);
	assert_int_equal(zp_gaz_type(g, 2), ZP_ET_LOC);
	assert_int_equal(zp_gaz_type(g, 3), ZP_ET_PRODUCT);
	assert_int_not_equal(zp_gaz_type(g, 1), ZP_ET_ORG);
	late = zp_gaz_add(raw, "护栏", ZP_ET_BLOCK, NULL, 0, NULL, NULL);
	assert_int_equal(zp_gaz_type(raw, late), ZP_ET_BLOCK);

	zp_gaz_quick_get(g, &q);
	zp_gaz_quick_get(raw, &rq);
	assert_non_null(q.slots);
	assert_null(rq.slots);
	zp_gaz_quick_prefetch(&q, cp, n);
	zp_gaz_quick_prefetch(&q, cp, 1);
	zp_gaz_quick_prefetch(&q, cp, 0);
	cp[n] = 0x20000; /* an astral character, then one of the BMP */
	cp[n + 1] = 0x4E00;
	zp_gaz_quick_prefetch(&q, cp + n, 2);
	zp_gaz_quick_prefetch(&rq, cp, n);
	assert_true(zp_gaz_quick(&q, cp, n));
	assert_false(zp_gaz_quick(&rq, cp, n));
	assert_int_equal(zp_gaz_prefixes(g, cp, n, lens, ents, 4), 2);
	assert_int_equal(lens[0], 2);
	assert_int_equal(lens[1], 4);
	assert_int_equal(zp_gaz_longest(g, cp + 4, n - 4, &e), 0);
	zp_gaz_quick_prefetch(&q, cp + 6, n - 6);
	assert_int_equal(zp_gaz_longest(g, cp + 6, n - 6, &e), 3);
	assert_int_equal(zp_gaz_type(g, e), ZP_ET_PRODUCT);
	zp_gaz_free(raw);
	zp_gaz_free(g);
}

/*
 * zp_gaz_tri_bit turns no alias away: the first three code points of every
 * alias of three or more, and the pair of every alias of two with
 * ZP_GAZ_TRI_END, are in the filter, also past a pair node with several
 * edges (those after the first are in the hash table) and for a pair whose
 * first character has a one-character alias.  No filter before
 * compilation.
 */
static void
test_tri_filter(void **state)
{
	static const char *const names[] = { "国家电网", "国家统计局",
		"国家能源局", "国家开发银行", "国家", "国企", "国泰君安", "华",
		"华为", "华润置地", "Nvidia", "英伟达" };
	char err[256];
	struct zp_gazetteer *g = load("国家电网,ORG,国家统计局|国家能源局\n"
	                              "国家开发银行,ORG,国家|国企\n"
	                              "国泰君安,ORG,华|华为|华润置地\n"
	                              "NVIDIA,ORG,Nvidia|英伟达\n",
	    0, err, sizeof(err));
	struct zp_gazetteer *raw = zp_gaz_new();
	struct zp_gaz_quick q, rq;

	(void)state;
	zp_gaz_quick_get(g, &q);
	zp_gaz_quick_get(raw, &rq);
	assert_non_null(q.tri);
	assert_null(rq.tri);
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
		uint32_t cp[16];
		size_t n = cps(names[k], cp);

		if (n < 2)
			continue;
		assert_true(zp_gaz_tri_bit(&q,
		    zp_gaz_tri_hash(
		        cp[0], cp[1], n == 2 ? ZP_GAZ_TRI_END : cp[2])));
	}
	zp_gaz_free(raw);
	zp_gaz_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_load_basic),
		cmocka_unit_test(test_no_header),
		cmocka_unit_test(test_parent),
		cmocka_unit_test(test_longest),
		cmocka_unit_test(test_last_wins),
		cmocka_unit_test(test_shared_prefixes),
		cmocka_unit_test(test_csv_mixed),
		cmocka_unit_test(test_tickers),
		cmocka_unit_test(test_listings),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_nul_and_missing),
		cmocka_unit_test(test_long_alias),
		cmocka_unit_test(test_shipped),
		cmocka_unit_test(test_trad_only),
		cmocka_unit_test(test_canonical_again),
		cmocka_unit_test(test_type_and_prefetch),
		cmocka_unit_test(test_tri_filter),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
