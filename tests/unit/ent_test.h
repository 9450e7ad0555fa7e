/*
 * ent_test -- what the unit tests of the entity families share: an
 * extractor over an empty gazetteer, built and freed around each group, so
 * that a family's functions run alone on a text the test writes.
 */
#ifndef ZHPIPE_ENT_TEST_H
#define ZHPIPE_ENT_TEST_H

#include <setjmp.h>
#include <stdarg.h>
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

#endif
