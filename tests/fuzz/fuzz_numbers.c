/*
 * fuzz_numbers -- the figure finder as extract-numbers runs it: with the
 * shipped metrics.txt and currencies.csv (under $ZHPIPE_DATA, else data/;
 * the built-in tables alone when they are not there), one finder for
 * every input, as the tool has one for every record.
 *
 * The input is a record's text, up to its first NUL.  What follows a NUL
 * is the record's context: a first line for its "date", then one entity a
 * line, "START END TYPE ID", with any START and END of up to 12 digits (the
 * tool passes on whatever a record's "entities" say).  Without a NUL the
 * context is made up: a date, and entities over the text, one organization
 * named often, one entity out of range.  Invalid UTF-8 in the text, and
 * invalid UTF-8 or NUL in an id, become U+FFFD, as normalize makes them: a
 * record's text is valid UTF-8 without NUL, which is what zp_numbers_json
 * takes.
 *
 * Invariants, with and without the context: the output is one JSON array
 * (valid UTF-8, accepted by the record layer's parser) of as many objects
 * as zp_numbers_json returns, in the order of their starts and none
 * overlapping the one before; each object has text, start, end and kind,
 * and only known keys, in the order man/extract-numbers.1 gives; start <
 * end <= the text's length in code points, and "text" is the text's code
 * points [start, end); kind is one
 * of the eight; a figure has "value" (a number or null), or "min" and
 * "max" (numbers), or neither; every number is written without an
 * exponent and reads back through zp_dec_parse and zp_dec_format
 * unchanged; approx, bound, change and basis hold their documented
 * values; "subject" appears only with a context and is the id of one of
 * its organizations, "ticker" only with a subject, "counterparty" and
 * "holder" only with a context and are ids of its entities.  Determinism: the same calls again, after a call on
 * another record, give the same bytes, and so does a new finder (for
 * every 16th input).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zhpipe/buf.h"
#include "zhpipe/cnum.h"
#include "zhpipe/json.h"
#include "zhpipe/numbers.h"
#include "zhpipe/utf8.h"

#include "text_fuzz.h"

#define MAX_ENTS 4096

/* The keys of a number object, in the order they are written. */
static const char *const keys[] = { "text", "start", "end", "kind", "value",
	"min", "max", "unit", "approx", "bound", "change", "basis", "date",
	"period", "metric", "subject", "ticker", "counterparty", "holder",
	"note" };
enum {
	K_TEXT,
	K_START,
	K_END,
	K_KIND,
	K_VALUE,
	K_MIN,
	K_MAX,
	K_UNIT,
	K_APPROX,
	K_BOUND,
	K_CHANGE,
	K_BASIS,
	K_DATE,
	K_PERIOD,
	K_METRIC,
	K_SUBJECT,
	K_TICKER,
	K_COUNTERPARTY,
	K_HOLDER,
	K_NOTE,
	NKEYS
};

static const char *const kinds[] = { "money", "percent", "count", "quantity",
	"number", "ordinal", "date", "period" };

/* Another record, run between the repeated calls. */
static const char other[] =
    "三星电子去年第四季度营业利润约为2.8万亿韩元，同比下降34.4%，"
    "营收51亿至57亿美元（港元，下同），约合人民币150.64亿元。";

static struct zp_numbers *finder; /* sees every input, as the tool's */
static unsigned long count;       /* inputs so far */

static struct zp_numbers *
finder_new(void)
{
	struct zp_numbers *z = zp_numbers_new();
	const char *env = getenv("ZHPIPE_DATA");
	const char *dir = env != NULL && *env != '\0' ? env : "data";
	char path[4096], err[256];

	/* As extract-numbers: the built-in tables when no file is there. */
	snprintf(path, sizeof(path), "%s/metrics.txt", dir);
	if (access(path, R_OK) == 0 &&
	    zp_numbers_load_metrics(z, path, err, sizeof(err)) != 0) {
		fprintf(stderr, "fuzz_numbers: %s: %s\n", path, err);
		abort();
	}
	snprintf(path, sizeof(path), "%s/currencies.csv", dir);
	if (access(path, R_OK) == 0 &&
	    zp_numbers_load_currencies(z, path, err, sizeof(err)) != 0) {
		fprintf(stderr, "fuzz_numbers: %s: %s\n", path, err);
		abort();
	}
	return z;
}

