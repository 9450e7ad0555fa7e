/*
 * warc -- the WARC/1.0 and 1.1 record reader: header fields, exact
 * Content-Length bodies, and resynchronisation on the next "WARC/" line
 * after a bad header.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zlib.h>

#include "zhpipe/buf.h"
#include "zhpipe/scan.h"
#include "zhpipe/warc.h"
#include "zhpipe/xalloc.h"

#define CHUNK ((size_t)64 * 1024)

enum { H_TYPE, H_ID, H_URI, H_DATE, H_CTYPE, H_LEN, NHDR };

static const char *const hdr_names[NHDR] = { "WARC-Type", "WARC-Record-ID",
	"WARC-Target-URI", "WARC-Date", "Content-Type", "Content-Length" };

struct zp_warc {
	struct zp_scan s;
	size_t max;
	bool resync;
	struct zp_buf hdr;
	size_t val[NHDR]; /* offsets in hdr, or SIZE_MAX */
	char errbuf[160];
};

struct zp_warc *
zp_warc_new(struct zp_source *src, size_t max)
{
	struct zp_warc *w = zp_xcalloc(1, sizeof(*w));

	zp_scan_init(&w->s, src);
	w->max = max;
	return w;
}

void
zp_warc_free(struct zp_warc *w)
{
	if (w == NULL)
		return;
	zp_scan_free(&w->s);
	zp_buf_free(&w->hdr);
	free(w);
}

static bool
is_version_line(const char *s, size_t n)
{
	return n >= 5 && memcmp(s, "WARC/", 5) == 0;
}

static enum zp_warc_status
bad(struct zp_warc *w, const char **err, const char *why)
{
	snprintf(w->errbuf, sizeof(w->errbuf), "%s", why);
	*err = w->errbuf;
	w->resync = true;
	return ZP_WARC_BAD;
}

static const char *
value(const struct zp_warc *w, int h)
{
	return w->val[h] == SIZE_MAX ? NULL : w->hdr.p + w->val[h];
}

