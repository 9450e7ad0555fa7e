/*
 * num_date -- dates and periods: the scan stages that read them (2024年2月
 * 21日, 2023Q4, FY2026, 前三季度, 10时30分, 民国112年), the period anchors
 * that figures link to, the year written before a figure, and the pass
 * over period words that are not figures (上半年, 去年).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

void
num_add_anchor(
    struct zp_numbers *z, size_t s, size_t e, const char *label, bool year)
{
	struct anchor *a;

	if (z->nan == z->ancap) {
		z->ancap = z->ancap ? z->ancap * 2 : 16;
		z->an = zp_xreallocarray(z->an, z->ancap, sizeof *z->an);
	}
	a = &z->an[z->nan++];
	a->s = s;
	a->e = e;
	snprintf(a->label, sizeof a->label, "%s", label);
	a->year = year;
	a->local = a->skip = false;
	a->subj = -3;
}

/*
 * The year a relative word (去年, 今年) right before position p stands for,
 * with the record's date; 0 when none.
 */
int
num_rel_year(struct zp_numbers *z, size_t p, size_t *wstart)
{
	size_t len;
	int k;

	if (z->ctx == NULL || z->ctx->year == 0)
		return 0;
	k = lex_match(&z->relyear, z->cp, 0, z->n, p, &len);
	if (k < 0)
		return 0;
	*wstart = p - len;
	return z->ctx->year + z->relyear.e[k].exp;
}

/* Year written just before p (a date mention ending at p), or 0. */
int
num_year_before(struct zp_numbers *z, size_t p)
{
	size_t ws;

	while (p > 0 && is_space(z->cp[p - 1]))
		p--;
	for (size_t i = z->nm; i-- > 0;) {
		struct ment *m = &z->m[i];

		if (m->e < p)
			break;
		if (m->e == p && m->kind == ZP_NK_DATE && strlen(m->date) == 4)
			return (m->date[0] - '0') * 1000 +
			    (m->date[1] - '0') * 100 + (m->date[2] - '0') * 10 +
			    (m->date[3] - '0');
	}
	return num_rel_year(z, p, &ws);
}

void
num_fmt_period(char *out, size_t size, int year, const char *q)
{
	char y[16] = "";
	size_t l;

	if (year > 0)
		snprintf(y, sizeof y, "%04d-", year % 10000);
	l = strlen(y);
	if (l >= size)
		l = size - 1;
	memcpy(out, y, l);
	out[l] = '\0';
	strncat(out, q, size - 1 - l);
}

/*
 * A quarter after a numeral (第四季度, 四季度, 三季报): sets the mention
 * and returns true.
 */
bool
num_quarter(struct zp_numbers *z, size_t s, struct num *nu, long v, bool di,
    size_t *endp)
{
	size_t len, e = nu->e;
	int k = unit_at(z, e, &len);
	const char *w;
	char q[64];
	struct ment *m;
	int year;

	if (k < 0 || z->units.e[k].cls != U_QUARTER || v < 1 || v > 4 ||
	    (nu->flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE)))
		return false;
	w = z->units.e[k].code;
	/* A bare N季 without 第 or 度 is a count of quarters. */
	if (!di && strcmp(w, "季") == 0 &&
	    !(e + 1 < z->n &&
	        (z->cp[e + 1] == 0x62A5 || z->cp[e + 1] == 0x5831)))
		return false;
	snprintf(q, sizeof q, "Q%ld", v);
	m = num_new_ment(z, s, e + len, ZP_NK_PERIOD);
	year = num_year_before(z, s);
	num_fmt_period(m->period, sizeof m->period, year, q);
	num_add_anchor(z, s, e + len, m->period, false);
	*endp = e + len;
	return true;
}

