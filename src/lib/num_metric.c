/*
 * num_metric -- what a figure measures: the metric words of the text
 * (data/metrics.txt, with their accounting variants: 调整后, 经调整), and
 * which of them is a figure's.  In order: a word right after the figure
 * (3亿元的净利润, 规模为18亿元的定增募资), the nearest before it in its
 * clause, a word the figure is spent on (以1000万元增资), the clause before
 * when this one goes on from it (，同比下降34%; ，分析师预期23.2%), and a
 * verb that opens the next clause (出手数亿元，战投…).  Else none.
 * 这一数字 refers to the figure before; lists that run parallel (销售额和
 * 营业利润…分别达到X与Y，对应增幅A与B) pair in order.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

/*
 * The accounting variant written before a metric word: 调整后运营利润率 and
 * 经调整毛利率 are metrics of their own (FACTS.md keeps them); its length.
 */
static uint8_t
accounting_prefix(struct zp_numbers *z, size_t i)
{
	static const char *const w[] = { "调整后", "調整後", "经调整", "經調整",
		"非公认会计准则", "非公認會計準則", "非GAAP", "Non-GAAP",
		"GAAP" };

	if (i == 0)
		return 0;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (ends_with(z, i, w[k]))
			return (uint8_t)lit_len(w[k]);
	return 0;
}

/*
 * Whether [i, j) lies inside an organization's name (某某融资担保有限公司,
 * 某某投资控股): a word there names the firm, no metric.  q walks the
 * entities, which come in order of their start.
 */
static bool
in_org_name(const struct zp_numbers *z, size_t *q, size_t i, size_t j)
{
	const struct zp_nctx *c = z->ctx;

	if (c == NULL)
		return false;
	while (*q < c->nents && c->ents[*q].end <= i)
		(*q)++;
	for (size_t k = *q; k < c->nents && c->ents[k].start <= i; k++)
		if (c->ents[k].org && c->ents[k].end >= j &&
		    c->ents[k].start < i)
			return true;
	return false;
}

/* Metric occurrences in the text, longest first, left to right. */
void
num_find_metrics(struct zp_numbers *z)
{
	size_t i = 0, len, q = 0;

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
		if (k < 0 || in_org_name(z, &q, i, i + len)) {
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
		z->oc[z->noc].pre = accounting_prefix(z, i);
		z->noc++;
		i += len;
	}
}

/* The length of a date or period mention starting at p, or 0. */
static size_t
period_at(struct zp_numbers *z, size_t p)
{
	size_t lo = 0, hi = z->nm;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (z->m[mid].s < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < z->nm && z->m[lo].s == p &&
	    (z->m[lo].kind == ZP_NK_DATE || z->m[lo].kind == ZP_NK_PERIOD))
		return z->m[lo].e - p;
	return 0;
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
		"对应",
		"對應",
		"涉资",
		"涉資",
		"涉及金额",
		"涉及金額",
		"总代价",
		"總代價",
		"总金额",
		"總金額",
		"合共",
		"共计",
		"共計",
		"合计",
		"合計",
	};

	static const char *const vs[] = { "与之相比", "與之相比", "相比之下",
		"相较之下", "相較之下", "相较而言", "相較而言", "对比之下",
		"對比之下" };
	/* Words a going-on clause may open with before its verb: a hedge
	 * (预计将减少), or the one who expected the figure (分析师预期). */
	static const char *const lead[] = { "可达", "可達", "分析师此前",
		"分析師此前", "分析师", "分析師", "华尔街", "華爾街", "市场",
		"市場", "机构", "機構", "此前", "预计", "預計", "预期", "預期",
		"预估", "預估", "估计", "估計", "有望", "将", "將", "可", "或",
		"仍", "亦", "也", "则", "則", "并", "並", "且", "但", "与",
		"與", "今后", "今後", "未来", "未來" };
	static const char *const expect[] = { "预期", "預期", "预计", "預計",
		"预估", "預估", "估计", "估計", "共识", "共識" };
	size_t q = p, l = 1;
	bool expected = false;

	while (p < z->n && is_space(z->cp[p]))
		p++;
	while (l != 0) {
		l = 0;
		for (size_t i = 0; i < sizeof lead / sizeof *lead && l == 0;
		     i++)
			l = match_len(z, p, lead[i]);
		/* 预计今后两年可达…: a period said on the way. */
		if (l == 0)
			l = period_at(z, p);
		for (size_t i = 0; i < sizeof expect / sizeof *expect; i++)
			if (l != 0 && match_len(z, p, expect[i]) == l)
				expected = true;
		p += l;
	}
	/* 分析师预期23.2%, 分析师预期的61.3亿美元: the same measure. */
	if (expected && p < z->n &&
	    (is_adigit(z->cp[p]) || z->cp[p] == 0x7684 || z->cp[p] == 0x4E3A ||
	        z->cp[p] == 0x70BA || (z->pc[p] & C_START)))
		return true;
	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (starts_with(z, p, w[i]))
			return true;
	/* 与之相比，芯片板块的变化仅为0.4%: compared on the same measure. */
	while (q > 0 && (is_space(z->cp[q - 1]) || (z->pc[q - 1] & C_CLAUSE)))
		q--;
	for (size_t i = 0; i < sizeof vs / sizeof *vs; i++)
		if (ends_with(z, q, vs[i]))
			return true;
	return false;
}

