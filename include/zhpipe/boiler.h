/*
 * boiler -- deciding whether a cleaned document is site chrome (search
 * headers, footers, navigation, share buttons) rather than text, and a set
 * of document hashes for dropping exact duplicates.
 *
 * The signals generalize rather than list known lines: a short document
 * without sentence-ending punctuation is chrome; so is a document without
 * it that is a list of short items (at least four, of four characters or
 * fewer on average, between spaces or | > / · • 丨: a navigation bar, a tag
 * list); a short document holding a common chrome phrase
 * (data/boilerplate.txt) is chrome; a document that matches one of the
 * user's regular expressions (--drop FILE) is dropped.
 */
#ifndef ZHPIPE_BOILER_H
#define ZHPIPE_BOILER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhpipe/textclean.h"

enum zp_boil {
	ZP_BOIL_KEEP,
	ZP_BOIL_SHORT,  /* short, no sentence-ending punctuation */
	ZP_BOIL_PHRASE, /* short, holds a chrome phrase */
	ZP_BOIL_USER,   /* matches a --drop pattern */
	ZP_BOIL_MENU    /* a run of short items: navigation, tags */
};

struct zp_boiler;

/*
 * min_chars: documents with fewer characters and no sentence-ending
 * punctuation are chrome (0 turns the rule off); documents under
 * 4 * min_chars characters are checked against the phrases.  phrases:
 * a file of chrome phrases, one per line ('#' starts a comment), or NULL.
 * drop: a file of ICU regular expressions, one per line, or NULL.  The
 * phrases are cleaned with c, so they match cleaned text.  Returns NULL
 * with a message ("FILE:LINE: reason" or "FILE: reason") in err.
 */
struct zp_boiler *zp_boiler_new(size_t min_chars, const char *phrases,
    const char *drop, struct zp_cleaner *c, char *err, size_t errsize);
void zp_boiler_free(struct zp_boiler *b);

/* Judges cleaned text t[0..n). */
enum zp_boil zp_boiler_check(struct zp_boiler *b, const char *t, size_t n);

/* True when t[0..n) holds sentence-ending punctuation (。！？!?; ...). */
bool zp_has_sentence_end(const char *t, size_t n);

/* A 64-bit hash of s[0..n) (not cryptographic; for duplicate sets). */
uint64_t zp_hash64(const void *s, size_t n);

/*
 * A set of 64-bit hashes: 16 bytes per distinct document at most (the
 * table stays at most half full).
 */
struct zp_hashset {
	uint64_t *slot;
	size_t cap, count;
};

#define ZP_HASHSET_INIT \
	{ \
		NULL, 0, 0 \
	}

/* Adds h; returns false when it was already there. */
bool zp_hashset_add(struct zp_hashset *s, uint64_t h);
void zp_hashset_free(struct zp_hashset *s);

#endif
