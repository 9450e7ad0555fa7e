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
	char what;   /* 'y' year, 'm' month, 'q' quarter, 'h' half, 'n' first
	               n quarters, 'f' fiscal year, 'Y' 全年, 'c' this quarter,
	               'x' next quarter, 'p' previous quarter, 'P' previous
	               year, 'S' a span of n years (< 0: past), 's' a span
	               resolved (year to year + n), 'F' a fiscal quarter,
	               'o' the single last quarter of the period before,
	               0 other */
	int n;       /* the month, quarter, half, n, or span */
	char fy[64]; /* 'F': a quarter of a fiscal year, FY2024-Q3 */
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
	struct plabel p = { 0 };
	int y = digits(s, 4);

	if (s[0] == '~') {
		/* The relative labels num_date.c and span_anchors write. */
		if (s[1] != '\0' && strchr("YcxpPSRo", s[1]) != NULL)
			p.what = s[1];
		/* ~S-2: the past two years; ~S+3: the next three. */
		if (p.what == 'S')
			p.n = (int)strtol(s + 2, NULL, 10);
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
		/* 2023/2030: a span of years, as year ranges are dated. */
		if (*s == '/' && digits(s + 1, 4) > y && s[5] == '\0') {
			p.what = 's';
			p.n = digits(s + 1, 4) - y;
			return p;
		}
		if (*s != '-')
			return (struct plabel){ 0 };
		s++;
		if (strlen(s) == 2 && digits(s, 2) >= 1 && digits(s, 2) <= 12) {
			p.what = 'm';
			p.n = digits(s, 2);
			return p;
		}
		/* 2023-9M: the first nine months, as written here. */
		if (strlen(s) == 2 && s[1] == 'M' &&
		    (s[0] == '6' || s[0] == '9')) {
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
	case 's':
		snprintf(out, size, "%04d/%04d", p->year, p->year + p->n);
		break;
	case 'F':
		snprintf(out, size, "%s", p->fy);
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
	static const char *const w[] = { "预计", "預計", "预期", "預期", "预测",
		"預測", "指引", "展望", "有望" };

	/*
	 * Near the period word only, with no clause and no figure between
	 * (公司预计，一季度…): 分析师预期23.2%；四季度… is an expectation
	 * met, and says nothing of the next period.
	 */
	for (size_t i = p; i-- > st && i + 12 >= p;) {
		if ((z->pc[i] & C_CLAUSE) && i + 1 != p)
			return false;
		if (is_adigit(z->cp[i]) || z->cp[i] == '%')
			return false;
		if (!strchr_cp("预預指展有", z->cp[i]))
			continue;
		for (size_t k = 0; k < sizeof w / sizeof *w; k++)
			if (match_len(z, i, w[k]) != 0)
				return true;
	}
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

/* Where a period ends, in months: to tell which of two is earlier. */
static int
period_end(const struct plabel *p)
{
	switch (p->what) {
	case 'y':
		return p->year * 12 + 12;
	case 's':
		return (p->year + p->n) * 12 + 12;
	case 'm':
		return p->year * 12 + p->n;
	case 'q':
	case 'n':
		return p->year * 12 + 3 * p->n;
	case 'h':
		return p->year * 12 + 6 * p->n;
	default:
		return 0;
	}
}

/* 较2023年, 从上一季度的, 与2022年相比: a period compared with, which
 * holds in its clause only. */
static bool
compared(struct zp_numbers *z, size_t s)
{
	static const char *const w[] = { "较", "較", "相较", "相較", "相比",
		"比", "从", "從", "低于", "低於", "高于", "高於", "与", "與" };

	while (s > 0 && is_space(z->cp[s - 1]))
		s--;
	if (s == 0 || !strchr_cp("较較比从從于於与與", z->cp[s - 1]))
		return false;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (ends_with(z, s, w[k]))
			return true;
	return false;
}

/* 2008年以来, 自2020年起: a time the text counts from, no period. */
static bool
counted_from(struct zp_numbers *z, const struct anchor *a)
{
	static const char *const after[] = { "以来", "以來", "来", "來", "起",
		"开始", "開始", "以后", "以後", "之后", "之後", "以前",
		"之前" };

	if (a->e < z->n && !strchr_cp("以来來起开開之", z->cp[a->e]) &&
	    !(a->s > 0 &&
	        (z->cp[a->s - 1] == 0x81EA || z->cp[a->s - 1] == 0x4ECE ||
	            z->cp[a->s - 1] == 0x5F9E)))
		return false;
	if (a->s > 0 &&
	    (ends_with(z, a->s, "自") || ends_with(z, a->s, "自从") ||
	        ends_with(z, a->s, "自從")))
		return true;
	for (size_t k = 0; k < sizeof after / sizeof *after; k++)
		if (match_len(z, a->e, after[k]) != 0)
			return true;
	return false;
}

/* Inserts an anchor, keeping them in text order. */
static void
insert_anchor(struct zp_numbers *z, size_t s, size_t e, const char *label)
{
	struct anchor t;
	size_t j;

	num_add_anchor(z, s, e, label, false);
	t = z->an[z->nan - 1];
	for (j = z->nan - 1; j > 0 && z->an[j - 1].s > s; j--)
		z->an[j] = z->an[j - 1];
	z->an[j] = t;
}

/*
 * 过去两年, 近三年, 未来两年, 今后两年: spans of years that the date
 * settles (2022/2023 in a story of 2024; the coming ones start this year).
 */
static void
span_anchors(struct zp_numbers *z)
{
	static const char *const past[] = { "过去", "過去", "近", "最近",
		"过往", "過往" };
	static const char *const next[] = { "未来", "未來", "今后", "今後",
		"往后", "往後", "接下来", "接下來" };

	for (size_t i = 0; i < z->nm; i++) {
		const struct ment *m = &z->m[i];
		double v;
		int sign = 0, years;
		char lab[16];

		/* 2023-2030年: the span, as dated. */
		if (m->kind == ZP_NK_DATE && strlen(m->date) == 9 &&
		    parse_label(m->date).what == 's') {
			insert_anchor(z, m->s, m->e, m->date);
			continue;
		}
		if (m->kind != ZP_NK_PERIOD || m->vmode != 1 ||
		    strcmp(m->unit, "年") != 0)
			continue;
		for (size_t k = 0; k < sizeof past / sizeof *past; k++)
			if (ends_with(z, m->s, past[k]))
				sign = -1;
		for (size_t k = 0; k < sizeof next / sizeof *next; k++)
			if (ends_with(z, m->s, next[k]))
				sign = 1;
		v = num_val_num(z, m->v0, m->v1);
		if (sign == 0 || v < 2 || v > 10 || v != (int)v)
			continue;
		years = sign * (int)v;
		snprintf(lab, sizeof lab, "~S%+d", years);
		insert_anchor(z, m->s, m->e, lab);
	}
}

/*
 * 近年来, 一个月前: a time that the text leaves open.  It ends the
 * period in force, and gives none: a figure after it has no period rather
 * than the one before.
 */
static void
open_times(struct zp_numbers *z)
{
	/* Each of them starts with a C_LINKW character. */
	for (size_t i = 0; (i = next_with(z, i, C_LINKW)) < z->n; i++) {
		size_t l;

		if (lex_match(&z->timew, z->cp, 0, z->n, i, &l) < 0)
			continue;
		insert_anchor(z, i, i + l, "");
		i += l - 1;
	}
}

/*
 * 單季 (~o, anchor k): the single quarter that ends the period said just
 * before it, in its sentence or the one before: 前三季…單季 is Q3, 上半年…
 * 單季 Q2, 第三季單季 Q3 itself, a year's is Q4.  Writes the label (Q3
 * without a year, "" when nothing settles it, so that a figure after it
 * does not take the cumulative period before) and sets *p.
 */
static void
single_quarter(struct zp_numbers *z, size_t k, struct plabel *p)
{
	struct anchor *a = &z->an[k];
	size_t st = last_before(z->sent, z->nsent, a->s);
	size_t from = st > 0 ? last_before(z->sent, z->nsent, st - 1) : 0;
	struct plabel b = { 0 };

	/* At most 64 anchors back, as num_figure_period looks: a run of
	 * 單季 without a period stays linear. */
	for (size_t j = k; j-- > 0 && z->an[j].s >= from && k - j <= 64;)
		if (!z->an[j].skip && z->an[j].label[0] != '\0' &&
		    z->an[j].label[0] != '~') {
			b = parse_label(z->an[j].label);
			break;
		}
	*p = (struct plabel){ 0 };
	a->label[0] = '\0';
	switch (b.what) {
	case 'q':
	case 'n':
		p->n = b.n;
		break;
	case 'h':
		p->n = 2 * b.n;
		break;
	case 'y':
		p->n = 4;
		break;
	default:
		return;
	}
	p->what = 'q';
	p->year = b.year;
	if (p->year > 0)
		format_label(a->label, sizeof a->label, p);
	else
		snprintf(a->label, sizeof a->label, "Q%d", p->n);
}

/* Resolves anchor k's label p, with the period in force (last) and the
 * text's first (report); false when nothing settles it. */
static bool
resolve(struct zp_numbers *z, size_t k, struct plabel *p,
    const struct plabel *last, const struct plabel *report)
{
	const struct zp_nctx *c = z->ctx;
	bool dated = c != NULL && c->year > 0 && c->month > 0;
	const struct anchor *a = &z->an[k];
	size_t st = last_before(z->sent, z->nsent, a->s);
	bool ahead = guidance_before(z, st, a->s) || future_after(z, a->e);

	switch (p->what) {
	case 'q':
	case 'h':
	case 'n':
		/* 2024财年第三季度: a quarter of that fiscal year. */
		if (p->what == 'q' && k > 0 && z->an[k - 1].e + 1 >= a->s &&
		    parse_label(z->an[k - 1].label).what == 'f') {
			p->what = 'F';
			snprintf(p->fy, sizeof p->fy, "%.56s-Q%d",
			    z->an[k - 1].label, p->n);
			return true;
		}
		if (p->year == 0)
			p->year = sentence_year(z, k, st);
		if (p->year == 0 && dated)
			p->year = year_by_date(
			    c, p->what == 'h' ? 2 : 4, p->n, ahead);
		break;
	case 'Y':
		p->what = 'y';
		p->year = last->year;
		if (p->year == 0 && dated)
			p->year = ahead ? c->year : c->year - 1;
		break;
	case 'P':
		p->what = 'y';
		p->year = last->year > 0 ? last->year - 1 : 0;
		break;
	case 'R':
		/* 报告期: the report's period, the first the text gives. */
		*p = *report;
		break;
	case 'S':
		if (!dated)
			break;
		p->what = 's';
		p->year = p->n < 0 ? c->year + p->n : c->year;
		p->n = (p->n < 0 ? -p->n : p->n) - 1;
		break;
	case 'c':
	case 'x':
		if (!dated)
			break;
		p->year = c->year;
		p->n = (c->month - 1) / 3 + 1 + (p->what == 'x');
		if (p->n > 4) {
			p->n = 1;
			p->year++;
		}
		p->what = 'q';
		break;
	case 'p':
		if (last->what == 'q' && last->year > 0) {
			*p = *last;
		} else if (dated) {
			p->year = c->year;
			p->n = (c->month - 1) / 3 + 1;
		} else {
			break;
		}
		p->what = 'q';
		if (--p->n == 0) {
			p->n = 4;
			p->year--;
		}
		break;
	default:
		break;
	}
	return p->year > 0;
}

/* Does a figure that takes periods follow anchor a in its clause (the
 * next one when the period heads it: 2023年四季度，公司…)?  *mi walks the
 * mentions. */
static bool
figure_in_clause(struct zp_numbers *z, const struct anchor *a, size_t *mi)
{
	size_t from = a->e, ce;

	while (from < z->n &&
	    (is_space(z->cp[from]) ||
	        (z->pc[from] & C_CLAUSE && !(z->pc[from] & C_SENT))))
		from++;
	ce = next_with(z, from, C_CLAUSE);

	while (*mi < z->nm && z->m[*mi].s < a->e)
		(*mi)++;
	for (size_t i = *mi; i < z->nm && z->m[i].s < ce; i++)
		if (z->m[i].kind == ZP_NK_MONEY ||
		    z->m[i].kind == ZP_NK_PERCENT ||
		    z->m[i].kind == ZP_NK_QUANTITY)
			return true;
	return false;
}

void
num_resolve_periods(struct zp_numbers *z)
{
	struct plabel last = { 0 };   /* the latest anchor in force */
	struct plabel first = { 0 };  /* the sentence's first */
	struct plabel report = { 0 }; /* the text's first: 报告期 */
	size_t first_st = SIZE_MAX, first_cl = 0, mi = 0;

	span_anchors(z);
	open_times(z);
	for (size_t k = 0; k < z->nan; k++) {
		struct anchor *a = &z->an[k];
		struct plabel p = parse_label(a->label);
		size_t st = last_before(z->sent, z->nsent, a->s);
		size_t cl = last_before(z->clause, z->nclause, a->s);

		if (counted_from(z, a)) {
			a->skip = true;
			continue;
		}
		if (p.what == 'o')
			single_quarter(z, k, &p);
		a->local = compared(z, a->s) || p.what == 'p' || p.what == 'P';
		if (p.what != 0 && p.what != 'f' &&
		    (p.year == 0 || p.what == 'n')) {
			if (!resolve(z, k, &p, &last, &report)) {
				/* Unresolved: a relative word gives no
				 * period; Q4 stays as written. */
				if (a->label[0] == '~')
					a->label[0] = '\0';
				continue;
			}
			format_label(a->label, sizeof a->label, &p);
		}
		if (p.year == 0)
			continue;
		/* Later in a sentence, a period before the sentence's own is
		 * one it is compared with (去年三季度则亏损…). */
		if (first_st == st && cl > first_cl &&
		    period_end(&p) < period_end(&first))
			a->local = true;
		if (first_st != st && !a->local &&
		    figure_in_clause(z, a, &mi)) {
			first = p;
			first_st = st;
			first_cl = cl;
		}
		if (!a->local)
			last = p;
		if (report.year == 0 && !a->local)
			report = p;
	}
}

/*
 * 上年同期的4.3万亿, 去年同期为…: the figure is the same period a year
 * earlier, said in its clause just before it.
 */
static bool
year_earlier(struct zp_numbers *z, size_t cl, size_t p)
{
	static const char *const w[] = { "上年同期", "去年同期" };
	static const char *const link[] = { "的", "为", "為", "是", "录得",
		"錄得", "仅", "僅", "约", "約", "达", "達" };
	size_t from = p > cl + 12 ? p - 12 : cl;

	for (size_t i = from; i < p; i++)
		for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
			size_t q = i + match_len(z, i, w[k]), l = 1;

			if (q == i)
				continue;
			/* …上年同期的4.3万亿: the figure is that period's;
			 * 较上年同期下降3.8% is a change, not the amount. */
			while (q < p && l != 0) {
				l = 0;
				for (size_t j = 0;
				     j < sizeof link / sizeof *link && l == 0;
				     j++)
					l = match_len(z, q, link[j]);
				/* 去年同期亏损1.9万亿: a metric word too. */
				if (l == 0)
					lex_match(
					    &z->metrics, z->cp, 0, z->n, q, &l);
				q += l;
			}
			if (q == p)
				return true;
		}
	return false;
}

/* Do figures a and b (either may be -1) have one owner? */
static bool
same_owner(struct zp_numbers *z, int a, int b)
{
	if (a < 0 || b < 0)
		return a == b;
	return same_id(&z->ctx->ents[a], &z->ctx->ents[b]);
}

void
num_figure_period(
    struct zp_numbers *z, struct ment *m, size_t para, size_t cl, size_t *ai)
{
	size_t st = last_before(z->sent, z->nsent, m->s), seen = 0;
	struct anchor *a = NULL;
	struct plabel p;

	while (*ai < z->nan && z->an[*ai].e <= m->s)
		(*ai)++;
	for (size_t k = *ai; k-- > 0 && seen < 64; seen++) {
		struct anchor *b = &z->an[k];

		if (b->s < para)
			break;
		if (b->skip || (b->local && b->s < cl))
			continue;
		/*
		 * From an earlier sentence, a period goes on only for the
		 * company it was said of: another company's figure that
		 * says no period has none.
		 */
		if (b->s < st && b->subj != -3 &&
		    !same_owner(z, b->subj, m->subject))
			break;
		a = b;
		break;
	}
	if (a == NULL)
		return;
	if (a->s >= st && a->subj == -3)
		a->subj = m->subject;
	/* 从上一季度的3.3万亿降至2.7万亿: a period compared with is the
	 * first figure's only. */
	if (a->local)
		a->skip = true;
	snprintf(m->period, sizeof m->period, "%s", a->label);
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