/* Period words that are not figures: 上半年, 全年, 去年. */
void
num_period_words(struct zp_numbers *z)
{
	size_t before = z->nan;

	for (size_t i = 0; (i = next_with(z, i, C_PERIODW)) < z->n; i++) {
		uint32_t c = z->cp[i];
		size_t l;
		int k = lex_match(&z->pwords, z->cp, 0, z->n, i, &l), year = 0;
		const char *w;
		char lab[64];

		if (k < 0)
			continue;
		w = z->pwords.e[k].code;
		if (w[0] == '\0') {
			size_t ws;

			/* 去年, 今年: a year with the record's date;
			 * 去年同期 is a basis, not a period. */
			if (starts_with(z, i + l, "同期"))
				continue;
			if (c == 0x5168)
				year = num_year_before(z, i);
			else
				year = num_rel_year(z, i + l, &ws);
			/* 全年 alone is the year in context, which
			 * num_resolve_periods finds. */
			if (year == 0 && c == 0x5168) {
				num_add_anchor(z, i, i + l, "~Y", false);
				continue;
			}
			if (year == 0)
				continue;
			/* A quarter right after takes the year. */
			if (i + l < z->n &&
			    (zp_cnum_starts(z->cp[i + l]) ||
			        z->cp[i + l] == 0x7B2C || z->cp[i + l] == 'Q'))
				continue;
			snprintf(lab, sizeof lab, "%04d", year);
		} else if (w[0] == '~') {
			snprintf(lab, sizeof lab, "%s", w);
		} else {
			size_t ws;

			year = num_year_before(z, i);
			if (year == 0)
				year = num_rel_year(z, i, &ws);
			num_fmt_period(lab, sizeof lab, year, w);
		}
		num_add_anchor(z, i, i + l, lab, false);
	}
	/* Keep anchors sorted by position. */
	if (z->nan > before) {
		for (size_t i = 1; i < z->nan; i++) {
			struct anchor t = z->an[i];
			size_t j = i;

			while (j > 0 && z->an[j - 1].s > t.s) {
				z->an[j] = z->an[j - 1];
				j--;
			}
			z->an[j] = t;
		}
	}
}
/* ---------------------------------------------------------------------- */
/* The date and period stages of a figure (run by num_scan.c). */

/*
 * Q4, FY2026 (and FY26Q3), H1 after Latin letters; else the numeral is
 * inside a Latin code: H100, 3A6000, HBM3E, MI300X, iPhone 17.
 */
enum step
num_st_code_period(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, i = st->i, e = st->e, q;
	char lab[64];
	struct ment *m;

	if (!(i > 0 &&
	        (is_latin(cp[i - 1]) || cp[i - 1] == '_' ||
	            (cp[i - 1] == '-' && i > 1 && is_latin(cp[i - 2])) ||
	            (cp[i - 1] == '.' && i > 1 && is_adigit(cp[i - 2]))) &&
	        (st->nu.flags & ZP_CNUM_ARABIC)))
		return GO_ON;
	q = i - 1;
	if ((cp[q] == 'Q' || cp[q] == 'q') &&
	    (q == 0 || !is_latin(cp[q - 1])) && e == i + 1 && cp[i] >= '1' &&
	    cp[i] <= '4' &&
	    (e >= n || (!is_latin(cp[e]) && !is_adigit(cp[e])))) {
		snprintf(lab, sizeof lab, "Q%c", (char)cp[i]);
		m = num_new_ment(z, q, e, ZP_NK_PERIOD);
		num_fmt_period(
		    m->period, sizeof m->period, num_year_before(z, q), lab);
		num_add_anchor(z, q, e, m->period, false);
		return done(st, e);
	}
	if (q >= 1 && (cp[q] == 'Y' || cp[q] == 'y') &&
	    (cp[q - 1] == 'F' || cp[q - 1] == 'f') &&
	    (q < 2 || !is_latin(cp[q - 2])) &&
	    !(st->nu.flags & ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO))) {
		size_t nd = e - i, end = e;
		long y = small_int(&st->c->val);

		if (nd == 2)
			y += 2000;
		if ((nd == 2 || nd == 4) && y >= 1900 && y < 2200) {
			snprintf(lab, sizeof lab, "FY%ld", y);
			if (end + 1 < n && (cp[end] == 'Q' || cp[end] == 'q') &&
			    cp[end + 1] >= '1' && cp[end + 1] <= '4') {
				snprintf(lab, sizeof lab, "FY%ld-Q%c", y,
				    (char)cp[end + 1]);
				end += 2;
			}
			m = num_new_ment(z, q - 1, end, ZP_NK_PERIOD);
			snprintf(m->period, sizeof m->period, "%s", lab);
			num_add_anchor(z, q - 1, end, lab, false);
			return done(st, end);
		}
	}
	if ((cp[q] == 'H' || cp[q] == 'h') && e == i + 1 &&
	    (cp[i] == '1' || cp[i] == '2') &&
	    (q == 0 || !is_latin(cp[q - 1])) &&
	    (e >= n || (!is_latin(cp[e]) && !is_adigit(cp[e])))) {
		num_add_anchor(z, q, e, cp[i] == '1' ? "H1" : "H2", false);
		return done(st, e);
	}
	return done(st, skip_code(z, e) > e ? skip_code(z, e) : e);
}

