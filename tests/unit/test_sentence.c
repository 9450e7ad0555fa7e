/*
 * test_sentence -- the sentence splitter's rules, each with the text that
 * ICU's sentence break gets wrong, offsets in code points, and the
 * concatenation property.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/sentence.h"
#include "zhpipe/utf8.h"

/*
 * Splits text and compares with the expected sentences, given as one
 * string with the sentences separated by '|'.
 */
static void
check_split(size_t max_len, const char *text, const char *want)
{
	struct zp_sentsplit ss = ZP_SENTSPLIT_INIT;
	char got[4096];
	size_t i, n = strlen(text), len = 0;

	ss.max_len = max_len;
	zp_sentences(&ss, text, n);
	got[0] = '\0';
	for (i = 0; i < ss.n; i++) {
		const struct zp_sent *s = &ss.v[i];

		len += (size_t)snprintf(got + len, sizeof(got) - len, "%s%.*s",
		    i > 0 ? "|" : "", (int)(s->end - s->start),
		    text + s->start);
		/* Code point offsets agree with the byte offsets. */
		assert_int_equal(s->cstart, zp_utf8_count(text, s->start));
		assert_int_equal(s->cend, zp_utf8_count(text, s->end));
	}
	if (strcmp(got, want) != 0)
		fail_msg(
		    "split of \"%s\":\n got: %s\nwant: %s", text, got, want);
	zp_sentsplit_free(&ss);
}

#define SPLIT(text, want) check_split(ZP_SENT_MAX_DEFAULT, text, want)

static void
test_basic_marks(void **state)
{
	(void)state;
	SPLIT("营收增长。利润下降！是否分红？待定",
	    "营收增长。|利润下降！|是否分红？|待定");
	SPLIT("真的吗？！当然。", "真的吗？！|当然。");
	SPLIT("他沉默了……然后离开。", "他沉默了……|然后离开。");
	SPLIT("苹果、香蕉……，都涨价了。", "苹果、香蕉……，都涨价了。");
	SPLIT("", "");
	SPLIT("   ", "");
}

static void
test_decimals_and_tickers(void **state)
{
	(void)state;
	SPLIT("营收45.6亿元。净利润150.64亿元。",
	    "营收45.6亿元。|净利润150.64亿元。");
	/* ICU splits after "45." */
	SPLIT("规模约45.亿元，同比增长。", "规模约45.亿元，同比增长。");
	SPLIT("贵州茅台（600519.SH）今日上涨。",
	    "贵州茅台（600519.SH）今日上涨。");
	SPLIT("股价收于１２．５元。", "股价收于１２．５元。");
	SPLIT("升级到v2.3.1版本后重启。", "升级到v2.3.1版本后重启。");
	SPLIT("详见https://www.example.com/a.html?x=1&y=2 的公告。",
	    "详见https://www.example.com/a.html?x=1&y=2 的公告。");
}

static void
test_list_numbers_and_abbrev(void **state)
{
	(void)state;
	SPLIT("1. 营收增长。2. 利润下降。", "1. 营收增长。|2. 利润下降。");
	SPLIT("目标：1. 营收 2. 利润", "目标：1. 营收 2. 利润");
	SPLIT("Mr. Wang 表示满意。", "Mr. Wang 表示满意。");
	SPLIT("U.S. stocks rose. Bonds fell.", "U.S. stocks rose.|Bonds fell.");
	SPLIT("It rose 5.5 percent. Shares fell 3 pct.",
	    "It rose 5.5 percent.|Shares fell 3 pct.");
	SPLIT("Dr. Lee met J. Smith at Acme Inc. in May.",
	    "Dr. Lee met J. Smith at Acme Inc. in May.");
	SPLIT("完成了.下一步是扩产.", "完成了.|下一步是扩产.");
	SPLIT("Really? Yes! 好的", "Really?|Yes!|好的");
	/* normalize (NFKC) turns ！ into !: */
	SPLIT("涨停!A股收涨?是的", "涨停!|A股收涨?|是的");
	SPLIT("见a.com/x?y=1!z", "见a.com/x?y=1!z");
}

static void
test_quotes_and_brackets(void **state)
{
	(void)state;
	/* ICU glues the opening bracket or quote to the previous one. */
	SPLIT("公司发布公告。（完）", "公司发布公告。|（完）");
	SPLIT("他说。“今年很好。”随后离开。", "他说。|“今年很好。”|随后离开。");
	SPLIT("他说：“今年很好。”随后离开。", "他说：“今年很好。”|随后离开。");
	SPLIT("他问：“真的吗？！”", "他问：“真的吗？！”");
	SPLIT("（详见附表。）下文", "（详见附表。）|下文");
	SPLIT("《报告》称：“增长……”记者", "《报告》称：“增长……”|记者");
	SPLIT("He said \"no.\" Then left.", "He said \"no.\"|Then left.");
}

