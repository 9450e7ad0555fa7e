/*
 * num_subject -- the organization a figure belongs to, across the sentences
 * of its document.
 *
 * Every ORG entity of the record gets a role from the words around it: a
 * cited source (据X, X分析师, 来源：X), an exchange, regulator or outlet, a
 * phrase of an action taken for a firm (回购股份), or the object of a
 * preposition (向X, 在X上, 由X领投) never owns a figure; the rest may.  Walking the document, the
 * first organization that may own a figure in each clause is the topic,
 * which 公司, 该公司, 其 and a clause without a company refer to.  A
 * figure's subject is, in order: the last organization before it in its own
 * clause; none when its clause is about a sector, a market or companies in
 * general; the topic; the document's dominant organization.  When two
 * companies are the topic side by side (A和B的…), no figure that follows is
 * given to either: precision first.
 *
 * A corporate action's figure asks first for the party of its action
 * (by_role): the company whose shares a person pledges or sells, the
 * winner of a bid, the company raising a round; and the other side of an
 * action (a pledgee, a tenderer, an investor, a target) is an object
 * wherever it is labelled or placed so.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

enum { R_SUBJECT, R_SOURCE, R_OBJECT };

static bool
is_coord(uint32_t c)
{
	return c == 0x548C || c == 0x4E0E || c == 0x8207 || c == 0x53CA ||
	    c == 0x3001 || c == 0x8DDF || c == ',' || c == '/';
}

/* Is [s, e) a stretch without clause marks, of at most max code points? */
static bool
short_gap(struct zp_numbers *z, size_t s, size_t e, size_t max)
{
	if (e < s || e - s > max)
		return false;
	for (size_t i = s; i < e; i++)
		if (z->pc[i] & C_CLAUSE)
			return false;
	return true;
}

/* 据X, 据研究公司X: X is cited, within its clause. */
static bool
cited_after(struct zp_numbers *z, size_t s)
{
	for (size_t i = s; i-- > 0 && i + 10 > s;) {
		if (z->pc[i] & C_CLAUSE)
			return false;
		if (z->cp[i] == 0x636E || z->cp[i] == 0x64DA) /* 据 據 */
			return true;
	}
	return false;
}

/* 据X公告, 据X9月4日信息披露: X tells its own figures. */
static bool
reports_itself(struct zp_numbers *z, size_t e)
{
	static const char *const w[] = { "公告", "信息披露", "資訊披露", "披露",
		"公布", "发布公告", "發佈公告", "发布的公告" };

	for (size_t k = 0; k < 10 && e < z->n &&
	     (is_space(z->cp[e]) || is_adigit(z->cp[e]) ||
	         strchr_cp("年月日", z->cp[e]));
	     k++)
		e++;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (match_len(z, e, w[k]) != 0)
			return true;
	return false;
}

/* X分析师, X的研究员, X数据显示: X speaks about others' figures. */
static bool
speaks_for_others(struct zp_numbers *z, size_t e)
{
	static const char *const w[] = { "分析师", "分析師", "研究员", "研究員",
		"数据显示", "數據顯示", "统计", "統計", "报告", "報告", "研报",
		"研報", "报道", "報導", "援引", "的分析师", "的分析師",
		"的研究员", "的数据", "的統計", "的统计", "的报告" };

	while (e < z->n && is_space(z->cp[e]))
		e++;
	if (e >= z->n ||
	    !strchr_cp("分研数數统統报報援的财財讯訊获獲消", z->cp[e]))
		return false;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (match_len(z, e, w[k]) != 0)
			return true;
	return false;
}

/*
 * Organizations that own no figure of a story, by their name: exchanges,
 * regulators and media (…交易所, …证监会, …日报), and phrases that an
 * extractor may take for a firm but that name an action or a kind of
 * company (回购股份, 累计质押股份, 挂牌公司, 全资子公司).
 */
static const char *const ownless_tails[] = { "交易所", "联交所", "聯交所",
	"证监会", "證監會", "银保监会", "銀保監會", "结算有限责任公司",
	"結算有限責任公司", "证券报", "證券報", "时报", "時報", "日报", "日報",
	"晚报", "晚報", "新闻", "新聞", "财经", "財經", "快讯", "快訊",
	"挂牌公司", "掛牌公司", "上市公司", "子公司", "母公司", "本公司",
	"该公司", "該公司", "股转公司", "股轉公司", "股转系统", "股轉系統" };
static const char *const ownless_verbs[] = { "回购", "回購", "购回", "購回",
	"质押", "質押", "发行", "發行", "累计", "累計", "增持", "减持", "減持",
	"认购", "認購", "转让", "轉讓", "实施", "實施", "择机", "擇機", "确定",
	"確定", "取得", "详见", "詳見", "意味着", "意味著", "过户", "過戶",
	"调整", "調整" };

void
num_subject_tables(struct zp_numbers *z)
{
	lex_init(&z->ownless_tail, true);
	lex_init(&z->ownless_verb, false);
	for (size_t k = 0; k < sizeof ownless_tails / sizeof *ownless_tails;
	     k++)
		lex_add(&z->ownless_tail, ownless_tails[k], 0, 0, NULL);
	for (size_t k = 0; k < sizeof ownless_verbs / sizeof *ownless_verbs;
	     k++)
		lex_add(&z->ownless_verb, ownless_verbs[k], 0, 0, NULL);
}