enum zp_warc_status
zp_warc_next(struct zp_warc *w, struct zp_warc_record *rec, const char **err)
{
	const char *line, *colon, *v;
	size_t len, cl, vlen;
	int rc, h;
	char *endp;

	memset(rec, 0, sizeof(*rec));
	/* Find the version line, skipping blank lines (or junk, resyncing). */
	for (;;) {
		unsigned long long at = w->s.offset;

		rc = zp_scan_line(&w->s, &line, &len, err);
		if (rc < 0)
			return ZP_WARC_READ_ERROR;
		if (rc == 0)
			return ZP_WARC_EOF;
		if (rc == 1 && is_version_line(line, len)) {
			rec->offset = at;
			break;
		}
		if (w->resync || (rc == 1 && len == 0))
			continue;
		rec->offset = at;
		return bad(w, err, "expected a WARC/1.0 or WARC/1.1 line");
	}
	w->resync = false;
	if (!((len == 8 &&
	        (memcmp(line, "WARC/1.0", 8) == 0 ||
	            memcmp(line, "WARC/1.1", 8) == 0))))
		return bad(w, err, "unsupported WARC version");
	zp_buf_clear(&w->hdr);
	for (h = 0; h < NHDR; h++)
		w->val[h] = SIZE_MAX;
	for (;;) {
		rc = zp_scan_line(&w->s, &line, &len, err);
		if (rc < 0)
			return ZP_WARC_READ_ERROR;
		if (rc == 0)
			return bad(w, err, "truncated record header");
		if (rc == 2)
			return bad(w, err, "header line too long");
		if (len == 0)
			break;
		if (line[0] == ' ' || line[0] == '\t')
			continue; /* folded value: not one we use */
		colon = memchr(line, ':', len);
		if (colon == NULL || colon == line)
			return bad(w, err, "malformed header line");
		for (h = 0; h < NHDR; h++)
			if ((size_t)(colon - line) == strlen(hdr_names[h]) &&
			    strncasecmp(line, hdr_names[h],
			        (size_t)(colon - line)) == 0)
				break;
		if (h == NHDR)
			continue;
		v = colon + 1;
		vlen = len - (size_t)(v - line);
		while (vlen > 0 && (*v == ' ' || *v == '\t')) {
			v++;
			vlen--;
		}
		while (vlen > 0 && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t'))
			vlen--;
		w->val[h] = w->hdr.len;
		zp_buf_put(&w->hdr, v, vlen);
		zp_buf_putc(&w->hdr, '\0');
	}
	v = value(w, H_LEN);
	if (v == NULL)
		return bad(w, err, "no Content-Length header");
	if (*v < '0' || *v > '9')
		return bad(w, err, "invalid Content-Length");
	cl = strtoull(v, &endp, 10);
	if (*endp != '\0' || cl > (size_t)1 << 40)
		return bad(w, err, "invalid Content-Length");
	if (value(w, H_TYPE) == NULL)
		return bad(w, err, "no WARC-Type header");
	if (cl > w->max) {
		if (zp_scan_skip(&w->s, cl, err) < 0)
			return ZP_WARC_READ_ERROR;
		snprintf(w->errbuf, sizeof(w->errbuf),
		    "record of %zu bytes "
		    "exceeds --max-record-bytes=%zu; skipped",
		    cl, w->max);
		*err = w->errbuf;
		return ZP_WARC_BAD;
	}
	if (zp_scan_fill(&w->s, cl, err) < 0)
		return ZP_WARC_READ_ERROR;
	if (w->s.end - w->s.start < cl) {
		snprintf(w->errbuf, sizeof(w->errbuf),
		    "truncated record: "
		    "%zu of %zu content bytes",
		    w->s.end - w->s.start, cl);
		*err = w->errbuf;
		zp_scan_consume(&w->s, w->s.end - w->s.start);
		return ZP_WARC_BAD;
	}
	rec->body = w->s.buf + w->s.start;
	rec->body_len = cl;
	zp_scan_consume(&w->s, cl);
	rec->type = value(w, H_TYPE);
	rec->id = value(w, H_ID);
	rec->uri = value(w, H_URI);
	rec->date = value(w, H_DATE);
	rec->content_type = value(w, H_CTYPE);
	/* The "\r\n\r\n" after the block is left to the blank-line skip. */
	return ZP_WARC_OK;
}

long
zp_http_split(
    const char *body, size_t n, const char **payload, size_t *payload_len)
{
	size_t i;

	if (n < 5 || memcmp(body, "HTTP/", 5) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (body[i] != '\n')
			continue;
		if (i + 1 < n && body[i + 1] == '\n') {
			i += 2;
			break;
		}
		if (i + 2 < n && body[i + 1] == '\r' && body[i + 2] == '\n') {
			i += 3;
			break;
		}
	}
	if (i > n)
		i = n;
	*payload = body + i;
	*payload_len = n - i;
	return (long)i;
}

const char *
zp_http_header(
    const char *h, size_t n, const char *name, char *out, size_t outsize)
{
	size_t k = strlen(name), i = 0, j, e;

	while (i < n) {
		const char *nl = memchr(h + i, '\n', n - i);

		e = nl != NULL ? (size_t)(nl - h) : n;
		if (e - i > k && strncasecmp(h + i, name, k) == 0 &&
		    h[i + k] == ':') {
			j = i + k + 1;
			while (j < e && (h[j] == ' ' || h[j] == '\t'))
				j++;
			while (e > j && (h[e - 1] == '\r' || h[e - 1] == ' '))
				e--;
			if (e - j >= outsize)
				e = j + outsize - 1;
			memcpy(out, h + j, e - j);
			out[e - j] = '\0';
			return out;
		}
		i = e + 1;
	}
	return NULL;
}

/* Undoes chunked transfer coding; returns 0 or -1 if malformed. */
static int
dechunk(const char *p, size_t n, size_t max, struct zp_buf *out)
{
	size_t i = 0;

	for (;;) {
		size_t size = 0, digits = 0;
		int d;

		for (; i < n; i++, digits++) {
			char ch = p[i];

			d = ch >= '0' && ch <= '9' ? ch - '0' :
			    ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 :
			    ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 :
			                             -1;
			if (d < 0)
				break;
			if (size > (SIZE_MAX >> 4))
				return -1;
			size = size * 16 + (size_t)d;
		}
		if (digits == 0)
			return -1;
		while (i < n && p[i] != '\n') /* chunk extensions */
			i++;
		if (i == n)
			return -1;
		i++;
		if (size == 0)
			return 0;
		if (size > n - i || out->len + size > max)
			return -1;
		zp_buf_put(out, p + i, size);
		i += size;
		if (i < n && p[i] == '\r')
			i++;
		if (i < n && p[i] == '\n')
			i++;
	}
}

/* Inflates gzip, zlib or raw deflate data; returns 0 or -1. */
static int
inflate_all(const char *p, size_t n, size_t max, struct zp_buf *out, int wbits)
{
	z_stream z;
	int rc;
	size_t start = out->len;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, wbits) != Z_OK)
		return -1;
	z.next_in = (Bytef *)(uintptr_t)p;
	z.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
	do {
		char *dst = zp_buf_reserve(out, CHUNK);

		z.next_out = (Bytef *)dst;
		z.avail_out = (uInt)CHUNK;
		rc = inflate(&z, Z_NO_FLUSH);
		out->len += 64 * 1024 - z.avail_out;
		if (out->len - start > max) {
			rc = Z_DATA_ERROR;
			break;
		}
	} while (rc == Z_OK && (z.avail_in > 0 || z.avail_out == 0));
	inflateEnd(&z);
	out->p[out->len] = '\0';
	return rc == Z_STREAM_END ? 0 : -1;
}

int
zp_http_payload(const char *h, size_t hlen, const char *p, size_t n, size_t max,
    struct zp_buf *out)
{
	char te[64], ce[64];
	bool chunked, gz, deflate;
	struct zp_buf tmp = ZP_BUF_INIT;
	int rc = 1;
	size_t start = out->len;

	chunked = zp_http_header(
	              h, hlen, "Transfer-Encoding", te, sizeof(te)) != NULL &&
	    strcasestr(te, "chunked") != NULL;
	gz = zp_http_header(h, hlen, "Content-Encoding", ce, sizeof(ce)) !=
	        NULL &&
	    (strcasecmp(ce, "gzip") == 0 || strcasecmp(ce, "x-gzip") == 0);
	deflate = !gz &&
	    zp_http_header(h, hlen, "Content-Encoding", ce, sizeof(ce)) !=
	        NULL &&
	    strcasecmp(ce, "deflate") == 0;
	if (!chunked && !gz && !deflate)
		return 0;
	if (chunked) {
		struct zp_buf *dst = gz || deflate ? &tmp : out;

		if (dechunk(p, n, max, dst) < 0)
			rc = -1;
		if (gz || deflate) {
			p = tmp.p != NULL ? tmp.p : "";
			n = tmp.len;
		}
	}
	if (gz && inflate_all(p, n, max, out, 15 + 16) < 0)
		rc = -1;
	if (deflate) {
		/* "deflate": zlib-wrapped by the standard, often raw. */
		if (inflate_all(p, n, max, out, 15) < 0) {
			out->len = start;
			if (inflate_all(p, n, max, out, -15) < 0)
				rc = -1;
		}
	}
	zp_buf_free(&tmp);
	return rc;
}
