/*
 * wordseg -- best-path segmentation over the lexicon's word graph.
 *
 * Positions are code points.  The graph is never stored: dynamic
 * programming runs from the right end of a block to its left, and at each
 * position the candidate words are found by walking the trie, so a block
 * costs one trie walk per position plus the rule checks.
 */
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/utf8.h"
#include "zhpipe/wordseg.h"
#include "zhpipe/xalloc.h"

enum cls {
	K_HAN,
	K_DIGIT,
	K_ALPHA,
	K_SPACE,
	K_OTHER,
	K_BAD /* an invalid byte */
};

/* How a chosen word is to be written. */
enum {
	HOW_WHOLE,
	HOW_NAME1, /* cut after the first code point (surname) */
	HOW_NAME2  /* cut after the second (compound surname) */
};

/*
 * Rule words are far more probable than anything they compete with, so a
 * number keeps its scale word or date unit; Latin/digit atoms and numeral
 * runs score like a common word, leaving room for lexicon words such as
 * B超 or 万一 to win.
 */
#define RULE_FREQ 1e5
#define ATOM_FREQ 1e4

struct zp_wordseg {
	const struct zp_lexicon *lx;
	unsigned flags;
	float rule_logp, atom_logp;
	size_t cap;
	uint32_t *cp;
	uint32_t *off; /* byte offset of each code point, + end */
	uint8_t *cls;
	uint32_t *aend;   /* end of the atom starting here, or 0 */
	uint32_t *ustart; /* start of the longest user word ending
				   here, seen so far; UINT32_MAX: none */
	float *best;
	uint32_t *next;
	uint8_t *how;
	size_t *ends;
	size_t nends, capends;
	bool has_dot; /* a middle dot joins Han characters */
};

struct zp_wordseg *
zp_wordseg_new(const struct zp_lexicon *lx, unsigned flags)
{
	struct zp_wordseg *ws = zp_xcalloc(1, sizeof(*ws));

	ws->lx = lx;
	ws->flags = flags;
	ws->rule_logp = (float)(log(RULE_FREQ) - log(lx->total));
	ws->atom_logp = (float)(log(ATOM_FREQ) - log(lx->total));
	return ws;
}

void
zp_wordseg_free(struct zp_wordseg *ws)
{
	if (ws == NULL)
		return;
	free(ws->cp);
	free(ws->off);
	free(ws->cls);
	free(ws->aend);
	free(ws->ustart);
	free(ws->best);
	free(ws->next);
	free(ws->how);
	free(ws->ends);
	free(ws);
}

static void
reserve(struct zp_wordseg *ws, size_t n)
{
	size_t c = ws->cap ? ws->cap : 256;

	if (n + 1 <= ws->cap)
		return;
	while (c < n + 1)
		c *= 2;
	ws->cp = zp_xreallocarray(ws->cp, c, sizeof(*ws->cp));
	ws->off = zp_xreallocarray(ws->off, c, sizeof(*ws->off));
	ws->cls = zp_xreallocarray(ws->cls, c, sizeof(*ws->cls));
	ws->aend = zp_xreallocarray(ws->aend, c, sizeof(*ws->aend));
	ws->ustart = zp_xreallocarray(ws->ustart, c, sizeof(*ws->ustart));
	ws->best = zp_xreallocarray(ws->best, c, sizeof(*ws->best));
	ws->next = zp_xreallocarray(ws->next, c, sizeof(*ws->next));
	ws->how = zp_xreallocarray(ws->how, c, sizeof(*ws->how));
	ws->cap = c;
}

static void
put_end(struct zp_wordseg *ws, size_t end)
{
	if (ws->nends == ws->capends) {
		ws->capends = ws->capends ? ws->capends * 2 : 256;
		ws->ends =
		    zp_xreallocarray(ws->ends, ws->capends, sizeof(*ws->ends));
	}
	ws->ends[ws->nends++] = end;
}

static enum cls
classify(uint32_t c)
{
	if (c < 0x80) {
		if (c >= '0' && c <= '9')
			return K_DIGIT;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			return K_ALPHA;
		if (c == ' ' || (c >= 0x09 && c <= 0x0d))
			return K_SPACE;
		return K_OTHER;
	}
	if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f) ||
	    c == 0x3007 || c == 0x25cb)
		return K_HAN;
	if (c >= 0xff10 && c <= 0xff19)
		return K_DIGIT;
	if ((c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a))
		return K_ALPHA;
	if (c == 0x85 || c == 0xa0 || c == 0x1680 ||
	    (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202f || c == 0x205f || c == 0x3000)
		return K_SPACE;
	return K_OTHER;
}

