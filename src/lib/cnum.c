/*
 * cnum -- exact decimals and the Chinese/Arabic numeral parser.
 *
 * The parser is a single left-to-right pass over code points with a small
 * state (total, current section, pending digit).  Terms are placed at
 * strictly decreasing powers of ten, so each addition touches only the
 * digits it adds and a 10,000-digit run stays linear.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/cnum.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

void
zp_dec_free(struct zp_dec *x)
{
	free(x->d);
	x->d = NULL;
	x->n = x->cap = 0;
	x->exp = 0;
	x->neg = false;
}

void
zp_dec_zero(struct zp_dec *x)
{
	x->n = 0;
	x->exp = 0;
	x->neg = false;
}

static void
reserve(struct zp_dec *x, size_t n)
{
	size_t cap;

	if (n <= x->cap)
		return;
	cap = x->cap != 0 ? x->cap : 16;
	while (cap < n) {
		if (cap > SIZE_MAX / 2)
			zp_oom();
		cap *= 2;
	}
	x->d = zp_xrealloc(x->d, cap);
	x->cap = cap;
}

/* Strips leading zeros and moves trailing zeros into the exponent. */
static void
normalize(struct zp_dec *x)
{
	size_t lead = 0, trail = 0;

	while (lead < x->n && x->d[lead] == 0)
		lead++;
	if (lead == x->n) {
		zp_dec_zero(x);
		return;
	}
	while (x->d[x->n - 1 - trail] == 0)
		trail++;
	if (lead != 0)
		memmove(x->d, x->d + lead, x->n - lead);
	x->n -= lead + trail;
	x->exp += (int64_t)trail;
}

void
zp_dec_set_u64(struct zp_dec *x, uint64_t v)
{
	uint8_t tmp[20];
	size_t k = 0;

	zp_dec_zero(x);
	while (v != 0) {
		tmp[k++] = (uint8_t)(v % 10);
		v /= 10;
	}
	reserve(x, k);
	for (size_t i = 0; i < k; i++)
		x->d[i] = tmp[k - 1 - i];
	x->n = k;
	normalize(x);
}

void
zp_dec_copy(struct zp_dec *dst, const struct zp_dec *src)
{
	if (dst == src)
		return;
	reserve(dst, src->n);
	if (src->n != 0)
		memcpy(dst->d, src->d, src->n);
	dst->n = src->n;
	dst->exp = src->exp;
	dst->neg = src->neg;
}

/* Compares magnitudes. */
static int
mag_cmp(const struct zp_dec *a, const struct zp_dec *b)
{
	int64_t ta, tb;
	size_t i;

	if (a->n == 0 || b->n == 0)
		return (a->n != 0) - (b->n != 0);
	/* Both normalized: the highest digit position decides first. */
	ta = a->exp + (int64_t)a->n;
	tb = b->exp + (int64_t)b->n;
	if (ta != tb)
		return ta < tb ? -1 : 1;
	for (i = 0; i < a->n && i < b->n; i++)
		if (a->d[i] != b->d[i])
			return a->d[i] < b->d[i] ? -1 : 1;
	return (a->n > b->n) - (a->n < b->n);
}

int
zp_dec_cmp(const struct zp_dec *a, const struct zp_dec *b)
{
	bool an = a->n != 0 && a->neg, bn = b->n != 0 && b->neg;
	int m;

	if (an != bn)
		return an ? -1 : 1;
	m = mag_cmp(a, b);
	return an ? -m : m;
}

/*
 * Lays a out over positions [lo, hi) (hi exclusive, one spare position on top
 * for a carry), least significant position at the end of the array.
 */
static void
spread(struct zp_dec *a, int64_t lo, int64_t hi)
{
	size_t len = (size_t)(hi - lo);
	size_t off;

	reserve(a, len);
	/* The top digit of a, at position exp + n - 1, goes to index
	 * hi - 1 - position. */
	off = a->n != 0 ? (size_t)(hi - (a->exp + (int64_t)a->n)) : len;
	if (a->n != 0)
		memmove(a->d + off, a->d, a->n);
	memset(a->d, 0, off);
	if (off + a->n < len)
		memset(a->d + off + a->n, 0, len - off - a->n);
	a->n = len;
	a->exp = lo;
}

/* |a| := |a| + |b| or |a| - |b| (requires |a| >= |b|). */
static void
mag_addsub(struct zp_dec *a, const struct zp_dec *b, bool sub)
{
	int64_t lo, hi, ta, tb;
	size_t i, boff;
	int carry = 0;

	if (b->n == 0)
		return;
	lo = a->exp < b->exp ? a->exp : b->exp;
	ta = a->exp + (int64_t)a->n;
	tb = b->exp + (int64_t)b->n;
	hi = (ta > tb ? ta : tb) + 1;
	if (a->n == 0)
		lo = b->exp;
	spread(a, lo, hi);
	/* b's lowest digit is at index hi - 1 - b->exp of a. */
	boff = (size_t)(hi - tb);
	for (i = b->n; i-- > 0;) {
		size_t k = boff + i;
		int v =
		    sub ? a->d[k] - b->d[i] - carry : a->d[k] + b->d[i] + carry;

		if (sub) {
			carry = v < 0;
			a->d[k] = (uint8_t)(v < 0 ? v + 10 : v);
		} else {
			carry = v >= 10;
			a->d[k] = (uint8_t)(v >= 10 ? v - 10 : v);
		}
	}
	for (i = boff; carry && i-- > 0;) {
		int v = sub ? a->d[i] - 1 : a->d[i] + 1;

		if (sub) {
			carry = v < 0;
			a->d[i] = (uint8_t)(v < 0 ? 9 : v);
		} else {
			carry = v >= 10;
			a->d[i] = (uint8_t)(v >= 10 ? 0 : v);
		}
	}
	normalize(a);
}

