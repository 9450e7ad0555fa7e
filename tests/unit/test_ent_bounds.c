/*
 * test_ent_bounds -- the name boundaries alone: generic words, the core of
 * a name once its generic tail is gone, and the left edge of a name (stop
 * characters, the longest name, places taken in).  Texts are written for
 * these tests; spans are code points.
 */
#include "ent_test.h"

/* Makes s the current text of x, with no entities yet. */
static void
text(const char *s)
{
	ent_decode(x, s, strlen(s));
}

static void
test_generic(void **state)
{
	(void)state;
	text("科技开发");
	assert_true(ent_all_generic(x, 0, 4));
	assert_int_equal(ent_generic_tail(x, 0, 4), 2); /* 开发 */
	text("腾讯科技");
	assert_false(ent_all_generic(x, 0, 4));
	assert_int_equal(ent_generic_tail(x, 0, 4), 2); /* 科技 */
	assert_int_equal(ent_generic_tail(x, 0, 2), 0);
	/* The tail stays within [a, b). */
	assert_int_equal(ent_generic_tail(x, 3, 4), 0);
}

static void
test_named_core(void **state)
{
	(void)state;
	text("复兴开发");
	assert_true(ent_named_core(x, 0, 4)); /* 复兴 */
	text("昌河飞机制造");
	assert_true(ent_named_core(x, 0, 6)); /* 昌河飞机 */
	text("科技开发");
	assert_false(ent_named_core(x, 0, 4)); /* nothing left */
	text("华开发");
	assert_false(ent_named_core(x, 0, 3)); /* one character */
}

static void
test_left_edge_stops(void **state)
{
	int32_t ab;

	(void)state;
	/* A stop character ends the name: 的 | 腾讯科技. */
	text("他的腾讯科技");
	assert_int_equal(ent_left_edge(x, 4, 6, &ab, false), 2);
	assert_int_equal(ab, -1);
	/* At most max characters back. */
	text("的甲乙丙丁戊己庚科技");
	assert_int_equal(ent_left_edge(x, 8, 6, &ab, false), 2);
	assert_int_equal(ent_left_edge(x, 8, 3, &ab, false), 5);
	/* Latin letters are no part of a Chinese name here. */
	text("AB腾讯科技");
	assert_int_equal(ent_left_edge(x, 4, 6, &ab, false), 2);
	/* A list item's last character may be a stop character: 正为、. */
	text("、扬州正为、");
	assert_int_equal(ent_left_edge(x, 5, 8, &ab, true), 1);
	assert_int_equal(ent_left_edge(x, 5, 8, &ab, false), 5);
}

static void
test_left_edge_places(void **state)
{
	int32_t ab, loc, city;

	(void)state;
	/* A place before the name is taken in: 无锡市 + 腾讯科技. */
	text("的无锡市腾讯科技");
	loc = ent_add(x, 1, 4, ZP_ET_LOC, SRC_RULE, NONE, NONE);
	assert_int_equal(ent_left_edge(x, 6, 6, &ab, false), 1);
	assert_int_equal(ab, loc);
	/* A place within a place: 湖南省 + 长沙市 + 腾讯科技. */
	text("的湖南省长沙市腾讯科技");
	ent_add(x, 1, 4, ZP_ET_LOC, SRC_RULE, NONE, NONE);
	city = ent_add(x, 4, 7, ZP_ET_LOC, SRC_RULE, NONE, NONE);
	assert_int_equal(ent_left_edge(x, 9, 6, &ab, false), 1);
	assert_int_equal(ab, 0); /* the outer place, entity 0 */
	assert_true(ab != city);
	/* A person is no part of an organization's name. */
	text("的王伟腾讯科技");
	ent_add(x, 1, 3, ZP_ET_PER, SRC_RULE, NONE, NONE);
	assert_int_equal(ent_left_edge(x, 5, 6, &ab, false), 3);
	assert_int_equal(ab, -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_generic),
		cmocka_unit_test(test_named_core),
		cmocka_unit_test(test_left_edge_stops),
		cmocka_unit_test(test_left_edge_places),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
