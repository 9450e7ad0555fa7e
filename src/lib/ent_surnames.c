/*
 * ent_surnames -- Chinese names: a surname (one character or a compound,
 * 欧阳) and a given name of one or two characters, where a name may start
 * and end, and the names scored by the name statistics alone
 * (ent_pass_scored_names; the statistics are read by ent_namestats.c).
 * ent_people.c finds them beside roles and verbs, ent_titles.c before a
 * title.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/* The hot sets of this family, resolved once by its init. */
const struct cset *ent_cs_surname, *ent_cs_notgiven, *ent_cs_compound,
    *ent_cs_endweak;

/*
 * Words that often follow a name and begin with a character that may end
 * one: after 吴仪 in 吴仪今天 the name has two characters, not three.
 * Some begin with a surname and are the verb, not a name (陈述).
 */
static const char *const name_next_words[] = {
	"今天",
	"今晚",
	"今年",
	"今日",
	"今后",
	"昨天",
	"昨晚",
	"昨日",
	"明天",
	"近日",
	"近来",
	"日前",
	"当天",
	"当时",
	"当即",
	"随后",
	"亲切",
	"亲自",
	"亲手",
	"亲临",
	"兴奋",
	"听取",
	"听完",
	"听到",
	"提出",
	"提到",
	"提议",
	"进球",
	"进行",
	"进入",
	"利用",
	"追悼",
	"披露",
	"执教",
	"执导",
	"跑动",
	"因伤",
	"因病",
	"因故",
	"新作",
	"陈述",
	"主持",
	"出席",
	"会见",
	"率领",
	"率团",
	"作了",
	"作出",
	"发表",
	"代表",
	"签署",
	"宣布",
	"致辞",
	"致电",
	"看望",
	"视察",
	"考察",
	"访问",
	"参加",
	"强调",
	"谈到",
	"回答",
	"讲话",
	"一行",
	"夫妇",
	"同志",
	"先生",
	"女士",
	"告诉",
	"介绍",
	"以及",
	"等人",
	"生前",
	"去世",
	"逝世",
	"出任",
	"担任",
	"任命",
	"任职",
	"任教",
	"获得",
	"荣获",
	"赢得",
	"打破",
	"创造",
	"夺得",
	"主演",
	"执笔",
	"编写",
	"撰写",
	"扮演",
	"指挥",
	"带领",
	"领导",
	"负责",
	"主管",
	"分管",
	"兼任",
	"再次",
	"首先",
	"最后",
	"随即",
	"立即",
	"还说",
	"又说",
	"就此",
	"对此",
	"同时",
	"一起",
	"一同",
	"共同",
	"均",
	"和",
	"与",
	"及",
};

static const char surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁"
    "谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
    "詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
    "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
    "师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝谌禹阎芮揭封"
    "鄢匡杭练綦傅洪郁钮鞠蔺晁冼邰冀郜栗燕";
static const char *const compound_surnames[] = {
	"欧阳",
	"司马",
	"上官",
	"诸葛",
	"东方",
	"皇甫",
	"令狐",
	"慕容",
	"尉迟",
	"公孙",
	"长孙",
	"宇文",
	"司徒",
	"夏侯",
	"端木",
	"澹台",
};
#define NCOMPOUND (sizeof(compound_surnames) / sizeof(*compound_surnames))
/* The same as code points (ent_surnames_init), for ent_surname_at. */
static uint32_t compound_cp[NCOMPOUND][8];
static uint8_t compound_len[NCOMPOUND];
/* Those of two characters as first << 32 | second: one compare each. */
static uint64_t compound_key[NCOMPOUND];
/*
 * A bit of 1,024 for the first two characters of each (compound_hash):
 * 上 东 公 长 start many words, few of them surnames.
 */
static uint64_t compound_filt[16];

static inline uint32_t
compound_hash(uint32_t a, uint32_t b)
{
	return (a * 31u + b) & 1023;
}

/* Whether a compound surname may start c[0] c[1] (before the list). */
static inline bool
compound_may(const uint32_t *c)
{
	uint32_t h = compound_hash(c[0], c[1]);

	return in_cs(ent_cs_compound, c[0]) &&
	    ((compound_filt[h >> 6] >> (h & 63)) & 1);
}

/* Given-name characters that not_given holds for the figures' sake. */
static const char GIVEN_TOO[] = "元才之若其";
/* Small sets used by the rules below; a weak end holds adverbs (被, 仍, 刚). */
static const char NAME_END_STRONG[] = "在也曾则对于将已的等和与及、说称是";
static const char NAME_END_WEAK[] = "在也曾则对于将已的等和与及、说称去今昨近此"
                                    "早日前先还就接向会认指表透预是"
                                    "被不要便又仍正刚再终随从";
