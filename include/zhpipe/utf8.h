/*
 * utf8 -- decoding, encoding and validating UTF-8 without ICU, for the hot
 * paths that only need code points and offsets.
 */
#ifndef ZHPIPE_UTF8_H
#define ZHPIPE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Decodes the code point at s[0..n).  Returns it and stores its length in
 * *len, or returns -1 (with *len = 1) for an invalid, overlong, surrogate or
 * truncated sequence.
 */
int32_t zp_utf8_decode(const char *s, size_t n, size_t *len);

/*
 * zp_utf8_decode with ASCII and the three-byte sequences of the ideographs
 * (leads E1-EC: no overlong form or surrogate there) inline, for loaders
 * that read tens of thousands of names at every start.
 */
static inline int32_t
zp_utf8_decode_fast(const char *s, size_t n, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 1 && u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	if (n >= 3 && u[0] >= 0xE1 && u[0] <= 0xEC && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80) {
		*len = 3;
		return (int32_t)((uint32_t)(u[0] & 0x0F) << 12 |
		    (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F));
	}
	return zp_utf8_decode(s, n, len);
}

/* Writes cp (<= 0x10FFFF, not a surrogate) to out[0..4); returns length. */
size_t zp_utf8_encode(uint32_t cp, char *out);

/* Returns the length of the longest valid UTF-8 prefix of s[0..n). */
size_t zp_utf8_valid_prefix(const char *s, size_t n);
static inline bool
zp_utf8_valid(const char *s, size_t n)
{
	return zp_utf8_valid_prefix(s, n) == n;
}

/* Counts code points in valid UTF-8. */
size_t zp_utf8_count(const char *s, size_t n);

/*
 * Largest cut <= n that does not split a character of s[0..len), for
 * truncating a string to at most n bytes.
 */
size_t zp_utf8_floor(const char *s, size_t len, size_t n);

#endif
