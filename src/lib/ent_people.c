/*
 * ent_people -- people beside a role or a reporting verb: 董事长戴伟民,
 * 王明表示, 成乔升分析师; the pass that runs the rules of the people's
 * files in order: names before a title or by the surname alone
 * (ent_titles.c), transliterated names (ent_foreign.c, ent_translit.c),
 * Japanese names (ent_jpnames.c), the surname and given name
 * (ent_surnames.c).
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/* Roles and titles next to a person's name. */
static const char *const role_words[] = {
	"分析师",
	"研究员",
	"首席执行官",
	"首席财务官",
	"首席技术官",
	"首席运营官",
	"首席经济学家",
	"首席分析师",
	"首席策略师",
	"经济学家",
	"执行董事",
	"董事长",
	"副董事长",
	"董事",
	"总裁",
	"副总裁",
	"总经理",
	"副总经理",
	"总监",
	"主席",
	"副主席",
	"部长",
	"副部长",
	"局长",
	"行长",
	"副行长",
	"署长",
	"主任",
	"发言人",
	"创始人",
	"联合创始人",
	"合伙人",
	"经理",
	"投资组合经理",
	"基金经理",
	"策略师",
	"CEO",
	"CFO",
	"CTO",
	"COO",
	"教授",
	"院士",
	"负责人",
	"法定代表人",
	"实控人",
	"实际控制人",
	"总统",
	"副总统",
	"总理",
	"副总理",
	"首相",
	"议员",
	"参议员",
	"众议员",
	"州长",
	"市长",
	"省长",
	"书记",
	"主管",
	"高管",
	"记者",
	"董秘",
	"大使",
	"专家",
	"工程师",
	"律师",
	"总编辑",
	"理事长",
	"秘书长",
	"掌门人",
	"创办人",
	"董事会主席",
	"研究主管",
	"首席",
	"主持人",
	"博士",
	"先生",
	"女士",
	"老板",
	"会长",
	"社长",
	"厂长",
	"校长",
	"院长",
	"所长",
	"队长",
	"委员",
	"主任委员",
	"代表",
	"同志",
	"总书记",
	"委员长",
	"国务委员",
	"副主任",
	"外长",
	"司令员",
	"政委",
	"处长",
	"科长",
	"县长",
	"镇长",
	"村长",
	"乡长",
	"教练",
	"主教练",
	"队员",
	"选手",
	"外援",
	"老将",
	"运动员",
	"演员",
	"导演",
	"歌手",
	"作家",
	"画家",
	"诗人",
	"大娘",
	"大妈",
	"大爷",
	"老人",
	"师傅",
	"老师",
	"烈士",
	"夫人",
	"太太",
	"小姐",
	"医生",
	"护士",
	"警官",
	"民警",
	"法官",
	"检察官",
	"书记员",
	"通讯员",
	"特派员",
	"研究生",
	"博士生",
	"总编",
	"社长",
	"馆长",
	"站长",
	"经理人",
	"财长",
	"参谋长",
	"国务卿",
	"议长",
	"大臣",
	"总督",
	"特使",
	"国王",
	"亲王",
	"排长",
	"连长",
	"营长",
	"团长",
	"师长",
	"军长",
	"司令",
	"将军",
	"官员",
	"守门员",
	"门将",
	"前锋",
	"后卫",
	"中锋",
	"顾问",
	"球员",
	"棋手",
	"科学家",
	"艺术家",
	"音乐家",
	"企业家",
	"表演艺术家",
	"评论家",
	"摄影师",
	"设计师",
	"作曲家",
	"指挥家",
	"副总编",
	"首席代表",
	"新闻官",
	"外交官",
	"参赞",
	"领事",
	"总领事",
	"公使",
	"上将",
	"中将",
	"少将",
	"九段",
	"八段",
	"七段",
	"六段",
	"五段",
	"四段",
	"三段",
	"二段",
	"初段",
};

/*
 * Roles that come before a name and seldom after one (和政府首脑, 许多学者
 * are no names): 领导人卡扎菲, 球星罗纳尔多.
 */