static const char COMPOUND_FIRST[] = "欧司上诸东皇令慕尉公长宇夏端澹";

/* Characters that may not be part of a Chinese given name. */
static const char not_given[] =
    "的了在是和与及或由对向从将被为于等让给把这那"
    "该此其各每某本据即如若但而且并也都又还已曾就则所以之称说表指认透预年月"
    "日时个位名级度面季部门们方者性化里外内中上下前后这那些么什没不很最更"
    "太再又才只还都各每元亿万千百十两县乡镇村省市区代务"
    /* 季报, 周报, 简报 before 称 are reports, never 季/周/简 + a name. */
    "报";

/* The rules ask at most positions: one body for both, inline. */
static inline size_t
surname_len(const uint32_t *c, size_t n)
{
	if (n >= 2 && compound_may(c)) {
		uint64_t key = (uint64_t)c[0] << 32 | c[1];

		for (size_t k = 0; k < NCOMPOUND; k++)
			if (compound_key[k] != 0 ? compound_key[k] == key :
			                           compound_len[k] <= n &&
			            cps_eq(c, compound_cp[k], compound_len[k]))
				return 2;
	}
	return n > 0 && is_han(c[0]) && in_cs(ent_cs_surname, c[0]) ? 1 : 0;
}

size_t
ent_surname_of(const uint32_t *c, size_t n)
{
	return surname_len(c, n);
}

/*
 * Length of a surname at i (1 or 2), or 0.  The flags of i first: a
 * surname's first character has CL_SURNAME or CL_COMPOUND, and many
 * callers ask where neither is.
 */
size_t
ent_surname_at(const struct zp_entities *x, size_t i)
{
	return i < x->n && (x->fl[i] & (CL_SURNAME | CL_COMPOUND)) ?
	    surname_len(x->c + i, x->n - i) :
	    0;
}

bool
ent_given_ok(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (i >= x->n || x->owner[i] >= 0 || !is_han(x->c[i]) ||
		    in_cs(ent_cs_notgiven, x->c[i]))
			return false;
	return true;
}

/* Whether digits at i are a day of the month: 耶尔马兹19日说. */
bool
ent_date_after(const struct zp_entities *x, size_t i)
{
	size_t d = i;

	while (d < x->n && d - i < 2 && is_digit(x->c[d]))
		d++;
	return d > i && d < x->n && x->c[d] == 0x65E5;
}

/* After a name: punctuation, end, a verb, a role, a function word. */
bool
ent_name_end_ok(const struct zp_entities *x, size_t j, bool strong)
{
	uint32_t c;

	if (j >= x->n)
		return true;
	c = x->c[j];
	if (!is_han(c))
		return !is_alnum(c) || (!strong && ent_date_after(x, j));
	if (wl_at(&x->say, x->c, x->n, j) > 0 ||
	    wl_at(&x->role, x->c, x->n, j) > 0 ||
	    wl_at(&x->holdverb, x->c, x->n, j) > 0)
		return true;
	if (strong)
		return in_set(NAME_END_STRONG, c);
	return in_set(NAME_END_WEAK, c);
}

void
ent_add_person(struct zp_entities *x, size_t a, size_t b)
{
	uint32_t gz = lookup(x, a, b);

	if (gz != NONE && zp_gaz_entry(x->g, gz)->type == ZP_ET_PER)
		ent_add(x, a, b, ZP_ET_PER, SRC_GAZ, gz, NONE);
	else
		ent_add(x, a, b, ZP_ET_PER, SRC_RULE, NONE,
		    ent_put_surface(x, a, b));
}

/* A Chinese name starting at a: returns its end, or a when none fits. */
size_t
ent_name_from(const struct zp_entities *x, size_t a)
{
	size_t sl = ent_surname_at(x, a);

	if (sl == 0 || x->owner[a] >= 0 || ent_surname_title(x, a + sl) > 0)
		return a;
	if (ent_given_ok(x, a + sl, a + sl + 1) &&
	    ent_name_end_ok(x, a + sl + 1, true) && sl + 1 >= 2 &&
	    !ent_given_ok(x, a + sl + 1, a + sl + 2))
		return a + sl + 1;
	if (ent_given_ok(x, a + sl, a + sl + 2) &&
	    ent_name_end_ok(x, a + sl + 2, false))
		return a + sl + 2;
	if (ent_given_ok(x, a + sl, a + sl + 1) &&
	    ent_name_end_ok(x, a + sl + 1, true))
		return a + sl + 1;
	return a;
}

