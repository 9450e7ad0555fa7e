/*
 * test_cnum -- the exact decimal type and the numeral parser: Chinese,
 * Arabic, financial capitals and mixed forms, scale words, overflow (values
 * stay exact however long), the grammar's refusals, and linear time on
 * pathological runs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/buf.h"
#include "zhpipe/cnum.h"

static struct zp_cnum c = ZP_CNUM_INIT;
static struct zp_buf b = ZP_BUF_INIT;

/* Parses s; returns the formatted value and the bytes used. */
static const char *
parse(const char *s, size_t *used)
{
	size_t u = 0;

	if (zp_cnum_parse_utf8(&c, s, strlen(s), &u) != 0)
		return NULL;
	if (used != NULL)
		*used = u;
	zp_buf_clear(&b);
	zp_dec_format(&c.val, &b);
	return b.p;
}

/* s parses whole to want. */
static void
expect(const char *s, const char *want)
{
	size_t used = 0;
	const char *got = parse(s, &used);

	if (got == NULL)
		fail_msg("%s: no numeral", s);
	if (strcmp(got, want) != 0)
		fail_msg("%s: got %s, want %s", s, got, want);
	if (used != strlen(s))
		fail_msg("%s: used %zu of %zu bytes", s, used, strlen(s));
}

/* s parses, but only its first `prefix` bytes, to want. */
static void
expect_prefix(const char *s, size_t prefix, const char *want)
{
	size_t used = 0;
	const char *got = parse(s, &used);

	if (got == NULL || strcmp(got, want) != 0 || used != prefix)
		fail_msg("%s: got %s (%zu bytes), want %s (%zu)", s,
		    got ? got : "-", used, want, prefix);
}

static void
test_arabic(void **state)
{
	(void)state;
	expect("0", "0");
	expect("42", "42");
	expect("1,234", "1234");
	expect("1,234,567.89", "1234567.89");
	expect("0.0001", "0.0001");
	expect("４２", "42");
	expect("１２．５", "12.5");
	expect("007", "7");
	/* 12,34 is not a thousands group; the comma ends the number. */
	expect_prefix("12,34", 2, "12");
	/* A version number: the parser stops at the second point. */
	expect_prefix("1.2.3", 3, "1.2");
}

static void
test_scales(void **state)
{
	(void)state;
	expect("16.4亿", "1640000000");
	expect("2.8万亿", "2800000000000");
	expect("35.1亿", "3510000000");
	expect("１２３亿", "12300000000");
	expect("1,234.5万", "12345000");
	expect("1,234.5百万", "1234500000");
	expect("0.0000001亿", "10");
	expect("10万万", "1000000000");
	expect("3万4000", "34000");
	expect("1万2千", "12000");
	expect("5亿1万4千6百", "500014600");
	expect("200亿零四千230", "20000004230");
	expect("12萬", "120000");
	expect("4.78萬億", "4780000000000");
	expect("1兆", "1000000000000");
	/* Spaces inside a numeral (GUIDELINES: internal spaces ignored). */
	expect("12.3 亿", "1230000000");
	expect("一百 五 十 二", "152");
	expect("7 万5 千4 百", "75400");
	expect_prefix("3 5", 1, "3");
	expect("7万 5千 4百", "75400");
	expect_prefix("3万 5个", 4, "30000");
	/* 40k is 40000; 4K and 5kg are not thousands. */
	expect("40k", "40000");
	expect("3.2k", "3200");
	expect_prefix("4K", 1, "4");
	expect_prefix("5kg", 1, "5");
	expect("零十", "10");
	/* 两 after a unit with no smaller unit next is the weight 两. */
	expect_prefix("三十两", 6, "30");
	expect("三千两百", "3200");
	expect("一万两千", "12000");
	/* Exponents when the token is all number; large ones are not. */
	expect("2e5", "200000");
	expect("12e-1", "1.2");
	expect_prefix("1e999", 1, "1");
	expect_prefix("3E6000", 1, "3");
}

static void
test_chinese(void **state)
{
	(void)state;
	expect("零", "0");
	expect("十", "10");
	expect("十五", "15");
	expect("二十", "20");
	expect("一百零一", "101");
	expect("一千零一十", "1010");
	expect("一千二百三十四万", "12340000");
	expect("两百", "200");
	expect("两千六", "2600");
	expect("三万五", "35000");
	expect("一百二", "120");
	expect("一亿五", "150000000");
	expect("一万零五", "10005");
	expect("四万万", "400000000");
	expect("廿二", "22");
	expect("卅", "30");
	expect("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一",
	    "1111111111111111");
	expect("五兆六十二亿四万五千二", "5006200045200");
	expect("二〇二三", "2023");
	expect("一九九一", "1991");
	expect("○五", "5");
	expect("三点五亿", "350000000");
	expect("零点零零一", "0.001");
	expect("十五点七", "15.7");
	expect("两千三点一", "2300.1");
	expect("一百点123", "100.123");
}

