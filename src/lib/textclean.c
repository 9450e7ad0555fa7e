/*
 * textclean -- normalize's text cleaning: HTML entities, controls and
 * zero-width characters, white space, NFKC or NFC through ICU only where
 * the text may change, and Traditional to Simplified or the reverse.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "zhpipe/textclean.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

/*
 * Per BMP code point: what the cleaner does with it.  Values below 0x20 are
 * actions; anything else is the code point to write, the character's whole
 * normalization (which is why it can be written without ICU: it has a
 * normalization boundary before it, and maps to one BMP character alone).
 */
enum {
	M_SLOW = 0,  /* through ICU, with its neighbours */
	M_DROP = 1,  /* control or zero-width: removed */
	M_SPACE = 2, /* white space: collapsed */
	M_AMP = 3    /* '&': maybe an HTML entity */
};

/*
 * Cleaning repeats on its own output while references are left (made by
 * NFKC, as from ＆amp;, or by removed controls, as from &\0amp;), at most
 * this often: only deliberately nested input gets that far.
 */
#define MAX_PASSES 64
#define NO_FAST SIZE_MAX

/*
 * A script conversion runs again on its own output while that changes, at
 * most this often, so that cleaning stays idempotent: ICU 72's
 * Traditional-Simplified maps 薴 to 苧 and 苧 to 苎.  No longer chain is
 * known.
 */
#define MAX_SCRIPT_PASSES 3

/*
 * ICU transliterator ids, by enum zp_script.  Each leaves out, by a filter,
 * the one character whose ICU mapping is already of its target script:
 * Traditional-Simplified maps Simplified 苎 to 苧 (and 苧 back to 苎, a cycle
 * no number of passes ends), Simplified-Traditional maps Traditional 苧 on
 * to 薴.  Found by converting every code point twice with ICU 72;
 * tests/unit/test_textclean.c keeps them stable.
 */
static const char *const script_ids[] = {
	[ZP_SCRIPT_SIMPLIFIED] = "[^\\u82CE] Traditional-Simplified",
	[ZP_SCRIPT_TRADITIONAL] = "[^\\u82E7] Simplified-Traditional",
};

struct zp_cleaner {
	const UNormalizer2 *norm;
	UTransliterator *ts;
	bool cjk_fast; /* U+3400..U+9FFF all map to themselves */
	uint16_t map[0x10000];

	/* State of one pass. */
	struct zp_buf *out;
	bool space;            /* a space is due before the next one */
	size_t last_fast;      /* out offset of the last fast character */
	uint32_t last_fast_cp; /* and the character written there */
	size_t invalid;
	size_t fffd; /* U+FFFD written by the last pass */

	UChar *span; /* characters waiting for ICU */
	int32_t spanlen, spancap;
	UChar *norm_out;
	int32_t norm_cap;
	struct zp_buf tmp;
	UChar *ts_buf;
	int32_t ts_cap;
};

static bool
is_dropped(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD ||
	    (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) ||
	    c == 0xFEFF;
}

static void
build_map(struct zp_cleaner *c)
{
	UChar src[1], dst[8];
	UErrorCode ec;
	int32_t n;
	uint32_t cp;

	for (cp = 0; cp < 0x10000; cp++) {
		uint16_t v = M_SLOW;

		if (cp >= 0xD800 && cp <= 0xDFFF) {
			c->map[cp] = M_SLOW;
			continue;
		}
		if (u_isUWhiteSpace((UChar32)cp)) {
			v = M_SPACE;
		} else if (is_dropped(cp)) {
			v = M_DROP;
		} else if (cp == '&') {
			v = M_AMP;
		} else if (unorm2_hasBoundaryBefore(c->norm, (UChar32)cp)) {
			src[0] = (UChar)cp;
			ec = U_ZERO_ERROR;
			n = unorm2_normalize(c->norm, src, 1, dst, 8, &ec);
			if (U_SUCCESS(ec) && n == 1 && dst[0] >= 0x20 &&
			    !U16_IS_SURROGATE(dst[0]) &&
			    !u_isUWhiteSpace(dst[0]) && !is_dropped(dst[0]) &&
			    unorm2_hasBoundaryBefore(c->norm, dst[0]))
				v = dst[0];
		}
		c->map[cp] = v;
	}
	c->cjk_fast = true;
	for (cp = 0x3400; cp <= 0x9FFF; cp++)
		if (c->map[cp] != cp)
			c->cjk_fast = false;
}

