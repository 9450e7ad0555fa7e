/*
 * ent_lists -- names found by their neighbours: enumerations with "、",
 * a kind word in apposition (芯片商英伟达), aliases in parentheses and a name
 * found again in the same text.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"

/* The hot sets of this family, resolved once by its init. */
const struct cset *ent_cs_kind;

/* Words at which the last item of an enumeration ends. */
static const char *const trail_words[] = {
	"等等",
	"等",
	"和",
	"与",
	"及",
	"以及",
	"领投",
	"跟投",
	"联合",
	"共同",
	"参与",
	"合计",
	"均",
	"都",
	"也",
	"已",
	"将",
	"分别",
	"各",
	"的",
	"在",
	"两家",
	"三家",
	"四家",
	"五家",
	"几家",
	"多家",
	"为",
	"是",
	"则",
	"还",
	"纷纷",
	"相继",
	"先后",
	"陆续",
	"此前",
	"近日",
	/* Time words: 工行、建行昨日联合宣布. */
	"昨日",
	"昨天",
	"今日",
	"今天",
	"明日",
	"明天",
	"日前",
	"当天",
	"当日",
	"同日",
	"近期",
	"目前",
	"本周",
	"上周",
	"下周",
	"本月",
	"上月",
	"今年",
	"去年",
	"明年",
	"一起",
	"一同",
	"共",
	"合作",
};

/* Words after "等" that say the list was of organizations. */
static const char *const org_ctx_words[] = {
	"家",
	"公司",
	"企业",
	"机构",
	"券商",
	"厂商",
	"合作商",
	"投资方",
	"股东",
	"投资机构",
	"基金",
	"资本",
	"银行",
	"投行",
	"巨头",
	"龙头",
	"厂",
	"大厂",
	"品牌",
	"车企",
	"芯片商",
	"供应商",
	"客户",
	"平台",
	"联合投资",
	"领投",
	"跟投",
	"注资",
	"参投",
};
const char ent_list_numerals[] = "一二三四五六七八九十两";
static const char LIST_CLASSIFIERS[] = "期个家项款座条只大号批轮";
/* Apposition: the first characters of kind_words[] below. */
static const char KIND_FIRST[] = "企公厂初芯供制运投子孙平服提研开品创";
/* Apposition: characters a new name does not hold, and what ends it. */
static const char appos_bad[] =
    "涨跌增减升降价股大小高低多少好坏新旧上下进出是有"
    "无在为的了着过将会能可要想说看做等这那其该此每各本所以而与和或及也都还又"
    "就才只很更最再已曾被把让给向从对于在到由年月日时分秒个家位名次";
static const char appos_end[] = "，,、；;被";
/* Last characters of nouns of people and amounts: 消费者, 交易额. */
static const char appos_noun_end[] = "者员户量额率数";

/* The bit of a character's low six bits (clause_break's filter). */
#define LOW6(c) ((uint64_t)1 << ((c)&63))

static bool
clause_break(uint32_t c)
{
	/*
	 * Every one of them has its low byte below 0x40, and one of these
	 * low six bits: most characters are turned down by two tests.
	 */
	const uint64_t low = LOW6(0xFF0C) | LOW6(',') | LOW6(0x3002) |
	    LOW6(0xFF1B) | LOW6(';') | LOW6(0xFF1A) | LOW6(':') | LOW6(0xFF01) |
	    LOW6('!') | LOW6(0xFF1F) | LOW6('?') | LOW6(0x201C) | LOW6(0x201D) |
	    LOW6(0x300A) | LOW6(0x300B) | LOW6('\n') | LOW6(0x3010) |
	    LOW6(0x3011) | LOW6('"');

	if ((c & 0xC0) != 0 || !((low >> (c & 63)) & 1))
		return false;
	return c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B ||
	    c == ';' || c == 0xFF1A || c == ':' || c == 0xFF01 || c == '!' ||
	    c == 0xFF1F || c == '?' || c == 0x201C || c == 0x201D ||
	    c == 0x300A || c == 0x300B || c == '\n' || c == 0x3010 ||
	    c == 0x3011 || c == '"';
}