/*
 * Issue 17: digits read one by one, as Taiwanese and Hong Kong papers
 * write amounts, with ○ or 〇 for zero.  Three digits or a zero before a
 * scale word, or any run before a point, is an amount; two digits before
 * a unit stay the approximate 三四十亿.
 */
static void
test_digitwise(void **state)
{
	(void)state;
	expect("三○八二點六億", "308260000000");
	assert_true(c.flags & ZP_CNUM_DIGITWISE);
	assert_false(c.flags & ZP_CNUM_SEQ);
	expect("三〇八二点六亿", "308260000000");
	expect("二八四億", "28400000000");
	assert_true(c.flags & ZP_CNUM_DIGITWISE);
	expect("二九六亿", "29600000000");
	expect("一兆二三四五億", "1234500000000");
	expect("三億二八○○萬", "328000000");
	expect("五○億", "5000000000");
	expect("二八點五", "28.5");
	assert_true(c.flags & ZP_CNUM_DIGITWISE);
	expect("三點五億", "350000000");
	expect("五十三點二", "53.2");
	/* Years and names stay digit runs without a value's reading. */
	expect("二○二三", "2023");
	assert_true(c.flags & ZP_CNUM_SEQ);
	assert_false(c.flags & ZP_CNUM_DIGITWISE);
	expect("一○五", "105");
	assert_true(c.flags & ZP_CNUM_SEQ);
	/* Two digits before a unit: three or four (ten) hundred million. */
	assert_non_null(parse("三四十億", NULL));
	assert_true(c.flags & ZP_CNUM_VAGUE);
	assert_non_null(parse("三四億", NULL));
	assert_true(c.flags & ZP_CNUM_VAGUE);
	assert_false(c.flags & ZP_CNUM_DIGITWISE);
	/* Two digits without a zero do not take a scale: 二八億 is no 28億. */
	expect_prefix("二八億", 6, "28");
	assert_false(c.flags & ZP_CNUM_DIGITWISE);
	/* After a scale, a run that ends at no smaller scale stops. */
	expect_prefix("一兆二三四五", 9, "1200000000000");
	expect_prefix("一億二三四五六萬", 9, "120000000");
	expect("二十三", "23");
	/* ○ between Arabic digits is a zero; 5○ alone is 5. */
	expect("2○23", "2023");
	expect("1〇5", "105");
	expect_prefix("5○", 1, "5");
}

static void
test_capitals(void **state)
{
	(void)state;
	expect("壹仟贰佰叁拾肆", "1234");
	expect("壹拾壹", "11");
	expect("玖仟陆佰陆拾伍", "9665");
	expect("陸萬", "60000");
	assert_true(c.flags & ZP_CNUM_CAPITAL);
}

/* The RELIABILITY.md domain cases: never a wrapped or rounded value. */
static void
test_overflow(void **state)
{
	char *s;
	size_t i;

	(void)state;
	expect("9999999999999999999999亿", "999999999999999999999900000000");
	expect("18446744073709551616", "18446744073709551616");
	expect("99999999999999999999.000000000000000000001",
	    "99999999999999999999.000000000000000000001");
	/* 10,000 digits: exact, and read in one pass. */
	s = malloc(10002);
	assert_non_null(s);
	s[0] = '7';
	for (i = 1; i < 10000; i++)
		s[i] = '0';
	s[10000] = '\0';
	assert_non_null(parse(s, NULL));
	assert_int_equal(b.len, 10000);
	assert_true(b.p[0] == '7' && b.p[9999] == '0');
	free(s);
}

static void
test_refusals(void **state)
{
	size_t used;

	(void)state;
	/* Scale words out of order are flagged: 3.5亿亿 is not an amount. */
	assert_non_null(parse("3.5亿亿", &used));
	assert_true(c.flags & ZP_CNUM_BADSCALE);
	assert_non_null(parse("2亿亿", &used));
	assert_true(c.flags & ZP_CNUM_BADSCALE);
	/* No numeral at all. */
	assert_null(parse("万", NULL));
	assert_null(parse("亿元", NULL));
	assert_null(parse("NaN", NULL));
	assert_null(parse("Infinity", NULL));
	assert_null(parse("abc", NULL));
	assert_null(parse("", NULL));
	/* A lone 万 after the numeral's own scale ends it. */
	expect_prefix("一万万万", 9, "100000000");
	/* 45.亿: the point without digits is taken as absent, and flagged. */
	expect("45.亿", "4500000000");
	assert_true(c.flags & ZP_CNUM_DANGLING);
}

