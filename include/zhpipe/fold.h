/*
 * fold -- the Traditional-to-Simplified script fold the extractors' rules
 * read, so that every list and rule written in Simplified also applies to
 * Traditional text (issue 17).
 *
 * The fold maps one code point to one code point, in place in a decoded
 * array: the byte offsets and the UTF-8 text stay as they are, so spans,
 * `text` and offsets never move.  The map is ICU's Traditional-Simplified
 * transform restricted to single BMP characters that become exactly one
 * other character (src/lib/fold_table.inc, made by scripts/mk-fold.c).
 *
 * Many Traditional characters share one Simplified form (後 and 后 give
 * 后, 發 and 髮 give 发, 隻 gives 只, 裡 gives 里, 乾 and 幹 give 干).  Such
 * a many-to-one fold loses nothing the rules use: the Simplified text they
 * were written for already writes both words with one character, and the
 * rules already tell them apart by context.
 *
 * What can go wrong is a character that is also an ordinary Simplified
 * character with a meaning of its own (乾 of 乾隆, 著 of 著名, 於 the
 * surname, 藉 of 慰藉, 夥, 徵, 瞭, 餘, 「」).  Folding those in Simplified
 * text would corrupt it, so they are "ambiguous": folded only when the
 * document is Traditional, decided once per text by counting the
 * characters only Traditional writes (們 經 這) against those only
 * Simplified writes (们 经 这); and even then not inside the few words
 * where the character keeps its own meaning (著名, 顯著, 著作, 乾隆, 乾坤,
 * 慰藉...).  The other characters are folded in every document, since a
 * Simplified story that quotes a Traditional name (臺積電) should still
 * find it.  A few pairs of ICU's map are wrong in Traditional text as well
 * (俱樂部, 大阪, 摔跤) and are left out of the table.
 */
#ifndef ZHPIPE_FOLD_H
#define ZHPIPE_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Kinds of a map entry, in its bits 16-17; the folded character below. */
enum {
	ZP_FOLD_NONE = 0,
	ZP_FOLD_T = 1, /* Traditional only: folded always, counted */
	ZP_FOLD_S = 2, /* Simplified only: not folded, counted */
	ZP_FOLD_A = 3  /* ambiguous: folded in Traditional documents only */
};

/*
 * The state of folding one text: the map, the counts, and the positions
 * of ambiguous characters seen (then of those folded).  Zeroed
 * (ZP_FOLD_INIT) is ready for zp_fold_begin(); zp_fold_free() releases it.
 */
struct zp_fold {
	const uint32_t *map; /* 0x10000 entries; borrowed, lives forever */
	size_t count[4];     /* by kind */
	size_t *pos;
	size_t npos, cap;
};

#define ZP_FOLD_INIT \
	{ \
		0 \
	}

/* Starts a text: resets the counts and positions. */
void zp_fold_begin(struct zp_fold *f);

void zp_fold_push_(struct zp_fold *f, size_t i);

/*
 * zp_fold_step -- the fold of code point c at position i of the text being
 * decoded, for decoders that fold as they go: returns the Simplified form
 * of a Traditional-only character and c itself otherwise, counts c's kind,
 * and remembers i when c is ambiguous (zp_fold_end decides those).
 */
static inline uint32_t
zp_fold_step(struct zp_fold *f, uint32_t c, size_t i)
{
	uint32_t e, k;

	if (c < 0x2E80 || c > 0xFFFF)
		return c;
	e = f->map[c];
	k = e >> 16;
	f->count[k]++;
	if (k == ZP_FOLD_T)
		return e & 0xFFFF;
	if (k == ZP_FOLD_A)
		zp_fold_push_(f, i);
	return c;
}

/*
 * zp_fold_end -- decides the script of the text cp[0..n) stepped through
 * since zp_fold_begin() and, when it is Traditional, folds its ambiguous
 * characters outside the exception words.  Afterwards f->pos[0..f->npos)
 * holds the positions changed by this call (so a decoder can refresh what
 * it computed from them).  Returns true for a Traditional text: more
 * Traditional-only characters than Simplified-only ones.
 */
bool zp_fold_end(struct zp_fold *f, uint32_t *cp, size_t n);

/* Releases f's memory; f is then as ZP_FOLD_INIT. */
void zp_fold_free(struct zp_fold *f);

/*
 * zp_fold_text -- folds cp[0..n) in place as a whole text (begin, step,
 * end); for keys of word lists and gazetteers, which are folded as they
 * are built so that Simplified and Traditional spellings meet.  Returns
 * what zp_fold_end returns.
 */
bool zp_fold_text(uint32_t *cp, size_t n);

/*
 * zp_fold_char -- c's fold regardless of context: the Traditional-only and
 * the ambiguous characters folded, others as they are.  For tests and for
 * a single character compared out of its text.
 */
uint32_t zp_fold_char(uint32_t c);

#endif
