/*
 * csvout -- writing one CSV cell (quoted only when it must be) and the
 * UTF-8 to GB18030 encoder behind to-csv --encoding.
 */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include "zhpipe/csvout.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

bool
zp_csv_formula_start(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' ||
	    c == '\r';
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Nonzero when some byte of w equals the byte repeated in rep. */
static inline uint64_t
has_byte(uint64_t w, uint64_t rep)
{
	uint64_t x = w ^ rep;

	return (x - ONES) & ~x & HIGHS;
}

/* Bytes of the multibyte character at s that a spreadsheet reads as part
 * of a number or date (¥ £ €, 年 月 日 时 分 秒), or 0. */
static size_t
numeric_mb(const unsigned char *s, size_t n)
{
	static const char *const words[] = { "\u00a5", "\u00a3", "\u20ac",
		"\u5e74", "\u6708", "\u65e5", "\u65f6", "\u5206", "\u79d2" };
	size_t i, len;

	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		len = strlen(words[i]);
		if (len <= n && memcmp(s, words[i], len) == 0)
			return len;
	}
	return 0;
}

/* 1 when the e at s[i] is an exponent's, as in 1E5, 2.5e-3, 1e+9. */
static size_t
exponent_at(const char *s, size_t n, size_t i)
{
	if (i == 0 ||
	    !((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '.'))
		return 0;
	if (i + 1 < n && (s[i + 1] == '+' || s[i + 1] == '-'))
		i++;
	return i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9' ? 1 : 0;
}

bool
zp_csv_would_convert(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	bool digit = false;
	size_t i, w;

	if (n == 0 || n > ZP_PROTECT_MAX || zp_csv_formula_start(s[0]))
		return false;
	if ((n == 4 && strncasecmp(s, "true", 4) == 0) ||
	    (n == 5 && strncasecmp(s, "false", 5) == 0))
		return true;
	for (i = 0; i < n; i += w) {
		w = 1;
		if (u[i] >= '0' && u[i] <= '9')
			digit = true;
		else if (u[i] >= 0x80)
			w = numeric_mb(u + i, n - i);
		else if (u[i] == 'e' || u[i] == 'E')
			w = exponent_at(s, n, i);
		else if (strchr(" .,+-/:%$()", u[i]) == NULL)
			w = 0;
		if (w == 0)
			return false;
	}
	return digit;
}

void
zp_csv_protect(struct zp_buf *row, const char *s, size_t n)
{
	size_t i = 0, cut;

	/* The CSV cell is quoted, so the formula's quotes are doubled. */
	zp_buf_put(row, "\"=\"\"", 4);
	while (n - i > 255) {
		cut = zp_utf16_prefix(s + i, n - i, 255);
		zp_buf_put(row, s + i, cut);
		zp_buf_put(row, "\"\"&\"\"", 5);
		i += cut;
	}
	zp_buf_put(row, s + i, n - i);
	zp_buf_put(row, "\"\"\"", 3);
}

void
zp_csv_cell(struct zp_buf *row, const char *s, size_t n, char delim, bool guard)
{
	bool quote = false, lead = guard && n > 0 && zp_csv_formula_start(s[0]);
	size_t i = 0, quotes = 0;
	uint64_t rq = ONES * '"', rd = ONES * (unsigned char)delim;
	uint64_t rn = ONES * '\n', rr = ONES * '\r', w;
	char *dst;

	if (guard && zp_csv_would_convert(s, n)) {
		zp_csv_protect(row, s, n);
		return;
	}

	/*
	 * Readers such as libcsv trim unquoted leading and trailing blanks;
	 * quoting keeps them.
	 */
	if (n > 0 &&
	    (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' ||
	        s[n - 1] == '\t'))
		quote = true;
	/* Most cells need no quoting: skip eight clean bytes at a time. */
	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if (has_byte(w, rq) | has_byte(w, rd) | has_byte(w, rn) |
		    has_byte(w, rr))
			break;
	}
	for (; i < n; i++) {
		char c = s[i];

		if (c == '"') {
			quotes++;
			quote = true;
		} else if (c == delim || c == '\n' || c == '\r') {
			quote = true;
		}
	}
	dst = zp_buf_reserve(row, n + quotes + 3);
	if (quote)
		*dst++ = '"';
	if (lead)
		*dst++ = '\'';
	if (quotes == 0) {
		memcpy(dst, s, n);
		dst += n;
	} else {
		for (i = 0; i < n; i++) {
			if (s[i] == '"')
				*dst++ = '"';
			*dst++ = s[i];
		}
	}
	if (quote)
		*dst++ = '"';
	row->len = (size_t)(dst - row->p);
	row->p[row->len] = '\0';
}

