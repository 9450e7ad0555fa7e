/*
 * ent_translit -- transliterated names standing alone (ent_people.c calls
 * them) and what they are not: common nouns borrowed by sound and written
 * with the same characters.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"

/*
 * Common nouns borrowed by sound, written with the characters of names:
 * a run of the set that is one of them is no person.  Each with its length
 * in bytes, which loanword_at compares first, without a strlen.
 */
static const struct ent_lit loanwords[] = {
	ENT_LIT("马拉松"),
	ENT_LIT("海洛因"),
	ENT_LIT("尼古丁"),
	ENT_LIT("吗啡"),
	ENT_LIT("可卡因"),
	ENT_LIT("巧克力"),
	ENT_LIT("咖啡因"),
	ENT_LIT("卡路里"),
	ENT_LIT("维他命"),
	ENT_LIT("凡士林"),
	ENT_LIT("阿司匹林"),
	ENT_LIT("盘尼西林"),
	ENT_LIT("奥林匹克"),
	ENT_LIT("高尔夫"),
	ENT_LIT("保龄球"),
	ENT_LIT("法西斯"),
	ENT_LIT("布尔什维克"),
	ENT_LIT("伊斯兰"),
	ENT_LIT("阿拉伯"),
	ENT_LIT("比基尼"),
	ENT_LIT("迪斯科"),
	ENT_LIT("布丁"),
	ENT_LIT("沙拉"),
	ENT_LIT("雪茄"),
	ENT_LIT("芭蕾"),
	ENT_LIT("吉他"),
	ENT_LIT("萨克斯"),
	ENT_LIT("歇斯底里"),
	ENT_LIT("乌托邦"),
	ENT_LIT("罗曼蒂克"),
	ENT_LIT("幽默"),
	ENT_LIT("拷贝"),
	ENT_LIT("麦克风"),
	ENT_LIT("三明治"),
	ENT_LIT("汉堡"),
	ENT_LIT("披萨"),
	ENT_LIT("比萨"),
	ENT_LIT("可可"),
	ENT_LIT("坦克"),
	ENT_LIT("吉普"),
	ENT_LIT("摩托"),
	ENT_LIT("尼龙"),
	ENT_LIT("塑料"),
	ENT_LIT("苏打"),
	ENT_LIT("白兰地"),
	ENT_LIT("威士忌"),
	ENT_LIT("伏特加"),
	ENT_LIT("香槟"),
	ENT_LIT("朗姆"),
	ENT_LIT("马赛克"),
	ENT_LIT("沙丁鱼"),
	ENT_LIT("模特"),
	ENT_LIT("巴士"),
};

static bool
loanword_at(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t k = 0; k < NELEM(loanwords); k++)
		if (loanwords[k].len == 3 * (b - a) &&
		    text_is(x, a, loanwords[k].w))
			return true;
	return false;
}

/*
 * Whether a place and 的 stand before a: a country's 的 is followed by its
 * places as often as by its people (法国的卡萨格兰).
 */
static bool
place_of(const struct zp_entities *x, size_t a)
{
	int32_t o;

	return a >= 2 && x->c[a - 1] == 0x7684 /* 的 */ &&
	    (o = x->owner[a - 2]) >= 0 && x->ent[o].type == ZP_ET_LOC;
}

/*
 * A transliterated name with nothing beside it but boundaries: three to
 * seven characters of the set, the whole run (no character of the set
 * right after it), of five at most ending in one of translit_end[], or
 * before a strong name end (佛朗科在, 约翰松的).
 */
bool
ent_translit_alone(const struct zp_entities *x, size_t a, size_t b)
{
	bool tail = in_cs(ent_cs_translitend, x->c[b - 1]);

	if (b - a < 3 || b - a > 7 ||
	    (b < x->n &&
	        (in_cs(ent_cs_translit, x->c[b]) || is_alnum(x->c[b]))))
		return false;
	/*
	 * Four characters of the set or more are seldom Chinese words: a
	 * weak end will do (阿卜杜拉还), unless a place's 的 is before it.  A
	 * run that ends in none of translit_end[] may have taken the next
	 * word's first character (沙基奇列入), and one of six or seven may be
	 * two names (阿尔卡特 + 朗普), so these want that end too.
	 */
	if (!(tail && b - a <= 5) &&
	    !(b < x->n && is_han(x->c[b]) && ent_name_end_ok(x, b, true)) &&
	    !(b - a >= 4 && ent_name_end_ok(x, b, false) && !place_of(x, a)))
		return false;
	/* A doubled character is a word's (普普通通), not a name's. */
	for (size_t k = a + 1; k < b; k++)
		if (x->c[k] == x->c[k - 1])
			return false;
	return lookup(x, a, b) == NONE && !loanword_at(x, a, b);
}

/*
 * Every character of the transliteration set, and three of them or one
 * of its ends (鲍威尔, 马斯克): the first is no surname there, as it is in
 * 苏姿丰 or 马云.
 */
