/*
 * fold -- the Traditional-to-Simplified fold of the rules' view of a text
 * (include/zhpipe/fold.h): the table, the script decision and the words
 * where an ambiguous character keeps its own meaning.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/fold.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

struct pair {
	uint16_t from, to;
	uint8_t kind;
};

/*
 * The pairs, generated once with scripts/mk-fold.c and committed rather
 * than made at build time: the rules must read the same fold whichever ICU
 * a machine has, and a new ICU's changes should be reviewed in a diff.
 */
static const struct pair pairs[] = {
#include "fold_table.inc"
};

/*
 * Words in which an ambiguous character is itself, not its fold, written
 * as they read after the unambiguous fold (顯著 reads 显著).  Only words
 * of Traditional text matter: in Simplified text nothing ambiguous folds.
 * 於 as a surname cannot be told from the preposition by its neighbours
 * and has no entry.
 */
static const char *const keep_words[] = {
	"乾隆",
	"乾坤",
	"乾陵",
	"著名",
	"显著",
	"著作",
	"著称",
	"名著",
	"专著",
	"编著",
	"土著",
	"卓著",
	"昭著",
	"著述",
	"著者",
	"巨著",
	"论著",
	"原著",
	"译著",
	"遗著",
	"合著",
	"著书",
	"著录",
	"瞭望",
	"狼藉",
	"慰藉",
	"蕴藉",
	"枕藉",
	"甚夥",
	"角徵",
	"徵羽",
	"幺麽",
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define KEEP_MAX 4

/*
 * One flat entry per BMP code point: a lookup on every character of every
 * document is one load.  256 KiB of zeroed memory, of which only the pages
 * of the CJK blocks are ever written, so only they become resident.
 */
static uint32_t map[0x10000];
static uint32_t keep[NELEM(keep_words)][KEEP_MAX];
static size_t keep_len[NELEM(keep_words)];
static bool ready;

/* Not thread-safe on first use, like the other lazily built tables. */
static const uint32_t *
fold_map(void)
{
	static const uint32_t bit[] = { 0, ZP_FOLD_T_BIT, ZP_FOLD_S_BIT,
		ZP_FOLD_A_BIT };

	if (ready)
		return map;
	for (size_t k = 0; k < NELEM(pairs); k++)
		map[pairs[k].from] = bit[pairs[k].kind] | pairs[k].to;
	for (size_t k = 0; k < NELEM(pairs); k++)
		if (pairs[k].kind == ZP_FOLD_T &&
		    (map[pairs[k].to] & ZP_FOLD_S_BIT))
			map[pairs[k].from] |= ZP_FOLD_TS_BIT;
	for (size_t k = 0; k < NELEM(keep_words); k++) {
		const char *s = keep_words[k];
		size_t n = strlen(s), i = 0, l;

		while (i < n && keep_len[k] < KEEP_MAX) {
			keep[k][keep_len[k]++] =
			    (uint32_t)zp_utf8_decode(s + i, n - i, &l);
			i += l;
		}
	}
	ready = true;
	return map;
}

void
zp_fold_begin(struct zp_fold *f)
{
	f->map = fold_map();
	f->ntrad = f->ntsimp = 0;
	f->npos = 0;
}

void
zp_fold_push_(struct zp_fold *f, size_t i)
{
	if (f->npos == f->cap) {
		f->cap = f->cap ? 2 * f->cap : 64;
		f->pos = zp_xreallocarray(f->pos, f->cap, sizeof(*f->pos));
	}
	f->pos[f->npos++] = i;
}

/* True when cp[p] lies inside one of keep_words. */
static bool
kept(const uint32_t *cp, size_t n, size_t p)
{
	for (size_t k = 0; k < NELEM(keep_words); k++) {
		const uint32_t *w = keep[k];
		size_t wl = keep_len[k];

		for (size_t j = 0; j < wl; j++) {
			size_t a = p - j, i;

			if (w[j] != cp[p] || p < j || a + wl > n)
				continue;
			for (i = 0; i < wl && cp[a + i] == w[i]; i++)
				;
			if (i == wl)
				return true;
		}
	}
	return false;
}

/*
 * True when cp[0..n), with ntrad Traditional-only characters folded (ntsimp
 * of them to Simplified-only ones, which must not count), has fewer
 * Simplified-only characters than that.  Stops as soon as it has not.
 */
static bool
is_trad(const uint32_t *map, const uint32_t *cp, size_t n, size_t ntrad,
    size_t ntsimp)
{
	size_t ns = 0;

	if (ntrad == 0)
		return false;
	for (size_t i = 0; i < n; i++)
		if (cp[i] >= 0x2E80 && cp[i] <= 0xFFFF &&
		    (map[cp[i]] & ZP_FOLD_S_BIT) && ++ns >= ntrad + ntsimp)
			return false;
	return true;
}

bool
zp_fold_end(struct zp_fold *f, uint32_t *cp, size_t n)
{
	bool trad = is_trad(f->map, cp, n, f->ntrad, f->ntsimp);
	size_t m = 0;

	if (!trad) {
		f->npos = 0;
		return false;
	}
	/*
	 * Decide every position before changing any, so that the words
	 * around one are read as written.
	 */
	for (size_t k = 0; k < f->npos; k++)
		if (!kept(cp, n, f->pos[k]))
			f->pos[m++] = f->pos[k];
	for (size_t k = 0; k < m; k++)
		cp[f->pos[k]] = f->map[cp[f->pos[k]]] & 0xFFFF;
	f->npos = m;
	return true;
}

void
zp_fold_free(struct zp_fold *f)
{
	free(f->pos);
	memset(f, 0, sizeof(*f));
}

bool
zp_fold_text(uint32_t *cp, size_t n)
{
	struct zp_fold f = ZP_FOLD_INIT;
	bool trad;

	zp_fold_begin(&f);
	for (size_t i = 0; i < n; i++)
		cp[i] = zp_fold_step(&f, cp[i], i);
	trad = zp_fold_end(&f, cp, n);
	zp_fold_free(&f);
	return trad;
}

uint32_t
zp_fold_char(uint32_t c)
{
	uint32_t e;

	if (c > 0xFFFF)
		return c;
	e = fold_map()[c];
	if (e & (ZP_FOLD_T_BIT | ZP_FOLD_A_BIT))
		return e & 0xFFFF;
	return c;
}