/* Arabic followed by letters: 5G, 3D, 3C6000, 7nm; 2023Q4 is a quarter. */
enum step
num_st_year_quarter(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, i = st->i, e = st->e, len;
	char lab[64];
	struct ment *m;
	long y;

	if (!((st->nu.flags & ZP_CNUM_ARABIC) && e < n && is_latin(cp[e])))
		return GO_ON;
	if (unit_at(z, e, &len) >= 0)
		return GO_ON;
	if (!((cp[e] == 'Q' || cp[e] == 'q') && e + 1 < n && cp[e + 1] >= '1' &&
	        cp[e + 1] <= '4' &&
	        (e + 2 >= n ||
	            (!is_latin(cp[e + 2]) && !is_adigit(cp[e + 2]))) &&
	        !(st->nu.flags & ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO)) &&
	        (e - i == 4 || e - i == 2)))
		return done(st, skip_code(z, e));
	y = small_int(&st->c->val);
	if (e - i == 2)
		y += 2000;
	snprintf(lab, sizeof lab, "Q%c", (char)cp[e + 1]);
	m = num_new_ment(z, i, e + 2, ZP_NK_PERIOD);
	num_fmt_period(m->period, sizeof m->period, (int)y, lab);
	num_add_anchor(z, i, e + 2, m->period, false);
	return done(st, e + 2);
}

/* 前三季度, 前三个季度, 前N个月: counted from the start, 前 included. */
enum step
num_st_first_n(struct scan *st)
{
	struct zp_numbers *z = st->z;
	size_t s = st->s, e = st->e, ql;
	struct ment *m;
	long iv;

	if (!(s > 0 && st->cp[s - 1] == 0x524D && !st->nu.neg &&
	        !st->curprefix[0] && !st->percent_prefix))
		return GO_ON;
	iv = small_int(&st->c->val);
	if ((ql = match_len(z, e, "个季度")) ||
	    (ql = match_len(z, e, "季度")) || (ql = match_len(z, e, "个季")) ||
	    (ql = match_len(z, e, "季"))) {
		if (iv >= 2 && iv <= 4) {
			char lab[64];
			int year = num_year_before(z, s - 1);

			m = num_new_ment(z, s - 1, e + ql, ZP_NK_PERIOD);
			num_set_value(z, m, &st->c->val);
			num_unit_surface(z, m, e, e + ql, st->text);
			snprintf(lab, sizeof lab, "Q1-Q%ld", iv);
			num_fmt_period(m->period, sizeof m->period, year, lab);
			num_add_anchor(z, s - 1, e + ql, m->period, false);
			return done(st, e + ql);
		}
	}
	if (iv == 1 && st->nu.single)
		return done(st, e); /* 前一年 */
	if (iv >= 2 &&
	    ((ql = match_len(z, e, "个月")) ||
	        (ql = match_len(z, e, "個月")))) {
		m = num_new_ment(z, s - 1, e + ql, ZP_NK_PERIOD);
		num_set_value(z, m, &st->c->val);
		num_unit_surface(z, m, e, e + ql, st->text);
		return done(st, e + ql);
	}
	return GO_ON;
}

