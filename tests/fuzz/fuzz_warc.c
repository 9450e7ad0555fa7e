/*
 * fuzz_warc -- the WARC reader and the text normalize makes of its
 * records: HTTP split, chunked/gzip payload, charset, decoding, HTML to
 * text, cleaning.
 *
 * The first input byte is a control byte; the rest is the WARC stream.
 *   bits 0-1  the record size cap (64 B, 1 KiB, 64 KiB, 1 MiB)
 *   bits 2-4  the size of each read the source gives (1 B ... all at once)
 *   bit 5     the stream is gzipped first (read through zp_source_open)
 * Invariants: no crash, no hang (each call consumes input); the offsets of
 * the records (good and bad) strictly increase and lie inside the stream;
 * a good record has a type, a body no longer than the cap that is a piece
 * of the stream after its offset, and NUL-terminated header values without
 * a line feed; the records are the same whatever the read size; the text
 * and title made of each record are valid UTF-8.  A broken one aborts.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "zhpipe/buf.h"
#include "zhpipe/encoding.h"
#include "zhpipe/html.h"
#include "zhpipe/input.h"
#include "zhpipe/textclean.h"
#include "zhpipe/utf8.h"
#include "zhpipe/warc.h"

#include "../unit/gzmem.h"

static const size_t caps[4] = { 64, 1024, 64 * 1024, 1 << 20 };
static const size_t reads[8] = { 1, 2, 3, 7, 64, 4096, 65536, SIZE_MAX };

static struct zp_cleaner *cleaner;
static struct zp_buf http, page, html, title, text, gz;
static struct zp_convcache conv = ZP_CONVCACHE_INIT;

/* A source over memory that hands out at most `step` bytes a read. */
struct memsrc {
	const char *p;
	size_t n, pos, step;
};

