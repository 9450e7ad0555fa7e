/*
 * gazetteer_lookup -- the queries of a compiled gazetteer: where names can
 * start (the quick tests the extractors read at every position), the names
 * that start at a position, and the entry of a whole text.  The layout and
 * the walk are in gazetteer_internal.h; gazetteer.c builds them.
 */
#include <string.h>

#include "zhpipe/fold.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/utf8.h"

#include "gazetteer_internal.h"

void
zp_gaz_quick_get(const struct zp_gazetteer *g, struct zp_gaz_quick *q)
{
	q->first = g->first;
	q->single = g->single;
	q->pair = g->pair;
	q->slots = (const unsigned char *)g->pairs;
	q->smask = g->pmask;
	q->tri = g->tri;
	q->tmask = g->tmask;
	q->edges = (const unsigned char *)g->hash;
	q->hmask = g->hmask;
}

bool
zp_gaz_can_start(const struct zp_gazetteer *g, uint32_t c)
{
	if (!g->compiled)
		return false;
	return getbit(g->first, c < ROOT_DIRECT ? c : 0);
}

/*
 * Where a walk over cp[0..n) starts: returns the number of code points
 * already walked (2 when *a is at the node of the first two, found in the
 * pair table; 0 when the walk starts at the root), or -1 when no alias can
 * start there.  With no one-character alias starting with cp[0], the node
 * of cp[0] alone ends no alias, so skipping it loses no match.
 */
static inline int
quick(const struct zp_gazetteer *g, const uint32_t *cp, size_t n, struct at *a)
{
	uint32_t c0;

	if (n == 0)
		return -1;
	c0 = cp[0] < ROOT_DIRECT ? cp[0] : 0;
	if (!getbit(g->first, c0))
		return -1;
	if (getbit(g->single, c0))
		return 0;
	if (n < 2 || !getbit(g->pair, zp_gaz_pair_hash(c0, cp[1])))
		return -1;
	if (cp[0] >= ROOT_DIRECT)
		return 0;
	return pair_at(g, c0, cp[1], a) ? 2 : -1;
}

/*
 * Starts a walk over cp[0..n) as quick() tells (at the root, the first
 * character is walked here): returns the code points walked, or 0.
 */
static inline size_t
start(const struct zp_gazetteer *g, const uint32_t *cp, size_t n, struct at *a)
{
	int from = quick(g, cp, n, a);

	if (from < 0)
		return 0;
	if (from == 2)
		return 2;
	return at_node(g, child(g, 0, cp[0]), a) ? 1 : 0;
}

/*
 * zp_gaz_prefixes from *a, the node of cp[0..i) (i > 0): fills lens[] and
 * entries[] with the aliases that end there and below.
 */
static inline __attribute__((always_inline)) size_t
prefixes_from(const struct zp_gazetteer *g, const uint32_t *cp, size_t n,
    size_t i, struct at a, size_t *lens, uint32_t *entries, size_t max)
{
	size_t k = 0;

	for (;;) {
		if (a.entry != ZP_GAZ_NONE) {
			lens[k] = i;
			entries[k] = a.entry;
			k++;
		}
		if (i >= n || k >= max || !step(g, &a, cp, i))
			break;
		i++;
	}
	return k;
}

size_t
zp_gaz_prefixes(const struct zp_gazetteer *g, const uint32_t *cp, size_t n,
    size_t *lens, uint32_t *entries, size_t max)
{
	struct at a;
	size_t i;

	if (!g->compiled || max == 0 || (i = start(g, cp, n, &a)) == 0)
		return 0;
	return prefixes_from(g, cp, n, i, a, lens, entries, max);
}

size_t
zp_gaz_prefixes_long(const struct zp_gazetteer *g, const uint32_t *cp, size_t n,
    size_t *lens, uint32_t *entries, size_t max)
{
	struct at a;

	if (!g->compiled || max == 0 || n < 2 ||
	    !pair_slot(g, cp[0], cp[1], &a))
		return 0;
	return prefixes_from(g, cp, n, 2, a, lens, entries, max);
}

size_t
zp_gaz_longest(
    const struct zp_gazetteer *g, const uint32_t *cp, size_t n, uint32_t *entry)
{
	struct at a;
	size_t best = 0, i;

	if (!g->compiled || (i = start(g, cp, n, &a)) == 0)
		return 0;
	for (;;) {
		if (a.entry != ZP_GAZ_NONE) {
			best = i;
			*entry = a.entry;
		}
		if (i >= n || !step(g, &a, cp, i))
			break;
		i++;
	}
	return best;
}

