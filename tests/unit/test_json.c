/*
 * test_json -- the record layer's JSON parser: grammar, the rejections a
 * record needs (invalid UTF-8, lone surrogates, \u0000, duplicate keys,
 * depth, real overflow), numbers kept as written, string decoding, lookups
 * and compaction.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/buf.h"
#include "zhpipe/json.h"
#include "zhpipe/utf8.h"

static struct zp_json j = ZP_JSON_INIT;

static int
parse(const char *s)
{
	return zp_json_parse(&j, s, strlen(s));
}

/* Parses s and expects failure with a message containing want. */
static void
expect_fail(const char *s, size_t n, const char *want)
{
	if (zp_json_parse(&j, s, n) == 0)
		fail_msg("accepted: %.*s", (int)n, s);
	if (want != NULL && strstr(j.err, want) == NULL)
		fail_msg("%.*s: message \"%s\", want \"%s\"", (int)n, s, j.err,
		    want);
	assert_true(j.errpos <= n);
}

static void
expect_fail_s(const char *s, const char *want)
{
	expect_fail(s, strlen(s), want);
}

static void
expect_ok(const char *s)
{
	if (parse(s) != 0)
		fail_msg("rejected: %s (%s at %zu)", s, j.err, j.errpos);
}

static int
teardown(void **state)
{
	(void)state;
	zp_json_free(&j);
	return 0;
}