/*
 * The first position from i that may be a clause break or a 、, or n: all
 * of them have a high byte (bits 8 and up) of 0, 0x20, 0x30 or 0xFF, and
 * Han characters none, so that four positions go at a test where the walk
 * by clause_break was a tenth of the pass.
 */
static size_t
next_punct(const uint32_t *c, size_t i, size_t n)
{
#ifdef __SSE2__
	const __m128i h20 = _mm_set1_epi32(0x20), h30 = _mm_set1_epi32(0x30),
	              hff = _mm_set1_epi32(0xFF), h00 = _mm_setzero_si128();

	for (; i + 4 <= n; i += 4) {
		__m128i h = _mm_srli_epi32(
		    _mm_loadu_si128((const __m128i *)(c + i)), 8);
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(h, h00),
		                             _mm_cmpeq_epi32(h, h20)),
		    _mm_or_si128(
		        _mm_cmpeq_epi32(h, h30), _mm_cmpeq_epi32(h, hff)));
		unsigned b = (unsigned)_mm_movemask_ps(_mm_castsi128_ps(m));

		if (b != 0)
			return i + (size_t)__builtin_ctz(b);
	}
#endif
	for (; i < n; i++) {
		uint32_t h = c[i] >> 8;

		if (h == 0 || h == 0x20 || h == 0x30 || h == 0xFF)
			return i;
	}
	return n;
}

/*
 * Whether a suffix ends c[a..b) where it stands as one.  Only where one
 * starts (MARK_SUF, which ent_suffix_at reads first) is it asked.
 */
static bool
ends_in_suffix(const struct zp_entities *x, size_t a, size_t b)
{
	size_t l;

	for (size_t i = next_mark(x, MARK_SUF, a); i < b;
	     i = next_mark(x, MARK_SUF, i + 1))
		if (ent_suffix_at(x, i, &l) != NULL && i + l == b &&
		    (l > 1 || ent_short_suffix_ok(x, i)))
			return true;
	return false;
}

/* An item is ORG-like: an ORG covering its start or end, or a suffix. */
static bool
org_like(struct zp_entities *x, size_t a, size_t b)
{
	int32_t o;

	if (a >= b)
		return false;
	o = x->owner[a];
	if (o >= 0 && x->ent[o].type == ZP_ET_ORG && x->ent[o].s == a)
		return true;
	o = x->owner[b - 1];
	if (o >= 0 && x->ent[o].type == ZP_ET_ORG && x->ent[o].e == b)
		return true;
	return ends_in_suffix(x, a + 1, b);
}

static void
list_item(struct zp_entities *x, size_t a, size_t b)
{
	int32_t o;
	bool han = false;

	if (b <= a || b - a < 2 || b - a > 10)
		return;
	o = x->owner[a];
	if (o >= 0 && x->ent[o].s == a && x->ent[o].e == b)
		return;
	for (size_t i = a; i < b; i++) {
		if (is_han(x->c[i]))
			han = true;
		else if (!is_alnum(x->c[i]) && !is_open(x->c[i]) &&
		    !is_close(x->c[i]))
			return;
		/* Names that cross the item's edges stay. */
		o = x->owner[i];
		if (o >= 0 && (x->ent[o].s < a || x->ent[o].e > b))
			return;
		if (o >= 0 && x->ent[o].type == ZP_ET_PER)
			return;
	}
	if (!han)
		return;
	/*
	 * A name that starts the item grows by a short name (华虹无锡,
	 * 扬州正为) or into a body, not into a clause (党中央、国务院十分重视
	 * keeps 国务院).
	 */
	o = x->owner[a];
	if (o >= 0 && x->ent[o].s == a && b - x->ent[o].e > 2 &&
	    !ends_in_suffix(x, x->ent[o].e, b))
		return;
	/* A post is no organization: 沭阳县委书记, 宿迁市副市长. */
	for (size_t i = a + 1; i < b; i++)
		if (wl_at(&x->role, x->c, b, i) > 0 ||
		    (x->c[i] == 0x526F && wl_at(&x->role, x->c, b, i + 1) > 0))
			return;
	ent_clear_span(x, a, b);
	ent_add(x, a, b, ZP_ET_ORG, SRC_RULE, NONE, ent_put_surface(x, a, b));
}

