/*
 * num_forms -- written forms of a figure beyond the plain numeral: Latin
 * shorthand after digits (100K, 1.2M, 5w), 两个亿, .5, powers (2^-1),
 * dozens (五十打), 百三 and 半百, spaced discounts (7 2 折), and hyphenated
 * telephone numbers, which are no figures.  Stages run by num_scan.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num_internal.h"

/* A fullwidth Latin letter as its ASCII one. */
static uint32_t
ascii_fold(uint32_t c)
{
	return c >= 0xFF21 && c <= 0xFF5A ? c - 0xFEE0 : c;
}

/* Is [s, e) inside or across an entity of the record (3M, 4K影业)? */
static bool
in_entity(const struct zp_numbers *z, size_t s, size_t e)
{
	if (z->ctx == NULL)
		return false;
	for (size_t k = 0; k < z->ctx->nents; k++)
		if (z->ctx->ents[k].start < e && s < z->ctx->ents[k].end)
			return true;
	return false;
}

/*
 * May a Latin scale letter ending at f end a figure?  Only when nothing
 * of a word follows: the end, a space or a mark, or a unit, a hedge or a
 * range connector (1.2M美元, 15k左右, 5k-20k); 3M公司 and 4K电视 are names.
 */
static bool
shorthand_ends(struct zp_numbers *z, size_t f)
{
	const uint32_t *cp = z->cp;
	size_t len;

	if (f >= z->n)
		return true;
	if (is_latin(cp[f]) || is_adigit(cp[f]))
		return false;
	if (!is_cjk(cp[f]))
		return true;
	return unit_at(z, f, &len) >= 0 ||
	    lex_match(&z->hedge_a, cp, 0, z->n, f, &len) >= 0 ||
	    is_range_conn(cp[f]);
}

/*
 * 100K, 1.2M, 3.5B, 2bn, 5w: a Latin scale after Arabic digits, as
 * finance posts write it (k = 千, w = 万, M = 百万, B and bn = 十亿).
 * Never after letters (the numeral would be a code) nor inside an entity;
 * after a single digit (3M, 4K) only with a currency before or after
 * (3M股价 is the company's share price).  The numeral parser reads 40k
 * itself: only its scale is noted.
 */
void
num_shorthand(struct zp_numbers *z, struct zp_cnum *c, size_t i, struct num *nu)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n, p = nu->e, l = 1, len;
	int ex, k;
	uint32_t ch;

	if ((nu->flags &
	        ~(ZP_CNUM_ARABIC | ZP_CNUM_FRACTION | ZP_CNUM_GROUPED)) ||
	    !(nu->flags & ZP_CNUM_ARABIC) || (i > 0 && is_latin(cp[i - 1])))
		return;
	if (cp[p - 1] == 'k') {
		c->last_unit = 3;
		return;
	}
	/* -2.5 M: one space, when the letter ends the clause. */
	if (p + 1 < n && cp[p] == ' ')
		p++;
	if (p >= n)
		return;
	ch = ascii_fold(cp[p]);
	if (ch == 'b' && p + 1 < n && cp[p + 1] == 'n') {
		ex = 9;
		l = 2;
	} else {
		ex = ch == 'k' || ch == 'K' ? 3 :
		    ch == 'w' || ch == 'W'  ? 4 :
		    ch == 'M'               ? 6 :
		    ch == 'B'               ? 9 :
		                              0;
	}
	/* 65W, 1.2MB, 3KB: a measure of its own wins, but 5W元. */
	if (ex != 0 && (k = unit_at(z, p, &len)) >= 0 &&
	    z->units.e[k].cls == U_QTYLATIN &&
	    !(len == l && (k = unit_at(z, p + l, &len)) >= 0 &&
	        z->units.e[k].cls == U_CUR))
		return;
	/* 版本6.71B: a version, not an amount. */
	if (ends_with(z, i, "版本") || ends_with(z, i, "型号") ||
	    ends_with(z, i, "编号"))
		return;
	if (ex == 0 || !shorthand_ends(z, p + l) ||
	    (p > nu->e &&
	        !(p + l >= n || is_clause_mark(cp[p + l]) ||
	            is_space(cp[p + l]))) ||
	    in_entity(z, i, p + l))
		return;
	if (nu->e == i + 1 && (ch == 'K' || ch == 'M' || ch == 'B') &&
	    !(i > 0 && lex_match(&z->prefix, cp, 0, n, i, &len) >= 0) &&
	    !(p + l < n && (k = unit_at(z, p + l, &len)) >= 0 &&
	        z->units.e[k].cls == U_CUR))
		return;
	zp_dec_shift(&c->val, ex);
	c->last_unit = ex;
	c->flags |= ZP_CNUM_UNIT | (ex >= 4 ? ZP_CNUM_BIG : 0);
	nu->flags = c->flags;
	nu->e = p + l;
}

