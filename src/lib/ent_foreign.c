/*
 * ent_foreign -- transliterated foreign names by their evidence: the name
 * dot (帕特·格尔辛格), a role before (总统穆巴拉克), a country's team
 * before (丹麦队盖德) or a reporting verb after (琼斯表示).  A run that is
 * a name alone, and what such runs are not, is ent_translit.c's.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/* The hot sets of this family, resolved once by its init. */
const struct cset *ent_cs_translit, *ent_cs_translitend;

/* Characters of transliterated foreign names. */
static const char translit[] =
    "阿埃艾爱安昂奥巴拜班邦鲍贝比彼毕波伯勃博布"
    "查达戴丹道德登迪蒂丁东杜多厄恩尔法凡菲费芬丰弗福夫伏盖甘冈高戈哥格根古"
    "瓜哈海汉豪赫黑亨洪胡华霍基吉加贾杰金卡凯坎康考柯科克肯库夸奎拉莱赖兰朗"
    "劳勒雷蕾里理丽利莉连林琳铃隆卢鲁路伦罗洛马玛迈麦曼梅美门蒙米明摩莫姆穆"
    "纳娜奈南内尼妮涅宁纽努诺欧帕潘佩蓬皮珀普齐奇恰乔切琼丘萨塞赛桑瑟森沙莎"
    "尚舍什施史士斯松苏索塔泰坦汤唐特提廷通图托瓦万威韦维温沃乌伍西希锡夏肖"
    "谢辛休雅亚扬耶伊因英尤约泽扎詹兹朱祖佐娅黛薇芙茨贝克桑萨尚密"
    "蒂娃佳嘉菲翰迦杨巴耶纳瓦亨宾治济翁若顿列逊默佛歇慕"
    "苗热让卜怀昆坚廉儒丝缪瑙贡额钦绍茹旺圭芒"
    /* Of the Xinhua transliteration table, rare in Chinese words. */
    "契季敦措鄂策";

/*
 * Characters that end transliterated names far more often than they end
 * Chinese words: 斯 (琼斯), 尔 (米勒尔), 夫 (波波夫), 娃, 基, 诺, 尼, 克, 特,
 * 森 (约翰森), 顿, 逊, 曼, 格, 普, 塔, 里, 罗.
 */
static const char translit_end[] =
    "斯尔夫娃基诺尼克特娜莎耶维茨姆恩森普塔格曼顿逊里罗";

static bool
translit_char(uint32_t c)
{
	return is_han(c) && in_cs(ent_cs_translit, c);
}

/*
 * After a dot, a part may be written with a Chinese surname's character
 * (马克斯·魏勒, 柯林·钱德勒): the dot after a transliteration is the
 * evidence.  Not one that is a function word too (卡洛斯和, 辛哈向).
 */
static bool
dot_part_char(uint32_t c)
{
	return translit_char(c) ||
	    (is_han(c) && in_cs(ent_cs_surname, c) &&
	        !in_cs(ent_cs_endweak, c) && !in_cs(ent_cs_titlebadsur, c));
}

void
ent_pass_dot_names(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, d4 = 0, d2 = 0;
	/*
	 * The next dot of is_dot, by two walks (four and two of them) at
	 * eight positions a test: the walk by is_dot was most of the pass.
	 */
	static const uint32_t dots[4] = { 0xB7, 0x2022, 0x2027, 0x30FB };

	for (size_t i = 1; i + 1 < n; i++) {
		size_t k, j, lastseg;
		uint32_t gz;
		const char *id;
		int32_t kk;

		if (d4 < i)
			d4 = next_cp4(x, i, dots);
		if (d2 < i)
			d2 = next_cp2(x, i, 0xFF65, 0x2219);
		if ((i = d4 < d2 ? d4 : d2) + 1 >= n)
			break;
		if (!is_dot(c[i]) || !translit_char(c[i - 1]) ||
		    !dot_part_char(c[i + 1]))
			continue;
		k = i;
		while (k > 0 && i - k < 4 && translit_char(c[k - 1]) &&
		    wl_before(&x->role, c, k) == 0)
			k--;
		j = i + 1;
		for (;;) {
			size_t st = j;

			while (j < n && j - st < 6 && dot_part_char(c[j]))
				j++;
			lastseg = st;
			if (j + 1 < n && is_dot(c[j]) &&
			    dot_part_char(c[j + 1]))
				j++;
			else
				break;
		}
		/* A name crossing our left edge keeps its part. */
		while (k < i && x->owner[k] >= 0 && x->ent[x->owner[k]].s < k)
			k = x->ent[x->owner[k]].e;
		if (k >= i)
			continue;
		if (x->owner[k] >= 0 && x->ent[x->owner[k]].s == k &&
		    x->ent[x->owner[k]].e == j) {
			i = j;
			continue;
		}
		if (j < n && x->owner[j - 1] >= 0 &&
		    x->ent[x->owner[j - 1]].e > j)
			continue;
		ent_clear_span(x, k, j);
		gz = lookup(x, k, j);
		if (gz == NONE)
			gz = lookup(x, lastseg, j);
		if (gz != NONE && zp_gaz_entry(x->g, gz)->type != ZP_ET_PER)
			gz = NONE;
		kk = ent_add(x, k, j, ZP_ET_PER, SRC_RULE, NONE, NONE);
		if (gz != NONE)
			x->ent[kk].id =
			    ent_put_id(x, zp_gaz_entry(x->g, gz)->id,
			        strlen(zp_gaz_entry(x->g, gz)->id));
		else
			x->ent[kk].id = ent_put_surface(x, k, j);
		id = x->ids.p + x->ent[kk].id;
		if (j - lastseg >= 2)
			ent_register_alias(x, lastseg, j, id, ZP_ET_PER);
		i = j;
	}
}