uint32_t
zp_gaz_lookup_cp(const struct zp_gazetteer *g, const uint32_t *cp, size_t n)
{
	struct at a;

	if (!g->compiled || n == 0 || !walk(g, cp, n, &a))
		return ZP_GAZ_NONE;
	return a.entry;
}

bool
zp_gaz_trad_only(const struct zp_gazetteer *g, const uint32_t *cp, size_t n)
{
	struct at a;

	if (!g->compiled || n == 0 || !walk(g, cp, n, &a))
		return false;
	return getbit(g->trad_node, a.nd);
}

bool
zp_gaz_has_trad_only(const struct zp_gazetteer *g, uint32_t entry)
{
	return g->compiled && entry < g->nent && getbit(g->trad_ent, entry);
}

/*
 * The fold's flags of c (zp_fold_step): 0 when the fold of any text
 * leaves c as it is.
 */
static inline uint32_t
fold_flags(const uint32_t *map, uint32_t c)
{
	if (c < 0x2E80 || c > 0xFFFF)
		return 0;
	return map[c] & (ZP_FOLD_T_BIT | ZP_FOLD_A_BIT);
}

/* c, or the form the fold of a text may give it instead. */
static inline uint32_t
fold_other(const uint32_t *map, uint32_t c)
{
	return fold_flags(map, c) ? map[c] & 0xFFFF : c;
}

/* Whether an alias of two code points or more may start with a b c. */
static inline bool
may_start3(const struct zp_gazetteer *g, uint32_t a, uint32_t b, uint32_t c)
{
	return getbit(g->pair, zp_gaz_pair_hash(a, b)) &&
	    getbit(g->tri, zp_gaz_tri_hash(a, b, c) & g->tmask);
}

/*
 * The same when one of a b c may fold: the fold of a text turns each
 * code point into itself or into fold_other's form, so each way is asked
 * (c is ZP_GAZ_TRI_END for a text of two).
 */
static bool
may_fold_to(const struct zp_gazetteer *g, const uint32_t *map, uint32_t a,
    uint32_t b, uint32_t c)
{
	uint32_t fa = fold_other(map, a), fb = fold_other(map, b);
	uint32_t fc = fold_other(map, c); /* ZP_GAZ_TRI_END stays */

	/* Rare enough that a way asked twice costs nothing to speak of. */
	return may_start3(g, a, b, c) || may_start3(g, a, b, fc) ||
	    may_start3(g, a, fb, c) || may_start3(g, a, fb, fc) ||
	    may_start3(g, fa, b, c) || may_start3(g, fa, b, fc) ||
	    may_start3(g, fa, fb, c) || may_start3(g, fa, fb, fc);
}

/*
 * False when no alias is the fold of a text that begins with cp[0..k)
 * (k is 2, or 3 of a longer text), by the pair filter and zp_gaz_tri_bit's
 * filter; folds is nonzero when one of them may fold.  Most texts given
 * to zp_gaz_lookup (the ids of names found by the rules) are no alias,
 * and fail here before they are decoded whole and walked.
 */
static inline bool
may_be_alias(const struct zp_gazetteer *g, const uint32_t *map,
    const uint32_t *cp, size_t k, uint32_t folds)
{
	uint32_t c = k > 2 ? cp[2] : ZP_GAZ_TRI_END;

	if (cp[0] >= ROOT_DIRECT)
		return true;
	if (folds == 0)
		return may_start3(g, cp[0], cp[1], c);
	return may_fold_to(g, map, cp[0], cp[1], c);
}

uint32_t
zp_gaz_lookup(const struct zp_gazetteer *g, const char *s, size_t n)
{
	struct zp_fold fold = ZP_FOLD_INIT;
	uint32_t cp[ZP_GAZ_MAX_ALIAS], folds = 0;
	size_t i = 0, k = 0, l;
	int32_t c;

	if (!g->compiled)
		return ZP_GAZ_NONE;
	zp_fold_begin(&fold); /* for its map */
	while (i < n) {
		/* Longer than any alias: no match. */
		if (k == ZP_GAZ_MAX_ALIAS)
			return ZP_GAZ_NONE;
		c = decode_at(s, n, i, &l);
		if (c < 0)
			return ZP_GAZ_NONE;
		cp[k++] = (uint32_t)c;
		i += l;
		folds |= fold_flags(fold.map, (uint32_t)c);
		if (k == 3 && !may_be_alias(g, fold.map, cp, 3, folds))
			return ZP_GAZ_NONE;
	}
	if (k == 2 && !may_be_alias(g, fold.map, cp, 2, folds))
		return ZP_GAZ_NONE;
	/* A text of which no code point folds is its own fold. */
	if (folds != 0)
		zp_fold_text(cp, k);
	return zp_gaz_lookup_cp(g, cp, k);
}