/*
 * 两个亿, 几个亿: a colloquial scale, 个 between the numeral and 亿 or
 * 万.  The scale joins the numeral.
 */
void
num_ge_scale(struct zp_numbers *z, struct zp_cnum *c, struct num *nu)
{
	const uint32_t *cp = z->cp;
	size_t e = nu->e, len;
	int ex;

	if (e + 1 >= z->n || (cp[e] != 0x4E2A && cp[e] != 0x500B) ||
	    (nu->flags & (ZP_CNUM_BIG | ZP_CNUM_FRACTION)))
		return;
	ex = cp[e + 1] == 0x4EBF || cp[e + 1] == 0x5104 ? 8 :
	    cp[e + 1] == 0x4E07 || cp[e + 1] == 0x842C  ? 4 :
	                                                  0;
	/* 两个万亿, 一个亿万富翁: not this; nor 一个万达广场, 一个万科: 个万
	 * ends the phrase or comes before a unit, 的 or a hedge. */
	if (ex == 0 || (e + 2 < z->n && strchr_cp("亿億万萬富", cp[e + 2])))
		return;
	if (ex == 4 && e + 2 < z->n && is_cjk(cp[e + 2]) &&
	    !strchr_cp("的多余左", cp[e + 2]) && unit_at(z, e + 2, &len) < 0)
		return;
	zp_dec_shift(&c->val, ex);
	c->last_unit = ex;
	c->flags |= ZP_CNUM_UNIT | ZP_CNUM_BIG;
	nu->flags = c->flags;
	nu->e = e + 2;
}

/*
 * Colloquial figures at a scale character: 百三 = 130, 千三 = 1300 (the
 * 一 left out, the digit one unit down), 半百 = 50, 半成 = 5 %.  Only
 * ending a phrase (not 半成品), and 百三, 千三 standing alone, as in lists
 * and headlines.
 */
enum step
num_st_colloquial_scale(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t i = st->i, n = st->n;
	int kind = ZP_NK_NUMBER, d;
	struct ment *m;

	if (i + 1 >= n || (i + 2 < n && is_cjk(cp[i + 2])) ||
	    (cp[i] != 0x534A && i > 0 && is_cjk(cp[i - 1])))
		return GO_ON;
	if (cp[i] == 0x534A && cp[i + 1] == 0x767E) {
		zp_dec_set_u64(&z->x, 50);
	} else if (cp[i] == 0x534A && cp[i + 1] == 0x6210) {
		zp_dec_set_u64(&z->x, 5);
		kind = ZP_NK_PERCENT;
	} else if ((cp[i] == 0x767E || cp[i] == 0x5343) &&
	    (d = zp_cnum_digit(cp[i + 1])) > 0 &&
	    !(i + 2 < n && is_adigit(cp[i + 2]))) {
		zp_dec_set_u64(&z->x, (uint64_t)d + 10);
		zp_dec_shift(&z->x, cp[i] == 0x767E ? 1 : 2);
	} else {
		return GO_ON;
	}
	m = num_new_ment(z, i, i + 2, kind);
	num_set_value(z, m, &z->x);
	if (kind == ZP_NK_PERCENT)
		unit_copy(m, "%");
	return done(st, i + 2);
}

/*
 * .5, -.25: a fraction written without its 0, when the point starts a
 * token (after a space, a sign, a bracket or nothing); the point joins
 * the span.
 */
void
num_leading_point(struct scan *st)
{
	const uint32_t *cp = st->cp;
	size_t i = st->i;

	if (st->nu.flags != ZP_CNUM_ARABIC || i == 0 ||
	    (cp[i - 1] != '.' && cp[i - 1] != 0xFF0E) ||
	    !(i == 1 || is_space(cp[i - 2]) || is_minus(cp[i - 2]) ||
	        cp[i - 2] == '(' || cp[i - 2] == 0xFF08))
		return;
	for (size_t k = i; k < st->e; k++)
		if (!is_adigit(cp[k]))
			return;
	zp_dec_shift(&st->c->val, -(int64_t)(st->e - i));
	st->nu.flags |= ZP_CNUM_FRACTION;
	st->c->flags |= ZP_CNUM_FRACTION;
	st->s = i - 1;
}

/*
 * 400-820-8820, 010-12345678, 0755-8888 6666: digit groups joined by
 * hyphens are a telephone number or a code, not a range nor a sign, when
 * there are three groups or more, or the first starts with 0, or the
 * second has seven digits or more.  Year ranges and ISO dates were taken
 * before.
 */
