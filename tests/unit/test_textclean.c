/*
 * test_textclean -- normalize's cleaning: NFKC with the fast path, entities,
 * controls, zero-width characters, white space, Traditional->Simplified and
 * back,
 * and the idempotence property on random text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "zhpipe/textclean.h"
#include "zhpipe/utf8.h"

#define S(lit) lit, sizeof(lit) - 1

static struct zp_cleaner *nfkc, *nfc, *simp, *trad;

static int
setup(void **state)
{
	struct zp_clean_opts o = { ZP_FORM_NFKC, ZP_SCRIPT_KEEP };
	char err[128];

	(void)state;
	nfkc = zp_cleaner_new(&o, err, sizeof(err));
	o.form = ZP_FORM_NFC;
	nfc = zp_cleaner_new(&o, err, sizeof(err));
	o.form = ZP_FORM_NFKC;
	o.script = ZP_SCRIPT_SIMPLIFIED;
	simp = zp_cleaner_new(&o, err, sizeof(err));
	o.script = ZP_SCRIPT_TRADITIONAL;
	trad = zp_cleaner_new(&o, err, sizeof(err));
	return nfkc != NULL && nfc != NULL && simp != NULL && trad != NULL ? 0 :
	                                                                     -1;
}

static int
teardown(void **state)
{
	(void)state;
	zp_cleaner_free(nfkc);
	zp_cleaner_free(nfc);
	zp_cleaner_free(simp);
	zp_cleaner_free(trad);
	return 0;
}

static void
check(struct zp_cleaner *c, const char *in, size_t n, const char *want)
{
	struct zp_buf out = ZP_BUF_INIT;

	zp_clean(c, in, n, &out, NULL);
	if (out.len != strlen(want) || memcmp(out.p, want, out.len) != 0)
		fail_msg("clean(\"%.*s\") = \"%s\", want \"%s\"", (int)n, in,
		    out.p, want);
	zp_buf_free(&out);
}

static void
test_nfkc(void **state)
{
	(void)state;
	check(nfkc, S("Ｚ１２３％（注）：Ａｂ"), "Z123%(注):Ab");
	check(nfkc, S("营收，同比增长。“芯片”、《报告》"),
	    "营收,同比增长。“芯片”、《报告》");
	check(nfkc, S("…"), "...");
	check(nfkc, S("①㍱ﬁ"), "1hPafi");
	check(nfkc, S("ｶﾞ"), "ガ");
	check(nfkc, S("e\xCC\x81"), "\xC3\xA9");
	check(nfkc, S("ｅ\xCC\x81"), "\xC3\xA9");
	check(nfkc, S("가\xE1\x86\xA8"), "각");
	check(nfkc, S("中文\xCC\x81"), "中文\xCC\x81");
	check(nfkc, S("𠀀x"), "𠀀x");
	check(nfkc, S("\xEF\xA4\x80"), "豈"); /* U+F900 */
}

static void
test_space_and_controls(void **state)
{
	(void)state;
	check(nfkc,
	    S("  a \t\r\n b\xE3\x80\x80\xC2\xA0"
	      "c  "),
	    "a b c");
	check(nfkc,
	    S("x\xE2\x80\x8By\xE2\x80\x8C\xE2\x80\x8D\xEF\xBB\xBFz"
	      "\xE2\x81\xA0"),
	    "xyz");
	check(nfkc,
	    S("a\x01"
	      "b\x7F"
	      "c\xC2\x80"
	      "d\xC2\x9F"
	      "e"),
	    "abcde");
	check(nfkc,
	    S("a\xC2\x85"
	      "b"),
	    "a b"); /* NEL is white space */
	/* Removed zero-width characters let their neighbours compose. */
	check(nfkc, S("e\xE2\x80\x8B\xCC\x81"), "\xC3\xA9");
	check(nfkc, S(""), "");
	check(nfkc, S(" \xE3\x80\x80 "), "");
}

static void
test_entities(void **state)
{
	(void)state;
	check(nfkc, S("&nbsp;x&amp;y&#x4E2D;&#20013;&lt;b&gt;"), "x&y中中<b>");
	check(nfkc, S("&amp;lt;&amp;amp;gt;"), "<>");
	check(nfkc, S("AT&T; &bogus; a&b & &#; &#x;"),
	    "AT&T; &bogus; a&b & &#; &#x;");
	check(nfkc, S("&ldquo;好&rdquo;&hellip;"), "“好”...");
	check(nfkc, S("&#0;&#xD800;&#150;"),
	    "\xEF\xBF\xBD\xEF\xBF\xBD"
	    "\xE2\x80\x93");
	check(nfkc, S("&#xFF11;&#12288;x"), "1 x");
	check(nfkc, S("e&#x301;"), "\xC3\xA9");
	/* An entity spelled with full-width characters is one after NFKC. */
	check(nfkc, S("＆amp;lt;"), "<");
	check(nfkc, S("&AMP;&QUOT;"), "&\"");
}