/* Full-width ASCII folded to ASCII, for the rules. */
static uint32_t
fold(uint32_t c)
{
	return c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c;
}

static bool
alnum(uint8_t k)
{
	return k == K_DIGIT || k == K_ALPHA;
}

/* Where the Latin/digit atom starting at i ends. */
static size_t
atom_end(const struct zp_wordseg *ws, size_t i, size_t m)
{
	const uint32_t *cp = ws->cp;
	const uint8_t *k = ws->cls;
	size_t j = i + 1;
	bool digits = k[i] == K_DIGIT;

	for (;;) {
		uint32_t c;

		while (j < m && alnum(k[j])) {
			if (k[j] == K_ALPHA)
				digits = false;
			j++;
		}
		if (j + 1 >= m)
			break;
		c = fold(cp[j]);
		if (c == ',' && k[j - 1] == K_DIGIT && k[j + 1] == K_DIGIT) {
			j++;
			continue;
		}
		if ((c == '.' || c == '-' || c == '_' || c == '&' ||
		        c == '\'') &&
		    alnum(k[j + 1]) && (c != '\'' || k[j + 1] == K_ALPHA)) {
			j++;
			continue;
		}
		break;
	}
	/* A percentage keeps its sign. */
	if (j < m && k[j - 1] == K_DIGIT &&
	    (fold(cp[j]) == '%' || cp[j] == 0x2030))
		j++;
	(void)digits;
	return j;
}

/* The value of a Chinese numeral digit, -1 if none; 10.. for multipliers. */
static int
cdigit_slow(uint32_t c)
{
	switch (c) {
	case 0x3007:
	case 0x25cb:
	case 0x96f6:
		return 0; /* 〇 ○ 零 */
	case 0x4e00:
		return 1; /* 一 */
	case 0x4e8c:
	case 0x4e24:
		return 2; /* 二 两 */
	case 0x4e09:
		return 3; /* 三 */
	case 0x56db:
		return 4; /* 四 */
	case 0x4e94:
		return 5; /* 五 */
	case 0x516d:
		return 6; /* 六 */
	case 0x4e03:
		return 7; /* 七 */
	case 0x516b:
		return 8; /* 八 */
	case 0x4e5d:
		return 9; /* 九 */
	case 0x5341:
		return 10; /* 十 */
	case 0x767e:
		return 100; /* 百 */
	case 0x5343:
		return 1000; /* 千 */
	case 0x4e07:
		return 10000; /* 万 */
	case 0x4ebf:
		return 100000; /* 亿 (only its class matters) */
	default:
		return -1;
	}
}

/* cdigit_slow through a table: it runs at every position. */
static int
cdigit(uint32_t c)
{
	static int8_t tab[0x10000]; /* 0: not a numeral, else index + 1 */
	static const int val[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000,
		10000, 100000 };
	static bool init;

	if (!init) {
		static const uint32_t all[] = { 0x3007, 0x25cb, 0x96f6, 0x4e00,
			0x4e8c, 0x4e24, 0x4e09, 0x56db, 0x4e94, 0x516d, 0x4e03,
			0x516b, 0x4e5d, 0x5341, 0x767e, 0x5343, 0x4e07,
			0x4ebf };
		size_t k, v;

		for (k = 0; k < sizeof(all) / sizeof(all[0]); k++) {
			int x = cdigit_slow(all[k]);

			for (v = 0; v < sizeof(val) / sizeof(val[0]); v++)
				if (val[v] == x)
					tab[all[k]] = (int8_t)(v + 1);
		}
		init = true;
	}
	if (c >= 0x10000 || tab[c] == 0)
		return -1;
	return val[tab[c] - 1];
}

static bool
is_scale(uint32_t c)
{
	return c == 0x5341 || c == 0x767e || c == 0x5343 || c == 0x4e07 ||
	    c == 0x4ebf; /* 十 百 千 万 亿 */
}

