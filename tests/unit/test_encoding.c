/*
 * test_encoding -- charset detection, the streaming decoder over a source
 * (plain and gzip), one-shot conversion, and invalid bytes counted.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <unicode/ucnv.h>

#include "gzmem.h"
#include "zhpipe/encoding.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"

#define S(lit) lit, sizeof(lit) - 1

static const char text[] =
    "三星电子第四季度营业利润降至2.8万亿韩元，同比下降34%。\n"
    "台积电一月营收同比增长8%，约合人民币150.64亿元。\n"
    "业内人士认为，存储芯片价格将在今年下半年继续回升。\n";

/* text in encoding enc, through ICU. */
static void
encode(const char *enc, struct zp_buf *out)
{
	UErrorCode ec = U_ZERO_ERROR;
	int32_t n;

	zp_buf_clear(out);
	zp_buf_reserve(out, sizeof(text) * 2);
	n = ucnv_convert(enc, "UTF-8", out->p, (int32_t)out->cap, text,
	    (int32_t)strlen(text), &ec);
	assert_true(U_SUCCESS(ec));
	out->len = (size_t)n;
}

static void
test_canon(void **state)
{
	(void)state;
	assert_string_equal(zp_encoding_canon("GB18030"), "gb18030");
	assert_string_equal(zp_encoding_canon("UTF8"), "utf-8");
	assert_string_equal(zp_encoding_canon("auto"), "auto");
	assert_string_equal(zp_encoding_canon("Big5"), "big5");
	assert_null(zp_encoding_canon("no-such-charset"));
}

static void
test_detect(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;

	(void)state;
	assert_string_equal(
	    zp_encoding_detect(text, strlen(text), false), "utf-8");
	/* A character cut by the end of the sniffed bytes. */
	assert_string_equal(zp_encoding_detect(text, 4, true), "utf-8");
	encode("gb18030", &b);
	assert_string_equal(zp_encoding_detect(b.p, b.len, false), "gb18030");
	encode("utf-16le", &b);
	assert_string_equal(zp_encoding_detect(b.p, b.len, false), "utf-16le");
	encode("utf-16be", &b);
	assert_string_equal(zp_encoding_detect(b.p, b.len, false), "utf-16be");
	assert_string_equal(zp_encoding_detect(S("\xFF\xFE"
	                                         "a\0"),
	                        false),
	    "utf-16le");
	/*
	 * Short GB18030 text: bytes that happen to form UTF-8 two-byte
	 * sequences (英 is D3 A2) do not make it UTF-8, and the detector's
	 * UTF-16 guess for short text without NULs is not taken.
	 */
	assert_string_equal(
	    zp_encoding_detect(S("\xD3\xA2\xCE\xB0\xB4\xEF\n"), false),
	    "gb18030");
	assert_string_equal(
	    zp_encoding_detect(S("\xCC\xA8\xBB\xFD\xB5\xE7"
	                         "\xD3\xAA\xCA\xD5\xD4\xF6\xB3\xA4\xA1\xA3\n"),
	        false),
	    "gb18030");
	/* UTF-8 with NUL bytes, all at odd offsets, is not UTF-16. */
	zp_buf_clear(&b);
	zp_buf_puts(&b, text);
	b.p[1] = b.p[9] = b.p[31] = '\0';
	assert_string_equal(zp_encoding_detect(b.p, b.len, false), "utf-8");
	/* UTF-8 with a stray byte stays UTF-8. */
	zp_buf_clear(&b);
	zp_buf_puts(&b, text);
	b.p[10] = '\xFF';
	assert_string_equal(zp_encoding_detect(b.p, b.len, false), "utf-8");
	zp_buf_free(&b);
}

/* Reads the whole of path through a decoder. */
static void
decode_file(const char *path, const char *enc, struct zp_buf *out,
    const char **used, unsigned long *invalid, const char **rerr)
{
	static const size_t sizes[] = { 7, 1, 2, 3, 64, 5 };
	char err[128], buf[64];
	size_t k = 0;
	struct zp_source *src = zp_source_open(path, err, sizeof(err));
	struct zp_decoder *d;
	ssize_t n;

	assert_non_null(src);
	d = zp_decoder_new(src, enc, err, sizeof(err));
	assert_non_null(d);
	zp_buf_clear(out);
	*rerr = NULL;
	/* Small and odd reads: characters get cut between them. */
	while ((n = zp_source_read(
	            zp_decoder_source(d), buf, sizes[k++ % 6], rerr)) > 0)
		zp_buf_put(out, buf, (size_t)n);
	if (*rerr != NULL) {
		static char msg[160]; /* it lives in the decoder */

		snprintf(msg, sizeof(msg), "%s", *rerr);
		*rerr = msg;
	}
	/* The name lives in the decoder: copy it. */
	if (zp_decoder_encoding(d) != NULL) {
		static char name[48];

		snprintf(name, sizeof(name), "%s", zp_decoder_encoding(d));
		*used = name;
	} else {
		*used = NULL;
	}
	*invalid = zp_decoder_invalid(d);
	zp_decoder_free(d);
	zp_source_close(src);
}

