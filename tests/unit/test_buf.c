/*
 * test_buf -- the growable buffer, JSON string escaping and the shortest
 * round-trip form of doubles.
 */
#include <float.h>
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/buf.h"
#include "zhpipe/json.h"

static void
test_growth(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	int i;

	(void)state;
	zp_buf_put(&b, "", 0);
	assert_non_null(b.p);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.p[0], '\0');
	for (i = 0; i < 10000; i++)
		zp_buf_putc(&b, (char)('a' + i % 26));
	assert_int_equal(b.len, 10000);
	assert_int_equal(b.p[10000], '\0');
	assert_int_equal(b.p[9999], 'a' + 9999 % 26);
	zp_buf_clear(&b);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.p, "");
	zp_buf_puts(&b, "x=");
	zp_buf_printf(&b, "%d;%s", 42, "中文");
	assert_string_equal(b.p, "x=42;中文");
	/* A printf longer than the current room. */
	zp_buf_printf(&b, "%0500d", 7);
	assert_int_equal(b.len, strlen("x=42;中文") + 500);
	assert_int_equal(b.p[b.len - 1], '7');
	assert_int_equal(b.p[b.len], '\0');
	zp_buf_put(&b, "a\0b", 3);
	assert_memory_equal(b.p + b.len - 3, "a\0b", 3);
	zp_buf_free(&b);
	assert_null(b.p);
	assert_int_equal(b.len, 0);
}

static void
check_str(const char *in, size_t n, const char *want)
{
	struct zp_buf b = ZP_BUF_INIT;

	zp_buf_json_str(&b, in, n);
	assert_string_equal(b.p, want);
	assert_int_equal(b.len, strlen(want));
	zp_buf_free(&b);
}

static void
test_json_str(void **state)
{
	struct zp_json j = ZP_JSON_INIT;
	struct zp_buf b = ZP_BUF_INIT;
	char all[127];
	const char *s;
	size_t n, i;

	(void)state;
	check_str("", 0, "\"\"");
	check_str("abc", 3, "\"abc\"");
	check_str("中文，", strlen("中文，"), "\"中文，\"");
	check_str("a\"b\\c/d", 7, "\"a\\\"b\\\\c/d\"");
	check_str("\n\t\r\b\f", 5, "\"\\n\\t\\r\\b\\f\"");
	check_str("\x01\x1f\x7f", 3, "\"\\u0001\\u001f\x7f\"");
	check_str("\xF0\x9F\x98\x80", 4, "\"\xF0\x9F\x98\x80\"");
	/* Appends after what the buffer holds. */
	zp_buf_puts(&b, "k:");
	zp_buf_json_str(&b, "v", 1);
	assert_string_equal(b.p, "k:\"v\"");

	/* Every byte 1..126 survives a round trip through the parser. */
	for (i = 0; i < sizeof(all); i++)
		all[i] = (char)(i + 1);
	zp_buf_clear(&b);
	zp_buf_json_str(&b, all, sizeof(all));
	assert_int_equal(zp_json_parse(&j, b.p, b.len), 0);
	s = zp_json_str(&j, 0, &n);
	assert_int_equal(n, sizeof(all));
	assert_memory_equal(s, all, n);
	zp_json_free(&j);
	zp_buf_free(&b);
}

/* The escaping rules, one byte at a time, to compare against. */
static void
ref_json_str(struct zp_buf *b, const unsigned char *s, size_t n)
{
	size_t i;

	zp_buf_putc(b, '"');
	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '"':
			zp_buf_puts(b, "\\\"");
			break;
		case '\\':
			zp_buf_puts(b, "\\\\");
			break;
		case '\n':
			zp_buf_puts(b, "\\n");
			break;
		case '\t':
			zp_buf_puts(b, "\\t");
			break;
		case '\r':
			zp_buf_puts(b, "\\r");
			break;
		case '\b':
			zp_buf_puts(b, "\\b");
			break;
		case '\f':
			zp_buf_puts(b, "\\f");
			break;
		default:
			if (s[i] < 0x20)
				zp_buf_printf(b, "\\u%04x", s[i]);
			else
				zp_buf_putc(b, (char)s[i]);
		}
	}
	zp_buf_putc(b, '"');
}

