/*
 * table -- the columns and rows of a table view of records (to-csv and
 * to-xlsx): --fields parsing, inferred columns, --explode, number text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/table.h"
#include "zhpipe/xalloc.h"

const char zp_table_help[] =
    "  -f, --fields=LIST      columns, in order: comma-separated "
    "[NAME=]PATH,\n"
    "                         PATH a field or a dotted path into objects\n"
    "                         (default: the first record's scalar "
    "fields)\n"
    "  -e, --explode=FIELD    one row per element of array FIELD, with the\n"
    "                         parent's fields; element keys are FIELD.KEY\n"
    "      --keep-empty       write one row with empty element cells when "
    "the\n"
    "                         array is empty or missing (default: no row)\n"
    "      --facts            the facts view: one row per money or percent "
    "figure\n"
    "                         with a subject and a metric: columns "
    "subject,\n"
    "                         ticker, metric, period, value, min, max, "
    "unit,\n"
    "                         approx, change, basis, counterparty, holder,\n"
    "                         id, sent, text (the figure's), sentence (the\n"
    "                         record's text); not with --fields, --explode\n"
    "                         or --keep-empty\n";

int
zp_table_explode(struct zp_table *t, const char *field)
{
	if (*field == '\0')
		return -1;
	free(t->explode);
	t->explode = zp_xmemdup(field, strlen(field));
	t->explode_len = strlen(field);
	return 0;
}

static void
add_column(struct zp_table *t, const char *name, size_t namelen,
    const char *path, size_t pathlen)
{
	struct zp_table_col *c;

	t->cols = zp_xreallocarray(t->cols, t->ncols + 1, sizeof(*t->cols));
	c = &t->cols[t->ncols++];
	c->name = zp_xmemdup(name, namelen);
	c->in_element = false;
	if (t->explode != NULL && pathlen >= t->explode_len &&
	    memcmp(path, t->explode, t->explode_len) == 0 &&
	    (pathlen == t->explode_len || path[t->explode_len] == '.')) {
		c->in_element = true;
		path += t->explode_len;
		pathlen -= t->explode_len;
		if (pathlen > 0) {
			path++;
			pathlen--;
		}
	}
	c->path = zp_xmemdup(path, pathlen);
	c->pathlen = pathlen;
	t->vals = zp_xreallocarray(t->vals, t->ncols, sizeof(*t->vals));
}

int
zp_table_fields(struct zp_table *t, const char *list)
{
	const char *p = list, *end, *eq;

	/* Checked whole first, so that a bad list adds nothing. */
	for (;;) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		eq = memchr(p, '=', (size_t)(end - p));
		if (end == p || (eq != NULL && (eq == p || eq + 1 == end)))
			return -1;
		if (*end == '\0')
			break;
		p = end + 1;
	}
	for (p = list;; p = end + 1) {
		end = strchr(p, ',');
		if (end == NULL)
			end = p + strlen(p);
		eq = memchr(p, '=', (size_t)(end - p));
		if (eq != NULL)
			add_column(t, p, (size_t)(eq - p), eq + 1,
			    (size_t)(end - eq - 1));
		else
			add_column(
			    t, p, (size_t)(end - p), p, (size_t)(end - p));
		if (*end == '\0')
			break;
	}
	return 0;
}

/* Columns from the first record: its scalar fields, then the element's. */
static void
infer_columns(struct zp_table *t, struct zp_json *j, uint32_t elem)
{
	uint32_t k;
	size_t klen;
	const char *key;

	t->inferred = true;
	for (k = zp_json_first(j, 0); k != ZP_JSON_NONE;
	     k = zp_json_next(j, 0, k)) {
		enum zp_jtype ty = zp_json_type(j, k + 1);

		if (ty == ZP_JOBJECT || ty == ZP_JARRAY)
			continue;
		key = zp_json_str(j, k, &klen);
		add_column(t, key, klen, key, klen);
	}
	if (elem == ZP_JSON_NONE)
		return;
	if (zp_json_type(j, elem) != ZP_JOBJECT) {
		add_column(
		    t, t->explode, t->explode_len, t->explode, t->explode_len);
		return;
	}
	for (k = zp_json_first(j, elem); k != ZP_JSON_NONE;
	     k = zp_json_next(j, elem, k)) {
		enum zp_jtype ty = zp_json_type(j, k + 1);
		struct zp_buf name = ZP_BUF_INIT;

		if (ty == ZP_JOBJECT || ty == ZP_JARRAY)
			continue;
		key = zp_json_str(j, k, &klen);
		zp_buf_printf(&name, "%s.%.*s", t->explode, (int)klen, key);
		add_column(t, name.p, name.len, name.p, name.len);
		zp_buf_free(&name);
	}
}

