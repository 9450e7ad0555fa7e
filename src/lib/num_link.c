/*
 * num_link -- the passes after scanning that relate figures to each other
 * and to the text: a shared unit, a declared currency, a change carried
 * over a coordination, and each figure's metric, period and subject.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

/* Does cp[s..e) hold a scale word (万 亿 兆)? */
static bool
has_scale(struct zp_numbers *z, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (z->cp[i] == 0x4E07 || z->cp[i] == 0x842C ||
		    z->cp[i] == 0x4EBF || z->cp[i] == 0x5104 ||
		    z->cp[i] == 0x5146)
			return true;
	return false;
}

/* Coordination: X、Y和Z万亿日元 share the last unit. */
void
num_coordinate(struct zp_numbers *z)
{
	for (size_t i = z->nm; i-- > 1;) {
		struct ment *a = &z->m[i - 1], *b = &z->m[i];

		if (!a->bare || b->bare || a->vmode != 1)
			continue;
		if (b->kind != ZP_NK_MONEY && b->kind != ZP_NK_COUNT &&
		    b->kind != ZP_NK_QUANTITY && b->kind != ZP_NK_PERCENT)
			continue;
		if (b->s != a->e + 1)
			continue;
		{
			uint32_t c = z->cp[a->e];

			if (c != 0x3001 && c != 0x548C && c != 0x4E0E &&
			    c != 0x53CA && c != 0x6216)
				continue;
		}
		/*
		 * 2.7亿、19.6%: the two are not of one shape, so the unit is
		 * not shared; X万亿、Y万亿和Z万亿日元 and 3或4层 are.
		 */
		if (has_scale(z, a->s, a->e) != has_scale(z, b->s, b->e))
			continue;
		a->kind = b->kind;
		memcpy(a->unit, b->unit, sizeof a->unit);
		a->yuan = b->yuan;
		a->ych = b->ych;
		a->bare = false;
		a->note = "unit shared with the next figure";
	}
}

/*
 * (港元，下同), （单位：新台币，下同）: a declaration that makes later bare 元
 * amounts of the text that currency.
 */
void
num_declared_currency(struct zp_numbers *z)
{
	size_t mi = 0;
	const char *code = NULL;

	for (size_t i = 1; (i = next_with(z, i, C_PERIODW)) + 1 < z->n; i++) {
		size_t len;

		/* 下同 (下 is a period word's first character too) */
		if (z->cp[i] != 0x4E0B || z->cp[i + 1] != 0x540C)
			continue;
		/* Apply the previous declaration up to here. */
		for (; mi < z->nm && z->m[mi].s < i; mi++)
			if (code != NULL && z->m[mi].defcur) {
				unit_copy(&z->m[mi], code);
				z->m[mi].note =
				    "currency declared earlier (下同)";
			}
		for (size_t b = i; b-- > 0 && b + 10 > i;) {
			int k = lex_match(&z->units, z->cp, 0, i, b, &len);

			if (k < 0 || z->units.e[k].cls != U_CUR ||
			    z->units.e[k].exp != 0 || len < 2)
				continue;
			code = z->units.e[k].code;
			/* 新台币 over 台币: the longest word ending here. */
			for (size_t q = 1; q <= 3 && q <= b; q++) {
				size_t l2;
				int k2 = lex_match(
				    &z->units, z->cp, 0, i, b - q, &l2);

				if (k2 >= 0 && z->units.e[k2].cls == U_CUR &&
				    b - q + l2 == b + len) {
					code = z->units.e[k2].code;
					b -= q;
					len = l2;
					q = 0;
				}
			}
			/* The amount just before "(港元，下同)" is one too. */
			while (b > 0 &&
			    (z->cp[b - 1] == '(' || z->cp[b - 1] == 0xFF08 ||
			        is_space(z->cp[b - 1]) ||
			        z->cp[b - 1] == 0xFF1A || z->cp[b - 1] == ':' ||
			        z->cp[b - 1] == 0x5355 ||
			        z->cp[b - 1] == 0x4F4D))
				b--; /* ( （ ： 单位 */
			if (mi > 0 && z->m[mi - 1].e == b &&
			    z->m[mi - 1].defcur) {
				unit_copy(&z->m[mi - 1], code);
				z->m[mi - 1].note = "currency declared (下同)";
			}
			break;
		}
	}
	for (; mi < z->nm; mi++)
		if (code != NULL && z->m[mi].defcur) {
			unit_copy(&z->m[mi], code);
			z->m[mi].note = "currency declared earlier (下同)";
		}
}

