/*
 * text_fuzz.h -- what the harnesses of the extractors (fuzz_numbers,
 * fuzz_entities) share: fuzz bytes made into the text a record can hold
 * (header-only: each harness is one translation unit).
 */
#ifndef ZP_FUZZ_TEXT_H
#define ZP_FUZZ_TEXT_H

#include <stddef.h>

#include "zhpipe/buf.h"
#include "zhpipe/utf8.h"

/*
 * Appends s[0..n) with each invalid byte and NUL as U+FFFD, as normalize
 * leaves a text: records never hold invalid UTF-8 or NUL.
 */
static void
clean(struct zp_buf *out, const char *s, size_t n)
{
	size_t i = 0, l;

	while (i < n) {
		if (zp_utf8_decode(s + i, n - i, &l) <= 0)
			zp_buf_puts(out, "\xef\xbf\xbd");
		else
			zp_buf_put(out, s + i, l);
		i += l;
	}
}

#endif
