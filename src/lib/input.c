/*
 * input -- byte sources (plain files, stdin, gzip inflated with zlib,
 * layered decoders), the line reader over them, and zp_each_line, the one
 * reader of line-based data files.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <zlib.h>

#include "zhpipe/input.h"
#include "zhpipe/xalloc.h"

#define RAW_SIZE ((size_t)256 * 1024)

struct zp_source {
	int fd;
	bool is_stdin;
	bool gzip;
	bool raw_eof;
	bool z_live;        /* inflate state initialized */
	bool z_member_done; /* between members: may be EOF or more */
	const char *name;
	unsigned char *raw; /* compressed bytes read ahead */
	size_t raw_len, raw_pos;
	z_stream z;
	char errbuf[160];
	ssize_t (*fn)(void *, void *, size_t, const char **);
	void *fn_ctx;
};

struct zp_source *
zp_source_open(const char *path, char *err, size_t errsize)
{
	struct zp_source *s;
	struct stat st;
	int fd;

	if (strcmp(path, "-") == 0) {
		fd = STDIN_FILENO;
	} else {
		do
			fd = open(path, O_RDONLY | O_CLOEXEC);
		while (fd < 0 && errno == EINTR);
		if (fd < 0) {
			snprintf(err, errsize, "%s", strerror(errno));
			return NULL;
		}
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		snprintf(err, errsize, "%s", strerror(EISDIR));
		if (fd != STDIN_FILENO)
			close(fd);
		return NULL;
	}
	s = zp_xcalloc(1, sizeof(*s));
	s->fd = fd;
	s->is_stdin = fd == STDIN_FILENO;
	s->name = s->is_stdin ? "<stdin>" : path;
	s->raw = zp_xmalloc(RAW_SIZE);
	return s;
}

struct zp_source *
zp_source_from_fn(const char *name,
    ssize_t (*fn)(void *ctx, void *buf, size_t n, const char **err), void *ctx)
{
	struct zp_source *s = zp_xcalloc(1, sizeof(*s));

	s->fd = -1;
	s->name = name;
	s->fn = fn;
	s->fn_ctx = ctx;
	return s;
}

const char *
zp_source_name(const struct zp_source *s)
{
	return s->name;
}

bool
zp_source_is_gzip(const struct zp_source *s)
{
	return s->gzip;
}

/* Refills raw[] when it is used up; returns -1 on a read error. */
static int
fill_raw(struct zp_source *s)
{
	ssize_t n;

	if (s->raw_pos < s->raw_len || s->raw_eof)
		return 0;
	do
		n = read(s->fd, s->raw, RAW_SIZE);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		snprintf(s->errbuf, sizeof(s->errbuf), "%s", strerror(errno));
		return -1;
	}
	s->raw_pos = 0;
	s->raw_len = (size_t)n;
	if (n == 0)
		s->raw_eof = true;
	return 0;
}

/* Reads until at least two bytes are buffered or input ends. */
static int
sniff(struct zp_source *s)
{
	ssize_t n;

	while (s->raw_len < 2 && !s->raw_eof) {
		do
			n = read(
			    s->fd, s->raw + s->raw_len, RAW_SIZE - s->raw_len);
		while (n < 0 && errno == EINTR);
		if (n < 0) {
			snprintf(s->errbuf, sizeof(s->errbuf), "%s",
			    strerror(errno));
			return -1;
		}
		if (n == 0)
			s->raw_eof = true;
		s->raw_len += (size_t)n;
	}
	s->gzip = s->raw_len >= 2 && s->raw[0] == 0x1f && s->raw[1] == 0x8b;
	return 0;
}

