/*
 * ent_prodcues -- products no list holds, named by how the text writes
 * them: a game's title in book marks beside a word of games (手游《X》,
 * 《X》手游), a drug's brand after its generic name or its label
 * (泽布替尼（百悦泽）, 商品名：X), a phone's number after its maker
 * (魅族21、), a brand in quotes with its kind (子品牌“X”, “X”大模型), and
 * the handset makers named by common words before their models (荣耀X60).
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"
#include "ent_prod.h"

#define TITLE_MAX 15 /* characters in a game's title */
#define BRAND_MIN 2  /* characters in a drug's brand */
#define BRAND_MAX 5

/* Words of games just before a title in book marks: 手游《X》. */
static const char *const game_before[] = { "游戏", "手游", "端游", "网游",
	"页游", "新游", "主机游戏", "单机游戏", "游戏产品", "游戏作品" };

/* Words of games just after one: 《X》手游. */
static const char *const game_after[] = { "手游", "端游", "网游", "页游",
	"游戏" };

/* Words after 游戏 that make it another word: 《X》游戏规则. */
static const char *const game_after_not[] = { "游戏规则", "游戏化" };

/* Generic drug names end in these stems (INN): 泽布替尼, 司美格鲁肽. */
static const char *const drug_stems[] = { "单抗", "替尼", "鲁肽", "泊肽",
	"西普", "他汀", "沙坦", "列净", "列汀", "注射液", "胶囊", "疫苗",
	"偶联物", "双抗", "抗体" };

/* Labels before a drug's brand: 商品名：X, 商品名为X. */
static const char *const brand_labels[] = { "商品名：", "商品名:", "商品名为",
	"商品名是", "商品名", "商标名：", "商标名:", "品牌名：", "品牌名:" };

/* Words in brackets after a drug that are no brand. */
static const char *const brand_not[] = { "国产", "进口", "原研", "仿制药",
	"生物类似药", "首仿", "简称", "注射剂", "片剂", "胶囊", "口服", "静脉",
	"皮下", "一线", "二线", "单药", "联合", "联用", "国内", "海外", "美国",
	"中国", "欧洲", "日本", "代号", "项目", "适应症" };

/* Endings of a maker's name in brackets after its drug: 信达生物. */
static const char *const maker_ends[] = { "生物", "医药", "制药", "药业",
	"集团", "公司", "药厂" };

/* Characters that show a bracketed run is a phrase, not a brand. */
static const char brand_phrase[] = "的和与及等为在是或用于了";

/* Handset makers whose phones are numbers: 魅族21, 小米15. */
static const char *const phone_makers[] = { "Xiaomi", "Meizu", "OnePlus",
	"一加", "Realme", "Honor", "Nubia" };

/* What may follow a phone's number: a list, a launch, its line. */
static const char *const phone_after[] = { "、", "，", ",", "。", "和", "与",
	"及", "手机", "发布", "上市", "首销", "开售", "正式", "搭载", "采用",
	"标准版", "等机型", "机型", "销量", "售价", "首发", "起售", "的" };

/* Kinds after a name in quotes that make it a brand: “X”大模型. */
static const char *const quote_after[] = { "品牌", "大模型", "App", "APP",
	"手机", "芯片", "车型", "手游", "智能体" };

/* Words just before a name in quotes that make it a brand: 子品牌“X”. */
static const char *const quote_before[] = { "品牌", "新品牌", "子品牌",
	"高端品牌", "旗下品牌" };

#define QUOTE_MAX 10 /* characters of a brand in quotes */

/*
 * Handset makers whose names are common words, before a model's code:
 * 荣耀Magic7, 真我GT7, 一加Ace 5.  The word alone stays a word.
 */
static const struct {
	const char *name, *id;
} word_makers[] = { { "荣耀", "Honor" }, { "真我", "Realme" },
	{ "一加", "OnePlus" } };

/*
 * The first characters of the words read after a mark (_f) and the last
 * of those read before one (_l): most marks have none of them there, and
 * a list tried word by word cost more than the rest of the pass.
 */