/*
 * A transliterated name right after a role, whatever follows it: 总统穆巴拉
 * 克就, 国务卿奥尔布赖特敦促.  The role is the evidence, so two characters
 * are enough; the run stops at the first character outside the
 * transliteration set and must not run into Latin letters or digits.
 * Returns its end, or a when none fits.
 */
size_t
ent_translit_after_role(const struct zp_entities *x, size_t a)
{
	size_t t = a;

	while (t < x->n && t - a < 7 && x->owner[t] < 0 &&
	    in_cs(ent_cs_translit, x->c[t]))
		t++;
	/* Two characters that repeat are a word: 默默. */
	if (t - a < 2 || t - a >= 7 || (t - a == 2 && x->c[a] == x->c[a + 1]) ||
	    (t < x->n && is_alnum(x->c[t]) && !ent_date_after(x, t)) ||
	    lookup(x, a, t) != NONE)
		return a;
	return t;
}

/* Between a country and its player: 丹麦队, 韩国女队的, 巴西选手. */
static const char *const country_player[] = {
	"女队的",
	"男队的",
	"队的",
	"女队",
	"男队",
	"队",
	"选手",
	"名将",
	"球员",
};

/*
 * Whether c starts a word of country_player (女男队选名球); by its code
 * point, since one more set in_set looks up made the other lookups dearer.
 */
static bool
player_first(uint32_t c)
{
	switch (c) {
	case 0x5973: /* 女 */
	case 0x7537: /* 男 */
	case 0x961F: /* 队 */
	case 0x9009: /* 选 */
	case 0x540D: /* 名 */
	case 0x7403: /* 球 */
		return true;
	default:
		return false;
	}
}

/*
 * A transliterated name after a country's team or a word for its players
 * (丹麦队盖德, 韩国女队的金某, 巴西选手罗某): the whole run of the set, two
 * characters at least and three after 的, never a listed name or a common
 * word (中国队马上).  After a country and 的 alone the run is as often one
 * of its places (法国的埃菲尔铁塔, 波兰的波兹南), so that is no evidence.
 */
void
ent_after_country(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		const struct ent *f = &x->ent[k];
		size_t i = f->e, l = 0, t;
		/* A team the rules found already: 丹麦队盖德, 丹麦队的盖德. */
		bool team = f->type == ZP_ET_ORG && x->c[i - 1] == 0x961F;

		if (f->dead || (f->type != ZP_ET_LOC && !team) ||
		    f->e - f->s < 2)
			continue;
		/* The words' first characters first: most places have none. */
		for (size_t w = 0; w < NELEM(country_player) && l == 0 &&
		     !team && i < x->n && player_first(x->c[i]);
		     w++)
			if (text_is(x, i, country_player[w]))
				l = strlen(country_player[w]) / 3;
		if (team && text_is(x, i, "的"))
			l = 1;
		if (l == 0 && !team)
			continue;
		for (t = i + l; t < x->n && t - (i + l) < 6 &&
		     x->owner[t] < 0 && in_cs(ent_cs_translit, x->c[t]);
		     t++)
			;
		if (t - (i + l) <
		        (l > 0 && x->c[i + l - 1] == 0x7684 ? 3u : 2u) ||
		    t - (i + l) > 5 ||
		    (t < x->n &&
		        (in_cs(ent_cs_translit, x->c[t]) ||
		            is_alnum(x->c[t]))) ||
		    lookup(x, i + l, t) != NONE || ent_notname_at(x, i + l, t))
			continue;
		ent_add_person(x, i + l, t);
	}
}

/*
 * A transliterated name without "·", then a verb or a role: 琼斯表示,
 * 卡尔波夫说.  Three characters at least, all of the transliteration set.
 * Adds the person and returns its end, or i when none fits.
 */
size_t
ent_translit_said(struct zp_entities *x, size_t i)
{
	size_t n = x->n;

	/*
	 * Both ways want a run of three (ent_translit_alone too): the flags
	 * first (fl[] is padded), then the run, then the start.
	 */
	if ((x->fl[i] & x->fl[i + 1] & x->fl[i + 2] & CL_TRANSLIT) &&
	    in_cs(ent_cs_translit, x->c[i])) {
		size_t t = i;

		size_t t0;

		while (t < n && t - i < 7 && x->owner[t] < 0 &&
		    in_cs(ent_cs_translit, x->c[t]))
			t++;
		t0 = t;
		if (t0 - i < 3 || !ent_name_start_ok(x, i))
			return i;
		while (t - i >= 3 &&
		    !(wl_at(&x->say, x->c, n, t) > 0 ||
		        wl_at(&x->role, x->c, n, t) > 0))
			t--;
		if (t - i >= 3 && lookup(x, i, t) == NONE) {
			ent_add_person(x, i, t);
			return t;
		}
		if (ent_translit_alone(x, i, t0)) {
			ent_add_person(x, i, t0);
			return t0;
		}
	}
	return i;
}

void
ent_foreign_init(struct zp_entities *x)
{
	(void)x;
	/* Built now, so that matching (in_set) only reads them. */
	ent_cs_translit = ent_cset_get(translit);
	ent_cs_translitend = ent_cset_get(translit_end);
}