/* Is key a column?  Records usually repeat the header's order: try pos. */
static bool
is_column(const struct zp_table *t, struct zp_json *j, uint32_t key, size_t pos)
{
	size_t i;

	if (pos < t->ncols && !t->cols[pos].in_element &&
	    zp_json_str_eq(j, key, t->cols[pos].path, t->cols[pos].pathlen))
		return true;
	for (i = 0; i < t->ncols; i++)
		if (!t->cols[i].in_element &&
		    zp_json_str_eq(j, key, t->cols[i].path, t->cols[i].pathlen))
			return true;
	return false;
}

/* With inferred columns, a scalar field the columns lack is dropped. */
static void
check_extra_fields(struct zp_table *t, struct zp_reader *r, struct zp_json *j)
{
	uint32_t k;
	size_t klen, pos = 0;
	const char *key;

	for (k = zp_json_first(j, 0); k != ZP_JSON_NONE;
	     k = zp_json_next(j, 0, k)) {
		enum zp_jtype ty = zp_json_type(j, k + 1);

		if (ty == ZP_JOBJECT || ty == ZP_JARRAY ||
		    is_column(t, j, k, pos++))
			continue;
		key = zp_json_str(j, k, &klen);
		zp_reader_warn(r,
		    "field \"%.*s\" is not in the header taken "
		    "from the first record; dropped (warned once)",
		    (int)klen, key);
		t->warned_extra = true;
		return;
	}
}

static void
one_row(struct zp_table *t, struct zp_json *j, uint32_t elem,
    zp_table_row_fn *row, void *ctx)
{
	size_t i;

	for (i = 0; i < t->ncols; i++) {
		const struct zp_table_col *c = &t->cols[i];

		if (!c->in_element)
			t->vals[i] = zp_json_path(j, 0, c->path);
		else if (elem == ZP_JSON_NONE)
			t->vals[i] = ZP_JSON_NONE;
		else if (c->pathlen == 0)
			t->vals[i] = elem;
		else
			t->vals[i] = zp_json_path(j, elem, c->path);
	}
	row(ctx, j, t);
}

/* The exploded array of j, or ZP_JSON_NONE when it is null or missing. */
static uint32_t
exploded(const struct zp_table *t, struct zp_json *j)
{
	uint32_t arr = zp_json_path(j, 0, t->explode);

	if (arr != ZP_JSON_NONE && zp_json_type(j, arr) == ZP_JNULL)
		return ZP_JSON_NONE;
	return arr;
}

int
zp_table_check(const struct zp_table *t, struct zp_json *j)
{
	uint32_t arr;

	if (t->explode == NULL)
		return 0;
	arr = exploded(t, j);
	return arr == ZP_JSON_NONE || zp_json_type(j, arr) == ZP_JARRAY ? 0 :
	                                                                  -1;
}

void
zp_table_rows(struct zp_table *t, struct zp_reader *r, struct zp_json *j,
    zp_table_row_fn *row, void *ctx)
{
	uint32_t arr = ZP_JSON_NONE, e = ZP_JSON_NONE;

	if (t->explode != NULL) {
		arr = exploded(t, j);
		if (arr != ZP_JSON_NONE)
			e = zp_json_first(j, arr);
		if (e == ZP_JSON_NONE && !t->keep_empty)
			return;
	}
	if (t->ncols == 0 && !t->inferred)
		infer_columns(t, j, e);
	else if (t->inferred && !t->warned_extra)
		check_extra_fields(t, r, j);
	if (e == ZP_JSON_NONE) {
		one_row(t, j, ZP_JSON_NONE, row, ctx);
		return;
	}
	for (; e != ZP_JSON_NONE; e = zp_json_next(j, arr, e))
		if (t->view == NULL || zp_view_keep(t->view, j, e))
			one_row(t, j, e, row, ctx);
}