/* The item is a person, or could be one: a surname and one or two more. */
static int
person_like(struct zp_entities *x, size_t a, size_t b)
{
	int32_t o = x->owner[a];
	size_t sl;

	/* A known person starting the item (the last may run on). */
	if (o >= 0)
		return x->ent[o].type == ZP_ET_PER && x->ent[o].s == a &&
		        x->ent[o].e <= b ?
		    2 :
		    0;
	sl = ent_surname_at(x, a);
	if (sl == 0 || b - a < sl + 1 || b - a > sl + 2)
		return 0;
	return ent_given_ok(x, a + sl, b) ? 1 : 0;
}

/* The item is a transliterated name: 2 to 5 characters of the set. */
static bool
translit_item(const struct zp_entities *x, size_t a, size_t b)
{
	if (b - a < 2 || b - a > 5)
		return false;
	for (size_t i = a; i < b; i++)
		if (x->owner[i] >= 0 || !in_cs(ent_cs_translit, x->c[i]))
			return false;
	return lookup(x, a, b) == NONE;
}

/*
 * The name an item of a list of people holds at its outer edge: the first
 * item may begin with words before the name (这七人是熊十力, 副主席安振东),
 * the last may run on into the clause (张宝文出席了).  Returns the name's
 * person_like grade, with *pa and *pb its span, or 0.
 */
static int
person_item(
    struct zp_entities *x, size_t *pa, size_t *pb, bool first, bool last)
{
	size_t a = *pa, b = *pb;
	int p = person_like(x, a, b);

	if (p != 0 || b - a <= 3)
		return p;
	for (size_t l = 3; l >= 2; l--) {
		if (first && x->owner[b - l] < 0 &&
		    (wl_before(&x->role, x->c, b - l) > 0 ||
		        in_cs(ent_cs_stop, x->c[b - l - 1])) &&
		    (p = person_like(x, b - l, b)) == 1) {
			*pa = b - l;
			return p;
		}
		if (last && ent_name_end_ok(x, a + l, false) &&
		    (p = person_like(x, a, a + l)) != 0) {
			*pb = a + l;
			return p;
		}
	}
	return 0;
}

/*
 * 王明、李华和张强: the people beside a known one are people too, and so
 * are transliterated names among them (鲁本斯、拉斐尔).  Three items or more
 * of the form of a Chinese name need no known one: such a run is a list of
 * people more often than of anything else.  Beside a known one, the outer
 * items may hold words before or after the name, and one item in four may
 * be of another form (老舍, a pen name) and is left alone.
 */
static void
person_list(struct zp_entities *x, size_t *ia, size_t *ib, size_t n)
{
	size_t known = 0, nper = 0, other = 0;
	int grade[66];

	for (size_t q = 0; q < n; q++)
		known += person_like(x, ia[q], ib[q]) == 2;
	for (size_t q = 0; q < n; q++) {
		int p = known > 0 ?
		    person_item(x, ia + q, ib + q, q == 0, q + 1 == n) :
		    person_like(x, ia[q], ib[q]);

		grade[q] = p != 0 ? p : translit_item(x, ia[q], ib[q]) ? 1 : 0;
		nper += p != 0;
		other += grade[q] == 0;
	}
	if (known == 0 && (n < 3 || nper < n))
		return;
	if (other * 4 > n && other > 1)
		return;
	for (size_t q = 0; q < n; q++)
		if (grade[q] == 1)
			ent_add_person(x, ia[q], ib[q]);
}