/* After a year and its connector at e: 2024-02-21 (month v2 at n2). */
static enum step
iso_day(struct scan *st, const struct num *n2, long v2)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	struct num n3;
	struct ment *m;
	long v3;

	if (!(num_numeral(z, &z->b, n2->e + 1, &n3) == 0 && n3.e - n3.s <= 2 &&
	        !(n3.flags & ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO))))
		return GO_ON;
	v3 = small_int(&z->b.val);
	if (!(v3 >= 1 && v3 <= 31 && (n3.e >= st->n || !is_adigit(cp[n3.e]))))
		return GO_ON;
	m = num_new_ment(z, st->i, n3.e, ZP_NK_DATE);
	snprintf(m->date, sizeof m->date, "%04ld-%02ld-%02ld", st->iv, v2, v3);
	return done(st, n3.e);
}

/* Year-like numerals with a connector: 2020-2022年, 2024-02-21. */
enum step
num_st_year_iso(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, e = st->e;
	size_t len;
	struct num n2;
	struct ment *m;
	long v2;
	int k;

	if (!(st->yearlike && e + 2 < n &&
	        (cp[e] == '-' || cp[e] == '/' || cp[e] == '.' ||
	            cp[e] == 0x2014 || cp[e] == 0x2013 || cp[e] == '~' ||
	            cp[e] == 0xFF5E || cp[e] == 0x81F3) &&
	        is_adigit(cp[e + 1])))
		return GO_ON;
	if (!(num_numeral(z, &z->b, e + 1, &n2) == 0 &&
	        !(n2.flags & ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO))))
		return GO_ON;
	v2 = small_int(&z->b.val);
	/* 1500-2000元, 2000—2400瓶: amounts, not years. */
	if (n2.e - n2.s == 4 && v2 > st->iv && v2 <= 2999 && cp[e] != '/' &&
	    cp[e] != '.' &&
	    !(n2.e < n && cp[n2.e] != 0x5E74 &&
	        (k = unit_at(z, n2.e, &len)) >= 0 &&
	        z->units.e[k].cls != U_YEAR && z->units.e[k].cls != U_FY &&
	        z->units.e[k].cls != U_MONTH && z->units.e[k].cls != U_DAY &&
	        z->units.e[k].cls != U_QUARTER)) {
		size_t end = n2.e;

		m = num_new_ment(z, st->i, end, ZP_NK_DATE);
		if (end < n && cp[end] == 0x5E74)
			m->e = ++end;
		snprintf(m->date, sizeof m->date, "%ld/%ld", st->iv, v2);
		return done(st, end);
	}
	if (n2.e - n2.s <= 2 && v2 >= 1 && v2 <= 12 && n2.e + 1 < n &&
	    cp[n2.e] == cp[e])
		return iso_day(st, &n2, v2);
	return GO_ON;
}

/*
 * After 年 at end: 2月 and 21日 make 2024年2月21日 one mention.  Writes
 * the date into date and returns the end.
 */
static size_t
month_day_after(struct scan *st, size_t end, char *date, size_t size)
{
	struct zp_numbers *z = st->z;
	struct num n2, n3;
	size_t l2, l3, end2;
	long mo, d;
	int k2, k3;

	if (!(num_numeral(z, &z->b, end, &n2) == 0 &&
	        !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE))))
		return end;
	mo = small_int(&z->b.val);
	k2 = unit_at(z, n2.e, &l2);
	if (!(mo >= 1 && mo <= 12 && k2 >= 0 && z->units.e[k2].cls == U_MONTH))
		return end;
	end2 = n2.e + l2;
	snprintf(date, size, "%04ld-%02ld", st->iv, mo);
	end = end2;
	if (num_numeral(z, &z->b, end2, &n3) == 0) {
		d = small_int(&z->b.val);
		k3 = unit_at(z, n3.e, &l3);
		if (d >= 1 && d <= 31 && k3 >= 0 &&
		    z->units.e[k3].cls == U_DAY) {
			snprintf(
			    date, size, "%04ld-%02ld-%02ld", st->iv, mo, d);
			end = n3.e + l3;
		}
	}
	return end;
}

