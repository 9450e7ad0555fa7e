/*
 * num_money -- money beyond the unit lookup: the scan stages for currency
 * prefixes (US$, 人民币), orders of magnitude (千亿级) and a currency name
 * after 元 (元港币, 元/股), and the sub-units after a currency (五元三角,
 * 两美元又三美分).  The currency words are in num_lex.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

/*
 * After 元 or 美元 at p: 三角, 5毛, 6角3分, 又三美分.  Adds the amounts to v
 * (in the main unit) and returns the end of what was read.
 */
size_t
num_subunits_after(
    struct zp_numbers *z, size_t p, const char *code, struct zp_dec *v)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n, q = p;
	struct num nu;
	int step;

	if (q < n && (cp[q] == 0x53C8 || cp[q] == 0x96F6)) /* 又 零 */
		q++;
	for (step = 0; step < 2; step++) {
		size_t l = 0;
		int exp = 0;

		if (q >= n || num_numeral(z, &z->b, q, &nu) != 0 ||
		    (nu.flags &
		        ~(ZP_CNUM_ARABIC | ZP_CNUM_CHINESE |
		            ZP_CNUM_CAPITAL)) ||
		    nu.e != q + 1)
			break;
		if (strcmp(code, "CNY") == 0 || strcmp(code, "HKD") == 0) {
			/* 角 毛, and 毫 as Hong Kong writes 角. */
			if (nu.e < n &&
			    (cp[nu.e] == 0x89D2 || cp[nu.e] == 0x6BDB ||
			        cp[nu.e] == 0x6BEB) &&
			    step == 0) {
				exp = -1;
				l = 1;
			} else if (step == 0 && q == p && p > 0 &&
			    (cp[p - 1] == 0x5757 || cp[p - 1] == 0x584A) &&
			    (nu.e >= n || !is_cjk(cp[nu.e]))) {
				/* 两块五: the digit after 块 is 角. */
				zp_dec_shift(&z->b.val, -1);
				zp_dec_add(v, &z->b.val);
				return nu.e;
			} else if (nu.e < n && cp[nu.e] == 0x5206 &&
			    !(nu.e + 1 < n &&
			        (cp[nu.e + 1] == 0x4E4B ||
			            cp[nu.e + 1] == 0x949F))) {
				exp = -2;
				l = 1;
			}
		} else if (strcmp(code, "USD") == 0 && step == 0) {
			if ((l = match_len(z, nu.e, "美分")) != 0)
				exp = -2;
		} else if (strcmp(code, "JPY") == 0 && step == 0) {
			/* 10日元5銭: the sen, a hundredth. */
			if ((l = match_len(z, nu.e, "日本銭")) != 0 ||
			    (l = match_len(z, nu.e, "銭")) != 0)
				exp = -2;
		}
		if (l == 0)
			break;
		zp_dec_shift(&z->b.val, exp);
		zp_dec_add(v, &z->b.val);
		q = p = nu.e + l;
		if (exp == -2)
			break;
	}
	return p;
}

/* ---------------------------------------------------------------------- */
/* The money stages of a figure (run by num_scan.c). */

/* 亿元级, 千亿级: an order of magnitude of money, not a value. */
enum step
num_st_magnitude(struct scan *st)
{
	static const char *const lv[][2] = {
		{ "亿元级", "100000000" },
		{ "百亿级", "10000000000" },
		{ "千亿级", "100000000000" },
		{ "万亿级", "1000000000000" },
		{ "百亿元级", "10000000000" },
		{ "千亿元级", "100000000000" },
		{ "万亿元级", "1000000000000" },
	};
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t i = st->i;
	struct ment *m;

	if (i + 1 >= st->n ||
	    (cp[i + 1] != 0x5143 && cp[i + 1] != 0x7EA7 && cp[i + 1] != 0x4EBF))
		return GO_ON;
	for (size_t t = 0; t < sizeof lv / sizeof *lv; t++) {
		size_t l = match_len(z, i, lv[t][0]);

		if (l == 0)
			continue;
		m = num_new_ment(z, i, i + l, ZP_NK_MONEY);
		zp_dec_parse(&z->x, lv[t][1], strlen(lv[t][1]));
		num_set_value(z, m, &z->x);
		unit_copy(m, "CNY");
		m->approx = true;
		m->note = "order of magnitude";
		return done(st, i + l);
	}
	return GO_ON;
}

/* A currency before the numeral (US$, 人民币, ¥), up to two spaces away. */
enum step
num_st_currency_prefix(struct scan *st)
{
	struct zp_numbers *z = st->z;
	size_t p = st->s, len;
	int k;

	if (st->ordinal || st->percent_prefix)
		return GO_ON;
	while (p > 0 && p + 2 > st->s && is_space(st->cp[p - 1]))
		p--;
	k = lex_match(&z->prefix, st->cp, 0, st->n, p, &len);
	/* 3亿美元5: 美元 is the unit of the figure before, not a prefix. */
	if (k >= 0 && z->nm > 0 && z->m[z->nm - 1].e > p - len)
		k = -1;
	if (k >= 0) {
		snprintf(st->curprefix, sizeof st->curprefix, "%s",
		    z->prefix.e[k].code);
		st->pstart = st->s = p - len;
	}
	return GO_ON;
}

/* 人民币3家: a prefix only for money; 元人民币 and 元/股 after 元. */
enum step
num_st_currency_unit(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n;

	/* 万元 after a currency prefix: the prefix decides the currency. */
	if (st->curprefix[0] && st->ucls != U_CUR && st->ucls != U_NONE) {
		st->curprefix[0] = '\0';
		st->s = st->i - (st->nu.neg ? 1 : 0);
		st->pstart = st->s;
	}
	/* 元人民币, 元港币: a currency name after 元 wins. */
	if (st->ucls == U_CUR && st->code != NULL &&
	    strcmp(st->code, "CNY") == 0 && cp[st->uend - 1] == 0x5143) {
		size_t l2;
		int k2 = lex_match(&z->units, cp, 0, n, st->uend, &l2);

		if (k2 >= 0 && z->units.e[k2].cls == U_CUR &&
		    z->units.e[k2].exp == 0 && cp[st->uend] != 0x5143) {
			st->code = z->units.e[k2].code;
			st->uend += l2;
		}
	}
	/* 397.01元/股, 5000元/吨: a per-unit price. */
	if (st->ucls == U_CUR && st->uend + 1 < n && cp[st->uend] == '/' &&
	    is_cjk(cp[st->uend + 1]))
		st->uend += 2;
	return GO_ON;
}
