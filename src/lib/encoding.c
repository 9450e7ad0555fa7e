/*
 * encoding -- decoding legacy Chinese encodings to UTF-8 with ICU
 * converters, counting each invalid or unmappable sequence, and the
 * detection behind --encoding=auto.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>

#include "zhpipe/encoding.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

/* Sizes are size_t so that comparisons with lengths need no widening. */
#define SNIFF_SIZE ((size_t)64 * 1024)
#define RAW_SIZE ((size_t)64 * 1024)
/* d->raw holds the sniffed prefix first, then whole reads of RAW_SIZE. */
_Static_assert(RAW_SIZE >= SNIFF_SIZE, "raw buffer holds the sniffed prefix");

const char *
zp_encoding_canon(const char *name)
{
	static char canon[48];
	UErrorCode ec = U_ZERO_ERROR;
	UConverter *c;
	size_t i;

	if (strcmp(name, "auto") == 0)
		return "auto";
	if (strlen(name) >= sizeof(canon))
		return NULL;
	for (i = 0; name[i] != '\0'; i++)
		canon[i] = (char)tolower((unsigned char)name[i]);
	canon[i] = '\0';
	if (strcmp(canon, "utf8") == 0)
		strcpy(canon, "utf-8");
	if (strcmp(canon, "utf16") == 0)
		strcpy(canon, "utf-16");
	c = ucnv_open(canon, &ec);
	if (U_FAILURE(ec))
		return NULL;
	ucnv_close(c);
	return canon;
}

/* UTF-16 without a byte order mark: NUL bytes all on one side. */
static const char *
utf16_by_nuls(const unsigned char *b, size_t n)
{
	size_t i, even = 0, odd = 0;

	if (n > 4096)
		n = 4096;
	for (i = 0; i < n; i++)
		if (b[i] == 0) {
			if (i % 2 == 0)
				even++;
			else
				odd++;
		}
	if (odd > 0 && even * 10 <= odd)
		return "utf-16le";
	if (even > 0 && odd * 10 <= even)
		return "utf-16be";
	return NULL;
}

static const char *
lower_static(const char *s)
{
	static char out[48];
	size_t i;

	for (i = 0; s[i] != '\0' && i + 1 < sizeof(out); i++)
		out[i] = (char)tolower((unsigned char)s[i]);
	out[i] = '\0';
	return out;
}

/*
 * UTF-8 with a few stray bytes is still UTF-8 (they become U+FFFD).  Legacy
 * double-byte text looks like UTF-8 only by accident, and mostly like
 * two-byte sequences; three- and four-byte ones (all of CJK) hardly ever.
 * So damaged UTF-8 has far more bytes in valid long sequences than bad
 * bytes, and legacy text the other way round.
 */
static bool
mostly_utf8(const char *buf, size_t n, bool more)
{
	size_t i = 0, len, good = 0, bad = 0;
	int32_t cp;

	while (i < n) {
		if ((unsigned char)buf[i] < 0x80) {
			i++;
			continue;
		}
		cp = zp_utf8_decode(buf + i, n - i, &len);
		if (cp >= 0) {
			if (len >= 3)
				good += len;
		} else if (!(more && n - i < 4)) {
			/* (A character cut by the end of the sniff is not.) */
			bad++;
		}
		i += len;
	}
	return bad == 0 || good >= 2 * bad;
}

static bool
is_chinese(const char *name)
{
	return strcmp(name, "GB18030") == 0 || strcmp(name, "Big5") == 0;
}

/*
 * The detector's answer, biased for Chinese news: GB18030 or Big5 when the
 * detector gives either some confidence; else its best answer among the
 * charsets that ICU can convert, if confident; else GB18030.  UTF-16 and
 * UTF-32 are left to the byte order mark and NUL rules (on short text the
 * detector proposes them for anything).
 */
static const char *
pick(UCharsetDetector *det)
{
	UErrorCode ec = U_ZERO_ERROR;
	const UCharsetMatch **m;
	const char *best = NULL, *name;
	int32_t k, i, conf;

	m = ucsdet_detectAll(det, &k, &ec);
	if (U_FAILURE(ec))
		return "gb18030";
	for (i = 0; i < k; i++) {
		name = ucsdet_getName(m[i], &ec);
		conf = ucsdet_getConfidence(m[i], &ec);
		if (U_FAILURE(ec) || conf < 10)
			break;
		if (strncmp(name, "UTF-", 4) == 0 ||
		    zp_encoding_canon(name) == NULL)
			continue;
		if (is_chinese(name))
			return lower_static(name);
		if (best == NULL)
			best = name;
	}
	return best != NULL ? lower_static(best) : "gb18030";
}