/* A month at p: 3月, 三月, 1至3月, 1-3月. */
static bool
month_at(struct scan *st, size_t p)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	struct num n2;
	long v;

	if (num_numeral(z, &z->b, p, &n2) != 0 ||
	    (n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE)))
		return false;
	v = small_int(&z->b.val);
	if (v < 1 || v > 12 || n2.e >= st->n)
		return false;
	if (cp[n2.e] == 0x6708) /* 月 */
		return true;
	return strchr_cp("至到-~～—", cp[n2.e]) && n2.e + 1 < st->n &&
	    num_numeral(z, &z->b, n2.e + 1, &n2) == 0 && n2.e < st->n &&
	    cp[n2.e] == 0x6708;
}

bool
num_roc_year(struct scan *st)
{
	static const char *const after[] = { "度", "全年", "上半年", "下半年",
		"前半年", "前三季", "底", "初", "第一季", "第二季", "第三季",
		"第四季", "第1季", "第2季", "第3季", "第4季", "Q1", "Q2", "Q3",
		"Q4", "H1", "H2" };
	struct zp_numbers *z = st->z;
	const struct num *nu = &st->nu;
	size_t i = st->i, e = st->e, w = e - i;
	long iv = st->iv;

	if (nu->neg || st->curprefix[0] || st->percent_prefix ||
	    e + 1 >= st->n || st->cp[e] != 0x5E74 ||
	    (nu->flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE | ZP_CNUM_MORE)))
		return false;
	if (ends_with(z, i, "民國") || ends_with(z, i, "民国"))
		return iv >= 1 && iv <= 300;
	/*
	 * Without 民國, only in a Taiwanese story, as two or three digits
	 * (5年 is five years), and with a date or a period after 年: 112年3月,
	 * 112年第一季, 112年度; 成立112年 and 10年來 stay durations.
	 */
	if (!z->taiwan || iv < 10 || iv > 130 || (w != 2 && w != 3) ||
	    !((nu->flags & ~ZP_CNUM_ARABIC) == 0 ||
	        (nu->flags & ~(ZP_CNUM_CHINESE | ZP_CNUM_SEQ)) == 0) ||
	    ((nu->flags & ZP_CNUM_CHINESE) && !(nu->flags & ZP_CNUM_SEQ)))
		return false;
	for (size_t k = 0; k < sizeof after / sizeof *after; k++)
		if (match_len(z, e + 1, after[k]) != 0)
			return true;
	return month_at(st, e + 1);
}

/* Year-like numerals with a unit: 2023财年, 1980年代, 1949年间, 2024年. */
enum step
num_st_year_unit(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t i = st->i, e = st->e, len, end;
	char date[64];
	struct ment *m;
	int k;

	/* Only a year-like numeral needs the unit looked up here. */
	if (!st->yearlike)
		return GO_ON;
	k = unit_at(z, e, &len);
	if (k < 0)
		return GO_ON;
	if (z->units.e[k].cls == U_FY) {
		char lab[64];

		m = num_new_ment(z, i, e + len, ZP_NK_PERIOD);
		snprintf(lab, sizeof lab, "FY%ld", st->iv);
		snprintf(m->period, sizeof m->period, "%s", lab);
		num_add_anchor(z, i, e + len, lab, false);
		return done(st, e + len);
	}
	if (cp[e] == 0x5E74 && e + 1 < st->n && cp[e + 1] == 0x4EE3) {
		/* 1980年代: the decade. */
		m = num_new_ment(z, i, e + 2, ZP_NK_DATE);
		snprintf(
		    m->date, sizeof m->date, "%ld/%ld", st->iv, st->iv + 9);
		return done(st, e + 2);
	}
	if (z->units.e[k].cls == U_DUR && cp[e] == 0x5E74) {
		/* 1949年间: the year; 间 stays outside. */
		k = lex_match(&z->units, cp, 0, e + 1, e, &len);
	}
	if (!(k >= 0 && z->units.e[k].cls == U_YEAR))
		return GO_ON;
	snprintf(date, sizeof date, "%04ld", st->iv);
	end = month_day_after(st, e + len, date, sizeof date);
	m = num_new_ment(z, i, end, ZP_NK_DATE);
	snprintf(m->date, sizeof m->date, "%s", date);
	if (st->roc)
		m->note = "ROC (民国) year";
	/* A year, or a month of one (2022年12月), sets the period in force;
	 * a day does not. */
	if (strlen(date) == 4 || strlen(date) == 7)
		num_add_anchor(z, i, end, date, true);
	return done(st, end);
}