static const char *const lead_words[] = {
	"领导人",
	"元首",
	"首脑",
	"名将",
	"射手",
	"球星",
	"主帅",
	"女王",
	"王子",
	"公主",
	"元帅",
	"上校",
	"中校",
	"学者",
	"物理学家",
	"数学家",
	"化学家",
	"哲学家",
	"历史学家",
	"小说家",
	"剧作家",
	"钢琴家",
	"歌唱家",
	"政治家",
	"思想家",
	"总干事",
	"主编",
	/*
	 * People named by their trade, their station or their kin: 农民吉
	 * 某某, 儿子张某某, 干事施某某.  A full name of three characters
	 * must follow (ent_pass_people), so 学生会 and 农民收入 are none.
	 */
	"学生",
	"农民",
	"居民",
	"村民",
	"职工",
	"工人",
	"干部",
	"战士",
	"士兵",
	"儿子",
	"女儿",
	"妻子",
	"丈夫",
	"父亲",
	"母亲",
	"哥哥",
	"姐姐",
	"弟弟",
	"妹妹",
	"孙子",
	"孙女",
	"干事",
	"教导员",
	"指导员",
	"班长",
	"老红军",
	"将领",
	"模范",
	"标兵",
	"劳模",
	"志愿者",
	"患者",
	"病人",
	"支书",
	"技术员",
	"司机",
	"船长",
	"机长",
	"警察",
	"战友",
	"好友",
	"老乡",
	"姑娘",
	"小伙子",
	"名叫",
	"单打",
	"双打",
	"领队",
	"大师",
	"学长",
	"同学",
	"校友",
	"党员",
	"店主",
	"户主",
	"牧民",
	"渔民",
	"乡亲",
	"老汉",
	"老太太",
	"少女",
	"男孩",
	"女孩",
	"孩子",
};

/*
 * What a shareholder does in an announcement, right after the name:
 * 控股股东王某增持, 董事长李某减持, 股东张某累计质押.
 */
static const char *const holder_verbs[] = {
	"增持",
	"减持",
	"质押",
	"解除质押",
	"解押",
	"累计",
	"持有",
	"套现",
};

/* Verbs a person's name often comes right before. */
static const char *const say_words[] = {
	"表示",
	"指出",
	"认为",
	"强调",
	"介绍",
	"透露",
	"坦言",
	"直言",
	"回应",
	"补充",
	"提到",
	"告诉",
	"建议",
	"警告",
	"称",
	"说",
	"预计",
	"预测",
	"估计",
	"写道",
	"回忆",
	"解释",
	"分析",
	"宣布",
	"承认",
	"表态",
	"发文",
	"发帖",
	"对记者",
	"对媒体",
	"报道",
	"摄",
	"等人",
	"来到",
	"带领",
	"担任",
	"带着",
	"率领",
	"访问",
	"会见",
	"出席",
	"主持",
	"获得",
	"夺得",
	"战胜",
	"击败",
	"负于",
};

/*
 * The value in rolelead of a word of lead_words that no word of role_words
 * begins (0 for the others): the role before a name is a leading one.
 */
#define LEAD_WEAK 1u

/*
 * Whether a role of either list may start at i, by the flags of i and
 * i + 1 (CL_ROLE, CL_ROLE2): without the lists' filters and chains, that
 * no word of two characters starts there.  Inline, so that the people
 * pass asks at its candidates, most of them surnames, without a call.
 */
static inline bool
lead_may(const struct zp_entities *x, size_t i)
{
	return i < x->n && (x->fl[i] & CL_ROLE) &&
	    ((x->fl[i + 1] & CL_ROLE2) || x->role.any_one || x->lead.any_one);
}

/*
 * ent_lead_at where lead_may holds: inline, for the people pass, which
 * tests lead_may at its candidates first.  The longest word of both lists
 * is the longest of their union, found with one test and one walk; its
 * value is LEAD_WEAK when no role word starts where it does.
 */
static inline size_t
lead_len(const struct zp_entities *x, size_t i, uint32_t *value)
{
	return zp_wl_at(&x->rolelead, x->c, x->n, i, value);
}

/* The length of the role, of either list, that starts at i; 0 if none. */
size_t
ent_lead_at(const struct zp_entities *x, size_t i)
{
	return lead_may(x, i) ? lead_len(x, i, NULL) : 0;
}

/*
 * False when none of the rules of ent_pass_people can fire at i: no role word
 * starts there (all have two characters or more), no three characters of
 * transliteration, no surname with a given-name character and a role or a
 * verb one or two further on, no surname with a title (a title of one
 * character before a character that is no given name's: 黄总，).
 */
static inline bool
people_maybe(const struct zp_entities *x, size_t i)
{
	size_t n = x->n;
	unsigned f0 = x->fl[i], f1 = i + 1 < n ? x->fl[i + 1] : 0;
	unsigned f2 = i + 2 < n ? x->fl[i + 2] : 0;
	unsigned f3 = i + 3 < n ? x->fl[i + 3] : 0;

	return ((f0 & CL_ROLE) && (x->role_short || (f1 & CL_ROLE2))) ||
	    (f0 & f1 & f2 & CL_TRANSLIT) || (f0 & CL_COMPOUND) ||
	    ((f0 & CL_SURNAME) && (f1 & CL_GIVEN) &&
	        ((f2 | f3) & CL_SAYROLE)) ||
	    ((f0 & CL_SURNAME) && (f1 & CL_ROLE) &&
	        ((f2 & CL_ROLE2) || !(f2 & CL_GIVEN)));
}

