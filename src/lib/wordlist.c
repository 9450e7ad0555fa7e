/*
 * wordlist -- the longest-match word lists shared by the extractors: words
 * in chains by first and by last code point, longest first, found through
 * two open-addressing maps (see include/zhpipe/wordlist.h).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/fold.h"
#include "zhpipe/utf8.h"
#include "zhpipe/wordlist.h"
#include "zhpipe/xalloc.h"

/* Fibonacci hashing: code points of a script are close together. */
static inline size_t
slot_of(uint32_t cp, size_t mapsize)
{
	return (size_t)((cp * 0x9e3779b1u) & (uint32_t)(mapsize - 1));
}

static struct zp_wl_slot *
find_slot(struct zp_wl_slot *map, size_t mapsize, uint32_t cp)
{
	size_t h = slot_of(cp, mapsize);

	while (map[h].cp != 0 && map[h].cp != cp)
		h = (h + 1) & (mapsize - 1);
	return &map[h];
}

static void
pair_set(uint64_t *bits, uint32_t a, uint32_t b)
{
	size_t h = zp_wl_pair_of(a, b);

	bits[h >> 6] |= (uint64_t)1 << (h & 63);
}

static const struct zp_wl_slot *
lookup(const struct zp_wl_slot *map, size_t mapsize, uint32_t cp)
{
	size_t h;

	if (mapsize == 0)
		return NULL;
	for (h = slot_of(cp, mapsize); map[h].cp != cp;
	     h = (h + 1) & (mapsize - 1))
		if (map[h].cp == 0)
			return NULL;
	return &map[h];
}

static void
rehash(struct zp_wordlist *wl, size_t mapsize)
{
	struct zp_wl_slot *f = zp_xcalloc(mapsize, sizeof(*f));
	struct zp_wl_slot *l = zp_xcalloc(mapsize, sizeof(*l));

	for (size_t i = 0; i < wl->mapsize; i++) {
		if (wl->fmap[i].cp != 0)
			*find_slot(f, mapsize, wl->fmap[i].cp) = wl->fmap[i];
		if (wl->lmap[i].cp != 0)
			*find_slot(l, mapsize, wl->lmap[i].cp) = wl->lmap[i];
	}
	free(wl->fmap);
	free(wl->lmap);
	wl->fmap = f;
	wl->lmap = l;
	wl->mapsize = mapsize;
}

static bool
same_word(
    const struct zp_wordlist *wl, int32_t k, const uint32_t *cp, size_t len)
{
	return wl->w[k].len == len &&
	    memcmp(wl->cp + wl->w[k].off, cp, len * sizeof(*cp)) == 0;
}

/*
 * Links word k into the chain of slot s, longest first, through next_last
 * when last, else next_first.
 */
static void
link_word(struct zp_wordlist *wl, struct zp_wl_slot *s, int32_t k, bool last)
{
	int32_t *at = &s->head;

	while (*at >= 0 && wl->w[*at].len >= wl->w[k].len)
		at = last ? &wl->w[*at].next_last : &wl->w[*at].next_first;
	if (last)
		wl->w[k].next_last = *at;
	else
		wl->w[k].next_first = *at;
	*at = k;
}

static void
set_bit(uint64_t *bits, bool *astral, uint32_t cp)
{
	if (cp < 0x10000)
		bits[cp >> 6] |= (uint64_t)1 << (cp & 63);
	else
		*astral = true;
}

int
zp_wl_add(struct zp_wordlist *wl, const char *s, size_t len, uint32_t value)
{
	size_t n = 0, i = 0, cl;
	uint32_t *cp;
	struct zp_wl_slot *fs, *ls;
	int32_t k;

	/* Decoded into the pool's tail; kept only if the word is new. */
	if (wl->ncp + len > wl->cpcap) {
		wl->cpcap = wl->cpcap * 2 > wl->ncp + len ? wl->cpcap * 2 :
		                                            wl->ncp + len + 64;
		wl->cp = zp_xreallocarray(wl->cp, wl->cpcap, sizeof(*wl->cp));
	}
	cp = wl->cp + wl->ncp;
	while (i < len) {
		int32_t c = zp_utf8_decode(s + i, len - i, &cl);

		if (c <= 0)
			return -1;
		cp[n++] = (uint32_t)c;
		i += cl;
	}
	if (n == 0 || n > INT32_MAX || wl->n >= INT32_MAX)
		return -1;
	/*
	 * The extractors match on the Simplified fold of their text, so the
	 * words are folded too: a Traditional spelling in a list becomes its
	 * Simplified twin (the same word again, harmless).
	 */
	zp_fold_text(cp, n);
	if (wl->mapsize > 0) {
		const struct zp_wl_slot *f =
		    lookup(wl->fmap, wl->mapsize, cp[0]);

		for (k = f != NULL ? f->head : -1; k >= 0;
		     k = wl->w[k].next_first)
			if (same_word(wl, k, cp, n)) {
				wl->w[k].value = value;
				return 0;
			}
	}
	/* Keep the maps at most half full. */
	if ((wl->nkeys_first + 1) * 2 > wl->mapsize ||
	    (wl->nkeys_last + 1) * 2 > wl->mapsize)
		rehash(wl, wl->mapsize != 0 ? wl->mapsize * 2 : 64);
	if (wl->n == wl->cap) {
		wl->cap = wl->cap != 0 ? wl->cap * 2 : 16;
		wl->w = zp_xreallocarray(wl->w, wl->cap, sizeof(*wl->w));
	}
	k = (int32_t)wl->n++;
	wl->w[k] = (struct zp_wl_word){ .off = (uint32_t)wl->ncp,
		.len = (uint32_t)n,
		.value = value,
		.next_first = -1,
		.next_last = -1 };
	wl->ncp += n;
	fs = find_slot(wl->fmap, wl->mapsize, cp[0]);
	if (fs->cp == 0) {
		fs->cp = cp[0];
		fs->head = fs->one = -1;
		wl->nkeys_first++;
	}
	link_word(wl, fs, k, false);
	ls = find_slot(wl->lmap, wl->mapsize, cp[n - 1]);
	if (ls->cp == 0) {
		ls->cp = cp[n - 1];
		ls->head = ls->one = -1;
		wl->nkeys_last++;
	}
	link_word(wl, ls, k, true);
	set_bit(wl->first, &wl->astral_first, cp[0]);
	set_bit(wl->last, &wl->astral_last, cp[n - 1]);
	if (n == 1) {
		fs->one = ls->one = k;
		wl->any_one = true;
	} else {
		pair_set(wl->pair_first, cp[0], cp[1]);
		pair_set(wl->pair_last, cp[n - 2], cp[n - 1]);
	}
	return 0;
}

