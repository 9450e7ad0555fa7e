/*
 * textclean -- the text cleaning of normalize: HTML entities decoded, C0/C1
 * controls and zero-width characters removed, white space collapsed,
 * Unicode NFKC (or NFC), optionally Traditional to Simplified Chinese or
 * the reverse.
 *
 * Cleaning is idempotent: cleaning cleaned text changes nothing.  Text that
 * is already stable under the normalization form (ASCII, CJK ideographs,
 * most punctuation) is copied without a round trip through ICU; only the
 * spans that may change are normalized by ICU, with enough context.
 */
#ifndef ZHPIPE_TEXTCLEAN_H
#define ZHPIPE_TEXTCLEAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhpipe/buf.h"

enum zp_form { ZP_FORM_NFKC, ZP_FORM_NFC };

/*
 * The script conversion after cleaning, through ICU's transliterators.  Both
 * map one code point to one code point (some by context: 发布 -> 發佈), so a
 * converted text keeps the offsets of the original.
 */
enum zp_script {
	ZP_SCRIPT_KEEP,        /* as written */
	ZP_SCRIPT_SIMPLIFIED,  /* Traditional-Simplified */
	ZP_SCRIPT_TRADITIONAL, /* Simplified-Traditional */
};

struct zp_clean_opts {
	enum zp_form form;
	enum zp_script script;
};

/* What a call to zp_clean() saw. */
struct zp_clean_stats {
	size_t invalid; /* invalid UTF-8 sequences, each now U+FFFD */
	size_t fffd;    /* U+FFFD in the output, those included */
};

struct zp_cleaner;

/*
 * Opens the ICU objects the options need.  Returns NULL with a message in
 * err when ICU cannot provide them.
 */
struct zp_cleaner *zp_cleaner_new(
    const struct zp_clean_opts *o, char *err, size_t errsize);
void zp_cleaner_free(struct zp_cleaner *c);

/*
 * Cleans s[0..n) (any bytes: invalid UTF-8 becomes U+FFFD) into out, which
 * is cleared first.  The result is valid UTF-8 without NUL, trimmed, with
 * single spaces.  st may be NULL.
 */
void zp_clean(struct zp_cleaner *c, const char *s, size_t n, struct zp_buf *out,
    struct zp_clean_stats *st);

/*
 * Decodes the HTML character reference at s[0..n) (s[0] is '&'): named
 * references need their ';', numeric ones (&#20013; &#x4E2D;) too.  Returns
 * the code point and its length in *len, or -1.  Like browsers, &#0;,
 * surrogates and values past U+10FFFF give U+FFFD and &#128;-&#159; are
 * read as windows-1252.
 */
int32_t zp_html_entity(const char *s, size_t n, size_t *len);

#endif