void
ent_pass_lists(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, cs = 0;

	while (cs < n) {
		size_t ce, seps[64], ns = 0, first;
		size_t ia[66], ib[66], ni = 0, g0 = 0;

		/*
		 * Only a clause with a 、 holds a list: from the next 、 back
		 * to the start of its clause.
		 */
		ce = next_cp2(x, cs, 0x3001, 0x3001);
		if (ce == n)
			break;
		while (ce > cs && !clause_break(c[ce - 1]))
			ce--;
		cs = ce;
		while (
		    (ce = next_punct(c, ce, n)) < n && !clause_break(c[ce])) {
			if (c[ce] == 0x3001 && ns < 64)
				seps[ns++] = ce;
			ce++;
		}
		if (ns == 0) {
			cs = ce + 1;
			continue;
		}
		/* The first item: back from the first 、 to a stop. */
		{
			int32_t o = ends_at(x, seps[0]);
			int32_t ab = -1;

			if (o >= 0 && x->ent[o].type != ZP_ET_LOC)
				first = x->ent[o].s;
			else
				first = ent_left_edge(x, seps[0], 8, &ab, true);
			if (ab >= 0 && o < 0)
				first = x->ent[ab].s;
			if (first < cs)
				first = cs;
		}
		ia[ni] = first;
		ib[ni++] = seps[0];
		for (size_t k = 0; k < ns; k++) {
			ia[ni] = seps[k] + 1;
			ib[ni++] = k + 1 < ns ? seps[k + 1] : ce;
		}
		/*
		 * An item that runs on past a trailing word (等, 领投, a
		 * numeral) ends its group there; the words after it may say
		 * the group was of organizations (等券商, 等50余家合作商).
		 */
		for (size_t k = 0; k < ni; k++) {
			size_t e = ia[k], raw = ib[k], norg = 0;
			bool ctx = false;

			if (k > 0) {
				while (e < raw && e - ia[k] < 10) {
					int32_t o = x->owner[e];

					if (o >= 0 && x->ent[o].s == e &&
					    x->ent[o].e <= raw) {
						e = x->ent[o].e;
						continue;
					}
					/* 上海华力二期四个项目: 二期 ends it. */
					if (wl_at(&x->trail, c, n, e) > 0 ||
					    (k + 1 == ni && e > ia[k] + 1 &&
					        e + 1 < n &&
					        in_set(
					            ent_list_numerals, c[e]) &&
					        in_set(LIST_CLASSIFIERS,
					            c[e + 1])) ||
					    !(is_han(c[e]) || is_alnum(c[e]) ||
					        is_open(c[e]) ||
					        is_close(c[e])))
						break;
					e++;
				}
			} else
				e = raw;
			if (e == raw && k + 1 < ni)
				continue; /* a whole item, not the last */
			ib[k] = e;
			if (e < raw) {
				size_t t = e, l;

				if ((l = wl_at(&x->trail, c, n, t)) > 0)
					t += l;
				for (size_t q = t; q < raw && q < t + 10; q++)
					if (wl_at(&x->orgctx, c, n, q) > 0) {
						ctx = true;
						break;
					}
			}
			/* The group: items g0..k. */
			for (size_t q = g0; q <= k; q++)
				if (ib[q] <= ia[q] || ib[q] - ia[q] > 10)
					goto skip;
			for (size_t q = g0; q <= k; q++)
				norg += org_like(x, ia[q], ib[q]);
			if (k - g0 >= 1 && (norg >= 2 || (norg >= 1 && ctx)))
				for (size_t q = g0; q <= k; q++)
					list_item(x, ia[q], ib[q]);
			else if (k - g0 >= 1)
				person_list(x, ia + g0, ib + g0, k - g0 + 1);
skip:
			g0 = k + 1;
		}
		cs = ce + 1;
	}
}