/* A record's context: its date and its entities, ids stored in ids. */
struct context {
	struct zp_nctx ctx;
	struct zp_nentity ents[MAX_ENTS + 2];
	struct zp_buf ids;
	size_t idoff[MAX_ENTS + 2];
};

static void
add_ent(struct context *c, size_t start, size_t end, bool org, const char *id,
    size_t idlen, bool raw)
{
	size_t k = c->ctx.nents++;

	c->ents[k].start = start;
	c->ents[k].end = end;
	c->ents[k].org = org;
	c->ents[k].person = false;
	c->ents[k].ticker = NULL;
	c->ents[k].tickerlen = 0;
	c->idoff[k] = c->ids.len;
	if (raw)
		clean(&c->ids, id, idlen);
	else
		zp_buf_put(&c->ids, id, idlen);
	c->ents[k].idlen = c->ids.len - c->idoff[k];
}

/* Ids point into c->ids once every entity is added (it may move before). */
static void
fix_ids(struct context *c)
{
	for (size_t k = 0; k < c->ctx.nents; k++)
		c->ents[k].id = c->ids.p + c->idoff[k];
	c->ctx.ents = c->ents;
}

/* An offset as json_index in extract-numbers reads one: 1 to 12 digits. */
static bool
read_index(const char **p, const char *end, size_t *v)
{
	size_t n = 0;

	*v = 0;
	while (*p < end && **p >= '0' && **p <= '9' && n < 13) {
		*v = *v * 10 + (size_t)(**p - '0');
		(*p)++;
		n++;
	}
	return n >= 1 && n <= 12;
}

/* Reads the context written after the NUL: a date line, entity lines. */
static void
parse_context(struct context *c, const char *s, size_t n)
{
	const char *end = s + n, *nl = memchr(s, '\n', n);
	const char *p = nl != NULL ? nl + 1 : end;

	if (zp_numbers_parse_date(s, (size_t)((nl ? nl : end) - s), &c->ctx) !=
	    0)
		c->ctx.year = c->ctx.month = c->ctx.day = 0;
	while (p < end && c->ctx.nents < MAX_ENTS) {
		const char *le = memchr(p, '\n', (size_t)(end - p));
		size_t start, stop;
		bool org;

		if (le == NULL)
			le = end;
		if (read_index(&p, le, &start) && p < le && *p++ == ' ' &&
		    read_index(&p, le, &stop) && p < le && *p++ == ' ') {
			org = le - p >= 3 && memcmp(p, "ORG", 3) == 0;
			while (p < le && *p != ' ')
				p++;
			if (p < le)
				p++;
			add_ent(c, start, stop, org, p, (size_t)(le - p), true);
		}
		p = le + 1;
	}
	fix_ids(c);
}

/*
 * Makes up a context for text t of ncp code points at byte offsets boff:
 * perhaps an entity out of range, then entities every third code point
 * (every third of them the same organization, each fourth none), then one
 * over the whole text with an empty id.
 */
static void
make_context(struct context *c, const char *t, const size_t *boff, size_t ncp)
{
	static const char dom[] = "Dominant Co";

	(void)zp_numbers_parse_date("2024-01-31", 10, &c->ctx);
	/*
	 * Stands before every figure (it ends at 1), and the nearest
	 * organization before a figure is its subject: first, so that the
	 * others win, and only for texts of odd length, so that the
	 * record's dominant organization is used for the others.
	 */
	if (ncp % 2 == 1)
		add_ent(c, ncp + 7, 1, true, "Out Of Range", 12, false);
	for (size_t k = 0; 3 * k + 2 <= ncp && k < 1000; k++) {
		size_t a = 3 * k, b = 3 * k + 2;

		if (k % 3 == 0)
			add_ent(c, a, b, true, dom, sizeof(dom) - 1, false);
		else
			add_ent(c, a, b, k % 4 != 3, t + boff[a],
			    boff[b] - boff[a], false);
	}
	add_ent(c, 0, ncp, true, "", 0, false);
	fix_ids(c);
}

