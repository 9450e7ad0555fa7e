/*
 * num_range -- ranges and bounds: the scan stages for a second end (51亿至
 * 57亿美元, 20和30之间, 三到四), the hedges around a figure (约, 超过, 左右,
 * 以上), and the pass that merges a lower and an upper bound into one range.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

/*
 * The one place a range's ends become its min and max, so every range the
 * finder writes is ordered.  a is the end written first.  Ends written
 * high to low have no consistent reading, but for two negatives written by
 * their size (亏损-2.98元至-2.72万元): a loss range, taken literally.
 * Otherwise the figure keeps no min and max: value null, approx, a note.
 */
void
num_set_range(struct zp_numbers *z, struct ment *m, const struct zp_dec *a,
    const struct zp_dec *b)
{
	if (zp_dec_cmp(a, b) > 0) {
		const struct zp_dec *t = a;

		m->note = "negative range written by size; min and max taken "
		          "literally";
		if (!(a->neg && b->neg)) {
			m->vmode = 2;
			m->approx = true;
			m->note =
			    "range ends out of order: no consistent reading";
			return;
		}
		a = b;
		b = t;
	}
	if (beyond_double(a) || beyond_double(b)) {
		m->vmode = 2;
		m->note = "value too large to write as a JSON number";
		return;
	}
	m->v0 = z->vals.len;
	zp_dec_format(a, &z->vals);
	m->v1 = m->m0 = z->vals.len;
	zp_dec_format(b, &z->vals);
	m->m1 = z->vals.len;
	m->vmode = 3;
}

/*
 * Looks back from p for hedges and a change verb.  Returns the new start of
 * the hedged zone; sets approx/bound/change on m.
 */
void
num_look_back(
    struct zp_numbers *z, struct ment *m, size_t p, size_t lo, bool period_unit)
{
	const uint32_t *cp = z->cp;
	size_t len;
	int k, steps;
	bool hedge_done = false;

	for (steps = 0; steps < 6 && p > lo; steps++) {
		size_t hl = 0;
		int h = lex_match(&z->hedge_b, cp, lo, z->n, p, &hl);

		k = lex_match(&z->verbs, cp, lo, z->n, p, &len);
		/* 不到 is a hedge, not the 到 of a level reached. */
		if (k >= 0 && !(h >= 0 && hl > len)) {
			int v = z->verbs.e[k].cls;

			if (v == V_LEVEL)
				return;
			/* 降 in 下降: the longest verb already matched. */
			m->change = v == V_UP ? 'u' : 'd';
			return;
		}
		k = h;
		len = hl;
		if (k < 0)
			return;
		switch (z->hedge_b.e[k].cls) {
		case H_APPROX:
			if (!hedge_done)
				m->approx = true;
			hedge_done = true;
			break;
		case H_LOWER:
			if (!hedge_done) {
				m->approx = true;
				m->bound = 'l';
			}
			hedge_done = true;
			break;
		case H_UPPER:
			if (!hedge_done) {
				m->approx = true;
				m->bound = 'u';
			}
			hedge_done = true;
			break;
		case H_NEAR:
			/* 近五年 is "the last five years", not a hedge. */
			if (!hedge_done && !period_unit) {
				m->approx = true;
				m->bound = 'u';
			}
			hedge_done = true;
			break;
		default:
			break;
		}
		p -= len;
	}
}

/* Hedges after a figure ending at p: 左右, 以上, 多 (五倍多, 一年多). */
void
num_hedge_after(struct zp_numbers *z, struct ment *m, size_t p)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n, len;
	int k = lex_match(&z->hedge_a, cp, 0, n, p, &len);

	/* 170 之下, 60 以上: a word hedge after one space (not 多, 余). */
	if (k < 0 && p + 2 < n && is_space(cp[p])) {
		k = lex_match(&z->hedge_a, cp, 0, n, p + 1, &len);
		if (k >= 0 && len < 2)
			k = -1;
		p++;
	}
	if (k < 0)
		return;
	/* 多家, 多数, 多少, 多元: the next word, not a hedge. */
	if (cp[p] == 0x591A && p + 1 < n &&
	    (unit_at(z, p + 1, &len) >= 0 ||
	        strchr_cp("数少样方地元年个", cp[p + 1])))
		return;
	if (cp[p] == 0x4E0A && p + 2 < n && cp[p + 2] == 0x6E38) /* 上下游 */
		return;
	m->approx = true;
	if (z->hedge_a.e[k].cls == H_LOWER)
		m->bound = 'l';
	else if (z->hedge_a.e[k].cls == H_UPPER)
		m->bound = 'u';
}