static bool
owns_nothing(struct zp_numbers *z, const struct zp_nentity *en)
{
	size_t len;

	if (lex_match(&z->ownless_tail, z->cp, en->start, en->end, en->end,
	        &len) >= 0)
		return true;
	/* 回购专用证券账户: an account, whatever it is named. */
	if (match_len(z, en->end, "账户") || match_len(z, en->end, "帳戶"))
		return true;
	for (size_t i = en->start; i + 1 < en->end; i++)
		if (lex_match(&z->ownless_verb, z->cp, 0, en->end, i, &len) >=
		    0)
			return true;
	return false;
}

/* 来源：X, 来源:X: the outlet a story came from. */
static bool
credited(struct zp_numbers *z, size_t s)
{
	while (s > 0 &&
	    (is_space(z->cp[s - 1]) || z->cp[s - 1] == ':' ||
	        z->cp[s - 1] == 0xFF1A))
		s--;
	return ends_with(z, s, "来源") || ends_with(z, s, "來源");
}

/* Digits from p (after spaces): the position after them, or p. */
static size_t
digits_at(struct zp_numbers *z, size_t p)
{
	size_t q = p;

	while (q < z->n && is_space(z->cp[q]))
		q++;
	if (q >= z->n || !is_adigit(z->cp[q]))
		return p;
	while (q < z->n && is_adigit(z->cp[q]))
		q++;
	while (q < z->n && is_space(z->cp[q]))
		q++;
	return q;
}

/*
 * The outlet a story comes from, by its dateline or byline: 格隆汇9月23日丨,
 * 智通财经APP讯, 上证报中国证券网讯, 新华社电, a date after the name at the
 * head of a line, or the name alone on a line.  A company is often named so once and so the first
 * or the most named organization of a short story; it owns no figure.
 */
static bool
dateline(struct zp_numbers *z, const struct zp_nentity *en)
{
	size_t p = en->end, q;
	/* normalize writes a line break as a space */
	bool head = en->start == 0 || is_space(z->cp[en->start - 1]);

	if (head && (p >= z->n || z->cp[p] == '\n'))
		return true;
	p += match_len(z, p, "APP");
	/* 观点地产网讯: the outlet named without its 网. */
	if (p + 1 < z->n && z->cp[p] == 0x7F51 &&
	    strchr_cp("讯訊", z->cp[p + 1]))
		return true;
	if (p >= z->n)
		return false;
	if (strchr_cp("讯訊", z->cp[p]) || match_len(z, p, "APP获悉") ||
	    (strchr_cp("电電", z->cp[p]) &&
	        (p + 1 >= z->n || !is_cjk(z->cp[p + 1]))))
		return true;
	/* A date, then a bar or 讯 电: 9月23日丨. */
	q = digits_at(z, p);
	if (q == p || q >= z->n || z->cp[q] != 0x6708) /* 月 */
		return false;
	p = digits_at(z, q + 1);
	if (p == q + 1 || p >= z->n || z->cp[p] != 0x65E5) /* 日 */
		return false;
	q = ++p;
	while (p < z->n && is_space(z->cp[p]))
		p++;
	/* At the head of a line a space after the date is enough (格隆汇7月1日
	 * X公布), not a verb (X10月29日发布公告: the company acts). */
	return (head && p > q) ||
	    (p < z->n &&
	        (strchr_cp("丨|｜讯訊电電", z->cp[p]) || z->cp[p] == 0x2502));
}

/* Prepositions whose object is not the figure's owner. */
static const char *const preps[] = { "向", "在", "从", "從", "对", "對", "给",
	"給", "把", "被", "替", "由", "比", "较", "較", "与", "與", "跟", "同",
	"相比", "超过", "超過", "高于", "高於", "低于", "低於" };

/* A preposition ending at p (after spaces and 了): its start, or
 * SIZE_MAX. */
static size_t
preposition_before(struct zp_numbers *z, size_t p)
{
	while (p > 0 && (is_space(z->cp[p - 1]) || z->cp[p - 1] == 0x4E86))
		p--;
	/* Most organizations follow a character no preposition ends in. */
	if (p == 0 ||
	    !strchr_cp(
	        "向在从從对對给給把被替由比较較与與跟同过過于於", z->cp[p - 1]))
		return SIZE_MAX;
	for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
		if (ends_with(z, p, preps[k]))
			return p - lit_len(preps[k]);
	return SIZE_MAX;
}

/* Is the preposition before s one of comparison (高于X的, 比X的)? */
static bool
compared(struct zp_numbers *z, size_t s)
{
	static const char *const w[] = { "比", "较", "較", "相比", "超过",
		"超過", "高于", "高於", "低于", "低於" };
	size_t p = preposition_before(z, s);

	if (p == SIZE_MAX)
		return false;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (match_len(z, p, w[k]) != 0)
			return true;
	return false;
}

