/*
 * test_wordlist -- the shared longest-match word list: longest first at a
 * point and ending at one, bounds, values and their replacement, astral
 * words, refused words, growth, and agreement with a plain search over
 * random lists and texts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/wordlist.h"

/* The code points of UTF-8 s, at most 64. */
static size_t
cps(const char *s, uint32_t *out)
{
	size_t n = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		uint32_t c;
		int k;

		if (*p < 0x80) {
			c = *p;
			k = 1;
		} else if (*p < 0xE0) {
			c = *p & 0x1F;
			k = 2;
		} else if (*p < 0xF0) {
			c = *p & 0x0F;
			k = 3;
		} else {
			c = *p & 0x07;
			k = 4;
		}
		for (int j = 1; j < k; j++)
			c = c << 6 | (p[j] & 0x3F);
		p += k;
		out[n++] = c;
	}
	return n;
}

static void
add(struct zp_wordlist *wl, const char *w, uint32_t v)
{
	assert_int_equal(zp_wl_add(wl, w, strlen(w), v), 0);
}

static void
test_at(void **state)
{
	struct zp_wordlist wl = ZP_WORDLIST_INIT;
	uint32_t c[64], v = 99;
	size_t n;

	(void)state;
	add(&wl, "净利", 1);
	add(&wl, "净利润", 2);
	add(&wl, "归母净利润", 3);
	add(&wl, "利", 4);
	n = cps("归母净利润同比", c);
	assert_int_equal(zp_wl_at(&wl, c, n, 0, &v), 5);
	assert_int_equal(v, 3);
	assert_int_equal(zp_wl_at(&wl, c, n, 2, &v), 3);
	assert_int_equal(v, 2);
	assert_int_equal(zp_wl_at(&wl, c, n, 3, &v), 1);
	assert_int_equal(v, 4);
	/* Nothing starts with 母 or 同; past the end is no match. */
	v = 99;
	assert_int_equal(zp_wl_at(&wl, c, n, 1, &v), 0);
	assert_int_equal(zp_wl_at(&wl, c, n, 5, &v), 0);
	assert_int_equal(zp_wl_at(&wl, c, n, n, &v), 0);
	assert_int_equal(v, 99);
	/* A word must end within n: 净利润 cut to 净利. */
	assert_int_equal(zp_wl_at(&wl, c, 4, 2, &v), 2);
	assert_int_equal(v, 1);
	assert_int_equal(zp_wl_at(&wl, c, n, 2, NULL), 3);
	assert_int_equal(zp_wl_count(&wl), 4);
	zp_wl_free(&wl);
}

static void
test_before(void **state)
{
	struct zp_wordlist wl = ZP_WORDLIST_INIT;
	uint32_t c[64], v = 0;
	size_t n;

	(void)state;
	add(&wl, "公司", 1);
	add(&wl, "有限公司", 2);
	add(&wl, "司", 3);
	n = cps("某有限公司的", c);
	assert_int_equal(zp_wl_before(&wl, c, 0, 5, &v), 4);
	assert_int_equal(v, 2);
	/* Bounded by lo: the longest that starts at 3 or later. */
	assert_int_equal(zp_wl_before(&wl, c, 3, 5, &v), 2);
	assert_int_equal(v, 1);
	assert_int_equal(zp_wl_before(&wl, c, 4, 5, &v), 1);
	assert_int_equal(v, 3);
	assert_int_equal(zp_wl_before(&wl, c, 5, 5, &v), 0);
	assert_int_equal(zp_wl_before(&wl, c, 0, 6, &v), 0);
	assert_int_equal(zp_wl_before(&wl, c, 0, 0, &v), 0);
	(void)n;
	zp_wl_free(&wl);
}