/*
 * 大于10小于20, 1000以上，1500以下, 不低于5%、不高于8%: a lower and an
 * upper bound on one quantity next to each other are a range.
 */
void
num_merge_bounds(struct zp_numbers *z)
{
	static const char gapset[] =
	    "大于小于等不低高超过以上下并且而同时的或者、，,和及至多少最 ";
	size_t w = 0;

	for (size_t i = 0; i < z->nm; i++) {
		struct ment *a, *b;
		bool ok = true;

		z->m[w] = z->m[i];
		a = &z->m[w];
		w++;
		if (i + 1 >= z->nm)
			continue;
		b = &z->m[i + 1];
		if (!a->bound || !b->bound || a->bound == b->bound ||
		    a->vmode != 1 || b->vmode != 1 || b->s < a->e ||
		    b->s - a->e > 10)
			continue;
		/* 最多100最少20个: the bare end takes the other's unit. */
		if (a->kind != b->kind || strcmp(a->unit, b->unit) != 0) {
			if (a->bare && a->unit[0] == '\0') {
				a->kind = b->kind;
				memcpy(a->unit, b->unit, sizeof a->unit);
				a->yuan = b->yuan;
				a->ych = b->ych;
			} else if (!(b->bare && b->unit[0] == '\0')) {
				continue;
			}
		}
		for (size_t k = a->e; k < b->s && ok; k++)
			ok = strchr_cp(gapset, z->cp[k]);
		if (!ok)
			continue;
		{
			struct ment *lo = a->bound == 'l' ? a : b;
			struct ment *hi = a->bound == 'l' ? b : a;
			size_t v0 = lo->v0, v1 = lo->v1, m0 = hi->v0,
			       m1 = hi->v1;

			/* 大于50小于12 bounds nothing: two bounds stay. */
			if (num_val_num(z, v0, v1) > num_val_num(z, m0, m1))
				continue;

			a->v0 = v0;
			a->v1 = v1;
			a->m0 = m0;
			a->m1 = m1;
			a->vmode = 3;
			a->bound = 0;
			a->approx = true;
			a->e = b->e;
			a->bare = false;
			i++;
		}
	}
	z->nm = w;
}

/* ---------------------------------------------------------------------- */
/* The range stages of a figure (run by num_scan.c). */

/*
 * 20和30之间, 10000与20000间: "between" makes a range too.  Sets *jian
 * when 间 right after the second numeral is "between" (not rooms).
 */
static bool
range_between(struct scan *st, size_t q, bool *jian)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, l2 = 0, r;
	struct num nu2;
	int k2;

	if (!(q + 1 < n &&
	        (cp[q] == 0x548C || cp[q] == 0x4E0E || cp[q] == 0x53CA) &&
	        !(st->nu.flags & ZP_CNUM_VAGUE) &&
	        num_numeral(z, &z->b, q + 1, &nu2) == 0))
		return false;
	r = nu2.e;
	k2 = unit_at(z, r, &l2);
	if (k2 >= 0)
		r += l2;
	if (starts_with(z, r, "之间") || starts_with(z, r, "间"))
		return true;
	/* 10000与20000间 at a clause end: 间 is "between", not the
	 * classifier of rooms. */
	if (starts_with(z, nu2.e, "间") &&
	    (nu2.e + 1 >= n || !is_cjk(cp[nu2.e + 1]))) {
		*jian = true;
		return true;
	}
	return false;
}

/*
 * The unit after the second end nu2 (past 余元, 多家's hedge): its table
 * index or -1, with its start in *u2 and length in *l2.
 */