/*
 * A label of the other side of an action before s, past 为, 是, 包括 and a
 * colon: 质权人为X, 采购人：X, 招标单位X, 投资方为X.  The one labelled
 * so lends, buys a project or invests; it owns no figure of the action.
 */
static bool
labelled_other(struct zp_numbers *z, size_t s)
{
	static const char *const w[] = { "质权人", "質權人", "采购人", "採購人",
		"采购单位", "採購單位", "采购方", "採購方", "招标人", "招標人",
		"招标单位", "招標單位", "招标方", "招標方", "业主", "業主",
		"发包人", "發包人", "发包方", "發包方", "建设单位", "建設單位",
		"投资方", "投資方", "投资人", "投資人", "投资者", "投資者",
		"投资机构", "投資機構", "领投方", "領投方" };
	size_t p = s;

	while (p > 0 &&
	    (is_space(z->cp[p - 1]) || z->cp[p - 1] == ':' ||
	        z->cp[p - 1] == 0xFF1A || z->cp[p - 1] == 0x4E3A ||
	        z->cp[p - 1] == 0x70BA || z->cp[p - 1] == 0x662F))
		p--; /* : ： 为 為 是 */
	if (ends_with(z, p, "包括"))
		p -= 2;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (ends_with(z, p, w[k]))
			return true;
	return false;
}

/*
 * The object of an action right before s, past an opening quote: the
 * project's owner after 中标 (中标“X排水项目”), the target after 收购.
 */
static bool
object_of_action(struct zp_numbers *z, size_t s)
{
	static const char *const w[] = { "中标", "中標", "收购", "收購", "并购",
		"併購" };
	size_t p = s;

	while (p > 0 && s - p < 2 && strchr_cp("“《「\" ", z->cp[p - 1]))
		p--;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (ends_with(z, p, w[k]))
			return true;
	return false;
}

/* 领投, 跟投, 参投 right after (past 等): an investor in a round. */
static bool
invests(struct zp_numbers *z, size_t e)
{
	static const char *const w[] = { "领投", "領投", "跟投", "参投", "參投",
		"联合领投", "聯合領投" };

	/* 华星资本领投, 华星资本等跟投, 华星资本（领投） */
	while (e < z->n &&
	    (is_space(z->cp[e]) || z->cp[e] == 0x7B49 || z->cp[e] == '(' ||
	        z->cp[e] == 0xFF08))
		e++;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (match_len(z, e, w[k]) != 0)
			return true;
	return false;
}

/*
 * An alias in parentheses right after a name, (以下简称“平安证券”): the
 * gap between the name's end a and the alias's start b opens a
 * parenthesis and closes no clause.
 */
static bool
alias_after(const struct zp_numbers *z, size_t a, size_t b)
{
	if (b <= a || b - a > 8 || (z->cp[a] != '(' && z->cp[a] != 0xFF08))
		return false;
	for (size_t i = a + 1; i < b; i++)
		if (z->pc[i] & C_CLAUSE)
			return false;
	return true;
}

/* Does a short-name declaration end before s: (以下简称“, (下称：? */
static bool
declared_alias(struct zp_numbers *z, size_t s)
{
	size_t p = s;

	while (p > 0 && s - p < 3 && strchr_cp(":：“”\"'「 ", z->cp[p - 1]))
		p--;
	return ends_with(z, p, "简称") || ends_with(z, p, "簡稱") ||
	    ends_with(z, p, "下称") || ends_with(z, p, "下稱");
}

/*
 * An organization that is the other side by its place: coordinated with an
 * object or right after one (向SK海力士和美光; 给某银行深圳分行, a unit
 * right after one), or the investor in a round (华星资本领投).
 */
static bool
beside_object_or_invests(struct zp_numbers *z, const struct zp_nctx *c,
    size_t q, const struct zp_nentity *en)
{
	const struct zp_nentity *prev = q > 0 ? &c->ents[z->org[q - 1]] : NULL;

	if (prev != NULL && z->orole[q - 1] == R_OBJECT &&
	    en->start >= prev->end && en->start - prev->end <= 2 &&
	    (en->start == prev->end || is_coord(z->cp[en->start - 1])))
		return true;
	return invests(z, en->end);
}

/*
 * The outlet of a dateline is the source wherever the record names it
 * (格隆汇 格隆汇7月1日 X公布: the byline before the dateline too).
 */
static void
outlet_everywhere(struct zp_numbers *z)
{
	const struct zp_nctx *c = z->ctx;

	for (size_t q = 0; q < z->norg; q++) {
		const struct zp_nentity *en = &c->ents[z->org[q]];

		if (!dateline(z, en))
			continue;
		for (size_t k = 0; k < z->norg; k++)
			if (same_id(&c->ents[z->org[k]], en))
				z->orole[k] = R_SOURCE;
	}
}

