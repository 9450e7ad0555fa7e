/*
 * test_wordseg -- the word segmenter over a small lexicon written here:
 * best path, the news rules (numbers, dates, Latin/digit runs,
 * percentages), names, user words, and the round-trip property.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/lexicon.h"
#include "zhpipe/wordseg.h"

#define S(lit) lit, sizeof(lit) - 1

static const char words[] =
    "中国 5000 ns\n人民 3000 n\n银行 2000 n\n中国人民银行 300 nt\n"
    "中国人 800 n\n民 50 n\n营收 400 n\n增长 3000 v\n同比 900 d\n"
    "亿元 600 m\n元 4000 q\n美元 1500 q\n公司 6000 n\n发布 2000 v\n"
    "芯片 700 n\n的 300000 uj\n了 100000 ul\n在 80000 p\n年 9000 q\n"
    "月 6000 m\n日 5000 m\n年内 200 t\n内 3000 f\n万一 300 c\n"
    "王小明 20 nr\n欧阳小明 20 nr\n小明 50 nr\n达 900 v\n英伟 3 nz\n"
    "研究 4000 vn\n研究生 500 n\n生命 900 n\n命 800 n\n起源 600 n\n"
    "B超 30 n\n上涨 900 v\n美国政府 300 nt\n美国 900 ns\n政府 2000 n\n"
    "韩国三星 40 nz\n韩国 800 ns\n三星 300 nz\n人行道 50 n\n来 3000 v\n"
    "本月 900 t\n达成 900 v\n协议 900 n\n";

static struct zp_lexicon *
small_lexicon(const char *user)
{
	struct zp_lexicon *lx = zp_lexicon_new();
	char err[128];

	assert_int_equal(
	    zp_lexicon_load_mem(lx, S(words), false, err, sizeof(err)), 0);
	if (user != NULL)
		assert_int_equal(zp_lexicon_load_mem(lx, user, strlen(user),
		                     true, err, sizeof(err)),
		    0);
	zp_lexicon_build(lx);
	return lx;
}

/* Segments text; compares with the tokens joined by '|'. */
static void
check_seg(struct zp_wordseg *ws, const char *text, const char *want)
{
	const size_t *ends;
	size_t n = strlen(text), nt, i, a = 0, len = 0;
	char got[2048];

	nt = zp_wordseg_run(ws, text, n, &ends);
	got[0] = '\0';
	for (i = 0; i < nt; i++) {
		assert_true(ends[i] > a);
		len += (size_t)snprintf(got + len, sizeof(got) - len, "%s%.*s",
		    i > 0 ? "|" : "", (int)(ends[i] - a), text + a);
		a = ends[i];
	}
	assert_int_equal(a, n);
	if (strcmp(got, want) != 0)
		fail_msg("segmentation of \"%s\":\n got: %s\nwant: %s", text,
		    got, want);
}

static void
test_best_path(void **state)
{
	struct zp_lexicon *lx = small_lexicon(NULL);
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);

	(void)state;
	check_seg(ws, "中国人民银行发布了", "中国人民银行|发布|了");
	check_seg(ws, "研究生命起源", "研究|生命|起源");
	check_seg(ws, "公司的芯片", "公司|的|芯片");
	check_seg(ws, "B超", "B超");
	check_seg(ws, "", "");
	zp_wordseg_free(ws);
	zp_lexicon_free(lx);
}

static void
test_numbers(void **state)
{
	struct zp_lexicon *lx = small_lexicon(NULL);
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);

	(void)state;
	check_seg(ws, "营收同比增长45.6%", "营收|同比|增长|45.6%");
	check_seg(ws, "营收3.5万亿元", "营收|3.5万亿|元");
	check_seg(ws, "营收10亿美元", "营收|10亿|美元");
	check_seg(ws, "营收1,234.5万元", "营收|1,234.5万|元");
	check_seg(ws, "上涨１２．５％", "上涨|１２．５％");
	check_seg(ws, "在2024年内", "在|2024年|内");
	check_seg(ws, "2024年3月15日", "2024年|3月|15日");
	check_seg(ws, "二○○一年十二月三十一日", "二○○一年|十二月|三十一日");
	check_seg(ws, "一九九八年", "一九九八年");
	check_seg(ws, "百分之三十的", "百分之三十|的");
	check_seg(ws, "百分之三点五", "百分之三点五");
	check_seg(ws, "三十二万", "三十二万");
	check_seg(ws, "万一", "万一");
	zp_wordseg_free(ws);
	zp_lexicon_free(lx);
}

static void
test_latin_runs(void **state)
{
	struct zp_lexicon *lx = small_lexicon(NULL);
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);

	(void)state;
	check_seg(ws, "H100芯片", "H100|芯片");
	check_seg(ws, "MI300X上涨", "MI300X|上涨");
	check_seg(ws, "(600519.SH)上涨", "(|600519.SH|)|上涨");
	check_seg(ws, "COVID-19的", "COVID-19|的");
	check_seg(ws, "AT&T的McDonald's", "AT&T|的|McDonald's");
	check_seg(ws, "end.", "end|.");
	check_seg(ws, "a, b", "a|,| |b");
	check_seg(ws, "1,2", "1,2");
	check_seg(ws, "iPhone 15 Pro", "iPhone| |15| |Pro");
	zp_wordseg_free(ws);
	zp_lexicon_free(lx);
}