const char *
zp_encoding_detect(const char *buf, size_t n, bool more)
{
	const unsigned char *b = (const unsigned char *)buf;
	UErrorCode ec = U_ZERO_ERROR;
	UCharsetDetector *det;
	const char *name = NULL, *u16;

	if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
		return "utf-8";
	if (n >= 2 && b[0] == 0xFF && b[1] == 0xFE)
		return "utf-16le";
	if (n >= 2 && b[0] == 0xFE && b[1] == 0xFF)
		return "utf-16be";
	/*
	 * UTF-8 first: UTF-16 Chinese is far from valid UTF-8, while UTF-8
	 * with a few NUL bytes must not pass for UTF-16.
	 */
	if (mostly_utf8(buf, n, more))
		return "utf-8";
	u16 = utf16_by_nuls(b, n);
	if (u16 != NULL)
		return u16;
	det = ucsdet_open(&ec);
	if (U_FAILURE(ec))
		return "gb18030";
	ucsdet_setText(
	    det, buf, (int32_t)(n > SNIFF_SIZE ? SNIFF_SIZE : n), &ec);
	name = pick(det);
	ucsdet_close(det);
	return name;
}

struct zp_decoder {
	struct zp_source *in;
	struct zp_source *out;
	const char *want; /* "auto", "utf-16" or a converter name */
	char enc[48];
	bool started;
	bool passthrough;
	bool raw_eof;
	bool flushed;
	UConverter *cnv, *utf8;
	unsigned long invalid;
	char *raw;
	size_t raw_len, raw_pos;
	UChar u16[16 * 1024]; /* decoded, not yet written as UTF-8 */
	size_t u16_pos, u16_len;
	char spill[4]; /* the rest of a character cut by a short read */
	size_t spill_pos, spill_len;
	bool deferred; /* a read error waits after the sniff */
	char errbuf[160];
};

static void U_CALLCONV
count_invalid(const void *ctx, UConverterToUnicodeArgs *args, const char *units,
    int32_t len, UConverterCallbackReason reason, UErrorCode *ec)
{
	static const UChar fffd = 0xFFFD;

	(void)units;
	(void)len;
	if (reason > UCNV_IRREGULAR)
		return;
	(*(unsigned long *)(uintptr_t)ctx)++;
	*ec = U_ZERO_ERROR;
	ucnv_cbToUWriteUChars(args, &fffd, 1, 0, ec);
}

/* Opens cnv for name with the counting callback; false if unknown. */
static bool
open_converter(const char *name, UConverter **cnv, unsigned long *counter)
{
	UErrorCode ec = U_ZERO_ERROR;
	UConverterToUCallback oldcb;
	const void *oldctx;

	*cnv = ucnv_open(name, &ec);
	if (U_FAILURE(ec))
		return false;
	ucnv_setToUCallBack(*cnv, count_invalid, counter, &oldcb, &oldctx, &ec);
	return U_SUCCESS(ec);
}

static ssize_t decoder_read(void *ctx, void *buf, size_t n, const char **err);

struct zp_decoder *
zp_decoder_new(
    struct zp_source *src, const char *enc, char *err, size_t errsize)
{
	struct zp_decoder *d = zp_xcalloc(1, sizeof(*d));

	d->in = src;
	d->want = enc;
	if (strcmp(enc, "auto") != 0 && strcmp(enc, "utf-16") != 0 &&
	    strcmp(enc, "utf-8") != 0) {
		UConverter *c;
		UErrorCode ec = U_ZERO_ERROR;

		c = ucnv_open(enc, &ec);
		if (U_FAILURE(ec)) {
			snprintf(err, errsize, "unknown encoding '%s'", enc);
			free(d);
			return NULL;
		}
		ucnv_close(c);
	}
	d->raw = zp_xmalloc(RAW_SIZE);
	d->out = zp_source_from_fn(zp_source_name(src), decoder_read, d);
	return d;
}

struct zp_source *
zp_decoder_source(struct zp_decoder *d)
{
	return d->out;
}

const char *
zp_decoder_encoding(const struct zp_decoder *d)
{
	return d->passthrough || !d->started ? NULL : d->enc;
}

unsigned long
zp_decoder_invalid(const struct zp_decoder *d)
{
	return d->invalid;
}

