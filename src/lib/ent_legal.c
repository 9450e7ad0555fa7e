/*
 * ent_legal -- companies by their full legal name, as announcements write
 * them: a name, maybe with a place and one part in parentheses, then a
 * legal form (赛川集团股份有限公司, 重庆某建设(集团)有限责任公司,
 * 某投资中心(有限合伙)) and maybe a branch (…银行股份有限公司杭州分行).
 * The legal form makes the end sure, so the name runs back over the
 * characters that stop shorter names (轮, 万, 时) and over the places and
 * names the lists found inside it, to punctuation, or to a word that
 * introduces a company (股东, 子公司, 质押给, 与).
 */
#include "ent_internal.h"

#define LEGAL_MAX 24 /* characters of the name before the legal form */

/* Legal forms, the longest first where one ends another. */
static const char *const legal_forms[] = {
	"有限责任公司",
	"有限公司",
	"(有限合伙)",
	"（有限合伙）",
};

/* A branch after the legal form: …股份有限公司北京分行. */
static const char *const branch_words[] = {
	"分行",
	"支行",
	"分公司",
	"营业部",
	"分理处",
};

/*
 * Words before a company's legal name that are no part of it: its relation
 * to another party, the party it is in a deal, or the verb of the news.
 */
static const char *const lead_words[] = {
	"股东",
	"实际控制人",
	"一致行动人",
	"公司",
	"下属",
	"旗下",
	"所属",
	"成员",
	"联合体",
	"牵头人",
	"关联方",
	"卖方",
	"买方",
	"甲方",
	"乙方",
	"对方",
	"受让方",
	"转让方",
	"出让方",
	"收购方",
	"认购方",
	"投资方",
	"合作方",
	"委托方",
	"出质人",
	"质权人",
	"债权人",
	"债务人",
	"担保人",
	"招标人",
	"中标人",
	"投标人",
	"发行人",
	"申请人",
	"原告",
	"被告",
	"管理人",
	"托管人",
	"受托人",
	"委托人",
	"保荐机构",
	"承销商",
	"投资者",
	"投资人",
	"接到",
	"收到",
	"获悉",
	"通知",
	"公告",
	"显示",
	"宣布",
	"发布",
	"披露",
	"表示",
	"关于",
	"持有",
	"质押给",
	"出售给",
	"转让给",
	"收购",
	"增持",
	"减持",
	"购买",
	"受让",
	"转让",
	"出售",
	"设立",
	"原名",
	"前身",
	"全称",
	"简称",
	"变为",
	"更名为",
	"改名为",
};

/*
 * Characters that end the run back: function words that no legal name
 * holds (与及或向对给...), and what the lists' names begin with that a
 * name keeps (和, 为, 于 are left out: 中和, 有为, 于氏).
 */
/* Counts before a legal form: 一家有限公司 is a kind of firm. */
static const char *const count_words[] = { "一家", "两家", "多家", "这家" };

static const char legal_stop[] =
    "与及或向对给从由被把让的了是该此这据称并且但暨";

/* A lead word ending at k, inside [lo, k): its length, or 0. */
static size_t
lead_before(const struct zp_entities *x, size_t lo, size_t k)
{
	return zp_wl_before(&x->legalleads, x->c, lo, k, NULL);
}

/*
 * The parenthesized part of one to four Han characters that ends at k
 * ((集团), (中国)): where its opening parenthesis is, or k.
 */
static size_t
paren_before(const struct zp_entities *x, size_t k)
{
	size_t p = k - 1;

	if (k < 4 || !is_close(x->c[p]))
		return k;
	while (p > 0 && k - 1 - p < 5 && is_han(x->c[p - 1]))
		p--;
	if (p == k - 1 || p == 0 || !is_open(x->c[p - 1]) || p - 1 == 0 ||
	    !is_han(x->c[p - 2]))
		return k;
	return p - 1;
}

/*
 * Where the name before the legal form at a starts, or a when no edge is
 * found within LEGAL_MAX characters or the name is shorter than two.  A
 * price quote inside the name is skipped and given in [*ga, *gb) (else
 * both are a).
 */
