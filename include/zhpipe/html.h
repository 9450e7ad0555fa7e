/*
 * html -- reduces an HTML page to its text for normalize's WARC reader:
 * tags, comments, scripts and styles dropped, block elements turned into
 * line breaks.  Character references are left for the cleaner to decode
 * (textclean.h), so that they are decoded exactly once.
 */
#ifndef ZHPIPE_HTML_H
#define ZHPIPE_HTML_H

#include <stddef.h>

#include "zhpipe/buf.h"

/*
 * Appends the text of s[0..n) to text, one '\n' per block boundary, and
 * the text of the first <title> to title (both are not cleared first).
 */
void zp_html_text(
    const char *s, size_t n, struct zp_buf *text, struct zp_buf *title);

/*
 * Finds "charset=NAME" (a Content-Type header or a <meta> tag) in
 * s[0..n); copies NAME, lower-cased, to out.  Returns out or NULL.
 */
const char *zp_find_charset(const char *s, size_t n, char *out, size_t outsize);

#endif