/*
 * 和 and 中 are words of their own, and given-name characters too; so are
 * 元 才 之 若 其, which a name holds often (成元生, 兰才基) and the finance
 * texts as words (万元, 之后): after a role they are a name's.
 */
static bool
given_or_he_zhong(const struct zp_entities *x, size_t i)
{
	return ent_given_ok(x, i, i + 1) ||
	    (x->owner[i] < 0 &&
	        (x->c[i] == 0x548C || x->c[i] == 0x4E2D ||
	            in_set(GIVEN_TOO, x->c[i])));
}

/*
 * A Chinese name of three characters right after a role, whatever follows
 * it: 行长戴相龙为, 总经理曹和平要求, 校长王大中宣布.  The role is the
 * evidence that a name begins here, the name statistics that its given
 * name has two characters (a rare one the statistics lack counts as a
 * name's: 杨洁篪).  A run of transliteration is a foreign name (穆巴拉克).
 * Returns its end, or a when none fits.
 */
size_t
ent_name_after_role(const struct zp_entities *x, size_t a)
{
	const struct namesc *sc = x->nsc;
	size_t e = ent_name_from(x, a), n = x->n, t = a;
	int sum;

	if (e > a)
		return e;
	/* fl marks an astral character with every class: test c too. */
	if (sc == NULL || a + 3 > n || x->c[a] >= 0x10000 ||
	    !(x->fl[a] & CL_SUR) || x->owner[a] >= 0 ||
	    x->c[a + 1] >= 0x10000 || x->c[a + 2] >= 0x10000 ||
	    ent_surname_title(x, a + 1) > 0 || !given_or_he_zhong(x, a + 1) ||
	    !given_or_he_zhong(x, a + 2) ||
	    (a + 3 < n && is_alnum(x->c[a + 3])))
		return a;
	/* 卢卡申科, 马哈茂德: a transliteration runs past three. */
	while (t < n && t - a < 4 && in_cs(ent_cs_translit, x->c[t]))
		t++;
	if (t - a == 4 ||
	    (t - a == 3 && in_cs(ent_cs_translitend, x->c[a + 2])) ||
	    (in_cs(ent_cs_translit, x->c[a]) &&
	        in_cs(ent_cs_translit, x->c[a + 1]) && a + 3 < n &&
	        in_cs(ent_cs_translit, x->c[a + 3])))
		return a;
	sum = sc[x->c[a]].sur + sc[x->c[a + 1]].given;
	if (sc[x->c[a + 1]].given < NAME_GIVEN_MIN ||
	    wl_at(&x->namenext, x->c, n, a) > 0)
		return a;
	/* 吴仪今天: a two-character name before a word. */
	if (wl_at(&x->namenext, x->c, n, a + 2) > 0)
		return sum >= NAME_SUM2 && ent_given_ok(x, a + 1, a + 2) &&
		        !ent_notname_at(x, a, a + 2) ?
		    a + 2 :
		    a;
	sum += sc[x->c[a + 2]].given == NAMESC_NONE ? 0 : sc[x->c[a + 2]].given;
	if (sc[x->c[a + 2]].given != NAMESC_NONE &&
	    sc[x->c[a + 2]].given < NAME_ROLE_GIVEN2_MIN)
		return a;
	if (sum < NAME_SUM3 || ent_notname_at(x, a, a + 3))
		return a;
	return a + 3;
}

/* Before a name: start, punctuation, a name, a stop character. */
bool
ent_name_start_ok(const struct zp_entities *x, size_t a)
{
	int32_t o;

	if (a == 0 || !is_han(x->c[a - 1]))
		return true;
	/* Not after a one-character country: 俄方提出, 美军. */
	if ((o = ends_at(x, a)) >= 0)
		return x->ent[o].type != ZP_ET_LOC ||
		    x->ent[o].e - x->ent[o].s > 1;
	return in_cs(ent_cs_stop, x->c[a - 1]) ||
	    wl_before(&x->role, x->c, a) > 0 ||
	    wl_before(&x->stopw, x->c, a) > 0;
}

/*
 * Chinese names with nothing beside them but a boundary: a known surname
 * and one or two given-name characters, scored from the name statistics
 * (100 log-odds against other words, per character).  The start must be a
 * boundary (ent_name_start_ok); after a three-character name a weak end, after
 * a two-character one a strong end, so that 王国, 高度 and 成本 inside
 * longer words do not fire.
 */