static ssize_t
read_gzip(struct zp_source *s, void *buf, size_t n, const char **err)
{
	int rc;

	for (;;) {
		if (fill_raw(s) < 0) {
			*err = s->errbuf;
			return -1;
		}
		if (s->z_member_done) {
			/* Between members: another member, the end, or junk. */
			if (s->raw_pos == s->raw_len)
				return 0;
			if (s->raw_len - s->raw_pos >= 2 &&
			    (s->raw[s->raw_pos] != 0x1f ||
			        s->raw[s->raw_pos + 1] != 0x8b)) {
				/* As gzip(1) does, ignore trailing garbage. */
				s->raw_pos = s->raw_len;
				s->raw_eof = true;
				return 0;
			}
			inflateReset(&s->z);
			s->z_member_done = false;
		}
		if (s->raw_pos == s->raw_len && s->raw_eof) {
			*err = "unexpected end of file (truncated gzip input)";
			return -1;
		}
		s->z.next_in = s->raw + s->raw_pos;
		s->z.avail_in = (uInt)(s->raw_len - s->raw_pos);
		s->z.next_out = buf;
		s->z.avail_out = (uInt)(n > (1u << 30) ? (1u << 30) : n);
		rc = inflate(&s->z, Z_NO_FLUSH);
		s->raw_pos = s->raw_len - s->z.avail_in;
		if (rc == Z_STREAM_END) {
			s->z_member_done = true;
		} else if (rc == Z_BUF_ERROR) {
			/* No progress possible: needs more input. */
		} else if (rc != Z_OK) {
			snprintf(s->errbuf, sizeof(s->errbuf),
			    "corrupt gzip input: %s",
			    s->z.msg != NULL ? s->z.msg : "inflate failed");
			*err = s->errbuf;
			return -1;
		}
		if ((size_t)((char *)s->z.next_out - (char *)buf) > 0)
			return (char *)s->z.next_out - (char *)buf;
	}
}

ssize_t
zp_source_read(struct zp_source *s, void *buf, size_t n, const char **err)
{
	size_t avail;
	ssize_t got;

	*err = NULL;
	if (s->fn != NULL)
		return s->fn(s->fn_ctx, buf, n, err);
	if (!s->z_live && !s->gzip && s->raw_len == 0 && !s->raw_eof) {
		if (sniff(s) < 0) {
			*err = s->errbuf;
			return -1;
		}
		if (s->gzip) {
			memset(&s->z, 0, sizeof(s->z));
			/* 15 + 16: gzip wrapper only, multi-member by hand. */
			if (inflateInit2(&s->z, 15 + 16) != Z_OK)
				zp_oom();
			s->z_live = true;
		}
	}
	if (s->gzip)
		return read_gzip(s, buf, n, err);
	avail = s->raw_len - s->raw_pos;
	if (avail > 0) {
		if (avail > n)
			avail = n;
		memcpy(buf, s->raw + s->raw_pos, avail);
		s->raw_pos += avail;
		return (ssize_t)avail;
	}
	if (s->raw_eof)
		return 0;
	do
		got = read(s->fd, buf, n);
	while (got < 0 && errno == EINTR);
	if (got < 0) {
		snprintf(s->errbuf, sizeof(s->errbuf), "%s", strerror(errno));
		*err = s->errbuf;
		return -1;
	}
	if (got == 0)
		s->raw_eof = true;
	return got;
}

void
zp_source_close(struct zp_source *s)
{
	if (s == NULL)
		return;
	if (s->z_live)
		inflateEnd(&s->z);
	if (!s->is_stdin && s->fd >= 0)
		close(s->fd);
	free(s->raw);
	free(s);
}

#define LINE_CHUNK ((size_t)64 * 1024)

struct zp_lines {
	struct zp_source *src;
	size_t max;
	char *buf;
	size_t cap;
	size_t start;   /* first byte of the unread data */
	size_t end;     /* end of the unread data */
	size_t scanned; /* bytes after start known to hold no '\n' */
	bool eof;
	bool first;
	unsigned long lineno;
	unsigned long long offset; /* stream offset of buf[start] */
	unsigned long long line_offset;
};

struct zp_lines *
zp_lines_new(struct zp_source *src, size_t max)
{
	struct zp_lines *l = zp_xcalloc(1, sizeof(*l));

	l->src = src;
	l->max = max;
	l->cap = LINE_CHUNK;
	l->buf = zp_xmalloc(l->cap + 1);
	l->first = true;
	return l;
}

void
zp_lines_free(struct zp_lines *l)
{
	if (l == NULL)
		return;
	free(l->buf);
	free(l);
}

unsigned long
zp_lines_lineno(const struct zp_lines *l)
{
	return l->lineno;
}

unsigned long long
zp_lines_offset(const struct zp_lines *l)
{
	return l->line_offset;
}