void
zp_dec_add(struct zp_dec *a, const struct zp_dec *b)
{
	bool aneg = a->n != 0 && a->neg;
	bool bneg = b->n != 0 && b->neg;

	if (b->n == 0)
		return;
	if (a->n == 0) {
		zp_dec_copy(a, b);
		return;
	}
	if (aneg == bneg) {
		mag_addsub(a, b, false);
		a->neg = aneg;
	} else if (mag_cmp(a, b) >= 0) {
		mag_addsub(a, b, true);
		a->neg = aneg;
	} else {
		struct zp_dec t = ZP_DEC_INIT;

		zp_dec_copy(&t, a);
		zp_dec_copy(a, b);
		mag_addsub(a, &t, true);
		a->neg = bneg;
		zp_dec_free(&t);
	}
	if (a->n == 0)
		a->neg = false;
}

void
zp_dec_mul_small(struct zp_dec *a, uint32_t m)
{
	uint64_t carry = 0;
	size_t i;

	if (a->n == 0)
		return;
	if (m == 0) {
		zp_dec_zero(a);
		return;
	}
	/* Room for up to ten more digits in front. */
	reserve(a, a->n + 10);
	memmove(a->d + 10, a->d, a->n);
	memset(a->d, 0, 10);
	a->n += 10;
	for (i = a->n; i-- > 0;) {
		uint64_t v = (uint64_t)a->d[i] * m + carry;

		a->d[i] = (uint8_t)(v % 10);
		carry = v / 10;
	}
	normalize(a);
}

bool
zp_dec_is_integral(const struct zp_dec *x)
{
	return x->n == 0 || x->exp >= 0;
}

bool
zp_dec_div_u64(struct zp_dec *q, const struct zp_dec *a, uint64_t b, int sig)
{
	struct zp_dec r = ZP_DEC_INIT;
	uint64_t rem = 0;
	size_t i = 0;
	int64_t exp = a->exp;
	int got = 0;
	bool exact = true;

	if (b == 0 || a->n == 0) {
		zp_dec_zero(q);
		return b != 0;
	}
	for (;;) {
		int digit = i < a->n ? a->d[i] : 0;
		uint64_t v;

		if (i >= a->n) {
			if (rem == 0)
				break;
			exp--;
		}
		v = rem * 10 + (uint64_t)digit;
		reserve(&r, r.n + 1);
		r.d[r.n++] = (uint8_t)(v / b);
		rem = v % b;
		if (got != 0 || v / b != 0)
			got++;
		i++;
		if (got > sig && rem != 0) {
			exact = false;
			break;
		}
	}
	r.exp = exp;
	if (!exact) {
		/* Drop the guard digit, rounding half up. */
		int guard = r.d[r.n - 1];

		r.n--;
		r.exp++;
		if (guard >= 5) {
			struct zp_dec one = ZP_DEC_INIT;

			zp_dec_set_u64(&one, 1);
			one.exp = r.exp;
			normalize(&r);
			mag_addsub(&r, &one, false);
			zp_dec_free(&one);
		}
	}
	normalize(&r);
	r.neg = a->neg && r.n != 0;
	zp_dec_copy(q, &r);
	zp_dec_free(&r);
	return exact;
}

void
zp_dec_format(const struct zp_dec *x, struct zp_buf *out)
{
	int64_t p;
	char *w;
	size_t i;

	if (x->n == 0) {
		zp_buf_putc(out, '0');
		return;
	}
	if (x->neg)
		zp_buf_putc(out, '-');
	if (x->exp >= 0) {
		w = zp_buf_reserve(out, x->n + (size_t)x->exp);
		for (i = 0; i < x->n; i++)
			w[i] = (char)('0' + x->d[i]);
		memset(w + x->n, '0', (size_t)x->exp);
		out->len += x->n + (size_t)x->exp;
		out->p[out->len] = '\0';
		return;
	}
	p = (int64_t)x->n + x->exp; /* digits before the point */
	if (p > 0) {
		w = zp_buf_reserve(out, x->n + 1);
		for (i = 0; i < (size_t)p; i++)
			*w++ = (char)('0' + x->d[i]);
		*w++ = '.';
		for (; i < x->n; i++)
			*w++ = (char)('0' + x->d[i]);
		out->len += x->n + 1;
	} else {
		size_t z = (size_t)-p;

		w = zp_buf_reserve(out, 2 + z + x->n);
		*w++ = '0';
		*w++ = '.';
		memset(w, '0', z);
		w += z;
		for (i = 0; i < x->n; i++)
			*w++ = (char)('0' + x->d[i]);
		out->len += 2 + z + x->n;
	}
	out->p[out->len] = '\0';
}

int
zp_dec_parse(struct zp_dec *x, const char *s, size_t n)
{
	size_t i = 0;
	int64_t e = 0, frac = 0;
	bool any = false, eneg = false;

	zp_dec_zero(x);
	if (i < n && s[i] == '-') {
		x->neg = true;
		i++;
	}
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		reserve(x, x->n + 1);
		x->d[x->n++] = (uint8_t)(s[i] - '0');
		any = true;
	}
	if (i < n && s[i] == '.') {
		i++;
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
			reserve(x, x->n + 1);
			x->d[x->n++] = (uint8_t)(s[i] - '0');
			frac++;
			any = true;
		}
	}
	if (!any)
		return -1;
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		bool edig = false;

		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			eneg = s[i++] == '-';
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
			if (e < 100000000)
				e = e * 10 + (s[i] - '0');
			edig = true;
		}
		if (!edig)
			return -1;
	}
	if (i != n)
		return -1;
	x->exp = (eneg ? -e : e) - frac;
	{
		bool neg = x->neg;

		normalize(x);
		x->neg = neg && x->n != 0;
	}
	return 0;
}

