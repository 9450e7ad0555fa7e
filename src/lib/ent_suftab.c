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
#include "ent_internal.h"

#define SUF_MAXLEN 6        /* code points of the longest suffix */
#define SUF_SLOTS 512u      /* a power of two, above twice the first pairs */
#define SUF_TEAMS 64        /* team words (ent_organs.c) the table holds */
#define SUF_TEAM 0xFFFFu    /* sufword.idx of a team word */
#define SUF_KEY_ONE 0xFFFFu /* the key's second: a word of one character */

/* A word of the table, folded as the text is: all of it in the BMP. */
struct sufword {
	uint16_t cp[SUF_MAXLEN];
	uint16_t len;
	uint16_t idx; /* in suffixes[], or SUF_TEAM */
};

/*
 * The suffixes and the team words by their first two characters, each
 * pair's longest first, and the suffixes of one character by theirs:
 * what x->suf and x->teams find (ent_coref.c reads x->suf), in tables of
 * a few kilobytes that ent_decode reads once per place that may start one
 * (MARK_SUF, x->sufat).
 */
struct sufslot {
	uint32_t key;  /* c0 << 16 | c1 (SUF_KEY_ONE), or 0: empty */
	uint16_t from; /* the key's run in w[] */
	uint16_t cnt;
};

struct suftab {
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
 * The SUFAT_* value of the suffix and the team word at i (0: none), where
 * the filter (x->suffilt) has the bits f2 of c[i] c[i + 1] and f1 of c[i]
 * alone.
 */
static uint16_t
suffix_code(const struct zp_entities *x, size_t i, bool f2, bool f1)
{
	const struct suftab *t = x->suft;
	const uint32_t *c = x->c + i;
	size_t left = x->n - i, slen = 0, tlen = 0, sidx = 0;
	const struct sufslot *sl;

	if (left == 0 || c[0] >= SUF_KEY_ONE)
		return 0;
	/* The filter first: a key not in the table probes the longest. */
	if (left >= 2 && c[1] < SUF_KEY_ONE && f2) {
		sl = &t->slot[suf_slot(t, suf_key(c[0], c[1]))];
		for (size_t k = sl->from; k < (size_t)sl->from + sl->cnt; k++) {
			const struct sufword *w = &t->w[k];
			size_t q = 2;

			if (w->len > left ||
			    (w->idx == SUF_TEAM ? tlen : slen) != 0)
				continue;
			while (q < w->len && c[q] == w->cp[q])
				q++;
			if (q < w->len)
				continue;
			if (w->idx == SUF_TEAM) {
				tlen = w->len;
			} else {
				slen = w->len;
				sidx = w->idx;
			}
		}
	}
	if (slen == 0 && f1 &&
	    (sl = &t->slot[suf_slot(t, suf_key(c[0], SUF_KEY_ONE))])->cnt > 0) {
		slen = 1;
		sidx = t->w[sl->from].idx;
	}
	return (uint16_t)(tlen << 12 | sidx << 3 | slen);
}

void
ent_suffix_marks(struct zp_entities *x)
{
	uint64_t *m = x->marks + MARK_SUF * x->markw;
	size_t nw = x->n / 64 + 1;

	for (size_t w = 0; w < nw; w++) {
		uint64_t r = 0;

		for (uint64_t bits = m[w]; bits != 0; bits &= bits - 1) {
			unsigned k = (unsigned)__builtin_ctzll(bits);
			size_t i = 64 * w + k;
			/* c[i + 1] is read at n - 1 too (the pad of c[]). */
			bool f2 = suf_filter_has(x, x->c[i], x->c[i + 1]);
			bool f1 = suf_filter_has(x, x->c[i], SUF_ONE);
			uint16_t v;

			if (!(f2 | f1))
				continue;
			v = suffix_code(x, i, f2, f1);
			if (v != 0) {
				r |= (uint64_t)1 << k;
				x->sufat[64 * w + k] = v;
			}
		}
		m[w] = r;
	}
	/* The stop of next_mark. */
	m[x->n >> 6] |= (uint64_t)1 << (x->n & 63);
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
 * of MARK_SUF.  A word the table cannot hold is a bug of the lists.
 */
static void
suftab_put(struct zp_entities *x, struct suftab *t, const uint32_t *cp,
    size_t m, uint16_t idx)
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
	suf_filter_add(x, cp, m);
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
		suftab_put(x, t, cp, i < n ? 0 : m, (uint16_t)k);
	}
	if (zp_wl_count(&x->teams) > SUF_TEAMS)
		abort();
	for (size_t k = 0; k < zp_wl_count(&x->teams); k++) {
		size_t l;
		const uint32_t *w = zp_wl_word(&x->teams, k, &l);

		suftab_put(x, t, w, l, SUF_TEAM);
	}
	qsort(t->w, t->nw, sizeof(*t->w), sufword_cmp);
	for (size_t k = 0; k < t->nw; k++) {
		uint32_t key = sufword_key(&t->w[k]);
		struct sufslot *sl = &t->slot[suf_slot(t, key)];

		if (sl->key == 0) {
			sl->key = key;
			sl->from = (uint16_t)k;
		}
		sl->cnt++;
	}
	x->suft = t;
}