static struct ent_firsts game_before_l, game_after_f, drug_stems_l,
    brand_labels_f, quote_after_f, quote_before_l;

/*
 * The second characters of word_makers' names: most 一 in a text start
 * none of them (一个, 之一), and are turned away by the next character.
 */
static struct ent_firsts maker_seconds;

/* Adds the last character of w to f, as ent_firsts_add does the first. */
static void
lasts_add(struct ent_firsts *f, const char *w)
{
	const char *p = w + strlen(w);

	while (p > w && ((unsigned char)*--p & 0xC0) == 0x80)
		;
	ent_firsts_add(f, p);
}

/* Fills f with the last characters of n words. */
static void
lasts_init(struct ent_firsts *f, const char *const *w, size_t n)
{
	memset(f, 0, sizeof(*f));
	for (size_t k = 0; k < n; k++)
		lasts_add(f, w[k]);
}

/* False when no word of the list f was built from can end at c[i - 1]. */
static bool
lasts_may(const struct ent_firsts *f, const struct zp_entities *x, size_t i)
{
	return i > 0 && ent_firsts_may(f, x, i - 1);
}

/* Whether a word of w ends at c[i], asking its last characters l first. */
static bool
word_before(const struct zp_entities *x, size_t i, const struct ent_firsts *l,
    const char *const *w, size_t nw)
{
	return lasts_may(l, x, i) && prod_word_before(x, i, w, nw);
}

/* Whether a word of w starts at c[i], asking its first characters f first. */
static bool
word_at(const struct zp_entities *x, size_t i, const struct ent_firsts *f,
    const char *const *w, size_t nw, size_t *len)
{
	return ent_firsts_may(f, x, i) && prod_word_at(x, i, w, nw, len);
}

static void
add_named(struct zp_entities *x, size_t a, size_t b)
{
	int32_t k = ent_add(x, a, b, ZP_ET_PRODUCT, SRC_RULE, NONE, NONE);

	x->ent[k].id = ent_put_surface(x, a, b);
}

/* Characters no game's title holds: another title, a clause's end. */
static bool
title_stop(uint32_t c)
{
	switch (c) {
	case 0x300A: /* 《 */
	case 0xFF08: /* （ */
	case 0xFF09: /* ） */
	case '(':
	case ')':
	case 0xFF0C: /* ， */
	case 0x3001: /* 、 */
	case 0x3002: /* 。 */
	case '\n':
		return true;
	default:
		return false;
	}
}

/*
 * A game's title in book marks at c[a] (the 《): with a word of games
 * just before or after, the title inside is the game.  Other titles,
 * books, films and laws, stay out.  Returns the index after the 》.
 */
static size_t
game_title(struct zp_entities *x, size_t a)
{
	size_t b = a + 1, l;

	while (b < x->n && b - a <= TITLE_MAX + 1 &&
	    x->c[b] != 0x300B /* 》 */ && !title_stop(x->c[b]))
		b++;
	if (b >= x->n || x->c[b] != 0x300B || b - a < 3 ||
	    !span_free(x, a + 1, b) || ent_all_generic(x, a + 1, b))
		return a + 1;
	if (word_before(
	        x, a, &game_before_l, game_before, NELEM(game_before)) ||
	    (word_at(
	         x, b + 1, &game_after_f, game_after, NELEM(game_after), &l) &&
	        !prod_word_at(
	            x, b + 1, game_after_not, NELEM(game_after_not), NULL)))
		add_named(x, a + 1, b);
	return b + 1;
}

/* Whether c[a..b) reads as a drug's brand: a few characters, no phrase. */
static bool
brand_like(const struct zp_entities *x, size_t a, size_t b)
{
	if (b - a < BRAND_MIN || b - a > BRAND_MAX)
		return false;
	for (size_t i = a; i < b; i++) {
		if (!is_han(x->c[i]))
			return false;
		for (const char *p = brand_phrase; *p != '\0';) {
			size_t n;
			uint32_t u = (uint32_t)zp_utf8_decode(p, strlen(p), &n);

			if (u == x->c[i])
				return false;
			p += n;
		}
	}
	for (size_t k = 0; k < NELEM(brand_not); k++)
		if (text_is(x, a, brand_not[k]))
			return false;
	for (size_t k = 0; k < NELEM(maker_ends); k++)
		if (b - a > 2 && text_is(x, b - 2, maker_ends[k]))
			return false;
	return !ent_all_generic(x, a, b) && ent_generic_tail(x, a, b) == 0;
}

