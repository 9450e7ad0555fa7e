/*
 * ent_bodies -- government bodies and their parts: a place + its body
 * (辽宁省卫生厅, 土耳其外交部), institutions, legislatures and their terms,
 * missions abroad (驻华大使馆) and the subunits of an organization.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"

/* The hot sets of this family, resolved once by its init. */
const struct cset *ent_cs_bodylast;

/* Bodies within an organization, named after it: 北京大学 + 中文系. */
static const char *const subunit_words[] = {
	"党委",
	"党组",
	"党支部",
	"书记处",
	"主席团",
	"理事会",
	"常委会",
	"宣传部",
	"组织部",
	"统战部",
	"政治部",
	"研究生院",
	"研究室",
	"教练组",
	"中文系",
	"法律系",
	"历史系",
	"哲学系",
	"经济系",
	"物理系",
	"数学系",
	"化学系",
	"社会学系",
	"新闻系",
	"下院",
	"上院",
	"执委会",
	"秘书处",
	"中央",
	"总部",
	"办公厅",
};

/* Legislatures, which take their term in: 九届全国人大. */
static const char *const legislature_words[] = {
	"人大",
	"立法会",
	"常委会",
	"代表大会",
};
/* Their members, who are of the term: 九届全国人大代表. */
static const char *const member_words[] = {
	"代表",
	"常委",
};
/* Before 一届, words that make it no term: 新一届, 这一届. */
static const char term_bad_prev[] = "新这那每又上下本同该哪的";
/* The last characters of government bodies and parties (ent_pass_country_bodies). */
static const char BODY_LAST[] = "部局署委院厅省党府会处办军阁队团";

/* Suffixes that name an institution of a place. */
static const char *const institution_words[] = {
	"人民政府",
	"政府",
	"人民法院",
	"中级人民法院",
	"高级人民法院",
	"法院",
	"人民检察院",
	"检察院",
	"委员会",
	"人大常委会",
	"政协",
	"公安局",
	"局",
	"厅",
	"部",
	"署",
	"办公室",
	"管委会",
	"党委",
	"市委",
	"省委",
	"县委",
	"委",
	"大学",
	"学院",
	"医院",
	"中学",
	"小学",
	"银行",
	"电视台",
	"日报",
	"晚报",
	"代表团",
	"队",
	"交易所",
	"海关",
	"图书馆",
	"女队",
	"男队",
	"国家队",
	"女篮",
	"男篮",
	"女排",
	"男排",
	"女足",
	"男足",
	"球队",
	"代表队",
	"集训队",
	"青年队",
	"奥运代表团",
	"国奥队",
	"足协",
	"篮协",
	"残联",
	"妇联",
	"侨联",
	"文联",
	"作协",
	"科协",
	"总工会",
	"博物馆",
	"研究院",
	"研究所",
	"科学院",
	"人民医院",
	"中医院",
	"乐团",
	"交响乐团",
	"合唱团",
	"剧团",
	"歌舞团",
	"艺术团",
	"办事处",
	"总公司",
	"分公司",
	"分行",
	"支行",
	"分社",
};

/* Whether 政府 or 人民政府 starts at i. */
bool
ent_government_at(const struct zp_entities *x, size_t i)
{
	return text_is(x, i, "政府") || text_is(x, i, "人民政府");
}

/* A government at i not after a unit of a place: the country's own. */
static bool
country_government(const struct zp_entities *x, size_t i)
{
	return ent_government_at(x, i) &&
	    (i == 0 || !in_set(ent_admin_units, x->c[i - 1]));
}

/*
 * Whether an institution starts at i after the place ending there.  A
 * country's government is the country (美国政府 is 美国, GUIDELINES 8);
 * a province's or a city's is a body of its own (北京市政府).
 */
bool
ent_institution(const struct zp_entities *x, size_t i)
{
	if (country_government(x, i))
		return false;
	return wl_at(&x->inst, x->c, x->n, i) > 0;
}

