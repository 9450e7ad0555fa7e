/*
 * buf -- the growable byte buffer (doubling, always NUL-terminated) and the
 * JSON writers on it: escaped strings, numbers as the shortest text that
 * reads back the same double.
 */
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/xalloc.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

void
zp_buf_free(struct zp_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

char *
zp_buf_grow(struct zp_buf *b, size_t n)
{
	if (n >= b->cap - b->len || b->p == NULL) {
		size_t want = b->len + n + 1, cap = b->cap ? b->cap : 256;

		if (want < b->len)
			zp_oom();
		while (cap < want) {
			if (cap > SIZE_MAX / 2)
				zp_oom();
			cap *= 2;
		}
		b->p = zp_xrealloc(b->p, cap);
		b->cap = cap;
	}
	return b->p + b->len;
}

void
zp_buf_printf(struct zp_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	zp_buf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* Whether none of the eight bytes of w needs escaping in a JSON string. */
static inline bool
plain8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t high = 0x8080808080808080ULL;
	uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');

	return ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
	            ((bs - ones) & ~bs)) &
	           high) == 0;
}

#ifdef __SSE2__
/* plain8 on sixteen bytes: a third of its instructions a byte. */
static inline bool
plain16(__m128i v)
{
	__m128i q = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
	__m128i bs = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
	/* Below 0x20, unsigned: min(v, 0x1F) is v. */
	__m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);

	return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(q, bs), ctl)) == 0;
}
#endif

/* plain8 on four bytes. */
static inline bool
plain4(uint32_t w)
{
	const uint32_t ones = 0x01010101u;
	const uint32_t high = 0x80808080u;
	uint32_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');

	return ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
	            ((bs - ones) & ~bs)) &
	           high) == 0;
}

/*
 * Copies s[0..n) to dst while no byte needs escaping; returns false at the
 * first that does (dst then holds a part).  A word at a time, the last one
 * overlapping the one before: the short strings of names and ids would
 * otherwise end with a few bytes taken one by one.  From four to seven
 * bytes (most names, two Chinese characters) the two words are of four.
 * With SSE2 the two words are tested as one vector, and from sixteen bytes
 * on the words are vectors.
 */
static bool
copy_plain(char *dst, const char *s, size_t n)
{
	uint64_t w;
	size_t i = 0;

	if (n >= 4 && n < 8) {
		uint32_t a, b;

		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
#ifdef __SSE2__
		if (!plain16(_mm_set_epi32((int)a, (int)b, (int)b, (int)a)))
#else
		if (!plain4(a) || !plain4(b))
#endif
			return false;
		memcpy(dst, &a, 4);
		memcpy(dst + n - 4, &b, 4);
		return true;
	}
	if (n < 8) {
		for (; i < n; i++) {
			if ((unsigned char)s[i] < 0x20 || s[i] == '"' ||
			    s[i] == '\\')
				return false;
			dst[i] = s[i];
		}
		return true;
	}
#ifdef __SSE2__
	if (n < 16) {
		uint64_t b;

		memcpy(&w, s, 8);
		memcpy(&b, s + n - 8, 8);
		if (!plain16(_mm_set_epi64x((long long)b, (long long)w)))
			return false;
		memcpy(dst, &w, 8);
		memcpy(dst + n - 8, &b, 8);
		return true;
	}
	for (; i + 16 <= n; i += 16) {
		__m128i v =
		    _mm_loadu_si128((const __m128i *)(const void *)(s + i));

		if (!plain16(v))
			return false;
		_mm_storeu_si128((__m128i *)(void *)(dst + i), v);
	}
	if (i < n) {
		__m128i v = _mm_loadu_si128(
		    (const __m128i *)(const void *)(s + n - 16));

		if (!plain16(v))
			return false;
		_mm_storeu_si128((__m128i *)(void *)(dst + n - 16), v);
	}
	return true;
#endif
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (!plain8(w))
			return false;
		memcpy(dst + i, &w, 8);
	}
	if (i < n) {
		memcpy(&w, s + n - 8, 8);
		if (!plain8(w))
			return false;
		memcpy(dst + n - 8, &w, 8);
	}
	return true;
}

