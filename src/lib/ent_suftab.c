/*
 * ent_suftab -- the suffixes of ent_suffix.c and the team words of
 * ent_organs.c in one lookup table of a few kilobytes, read once per
 * place that may start one (MARK_SUF): ent_decode calls ent_suffix_marks,
 * and the passes read the answer from x->sufat.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/fold.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "bits.h"
#include "ent_internal.h"

#define SUF_MAXLEN 6          /* code points of the longest suffix */
#define SUF_SLOTS 512u        /* a power of two, above twice the first pairs */
#define SUF_TEAMS 64          /* team words (ent_organs.c) the table holds */
#define SUF_TEAM 0xFFFFu      /* sufword.idx of a team word */
#define SUF_KEY_ONE 0xFFFFu   /* the key's second: a word of one character */
#define SUF_PAIR_BITS 0x4000u /* the pair filter's bits, a power of two */
#define SUF_CODE_SUF 0x0FFFu  /* the suffix's part of a SUFAT_* value */
#define SUF_CODE_TEAM 0xF000u /* the team word's */

/* A word of the table, folded as the text is: all of it in the BMP. */
struct sufword {
	uint16_t cp[SUF_MAXLEN];
	uint16_t len;
	uint16_t idx; /* in suffixes[], or SUF_TEAM */
};

/*
 * The suffixes and the team words by their first two characters, and the
 * suffixes of one character by theirs: what x->suf and x->teams find
 * (ent_coref.c reads x->suf), in tables of a few kilobytes that ent_decode
 * reads once per place that may start one (MARK_SUF, x->sufat).  A key's
 * words of its own length (two, or one) match wherever it does: their
 * SUFAT_* value is the slot's, and its run holds only the longer words,
 * longest first (most keys have none: 公司, 集团, 银行).
 */
struct sufslot {
	uint32_t key;  /* c0 << 16 | c1 (SUF_KEY_ONE), or 0: empty */
	uint16_t code; /* SUFAT_* of the key's words of its own length */
	uint16_t from; /* the key's longer words in w[] */
	uint16_t cnt;
};

/*
 * Before the table, at each CL_SUF position (a fifth of the text): a
 * filter of the words' first two characters and a bitmap of the BMP for
 * the suffixes of one character, asked without a multiplication.
 */
struct suftab {
	uint64_t pairs[SUF_PAIR_BITS / 64];
	uint64_t ones[0x10000 / 64];
	struct sufslot slot[SUF_SLOTS];
	size_t nw;
	struct sufword w[]; /* the suffixes, then the team words */
};

static inline uint32_t
suf_key(uint32_t c0, uint32_t c1)
{
	return c0 << 16 | c1;
}

/* Where the probes for key start. */
static inline size_t
suf_home(uint32_t key)
{
	return (key * 0x9E3779B1u) >> (32 - 9); /* 2^9 == SUF_SLOTS */
}

/* The slot of key in t: its own, or the empty one where it would go. */
static inline size_t
suf_slot(const struct suftab *t, uint32_t key)
{
	size_t h = suf_home(key);

	while (t->slot[h].key != 0 && t->slot[h].key != key)
		h = (h + 1) & (SUF_SLOTS - 1);
	return h;
}

/*
 * The pair filter's bit of c0 c1: a shift and an exclusive or, each c0's
 * row a permutation of the seconds.  On docs3 it lets through fewer pairs
 * than the multiplicative hash it replaced (29.0K against 30.1K of the
 * 197K CL_SUF positions, some 27K of them a word's first two).
 */
static inline uint32_t
suf_pair_hash(uint32_t c0, uint32_t c1)
{
	return ((c0 << 5) ^ c1) & (SUF_PAIR_BITS - 1);
}

/* The part of a SUFAT_* value that a word of the table fills. */
static inline unsigned
sufword_part(const struct sufword *w)
{
	return w->idx == SUF_TEAM ? SUF_CODE_TEAM : SUF_CODE_SUF;
}

/* The SUFAT_* value of a word of the table. */
static inline unsigned
sufword_code(const struct sufword *w)
{
	return w->idx == SUF_TEAM ? (unsigned)w->len << 12 :
	                            (unsigned)w->idx << 3 | w->len;
}

/*
 * The SUFAT_* value of the suffix and the team word at c[0] (0: none),
 * left characters from c[0] on, where the pair filter has c[0] c[1] (f2)
 * or a suffix of one character is c[0] (f1).
 */
static uint16_t
suffix_code(
    const struct suftab *t, const uint32_t *c, size_t left, bool f2, bool f1)
{
	unsigned v = 0;

	if (c[0] >= SUF_KEY_ONE)
		return 0;
	if (f2 && left >= 2 && c[1] < SUF_KEY_ONE) {
		const struct sufslot *sl =
		    &t->slot[suf_slot(t, suf_key(c[0], c[1]))];

		/* The longest of each kind first. */
		for (size_t k = sl->from; k < (size_t)sl->from + sl->cnt; k++) {
			const struct sufword *w = &t->w[k];
			size_t q = 2;

			if (w->len > left || (v & sufword_part(w)) != 0)
				continue;
			while (q < w->len && c[q] == w->cp[q])
				q++;
			if (q == w->len)
				v |= sufword_code(w);
		}
		if ((v & SUF_CODE_SUF) == 0)
			v |= sl->code & SUF_CODE_SUF;
		if ((v & SUF_CODE_TEAM) == 0)
			v |= sl->code & SUF_CODE_TEAM;
	}
	if ((v & SUF_CODE_SUF) == 0 && f1)
		v |= t->slot[suf_slot(t, suf_key(c[0], SUF_KEY_ONE))].code;
	return (uint16_t)v;
}

