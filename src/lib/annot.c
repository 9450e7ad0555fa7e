/*
 * annot -- the document's entities and figures handed to its sentences,
 * so that the extractors can read whole documents and the rows stay
 * sentence rows (DESIGN.md: segment).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/annot.h"
#include "zhpipe/buf.h"
#include "zhpipe/xalloc.h"

void
zp_annot_free(struct zp_annot *an)
{
	size_t i;

	for (i = 0; i < ZP_ANNOT_NARRAYS; i++)
		free(an->a[i].at);
	free(an->e);
	free(an->order);
	free(an->depth);
}

/* Counts an element without a usable span; the first one is described. */
static void __attribute__((format(printf, 4, 5))) bad(struct zp_annot *an,
    const struct zp_annot_array *a, size_t idx, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (an->nbad++ > 0)
		return;
	n = snprintf(an->why, sizeof(an->why), "%s[%zu]: ", a->key, idx);
	if (n < 0 || (size_t)n >= sizeof(an->why))
		return;
	va_start(ap, fmt);
	vsnprintf(an->why + n, sizeof(an->why) - (size_t)n, fmt, ap);
	va_end(ap);
}

/* Checks element e (the idx-th of a) against a text of ncp code points. */
static void
check(struct zp_annot *an, struct zp_json *j, const struct zp_annot_array *a,
    size_t idx, struct zp_annot_elem *e, size_t ncp)
{
	e->ok = false;
	e->sent = 0;
	e->stok = e->etok = ZP_JSON_NONE;
	if (zp_json_type(j, e->tok) != ZP_JOBJECT) {
		bad(an, a, idx, "not an object");
		return;
	}
	e->stok = zp_json_get(j, e->tok, "start");
	e->etok = zp_json_get(j, e->tok, "end");
	if (!zp_json_index(j, e->stok, &e->start))
		bad(an, a, idx,
		    "\"start\" is missing or not a non-negative integer");
	else if (!zp_json_index(j, e->etok, &e->end))
		bad(an, a, idx,
		    "\"end\" is missing or not a non-negative integer");
	else if (e->start > e->end)
		bad(an, a, idx, "\"start\" %zu is after \"end\" %zu", e->start,
		    e->end);
	else if (e->end > ncp)
		bad(an, a, idx,
		    "\"end\" %zu is past the text's %zu code points", e->end,
		    ncp);
	else
		e->ok = true;
}

bool
zp_annot_read(struct zp_annot *an, struct zp_json *j, size_t ncp)
{
	bool any = false;
	size_t i;
	uint32_t t;

	an->ne = 0;
	an->nbad = 0;
	an->why[0] = '\0';
	for (i = 0; i < ZP_ANNOT_NARRAYS; i++) {
		struct zp_annot_array *a = &an->a[i];

		a->first = an->ne;
		a->n = 0;
		a->arr = zp_json_get(j, 0, a->key);
		if (a->arr != ZP_JSON_NONE &&
		    zp_json_type(j, a->arr) != ZP_JARRAY)
			a->arr = ZP_JSON_NONE;
		if (a->arr == ZP_JSON_NONE)
			continue;
		any = true;
		for (t = zp_json_first(j, a->arr); t != ZP_JSON_NONE;
		     t = zp_json_next(j, a->arr, t)) {
			if (an->ne == an->ecap) {
				an->ecap = an->ecap ? an->ecap * 2 : 64;
				an->e = zp_xreallocarray(
				    an->e, an->ecap, sizeof(*an->e));
			}
			an->e[an->ne].tok = t;
			check(an, j, a, a->n, &an->e[an->ne], ncp);
			an->ne++;
			a->n++;
		}
	}
	return any;
}

/* The last sentence starting at or before a; n when none does. */
static size_t
sent_at(const struct zp_sent *v, size_t n, size_t a)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].cstart <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? n : lo - 1;
}