#define U_NIAN 0x5e74 /* 年 */
#define U_YUE 0x6708  /* 月 */
#define U_RI 0x65e5   /* 日 */

/*
 * The value of a small numeral written with 十 (三十一, 十二, 五), or -1
 * when cp[i..j) is not one.
 */
static int
small_value(const uint32_t *cp, size_t i, size_t j)
{
	int v = 0, d = -1;

	for (; i < j; i++) {
		int x = cdigit(cp[i]);

		if (x < 0 || x > 10)
			return -1;
		if (x == 10) {
			if (v != 0)
				return -1;
			v = (d < 0 ? 1 : d) * 10;
			d = -1;
		} else {
			if (d >= 0)
				return -1;
			d = x;
		}
	}
	return v + (d < 0 ? 0 : d);
}

/* Common single-character surnames (the PKU guidelines cut 姓 from 名). */
static const char surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
    "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白"
    "邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝"
    "包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍"
    "华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
    "宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑"
    "郎甄丛仲虞敖巩明佘池查麻苑迟邝";

static const char *const compound_surnames[] = { "欧阳", "司马", "诸葛", "上官",
	"东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "长孙",
	"宇文", "端木", NULL };

static bool
is_surname(uint32_t c)
{
	static bool init;
	static uint8_t bits[0x10000 / 8];

	if (!init) {
		const char *p = surnames;
		size_t l;

		while (*p != '\0') {
			int32_t s = zp_utf8_decode(p, strlen(p), &l);

			if (s >= 0 && s < 0x10000)
				bits[s >> 3] |= (uint8_t)(1u << (s & 7));
			p += l;
		}
		init = true;
	}
	return c < 0x10000 && (bits[c >> 3] & (1u << (c & 7)));
}

/*
 * Characters common in transliterated foreign names, for names written
 * with a middle dot that no list has (约翰·史密斯).
 */
static const char translit[] =
    "阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁"
    "东杜敦顿多厄恩尔法凡菲费芬丰弗福夫盖甘冈高戈哥格贡古哈海汉豪赫亨洪胡华"
    "怀霍基吉加迦贾杰捷金卡凯坎康考柯科克肯库夸奎拉腊莱赖兰朗劳勒雷蕾里利莉"
    "丽连林琳隆卢鲁路伦罗洛马玛迈麦曼茂梅门蒙米密敏明莫姆穆纳娜奈南内尼妮涅"
    "宁纽努诺欧帕派潘佩彭皮珀普奇齐乔切琴丘屈让热瑞若萨塞赛桑瑟森沙莎尚舍什"
    "圣施史斯松苏索塔泰坦汤唐特提廷图托瓦万旺威韦维温文沃乌伍西希谢辛休雅亚"
    "扬耶伊因英尤于约泽扎詹兹卓佐朱翰娃薇黛琪娅丝露蒂奥";

static bool
is_translit(uint32_t c)
{
	static bool init;
	static uint8_t bits[0x10000 / 8];

	if (!init) {
		const char *p = translit;
		size_t l;

		while (*p != '\0') {
			int32_t t = zp_utf8_decode(p, strlen(p), &l);

			if (t >= 0 && t < 0x10000)
				bits[t >> 3] |= (uint8_t)(1u << (t & 7));
			p += l;
		}
		init = true;
	}
	return c < 0x10000 && (bits[c >> 3] & (1u << (c & 7)));
}

static bool
is_dot(uint32_t c)
{
	return c == 0xb7 || c == 0x30fb || c == 0xff65 || c == 0x2022;
}

static bool
is_compound_surname(const struct zp_wordseg *ws, size_t i)
{
	const char *s;
	size_t k, l;

	for (k = 0; compound_surnames[k] != NULL; k++) {
		s = compound_surnames[k];
		if ((uint32_t)zp_utf8_decode(s, 6, &l) == ws->cp[i] &&
		    (uint32_t)zp_utf8_decode(s + l, 6 - l, &l) == ws->cp[i + 1])
			return true;
	}
	return false;
}

/* How a lexicon name of cp[i..j) is cut. */
static uint8_t
name_cut(const struct zp_wordseg *ws, size_t i, size_t j)
{
	size_t len = j - i;

	if (len >= 3 && len <= 4 && is_compound_surname(ws, i))
		return HOW_NAME2;
	if (len >= 2 && len <= 3 && is_surname(ws->cp[i]))
		return HOW_NAME1;
	return HOW_WHOLE;
}