static void
assign_roles(struct zp_numbers *z)
{
	const struct zp_nctx *c = z->ctx;

	for (size_t q = 0; q < z->norg; q++) {
		const struct zp_nentity *en = &c->ents[z->org[q]];
		size_t p = preposition_before(z, en->start);
		uint8_t r = R_SUBJECT;

		/* 质押给平安证券股份有限公司(以下简称“平安证券”): the
		 * alias is what its name is. */
		if (q > 0 &&
		    alias_after(z, c->ents[z->org[q - 1]].end, en->start)) {
			z->orole[q] = z->orole[q - 1];
			continue;
		}
		/* 在广发证券(13.430,…)股份有限公司(以下简称“广发证券”):
		 * a farther declaration, the role of the name it shortens. */
		if (declared_alias(z, en->start)) {
			size_t k = q;

			while (k-- > 0 && !same_id(&c->ents[z->org[k]], en))
				;
			if (k < q) {
				z->orole[q] = z->orole[k];
				continue;
			}
		}
		if ((cited_after(z, en->start) &&
		        !reports_itself(z, en->end)) ||
		    speaks_for_others(z, en->end) || credited(z, en->start) ||
		    owns_nothing(z, en) || dateline(z, en))
			r = R_SOURCE;
		else if (labelled_other(z, en->start) ||
		    object_of_action(z, en->start) ||
		    (p == SIZE_MAX && beside_object_or_invests(z, c, q, en)))
			r = R_OBJECT;
		else if (p != SIZE_MAX) {
			/* 三星与SK海力士: 与 joins two owners, it is no
			 * preposition after an organization. */
			bool joins = q > 0 && c->ents[z->org[q - 1]].end == p;

			/* 在X与Y办理: joined to an object, an object. */
			r = joins ? z->orole[q - 1] : R_OBJECT;
		}
		z->orole[q] = r;
	}
	outlet_everywhere(z);
}

/*
 * The record's dominant organization: named most often, at least twice,
 * and more often than any other (a document's topic; one sentence naming a
 * company once in passing does not make it the owner of every figure).
 * Its outlet's dateline and byline do not count.
 */
static int
dominant(struct zp_numbers *z, const struct zp_nctx *c)
{
	int best = -1, best_n = 0;
	bool tie = false;

	if (c->nents > 2000)
		return -1;
	for (size_t k = 0; k < c->nents; k++) {
		const struct zp_nentity *en = &c->ents[k];
		int cnt = 0;
		bool seen = false;

		if (!en->org || en->start >= en->end || en->end > z->n ||
		    dateline(z, en))
			continue;
		for (size_t q = 0; q < c->nents && !seen; q++) {
			const struct zp_nentity *o = &c->ents[q];

			if (!o->org || o->start >= o->end || o->end > z->n ||
			    o->idlen != en->idlen ||
			    memcmp(o->id, en->id, en->idlen) != 0 ||
			    dateline(z, o))
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
			best = (int)k;
			tie = false;
		} else if (cnt == best_n) {
			tie = true;
		}
	}
	return tie || best_n < 2 ? -1 : best;
}

static int
cmp_start(const void *a, const void *b, const struct zp_nentity *e)
{
	const struct zp_nentity *x = &e[*(const size_t *)a],
	                        *y = &e[*(const size_t *)b];

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/*
 * A parenthesis after a name that makes it the company of an announcement:
 * its stock code, (002001), (600001.SH), (SZ 300001), or the short name
 * the text calls it by, (以下简称“公司”), (下称：本公司).
 */
static bool
declares_self(struct zp_numbers *z, size_t e)
{
	static const char *const w[] = { "以下简称", "以下簡稱", "下称", "下稱",
		"简称", "簡稱" };
	size_t p = e, d;

	while (p < z->n && is_space(z->cp[p]))
		p++;
	if (p >= z->n || (z->cp[p] != '(' && z->cp[p] != 0xFF08))
		return false;
	p++;
	while (
	    p < z->n && p < e + 6 && (is_latin(z->cp[p]) || is_space(z->cp[p])))
		p++;
	for (d = p; d < z->n && is_adigit(z->cp[d]); d++)
		;
	if (d - p >= 4 && d - p <= 6)
		return true;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++) {
		size_t l = match_len(z, p, w[k]);

		if (l == 0)
			continue;
		p += l;
		while (p < z->n && p < e + 14 &&
		    (is_space(z->cp[p]) || strchr_cp(":：“”\"'「", z->cp[p])))
			p++;
		return match_len(z, p, "本公司") != 0 ||
		    match_len(z, p, "公司") != 0;
	}
	return false;
}

/*
 * The company a document announces for: the first one that may own a
 * figure in its title line (a short first line), in its 原标题 line, or
 * after 证券简称; -1 when none.  公司, 本公司 and 该公司 refer to it.
 */
