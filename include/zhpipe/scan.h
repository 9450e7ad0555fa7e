/*
 * scan -- the buffered reader under the archive record readers (WARC,
 * ARC): header lines with a length cap, exact-length blocks, look-ahead,
 * and the stream offset of every byte.
 */
#ifndef ZHPIPE_SCAN_H
#define ZHPIPE_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "zhpipe/input.h"

/* The longest header line a reader takes, in bytes. */
#define ZP_SCAN_MAX_LINE ((size_t)64 * 1024)

/*
 * The unread bytes are buf[start..end); offset is the stream offset of
 * buf[start].  The record readers read these fields directly.
 */
struct zp_scan {
	struct zp_source *src; /* borrowed */
	char *buf;
	size_t cap, start, end;
	unsigned long long offset;
	bool eof;
};

/* Starts a scan over src (borrowed); release it with zp_scan_free. */
void zp_scan_init(struct zp_scan *s, struct zp_source *src);
void zp_scan_free(struct zp_scan *s);

/*
 * Makes `need` bytes available after start (fewer at the end of input).
 * Returns 0, or -1 when the source failed (*err says why).  The buffer may
 * move: pointers into it are invalid afterwards.
 */
int zp_scan_fill(struct zp_scan *s, size_t need, const char **err);

/* Consumes n bytes (at most end - start). */
void zp_scan_consume(struct zp_scan *s, size_t n);

/*
 * The next line, without its "\r\n" or "\n", consumed; *line points into
 * the buffer until the next call.  Returns 1, 0 at the end of input, -1 on
 * a read error, 2 for a line over ZP_SCAN_MAX_LINE (then skipped without
 * being buffered whole).
 */
int zp_scan_line(
    struct zp_scan *s, const char **line, size_t *len, const char **err);

/*
 * Looks at the line starting pos bytes after start without consuming
 * anything: *line and *len (without "\r\n" or "\n") as zp_scan_line gives
 * them.  Returns 1, 0 when the input ends at pos, -1 on a read error, 2 for
 * a line over ZP_SCAN_MAX_LINE (not returned).
 */
int zp_scan_peek_line(struct zp_scan *s, size_t pos, const char **line,
    size_t *len, const char **err);

/*
 * Consumes up to n bytes without keeping them in memory.  Returns how many
 * (fewer at the end of input), or -1 on a read error.
 */
long long zp_scan_skip(struct zp_scan *s, size_t n, const char **err);

#endif
