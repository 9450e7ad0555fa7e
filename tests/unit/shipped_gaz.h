/*
 * shipped_gaz -- the shipped gazetteer (data/gazetteer, or $ZHPIPE_DATA's)
 * for the unit tests that check names against the real lists: loaded and
 * compiled once per group by the test's setup, freed by its teardown.
 */
#ifndef ZHPIPE_SHIPPED_GAZ_H
#define ZHPIPE_SHIPPED_GAZ_H

#include <stdio.h>
#include <stdlib.h>

#include "zhpipe/gazetteer.h"

static struct zp_gazetteer *shipped; /* data/gazetteer */

/* 0, or -1 when the lists cannot be read. */
static inline int
shipped_load(void)
{
	char err[256], dir[1024];
	const char *env = getenv("ZHPIPE_DATA");

	shipped = zp_gaz_new();
	snprintf(dir, sizeof(dir), "%s/gazetteer", env != NULL ? env : "data");
	if (zp_gaz_load_dir(shipped, dir, err, sizeof(err)) < 0)
		return -1;
	zp_gaz_compile(shipped);
	return 0;
}

static inline void
shipped_free(void)
{
	zp_gaz_free(shipped);
	shipped = NULL;
}

#endif