/* A JSON number: no exponent, and zp_dec reads and writes it back. */
static void
check_number(struct zp_json *j, uint32_t t)
{
	struct zp_dec x = ZP_DEC_INIT;
	struct zp_buf b = ZP_BUF_INIT;
	const char *raw;
	size_t n;

	if (zp_json_type(j, t) != ZP_JNUMBER)
		abort();
	raw = zp_json_raw(j, t, &n);
	if (memchr(raw, 'e', n) != NULL || memchr(raw, 'E', n) != NULL)
		abort();
	if (zp_dec_parse(&x, raw, n) != 0)
		abort();
	zp_dec_format(&x, &b);
	if (b.len != n || memcmp(b.p, raw, n) != 0)
		abort();
	zp_dec_free(&x);
	zp_buf_free(&b);
}

/* A non-negative integer token, as a size_t. */
static size_t
check_offset(struct zp_json *j, uint32_t t)
{
	const char *raw;
	size_t n, v = 0;

	if (t == ZP_JSON_NONE || zp_json_type(j, t) != ZP_JNUMBER ||
	    !(zp_json_tok(j, t)->flags & ZP_JF_INT))
		abort();
	raw = zp_json_raw(j, t, &n);
	if (n == 0 || n > 18)
		abort();
	for (size_t i = 0; i < n; i++) {
		if (raw[i] < '0' || raw[i] > '9')
			abort();
		v = v * 10 + (size_t)(raw[i] - '0');
	}
	return v;
}

static bool
str_is(struct zp_json *j, uint32_t t, const char *s)
{
	return zp_json_type(j, t) == ZP_JSTRING &&
	    zp_json_str_eq(j, t, s, strlen(s));
}

static bool
str_nonempty(struct zp_json *j, uint32_t t)
{
	size_t n;

	return zp_json_type(j, t) == ZP_JSTRING &&
	    (zp_json_str(j, t, &n), n != 0);
}