/*
 * Whether c[a..b) is an institution word: 中国 + 女队.  Asked of x->inst,
 * the same words, with one walk instead of a text_is for each word.  The
 * words are Chinese characters of three bytes each, fixed points of the
 * fold, and so are the characters of c[] that match them (ent_decode folds
 * three-byte characters into the BMP): a word of bl bytes at a has bl / 3
 * characters, and the longest word at a within them is it if any is.
 */
bool
ent_institution_is(const struct zp_entities *x, size_t a, size_t b)
{
	size_t bl = x->boff[b] - x->boff[a], l = bl / 3;

	if (country_government(x, a))
		return false;
	return bl % 3 == 0 && l > 0 && a + l <= x->n &&
	    wl_at(&x->inst, x->c, a + l, a) == l;
}

/*
 * Entity k takes in the places that end where it starts (辽宁省 + 卫生厅,
 * 土耳其 + 外交部) and becomes a name of its own surface, no longer the
 * gazetteer entry it matched.
 */
void
ent_take_places_before(struct zp_entities *x, size_t k)
{
	struct ent *e = &x->ent[k];
	size_t a = e->s;
	int32_t o;

	while ((o = ends_at(x, a)) >= 0 && x->ent[o].type == ZP_ET_LOC)
		a = x->ent[o].s;
	if (a == e->s)
		return;
	ent_clear_span(x, a, e->s);
	e->s = (uint32_t)a;
	for (size_t i = a; i < e->e; i++)
		x->owner[i] = (int32_t)k;
	e->gaz = NONE;
	e->id = ent_put_surface(x, a, e->e);
}

/*
 * A body of the derived lists after places: 辽宁省 + 卫生厅, 四川 + 全兴队
 * are one organization (a curated name keeps its place apart: 韩国 +
 * 三星电子).
 */
void
ent_pass_place_bodies(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		const struct ent *e = &x->ent[k];

		size_t lv;

		if (e->dead || e->type != ZP_ET_ORG || e->gaz == NONE ||
		    e->gaz >= x->minor)
			continue;
		/* A level before it is its own: 国家 + 测绘局 (全国 names many). */
		if (e->s > 1 && x->owner[e->s - 1] < 0 &&
		    (lv = wl_before(&x->levels, x->c, e->s)) > 1 &&
		    !text_is(x, e->s - lv, "全国")) {
			struct ent *m = &x->ent[k];

			for (size_t i = m->s - lv; i < m->s; i++)
				x->owner[i] = (int32_t)k;
			m->s = (uint32_t)(m->s - lv);
			m->gaz = NONE;
			m->id = ent_put_surface(x, m->s, m->e);
			continue;
		}
		ent_take_places_before(x, k);
	}
}

/*
 * A legislature's term before it is its own: 九届全国人大, 第一届立法会
 * (its members are of the term: 九届全国人大代表).  Returns whether entity
 * k took one in.
 */
static bool
take_session(struct zp_entities *x, size_t k)
{
	struct ent *e = &x->ent[k];
	size_t a = e->s;

	if (a < 2 || x->c[a - 1] != 0x5C4A /* 届 */ || x->owner[a - 1] >= 0 ||
	    wl_before(&x->legis, x->c, e->e) == 0 ||
	    wl_at(&x->members, x->c, x->n, e->e) > 0)
		return false;
	a--;
	if (x->c[a - 1] == 0x9996 /* 首 */)
		a--;
	else
		while (a > 0 && x->owner[a - 1] < 0 &&
		    (in_set(ent_list_numerals, x->c[a - 1]) ||
		        x->c[a - 1] == 0x767E /* 百 */ ||
		        is_digit(x->c[a - 1])))
			a--;
	/* 新一届, 这一届 name no term. */
	if (a == e->s - 1 ||
	    (a > 0 && x->c[a] == 0x4E00 && in_set(term_bad_prev, x->c[a - 1])))
		return false;
	if (a > 0 && x->c[a - 1] == 0x7B2C /* 第 */ && x->owner[a - 1] < 0)
		a--;
	for (size_t i = a; i < e->s; i++)
		x->owner[i] = (int32_t)k;
	e->s = (uint32_t)a;
	e->gaz = NONE;
	e->id = ent_put_surface(x, e->s, e->e);
	return true;
}

