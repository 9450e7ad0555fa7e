/*
 * test_ent_wordlist -- the word-list matcher of the entity rules alone:
 * the longest word at a position and ending before one, the text's end
 * as a limit, and characters outside the BMP.  Words and texts are
 * written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/utf8.h"
#include "../../src/lib/ent_internal.h"

/* The code points of s into c (room for 64); returns how many. */
static size_t
cps(const char *s, uint32_t *c)
{
	size_t n = 0, i = 0, len = strlen(s), l;

	while (i < len && n < 64) {
		c[n++] = (uint32_t)zp_utf8_decode(s + i, len - i, &l);
		i += l;
	}
	return n;
}

static const char *const forms[] = {
	"公司", "有限公司", "股份有限公司", "集团",
	"𠀀𠀁", /* outside the BMP: no quick test can rule it out */
};

static void
test_wl_at_longest(void **state)
{
	static struct zp_wordlist wl; /* large: not on the stack */
	uint32_t c[64];
	size_t n = cps("中信股份有限公司集团", c);

	(void)state;
	zp_wl_add_all(&wl, forms, NELEM(forms));
	assert_int_equal(n, 10);
	assert_int_equal(wl_at(&wl, c, n, 0), 0);  /* 中 starts no word */
	assert_int_equal(wl_at(&wl, c, n, 2), 6);  /* 股份有限公司 */
	assert_int_equal(wl_at(&wl, c, n, 4), 4);  /* 有限公司 */
	assert_int_equal(wl_at(&wl, c, n, 6), 2);  /* 公司 */
	assert_int_equal(wl_at(&wl, c, n, 8), 2);  /* 集团 */
	assert_int_equal(wl_at(&wl, c, n, 10), 0); /* the end */
	/* n is the limit: 有限公司 does not fit in 7 code points. */
	assert_int_equal(wl_at(&wl, c, 7, 4), 0);
	assert_int_equal(wl_at(&wl, c, 8, 2), 6);
	zp_wl_free(&wl);
}

static void
test_wl_before_longest(void **state)
{
	static struct zp_wordlist wl;
	uint32_t c[64];
	size_t n = cps("中信股份有限公司集团", c);

	(void)state;
	zp_wl_add_all(&wl, forms, NELEM(forms));
	assert_int_equal(wl_before(&wl, c, 8), 6); /* 股份有限公司 */
	assert_int_equal(wl_before(&wl, c, n), 2); /* 集团 */
	assert_int_equal(wl_before(&wl, c, 7), 0); /* 有限公 is no word */
	assert_int_equal(wl_before(&wl, c, 0), 0);
	/* A word longer than the text before i does not match. */
	n = cps("有限公司", c);
	assert_int_equal(wl_before(&wl, c, n), 4);
	zp_wl_free(&wl);
}

static void
test_wl_outside_bmp(void **state)
{
	static struct zp_wordlist wl;
	uint32_t c[64];
	size_t n = cps("甲𠀀𠀁乙𠀀", c);

	(void)state;
	zp_wl_add_all(&wl, forms, NELEM(forms));
	assert_int_equal(n, 5);
	assert_int_equal(wl_at(&wl, c, n, 1), 2);
	assert_int_equal(wl_before(&wl, c, 3), 2);
	assert_int_equal(wl_at(&wl, c, n, 4), 0); /* 𠀀 alone */
	zp_wl_free(&wl);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wl_at_longest),
		cmocka_unit_test(test_wl_before_longest),
		cmocka_unit_test(test_wl_outside_bmp),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
