/*
 * ent_jpnames -- Japanese names in Chinese text: a surname of two or three
 * characters (桥本, 中曾根) and a given name of one to three (龙太郎, 恭子),
 * or the surname alone before a title, a reporting verb or a function
 * word (桥本首相, 小渊说), as the press names a Japanese person.  The
 * surnames are the common ones that are no everyday word or place of
 * Chinese (not 山口 a mountain pass, 小林 a wood, 松下 a firm).
 */
#include "zhpipe/entities.h"
#include "ent_internal.h"

static const char *const jp_surnames[] = {
	"佐藤",
	"铃木",
	"高桥",
	"田中",
	"渡边",
	"伊藤",
	"山本",
	"中村",
	"加藤",
	"吉田",
	"山田",
	"佐佐木",
	"山崎",
	"池田",
	"桥本",
	"阿部",
	"石川",
	"中岛",
	"石井",
	"前田",
	"冈田",
	"长谷川",
	"藤田",
	"后藤",
	"近藤",
	"远藤",
	"青木",
	"坂本",
	"齐藤",
	"斋藤",
	"太田",
	"藤井",
	"冈本",
	"藤原",
	"中野",
	"三浦",
	"原田",
	"中川",
	"松田",
	"竹内",
	"小野",
	"田村",
	"石田",
	"森田",
	"上田",
	"柴田",
	"酒井",
	"工藤",
	"横山",
	"宫崎",
	"宫本",
	"内田",
	"高木",
	"安藤",
	"岛田",
	"高田",
	"丸山",
	"今井",
	"河野",
	"藤本",
	"村田",
	"武田",
	"上野",
	"杉山",
	"增田",
	"大冢",
	"大塚",
	"菅原",
	"久保",
	"松井",
	"千叶",
	"岩崎",
	"樱井",
	"野口",
	"松尾",
	"菊地",
	"野村",
	"新井",
	"渡部",
	"佐野",
	"杉本",
	"滨田",
	"市川",
	"水野",
	"北村",
	"安田",
	"中田",
	"五十岚",
	"冈崎",
	"土井",
	"小泉",
	"村山",
	"细川",
	"羽田",
	"宫泽",
	"海部",
	"竹下",
	"中曾根",
	"三木",
	"鸠山",
	"小渊",
	"安倍",
	"麻生",
	"野中",
	"梶山",
	"久间",
	"高野",
	"津田",
	"穗积",
	"真锅",
	"盛田",
	"稻盛",
	"武村",
	"伊奈",
	"水井",
	"东条",
	"岸田",
	"福井",
	"永井",
	"荒井",
	"石原",
	"浅井",
	"服部",
	"星野",
	"野田",
	"荒木",
	"片山",
	"吉川",
	"菅野",
	"平田",
	"秋山",
	"原口",
	"三宅",
	"森本",
	"大久保",
	"宇野",
	"广濑",
	"松冈",
	"饭田",
	"若林",
	"仓田",
	"矢野",
	"樋口",
	"成田",
	"吉村",
	"堀江",
	"三岛",
	"黑田",
	"黑泽",
	"荻原",
	"片冈",
	"奥田",
	"冈部",
	"筒井",
	"北野",
	"竹中",
	"篠原",
	"川岛",
	"松村",
	"浅野",
	"岩田",
	"今村",
	"本间",
	"西尾",
	"宫田",
	"落合",
	"芥川",
	"二阶堂",
	"吉野",
	"坂口",
	"高仓",
	"园田",
	"小渕",
	"桥田",
	"村冈",
	"绪方",
};

/*
 * Characters that end a place or a body rather than a given name: 成田机场,
 * 上野公园, 浅野学园.
 */
static const char jp_not_given[] =
    "场港站路街桥山川河湖县市町村岛区馆院校厂社会部所局店园寺宫线车机";

void
ent_jpnames_init(struct zp_entities *x)
{
	ent_cset_get(jp_not_given);
	zp_wl_add_all(&x->jpsur, jp_surnames, NELEM(jp_surnames));
	/* A surname of one character would let all by. */
	for (size_t k = 0; k < zp_wl_count(&x->jpsur); k++) {
		size_t l;
		const uint32_t *w = zp_wl_word(&x->jpsur, k, &l);

		if (l < 2) {
			memset(x->jpfs, 3, sizeof(x->jpfs));
			break;
		}
		x->jpfs[w[0] & 4095] |= 1;
		x->jpfs[w[1] & 4095] |= 2;
	}
}

void
ent_jpnames_free(struct zp_entities *x)
{
	zp_wl_free(&x->jpsur);
}

/*
 * A given name of g characters at a: no role, verb or place in it, and
 * with the name statistics, no character far more often a word's than a
 * name's and no two that make a common word (桥本计划, 伊藤看来).
 */
