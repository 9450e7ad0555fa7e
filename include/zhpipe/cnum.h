/*
 * cnum -- exact decimal numbers and the parser for Chinese, Arabic and mixed
 * numerals (一千二百三十四万, 2.8万亿, 1,234.5百万, 壹拾壹, 二〇二三).
 *
 * Values are kept as decimal digits and a power of ten, never as a double:
 * 16.4亿 is exactly 1640000000 and 9999999999999999999999亿 is exactly
 * 999999999999999999999900000000.  Every operation is linear in the number
 * of digits involved, and the parser is linear in its input.
 */
#ifndef ZHPIPE_CNUM_H
#define ZHPIPE_CNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhpipe/buf.h"

/*
 * An exact decimal: (-1)^neg * digits * 10^exp.  digits are 0..9, most
 * significant first, with no leading zeros; zero has n == 0.  The digit
 * array is owned by the struct and reused across assignments.
 */
struct zp_dec {
	uint8_t *d;
	size_t n;
	size_t cap;
	int64_t exp;
	bool neg;
};

#define ZP_DEC_INIT \
	{ \
		NULL, 0, 0, 0, false \
	}

void zp_dec_free(struct zp_dec *x);
void zp_dec_zero(struct zp_dec *x);
static inline bool
zp_dec_is_zero(const struct zp_dec *x)
{
	return x->n == 0;
}
void zp_dec_set_u64(struct zp_dec *x, uint64_t v);
void zp_dec_copy(struct zp_dec *dst, const struct zp_dec *src);
/* x *= 10^k. */
static inline void
zp_dec_shift(struct zp_dec *x, int64_t k)
{
	if (x->n != 0)
		x->exp += k;
}
/* a += b, with signs; a and b may not be the same object. */
void zp_dec_add(struct zp_dec *a, const struct zp_dec *b);
/* a *= m for a small factor m (0 <= m <= 10^9). */
void zp_dec_mul_small(struct zp_dec *a, uint32_t m);
/* Compares values with their signs: -1, 0 or 1. */
int zp_dec_cmp(const struct zp_dec *a, const struct zp_dec *b);
/* True when the value has no fractional part. */
bool zp_dec_is_integral(const struct zp_dec *x);
/*
 * q = a / b for 0 < b < 10^17: exact when the quotient terminates within
 * `sig` significant digits, else rounded half up to `sig` significant
 * digits.  Returns true when exact.
 */
bool zp_dec_div_u64(
    struct zp_dec *q, const struct zp_dec *a, uint64_t b, int sig);
/*
 * Appends x as a JSON number: an integer literal when integral ("2800000
 * 000000" without the space), else the shortest plain decimal ("0.77",
 * "-2.98").  No exponent notation, so any reader gets the exact digits.
 */
void zp_dec_format(const struct zp_dec *x, struct zp_buf *out);
/*
 * Parses a JSON-style number ("-12.5", "3e8") from s[0..n) into x.  Returns 0,
 * or -1 if s is not entirely such a number.  The inverse of zp_dec_format.
 */
int zp_dec_parse(struct zp_dec *x, const char *s, size_t n);

/* Flags describing what zp_cnum_parse saw. */
enum {
	ZP_CNUM_ARABIC = 1 << 0,    /* has Arabic digits */
	ZP_CNUM_CHINESE = 1 << 1,   /* has Chinese digits or units */
	ZP_CNUM_SEQ = 1 << 2,       /* digits read one by one: 二〇二三 */
	ZP_CNUM_UNIT = 1 << 3,      /* has 十百千 or 万亿兆 */
	ZP_CNUM_BIG = 1 << 4,       /* has 万, 亿, 兆 */
	ZP_CNUM_FRACTION = 1 << 5,  /* has a decimal point */
	ZP_CNUM_VAGUE = 1 << 6,     /* 数十, 几百, 十几: no value */
	ZP_CNUM_MORE = 1 << 7,      /* 40多亿, 500余万: a lower bound */
	ZP_CNUM_BADSCALE = 1 << 8,  /* 3.5亿亿: scale words out of order */
	ZP_CNUM_DANGLING = 1 << 9,  /* 45.亿: a point with no digits */
	ZP_CNUM_GROUPED = 1 << 10,  /* 1,234 */
	ZP_CNUM_LEADZERO = 1 << 11, /* Arabic 0700 */
	ZP_CNUM_CAPITAL = 1 << 12,  /* financial capitals 壹贰叁 */
	/* Digits read one by one as an amount, before a scale word or a
	 * point (二八四亿, 三○八二点六亿); such a numeral has no SEQ. */
	ZP_CNUM_DIGITWISE = 1 << 13,
	ZP_CNUM_ALLOW_VAGUE = 1 << 16 /* input flag: accept 数/几 */
};

struct zp_cnum {
	struct zp_dec val;
	unsigned flags;
	size_t ndigits; /* digits written (for SEQ and Arabic runs) */
	size_t ntok;    /* numeral tokens consumed */
	int last_unit;  /* exponent of the last unit, -1 if none */
	struct zp_dec tot, sec, tmp; /* scratch */
};

#define ZP_CNUM_INIT \
	{ \
		ZP_DEC_INIT, 0, 0, 0, -1, ZP_DEC_INIT, ZP_DEC_INIT, \
		    ZP_DEC_INIT \
	}

void zp_cnum_free(struct zp_cnum *c);

/* The value of a Chinese or Arabic digit code point, or -1. */
int zp_cnum_digit(uint32_t cp);
/* True for a code point that may start a numeral (digit, 十, 廿, 零...). */
bool zp_cnum_starts(uint32_t cp);

/*
 * zp_cnum_parse -- parses the longest numeral at cp[i..n) (code points).
 * On success stores the value in c->val (non-negative; signs are the
 * caller's), the flags in c->flags and the index just past the numeral in
 * *end, and returns 0.  Returns -1 when cp[i] does not start a numeral.
 * Never reads cp[n] or beyond.  Scale words that would repeat or go up
 * (亿亿) end the numeral and set ZP_CNUM_BADSCALE.
 */
int zp_cnum_parse(struct zp_cnum *c, const uint32_t *cp, size_t n, size_t i,
    unsigned inflags, size_t *end);

/*
 * The same over UTF-8 text s[0..len): *used is the number of bytes the
 * numeral takes.  Invalid UTF-8 ends the numeral.  Never reads past s+len.
 */
int zp_cnum_parse_utf8(
    struct zp_cnum *c, const char *s, size_t len, size_t *used);

#endif