/* The basis of a change: 同比 / 环比 earlier in the clause. */
static char
find_basis(struct zp_numbers *z, size_t lo, size_t p)
{
	size_t from = p > lo + 40 ? p - 40 : lo, len;
	char got = 0;

	for (size_t i = from; i < p; i++) {
		int k = lex_match(&z->bases, z->cp, 0, p, i, &len);

		if (k >= 0)
			got = z->bases.e[k].cls == V_YOY ? 'y' : 'q';
	}
	return got;
}

/* change carries over a coordination: 上升了3.1%和1.1%. */
void
num_carry_change(struct zp_numbers *z)
{
	for (size_t i = 1; i < z->nm; i++) {
		struct ment *a = &z->m[i - 1], *b = &z->m[i];
		uint32_t c;

		if (b->change || !a->change || a->kind != b->kind)
			continue;
		if (b->s != a->e + 1)
			continue;
		c = z->cp[a->e];
		if (c == 0x548C || c == 0x4E0E || c == 0x3001 || c == 0x53CA)
			b->change = a->change;
	}
}

/*
 * Is b, right after a, the same amount in another currency: 2.8万亿韩元
 * (约合人民币150.64亿元), 258.9万亿韩元(13928亿元)?
 */
static bool
converts(struct zp_numbers *z, const struct ment *a, const struct ment *b)
{
	static const char *const w[] = { "约合", "約合", "折合", "相当于",
		"相當於", "约", "約", "合", "即", "(", "（", ",", "，", " " };
	size_t p = a->e;

	if (a->kind != ZP_NK_MONEY || b->kind != ZP_NK_MONEY || b->s < a->e ||
	    b->s - a->e > 8 || strcmp(a->unit, b->unit) == 0)
		return false;
	while (p < b->s) {
		size_t l = 0;

		for (size_t k = 0; k < sizeof w / sizeof *w && l == 0; k++)
			l = match_len(z, p, w[k]);
		if (l == 0)
			return false;
		p += l;
	}
	return true;
}

/*
 * 分别: A和B…分别为X与Y gives X to A and Y to B; 营收和利润分别增长X和Y
 * gives the metrics in order.  Lists of unequal length give no subject
 * to the figures (two companies compete for each).
 */
static void
respectively(struct zp_numbers *z)
{
	const struct zp_nctx *c = z->ctx;
	size_t fi = 0;

	for (size_t p = 0; (p = next_with(z, p, C_LINKW)) + 1 < z->n; p++) {
		size_t cl, ce, f[8], nf = 0, o[8], no = 0, mo[8], nmo = 0;

		if (z->cp[p] != 0x5206 ||
		    (z->cp[p + 1] != 0x522B && z->cp[p + 1] != 0x5225))
			continue;
		cl = last_before(z->clause, z->nclause, p);
		ce = next_with(z, p, C_CLAUSE);
		while (fi < z->nm && z->m[fi].s < p)
			fi++;
		for (size_t i = fi; i < z->nm && z->m[i].s < ce && nf < 8;
		     i++) {
			const struct ment *m = &z->m[i];

			if ((m->kind == ZP_NK_MONEY ||
			        m->kind == ZP_NK_PERCENT ||
			        m->kind == ZP_NK_QUANTITY) &&
			    m->conv < 0)
				f[nf++] = i;
		}
		if (nf < 2)
			continue;
		/* The organizations before 分别 in its clause, else in its
		 * sentence. */
		for (int pass = 0; pass < 2 && no == 0 && c != NULL; pass++) {
			size_t from =
			    pass == 0 ? cl : last_before(z->sent, z->nsent, p);

			for (size_t q = 0; q < z->norg && no < 8; q++) {
				const struct zp_nentity *en =
				    &c->ents[z->org[q]];

				if (en->start < from || en->end > p)
					continue;
				if (no > 0 && same_id(&c->ents[o[no - 1]], en))
					continue;
				o[no++] = z->org[q];
			}
		}
		for (size_t k = 0; k < z->noc && nmo < 8; k++)
			if (z->oc[k].s >= cl && z->oc[k].e <= p)
				mo[nmo++] = k;
		if (no >= 2)
			for (size_t k = 0; k < nf; k++)
				z->m[f[k]].subject = no == nf ? (int)o[k] : -1;
		if (nmo >= 2 && nmo == nf)
			for (size_t k = 0; k < nf; k++)
				num_set_metric(z, &z->m[f[k]], (int)mo[k]);
		p++;
	}
}

