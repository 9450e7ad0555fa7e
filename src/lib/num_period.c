/*
 * num_period -- the period a figure belongs to, across its document.
 *
 * Anchors (num_date.c) are the period words as written: 2023-Q4, Q4, H1,
 * Q1-Q3, FY2024, a year, a month, and the relative ones that only the
 * record's date settles (全年, 本季度, 下季度, 上一季度).  Here each anchor
 * gets its year, then each figure takes the anchor in force: the latest one
 * before it in its paragraph.  A period is never guessed without a date or
 * a year written nearby: an unresolved quarter stays as written (Q4), an
 * unresolved 全年 gives no period at all.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num_internal.h"

/* A period label taken apart: year (0 unknown), and what of the year. */
struct plabel {
	int year;
	char what;  /* 'y' year, 'm' month, 'q' quarter, 'h' half, 'n' first
	               n quarters, 'f' fiscal year, 'Y' 全年, 'c' this quarter,
	               'x' next quarter, 'p' previous quarter, 0 other */
	int n;      /* the month, quarter, half or n */
};

static int
digits(const char *s, int n)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static struct plabel
parse_label(const char *s)
{
	struct plabel p = { 0, 0, 0 };
	int y = digits(s, 4);

	if (s[0] == '~') {
		p.what = s[1] == 'Y' ? 'Y' :
		    s[1] == 'c'      ? 'c' :
		    s[1] == 'x'      ? 'x' :
		    s[1] == 'p'      ? 'p' :
		                       0;
		return p;
	}
	if (strncmp(s, "FY", 2) == 0) {
		p.what = 'f';
		return p;
	}
	if (y > 0) {
		p.year = y;
		s += 4;
		if (*s == '\0') {
			p.what = 'y';
			return p;
		}
		if (*s != '-')
			return (struct plabel){ 0, 0, 0 };
		s++;
		if (strlen(s) == 2 && digits(s, 2) >= 1 && digits(s, 2) <= 12) {
			p.what = 'm';
			p.n = digits(s, 2);
			return p;
		}
		/* 2023-9M: the first nine months, as written here. */
		if (strlen(s) == 2 && s[1] == 'M' && (s[0] == '6' || s[0] == '9')) {
			p.what = s[0] == '6' ? 'h' : 'n';
			p.n = s[0] == '6' ? 1 : 3;
			return p;
		}
	}
	if ((s[0] == 'Q' || s[0] == 'H') && s[1] >= '1' && s[1] <= '4' &&
	    s[2] == '\0') {
		p.what = s[0] == 'Q' ? 'q' : 'h';
		p.n = s[1] - '0';
	} else if (strncmp(s, "Q1-Q", 4) == 0 && s[4] >= '2' && s[4] <= '4' &&
	    s[5] == '\0') {
		p.what = 'n';
		p.n = s[4] - '0';
	}
	return p;
}

/* The label of a resolved period, in the form FACTS.md gives. */
static void
format_label(char *out, size_t size, const struct plabel *p)
{
	switch (p->what) {
	case 'y':
		snprintf(out, size, "%04d", p->year);
		break;
	case 'm':
		snprintf(out, size, "%04d-%02d", p->year, p->n);
		break;
	case 'q':
		snprintf(out, size, "%04d-Q%d", p->year, p->n);
		break;
	case 'h':
		snprintf(out, size, "%04d-H%d", p->year, p->n);
		break;
	case 'n':
		/* The first two quarters are the half; all four the year. */
		if (p->n == 2)
			snprintf(out, size, "%04d-H1", p->year);
		else if (p->n == 4)
			snprintf(out, size, "%04d", p->year);
		else
			snprintf(out, size, "%04d-%dM", p->year, 3 * p->n);
		break;
	default:
		break;
	}
}

/*
 * Words that make a period ahead of the date (guidance): said before the
 * period word in its sentence (公司预计，一季度营收…).  Expectations met
 * or missed (高于预期) come after the period and do not count.
 */
static bool
guidance_before(struct zp_numbers *z, size_t st, size_t p)
{
	static const char *const w[] = { "预计", "預計", "预期", "預期",
		"预测", "預測", "指引", "展望", "有望" };

	for (size_t i = st; i < p; i++)
		for (size_t k = 0; k < sizeof w / sizeof *w; k++)
			if (match_len(z, i, w[k]) != 0)
				return true;
	return false;
}

