/*
 * encoding -- legacy Chinese encodings (GB18030, GBK, Big5, UTF-16...) to
 * UTF-8 through ICU converters, with charset detection.
 *
 * Invalid or unmappable byte sequences become U+FFFD and are counted, never
 * dropped silently.  UTF-8 input is passed through untouched: the cleaner
 * replaces its invalid sequences (see textclean.h), which keeps the common
 * case free of any conversion.
 */
#ifndef ZHPIPE_ENCODING_H
#define ZHPIPE_ENCODING_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "zhpipe/buf.h"
#include "zhpipe/input.h"

/*
 * Checks a user's --encoding value.  Returns the canonical lower-case name
 * ("utf-8", "gb18030", "utf-16"...), "auto", or NULL when ICU has no
 * converter of that name.  The result is static or points into a static
 * table; it stays valid for the process.
 */
const char *zp_encoding_canon(const char *name);

/*
 * Guesses the encoding of buf[0..n), the first bytes of a text; more says
 * whether the text goes on (an incomplete last UTF-8 character is then not
 * held against it).  Returns "utf-8" for valid UTF-8 (a BOM is looked at
 * first: UTF-8 and UTF-16 byte order marks win), "utf-16le"/"utf-16be" for
 * UTF-16, else ICU's charset detector's best answer in lower case, and
 * "gb18030" when the detector has nothing better.
 */
const char *zp_encoding_detect(const char *buf, size_t n, bool more);

/* A streaming decoder layered over a source. */
struct zp_decoder;

/*
 * Decodes src (borrowed) from enc, a name from zp_encoding_canon(): "auto"
 * detects from the first 64 KiB.  Returns NULL with a message in err when
 * the converter cannot be opened.
 */
struct zp_decoder *zp_decoder_new(
    struct zp_source *src, const char *enc, char *err, size_t errsize);

/*
 * The UTF-8 stream, as a source for zp_lines_new() (owned by the decoder).
 * Read errors of the underlying source (a truncated gzip...) come through.
 */
struct zp_source *zp_decoder_source(struct zp_decoder *d);

/*
 * The encoding being decoded, once the first read happened: NULL when the
 * input is taken as UTF-8 as is, else the lower-case name ("gb18030").
 */
const char *zp_decoder_encoding(const struct zp_decoder *d);

/* Invalid sequences replaced by U+FFFD so far. */
unsigned long zp_decoder_invalid(const struct zp_decoder *d);

void zp_decoder_free(struct zp_decoder *d);

/*
 * One-shot conversion for whole documents (WARC records).  Keeps the last
 * converter open between calls.
 */
struct zp_convcache {
	char name[48];
	void *cnv;  /* UConverter *, the source side */
	void *utf8; /* UConverter *, UTF-8 */
};

#define ZP_CONVCACHE_INIT \
	{ \
		"", NULL, NULL \
	}

/*
 * Appends in[0..n), decoded from enc, to out as UTF-8.  Invalid sequences
 * become U+FFFD and are added to *invalid.  Returns 0, or -1 when ICU has
 * no converter called enc (out is then unchanged).
 */
int zp_decode_buf(struct zp_convcache *c, const char *enc, const char *in,
    size_t n, struct zp_buf *out, unsigned long *invalid);

void zp_convcache_free(struct zp_convcache *c);

#endif