static ssize_t
mem_read(void *ctx, void *buf, size_t n, const char **err)
{
	struct memsrc *m = ctx;
	size_t k = m->n - m->pos;

	(void)err;
	if (k > n)
		k = n;
	if (k > m->step)
		k = m->step;
	memcpy(buf, m->p + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

/* What one call returned, to compare runs with different read sizes. */
struct seen {
	int status;
	unsigned long long offset;
	size_t body_len;
	uint32_t hash;
};

static uint32_t
fnv(const char *p, size_t n)
{
	uint32_t h = 2166136261u;

	while (n-- > 0)
		h = (h ^ (unsigned char)*p++) * 16777619u;
	return h;
}

static bool
same(const struct seen *a, const struct seen *b)
{
	return a->status == b->status && a->offset == b->offset &&
	    a->body_len == b->body_len && a->hash == b->hash;
}

/* A value ends at its line's end (a stray CR inside is the input's). */
static void
check_value(const char *v)
{
	if (v != NULL && strchr(v, '\n') != NULL)
		abort();
}

/* normalize's steps for one record; the text must come out valid UTF-8. */
static void
make_text(const struct zp_warc_record *r, size_t cap)
{
	const char *payload = r->body, *ct = r->content_type, *enc = NULL;
	size_t plen = r->body_len;
	char hct[128], cs[48];
	unsigned long bad = 0;
	bool is_html = false;

	if (strcmp(r->type, "response") == 0) {
		long hl = zp_http_split(r->body, r->body_len, &payload, &plen);
		int rc;

		if (hl < 0)
			return;
		if ((size_t)hl > r->body_len ||
		    payload + plen != r->body + r->body_len)
			abort();
		ct = zp_http_header(
		    r->body, (size_t)hl, "Content-Type", hct, sizeof(hct));
		if (ct != NULL && strlen(ct) >= sizeof(hct))
			abort();
		zp_buf_clear(&http);
		rc = zp_http_payload(
		    r->body, (size_t)hl, payload, plen, cap, &http);
		if (rc < 0)
			return;
		if (rc > 0) {
			if (http.len > cap)
				abort();
			payload = http.p != NULL ? http.p : "";
			plen = http.len;
		}
		is_html = true;
	}
	if (ct != NULL &&
	    zp_find_charset(ct, strlen(ct), cs, sizeof(cs)) != NULL)
		enc = zp_encoding_canon(cs);
	if (enc == NULL)
		enc = zp_encoding_detect(payload, plen, false);
	if (strcmp(enc, "utf-8") != 0 && strcmp(enc, "utf-16") != 0 &&
	    strcmp(enc, "auto") != 0) {
		zp_buf_clear(&page);
		if (zp_decode_buf(&conv, enc, payload, plen, &page, &bad) ==
		    0) {
			if (!zp_utf8_valid(page.p, page.len))
				abort();
			payload = page.p != NULL ? page.p : "";
			plen = page.len;
		}
	}
	zp_buf_clear(&title);
	if (is_html) {
		zp_buf_clear(&html);
		zp_html_text(payload, plen, &html, &title);
		payload = html.p != NULL ? html.p : "";
		plen = html.len;
	}
	zp_clean(cleaner, payload, plen, &text, NULL);
	if (!zp_utf8_valid(text.p, text.len))
		abort();
	zp_clean(
	    cleaner, title.p != NULL ? title.p : "", title.len, &text, NULL);
	if (!zp_utf8_valid(text.p, text.len))
		abort();
}

/*
 * Reads every record of src.  The first run checks the invariants and
 * fills *log; a later run must return the same calls.
 */
static void
run(struct zp_source *src, const char *p, size_t n, size_t cap,
    struct seen **log, size_t *nlog, bool first)
{
	struct zp_warc *w = zp_warc_new(src, cap);
	struct zp_warc_record r;
	enum zp_warc_status st;
	const char *err;
	unsigned long long last = 0;
	size_t i = 0;
	bool any = false;

	for (;;) {
		struct seen s;

		err = NULL;
		st = zp_warc_next(w, &r, &err);
		s.status = (int)st;
		s.offset = r.offset;
		s.body_len = st == ZP_WARC_OK ? r.body_len : 0;
		s.hash = st == ZP_WARC_OK ? fnv(r.body, r.body_len) : 0;
		if (first) {
			*log = realloc(*log, (i + 1) * sizeof(**log));
			if (*log == NULL)
				abort();
			(*log)[i] = s;
		} else if (i >= *nlog || !same(&(*log)[i], &s)) {
			abort(); /* depends on the read size */
		}
		i++;
		if (st == ZP_WARC_EOF || st == ZP_WARC_READ_ERROR)
			break;
		if (i > n + 1)
			abort(); /* a call that consumed nothing */
		if (err == NULL && st == ZP_WARC_BAD)
			abort();
		if ((any && r.offset <= last) || r.offset >= n)
			abort();
		any = true;
		last = r.offset;
		if (st != ZP_WARC_OK || !first)
			continue;
		if (r.type == NULL || r.body_len > cap ||
		    r.body_len > n - r.offset)
			abort();
		if (r.body_len > 0 &&
		    memmem(p + r.offset, n - r.offset, r.body, r.body_len) ==
		        NULL)
			abort();
		check_value(r.type);
		check_value(r.id);
		check_value(r.uri);
		check_value(r.date);
		check_value(r.content_type);
		make_text(&r, cap);
	}
	if (first)
		*nlog = i;
	else if (i != *nlog)
		abort();
	zp_warc_free(w);
}

static void
init(void)
{
	struct zp_clean_opts o = { ZP_FORM_NFKC, false };
	char err[128];

	if (cleaner != NULL)
		return;
	cleaner = zp_cleaner_new(&o, err, sizeof(err));
	if (cleaner == NULL)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data + 1;
	size_t n, cap;
	struct memsrc m;
	struct zp_source *src;
	struct seen *log = NULL;
	size_t nlog = 0;

	if (size == 0)
		return 0;
	init();
	n = size - 1;
	cap = caps[data[0] & 3];
	m.p = p;
	m.n = n;
	m.pos = 0;
	m.step = reads[(data[0] >> 2) & 7];
	src = zp_source_from_fn("fuzz", mem_read, &m);
	run(src, p, n, cap, &log, &nlog, true);
	zp_source_close(src);

	/* The same stream read all at once, or gzipped and from a file. */
	if (data[0] & 0x20) {
		char path[128], msg[128];
		int fd = memfd_create("fuzz_warc", MFD_CLOEXEC);

		zp_buf_clear(&gz);
		gzmem_member(&gz, p, n);
		if (fd >= 0) {
			if (write(fd, gz.p, gz.len) != (ssize_t)gz.len)
				abort();
			snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		} else {
			gzmem_tmpfile(path, sizeof(path), gz.p, gz.len);
		}
		src = zp_source_open(path, msg, sizeof(msg));
		if (src == NULL)
			abort();
		run(src, p, n, cap, &log, &nlog, false);
		zp_source_close(src);
		if (fd >= 0)
			close(fd);
		else
			unlink(path);
	} else {
		m.pos = 0;
		m.step = SIZE_MAX;
		src = zp_source_from_fn("fuzz", mem_read, &m);
		run(src, p, n, cap, &log, &nlog, false);
		zp_source_close(src);
	}
	free(log);
	return 0;
}