/* zp_json_put_str's way for a string with a byte to escape. */
static __attribute__((noinline)) char *
put_str_escaped(char *dst, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	*dst++ = '"';
	for (i = 0; i < n; i++) {
		unsigned char c;

		/*
		 * Eight bytes at a time while none needs escaping (no byte
		 * below 0x20, no '"', no backslash): most text is like that.
		 */
		while (n - i >= 8) {
			const uint64_t ones = 0x0101010101010101ULL;
			const uint64_t high = 0x8080808080808080ULL;
			uint64_t w, q, bs;

			memcpy(&w, s + i, 8);
			q = w ^ (ones * '"');
			bs = w ^ (ones * '\\');
			if ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
			        ((bs - ones) & ~bs)) &
			    high)
				break;
			memcpy(dst, s + i, 8);
			dst += 8;
			i += 8;
		}
		if (i == n)
			break;
		c = (unsigned char)s[i];
		if (c >= 0x20 && c != '"' && c != '\\') {
			*dst++ = (char)c;
			continue;
		}
		*dst++ = '\\';
		switch (c) {
		case '"':
			*dst++ = '"';
			break;
		case '\\':
			*dst++ = '\\';
			break;
		case '\n':
			*dst++ = 'n';
			break;
		case '\t':
			*dst++ = 't';
			break;
		case '\r':
			*dst++ = 'r';
			break;
		case '\b':
			*dst++ = 'b';
			break;
		case '\f':
			*dst++ = 'f';
			break;
		default:
			*dst++ = 'u';
			*dst++ = '0';
			*dst++ = '0';
			*dst++ = hex[c >> 4];
			*dst++ = hex[c & 15];
		}
	}
	*dst++ = '"';
	return dst;
}

/*
 * The escaping out of line: most strings have nothing to escape, and the
 * registers its loop wants had cost a plain copy a save and restore.
 */
char *
zp_json_put_str(char *dst, const char *s, size_t n)
{
	dst[0] = '"';
	if (copy_plain(dst + 1, s, n)) {
		dst[n + 1] = '"';
		return dst + n + 2;
	}
	return put_str_escaped(dst, s, n);
}

void
zp_buf_json_str(struct zp_buf *b, const char *s, size_t n)
{
	/* Worst case every byte becomes \u00XX. */
	char *dst = zp_buf_reserve(b, n * 6 + 2);

	b->len += (size_t)(zp_json_put_str(dst, s, n) - dst);
	b->p[b->len] = '\0';
}

void
zp_buf_json_int(struct zp_buf *b, int64_t v)
{
	zp_buf_printf(b, "%lld", (long long)v);
}

/*
 * The shortest digits that read back as v, laid out as JavaScript does:
 * plain decimals for exponents -7 < e < 21 ("100", "0.001"), else
 * d.ddde+N.  Spreadsheets and JSON readers take both.
 */
int
zp_format_double(char *out, size_t size, double v)
{
	char tmp[40], digits[20] = "0";
	int prec, exp, nd = 0, i, n = 0;
	const char *p;
	char *e;

	if (!isfinite(v))
		return snprintf(out, size, "null");
	if (v == 0)
		return snprintf(out, size, "0");
	for (prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*e", prec - 1, v);
		if (strtod(tmp, NULL) == v)
			break;
	}
	for (p = tmp; *p != 'e'; p++)
		if (*p >= '0' && *p <= '9')
			digits[nd++] = *p;
	exp = (int)strtol(p + 1, &e, 10);
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	if (size < 32)
		return -1;
	if (v < 0)
		out[n++] = '-';
	if (exp >= 21 || exp <= -7) {
		out[n++] = digits[0];
		if (nd > 1) {
			out[n++] = '.';
			for (i = 1; i < nd; i++)
				out[n++] = digits[i];
		}
		n += snprintf(out + n, size - (size_t)n, "e%c%d",
		    exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
		return n;
	}
	if (exp < 0) {
		out[n++] = '0';
		out[n++] = '.';
		for (i = -1; i > exp; i--)
			out[n++] = '0';
		for (i = 0; i < nd; i++)
			out[n++] = digits[i];
	} else {
		for (i = 0; i <= exp; i++)
			out[n++] = (char)(i < nd ? digits[i] : '0');
		if (nd > exp + 1) {
			out[n++] = '.';
			for (i = exp + 1; i < nd; i++)
				out[n++] = digits[i];
		}
	}
	out[n] = '\0';
	return n;
}

void
zp_buf_json_real(struct zp_buf *b, double v)
{
	char tmp[40];
	int n = zp_format_double(tmp, sizeof(tmp), v);

	zp_buf_put(b, tmp, (size_t)n);
}
