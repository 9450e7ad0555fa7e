/*
 * utf8 -- UTF-8 decoding, encoding, validation and counting without ICU,
 * for the hot paths that need only code points and offsets.
 */
#include <string.h>

#include "zhpipe/utf8.h"

int32_t
zp_utf8_decode(const char *str, size_t n, size_t *len)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t cp, min;
	size_t need, i;

	*len = 1;
	if (n == 0)
		return -1;
	if (s[0] < 0x80) {
		return s[0];
	} else if (s[0] >= 0xC2 && s[0] <= 0xDF) {
		cp = s[0] & 0x1F;
		need = 1;
		min = 0x80;
	} else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
		cp = s[0] & 0x0F;
		need = 2;
		min = 0x800;
	} else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
		cp = s[0] & 0x07;
		need = 3;
		min = 0x10000;
	} else {
		return -1;
	}
	if (n <= need)
		return -1;
	for (i = 1; i <= need; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*len = need + 1;
	return (int32_t)cp;
}

size_t
zp_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	} else if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
zp_utf8_valid_prefix(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0, len;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		/* The common CJK case: a well-formed three-byte sequence. */
		if (s[i] >= 0xE1 && s[i] <= 0xEC && i + 2 < n &&
		    (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
			i += 3;
			continue;
		}
		if (zp_utf8_decode(str + i, n - i, &len) < 0)
			return i;
		i += len;
	}
	return n;
}

/*
 * The continuation bytes (10xxxxxx) of w, a 0 or 1 in each byte's low bit
 * (bit 7 set, bit 6 clear), summed into the top byte by the multiplication:
 * eight bytes take a few instructions where a byte loop took nine each, and
 * the callers mostly count words of two to four characters.
 */
#define CONT_SUM(w, T) \
	((T)((((w) & ~((w) << 1)) & ((T)-1 / 0xFF * 0x80)) >> 7) * \
	        ((T)-1 / 0xFF) >> \
	    (8 * sizeof(T) - 8))

size_t
zp_utf8_count(const char *str, size_t n)
{
	size_t i = 0, cont = 0;

	for (; n - i >= 8; i += 8) {
		uint64_t w;

		memcpy(&w, str + i, sizeof(w));
		cont += CONT_SUM(w, uint64_t);
	}
	if (n - i >= 4) {
		uint32_t w;

		memcpy(&w, str + i, sizeof(w));
		cont += CONT_SUM(w, uint32_t);
		i += 4;
	}
	/* The last three bytes or fewer without a loop's tests. */
	switch (n - i) {
	case 3:
		cont += ((unsigned char)str[i + 2] & 0xC0) == 0x80;
		/* fall through */
	case 2:
		cont += ((unsigned char)str[i + 1] & 0xC0) == 0x80;
		/* fall through */
	case 1:
		cont += ((unsigned char)str[i] & 0xC0) == 0x80;
		break;
	default:
		break;
	}
	return n - cont;
}

size_t
zp_utf8_floor(const char *str, size_t len, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;

	if (n >= len)
		return len;
	while (n > 0 && (s[n] & 0xC0) == 0x80)
		n--;
	return n;
}