static void
test_white_space_and_lines(void **state)
{
	(void)state;
	SPLIT("  甲。  乙。 ", "甲。|乙。");
	SPLIT("第一行\n第二行\r\n第三行", "第一行|第二行|第三行");
	SPLIT("甲\xe3\x80\x80乙。", "甲\xe3\x80\x80乙。");
}

static void
test_long_runs(void **state)
{
	(void)state;
	check_split(10, "一二三四五，六七八九十一二三",
	    "一二三四五，|六七八九十一二三");
	check_split(10, "一二三；四五，六七八九十一二三",
	    "一二三；四五，|六七八九十一二三");
	check_split(5, "一二三四五六七八", "一二三四五|六七八");
	check_split(5, "一二三四五   ", "一二三四五");
	check_split(
	    0, "一二三四五，六七八九十一二三", "一二三四五，六七八九十一二三");
	/* The default is 1,000 code points. */
	{
		char buf[3 * 1200 + 1];
		struct zp_sentsplit ss = ZP_SENTSPLIT_INIT;
		size_t i;

		for (i = 0; i < 1200; i++)
			memcpy(buf + 3 * i, i == 600 ? "，" : "字", 3);
		zp_sentences(&ss, buf, 3 * 1200);
		assert_int_equal(ss.n, 2);
		assert_int_equal(ss.v[0].cend, 601);
		assert_int_equal(ss.v[1].cstart, 601);
		assert_int_equal(ss.v[1].cend, 1200);
		zp_sentsplit_free(&ss);
	}
}

static void
test_astral_offsets(void **state)
{
	struct zp_sentsplit ss = ZP_SENTSPLIT_INIT;
	const char *t = "\xf0\xa0\x80\x80甲。 \xf0\x9f\x98\x80乙！";

	(void)state;
	zp_sentences(&ss, t, strlen(t));
	assert_int_equal(ss.n, 2);
	assert_int_equal(ss.v[0].cstart, 0);
	assert_int_equal(ss.v[0].cend, 3);
	assert_int_equal(ss.v[1].cstart, 4);
	assert_int_equal(ss.v[1].cend, 7);
	assert_int_equal(ss.v[1].start, 11);
	zp_sentsplit_free(&ss);
}

/* Outside the sentences there is only white space, in order. */
static void
check_cover(const char *t, size_t n, size_t max_len)
{
	struct zp_sentsplit ss = ZP_SENTSPLIT_INIT;
	size_t i, k, at = 0;

	ss.max_len = max_len;
	zp_sentences(&ss, t, n);
	for (i = 0; i < ss.n; i++) {
		assert_true(ss.v[i].start >= at);
		assert_true(ss.v[i].end > ss.v[i].start);
		for (k = at; k < ss.v[i].start; k++)
			assert_non_null(strchr(" \t\r\n", t[k]));
		at = ss.v[i].end;
	}
	for (k = at; k < n; k++)
		assert_non_null(strchr(" \t\r\n", t[k]));
	zp_sentsplit_free(&ss);
}

static void
test_cover_property(void **state)
{
	static const char *const parts[] = { "。", "！", "？", "…", "”", "“",
		"（", "）", ".", "!", "?", " ", "\n", "1", "a", "中", "，",
		"；", "\"", "\xf0\x9f\x98\x80", "Mr", "45", "\xff" };
	char buf[256];
	unsigned seed = 12345;
	int round;

	(void)state;
	for (round = 0; round < 2000; round++) {
		size_t n = 0;

		while (n < 200) {
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = parts[(seed >> 16) %
			    (sizeof(parts) / sizeof(parts[0]))];
			memcpy(buf + n, p, strlen(p));
			n += strlen(p);
		}
		check_cover(buf, n, round % 3 == 0 ? 7 : 1000);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basic_marks),
		cmocka_unit_test(test_decimals_and_tickers),
		cmocka_unit_test(test_list_numbers_and_abbrev),
		cmocka_unit_test(test_quotes_and_brackets),
		cmocka_unit_test(test_white_space_and_lines),
		cmocka_unit_test(test_long_runs),
		cmocka_unit_test(test_astral_offsets),
		cmocka_unit_test(test_cover_property),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
