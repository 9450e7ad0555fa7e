/*
 * test_num_lex -- the longest-match tables of the figure finder: longest
 * entry wins, the last added wins a tie, reversed tables match text ending
 * at a position, and two-character keys.
 */
#include "num_test.h"

/* The code points of a UTF-8 literal into cp; their count. */
static size_t
decode(const char *s, uint32_t *cp, size_t max)
{
	size_t n = 0, i = 0, len = strlen(s), l;

	while (i < len && n < max) {
		cp[n++] = (uint32_t)zp_utf8_decode(s + i, len - i, &l);
		i += l;
	}
	return n;
}

static void
test_longest_forward(void **state)
{
	struct lex l;
	uint32_t cp[16];
	size_t n = decode("美元兑人民币", cp, 16), len = 99;
	int k;

	(void)state;
	lex_init(&l, false);
	lex_add(&l, "美", 1, 0, "a");
	lex_add(&l, "美元", 2, 0, "b");
	lex_add(&l, "美元兑人", 3, 0, "c");
	k = lex_match(&l, cp, 0, n, 0, &len);
	assert_int_equal(k, 2);
	assert_int_equal(len, 4);
	assert_string_equal(l.e[k].code, "c");
	/* Nothing starts at 兑 */
	assert_int_equal(lex_match(&l, cp, 0, n, 2, &len), -1);
	/* Past the end of the text. */
	assert_int_equal(lex_match(&l, cp, 0, 3, 0, &len), 1);
	assert_int_equal(len, 2);
	lex_free(&l);
}

static void
test_last_added_wins(void **state)
{
	struct lex l;
	uint32_t cp[4];
	size_t n = decode("元", cp, 4), len;
	int k;

	(void)state;
	lex_init(&l, false);
	lex_add(&l, "元", U_CUR, 0, "CNY");
	lex_add(&l, "元", U_CUR, -2, "XXX");
	k = lex_match(&l, cp, 0, n, 0, &len);
	assert_int_equal(l.e[k].exp, -2);
	assert_string_equal(l.e[k].code, "XXX");
	lex_free(&l);
}

static void
test_reversed(void **state)
{
	struct lex l;
	uint32_t cp[16];
	size_t n = decode("约合人民币5元", cp, 16), len;
	int k;

	(void)state;
	lex_init(&l, true);
	lex_add(&l, "币", 1, 0, "x");
	lex_add(&l, "人民币", 2, 0, "CNY");
	/* The entry ending just before position 5 (the 5). */
	k = lex_match(&l, cp, 0, n, 5, &len);
	assert_int_equal(len, 3);
	assert_string_equal(l.e[k].code, "CNY");
	/* Not below lo. */
	k = lex_match(&l, cp, 3, n, 5, &len);
	assert_int_equal(len, 1);
	assert_string_equal(l.e[k].code, "x");
	assert_int_equal(lex_match(&l, cp, 0, n, 0, &len), -1);
	lex_free(&l);
}

static void
test_two_character_keys(void **state)
{
	struct lex l;
	uint32_t cp[8];
	size_t n = decode("一些人", cp, 8), len;

	(void)state;
	lex_init(&l, false);
	l.key2 = true;
	lex_add(&l, "一", 1, 0, NULL); /* too short for a two-character key */
	lex_add(&l, "一些", 1, 0, NULL);
	assert_int_equal(l.n, 1);
	assert_int_equal(lex_match(&l, cp, 0, n, 0, &len), 0);
	assert_int_equal(len, 2);
	assert_int_equal(lex_match(&l, cp, 0, 1, 0, &len), -1);
	lex_free(&l);
}

/* Words over LEX_MAXW code points, invalid or empty ones are not added. */
static void
test_ignored_words(void **state)
{
	struct lex l;
	uint32_t cp[16];
	size_t n = decode("一二三四五六七八九十一二三", cp, 16), len;

	(void)state;
	lex_init(&l, false);
	lex_add(&l, "一二三四五六七八九十一二三", 1, 0, "13");
	lex_add(&l, "\xff\xfe", 1, 0, "bad");
	lex_add(&l, "", 1, 0, "empty");
	assert_int_equal(l.n, 0);
	assert_int_equal(lex_match(&l, cp, 0, n, 0, &len), -1);
	lex_add(&l, "一二三四五六七八九十一二", 2, 0, "12");
	assert_int_equal(lex_match(&l, cp, 0, n, 0, &len), 0);
	assert_int_equal(len, LEX_MAXW);
	lex_free(&l);
}

/* An owned code (cls 255) replaced by a later one is still freed, once. */
static void
test_owned_replaced(void **state)
{
	struct lex l;
	uint32_t cp[4];
	size_t n = decode("营收", cp, 4), len;
	char *a = strdup("营收"), *b = strdup("营收");
	int k;

	(void)state;
	lex_init(&l, false);
	lex_add(&l, a, 255, 0, a);
	lex_add(&l, b, 255, 0, b);
	k = lex_match(&l, cp, 0, n, 0, &len);
	assert_int_equal(k, 1);
	assert_ptr_equal(l.e[k].code, b);
	lex_free(&l);
}

static void
test_builtin_metrics_from_data(void **state)
{
	(void)state;
	/* The built-in terms are the top of data/metrics.txt: present
	 * without loading any file. */
	expect_has("归母净利润为3亿元。", NULL, "\"metric\":\"归母净利润\"");
	expect_has("市占率为12%。", NULL, "\"metric\":\"市占率\"");
	/* Terms below its "built in above" line are not: 资产负债率 is
	 * below it, the 负债率 inside it above. */
	expect_not("EBITDA为5亿元。", NULL, "\"metric\"");
	expect_has("资产负债率为45%。", NULL, "\"metric\":\"负债率\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_longest_forward),
		cmocka_unit_test(test_last_added_wins),
		cmocka_unit_test(test_reversed),
		cmocka_unit_test(test_two_character_keys),
		cmocka_unit_test(test_ignored_words),
		cmocka_unit_test(test_owned_replaced),
		cmocka_unit_test(test_builtin_metrics_from_data),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