/*
 * The brand in brackets at c[a] (the opening bracket) after a generic
 * drug name or with its label: 泽布替尼（百悦泽）, （商品名：百悦泽）.  A
 * person's name guessed there gives way.  Returns the index to go on at.
 */
static size_t
drug_brand(struct zp_entities *x, size_t a)
{
	size_t s = a + 1, b, l = 0;
	bool stem =
	    word_before(x, a, &drug_stems_l, drug_stems, NELEM(drug_stems));
	int32_t o;

	if (word_at(
	        x, s, &brand_labels_f, brand_labels, NELEM(brand_labels), &l))
		s += l;
	else if (!stem)
		return a + 1;
	for (b = s; b < x->n && is_han(x->c[b]) && b - s <= BRAND_MAX; b++)
		;
	if (b >= x->n ||
	    (x->c[b] != 0xFF09 /* ） */ && x->c[b] != ')' &&
	        x->c[b] != 0xFF0C /* ， */ && x->c[b] != 0x3001 &&
	        x->c[b] != 0xFF1B /* ； */))
		return a + 1;
	if (!brand_like(x, s, b))
		return a + 1;
	o = x->owner[s];
	if (o >= 0 && x->ent[o].type == ZP_ET_PER && x->ent[o].s == s &&
	    x->ent[o].e == b)
		ent_kill(x, o);
	if (!span_free(x, s, b))
		return b;
	add_named(x, s, b);
	return b;
}

/* Whether the organization k is a handset maker. */
static bool
phone_maker(const struct zp_entities *x, int32_t k)
{
	const char *id = ent_id(x, &x->ent[k]);

	for (size_t i = 0; i < NELEM(phone_makers); i++)
		if (strcmp(id, phone_makers[i]) == 0)
			return true;
	return false;
}

/*
 * A phone's number glued to its maker, in a list or before a launch or its
 * line: 魅族21、小米15发布.  Dates, counts and sums (小米15日, 13家) end in
 * other words.
 */
static void
phone_number(struct zp_entities *x, size_t i)
{
	int32_t o = ends_at(x, i);
	size_t j = i;

	if (o < 0 || x->ent[o].type != ZP_ET_ORG || !phone_maker(x, o))
		return;
	while (j < x->n && is_digit(x->c[j]))
		j++;
	if (j - i < 2 || j - i > 3 || x->c[i] == '0' || !span_free(x, i, j) ||
	    j >= x->n ||
	    !prod_word_at(x, j, phone_after, NELEM(phone_after), NULL))
		return;
	prod_add(x, i, j, ent_id(x, &x->ent[o]), i, j, NULL);
}

/*
 * A brand in quotes at c[a] (the “) with its kind after it or a word of
 * brands before it.  Campaigns and policies in quotes (“以旧换新”政策)
 * have other words there.  Returns the index to go on at.
 */
static size_t
quoted_brand(struct zp_entities *x, size_t a)
{
	size_t b = a + 1;

	while (b < x->n && b - a <= QUOTE_MAX + 1 && x->c[b] != 0x201D &&
	    x->c[b] != 0x201C && x->c[b] != '\n')
		b++;
	if (b >= x->n || x->c[b] != 0x201D /* ” */ || b - a < 3 ||
	    !span_free(x, a + 1, b) || ent_all_generic(x, a + 1, b))
		return a + 1;
	if (word_at(x, b + 1, &quote_after_f, quote_after, NELEM(quote_after),
	        NULL) ||
	    word_before(
	        x, a, &quote_before_l, quote_before, NELEM(quote_before)))
		add_named(x, a + 1, b);
	return b + 1;
}

