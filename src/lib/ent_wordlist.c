/*
 * ent_wordlist -- the word-list matcher of the entity rules: the longest
 * word of a list starting at, or ending at, a position of the text.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

static int
cmp_first(const void *pa, const void *pb)
{
	const uint32_t *a = *(uint32_t *const *)pa, *b = *(uint32_t *const *)pb;

	return a[0] < b[0] ? -1 : a[0] > b[0];
}

/* Words are stored with their length in front: w[-1]. */
static int
cmp_last(const void *pa, const void *pb)
{
	const uint32_t *a = *(uint32_t *const *)pa, *b = *(uint32_t *const *)pb;
	uint32_t la = a[a[-1] - 1], lb = b[b[-1] - 1];

	return la < lb ? -1 : la > lb;
}

/*
 * Fills map with the runs of words in w[0..n) (sorted by their first or
 * last code point) that share that code point.  Code point 0 marks an empty
 * bucket; no word holds it.
 */
static void
wl_map(struct wbucket *map, uint32_t *const *w, size_t n, bool last)
{
	for (size_t i = 0; i < n;) {
		uint32_t cp = last ? w[i][w[i][-1] - 1] : w[i][0];
		uint32_t h = (cp * 0x9e3779b1u) >> 22;
		size_t j = i;

		while (j < n && (last ? w[j][w[j][-1] - 1] : w[j][0]) == cp)
			j++;
		while (map[h].cp != 0)
			h = (h + 1) & (WL_MAP - 1);
		map[h].cp = cp;
		map[h].start = (uint16_t)i;
		map[h].count = (uint16_t)(j - i);
		i = j;
	}
}

void
wl_init(struct wlist *wl, const char *const *words, size_t n)
{
	wl->w = zp_xreallocarray(NULL, n, sizeof(*wl->w));
	wl->len = zp_xmalloc(n);
	wl->n = n;
	for (size_t i = 0; i < n; i++) {
		size_t bl = strlen(words[i]), k = 0, j = 0, l;

		wl->w[i] = (uint32_t *)zp_xreallocarray(
		               NULL, bl + 2, sizeof(uint32_t)) +
		    1;
		while (j < bl) {
			wl->w[i][k++] =
			    (uint32_t)zp_utf8_decode(words[i] + j, bl - j, &l);
			j += l;
		}
		wl->w[i][-1] = (uint32_t)k;
		wl->len[i] = (uint8_t)k;
		if (k > 0 && wl->w[i][0] < 0x10000)
			wl->first[wl->w[i][0] >> 6] |= (uint64_t)1
			    << (wl->w[i][0] & 63);
		if (k > 0 && wl->w[i][k - 1] < 0x10000)
			wl->last[wl->w[i][k - 1] >> 6] |= (uint64_t)1
			    << (wl->w[i][k - 1] & 63);
	}
	wl->bw = zp_xreallocarray(NULL, n, sizeof(*wl->bw));
	memcpy(wl->bw, wl->w, n * sizeof(*wl->w));
	qsort(wl->w, n, sizeof(*wl->w), cmp_first);
	qsort(wl->bw, n, sizeof(*wl->bw), cmp_last);
	for (size_t i = 0; i < n; i++)
		wl->len[i] = (uint8_t)wl->w[i][-1];
	wl_map(wl->map, wl->w, n, false);
	wl_map(wl->bmap, wl->bw, n, true);
}

void
wl_free(struct wlist *wl)
{
	for (size_t i = 0; i < wl->n; i++)
		free(wl->w[i] - 1);
	free(wl->w);
	free(wl->bw);
	free(wl->len);
}

/* Length of the longest word ending just before c[i], or 0. */
size_t
wl_before(const struct wlist *wl, const uint32_t *c, size_t i)
{
	size_t best = 0;
	const struct wbucket *bk;

	if (i == 0 || !bit(wl->last, c[i - 1]) ||
	    (bk = wl_bucket(wl->bmap, c[i - 1])) == NULL)
		return 0;
	for (size_t k = bk->start; k < (size_t)bk->start + bk->count; k++) {
		const uint32_t *w = wl->bw[k];
		size_t l = w[-1];

		if (l > best && l <= i && cps_eq(c + i - l, w, l))
			best = l;
	}
	return best;
}
