/*
 * ent_organs -- the bodies of a place named with the place in front, as
 * news of the state and the party writes them: 美国土地管理局, 中国国际战略
 * 学会, 日本经济企划厅, 沈阳市第四纺织厂, 阿根廷足球队, and the level of a
 * local body before it (市 + 人大常委会, 县 + 卫生局).  The place is part of
 * the name (GUIDELINES 8: 日本经济产业省 is one ORG); a name of the curated
 * lists between them keeps the place apart (韩国 + 三星电子).  So is an
 * organization + a body it owns (铁道部第四工程局); museums, libraries and
 * halls named the same way are places (湖北省博物馆 is a LOC).
 */
#include "zhpipe/entities.h"
#include "ent_internal.h"

/*
 * Words of bodies the suffix table lacks because alone they are common
 * words, which a place or an organization before them names: teams by
 * their sport or rank (阿根廷足球队; the suffix 队 turns 球队 down), schools,
 * and the parts of an organization (新华社 + 香港分社, 欧盟 + 外长理事会).
 */
static const char *const team_words[] = {
	"足球队",
	"篮球队",
	"排球队",
	"乒乓球队",
	"羽毛球队",
	"网球队",
	"手球队",
	"冰球队",
	"棒球队",
	"垒球队",
	"水球队",
	"曲棍球队",
	"橄榄球队",
	"代表队",
	"青年队",
	"少年队",
	"国家队",
	"男队",
	"女队",
	"学校",
	"中专",
	"技校",
	"职校",
	"警校",
	"军校",
	"理事会",
	"访问团",
	"访华团",
	"考察团",
	"观察团",
	"中心",
	"分社",
	"记者站",
};

/*
 * Verbs of a clause: a place, one of these and an institution are no
 * name (北京成立律师协会, 美国支持委员会).
 */
static const char *const clause_words[] = {
	"成立",
	"设立",
	"组建",
	"建立",
	"举行",
	"召开",
	"举办",
	"主办",
	"承办",
	"参加",
	"出席",
	"访问",
	"会见",
	"邀请",
	"宣布",
	"决定",
	"批准",
	"同意",
	"支持",
	"反对",
	"派出",
	"派遣",
	"认为",
	"指出",
	"表示",
	"拥有",
	"成为",
	"加入",
	"担任",
	"进入",
	"来到",
	"前往",
	"通过",
	"要求",
	"希望",
	"没有",
	"已经",
	"正在",
	"所有",
	"许多",
	"一些",
	"其他",
	"各级",
	"有关",
	"所属",
	"下属",
	"直属",
	"派驻",
	"迎战",
	"战胜",
	"击败",
	"负于",
	"参观",
	"传来",
	"出现",
	"评议",
	"很多",
	"不少",
	"一批",
	"大批",
	"这些",
	"那些",
	"多家",
	"几家",
};

/*
 * Stop characters (ent_cs_stop) that are common inside such names: 经济,
 * 前卫, 外贸, 内蒙古, 共青团, 水系, 青年.
 */
static const char inner_ok[] = "经前外内共系旗年";
/* Characters that join or govern, which no such name has inside: 同, 任. */
static const char hard_stop[] = "同任逢赴兼很";
/* Numbers, within a name only after 第: 第四纺织厂. */
static const char numerals[] = "一二三四五六七八九十百零〇两";
/* Before a level of one character, words that make the body generic. */
static const char level_bad_prev[] = "全各每两几诸多";
/*
 * Buildings that are visited, named as the institution is: a museum,
 * library or hall is a place (LOC), not a body: 省博物馆, 大学图书馆.
 */
static const char *const venue_words[] = {
	"博物馆",
	"图书馆",
	"美术馆",
	"纪念馆",
	"文学馆",
	"档案馆",
	"科技馆",
	"天文馆",
	"艺术馆",
	"展览馆",
	"体育馆",
	"音乐厅",
	"发射中心",
	"航天中心",
	"会展中心",
};