void
zp_csv_end_row(struct zp_buf *row, size_t start, const char *eol)
{
	if (row->len == start)
		zp_buf_put(row, "\"\"", 2);
	zp_buf_puts(row, eol);
}

size_t
zp_utf16_prefix(const char *s, size_t n, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, units = 0, w;

	while (i < n) {
		/* A four-byte sequence is a surrogate pair in UTF-16. */
		w = u[i] >= 0xF0 ? 2 : 1;
		if (units + w > max)
			return i;
		units += w;
		i++;
		while (i < n && (u[i] & 0xC0) == 0x80)
			i++;
	}
	return n;
}

struct zp_encoder {
	UConverter *utf8;
	UConverter *target;
	size_t replaced;
	UConverterFromUCallback old_cb;
	const void *old_ctx;
};

/* Counts each unmappable character, then lets ICU substitute it. */
static void U_CALLCONV
count_substitution(const void *ctx, UConverterFromUnicodeArgs *args,
    const UChar *units, int32_t length, UChar32 cp,
    UConverterCallbackReason reason, UErrorCode *status)
{
	struct zp_encoder *e = (struct zp_encoder *)ctx;

	if (reason == UCNV_UNASSIGNED || reason == UCNV_ILLEGAL ||
	    reason == UCNV_IRREGULAR)
		e->replaced++;
	UCNV_FROM_U_CALLBACK_SUBSTITUTE(
	    NULL, args, units, length, cp, reason, status);
}

struct zp_encoder *
zp_encoder_open(const char *charset, char *err, size_t errsize)
{
	struct zp_encoder *e = zp_xcalloc(1, sizeof(*e));
	UErrorCode st = U_ZERO_ERROR;

	e->utf8 = ucnv_open("UTF-8", &st);
	if (U_SUCCESS(st))
		e->target = ucnv_open(charset, &st);
	if (U_SUCCESS(st))
		ucnv_setSubstChars(e->target, "?", 1, &st);
	if (U_SUCCESS(st))
		ucnv_setFromUCallBack(e->target, count_substitution, e,
		    &e->old_cb, &e->old_ctx, &st);
	if (U_FAILURE(st)) {
		snprintf(err, errsize, "unknown encoding '%s'", charset);
		zp_encoder_close(e);
		return NULL;
	}
	return e;
}

size_t
zp_encoder_convert(
    struct zp_encoder *e, const char *s, size_t n, struct zp_buf *out)
{
	UErrorCode st = U_ZERO_ERROR;
	const char *src = s;
	char *dst;
	size_t cap;

	e->replaced = 0;
	zp_buf_clear(out);
	/* Two output bytes per input byte always suffice for GBK/GB18030. */
	cap = n * 2 + 16;
	for (;;) {
		src = s;
		dst = zp_buf_reserve(out, cap);
		ucnv_convertEx(e->target, e->utf8, &dst, dst + cap, &src, s + n,
		    NULL, NULL, NULL, NULL, true, true, &st);
		if (st != U_BUFFER_OVERFLOW_ERROR)
			break;
		st = U_ZERO_ERROR;
		e->replaced = 0;
		cap *= 2;
	}
	out->len = (size_t)(dst - out->p);
	out->p[out->len] = '\0';
	return e->replaced;
}

void
zp_encoder_close(struct zp_encoder *e)
{
	if (e == NULL)
		return;
	if (e->utf8 != NULL)
		ucnv_close(e->utf8);
	if (e->target != NULL)
		ucnv_close(e->target);
	free(e);
}
