/*
 * fuzz_warc -- the WARC reader and the text normalize makes of its
 * records: HTTP split, chunked/gzip payload, charset, decoding, HTML to
 * text, cleaning.
 *
 * The first input byte is a control byte (see archive_fuzz.h); the rest
 * is the WARC stream.
 * Invariants: no crash, no hang (each call consumes input); the offsets of
 * the records (good and bad) strictly increase and lie inside the stream;
 * a good record has a type, a body no longer than the cap that is a piece
 * of the stream after its offset, and NUL-terminated header values without
 * a line feed; the records are the same whatever the read size; the text
 * and title made of each record are valid UTF-8.  A broken one aborts.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/encoding.h"
#include "zhpipe/html.h"
#include "zhpipe/input.h"
#include "zhpipe/textclean.h"
#include "zhpipe/utf8.h"
#include "zhpipe/warc.h"

#include "archive_fuzz.h"

static struct zp_cleaner *cleaner;
static struct zp_buf http, page, html, title, text;
static struct zp_convcache conv = ZP_CONVCACHE_INIT;

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

struct warc_reader {
	struct zp_warc *w;
	struct zp_warc_record r;
};

static void
warc_next(void *ctx, struct archive_call *c)
{
	struct warc_reader *x = ctx;

	c->status = (int)zp_warc_next(x->w, &x->r, &c->err);
	c->offset = x->r.offset;
	c->body = x->r.body;
	c->body_len = x->r.body_len;
}

/* A good record: a type, a body found in the stream after its offset. */
static void
warc_check(void *ctx, const char *p, size_t n, size_t cap)
{
	const struct zp_warc_record *r = &((struct warc_reader *)ctx)->r;

	if (r->type == NULL)
		abort();
	if (r->body_len > 0 &&
	    memmem(p + r->offset, n - r->offset, r->body, r->body_len) == NULL)
		abort();
	check_value(r->type);
	check_value(r->id);
	check_value(r->uri);
	check_value(r->date);
	check_value(r->content_type);
	make_text(r, cap);
}

static void
run(struct zp_source *src, const char *p, size_t n, size_t cap,
    struct seen **log, size_t *nlog, bool first)
{
	struct warc_reader x;

	x.w = zp_warc_new(src, cap);
	archive_loop(&x, warc_next, warc_check, p, n, cap, log, nlog, first);
	zp_warc_free(x.w);
}

static void
init(void)
{
	struct zp_clean_opts o = { ZP_FORM_NFKC, ZP_SCRIPT_KEEP };
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
	if (size == 0)
		return 0;
	init();
	archive_fuzz(data, size, run);
	return 0;
}