void
num_set_metric(struct zp_numbers *z, struct ment *m, int k)
{
	m->metric = k < 0 ? -1 : z->oc[k].idx;
	m->mpos = k < 0 ? 0 : z->oc[k].s;
	m->mpre = k < 0 ? 0 : z->oc[k].pre;
}

void
num_copy_metric(struct ment *m, const struct ment *from)
{
	m->metric = from->metric;
	m->mpos = from->mpos;
	m->mpre = from->mpre;
}

/* Skips a parenthesized aside of at most 40 code points from p: (约合…). */
static size_t
skip_aside(struct zp_numbers *z, size_t p)
{
	if (p >= z->n || (z->cp[p] != '(' && z->cp[p] != 0xFF08))
		return p;
	for (size_t i = p + 1; i < z->n && i < p + 40; i++) {
		if (z->cp[i] == ')' || z->cp[i] == 0xFF09)
			return i + 1;
		if (z->pc[i] & C_SENT)
			break;
	}
	return p;
}

/* The occurrence (from oi on) that starts at p, or -1. */
static int
occ_at(struct zp_numbers *z, size_t oi, size_t p)
{
	for (size_t k = oi; k < z->noc && z->oc[k].s <= p; k++)
		if (z->oc[k].s == p)
			return (int)k;
	return -1;
}

/* Is c a Chinese character (no digit, mark or letter)? */
static bool
is_han(uint32_t c)
{
	return c >= 0x4E00 && c <= 0x9FFF;
}

/*
 * A metric word after the figure: 出现了2.2万亿韩元(约合118亿元)的营业亏损,
 * 规模为18.08亿元的定增募资计划 (up to four words of its own before it).
 * oi is the first occurrence that ends after the figure starts.
 */
static int
metric_after(struct zp_numbers *z, const struct ment *m, size_t oi)
{
	size_t p = m->e, len;

	while (p < z->n && is_space(z->cp[p]))
		p++;
	if (lex_match(&z->hedge_a, z->cp, 0, z->n, p, &len) >= 0)
		p += len;
	p = skip_aside(z, p);
	if (p >= z->n || (z->cp[p] != 0x7684))
		return -1;
	p++;
	for (size_t q = p; q < p + 5 && q < z->n; q++) {
		int k = occ_at(z, oi, q);

		if (k >= 0)
			return k;
		if (!is_han(z->cp[q]))
			break;
	}
	return -1;
}

/*
 * 超5亿元D轮融资, 亿元级融资: the word right after the figure, past a
 * funding round; 以1000万元自有资金增资: what the amount is spent on.
 */
