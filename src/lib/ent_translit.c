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
 * a run of the set that is one of them is no person.
 */
static const char *const loanwords[] = {
	"马拉松",
	"海洛因",
	"尼古丁",
	"吗啡",
	"可卡因",
	"巧克力",
	"咖啡因",
	"卡路里",
	"维他命",
	"凡士林",
	"阿司匹林",
	"盘尼西林",
	"奥林匹克",
	"高尔夫",
	"保龄球",
	"法西斯",
	"布尔什维克",
	"伊斯兰",
	"阿拉伯",
	"比基尼",
	"迪斯科",
	"布丁",
	"沙拉",
	"雪茄",
	"芭蕾",
	"吉他",
	"萨克斯",
	"歇斯底里",
	"乌托邦",
	"罗曼蒂克",
	"幽默",
	"拷贝",
	"麦克风",
	"三明治",
	"汉堡",
	"披萨",
	"比萨",
	"可可",
	"坦克",
	"吉普",
	"摩托",
	"尼龙",
	"塑料",
	"苏打",
	"白兰地",
	"威士忌",
	"伏特加",
	"香槟",
	"朗姆",
	"马赛克",
	"沙丁鱼",
	"模特",
	"巴士",
};

static bool
loanword_at(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t k = 0; k < NELEM(loanwords); k++)
		if (strlen(loanwords[k]) == 3 * (b - a) &&
		    text_is(x, a, loanwords[k]))
			return true;
	return false;
}

/*
 * A transliterated name with nothing beside it but boundaries: three to
 * five characters of the set, the whole run (no character of the set right
 * after it), ending in one of translit_end[] or before a strong name end
 * (佛朗科在, 约翰松的).
 */
bool
ent_translit_alone(const struct zp_entities *x, size_t a, size_t b)
{
	if (b - a < 3 || b - a > 5 ||
	    (b < x->n && in_cs(ent_cs_translit, x->c[b])) ||
	    !(in_cs(ent_cs_translitend, x->c[b - 1]) ||
	        (b < x->n && is_han(x->c[b]) && ent_name_end_ok(x, b, true))) ||
	    (b < x->n && is_alnum(x->c[b])))
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
