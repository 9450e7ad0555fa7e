/*
 * fuzz_arc -- the ARC reader.
 *
 * The first input byte is a control byte (see archive_fuzz.h); the rest is
 * the ARC stream.  Invariants: no crash, no hang (each call consumes
 * input); the offsets of the records (good and bad) strictly increase and
 * lie inside the stream; a good record's header line is at its offset and
 * starts with "URL IP DATE TYPE " as returned, its DATE is 14 digits, its
 * fields hold no control character, and its body is exactly the bytes
 * after that line (none when the line ends the input), no longer than the
 * cap; the records are the same
 * whatever the read size and whether the stream is gzipped.  A broken one
 * aborts.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/arc.h"
#include "zhpipe/buf.h"
#include "zhpipe/input.h"

#include "archive_fuzz.h"

static void
check_field(const char *v)
{
	if (v == NULL || *v == '\0')
		abort();
	for (; *v != '\0'; v++)
		if ((unsigned char)*v < 0x20 || *v == 0x7f)
			abort();
}

/* The header line at p[off..] and the body after it, as returned. */
static void
check_record(const struct zp_arc_record *r, const char *p, size_t n)
{
	const char *line = p + r->offset, *nl, *fields[4];
	size_t k, i;
	int f;

	fields[0] = r->url;
	fields[1] = r->ip;
	fields[2] = r->date;
	fields[3] = r->content_type;
	for (f = 0; f < 4; f++) {
		check_field(fields[f]);
		k = strlen(fields[f]);
		if (k > (size_t)(p + n - line) || memcmp(line, fields[f], k) ||
		    line + k >= p + n || line[k] != ' ')
			abort();
		line += k + 1;
	}
	if (strlen(r->date) != 14)
		abort();
	for (i = 0; i < 14; i++)
		if (r->date[i] < '0' || r->date[i] > '9')
			abort();
	if (r->version != 1 && r->version != 2)
		abort();
	if (r->version_block != (strncmp(r->url, "filedesc://", 11) == 0))
		abort();
	/* A last header line without a line feed has an empty body. */
	nl = memchr(line, '\n', (size_t)(p + n - line));
	if (nl == NULL) {
		if (r->body_len != 0)
			abort();
	} else if (r->body_len > (size_t)(p + n - nl - 1) ||
	    memcmp(r->body, nl + 1, r->body_len) != 0) {
		abort();
	}
}

struct arc_reader {
	struct zp_arc *a;
	struct zp_arc_record r;
};

static void
arc_next(void *ctx, struct archive_call *c)
{
	struct arc_reader *x = ctx;

	c->status = (int)zp_arc_next(x->a, &x->r, &c->err);
	c->offset = x->r.offset;
	c->body = x->r.body;
	c->body_len = x->r.body_len;
}

static void
arc_check(void *ctx, const char *p, size_t n, size_t cap)
{
	(void)cap;
	check_record(&((struct arc_reader *)ctx)->r, p, n);
}

static void
run(struct zp_source *src, const char *p, size_t n, size_t cap,
    struct seen **log, size_t *nlog, bool first)
{
	struct arc_reader x;

	x.a = zp_arc_new(src, cap);
	archive_loop(&x, arc_next, arc_check, p, n, cap, log, nlog, first);
	zp_arc_free(x.a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	archive_fuzz(data, size, run);
	return 0;
}
