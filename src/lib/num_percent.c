/*
 * num_percent -- the percent stages of a figure: 百分之百, the 百分之 /
 * 千分之 / 万分之 prefixes, and 成 and 折 only where they are shares
 * (七成 is 70 %, 成本 and 折旧 are words).  Run by num_scan.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num_internal.h"

/* 百分之百: 100 %, unless more digits or 分 follow (百分之百分). */
enum step
num_st_percent_whole(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t i = st->i, n = st->n;
	struct ment *m;

	if (!(match_len(z, i, "百分之百") == 4 &&
	        !(i + 4 < n &&
	            (zp_cnum_digit(cp[i + 4]) >= 0 || cp[i + 4] == 0x5206))))
		return GO_ON;
	m = num_new_ment(z, i, i + 4, ZP_NK_PERCENT);
	zp_dec_set_u64(&z->x, 100);
	num_set_value(z, m, &z->x);
	unit_copy(m, "%");
	return done(st, i + 4);
}

/* The power of ten of a scale character of a 分之 prefix, or -1. */
static int
prefix_scale(uint32_t c)
{
	switch (c) {
	case 0x5341: /* 十 */
		return 1;
	case 0x767E: /* 百 */
	case 0x4F70: /* 佰 */
		return 2;
	case 0x5343: /* 千 */
	case 0x4EDF: /* 仟 */
		return 3;
	case 0x4E07: /* 万 */
	case 0x842C: /* 萬 */
		return 4;
	case 0x4EBF: /* 亿 */
	case 0x5104: /* 億 */
		return 8;
	default:
		return -1;
	}
}

/*
 * 百分之, 千分之, 万分之, and the compounds 百万分之, 万万分之, 亿分之
 * before the numeral (not 三百分之, nor 十分之 alone, a fraction).
 */
enum step
num_st_percent_prefix(struct scan *st)
{
	const uint32_t *cp = st->cp;
	size_t s = st->s, k;
	int e = 0, u;

	if (st->ordinal ||
	    !(s >= 3 && cp[s - 1] == 0x4E4B && cp[s - 2] == 0x5206))
		return GO_ON;
	for (k = s - 2;
	     k > 0 && k + 4 > s - 2 && (u = prefix_scale(cp[k - 1])) >= 0; k--)
		e += u;
	if (e < 2 || (k == s - 3 && cp[k] == 0x5341) ||
	    (k >= 1 && zp_cnum_digit(cp[k - 1]) >= 0))
		return GO_ON;
	st->pct_exp = 2 - e;
	st->percent_prefix = true;
	st->pstart = st->s = k;
	return GO_ON;
}

/* The first characters after 成 that make a word (成本, 成交). */
static const char *const cheng_words[] = {
	"为",
	"立",
	"本",
	"交",
	"员",
	"功",
	"果",
	"长",
	"熟",
	"品",
	"就",
	"绩",
	"分",
	"效",
	"型",
	"份",
	"都",
	"年",
};

/* The first characters after 折 that make a word (折合, 折旧). */
static const char *const zhe_words[] = {
	"合",
	"旧",
	"算",
	"扣",
	"价",
	"让",
	"损",
	"返",
	"叠",
	"射",
	"线",
	"腾",
	"半",
	"中",
};

static bool
starts_any(struct zp_numbers *z, size_t p, const char *const *w, size_t nw)
{
	for (size_t k = 0; k < nw; k++)
		if (starts_with(z, p, w[k]))
			return true;
	return false;
}

/* 三成, 九折: shares, unless a word goes on (成本, 折旧, 负九折). */
enum step
num_st_percent_unit(struct scan *st)
{
	struct zp_numbers *z = st->z;
	size_t uend = st->uend, n = st->n;

	if (st->ucls == U_CHENG && uend < n &&
	    starts_any(
	        z, uend, cheng_words, sizeof cheng_words / sizeof *cheng_words))
		st->ucls = U_NONE;
	if (st->ucls == U_ZHE &&
	    ((uend < n &&
	         starts_any(z, uend, zhe_words,
	             sizeof zhe_words / sizeof *zhe_words)) ||
	        st->nu.neg || (st->nu.flags & (ZP_CNUM_BIG | ZP_CNUM_VAGUE))))
		st->ucls = U_NONE;
	return GO_ON;
}