static int
announcer(struct zp_numbers *z)
{
	size_t from = 0, to = 0, p;

	for (p = 0; p < z->n && p < 80 && z->cp[p] != '\n'; p++)
		;
	if (p < z->n && p < 80 && z->cp[p] == '\n')
		to = p;
	for (p = 0; p + 3 < z->n && p < 400; p++) {
		size_t l = 0;

		if (z->cp[p] == 0x539F) /* 原 */
			l = match_len(z, p, "原标题");
		else if (z->cp[p] == 0x8BC1) /* 证 */
			l = match_len(z, p, "证券简称");
		if (l == 0)
			continue;
		from = p + l;
		for (to = from; to < z->n && to < from + 80 &&
		     z->cp[to] != '\n' && !(z->pc[to] & C_SENT);
		     to++)
			;
		break;
	}
	for (size_t q = 0; q < z->norg; q++) {
		const struct zp_nentity *en = &z->ctx->ents[z->org[q]];

		if (en->start >= from && en->end <= to &&
		    z->orole[q] == R_SUBJECT)
			return (int)z->org[q];
	}
	for (size_t q = 0; q < z->norg; q++) {
		const struct zp_nentity *en = &z->ctx->ents[z->org[q]];

		if (en->start > 400)
			break;
		if (z->orole[q] == R_SUBJECT && declares_self(z, en->end))
			return (int)z->org[q];
	}
	return -1;
}

/* 公司, 本公司, 该公司 opening the clause: the announcing company. */
static bool
company_ref(struct zp_numbers *z, size_t cl, size_t p)
{
	static const char *const w[] = { "本公司", "该公司", "該公司", "公司",
		"本集团", "本集團", "集团", "集團" };

	while (cl < p && is_space(z->cp[cl]))
		cl++;
	for (size_t k = 0; k < sizeof w / sizeof *w; k++)
		if (match_len(z, cl, w[k]) != 0)
			return true;
	return false;
}

void
num_subject_begin(struct zp_numbers *z, struct subj_walk *w)
{
	const struct zp_nctx *c = z->ctx;

	memset(w, 0, sizeof *w);
	w->topic = -1;
	w->dominant = -1;
	w->announcer = -1;
	z->norg = 0;
	if (c == NULL)
		return;
	w->dominant = dominant(z, c);
	if (c->nents > z->orgcap) {
		z->orgcap = c->nents;
		z->org = zp_xreallocarray(z->org, z->orgcap, sizeof *z->org);
		z->orole = zp_xreallocarray(z->orole, z->orgcap, 1);
	}
	/* ORGs that lie in the text, in text order (insertion sort: the
	 * extractor writes them sorted, so this is one pass). */
	for (size_t k = 0; k < c->nents; k++) {
		const struct zp_nentity *en = &c->ents[k];
		size_t j = z->norg;

		if (!en->org || en->start >= en->end || en->end > z->n)
			continue;
		while (j > 0 && cmp_start(&z->org[j - 1], &k, c->ents) > 0) {
			z->org[j] = z->org[j - 1];
			j--;
		}
		z->org[j] = k;
		z->norg++;
	}
	assign_roles(z);
	w->announcer = announcer(z);
	/* Named only as the other side (中标X项目, 向X质押), the most named
	 * organization is no topic of the document. */
	if (w->dominant >= 0) {
		bool owns = false;

		for (size_t q = 0; q < z->norg && !owns; q++)
			owns = z->orole[q] == R_SUBJECT &&
			    same_id(&c->ents[z->org[q]], &c->ents[w->dominant]);
		if (!owns)
			w->dominant = -1;
	}
}

/* Moves the topic over the organizations that end before p. */
static void
advance_topic(struct zp_numbers *z, struct subj_walk *w, size_t p)
{
	const struct zp_nentity *e = z->ctx->ents;

	for (; w->next < z->norg && e[z->org[w->next]].end <= p; w->next++) {
		size_t q = w->next, cl;
		const struct zp_nentity *en = &e[z->org[q]];

		if (z->orole[q] != R_SUBJECT)
			continue;
		cl = last_before(z->clause, z->nclause, en->start);
		if (w->topic_clause == cl + 1 && w->topic >= 0) {
			/* A second owner in the clause: side by side
			 * (A和B), the topic is shared; later, it is
			 * the first. */
			const struct zp_nentity *t = &e[w->topic];

			if (!same_id(t, en) && en->start >= t->end &&
			    short_gap(z, t->end, en->start, 4) &&
			    is_coord(z->cp[en->start - 1]))
				w->topic = -2;
			continue;
		}
		if (w->topic_clause == cl + 1)
			continue;
		w->topic = (int)z->org[q];
		w->topic_clause = cl + 1;
	}
}

/*
 * The clause is about companies in general, a sector or a market: it
 * starts with a noun phrase ending in one of these words that is no
 * entity and no reference to one (该公司, 公司).
 */