/* Escapes s[0..len) both ways; fails on a difference. */
static void
compare_escaping(const unsigned char *s, size_t len, size_t pos)
{
	struct zp_buf got = ZP_BUF_INIT, want = ZP_BUF_INIT;

	zp_buf_json_str(&got, (const char *)s, len);
	ref_json_str(&want, s, len);
	if (got.len != want.len || memcmp(got.p, want.p, got.len) != 0)
		fail_msg(
		    "len %zu, byte %#x at %zu: %s", len, s[pos], pos, got.p);
	zp_buf_free(&got);
	zp_buf_free(&want);
}

static void
test_json_str_positions(void **state)
{
	static const unsigned char special[] = { 0x00, 0x01, 0x1f, '"', '\\',
		'\n', 0x20, 0x7f, 0x80, 0xff };
	static const char cjk[] = "\xE4\xB8\xAD";
	unsigned char s[40];
	size_t len, pos, k, fill, i;

	(void)state;
	/*
	 * Each special byte at each position of strings of every length up
	 * to 40, over ASCII and over UTF-8 filler: a fast path that looks at
	 * several bytes at once must not miss one near a boundary.
	 */
	for (fill = 0; fill < 2; fill++) {
		for (i = 0; i < sizeof(s); i++)
			s[i] = fill ? (unsigned char)cjk[i % 3] :
			              (unsigned char)('a' + i % 26);
		for (len = 1; len <= sizeof(s); len++) {
			for (pos = 0; pos < len; pos++) {
				unsigned char keep = s[pos];

				for (k = 0; k < sizeof(special); k++) {
					s[pos] = special[k];
					compare_escaping(s, len, pos);
				}
				s[pos] = keep;
			}
		}
	}
}

static void
test_json_int(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;

	(void)state;
	zp_buf_json_int(&b, 0);
	zp_buf_putc(&b, ' ');
	zp_buf_json_int(&b, INT64_MAX);
	zp_buf_putc(&b, ' ');
	zp_buf_json_int(&b, INT64_MIN);
	assert_string_equal(b.p, "0 9223372036854775807 -9223372036854775808");
	zp_buf_free(&b);
}

static void
check_double(double v, const char *want)
{
	char out[40];
	int n = zp_format_double(out, sizeof(out), v);

	assert_int_equal(n, strlen(want));
	assert_string_equal(out, want);
}

static void
test_format_double(void **state)
{
	/* 1 + 2^-52: needs all 17 digits. */
	double tricky = 1.0 + DBL_EPSILON;
	char out[40];
	unsigned long long x = 88172645463325252ULL;
	int i;

	(void)state;
	check_double(0.1, "0.1");
	check_double(0.2 + 0.1, "0.30000000000000004");
	check_double(3.14159, "3.14159");
	check_double(1.0, "1");
	check_double(-3.5, "-3.5");
	check_double(0.0, "0");
	check_double(1e300, "1e+300");
	/* Positional from 1e-6 up to 1e21, as JavaScript prints numbers. */
	check_double(1e-7, "1e-7");
	check_double(1e-6, "0.000001");
	check_double(0.000123, "0.000123");
	check_double(123456789.0, "123456789");
	check_double(2.8e12, "2800000000000");
	check_double(1e20, "100000000000000000000");
	check_double(1e21, "1e+21");
	check_double(-1.5e-10, "-1.5e-10");
	check_double(-0.0, "0");
	check_double(5e-324, "5e-324");
	check_double(DBL_MAX, "1.7976931348623157e+308");
	check_double(tricky, "1.0000000000000002");
	check_double(NAN, "null");
	check_double(INFINITY, "null");
	/* Pseudo-random doubles read back exactly. */
	for (i = 0; i < 20000; i++) {
		double v, back;

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		memcpy(&v, &x, sizeof(v));
		if (!isfinite(v))
			continue;
		zp_format_double(out, sizeof(out), v);
		back = strtod(out, NULL);
		if (memcmp(&back, &v, sizeof(v)) != 0 && !(v == 0 && back == 0))
			fail_msg("%.17g printed as %s", v, out);
	}
}

static void
test_json_real(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;

	(void)state;
	zp_buf_json_real(&b, 0.1);
	zp_buf_putc(&b, ',');
	zp_buf_json_real(&b, 2.8e12);
	assert_string_equal(b.p, "0.1,2800000000000");
	zp_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_json_str),
		cmocka_unit_test(test_json_str_positions),
		cmocka_unit_test(test_json_int),
		cmocka_unit_test(test_format_double),
		cmocka_unit_test(test_json_real),
	};

	return cmocka_run_group_tests_name("buf", tests, NULL, NULL);
}
