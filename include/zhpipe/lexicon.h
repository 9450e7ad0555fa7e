/*
 * lexicon -- a word list with frequencies compiled into a trie over code
 * points, for the word segmenter.
 *
 * Words are collected from text files ("word [freq [tag]]" per line, the
 * format of jieba's dict.txt and of its user dictionaries) and from entity
 * gazetteers (CSV with a header naming "canonical" and "aliases" columns),
 * then zp_lexicon_build() compiles them.  The trie keeps the children of a
 * node contiguous and sorted, found by binary search, with a direct table
 * for the root's children in the Basic Multilingual Plane.  Building from a
 * file that is already in byte order (data/lexicon/jieba.dict) needs no sort.
 */
#ifndef ZHPIPE_LEXICON_H
#define ZHPIPE_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
	ZP_LEX_WORD = 1,	/* the node ends a word */
	ZP_LEX_NAME = 2,	/* a person's name (jieba tag nr) */
	ZP_LEX_USER = 4,	/* from a user dictionary or a gazetteer */
	ZP_LEX_KIDS = 8		/* the node has children */
};

/* Frequency given to user words listed without one. */
#define ZP_LEX_USER_FREQ 20000.0

/*
 * A trie edge, packed in 64 bits: the parent node id (bits 0-23), the code
 * point leading to the child (24-44), ZP_LEX_* flags (45-48) and the
 * child's log probability as a word, negated and in steps of 1/800
 * (49-63).  Edges live in one open-addressing hash table, eight to a cache
 * line, so a step down the trie is one probe whatever the fan-out.  A
 * child's node id is its edge's slot index + 1; 0 is the root.
 */
#define ZP_LEXSLOT_KEY ((UINT64_C(1) << 45) - 1)
#define ZP_LEXSLOT_LOGP_SCALE 800.0f

struct zp_lexentry;

struct zp_lexicon {
	/* Compiled form (valid after zp_lexicon_build). */
	uint64_t *slot;			/* the edges; 0 is an empty slot */
	uint32_t mask;			/* table size - 1 */
	uint32_t nnodes;
	uint64_t *root;			/* 65536: the BMP root edges, dense,
					   with the child id as parent */
	uint64_t *filter;		/* bit set for every edge's hash */
	uint32_t fmask;			/* bits in filter - 1 */
	size_t nwords;
	double total;			/* sum of the frequencies */
	float minlogp;			/* log(1 / total) */
	bool built;

	/* Collected words (freed by build). */
	struct zp_lexentry *ent;
	size_t nent, capent;
	size_t nsorted;			/* ent[0..nsorted) in byte order */
	char **blocks;			/* text the entries point into */
	size_t nblocks;
};

struct zp_lexicon *zp_lexicon_new(void);
void zp_lexicon_free(struct zp_lexicon *lx);

/*
 * Adds the words of a "word [freq [tag]]" file.  user marks them as user
 * words: they override earlier entries, and one without a frequency gets at
 * least ZP_LEX_USER_FREQ.  Lines that are empty or start with '#' are
 * skipped.  Returns 0, or -1 with "LINE: reason" or strerror in err.
 */
int zp_lexicon_load(struct zp_lexicon *lx, const char *path, bool user,
    char *err, size_t errsize);

/* The same from memory (copied); name is used in messages only. */
int zp_lexicon_load_mem(struct zp_lexicon *lx, const char *text, size_t len,
    bool user, char *err, size_t errsize);

/*
 * Adds the names of a gazetteer CSV file (columns found by the header:
 * "canonical" and "aliases", the latter split on '|') as user words.
 * Returns the number of names added, or -1 with a reason in err.
 */
long zp_lexicon_load_gazetteer(struct zp_lexicon *lx, const char *path,
    char *err, size_t errsize);

/* Adds one word (copied); freq < 0 means "none given". */
void zp_lexicon_add(struct zp_lexicon *lx, const char *w, size_t n,
    double freq, unsigned flags);

/* Compiles the trie; no words can be added afterwards. */
void zp_lexicon_build(struct zp_lexicon *lx);

static inline uint64_t
zp_lexicon_hash(uint32_t parent, uint32_t cp)
{
	return ((uint64_t)parent << 32 | cp) * 0x9e3779b97f4a7c15u;
}

/*
 * The edge from node v along cp: returns it (0 when there is none) and
 * stores the child's id in *child.
 */
static inline uint64_t
zp_lexicon_next(const struct zp_lexicon *lx, uint32_t v, uint32_t cp,
    uint32_t *child)
{
	uint64_t h, key, e;
	uint32_t i, f;

	if (v == 0 && cp < 0x10000) {
		e = lx->root[cp];
		*child = (uint32_t)(e & 0xffffff);
		return e;
	}
	h = zp_lexicon_hash(v, cp);
	/* Most failing steps stop at the filter, which stays in cache. */
	f = (uint32_t)(h >> 8) & lx->fmask;
	if (!(lx->filter[f >> 6] & (uint64_t)1 << (f & 63)))
		return 0;
	key = v | (uint64_t)cp << 24;
	for (i = (uint32_t)(h >> 32) & lx->mask;; i = (i + 1) & lx->mask) {
		e = lx->slot[i];
		if (e == 0)
			return 0;
		if ((e & ZP_LEXSLOT_KEY) == key) {
			*child = i + 1;
			return e;
		}
	}
}

/* Starts loading the slot zp_lexicon_next(lx, v, cp) will probe. */
static inline void
zp_lexicon_prefetch(const struct zp_lexicon *lx, uint32_t v, uint32_t cp)
{
	uint64_t h = zp_lexicon_hash(v, cp);

	__builtin_prefetch(&lx->slot[(uint32_t)(h >> 32) & lx->mask]);
}

static inline unsigned
zp_lexslot_flags(uint64_t e)
{
	return (unsigned)(e >> 45) & 15;
}

static inline float
zp_lexslot_logp(uint64_t e)
{
	return -(float)(e >> 49) / ZP_LEXSLOT_LOGP_SCALE;
}

/*
 * Looks a whole word up: returns true and its log probability and flags
 * when s[0..n) is a word.
 */
bool zp_lexicon_lookup(const struct zp_lexicon *lx, const char *s, size_t n,
    float *logp, unsigned *flags);

#endif