/*
 * Is the clause around [s, e) about a policy rate?  碼 is a quarter point
 * only there: 號碼, 密碼 and the 三碼 of a lottery draw are not.  A rate
 * word more than 40 characters away counts as another clause's.
 */
static bool
rate_clause(struct zp_numbers *z, size_t s, size_t e)
{
	static const char *const w[] = { "加息", "升息", "降息", "減息", "减息",
		"利率", "貼現率", "贴现率" };
	size_t lo = last_before(z->clause, z->nclause, s), hi = e;

	/* Within 40 characters either side: a clause without marks (a run
	 * of 一碼一碼…) must not make each figure read all of it. */
	if (lo + 40 < s)
		lo = s - 40;
	while (hi < z->n && hi < e + 40 && !is_clause_mark(z->cp[hi]))
		hi++;
	for (size_t p = lo; p + 2 <= hi; p++)
		for (size_t k = 0; k < sizeof w / sizeof *w; k++)
			if (match_len(z, p, w[k]) != 0 &&
			    p + lit_len(w[k]) <= hi)
				return true;
	return false;
}

/*
 * The mention of a number of 碼 (a quarter of a percentage point, the
 * step of Taiwanese and Hong Kong rate decisions) at [s, e): its value in
 * percentage points is n / 4, plus 1/8 for a 半 after (一碼半); half
 * alone (半碼) has n = 0.
 */
static void
ma_mention(struct scan *st, size_t s, size_t e, bool vague, bool half)
{
	struct zp_numbers *z = st->z;
	struct zp_dec h = ZP_DEC_INIT;
	struct ment *m = num_new_ment(z, s, e, ZP_NK_PERCENT);

	zp_dec_mul_small(&z->x, 250);
	if (half) {
		zp_dec_set_u64(&h, 125);
		zp_dec_add(&z->x, &h);
		zp_dec_free(&h);
	}
	zp_dec_shift(&z->x, -3);
	if (vague) {
		m->vmode = 2;
		m->approx = true;
	} else {
		num_set_value(z, m, &z->x);
	}
	m->ucls = U_PP;
	unit_copy(m, "pp");
	num_look_back(z, m, s, last_before(z->clause, z->nclause, s), false);
	num_hedge_after(z, m, e);
}

/* 升息一碼, 降息3碼, 一碼半: quarter points in a rate clause. */
enum step
num_st_rate_step(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t e = st->e, n = st->n;
	bool half;

	if (!(e < n && (cp[e] == 0x78BC || cp[e] == 0x7801) && !st->ordinal &&
	        !st->nu.neg && !st->curprefix[0] && !st->percent_prefix &&
	        !(st->nu.flags & (ZP_CNUM_FRACTION | ZP_CNUM_SEQ)) &&
	        rate_clause(z, st->s, e + 1)))
		return GO_ON;
	half = e + 1 < n && cp[e + 1] == 0x534A;
	zp_dec_copy(&z->x, &st->c->val);
	ma_mention(
	    st, st->s, e + 1 + half, (st->nu.flags & ZP_CNUM_VAGUE) != 0, half);
	return done(st, e + 1 + half);
}

/* 半碼: an eighth of a point, in a rate clause (減息半碼). */
enum step
num_st_half_step(struct scan *st)
{
	struct zp_numbers *z = st->z;
	size_t i = st->i;

	if (!(st->cp[i] == 0x534A && i + 1 < st->n &&
	        (st->cp[i + 1] == 0x78BC || st->cp[i + 1] == 0x7801) &&
	        rate_clause(z, i, i + 2)))
		return GO_ON;
	zp_dec_zero(&z->x);
	ma_mention(st, i, i + 2, false, true);
	return done(st, i + 2);
}