int
zp_table_setup(
    struct zp_table *t, const char *fields, char *why, size_t whysize)
{
	if (t->view != NULL) {
		if (fields != NULL || t->explode != NULL || t->keep_empty) {
			snprintf(why, whysize,
			    "--%s sets the columns and rows: not with "
			    "--fields, --explode or --keep-empty",
			    t->view->name);
			return -1;
		}
		fields = t->view->fields;
		if (zp_table_explode(t, t->view->explode) < 0)
			return -1;
	}
	if (fields != NULL && zp_table_fields(t, fields) < 0) {
		snprintf(why, whysize, "invalid --fields: '%s'", fields);
		return -1;
	}
	return 0;
}

/*
 * A real as written is already its shortest round-trip form when it has
 * at most 15 significant digits, no exponent and no trailing zero.
 */
static bool
real_is_shortest(const char *s, size_t n)
{
	size_t i, digits = 0;
	bool lead = true;

	if (n == 0 || s[n - 1] == '0')
		return false;
	for (i = 0; i < n; i++) {
		if (s[i] == 'e' || s[i] == 'E')
			return false;
		if (s[i] >= '0' && s[i] <= '9') {
			if (lead && s[i] == '0')
				continue;
			lead = false;
			digits++;
		}
	}
	return digits <= 15;
}

const char *
zp_table_number(
    struct zp_json *j, uint32_t v, char *tmp, size_t size, size_t *n)
{
	const char *s = zp_json_raw(j, v, n);
	char *copy;

	if ((zp_json_tok(j, v)->flags & ZP_JF_INT) || real_is_shortest(s, *n))
		return s;
	copy = zp_xmemdup(s, *n);
	*n = (size_t)zp_format_double(tmp, size, strtod(copy, NULL));
	free(copy);
	return tmp;
}

enum zp_cell
zp_table_cell(struct zp_json *j, uint32_t v, struct zp_buf *scratch, char *tmp,
    size_t size, const char **s, size_t *n)
{
	if (v == ZP_JSON_NONE)
		return ZP_CELL_EMPTY;
	switch (zp_json_type(j, v)) {
	case ZP_JNULL:
		return ZP_CELL_EMPTY;
	case ZP_JSTRING:
		*s = zp_json_str(j, v, n);
		return ZP_CELL_TEXT;
	case ZP_JNUMBER:
		*s = zp_table_number(j, v, tmp, size, n);
		return ZP_CELL_NUMBER;
	case ZP_JTRUE:
		return ZP_CELL_TRUE;
	case ZP_JFALSE:
		return ZP_CELL_FALSE;
	default:
		zp_buf_clear(scratch);
		zp_json_compact(j, v, scratch);
		*s = scratch->p;
		*n = scratch->len;
		return ZP_CELL_TEXT;
	}
}

size_t
zp_sig_digits(const char *s, size_t n)
{
	size_t i, first = 0, last = 0, count = 0;
	bool seen = false;

	/* Digits are numbered from 1 in order; the span of nonzero ones. */
	for (i = 0; i < n && s[i] != 'e' && s[i] != 'E'; i++) {
		if (s[i] < '0' || s[i] > '9')
			continue;
		count++;
		if (s[i] != '0') {
			if (!seen)
				first = count;
			seen = true;
			last = count;
		}
	}
	return seen ? last - first + 1 : 0;
}

void
zp_table_free(struct zp_table *t)
{
	size_t i;

	for (i = 0; i < t->ncols; i++) {
		free(t->cols[i].name);
		free(t->cols[i].path);
	}
	free(t->cols);
	free(t->vals);
	free(t->explode);
	*t = (struct zp_table)ZP_TABLE_INIT;
}