static void
test_valid_grammar(void **state)
{
	static const char *const ok[] = {
		"{}",
		"[]",
		"{\"a\":[1,2,{\"b\":null}]}",
		" {\"a\" : true , \"b\":false}\t",
		"\"x\"",
		"0",
		"-0",
		"1.5e-3",
		"1E+2",
		"-12.75E-01",
		"[[],{}]",
		"{\"\":\"\"}",
		"\"\\u00e9\"",
		"\r\n{\"a\":1}\r\n",
		"true",
		"false",
		"null",
		"[\"中文\",\"\xF0\x9F\x98\x80\"]",
		"{\"a\":1e-400}",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		expect_ok(ok[i]);
}

static void
test_invalid_grammar(void **state)
{
	static const char *const bad[] = {
		"",
		"   ",
		"{",
		"}",
		"[",
		"]",
		"{\"a\"}",
		"{\"a\":}",
		"{\"a\":1,}",
		"[1,]",
		"[,1]",
		"{a:1}",
		"{'a':1}",
		"01",
		"-01",
		"1.",
		".5",
		"-",
		"+1",
		"1e",
		"1e+",
		"tru",
		"nul",
		"True",
		"NaN",
		"Infinity",
		"-Infinity",
		"{\"a\":1} x",
		"{\"a\":1}{}",
		"\"abc",
		"\"\\x\"",
		"\"\\u12\"",
		"\"\\u12g4\"",
		"[1 2]",
		"{\"a\" 1}",
		"{\"a\":1 \"b\":2}",
		"0x10",
		"[1]]",
		"{\"a\":[}",
		"{\"a\":1]",
		"[1}",
		"\"\\\"",
		"{\"a\":\"tab\there\"}",
		"{\"a\":\"nl\nhere\"}",
		"\xEF\xBB\xBF{}",
		"{\"a\":\xE4\xB8\xAD}",
		"{\"a\":1,\"b\"}",
		"nulll",
		"[true false]",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		expect_fail_s(bad[i], NULL);
	expect_fail_s("", "empty");
	expect_fail_s("{\"a\":1} x", "end of record expected");
	expect_fail_s("\"\\q\"", "invalid escape");
}

static void
test_invalid_utf8(void **state)
{
	/* Each inside a string, where the parser must look at the bytes. */
	static const char *const bad[] = {
		"{\"x\":\"\xE4\xB8\"}",     /* truncated 中 */
		"{\"x\":\"\xC0\xAF\"}",     /* overlong '/' */
		"{\"x\":\"\xED\xA0\x80\"}", /* encoded surrogate */
		"{\"x\":\"\xFF\"}", "{\"x\":\"a\xFE\"}",
		"{\"x\":\"\x80\"}",             /* lone continuation */
		"{\"x\":\"\xF4\x90\x80\x80\"}", /* above U+10FFFF */
		"{\"x\":\"\xE0\x80\x80\"}",     /* overlong, 3 bytes */
		"{\"x\":\"\xF0\x80\x80\x80\"}", /* overlong, 4 bytes */
		"{\"x\":\"\xE4\xB8\x41\"}", "{\"x\":\"\xF5\x80\x80\x80\"}",
		"{\"\xC0\xAF\":1}",  /* in a key */
		"{\"x\":\"\xE4\xB8", /* at the very end */
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		expect_fail_s(bad[i],
		    i == sizeof(bad) / sizeof(bad[0]) - 1 ? NULL : "UTF-8");
	/* The longest valid forms pass. */
	expect_ok("{\"x\":\"\xF4\x8F\xBF\xBF\xEF\xBF\xBF\xDF\xBF\xC2\x80\"}");
	expect_ok("{\"x\":\"\xED\x9F\xBF\xEE\x80\x80\"}");
}

/*
 * Long runs of Chinese take the parser's quick loops (sixteen, then four
 * characters at a time): one byte changed anywhere in the run, after zero
 * to three ASCII bytes, is refused where the first invalid character
 * starts, and accepted when the bytes are still valid UTF-8.
 */
static void
test_cjk_runs(void **state)
{
	static const unsigned char subst[] = { 0x80, 0xBF, 0xC0, 0xC3, 0xE0,
		0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xFF, 'a' };
	const char *run = "中文测试，财经新闻“样例”：一段用来检查快速路径的"
	                  "汉字文本，长度超过四十八个字节。";
	char buf[512];

	(void)state;
	for (size_t pre = 0; pre < 4; pre++) {
		size_t h = 6 + pre, rl = strlen(run);

		memcpy(buf, "{\"x\":\"", 6);
		memset(buf + 6, 'a', pre);
		memcpy(buf + h, run, rl);
		memcpy(buf + h + rl, "\"}", 3);
		expect_ok(buf);
		for (size_t p = 0; p < rl; p++)
			for (size_t k = 0; k < sizeof(subst); k++) {
				char was = buf[h + p];
				size_t v;

				buf[h + p] = (char)subst[k];
				v = zp_utf8_valid_prefix(buf + h, rl);
				if (v == rl) {
					expect_ok(buf);
				} else {
					expect_fail(buf, h + rl + 2, "UTF-8");
					assert_int_equal(j.errpos, h + v);
				}
				buf[h + p] = was;
			}
	}
}

static void
test_surrogates(void **state)
{
	size_t n;
	const char *s;

	(void)state;
	expect_fail_s("\"\\ud800\"", "surrogate");
	expect_fail_s("\"\\udc00\"", "surrogate");
	expect_fail_s("\"\\uDBFF\\u0041\"", "surrogate");
	expect_fail_s("\"\\ud800\\ud800\"", "surrogate");
	expect_fail_s("\"\\ud800x\"", "surrogate");
	expect_fail_s("\"\\ude00\\ud83d\"", "surrogate");
	expect_ok("\"\\ud83d\\ude00\"");
	s = zp_json_str(&j, 0, &n);
	assert_int_equal(n, 4);
	assert_memory_equal(s, "\xF0\x9F\x98\x80", 4);
	expect_ok("\"\\uDBFF\\uDFFF\"");
	s = zp_json_str(&j, 0, &n);
	assert_int_equal(n, 4);
	assert_memory_equal(s, "\xF4\x8F\xBF\xBF", 4);
}

static void
test_nul(void **state)
{
	static const char raw[] = "{\"a\":\"x\0y\"}";

	(void)state;
	expect_fail_s("{\"a\":\"\\u0000\"}", "\\u0000");
	expect_fail_s("{\"\\u0000\":1}", "\\u0000");
	/* A raw NUL is refused, and nothing after it is taken silently. */
	expect_fail(raw, sizeof(raw) - 1, "NUL");
	assert_int_equal(j.errpos, 7);
	expect_fail("{\"a\":1}\0", 8, NULL);
	expect_fail("{\"a\":1\0}", 8, NULL);
	expect_ok("{\"a\":\"\\u0001\"}");
}

static void
test_duplicate_keys(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	int i;

	(void)state;
	expect_fail_s("{\"a\":1,\"a\":2}", "duplicate");
	expect_fail_s("{\"a\":1,\"b\":2,\"a\":3}", "duplicate");
	expect_fail_s("{\"o\":{\"x\":1,\"x\":2}}", "duplicate");
	expect_fail_s("[{\"x\":1,\"x\":2}]", "duplicate");
	/* Escapes are compared decoded. */
	expect_fail_s("{\"a\":1,\"\\u0061\":2}", "duplicate");
	expect_fail_s("{\"\\u4e2d\":1,\"中\":2}", "duplicate");
	expect_fail_s("{\"\\/\":1,\"/\":2}", "duplicate");
	/* Not duplicates. */
	expect_ok("{\"a\":1,\"ab\":2,\"b\":{\"a\":1},\"A\":3}");
	expect_ok("[{\"a\":1},{\"a\":2}]");
	expect_ok("{\"a\":{\"a\":{\"a\":1}}}");
	expect_ok("{\"\\u0061\":1,\"\\u0062\":2}");

	/* Over 8 keys the hash table is used: same cases again. */
	zp_buf_puts(&b, "{");
	for (i = 0; i < 20; i++)
		zp_buf_printf(&b, "\"k%d\":%d,", i, i);
	zp_buf_puts(&b, "\"k\\u0035\":5}");
	expect_fail_s(b.p, "duplicate");
	zp_buf_clear(&b);
	zp_buf_puts(&b, "{\"k7\":0");
	for (i = 0; i < 20; i++)
		zp_buf_printf(&b, ",\"x%d\":%d", i, i);
	zp_buf_puts(&b, ",\"k7\":1}");
	expect_fail_s(b.p, "duplicate");
	/* Thousands of distinct keys, some escaped: accepted. */
	zp_buf_clear(&b);
	zp_buf_puts(&b, "{\"\\u0030\":0");
	for (i = 1; i < 5000; i++)
		zp_buf_printf(&b, ",\"%d\":%d", i, i);
	zp_buf_puts(&b, "}");
	expect_ok(b.p);
	assert_int_equal(zp_json_tok(&j, 0)->size, 5000);
	/* ...and the escaped first key duplicated at the very end. */
	b.len--;
	zp_buf_puts(&b, ",\"0\":1}");
	expect_fail_s(b.p, "duplicate");
	zp_buf_free(&b);
}

static void
test_depth(void **state)
{
	size_t n = 100000, d = ZP_JSON_MAX_DEPTH;
	char *s = malloc(2 * n + 1);

	(void)state;
	assert_non_null(s);
	memset(s, '[', n);
	expect_fail(s, n, "depth");
	/* Just at the limit it parses; one more level does not. */
	memset(s, '[', d);
	memset(s + d, ']', d);
	assert_int_equal(zp_json_parse(&j, s, 2 * d), 0);
	memset(s, '[', d + 1);
	memset(s + d + 1, ']', d + 1);
	expect_fail(s, 2 * d + 2, "depth");
	/* Objects count too. */
	memset(s, 0, 2 * n + 1);
	for (size_t i = 0; i < d + 1; i++)
		memcpy(s + 5 * i, "{\"a\":", 5);
	expect_fail(s, 5 * (d + 1), "depth");
	free(s);
}

static void
test_numbers(void **state)
{
	static const char big[] = "123456789012345678901234567890";
	uint32_t t;
	size_t n;
	const char *raw;

	(void)state;
	expect_fail_s("{\"x\":1e400}", "overflow");
	expect_fail_s("{\"x\":-1e400}", "overflow");
	expect_fail_s("[1.5e999999999999999999]", "overflow");
	expect_ok("{\"x\":1e308}");

	expect_ok("{\"n\":123456789012345678901234567890,\"r\":0.1,"
	          "\"i\":-9223372036854775809,\"e\":2.5e+3}");
	t = zp_json_get(&j, 0, "n");
	assert_int_equal(zp_json_type(&j, t), ZP_JNUMBER);
	assert_true(zp_json_tok(&j, t)->flags & ZP_JF_INT);
	raw = zp_json_raw(&j, t, &n);
	assert_int_equal(n, strlen(big));
	assert_memory_equal(raw, big, n);
	t = zp_json_get(&j, 0, "r");
	assert_false(zp_json_tok(&j, t)->flags & ZP_JF_INT);
	raw = zp_json_raw(&j, t, &n);
	assert_int_equal(n, 3);
	assert_memory_equal(raw, "0.1", 3);
	raw = zp_json_raw(&j, zp_json_get(&j, 0, "i"), &n);
	assert_int_equal(n, 20);
	assert_memory_equal(raw, "-9223372036854775809", 20);
	t = zp_json_get(&j, 0, "e");
	assert_false(zp_json_tok(&j, t)->flags & ZP_JF_INT);
	raw = zp_json_raw(&j, t, &n);
	assert_memory_equal(raw, "2.5e+3", n);

	/* A real longer than the parser's stack copy still parses. */
	{
		struct zp_buf b = ZP_BUF_INIT;
		int i;

		zp_buf_puts(&b, "[0.");
		for (i = 0; i < 300; i++)
			zp_buf_putc(&b, (char)('0' + i % 10));
		zp_buf_puts(&b, "e5]");
		expect_ok(b.p);
		b.len -= 3;
		zp_buf_puts(&b, "e999]");
		expect_fail_s(b.p, "overflow");
		zp_buf_free(&b);
	}
}

static void
test_types_and_iteration(void **state)
{
	static const enum zp_jtype want[] = { ZP_JNULL, ZP_JFALSE, ZP_JTRUE,
		ZP_JNUMBER, ZP_JSTRING, ZP_JARRAY, ZP_JOBJECT };
	uint32_t a, e, k;
	int i = 0;

	(void)state;
	expect_ok("{\"a\":[null,false,true,1,\"s\",[2,3],{\"x\":4}],"
	          "\"b\":2}");
	assert_int_equal(zp_json_type(&j, 0), ZP_JOBJECT);
	assert_int_equal(zp_json_tok(&j, 0)->size, 2);
	a = zp_json_get(&j, 0, "a");
	assert_int_equal(zp_json_tok(&j, a)->size, 7);
	for (e = zp_json_first(&j, a); e != ZP_JSON_NONE;
	     e = zp_json_next(&j, a, e))
		assert_int_equal(zp_json_type(&j, e), want[i++]);
	assert_int_equal(i, 7);
	i = 0;
	for (k = zp_json_first(&j, 0); k != ZP_JSON_NONE;
	     k = zp_json_next(&j, 0, k))
		assert_true(zp_json_str_eq(&j, k, i++ ? "b" : "a", 1));
	assert_int_equal(i, 2);
	expect_ok("{\"e\":[],\"o\":{}}");
	assert_int_equal(
	    zp_json_first(&j, zp_json_get(&j, 0, "e")), ZP_JSON_NONE);
	assert_int_equal(
	    zp_json_first(&j, zp_json_get(&j, 0, "o")), ZP_JSON_NONE);
}

static void
test_str_decoding(void **state)
{
	static const char in[] =
	    "{\"plain\":\"中文 text\","
	    "\"esc\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\te\","
	    "\"uni\":\"\\u00e9\\u4E2D\\ud83d\\ude00\\u007f\","
	    "\"mix\":\"前\\n后\"}";
	static const char esc[] = "a\"b\\c/d\b\f\n\r\te";
	static const char uni[] = "\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80\x7F";
	const char *s, *p1;
	size_t n;
	uint32_t t;

	(void)state;
	expect_ok(in);
	t = zp_json_get(&j, 0, "plain");
	s = zp_json_str(&j, t, &n);
	assert_int_equal(n, strlen("中文 text"));
	assert_memory_equal(s, "中文 text", n);
	/* Without escapes the result points into the text itself. */
	assert_ptr_equal(s, in + zp_json_tok(&j, t)->start + 1);
	p1 = zp_json_str(&j, zp_json_get(&j, 0, "esc"), &n);
	assert_int_equal(n, sizeof(esc) - 1);
	assert_memory_equal(p1, esc, n);
	s = zp_json_str(&j, zp_json_get(&j, 0, "uni"), &n);
	assert_int_equal(n, sizeof(uni) - 1);
	assert_memory_equal(s, uni, n);
	s = zp_json_str(&j, zp_json_get(&j, 0, "mix"), &n);
	assert_int_equal(n, 7);
	assert_memory_equal(s, "前\n后", 7);
	/* Earlier decodings stay valid until the next parse. */
	assert_memory_equal(p1, esc, sizeof(esc) - 1);
	assert_true(zp_json_str_eq(&j, zp_json_get(&j, 0, "mix"), "前\n后", 7));
	assert_false(zp_json_str_eq(&j, zp_json_get(&j, 0, "mix"), "前\n", 4));
}

static void
test_get_and_path(void **state)
{
	uint32_t t;
	size_t n;

	(void)state;
	expect_ok("{\"\\u0074ext\":\"x\",\"a\":{\"b\":{\"c\":1},\"b.c\":2},"
	          "\"a.b\":3,\"arr\":[{\"k\":1}],\"s\":\"v\"}");
	t = zp_json_get(&j, 0, "text");
	assert_int_not_equal(t, ZP_JSON_NONE);
	assert_true(zp_json_str_eq(&j, t, "x", 1));
	assert_int_equal(zp_json_get(&j, 0, "missing"), ZP_JSON_NONE);
	assert_int_equal(zp_json_get(&j, 0, "tex"), ZP_JSON_NONE);
	/* A lookup in something that is not an object finds nothing. */
	assert_int_equal(
	    zp_json_get(&j, zp_json_get(&j, 0, "s"), "v"), ZP_JSON_NONE);
	assert_int_equal(
	    zp_json_get(&j, zp_json_get(&j, 0, "arr"), "k"), ZP_JSON_NONE);
	assert_int_equal(
	    zp_json_getn(&j, 0, "arrows", 3), zp_json_get(&j, 0, "arr"));

	/* A literal key with dots wins over the nested reading. */
	t = zp_json_path(&j, 0, "a.b");
	assert_memory_equal(zp_json_raw(&j, t, &n), "3", 1);
	t = zp_json_path(&j, 0, "a.b.c");
	assert_int_equal(zp_json_type(&j, t), ZP_JNUMBER);
	/* "a" then "b.c" is tried first, since a holds that key. */
	assert_memory_equal(zp_json_raw(&j, t, &n), "2", 1);
	t = zp_json_path(&j, zp_json_get(&j, 0, "a"), "b");
	assert_int_equal(zp_json_type(&j, t), ZP_JOBJECT);
	assert_int_equal(zp_json_path(&j, 0, "a.x"), ZP_JSON_NONE);
	assert_int_equal(zp_json_path(&j, 0, "a.b.c.d"), ZP_JSON_NONE);
	assert_int_equal(zp_json_path(&j, 0, "arr.k"), ZP_JSON_NONE);
	assert_int_equal(zp_json_path(&j, 0, "s.x"), ZP_JSON_NONE);
	assert_int_equal(
	    zp_json_path(&j, 0, "text"), zp_json_get(&j, 0, "text"));

	expect_ok("{\"a\":{\"b\":{\"c\":[1]}}}");
	t = zp_json_path(&j, 0, "a.b.c");
	assert_int_equal(zp_json_type(&j, t), ZP_JARRAY);
	assert_int_equal(zp_json_path(&j, 0, "a.b.c.0"), ZP_JSON_NONE);
	assert_int_equal(zp_json_path(&j, 0, ""), ZP_JSON_NONE);
	assert_int_equal(zp_json_path(&j, 0, "a."), ZP_JSON_NONE);
}

static void
check_compact(const char *in, const char *want)
{
	struct zp_buf b = ZP_BUF_INIT;

	expect_ok(in);
	zp_buf_puts(&b, "<");
	zp_json_compact(&j, 0, &b);
	assert_string_equal(b.p + 1, want);
	assert_int_equal(b.len, strlen(want) + 1);
	zp_buf_free(&b);
}

static void
test_compact(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;

	(void)state;
	check_compact("{ \"a\" : [ 1 , 2 ] ,\t\"s\" : \"x y\\\" z\" }",
	    "{\"a\":[1,2],\"s\":\"x y\\\" z\"}");
	check_compact("\r\n[ \"a\\\\\" , \" \\\\\\\" \" ]\r\n",
	    "[\"a\\\\\",\" \\\\\\\" \"]");
	check_compact("{\"n\":123456789012345678901234567890 , \"r\" : 0.1}",
	    "{\"n\":123456789012345678901234567890,\"r\":0.1}");
	check_compact("\"中 文\"", "\"中 文\"");
	/* A value inside the record. */
	expect_ok("{\"a\" : { \"b\" : [ true ,null ] } }");
	zp_json_compact(&j, zp_json_get(&j, 0, "a"), &b);
	assert_string_equal(b.p, "{\"b\":[true,null]}");
	zp_buf_free(&b);
}

static void
test_reuse(void **state)
{
	const char *s;
	size_t n;

	(void)state;
	expect_ok("{\"a\":[1,2,3,4,5,6,7,8,9,10,{\"b\":\"\\n\"}]}");
	assert_true(j.ntok > 10);
	expect_fail_s("{\"a\":", NULL);
	expect_ok("{\"z\":\"\\t\"}");
	assert_int_equal(j.ntok, 3);
	assert_int_equal(zp_json_get(&j, 0, "a"), ZP_JSON_NONE);
	s = zp_json_str(&j, 2, &n);
	assert_int_equal(n, 1);
	assert_int_equal(s[0], '\t');
	assert_string_equal(j.err, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_grammar),
		cmocka_unit_test(test_invalid_grammar),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_cjk_runs),
		cmocka_unit_test(test_surrogates),
		cmocka_unit_test(test_nul),
		cmocka_unit_test(test_duplicate_keys),
		cmocka_unit_test(test_depth),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_types_and_iteration),
		cmocka_unit_test(test_str_decoding),
		cmocka_unit_test(test_get_and_path),
		cmocka_unit_test(test_compact),
		cmocka_unit_test(test_reuse),
	};

	return cmocka_run_group_tests_name("json", tests, NULL, teardown);
}
