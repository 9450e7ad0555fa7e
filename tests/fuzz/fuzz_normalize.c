/*
 * fuzz_normalize -- normalize's text layers.
 *
 * The first input byte picks a target (value % 6); the rest is the payload:
 *   0  clean (NFKC): the output is valid UTF-8, NFKC, without controls,
 *      doubled or outer spaces, and a second cleaning changes nothing
 *   1  the same with --form nfc, --simplified and --traditional
 *      (idempotence)
 *   2  HTML to text, then cleaning: the same invariants
 *   3  charset detection and one-shot decoding: valid UTF-8 comes out
 *   4  the WARC reader over the payload as a file: every record's body
 *      lies inside the payload, and reading ends
 *   5  the streaming decoder over the payload as a file, read in odd
 *      sizes: valid UTF-8, and the same as the one-shot decoding
 * An invariant broken aborts.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "zhpipe/buf.h"
#include "zhpipe/encoding.h"
#include "zhpipe/html.h"
#include "zhpipe/textclean.h"
#include "zhpipe/utf8.h"
#include "zhpipe/warc.h"

static struct zp_cleaner *nfkc, *nfc, *simp, *trad;
static struct zp_buf a, b, t, title;

static void
init(void)
{
	struct zp_clean_opts o = { ZP_FORM_NFKC, ZP_SCRIPT_KEEP };
	char err[128];

	if (nfkc != NULL)
		return;
	nfkc = zp_cleaner_new(&o, err, sizeof(err));
	o.form = ZP_FORM_NFC;
	nfc = zp_cleaner_new(&o, err, sizeof(err));
	o.form = ZP_FORM_NFKC;
	o.script = ZP_SCRIPT_SIMPLIFIED;
	simp = zp_cleaner_new(&o, err, sizeof(err));
	o.script = ZP_SCRIPT_TRADITIONAL;
	trad = zp_cleaner_new(&o, err, sizeof(err));
	if (nfkc == NULL || nfc == NULL || simp == NULL || trad == NULL)
		abort();
}

static bool
is_nfkc(const char *s, size_t n)
{
	UErrorCode ec = U_ZERO_ERROR;
	UChar *u = malloc((n + 1) * sizeof(UChar));
	int32_t len;
	bool ok;

	u_strFromUTF8(u, (int32_t)n + 1, &len, s, (int32_t)n, &ec);
	ok = U_SUCCESS(ec) &&
	    unorm2_isNormalized(unorm2_getNFKCInstance(&ec), u, len, &ec);
	free(u);
	return ok && U_SUCCESS(ec);
}

/* Cleans p twice with c and checks the invariants. */
static void
check_clean(struct zp_cleaner *c, const char *p, size_t n, bool want_nfkc)
{
	size_t i;

	zp_clean(c, p, n, &a, NULL);
	if (!zp_utf8_valid(a.p, a.len))
		abort();
	for (i = 0; i < a.len; i++)
		if ((unsigned char)a.p[i] < 0x20 || a.p[i] == 0x7F)
			abort();
	if (a.len > 0 && (a.p[0] == ' ' || a.p[a.len - 1] == ' '))
		abort();
	if (memmem(a.p, a.len, "  ", 2) != NULL)
		abort();
	if (want_nfkc && !is_nfkc(a.p, a.len))
		abort();
	zp_clean(c, a.p, a.len, &b, NULL);
	if (a.len != b.len || memcmp(a.p, b.p, a.len) != 0)
		abort();
}

