/*
 * sentence -- a rule-based sentence splitter for Chinese news text.
 *
 * One pass over the bytes; only the few code points that can end or cut a
 * sentence are looked at closely, so the cost is close to that of counting
 * code points.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/sentence.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

void
zp_sentsplit_free(struct zp_sentsplit *ss)
{
	free(ss->v);
	ss->v = NULL;
	ss->n = ss->cap = 0;
}

/* Decodes at s[i..n); an invalid byte is U+FFFD of length 1. */
static inline uint32_t
dec(const char *s, size_t n, size_t i, size_t *l)
{
	int32_t c;

	if ((unsigned char)s[i] < 0x80) {
		*l = 1;
		return (unsigned char)s[i];
	}
	c = zp_utf8_decode(s + i, n - i, l);
	return c < 0 ? 0xfffd : (uint32_t)c;
}

static bool
is_space(uint32_t c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
	    c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

static bool
is_han(uint32_t c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
}

/* 。！？｡ and the double marks. */
static bool
is_term(uint32_t c)
{
	return c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0xff61 ||
	    c == 0x203c || c == 0x2047 || c == 0x2048 || c == 0x2049;
}

/* Closing quotes and brackets that stay with the sentence they end. */
static bool
is_closer(uint32_t c)
{
	switch (c) {
	case 0x201d:
	case 0x2019:
	case 0x300d:
	case 0x300f: /* ” ’ 」 』 */
	case 0xff09:
	case ')':
	case ']':
	case '}':
	case 0x3011: /* ） ) ] } 】 */
	case 0x300b:
	case 0x3009:
	case 0x3015:
	case 0x3017: /* 》 〉 〕 〗 */
	case 0xff3d:
	case 0xff5d:
	case 0xff02:
	case 0xff07: /* ］ ｝ ＂ ＇ */
		return true;
	default:
		return false;
	}
}

/* Clause marks after which a long run may be cut: ；，;, */
static bool
is_clause(uint32_t c)
{
	return c == 0xff1b || c == 0xff0c || c == ';' || c == ',';
}

static bool
is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') ||
	    ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Words before '.' that do not end a sentence. */
static bool
is_abbrev(const char *w, size_t n)
{
	static const char *const abbr[] = { "Mr", "Mrs", "Ms", "Dr", "Prof",
		"Sr", "Jr", "St", "Mt", "Inc", "Ltd", "Co", "Corp", "Bros",
		"vs", "etc", "No", "Fig", "fig", "Gen", "Gov", "Sen", "Rep",
		"Rev", "Hon", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
		"Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "Vol",
		"vol", "pp", "Ph", "U.S", "e.g", "i.e", NULL };
	size_t k;

	if (n == 1 && ((w[0] | 0x20) >= 'a' && (w[0] | 0x20) <= 'z'))
		return true; /* an initial: J. Smith, U.S. */
	for (k = 0; abbr[k] != NULL; k++)
		if (strlen(abbr[k]) == n && memcmp(abbr[k], w, n) == 0)
			return true;
	return false;
}

/* The code point before byte i (> lo), or 0. */
static uint32_t
prev_cp(const char *s, size_t n, size_t lo, size_t i)
{
	size_t k = i, l;

	if (i <= lo)
		return 0;
	do
		k--;
	while (k > lo && ((unsigned char)s[k] & 0xc0) == 0x80);
	return dec(s, n, k, &l);
}

/*
 * Does the '.' (or '．') at s[j..j+dl), whose sentence started at st, end
 * the sentence?  after is the first byte past it and its closers.
 */
static bool
dot_ends(const char *s, size_t n, size_t st, size_t j, size_t after)
{
	size_t l, w, k;
	uint32_t nx, pv;

	if (after >= n)
		return true;
	nx = dec(s, n, after, &l);
	if (is_space(nx)) {
		/* The Latin/digit word before the dot. */
		for (w = j; w > st &&
		     (is_alnum((unsigned char)s[w - 1]) ||
		         (s[w - 1] == '.' && w - 1 > st &&
		             is_alnum((unsigned char)s[w - 2])));
		     w--)
			;
		if (w < j) {
			bool digits = true;

			for (k = w; k < j; k++)
				if (!(s[k] >= '0' && s[k] <= '9'))
					digits = false;
			/* A list number: "1. 营收". */
			if (digits && j - w <= 3 &&
			    (w == st || !is_alnum((unsigned char)s[w - 1])))
				return false;
			if (!digits && is_abbrev(s + w, j - w))
				return false;
		}
		/* An English sentence goes on in lower case. */
		for (k = after; k < n; k += l) {
			nx = dec(s, n, k, &l);
			if (!is_space(nx))
				break;
			if (nx == '\n' || nx == '\r' || nx == 0x2029)
				return true;
		}
		if (k < n && nx >= 'a' && nx <= 'z')
			return false;
		return true;
	}
	/* 增长.公司 but not 45.亿 */
	pv = prev_cp(s, n, st, j);
	return is_han(nx) && pv >= 0x80 && !(pv >= 0xff10 && pv <= 0xff19);
}

static void
emit(struct zp_sentsplit *ss, const char *s, size_t n, size_t st, size_t cst,
    size_t e, size_t ce)
{
	struct zp_sent *v;

	/* Trim trailing white space. */
	while (e > st) {
		size_t k = e, l;
		uint32_t c;

		do
			k--;
		while (k > st && ((unsigned char)s[k] & 0xc0) == 0x80);
		c = dec(s, n, k, &l);
		if (k + l != e || !is_space(c))
			break;
		e = k;
		ce--;
	}
	if (e == st)
		return;
	if (ss->n == ss->cap) {
		ss->cap = ss->cap ? ss->cap * 2 : 64;
		ss->v = zp_xreallocarray(ss->v, ss->cap, sizeof(*ss->v));
	}
	v = &ss->v[ss->n++];
	v->start = st;
	v->end = e;
	v->cstart = cst;
	v->cend = ce;
}

static bool
rest_is_space(const char *s, size_t n, size_t j)
{
	size_t l;

	for (; j < n; j += l)
		if (!is_space(dec(s, n, j, &l)))
			return false;
	return true;
}

/*
 * Bytes that may start something the scanner acts on: line ends, quotes,
 * . ! ? ; , and the lead bytes of the marks above U+007F it knows (C2 for
 * U+0085, E2 for U+2026..., E3 for 。、, EF for the full-width forms).
 */
static const bool hot[256] = { ['\n'] = true,
	['\r'] = true,
	['"'] = true,
	['.'] = true,
	['!'] = true,
	['?'] = true,
	[';'] = true,
	[','] = true,
	[0xc2] = true,
	[0xe2] = true,
	[0xe3] = true,
	[0xef] = true };

/*
 * Scans one sentence starting at *ip (not white space); leaves *ip and *cp
 * at its end, before any trimming.
 */
static void
scan(const struct zp_sentsplit *ss, const char *s, size_t n, size_t *ip,
    size_t *cip)
{
	size_t st = *ip, cst = *cip, j = st, ci = cst, l;
	size_t cut = 0, ccut = 0;
	unsigned nquote = 0;
	size_t lim = ss->max_len != 0 ? cst + ss->max_len : SIZE_MAX;

	while (j < n) {
		unsigned char b = (unsigned char)s[j];
		uint32_t c;
		size_t k, ck;
		bool term = false, ascii = false, dots = false;

		if (ss->max_len != 0 && ci - cst >= ss->max_len) {
			if (cut > st && !rest_is_space(s, n, j)) {
				j = cut;
				ci = ccut;
			}
			break;
		}
		/* Skip what cannot matter, counting code points. */
		if (!hot[b]) {
			do {
				if (((unsigned char)s[j] & 0xc0) != 0x80) {
					if (ci >= lim)
						break;
					ci++;
				}
				j++;
			} while (j < n && !hot[(unsigned char)s[j]]);
			continue;
		}
		if (b < 0x80) {
			c = b;
			l = 1;
			if (b == '\n' || b == '\r')
				break;
			if (b == '"')
				nquote++;
			if (b != '.' && b != '!' && b != '?') {
				if (b == ';' ||
				    (b == ',' &&
				        !(j + 1 < n && s[j + 1] >= '0' &&
				            s[j + 1] <= '9'))) {
					cut = j + 1;
					ccut = ci + 1;
				}
				j++;
				ci++;
				continue;
			}
			ascii = true;
		} else {
			c = dec(s, n, j, &l);
			if (c == 0x2029 || c == 0x2028 || c == 0x85)
				break;
			if (is_term(c) || c == 0x2026) {
				term = true;
			} else if (c == 0xff0e) {
				term = ascii = true;
			} else if (is_clause(c)) {
				cut = j + l;
				ccut = ci + 1;
			}
			if (!term) {
				j += l;
				ci++;
				continue;
			}
		}
		/* Absorb further marks and the closers. */
		k = j + l;
		ck = ci + 1;
		dots = c == '.' || c == 0xff0e || c == 0x2026;
		while (k < n && ck < lim) {
			uint32_t d = dec(s, n, k, &l);

			if (is_term(d) || d == '!' || d == '?' || d == 0x2026 ||
			    (dots && (d == '.' || d == 0xff0e))) {
				if (d != '.' && d != 0xff0e && d != 0x2026)
					dots = false;
			} else if (is_closer(d)) {
				;
			} else if (d == '"' && (nquote & 1)) {
				nquote++;
			} else {
				break;
			}
			k += l;
			ck++;
		}
		if (ascii && (c == '.' || c == 0xff0e)) {
			if (!dot_ends(s, n, st, j, k)) {
				j = k;
				ci = ck;
				continue;
			}
		} else if (ascii) {
			uint32_t d = k < n ? dec(s, n, k, &l) : ' ';

			/*
			 * Before white space, the end or a non-ASCII
			 * character; or after a Han character, as normalized
			 * text writes 涨停!A股.
			 */
			if (!(is_space(d) || d >= 0x80 ||
			        is_han(prev_cp(s, n, st, j)))) {
				j = k;
				ci = ck;
				continue;
			}
		} else if (c == 0x2026 && k < n) {
			/* An ellipsis before a clause mark does not end. */
			uint32_t d = dec(s, n, k, &l);

			if (is_clause(d) || d == 0xff1a || d == ':') {
				j = k;
				ci = ck;
				continue;
			}
		}
		j = k;
		ci = ck;
		break;
	}
	*ip = j;
	*cip = ci;
}

size_t
zp_sentences(struct zp_sentsplit *ss, const char *s, size_t n)
{
	size_t i = 0, ci = 0, l;

	ss->n = 0;
	for (;;) {
		size_t st, cst;

		while (i < n && is_space(dec(s, n, i, &l))) {
			i += l;
			ci++;
		}
		if (i >= n)
			break;
		st = i;
		cst = ci;
		scan(ss, s, n, &i, &ci);
		emit(ss, s, n, st, cst, i, ci);
	}
	return ss->n;
}