/*
 * Whether e keeps its place apart though it ends like a body: a company's
 * group (韩国 + 现代集团), or a team or a delegation of the curated lists
 * (四川 + 全兴队), as a curated company does.
 */
static bool
keeps_place(const struct zp_entities *x, const struct ent *e)
{
	uint32_t last = x->c[e->e - 1];

	if (last != 0x961F /* 队 */ && last != 0x56E2 /* 团 */)
		return false;
	/* 国家队, 女队: a kind of team is the place's own (智利 + 国家队). */
	if (ent_institution_is(x, e->s, e->e))
		return false;
	return (e->gaz != NONE && e->gaz >= x->minor) ||
	    (e->e - e->s >= 2 && x->c[e->e - 2] == 0x96C6 /* 集 */);
}

/*
 * A government body or party named after the place before it is the
 * place's own: 土耳其 + 外交部, 芬兰 + 共产党, 美国 + 海军 are one organization
 * (GUIDELINES 8: 日本经济产业省), while a company keeps its place apart
 * (韩国 + 三星电子).  A ministry before 门 is a kind of office (财政部门),
 * a party before 员 or 派 a kind of member (共产党员, 民主党派); 外交部长
 * keeps its ministry, as the seed keeps 美国商务部 in 美国商务部长.  A
 * body with its term takes its place too: 香港特区第一届立法会.  So do a
 * team and a delegation, the place's own (法国 + 波尔多队, 中国 + 企业家
 * 代表团), but not a company's group (韩国 + 现代集团) nor a curated team
 * (四川 + 全兴队).
 */
void
ent_pass_country_bodies(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		const struct ent *e = &x->ent[k];
		uint32_t last, nx;

		if (e->dead || e->type != ZP_ET_ORG)
			continue;
		last = x->c[e->e - 1];
		nx = e->e < x->n ? x->c[e->e] : 0;
		if ((last == 0x90E8 && nx == 0x95E8) ||
		    (last == 0x515A && (nx == 0x5458 || nx == 0x6D3E))) {
			ent_kill(x, (int32_t)k);
			continue;
		}
		if (take_session(x, k) ||
		    (in_cs(ent_cs_bodylast, last) && !keeps_place(x, e)))
			ent_take_places_before(x, k);
	}
}

static const char xi_bad_prev[] = "关联体派维世直旁母父嫡谱水星银干";

/*
 * A department after a university or college: 清华大学 + 电机系, one to
 * three characters and 系.  Returns its length, or 0.
 */
static size_t
department_at(const struct zp_entities *x, size_t k)
{
	const struct ent *e = &x->ent[k];
	size_t j = e->e;

	if (e->e - e->s < 2 ||
	    !(x->c[e->e - 1] == 0x5B66 /* 学 */ ||
	        x->c[e->e - 1] == 0x9662 /* 院 */))
		return 0;
	for (size_t l = 1; l <= 3 && j + l < x->n; l++) {
		if (x->owner[j + l - 1] >= 0 || !is_han(x->c[j + l - 1]) ||
		    in_cs(ent_cs_stop, x->c[j + l - 1]))
			return 0;
		/* 关系, 体系, 联系 are words, not departments. */
		if (x->c[j + l] == 0x7CFB /* 系 */)
			return in_set(xi_bad_prev, x->c[j + l - 1]) ? 0 : l + 1;
	}
	return 0;
}

/*
 * An organization followed by one of its own bodies is that body: 北京大学
 * 中文系, 中共中央书记处 (the body alone would be no name).
 */
void
ent_pass_subunits(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];
		size_t j = e->e, l;

		/*
		 * A listed company keeps its id, which joins it to its
		 * shares: 可口可乐公司 + 理事会 stay two (清华大学 + 电机系
		 * are one).
		 */
		if (e->dead || e->type != ZP_ET_ORG || j >= x->n ||
		    (e->gaz != NONE && e->gaz >= x->minor &&
		        zp_gaz_entry(x->g, e->gaz)->ticker != NULL) ||
		    ((l = wl_at(&x->subunit, x->c, x->n, j)) == 0 &&
		        (l = department_at(x, k)) == 0))
			continue;
		/* 宣传部门, 党组成员, 党组织: the body began a word. */
		if (j + l < x->n && is_han(x->c[j + l]) &&
		    ent_firm_stop(x->c[j + l - 1] == 0x90E8 ? ent_firm_next_bu :
		            x->c[j + l - 1] == 0x7EC4 ? ent_subunit_zu_next :
		                                        ent_firm_next,
		        x->c[j + l]))
			continue;
		ent_clear_span(x, j, j + l);
		e->e = (uint32_t)(j + l);
		for (size_t i = j; i < j + l; i++)
			x->owner[i] = (int32_t)k;
		e->gaz = NONE;
		e->id = ent_put_surface(x, e->s, e->e);
	}
}

