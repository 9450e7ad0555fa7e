/*
 * view -- preset selections of rows and columns for the table writers
 * (to-csv --facts): which array to explode, the columns in --fields
 * syntax, and the tests an element must pass to become a row.
 */
#ifndef ZHPIPE_VIEW_H
#define ZHPIPE_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "zhpipe/json.h"

enum zp_view_test {
	ZP_VIEW_ONE_OF,  /* a string equal to one of values */
	ZP_VIEW_NONEMPTY /* a string of at least one character */
};

struct zp_view_cond {
	const char *path; /* dotted, relative to the exploded element */
	enum zp_view_test test;
	const char *const *values; /* NULL-terminated, for ZP_VIEW_ONE_OF */
};

struct zp_view {
	const char *name;    /* "facts": the option --facts */
	const char *explode; /* the array whose elements are the rows */
	const char *fields;  /* the columns, as --fields takes them */
	const struct zp_view_cond *keep; /* all must hold; ends at path NULL */
};

/* The view called name, or NULL. */
const struct zp_view *zp_view_find(const char *name);

/*
 * True when element elem (a token of record j) passes every test of v.
 * An element that is not an object passes none.
 */
bool zp_view_keep(const struct zp_view *v, struct zp_json *j, uint32_t elem);

#endif