static void
test_punct_and_space(void **state)
{
	struct zp_lexicon *lx = small_lexicon(NULL);
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);

	(void)state;
	check_seg(ws, "增长——同比……", "增长|——|同比|……");
	check_seg(ws, "“芯片”。", "“|芯片|”|。");
	check_seg(ws, "公司 \t 发布", "公司| \t |发布");
	check_seg(ws, "公司\xe3\x80\x80发布", "公司|\xe3\x80\x80|发布");
	check_seg(ws, "\xf0\x9f\x98\x80芯片\xf0\xa0\x80\x80",
	    "\xf0\x9f\x98\x80|芯片|\xf0\xa0\x80\x80");
	check_seg(ws, "a\xff\xfe", "a|\xff|\xfe");
	zp_wordseg_free(ws);
	zp_lexicon_free(lx);
}

static void
test_names(void **state)
{
	struct zp_lexicon *lx = small_lexicon(NULL);
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);
	struct zp_wordseg *keep = zp_wordseg_new(lx, ZP_WS_KEEP_NAMES);

	(void)state;
	/* PKU cuts the surname from the given name. */
	check_seg(ws, "王小明发布", "王|小明|发布");
	check_seg(ws, "欧阳小明发布", "欧阳|小明|发布");
	check_seg(keep, "王小明发布", "王小明|发布");
	zp_wordseg_free(ws);
	zp_wordseg_free(keep);
	zp_lexicon_free(lx);
}

static void
test_user_words(void **state)
{
	struct zp_lexicon *lx = small_lexicon(NULL);
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);
	struct zp_lexicon *ux = small_lexicon("英伟达\n王小明\n");
	struct zp_wordseg *us = zp_wordseg_new(ux, 0);

	(void)state;
	check_seg(ws, "英伟达发布", "英伟|达|发布");
	check_seg(us, "英伟达发布", "英伟达|发布");
	/* A user word is never cut as a name. */
	check_seg(us, "王小明发布", "王小明|发布");
	zp_wordseg_free(ws);
	zp_wordseg_free(us);
	zp_lexicon_free(lx);
	zp_lexicon_free(ux);
}

static void
test_gazetteer_names_stand_out(void **state)
{
	struct zp_lexicon *lx = small_lexicon(NULL);
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);
	struct zp_lexicon *ux = small_lexicon("美国\n三星\n人行\n");
	struct zp_wordseg *us = zp_wordseg_new(ux, 0);

	(void)state;
	check_seg(ws, "美国政府发布", "美国政府|发布");
	check_seg(ws, "韩国三星发布", "韩国三星|发布");
	/* A name inside a longer lexicon word comes out of it... */
	check_seg(us, "美国政府发布", "美国|政府|发布");
	check_seg(us, "韩国三星发布", "韩国|三星|发布");
	/* ...unless what is left is not a word of two or more. */
	check_seg(us, "人行道", "人行道");
	zp_wordseg_free(ws);
	zp_wordseg_free(us);
	zp_lexicon_free(lx);
	zp_lexicon_free(ux);
}

static void
test_dotted_names(void **state)
{
	struct zp_lexicon *lx = small_lexicon("吉娜·雷蒙多\n");
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);

	(void)state;
	check_seg(ws, "约翰·史密斯来", "约翰·史密斯|来");
	check_seg(ws, "马丁·路德·金来", "马丁·路德·金|来");
	check_seg(ws, "吉娜·雷蒙多来", "吉娜·雷蒙多|来");
	/* The last part stops before a word that reaches past it. */
	check_seg(ws, "马克·扎克伯格本月", "马克·扎克伯格|本月");
	check_seg(ws, "马克·扎克伯格达成协议", "马克·扎克伯格|达成|协议");
	check_seg(ws, "中·美", "中|·|美");
	check_seg(ws, "约翰·", "约|翰|·");
	check_seg(ws, "·约翰", "·|约|翰");
	zp_wordseg_free(ws);
	zp_lexicon_free(lx);
}

/* Tokens are non-empty and concatenate back to the text, whatever it is. */
static void
test_round_trip(void **state)
{
	static const char *const parts[] = { "中", "国", "人民", "银行", "1",
		"2", ".", ",", "%", "亿", "万", "年", "月", "十", "二", "○",
		"a", "B", "-", " ", "\n", "。", "…", "\xf0\x9f\x98\x80", "\xff",
		"\xe4\xb8", "'", "&", "百分之", "王", "小明", "·", "约翰",
		"美国", "政府" };
	struct zp_lexicon *lx = small_lexicon("英伟达\n");
	struct zp_wordseg *ws = zp_wordseg_new(lx, 0);
	char buf[512];
	unsigned seed = 7;
	int round;

	(void)state;
	for (round = 0; round < 3000; round++) {
		const size_t *ends;
		size_t n = 0, nt, i, a = 0;

		while (n < 300) {
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = parts[(seed >> 16) %
			    (sizeof(parts) / sizeof(parts[0]))];
			memcpy(buf + n, p, strlen(p));
			n += strlen(p);
		}
		nt = zp_wordseg_run(ws, buf, n, &ends);
		for (i = 0; i < nt; i++) {
			assert_true(ends[i] > a);
			a = ends[i];
		}
		assert_int_equal(a, n);
	}
	zp_wordseg_free(ws);
	zp_lexicon_free(lx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_best_path),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_latin_runs),
		cmocka_unit_test(test_punct_and_space),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_user_words),
		cmocka_unit_test(test_gazetteer_names_stand_out),
		cmocka_unit_test(test_dotted_names),
		cmocka_unit_test(test_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
