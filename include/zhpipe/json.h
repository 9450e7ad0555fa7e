/*
 * json -- a validating JSON parser that tokenizes one record in place.
 *
 * Tokens point into the caller's text, so unknown fields can be copied to
 * the output byte for byte instead of being re-serialized.  The parser
 * rejects what a record must not hold: invalid UTF-8, lone surrogates,
 * "\u0000", duplicate keys (at any depth), nesting deeper than
 * ZP_JSON_MAX_DEPTH, reals that overflow a double, and trailing text.
 * Integers of any length are accepted and kept as written.
 */
#ifndef ZHPIPE_JSON_H
#define ZHPIPE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhpipe/buf.h"

#define ZP_JSON_MAX_DEPTH 512
#define ZP_JSON_NONE UINT32_MAX

enum zp_jtype {
	ZP_JNULL,
	ZP_JFALSE,
	ZP_JTRUE,
	ZP_JNUMBER,
	ZP_JSTRING,
	ZP_JARRAY,
	ZP_JOBJECT
};

enum {
	ZP_JF_ESCAPED = 1, /* a string with backslash escapes */
	ZP_JF_INT = 2      /* a number with no fraction or exponent */
};

/*
 * One value.  An object's members follow it as key, value, key, value...;
 * an array's elements follow it.  `next` is the index just past the value
 * and everything inside it.
 */
struct zp_jtok {
	uint32_t start; /* raw span; strings include their quotes */
	uint32_t end;
	uint32_t next;
	uint32_t size; /* members of an object, elements of an array */
	uint8_t type;
	uint8_t flags;
};

struct zp_json_block;

struct zp_json {
	const char *text;
	size_t len;
	struct zp_jtok *tok;
	uint32_t ntok;
	uint32_t cap;
	uint32_t *stack;
	uint32_t *hash; /* duplicate-key table, reused */
	size_t hashcap;
	struct zp_buf keya, keyb;
	struct zp_json_block *blocks; /* decoded strings */
	char err[96];                 /* after a failed parse */
	size_t errpos;                /* byte offset of the error */
};

#define ZP_JSON_INIT \
	{ \
		0 \
	}

/*
 * Parses text[0..len) (at most UINT32_MAX - 1 bytes).  Returns 0, or -1 with
 * j->err and j->errpos set.  Tokens and decoded strings from the previous
 * parse become invalid.
 */
int zp_json_parse(struct zp_json *j, const char *text, size_t len);
void zp_json_free(struct zp_json *j);

static inline const struct zp_jtok *
zp_json_tok(const struct zp_json *j, uint32_t t)
{
	return &j->tok[t];
}

static inline enum zp_jtype
zp_json_type(const struct zp_json *j, uint32_t t)
{
	return (enum zp_jtype)j->tok[t].type;
}

/* The raw text of a value, as it appears in the record. */
static inline const char *
zp_json_raw(const struct zp_json *j, uint32_t t, size_t *len)
{
	*len = j->tok[t].end - j->tok[t].start;
	return j->text + j->tok[t].start;
}

/* The value of member `key` of object `obj` (0 is the record), or NONE. */
uint32_t zp_json_get(struct zp_json *j, uint32_t obj, const char *key);
uint32_t zp_json_getn(
    struct zp_json *j, uint32_t obj, const char *key, size_t keylen);

/* Follows a dotted path ("a.b.c") through nested objects; NONE if absent. */
uint32_t zp_json_path(struct zp_json *j, uint32_t obj, const char *path);

/*
 * The decoded bytes of string token t (valid UTF-8, no NUL).  The pointer is
 * valid until the next parse; it points into the text when t has no escapes.
 */
const char *zp_json_str(struct zp_json *j, uint32_t t, size_t *len);

/* True when string token t decodes to exactly s[0..n). */
bool zp_json_str_eq(struct zp_json *j, uint32_t t, const char *s, size_t n);

/*
 * A non-negative integer token t (an offset, an index) into *out; false
 * when t is missing, no integer, negative or over 18 digits.
 */
bool zp_json_index(const struct zp_json *j, uint32_t t, size_t *out);

/* Iteration over an array or object: first child and the one after. */
static inline uint32_t
zp_json_first(const struct zp_json *j, uint32_t t)
{
	return j->tok[t].size != 0 ? t + 1 : ZP_JSON_NONE;
}

/* For objects, pass the key; the result is the next key. */
uint32_t zp_json_next(const struct zp_json *j, uint32_t parent, uint32_t t);

/* Appends t's value as compact JSON (white space outside strings dropped). */
void zp_json_compact(const struct zp_json *j, uint32_t t, struct zp_buf *out);

#endif