static size_t
legal_left(const struct zp_entities *x, size_t a, size_t *ga, size_t *gb)
{
	size_t k = a, p, gap = 0;
	bool paren = false;

	*ga = *gb = a;
	while (k > 0 && a - k - gap < LEGAL_MAX) {
		uint32_t ch = x->c[k - 1];
		int32_t o = x->owner[k - 1];
		if (a - k >= 2 && lead_before(x, 0, k) > 0)
			return k;
		if (o >= 0) {
			const struct ent *e = &x->ent[o];

			/* Another company's legal name ends here. */
			if (e->e != k ||
			    (e->type != ZP_ET_LOC && e->type != ZP_ET_ORG &&
			        e->type != ZP_ET_PER) ||
			    wl_before(&x->legalforms, x->c, k) > 0)
				break;
			/*
			 * A name of the lists across a lead word (控股股东 +
			 * 北京 read as 东北): the company starts after it.
			 */
			for (p = e->e - 1; p > e->s; p--)
				if (lead_before(x, 0, p) > 0)
					return a - p >= 2 ? p : a;
			k = e->s;
			continue;
		}
		if (is_han(ch)) {
			/* 在 is a verb before a name, but 在线 a trade in it. */
			if (in_set(legal_stop, ch) ||
			    (ch == 0x5728 /* 在 */ &&
			        x->c[k] != 0x7EBF /* 线 */))
				break;
			k--;
			continue;
		}
		if (gap == 0 && (p = ent_code_before(x, k)) < k && p > 0 &&
		    is_han(x->c[p - 1])) {
			*ga = p;
			*gb = k;
			gap = k - p;
			k = p;
			continue;
		}
		if (!paren && (p = paren_before(x, k)) < k) {
			paren = true;
			k = p;
			continue;
		}
		/* A Latin word the name begins with: TCL科技集团. */
		if (is_alpha(ch)) {
			p = k;
			while (p > 0 && is_alpha(x->c[p - 1]))
				p--;
			if (p == 0 || !is_alnum(x->c[p - 1]))
				k = p;
		}
		break;
	}
	if (k > 0 && a - k - gap >= LEGAL_MAX)
		return a;
	/* 一家有限公司 names none. */
	for (size_t w = 0; w < NELEM(count_words); w++)
		if (text_is(x, k, count_words[w]))
			k += 2;
	/* The name starts after the quote: it ends a short name's mention. */
	if (k >= *ga) {
		k = k < *gb ? *gb : k;
		*ga = *gb = a;
	}
	return a - k >= 2 ? k : a;
}

/* Where a branch after the legal form ending at j ends, or j. */
static size_t
branch_after(const struct zp_entities *x, size_t j)
{
	for (size_t q = j; q < x->n && q - j < 10; q++) {
		size_t l;

		if (q > j && (l = wl_at(&x->branches, x->c, x->n, q)) > 0)
			return q + l;
		if (!is_han(x->c[q]) || in_set(legal_stop, x->c[q]) ||
		    (q > j && lead_before(x, j, q) > 0))
			break;
	}
	return j;
}

/*
 * The first position from i where a legal form may start, or n.  Every
 * form holds 有限, 有 first or after an opening parenthesis: in a text
 * with one the walk looks for 限, which is rare, where 有 is one of the
 * commonest characters (a stop at each had cost more than the walk).  In
 * a text without, the forms are 有限公司 and 有限责任公司, suffixes of
 * ent_suffix.c, and MARK_SUF marks where each starts: the walk reads the
 * marks, not the text.
 */
static size_t
next_form(const struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;

	if (!(x->seen & TX_OPEN)) {
		for (; (i = next_mark(x, MARK_SUF, i)) < x->n; i++)
			if (c[i] == 0x6709 /* 有 */)
				return i;
		return x->n;
	}
	for (size_t p = i + 1; (p = next_cp2(x, p, 0x9650, 0x9650)) < x->n;
	     p++) {
		if (c[p - 1] != 0x6709 /* 有 */)
			continue;
		if (p >= i + 2 && (c[p - 2] == '(' || c[p - 2] == 0xFF08))
			return p - 2;
		return p - 1;
	}
	return x->n;
}

void
ent_pass_legal(struct zp_entities *x)
{
	for (size_t i = 2; i < x->n; i++) {
		size_t l, k, j, idj, ga, gb;
		int32_t o;

		if ((i = next_form(x, i)) >= x->n)
			break;
		if ((l = wl_at(&x->legalforms, x->c, x->n, i)) == 0)
			continue;
		j = i + l;
		/* A name of the lists that holds the form already. */
		if ((o = x->owner[i]) >= 0 || (o = x->owner[j - 1]) >= 0) {
			i = x->ent[o].e > i ? x->ent[o].e - 1 : i;
			continue;
		}
		/*
		 * A known company + its legal form keeps the company's entry:
		 * the suffix pass joins them (中国华能集团 + 有限公司).
		 */
		if ((k = legal_left(x, i, &ga, &gb)) == i ||
		    ((o = ends_at(x, i)) >= 0 && x->ent[o].s == k &&
		        x->ent[o].type == ZP_ET_ORG))
			continue;
		idj = j;
		j = branch_after(x, j);
		ent_clear_span(x, k, j);
		ent_add(x, k, j, ZP_ET_ORG, SRC_RULE, NONE,
		    ent_put_surface_gap(x, k,
		        j == idj && l == 6 && !is_han(x->c[i]) ? i : j, ga,
		        gb));
		i = j - 1;
	}
}

void
ent_legal_init(struct zp_entities *x)
{
	ent_cset_get(legal_stop);
	zp_wl_add_all(&x->legalforms, legal_forms, NELEM(legal_forms));
	zp_wl_add_all(&x->legalleads, lead_words, NELEM(lead_words));
	zp_wl_add_all(&x->branches, branch_words, NELEM(branch_words));
}

void
ent_legal_free(struct zp_entities *x)
{
	zp_wl_free(&x->legalforms);
	zp_wl_free(&x->legalleads);
	zp_wl_free(&x->branches);
}