/* 将 right after the period word, in its clause: 一季度营收将在… */
static bool
future_after(struct zp_numbers *z, size_t p)
{
	for (size_t i = p; i < z->n && i < p + 12; i++) {
		if (z->pc[i] & C_CLAUSE)
			return false;
		if (z->cp[i] == 0x5C06 || z->cp[i] == 0x5C07)
			return true;
	}
	return false;
}

/*
 * The year of a quarter, half or run of quarters with no year written:
 * the latest one that has ended by the record's date, or, in guidance,
 * the first one that has not.  units is the count per year (4 or 2), n
 * the last unit the period covers.
 */
static int
year_by_date(const struct zp_nctx *c, int units, int n, bool ahead)
{
	int cur = (c->month - 1) * units / 12 + 1;

	if (ahead)
		return n >= cur ? c->year : c->year + 1;
	return n < cur ? c->year : c->year - 1;
}

/* The year written in the sentence before anchor k (2023年，第四季度…). */
static int
sentence_year(struct zp_numbers *z, size_t k, size_t st)
{
	while (k-- > 0 && z->an[k].s >= st) {
		struct plabel p = parse_label(z->an[k].label);

		if (p.what == 'y' || p.what == 'm')
			return p.year;
	}
	return 0;
}

void
num_resolve_periods(struct zp_numbers *z)
{
	const struct zp_nctx *c = z->ctx;
	bool dated = c != NULL && c->year > 0 && c->month > 0;
	struct plabel last = { 0, 0, 0 }; /* the latest resolved anchor */

	for (size_t k = 0; k < z->nan; k++) {
		struct anchor *a = &z->an[k];
		struct plabel p = parse_label(a->label);
		size_t st = last_before(z->sent, z->nsent, a->s);
		bool ahead;

		if (p.what == 0 || p.what == 'f' ||
		    (p.year > 0 && p.what != 'n'))
			goto resolved;
		ahead = guidance_before(z, st, a->s) || future_after(z, a->e);
		switch (p.what) {
		case 'q':
		case 'h':
		case 'n':
			if (p.year == 0)
				p.year = sentence_year(z, k, st);
			if (p.year == 0 && dated)
				p.year = year_by_date(c, p.what == 'h' ? 2 : 4,
				    p.n, ahead);
			break;
		case 'Y':
			p.what = 'y';
			p.year = last.year;
			if (p.year == 0 && dated)
				p.year = ahead ? c->year : c->year - 1;
			break;
		case 'c':
		case 'x':
			if (!dated)
				break;
			p.year = c->year;
			p.n = (c->month - 1) / 3 + 1 + (p.what == 'x');
			if (p.n > 4) {
				p.n = 1;
				p.year++;
			}
			p.what = 'q';
			break;
		case 'p':
			if (last.what == 'q' && last.year > 0) {
				p = last;
			} else if (dated) {
				p.year = c->year;
				p.n = (c->month - 1) / 3 + 1;
			} else {
				break;
			}
			p.what = 'q';
			if (--p.n == 0) {
				p.n = 4;
				p.year--;
			}
			break;
		default:
			break;
		}
		if (p.year == 0) {
			/* Unresolved: a relative word gives no period; Q4
			 * stays as written. */
			if (a->label[0] == '~')
				a->label[0] = '\0';
			continue;
		}
		format_label(a->label, sizeof a->label, &p);
	resolved:
		if (p.year > 0)
			last = p;
	}
}

/*
 * 上年同期的4.3万亿, 去年同期为…: the figure is the same period a year
 * earlier, said in its clause just before it.
 */
static bool
year_earlier(struct zp_numbers *z, size_t cl, size_t p)
{
	static const char *const w[] = { "上年同期", "去年同期", "上年同期的",
		"去年同期的" };
	size_t from = p > cl + 12 ? p - 12 : cl;

	for (size_t i = from; i < p; i++)
		for (size_t k = 0; k < sizeof w / sizeof *w; k++)
			if (match_len(z, i, w[k]) != 0)
				return true;
	return false;
}

void
num_figure_period(
    struct zp_numbers *z, struct ment *m, size_t para, size_t cl, size_t *ai)
{
	struct plabel p;

	while (*ai < z->nan && z->an[*ai].e <= m->s)
		(*ai)++;
	if (*ai == 0 || z->an[*ai - 1].s < para)
		return;
	snprintf(m->period, sizeof m->period, "%s", z->an[*ai - 1].label);
	if (!year_earlier(z, cl, m->s))
		return;
	p = parse_label(m->period);
	if (p.year > 0 && p.what != 0) {
		p.year--;
		format_label(m->period, sizeof m->period, &p);
	} else {
		/* A year earlier than a period we cannot place. */
		m->period[0] = '\0';
	}
}