bool
ent_translit_name(const uint32_t *c, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!in_cs(ent_cs_translit, c[i]))
			return false;
	return n >= 3 || (n > 0 && in_cs(ent_cs_translitend, c[n - 1]));
}

/*
 * After two characters of the set, the words that say a person stands
 * there: a title of address or office, or a verb of saying.  Each begins
 * with a character of CL_SAYROLE (a role's or a say word's first).
 */
static const char *const pair_next[] = {
	"先生",
	"女士",
	"小姐",
	"夫人",
	"太太",
	"教授",
	"博士",
	"总统",
	"副总统",
	"总理",
	"副总理",
	"首相",
	"外长",
	"国王",
	"亲王",
	"将军",
	"大使",
	"议员",
	"参议员",
	"众议员",
	"行长",
	"副行长",
	"说",
	"表示",
	"指出",
	"认为",
	"强调",
	"介绍",
	"透露",
	"告诉",
	"承认",
	"宣布",
};

/*
 * The first position from p (2 or more) with a say or role character and
 * two characters of the transliteration set just before it, or n: the
 * pass below starts nowhere else, and CL_SAYROLE alone stops at most
 * clauses.  Sixteen positions a step where SSE2 is there: each flag
 * shifted to a lane's sign, so that a saturating pack and a movemask make
 * its sixteen bits without a compare, and the set's bits of the two
 * positions before the step carried over (one load of each position).
 * fl[] is padded past n with every flag: a hit there stops at n.
 */
static size_t
next_pair_end(const struct zp_entities *x, size_t p)
{
	const uint16_t *fl = x->fl;
	size_t n = x->n;

	if (x->noskip)
		return p;
#ifdef __SSE2__
	_Static_assert(CL_SAYROLE == 1u << 12 && CL_TRANSLIT == 1u << 8,
	    "the shifts below put these flags at bit 15");
	if (p < n) {
		/* Bit 0 and 1: the set at p - 2 and p - 1. */
		uint32_t prev = (fl[p - 2] & CL_TRANSLIT) >> 8 |
		    (fl[p - 1] & CL_TRANSLIT) >> 7;

		for (;; p += 16) {
			__m128i a = _mm_loadu_si128((const __m128i *)(fl + p));
			__m128i b =
			    _mm_loadu_si128((const __m128i *)(fl + p + 8));
			uint32_t say =
			    (uint32_t)_mm_movemask_epi8(_mm_packs_epi16(
			        _mm_slli_epi16(a, 3), _mm_slli_epi16(b, 3)));
			/* Bit k + 2: the set at p + k. */
			uint32_t set =
			    (uint32_t)_mm_movemask_epi8(_mm_packs_epi16(
			        _mm_slli_epi16(a, 7), _mm_slli_epi16(b, 7)))
			        << 2 |
			    prev;
			uint32_t hit = say & set & set >> 1;

			if (hit != 0) {
				p += (size_t)__builtin_ctz(hit);
				return p < n ? p : n;
			}
			if (p + 16 >= n)
				return n;
			prev = set >> 16;
		}
	}
#endif
	for (; p < n; p++)
		if ((fl[p] & CL_SAYROLE) && (fl[p - 1] & CL_TRANSLIT) &&
		    (fl[p - 2] & CL_TRANSLIT))
			break;
	return p;
}

/*
 * Two characters of the set, the whole run, then a word of pair_next
 * (沃伦先生, 洛德说).  Two characters are a Chinese word as often as a
 * name (措施, 考古), so the name must also begin a clause or follow a
 * role or a player's number (13号琼斯), and not follow a name dot (the
 * dot names' pass has those).  Called after the people's other rules.
 */
void
ent_pass_translit_pairs(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	for (size_t p = next_pair_end(x, 2); p < n;
	     p = next_pair_end(x, p + 1)) {
		size_t a = p - 2, l = 0;

		if (x->owner[a] >= 0 || x->owner[a + 1] >= 0 || !is_han(c[a]) ||
		    !in_cs(ent_cs_translit, c[a]) ||
		    !in_cs(ent_cs_translit, c[a + 1]) || c[a] == c[a + 1] ||
		    (a > 0 && in_cs(ent_cs_translit, c[a - 1])))
			continue;
		if (!(a == 0 ||
		        (!is_han(c[a - 1]) && c[a - 1] != 0x00B7 &&
		            c[a - 1] != 0x2022) ||
		        c[a - 1] == 0x53F7 /* 号 */ ||
		        wl_before(&x->role, c, a) > 0))
			continue;
		for (size_t k = 0; k < NELEM(pair_next) && l == 0; k++)
			if (text_is(x, p, pair_next[k]))
				l = strlen(pair_next[k]);
		if (l == 0 || lookup(x, a, p) != NONE || loanword_at(x, a, p))
			continue;
		ent_add_person(x, a, p);
	}
}
