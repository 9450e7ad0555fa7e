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
	ZP_LEX_USER = 4		/* from a user dictionary or a gazetteer */
};

/* Frequency given to user words listed without one. */
#define ZP_LEX_USER_FREQ 20000.0

struct zp_lexnode {
	uint32_t label;		/* the code point leading here */
	uint32_t first;		/* index of the first child */
	uint32_t nkid;		/* low 24 bits: children; high 8: ZP_LEX_* */
	float logp;		/* log(freq / total) when a word */
};

struct zp_lexentry;

struct zp_lexicon {
	/* Compiled form (valid after zp_lexicon_build). */
	struct zp_lexnode *node;	/* node[0] is the root */
	uint32_t nnodes;
	uint32_t *root;			/* 65536 entries: BMP child of root */
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

/* The child of node v labelled cp, or 0 when there is none. */
static inline uint32_t
zp_lexicon_child(const struct zp_lexicon *lx, uint32_t v, uint32_t cp)
{
	const struct zp_lexnode *n = lx->node;
	uint32_t lo, hi;

	if (v == 0 && cp < 0x10000)
		return lx->root[cp];
	lo = n[v].first;
	hi = lo + (n[v].nkid & 0xffffff);
	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;

		if (n[mid].label < cp)
			lo = mid + 1;
		else if (n[mid].label > cp)
			hi = mid;
		else
			return mid;
	}
	return 0;
}

static inline unsigned
zp_lexicon_flags(const struct zp_lexicon *lx, uint32_t v)
{
	return lx->node[v].nkid >> 24;
}

/*
 * Looks a whole word up: returns true and its log probability and flags
 * when s[0..n) is a word.
 */
bool zp_lexicon_lookup(const struct zp_lexicon *lx, const char *s, size_t n,
    float *logp, unsigned *flags);

#endif
