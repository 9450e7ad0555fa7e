/*
 * fuzz_entities -- the entity extractor as extract-entities runs it: the
 * shipped name lists (the CSV files of names/, then of gazetteer/, under
 * $ZHPIPE_DATA, else data/), the name statistics of names/given.txt, and
 * one extractor for every input, loaded once since the lists are large.
 *
 * The input is one document: records separated by NUL, each a record's
 * text, with invalid UTF-8 as U+FFFD (as normalize makes it: a record's
 * text is valid UTF-8 without NUL, which is what zp_ent_extract takes).
 * Invariants for each record: the entities are in text order, do not
 * overlap, are not empty and lie inside the text on character boundaries;
 * their code point offsets agree with their byte offsets; their type is
 * one of the four and their id is not empty.  The JSON written for them is
 * valid UTF-8 and parses as an array holding, in order, exactly these
 * entities (text, start, end, type, id, then ticker, exchange, parent and
 * maker when known), each "text" the record's text over the span.  Determinism: the
 * document again after zp_ent_new_doc gives the same bytes, and so does an
 * extractor with its skips off (zp_ent_set_skips, which must change no
 * entity).
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zhpipe/buf.h"
#include "zhpipe/entities.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/json.h"
#include "zhpipe/utf8.h"

#include "text_fuzz.h"

static struct zp_gazetteer *gaz;
static struct zp_entities *ext[2]; /* skips on, as the tool; skips off */

static void
die(const char *msg)
{
	fprintf(stderr, "fuzz_entities: %s\n", msg);
	abort();
}

/* The set-up of extract-entities with its default data. */
static void
init(void)
{
	const char *env = getenv("ZHPIPE_DATA");
	const char *dir = env != NULL && *env != '\0' ? env : "data";
	char path[4096], err[512];
	uint32_t minor;

	gaz = zp_gaz_new();
	snprintf(path, sizeof(path), "%s/names", dir);
	if (access(path, F_OK) == 0 &&
	    zp_gaz_load_dir(gaz, path, err, sizeof(err)) < 0)
		die(err);
	minor = (uint32_t)zp_gaz_size(gaz);
	snprintf(path, sizeof(path), "%s/gazetteer", dir);
	/* No list read would test nothing the harness is for. */
	if (zp_gaz_load_dir(gaz, path, err, sizeof(err)) < 1)
		die("no gazetteer/*.csv under $ZHPIPE_DATA or data/");
	zp_gaz_compile(gaz);
	snprintf(path, sizeof(path), "%s/names/given.txt", dir);
	for (int k = 0; k < 2; k++) {
		ext[k] = zp_ent_new(gaz);
		zp_ent_set_minor(ext[k], minor);
		if (access(path, F_OK) == 0 &&
		    zp_ent_load_names(ext[k], path, err, sizeof(err)) != 0)
			die(err);
		zp_ent_set_skips(ext[k], k == 0);
	}
}

int LLVMFuzzerInitialize(int *argc, char ***argv);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (gaz == NULL)
		init();
	return 0;
}

static bool
str_is(struct zp_json *j, uint32_t t, const char *s)
{
	return t != ZP_JSON_NONE && zp_json_type(j, t) == ZP_JSTRING &&
	    zp_json_str_eq(j, t, s, strlen(s));
}

static bool
int_is(struct zp_json *j, uint32_t t, size_t v)
{
	char want[24];
	const char *raw;
	size_t n;

	if (t == ZP_JSON_NONE || zp_json_type(j, t) != ZP_JNUMBER)
		return false;
	snprintf(want, sizeof(want), "%zu", v);
	raw = zp_json_raw(j, t, &n);
	return n == strlen(want) && memcmp(raw, want, n) == 0;
}