/* Levels of a body of the state, before it: 国家 + 教育部. */
static const char *const level_words[] = {
	"国家",
	"中央",
	"自治区",
	"自治州",
	"地区",
};

/* Levels of one character before a local body: 市 + 人大常委会. */
static const char level_chars[] = "省市县区乡镇村";

/* The longest place of two characters or more ending at a, or -1. */
static int32_t
place_ending(const struct zp_entities *x, size_t a)
{
	int32_t o = ends_at(x, a);

	if (o < 0 || x->ent[o].type != ZP_ET_LOC ||
	    x->ent[o].e - x->ent[o].s < 2)
		return -1;
	return o;
}

/*
 * Characters between a place (or an organization) and its institution, at
 * most: 国务院 + 机关事务 + 管理局.
 */
#define ORGAN_GAP 8

/*
 * Where the name of a place + the characters before m + an institution
 * (whose word has wlen characters) begins: the start of the place (and of
 * the places before it: 湖南省长沙市) or of an organization, or SIZE_MAX
 * when the characters between are not those of a name.
 */
static size_t
place_start(const struct zp_entities *x, size_t m, size_t wlen, bool named)
{
	size_t k = m, len = 0;
	int32_t o;

	while (place_ending(x, k) < 0) {
		uint32_t c;

		/* An organization + its body: 国务院 + 机关事务 + 管理局. */
		if (named && (len > 0 || wlen >= 2) &&
		    (o = ends_at(x, k)) >= 0 && x->ent[o].type == ZP_ET_ORG)
			return x->ent[o].s;
		if (k == 0 || len == ORGAN_GAP || x->owner[k - 1] >= 0)
			return SIZE_MAX;
		c = x->c[k - 1];
		if (!is_han(c) || wl_before(&x->clause, x->c, k) > 0 ||
		    wl_before(&x->role, x->c, k) > 0)
			return SIZE_MAX;
		if (in_set(numerals, c)) {
			size_t d = k - 1;

			while (d > 0 && in_set(numerals, x->c[d - 1]))
				d--;
			if (d == 0 || x->c[d - 1] != 0x7B2C) /* 第 */
				return SIZE_MAX;
		} else if ((in_cs(ent_cs_stop, c) && !in_set(inner_ok, c)) ||
		    in_set(hard_stop, c)) {
			return SIZE_MAX;
		}
		k--;
		len++;
	}
	/* A firm of a kind: 美国芯片公司, 中国科技企业 (GUIDELINES 8). */
	if (!named && (len < 2 || ent_all_generic(x, k, m)))
		return SIZE_MAX;
	while ((o = ends_at(x, k)) >= 0 && x->ent[o].type == ZP_ET_LOC)
		k = x->ent[o].s;
	return k;
}

/* Makes c[a..j) one organization over whatever it covers. */
static void
add_body(struct zp_entities *x, size_t a, size_t j)
{
	ent_clear_span(x, a, j);
	ent_add(x, a, j, ZP_ET_ORG, SRC_RULE, NONE, ent_put_surface(x, a, j));
}

/*
 * An institution's suffix or a team word at i, free or ending an
 * organization a rule made; its end in *j, whether a place alone names
 * it (an institution, not a firm of a trade) in *named and whether it may
 * follow the place with nothing between in *bare.  The start of the
 * part a rule made is returned, or SIZE_MAX.
 */