/* The invariants of one number object t; returns its start. */
static size_t
check_object(struct zp_json *j, uint32_t t, const char *text,
    const size_t *boff, size_t ncp, const struct zp_nctx *ctx)
{
	uint32_t v[NKEYS];
	size_t rank = 0, s, e, n;
	const char *str;
	bool ok = false;

	if (zp_json_type(j, t) != ZP_JOBJECT)
		abort();
	for (uint32_t k = zp_json_first(j, t); k != ZP_JSON_NONE;
	     k = zp_json_next(j, t, k)) {
		while (rank < NKEYS && !str_is(j, k, keys[rank]))
			rank++;
		if (rank == NKEYS)
			abort(); /* unknown, or out of order */
		rank++;
	}
	for (size_t k = 0; k < NKEYS; k++)
		v[k] = zp_json_get(j, t, keys[k]);
	if (v[K_TEXT] == ZP_JSON_NONE || v[K_KIND] == ZP_JSON_NONE ||
	    zp_json_type(j, v[K_TEXT]) != ZP_JSTRING)
		abort();
	s = check_offset(j, v[K_START]);
	e = check_offset(j, v[K_END]);
	if (s >= e || e > ncp)
		abort();
	str = zp_json_str(j, v[K_TEXT], &n);
	if (n != boff[e] - boff[s] || memcmp(str, text + boff[s], n) != 0)
		abort();
	for (size_t k = 0; k < sizeof(kinds) / sizeof(*kinds); k++)
		ok = ok || str_is(j, v[K_KIND], kinds[k]);
	if (!ok)
		abort();
	/* value (perhaps null), or min and max, or neither. */
	if ((v[K_MIN] == ZP_JSON_NONE) != (v[K_MAX] == ZP_JSON_NONE) ||
	    (v[K_VALUE] != ZP_JSON_NONE && v[K_MIN] != ZP_JSON_NONE))
		abort();
	if (v[K_VALUE] != ZP_JSON_NONE &&
	    zp_json_type(j, v[K_VALUE]) != ZP_JNULL)
		check_number(j, v[K_VALUE]);
	if (v[K_MIN] != ZP_JSON_NONE) {
		check_number(j, v[K_MIN]);
		check_number(j, v[K_MAX]);
	}
	if ((v[K_UNIT] != ZP_JSON_NONE && !str_nonempty(j, v[K_UNIT])) ||
	    (v[K_APPROX] != ZP_JSON_NONE &&
	        zp_json_type(j, v[K_APPROX]) != ZP_JTRUE) ||
	    (v[K_BOUND] != ZP_JSON_NONE && !str_is(j, v[K_BOUND], "lower") &&
	        !str_is(j, v[K_BOUND], "upper")) ||
	    (v[K_CHANGE] != ZP_JSON_NONE && !str_is(j, v[K_CHANGE], "up") &&
	        !str_is(j, v[K_CHANGE], "down")) ||
	    (v[K_BASIS] != ZP_JSON_NONE && !str_is(j, v[K_BASIS], "yoy") &&
	        !str_is(j, v[K_BASIS], "qoq")) ||
	    (v[K_DATE] != ZP_JSON_NONE && !str_nonempty(j, v[K_DATE])) ||
	    (v[K_PERIOD] != ZP_JSON_NONE && !str_nonempty(j, v[K_PERIOD])) ||
	    (v[K_METRIC] != ZP_JSON_NONE &&
	        zp_json_type(j, v[K_METRIC]) != ZP_JSTRING) ||
	    (v[K_NOTE] != ZP_JSON_NONE && !str_nonempty(j, v[K_NOTE])))
		abort();
	if (v[K_SUBJECT] != ZP_JSON_NONE) {
		if (ctx == NULL || zp_json_type(j, v[K_SUBJECT]) != ZP_JSTRING)
			abort();
		str = zp_json_str(j, v[K_SUBJECT], &n);
		ok = false;
		for (size_t k = 0; k < ctx->nents && !ok; k++)
			ok = ctx->ents[k].org && ctx->ents[k].idlen == n &&
			    memcmp(ctx->ents[k].id, str, n) == 0;
		if (!ok)
			abort();
	}
	if (v[K_TICKER] != ZP_JSON_NONE &&
	    (v[K_SUBJECT] == ZP_JSON_NONE || !str_nonempty(j, v[K_TICKER])))
		abort();
	for (int r = K_COUNTERPARTY; r <= K_HOLDER; r++) {
		if (v[r] == ZP_JSON_NONE)
			continue;
		if (ctx == NULL || zp_json_type(j, v[r]) != ZP_JSTRING)
			abort();
		str = zp_json_str(j, v[r], &n);
		ok = false;
		for (size_t k = 0; k < ctx->nents && !ok; k++)
			ok = ctx->ents[k].idlen == n &&
			    memcmp(ctx->ents[k].id, str, n) == 0;
		if (!ok)
			abort();
	}
	return s;
}