/*
 * A mission abroad is one organization with its sender and its host:
 * 中国驻美国大使馆, 日本驻厦门领事馆, 某公司驻京办事处, and the offices
 * within it (大使馆商务处); the host may be a one-character name (驻华,
 * 驻德) and the sender left out (驻德使馆).
 */
static const char *const mission_words[] = {
	"大使馆",
	"使馆",
	"总领事馆",
	"总领馆",
	"领事馆",
	"办事处",
	"代表处",
	"联络处",
	"商务处",
	"经商处",
	"记者站",
};

static size_t
mission_at(const struct zp_entities *x, size_t i)
{
	return wl_at(&x->mission, x->c, x->n, i);
}

void
ent_pass_missions(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	for (size_t i = 0; i + 3 < n; i++) {
		size_t a, p, m = 0;
		int32_t o;

		/* To the next 驻, eight positions a test. */
		if ((i = next_cp2(x, i, 0x9A7B, 0x9A7B)) + 3 >= n)
			break;
		a = i;
		p = i + 1;
		/*
		 * The host: places, or one or two characters no entity has
		 * (驻华, 驻京); or a body the suffix rule made of it.
		 */
		while (p < n && p - i <= 6 && (m = mission_at(x, p)) == 0) {
			o = x->owner[p];
			if (o >= 0 && x->ent[o].type == ZP_ET_ORG &&
			    x->ent[o].s == p) {
				m = wl_before(&x->mission, c, x->ent[o].e);
				if (m > 0)
					p = x->ent[o].e - m;
				break;
			}
			if (o >= 0 && x->ent[o].type == ZP_ET_LOC)
				p = x->ent[o].e;
			else if (o < 0 && is_han(c[p]) && p - i <= 2 &&
			    !in_cs(ent_cs_stop, c[p]))
				p++;
			else
				break;
		}
		if (m == 0 || p == i + 1 || p + m > n)
			continue;
		/* The sender: a place or a body ending at 驻, or nothing. */
		if ((o = ends_at(x, i)) >= 0 &&
		    (x->ent[o].type == ZP_ET_LOC ||
		        x->ent[o].type == ZP_ET_ORG))
			a = x->ent[o].s;
		else if (i > 0 && is_han(c[i - 1]) &&
		    !in_cs(ent_cs_stop, c[i - 1]))
			continue;
		/* An office within the mission: 大使馆商务处. */
		for (size_t m2; (m2 = mission_at(x, p + m)) > 0;)
			m += m2;
		ent_clear_span(x, a, p + m);
		ent_add(x, a, p + m, ZP_ET_ORG, SRC_RULE, NONE,
		    ent_put_surface(x, a, p + m));
		i = p + m - 1;
	}
}

void
ent_bodies_init(struct zp_entities *x)
{
	ent_cs_bodylast = ent_cset_get(BODY_LAST);
	zp_wl_add_all(&x->subunit, subunit_words, NELEM(subunit_words));
	zp_wl_add_all(&x->legis, legislature_words, NELEM(legislature_words));
	zp_wl_add_all(&x->members, member_words, NELEM(member_words));
	zp_wl_add_all(&x->mission, mission_words, NELEM(mission_words));
	zp_wl_add_all(&x->inst, institution_words, NELEM(institution_words));
}

void
ent_bodies_free(struct zp_entities *x)
{
	zp_wl_free(&x->subunit);
	zp_wl_free(&x->mission);
	zp_wl_free(&x->legis);
	zp_wl_free(&x->members);
	zp_wl_free(&x->inst);
}