/* Code point classes of the numeral grammar. */

static int
arabic_digit(uint32_t c)
{
	if (c >= '0' && c <= '9')
		return (int)(c - '0');
	if (c >= 0xFF10 && c <= 0xFF19)
		return (int)(c - 0xFF10);
	return -1;
}

static int
chinese_digit(uint32_t c, bool *capital)
{
	*capital = false;
	switch (c) {
	case 0x3007:
	case 0x25CB:
	case 0x96F6: /* 〇 ○ 零 */
		return 0;
	case 0x4E00:
	case 0x5E7A: /* 一 幺 */
		return 1;
	case 0x4E8C:
	case 0x4E24:
	case 0x5169:
	case 0x5006: /* 二 两 兩 倆 */
		return 2;
	case 0x4E09: /* 三 */
		return 3;
	case 0x56DB: /* 四 */
		return 4;
	case 0x4E94: /* 五 */
		return 5;
	case 0x516D: /* 六 */
		return 6;
	case 0x4E03: /* 七 */
		return 7;
	case 0x516B: /* 八 */
		return 8;
	case 0x4E5D: /* 九 */
		return 9;
	}
	*capital = true;
	switch (c) {
	case 0x58F9: /* 壹 */
		return 1;
	case 0x8D30:
	case 0x8CB3: /* 贰 貳 */
		return 2;
	case 0x53C1:
	case 0x53C3: /* 叁 參 */
		return 3;
	case 0x8086: /* 肆 */
		return 4;
	case 0x4F0D: /* 伍 */
		return 5;
	case 0x9646:
	case 0x9678: /* 陆 陸 */
		return 6;
	case 0x67D2: /* 柒 */
		return 7;
	case 0x634C: /* 捌 */
		return 8;
	case 0x7396: /* 玖 */
		return 9;
	}
	*capital = false;
	return -1;
}

int
zp_cnum_digit(uint32_t c)
{
	bool cap;
	int d = arabic_digit(c);

	return d >= 0 ? d : chinese_digit(c, &cap);
}

/* 十 百 千 (and capitals): the exponent, else -1. */
static int
small_unit(uint32_t c)
{
	switch (c) {
	case 0x5341:
	case 0x62FE: /* 十 拾 */
		return 1;
	case 0x767E:
	case 0x4F70: /* 百 佰 */
		return 2;
	case 0x5343:
	case 0x4EDF: /* 千 仟 */
		return 3;
	}
	return -1;
}

/* 万 亿 兆 and the compounds 万亿 万万: exponent and length. */
static int
big_unit(const uint32_t *cp, size_t n, size_t j, size_t *len)
{
	uint32_t c = cp[j];

	*len = 1;
	if (c == 0x4E07 || c == 0x842C) { /* 万 萬 */
		if (j + 1 < n && (cp[j + 1] == 0x4EBF || cp[j + 1] == 0x5104)) {
			*len = 2;
			return 12;
		}
		if (j + 1 < n && (cp[j + 1] == 0x4E07 || cp[j + 1] == 0x842C)) {
			*len = 2;
			return 8;
		}
		return 4;
	}
	if (c == 0x4EBF || c == 0x5104) /* 亿 億 */
		return 8;
	if (c == 0x5146) /* 兆 */
		return 12;
	return -1;
}

static bool
is_point(uint32_t c)
{
	return c == 0x70B9 || c == 0x9EDE; /* 点 點 */
}

/*
 * A table of the BMP code points that can start a numeral, built on first
 * use: the scanner asks this of every character, and the switch statements
 * above are too slow for that.
 */
static uint8_t start_tab[0x10000 / 8];
static bool start_tab_ready;

static void
build_start_tab(void)
{
	for (uint32_t c = 0; c < 0x10000; c++) {
		bool cap;

		if (arabic_digit(c) >= 0 || chinese_digit(c, &cap) >= 0 ||
		    c == 0x5341 || c == 0x62FE || c == 0x5EFF || c == 0x5345)
			start_tab[c >> 3] |= (uint8_t)(1u << (c & 7));
	}
	start_tab_ready = true;
}

bool
zp_cnum_starts(uint32_t c)
{
	if (c >= 0x10000)
		return false;
	if (!start_tab_ready)
		build_start_tab();
	return (start_tab[c >> 3] >> (c & 7)) & 1;
}

/* x = x * 10 + d for an integral x, in amortized constant time. */
static void
dec_append_digit(struct zp_dec *x, int d)
{
	if (x->n == 0) {
		if (d != 0) {
			reserve(x, 1);
			x->d[0] = (uint8_t)d;
			x->n = 1;
			x->exp = 0;
		}
		return;
	}
	if (d == 0) {
		x->exp++;
		return;
	}
	reserve(x, x->n + (size_t)x->exp + 1);
	memset(x->d + x->n, 0, (size_t)x->exp);
	x->n += (size_t)x->exp;
	x->d[x->n++] = (uint8_t)d;
	x->exp = 0;
}

static void
dec_push_digit(struct zp_dec *x, int d)
{
	/* Appending needs the plain digit layout: exp is 0 while building. */
	reserve(x, x->n + 1);
	x->d[x->n++] = (uint8_t)d;
}

/* Makes a digit string built with dec_push_digit canonical. */
static void
dec_finish(struct zp_dec *x, int64_t exp)
{
	x->exp = exp;
	x->neg = false;
	normalize(x);
}