/*
 * A handset maker named by a common word, glued to a code or a number:
 * the organization, whose model the products pass then finds.  Returns
 * whether it was added.
 */
static bool
word_maker(struct zp_entities *x, size_t i)
{
	if (!ent_firsts_may(&maker_seconds, x, i + 1))
		return false;
	for (size_t k = 0; k < NELEM(word_makers); k++) {
		size_t l;
		int32_t o;

		if (!text_is(x, i, word_makers[k].name))
			continue;
		l = zp_utf8_count(
		    word_makers[k].name, strlen(word_makers[k].name));
		if (i + l >= x->n ||
		    !(is_upper(x->c[i + l]) || is_digit(x->c[i + l])) ||
		    !span_free(x, i, i + l))
			continue;
		o = ent_add(x, i, i + l, ZP_ET_ORG, SRC_RULE, NONE, NONE);
		x->ent[o].id =
		    ent_put_id(x, word_makers[k].id, strlen(word_makers[k].id));
		return true;
	}
	return false;
}

/*
 * Whether a phone's number may follow its maker in the text: an
 * organization that is a handset maker ends right before a digit.  Most
 * documents have none, and their numbers, a third of the cues, need not
 * be stopped at.  Every entity is read, the dead too: ends_at reads the
 * owner of a position, not whether it lives.
 */
static bool
phone_ahead(const struct zp_entities *x)
{
	const struct ent *ent = x->ent;
	const uint32_t *c = x->c;
	size_t n = x->n, ne = x->nent;

	for (size_t k = 0; k < ne; k++)
		if (ent[k].type == ZP_ET_ORG && ent[k].e < n &&
		    is_digit(c[ent[k].e]) && phone_maker(x, (int32_t)k))
			return true;
	return false;
}

/*
 * The characters a name above may start at: the marks and the makers'
 * first characters.  海 is BYD's ocean series (lone_series, which reads
 * the same marks), and the digits, cues only where a phone's maker may
 * be before them, are marked apart (mark_digits).
 */
static bool
cue_char(uint32_t u)
{
	switch (u) {
	case '(':
	case 0x300A: /* 《 */
	case 0xFF08: /* （ */
	case 0x201C: /* “ */
	case 0x8363: /* 荣 */
	case 0x771F: /* 真 */
	case 0x4E00: /* 一 */
	case 0x6D77: /* 海 */
		return true;
	default:
		return false;
	}
}

#ifdef __SSE2__
/*
 * Whether each of the eight code points at c is a cue_char, a sixteen-bit
 * lane each: c - 0x8000 packs with signed saturation into a lane of its
 * own for every BMP code point (beyond it into 0x7FFF, which is none of
 * the cues), so the compares see exactly the characters cue_char tests.
 */
static inline __m128i
cue_lanes(const uint32_t *c)
{
	const __m128i off = _mm_set1_epi32(0x8000);
	__m128i v = _mm_packs_epi32(
	    _mm_sub_epi32(_mm_loadu_si128((const __m128i *)c), off),
	    _mm_sub_epi32(_mm_loadu_si128((const __m128i *)(c + 4)), off));
	__m128i m;

#define CUE16(u) _mm_set1_epi16((short)((u)-0x8000))
	m = _mm_cmpeq_epi16(v, CUE16('('));
	m = _mm_or_si128(m, _mm_cmpeq_epi16(v, CUE16(0x300A)));
	m = _mm_or_si128(m, _mm_cmpeq_epi16(v, CUE16(0xFF08)));
	m = _mm_or_si128(m, _mm_cmpeq_epi16(v, CUE16(0x201C)));
	m = _mm_or_si128(m, _mm_cmpeq_epi16(v, CUE16(0x8363)));
	m = _mm_or_si128(m, _mm_cmpeq_epi16(v, CUE16(0x771F)));
	m = _mm_or_si128(m, _mm_cmpeq_epi16(v, CUE16(0x4E00)));
	return _mm_or_si128(m, _mm_cmpeq_epi16(v, CUE16(0x6D77)));
#undef CUE16
}