/*
 * Bare 元 after the same company's same metric in another currency
 * (营收61.7亿美元 … 营收为12亿元 in a story that never says 人民币) is that
 * currency.  A story that names 人民币 or converts (约合) keeps 元 as CNY.
 */
static void
carry_currency(struct zp_numbers *z)
{
	static const char *const cny[] = { "人民币", "人民幣", "约合", "約合",
		"折合", "RMB", "CNY" };
	bool any = false;

	for (size_t i = 0; i < z->nm && !any; i++)
		any = z->m[i].defcur && z->m[i].subject >= 0 &&
		    z->m[i].metric >= 0;
	if (!any)
		return;
	for (size_t p = 0; (p = next_with(z, p, C_LINKW)) < z->n; p++)
		for (size_t k = 0; k < sizeof cny / sizeof *cny; k++)
			if (match_len(z, p, cny[k]) != 0)
				return;
	for (size_t i = 0; i < z->nm; i++) {
		struct ment *m = &z->m[i];

		/* The region settled it, or found it cannot: no guess. */
		if (!m->defcur || m->regional || m->subject < 0 ||
		    m->metric < 0)
			continue;
		for (size_t k = i; k-- > 0;) {
			const struct ment *a = &z->m[k];

			if (a->kind != ZP_NK_MONEY || a->defcur ||
			    a->subject < 0 || a->metric != m->metric ||
			    !same_id(&z->ctx->ents[a->subject],
			        &z->ctx->ents[m->subject]))
				continue;
			if (strcmp(a->unit, "CNY") != 0) {
				unit_copy(m, a->unit);
				m->defcur = false;
				m->note = "currency of the same metric stated "
				          "earlier";
			}
			break;
		}
	}
}

/* Is the metric a market's or an industry's, which no company owns? */
static bool
market_metric(struct zp_numbers *z, int idx)
{
	return z->metrics.e[idx].exp == MC_MARKET;
}

/* 1000万股, 6,289,500股: a count of shares, which actions measure. */
static bool
shares(const struct ment *m)
{
	size_t l = strlen(m->unit);

	return m->kind == ZP_NK_COUNT && l >= 3 &&
	    strcmp(m->unit + l - 3, "股") == 0;
}

void
num_link(struct zp_numbers *z)
{
	size_t oi = 0, ai = 0, para = 0, sb = 0;
	struct subj_walk w;

	num_subject_begin(z, &w);
	for (size_t i = 0; i < z->nm; i++) {
		struct ment *m = &z->m[i];
		size_t cl = last_before(z->clause, z->nclause, m->s);

		m->conv = -1;
		m->counterparty = m->holder = -1;
		if (m->kind != ZP_NK_MONEY && m->kind != ZP_NK_PERCENT &&
		    m->kind != ZP_NK_QUANTITY && !shares(m))
			continue;
		/* A paragraph starts after a line break, which ends a
		 * sentence. */
		for (; sb < z->nsent && z->sent[sb] <= m->s; sb++)
			if (z->cp[z->sent[sb] - 1] == '\n')
				para = z->sent[sb];
		for (size_t k = i; k-- > 0;) {
			if (z->m[k].kind == ZP_NK_MONEY) {
				if (converts(z, &z->m[k], m))
					m->conv = (int)k;
				break;
			}
			if (z->m[k].kind != ZP_NK_DATE &&
			    z->m[k].kind != ZP_NK_PERIOD)
				break;
		}
		num_figure_metric(z, i, &oi);
		if (m->change && !m->basis)
			m->basis = find_basis(z, cl, m->s);
		m->subject = m->metric >= 0 && market_metric(z, m->metric) ?
		    -1 :
		    num_subject_of(z, &w, m, cl);
		/* 这一数字 took the period of the figure it refers to. */
		if (m->period[0] == '\0')
			num_figure_period(z, m, para, cl, &ai);
	}
	respectively(z);
	num_parallel_lists(z);
	for (size_t i = 0; i < z->nm; i++)
		if (z->m[i].metric >= 0)
			num_action_roles(z, &z->m[i]);
	for (size_t i = 0; i < z->nm; i++) {
		struct ment *m = &z->m[i];

		if (m->conv < 0)
			continue;
		m->subject = z->m[m->conv].subject;
		num_copy_metric(m, &z->m[m->conv]);
		memcpy(m->period, z->m[m->conv].period, sizeof m->period);
	}
	carry_currency(z);
}