static int
second_unit(
    struct scan *st, const struct num *nu2, bool jian, size_t *u2, size_t *l2)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	int k2 = jian ? -1 : unit_at(z, nu2->e, l2);

	*u2 = nu2->e;
	if (k2 < 0 && !jian && nu2->e + 1 < st->n &&
	    (cp[nu2->e] == 0x591A || cp[nu2->e] == 0x4F59 ||
	        cp[nu2->e] == 0x9918) &&
	    (k2 = unit_at(z, nu2->e + 1, l2)) >= 0) {
		if (z->units.e[k2].cls == U_MONTH ||
		    z->units.e[k2].cls == U_DA || z->units.e[k2].cls == U_QTY)
			k2 = -1;
		else
			*u2 = nu2->e + 1;
	}
	return k2;
}

/* Do the two ends (second one's unit class c2, code2) make a range? */
static bool
ends_agree(struct scan *st, const struct num *nu2, bool between, int c2,
    const char *code2)
{
	bool ok;

	if (st->ucls == U_NONE)
		ok = true;
	else
		ok = c2 == st->ucls &&
		    (st->code == NULL || code2 == NULL ||
		        strcmp(st->code, code2) == 0);
	if (ok && c2 == U_NONE && st->ucls != U_NONE)
		ok = st->ucls == U_PCT;
	/* Bare 1-2 may be a score or a code; with a scale word it is an
	 * amount: 3万-5万, 5k-20k. */
	if (ok && st->ucls == U_NONE && c2 == U_NONE &&
	    (st->nu.flags & ZP_CNUM_ARABIC) && !between &&
	    !(nu2->flags & ZP_CNUM_BIG) && st->z->b.last_unit < 3)
		ok = false;
	return ok;
}

/*
 * The scale of the second end carried to the first (1-2亿元, 20~35k元,
 * 两到三仟, 二十到三十万): only when the first has no scale word of its own
 * (百 千 万 亿 k; 十 is part of the numeral) and the result stays ordered
 * (从6500到2万 keeps 6500).  z->x is the first end, unsigned yet; u2 the
 * second end's last scale.
 */
static void
carry_scale(struct scan *st, int u2)
{
	struct zp_numbers *z = st->z;

	if (st->ucls != U_NONE || u2 < 2 || st->c->last_unit >= 2 ||
	    zp_dec_is_zero(&z->x))
		return;
	zp_dec_shift(&z->x, u2);
	if (zp_dec_cmp(&z->x, &z->y) > 0)
		zp_dec_shift(&z->x, -(int64_t)u2);
}

/* The second end nu2 (after the connector at q, signed when neg2) taken:
 * both values into z->x and z->y, the unit from the second if needed. */
static void
take_range(struct scan *st, const struct num *nu2, bool neg2, int k2, size_t u2,
    size_t l2, int c2, const char *code2)
{
	struct zp_numbers *z = st->z;

	zp_dec_copy(&z->x, &st->c->val);
	zp_dec_copy(&z->y, &z->b.val);
	if (!st->nu.neg && !neg2)
		carry_scale(st, z->b.last_unit);
	z->x.neg = st->nu.neg && !zp_dec_is_zero(&z->x);
	z->y.neg = neg2 && !zp_dec_is_zero(&z->y);
	st->range = true;
	st->range_more = u2 > nu2->e;
	if (st->ucls == U_NONE) {
		st->ucls = c2;
		st->code = code2;
		/* NOLINTNEXTLINE(bugprone-signed-char-misuse,cert-str34-c) */
		st->uexp = k2 >= 0 ? z->units.e[k2].exp : 0;
		st->ustart = u2;
	}
	st->uend = c2 != U_NONE ? u2 + l2 : nu2->e;
	if (k2 >= 0 && c2 != U_NONE)
		st->ustart = u2;
}

/*
 * The connector at q: 至 到 ~ ～ 〜 - － – — and the doubled dashes -- ——
 * (one separator, never a sign).  Its length, or 0; *dash when it is a
 * dash, after which a minus is still the separator.
 */
static size_t
connector(const uint32_t *cp, size_t n, size_t q, bool *dash)
{
	if (q >= n || !is_range_conn(cp[q]))
		return 0;
	*dash = cp[q] != 0x81F3 && cp[q] != 0x5230 && cp[q] != '~' &&
	    cp[q] != 0xFF5E && cp[q] != 0x301C;
	if (*dash && q + 1 < n && cp[q + 1] == cp[q])
		return 2;
	return 1;
}

/* 3万(含)-6万元: an inclusion mark between the first end and the
 * connector; the position after it, or q. */