/* Is the middle dot at cp[j] a decimal point (2·25亿, 13·1％)? */
static bool
middot_decimal(const uint32_t *cp, size_t n, size_t j)
{
	size_t k = j + 1, l;

	if (k >= n || arabic_digit(cp[k]) < 0)
		return false;
	while (k < n && arabic_digit(cp[k]) >= 0)
		k++;
	return k < n &&
	    (small_unit(cp[k]) >= 0 || big_unit(cp, n, k, &l) >= 0 ||
	        cp[k] == '%' || cp[k] == 0xFF05 || cp[k] == 0x5143 ||
	        cp[k] == 0x7F8E || cp[k] == 0x65E5 || cp[k] == 0x6E2F ||
	        cp[k] == 0x6B27 || cp[k] == 0x82F1 || cp[k] == 0x97E9 ||
	        cp[k] == 0x70B9 || cp[k] == 0x9EDE); /* 点 */
	/* 元, and 美 日 港 欧 英 韩 of 美元 日元... */
}

/* Skips up to two spaces from k (< n), unless that reaches the end. */
static size_t
skip_spaces(const uint32_t *cp, size_t n, size_t k)
{
	size_t q = k;

	while (q < n && q < k + 2 && (cp[q] == ' ' || cp[q] == 0x3000))
		q++;
	return q < n ? q : k;
}

/*
 * An Arabic run at cp[j..n): digits, optional thousands groups, optional
 * decimals.  Returns the index past it.
 */
static size_t
arabic_run(
    struct zp_cnum *c, struct zp_dec *x, const uint32_t *cp, size_t n, size_t j)
{
	size_t start = j, ndig = 0;
	int64_t frac = 0;

	zp_dec_zero(x);
	for (;;) {
		size_t k = j;

		if (j < n && arabic_digit(cp[j]) >= 0) {
			dec_push_digit(x, arabic_digit(cp[j++]));
			ndig++;
			continue;
		}
		/*
		 * 2○23, 1○5: a circle typed for the zero between Arabic
		 * digits (Taiwanese and Hong Kong text, OCR).  Only between
		 * digits: 5○ alone is no number.
		 */
		while (k < n && (cp[k] == 0x25CB || cp[k] == 0x3007))
			k++;
		if (ndig == 0 || k == j || k >= n || arabic_digit(cp[k]) < 0)
			break;
		for (; j < k; j++, ndig++)
			dec_push_digit(x, 0);
	}
	if (ndig > 1 && arabic_digit(cp[start]) == 0 && c->ntok == 0)
		c->flags |= ZP_CNUM_LEADZERO;
	/* Groups of exactly three after one to three leading digits. */
	if (ndig <= 3) {
		while (j + 3 < n &&
		    (cp[j] == ',' ||
		        (cp[j] == 0xFF0C && cp[j - 1] >= 0xFF10)) &&
		    arabic_digit(cp[j + 1]) >= 0 &&
		    arabic_digit(cp[j + 2]) >= 0 &&
		    arabic_digit(cp[j + 3]) >= 0 &&
		    (j + 4 >= n || arabic_digit(cp[j + 4]) < 0)) {
			for (int k = 1; k <= 3; k++)
				dec_push_digit(x, arabic_digit(cp[j + k]));
			ndig += 3;
			j += 4;
			c->flags |= ZP_CNUM_GROUPED;
		}
	}
	/*
	 * 2·25亿, 13·1％: older texts write the decimal point as a middle
	 * dot; only before a scale or a unit, as 3·15 and 9·11 are dates.
	 */
	if (j < n &&
	    (cp[j] == '.' || cp[j] == 0xFF0E ||
	        (cp[j] == 0xB7 && middot_decimal(cp, n, j)))) {
		if (j + 1 < n && arabic_digit(cp[j + 1]) >= 0) {
			j++;
			while (j < n && arabic_digit(cp[j]) >= 0) {
				dec_push_digit(x, arabic_digit(cp[j++]));
				frac++;
			}
			c->flags |= ZP_CNUM_FRACTION;
		} else if (j + 1 < n) {
			size_t l;

			if (small_unit(cp[j + 1]) >= 0 ||
			    big_unit(cp, n, j + 1, &l) >= 0) {
				/* 45.亿: a typo; read as 45亿 and say so. */
				c->flags |= ZP_CNUM_DANGLING;
				j++;
			}
		}
	}
	/*
	 * 2e5, -127.32e13: an exponent, when the whole token is a number
	 * (not 3E6000 or 5e-mail) and small enough to write out.
	 */
	if (j + 1 < n && (cp[j] == 'e' || cp[j] == 'E') && ndig > 0) {
		size_t k = j + 1;
		bool eneg = false;
		int64_t ev = 0;
		size_t ed = 0;

		if (k < n &&
		    (cp[k] == '+' || cp[k] == '-' || cp[k] == 0xFF0D)) {
			eneg = cp[k] != '+';
			k++;
		}
		while (k < n && arabic_digit(cp[k]) >= 0 && ed < 4) {
			ev = ev * 10 + arabic_digit(cp[k++]);
			ed++;
		}
		if (ed > 0 && ev <= 100 &&
		    (k >= n ||
		        (arabic_digit(cp[k]) < 0 &&
		            !((cp[k] >= 'A' && cp[k] <= 'Z') ||
		                (cp[k] >= 'a' && cp[k] <= 'z'))))) {
			frac += eneg ? ev : -ev;
			j = k;
		}
	}
	/* 40k, 3.2k: thousands (a lower-case k alone; 4K, 5kg are not). */
	if (j < n && cp[j] == 'k' && ndig > 0 &&
	    (j + 1 >= n ||
	        (arabic_digit(cp[j + 1]) < 0 &&
	            !((cp[j + 1] >= 'A' && cp[j + 1] <= 'Z') ||
	                (cp[j + 1] >= 'a' && cp[j + 1] <= 'z'))))) {
		frac -= 3;
		j++;
	}
	c->ndigits += ndig + (size_t)(frac > 0 ? frac : 0);
	dec_finish(x, -frac);
	return j;
}