/* Is cp[a..b) a lexicon word? */
static bool
is_word(const struct zp_wordseg *ws, size_t a, size_t b)
{
	uint64_t ed = ws->lx->rootedge;

	for (; a < b; a++)
		if ((ed = zp_lexicon_next(ws->lx, ed, ws->cp[a])) == 0)
			return false;
	return (zp_lexedge_flags(ed) & ZP_LEX_WORD) != 0;
}

/*
 * A lexicon word cp[i..k) that is a user word (a gazetteer name) followed
 * or preceded by another word of two or more characters is a compound the
 * name should stand out of: 美国政府, 韩国三星电子.  ku is the end of the
 * longest user word starting at i and shorter than k (0: none).
 */
static bool
hides_user_word(const struct zp_wordseg *ws, size_t i, size_t k, size_t ku)
{
	uint32_t j = ws->ustart[k];

	if (ku != 0 && k - ku >= 2 && is_word(ws, ku, k))
		return true;
	return j != UINT32_MAX && j >= i + 2 && j < k && is_word(ws, i, j);
}

static inline void
consider(struct zp_wordseg *ws, size_t i, size_t j, float logp, uint8_t how,
    float *bs, size_t *bj, uint8_t *bh)
{
	float s = logp + ws->best[j];

	if (s > *bs || (s == *bs && j > *bj)) {
		*bs = s;
		*bj = j;
		*bh = how;
	}
	(void)i;
}

/* Rule candidates for numbers starting at i. */
static void
number_rules(struct zp_wordseg *ws, size_t i, size_t b, size_t e, float *bs,
    size_t *bj, uint8_t *bh)
{
	const uint32_t *cp = ws->cp;
	size_t j, r;

	if (ws->cls[i] == K_DIGIT) {
		size_t a = ws->aend[i];
		bool numeric = true;

		for (j = i; j < a; j++)
			if (ws->cls[j] == K_ALPHA)
				numeric = false;
		if (!numeric || a >= e)
			return;
		if (fold(cp[a - 1]) == '%' || cp[a - 1] == 0x2030)
			return;
		for (j = a; j < e && j < a + 3 && is_scale(cp[j]); j++)
			;
		if (j > a)
			consider(
			    ws, i, j, ws->rule_logp, HOW_WHOLE, bs, bj, bh);
		else if (cp[a] == U_NIAN || cp[a] == U_YUE || cp[a] == U_RI)
			consider(
			    ws, i, a + 1, ws->rule_logp, HOW_WHOLE, bs, bj, bh);
		return;
	}
	if (ws->cls[i] != K_HAN)
		return;
	/* 百分之 + numeral */
	if (cp[i] == 0x767e && i + 3 < e && cp[i + 1] == 0x5206 &&
	    cp[i + 2] == 0x4e4b && cdigit(cp[i + 3]) >= 0) {
		for (r = i + 3; r < e &&
		     (cdigit(cp[r]) >= 0 ||
		         (cp[r] == 0x70b9 && r + 1 < e &&
		             cdigit(cp[r + 1]) >= 0 && cdigit(cp[r + 1]) < 10));
		     r++)
			;
		consider(ws, i, r, ws->rule_logp, HOW_WHOLE, bs, bj, bh);
		return;
	}
	if (cdigit(cp[i]) < 0 || (i > b && cdigit(cp[i - 1]) >= 0))
		return;
	for (r = i; r < e && cdigit(cp[r]) >= 0; r++)
		;
	if (r - i >= 2)
		consider(ws, i, r, ws->atom_logp, HOW_WHOLE, bs, bj, bh);
	if (r >= e)
		return;
	if (cp[r] == U_NIAN && r - i >= 2) {
		for (j = i; j < r && cdigit(cp[j]) < 10; j++)
			;
		if (j == r)
			consider(
			    ws, i, r + 1, ws->rule_logp, HOW_WHOLE, bs, bj, bh);
	} else if (cp[r] == U_YUE || cp[r] == U_RI) {
		int v = small_value(cp, i, r);
		int max = cp[r] == U_YUE ? 12 : 31;

		if (v >= 1 && v <= max)
			consider(
			    ws, i, r + 1, ws->rule_logp, HOW_WHOLE, bs, bj, bh);
	}
}