static void
test_values_and_refusals(void **state)
{
	struct zp_wordlist wl = ZP_WORDLIST_INIT;
	uint32_t c[64], v = 0;
	size_t n, len;
	const uint32_t *w;

	(void)state;
	add(&wl, "元", 1);
	add(&wl, "美元", 2);
	add(&wl, "元", 7); /* again: the last value wins, one word */
	assert_int_equal(zp_wl_count(&wl), 2);
	n = cps("港元", c);
	assert_int_equal(zp_wl_at(&wl, c, n, 1, &v), 1);
	assert_int_equal(v, 7);
	assert_int_equal(zp_wl_before(&wl, c, 0, 2, &v), 1);
	assert_int_equal(v, 7);
	w = zp_wl_word(&wl, 1, &len);
	assert_int_equal(len, 2);
	assert_int_equal(w[0], 0x7F8E); /* 美 */

	assert_int_equal(zp_wl_add(&wl, "", 0, 1), -1);
	assert_int_equal(zp_wl_add(&wl, "a\xff", 2, 1), -1);
	assert_int_equal(zp_wl_add(&wl, "a\0b", 3, 1), -1);
	assert_int_equal(zp_wl_add(&wl, "\xe4\xb8", 2, 1), -1);
	assert_int_equal(zp_wl_count(&wl), 2);

	/* Astral words, first and last. */
	add(&wl, "𠀀x", 8);
	add(&wl, "y𠀁", 9);
	n = cps("a𠀀xy𠀁", c);
	assert_int_equal(zp_wl_at(&wl, c, n, 1, &v), 2);
	assert_int_equal(v, 8);
	assert_int_equal(zp_wl_before(&wl, c, 0, n, &v), 2);
	assert_int_equal(v, 9);
	assert_int_equal(zp_wl_at(&wl, c, n, 4, &v), 0);

	/* Emptied, the list is reusable. */
	zp_wl_free(&wl);
	assert_int_equal(zp_wl_count(&wl), 0);
	assert_int_equal(zp_wl_at(&wl, c, n, 1, &v), 0);
	add(&wl, "x", 1);
	assert_int_equal(zp_wl_at(&wl, c, n, 2, &v), 1);
	zp_wl_free(&wl);
}

static void
test_add_all(void **state)
{
	static const char *const words[] = { "一", "一二", "三" };
	struct zp_wordlist wl = ZP_WORDLIST_INIT;
	uint32_t c[64], v = 0;
	size_t n = cps("一二三", c);

	(void)state;
	zp_wl_add_all(&wl, words, 3);
	assert_int_equal(zp_wl_at(&wl, c, n, 0, &v), 2);
	assert_int_equal(v, 1);
	assert_int_equal(zp_wl_at(&wl, c, n, 2, &v), 1);
	assert_int_equal(v, 2);
	zp_wl_free(&wl);
}

/*
 * zp_wl_free leaves the list empty, every filter bit clear (it clears the
 * bits of its words only), and ready for other words.
 */
static void
test_free_empties(void **state)
{
	static const char *const words[] = { "一", "一二", "三四五",
		"\xF0\xA0\x80\x80丁" };
	static const struct zp_wordlist empty = ZP_WORDLIST_INIT;
	struct zp_wordlist *wl = calloc(1, sizeof(*wl));
	uint32_t c[64];
	size_t n = cps("三四五一二", c);

	(void)state;
	assert_non_null(wl);
	zp_wl_add_all(wl, words, 4);
	assert_int_equal(zp_wl_at(wl, c, n, 0, NULL), 3);
	zp_wl_free(wl);
	assert_memory_equal(wl, &empty, sizeof(empty));
	assert_int_equal(zp_wl_at(wl, c, n, 0, NULL), 0);
	zp_wl_add(wl, "四五", strlen("四五"), 7);
	assert_int_equal(zp_wl_at(wl, c, n, 0, NULL), 0);
	assert_int_equal(zp_wl_at(wl, c, n, 1, NULL), 2);
	zp_wl_free(wl);
	free(wl);
}

