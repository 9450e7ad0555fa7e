/*
 * wordlist -- a set of words, each with a value, matched longest first at a
 * point of a code point array or ending at one.  The one matcher behind the
 * word lists of extract-entities and the tables of extract-numbers.
 *
 * Words are kept in chains by their first and by their last code point,
 * each chain longest first, so a match stops at the first word that fits.
 * A bit per BMP code point tells at once that no word starts (or ends)
 * with a character, which is the common case in running text; that test is
 * inline, the chain walk is not.  A bit per hashed pair of first (or last)
 * two code points skips the walk when no longer word can fit, leaving the
 * one-character word of the chain, which its slot names.
 */
#ifndef ZHPIPE_WORDLIST_H
#define ZHPIPE_WORDLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct zp_wl_word {
	uint32_t off;       /* in cp[] */
	uint32_t len;       /* in code points, > 0 */
	uint32_t value;     /* the caller's */
	int32_t next_first; /* next word with this first code point, or -1 */
	int32_t next_last;  /* next word with this last code point, or -1 */
};

struct zp_wl_slot {
	uint32_t cp; /* 0: empty (no word holds U+0000) */
	int32_t head;
	int32_t one; /* the word that is cp alone, or -1 */
};

/*
 * Bits of each pair filter: the lists hold hundreds of words at most, and
 * a page of filter less per list is a page fault less at start-up (the
 * entity extractor has 41 lists).
 */
#define ZP_WL_PAIRBITS 0x4000

/* Zeroed (ZP_WORDLIST_INIT) is an empty list; zp_wl_free empties it. */
struct zp_wordlist {
	uint64_t first[0x10000 / 64]; /* BMP code points that start a word */
	uint64_t last[0x10000 / 64];  /* and that end one */
	uint64_t pair_first[ZP_WL_PAIRBITS / 64]; /* of words of two or more */
	uint64_t pair_last[ZP_WL_PAIRBITS / 64];  /* (their last two) */
	bool astral_first, astral_last;
	bool any_one; /* a word of one code point */
	struct zp_wl_word *w;
	size_t n, cap;
	uint32_t *cp;
	size_t ncp, cpcap;
	struct zp_wl_slot *fmap, *lmap; /* first / last code point -> chain */
	size_t nkeys_first, nkeys_last;
	size_t mapsize; /* a power of two, or 0 */
};

#define ZP_WORDLIST_INIT \
	{ \
		0 \
	}

/*
 * Adds the UTF-8 word s[0..len) with value, folded to Simplified as the
 * extractors fold their text (zhpipe/fold.h): 營收 is kept as 营收.  Adding
 * a word again (or its other script) replaces its value (the last one added
 * wins).  Returns 0, or -1 (nothing added) for an empty word, invalid UTF-8
 * or U+0000.
 */
int zp_wl_add(
    struct zp_wordlist *wl, const char *s, size_t len, uint32_t value);

/* Adds each of the n NUL-terminated words, word k with value k. */
void zp_wl_add_all(struct zp_wordlist *wl, const char *const *words, size_t n);

/* Frees what the list holds and leaves it empty, ready for reuse. */
void zp_wl_free(struct zp_wordlist *wl);

/* Number of distinct words. */
static inline size_t
zp_wl_count(const struct zp_wordlist *wl)
{
	return wl->n;
}

/* The code points of word k (of zp_wl_count) and their number in *len. */
const uint32_t *zp_wl_word(const struct zp_wordlist *wl, size_t k, size_t *len);

/* The bit of the pair (a, b) in a pair filter. */
static inline size_t
zp_wl_pair_of(uint32_t a, uint32_t b)
{
	return (size_t)(((a * 0x9e3779b1u) ^ (b * 0x85ebca77u)) >> 16) &
	    (ZP_WL_PAIRBITS - 1);
}

static inline bool
zp_wl_pair_test(const uint64_t *bits, uint32_t a, uint32_t b)
{
	size_t h = zp_wl_pair_of(a, b);

	return (bits[h >> 6] >> (h & 63)) & 1;
}

/*
 * The walks behind zp_wl_at and zp_wl_before, for them alone: they take
 * the first tests as made (without words of one character, the pair test
 * too).
 */
size_t zp_wl_at_chain(const struct zp_wordlist *wl, const uint32_t *c, size_t n,
    size_t i, uint32_t *value);
size_t zp_wl_before_chain(const struct zp_wordlist *wl, const uint32_t *c,
    size_t lo, size_t i, uint32_t *value);

/*
 * zp_wl_at -- length in code points of the longest word of wl that starts
 * at c[i] and ends within c[0..n), or 0.  On a match, its value goes to
 * *value unless value is NULL.
 */
static inline size_t
zp_wl_at(const struct zp_wordlist *wl, const uint32_t *c, size_t n, size_t i,
    uint32_t *value)
{
	uint32_t k;

	if (i >= n)
		return 0;
	k = c[i];
	if (k < 0x10000 ? !((wl->first[k >> 6] >> (k & 63)) & 1) :
	                  !wl->astral_first)
		return 0;
	/*
	 * Without words of one character, a pair that starts no word is a
	 * miss before the call: most that pass the first test are.
	 */
	if (!wl->any_one &&
	    (n - i < 2 || !zp_wl_pair_test(wl->pair_first, k, c[i + 1])))
		return 0;
	return zp_wl_at_chain(wl, c, n, i, value);
}

/*
 * zp_wl_before -- length of the longest word of wl that ends just before
 * c[i] and starts at lo or later, or 0; its value as with zp_wl_at.
 */
static inline size_t
zp_wl_before(const struct zp_wordlist *wl, const uint32_t *c, size_t lo,
    size_t i, uint32_t *value)
{
	uint32_t k;

	if (i <= lo)
		return 0;
	k = c[i - 1];
	if (k < 0x10000 ? !((wl->last[k >> 6] >> (k & 63)) & 1) :
	                  !wl->astral_last)
		return 0;
	if (!wl->any_one &&
	    (i - lo < 2 || !zp_wl_pair_test(wl->pair_last, c[i - 2], k)))
		return 0;
	return zp_wl_before_chain(wl, c, lo, i, value);
}

#endif