/* A dotted foreign name starting at i: 约翰·史密斯, 马丁·路德·金. */
static void
dot_name(struct zp_wordseg *ws, size_t i, size_t b, size_t e, float *bs,
    size_t *bj, uint8_t *bh)
{
	const uint32_t *cp = ws->cp;
	size_t j = i, r, p, q, last = i, parts = 0;

	if (i > b && (is_translit(cp[i - 1]) || is_dot(cp[i - 1])))
		return;
	for (;;) {
		for (r = j; r < e && r - j < 6 && is_translit(cp[r]); r++)
			;
		if (r == j || (r < e && is_translit(cp[r])))
			return; /* empty or too long a part */
		parts++;
		last = j;
		j = r;
		if (j + 1 < e && is_dot(cp[j]) && is_translit(cp[j + 1]))
			j++;
		else
			break;
	}
	if (parts < 2)
		return;
	/*
	 * The last part ends before a word that reaches past it:
	 * 扎克伯格|本月, 扎克伯格|达成.
	 */
	for (p = last + 1; p < j; p++) {
		uint64_t ed = ws->lx->rootedge;

		for (q = p; q < e; q++) {
			if ((ed = zp_lexicon_next(ws->lx, ed, cp[q])) == 0)
				break;
			if (q + 1 > j && (zp_lexedge_flags(ed) & ZP_LEX_WORD))
				break;
		}
		if (q < e && ed != 0) {
			j = p;
			break;
		}
	}
	consider(ws, i, j, ws->rule_logp, HOW_WHOLE, bs, bj, bh);
}

/* Segments the block of atoms cp[b..e) and emits its tokens. */
static void
block(struct zp_wordseg *ws, size_t b, size_t e)
{
	const struct zp_lexicon *lx = ws->lx;
	const uint32_t *cp = ws->cp;
	size_t i;

	for (i = b; i <= e; i++)
		ws->ustart[i] = UINT32_MAX;
	ws->best[e] = 0;
	for (i = e; i-- > b;) {
		float bs = -INFINITY;
		size_t bj = 0, k, ku;
		uint8_t bh = HOW_WHOLE;
		uint64_t ed;

		if (ws->aend[i] == 0)
			continue; /* inside a Latin/digit atom */
		/* The atom alone. */
		ed = zp_lexicon_next(lx, lx->rootedge, cp[i]);
		if (ws->cls[i] == K_HAN)
			consider(ws, i, i + 1,
			    (zp_lexedge_flags(ed) & ZP_LEX_WORD) ?
			        zp_lexedge_logp(ed) :
			        lx->minlogp,
			    HOW_WHOLE, &bs, &bj, &bh);
		else
			consider(ws, i, ws->aend[i], ws->atom_logp, HOW_WHOLE,
			    &bs, &bj, &bh);
		/* Lexicon words starting here; ed is the first step. */
		ku = 0;
		for (k = i; k < e && ed != 0;) {
			unsigned f;
			uint8_t how = HOW_WHOLE;

			if (k > i && (ed = zp_lexicon_next(lx, ed, cp[k])) == 0)
				break;
			k++;
			f = zp_lexedge_flags(ed);
			if (!(f & ZP_LEX_WORD) || k - i < 2 ||
			    (k < e && ws->aend[k] == 0))
				goto next;
			if (f & ZP_LEX_USER) {
				ku = k;
				ws->ustart[k] = (uint32_t)i;
			} else if (k - i >= 3 &&
			    hides_user_word(ws, i, k, ku)) {
				goto next;
			}
			if ((f & ZP_LEX_NAME) &&
			    !(ws->flags & ZP_WS_KEEP_NAMES))
				how = name_cut(ws, i, k);
			consider(
			    ws, i, k, zp_lexedge_logp(ed), how, &bs, &bj, &bh);
next:
			if (!(f & ZP_LEX_KIDS))
				break;
		}
		number_rules(ws, i, b, e, &bs, &bj, &bh);
		if (ws->has_dot && i + 2 < e && is_translit(cp[i]))
			dot_name(ws, i, b, e, &bs, &bj, &bh);
		ws->best[i] = bs;
		ws->next[i] = (uint32_t)bj;
		ws->how[i] = bh;
	}
	for (i = b; i < e; i = ws->next[i]) {
		if (ws->how[i] == HOW_NAME1)
			put_end(ws, ws->off[i + 1]);
		else if (ws->how[i] == HOW_NAME2)
			put_end(ws, ws->off[i + 2]);
		put_end(ws, ws->off[ws->next[i]]);
	}
}

