/*
 * num_test -- what the unit tests of the figure finder's families share: a
 * finder, a way to run it on a text, and a way to stand at one numeral of a
 * text with a scan state, as the driver does, so a stage runs alone.
 */
#ifndef ZHPIPE_NUM_TEST_H
#define ZHPIPE_NUM_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "zhpipe/buf.h"
#include "zhpipe/numbers.h"

#include "../../src/lib/num_internal.h"

static struct zp_numbers *z;
static struct zp_buf out = ZP_BUF_INIT;

static inline int
setup(void **state)
{
	(void)state;
	z = zp_numbers_new();
	return 0;
}

static inline int
teardown(void **state)
{
	(void)state;
	zp_numbers_free(z);
	zp_buf_free(&out);
	return 0;
}

/* The JSON array the finder writes for text (owned by out). */
static inline const char *
find(const char *text, const struct zp_nctx *ctx)
{
	zp_buf_clear(&out);
	zp_numbers_json(z, text, strlen(text), ctx, &out);
	zp_buf_putc(&out, '\0');
	return out.p;
}

/* Fails unless the output for text holds want. */
static inline void
expect_has(const char *text, const struct zp_nctx *ctx, const char *want)
{
	const char *got = find(text, ctx);

	if (strstr(got, want) == NULL)
		fail_msg("%s\n  got  %s\n  want ...%s...", text, got, want);
}

/* Fails if the output for text holds bad. */
static inline void
expect_not(const char *text, const struct zp_nctx *ctx, const char *bad)
{
	const char *got = find(text, ctx);

	if (strstr(got, bad) != NULL)
		fail_msg("%s\n  got  %s\n  not  ...%s...", text, got, bad);
}

/* The code point index of the first occurrence of sub in text. */
static inline size_t
cp_index(const char *text, const char *sub)
{
	const char *p = strstr(text, sub);
	size_t n = 0;

	assert_non_null(p);
	for (const char *q = text; q < p; q++)
		n += ((unsigned char)*q & 0xC0) != 0x80;
	return n;
}

/*
 * A scan state at the numeral that starts where sub first occurs in text,
 * as the driver has it after parsing the numeral (no sign, prefix or unit
 * looked at yet).  ctx may be NULL.
 */
static inline void
stand_at(struct scan *st, const char *text, const char *sub,
    const struct zp_nctx *ctx)
{
	size_t i = cp_index(text, sub);

	num_decode(z, text, strlen(text), ctx);
	num_scan_begin(st, z, i, text);
	assert_int_equal(num_numeral(z, st->c, i, &st->nu), 0);
	st->e = st->nu.e;
	st->s = st->pstart = i;
	st->lo = 0;
	st->iv = small_int(&st->c->val);
}

/* The value (or min) of mention m as written, NUL-terminated in buf. */
static inline const char *
value_of(const struct ment *m, char *buf, size_t size)
{
	size_t l = m->v1 - m->v0;

	if (l >= size)
		l = size - 1;
	memcpy(buf, z->vals.p + m->v0, l);
	buf[l] = '\0';
	return buf;
}

/*
 * Fails unless the figure written fig in the output for text has "key":
 * want (a JSON string), or has no key at all when want is NULL.  Number
 * objects are flat, so the figure's object ends at the first '}'.
 */
static inline void
expect_field(const char *text, const struct zp_nctx *ctx, const char *fig,
    const char *key, const char *want)
{
	const char *got = find(text, ctx), *o, *end;
	char pat[256];
	size_t n;

	snprintf(pat, sizeof pat, "{\"text\":\"%s\"", fig);
	o = strstr(got, pat);
	if (o == NULL)
		fail_msg("%s\n  got  %s\n  no figure %s", text, got, fig);
	end = strchr(o, '}');
	n = (size_t)(end - o);
	if (want == NULL)
		snprintf(pat, sizeof pat, "\"%s\":", key);
	else
		snprintf(pat, sizeof pat, "\"%s\":\"%s\"", key, want);
	{
		char *obj = strndup(o, n);
		bool has = strstr(obj, pat) != NULL;

		free(obj);
		if (has != (want != NULL))
			fail_msg("%s\n  got  %.*s\n  want %s%s", text, (int)n,
			    o, want == NULL ? "no " : "", pat);
	}
}

/* A record's context: its date and the ORG entities named in its text. */
struct test_ctx {
	struct zp_nctx c;
	struct zp_nentity e[8];
};

/* A context dated date (NULL: none) with no entities. */
static inline struct zp_nctx *
ctx_init(struct test_ctx *t, const char *date)
{
	memset(t, 0, sizeof *t);
	t->c.ents = t->e;
	if (date != NULL)
		assert_int_equal(
		    zp_numbers_parse_date(date, strlen(date), &t->c), 0);
	return &t->c;
}

/* Adds every occurrence of name in text as an ORG (or PER) entity. */
static inline void
ctx_ent(struct test_ctx *t, const char *text, const char *name, const char *id,
    bool person)
{
	for (const char *p = strstr(text, name); p != NULL;
	     p = strstr(p + strlen(name), name)) {
		struct zp_nentity *e = &t->e[t->c.nents++];
		size_t s = 0;

		assert_true(t->c.nents <= 8);
		for (const char *q = text; q < p; q++)
			s += ((unsigned char)*q & 0xC0) != 0x80;
		memset(e, 0, sizeof *e);
		e->start = s;
		e->end = s;
		for (const char *q = name; *q != '\0'; q++)
			e->end += ((unsigned char)*q & 0xC0) != 0x80;
		e->id = id;
		e->idlen = strlen(id);
		e->org = !person;
		e->person = person;
	}
	/* The extractor writes entities in text order. */
	for (size_t i = 1; i < t->c.nents; i++)
		for (size_t j = i; j > 0 && t->e[j - 1].start > t->e[j].start;
		     j--) {
			struct zp_nentity x = t->e[j];

			t->e[j] = t->e[j - 1];
			t->e[j - 1] = x;
		}
}

/* Adds every occurrence of name in text as an ORG entity with id. */
static inline void
ctx_org(struct test_ctx *t, const char *text, const char *name, const char *id)
{
	ctx_ent(t, text, name, id, false);
}

/* Adds every occurrence of name in text as a PER entity. */
static inline void
ctx_per(struct test_ctx *t, const char *text, const char *name)
{
	ctx_ent(t, text, name, name, true);
}

/* Writes text to the file at path, replacing what it held. */
static inline void
put_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* Writes text to a new temporary file named from path (a mkstemp pattern). */
static inline void
write_temp(char *path, const char *text)
{
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	close(fd);
	put_file(path, text);
}

#endif