void
ent_suffix_marks(struct zp_entities *x)
{
	const struct suftab *t = x->suft;
	const uint32_t *c = x->c;
	uint64_t *m = x->marks + MARK_SUF * x->markw;
	size_t n = x->n, nw = n / 64 + 1;

	for (size_t w = 0; w < nw; w++) {
		uint64_t r = 0;

		for (uint64_t bits = m[w]; bits != 0; bits &= bits - 1) {
			unsigned k = (unsigned)__builtin_ctzll(bits);
			size_t i = 64 * w + k;
			/*
			 * c[i + 1] is read at n - 1 too (the pad of c[]); a
			 * c[i] past the BMP may pass the bitmap of ones, not
			 * the table.
			 */
			bool f2 =
			    getbit(t->pairs, suf_pair_hash(c[i], c[i + 1]));
			bool f1 = getbit(t->ones, c[i] & 0xFFFF);
			uint16_t v;

			if (!(f2 | f1))
				continue;
			v = suffix_code(t, c + i, n - i, f2, f1);
			if (v != 0) {
				r |= (uint64_t)1 << k;
				x->sufat[i] = v;
			}
		}
		m[w] = r;
	}
	/* The stop of next_mark. */
	m[n >> 6] |= (uint64_t)1 << (n & 63);
}

/* The key of w in struct suftab. */
static uint32_t
sufword_key(const struct sufword *w)
{
	return suf_key(w->cp[0], w->len > 1 ? w->cp[1] : SUF_KEY_ONE);
}

/* Orders sufwords by key, then longest first. */
static int
sufword_cmp(const void *pa, const void *pb)
{
	const struct sufword *a = pa, *b = pb;
	uint32_t ka = sufword_key(a), kb = sufword_key(b);

	if (ka != kb)
		return ka < kb ? -1 : 1;
	return (int)b->len - (int)a->len;
}

/*
 * Puts the word cp[0..m) (folded) into t as w[t->nw] and into the filter
 * or the bitmap of ones.  A word the table cannot hold is a bug of the
 * lists.
 */
static void
suftab_put(struct suftab *t, const uint32_t *cp, size_t m, uint16_t idx)
{
	struct sufword *w = &t->w[t->nw++];

	if (m == 0 || m > SUF_MAXLEN || (idx == SUF_TEAM && m < 2))
		abort();
	for (size_t i = 0; i < m; i++) {
		if (cp[i] == 0 || cp[i] >= SUF_KEY_ONE)
			abort();
		w->cp[i] = (uint16_t)cp[i];
	}
	w->len = (uint16_t)m;
	w->idx = idx;
	if (m > 1)
		setbit(t->pairs, suf_pair_hash(cp[0], cp[1]));
	else
		setbit(t->ones, cp[0]);
}

void
ent_suffix_table(struct zp_entities *x)
{
	size_t nsuf;
	const struct suffix *suffixes = ent_suffix_list(&nsuf);
	struct suftab *t = zp_xcalloc(
	    1, sizeof(*t) + (nsuf + SUF_TEAMS) * sizeof(struct sufword));

	for (size_t k = 0; k < nsuf; k++) {
		const char *s = suffixes[k].w;
		uint32_t cp[SUF_MAXLEN + 1];
		size_t i = 0, n = strlen(s), l, m = 0;

		while (i < n && m <= SUF_MAXLEN) {
			int32_t c = zp_utf8_decode(s + i, n - i, &l);

			cp[m++] = c < 0 ? 0 : (uint32_t)c;
			i += l;
		}
		zp_fold_text(cp, m);
		suftab_put(t, cp, i < n ? 0 : m, (uint16_t)k);
	}
	if (zp_wl_count(&x->teams) > SUF_TEAMS)
		abort();
	for (size_t k = 0; k < zp_wl_count(&x->teams); k++) {
		size_t l;
		const uint32_t *w = zp_wl_word(&x->teams, k, &l);

		suftab_put(t, w, l, SUF_TEAM);
	}
	qsort(t->w, t->nw, sizeof(*t->w), sufword_cmp);
	for (size_t k = 0; k < t->nw; k++) {
		const struct sufword *w = &t->w[k];
		uint32_t key = sufword_key(w);
		struct sufslot *sl = &t->slot[suf_slot(t, key)];

		if (sl->key == 0) {
			sl->key = key;
			sl->from = (uint16_t)k;
		}
		/*
		 * The words of the key's own length come last in its run; the
		 * first of each kind is the one a walk of the run would take.
		 */
		if (w->len > 2)
			sl->cnt++;
		else if ((sl->code & sufword_part(w)) == 0)
			sl->code |= (uint16_t)sufword_code(w);
	}
	x->suft = t;
}
