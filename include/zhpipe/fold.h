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
 * (俱樂部, 大阪, 摔跤), or would make a rule read a wrong match (昇 of the
 * names 昇腾 and 昇阳 is no 升; 瀋 is no surname 沈), and are left out.
 */
#ifndef ZHPIPE_FOLD_H
#define ZHPIPE_FOLD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Kinds of a character in the table (scripts/mk-fold.c). */
enum {
	ZP_FOLD_NONE = 0,
	ZP_FOLD_T = 1, /* Traditional only: folded always, counted */
	ZP_FOLD_S = 2, /* Simplified only: not folded, counted */
	ZP_FOLD_A = 3  /* ambiguous: folded in Traditional documents only */
};

/*
 * A map entry: the folded character in bits 0-15, and flags.  The test
 * that most characters of Simplified text take is one AND with
 * ZP_FOLD_T_BIT | ZP_FOLD_A_BIT, so Simplified-only characters are not
 * counted as they are read: zp_fold_end counts them, and only when the
 * text has Traditional-only characters at all.
 */
#define ZP_FOLD_T_BIT (1u << 16)  /* ZP_FOLD_T */
#define ZP_FOLD_A_BIT (1u << 17)  /* ZP_FOLD_A */
#define ZP_FOLD_S_BIT (1u << 18)  /* ZP_FOLD_S */
#define ZP_FOLD_TS_BIT (1u << 19) /* ZP_FOLD_T whose fold is ZP_FOLD_S */

/*
 * The state of folding one text: the map, the counts, and the positions
 * of ambiguous characters seen (then of those folded).  Zeroed
 * (ZP_FOLD_INIT) is ready for zp_fold_begin(); zp_fold_free() releases it.
 */
struct zp_fold {
	const uint32_t *map; /* 0x10000 entries; borrowed, lives forever */
	size_t ntrad;        /* Traditional-only characters folded */
	size_t ntsimp;       /* of which folded to a Simplified-only one */
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
 * of a Traditional-only character (and counts it) and c itself otherwise,
 * and remembers i when c is ambiguous (zp_fold_end decides those).
 */
static inline uint32_t
zp_fold_step(struct zp_fold *f, uint32_t c, size_t i)
{
	uint32_t e;

	if (c < 0x2E80 || c > 0xFFFF)
		return c;
	e = f->map[c];
	if (!(e & (ZP_FOLD_T_BIT | ZP_FOLD_A_BIT)))
		return c;
	if (e & ZP_FOLD_T_BIT) {
		f->ntrad++;
		f->ntsimp += (e & ZP_FOLD_TS_BIT) != 0;
		return e & 0xFFFF;
	}
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