struct zp_cleaner *
zp_cleaner_new(const struct zp_clean_opts *o, char *err, size_t errsize)
{
	struct zp_cleaner *c = zp_xcalloc(1, sizeof(*c));
	UErrorCode ec = U_ZERO_ERROR;

	c->norm = o->form == ZP_FORM_NFC ? unorm2_getNFCInstance(&ec) :
	                                   unorm2_getNFKCInstance(&ec);
	if (U_FAILURE(ec)) {
		snprintf(err, errsize,
		    "cannot load ICU normalization data: "
		    "%s",
		    u_errorName(ec));
		free(c);
		return NULL;
	}
	if (o->script != ZP_SCRIPT_KEEP) {
		const char *name = script_ids[o->script];
		UChar id[32];

		/* Invariant characters: no converter, no locale. */
		u_charsToUChars(name, id, (int32_t)strlen(name) + 1);
		c->ts =
		    utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &ec);
		if (U_FAILURE(ec)) {
			snprintf(err, errsize,
			    "cannot open ICU "
			    "transliterator %s: %s",
			    name, u_errorName(ec));
			free(c);
			return NULL;
		}
	}
	build_map(c);
	return c;
}

void
zp_cleaner_free(struct zp_cleaner *c)
{
	if (c == NULL)
		return;
	if (c->ts != NULL)
		utrans_close(c->ts);
	free(c->span);
	free(c->norm_out);
	free(c->ts_buf);
	zp_buf_free(&c->tmp);
	free(c);
}

/* Named references: the common ones in scraped news pages. */
static const struct {
	const char *name;
	uint16_t cp;
} entities[] = { { "AMP", '&' }, { "GT", '>' }, { "LT", '<' }, { "QUOT", '"' },
	{ "amp", '&' }, { "apos", '\'' }, { "bdquo", 0x201E },
	{ "bull", 0x2022 }, { "cent", 0xA2 }, { "copy", 0xA9 }, { "deg", 0xB0 },
	{ "divide", 0xF7 }, { "emsp", 0x2003 }, { "ensp", 0x2002 },
	{ "euro", 0x20AC }, { "frac12", 0xBD }, { "frac14", 0xBC },
	{ "frac34", 0xBE }, { "gt", '>' }, { "hellip", 0x2026 },
	{ "iexcl", 0xA1 }, { "iquest", 0xBF }, { "laquo", 0xAB },
	{ "ldquo", 0x201C }, { "lrm", 0x200E }, { "lsaquo", 0x2039 },
	{ "lsquo", 0x2018 }, { "lt", '<' }, { "mdash", 0x2014 },
	{ "micro", 0xB5 }, { "middot", 0xB7 }, { "nbsp", 0xA0 },
	{ "ndash", 0x2013 }, { "para", 0xB6 }, { "permil", 0x2030 },
	{ "plusmn", 0xB1 }, { "pound", 0xA3 }, { "quot", '"' },
	{ "raquo", 0xBB }, { "rdquo", 0x201D }, { "reg", 0xAE },
	{ "rlm", 0x200F }, { "rsaquo", 0x203A }, { "rsquo", 0x2019 },
	{ "sbquo", 0x201A }, { "sect", 0xA7 }, { "shy", 0xAD },
	{ "sup1", 0xB9 }, { "sup2", 0xB2 }, { "sup3", 0xB3 },
	{ "thinsp", 0x2009 }, { "times", 0xD7 }, { "trade", 0x2122 },
	{ "yen", 0xA5 }, { "zwj", 0x200D }, { "zwnj", 0x200C } };

static const uint16_t cp1252[32] = { 0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E,
	0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
	0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
	0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E,
	0x0178 };

