/*
 * arc -- the ARC v1 and v2 record reader: header lines read from the
 * right, exact-length bodies checked against the next record's header, the
 * version block, and resynchronisation on the next header line.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/arc.h"
#include "zhpipe/buf.h"
#include "zhpipe/scan.h"
#include "zhpipe/xalloc.h"

/* The fields of a header line: URL IP DATE TYPE [5 more in v2] LENGTH. */
#define MAXF 10
enum { F_URL, F_IP, F_DATE, F_TYPE };

struct fields {
	const char *p[MAXF];
	size_t n[MAXF];
	int nf;
	size_t length;
};

struct zp_arc {
	struct zp_scan s;
	size_t max;
	int version; /* of the last version block; 0 before one */
	bool resync;
	struct zp_buf hdr;
	char errbuf[160];
};

struct zp_arc *
zp_arc_new(struct zp_source *src, size_t max)
{
	struct zp_arc *a = zp_xcalloc(1, sizeof(*a));

	zp_scan_init(&a->s, src);
	a->max = max;
	return a;
}

void
zp_arc_free(struct zp_arc *a)
{
	if (a == NULL)
		return;
	zp_scan_free(&a->s);
	zp_buf_free(&a->hdr);
	free(a);
}

static bool
all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

/*
 * Reads s[0..n) as a header line of version v, its fields taken from the
 * right so that only the URL may hold spaces.  True when it is one.
 */
static bool
parse_form(const char *s, size_t n, int v, struct fields *f)
{
	int want = v == 2 ? 10 : 5, i;
	size_t e = n, b, k;

	for (i = want - 1; i >= 1; i--) {
		for (b = e; b > 0 && s[b - 1] != ' '; b--)
			;
		if (b < 2 || b == e)
			return false; /* an empty field, or no URL left */
		f->p[i] = s + b;
		f->n[i] = e - b;
		e = b - 1;
	}
	f->p[F_URL] = s;
	f->n[F_URL] = e;
	f->nf = want;
	if (e == 0 || memchr(s, ':', e) == NULL || s[e - 1] == ' ')
		return false;
	if (f->n[F_DATE] != 14 || !all_digits(f->p[F_DATE], 14))
		return false;
	k = f->n[want - 1];
	if (k > 12 || !all_digits(f->p[want - 1], k))
		return false;
	/* Not strtoull: the field need not be followed by a non-digit. */
	f->length = 0;
	for (i = 0; (size_t)i < k; i++)
		f->length = f->length * 10 + (size_t)(f->p[want - 1][i] - '0');
	return f->length <= (size_t)1 << 40;
}

/* A header line in either form, the current version's first; its form. */
static int
parse_header(const struct zp_arc *a, const char *s, size_t n, struct fields *f)
{
	int first = a->version == 2 ? 2 : 1;
	size_t i;

	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return 0;
	if (parse_form(s, n, first, f))
		return first;
	if (parse_form(s, n, 3 - first, f))
		return 3 - first;
	return 0;
}

/*
 * Whether the bytes pos bytes after the scan's start are blank lines, then
 * the end of input or a header line: 1 yes, 0 no, -1 on a read error.
 */
static int
at_boundary(struct zp_arc *a, size_t pos, const char **err)
{
	size_t from = pos, len;
	const char *line, *p, *end;
	struct fields f;
	int rc;

	for (;;) {
		rc = zp_scan_peek_line(&a->s, pos, &line, &len, err);
		if (rc < 0)
			return -1;
		if (rc == 0)
			return 1;
		if (rc == 2)
			return 0;
		if (len > 0)
			return parse_header(a, line, len, &f) > 0;
		/* Past the blank line, "\r\n" or "\n". */
		p = line;
		end = a->s.buf + a->s.end;
		if (p < end && *p == '\r')
			p++;
		if (p < end && *p == '\n')
			p++;
		pos = (size_t)(p - (a->s.buf + a->s.start));
		/* Pages of blank lines: the next call skips them anyway. */
		if (pos - from > ZP_SCAN_MAX_LINE)
			return 1;
	}
}

