/*
 * warc -- a reader for WARC/1.0 and WARC/1.1 files (Common Crawl WARC and
 * WET included) over a byte source; gzip, whole-file or one member per
 * record, is handled by the source.
 *
 * Content-Length is honoured exactly.  A record with a bad header is
 * reported as bad (with its byte offset) and the reader resynchronises on
 * the next line starting with "WARC/".
 */
#ifndef ZHPIPE_WARC_H
#define ZHPIPE_WARC_H

#include <stddef.h>

#include "zhpipe/buf.h"
#include "zhpipe/input.h"

struct zp_warc_record {
	/* Header values, NUL-terminated, NULL when absent. */
	const char *type;         /* WARC-Type */
	const char *id;           /* WARC-Record-ID */
	const char *uri;          /* WARC-Target-URI */
	const char *date;         /* WARC-Date */
	const char *content_type; /* Content-Type */
	const char *body;         /* the content block */
	size_t body_len;
	/* Byte offset of the record (or of the bad line) in the stream. */
	unsigned long long offset;
};

enum zp_warc_status {
	ZP_WARC_READ_ERROR = -2, /* the source failed; stop reading */
	ZP_WARC_BAD = -1,        /* bad record, skipped; go on */
	ZP_WARC_EOF = 0,
	ZP_WARC_OK = 1
};

struct zp_warc;

/* A reader over src (borrowed); records over max bytes are skipped. */
struct zp_warc *zp_warc_new(struct zp_source *src, size_t max);
void zp_warc_free(struct zp_warc *w);

/*
 * The next record.  Its pointers stay valid until the next call.  On
 * ZP_WARC_BAD and ZP_WARC_READ_ERROR, *err says why (and rec->offset
 * where, for a bad record).
 */
enum zp_warc_status zp_warc_next(
    struct zp_warc *w, struct zp_warc_record *rec, const char **err);

/*
 * Splits an HTTP response block into headers and payload: *payload points
 * past the blank line ending the headers.  Returns the headers' length, or
 * -1 when body does not start with an HTTP status line.
 */
long zp_http_split(
    const char *body, size_t n, const char **payload, size_t *payload_len);

/* The value of header `name` in HTTP headers h[0..n) into out, or NULL. */
const char *zp_http_header(
    const char *h, size_t n, const char *name, char *out, size_t outsize);

/*
 * Undoes what the HTTP headers h[0..hlen) say was done to the payload
 * p[0..n): Transfer-Encoding: chunked, then Content-Encoding: gzip, x-gzip
 * or deflate.  Appends the result to out, at most max bytes of it.
 * Returns 1 when something was undone, 0 when nothing had to be (out is
 * untouched), -1 when the payload is malformed or over max (out holds
 * what could be decoded).
 */
int zp_http_payload(const char *h, size_t hlen, const char *p, size_t n,
    size_t max, struct zp_buf *out);

#endif