void
zp_cnum_free(struct zp_cnum *c)
{
	zp_dec_free(&c->val);
	zp_dec_free(&c->tot);
	zp_dec_free(&c->sec);
	zp_dec_free(&c->tmp);
}

/* True when x is exactly v. */
static bool
small_int_is(const struct zp_dec *x, uint64_t v)
{
	struct zp_dec t = ZP_DEC_INIT;
	bool eq;

	zp_dec_set_u64(&t, v);
	eq = zp_dec_cmp(x, &t) == 0;
	zp_dec_free(&t);
	return eq;
}

/* sec += pend * 10^u; pend is consumed. */
static void
add_scaled(struct zp_dec *sec, struct zp_dec *pend, int u)
{
	zp_dec_shift(pend, u);
	zp_dec_add(sec, pend);
	zp_dec_zero(pend);
}

enum pend_kind { P_NONE, P_CDIGIT, P_ARABIC, P_SEQ, P_VAGUE };

/*
 * The state of one zp_cnum_parse: the amount is tot (whole scale groups)
 * + sec (the current group below 万) + pend (the digits waiting for their
 * unit, of kind pk).
 */
struct parse {
	struct zp_cnum *c;
	const uint32_t *cp;
	size_t n;
	unsigned inflags;
	struct zp_dec *tot, *sec, *pend;
	enum pend_kind pk;
	int last_small, last_big, high_big, prev_unit;
	bool zero_gap, pend_after_zero, pend_after_unit;
	bool any_unit;
	bool seq_zero;      /* the digit run has a zero: 三○八二 */
	bool seq_after_big; /* a digit run after 兆 or 亿: 一兆二三四五亿 */
	int last_digit;
	size_t j, good, pend_start;
};

/* What a token step did with the code point at p->j. */
enum step {
	NOT_MINE, /* not its kind of token: the next step looks */
	TAKEN,    /* consumed it: the loop goes on */
	END       /* the numeral ends here */
};

static bool
is_liang(uint32_t ch)
{
	return ch == 0x4E24 || ch == 0x5169 || ch == 0x5006; /* 两 兩 倆 */
}

/* A small or a big unit at cp[k]. */
static bool
unit_at(const uint32_t *cp, size_t n, size_t k)
{
	size_t blen;

	return small_unit(cp[k]) >= 0 || big_unit(cp, n, k, &blen) >= 0;
}

/* A pending digit starts at p->j: the bookkeeping all its kinds share. */
static void
pend_begin(struct parse *p, enum pend_kind pk)
{
	p->pend_start = p->j;
	p->pk = pk;
	p->pend_after_zero = p->zero_gap;
	p->pend_after_unit = p->prev_unit >= 0;
	p->zero_gap = false;
	p->c->ntok++;
}

/*
 * Spaces inside a numeral are ignored (一百 五 十 二, 7 万5 千, 12.3 亿):
 * before a unit or a point, or after a unit before a Chinese digit.  Never
 * between two digits read one by one.
 */
static enum step
step_space(struct parse *p)
{
	const uint32_t *cp = p->cp;
	size_t n = p->n, k = p->j;
	bool unit_next, digit_next, cap;

	if ((cp[k] != ' ' && cp[k] != 0x3000) || p->c->ntok == 0)
		return NOT_MINE;
	while (k < n && k < p->j + 3 && (cp[k] == ' ' || cp[k] == 0x3000))
		k++;
	if (k >= n)
		return END;
	unit_next = unit_at(cp, n, k) ||
	    (is_point(cp[k]) && k + 1 < n &&
	        zp_cnum_digit(cp[skip_spaces(cp, n, k + 1)]) >= 0);
	digit_next =
	    chinese_digit(cp[k], &cap) >= 0 && p->pk == P_NONE && p->any_unit;
	/* 7万 5千 4百: Arabic digits before their unit. */
	if (arabic_digit(cp[k]) >= 0 && p->pk == P_NONE && p->any_unit) {
		size_t q = k;

		while (q < n && q < k + 4 && arabic_digit(cp[q]) >= 0)
			q++;
		digit_next = q < n && small_unit(cp[q]) >= 0;
	}
	if (!(p->c->flags & (ZP_CNUM_CHINESE | ZP_CNUM_UNIT)) && !unit_next)
		return END;
	if ((p->pk == P_SEQ || p->pk == P_CDIGIT) && !unit_next)
		return END;
	/* 十 余 万: the hedge and the scale may be spaced too. */
	if (!unit_next && !digit_next &&
	    !((cp[k] == 0x4F59 || cp[k] == 0x591A) && k + 1 < n &&
	        big_unit(cp, n, skip_spaces(cp, n, k + 1), &(size_t){ 0 }) >=
	            0))
		return END;
	p->j = k;
	return TAKEN;
}

static enum step
step_arabic(struct parse *p)
{
	size_t end;

	if (arabic_digit(p->cp[p->j]) < 0)
		return NOT_MINE;
	if (p->pk != P_NONE)
		return END;
	/* Before pend_begin: the run reads ntok as it was before it. */
	end = arabic_run(p->c, p->pend, p->cp, p->n, p->j);
	pend_begin(p, P_ARABIC);
	p->c->flags |= ZP_CNUM_ARABIC;
	p->j = end;
	p->good = end;
	return TAKEN;
}

/*
 * Digits read one by one as an amount, as Taiwanese and Hong Kong papers
 * write them: 二八四亿, 三○八二点六亿, 一兆二三四五亿.  A run is read so
 * when a scale word or a decimal point follows it and it has three digits
 * or more, or a zero (○ 〇 零).  Two digits before a unit stay the
 * approximate "three or four" of 三四十亿, 三四个, 七八成 (see
 * digit_after_digit and finish); two digits before a point are a number
 * (二八点五 = 28.5), as nobody hedges with decimals.
 */