static enum zp_arc_status bad(struct zp_arc *a, const char **err,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static enum zp_arc_status
bad(struct zp_arc *a, const char **err, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(a->errbuf, sizeof(a->errbuf), fmt, ap);
	va_end(ap);
	*err = a->errbuf;
	a->resync = true;
	return ZP_ARC_BAD;
}

/* Copies the fields into the reader, NUL-terminated, and points rec at them. */
static void
keep_fields(struct zp_arc *a, const struct fields *f, struct zp_arc_record *rec)
{
	size_t at[4];
	int i;

	zp_buf_clear(&a->hdr);
	for (i = 0; i < 4; i++) {
		at[i] = a->hdr.len;
		zp_buf_put(&a->hdr, f->p[i], f->n[i]);
		zp_buf_putc(&a->hdr, '\0');
	}
	rec->url = a->hdr.p + at[F_URL];
	rec->ip = a->hdr.p + at[F_IP];
	rec->date = a->hdr.p + at[F_DATE];
	rec->content_type = a->hdr.p + at[F_TYPE];
}

/* The version a version block's body states: 1, 2, or 0 for another. */
static int
stated_version(const char *b, size_t n)
{
	if (n >= 2 && (b[0] == '1' || b[0] == '2') &&
	    (b[1] == ' ' || b[1] == '\n' || b[1] == '\r'))
		return b[0] - '0';
	return 0;
}

enum zp_arc_status
zp_arc_next(struct zp_arc *a, struct zp_arc_record *rec, const char **err)
{
	const char *line;
	size_t len, cl;
	struct fields f;
	int rc, form = 0;

	memset(rec, 0, sizeof(*rec));
	/* Find a header line, skipping blank lines (or junk, resyncing). */
	for (;;) {
		unsigned long long at = a->s.offset;

		rc = zp_scan_line(&a->s, &line, &len, err);
		if (rc < 0)
			return ZP_ARC_READ_ERROR;
		if (rc == 0)
			return ZP_ARC_EOF;
		if (rc == 1 && len > 0)
			form = parse_header(a, line, len, &f);
		if (form > 0) {
			rec->offset = at;
			break;
		}
		if (a->resync || (rc == 1 && len == 0))
			continue;
		rec->offset = at;
		if (rc == 2)
			return bad(a, err, "header line too long");
		return bad(a, err,
		    "expected an ARC header line "
		    "(URL IP DATE TYPE LENGTH)");
	}
	a->resync = false;
	keep_fields(a, &f, rec);
	rec->version = form;
	rec->version_block = strncmp(rec->url, "filedesc://", 11) == 0;
	cl = f.length;
	if (cl > a->max) {
		if (zp_scan_skip(&a->s, cl, err) < 0)
			return ZP_ARC_READ_ERROR;
		return bad(a, err,
		    "record of %zu bytes exceeds "
		    "--max-record-bytes=%zu; skipped",
		    cl, a->max);
	}
	if (zp_scan_fill(&a->s, cl, err) < 0)
		return ZP_ARC_READ_ERROR;
	/*
	 * On a short or wrong length nothing after the header line is
	 * consumed: the search for the next header starts there.
	 */
	if (a->s.end - a->s.start < cl)
		return bad(a, err, "truncated record: %zu of %zu content bytes",
		    a->s.end - a->s.start, cl);
	rc = at_boundary(a, cl, err);
	if (rc < 0)
		return ZP_ARC_READ_ERROR;
	if (rc == 0)
		return bad(a, err,
		    "wrong length: %zu bytes do not end at the next "
		    "record header",
		    cl);
	rec->body = a->s.buf + a->s.start;
	rec->body_len = cl;
	zp_scan_consume(&a->s, cl);
	if (rec->version_block) {
		int v = stated_version(rec->body, rec->body_len);

		if (v == 0) {
			*err = "unsupported ARC version (not 1 or 2)";
			return ZP_ARC_BAD;
		}
		a->version = v;
	}
	/* The line feed after the body is left to the blank-line skip. */
	return ZP_ARC_OK;
}