/*
 * A name right after the kind of body it is: 芯片企业复睿微, 初创公司星河、
 * Two to four characters, none of them common in other words, then a comma
 * or 被; the kind has a word before it (not 的公司, 这家公司).
 */
static const char *const kind_words[] = {
	"企业",
	"公司",
	"厂商",
	"初创公司",
	"初创企业",
	"芯片商",
	"供应商",
	"制造商",
	"运营商",
	"投资方",
	"投资机构",
	"子公司",
	"孙公司",
	/* How stories on funding rounds name a start-up: 电商平台X完成. */
	"平台",
	"服务商",
	"提供商",
	"研发商",
	"开发商",
	"品牌",
	"创企",
};

/*
 * What the company does right after its name in such stories: the name
 * ends there as it ends at a comma (服务商云启科技完成A轮融资).
 */
static const char *const appos_verbs[] = {
	"完成",
	"宣布",
	"获得",
	"获投",
	"公布",
	"发布",
	"推出",
	"正式",
};
/*
 * Whether c[a..b) starts with a verb or function word that ends names, or
 * is a common verb (企业 + 改革, 公司 + 承办): no name after a kind word.
 */
static bool
common_verb(const struct zp_entities *x, size_t a, size_t b)
{
	int v = b - a >= 2 ? ent_verb_at(x, x->c + a) : -1;

	return v > 0 || (v == 0 && b - a == 2);
}

void
ent_pass_apposition(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	for (size_t i = next_fl(x, 0, CL_KIND); i + 2 < n;
	     i = next_fl(x, i + 1, CL_KIND)) {
		size_t kl = 0, a, b;

		if (!(x->fl[i] & CL_KIND))
			continue;
		kl = wl_at(&x->kind, c, n, i); /* the longest kind word */
		/* 芯片企业 yes; 的公司, 这家公司, 许多企业 no. */
		if (kl == 0 || i == 0 || !is_han(c[i - 1]) ||
		    in_cs(ent_cs_stop, c[i - 1]) || in_set(appos_bad, c[i - 1]))
			continue;
		a = i + kl;
		for (b = a;
		     b < n && b - a < 5 && x->owner[b] < 0 && is_han(c[b]) &&
		     !in_set(appos_bad, c[b]) && !in_set(appos_end, c[b]) &&
		     (b - a < 2 || wl_at(&x->apverb, c, n, b) == 0);
		     b++)
			;
		/* A Latin name: 电商平台MaxCo宣布. */
		if (b == a && is_upper(c[a]))
			while (b < n && b - a < 20 && is_alnum(c[b]) &&
			    x->owner[b] < 0)
				b++;
		/*
		 * Before a verb, three characters or more and no noun of
		 * people or amounts (平台用户完成, 品牌销量): a name.
		 */
		if (b - a >= 2 && b - a <= (is_upper(c[a]) ? 20 : 4) && b < n &&
		    (in_set(appos_end, c[b]) ||
		        (wl_at(&x->apverb, c, n, b) > 0 &&
		            (is_upper(c[a]) ||
		                (b - a >= 3 &&
		                    !in_set(appos_noun_end, c[b - 1]))))) &&
		    !ent_all_generic(x, a, b) && wl_at(&x->say, c, n, a) == 0 &&
		    wl_at(&x->role, c, n, a) == 0 &&
		    wl_at(&x->stopw, c, n, a) == 0 && !common_verb(x, a, b) &&
		    lookup(x, a, b) == NONE)
			ent_add(x, a, b, ZP_ET_ORG, SRC_RULE, NONE,
			    ent_put_surface(x, a, b));
		i = a - 1;
	}
}

/*
 * A Chinese short name in brackets after an organization, its characters
 * taken in order from the full name as abbreviations are (非洲开发银行
 * (非行), 中国民主促进会(简称民进)): two to four characters from a that
 * no entity has, ending at the bracket; its end in *b.
 */
