/*
 * num_date -- dates and periods: the period anchors that figures link to,
 * years before a figure, quarters, and the period words (上半年, 去年).
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
	static const char *const w[][2] = {
		{ "上半年", "H1" },
		{ "下半年", "H2" },
		{ "上半财年", "H1" },
		{ "下半财年", "H2" },
		{ "全年", "" },
		{ "去年", "" },
		{ "今年", "" },
		{ "前年", "" },
		{ "明年", "" },
	};
	size_t before = z->nan;

	for (size_t i = 0; (i = next_with(z, i, C_PERIODW)) < z->n; i++) {
		uint32_t c = z->cp[i];

		for (size_t t = 0; t < sizeof w / sizeof *w; t++) {
			size_t l = match_len(z, i, w[t][0]);
			int year = 0;
			char lab[64];

			if (l == 0)
				continue;
			if (w[t][1][0] == '\0') {
				size_t ws;

				/* 去年, 今年: a year with the record's date;
				 * 去年同期 is a basis, not a period. */
				if (starts_with(z, i + l, "同期"))
					break;
				if (c == 0x5168)
					year = num_year_before(z, i);
				else
					year = num_rel_year(z, i + l, &ws);
				if (year == 0)
					break;
				/* A quarter right after takes the year. */
				if (i + l < z->n &&
				    (zp_cnum_starts(z->cp[i + l]) ||
				        z->cp[i + l] == 0x7B2C ||
				        z->cp[i + l] == 'Q'))
					break;
				snprintf(lab, sizeof lab, "%04d", year);
			} else {
				size_t ws;

				year = num_year_before(z, i);
				if (year == 0)
					year = num_rel_year(z, i, &ws);
				num_fmt_period(lab, sizeof lab, year, w[t][1]);
			}
			num_add_anchor(z, i, i + l, lab, false);
			break;
		}
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