void
ent_pass_scored_names(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	const struct namesc *sc = x->nsc;
	size_t n = x->n;

	ent_mark(x, MARK_SCORED);
	for (size_t i = next_cand(x, 0); i + 1 < n; i = next_cand(x, i + 1)) {
		int s0, g1, g2 = NAMESC_NONE;
		size_t len = 0;
		bool start, three;

		/* The cheap tests first: most characters are no surname. */
		if (!(x->fl[i] & CL_SUR) || c[i] >= 0x10000 ||
		    x->owner[i] >= 0 || c[i + 1] >= 0x10000 ||
		    (g1 = sc[c[i + 1]].given) < NAME_GIVEN_MIN)
			continue;
		s0 = sc[c[i]].sur;
		if (i + 2 < n && c[i + 2] < 0x10000)
			g2 = sc[c[i + 2]].given;
		three = g2 >= NAME_GIVEN2_MIN && s0 + g1 + g2 >= NAME_SUM3;
		if ((!three && s0 + g1 < NAME_SUM2) ||
		    !ent_given_ok(x, i + 1, i + 2))
			continue;
		start = ent_name_start_ok(x, i);
		/* A strong name needs a boundary on one side only. */
		if (three && ent_given_ok(x, i + 2, i + 3) &&
		    ((start && ent_name_end_ok(x, i + 3, false)) ||
		        ent_clause_name3(x, i, s0 + g1 + g2) ||
		        (s0 + g1 + g2 >= NAME_FREE3 &&
		            (start || ent_name_end_ok(x, i + 3, true) ||
		                s0 + g1 + g2 >= NAME_BARE3) &&
		            (i + 3 == n || !is_alnum(c[i + 3])))))
			len = 3;
		/*
		 * A third character of GIVEN_TOO, then a strong end: 蒋天才说,
		 * 侯御之的 (not 蒋天 before a character no name holds).
		 */
		if (len == 0 && three && start && i + 2 < n &&
		    x->owner[i + 2] < 0 && in_set(GIVEN_TOO, c[i + 2]) &&
		    i + 3 < n && is_han(c[i + 3]) &&
		    ent_name_end_ok(x, i + 3, true))
			len = 3;
		/*
		 * Two characters: a boundary on both sides, or on one when
		 * the score is high and no given-name character follows.
		 */
		if (len == 0 && s0 + g1 >= NAME_SUM2 &&
		    ((start && ent_name_end_ok(x, i + 2, true)) ||
		        (s0 + g1 >= NAME_HALF2 &&
		            (start || ent_name_end_ok(x, i + 2, true)) &&
		            !ent_given_ok(x, i + 2, i + 3))))
			len = 2;
		if (len == 0 || lookup(x, i, i + len) != NONE ||
		    ent_notname_at(x, i, i + len))
			continue;
		ent_add_person(x, i, i + len);
		i += len - 1;
	}
}

void
ent_surnames_init(struct zp_entities *x)
{
	static const char *const sets[] = { surnames, not_given,
		NAME_END_STRONG, NAME_END_WEAK, COMPOUND_FIRST };

	/* Built now, so that matching (in_set) only reads them. */
	for (size_t i = 0; i < NELEM(sets); i++)
		ent_cset_get(sets[i]);
	ent_cs_surname = ent_cset_get(surnames);
	ent_cs_notgiven = ent_cset_get(not_given);
	ent_cs_compound = ent_cset_get(COMPOUND_FIRST);
	ent_cs_endweak = ent_cset_get(NAME_END_WEAK);
	for (size_t k = 0; k < NCOMPOUND; k++) {
		const char *w = compound_surnames[k];
		size_t bl = strlen(w), j = 0, l;

		compound_len[k] = 0;
		while (j < bl && compound_len[k] < 8) {
			compound_cp[k][compound_len[k]++] =
			    (uint32_t)zp_utf8_decode(w + j, bl - j, &l);
			j += l;
		}
		compound_key[k] = compound_len[k] == 2 ?
		    (uint64_t)compound_cp[k][0] << 32 | compound_cp[k][1] :
		    0;
		if (compound_len[k] >= 2) {
			uint32_t h =
			    compound_hash(compound_cp[k][0], compound_cp[k][1]);

			compound_filt[h >> 6] |= (uint64_t)1 << (h & 63);
		}
	}
	zp_wl_add_all(&x->namenext, name_next_words, NELEM(name_next_words));
}

void
ent_surnames_free(struct zp_entities *x)
{
	zp_wl_free(&x->namenext);
}
