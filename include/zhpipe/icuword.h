/*
 * icuword -- ICU's word break iterator (locale "zh") behind the same
 * interface as wordseg, kept for comparison (segment --engine icu).
 */
#ifndef ZHPIPE_ICUWORD_H
#define ZHPIPE_ICUWORD_H

#include <stddef.h>

struct zp_icuword;

/* Returns NULL with a reason in err when ICU cannot open the iterator. */
struct zp_icuword *zp_icuword_new(char *err, size_t errsize);
void zp_icuword_free(struct zp_icuword *iw);

/*
 * Segments s[0..n) (valid UTF-8) like zp_wordseg_run: returns the token
 * count and their byte end offsets in *ends, valid until the next call.
 * Every ICU boundary is a token boundary, so white space and punctuation
 * are tokens too and the tokens concatenate back to s.
 */
size_t zp_icuword_run(
    struct zp_icuword *iw, const char *s, size_t n, const size_t **ends);

#endif
