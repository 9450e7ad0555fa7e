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

/* Metric occurrences in the text, longest first, left to right. */
void
num_find_metrics(struct zp_numbers *z)
{
	size_t i = 0, len;

	z->noc = 0;
	if (z->metrics.n == 0)
		return;
	while (i < z->n) {
		int k;

		/*
		 * Most characters start no term: test the class first, which
		 * covers the BMP; characters beyond it need a lookup only when
		 * some term starts beyond it.
		 */
		if (!(z->pc[i] & C_METRIC) &&
		    (z->cp[i] < 0x10000 || !z->metrics.wl.astral_first)) {
			i = z->metrics.wl.astral_first ?
			    i + 1 :
			    next_with(z, i, C_METRIC);
			continue;
		}
		k = lex_match(&z->metrics, z->cp, 0, z->n, i, &len);
		if (k < 0) {
			i++;
			continue;
		}
		if (z->noc == z->occap) {
			z->occap = z->occap ? z->occap * 2 : 16;
			z->oc =
			    zp_xreallocarray(z->oc, z->occap, sizeof *z->oc);
		}
		z->oc[z->noc].s = i;
		z->oc[z->noc].e = i + len;
		z->oc[z->noc].idx = k;
		z->noc++;
		i += len;
	}
}

/* Does the clause starting at p continue the previous one's subject? */
static bool
continues(struct zp_numbers *z, size_t p)
{
	static const char *const w[] = {
		"同比",
		"环比",
		"按年",
		"按季",
		"较上年",
		"较去年",
		"较上一",
		"较上季",
		"至",
		"达到",
		"达",
		"低于",
		"高于",
		"略高于",
		"略低于",
		"约合",
		"相当于",
		"折合",
		"增长",
		"下降",
		"增幅",
		"降幅",
		"涨幅",
		"跌幅",
		"增加",
		"减少",
		"上升",
		"下滑",
	};

	while (p < z->n && is_space(z->cp[p]))
		p++;
	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (starts_with(z, p, w[i]))
			return true;
	return false;
}

void
num_link(struct zp_numbers *z)
{
	size_t oi = 0, ai = 0;
	int best_org = -1;

	/*
	 * The record's dominant organization: named most often, at least
	 * twice, and more often than any other (a document's topic; one
	 * sentence naming a company once in passing does not make it the
	 * owner of every figure).
	 */
	if (z->ctx != NULL && z->ctx->nents <= 2000) {
		int best_n = 0;
		bool tie = false;

		for (size_t k = 0; k < z->ctx->nents; k++) {
			const struct zp_nentity *en = &z->ctx->ents[k];
			int cnt = 0;
			bool seen = false;

			if (!en->org)
				continue;
			for (size_t q = 0; q < z->ctx->nents && !seen; q++) {
				const struct zp_nentity *o = &z->ctx->ents[q];

				if (!o->org || o->idlen != en->idlen ||
				    memcmp(o->id, en->id, en->idlen) != 0)
					continue;
				if (q < k)
					seen = true;
				else
					cnt++;
			}
			if (seen)
				continue;
			if (cnt > best_n) {
				best_n = cnt;
				best_org = (int)k;
				tie = false;
			} else if (cnt == best_n) {
				tie = true;
			}
		}
		if (tie || best_n < 2)
			best_org = -1;
	}
	for (size_t i = 0; i < z->nm; i++) {
		struct ment *m = &z->m[i];
		size_t cl = last_before(z->clause, z->nclause, m->s);
		size_t st = last_before(z->sent, z->nsent, m->s);
		int lastm = -1;

		if (m->kind != ZP_NK_MONEY && m->kind != ZP_NK_PERCENT &&
		    m->kind != ZP_NK_QUANTITY)
			continue;
		while (oi < z->noc && z->oc[oi].e <= m->s)
			oi++;
		for (size_t k = oi; k-- > 0;) {
			if (z->oc[k].s < cl) {
				/*
				 * A clause that goes on from the one before
				 * (，同比下降34.4%; ，至258.9万亿韩元) takes its
				 * metric, within the sentence.
				 */
				if (z->oc[k].s >= st && continues(z, cl))
					lastm = z->oc[k].idx;
				break;
			}
			lastm = z->oc[k].idx;
			break;
		}
		m->metric = lastm;
		/* Period: the latest period word before, same sentence. */
		while (ai < z->nan && z->an[ai].e <= m->s)
			ai++;
		for (size_t k = ai; k-- > 0;) {
			if (z->an[k].s < st)
				break;
			snprintf(
			    m->period, sizeof m->period, "%s", z->an[k].label);
			break;
		}
		if (m->change && !m->basis)
			m->basis = find_basis(z, cl, m->s);
		if (z->ctx != NULL) {
			int sub = -1;

			for (size_t k = 0; k < z->ctx->nents; k++) {
				const struct zp_nentity *en = &z->ctx->ents[k];

				if (!en->org || en->end > m->s ||
				    en->start < st)
					continue;
				sub = (int)k;
			}
			if (sub < 0 && best_org >= 0)
				sub = best_org;
			m->subject = sub;
		}
	}
}