/* The first sentence ending at or after b; n when none does. */
static size_t
sent_until(const struct zp_sent *v, size_t n, size_t b)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (v[mid].cend < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The index of element e within its array, for messages. */
static const struct zp_annot_array *
array_of(const struct zp_annot *an, size_t e, size_t *idx)
{
	size_t i;

	for (i = ZP_ANNOT_NARRAYS - 1; i > 0; i--)
		if (an->a[i].arr != ZP_JSON_NONE && e >= an->a[i].first)
			break;
	*idx = e - an->a[i].first;
	return &an->a[i];
}

/*
 * Drops each sentence boundary that a usable span crosses (or, for a span
 * in the white space between two sentences, lies in): such a boundary
 * would cut the element.  A span in white space before the first or after
 * the last sentence fits none and is no longer usable.
 */
static void
join_crossed(struct zp_annot *an, struct zp_sentsplit *ss)
{
	size_t i, k, w, n = ss->n;
	long open = 0;

	if (n + 1 > an->depcap) {
		an->depcap = n + 1;
		an->depth =
		    zp_xreallocarray(an->depth, an->depcap, sizeof(long));
	}
	memset(an->depth, 0, (n + 1) * sizeof(long));
	for (i = 0; i < an->ne; i++) {
		struct zp_annot_elem *e = &an->e[i];
		size_t ka, kb, idx;
		const struct zp_annot_array *a;

		if (!e->ok)
			continue;
		ka = sent_at(ss->v, n, e->start);
		kb = sent_until(ss->v, n, e->end);
		if (ka == n || kb == n) {
			e->ok = false;
			a = array_of(an, i, &idx);
			bad(an, a, idx,
			    "span %zu-%zu lies in white space outside every "
			    "sentence",
			    e->start, e->end);
			continue;
		}
		if (kb > ka) {
			an->depth[ka]++;
			an->depth[kb]--;
		}
	}
	/* depth[] held +1/-1 at the ends; its running sum is how many spans
	 * cross the boundary after sentence k. */
	for (k = 0, w = 0; k < n; k++) {
		if (w > 0 && open > 0) {
			ss->v[w - 1].end = ss->v[k].end;
			ss->v[w - 1].cend = ss->v[k].cend;
		} else {
			ss->v[w++] = ss->v[k];
		}
		open += an->depth[k];
	}
	ss->n = w;
}

void
zp_annot_place(struct zp_annot *an, struct zp_sentsplit *ss)
{
	size_t i, k, n;

	if (ss->n > 0)
		join_crossed(an, ss);
	n = ss->n;
	for (i = 0; i < an->ne; i++) {
		struct zp_annot_elem *e = &an->e[i];

		if (!e->ok)
			continue;
		k = sent_at(ss->v, n, e->start);
		/* After the join every usable span fits its sentence. */
		e->sent = k;
	}
	if (an->ne > an->ordcap) {
		an->ordcap = an->ne;
		an->order =
		    zp_xreallocarray(an->order, an->ordcap, sizeof(size_t));
	}
	/* A counting sort by sentence keeps the input order within one. */
	for (i = 0; i < ZP_ANNOT_NARRAYS; i++) {
		struct zp_annot_array *a = &an->a[i];
		size_t x, sum;

		if (a->arr == ZP_JSON_NONE)
			continue;
		a->at = zp_xreallocarray(a->at, n + 1, sizeof(size_t));
		memset(a->at, 0, (n + 1) * sizeof(size_t));
		for (x = a->first; x < a->first + a->n; x++)
			if (an->e[x].sent < n)
				a->at[an->e[x].sent + 1]++;
		for (k = 0, sum = a->first; k <= n; k++) {
			sum += a->at[k];
			a->at[k] = sum;
		}
		for (x = a->first; x < a->first + a->n; x++)
			if (an->e[x].sent < n)
				an->order[a->at[an->e[x].sent]++] = x;
		/* Each at[k] now points one sentence on: shift back. */
		for (k = n; k > 0; k--)
			a->at[k] = a->at[k - 1];
		a->at[0] = a->first;
	}
}

static void
put_index(struct zp_buf *b, size_t v)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	do
		*--p = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	zp_buf_put(b, p, (size_t)(tmp + sizeof(tmp) - p));
}

/* One element, its members byte for byte but "start" and "end". */
static void
put_elem(struct zp_buf *b, struct zp_json *j, const struct zp_annot_elem *e,
    size_t base)
{
	const struct zp_jtok *kt, *vt;
	const char *raw;
	size_t len;
	uint32_t k;
	bool first = true;

	if (!e->ok) {
		raw = zp_json_raw(j, e->tok, &len);
		zp_buf_put(b, raw, len);
		return;
	}
	zp_buf_putc(b, '{');
	for (k = zp_json_first(j, e->tok); k != ZP_JSON_NONE;
	     k = zp_json_next(j, e->tok, k)) {
		kt = zp_json_tok(j, k);
		vt = zp_json_tok(j, k + 1);
		if (!first)
			zp_buf_putc(b, ',');
		first = false;
		if (k + 1 == e->stok || k + 1 == e->etok) {
			zp_buf_put(b, j->text + kt->start, kt->end - kt->start);
			zp_buf_putc(b, ':');
			put_index(
			    b, (k + 1 == e->stok ? e->start : e->end) - base);
		} else {
			zp_buf_put(b, j->text + kt->start, vt->end - kt->start);
		}
	}
	zp_buf_putc(b, '}');
}

void
zp_annot_put(const struct zp_annot *an, struct zp_json *j, size_t k,
    size_t cstart, struct zp_recout *out)
{
	size_t i, x;

	for (i = 0; i < ZP_ANNOT_NARRAYS; i++) {
		const struct zp_annot_array *a = &an->a[i];
		struct zp_buf *b;

		if (a->arr == ZP_JSON_NONE)
			continue;
		b = zp_recout_field(out, a->key);
		zp_buf_putc(b, '[');
		for (x = a->at[k]; x < a->at[k + 1]; x++) {
			if (x > a->at[k])
				zp_buf_putc(b, ',');
			put_elem(b, j, &an->e[an->order[x]], cstart);
		}
		zp_buf_putc(b, ']');
	}
}