size_t
zp_wordseg_run(
    struct zp_wordseg *ws, const char *s, size_t n, const size_t **ends)
{
	size_t m = 0, i, j;

	ws->nends = 0;
	reserve(ws, n);
	/* Decode. */
	for (i = 0; i < n;) {
		size_t l;
		int32_t c;

		unsigned char b0 = (unsigned char)s[i];

		ws->off[m] = (uint32_t)i;
		/* The common case first: U+4000..U+9FFF, nearly all Han. */
		if (b0 >= 0xe4 && b0 <= 0xe9 && i + 2 < n &&
		    ((unsigned char)s[i + 1] & 0xc0) == 0x80 &&
		    ((unsigned char)s[i + 2] & 0xc0) == 0x80) {
			ws->cp[m] = (uint32_t)(b0 & 0x0f) << 12 |
			    (uint32_t)((unsigned char)s[i + 1] & 0x3f) << 6 |
			    ((unsigned char)s[i + 2] & 0x3f);
			ws->cls[m] = (uint8_t)(ws->cp[m] >= 0x4e00 ||
			            ws->cp[m] < 0x4dc0 ?
			        K_HAN :
			        K_OTHER);
			m++;
			i += 3;
			continue;
		}
		if (b0 < 0x80) {
			c = b0;
			l = 1;
		} else {
			c = zp_utf8_decode(s + i, n - i, &l);
		}
		if (c < 0) {
			ws->cp[m] = 0xfffd;
			ws->cls[m] = K_BAD;
		} else {
			ws->cp[m] = (uint32_t)c;
			ws->cls[m] = (uint8_t)classify((uint32_t)c);
		}
		m++;
		i += l;
	}
	ws->off[m] = (uint32_t)n;
	/*
	 * A middle dot between Han characters (吉娜·雷蒙多) belongs to the
	 * block, so that names written with one can be words.
	 */
	ws->has_dot = false;
	for (i = 1; i + 1 < m; i++)
		if (is_dot(ws->cp[i]) && ws->cls[i - 1] == K_HAN &&
		    ws->cls[i + 1] == K_HAN) {
			ws->cls[i] = K_HAN;
			ws->has_dot = true;
		}
	/* Atoms. */
	for (i = 0; i < m;) {
		if (ws->cls[i] == K_DIGIT || ws->cls[i] == K_ALPHA) {
			j = atom_end(ws, i, m);
			ws->aend[i] = (uint32_t)j;
			for (i++; i < j; i++)
				ws->aend[i] = 0;
		} else {
			ws->aend[i] = (uint32_t)(i + 1);
			i++;
		}
	}
	ws->aend[m] = (uint32_t)m; /* the end is a boundary */
	/* Blocks and the tokens between them. */
	for (i = 0; i < m;) {
		uint8_t k = ws->cls[i];

		if (k == K_HAN || k == K_DIGIT || k == K_ALPHA) {
			/* j is always an atom start here. */
			for (j = i; j < m &&
			     (ws->cls[j] == K_HAN || ws->cls[j] == K_DIGIT ||
			         ws->cls[j] == K_ALPHA);
			     j = ws->aend[j])
				;
			block(ws, i, j);
			i = j;
		} else if (k == K_SPACE) {
			for (j = i + 1; j < m && ws->cls[j] == K_SPACE; j++)
				;
			put_end(ws, ws->off[j]);
			i = j;
		} else if (k == K_OTHER) {
			/* A run of one punctuation mark: ——, ……, ... */
			for (j = i + 1; j < m && ws->cls[j] == K_OTHER &&
			     ws->cp[j] == ws->cp[i];
			     j++)
				;
			put_end(ws, ws->off[j]);
			i = j;
		} else {
			put_end(ws, ws->off[i + 1]);
			i++;
		}
	}
	*ends = ws->ends;
	return ws->nends;
}