/* 和 or 与 before a surname is "and": 七段和张璇八段. */
static bool
and_then_name(const struct zp_entities *x, size_t i)
{
	return in_set(ent_strong_stop, x->c[i]) && i + 1 < x->n &&
	    in_cs(ent_cs_surname, x->c[i + 1]);
}

/*
 * Where a role or a reporting verb starts one (bit 1) or two (bit 2)
 * after a, the end of a given name after a surname that ends there.
 */
static inline unsigned
said_after(const struct zp_entities *x, size_t a)
{
	unsigned said = 0;

	for (size_t gl = 1; gl <= 2; gl++) {
		size_t e = a + gl;

		if (e < x->n && (x->fl[e] & CL_SAYROLE) &&
		    (wl_at(&x->role, x->c, x->n, e) > 0 ||
		        wl_at(&x->say, x->c, x->n, e) > 0))
			said |= (unsigned)gl;
	}
	return said;
}

/*
 * The rules of the pass at i, a candidate: returns the last position they
 * took (i when none did), after which the walk goes on.
 */
static size_t
people_at(struct zp_entities *x, size_t i)
{
	size_t n = x->n, l, e;
	unsigned said;
	uint32_t v;

	/*
	 * A body ending in the role's first character: 能源部长佩纳,
	 * 公安局长王平.  The body stays; the name after the role is taken as
	 * after any role.
	 */
	if (x->owner[i] >= 0) {
		const struct ent *o = &x->ent[x->owner[i]];

		if (o->e != i + 1 || o->type != ZP_ET_ORG || o->e - o->s < 2 ||
		    (l = wl_at(&x->role, x->c, n, i)) < 2)
			return i;
		e = ent_name_after_role(x, i + l);
		if (e == i + l)
			e = ent_translit_after_role(x, i + l);
		if (e > i + l) {
			ent_add_person(x, i + l, e);
			return e - 1;
		}
		return i;
	}
	/* A role, then a name: 董事长戴伟民. */
	if (lead_may(x, i) && (l = lead_len(x, i, &v)) > 0) {
		bool weak = v == LEAD_WEAK;
		/*
		 * The first flags the callees test: a surname (scored or
		 * not) starts a Chinese name, two characters of
		 * transliteration a foreign one.
		 */
		unsigned fa = x->fl[i + l];

		if (!(fa & (CL_SURNAME | CL_COMPOUND | CL_SUR)))
			e = i + l;
		else
			e = weak ? ent_name_from(x, i + l) :
			           ent_name_after_role(x, i + l);
		/*
		 * No name starts with 和 or 与 after a role (八段和张璇);
		 * after a leading role, a full name (not 学者和专家).
		 */
		if ((weak && e - (i + l) < 3) ||
		    (i + l < n && in_set(ent_strong_stop, x->c[i + l])))
			e = i + l;
		if (e == i + l && (fa & x->fl[i + l + 1] & CL_TRANSLIT)) {
			e = ent_translit_after_role(x, i + l);
			if (weak &&
			    (e - (i + l) < 3 ||
			        in_set(ent_strong_stop, x->c[i + l])))
				e = i + l;
		}
		if (e > i + l) {
			ent_add_person(x, i + l, e);
			return e - 1;
		}
		return i + l - 1;
	}
	/*
	 * A transliterated name, then a verb: 琼斯表示.  Here and below, the
	 * first flags the callee tests, without a call.
	 */
	if ((x->fl[i] & x->fl[i + 1] & x->fl[i + 2] & CL_TRANSLIT) &&
	    (e = ent_translit_said(x, i)) > i)
		return e - 1;
	/*
	 * A surname alone before a title: 陈先生, 黄总.  The title starts
	 * right after the surname, of one character or, where a compound
	 * may start, two.
	 */
	if ((x->fl[i] & (CL_SURNAME | CL_COMPOUND)) &&
	    (((x->fl[i + 1] & CL_ROLE) &&
	         in_cs(ent_cs_titlefirst, x->c[i + 1])) ||
	        ((x->fl[i] & CL_COMPOUND) && (x->fl[i + 2] & CL_ROLE) &&
	            in_cs(ent_cs_titlefirst, x->c[i + 2]))) &&
	    (l = ent_titled_surname(x, i)) > 0)
		return i + l - 1;
	/*
	 * A name, then a role or a verb: 成乔升分析师, 王明表示.  The
	 * surname is a compound only where one may start; the role or verb
	 * first (said_after), the dearer tests of the start after.
	 */
	if ((x->fl[i] & (CL_SURNAME | CL_COMPOUND)) &&
	    ((x->fl[i + 2] | x->fl[i + 3] | x->fl[i + 4]) & CL_SAYROLE) &&
	    (l = (x->fl[i] & CL_COMPOUND) ?
	            ent_surname_at(x, i) :
	            in_cs(ent_cs_surname, x->c[i])) > 0 &&
	    (said = said_after(x, i + l)) != 0 && ent_name_start_ok(x, i) &&
	    ent_surname_title(x, i + l) == 0 && !and_then_name(x, i)) {
		/* A title is no given name: 和夫人出席. */
		for (size_t gl = 2; gl >= 1; gl--) {
			e = i + l + gl;
			if ((said & gl) && ent_given_ok(x, i + l, e) &&
			    !ent_notname_at(x, i, e) &&
			    !ent_notname_at(x, i, i + l + 1)) {
				ent_add_person(x, i, e);
				return e - 1;
			}
		}
	}
	return i;
}