static void
test_invalid(void **state)
{
	struct zp_buf out = ZP_BUF_INIT;
	struct zp_clean_stats st;

	(void)state;
	zp_clean(nfkc,
	    S("a\xFF"
	      "b\xE4\xB8"),
	    &out, &st);
	assert_string_equal(out.p,
	    "a\xEF\xBF\xBD"
	    "b\xEF\xBF\xBD"
	    "\xEF\xBF\xBD");
	assert_int_equal(st.invalid, 3);
	assert_int_equal(st.fffd, 3);
	zp_clean(nfkc, S("\xEF\xBF\xBD ok"), &out, &st);
	assert_int_equal(st.invalid, 0);
	assert_int_equal(st.fffd, 1);
	zp_clean(nfkc, S("\xED\xA0\x80"), &out, &st); /* a surrogate */
	assert_true(zp_utf8_valid(out.p, out.len));
	assert_int_equal(st.invalid, 3);
	zp_buf_free(&out);
}

static void
test_forms(void **state)
{
	(void)state;
	check(nfc, S("（１２３）％ e\xCC\x81"), "（１２３）％ \xC3\xA9");
	check(nfc,
	    S("a\xE3\x80\x80"
	      "b"),
	    "a b");
	check(simp, S("臺積電營收億元，三星電子"), "台积电营收亿元,三星电子");
	check(simp, S("台积电"), "台积电");
	check(trad, S("台积电营收亿元，三星电子"), "台積電營收億元,三星電子");
	check(trad, S("臺積電"), "臺積電");
}

/*
 * --traditional: ICU converts some characters by their neighbours (发布 ->
 * 發佈, but 布 alone stays), always one code point for one, so that the
 * offsets of a Simplified gold set fit the converted text.
 */
static void
test_traditional(void **state)
{
	static const char in[] =
	    "鸿海发布公告称，尽管第四季度营收下降，董事会仍决定派发股利。"
	    "汇丰控股周二公布业绩，苎麻与棉布价格走低。";
	static const char want[] =
	    "鴻海發佈公告稱,儘管第四季度營收下降,董事會仍決定派發股利。"
	    "匯豐控股週二公佈業績,苧麻與棉布價格走低。";
	struct zp_buf a = ZP_BUF_INIT, b = ZP_BUF_INIT;

	(void)state;
	check(trad, S(in), want);
	zp_clean(trad, S(in), &a, NULL);
	assert_int_equal(zp_utf8_count(a.p, a.len), zp_utf8_count(S(in)));
	zp_clean(trad, a.p, a.len, &b, NULL);
	assert_int_equal(a.len, b.len);
	assert_memory_equal(a.p, b.p, a.len);
	zp_buf_free(&a);
	zp_buf_free(&b);
}

/*
 * ICU 72 maps 苎 to 苧 and 苧 to 苎 (Traditional-Simplified), and 苎 to 苧 to
 * 薴 (Simplified-Traditional): each script's own 苎 or 苧 stays, and every
 * conversion is stable under a second one.
 */
static void
test_script_cycle(void **state)
{
	static const char *const words[] = { "苎麻", "苧麻", "薴麻" };
	struct zp_cleaner *cs[2];
	struct zp_buf a = ZP_BUF_INIT, b = ZP_BUF_INIT;
	size_t i, j;

	(void)state;
	check(simp, S("苎麻"), "苎麻");
	check(simp, S("苧麻"), "苎麻");
	check(simp, S("薴麻"), "苎麻");
	check(trad, S("苎麻"), "苧麻");
	check(trad, S("苧麻"), "苧麻");
	cs[0] = simp;
	cs[1] = trad;
	for (i = 0; i < 2; i++)
		for (j = 0; j < 3; j++) {
			zp_clean(cs[i], words[j], strlen(words[j]), &a, NULL);
			zp_clean(cs[i], a.p, a.len, &b, NULL);
			if (a.len != b.len || memcmp(a.p, b.p, a.len) != 0)
				fail_msg("not idempotent: %s -> %s -> %s",
				    words[j], a.p, b.p);
		}
	zp_buf_free(&a);
	zp_buf_free(&b);
}