static void
check_warc(const char *p, size_t n)
{
	struct zp_source *src;
	struct zp_warc *w;
	struct zp_warc_record r;
	enum zp_warc_status st;
	const char *err;
	char path[64], msg[128];
	int fd = memfd_create("fuzz", 0);
	int guard = 0;

	if (fd < 0)
		return;
	if (write(fd, p, n) != (ssize_t)n) {
		close(fd);
		return;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	src = zp_source_open(path, msg, sizeof(msg));
	if (src == NULL) {
		close(fd);
		return;
	}
	w = zp_warc_new(src, 1 << 20);
	while ((st = zp_warc_next(w, &r, &err)) != ZP_WARC_EOF &&
	    st != ZP_WARC_READ_ERROR) {
		if (st == ZP_WARC_OK && (r.type == NULL || r.body_len > n))
			abort();
		if (st == ZP_WARC_OK && r.body_len > 0)
			check_clean(nfkc, r.body, r.body_len, true);
		if (++guard > 100000)
			abort(); /* no progress */
	}
	zp_warc_free(w);
	zp_source_close(src);
	close(fd);
}

/* The payload as a file; returns its descriptor, or -1. */
static int
memfile(const char *p, size_t n, char *path, size_t size)
{
	int fd = memfd_create("fuzz", 0);

	if (fd < 0)
		return -1;
	if (write(fd, p, n) != (ssize_t)n) {
		close(fd);
		return -1;
	}
	snprintf(path, size, "/proc/self/fd/%d", fd);
	return fd;
}

static void
check_decoder(const char *p, size_t n)
{
	static const size_t sizes[] = { 1, 7, 2, 4096, 3 };
	struct zp_convcache cc = ZP_CONVCACHE_INIT;
	struct zp_source *src;
	struct zp_decoder *d;
	const char *enc, *err;
	char path[64], msg[128], buf[4096];
	unsigned long bad = 0;
	size_t k = 0;
	ssize_t got;
	int fd = memfile(p, n, path, sizeof(path));

	if (fd < 0)
		return;
	src = zp_source_open(path, msg, sizeof(msg));
	if (src == NULL) {
		close(fd);
		return;
	}
	d = zp_decoder_new(src, "auto", msg, sizeof(msg));
	zp_buf_clear(&t);
	while ((got = zp_source_read(
	            zp_decoder_source(d), buf, sizes[k++ % 5], &err)) > 0)
		zp_buf_put(&t, buf, (size_t)got);
	enc = zp_decoder_encoding(d);
	/* Plain input only: a gzip payload decodes to other bytes. */
	if (got == 0 && enc != NULL && !zp_source_is_gzip(src)) {
		if (!zp_utf8_valid(t.p, t.len))
			abort();
		zp_buf_clear(&a);
		if (zp_decode_buf(&cc, enc, p, n, &a, &bad) == 0 &&
		    (a.len != t.len || memcmp(a.p, t.p, a.len) != 0))
			abort();
	}
	zp_convcache_free(&cc);
	zp_decoder_free(d);
	zp_source_close(src);
	close(fd);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data + 1;
	size_t n = size - 1;
	struct zp_convcache cc = ZP_CONVCACHE_INIT;
	unsigned long bad = 0;
	const char *enc;

	if (size == 0)
		return 0;
	init();
	switch (data[0] % 6) {
	case 0:
		check_clean(nfkc, p, n, true);
		break;
	case 1:
		check_clean(nfc, p, n, false);
		check_clean(simp, p, n, true);
		check_clean(trad, p, n, true);
		break;
	case 2:
		zp_buf_clear(&t);
		zp_buf_clear(&title);
		zp_html_text(p, n, &t, &title);
		check_clean(nfkc, t.p != NULL ? t.p : "", t.len, true);
		check_clean(
		    nfkc, title.p != NULL ? title.p : "", title.len, true);
		break;
	case 3:
		enc = zp_encoding_detect(p, n, false);
		zp_buf_clear(&t);
		if (strcmp(enc, "utf-8") != 0 &&
		    zp_decode_buf(&cc, enc, p, n, &t, &bad) == 0 &&
		    !zp_utf8_valid(t.p, t.len))
			abort();
		zp_convcache_free(&cc);
		break;
	case 4:
		check_warc(p, n);
		break;
	case 5:
		check_decoder(p, n);
		break;
	}
	return 0;
}
