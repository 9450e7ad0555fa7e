/*
 * fuzz_decode -- normalize's encoding front: the streaming decoder with a
 * named encoding (fuzz_normalize covers "auto" only), over a source that
 * hands out its bytes in odd sizes and may fail part way.
 *
 * The first input byte is a control byte; the rest is the raw text.
 *   bits 0-3  the encoding asked for (auto, utf-8, utf-16, gb18030...)
 *   bits 4-5  the size of each read of the raw source (1, 3, 64, all)
 *   bit 6     the raw source fails with a read error half way
 *   bit 7     the decoded stream is read 1, 2 or 3 bytes at a time
 * Invariants: no crash or hang; the result (bytes and final status) does
 * not depend on the read sizes; unless the input is taken as UTF-8 as is,
 * the output is valid UTF-8; without a read error it equals the one-shot
 * zp_decode_buf of the same encoding; with one, the error comes out (never
 * a clean end of input) and, for a named encoding, what came before is a
 * prefix of the whole decoding.  A broken one aborts.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/encoding.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"

static const char *const encs[16] = { "auto", "utf-8", "utf-16", "utf-16le",
	"utf-16be", "gb18030", "gbk", "big5", "shift_jis", "euc-jp", "euc-kr",
	"iso-2022-jp", "hz-gb-2312", "windows-1252", "utf-32", "iso-8859-1" };
static const size_t steps[4] = { 1, 3, 64, SIZE_MAX };

struct memsrc {
	const char *p;
	size_t n, pos, step, fail_at;
};

static ssize_t
mem_read(void *ctx, void *buf, size_t n, const char **err)
{
	struct memsrc *m = ctx;
	size_t k;

	if (m->pos >= m->fail_at) {
		*err = "injected read error";
		return -1;
	}
	k = (m->fail_at < m->n ? m->fail_at : m->n) - m->pos;
	if (k > n)
		k = n;
	if (k > m->step)
		k = m->step;
	memcpy(buf, m->p + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

struct result {
	struct zp_buf out;
	int status;   /* 0 end of input, -1 error, -2 no decoder */
	char enc[48]; /* the encoding used, "" for UTF-8 as is */
};

static void
decode(const char *p, size_t n, const char *enc, size_t step, size_t fail_at,
    bool small, struct result *r)
{
	struct memsrc m = { p, n, 0, step, fail_at };
	struct zp_source *src = zp_source_from_fn("fuzz", mem_read, &m);
	struct zp_decoder *d;
	const char *err, *used;
	char msg[128], buf[4096];
	size_t k = 0, calls = 0;
	ssize_t got;

	zp_buf_clear(&r->out);
	r->enc[0] = '\0';
	d = zp_decoder_new(src, enc, msg, sizeof(msg));
	if (d == NULL) {
		r->status = -2;
		zp_source_close(src);
		return;
	}
	for (;;) {
		size_t want = small ? 1 + k++ % 3 : sizeof(buf);

		got = zp_source_read(zp_decoder_source(d), buf, want, &err);
		if (got <= 0)
			break;
		if ((size_t)got > want)
			abort();
		zp_buf_put(&r->out, buf, (size_t)got);
		/* Every input byte yields at most 4 output bytes... */
		if (++calls > 8 * n + 64)
			abort(); /* ...so this many calls is a hang. */
	}
	r->status = got < 0 ? -1 : 0;
	used = zp_decoder_encoding(d);
	if (used != NULL)
		snprintf(r->enc, sizeof(r->enc), "%s", used);
	zp_decoder_free(d);
	zp_source_close(src);
}

static struct result a, b;
static struct zp_buf whole;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct zp_convcache cc = ZP_CONVCACHE_INIT;
	const char *p = (const char *)data + 1, *enc;
	size_t n, step, fail_at;
	unsigned long bad = 0;
	bool small, named;

	if (size == 0)
		return 0;
	n = size - 1;
	enc = zp_encoding_canon(encs[data[0] & 15]);
	if (enc == NULL)
		return 0;
	/* Named: no sniffing, so a shorter input decodes the same way. */
	named = strcmp(enc, "auto") != 0 && strcmp(enc, "utf-16") != 0;
	step = steps[(data[0] >> 4) & 3];
	fail_at = data[0] & 0x40 ? n / 2 : SIZE_MAX;
	small = (data[0] & 0x80) != 0;

	decode(p, n, enc, step, fail_at, small, &a);
	decode(p, n, enc, SIZE_MAX, fail_at, false, &b);
	if (a.status != b.status || strcmp(a.enc, b.enc) != 0 ||
	    a.out.len != b.out.len ||
	    (a.out.len > 0 && memcmp(a.out.p, b.out.p, a.out.len) != 0))
		abort();
	if (a.status == -2)
		return 0;
	if (a.enc[0] != '\0' && !zp_utf8_valid(a.out.p, a.out.len))
		abort();
	if (fail_at == SIZE_MAX) {
		if (a.status != 0)
			abort();
		zp_buf_clear(&whole);
		if (a.enc[0] != '\0' &&
		    zp_decode_buf(&cc, a.enc, p, n, &whole, &bad) == 0 &&
		    (whole.len != a.out.len ||
		        (whole.len > 0 &&
		            memcmp(whole.p, a.out.p, whole.len) != 0)))
			abort();
	} else {
		if (a.status != -1)
			abort(); /* the read error was lost */
		if (named) {
			decode(p, n, enc, SIZE_MAX, SIZE_MAX, false, &b);
			if (b.status != 0 || a.out.len > b.out.len ||
			    (a.out.len > 0 &&
			        memcmp(a.out.p, b.out.p, a.out.len) != 0))
				abort();
		}
	}
	zp_convcache_free(&cc);
	return 0;
}
