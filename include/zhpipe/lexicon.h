/*
 * lexicon -- a word list with frequencies compiled into a trie over code
 * points, for the word segmenter.
 *
 * Words are collected from text files ("word [freq [tag]]" per line, the
 * format of jieba's dict.txt and of its user dictionaries) or added one by
 * one (segment adds the entity gazetteers' names, read by gazetteer.c), then
 * zp_lexicon_build() compiles them into a trie (below), with a direct table
 * for the root's children in the Basic Multilingual Plane.  Building from a
 * file that is already in byte order (data/lexicon/jieba.dict) needs no sort.
 */
#ifndef ZHPIPE_LEXICON_H
#define ZHPIPE_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
	ZP_LEX_WORD = 1, /* the node ends a word */
	ZP_LEX_NAME = 2, /* a person's name (jieba tag nr) */
	ZP_LEX_USER = 4, /* from a user dictionary or a gazetteer */
	ZP_LEX_KIDS = 8  /* the node has children */
};

/* Frequency given to user words listed without one. */
#define ZP_LEX_USER_FREQ 20000.0

/*
 * A trie edge, packed in 64 bits: the code point leading to the child
 * (bits 0-20), ZP_LEX_* flags (21-24), the child's log probability as a
 * word, negated, in steps of 1/128 (25-36), and where the child's own
 * children are: log2 of their table's size + 1 (37-41; 0: no children) and
 * the table's offset in lx->slot (42-63).
 *
 * Every node's children live in one small open-addressing table of their
 * own, and the tables are laid out in breadth-first order, so a step down
 * the trie is one probe in the parent's table, and the children of a common
 * character share a few cache lines instead of being scattered over the
 * whole lexicon.  The walk's state is the edge last taken.
 */
#define ZP_LEXEDGE_CP 0x1fffffu
#define ZP_LEXEDGE_LOGP_SCALE 128.0f

struct zp_lexentry;

struct zp_lexicon {
	/* Compiled form (valid after zp_lexicon_build). */
	uint64_t *slot; /* the child tables; 0: empty */
	size_t nslots;
	uint32_t nnodes;
	uint64_t rootedge; /* the state at the root */
	uint64_t *root;    /* 65536: the BMP root edges, dense */
	size_t nwords;
	double total;  /* sum of the frequencies */
	float minlogp; /* log(1 / total) */
	bool built;
	/*
	 * Set before building: drop four-character words that the lexicon
	 * tags as ordinary words (not idioms, fixed expressions, names or
	 * abbreviations) when both halves are words, so that such phrases
	 * are cut into their words, as the PKU guidelines do (经济发展 ->
	 * 经济 发展; 一心一意, 中华民国 and user words stay whole).
	 */
	bool split_phrases;

	/* Collected words (freed by build). */
	struct zp_lexentry *ent;
	size_t nent, capent;
	size_t nsorted; /* ent[0..nsorted) in byte order */
	char **blocks;  /* text the entries point into */
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

/* Adds one word (copied); freq < 0 means "none given". */
void zp_lexicon_add(struct zp_lexicon *lx, const char *w, size_t n, double freq,
    unsigned flags);

/* Compiles the trie; no words can be added afterwards. */
void zp_lexicon_build(struct zp_lexicon *lx);

static inline uint32_t
zp_lexicon_hash(uint32_t cp, unsigned bits)
{
	return bits == 0 ? 0 : (cp * 0x9e3779b1u) >> (32 - bits);
}

/*
 * The edge from the node that edge `from` leads to (lx->rootedge for the
 * root) along cp, or 0 when there is none.
 */
static inline uint64_t
zp_lexicon_next(const struct zp_lexicon *lx, uint64_t from, uint32_t cp)
{
	unsigned tb = (unsigned)(from >> 37) & 31;
	const uint64_t *t;
	uint32_t i, mask;

	if (from == lx->rootedge && cp < 0x10000)
		return lx->root[cp];
	if (tb == 0)
		return 0;
	t = lx->slot + (from >> 42);
	mask = (1u << (tb - 1)) - 1;
	for (i = zp_lexicon_hash(cp, tb - 1);; i = (i + 1) & mask) {
		uint64_t e = t[i];

		if (e == 0 || (e & ZP_LEXEDGE_CP) == cp)
			return e;
	}
}

static inline unsigned
zp_lexedge_flags(uint64_t e)
{
	return (unsigned)(e >> 21) & 15;
}

static inline float
zp_lexedge_logp(uint64_t e)
{
	return -(float)((e >> 25) & 4095) / ZP_LEXEDGE_LOGP_SCALE;
}

/*
 * Looks a whole word up: returns true and its log probability and flags
 * when s[0..n) is a word.
 */
bool zp_lexicon_lookup(const struct zp_lexicon *lx, const char *s, size_t n,
    float *logp, unsigned *flags);

#endif