void
zp_wl_add_all(struct zp_wordlist *wl, const char *const *words, size_t n)
{
	for (size_t k = 0; k < n; k++)
		zp_wl_add(wl, words[k], strlen(words[k]), (uint32_t)k);
}

static void
clear_bit(uint64_t *bits, uint32_t cp)
{
	if (cp < 0x10000)
		bits[cp >> 6] &= ~((uint64_t)1 << (cp & 63));
}

/*
 * Empties wl.  The filters are cleared bit by bit, where the words set
 * them: clearing all 32 KB of them cost more than the rest of the exit.
 */
void
zp_wl_free(struct zp_wordlist *wl)
{
	for (size_t k = 0; k < wl->n; k++) {
		const uint32_t *cp = wl->cp + wl->w[k].off;
		size_t n = wl->w[k].len;

		clear_bit(wl->first, cp[0]);
		clear_bit(wl->last, cp[n - 1]);
		if (n > 1) {
			size_t h = zp_wl_pair_of(cp[0], cp[1]);

			wl->pair_first[h >> 6] &= ~((uint64_t)1 << (h & 63));
			h = zp_wl_pair_of(cp[n - 2], cp[n - 1]);
			wl->pair_last[h >> 6] &= ~((uint64_t)1 << (h & 63));
		}
	}
	free(wl->w);
	free(wl->cp);
	free(wl->fmap);
	free(wl->lmap);
	memset(&wl->astral_first, 0,
	    sizeof(*wl) - offsetof(struct zp_wordlist, astral_first));
}

const uint32_t *
zp_wl_word(const struct zp_wordlist *wl, size_t k, size_t *len)
{
	*len = wl->w[k].len;
	return wl->cp + wl->w[k].off;
}

size_t
zp_wl_at_chain(const struct zp_wordlist *wl, const uint32_t *c, size_t n,
    size_t i, uint32_t *value)
{
	const struct zp_wl_slot *s;

	/*
	 * Without words of one character, zp_wl_at has made the pair test
	 * already: only lists with such words make it here.
	 */
	if (wl->any_one &&
	    (n - i < 2 || !zp_wl_pair_test(wl->pair_first, c[i], c[i + 1]))) {
		/* No longer word fits: the character alone, if a word. */
		if ((s = lookup(wl->fmap, wl->mapsize, c[i])) == NULL ||
		    s->one < 0)
			return 0;
		if (value != NULL)
			*value = wl->w[s->one].value;
		return 1;
	}
	if ((s = lookup(wl->fmap, wl->mapsize, c[i])) == NULL)
		return 0;
	for (int32_t k = s->head; k >= 0; k = wl->w[k].next_first) {
		const struct zp_wl_word *w = &wl->w[k];
		const uint32_t *p = wl->cp + w->off;
		size_t j = 1;

		if (w->len > n - i)
			continue;
		while (j < w->len && c[i + j] == p[j])
			j++;
		if (j == w->len) {
			if (value != NULL)
				*value = w->value;
			return w->len;
		}
	}
	return 0;
}

size_t
zp_wl_before_chain(const struct zp_wordlist *wl, const uint32_t *c, size_t lo,
    size_t i, uint32_t *value)
{
	const struct zp_wl_slot *s;

	/* As in zp_wl_at_chain: the pair test is zp_wl_before's already. */
	if (wl->any_one &&
	    (i - lo < 2 ||
	        !zp_wl_pair_test(wl->pair_last, c[i - 2], c[i - 1]))) {
		if ((s = lookup(wl->lmap, wl->mapsize, c[i - 1])) == NULL ||
		    s->one < 0)
			return 0;
		if (value != NULL)
			*value = wl->w[s->one].value;
		return 1;
	}
	if ((s = lookup(wl->lmap, wl->mapsize, c[i - 1])) == NULL)
		return 0;
	for (int32_t k = s->head; k >= 0; k = wl->w[k].next_last) {
		const struct zp_wl_word *w = &wl->w[k];
		const uint32_t *p = wl->cp + w->off;
		size_t j = 0;

		if (w->len > i - lo)
			continue;
		while (j + 1 < w->len && c[i - w->len + j] == p[j])
			j++;
		if (j + 1 == w->len) {
			if (value != NULL)
				*value = w->value;
			return w->len;
		}
	}
	return 0;
}