void
zp_decoder_free(struct zp_decoder *d)
{
	if (d == NULL)
		return;
	if (d->cnv != NULL)
		ucnv_close(d->cnv);
	if (d->utf8 != NULL)
		ucnv_close(d->utf8);
	zp_source_close(d->out);
	free(d->raw);
	free(d);
}

/* Reads up to SNIFF_SIZE bytes and decides how to decode them. */
static int
start(struct zp_decoder *d, const char **err)
{
	const char *enc = d->want;
	UErrorCode ec = U_ZERO_ERROR;
	ssize_t got;

	d->started = true;
	while (d->raw_len < SNIFF_SIZE) {
		got = zp_source_read(
		    d->in, d->raw + d->raw_len, SNIFF_SIZE - d->raw_len, err);
		if (got < 0 && d->raw_len == 0)
			return -1;
		if (got < 0) {
			/* The bytes before the trouble are still decoded. */
			snprintf(d->errbuf, sizeof(d->errbuf), "%s", *err);
			d->deferred = true;
			d->raw_eof = true;
			*err = NULL;
			break;
		}
		if (got == 0) {
			d->raw_eof = true;
			break;
		}
		d->raw_len += (size_t)got;
	}
	if (strcmp(enc, "auto") == 0) {
		enc = zp_encoding_detect(d->raw, d->raw_len, !d->raw_eof);
	} else if (strcmp(enc, "utf-16") == 0) {
		const unsigned char *b = (const unsigned char *)d->raw;

		const char *guess = NULL;

		if (d->raw_len >= 2 && b[0] == 0xFE && b[1] == 0xFF)
			guess = "utf-16be";
		else if (!(d->raw_len >= 2 && b[0] == 0xFF && b[1] == 0xFE))
			guess = utf16_by_nuls(b, d->raw_len);
		/* A little-endian BOM, or no clue at all: little-endian. */
		enc = guess != NULL ? guess : "utf-16le";
	}
	snprintf(d->enc, sizeof(d->enc), "%s", enc);
	if (strcmp(enc, "utf-8") == 0) {
		d->passthrough = true;
		return 0;
	}
	if (!open_converter(enc, &d->cnv, &d->invalid)) {
		/* Checked in zp_decoder_new, or a detected name. */
		snprintf(d->errbuf, sizeof(d->errbuf),
		    "cannot open the "
		    "converter for '%s'",
		    enc);
		*err = d->errbuf;
		return -1;
	}
	(void)ec;
	return 0;
}

/*
 * Writes the waiting UTF-16 as UTF-8 into buf[0..n), whole characters only;
 * a lead surrogate at the end waits for its trail unless the input is done.
 * (Cheaper than a second ICU converter.)  Returns the bytes written.
 */