static bool
generic_clause(struct zp_numbers *z, size_t cl, size_t p, size_t next_org)
{
	static const char *const heads[] = { "公司", "企业", "企業", "厂商",
		"廠商", "行业", "行業", "板块", "板塊", "市场", "市場", "大盘",
		"大盤", "产业", "產業" };
	/* 归属于上市公司股东: in a report, the reporting company. */
	static const char *const refs[] = { "该", "該", "本", "其", "这家",
		"這家", "该家", "此", "子", "母", "分", "归属于上市",
		"归属上市", "归属于挂牌", "归属挂牌", "歸屬於上市",
		"歸屬於掛牌" };
	size_t s = cl;

	while (s < p && is_space(z->cp[s]))
		s++;
	for (size_t i = s + 1; i < p && i < s + 10; i++) {
		if (!strchr_cp("公企厂廠行板市大产產", z->cp[i])) {
			if (z->pc[i] & C_CLAUSE)
				break;
			continue;
		}
		for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
			size_t l = match_len(z, i, heads[k]);
			bool ref = false;

			if (l == 0 || i + l > p)
				continue;
			/* 公司 alone at the start is the topic. */
			for (size_t r = 0; r < sizeof refs / sizeof *refs; r++)
				if (ends_with(z, i, refs[r]))
					ref = true;
			/* 公司拥有人应占, 公司股东应占: the reporting
			 * company's owners, no company in general. */
			if (ref || match_len(z, i + l, "拥有人") ||
			    match_len(z, i + l, "擁有人") ||
			    match_len(z, i + l, "权益持有人") ||
			    match_len(z, i + l, "權益持有人") ||
			    match_len(z, i + l, "股东应占") ||
			    match_len(z, i + l, "股東應佔"))
				return false;
			/* An organization named in the phrase is no
			 * generic noun (三星电子公司). */
			return next_org >= i + l || next_org == SIZE_MAX;
		}
		if (z->pc[i] & C_CLAUSE)
			break;
	}
	return false;
}

static bool party(const struct zp_numbers *z, const struct zp_nentity *en);
static bool word_ends(
    struct zp_numbers *z, size_t p, const char *const *w, size_t n);
static bool word_starts(
    struct zp_numbers *z, size_t p, const char *const *w, size_t n);

/* What a corporate action's figure asks of its subject. */
enum { ACT_OTHER, ACT_STAKE, ACT_BID, ACT_FUND };

static int
action_kind(struct zp_numbers *z, const struct ment *m)
{
	const char *t;

	if (m->metric < 0 || z->metrics.e[m->metric].exp != MC_ACTION)
		return ACT_OTHER;
	t = z->metrics.e[m->metric].code;
	if (strstr(t, "质押") || strstr(t, "增持") || strstr(t, "减持"))
		return ACT_STAKE;
	if (strstr(t, "中标"))
		return ACT_BID;
	if (strstr(t, "融资"))
		return ACT_FUND;
	return ACT_OTHER;
}

/* Past spaces, a colon and parentheses (a stock code, a quote) from p. */
static size_t
past_asides(struct zp_numbers *z, size_t p)
{
	for (int n = 0; n < 4 && p < z->n; n++) {
		size_t q = p;

		while (q < z->n &&
		    (is_space(z->cp[q]) || z->cp[q] == ':' ||
		        z->cp[q] == 0xFF1A))
			q++;
		if (q < z->n && (z->cp[q] == '(' || z->cp[q] == 0xFF08)) {
			size_t r = q + 1;

			while (r < z->n && r < q + 40 && z->cp[r] != ')' &&
			    z->cp[r] != 0xFF09 && !(z->pc[r] & C_SENT))
				r++;
			if (r < z->n && (z->cp[r] == ')' || z->cp[r] == 0xFF09))
				q = r + 1;
		}
		if (q == p)
			break;
		p = q;
	}
	return p;
}

/*
 * Does the organization act as the figure's action asks: it wins the bid
 * (X中标, X预中标, X为…中标人, 中标人为X) or raises the money (X完成…融资,
 * X获得, X获投)?  Adverbs of time may stand between (X近日中标).
 */
static bool
acts(struct zp_numbers *z, const struct zp_nentity *en, int kind)
{
	static const char *const adv[] = { "近日", "日前", "今日", "昨日", "已",
		"再次", "再度", "宣布", "公告", "成功", "联合", "聯合", "又",
		"也", "将", "將", "被", "正式", "确定", "確定" };
	static const char *const bid[] = { "中标", "中標", "预中标", "預中標",
		"拟中标", "擬中標" };
	static const char *const won[] = { "中标人", "中標人", "中标单位",
		"中標單位", "中标候选人", "中標候選人", "成交供应商",
		"成交供應商", "中标供应商", "中標供應商", "中标方", "中標方",
		"成交人" };
	static const char *const fund[] = { "完成", "获得", "獲得", "获投",
		"獲投", "获", "獲", "拿到", "融资", "融資", "募资", "募資" };
	size_t p = past_asides(z, en->end), l;

	for (bool more = true; more;) {
		more = false;
		for (size_t k = 0; k < sizeof adv / sizeof *adv; k++)
			if ((l = match_len(z, p, adv[k])) != 0) {
				p += l;
				more = true;
			}
	}
	if (kind == ACT_FUND)
		return word_starts(z, p, fund, sizeof fund / sizeof *fund);
	if (word_starts(z, p, bid, sizeof bid / sizeof *bid) ||
	    word_ends(z, en->start, won, sizeof won / sizeof *won))
		return true;
	/* X为/成为…的中标人, within its clause. */
	if (!word_starts(
	        z, p, (const char *const[]){ "为", "為", "成为", "成為" }, 4))
		return false;
	for (size_t i = p; i < z->n && i < p + 60 && !(z->pc[i] & C_CLAUSE);
	     i++)
		if (word_starts(z, i, won, sizeof won / sizeof *won))
			return true;
	return false;
}