/* Reads more data after end, growing or compacting the buffer. */
static ssize_t
refill(struct zp_lines *l, const char **err)
{
	ssize_t n;

	if (l->start > 0 && (l->end == l->cap || l->start == l->end)) {
		memmove(l->buf, l->buf + l->start, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
	}
	if (l->end == l->cap) {
		size_t cap = l->cap * 2;

		if (cap < l->cap)
			zp_oom();
		l->buf = zp_xrealloc(l->buf, cap + 1);
		l->cap = cap;
	}
	n = zp_source_read(l->src, l->buf + l->end, l->cap - l->end, err);
	if (n > 0)
		l->end += (size_t)n;
	return n;
}

/* Discards bytes up to and including the next '\n'; returns bytes dropped. */
static enum zp_line_status
skip_long_line(struct zp_lines *l, size_t *len, const char **err)
{
	size_t dropped = 0;
	char *nl;
	ssize_t n;

	/* start moves below; a stale count would overrun the next scan. */
	l->scanned = 0;
	for (;;) {
		nl = memchr(l->buf + l->start, '\n', l->end - l->start);
		if (nl != NULL) {
			size_t k = (size_t)(nl - (l->buf + l->start));

			dropped += k;
			l->offset += k + 1;
			l->start += k + 1;
			l->scanned = 0;
			*len = dropped;
			return ZP_LINE_TOO_LONG;
		}
		dropped += l->end - l->start;
		l->offset += l->end - l->start;
		l->start = l->end = 0;
		n = zp_source_read(l->src, l->buf, l->cap, err);
		if (n < 0) {
			l->eof = true;
			return ZP_LINE_ERROR;
		}
		if (n == 0) {
			l->eof = true;
			*len = dropped;
			return ZP_LINE_TOO_LONG;
		}
		l->end = (size_t)n;
	}
}

enum zp_line_status
zp_lines_next(struct zp_lines *l, char **line, size_t *len, const char **err)
{
	char *nl, *p;
	size_t n;
	ssize_t got;

	*err = NULL;
	for (;;) {
		nl = memchr(l->buf + l->start + l->scanned, '\n',
		    l->end - l->start - l->scanned);
		if (nl != NULL)
			break;
		l->scanned = l->end - l->start;
		if (l->scanned > l->max) {
			l->lineno++;
			l->line_offset = l->offset;
			return skip_long_line(l, len, err);
		}
		if (l->eof) {
			if (l->start == l->end)
				return ZP_LINE_EOF;
			nl = l->buf + l->end; /* last line without '\n' */
			break;
		}
		got = refill(l, err);
		if (got < 0) {
			/* The partial line is not passed on as a record. */
			l->start = l->end;
			l->scanned = 0;
			l->eof = true;
			return ZP_LINE_ERROR;
		}
		if (got == 0)
			l->eof = true;
	}
	p = l->buf + l->start;
	n = (size_t)(nl - p);
	l->lineno++;
	l->line_offset = l->offset;
	l->offset += n + (nl < l->buf + l->end);
	l->start += n + (nl < l->buf + l->end);
	l->scanned = 0;
	if (n > l->max) {
		*len = n;
		return ZP_LINE_TOO_LONG;
	}
	if (n > 0 && p[n - 1] == '\r')
		n--;
	if (l->first) {
		l->first = false;
		/* Only at the very start: line 1 may have been too long. */
		if (l->line_offset == 0 && n >= 3 &&
		    memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
			p += 3;
			n -= 3;
		}
	}
	p[n] = '\0';
	*line = p;
	*len = n;
	return ZP_LINE_OK;
}

int
zp_each_line(
    const char *path, zp_line_fn fn, void *arg, char *err, size_t errsize)
{
	struct zp_source *src = zp_source_open(path, err, errsize);
	struct zp_lines *l;
	enum zp_line_status st;
	const char *rerr = NULL;
	char why[256];
	char *line;
	size_t len;
	int rc = 0;

	if (src == NULL) {
		char reason[160];

		snprintf(reason, sizeof(reason), "%s", err);
		snprintf(err, errsize, "%s: %s", path, reason);
		return -1;
	}
	l = zp_lines_new(src, ZP_DATA_LINE_MAX);
	while ((st = zp_lines_next(l, &line, &len, &rerr)) != ZP_LINE_EOF) {
		if (st == ZP_LINE_ERROR) {
			snprintf(err, errsize, "%s: %s", path, rerr);
			rc = -1;
			break;
		}
		if (st == ZP_LINE_TOO_LONG) {
			snprintf(err, errsize,
			    "%s:%lu: line longer than %zu bytes", path,
			    zp_lines_lineno(l), ZP_DATA_LINE_MAX);
			rc = -1;
			break;
		}
		/* A file converted to CRLF twice ends its lines in "\r\r". */
		while (len > 0 && line[len - 1] == '\r')
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		why[0] = '\0';
		if (fn(arg, line, len, zp_lines_lineno(l), why, sizeof(why)) !=
		    0) {
			snprintf(err, errsize, "%s:%lu: %s", path,
			    zp_lines_lineno(l), why);
			rc = -1;
			break;
		}
	}
	zp_lines_free(l);
	zp_source_close(src);
	return rc;
}