static size_t
skip_inclusive(struct zp_numbers *z, size_t q)
{
	size_t l = match_len(z, q, "(含)");

	if (l == 0)
		l = match_len(z, q, "（含）");
	return q + l;
}

/*
 * 3-4月 (March to April): two months of a date, not a duration.  The
 * date range "--03/--04" as one mention, when both are months and
 * ordered.
 */
static bool
month_range(struct scan *st, const struct num *nu2, int k2, size_t l2)
{
	struct zp_numbers *z = st->z;
	long a = small_int(&st->c->val), b = small_int(&z->b.val);
	struct ment *m;

	if (k2 < 0 || z->units.e[k2].cls != U_MONTH || st->ucls != U_NONE ||
	    st->nu.neg || st->nu.single || !(st->nu.flags & ZP_CNUM_ARABIC) ||
	    !(a >= 1 && a < b && b <= 12))
		return false;
	m = num_new_ment(z, st->pstart, nu2->e + l2, ZP_NK_DATE);
	snprintf(m->date, sizeof m->date, "--%02ld/--%02ld", a, b);
	st->next = m->e;
	return true;
}

/* Ranges: 51亿至57亿美元, 1-2亿元, 43%-67%, 三到四年, 3至4成. */
enum step
num_st_range(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, q, r, len, l2 = 0, u2, cl = 0;
	bool between, jian = false, neg2 = false, dash = false;
	const char *code2;
	struct num nu2;
	int k2, c2;

	q = skip_inclusive(z, st->uend);
	/* 20 - 100: one space either side of the connector. */
	if (q + 2 < n && is_space(cp[q]) && is_range_conn(cp[q + 1]))
		q++;
	between = q == st->uend && range_between(st, q, &jian);
	if (!between)
		cl = connector(cp, n, q, &dash);
	if (!(q + cl < n && (cl > 0 || between) &&
	        !(st->nu.flags & ZP_CNUM_VAGUE)))
		return GO_ON;
	r = q + (between ? 1 : cl);
	if (q > st->uend && r + 1 < n && is_space(cp[r]))
		r++;
	/* A minus after 至 or ~ signs the second end; after a dash it is
	 * part of the separator. */
	if (cp[r] == 0x8D1F || cp[r] == 0x8CA0 ||
	    (!dash && is_minus(cp[r]) && r + 1 < n && is_adigit(cp[r + 1]))) {
		neg2 = true;
		r++;
	}
	if (!(num_numeral_unit(z, &z->b, r, &nu2) == 0 &&
	        !(nu2.flags & (ZP_CNUM_VAGUE | ZP_CNUM_BADSCALE)) &&
	        !(nu2.e < n && is_latin(cp[nu2.e]) &&
	            unit_at(z, nu2.e, &len) < 0) &&
	        !((st->nu.flags & ZP_CNUM_ARABIC) !=
	                (nu2.flags & ZP_CNUM_ARABIC) &&
	            dash)))
		return GO_ON;
	k2 = second_unit(st, &nu2, jian, &u2, &l2);
	if (dash && !neg2 && u2 == nu2.e && month_range(st, &nu2, k2, l2))
		return DONE;
	c2 = k2 >= 0 ? z->units.e[k2].cls : U_NONE;
	code2 = k2 >= 0 ? z->units.e[k2].code : NULL;
	if (c2 == U_YEAR || c2 == U_FY || c2 == U_QUARTER || c2 == U_MONTH ||
	    c2 == U_DAY)
		c2 = U_DUR;
	if (c2 == U_DUR && k2 >= 0)
		code2 = NULL;
	if (ends_agree(st, &nu2, between, c2, code2))
		take_range(st, &nu2, neg2, k2, u2, l2, c2, code2);
	return GO_ON;
}

/* 三到四: a range without a unit. */
enum step
num_st_bare_range(struct scan *st)
{
	struct zp_numbers *z = st->z;
	struct ment *m;

	if (!(st->ucls == U_NONE && !st->percent_prefix && !st->curprefix[0] &&
	        st->range))
		return GO_ON;
	m = num_new_ment(z, st->pstart, st->uend, ZP_NK_NUMBER);
	num_set_range(z, m, &z->x, &z->y);
	num_look_back(z, m, st->pstart, st->lo, false);
	return done(st, st->uend);
}