static bool
seq_is_amount(const struct parse *p)
{
	return p->pk == P_SEQ && (p->c->ndigits >= 3 || p->seq_zero);
}

/*
 * At the second digit of a run after 兆, 亿 or 万 (一兆二三四五亿, 三亿二八
 * ○○万): may the run go on?  Only when the whole run is such an amount and
 * ends at a smaller scale word that it fits (at most four digits, as in
 * Arabic 3亿2800万).  The look-ahead reads at most five characters.
 */
static bool
seq_before_scale(const struct parse *p)
{
	const uint32_t *cp = p->cp;
	size_t k = p->pend_start, len;
	bool zero = false, cap;
	int u;

	if (!(p->pend_after_unit && !p->pend_after_zero && p->prev_unit >= 4))
		return false;
	while (k < p->n && k < p->pend_start + 5 &&
	    chinese_digit(cp[k], &cap) >= 0 && !cap && !is_liang(cp[k])) {
		zero = zero || chinese_digit(cp[k], &cap) == 0;
		k++;
	}
	if (k - p->pend_start > 4 || k >= p->n ||
	    (k - p->pend_start < 3 && !zero))
		return false;
	u = big_unit(cp, p->n, k, &len);
	return u >= 0 && u < p->last_big &&
	    (int)(k - p->pend_start) <= p->last_big - u;
}

/*
 * A Chinese digit after another: 一两个 (one or two), or digits read one
 * by one (一二三, 二〇二三), where 二三十 and 五六百 before a unit are
 * vague amounts.
 */
static enum step
digit_after_digit(struct parse *p, int d, bool cap)
{
	struct zp_cnum *c = p->c;
	uint32_t ch = p->cp[p->j];

	if (p->pk == P_CDIGIT && p->last_digit == 1 && is_liang(ch)) {
		zp_dec_set_u64(p->pend, 1);
		p->pk = P_VAGUE;
		c->flags |= ZP_CNUM_VAGUE;
		c->ntok++;
		p->good = ++p->j;
		return TAKEN;
	}
	if (p->any_unit && !p->seq_after_big && p->pk == P_CDIGIT &&
	    seq_before_scale(p))
		p->seq_after_big = true;
	if ((p->any_unit && !p->seq_after_big) || (c->flags & ZP_CNUM_ARABIC) ||
	    is_liang(ch) || p->last_digit == -100)
		return END;
	if (p->pk == P_CDIGIT) {
		c->ndigits = 1;
		p->pk = P_SEQ;
		p->seq_zero = p->last_digit == 0;
	}
	if (d == 0)
		p->seq_zero = true;
	dec_append_digit(p->pend, d);
	c->ndigits++;
	c->flags |= ZP_CNUM_SEQ | ZP_CNUM_CHINESE;
	if (cap)
		c->flags |= ZP_CNUM_CAPITAL;
	p->j++;
	c->ntok++;
	p->good = p->j;
	if (c->ndigits == 2 && d == p->last_digit + 1 && p->last_digit >= 1 &&
	    p->j < p->n && unit_at(p->cp, p->n, p->j)) {
		zp_dec_set_u64(p->pend, 1);
		p->pk = P_VAGUE;
		c->flags &= ~(unsigned)ZP_CNUM_SEQ;
		c->flags |= ZP_CNUM_VAGUE;
	}
	p->last_digit = d;
	return TAKEN;
}

static enum step
step_chinese_digit(struct parse *p)
{
	struct zp_cnum *c = p->c;
	uint32_t ch = p->cp[p->j];
	bool cap;
	int d = chinese_digit(ch, &cap);

	if (d < 0)
		return NOT_MINE;
	if (p->pk == P_CDIGIT || p->pk == P_SEQ)
		return digit_after_digit(p, d, cap);
	if (p->pk != P_NONE)
		return END;
	/*
	 * 三十两, 两万两: 两 after a unit and before no smaller one is the
	 * weight unit 两 (liang), not a digit.
	 */
	if (is_liang(ch) && p->any_unit && !p->zero_gap &&
	    !(p->j + 1 < p->n && unit_at(p->cp, p->n, p->j + 1)))
		return END;
	if (d == 0 && c->ntok > 0) {
		/* A filler zero: 一千零一. */
		p->zero_gap = true;
		p->j++;
		return TAKEN;
	}
	zp_dec_set_u64(p->pend, (uint64_t)d);
	pend_begin(p, P_CDIGIT);
	p->last_digit = is_liang(ch) ? -100 : d;
	c->flags |= ZP_CNUM_CHINESE;
	if (cap)
		c->flags |= ZP_CNUM_CAPITAL;
	p->good = ++p->j;
	return TAKEN;
}

/* 数十, 几百, 十几: an unknown digit. */
static enum step
step_vague_digit(struct parse *p)
{
	uint32_t ch = p->cp[p->j];

	if (!((ch == 0x6570 && p->c->ntok == 0) || ch == 0x51E0)) /* 数 几 */
		return NOT_MINE;
	if (!(p->inflags & ZP_CNUM_ALLOW_VAGUE) || p->pk != P_NONE)
		return END;
	if ((ch == 0x6570 || p->c->ntok == 0) &&
	    (p->j + 1 >= p->n || !unit_at(p->cp, p->n, p->j + 1)))
		return END;
	zp_dec_set_u64(p->pend, 1);
	pend_begin(p, P_VAGUE);
	p->c->flags |= ZP_CNUM_VAGUE | ZP_CNUM_CHINESE;
	p->good = ++p->j;
	return TAKEN;
}

