#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/xalloc.h"

void
zp_buf_free(struct zp_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

char *
zp_buf_reserve(struct zp_buf *b, size_t n)
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
zp_buf_put(struct zp_buf *b, const void *p, size_t n)
{
	char *dst = zp_buf_reserve(b, n);

	if (n != 0)
		memcpy(dst, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void
zp_buf_puts(struct zp_buf *b, const char *s)
{
	zp_buf_put(b, s, strlen(s));
}

void
zp_buf_putc(struct zp_buf *b, char c)
{
	zp_buf_reserve(b, 1);
	b->p[b->len++] = c;
	b->p[b->len] = '\0';
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

void
zp_buf_json_str(struct zp_buf *b, const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	/* Worst case every byte becomes \u00XX. */
	char *dst = zp_buf_reserve(b, n * 6 + 2), *start = dst;
	size_t i;

	*dst++ = '"';
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c != '"' && c != '\\') {
			*dst++ = (char)c;
			continue;
		}
		*dst++ = '\\';
		switch (c) {
		case '"': *dst++ = '"'; break;
		case '\\': *dst++ = '\\'; break;
		case '\n': *dst++ = 'n'; break;
		case '\t': *dst++ = 't'; break;
		case '\r': *dst++ = 'r'; break;
		case '\b': *dst++ = 'b'; break;
		case '\f': *dst++ = 'f'; break;
		default:
			*dst++ = 'u';
			*dst++ = '0';
			*dst++ = '0';
			*dst++ = hex[c >> 4];
			*dst++ = hex[c & 15];
		}
	}
	*dst++ = '"';
	b->len += (size_t)(dst - start);
	b->p[b->len] = '\0';
}

void
zp_buf_json_int(struct zp_buf *b, int64_t v)
{
	zp_buf_printf(b, "%lld", (long long)v);
}

int
zp_format_double(char *out, size_t size, double v)
{
	int prec, n = 0;

	if (!isfinite(v))
		return snprintf(out, size, "null");
	for (prec = 1; prec <= 17; prec++) {
		n = snprintf(out, size, "%.*g", prec, v);
		if (strtod(out, NULL) == v)
			break;
	}
	return n;
}

void
zp_buf_json_real(struct zp_buf *b, double v)
{
	char tmp[40];
	int n = zp_format_double(tmp, sizeof(tmp), v);

	zp_buf_put(b, tmp, (size_t)n);
}