/* 3·15, 9·11 (month and day joined by a middle dot); 70年代; 民国112年. */
enum step
num_st_short_date(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	const struct num *nu = &st->nu;
	size_t n = st->n, i = st->i, e = st->e;
	long iv = st->iv;
	struct ment *m;

	if ((nu->flags & ZP_CNUM_ARABIC) && !(nu->flags & ~ZP_CNUM_ARABIC) &&
	    iv >= 1 && iv <= 12 && e + 1 < n && cp[e] == 0xB7 && !nu->neg &&
	    !st->curprefix[0]) {
		struct num n2;

		if (num_numeral(z, &z->b, e + 1, &n2) == 0 &&
		    !(n2.flags & ~ZP_CNUM_ARABIC) && n2.e - n2.s <= 2 &&
		    small_int(&z->b.val) >= 1 && small_int(&z->b.val) <= 31) {
			m = num_new_ment(z, i, n2.e, ZP_NK_DATE);
			snprintf(m->date, sizeof m->date, "--%02ld-%02ld", iv,
			    small_int(&z->b.val));
			return done(st, n2.e);
		}
	}
	/* 70年代: a decade of an unknown century, not a duration. */
	if (e + 1 < n && cp[e] == 0x5E74 && cp[e + 1] == 0x4EE3)
		return done(st, e + 2);
	/* 民国112年: a ROC year, 1911 years after the Gregorian count. */
	if ((ends_with(z, i, "民国") || ends_with(z, i, "民國")) && !nu->neg &&
	    iv >= 1 && iv <= 300 && e < n && cp[e] == 0x5E74) {
		m = num_new_ment(z, i, e + 1, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "%04ld", iv + 1911);
		m->note = "ROC (民国) year";
		num_add_anchor(z, i, e + 1, m->date, true);
		return done(st, e + 1);
	}
	return GO_ON;
}

/* Month and day: 2月21日, 10月 (with 去年 before: its year). */
static enum step
month_date(struct scan *st, size_t end)
{
	struct zp_numbers *z = st->z;
	size_t i = st->i, ws = 0;
	long iv = st->iv;
	struct num n2;
	struct ment *m;
	char date[64];
	int year = num_rel_year(z, i, &ws);

	if (year > 0)
		snprintf(date, sizeof date, "%04d-%02ld", year, iv);
	else
		snprintf(date, sizeof date, "--%02ld", iv);
	if (num_numeral(z, &z->b, end, &n2) == 0) {
		long d = small_int(&z->b.val);
		size_t l3;
		int k3 = unit_at(z, n2.e, &l3);

		if (d >= 1 && d <= 31 && k3 >= 0 &&
		    z->units.e[k3].cls == U_DAY &&
		    !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE))) {
			if (year > 0)
				snprintf(date, sizeof date, "%04d-%02ld-%02ld",
				    year, iv, d);
			else
				snprintf(
				    date, sizeof date, "--%02ld-%02ld", iv, d);
			end = n2.e + l3;
		}
	}
	m = num_new_ment(z, i, end, ZP_NK_DATE);
	snprintf(m->date, sizeof m->date, "%s", date);
	return done(st, end);
}

