/*
 * scan -- the buffered byte reader the WARC and ARC readers share: it
 * grows its buffer only as far as the data really goes, reads header lines
 * with a cap, and keeps the stream offset.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/scan.h"
#include "zhpipe/xalloc.h"

#define CHUNK ((size_t)64 * 1024)

void
zp_scan_init(struct zp_scan *s, struct zp_source *src)
{
	memset(s, 0, sizeof(*s));
	s->src = src;
	s->cap = CHUNK;
	s->buf = zp_xmalloc(s->cap);
}

void
zp_scan_free(struct zp_scan *s)
{
	free(s->buf);
	s->buf = NULL;
}

int
zp_scan_fill(struct zp_scan *s, size_t need, const char **err)
{
	ssize_t n;

	while (s->end - s->start < need && !s->eof) {
		if (s->start > 0) {
			memmove(s->buf, s->buf + s->start, s->end - s->start);
			s->end -= s->start;
			s->start = 0;
		}
		/*
		 * Grow only when full, not to `need` at once: need comes from
		 * a length field, which a 70-byte file can set to 256 MiB.
		 */
		if (s->end == s->cap) {
			s->buf = zp_xreallocarray(s->buf, s->cap, 2);
			s->cap *= 2;
		}
		n = zp_source_read(
		    s->src, s->buf + s->end, s->cap - s->end, err);
		if (n < 0)
			return -1;
		if (n == 0)
			s->eof = true;
		s->end += (size_t)n;
	}
	return 0;
}

void
zp_scan_consume(struct zp_scan *s, size_t n)
{
	s->start += n;
	s->offset += n;
}

int
zp_scan_line(
    struct zp_scan *s, const char **line, size_t *len, const char **err)
{
	size_t scanned = 0;
	bool skipped = false;
	char *nl;

	for (;;) {
		nl = memchr(s->buf + s->start + scanned, '\n',
		    s->end - s->start - scanned);
		if (nl != NULL)
			break;
		scanned = s->end - s->start;
		if (s->eof) {
			if (scanned == 0 && !skipped)
				return 0;
			nl = s->buf + s->end;
			break;
		}
		if (scanned > ZP_SCAN_MAX_LINE) {
			/* Too long already: drop what we have, find its end. */
			zp_scan_consume(s, scanned);
			scanned = 0;
			skipped = true;
			continue;
		}
		if (zp_scan_fill(s, scanned + 1, err) < 0)
			return -1;
	}
	*line = s->buf + s->start;
	*len = (size_t)(nl - *line);
	zp_scan_consume(s, *len + (nl < s->buf + s->end));
	/*
	 * Judge by the line's whole length, not by how much of it was
	 * buffered, so that the result does not depend on read sizes.
	 */
	if (skipped || *len > ZP_SCAN_MAX_LINE)
		return 2;
	if (*len > 0 && (*line)[*len - 1] == '\r')
		(*len)--;
	return 1;
}

int
zp_scan_peek_line(struct zp_scan *s, size_t pos, const char **line, size_t *len,
    const char **err)
{
	size_t scanned = 0;
	const char *nl;

	for (;;) {
		size_t avail = s->end - s->start;

		if (avail > pos + scanned) {
			nl = memchr(s->buf + s->start + pos + scanned, '\n',
			    avail - pos - scanned);
			if (nl != NULL)
				break;
			scanned = avail - pos;
		}
		if (scanned > ZP_SCAN_MAX_LINE)
			return 2;
		if (s->eof) {
			if (scanned == 0)
				return 0;
			nl = s->buf + s->end;
			break;
		}
		if (zp_scan_fill(s, pos + scanned + 1, err) < 0)
			return -1;
	}
	*line = s->buf + s->start + pos;
	*len = (size_t)(nl - *line);
	if (*len > ZP_SCAN_MAX_LINE)
		return 2;
	if (*len > 0 && (*line)[*len - 1] == '\r')
		(*len)--;
	return 1;
}

long long
zp_scan_skip(struct zp_scan *s, size_t n, const char **err)
{
	size_t left = n;

	while (left > 0) {
		size_t k;

		if (zp_scan_fill(s, 1, err) < 0)
			return -1;
		k = s->end - s->start;
		if (k == 0)
			break;
		if (k > left)
			k = left;
		zp_scan_consume(s, k);
		left -= k;
	}
	return (long long)(n - left);
}