static bool
jp_given_ok(const struct zp_entities *x, size_t a, size_t g)
{
	const uint32_t *c = x->c;

	if (!ent_given_ok(x, a, a + g))
		return false;
	for (size_t k = a; k < a + g; k++) {
		if (in_set(jp_not_given, c[k]) ||
		    wl_at(&x->role, c, x->n, k) > 0 ||
		    wl_at(&x->say, c, x->n, k) > 0)
			return false;
		if (x->nsc != NULL && c[k] < 0x10000 &&
		    x->nsc[c[k]].given != NAMESC_NONE &&
		    x->nsc[c[k]].given < NAME_ROLE_GIVEN2_MIN)
			return false;
		if (x->gwords.v != NULL && k + 1 < a + g &&
		    ent_common_given(x, c + k))
			return false;
	}
	return true;
}

/* The end of the Japanese name at i, or i when none is there. */
static size_t
jp_name_at(const struct zp_entities *x, size_t i)
{
	size_t l = wl_at(&x->jpsur, x->c, x->n, i), s = i + l;

	if (l == 0 || !span_free(x, i, s) || lookup(x, i, s) != NONE ||
	    !ent_name_start_ok(x, i))
		return i;
	/* The surname alone before a title or a verb: 桥本首相, 小渊说. */
	if (s >= x->n || ent_lead_at(x, s) > 0 ||
	    wl_at(&x->say, x->c, x->n, s) > 0 || ent_name_end_ok(x, s, true))
		return s;
	for (size_t g = 3; g >= 1; g--)
		if (s + g <= x->n && jp_given_ok(x, s, g) &&
		    ent_name_end_ok(x, s + g, g == 1) &&
		    lookup(x, i, s + g) == NONE)
			return s + g;
	return i;
}

/*
 * The first position from i on where a surname may start, or n - 1 or
 * more when none does.  fs holds, by the low twelve bits of a code point,
 * 1 for a surname's first character and 2 for its second: 4 KB that stay
 * in the cache, where a bitmap of first characters (8 KB, with 中 大 小 高
 * in it) missed and passed often.  A block of sixteen takes the pairs at
 * i - 1 .. i + 14, each of which holds one of its eight even positions:
 * when none of these has a flag (a third of the blocks) the odd ones are
 * not read.  Otherwise the pairs are tested all at once, the flags of
 * eight positions to a word, without a branch for each (a loop over the
 * flags of the even positions mispredicted four times as often as the
 * test of every pair).
 */
static size_t
next_surname(const uint8_t *fs, const uint32_t *c, size_t i, size_t n)
{
#define F(p) ((uint64_t)fs[c[p] & 4095])
	const uint64_t ones = 0x0101010101010101u;

	if (i + 1 < n && (F(i) & F(i + 1) >> 1 & 1))
		return i;
	for (i++; i + 16 <= n; i += 16) {
		uint64_t even = F(i) | F(i + 2) << 8 | F(i + 4) << 16 |
		    F(i + 6) << 24 | F(i + 8) << 32 | F(i + 10) << 40 |
		    F(i + 12) << 48 | F(i + 14) << 56;
		uint64_t before, after, t;

		if (even == 0)
			continue;
		/* Byte k: the flags of i + 2k - 1 (before), i + 2k + 1. */
		before = F(i - 1) | F(i + 1) << 8 | F(i + 3) << 16 |
		    F(i + 5) << 24 | F(i + 7) << 32 | F(i + 9) << 40 |
		    F(i + 11) << 48 | F(i + 13) << 56;
		after = before >> 8 | F(i + 15) << 56;
		/* Bit 8k: a pair at i + 2k - 1; bit 8k + 1: at i + 2k. */
		t = (before & even >> 1 & ones) |
		    (even & after >> 1 & ones) << 1;
		if (t != 0) {
			size_t b = (size_t)__builtin_ctzll(t);

			return i + b / 8 * 2 + (b & 1) - 1;
		}
	}
#undef F
	/* The pairs from i - 1 on, which no block took. */
	for (i--; i + 1 < n; i++)
		if (fs[c[i] & 4095] & fs[c[i + 1] & 4095] >> 1 & 1)
			break;
	return i;
}

/*
 * Called at the end of ent_pass_people, before the scored names, which
 * would read 石田东四郎 as 石田 and a word.  Every position is visited, so
 * the candidate skips need not know of it.
 */
void
ent_pass_jp_names(struct zp_entities *x)
{
	/* The scan is a skip: off with the others, so ent-skips checks it. */
	for (size_t i = 0;
	     (i = x->noskip ? i : next_surname(x->jpfs, x->c, i, x->n)) + 1 <
	     x->n;
	     i++) {
		size_t e;

		if (x->owner[i] >= 0 || !is_han(x->c[i]) ||
		    (e = jp_name_at(x, i)) == i)
			continue;
		ent_add_person(x, i, e);
		i = e - 1;
	}
}