/* Thousands of distinct first and last characters: the maps grow. */
static void
test_growth(void **state)
{
	struct zp_wordlist wl = ZP_WORDLIST_INIT;
	uint32_t c[2], v = 0;

	(void)state;
	for (uint32_t k = 0; k < 5000; k++) {
		char w[8];

		/*
		 * Two characters: U+E000+k then U+F8FF-k, private use, so
		 * that no word is folded to another (zhpipe/fold.h).
		 */
		uint32_t a = 0xE000 + k, b = 0xF8FF - k;

		w[0] = (char)(0xE0 | a >> 12);
		w[1] = (char)(0x80 | (a >> 6 & 0x3F));
		w[2] = (char)(0x80 | (a & 0x3F));
		w[3] = (char)(0xE0 | b >> 12);
		w[4] = (char)(0x80 | (b >> 6 & 0x3F));
		w[5] = (char)(0x80 | (b & 0x3F));
		assert_int_equal(zp_wl_add(&wl, w, 6, k), 0);
	}
	assert_int_equal(zp_wl_count(&wl), 5000);
	for (uint32_t k = 0; k < 5000; k += 7) {
		c[0] = 0xE000 + k;
		c[1] = 0xF8FF - k;
		assert_int_equal(zp_wl_at(&wl, c, 2, 0, &v), 2);
		assert_int_equal(v, k);
		assert_int_equal(zp_wl_before(&wl, c, 0, 2, &v), 2);
		assert_int_equal(v, k);
		c[1]++;
		assert_int_equal(zp_wl_at(&wl, c, 2, 0, &v), 0);
	}
	zp_wl_free(&wl);
}

/* Plain search: the longest word in ws[0..nw) at c[i] ending by n. */
static size_t
plain_at(char ws[][4], size_t nw, const uint32_t *c, size_t n, size_t i,
    uint32_t *value)
{
	size_t best = 0;

	for (size_t k = 0; k < nw; k++) {
		size_t l = strlen(ws[k]), j = 0;

		if (l <= best || i + l > n)
			continue;
		while (j < l && c[i + j] == (uint32_t)ws[k][j])
			j++;
		if (j == l) {
			best = l;
			*value = (uint32_t)k;
		}
	}
	return best;
}

static size_t
plain_before(char ws[][4], size_t nw, const uint32_t *c, size_t lo, size_t i,
    uint32_t *value)
{
	size_t best = 0;

	for (size_t k = 0; k < nw; k++) {
		size_t l = strlen(ws[k]), j = 0;

		if (l <= best || l > i - lo)
			continue;
		while (j < l && c[i - l + j] == (uint32_t)ws[k][j])
			j++;
		if (j == l) {
			best = l;
			*value = (uint32_t)k;
		}
	}
	return best;
}

/*
 * Random lists over a four-letter alphabet (many shared prefixes and
 * suffixes, and enough words to grow the maps) against the plain search.
 */
static void
test_random(void **state)
{
	static char ws[400][4];
	uint32_t c[200];

	(void)state;
	srand(7);
	for (int round = 0; round < 20; round++) {
		struct zp_wordlist wl = ZP_WORDLIST_INIT;
		size_t nw = 0;
		size_t want = (size_t)(rand() % 400) + 1;

		while (nw < want) {
			size_t l = (size_t)(rand() % 3) + 1, k;

			for (k = 0; k < l; k++)
				ws[nw][k] = (char)('a' + rand() % 4);
			ws[nw][l] = '\0';
			for (k = 0; k < nw && strcmp(ws[k], ws[nw]) != 0; k++)
				;
			if (k < nw)
				break; /* all short words drawn: stop here */
			assert_int_equal(
			    zp_wl_add(&wl, ws[nw], l, (uint32_t)nw), 0);
			nw++;
		}
		for (size_t i = 0; i < 200; i++)
			c[i] = (uint32_t)('a' + rand() % 5);
		for (size_t i = 0; i <= 200; i++) {
			uint32_t v1 = 0, v2 = 0;
			size_t lo = i > 3 ? i - 3 : 0;

			assert_int_equal(zp_wl_at(&wl, c, 200, i, &v1),
			    plain_at(ws, nw, c, 200, i, &v2));
			assert_int_equal(v1, v2);
			assert_int_equal(zp_wl_before(&wl, c, lo, i, &v1),
			    plain_before(ws, nw, c, lo, i, &v2));
			assert_int_equal(v1, v2);
		}
		zp_wl_free(&wl);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_at),
		cmocka_unit_test(test_before),
		cmocka_unit_test(test_values_and_refusals),
		cmocka_unit_test(test_add_all),
		cmocka_unit_test(test_free_empties),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_random),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