static void
roundtrip(const char *enc, const char *given, bool gzip, const char *want)
{
	struct zp_buf raw = ZP_BUF_INIT, gz = ZP_BUF_INIT, out = ZP_BUF_INIT;
	char path[128];
	const char *used, *rerr;
	unsigned long invalid;

	encode(enc, &raw);
	if (gzip)
		gzmem_member(&gz, raw.p, raw.len);
	gzmem_tmpfile(
	    path, sizeof(path), gzip ? gz.p : raw.p, gzip ? gz.len : raw.len);
	decode_file(path, given, &out, &used, &invalid, &rerr);
	unlink(path);
	assert_null(rerr);
	assert_string_equal(out.p, text);
	if (want == NULL)
		assert_null(used);
	else
		assert_string_equal(used, want);
	assert_int_equal(invalid, 0);
	zp_buf_free(&raw);
	zp_buf_free(&gz);
	zp_buf_free(&out);
}

static void
test_decoder(void **state)
{
	(void)state;
	roundtrip("utf-8", "auto", false, NULL);
	roundtrip("gb18030", "auto", false, "gb18030");
	roundtrip("gb18030", "auto", true, "gb18030");
	roundtrip("gb18030", "gbk", false, "gbk");
	roundtrip("utf-16le", "auto", true, "utf-16le");
	roundtrip("utf-16be", "utf-16", false, "utf-16be");
	roundtrip("utf-16le", "utf-16", false, "utf-16le");
}

static void
test_decoder_invalid_and_truncated(void **state)
{
	struct zp_buf raw = ZP_BUF_INIT, gz = ZP_BUF_INIT, out = ZP_BUF_INIT;
	char path[128];
	const char *used, *rerr;
	unsigned long invalid;

	(void)state;
	/* GB18030 with a bad byte pair inside: one U+FFFD, counted. */
	encode("gb18030", &raw);
	raw.p[4] = '\xFF';
	raw.p[5] = '\x30';
	gzmem_tmpfile(path, sizeof(path), raw.p, raw.len);
	decode_file(path, "gb18030", &out, &used, &invalid, &rerr);
	unlink(path);
	assert_null(rerr);
	assert_true(invalid >= 1);
	assert_non_null(strstr(out.p, "\xEF\xBF\xBD"));
	assert_true(zp_utf8_valid(out.p, out.len));
	/* A truncated gzip: the error comes through the decoder. */
	gzmem_member(&gz, raw.p, raw.len);
	gzmem_tmpfile(path, sizeof(path), gz.p, gz.len - 12);
	decode_file(path, "gb18030", &out, &used, &invalid, &rerr);
	unlink(path);
	assert_non_null(rerr);
	assert_non_null(strstr(rerr, "truncated"));
	/* What was decoded before the cut comes first. */
	assert_true(out.len > 0);
	assert_memory_equal(out.p, "三", strlen("三"));
	zp_buf_free(&raw);
	zp_buf_free(&gz);
	zp_buf_free(&out);
}

static void
test_decode_buf(void **state)
{
	struct zp_convcache cc = ZP_CONVCACHE_INIT;
	struct zp_buf raw = ZP_BUF_INIT, out = ZP_BUF_INIT;
	unsigned long invalid = 0;

	(void)state;
	encode("big5", &raw);
	assert_int_equal(
	    zp_decode_buf(&cc, "big5", raw.p, raw.len, &out, &invalid), 0);
	assert_true(zp_utf8_valid(out.p, out.len));
	assert_true(out.len > 0);
	encode("gb18030", &raw);
	zp_buf_clear(&out);
	assert_int_equal(
	    zp_decode_buf(&cc, "gb18030", raw.p, raw.len, &out, &invalid), 0);
	assert_string_equal(out.p, text);
	assert_int_equal(invalid, 0);
	zp_buf_clear(&out);
	assert_int_equal(
	    zp_decode_buf(&cc, "gb18030", S("ok\x81"), &out, &invalid), 0);
	assert_string_equal(out.p, "ok\xEF\xBF\xBD");
	assert_int_equal(invalid, 1);
	assert_int_equal(
	    zp_decode_buf(&cc, "nonesuch", S("x"), &out, &invalid), -1);
	zp_convcache_free(&cc);
	zp_buf_free(&raw);
	zp_buf_free(&out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_canon),
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_decoder),
		cmocka_unit_test(test_decoder_invalid_and_truncated),
		cmocka_unit_test(test_decode_buf),
	};

	return cmocka_run_group_tests_name("encoding", tests, NULL, NULL);
}