static void
test_vague(void **state)
{
	(void)state;
	assert_non_null(parse("数十亿", NULL));
	assert_true(c.flags & ZP_CNUM_VAGUE);
	assert_non_null(parse("十几", NULL));
	assert_true(c.flags & ZP_CNUM_VAGUE);
	assert_non_null(parse("几百万", NULL));
	assert_true(c.flags & ZP_CNUM_VAGUE);
	assert_non_null(parse("二三十", NULL));
	assert_true(c.flags & ZP_CNUM_VAGUE);
	assert_non_null(parse("一两", NULL));
	assert_true(c.flags & ZP_CNUM_VAGUE);
	expect("40多亿", "4000000000");
	assert_true(c.flags & ZP_CNUM_MORE);
	expect("500余万", "5000000");
	assert_true(c.flags & ZP_CNUM_MORE);
	/* Spaced as some sources write it. */
	expect("二十 余 万", "200000");
	assert_true(c.flags & ZP_CNUM_MORE);
	expect_prefix("二十 余家", 6, "20");
	/* 倆, the colloquial 两. */
	expect("倆千零五", "2005");
	/* 数 without a unit after it is the verb or noun, not a numeral. */
	assert_null(parse("数据", NULL));
	assert_null(parse("几家", NULL));
}

static void
test_dec(void **state)
{
	struct zp_dec x = ZP_DEC_INIT, y = ZP_DEC_INIT;

	(void)state;
	assert_int_equal(zp_dec_parse(&x, "-2.98", 5), 0);
	zp_buf_clear(&b);
	zp_dec_format(&x, &b);
	assert_string_equal(b.p, "-2.98");
	assert_int_equal(zp_dec_parse(&y, "0.02", 4), 0);
	zp_dec_add(&x, &y);
	zp_buf_clear(&b);
	zp_dec_format(&x, &b);
	assert_string_equal(b.p, "-2.96");
	assert_int_equal(zp_dec_parse(&y, "3e2", 3), 0);
	zp_dec_add(&x, &y);
	zp_buf_clear(&b);
	zp_dec_format(&x, &b);
	assert_string_equal(b.p, "297.04");
	assert_true(zp_dec_cmp(&x, &y) < 0);
	/* 1/3 to 15 significant digits, 1/4 exactly. */
	zp_dec_set_u64(&y, 1);
	assert_false(zp_dec_div_u64(&x, &y, 3, 15));
	zp_buf_clear(&b);
	zp_dec_format(&x, &b);
	assert_string_equal(b.p, "0.333333333333333");
	assert_true(zp_dec_div_u64(&x, &y, 4, 15));
	zp_buf_clear(&b);
	zp_dec_format(&x, &b);
	assert_string_equal(b.p, "0.25");
	zp_dec_set_u64(&y, 2);
	assert_false(zp_dec_div_u64(&x, &y, 3, 6));
	zp_buf_clear(&b);
	zp_dec_format(&x, &b);
	assert_string_equal(b.p, "0.666667");
	/* Rejections. */
	assert_int_equal(zp_dec_parse(&x, "1.2.3", 5), -1);
	assert_int_equal(zp_dec_parse(&x, "", 0), -1);
	assert_int_equal(zp_dec_parse(&x, "-", 1), -1);
	assert_int_equal(zp_dec_parse(&x, "1e", 2), -1);
	zp_dec_free(&x);
	zp_dec_free(&y);
}

static char *
repeat(const char *unit, size_t times)
{
	size_t l = strlen(unit);
	char *s = malloc(l * times + 1);

	assert_non_null(s);
	for (size_t i = 0; i < times; i++)
		memcpy(s + i * l, unit, l);
	s[l * times] = '\0';
	return s;
}

/*
 * Pathological runs parse in one pass (the scanner relies on that for
 * linear time; no timing is measured here, a quadratic parser would just
 * make this test slow).
 */
static void
test_long_runs(void **state)
{
	char *s;
	size_t used;

	(void)state;
	s = repeat("一", 40000);
	assert_non_null(parse(s, &used));
	assert_int_equal(used, strlen(s));
	assert_true(c.flags & ZP_CNUM_SEQ);
	assert_int_equal(b.len, 40000);
	free(s);
	s = repeat("〇", 40000);
	assert_non_null(parse(s, &used));
	assert_string_equal(b.p, "0");
	free(s);
	s = repeat("万", 100000);
	assert_null(parse(s, NULL));
	free(s);
	s = repeat("一万", 50000);
	assert_non_null(parse(s, &used));
	assert_string_equal(b.p, "10000");
	assert_int_equal(used, strlen("一万"));
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arabic),
		cmocka_unit_test(test_scales),
		cmocka_unit_test(test_chinese),
		cmocka_unit_test(test_digitwise),
		cmocka_unit_test(test_capitals),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_refusals),
		cmocka_unit_test(test_vague),
		cmocka_unit_test(test_dec),
		cmocka_unit_test(test_long_runs),
	};
	int rc;

	cmocka_set_message_output(CM_OUTPUT_TAP);
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	zp_cnum_free(&c);
	zp_buf_free(&b);
	return rc;
}