/* The cue_chars of the sixteen code points at c, a bit each. */
static inline unsigned
cue_bits(const uint32_t *c)
{
	return (unsigned)_mm_movemask_epi8(
	    _mm_packs_epi16(cue_lanes(c), cue_lanes(c + 8)));
}
#endif

/*
 * Marks in x->cand the positions of the cue_chars, for this pass's two
 * loops (lone_series, prod_cued_names): one sweep of the text, where a
 * search of each loop's characters from every stop cost twice as much.
 */
void
prod_mark_cues(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, i = 0;

	if (x->noskip)
		return;
#ifdef __SSE2__
	for (; i + 64 <= n; i += 64) {
		uint64_t w = 0;

		for (size_t k = 0; k < 64; k += 16)
			w |= (uint64_t)cue_bits(c + i + k) << k;
		x->cand[i >> 6] = w;
	}
#endif
	/* The last word: sixteen at a time while they last, then one. */
	x->cand[i >> 6] = 0;
	for (; i < n; i += 16) {
		unsigned m = 0;

#ifdef __SSE2__
		if (i + 16 <= n)
			m = cue_bits(c + i);
		else
#endif
			for (size_t k = 0; k < 16 && i + k < n; k++)
				m |= (unsigned)cue_char(c[i + k]) << k;
		x->cand[i >> 6] |= (uint64_t)m << (i & 63);
	}
	ent_cand_end(x);
}

/* Marks the digits from i in x->cand: a phone's number may be there. */
static void
mark_digits(struct zp_entities *x, size_t i)
{
	for (; i < x->n; i++)
		if (is_digit(x->c[i]))
			x->cand[i >> 6] |= (uint64_t)1 << (i & 63);
}

/*
 * The cues at the marks of prod_mark_cues (海 falls through as no cue),
 * and at the digits once a phone's maker may be before one.
 */
void
prod_cued_names(struct zp_entities *x)
{
	bool digits = x->noskip || phone_ahead(x);

	if (digits)
		mark_digits(x, 0);
	for (size_t i = next_cand(x, 0); i < x->n; i = next_cand(x, i)) {
		uint32_t c = x->c[i];

		if (c == 0x300A /* 《 */)
			i = game_title(x, i);
		else if (c == 0xFF08 /* （ */ || c == '(')
			i = drug_brand(x, i);
		else if (c == 0x201C /* “ */)
			i = quoted_brand(x, i);
		else {
			/*
			 * A maker found here is a handset maker: its number,
			 * if one follows, is a cue from now on.
			 */
			if ((c == 0x8363 /* 荣 */ || c == 0x771F /* 真 */ ||
			        c == 0x4E00 /* 一 */) &&
			    word_maker(x, i) && !digits) {
				digits = true;
				mark_digits(x, i + 1);
			}
			if (is_digit(c) && i > 0 && !is_digit(x->c[i - 1]))
				phone_number(x, i);
			i++;
			/*
			 * A number is a cue at its first digit only: the rest
			 * of it starts nothing.
			 */
			if (is_digit(c) && !x->noskip)
				while (i < x->n && is_digit(x->c[i]))
					i++;
		}
	}
}

void
prod_cues_init(void)
{
	lasts_init(&game_before_l, game_before, NELEM(game_before));
	ent_firsts_init(&game_after_f, game_after, NELEM(game_after),
	    sizeof(*game_after), 0);
	lasts_init(&drug_stems_l, drug_stems, NELEM(drug_stems));
	ent_firsts_init(&brand_labels_f, brand_labels, NELEM(brand_labels),
	    sizeof(*brand_labels), 0);
	ent_firsts_init(&quote_after_f, quote_after, NELEM(quote_after),
	    sizeof(*quote_after), 0);
	lasts_init(&quote_before_l, quote_before, NELEM(quote_before));
	memset(&maker_seconds, 0, sizeof(maker_seconds));
	for (size_t k = 0; k < NELEM(word_makers); k++) {
		const char *w = word_makers[k].name;
		size_t l;

		zp_utf8_decode(w, strlen(w), &l);
		ent_firsts_add(&maker_seconds, w + l);
	}
}