static bool
han_alias(const struct zp_entities *x, int32_t o, size_t a, size_t *b)
{
	const struct ent *e = &x->ent[o];
	size_t j = a;

	if (e->type != ZP_ET_ORG)
		return false;
	while (j < x->n && j - a <= 4 && is_han(x->c[j]))
		j++;
	if (j - a < 2 || j - a > 4 || j >= x->n || !is_close(x->c[j]) ||
	    j - a >= e->e - e->s)
		return false;
	if (!span_free(x, a, j))
		return false;
	/* Each character of the short name in the full one, in order. */
	if (!ent_cp_subsequence(x->c + a, j - a, x->c + e->s, e->e - e->s))
		return false;
	*b = j;
	return true;
}

/* Adds c[a..b) as an alias of entity o, its type and its id. */
static void
add_alias(struct zp_entities *x, int32_t o, size_t a, size_t b)
{
	const struct ent *e = &x->ent[o];
	uint8_t type = e->type;
	uint32_t gaz = e->gaz, id = e->id;

	ent_clear_span(x, a, b);
	ent_add(x, a, b, type, gaz != NONE && id == NONE ? SRC_GAZ : SRC_RULE,
	    gaz, id);
}

void
ent_pass_parens(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	for (size_t i = 1; (i = next_cp2(x, i, '(', 0xFF08)) + 2 < n; i++) {
		int32_t o;
		size_t a, b;

		if (!is_open(c[i]) || (o = ends_at(x, i)) < 0)
			continue;
		a = i + 1;
		if (text_is(x, a, "简称") || text_is(x, a, "下称"))
			a += 2;
		else if (text_is(x, a, "以下简称"))
			a += 4;
		for (b = a; b < n && b < a + 40 && !is_close(c[b]); b++)
			if (!is_alpha(c[b]) && c[b] != ' ' && c[b] != '.' &&
			    c[b] != '&' && c[b] != '-' && c[b] != '\'')
				break;
		if (b == a && han_alias(x, o, a, &b)) {
			add_alias(x, o, a, b);
			continue;
		}
		if (b >= n || !is_close(c[b]) || b == a || !is_alpha(c[a]))
			continue;
		if (x->owner[a] >= 0 && x->ent[x->owner[a]].s == a &&
		    x->ent[x->owner[a]].e == b &&
		    x->ent[x->owner[a]].type == x->ent[o].type) {
			struct ent *in = &x->ent[x->owner[a]];
			struct ent *e = &x->ent[o];

			/*
			 * 约翰·史密斯(John Smith): a person the lists do not
			 * know is named by the Latin form.
			 */
			if (e->type == ZP_ET_PER && e->src == SRC_RULE &&
			    in->src == SRC_RULE && e->e - e->s > 1) {
				const char *old = ent_id(x, e);
				const char *nid = ent_id(x, in);

				for (size_t d = 0; d < x->ndoc; d++)
					if (strcmp(x->doc[d].id, old) == 0)
						x->doc[d].id = ent_doc_str(
						    x, nid, strlen(nid));
				e->id = in->id;
			}
			continue;
		}
		for (size_t q = a; q < b; q++) {
			int32_t p = x->owner[q];

			if (p >= 0 &&
			    (x->ent[p].src == SRC_GAZ && x->ent[p].s == a &&
			        x->ent[p].e == b))
				goto next;
		}
		add_alias(x, o, a, b);
next:;
	}
}

/*
 * A name the rules found once is found again in the same text: 锡创投
 *孵化 ... 锡创投再次加码.
 */
