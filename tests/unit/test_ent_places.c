/*
 * test_ent_places -- places found by rule over an empty gazetteer: towns,
 * townships and villages by their unit, and what is no place (a kind of
 * village, a word made with the unit).  The places are fictional.
 */
#include "ent_test.h"

/* Fails unless the text has an entity of type t whose surface is want
 * (or none of that surface and type when want_it is false). */
static void
expect(const char *s, const char *want, enum zp_etype t, bool want_it)
{
	const struct zp_entity *e;
	size_t n;
	bool got = false;

	zp_ent_new_doc(x);
	n = zp_ent_extract(x, s, strlen(s), &e);
	for (size_t k = 0; k < n; k++)
		if (e[k].type == t && e[k].bend - e[k].bstart == strlen(want) &&
		    memcmp(s + e[k].bstart, want, strlen(want)) == 0)
			got = true;
	if (got != want_it)
		fail_msg("%s: %s%s", s, want_it ? "no " : "unwanted ", want);
}

static void
test_villages(void **state)
{
	(void)state;
	expect("他回到了青禾镇。", "青禾镇", ZP_ET_LOC, true);
	expect("记者来到柳塘乡采访。", "柳塘乡", ZP_ET_LOC, true);
	expect("在白杏村，农民种起了苹果。", "白杏村", ZP_ET_LOC, true);
	/* A larger unit before it ends the name: 该县 is no part of it. */
	expect("该县青禾镇建起了市场。", "青禾镇", ZP_ET_LOC, true);
	expect("该县青禾镇建起了市场。", "县青禾镇", ZP_ET_LOC, false);
	/* Kinds of villages and words made with the unit. */
	expect("这个贫困村通了电。", "贫困村", ZP_ET_LOC, false);
	expect("全县有十个行政村。", "行政村", ZP_ET_LOC, false);
	expect("发展农村经济和城镇建设。", "发展农村", ZP_ET_LOC, false);
	expect("大量青年离开家乡外出。", "离开家乡", ZP_ET_LOC, false);
	expect("青禾村村民说。", "青禾村", ZP_ET_LOC, true);
	expect("这里的乡镇企业很多。", "这里的乡", ZP_ET_LOC, false);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_villages),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