static size_t
organ_at(
    const struct zp_entities *x, size_t i, size_t *j, bool *named, bool *bare)
{
	size_t l = SUFAT_TEAM(suf_code_at(x, i)), m = i;
	const struct suffix *sf = NULL;
	int32_t o = x->owner[i];

	if (l == 0) {
		/* The first test of ent_pass_suffix: no suffix starts here. */
		if (!(x->fl[i] & CL_SUF))
			return SIZE_MAX;
		sf = ent_suffix_at(x, i, &l);
		if (sf == NULL || sf->firm == NULL ||
		    (l == 1 && !ent_short_suffix_ok(x, i)))
			return SIZE_MAX;
	}
	*j = i + l;
	/* A place's team before a competition names it: 亚洲女排锦标赛. */
	if (wl_at(&x->contests, x->c, x->n, *j) > 0)
		return SIZE_MAX;
	*named = sf == NULL || sf->cls == 'N';
	/* 市中心 is the middle of the city: 中心 needs a name of its own. */
	*bare = !text_is(x, i, "中心");
	/* 美国政府 is the country (GUIDELINES 8); 人民政府 is a body. */
	if (text_is(x, i, "政府"))
		return SIZE_MAX;
	if (o >= 0) {
		const struct ent *e = &x->ent[o];

		/*
		 * A body a rule cut short at a stop (日本 + 经 + 济企划厅) or
		 * one of the derived lists (哥伦比亚 + 民事 + 航空局).
		 */
		if (e->type != ZP_ET_ORG || e->e != *j ||
		    (e->src != SRC_RULE && e->gaz >= x->minor))
			return SIZE_MAX;
		m = e->s;
		/*
		 * A team a rule found after a verb (迎战 + 瑞典队) is whole;
		 * only a stop inside a name cut it short (经, 第四, the stop
		 * word 管理 of 财贸管理干部学院), or nothing.
		 */
		if (e->src == SRC_RULE && m > 0 && place_ending(x, m) < 0 &&
		    !in_set(inner_ok, x->c[m - 1]) &&
		    !in_set(numerals, x->c[m - 1]) &&
		    wl_before(&x->stopw, x->c, m) == 0)
			return SIZE_MAX;
	} else {
		for (size_t q = i; q < *j; q++)
			if (x->owner[q] >= 0)
				return SIZE_MAX;
	}
	if (*j < x->n && is_han(x->c[*j]) &&
	    ent_firm_stop(sf != NULL ? sf->firm : ent_firm_next, x->c[*j]))
		return SIZE_MAX;
	return m;
}

/*
 * 市 + 人大常委会, 县 + 卫生局, 国家 + 教育部, 自治区 + 政协: a level before
 * a body of a place.
 */
static void
level_body(struct zp_entities *x, size_t k)
{
	struct ent *e = &x->ent[k];
	size_t s = e->s, lv;
	uint32_t p;

	if (e->dead || e->type != ZP_ET_ORG || s == 0 || x->owner[s - 1] >= 0 ||
	    !in_cs(ent_cs_bodylast, x->c[e->e - 1]))
		return;
	lv = wl_before(&x->levels2, x->c, s);
	if (lv == 0 && in_set(level_chars, x->c[s - 1]))
		lv = 1;
	if (lv == 0 || x->owner[s - lv] >= 0)
		return;
	p = s > lv ? x->c[s - lv - 1] : 0;
	/* A place of its own before the level (南县, 通州区) is left alone. */
	if (lv == 1 && p != 0 && is_han(p) && x->owner[s - 2] < 0 &&
	    !in_cs(ent_cs_stop, p))
		return;
	if ((p != 0 && in_set(level_bad_prev, p)) || x->c[s] == x->c[s - 1])
		return;
	add_body(x, s - lv, e->e);
}

/*
 * The party's and the people's bodies every place has, which a level of
 * one character names (市纪委, 镇党委, 村党支部, 县政协, 市人大): alone
 * they are the body of whatever place the text is about.
 */
static const char *const local_body_words[] = {
	"党委",
	"纪委",
	"团委",
	"党支部",
	"团支部",
	"党总支",
	"政协",
	"人大",
	"人大常委会",
	"妇联",
	"教委",
	"计委",
	"科委",
	"经委",
	"体委",
	"计生委",
	"总工会",
	"工商联",
	"侨联",
	"文联",
	"科协",
	"残联",
};

