/*
 * buf -- a growable byte buffer, and the JSON text writers built on it.
 *
 * The bytes are always followed by a NUL (not counted in len), so p can be
 * handed to functions that want a C string when the content has no NUL.
 */
#ifndef ZHPIPE_BUF_H
#define ZHPIPE_BUF_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct zp_buf {
	char *p;
	size_t len;
	size_t cap;
};

#define ZP_BUF_INIT \
	{ \
		NULL, 0, 0 \
	}

void zp_buf_free(struct zp_buf *b);
/* Empties the buffer, keeping its memory. */
static inline void
zp_buf_clear(struct zp_buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = '\0';
}
/* zp_buf_reserve() when the room is not there: grows the buffer. */
char *zp_buf_grow(struct zp_buf *b, size_t n);

/*
 * Makes room for n more bytes; returns where they go.  The writers below
 * are inline: records are written a few bytes at a time.
 */
static inline char *
zp_buf_reserve(struct zp_buf *b, size_t n)
{
	if (n >= b->cap - b->len || b->p == NULL)
		return zp_buf_grow(b, n);
	return b->p + b->len;
}

static inline void
zp_buf_put(struct zp_buf *b, const void *p, size_t n)
{
	char *dst = zp_buf_reserve(b, n);

	if (n != 0)
		memcpy(dst, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static inline void
zp_buf_puts(struct zp_buf *b, const char *s)
{
	zp_buf_put(b, s, strlen(s));
}

static inline void
zp_buf_putc(struct zp_buf *b, char c)
{
	zp_buf_reserve(b, 1);
	b->p[b->len++] = c;
	b->p[b->len] = '\0';
}
void zp_buf_printf(struct zp_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Appends s (valid UTF-8) as a JSON string literal, quotes included. */
void zp_buf_json_str(struct zp_buf *b, const char *s, size_t n);
/*
 * The same written at dst, which has room for 6 * n + 2 bytes (every byte
 * escaped as \u00XX, and the quotes); returns the end.  For writers that
 * reserve once for a record's many strings.
 */
char *zp_json_put_str(char *dst, const char *s, size_t n);
void zp_buf_json_int(struct zp_buf *b, int64_t v);
/* A double in the shortest form that reads back the same ("0.1", "1e+300"). */
void zp_buf_json_real(struct zp_buf *b, double v);

/*
 * Writes the shortest text that reads back as v into out (size >= 32):
 * "0.1", "100", "1e+21"; "null" for NaN and infinities.  Returns its length.
 */
int zp_format_double(char *out, size_t size, double v);

#endif