static int
hexval(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* The reference after its '&': s[0..n) starts with its name or '#'. */
static int32_t
ref_body(const char *s, size_t n, size_t *len)
{
	size_t i = 0, k;
	uint32_t v = 0;

	if (n < 2)
		return -1;
	if (s[0] == '#') {
		bool hex = s[1] == 'x' || s[1] == 'X';
		size_t digits = 0;
		int d;

		for (i = hex ? 2 : 1; i < n && digits < 8; i++, digits++) {
			d = hex ?
			    hexval(s[i]) :
			    (s[i] >= '0' && s[i] <= '9' ? s[i] - '0' : -1);
			if (d < 0)
				break;
			v = v * (hex ? 16 : 10) + (uint32_t)d;
		}
		if (digits == 0 || i >= n || s[i] != ';')
			return -1;
		*len = i + 1;
		if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
			return 0xFFFD;
		if (v >= 0x80 && v <= 0x9F)
			return cp1252[v - 0x80];
		return (int32_t)v;
	}
	for (; i < n && i < 8; i++) {
		char ch = s[i];

		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
		        (ch >= '0' && ch <= '9')))
			break;
	}
	if (i == 0 || i >= n || s[i] != ';')
		return -1;
	for (k = 0; k < sizeof(entities) / sizeof(entities[0]); k++)
		if (strlen(entities[k].name) == i &&
		    memcmp(entities[k].name, s, i) == 0) {
			*len = i + 1;
			return entities[k].cp;
		}
	return -1;
}

int32_t
zp_html_entity(const char *s, size_t n, size_t *len)
{
	int32_t v;

	if (n < 1 || s[0] != '&')
		return -1;
	v = ref_body(s + 1, n - 1, len);
	if (v >= 0)
		*len += 1;
	return v;
}

static inline void
ensure(struct zp_buf *b, size_t n)
{
	if (b->cap - b->len <= n)
		zp_buf_reserve(b, n + b->len / 2);
}