/* Runs the finder on text and checks its output, left in out. */
static void
run(struct zp_numbers *z, const char *text, size_t len, const size_t *boff,
    size_t ncp, const struct zp_nctx *ctx, struct zp_buf *out)
{
	struct zp_json j = ZP_JSON_INIT;
	size_t n, k = 0, last = 0, s;

	zp_buf_clear(out);
	n = zp_numbers_json(z, text, len, ctx, out);
	if (out->len == 0 || !zp_utf8_valid(out->p, out->len))
		abort();
	if (zp_json_parse(&j, out->p, out->len) != 0 ||
	    zp_json_type(&j, 0) != ZP_JARRAY)
		abort();
	/*
	 * In text order, and no two figures share a character: the passes
	 * over the figures (coordination, bounds merged into a range, a
	 * declared currency) rely on it, and a word is the unit of one figure
	 * only (in 3亿美元5, 美元 is not also the prefix of 5).
	 */
	for (uint32_t t = zp_json_first(&j, 0); t != ZP_JSON_NONE;
	     t = zp_json_next(&j, 0, t), k++) {
		s = check_object(&j, t, text, boff, ncp, ctx);
		if (s < last)
			abort();
		last = check_offset(&j, zp_json_get(&j, t, "end"));
	}
	if (k != n)
		abort();
	zp_json_free(&j);
}

static bool
same(const struct zp_buf *a, const struct zp_buf *b)
{
	return a->len == b->len && memcmp(a->p, b->p, a->len) == 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	const char *nul = memchr(s, '\0', size);
	size_t tlen = nul != NULL ? (size_t)(nul - s) : size;
	struct zp_buf text = ZP_BUF_INIT, a = ZP_BUF_INIT, b = ZP_BUF_INIT;
	struct zp_buf a2 = ZP_BUF_INIT, b2 = ZP_BUF_INIT;
	static struct context c[2]; /* large: kept, their ids buffers too */
	struct zp_numbers *fresh;
	size_t *boff, ncp, i, l, olen = sizeof(other) - 1;
	size_t oboff[sizeof(other)], ocp = 0;

	for (int k = 0; k < 2; k++) {
		c[k].ctx = (struct zp_nctx){ 0 };
		zp_buf_clear(&c[k].ids);
	}
	if (finder == NULL)
		finder = finder_new();
	clean(&text, s, tlen);
	zp_buf_put(&text, "", 0); /* empty input: still a string */
	ncp = zp_utf8_count(text.p, text.len);
	boff = malloc((ncp + 1) * sizeof(*boff));
	if (boff == NULL)
		abort();
	for (i = 0, l = 0, ncp = 0; i < text.len; i += l) {
		boff[ncp++] = i;
		(void)zp_utf8_decode(text.p + i, text.len - i, &l);
	}
	boff[ncp] = text.len;
	for (i = 0; i < olen; i += l) {
		oboff[ocp++] = i;
		(void)zp_utf8_decode(other + i, olen - i, &l);
	}
	oboff[ocp] = olen;
	if (nul != NULL)
		parse_context(&c[0], nul + 1, size - tlen - 1);
	else
		make_context(&c[0], text.p, boff, ncp);
	make_context(&c[1], other, oboff, ocp);

	run(finder, text.p, text.len, boff, ncp, NULL, &a);
	run(finder, text.p, text.len, boff, ncp, &c[0].ctx, &b);
	/* The same again after another record: nothing carries over. */
	run(finder, other, olen, oboff, ocp, &c[1].ctx, &a2);
	run(finder, text.p, text.len, boff, ncp, &c[0].ctx, &b2);
	if (!same(&b, &b2))
		abort();
	run(finder, text.p, text.len, boff, ncp, NULL, &a2);
	if (!same(&a, &a2))
		abort();
	/*
	 * Nor from any input before: a new finder says the same.  Only every
	 * 16th input, the first included (so a single input replayed gets
	 * it): building the tables would take most of the time.
	 */
	if (count++ % 16 == 0) {
		fresh = finder_new();
		run(fresh, text.p, text.len, boff, ncp, &c[0].ctx, &b2);
		if (!same(&b, &b2))
			abort();
		zp_numbers_free(fresh);
	}

	free(boff);
	zp_buf_free(&text);
	zp_buf_free(&a);
	zp_buf_free(&b);
	zp_buf_free(&a2);
	zp_buf_free(&b2);
	return 0;
}
