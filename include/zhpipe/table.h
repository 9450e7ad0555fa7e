/*
 * table -- the rows of a table view of JSON Lines records, shared by to-csv
 * and to-xlsx: the columns (--fields, or the first record's scalar fields),
 * one row per record or per element of an --explode array, and the text of
 * a number cell.  Writing the cells is the caller's.
 */
#ifndef ZHPIPE_TABLE_H
#define ZHPIPE_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhpipe/cli.h"
#include "zhpipe/json.h"
#include "zhpipe/record.h"
#include "zhpipe/view.h"

/* The options of a table view, the same in to-csv and to-xlsx. */
enum {
	ZP_OPT_FIELDS = ZP_OPT_FIRST_TOOL,
	ZP_OPT_EXPLODE,
	ZP_OPT_KEEP_EMPTY,
	ZP_OPT_FACTS,
	ZP_OPT_FIRST_TABLE_TOOL /* the tool's own options from here */
};

#define ZP_TABLE_LONGOPTS \
	{ "fields", required_argument, NULL, ZP_OPT_FIELDS }, \
	    { "explode", required_argument, NULL, ZP_OPT_EXPLODE }, \
	    { "keep-empty", no_argument, NULL, ZP_OPT_KEEP_EMPTY }, \
	{ \
		"facts", no_argument, NULL, ZP_OPT_FACTS \
	}
/* Their lines for --help (-f, -e are their short forms). */
extern const char zp_table_help[];

struct zp_table_col {
	char *name; /* header text */
	char *path; /* dotted path in the record or the element */
	size_t pathlen;
	bool in_element; /* path is relative to the exploded element */
};

struct zp_table {
	struct zp_table_col *cols;
	size_t ncols;
	char *explode; /* the exploded array's field, or NULL */
	size_t explode_len;
	bool keep_empty; /* a row with empty element cells for no element */
	const struct zp_view *view; /* a preset (--facts): columns, rows */
	bool inferred;              /* columns came from the first record */
	bool warned_extra;          /* a dropped field was reported */
	uint32_t *vals; /* the current row's values, ncols of them */
};

#define ZP_TABLE_INIT \
	{ \
		0 \
	}

/*
 * Explodes field (copied); call before zp_table_fields.  Returns -1 when
 * field is empty.
 */
int zp_table_explode(struct zp_table *t, const char *field);

/*
 * Adds the columns of a --fields list: comma-separated [NAME=]PATH.  Returns
 * 0, or -1 when the list is malformed (nothing is added then).
 */
int zp_table_fields(struct zp_table *t, const char *list);

/*
 * Settles the columns once the options are read: a view's (which takes no
 * --fields, --explode or --keep-empty), else the --fields list (NULL: the
 * first record's).  Returns 0, or -1 with the reason in why.
 */
int zp_table_setup(
    struct zp_table *t, const char *fields, char *why, size_t whysize);
/*
 * Called once per row of a record: t->vals[i] is the value of column i in
 * the record j (ZP_JSON_NONE when it has none).
 */
typedef void zp_table_row_fn(void *ctx, struct zp_json *j, struct zp_table *t);

/*
 * Checks that record j can give rows: returns 0, or -1 when the exploded
 * field is neither an array, null nor missing (the caller rejects the
 * record, naming t->explode).
 */
int zp_table_check(const struct zp_table *t, struct zp_json *j);

/*
 * The rows of record j (checked with zp_table_check first), each handed to
 * row(ctx, j, t).  Without --fields the first record that gives a row fixes
 * the columns; a later record's scalar field the columns lack is reported
 * once through r.
 */
void zp_table_rows(struct zp_table *t, struct zp_reader *r, struct zp_json *j,
    zp_table_row_fn *row, void *ctx);

/*
 * The text of the number j[v] as a cell shows it: integers digit for digit,
 * reals in their shortest round-trip form.  Returns a pointer into the
 * record or into tmp (at least 40 bytes), with the length in *n.
 */
const char *zp_table_number(
    struct zp_json *j, uint32_t v, char *tmp, size_t size, size_t *n);

/* What a value is as a cell. */
enum zp_cell {
	ZP_CELL_EMPTY, /* missing or null */
	ZP_CELL_TEXT,  /* a string, or a nested value as compact JSON */
	ZP_CELL_NUMBER,
	ZP_CELL_TRUE,
	ZP_CELL_FALSE
};

/*
 * The cell of value v of record j (ZP_JSON_NONE for a missing one), with
 * its text in *s, *n for TEXT and NUMBER: a string decoded, a number as
 * zp_table_number gives it, a nested value compact JSON in scratch.  *s is
 * valid until scratch, tmp (at least 40 bytes) or the record change.
 */
enum zp_cell zp_table_cell(struct zp_json *j, uint32_t v,
    struct zp_buf *scratch, char *tmp, size_t size, const char **s, size_t *n);

/*
 * The significant digits of the number text s[0..n): its digits without
 * leading zeros, nor trailing zeros of the integer part or the fraction
 * (2800000000000 has 2, 0.0150 has 2).  The exponent is not counted.
 */
size_t zp_sig_digits(const char *s, size_t n);

void zp_table_free(struct zp_table *t);

#endif
