/*
 * test_utf8 -- decoding, encoding, validation, counting and safe cuts.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/utf8.h"

#define S(lit) lit, sizeof(lit) - 1

static void
check_decode(const char *s, size_t n, int32_t want, size_t wantlen)
{
	size_t len = 99;
	int32_t cp = zp_utf8_decode(s, n, &len);

	if (cp != want || len != wantlen)
		fail_msg("decode of %zu bytes: got %d/%zu, want %d/%zu", n, cp,
		    len, want, wantlen);
}

static void
test_decode_valid(void **state)
{
	(void)state;
	check_decode(S("A"), 'A', 1);
	check_decode(S("\x00"), 0, 1);
	check_decode(S("\x7F"), 0x7F, 1);
	check_decode(S("\xC2\x80"), 0x80, 2);
	check_decode(S("\xC3\xA9x"), 0xE9, 2);
	check_decode(S("\xDF\xBF"), 0x7FF, 2);
	check_decode(S("\xE0\xA0\x80"), 0x800, 3);
	check_decode(S("中"), 0x4E2D, 3);
	check_decode(S("\xED\x9F\xBF"), 0xD7FF, 3);
	check_decode(S("\xEE\x80\x80"), 0xE000, 3);
	check_decode(S("\xEF\xBB\xBF"), 0xFEFF, 3);
	check_decode(S("\xEF\xBF\xBF"), 0xFFFF, 3);
	check_decode(S("\xF0\x90\x80\x80"), 0x10000, 4);
	check_decode(S("\xF0\x9F\x98\x80"), 0x1F600, 4);
	check_decode(S("\xF4\x8F\xBF\xBF"), 0x10FFFF, 4);
}

static void
test_decode_invalid(void **state)
{
	(void)state;
	check_decode("", 0, -1, 1);
	check_decode(S("\x80"), -1, 1); /* lone continuation */
	check_decode(S("\xBF"), -1, 1);
	check_decode(S("\xC0\xAF"), -1, 1); /* overlong '/' */
	check_decode(S("\xC1\xBF"), -1, 1);
	check_decode(S("\xE0\x80\xAF"), -1, 1); /* overlong, 3 bytes */
	check_decode(S("\xE0\x9F\xBF"), -1, 1);
	check_decode(S("\xF0\x8F\xBF\xBF"), -1, 1); /* overlong, 4 bytes */
	check_decode(S("\xED\xA0\x80"), -1, 1);     /* surrogates */
	check_decode(S("\xED\xBF\xBF"), -1, 1);
	check_decode(S("\xF4\x90\x80\x80"), -1, 1); /* > U+10FFFF */
	check_decode(S("\xF5\x80\x80\x80"), -1, 1);
	check_decode(S("\xF8\x88\x80\x80\x80"), -1, 1);
	check_decode(S("\xFE"), -1, 1);
	check_decode(S("\xFF"), -1, 1);
	check_decode(S("\xE4\xB8"), -1, 1);     /* truncated */
	check_decode("\xE4\xB8\xAD", 2, -1, 1); /* cut by n */
	check_decode(S("\xE4\x41\xAD"), -1, 1);
	check_decode(S("\xF0\x9F\x98"), -1, 1);
	check_decode(S("\xC3"), -1, 1);
}

static void
test_encode(void **state)
{
	static const uint32_t cps[] = { 0, 'a', 0x7F, 0x80, 0x7FF, 0x800,
		0x4E2D, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF };
	static const size_t lens[] = { 1, 1, 1, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4 };
	char out[4];
	size_t i, n, len;

	(void)state;
	for (i = 0; i < sizeof(cps) / sizeof(cps[0]); i++) {
		n = zp_utf8_encode(cps[i], out);
		assert_int_equal(n, lens[i]);
		assert_int_equal(zp_utf8_decode(out, n, &len), cps[i]);
		assert_int_equal(len, n);
	}
	n = zp_utf8_encode(0x4E2D, out);
	assert_memory_equal(out, "中", n);
}