/*
 * A level of one character and a local body, free or a body of the lists
 * alone: 市 + 纪委, 县 + 政协.  The checks before the level are
 * level_body's: 南县 + 政协 is left alone, 各县政协 names none.
 */
static void
local_bodies(struct zp_entities *x)
{
	/* CL_UNIT marks each level character (and 州): skip the rest. */
	for (size_t i = next_fl(x, 0, CL_UNIT); i + 2 < x->n;
	     i = next_fl(x, i + 1, CL_UNIT)) {
		size_t l, j, s = i;
		int32_t o;
		uint32_t p;

		if (!in_set(level_chars, x->c[i]) || x->owner[i] >= 0 ||
		    (l = wl_at(&x->localb, x->c, x->n, i + 1)) == 0)
			continue;
		/* 自治区, 自治州, 自治县 + 党委: the level is the whole word. */
		if (i >= 2 && text_is(x, i - 2, "自治") &&
		    span_free(x, i - 2, i))
			s = i - 2;
		j = i + 1 + l;
		o = x->owner[i + 1];
		if (o >= 0 &&
		    !(x->ent[o].type == ZP_ET_ORG && x->ent[o].s == i + 1 &&
		        x->ent[o].e == j))
			continue;
		if (o < 0 && !span_free(x, i + 1, j))
			continue;
		p = s > 0 ? x->c[s - 1] : 0;
		if ((p != 0 && is_han(p) && x->owner[s - 1] < 0 &&
		        !in_cs(ent_cs_stop, p)) ||
		    (p != 0 && in_set(level_bad_prev, p)) ||
		    (j < x->n && is_han(x->c[j]) &&
		        ent_firm_stop(ent_firm_next, x->c[j])))
			continue;
		add_body(x, s, j);
		i = j - 1;
	}
}

/*
 * Whether entity e is a body a rule or a derived list named (工程局,
 * 北京分行, 筹备委员会) that the name right before it owns: an organization
 * of the curated lists (国务院, 新华社) is one of its own.
 */
static inline bool
owned_body(const struct zp_entities *x, const struct ent *e)
{
	size_t l;
	const struct suffix *sf;

	if (e->dead || e->type != ZP_ET_ORG ||
	    (e->src != SRC_RULE && e->gaz >= x->minor) ||
	    wl_at(&x->role, x->c, e->e, e->s) > 0) /* 部长 + 视察... */
		return false;
	if (in_cs(ent_cs_bodylast, x->c[e->e - 1]))
		return true;
	for (size_t i = e->e - 1; i > e->s; i--)
		if ((sf = ent_suffix_at(x, i - 1, &l)) != NULL &&
		    i - 1 + l == e->e)
			return sf->firm != NULL;
	return false;
}

/*
 * Whether entity e is a congress by its number (十五大, 第三次代表大会),
 * of the party named right before it: 中共 + 十五大.
 */
static inline bool
congress(const struct zp_entities *x, const struct ent *e)
{
	uint32_t last = x->c[e->e - 1];

	return !e->dead && e->type == ZP_ET_ORG && e->e - e->s >= 3 &&
	    (in_set(numerals, x->c[e->s]) || x->c[e->s] == 0x7B2C) &&
	    (last == 0x5927 || last == 0x4F1A); /* 大, 会 */
}

/*
 * An organization + a body it owns is one name, the longest (GUIDELINES
 * 8): 铁道部 + 第四工程局, 招商银行 + 北京分行, 联合国 + 难民署.
 */
