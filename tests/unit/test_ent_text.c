/*
 * test_ent_text -- the text the entity passes read, alone: decoding into
 * code points, byte offsets and the TX_* flags that gate passes, and the
 * owner map of spans (add, kill, clear) with the store of ids.  Texts are
 * written for these tests.
 */
#include "ent_test.h"

static void
test_decode(void **state)
{
	const char *s = "A股、(驻华𠀀)";

	(void)state;
	ent_decode(x, s, strlen(s));
	assert_int_equal(x->n, 8);
	assert_int_equal(x->c[0], 'A');
	assert_int_equal(x->c[1], 0x80A1); /* 股 */
	assert_int_equal(x->c[6], 0x20000);
	/* Byte offsets: ASCII 1, CJK 3, outside the BMP 4. */
	assert_int_equal(x->boff[1], 1);
	assert_int_equal(x->boff[2], 4);
	assert_int_equal(x->boff[6], 14);
	assert_int_equal(x->boff[7], 18); /* after the 4 bytes of 𠀀 */
	assert_int_equal(x->boff[8], strlen(s));
	assert_int_equal(
	    x->seen, TX_ALPHA | TX_ALNUM | TX_DUN | TX_OPEN | TX_ZHU);
	for (size_t i = 0; i < x->n; i++)
		assert_int_equal(x->owner[i], -1);
	/*
	 * No names are loaded, so no character is a given-name one but 𠀀:
	 * outside the BMP every flag is set.  The pads after the text stop
	 * next_fl whatever it looks for.
	 */
	assert_int_equal(next_fl(x, 0, CL_GIVEN0), 6);
	assert_int_equal(next_fl(x, 7, CL_GIVEN0), x->n);
	/* Plain Han text sets no flag: the gated passes skip it. */
	ent_decode(x, "中文", strlen("中文"));
	assert_int_equal(x->seen, 0);
	assert_int_equal(x->n, 2);
}

static void
test_owner_map(void **state)
{
	const char *s = "甲乙丙丁戊";
	int32_t a, b;

	(void)state;
	ent_decode(x, s, strlen(s));
	a = ent_add(
	    x, 0, 2, ZP_ET_ORG, SRC_RULE, NONE, ent_put_surface(x, 0, 2));
	b = ent_add(x, 3, 5, ZP_ET_LOC, SRC_RULE, NONE, NONE);
	assert_int_equal(ends_at(x, 2), a);
	assert_int_equal(ends_at(x, 1), -1); /* inside a, not its end */
	assert_int_equal(ends_at(x, 5), b);
	assert_true(span_free(x, 2, 3));
	assert_false(span_free(x, 1, 3));
	assert_string_equal(ent_id(x, &x->ent[a]), "甲乙");
	assert_string_equal(ent_id(x, &x->ent[b]), ""); /* no id, no entry */
	/* Clearing a span kills every entity that overlaps it. */
	ent_clear_span(x, 1, 2);
	assert_true(x->ent[a].dead);
	assert_false(x->ent[b].dead);
	assert_true(span_free(x, 0, 3));
	ent_kill(x, b);
	assert_true(span_free(x, 0, 5));
	/* A new text starts with no entities. */
	ent_decode(x, s, strlen(s));
	assert_int_equal(x->nent, 0);
}

static void
test_put_id(void **state)
{
	uint32_t a, b, c;

	(void)state;
	ent_decode(x, "x", 1);
	a = ent_put_id(x, "Intel", 5);
	/* An id copied from the store itself, which may move as it grows. */
	b = ent_put_id(x, x->ids.p + a, 3);
	for (int k = 0; k < 100; k++)
		c = ent_put_id(x, x->ids.p + a, 5);
	assert_string_equal(x->ids.p + a, "Intel");
	assert_string_equal(x->ids.p + b, "Int");
	assert_string_equal(x->ids.p + c, "Intel");
}

/*
 * MARK_SUF holds the positions where a suffix or a team word starts, and
 * ent_suffix_at and x->sufat find there what the suffix gazetteer and the
 * list of team words find (from a table of the same words); plain words
 * get no mark.
 */
static void
test_suffix_marks(void **state)
{
	const char *s = "某某科技股份有限公司与县委、男篮代表队、外事处。"
	                "他说的话很好听,我们去吃饭吧部";
	size_t marked = 0;

	(void)state;
	ent_decode(x, s, strlen(s));
	for (size_t i = 0; i < x->n; i++) {
		uint32_t e;
		size_t l, gl = zp_gaz_longest(x->suf, x->c + i, x->n - i, &e);
		const struct suffix *sf = ent_suffix_at(x, i, &l);

		size_t tl = wl_at(&x->teams, x->c, x->n, i);

		assert_int_equal(has_mark(x, MARK_SUF, i), gl > 0 || tl > 0);
		assert_int_equal(SUFAT_TEAM(suf_code_at(x, i)), tl);
		marked += has_mark(x, MARK_SUF, i);
		/* Sections and parties (外事处's 处) are the suffix pass's. */
		if (sf != NULL) {
			assert_int_equal(l, gl);
			assert_string_equal(sf->w, zp_gaz_entry(x->suf, e)->id);
		} else {
			assert_int_equal(l, 0);
		}
	}
	/* 科技 股份 有限公司 公司 县委 委 男篮 代表队 外事处 处 部... */
	assert_true(marked >= 10);
	/* 他说的话很好听: none of these starts a word of the tables. */
	for (size_t i = 24; i < 31; i++)
		assert_false(has_mark(x, MARK_SUF, i));
	/* 部 ends the text, marked; the walk of the marks stops at n. */
	assert_int_equal(next_mark(x, MARK_SUF, x->n - 1), x->n - 1);
	assert_int_equal(next_mark(x, MARK_SUF, x->n), x->n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_owner_map),
		cmocka_unit_test(test_put_id),
		cmocka_unit_test(test_suffix_marks),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