static void
test_valid_prefix(void **state)
{
	(void)state;
	assert_int_equal(zp_utf8_valid_prefix(S("")), 0);
	assert_int_equal(zp_utf8_valid_prefix(S("abc")), 3);
	assert_int_equal(zp_utf8_valid_prefix(S("中文abc")), 9);
	assert_int_equal(zp_utf8_valid_prefix(S("中\xE4\xB8")), 3);
	assert_int_equal(zp_utf8_valid_prefix(S("ab\xC0\xAF")), 2);
	assert_int_equal(zp_utf8_valid_prefix(S("\xED\xA0\x80")), 0);
	assert_int_equal(zp_utf8_valid_prefix(S("x\xFF")), 1);
	assert_int_equal(zp_utf8_valid_prefix(S("中\xE4\x41\xAD")), 3);
	/* The CJK fast path must not accept what decode refuses. */
	assert_int_equal(zp_utf8_valid_prefix(S("\xE1\x80")), 0);
	assert_int_equal(zp_utf8_valid_prefix(S("\xEC\xBF\xBF\x80")), 3);
	assert_true(zp_utf8_valid(S("\xF0\x9F\x98\x80\xC3\xA9")));
	assert_false(zp_utf8_valid(S("\xF0\x9F\x98")));
	assert_true(zp_utf8_valid("a\0b", 3));
}

static void
test_count(void **state)
{
	(void)state;
	assert_int_equal(zp_utf8_count(S("")), 0);
	assert_int_equal(zp_utf8_count(S("abc")), 3);
	assert_int_equal(zp_utf8_count(S("中文 ok")), 5);
	assert_int_equal(zp_utf8_count(S("\xF0\x9F\x98\x80é")), 2);
	assert_int_equal(zp_utf8_count(S("中文和英文混排的一句话abc")), 14);
}

/*
 * The count of any bytes, valid or not, at every length and offset (the
 * word-at-a-time count against the bytes one at a time): a byte counts
 * unless it is 10xxxxxx.
 */
static void
test_count_any(void **state)
{
	unsigned char buf[48];
	uint32_t r = 12345;

	(void)state;
	for (int round = 0; round < 200; round++) {
		for (size_t k = 0; k < sizeof(buf); k++) {
			r = r * 1103515245u + 12345u;
			buf[k] = (unsigned char)(r >> 16);
		}
		for (size_t a = 0; a < 8; a++)
			for (size_t n = 0; a + n <= sizeof(buf); n++) {
				size_t want = 0;

				for (size_t k = a; k < a + n; k++)
					want += (buf[k] & 0xC0) != 0x80;
				assert_int_equal(
				    zp_utf8_count((const char *)buf + a, n),
				    want);
			}
	}
}

static void
test_floor(void **state)
{
	static const char s[] = "a中b"; /* a E4 B8 AD b */

	(void)state;
	assert_int_equal(zp_utf8_floor(s, 5, 0), 0);
	assert_int_equal(zp_utf8_floor(s, 5, 1), 1);
	assert_int_equal(zp_utf8_floor(s, 5, 2), 1);
	assert_int_equal(zp_utf8_floor(s, 5, 3), 1);
	assert_int_equal(zp_utf8_floor(s, 5, 4), 4);
	assert_int_equal(zp_utf8_floor(s, 5, 5), 5);
	assert_int_equal(zp_utf8_floor(s, 5, 100), 5);
	assert_int_equal(zp_utf8_floor(S("\xF0\x9F\x98\x80"), 3), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_valid),
		cmocka_unit_test(test_decode_invalid),
		cmocka_unit_test(test_encode),
		cmocka_unit_test(test_valid_prefix),
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_count_any),
		cmocka_unit_test(test_floor),
	};

	return cmocka_run_group_tests_name("utf8", tests, NULL, NULL);
}