void
ent_pass_self_aliases(struct zp_entities *x)
{
	size_t nent = x->nent, nc = 0, nf = 0;
	uint32_t cand[64], f[4] = { 0 };
	bool astral = false; /* a name starts beyond the BMP */

	/* The distinct names, then one walk over the text. */
	for (size_t k = 0; k < nent && nc < 64; k++) {
		const struct ent *e = &x->ent[k];
		bool dup = false;

		if (e->dead || e->src != SRC_RULE || e->type != ZP_ET_ORG ||
		    e->e - e->s < 3 || e->id == NONE)
			continue;
		for (size_t q = 0; q < nc && !dup; q++) {
			const struct ent *o = &x->ent[cand[q]];

			dup = o->e - o->s == e->e - e->s &&
			    memcmp(x->c + o->s, x->c + e->s,
			        (e->e - e->s) * sizeof(uint32_t)) == 0;
		}
		if (!dup)
			cand[nc++] = (uint32_t)k;
	}
	if (nc == 0)
		return;
	/*
	 * Their first characters, cleared again at the end; up to four of
	 * them also in f (next_cp4), the rest of f the first again.
	 */
	for (size_t q = 0; q < nc; q++) {
		uint32_t c0 = x->c[x->ent[cand[q]].s];

		astral = astral || c0 >= 0x10000;
		if (c0 < 0x10000 && !bit(x->selfbits, c0)) {
			x->selfbits[c0 >> 6] |= (uint64_t)1 << (c0 & 63);
			if (nf < 4)
				f[nf] = c0;
			nf++;
		}
	}
	for (size_t k = nf; k < 4; k++)
		f[k] = f[0];
	for (size_t i = 0; i < x->n; i++) {
		/*
		 * Free characters that start no name: a loop of their own,
		 * off with the skips so that ent-skips can check it.  Up to
		 * four first characters in the BMP take next_cp2 or next_cp4,
		 * eight positions a test, which stop at them alone: an owned
		 * one is jumped over below with its entity, and the others of
		 * an entity were never tried.  Names that start beyond the
		 * BMP (next to none) leave it all to the walk below.
		 */
		if (!x->noskip && nf <= 2 && !astral)
			i = next_cp2(x, i, f[0], f[nf - 1]);
		else if (!x->noskip && nf <= 4 && !astral)
			i = next_cp4(x, i, f);
		while (!x->noskip && i < x->n && x->owner[i] < 0 &&
		    !bit(x->selfbits, x->c[i]))
			i++;
		if (i >= x->n)
			break;
		if (x->owner[i] >= 0) {
			i = x->ent[x->owner[i]].e - 1;
			continue;
		}
		for (size_t q = 0; q < nc; q++) {
			const struct ent *e = &x->ent[cand[q]];
			size_t cl = e->e - e->s;

			if (x->c[e->s] != x->c[i] || i + cl > x->n ||
			    memcmp(x->c + e->s, x->c + i,
			        cl * sizeof(uint32_t)) != 0 ||
			    !span_free(x, i, i + cl))
				continue;
			ent_add(x, i, i + cl, ZP_ET_ORG, SRC_RULE, NONE, e->id);
			i += cl - 1;
			break;
		}
	}
	for (size_t q = 0; q < nc; q++) {
		uint32_t c0 = x->c[x->ent[cand[q]].s];

		if (c0 < 0x10000)
			x->selfbits[c0 >> 6] &= ~((uint64_t)1 << (c0 & 63));
	}
}

void
ent_lists_init(struct zp_entities *x)
{
	static const char *const sets[] = { appos_bad, appos_end,
		appos_noun_end, ent_list_numerals, LIST_CLASSIFIERS };

	/* Built now, so that matching (in_set) only reads them. */
	for (size_t i = 0; i < NELEM(sets); i++)
		ent_cset_get(sets[i]);
	ent_cs_kind = ent_cset_get(KIND_FIRST);
	zp_wl_add_all(&x->trail, trail_words, NELEM(trail_words));
	zp_wl_add_all(&x->orgctx, org_ctx_words, NELEM(org_ctx_words));
	zp_wl_add_all(&x->kind, kind_words, NELEM(kind_words));
	zp_wl_add_all(&x->apverb, appos_verbs, NELEM(appos_verbs));
}

void
ent_lists_free(struct zp_entities *x)
{
	zp_wl_free(&x->trail);
	zp_wl_free(&x->orgctx);
	zp_wl_free(&x->kind);
	zp_wl_free(&x->apverb);
}