void
ent_pass_people(struct zp_entities *x)
{
	size_t n = x->n, base = 0;
	/* Without the skips, every position is a candidate. */
	const uint64_t all = x->noskip ? ~(uint64_t)0 : 0;
	uint64_t m;

	ent_mark(x, MARK_PEOPLE);
	ent_surname_only(x);
	ent_after_country(x);
	ent_pass_jp_names(x);
	/*
	 * cand[] holds people_maybe (mark_all) but at the last three
	 * positions, where mark_all read the pad of fl[] (every flag).
	 */
	for (size_t i = n > 3 ? n - 3 : 0; i < n; i++)
		if (!(x->fl[i] & CL_PEOPLE) || !people_maybe(x, i))
			x->cand[i >> 6] &= ~((uint64_t)1 << (i & 63));
	/*
	 * The bits of cand[] one by one, where next_cand would look them up
	 * again at each: most candidates take no position, and the next is
	 * the next bit of the word.  Bit n is set, the stop.
	 */
	for (m = x->cand[0] | all;;) {
		size_t i, j;

		while (m == 0)
			m = x->cand[(base += 64) >> 6] | all;
		if ((i = base + (unsigned)__builtin_ctzll(m)) >= n)
			break;
		if ((j = people_at(x, i)) > i) {
			base = (j + 1) & ~(size_t)63;
			m = (x->cand[base >> 6] | all) &
			    (~(uint64_t)0 << ((j + 1) & 63));
		} else {
			m &= m - 1;
		}
	}
	ent_pass_translit_pairs(x);
}

void
ent_people_init(struct zp_entities *x)
{
	ent_surnames_init(x);
	ent_titles_init(x);
	ent_foreign_init(x);
	zp_wl_add_all(&x->role, role_words, NELEM(role_words));
	zp_wl_add_all(&x->lead, lead_words, NELEM(lead_words));
	for (size_t k = 0; k < NELEM(role_words); k++)
		zp_wl_add(
		    &x->rolelead, role_words[k], strlen(role_words[k]), 0);
	/*
	 * Where a lead word is the longest of both lists, a role starts
	 * there still if one begins the lead word: LEAD_WEAK when none does.
	 */
	for (size_t k = 0; k < zp_wl_count(&x->lead); k++) {
		size_t l;
		const uint32_t *w = zp_wl_word(&x->lead, k, &l);
		uint32_t q = 0;
		const char *s;

		zp_wl_at(&x->lead, w, l, 0, &q);
		s = lead_words[q];
		zp_wl_add(&x->rolelead, s, strlen(s),
		    wl_at(&x->role, w, l, 0) > 0 ? 0 : LEAD_WEAK);
	}
	zp_wl_add_all(&x->say, say_words, NELEM(say_words));
	zp_wl_add_all(&x->holdverb, holder_verbs, NELEM(holder_verbs));
	ent_jpnames_init(x);
}

void
ent_people_free(struct zp_entities *x)
{
	zp_wl_free(&x->role);
	zp_wl_free(&x->lead);
	zp_wl_free(&x->rolelead);
	zp_wl_free(&x->say);
	zp_wl_free(&x->holdverb);
	ent_surnames_free(x);
	ent_titles_free(x);
	ent_jpnames_free(x);
	free(x->nsc);
	zp_gaz_free(x->notname);
	free(x->notwords.v);
	free(x->gwords.v);
	free(x->cwords.v);
	free(x->verbs.v);
}