/* Is entity k in the text an organization that may own a figure? */
static bool
owner_org(struct zp_numbers *z, size_t k)
{
	for (size_t q = 0; q < z->norg; q++)
		if (z->org[q] == k)
			return z->orole[q] == R_SUBJECT;
	return false;
}

/*
 * The last party in [lo, p) that is the agent of a clause: a person after
 * no preposition and no label of the other side, or an organization that
 * may own a figure.  -1 when none.
 */
static int
last_agent(struct zp_numbers *z, size_t lo, size_t p)
{
	const struct zp_nctx *c = z->ctx;
	int best = -1;

	for (size_t k = 0; k < c->nents && k < 2000; k++) {
		const struct zp_nentity *en = &c->ents[k];

		if (!party(z, en) || en->start < lo || en->end > p ||
		    (best >= 0 && en->start < c->ents[best].start))
			continue;
		if (en->person ? preposition_before(z, en->start) == SIZE_MAX &&
		            !labelled_other(z, en->start) :
		                 owner_org(z, k))
			best = (int)k;
	}
	return best;
}

/* The last organization in [lo, p) that acts as kind asks, or -1. */
static int
last_actor(struct zp_numbers *z, size_t lo, size_t p, int kind)
{
	int best = -1;

	for (size_t q = 0; q < z->norg; q++) {
		const struct zp_nentity *en = &z->ctx->ents[z->org[q]];

		if (en->start >= p)
			break;
		if (en->start >= lo && z->orole[q] != R_SOURCE &&
		    acts(z, en, kind))
			best = (int)z->org[q];
	}
	return best;
}

/*
 * The subject by the action's roles, or -1 to look as for any figure.  A
 * pledge or stake change by a person (股东王某质押) is the company's whose
 * shares they are: the announcer.  A bid's amount is the winner's, named
 * in its sentence or before it, else the announcer's; a round's, the
 * company's that completes or gets it.
 */
static int
by_role(struct zp_numbers *z, struct subj_walk *w, const struct ment *m)
{
	int kind = action_kind(z, m), a;
	size_t st = last_before(z->sent, z->nsent, m->s);

	switch (kind) {
	case ACT_STAKE:
		if (w->announcer < 0)
			return -1;
		a = last_agent(z, st, m->s);
		if (a < 0)
			a = last_agent(z, st > 200 ? st - 200 : 0, st);
		return a >= 0 && z->ctx->ents[a].person ? w->announcer : -1;
	case ACT_BID:
		/* A winner named before the company of the document: an
		 * owner may announce the result of its own tender. */
		a = last_actor(z, st, m->s, kind);
		if (a < 0)
			a = last_actor(z, 0, m->s, kind);
		return a >= 0 ? a : w->announcer;
	case ACT_FUND:
		a = last_actor(z, st, m->s, kind);
		return a >= 0 ? a : last_actor(z, 0, m->s, kind);
	default:
		return -1;
	}
}

/*
 * Is the organization named somewhere as the other side of the action
 * kind: an investor of a round (投资方为X, X领投), a tenderer or a
 * project's owner (招标人X, 中标X项目)?  It owns no figure of that action
 * even where its clause gives it one.
 */
static bool
other_side_somewhere(struct zp_numbers *z, int k, int kind)
{
	const struct zp_nentity *e = z->ctx->ents, *x = &e[k];

	if (kind != ACT_FUND && kind != ACT_BID)
		return false;
	for (size_t q = 0; q < z->norg; q++) {
		const struct zp_nentity *en = &e[z->org[q]];

		if (!same_id(en, x))
			continue;
		if (labelled_other(z, en->start) ||
		    (kind == ACT_FUND ? invests(z, en->end) :
		                        object_of_action(z, en->start)))
			return true;
	}
	return false;
}

/*
 * The subject by where the figure stands: its clause's organization, the
 * announcer for 公司, none for a generic clause, the topic, the
 * announcer, the dominant organization.
 */
static int
subject_by_place(
    struct zp_numbers *z, struct subj_walk *w, struct ment *m, size_t cl)
{
	const struct zp_nctx *c = z->ctx;
	int own = -1;
	size_t first_org = SIZE_MAX;

	/* The clause's own organizations, before the figure. */
	for (size_t q = w->next; q < z->norg; q++) {
		const struct zp_nentity *en = &c->ents[z->org[q]];

		if (en->start >= m->s)
			break;
		if (en->end > m->s || en->start < cl)
			continue;
		if (first_org == SIZE_MAX)
			first_org = en->start;
		if (z->orole[q] == R_SUBJECT)
			own = (int)z->org[q];
		/* 高于AMD的40亿美元: the figure right after X的 is X's when X
		 * is compared (质押给X的320万股 is no X's). */
		if (z->orole[q] == R_OBJECT && en->end < z->n &&
		    (z->cp[en->end] == 0x7684) &&
		    short_gap(z, en->end, m->s, 10) && compared(z, en->start))
			own = (int)z->org[q];
	}
	if (own >= 0)
		return own;
	if (w->announcer >= 0 && company_ref(z, cl, m->s))
		return w->announcer;
	if (generic_clause(z, cl, m->s, first_org))
		return -1;
	if (w->topic == -2)
		return -1;
	if (w->topic >= 0)
		return w->topic;
	return w->announcer >= 0 ? w->announcer : w->dominant;
}