static int
metric_next_to(struct zp_numbers *z, const struct ment *m, size_t oi)
{
	static const char *const rounds[] = { "天使轮", "种子轮", "種子輪",
		"战略", "戰略", "新一轮", "新一輪", "首轮", "首輪" };
	size_t p = m->e, reach = 1;

	for (size_t k = 0; k < sizeof rounds / sizeof *rounds; k++)
		if (match_len(z, p, rounds[k]) != 0) {
			p += match_len(z, p, rounds[k]);
			break;
		}
	/* A+轮, B轮, Pre-IPO轮 */
	if (p == m->e) {
		size_t q = skip_code(z, p);

		while (q < z->n && z->cp[q] == '+')
			q++;
		if (q > p && q < z->n &&
		    (z->cp[q] == 0x8F6E || z->cp[q] == 0x8F2A))
			p = q + 1;
	}
	if (m->s > 0 && (z->cp[m->s - 1] == 0x4EE5))
		reach = 8; /* 以…增资 */
	for (size_t q = p; q < p + reach && q < z->n; q++) {
		int k = occ_at(z, oi, q);

		if (k >= 0)
			return k;
		if ((z->pc[q] & C_CLAUSE) || is_adigit(z->cp[q]))
			break;
	}
	return -1;
}

/* Is occurrence k a verb of spending (斥资, 耗资: a word that says
 * another metric)? */
static bool
spending(struct zp_numbers *z, int k)
{
	const struct occ *o = &z->oc[k];

	return match_len(z, o->s, z->metrics.e[o->idx].code) != o->e - o->s;
}

/* An action's word within three characters after the figure (回购, 收购,
 * 增持), past 用于 or 以: what money spent is spent on; or -1. */
static int
spent_on(struct zp_numbers *z, const struct ment *m, size_t oi)
{
	size_t p = m->e;

	if (match_len(z, p, "用于") || match_len(z, p, "用於"))
		p += 2;
	for (size_t q = p; q < p + 3 && q < z->n; q++) {
		int k = occ_at(z, oi, q);

		if (k >= 0)
			return z->metrics.e[z->oc[k].idx].exp == MC_ACTION ? k :
			                                                     -1;
		if (z->pc[q] & C_CLAUSE)
			break;
	}
	return -1;
}

/* 出手数亿元，战投邑文科技: a figure that ends its clause, and a metric
 * word that opens the next. */
static int
metric_next_clause(struct zp_numbers *z, const struct ment *m, size_t oi)
{
	size_t p = skip_aside(z, m->e);
	int k;

	if (p >= z->n || !(z->pc[p] & C_CLAUSE) || (z->pc[p] & C_SENT))
		return -1;
	p++;
	while (p < z->n && is_space(z->cp[p]))
		p++;
	k = occ_at(z, oi, p);
	/* Only a verb that says what the money did (战投, 斥资): a noun
	 * there opens a clause about another quantity (，市值…). */
	if (k < 0 ||
	    match_len(z, p, z->metrics.e[z->oc[k].idx].code) ==
	        z->oc[k].e - z->oc[k].s)
		return -1;
	return k;
}

/* 这一数字, 该数字: the figure refers to the one before it. */
static bool
refers_back(struct zp_numbers *z, size_t cl, size_t p)
{
	static const char *const w[] = { "这一数字", "這一數字", "该数字",
		"該數字", "这个数字", "這個數字", "此数字", "此數字" };

	for (size_t i = cl; i < p; i++) {
		if (!strchr_cp("这這该該此", z->cp[i]))
			continue;
		for (size_t k = 0; k < sizeof w / sizeof *w; k++)
			if (match_len(z, i, w[k]) != 0)
				return true;
	}
	return false;
}

static void
figure_metric(struct zp_numbers *z, size_t i, size_t *oi)
{
	struct ment *m = &z->m[i];
	size_t cl = last_before(z->clause, z->nclause, m->s);
	size_t st = last_before(z->sent, z->nsent, m->s);
	int k, before = -1;

	while (*oi < z->noc && z->oc[*oi].e <= m->s)
		(*oi)++;
	if ((k = metric_after(z, m, *oi)) >= 0) {
		num_set_metric(z, m, k);
		return;
	}
	/* The nearest before, in the clause; or, when the clause goes on
	 * from the one before, in the sentence. */
	if (*oi > 0 && z->oc[*oi - 1].s >= cl) {
		/* 耗资5万港元回购1万股: the action the money is spent on. */
		k = spent_on(z, m, *oi);
		num_set_metric(z, m,
		    k >= 0 && spending(z, (int)*oi - 1) ? k : (int)*oi - 1);
		return;
	}
	if (*oi > 0 && z->oc[*oi - 1].s >= st)
		before = (int)*oi - 1;
	if ((k = metric_next_to(z, m, *oi)) >= 0) {
		num_set_metric(z, m, k);
		return;
	}
	if (refers_back(z, cl, m->s)) {
		for (size_t j = i; j-- > 0;)
			if (z->m[j].metric >= 0 && z->m[j].kind == m->kind) {
				num_copy_metric(m, &z->m[j]);
				memcpy(m->period, z->m[j].period,
				    sizeof m->period);
				return;
			}
	}
	if (before >= 0 && continues(z, cl)) {
		num_set_metric(z, m, before);
		return;
	}
	num_set_metric(z, m, metric_next_clause(z, m, *oi));
}

