/*
 * ent_test -- what the unit tests of the entity families share: an
 * extractor over an empty gazetteer, built and freed around each group, so
 * that a family's functions run alone on a text the test writes, and the
 * check that a text has (or has not) one entity.
 */
#ifndef ZHPIPE_ENT_TEST_H
#define ZHPIPE_ENT_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/entities.h"
#include "zhpipe/gazetteer.h"

#include "../../src/lib/ent_internal.h"

static struct zp_gazetteer *gaz;
static struct zp_entities *x;

static inline int
setup(void **state)
{
	(void)state;
	gaz = zp_gaz_new();
	zp_gaz_compile(gaz);
	x = zp_ent_new(gaz);
	return 0;
}

static inline int
teardown(void **state)
{
	(void)state;
	zp_ent_free(x);
	zp_gaz_free(gaz);
	return 0;
}

/*
 * Fails unless the text, a document of its own, has an entity of type t
 * whose surface is want (or none of that surface and type when want_it is
 * false).
 */
static inline void
expect_ent(const char *s, const char *want, enum zp_etype t, bool want_it)
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

#endif
