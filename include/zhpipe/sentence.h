/*
 * sentence -- splitting a document's text into sentences.
 *
 * A sentence ends after 。！？ (full or half width), ……, or a line break,
 * together with the closing quotes and brackets that follow (“……。” stays
 * whole; an opening （ or “ after 。 starts the next sentence).  A '.' ends
 * one only before white space or the end (and then not after Mr, Dr, Inc,
 * a single initial or a list number as in "1. 营收"), or between two Han
 * characters; so decimals (45.6, 150.64), "45.亿", tickers (600519.SH),
 * versions and URLs stay whole.  ASCII '!' and '?' end one before white
 * space, the end or a non-ASCII character, or after a Han character (as
 * normalize's NFKC writes ！ and ？).  A run longer than max_len code
 * points without an end is cut after its last ；，;, mark (else at
 * max_len).  White space between sentences belongs to none of them, so the
 * sentences concatenate back to the text less that white space.
 */
#ifndef ZHPIPE_SENTENCE_H
#define ZHPIPE_SENTENCE_H

#include <stddef.h>

#define ZP_SENT_MAX_DEFAULT 1000

struct zp_sent {
	size_t start, end;   /* bytes, half-open */
	size_t cstart, cend; /* code points, half-open */
};

struct zp_sentsplit {
	size_t max_len;    /* code points; 0: no limit */
	struct zp_sent *v; /* the sentences of the last call */
	size_t n, cap;
};

#define ZP_SENTSPLIT_INIT \
	{ \
		ZP_SENT_MAX_DEFAULT, NULL, 0, 0 \
	}

/*
 * Splits s[0..n) into ss->v[0..ss->n); returns ss->n.  s should be valid
 * UTF-8 (record text is); otherwise the spans still cover it, but code
 * point offsets are only approximate.
 */
size_t zp_sentences(struct zp_sentsplit *ss, const char *s, size_t n);
void zp_sentsplit_free(struct zp_sentsplit *ss);

#endif