enum step
num_st_hyphen_code(struct scan *st)
{
	const uint32_t *cp = st->cp;
	size_t n = st->n, j = st->e, groups = 1, longest = 0, len;

	if ((st->nu.flags & ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO)) ||
	    st->nu.neg || !(j + 1 < n && cp[j] == '-' && is_adigit(cp[j + 1])))
		return GO_ON;
	while (j + 1 < n && (cp[j] == '-' || cp[j] == ' ') &&
	    is_adigit(cp[j + 1]) && (cp[j] == '-' || groups >= 2)) {
		size_t g = ++j;

		while (j < n && is_adigit(cp[j]))
			j++;
		if (j - g > longest)
			longest = j - g;
		groups++;
	}
	if (!(groups >= 3 || (st->nu.flags & ZP_CNUM_LEADZERO) || longest >= 7))
		return GO_ON;
	/* 100-2000000元: an amount after all. */
	if (j < n &&
	    (unit_at(st->z, j, &len) >= 0 || cp[j] == 0x4E07 ||
	        cp[j] == 0x4EBF))
		return GO_ON;
	return done(st, j);
}

/*
 * 2^5, 2.5^-1, -1.1^+23: a power written with a caret (the sign of the
 * exponent may be doubled: ^--23 is ^23).  The value is rounded to 15
 * significant digits.
 */
enum step
num_st_power(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, q = st->e;
	bool eneg = false;
	double base, ex = 0;
	char buf[64];
	struct zp_buf b = ZP_BUF_INIT;
	struct ment *m;
	int nd = 0;

	if (!(st->nu.flags & ZP_CNUM_ARABIC) ||
	    (st->nu.flags & ~(ZP_CNUM_ARABIC | ZP_CNUM_FRACTION)) || q >= n ||
	    cp[q] != '^')
		return GO_ON;
	for (q++; q < n && (cp[q] == '+' || is_minus(cp[q])); q++)
		eneg ^= is_minus(cp[q]);
	for (; q < n && is_adigit(cp[q]) && nd < 3; q++, nd++)
		ex = ex * 10 + (cp[q] >= 0xFF10 ? cp[q] - 0xFF10 : cp[q] - '0');
	if (nd == 0 || (q < n && (is_adigit(cp[q]) || is_latin(cp[q]))))
		return GO_ON;
	zp_dec_format(&st->c->val, &b);
	zp_buf_putc(&b, '\0');
	base = strtod(b.p, NULL);
	zp_buf_free(&b);
	snprintf(buf, sizeof buf, "%.15g", pow(base, eneg ? -ex : ex));
	if (zp_dec_parse(&z->x, buf, strlen(buf)) != 0)
		return GO_ON;
	z->x.neg = st->nu.neg && !zp_dec_is_zero(&z->x);
	m = num_new_ment(z, st->s, q, ZP_NK_NUMBER);
	num_set_value(z, m, &z->x);
	return done(st, q);
}

/*
 * 一打, 五十打, 十打苹果: dozens, 12 each.  Not before a word that makes
 * 打 a verb (打折, 三打一, 打了).
 */
enum step
num_st_dozen(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, e = st->e;
	struct ment *m;

	if (!(e < n && cp[e] == 0x6253 && (st->nu.flags & ZP_CNUM_CHINESE) &&
	        !(st->nu.flags &
	            (ZP_CNUM_ARABIC | ZP_CNUM_VAGUE | ZP_CNUM_FRACTION |
	                ZP_CNUM_BIG))) ||
	    st->percent_prefix || st->curprefix[0] ||
	    (e + 1 < n &&
	        (zp_cnum_starts(cp[e + 1]) ||
	            strchr_cp("折了败赢平出入开工电车球分着过听算印造响破击通压"
	                      "包卡扰扮法理架斗动消",
	                cp[e + 1]))))
		return GO_ON;
	zp_dec_copy(&z->x, &st->c->val);
	zp_dec_mul_small(&z->x, 12);
	z->x.neg = st->nu.neg && !zp_dec_is_zero(&z->x);
	m = num_new_ment(z, st->pstart, e + 1, ZP_NK_NUMBER);
	num_set_value(z, m, &z->x);
	return done(st, e + 1);
}

/*
 * 7 2 折, 九 九 折: a discount spelled digit by digit with spaces, 72 %.
 */
enum step
num_st_spaced_discount(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, e = st->e, q;
	int d1, d2;
	struct ment *m;

	if (!(e + 2 < n && e == st->i + 1 && cp[e] == ' ' &&
	        (d1 = zp_cnum_digit(cp[st->i])) > 0 &&
	        (d2 = zp_cnum_digit(cp[e + 1])) >= 0 &&
	        is_adigit(cp[st->i]) == is_adigit(cp[e + 1])))
		return GO_ON;
	q = e + 2 < n && cp[e + 2] == ' ' ? e + 3 : e + 2;
	if (!(q < n && cp[q] == 0x6298))
		return GO_ON;
	zp_dec_set_u64(&z->x, (uint64_t)d1 * 10 + (uint64_t)d2);
	m = num_new_ment(z, st->pstart, q + 1, ZP_NK_PERCENT);
	num_set_value(z, m, &z->x);
	unit_copy(m, "%");
	return done(st, q + 1);
}