/* 2月21日, 10月, 25日; 12号 alone (a shirt, a line) is a label. */
enum step
num_st_month_day(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	const struct num *nu = &st->nu;
	size_t s = st->s, e = st->e, len;
	long iv = st->iv;
	struct ment *m;
	int k = unit_at(z, e, &len);

	if (k >= 0 && z->units.e[k].cls == U_MONTH && !nu->neg &&
	    !st->curprefix[0] && !st->percent_prefix &&
	    !(nu->flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE | ZP_CNUM_BIG)) &&
	    iv >= 1 && iv <= 12 &&
	    !(s > 0 && (cp[s - 1] == 0x4E2A || cp[s - 1] == 0x500B)))
		return month_date(st, e + len);
	if (k >= 0 && z->units.e[k].cls == U_DAY && cp[e] != 0x65E5 &&
	    !nu->neg && !st->curprefix[0] && !st->percent_prefix)
		return done(st, e + len);
	if (k >= 0 && z->units.e[k].cls == U_DAY &&
	    (nu->flags & ZP_CNUM_ARABIC) && !(nu->flags & ~(ZP_CNUM_ARABIC)) &&
	    iv >= 1 && iv <= 31 && !nu->neg && !st->curprefix[0]) {
		m = num_new_ment(z, st->i, e + len, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "---%02ld", iv);
		return done(st, e + len);
	}
	return GO_ON;
}

/* Is the numeral before 时 or 点 at e an hour? */
static bool
is_hour(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	const struct num *nu = &st->nu;
	size_t n = st->n, i = st->i, e = st->e;

	if (st->nu.neg || st->curprefix[0] || st->percent_prefix ||
	    st->iv < 0 || st->iv > 24 || e >= n ||
	    (nu->flags &
	        (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE | ZP_CNUM_BIG | ZP_CNUM_SEQ)))
		return false;
	if (cp[e] == 0x65F6)
		return !(e + 1 < n &&
		    strchr_cp(
		        "间期代候刻段机尚光效局速空常报针序髦", cp[e + 1]));
	if (cp[e] != 0x70B9 && cp[e] != 0x9EDE)
		return false;
	if (!(nu->flags & ZP_CNUM_ARABIC) &&
	    !(e + 1 < n && zp_cnum_digit(cp[e + 1]) >= 0))
		return true;
	return (e + 1 < n && (cp[e + 1] == 0x949F || cp[e + 1] == 0x534A)) ||
	    ends_with(z, i, "上午") || ends_with(z, i, "下午") ||
	    ends_with(z, i, "晚上") || ends_with(z, i, "凌晨") ||
	    ends_with(z, i, "早上") || ends_with(z, i, "中午") ||
	    ends_with(z, i, "傍晚") || ends_with(z, i, "晚") ||
	    ends_with(z, i, "早") || ends_with(z, i, "夜");
}

/* Clock times: 7时, 10时30分, 下午6点, 9点半. */
enum step
num_st_clock(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, end = st->e + 1;
	long mi = 0;
	struct num n2;
	struct ment *m;

	if (!is_hour(st))
		return GO_ON;
	if (end < n && cp[end] == 0x534A) {
		mi = 30;
		end++;
	} else if (num_numeral(z, &z->b, end, &n2) == 0 && n2.e < n &&
	    cp[n2.e] == 0x5206 &&
	    !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE)) &&
	    small_int(&z->b.val) >= 0 && small_int(&z->b.val) < 60) {
		mi = small_int(&z->b.val);
		end = n2.e + 1;
	}
	if (end < n && cp[end] == 0x949F) /* 钟 */
		end++;
	m = num_new_ment(z, st->i, end, ZP_NK_DATE);
	snprintf(m->date, sizeof m->date, "T%02ld:%02ld", st->iv, mi);
	return done(st, end);
}

/* Quarters without 第: 四季度, 三季报, 2024年一季度. */
enum step
num_st_quarter(struct scan *st)
{
	if (!st->nu.neg && !st->curprefix[0] && !st->percent_prefix &&
	    num_quarter(st->z, st->s, &st->nu, st->iv, false, &st->e))
		return done(st, st->e);
	return GO_ON;
}
