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

static void
run(struct zp_source *src, const char *p, size_t n, size_t cap,
    struct seen **log, size_t *nlog, bool first)
{
	struct zp_arc *a = zp_arc_new(src, cap);
	struct zp_arc_record r;
	enum zp_arc_status st;
	const char *err;
	unsigned long long last = 0;
	size_t i = 0;
	bool any = false;

	for (;;) {
		struct seen s;

		err = NULL;
		st = zp_arc_next(a, &r, &err);
		s.status = (int)st;
		s.offset = r.offset;
		s.body_len = st == ZP_ARC_OK ? r.body_len : 0;
		s.hash = st == ZP_ARC_OK ? fnv(r.body, r.body_len) : 0;
		seen_step(log, *nlog, i, &s, first);
		i++;
		if (st == ZP_ARC_EOF || st == ZP_ARC_READ_ERROR)
			break;
		if (i > n + 1)
			abort(); /* a call that consumed nothing */
		if (err == NULL && st == ZP_ARC_BAD)
			abort();
		if ((any && r.offset <= last) || r.offset >= n)
			abort();
		any = true;
		last = r.offset;
		if (st != ZP_ARC_OK)
			continue;
		if (r.body_len > cap)
			abort();
		check_record(&r, p, n);
	}
	if (first)
		*nlog = i;
	else if (i != *nlog)
		abort();
	zp_arc_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	archive_fuzz(data, size, run);
	return 0;
}