static size_t
put_utf8(struct zp_decoder *d, char *buf, size_t n)
{
	size_t i = d->u16_pos, o = 0;
	uint32_t c;

	while (i < d->u16_len && n - o >= 4) {
		c = d->u16[i];
		if (c < 0x80) {
			buf[o++] = (char)c;
			i++;
			continue;
		}
		if (U16_IS_LEAD(c)) {
			if (i + 1 == d->u16_len && !d->flushed)
				break;
			if (i + 1 < d->u16_len && U16_IS_TRAIL(d->u16[i + 1])) {
				c = U16_GET_SUPPLEMENTARY(c, d->u16[i + 1]);
				i++;
			} else {
				c = 0xFFFD;
			}
		} else if (U16_IS_TRAIL(c)) {
			c = 0xFFFD;
		}
		i++;
		if (c < 0x800) {
			buf[o++] = (char)(0xC0 | (c >> 6));
			buf[o++] = (char)(0x80 | (c & 0x3F));
		} else if (c < 0x10000) {
			buf[o++] = (char)(0xE0 | (c >> 12));
			buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
			buf[o++] = (char)(0x80 | (c & 0x3F));
		} else {
			buf[o++] = (char)(0xF0 | (c >> 18));
			buf[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
			buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
			buf[o++] = (char)(0x80 | (c & 0x3F));
		}
	}
	d->u16_pos = i;
	return o;
}

static ssize_t
decoder_read(void *ctx, void *buf, size_t n, const char **err)
{
	struct zp_decoder *d = ctx;
	UErrorCode ec;
	UChar *target;
	const char *source;
	ssize_t got;
	size_t k;

	*err = NULL;
	if (!d->started && start(d, err) < 0)
		return -1;
	if (d->passthrough) {
		if (d->raw_pos < d->raw_len) {
			k = d->raw_len - d->raw_pos;
			if (k > n)
				k = n;
			memcpy(buf, d->raw + d->raw_pos, k);
			d->raw_pos += k;
			return (ssize_t)k;
		}
		if (d->deferred) {
			*err = d->errbuf;
			return -1;
		}
		return d->raw_eof ? 0 : zp_source_read(d->in, buf, n, err);
	}
	if (d->spill_pos < d->spill_len) {
		k = d->spill_len - d->spill_pos;
		if (k > n)
			k = n;
		memcpy(buf, d->spill + d->spill_pos, k);
		d->spill_pos += k;
		return (ssize_t)k;
	}
	for (;;) {
		if (n < 4) {
			/* Room for less than a character: go through spill. */
			d->spill_len = put_utf8(d, d->spill, sizeof(d->spill));
			d->spill_pos = 0;
			if (d->spill_len > 0)
				return decoder_read(d, buf, n, err);
		} else {
			k = put_utf8(d, buf, n);
			if (k > 0)
				return (ssize_t)k;
		}
		if (d->flushed)
			return 0;
		if (d->deferred && d->raw_pos == d->raw_len) {
			*err = d->errbuf;
			return -1;
		}
		if (d->raw_pos == d->raw_len && !d->raw_eof) {
			got = zp_source_read(d->in, d->raw, RAW_SIZE, err);
			if (got < 0)
				return -1;
			d->raw_pos = 0;
			d->raw_len = (size_t)got;
			d->raw_eof = got == 0;
		}
		/* Keep a waiting lead surrogate, decode more after it. */
		memmove(d->u16, d->u16 + d->u16_pos,
		    (d->u16_len - d->u16_pos) * sizeof(UChar));
		d->u16_len -= d->u16_pos;
		d->u16_pos = 0;
		target = d->u16 + d->u16_len;
		source = d->raw + d->raw_pos;
		ec = U_ZERO_ERROR;
		ucnv_toUnicode(d->cnv, &target,
		    d->u16 + sizeof(d->u16) / sizeof(d->u16[0]), &source,
		    d->raw + d->raw_len, NULL,
		    (UBool)(d->raw_eof && !d->deferred), &ec);
		d->raw_pos = (size_t)(source - d->raw);
		d->u16_len = (size_t)(target - d->u16);
		if (ec == U_BUFFER_OVERFLOW_ERROR)
			continue;
		if (U_FAILURE(ec)) {
			*err = u_errorName(ec);
			return -1;
		}
		if (d->raw_eof && !d->deferred)
			d->flushed = true;
	}
}

int
zp_decode_buf(struct zp_convcache *c, const char *enc, const char *in, size_t n,
    struct zp_buf *out, unsigned long *invalid)
{
	static unsigned long counter;
	UErrorCode ec = U_ZERO_ERROR;
	UChar pivot[1024], *ps = pivot, *pt = pivot;
	const char *src = in;
	char *target;
	size_t start = out->len;

	if (c->cnv == NULL || strcmp(c->name, enc) != 0) {
		UConverter *cnv;

		if (strlen(enc) >= sizeof(c->name) ||
		    !open_converter(enc, &cnv, &counter))
			return -1;
		if (c->cnv != NULL)
			ucnv_close(c->cnv);
		c->cnv = cnv;
		snprintf(c->name, sizeof(c->name), "%s", enc);
	}
	if (c->utf8 == NULL) {
		c->utf8 = ucnv_open("UTF-8", &ec);
		if (U_FAILURE(ec))
			zp_oom();
	}
	ucnv_reset(c->cnv);
	ucnv_reset(c->utf8);
	counter = 0;
	for (;;) {
		size_t room = n + 64;

		zp_buf_reserve(out, room);
		target = out->p + out->len;
		ec = U_ZERO_ERROR;
		ucnv_convertEx(c->utf8, c->cnv, &target, target + room, &src,
		    in + n, pivot, &ps, &pt, pivot + 1024, false, true, &ec);
		out->len = (size_t)(target - out->p);
		if (ec == U_BUFFER_OVERFLOW_ERROR)
			continue;
		if (U_FAILURE(ec)) {
			out->len = start;
			out->p[out->len] = '\0';
			return -1;
		}
		break;
	}
	out->p[out->len] = '\0';
	*invalid += counter;
	return 0;
}

void
zp_convcache_free(struct zp_convcache *c)
{
	if (c->cnv != NULL)
		ucnv_close(c->cnv);
	if (c->utf8 != NULL)
		ucnv_close(c->utf8);
	c->cnv = c->utf8 = NULL;
	c->name[0] = '\0';
}