static void
owner_bodies(struct zp_entities *x)
{
	size_t nent = x->nent;

	/*
	 * Only an entity there now can start where one is joined (a body
	 * joined begins before it), so the starts of those that may be owned
	 * are marked, and the positions are visited in order all the same:
	 * a chain of bodies joins from the left (国务院 + 办公厅 + 秘书局).
	 */
	memset(x->cand, 0, (x->n / 64 + 1) * sizeof(*x->cand));
	for (size_t k = 0; k < nent; k++) {
		const struct ent *e = &x->ent[k];

		/* Both tests want an organization: the others skip two calls. */
		if (e->s > 0 && e->type == ZP_ET_ORG &&
		    x->owner[e->s] == (int32_t)k &&
		    (owned_body(x, e) || congress(x, e)))
			x->cand[e->s >> 6] |= (uint64_t)1 << (e->s & 63);
	}
	ent_cand_end(x);
	/*
	 * An entity that starts at a marked position is the one marked, which
	 * passed the tests: a body joined starts before the position, and a
	 * killed entity leaves its positions (ent_kill).  Without the skip
	 * (x->noskip) every position comes, and is tested.
	 */
	for (size_t i = next_cand(x, 1); i < x->n; i = next_cand(x, i + 1)) {
		int32_t o = x->owner[i], p;

		if (o < 0 || x->ent[o].s != i ||
		    (x->noskip && !owned_body(x, &x->ent[o]) &&
		        !congress(x, &x->ent[o])) ||
		    (p = ends_at(x, i)) < 0 || x->ent[p].type != ZP_ET_ORG)
			continue;
		add_body(x, x->ent[p].s, x->ent[o].e);
	}
}

void
ent_pass_place_organs(struct zp_entities *x)
{
	size_t n = x->n, nent = x->nent;

	/*
	 * MARK_SUF marks where a team word may start too, so the positions
	 * organ_at turns down at once are skipped a word of marks at a time.
	 */
	for (size_t i = next_mark(x, MARK_SUF, 1); i < n;
	     i = next_mark(x, MARK_SUF, i + 1)) {
		size_t j, m, a;
		bool named, bare;

		/*
		 * A free suffix with no entity in the ORGAN_GAP + 1 positions
		 * before it has no place for place_start to find: organ_at's
		 * tests are not made.
		 */
		if (!x->noskip && x->owner[i] < 0 &&
		    span_free(x, i > ORGAN_GAP ? i - ORGAN_GAP - 1 : 0, i))
			continue;
		if ((m = organ_at(x, i, &j, &named, &bare)) == SIZE_MAX ||
		    (!bare && m == i && place_ending(x, i) >= 0) ||
		    (a = place_start(x, m, j - i, named)) == SIZE_MAX)
			continue;
		add_body(x, a, j);
		i = j - 1;
	}
	for (size_t k = 0; k < nent; k++)
		level_body(x, k);
	local_bodies(x);
	owner_bodies(x);
	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];

		if (!e->dead && e->type == ZP_ET_ORG &&
		    (e->src == SRC_RULE || e->gaz < x->minor) &&
		    zp_wl_before(&x->venues, x->c, e->s, e->e, NULL) > 0)
			e->type = ZP_ET_LOC;
	}
}

void
ent_organs_init(struct zp_entities *x)
{
	static const char *const sets[] = { inner_ok, hard_stop, numerals,
		level_bad_prev, level_chars };

	for (size_t i = 0; i < NELEM(sets); i++)
		ent_cset_get(sets[i]);
	zp_wl_add_all(&x->teams, team_words, NELEM(team_words));
	zp_wl_add_all(&x->clause, clause_words, NELEM(clause_words));
	zp_wl_add_all(&x->venues, venue_words, NELEM(venue_words));
	zp_wl_add_all(&x->levels2, level_words, NELEM(level_words));
	zp_wl_add_all(&x->localb, local_body_words, NELEM(local_body_words));
}

void
ent_organs_free(struct zp_entities *x)
{
	zp_wl_free(&x->teams);
	zp_wl_free(&x->clause);
	zp_wl_free(&x->venues);
	zp_wl_free(&x->levels2);
	zp_wl_free(&x->localb);
}
