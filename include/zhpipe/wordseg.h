/*
 * wordseg -- Chinese word segmentation over a lexicon.
 *
 * The text is cut into blocks of Han characters, Latin letters and digits;
 * everything else (white space runs, punctuation) becomes tokens of its own.
 * Within a block, the candidate words are the lexicon words starting at each
 * position (a word graph walked in the trie) plus the news rules: a run of
 * Latin letters and digits with its inner joiners (H100, MI300X, 600519.SH,
 * 1,234.5, COVID-19) is one atom, and numbers take their scale words, a
 * percent sign and the date units 年, 月 and 日 (2024年, 3.5万亿, 12.5%,
 * 二○○一年, 十二月, 三十一日, 百分之三十).  The best path maximises the sum of
 * unigram log probabilities.  Following the PKU guidelines, a person's name
 * from the lexicon is cut into surname and given name unless
 * ZP_WS_KEEP_NAMES is set; user words are never cut.
 *
 * Tokens cover the text exactly: their concatenation is the input.
 */
#ifndef ZHPIPE_WORDSEG_H
#define ZHPIPE_WORDSEG_H

#include <stddef.h>
#include <stdint.h>

#include "zhpipe/lexicon.h"

enum { ZP_WS_KEEP_NAMES = 1 };

struct zp_wordseg;

/* A segmenter over lx (borrowed, built); flags are ZP_WS_*. */
struct zp_wordseg *zp_wordseg_new(const struct zp_lexicon *lx, unsigned flags);
void zp_wordseg_free(struct zp_wordseg *ws);

/*
 * Segments s[0..n).  Invalid UTF-8 bytes become one-byte tokens.  Returns
 * the number of tokens; (*ends)[i] is the byte offset where token i ends
 * (token i starts where token i - 1 ends, token 0 at 0).  *ends is valid
 * until the next call.
 */
size_t zp_wordseg_run(
    struct zp_wordseg *ws, const char *s, size_t n, const size_t **ends);

#endif