/* 廿 卅: twenty and thirty in one character. */
static enum step
step_twenty_thirty(struct parse *p)
{
	uint32_t ch = p->cp[p->j];

	if (ch != 0x5EFF && ch != 0x5345)
		return NOT_MINE;
	if (p->pk != P_NONE || p->last_small <= 1)
		return END;
	zp_dec_set_u64(p->pend, ch == 0x5EFF ? 2 : 3);
	add_scaled(p->sec, p->pend, 1);
	p->pk = P_NONE;
	p->last_small = 1;
	p->prev_unit = 1;
	p->any_unit = true;
	p->c->flags |= ZP_CNUM_CHINESE | ZP_CNUM_UNIT;
	p->c->ntok++;
	p->good = ++p->j;
	return TAKEN;
}

/* 十 百 千 (and their capitals): a unit within a group. */
static enum step
step_small_unit(struct parse *p)
{
	uint32_t ch = p->cp[p->j];
	int u = small_unit(ch);

	if (u < 0)
		return NOT_MINE;
	if (p->pk == P_SEQ || u >= p->last_small)
		return END;
	if (p->pk == P_CDIGIT && zp_dec_is_zero(p->pend) && u == 1)
		p->pk = P_NONE; /* 零十 = 10 */
	if (p->pk == P_NONE) {
		/* Only 十 stands alone: 十五, 一百零十. */
		if (u != 1)
			return END;
		zp_dec_set_u64(p->pend, 1);
	}
	add_scaled(p->sec, p->pend, u);
	p->pk = P_NONE;
	p->last_small = u;
	p->prev_unit = u;
	p->any_unit = true;
	p->zero_gap = false;
	p->c->flags |= ZP_CNUM_CHINESE | ZP_CNUM_UNIT;
	if (ch == 0x62FE || ch == 0x4F70 || ch == 0x4EDF) /* 拾 佰 仟 */
		p->c->flags |= ZP_CNUM_CAPITAL;
	p->c->ntok++;
	p->good = ++p->j;
	p->c->last_unit = u;
	return TAKEN;
}

/* 万 亿 万亿 兆: a scale over the group, or over all so far. */
static enum step
step_big_unit(struct parse *p)
{
	size_t blen;
	int u = big_unit(p->cp, p->n, p->j, &blen);
	bool all;

	if (u < 0)
		return NOT_MINE;
	if ((p->pk == P_SEQ && !seq_is_amount(p)) ||
	    (p->pk == P_NONE && zp_dec_is_zero(p->sec)))
		return END;
	if (p->pk == P_SEQ) {
		/* 二八四亿: the run is the group's value, as 284亿 is. */
		p->c->flags &= ~(unsigned)ZP_CNUM_SEQ;
		p->c->flags |= ZP_CNUM_DIGITWISE;
		p->seq_after_big = false;
	}
	if (p->high_big >= 0 && u > p->high_big) {
		all = true;
	} else if (u < p->last_big) {
		all = false;
	} else {
		/* 一万一万: the second scale does not fit. */
		p->c->flags |= ZP_CNUM_BADSCALE;
		if (p->pk != P_NONE) {
			p->good = p->pend_start;
			zp_dec_zero(p->pend);
			p->pk = P_NONE;
		}
		return END;
	}
	if (p->pk != P_NONE)
		zp_dec_add(p->sec, p->pend);
	zp_dec_zero(p->pend);
	p->pk = P_NONE;
	if (all) {
		/* 一千一百万一千亿: the whole amount so far. */
		zp_dec_add(p->tot, p->sec);
		zp_dec_shift(p->tot, u);
		p->high_big = u;
	} else {
		zp_dec_shift(p->sec, u);
		zp_dec_add(p->tot, p->sec);
		if (u > p->high_big)
			p->high_big = u;
	}
	p->last_big = u;
	zp_dec_zero(p->sec);
	p->last_small = 4;
	p->prev_unit = u;
	p->any_unit = true;
	p->zero_gap = false;
	p->c->flags |= ZP_CNUM_UNIT | ZP_CNUM_BIG;
	p->c->ntok++;
	p->j += blen;
	p->good = p->j;
	p->c->last_unit = u;
	/* 3.5亿亿 is not an amount. */
	if (p->j < p->n) {
		int next = big_unit(p->cp, p->n, p->j, &blen);

		if (next >= 0 && next >= p->last_big &&
		    !(p->high_big >= 0 && next > p->high_big)) {
			p->c->flags |= ZP_CNUM_BADSCALE;
			return END;
		}
	}
	return TAKEN;
}

/* 40多亿, 十多万, 500余万: more than. */
static enum step
step_more_than(struct parse *p)
{
	const uint32_t *cp = p->cp;
	size_t blen, j = p->j, k;

	if (!((cp[j] == 0x591A || cp[j] == 0x4F59) && j + 1 < p->n))
		return NOT_MINE;
	k = skip_spaces(cp, p->n, j + 1);
	if (!((p->inflags & ZP_CNUM_ALLOW_VAGUE) &&
	        (p->pk != P_NONE || p->prev_unit >= 1) &&
	        (small_unit(cp[j + 1]) > (p->pk != P_NONE ? 0 : 99) ||
	            big_unit(cp, p->n, k, &blen) >= 0)))
		return NOT_MINE;
	p->c->flags |= ZP_CNUM_MORE;
	p->j++;
	return TAKEN;
}

/*
 * Chinese decimals: 十五点七, 零点零一, 一百点123; a scale after the
 * decimals takes the whole amount (三点五亿).  The numeral ends there.
 */