/* The JSON of entities e[0..n) over s is exactly them, keys in order. */
static void
check_json(
    const struct zp_buf *b, const char *s, const struct zp_entity *e, size_t n)
{
	static const char *const keys[] = { "text", "start", "end", "type",
		"id", "ticker", "exchange", "parent", "maker" };
	struct zp_json j = ZP_JSON_INIT;
	uint32_t t, k;
	size_t i = 0;

	if (!zp_utf8_valid(b->p, b->len) ||
	    zp_json_parse(&j, b->p, b->len) != 0 ||
	    zp_json_type(&j, 0) != ZP_JARRAY)
		abort();
	for (t = zp_json_first(&j, 0); t != ZP_JSON_NONE;
	     t = zp_json_next(&j, 0, t), i++) {
		size_t rank = 0, nk = sizeof(keys) / sizeof(*keys);

		if (i >= n || zp_json_type(&j, t) != ZP_JOBJECT)
			abort();
		for (k = zp_json_first(&j, t); k != ZP_JSON_NONE;
		     k = zp_json_next(&j, t, k)) {
			while (rank < nk && !str_is(&j, k, keys[rank]))
				rank++;
			if (rank++ == nk)
				abort(); /* unknown, or out of order */
		}
		k = zp_json_get(&j, t, "text");
		if (k == ZP_JSON_NONE || zp_json_type(&j, k) != ZP_JSTRING ||
		    !zp_json_str_eq(
		        &j, k, s + e[i].bstart, e[i].bend - e[i].bstart))
			abort();
		if (!int_is(&j, zp_json_get(&j, t, "start"), e[i].start) ||
		    !int_is(&j, zp_json_get(&j, t, "end"), e[i].end) ||
		    !str_is(&j, zp_json_get(&j, t, "type"),
		        zp_gaz_type_name(e[i].type)) ||
		    !str_is(&j, zp_json_get(&j, t, "id"), e[i].id))
			abort();
		k = zp_json_get(&j, t, "ticker");
		if (e[i].ticker != NULL ? !str_is(&j, k, e[i].ticker) :
		                          k != ZP_JSON_NONE)
			abort();
		k = zp_json_get(&j, t, "exchange");
		if (e[i].exchange != NULL ? !str_is(&j, k, e[i].exchange) :
		                            k != ZP_JSON_NONE)
			abort();
		k = zp_json_get(&j, t, "parent");
		if (e[i].parent != NULL ? !str_is(&j, k, e[i].parent) :
		                          k != ZP_JSON_NONE)
			abort();
		k = zp_json_get(&j, t, "maker");
		if (e[i].maker != NULL ? !str_is(&j, k, e[i].maker) :
		                         k != ZP_JSON_NONE)
			abort();
	}
	if (i != n)
		abort();
	zp_json_free(&j);
}

/* The invariants of the entities e[0..n) of s[0..len). */
static void
check(const char *s, size_t len, const struct zp_entity *e, size_t n)
{
	size_t last = 0;

	for (size_t k = 0; k < n; k++) {
		if (e[k].start >= e[k].end || e[k].start < last ||
		    e[k].bstart >= e[k].bend || e[k].bend > len)
			abort();
		/* On character boundaries: the span is valid UTF-8 alone. */
		if (!zp_utf8_valid(s + e[k].bstart, e[k].bend - e[k].bstart))
			abort();
		if (zp_utf8_count(s, e[k].bstart) != e[k].start ||
		    zp_utf8_count(s, e[k].bend) != e[k].end)
			abort();
		if (e[k].type > ZP_ET_PRODUCT || e[k].id == NULL ||
		    e[k].id[0] == '\0')
			abort();
		last = e[k].end;
	}
}

/*
 * Runs extractor x over the records of text (nrec, starting at off[]) as
 * one document; appends their JSON to out, one line each.
 */
static void
run(struct zp_entities *x, const char *text, const size_t *off, size_t nrec,
    struct zp_buf *out)
{
	struct zp_buf b = ZP_BUF_INIT;

	zp_ent_new_doc(x);
	for (size_t r = 0; r < nrec; r++) {
		const char *s = text + off[r];
		size_t len = off[r + 1] - off[r], n;
		const struct zp_entity *e;

		n = zp_ent_extract(x, s, len, &e);
		check(s, len, e, n);
		zp_buf_clear(&b);
		zp_ent_json(&b, s, e, n);
		check_json(&b, s, e, n);
		zp_buf_put(out, b.p, b.len);
		zp_buf_putc(out, '\n');
	}
	zp_buf_free(&b);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *end = s + size;
	struct zp_buf text = ZP_BUF_INIT,
	              out[3] = { ZP_BUF_INIT, ZP_BUF_INIT, ZP_BUF_INIT };
	size_t *off, nrec = 1, r = 0;

	if (gaz == NULL)
		init();
	for (size_t i = 0; i < size; i++)
		nrec += data[i] == '\0';
	off = malloc((nrec + 1) * sizeof(*off));
	if (off == NULL)
		abort();
	/* The records one after the other, without separators. */
	for (const char *p = s;; r++) {
		const char *nul = memchr(p, '\0', (size_t)(end - p));
		const char *e = nul != NULL ? nul : end;

		off[r] = text.len;
		clean(&text, p, (size_t)(e - p));
		if (nul == NULL)
			break;
		p = nul + 1;
	}
	off[nrec] = text.len;
	zp_buf_put(&text, "", 0); /* empty input: still a string */

	run(ext[0], text.p, off, nrec, &out[0]);
	/* The document again: a new document forgets the last. */
	run(ext[0], text.p, off, nrec, &out[1]);
	/* Without the skips: the same entities, so the same bytes. */
	run(ext[1], text.p, off, nrec, &out[2]);
	for (int k = 1; k < 3; k++)
		if (out[k].len != out[0].len ||
		    memcmp(out[k].p, out[0].p, out[0].len) != 0)
			abort();

	for (int k = 0; k < 3; k++)
		zp_buf_free(&out[k]);
	zp_buf_free(&text);
	free(off);
	return 0;
}