/* Are figures a and b joined as a list (X与Y, X、Y, X和Y)? */
static bool
listed(struct zp_numbers *z, const struct ment *a, const struct ment *b)
{
	size_t p = skip_aside(z, a->e);
	uint32_t c;

	if (b->s != p + 1)
		return false;
	c = z->cp[p];
	return c == 0x548C || c == 0x4E0E || c == 0x8207 || c == 0x3001 ||
	    c == 0x53CA;
}

/*
 * 销售额和营业利润…分别达到7万亿韩元与3.1万亿韩元，对应同比增幅161%与
 * 201%: a list of changes right after a list of amounts of the same
 * length, in one sentence, pairs with it in order.
 */
void
num_parallel_lists(struct zp_numbers *z)
{
	size_t i = 0;

	while (i < z->nm) {
		size_t j = i + 1, n, f[8], nf = 0;
		bool ok;

		if (z->m[i].kind != ZP_NK_PERCENT) {
			i++;
			continue;
		}
		while (j < z->nm && z->m[j].kind == ZP_NK_PERCENT &&
		    listed(z, &z->m[j - 1], &z->m[j]))
			j++;
		n = j - i;
		/* The n amounts before, passing their conversions. */
		for (size_t q = i; q-- > 0 && nf < n && n <= 8;) {
			if (z->m[q].conv >= 0)
				continue;
			if (z->m[q].kind != ZP_NK_MONEY || z->m[q].metric < 0)
				break;
			f[nf++] = q;
		}
		ok = n >= 2 && nf == n &&
		    last_before(z->sent, z->nsent, z->m[f[n - 1]].s) ==
		        last_before(z->sent, z->nsent, z->m[i].s);
		for (size_t q = 1; q < nf && ok; q++)
			ok = listed(z, &z->m[f[q]], &z->m[f[q - 1]]);
		for (size_t q = 0; q < n && ok; q++) {
			struct ment *m = &z->m[i + q];
			const struct ment *src = &z->m[f[n - 1 - q]];

			num_copy_metric(m, src);
			m->subject = src->subject;
		}
		i = j;
	}
}

/*
 * Is metric entry idx a word for an amount that says nothing of what it
 * pays for: 支付的总金额, 付出总额, 代价, or a verb of spending (耗资,
 * 斥资)?
 */
static bool
bare_amount(struct zp_numbers *z, int idx, size_t pos)
{
	const struct lent *e = &z->metrics.e[idx];

	if (e->exp == MC_AMOUNT)
		return true;
	/* The verb, not the noun: 投资逾30亿元 says what it is. */
	return (strcmp(e->code, "支出") == 0 || strcmp(e->code, "投资") == 0) &&
	    match_len(z, pos, e->code) == 0;
}

void
num_figure_metric(struct zp_numbers *z, size_t i, size_t *oi)
{
	struct ment *m = &z->m[i];
	size_t st;

	figure_metric(z, i, oi);
	if (m->metric < 0 || !bare_amount(z, m->metric, m->mpos))
		return;
	/* 回购30万股，耗资50万港元; 收购…，总价约162亿美元: the amount is the
	 * action's that the sentence names before it. */
	st = last_before(z->sent, z->nsent, m->s);
	for (size_t j = *oi; j-- > 0 && z->oc[j].s >= st;) {
		int idx = z->oc[j].idx;

		if (z->oc[j].e <= m->s && z->metrics.e[idx].exp == MC_ACTION &&
		    !bare_amount(z, idx, z->oc[j].s)) {
			num_set_metric(z, m, (int)j);
			return;
		}
	}
}