static void
test_entity_api(void **state)
{
	size_t len = 0;

	(void)state;
	assert_int_equal(zp_html_entity(S("&amp;x"), &len), '&');
	assert_int_equal(len, 5);
	assert_int_equal(zp_html_entity(S("&#x4e2d;"), &len), 0x4E2D);
	assert_int_equal(len, 8);
	assert_int_equal(zp_html_entity(S("&amp"), &len), -1);
	assert_int_equal(zp_html_entity(S("&#99999999999;"), &len), -1);
	assert_int_equal(zp_html_entity(S("&#1114112;"), &len), 0xFFFD);
}

/* Pieces chosen to meet every branch: compositions across the fast and
 * slow paths, entities built from pieces, invalid bytes, white space. */
static const char *const pieces[] = { "a", "e", "Ａ", "ｅ", "\xCC\x81",
	"\xCC\xA3", "\xCC\x88", " ", "\xE3\x80\x80", "\xE2\x80\x8B", "&",
	"amp;", "lt;", "#x301;", "#38;", "中", "。", "，", "…", "\xC2\xA8",
	"가", "\xE1\x86\xA8", "\xE1\x84\x80", "\xE1\x85\xA1", "\xFF", "\x01",
	"﹠", "＆", "#", ";", "x", "ﬁ", "①", "ｶ", "\xEF\xBE\x9E", "カ",
	"\xE3\x82\x99", "\xE4\xB8", "\xEF\xBF\xBD", "\n", "&nbsp;", "＃", "３",
	"８", "；", "<", "\xCC\xB8", "=",
	"\xE0\xA4"
	"\xBC",
	"\xE0\xA4\xA8", "𝐀", "\xEF\xA4\x80" };

static bool
is_nfkc(const char *s, size_t n)
{
	static UChar u[4096];
	UErrorCode ec = U_ZERO_ERROR;
	int32_t len;

	u_strFromUTF8(u, 4096, &len, s, (int32_t)n, &ec);
	assert_true(U_SUCCESS(ec));
	return unorm2_isNormalized(unorm2_getNFKCInstance(&ec), u, len, &ec);
}

static void
test_idempotent_random(void **state)
{
	struct zp_buf in = ZP_BUF_INIT, a = ZP_BUF_INIT, b = ZP_BUF_INIT;
	size_t npieces = sizeof(pieces) / sizeof(pieces[0]), i, k;
	unsigned seed = 12345;
	int round;

	(void)state;
	for (round = 0; round < 20000; round++) {
		zp_buf_clear(&in);
		k = 1 + (size_t)(rand_r(&seed) % 10);
		for (i = 0; i < k; i++)
			zp_buf_puts(&in, pieces[rand_r(&seed) % npieces]);
		zp_clean(nfkc, in.p, in.len, &a, NULL);
		zp_clean(nfkc, a.p, a.len, &b, NULL);
		if (!zp_utf8_valid(a.p, a.len))
			fail_msg("invalid UTF-8 from \"%s\"", in.p);
		if (a.len != b.len || memcmp(a.p, b.p, a.len) != 0)
			fail_msg("not idempotent: \"%s\" -> \"%s\" -> \"%s\"",
			    in.p, a.p, b.p);
		if (!is_nfkc(a.p, a.len))
			fail_msg("not NFKC: \"%s\" -> \"%s\"", in.p, a.p);
		if (strstr(a.p, "  ") != NULL ||
		    (a.len > 0 && (a.p[0] == ' ' || a.p[a.len - 1] == ' ')))
			fail_msg("white space left: \"%s\"", a.p);
		for (i = 0; i < a.len; i++)
			if ((unsigned char)a.p[i] < 0x20)
				fail_msg("control left: \"%s\"", in.p);
	}
	zp_buf_free(&in);
	zp_buf_free(&a);
	zp_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nfkc),
		cmocka_unit_test(test_space_and_controls),
		cmocka_unit_test(test_entities),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_forms),
		cmocka_unit_test(test_traditional),
		cmocka_unit_test(test_script_cycle),
		cmocka_unit_test(test_entity_api),
		cmocka_unit_test(test_idempotent_random),
	};

	return cmocka_run_group_tests_name("textclean", tests, setup, teardown);
}