/*
 * A name that holds a comma is one name, not two clauses: a listed
 * company's legal name with a price quote inside (某某医疗(10.820,0.00,
 * 0.00%)科技股份有限公司).  The clause bounds inside a given entity go.
 */
void
num_clauses_over_names(struct zp_numbers *z)
{
	size_t *b = z->clause, nb = z->nclause, out = 0;

	if (z->ctx == NULL || z->ctx->nents == 0 || nb == 0)
		return;
	for (size_t q = 0; q < z->ctx->nents; q++) {
		const struct zp_nentity *en = &z->ctx->ents[q];
		size_t lo = 0, hi = nb;

		if (en->end - en->start < 8 || en->end > z->n)
			continue;
		while (lo < hi) { /* the first bound after the start */
			size_t mid = lo + (hi - lo) / 2;

			if (b[mid] <= en->start)
				lo = mid + 1;
			else
				hi = mid;
		}
		/* Taking the bound before's value keeps the order. */
		for (; lo < nb && b[lo] < en->end; lo++)
			b[lo] = lo > 0 ? b[lo - 1] : 0;
	}
	for (size_t k = 0; k < nb; k++)
		if (b[k] != 0 && (out == 0 || b[k] != b[out - 1]))
			b[out++] = b[k];
	z->nclause = out;
}

int
num_subject_of(
    struct zp_numbers *z, struct subj_walk *w, struct ment *m, size_t cl)
{
	int own;

	if (z->ctx == NULL)
		return -1;
	advance_topic(z, w, cl);
	if ((own = by_role(z, w, m)) >= 0)
		return own;
	own = subject_by_place(z, w, m, cl);
	return own >= 0 && other_side_somewhere(z, own, action_kind(z, m)) ?
	    -1 :
	    own;
}

/* An entity that may take part in an action: an organization or a
 * person, lying in the text. */
static bool
party(const struct zp_numbers *z, const struct zp_nentity *en)
{
	return (en->org || en->person) && en->start < en->end &&
	    en->end <= z->n;
}

/* Does one of words end at p (after spaces), within two characters? */
static bool
word_ends(struct zp_numbers *z, size_t p, const char *const *w, size_t n)
{
	while (p > 0 && is_space(z->cp[p - 1]))
		p--;
	for (size_t k = 0; k < n; k++)
		if (ends_with(z, p, w[k]))
			return true;
	return false;
}

/* Does one of words start at p (after spaces and 等)? */
static bool
word_starts(struct zp_numbers *z, size_t p, const char *const *w, size_t n)
{
	while (p < z->n && (is_space(z->cp[p]) || z->cp[p] == 0x7B49))
		p++;
	for (size_t k = 0; k < n; k++)
		if (match_len(z, p, w[k]) != 0)
			return true;
	return false;
}

void
num_action_roles(struct zp_numbers *z, struct ment *m)
{
	static const char *const before_target[] = { "收购", "收購", "并购",
		"併購", "入股", "增资", "增資", "投资", "投資", "认购", "認購",
		"受让", "受讓", "向", "从", "從", "由", "获得", "獲得", "获",
		"獲", "质押给", "質押給", "质押予", "質押予" };
	static const char *const after_investor[] = { "领投", "領投", "跟投",
		"参投", "參投", "联合领投", "聯合領投" };
	static const char *const before_holder[] = { "股东", "股東", "控股股东",
		"控股股東", "大股东", "大股東", "实际控制人", "實際控制人" };
	const struct zp_nctx *c = z->ctx;
	size_t st, se;

	m->counterparty = m->holder = -1;
	if (c == NULL || m->metric < 0 ||
	    z->metrics.e[m->metric].exp != MC_ACTION)
		return;
	st = last_before(z->sent, z->nsent, m->s);
	se = next_with(z, m->e, C_SENT);
	for (size_t k = 0; k < c->nents && k < 2000; k++) {
		const struct zp_nentity *en = &c->ents[k];

		if (!party(z, en) || en->start < st || en->end > se ||
		    (int)k == m->subject ||
		    (m->subject >= 0 && same_id(en, &c->ents[m->subject])))
			continue;
		if (m->holder < 0 &&
		    word_ends(z, en->start, before_holder,
		        sizeof before_holder / sizeof *before_holder))
			m->holder = (int)k;
		else if (m->counterparty < 0 &&
		    (word_ends(z, en->start, before_target,
		         sizeof before_target / sizeof *before_target) ||
		        word_starts(z, en->end, after_investor,
		            sizeof after_investor / sizeof *after_investor)))
			m->counterparty = (int)k;
	}
	/* 李某累计质押1800万股: the person acting for the company. */
	if (m->holder < 0 && action_kind(z, m) == ACT_STAKE) {
		int a = last_agent(z, st, m->s);

		if (a >= 0 && c->ents[a].person)
			m->holder = a;
	}
}
