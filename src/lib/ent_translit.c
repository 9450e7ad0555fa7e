/*
 * ent_translit -- what the transliterated names of ent_people.c are not:
 * common nouns borrowed by sound and written with the same characters.
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

bool
ent_loanword_at(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t k = 0; k < NELEM(loanwords); k++)
		if (strlen(loanwords[k]) == 3 * (b - a) &&
		    text_is(x, a, loanwords[k]))
			return true;
	return false;
}