static inline void
put_cp(struct zp_buf *b, uint32_t cp)
{
	char *p = b->p + b->len;

	if (cp < 0x80) {
		p[0] = (char)cp;
		b->len += 1;
	} else if (cp < 0x800) {
		p[0] = (char)(0xC0 | (cp >> 6));
		p[1] = (char)(0x80 | (cp & 0x3F));
		b->len += 2;
	} else if (cp < 0x10000) {
		p[0] = (char)(0xE0 | (cp >> 12));
		p[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		p[2] = (char)(0x80 | (cp & 0x3F));
		b->len += 3;
	} else {
		p[0] = (char)(0xF0 | (cp >> 18));
		p[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		p[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		p[3] = (char)(0x80 | (cp & 0x3F));
		b->len += 4;
	}
}

/* Writes a character that is final as it is. */
static inline void
emit(struct zp_cleaner *c, uint32_t cp, bool fast)
{
	ensure(c->out, 8);
	if (c->space) {
		c->out->p[c->out->len++] = ' ';
		c->space = false;
	}
	c->last_fast = fast ? c->out->len : NO_FAST;
	c->last_fast_cp = cp;
	if (cp == 0xFFFD)
		c->fffd++;
	put_cp(c->out, cp);
}

static inline void
space(struct zp_cleaner *c)
{
	if (c->out->len > 0)
		c->space = true;
	c->last_fast = NO_FAST;
}

static void
span_push(struct zp_cleaner *c, uint32_t cp)
{
	if (c->spanlen + 2 > c->spancap) {
		c->spancap = c->spancap ? c->spancap * 2 : 64;
		c->span = zp_xreallocarray(
		    c->span, (size_t)c->spancap, sizeof(UChar));
	}
	if (cp < 0x10000) {
		c->span[c->spanlen++] = (UChar)cp;
	} else {
		c->span[c->spanlen++] = U16_LEAD(cp);
		c->span[c->spanlen++] = U16_TRAIL(cp);
	}
}

/* Normalizes the waiting span and writes the result. */
static void
flush_span(struct zp_cleaner *c)
{
	UErrorCode ec;
	int32_t n, i;
	UChar32 cp;

	if (c->spanlen == 0)
		return;
	for (;;) {
		ec = U_ZERO_ERROR;
		n = unorm2_normalize(c->norm, c->span, c->spanlen, c->norm_out,
		    c->norm_cap, &ec);
		if (ec != U_BUFFER_OVERFLOW_ERROR)
			break;
		c->norm_cap = n + 16;
		c->norm_out = zp_xreallocarray(
		    c->norm_out, (size_t)c->norm_cap, sizeof(UChar));
	}
	c->spanlen = 0;
	if (U_FAILURE(ec))
		return; /* cannot happen with valid UTF-16 */
	for (i = 0; i < n;) {
		U16_NEXT(c->norm_out, i, n, cp);
		if (u_isUWhiteSpace(cp))
			space(c);
		else if (!is_dropped((uint32_t)cp))
			emit(c, (uint32_t)cp, false);
	}
	c->last_fast = NO_FAST;
}

/* One character of input, after UTF-8 decoding and entity decoding. */
static inline void
process(struct zp_cleaner *c, uint32_t cp)
{
	uint16_t m = cp < 0x10000 ? c->map[cp] : M_SLOW;

	if (m >= 0x20) {
		if (c->spanlen > 0)
			flush_span(c);
		emit(c, m, true);
		return;
	}
	switch (m) {
	case M_SLOW:
		if (c->spanlen == 0 && c->last_fast != NO_FAST &&
		    !unorm2_hasBoundaryBefore(c->norm, (UChar32)cp)) {
			/* It combines with the character before: take it
			 * back and normalize the two together. */
			c->out->len = c->last_fast;
			span_push(c, c->last_fast_cp);
		}
		c->last_fast = NO_FAST;
		span_push(c, cp);
		break;
	case M_SPACE:
		flush_span(c);
		space(c);
		break;
	case M_AMP:
		/* A literal '&' (references are decoded before this). */
		flush_span(c);
		emit(c, '&', true);
		break;
	case M_DROP:
	default:
		break;
	}
}

/*
 * The character reference at s[0..n), s[0] == '&'.  &amp; followed by
 * another reference is decoded again (double-escaped text is common), so
 * cleaning leaves no reference that a second cleaning would decode.
 * Returns the bytes consumed; *cp is the character.
 */
static size_t
entity(const char *s, size_t n, uint32_t *cp)
{
	size_t pos = 1, len;
	int32_t v;

	for (;;) {
		v = ref_body(s + pos, n - pos, &len);
		if (v < 0) {
			*cp = '&';
			return pos;
		}
		pos += len;
		if (v != '&') {
			*cp = (uint32_t)v;
			return pos;
		}
	}
}

static void
clean_pass(struct zp_cleaner *c, const char *s, size_t n, struct zp_buf *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, len;
	uint32_t cp;
	int32_t d;

	zp_buf_clear(out);
	zp_buf_reserve(out, n + 16);
	c->out = out;
	c->space = false;
	c->last_fast = NO_FAST;
	c->spanlen = 0;
	c->fffd = 0;
	while (i < n) {
		unsigned b;

		if (c->spanlen == 0) {
			/*
			 * The hot path: a run of characters that are final
			 * as they are (ASCII, CJK ideographs and punctuation
			 * that normalization leaves alone), copied at once.
			 */
			size_t run = i, last = i;
			uint32_t lastcp = 0;

			for (;;) {
				if (i < n && u[i] < 0x80) {
					/* (Actions are below 0x20.) */
					if (c->map[u[i]] != u[i] || u[i] < 0x20)
						break;
					last = i;
					lastcp = u[i++];
					continue;
				}
				if (i + 2 >= n || (u[i] & 0xF0) != 0xE0 ||
				    (u[i + 1] & 0xC0) != 0x80 ||
				    (u[i + 2] & 0xC0) != 0x80)
					break;
				cp = ((u[i] & 0x0Fu) << 12) |
				    ((u[i + 1] & 0x3Fu) << 6) |
				    (u[i + 2] & 0x3Fu);
				if (!(cp >= 0x3400 && cp <= 0x9FFF &&
				        c->cjk_fast) &&
				    (cp < 0x800 || cp == 0xFFFD ||
				        c->map[cp] != cp))
					break;
				last = i;
				lastcp = cp;
				i += 3;
			}
			if (i > run) {
				ensure(out, i - run + 2);
				if (c->space) {
					out->p[out->len++] = ' ';
					c->space = false;
				}
				c->last_fast = out->len + (last - run);
				c->last_fast_cp = lastcp;
				memcpy(out->p + out->len, s + run, i - run);
				out->len += i - run;
				if (i >= n)
					break;
			}
		}
		b = u[i];

		if (b < 0x80) {
			uint16_t m = c->map[b];

			i++;
			if (m >= 0x20 && c->spanlen == 0) {
				ensure(out, 4);
				if (c->space) {
					out->p[out->len++] = ' ';
					c->space = false;
				}
				c->last_fast = out->len;
				c->last_fast_cp = m;
				out->p[out->len++] = (char)m;
				continue;
			}
			if (m == M_AMP) {
				i += entity(s + i - 1, n - i + 1, &cp) - 1;
				if (cp == '&') {
					if (c->spanlen > 0)
						flush_span(c);
					emit(c, '&', true);
				} else {
					process(c, cp);
				}
				continue;
			}
			process(c, b);
			continue;
		}
		if ((b & 0xF0) == 0xE0 && i + 2 < n &&
		    (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
			cp = ((b & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) |
			    (u[i + 2] & 0x3Fu);
			if (cp >= 0x3400 && cp <= 0x9FFF && c->cjk_fast &&
			    c->spanlen == 0) {
				ensure(out, 8);
				if (c->space) {
					out->p[out->len++] = ' ';
					c->space = false;
				}
				c->last_fast = out->len;
				c->last_fast_cp = cp;
				memcpy(out->p + out->len, s + i, 3);
				out->len += 3;
				i += 3;
				continue;
			}
			if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
				i += 3;
				process(c, cp);
				continue;
			}
		}
		d = zp_utf8_decode(s + i, n - i, &len);
		i += len;
		if (d < 0) {
			c->invalid++;
			d = 0xFFFD;
		}
		process(c, (uint32_t)d);
	}
	flush_span(c);
	out->p[out->len] = '\0';
}

/* True when t still holds a character reference. */
static bool
has_entity(const char *t, size_t n)
{
	const char *p = t, *end = t + n;
	size_t len;

	while ((p = memchr(p, '&', (size_t)(end - p))) != NULL) {
		if (zp_html_entity(p, (size_t)(end - p), &len) >= 0)
			return true;
		p++;
	}
	return false;
}

/*
 * One pass of c->ts over out into c->tmp.  Returns -1 and leaves c->tmp
 * undefined when ICU fails or out is beyond its lengths.
 */
static int
transliterate(struct zp_cleaner *c, const struct zp_buf *out)
{
	UErrorCode ec = U_ZERO_ERROR;
	int32_t n = 0, limit;

	if (out->len >= INT32_MAX / 2)
		return -1;
	u_strFromUTF8(c->ts_buf, c->ts_cap, &n, out->p, (int32_t)out->len, &ec);
	if (ec == U_BUFFER_OVERFLOW_ERROR || n * 2 + 16 > c->ts_cap) {
		c->ts_cap = n * 2 + 16;
		c->ts_buf = zp_xreallocarray(
		    c->ts_buf, (size_t)c->ts_cap, sizeof(UChar));
		ec = U_ZERO_ERROR;
		u_strFromUTF8(
		    c->ts_buf, c->ts_cap, &n, out->p, (int32_t)out->len, &ec);
	}
	if (U_FAILURE(ec))
		return -1;
	limit = n;
	utrans_transUChars(c->ts, c->ts_buf, &n, c->ts_cap, 0, &limit, &ec);
	if (U_FAILURE(ec))
		return -1;
	zp_buf_clear(&c->tmp);
	zp_buf_reserve(&c->tmp, (size_t)n * 3 + 1);
	u_strToUTF8(c->tmp.p, (int32_t)c->tmp.cap, &n, c->ts_buf, n, &ec);
	if (U_FAILURE(ec))
		return -1;
	c->tmp.len = (size_t)n;
	return 0;
}

/*
 * The script conversion over out, until it is stable.  A text the first
 * pass leaves alone (Simplified text under --simplified) costs one pass and
 * no cleaning.  On ICU trouble out stays as it is.
 */
static void
convert_script(struct zp_cleaner *c, struct zp_buf *out)
{
	int pass;

	for (pass = 0; pass < MAX_SCRIPT_PASSES; pass++) {
		if (transliterate(c, out) != 0)
			return;
		if (c->tmp.len == out->len &&
		    memcmp(c->tmp.p, out->p, out->len) == 0)
			return;
		clean_pass(c, c->tmp.p, c->tmp.len, out);
	}
}

void
zp_clean(struct zp_cleaner *c, const char *s, size_t n, struct zp_buf *out,
    struct zp_clean_stats *st)
{
	int pass;

	c->invalid = 0;
	clean_pass(c, s, n, out);
	for (pass = 1; pass < MAX_PASSES && memchr(out->p, '&', out->len) &&
	     has_entity(out->p, out->len);
	     pass++) {
		zp_buf_clear(&c->tmp);
		zp_buf_put(&c->tmp, out->p, out->len);
		clean_pass(c, c->tmp.p, c->tmp.len, out);
	}
	/* Last, so that characters from references are converted too. */
	if (c->ts != NULL)
		convert_script(c, out);
	if (st != NULL) {
		st->invalid = c->invalid;
		st->fffd = c->fffd;
	}
}