static enum step
step_decimal(struct parse *p)
{
	struct zp_cnum *c = p->c;
	const uint32_t *cp = p->cp;
	size_t n = p->n, k, blen;
	struct zp_dec *f = &c->val;
	int64_t nf = 0;
	bool cap;
	int u;

	if (!(is_point(cp[p->j]) && p->pk != P_VAGUE && p->pk != P_ARABIC &&
	        p->j + 1 < n &&
	        (zp_cnum_digit(cp[skip_spaces(cp, n, p->j + 1)]) >= 0) &&
	        !(c->flags & ZP_CNUM_FRACTION) && c->ntok > 0 &&
	        (p->pk != P_NONE || p->any_unit)))
		return NOT_MINE;
	k = skip_spaces(cp, n, p->j + 1);
	zp_dec_zero(f);
	if (arabic_digit(cp[k]) >= 0) {
		while (k < n && arabic_digit(cp[k]) >= 0) {
			dec_push_digit(f, arabic_digit(cp[k++]));
			nf++;
		}
	} else {
		while (k < n && chinese_digit(cp[k], &cap) >= 0) {
			dec_push_digit(f, chinese_digit(cp[k++], &cap));
			nf++;
		}
	}
	dec_finish(f, -nf);
	/* 两千三点一 = 2300.1 */
	if (p->pk == P_CDIGIT && !p->pend_after_zero && p->pend_after_unit &&
	    p->prev_unit >= 2)
		zp_dec_shift(p->pend, p->prev_unit - 1);
	if (p->pk == P_SEQ) {
		/* 三○八二点六: the run before the point is read digit by
		 * digit, an amount and no name. */
		c->flags &= ~(unsigned)ZP_CNUM_SEQ;
		c->flags |= ZP_CNUM_DIGITWISE;
	}
	if (p->pk != P_NONE)
		zp_dec_add(p->sec, p->pend);
	zp_dec_zero(p->pend);
	p->pk = P_NONE;
	zp_dec_add(p->sec, f);
	zp_dec_zero(f);
	c->flags |= ZP_CNUM_FRACTION;
	c->ndigits += (size_t)nf;
	c->ntok++;
	p->j = k;
	p->good = p->j;
	if (p->j < n) {
		u = big_unit(cp, n, p->j, &blen);
		if (u >= 0 && u > p->high_big && u < p->last_big) {
			zp_dec_add(p->tot, p->sec);
			zp_dec_zero(p->sec);
			zp_dec_shift(p->tot, u);
			p->j += blen;
			p->good = p->j;
			c->flags |= ZP_CNUM_UNIT | ZP_CNUM_BIG;
			c->last_unit = u;
		}
	}
	return END;
}

/* The token steps, in the order they are tried at each code point. */
static enum step (*const steps[])(struct parse *) = {
	step_space,
	step_arabic,
	step_chinese_digit,
	step_vague_digit,
	step_twenty_thirty,
	step_small_unit,
	step_big_unit,
	step_more_than,
	step_decimal,
};

/* Adds what is pending and sets c->val; the flags a whole numeral gets. */
static void
finish(struct parse *p)
{
	struct zp_cnum *c = p->c;

	if (p->pk != P_NONE) {
		/*
		 * 三万五 = 35000, 一百二 = 120: a lone digit after a unit of
		 * 百 or more counts in the next lower place.
		 */
		if (p->pk == P_CDIGIT && !p->pend_after_zero &&
		    p->pend_after_unit && p->prev_unit >= 2 && p->good == p->j)
			zp_dec_shift(p->pend, p->prev_unit - 1);
		zp_dec_add(p->sec, p->pend);
		zp_dec_zero(p->pend);
	}
	zp_dec_add(p->tot, p->sec);
	zp_dec_copy(&c->val, p->tot);
	c->val.neg = false;
	if (p->pk == P_SEQ)
		c->flags |= ZP_CNUM_SEQ;
	if (p->pk == P_SEQ && c->ndigits == 2 && p->last_digit >= 2 &&
	    small_int_is(&c->val,
	        (uint64_t)(p->last_digit - 1) * 10 + (uint64_t)p->last_digit))
		c->flags |= ZP_CNUM_VAGUE; /* 三四个: three or four */
}

int
zp_cnum_parse(struct zp_cnum *c, const uint32_t *cp, size_t n, size_t i,
    unsigned inflags, size_t *end)
{
	struct parse p = { .c = c,
		.cp = cp,
		.n = n,
		.inflags = inflags,
		.tot = &c->tot,
		.sec = &c->sec,
		.pend = &c->tmp,
		.pk = P_NONE,
		.last_small = 4,
		.last_big = 99,
		.high_big = -1,
		.prev_unit = -1,
		.last_digit = -100,
		.j = i,
		.good = i,
		.pend_start = i };
	enum step r = TAKEN;

	zp_dec_zero(p.tot);
	zp_dec_zero(p.sec);
	zp_dec_zero(p.pend);
	zp_dec_zero(&c->val);
	c->flags = 0;
	c->ndigits = 0;
	c->ntok = 0;
	c->last_unit = -1;
	if (i >= n)
		return -1;
	while (p.j < n && r == TAKEN) {
		r = NOT_MINE;
		for (size_t k = 0;
		     k < sizeof(steps) / sizeof(steps[0]) && r == NOT_MINE; k++)
			r = steps[k](&p);
	}
	if (c->ntok == 0)
		return -1;
	finish(&p);
	*end = p.good;
	return 0;
}

int
zp_cnum_parse_utf8(struct zp_cnum *c, const char *s, size_t len, size_t *used)
{
	uint32_t *cp;
	size_t *off;
	size_t n = 0, i = 0, end;
	int rc;

	cp = zp_xreallocarray(NULL, len + 1, sizeof *cp);
	off = zp_xreallocarray(NULL, len + 1, sizeof *off);
	while (i < len) {
		size_t l;
		int32_t v = zp_utf8_decode(s + i, len - i, &l);

		if (v < 0)
			break;
		off[n] = i;
		cp[n++] = (uint32_t)v;
		i += l;
	}
	off[n] = i;
	rc = zp_cnum_parse(c, cp, n, 0, ZP_CNUM_ALLOW_VAGUE, &end);
	if (rc == 0)
		*used = off[end];
	free(cp);
	free(off);
	return rc;
}
