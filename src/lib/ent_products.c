/*
 * ent_products -- products: model codes (H100, 3A6000) and a brand + model
 * (Galaxy S24); a family word + a code (麒麟9030), a company + a
 * category noun (华为手机), and the maker of a product.  The words and
 * units that look like codes but are not are in ent_noncode.c, BYD's
 * series (汉EV) in ent_series.c, goods named in words in ent_prodwords.c.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"
#include "ent_prod.h"

/*
 * The first characters of the category nouns: the pass over every
 * organization tests these first.
 */
static const struct cset *cs_category;

/* Words after a product model that belong to its name. */
static const char *const product_suffix_words[] = {
	"Pro Max",
	"Pro",
	"Max",
	"Ultra",
	"Plus",
	"mini",
	"Mini",
	"Air",
	"Lite",
	"SE",
	"Turbo",
	"Super",
	"Elite",
	"Flash",
	"Opus",
	"Sonnet",
	"Haiku",
	"Gen 1",
	"Gen 2",
	"Gen 3",
	"Gen 4",
};

/*
 * A model code after its maker's name, glued or after a space: a letter
 * or two and digits (小鹏G7, 理想L6, Insta360 X5), three digits from 0
 * (极氪001), a digit and X (极氪9X), or model words that come to a number
 * (OPPO Find X9, 大疆Mini 5 Pro).  Periods, levels, events and generic
 * codes (Q3, L3, E3, 5G) stay out by the word list, units by their
 * endings.  Returns the end of the model, or 0.
 */
/*
 * Words of a kind of goods before its model's code (车型L6, 机型X5), or
 * of its launch (发布Find X9, 推出了G7).
 */
static const char *const kind_words[] = { "车型", "机型", "新车", "新机",
	"旗舰", "型号", "发布", "推出", "首发", "亮相" };
static struct ent_firsts kind_firsts, family_firsts, marque_firsts,
    device_firsts, device_kind_firsts;

static bool
kind_before(const struct zp_entities *x, size_t i)
{
	if (i > 2 && x->c[i - 1] == 0x4E86 /* 了 */)
		i--;
	if (!ent_firsts_may(&kind_firsts, x, i - 2))
		return false;
	for (size_t k = 0; k < NELEM(kind_words); k++)
		if (text_is(x, i - 2, kind_words[k]))
			return true;
	return false;
}

static bool letter_class_after(uint32_t p);
static bool caps_word(const struct zp_entities *x, size_t i, size_t j);

/* Car marques whose models are numbers or letters alone: 坦克300, 奔驰CLA. */
static const char *const car_marques[] = { "坦克", "Peugeot", "领克", "阿维塔",
	"Zeekr", "深蓝", "深蓝汽车", "启源", "长安启源", "红旗", "红旗汽车",
	"猛士", "猛士汽车", "Mercedes-Benz", "BMW", "Audi", "Porsche",
	"雷克萨斯", "凯迪拉克", "昊铂", "埃安", "智己", "岚图", "腾势", "仰望",
	"乐道", "方程豹", "问界", "智界", "享界", "尊界", "尚界", "NIO",
	"XPeng", "Li Auto" };

/* Letter words after a marque that are no model: 奔驰CEO, 蔚来NOA. */
static const char *const car_nonmodels[] = { "CEO", "CFO", "CTO", "COO", "IPO",
	"EV", "SUV", "MPV", "NOA", "OTA", "ADAS", "APP", "VIP", "AMG", "PHEV",
	"BEV", "EREV", "HEV", "DM", "AI", "CMO", "ESG", "LOGO" };

/*
 * A car model after its marque at o that no other model rule takes: a
 * number (坦克300, 领克08), capitals alone (奔驰CLA), a class (宝马3系,
 * 奔驰E级).  Counts, units and the marque's words stay out.  Returns the
 * end of the model, or 0.
 */
static size_t
car_model(const struct zp_entities *x, int32_t o, size_t i, size_t j)
{
	const uint32_t *c = x->c;
	const char *id = ent_id(x, &x->ent[o]);
	size_t k, nd = 0, nu = 0;

	/* The first byte before the call: most makers are no marque. */
	for (k = 0; k < NELEM(car_marques); k++)
		if (id[0] == car_marques[k][0] &&
		    strcmp(id, car_marques[k]) == 0)
			break;
	if (k == NELEM(car_marques) ||
	    (j < x->n && (c[j] == '.' || c[j] == '%')))
		return 0;
	for (k = i; k < j; k++) {
		nd += is_digit(c[k]);
		nu += is_upper(c[k]);
	}
	if (nd == j - i && j - i <= 2 && j < x->n && c[j] == 0x7CFB /* 系 */ &&
	    (j + 1 >= x->n || c[j + 1] != 0x5217 /* 列 */))
		return j + 1;
	if (nu == j - i && j - i <= 3 && j < x->n && c[j] == 0x7EA7 /* 级 */)
		return j + 1;
	if (j < x->n && (is_han(c[j]) && prod_counter_after(c[j])))
		return 0;
	/* H3 to H9 are its models there, H1 and H2 halves of a year. */
	if (j - i == 2 && c[i] == 'H' && c[i + 1] >= '3' && c[i + 1] <= '9' &&
	    (j >= x->n || !is_alnum(c[j])))
		return prod_model_tail(x, j);
	/* Years are no models, but for Peugeot's (标致2008). */
	if (nd == j - i && j - i >= 2 && j - i <= 4 &&
	    (j - i < 4 || strcmp(id, "Peugeot") == 0 ||
	        !((c[i] == '1' && c[i + 1] == '9') ||
	            (c[i] == '2' && c[i + 1] == '0'))))
		return prod_model_tail(x, j);
	if (nu == j - i && j - i >= 2 && j - i <= 4 &&
	    zp_wl_at(&x->noncode, c, j, i, NULL) != j - i) {
		for (k = 0; k < NELEM(car_nonmodels); k++)
			if (strlen(car_nonmodels[k]) == j - i &&
			    text_is(x, i, car_nonmodels[k]))
				return 0;
		return prod_model_tail(x, j);
	}
	return 0;
}

static size_t
maker_model(const struct zp_entities *x, size_t i, size_t j)
{
	const uint32_t *c = x->c;
	size_t a = i, t, l;
	int32_t o;

	if (i > 1 && (c[i - 1] == ' ' || c[i - 1] == 0x7684 /* 的 */))
		a = i - 1;
	if (j < x->n && (c[j] == '.' || c[j] == '%'))
		return 0;
	if ((o = ends_at(x, a)) < 0 || x->ent[o].type != ZP_ET_ORG) {
		/*
		 * A kind of goods or a launch before a short code: 车型L6,
		 * 发布X9; not a version or a class (发布V2版, 推出A类).
		 */
		if (i < 2 || a != i || !kind_before(x, i) ||
		    (j < x->n &&
		        (c[j] == 0x7248 /* 版 */ || letter_class_after(c[j]))))
			return 0;
	} else if (a == i &&
	    ((j - i == 3 && c[i] == '0' && is_digit(c[i + 1]) &&
	         is_digit(c[i + 2])) ||
	        (j - i == 2 && is_digit(c[i]) && c[i + 1] == 'X')))
		return prod_model_tail(x, j);
	else if (a == i && (t = car_model(x, o, i, j)) > 0)
		return t;
	/* A number is a model with model words after it: 小米17 Pro Max. */
	for (l = i; l < j && is_digit(c[l]); l++)
		;
	if (l == j && j - i <= 3 && j + 1 < x->n && c[j] == ' ' &&
	    wl_at(&x->prodsfx, c, x->n, j + 1) > 0)
		return prod_model_tail(x, j);
	/*
	 * The summits (G7, G20) are of countries: after a company's name
	 * such a code is its model.  Its periods and levels stay out.
	 */
	if ((c[i] != 'G' && zp_wl_at(&x->noncode, c, j, i, NULL) == j - i) ||
	    prod_is_unit_code(x, i, j) || prod_is_standard(x, i, j))
		return 0;
	/* Letters then digits: G7, L6, i8, P70, X5. */
	for (l = i; l < j && is_upper(c[l]); l++)
		;
	if (l == i && j - i >= 2 && is_lower(c[i]) && is_digit(c[i + 1]))
		l = i + 1;
	if (l > i && l - i <= 3 && l < j) {
		size_t d = l;

		while (d < j && is_digit(c[d]))
			d++;
		if (d > l && (d == j || (d + 1 == j && is_upper(c[d]))))
			return prod_model_tail(x, j);
	}
	/* Model words up to a number: Find X9, Mini 5 Pro, Ace Pro 2. */
	if (!has_digit(x, i, j) &&
	    (prod_title_word(x, i, j) || wl_at(&x->prodsfx, c, j, i) == j - i ||
	        (o >= 0 && caps_word(x, i, j))) &&
	    (t = prod_model_tail(x, j)) > j && has_digit(x, j, t))
		return t;
	return 0;
}

/* The end of a code token from i: 3A6000, MI300X, RTX-4090. */
static size_t
code_end(const struct zp_entities *x, size_t i)
{
	size_t j = i;

	while (j < x->n &&
	    (is_alnum(x->c[j]) ||
	        (x->c[j] == '-' && j > i && j + 1 < x->n &&
	            is_alnum(x->c[j + 1]))))
		j++;
	return j;
}

/* The id of the maker of a product at a: the name before it. */
static const char *
maker(struct zp_entities *x, size_t a)
{
	int32_t o = ends_at(x, a);

	if (o >= 0 && x->ent[o].type == ZP_ET_ORG)
		return ent_id(x, &x->ent[o]);
	for (size_t i = a; i > 0; i--) {
		o = x->owner[i - 1];
		if (o >= 0 && x->ent[o].type == ZP_ET_ORG)
			return ent_id(x, &x->ent[o]);
	}
	return x->lastorg;
}

/*
 * Adds the product [a, b) whose id is mk (a maker's or a line's name, or
 * none), a space and the model: expanded, or the text c[ca..cb).  mk is
 * copied first, so it may lie in the ids the new id is stored with.
 */
int32_t
prod_add(struct zp_entities *x, size_t a, size_t b, const char *mk, size_t ca,
    size_t cb, const char *expanded)
{
	struct zp_buf id = ZP_BUF_INIT;
	int32_t k;

	if (mk != NULL && *mk != '\0') {
		zp_buf_puts(&id, mk);
		if (expanded != NULL || ca < cb)
			zp_buf_putc(&id, ' ');
	}
	if (expanded != NULL)
		zp_buf_puts(&id, expanded);
	else
		zp_buf_put(&id, x->s + x->boff[ca], x->boff[cb] - x->boff[ca]);
	k = ent_add(x, a, b, ZP_ET_PRODUCT, SRC_RULE, NONE, NONE);
	x->ent[k].id = ent_put_id(x, id.p, id.len);
	zp_buf_free(&id);
	return k;
}

/*
 * A model number with 系列 is its maker's series (6000系列, of the maker
 * the text is about) when it starts a phrase or follows the maker's name;
 * without a maker in sight, or after another word (债券30系列), it is a
 * number of anything.  Returns the end of the product, or 0.
 */
static size_t
number_series(struct zp_entities *x, size_t i, size_t j)
{
	const char *mk;
	struct zp_buf ex = ZP_BUF_INIT;

	/* 系列 first: most numbers asked have none after them. */
	if (j - i < 2 || j - i > 5 || !text_is(x, j, "系列"))
		return 0;
	for (size_t k = i; k < j; k++)
		if (!is_digit(x->c[k]))
			return 0;
	if (!span_free(x, i, j + 2) ||
	    (i > 0 && is_han(x->c[i - 1]) && ends_at(x, i) < 0) ||
	    (mk = maker(x, i)) == NULL || *mk == '\0')
		return 0;
	zp_buf_put(&ex, x->s + x->boff[i], x->boff[j] - x->boff[i]);
	zp_buf_puts(&ex, " series");
	prod_add(x, i, j + 2, mk, i, j, ex.p);
	zp_buf_free(&ex);
	return j + 2;
}

/* The end of a Latin token from i: letters and digits, dots between digits. */
static size_t
token_end(const struct zp_entities *x, size_t i)
{
	size_t j = i;

	while (j < x->n &&
	    (is_alnum(x->c[j]) ||
	        (x->c[j] == '.' && j > i && is_digit(x->c[j - 1]) &&
	            j + 1 < x->n && is_digit(x->c[j + 1]))))
		j++;
	return j;
}

/*
 * A maker's product line in capitals before its code: MTT S4000.  Two to
 * five capitals; the codes and generic words of the word list (CEO, AI)
 * and the technologies (GPS, UFS) stay out.
 */
static bool
caps_word(const struct zp_entities *x, size_t i, size_t j)
{
	if (j - i < 2 || j - i > 5 ||
	    zp_wl_at(&x->noncode, x->c, j, i, NULL) == j - i ||
	    prod_tech_word(x, i, j))
		return false;
	for (size_t k = i; k < j; k++)
		if (!is_upper(x->c[k]))
			return false;
	return true;
}

/* Characters after a letter that make it a class, not a model: A股, B端. */
static bool
letter_class_after(uint32_t p)
{
	static const uint32_t w[] = { 0x80A1 /* 股 */, 0x8F6E /* 轮 */,
		0x7C7B /* 类 */, 0x7EA7 /* 级 */, 0x7AEF /* 端 */,
		0x6863 /* 档 */, 0x5EA7 /* 座 */, 0x533A /* 区 */,
		0x578B /* 型 */, 0x8BA1 /* 计 */ };

	for (size_t k = 0; k < NELEM(w); k++)
		if (p == w[k])
			return true;
	return false;
}

/*
 * Whether the token [i, j) after a product's name is one of its model
 * words: a listed word (Pro, Ultra, Elite), a code or a version (X1,
 * 11.5, S100), a letter or two (Model Y L, 骁龙X), a word in Title case
 * after a code or before a number (X1 Carbon, Pocket 4).  Units (5nm,
 * 800V), years and counts (2025年, 3款), periods and generic codes (Q3,
 * 5G, AI) are not.
 */
static bool
model_token(const struct zp_entities *x, size_t i, size_t j, bool after_code)
{
	const uint32_t *c = x->c;
	bool num_next = j + 1 < x->n && c[j] == ' ' && is_digit(c[j + 1]);
	size_t d;

	if (j <= i || (j < x->n && (is_alnum(c[j]) || c[j] == '%')))
		return false;
	if (wl_at(&x->prodsfx, c, j, i) == j - i)
		return true;
	if (zp_wl_at(&x->noncode, c, j, i, NULL) == j - i)
		return num_next;
	if (has_digit(x, i, j)) {
		for (d = i; d < j && (is_digit(c[d]) || c[d] == '.'); d++)
			;
		if (d == j) {
			bool dot = false;

			for (d = i; d < j; d++)
				dot = dot || c[d] == '.';
			return (j - i <= 3 || dot) &&
			    (j >= x->n || !prod_counter_after(c[j]));
		}
		return !prod_is_unit_code(x, i, j);
	}
	if (prod_title_word(x, i, j))
		return after_code || num_next;
	for (d = i; d < j; d++)
		if (!is_upper(c[d]))
			return false;
	return j - i <= 2 && (j >= x->n || !letter_class_after(c[j]));
}

/*
 * Model words after a product's name: M6+, Qwen3-Max, iPhone 17 Pro Max,
 * ThinkPad X1 Carbon, MatePad 11.5, Model Y L.
 */
size_t
prod_model_tail(const struct zp_entities *x, size_t j)
{
	const uint32_t *c = x->c;

	while (j > 0 && j < x->n) {
		size_t s = j + 1, e;

		if (c[j] == '+' && is_alnum(c[j - 1]) &&
		    (s >= x->n || !is_alnum(c[s]))) {
			j = s;
			continue;
		}
		if (s >= x->n || (c[j] != ' ' && c[j] != '-') ||
		    !is_alnum(c[s]) || !is_alnum(c[j - 1]))
			break;
		e = token_end(x, s);
		/* After a hyphen only the listed words: Qwen3-Max. */
		if (c[j] == '-' &&
		    (wl_at(&x->prodsfx, c, e, s) != e - s ||
		        (e < x->n && is_alnum(c[e]))))
			break;
		if (!model_token(x, s, e, is_digit(c[j - 1])))
			break;
		j = e;
	}
	return j;
}

/*
 * Products whose ids do not carry their maker's name; the others are found
 * by the name their id begins with (NVIDIA H100, 华为手机, 汾酒).
 */
static const struct {
	const char *product, *maker;
} makers[] = {
	{ "ChatGPT", "OpenAI" },
	{ "GPT-4", "OpenAI" },
	{ "GPT-4o", "OpenAI" },
	{ "GPT-4.5", "OpenAI" },
	{ "GPT-5", "OpenAI" },
	{ "Sora", "OpenAI" },
	{ "Grok", "xAI" },
	{ "Claude", "Anthropic" },
	{ "Kimi", "月之暗面" },
	{ "ChatGLM", "智谱" },
	{ "TikTok", "ByteDance" },
	{ "Douyin", "ByteDance" },
	{ "WeChat", "Tencent" },
	{ "WeChat Pay", "Tencent" },
	{ "QQ", "Tencent" },
	{ "Alipay", "蚂蚁集团" },
	{ "Taobao", "Alibaba" },
	{ "Tmall", "Alibaba" },
	{ "Temu", "PDD Holdings" },
	{ "飞天茅台", "贵州茅台" },
	{ "国窖1573", "泸州老窖" },
	{ "梦之蓝", "洋河股份" },
	{ "天之蓝", "洋河股份" },
	{ "海之蓝", "洋河股份" },
	{ "普通五粮液", "五粮液" },
	{ "青花汾酒", "山西汾酒" },
	{ "玻汾", "山西汾酒" },
	{ "安慕希", "伊利" },
	{ "特仑苏", "蒙牛" },
	{ "纯甄", "蒙牛" },
	{ "智谱清言", "智谱" },
	/* The marques named by their word alone (乐道L90): their own makers. */
	{ "乐道", "乐道" },
	{ "深蓝", "深蓝" },
	{ "仰望", "仰望" },
	{ "坦克", "坦克" },
	{ "红旗", "红旗" },
	{ "启源", "启源" },
	{ "极狐", "极狐" },
	{ "星途", "星途" },
	{ "猛士", "猛士" },
	{ "尚界", "尚界" },
	{ "享界", "享界" },
	{ "智界", "智界" },
	{ "尊界", "尊界" },
};

/*
 * Category nouns: a company's name with one of these names its product
 * line (华为手机).  汽车, 芯片 and 电视 are not among them, as 小米汽车,
 * 华为芯片 and NHK电视 name units or channels as often as goods.
 */
static const char *const category_nouns[] = {
	"手机",
	"平板电脑",
	"平板",
	"笔记本电脑",
	"笔记本",
	"电脑",
	"智能手表",
	"手表",
	"手环",
	"耳机",
	"音箱",
	"冰箱",
	"空调",
	"洗衣机",
	"相机",
	"显卡",
	"App",
	"APP",
	"客户端",
};

/*
 * Kinds of devices that name a company's line after its name (大疆无人机,
 * 华为路由器) but stay apart from a brand's own name (地宝 + 扫地机器人).
 */
static const char *const device_nouns[] = { "无人机", "扫地机器人", "扫地机",
	"吸尘器", "洗碗机", "热水器", "吸油烟机", "油烟机", "电饭煲", "净水器",
	"空气净化器", "吹风机", "剃须刀", "电动牙刷", "投影仪", "路由器",
	"打印机", "显示器", "微波炉", "头显", "充电宝", "AI眼镜", "智能眼镜" };

/* Words after a category noun that make another word: 手机银行, 电视台. */
static const char *const category_next[] = {
	"银行",
	"台",
	"报",
	"号",
	"卡",
	"剧",
	"节目",
	"广告",
	"芯片",
	"公司",
	"集团",
	"厂",
	"城",
	"店",
};

/*
 * The lengths in bytes of the nouns (ent_products_init): category_tail
 * reads them for every head of a product's id that makers are sought in.
 */
static size_t category_len[NELEM(category_nouns)],
    device_len[NELEM(device_nouns)];

/*
 * The length in bytes of the category noun id ends with, or 0; the last
 * byte is compared before the call, as most heads end otherwise.
 */
static size_t
category_tail(const char *id, size_t len)
{
	for (size_t k = 0; k < NELEM(category_nouns); k++) {
		size_t l = category_len[k];

		if (l < len && id[len - 1] == category_nouns[k][l - 1] &&
		    memcmp(id + len - l, category_nouns[k], l) == 0)
			return l;
	}
	for (size_t k = 0; k < NELEM(device_nouns); k++) {
		size_t l = device_len[k];

		if (l < len && id[len - 1] == device_nouns[k][l - 1] &&
		    memcmp(id + len - l, device_nouns[k], l) == 0)
			return l;
	}
	return 0;
}

/* The id of the organization named s[0..n), or NULL. */
static const char *
org_named(const struct zp_entities *x, const char *s, size_t n)
{
	uint32_t g = zp_gaz_lookup(x->g, s, n);

	if (g == ZP_GAZ_NONE || zp_gaz_entry(x->g, g)->type != ZP_ET_ORG)
		return NULL;
	return zp_gaz_entry(x->g, g)->id;
}

static const char *maker_of(
    const struct zp_entities *x, const char *id, size_t len, int depth);

/*
 * The maker of the listed product named id[0..len) (an alias too: GLM-4
 * of ChatGLM, Gemini of Google Gemini), or NULL.
 */
static const char *
listed_maker(const struct zp_entities *x, const char *id, size_t len, int depth)
{
	uint32_t g = zp_gaz_lookup(x->g, id, len);
	const struct zp_gaz_entry *e;

	if (g == ZP_GAZ_NONE ||
	    (e = zp_gaz_entry(x->g, g))->type != ZP_ET_PRODUCT)
		return NULL;
	if (e->parent != NULL)
		return e->parent;
	if (strlen(e->id) == len && memcmp(e->id, id, len) == 0)
		return NULL;
	return maker_of(x, e->id, strlen(e->id), depth + 1);
}

/*
 * The maker of id[0..len): the table, a listed product (or a version of
 * one, GPT-5.2), a company + a category, or the longest head that names
 * an organization or a listed product.  depth bounds the lookups of
 * aliases through their entries.
 */
static const char *
maker_of(const struct zp_entities *x, const char *id, size_t len, int depth)
{
	size_t l, p;
	const char *m;

	if (depth > 3)
		return NULL;
	/* The first byte before the length: most heads tried are none. */
	for (size_t k = 0; k < NELEM(makers) && len > 0; k++)
		if (makers[k].product[0] == id[0] &&
		    strlen(makers[k].product) == len &&
		    memcmp(id, makers[k].product, len) == 0)
			return makers[k].maker;
	if ((m = listed_maker(x, id, len, depth)) != NULL)
		return m;
	/* A version of a product is made by its maker: GPT-5.2. */
	for (p = len; p > 0 && id[p - 1] >= '0' && id[p - 1] <= '9'; p--)
		;
	if (p < len && p >= 3 && id[p - 1] == '.' && id[p - 2] >= '0' &&
	    id[p - 2] <= '9')
		return maker_of(x, id, p - 1, depth + 1);
	if ((l = category_tail(id, len)) > 0 &&
	    (m = org_named(x, id, len - l)) != NULL)
		return m;
	/*
	 * The longest head that names an organization, ending at a word:
	 * a space (Apple iPad), a hyphen (DeepSeek-R1), a change between
	 * Latin and Chinese (茅台1935), or the whole id (汾酒).
	 */
	for (p = len; p > 0; p--) {
		unsigned char a = (unsigned char)id[p - 1];
		unsigned char b = p < len ? (unsigned char)id[p] : 0;

		if (p < len && b != ' ' && b != '-' &&
		    ((a < 0x80) == (b < 0x80) || (b & 0xC0) == 0x80))
			continue;
		if ((m = org_named(x, id, p)) != NULL ||
		    (p < len && (m = maker_of(x, id, p, depth + 1)) != NULL))
			return m;
	}
	return NULL;
}

const char *
ent_product_maker(const struct zp_entities *x, const char *id)
{
	return maker_of(x, id, strlen(id), 0);
}

/*
 * A company + a category noun is its product line, one name: 华为手机,
 * 苹果手机 (issue 18's conventions).
 */
/*
 * The end of the category noun at c[t] (手机, 冰箱), or 0; not when it
 * starts another word (手机银行, 电视台).
 */
size_t
prod_category_at(const struct zp_entities *x, size_t t)
{
	size_t u;

	if (t >= x->n || !in_cs(cs_category, x->c[t]))
		return 0;
	for (size_t q = 0; q < NELEM(category_nouns); q++) {
		if (!text_is(x, t, category_nouns[q]))
			continue;
		u = t +
		    zp_utf8_count(category_nouns[q], strlen(category_nouns[q]));
		for (size_t r = 0; r < NELEM(category_next); r++)
			if (text_is(x, u, category_next[r]))
				return 0;
		return u;
	}
	return 0;
}

/* The end of the kind of device at c[t] (无人机), or 0. */
static size_t
device_category_at(const struct zp_entities *x, size_t t)
{
	size_t l;

	if (!ent_firsts_may(&device_firsts, x, t) ||
	    !prod_word_at(x, t, device_nouns, NELEM(device_nouns), &l))
		return 0;
	for (size_t r = 0; r < NELEM(category_next); r++)
		if (text_is(x, t + l, category_next[r]))
			return 0;
	return t + l;
}

bool
prod_category_product(struct zp_entities *x, int32_t k)
{
	struct ent *e = &x->ent[k];
	size_t s = e->s, t;
	uint32_t id;

	if (e->gaz == NONE ||
	    ((t = prod_category_at(x, e->e)) == 0 &&
	        (t = device_category_at(x, e->e)) == 0) ||
	    t > x->n || !span_free(x, e->e, t))
		return false;
	ent_kill(x, k);
	/* A technology of the goods is no body there: ANC耳机. */
	if (prod_tech_word(x, s, e->e))
		return true;
	id = ent_put_surface(x, s, t);
	ent_add(x, s, t, ZP_ET_PRODUCT, SRC_RULE, NONE, id);
	return true;
}

/*
 * Series words that are common words alone (麒麟 the beast, 盘古 the
 * giant) but a maker's series before a model code: 麒麟9030, 文心4.5.
 */
static const struct {
	const char *w, *id;
} code_families[] = {
	{ "麒麟", "Huawei Kirin" },
	{ "盘古", "Huawei Pangu" },
	{ "文心", "Baidu ERNIE" },
	{ "星火", "iFlytek Spark" },
	{ "混元", "Tencent Hunyuan" },
	{ "通义", "Alibaba Qwen" },
	{ "倚天", "Alibaba Yitian" },
	{ "含光", "Alibaba Hanguang" },
	{ "玄铁", "Alibaba XuanTie" },
	{ "虎贲", "UNISOC Tiger" },
	{ "可灵", "Kling AI" },
};

/* Characters after a number that count or place: 号, 年. */
bool
prod_counter_after(uint32_t p)
{
	static const uint32_t w[] = { 0x53F7 /* 号 */, 0x5E74 /* 年 */,
		0x6708 /* 月 */, 0x65E5 /* 日 */, 0x5C4A /* 届 */,
		0x671F /* 期 */, 0x5EA7 /* 座 */, 0x697C /* 楼 */,
		0x8DEF /* 路 */, 0x4E2A /* 个 */, 0x4F4D /* 位 */,
		0x6B21 /* 次 */, 0x5143 /* 元 */, 0x4E07 /* 万 */,
		0x4EBF /* 亿 */, 0x8F86 /* 辆 */, 0x53F0 /* 台 */,
		0x67B6 /* 架 */, 0x8258 /* 艘 */, 0x5428 /* 吨 */,
		0x7C73 /* 米 */, 0x4EBA /* 人 */, 0x540D /* 名 */,
		0x5BB6 /* 家 */, 0x6B3E /* 款 */ };

	for (size_t k = 0; k < NELEM(w); k++)
		if (p == w[k])
			return true;
	return false;
}

/*
 * A family word before the code at [i, j) with a digit: the family's
 * model, with a version's decimals (文心4.5).  Returns its end, or 0.
 */
static size_t
family_code(struct zp_entities *x, size_t i, size_t j)
{
	size_t k, t = j;

	if (i < 2 || !ent_firsts_may(&family_firsts, x, i - 2) ||
	    !has_digit(x, i, j))
		return 0;
	for (k = 0; k < NELEM(code_families); k++)
		if (text_is(x, i - 2, code_families[k].w))
			break;
	if (k == NELEM(code_families) || !span_free(x, i - 2, j))
		return 0;
	if (t + 1 < x->n && x->c[t] == '.' && is_digit(x->c[t + 1]))
		t = code_end(x, t + 1);
	if (t < x->n && x->c[t] == '.')
		return 0;
	/* Numbers of houses and years: 麒麟2号院, 盘古2000年. */
	if ((t == j && j - i < 3 && !is_alpha(x->c[i]) &&
	        !is_alpha(x->c[j - 1])) ||
	    (t < x->n && prod_counter_after(x->c[t])))
		return 0;
	t = prod_model_tail(x, t);
	prod_add(x, i - 2, t, code_families[k].id, i, t, NULL);
	return t;
}

/*
 * Car marques named with a common word (理想 the ideal, 乐道 as in 津津乐道,
 * 红旗 the flag, 坦克 the tank): the marque only right before one of its
 * model codes (理想L9, 乐道L90, 坦克300).  name is its listed name (its id
 * and parent), or NULL for an id that is the word itself; digits says
 * whether its models are numbers alone (坦克300, 标致408).
 */
static const struct {
	const char *w, *name;
	bool digits;
} marque_words[] = {
	{ "理想", "理想汽车", false },
	{ "乐道", NULL, false },
	{ "深蓝", NULL, true },
	{ "仰望", NULL, false },
	{ "坦克", NULL, true },
	{ "红旗", NULL, false },
	{ "银河", "吉利银河", false },
	{ "启源", NULL, true },
	{ "极狐", NULL, false },
	{ "星途", NULL, false },
	{ "哪吒", "哪吒汽车", false },
	{ "标致", "标致汽车", true },
	{ "别克", "别克汽车", false },
	{ "猛士", NULL, true },
	/* X界 is the world of X too: 时尚界, 分享界面. */
	{ "尚界", NULL, false },
	{ "享界", NULL, false },
	{ "智界", NULL, false },
	{ "尊界", NULL, false },
};

/* Whether [i, j) is a model code: letters then digits (L90, SL03, i8, U8). */
static bool
letters_digits(const struct zp_entities *x, size_t i, size_t j)
{
	const uint32_t *c = x->c;
	size_t l = i, d;

	if (j - i >= 2 && c[i] == 'i' && is_digit(c[i + 1]))
		l = i + 1;
	for (; l < j && l - i < 3 && is_upper(c[l]); l++)
		;
	for (d = l; d < j && is_digit(c[d]); d++)
		;
	return l > i && d > l && d - l <= 3 &&
	    (d == j || (d + 1 == j && is_upper(c[d])));
}

static void
brand_word(struct zp_entities *x, size_t i, size_t j)
{
	static const char *const models[] = { "MEGA", "ONE" };
	const uint32_t *c = x->c;
	size_t q, k;
	bool ok;
	uint32_t g = ZP_GAZ_NONE, id = NONE;

	if (i < 2 || !ent_firsts_may(&marque_firsts, x, i - 2) ||
	    !is_han(c[i - 1]) || !span_free(x, i - 2, i))
		return;
	for (q = 0; q < NELEM(marque_words); q++)
		if (text_is(x, i - 2, marque_words[q].w))
			break;
	if (q == NELEM(marque_words))
		return;
	ok = letters_digits(x, i, j);
	for (k = 0; k < NELEM(models) && !ok && q == 0; k++)
		ok = strlen(models[k]) == j - i && text_is(x, i, models[k]);
	if (!ok && marque_words[q].digits && j - i >= 2 && j - i <= 4) {
		for (k = i; k < j && is_digit(c[k]); k++)
			;
		ok = k == j && (j >= x->n || !prod_counter_after(c[j]));
	}
	if (!ok || (j < x->n && (c[j] == '.' || c[j] == '%')))
		return;
	if (marque_words[q].name != NULL &&
	    (g = zp_gaz_lookup(x->g, marque_words[q].name,
	         strlen(marque_words[q].name))) == ZP_GAZ_NONE)
		return;
	if (g == ZP_GAZ_NONE)
		id = ent_put_surface(x, i - 2, i);
	ent_add(x, i - 2, i, ZP_ET_ORG, SRC_RULE, g, id);
}

/*
 * A short form after its full form in the same text: R1 after
 * DeepSeek-R1, the code after a hyphen or a space that ended an earlier
 * product's name.  Returns that product, or -1.
 */
static int32_t
earlier_full_form(const struct zp_entities *x, size_t i, size_t j)
{
	size_t l = j - i;

	/* A letter and a digit: a number alone (Pro 3) is any number. */
	if (!is_alpha(x->c[i]) || !has_digit(x, i, j) ||
	    (j < x->n && is_alnum(x->c[j])))
		return -1;
	for (size_t k = 0; k < x->nent; k++) {
		const struct ent *e = &x->ent[k];

		if (e->dead || e->type != ZP_ET_PRODUCT || e->e > i ||
		    e->e - e->s <= l + 1 ||
		    (x->c[e->e - l - 1] != '-' && x->c[e->e - l - 1] != ' ') ||
		    memcmp(x->c + e->e - l, x->c + i, l * sizeof(uint32_t)) !=
		        0)
			continue;
		return (int32_t)k;
	}
	return -1;
}

/*
 * A number with model words written as an earlier product was, or as
 * its words after a space: 17 Pro Max after 小米17 Pro Max, 17 Pro after
 * iPhone 17 Pro.  A number alone is any number.  Returns the end of the
 * name and that product in *k, or 0.
 */
static size_t
earlier_number_model(
    const struct zp_entities *x, size_t i, size_t j, int32_t *k)
{
	size_t t;

	/*
	 * Model words follow a space, a hyphen or a plus only: most numbers
	 * are asked here, and the call cost more than this test.
	 */
	if (!is_digit(x->c[i]) || !is_digit(x->c[j - 1]) || j >= x->n ||
	    (x->c[j] != ' ' && x->c[j] != '-' && x->c[j] != '+') ||
	    (t = prod_model_tail(x, j)) == j)
		return 0;
	for (size_t q = 0; q < x->nent; q++) {
		const struct ent *e = &x->ent[q];

		if (!e->dead && e->type == ZP_ET_PRODUCT && e->e <= i &&
		    e->e - e->s >= t - i &&
		    (e->e - e->s == t - i || x->c[e->e - (t - i) - 1] == ' ') &&
		    memcmp(x->c + e->e - (t - i), x->c + i,
		        (t - i) * sizeof(uint32_t)) == 0) {
			*k = (int32_t)q;
			return t;
		}
	}
	return 0;
}

/* Kinds of devices after a model's name: Thor芯片, G1人形机器人. */
static const char *const device_kinds[] = { "人形机器人", "机器人", "机器狗",
	"芯片", "处理器", "显卡", "加速卡", "训练卡", "推理卡", "激光雷达",
	"吸尘器", "扫地机", "头显", "无人机", "手机", "平板", "笔记本", "耳机",
	"手表" };

/*
 * A name with a kind of device after it, where the code rules keep it
 * out: a code of the words of periods and sizes (G1人形机器人, V16吸尘器;
 * H1 and H2 only before a robot, being halves of a year elsewhere), or a
 * word after its maker's name (英伟达的Thor芯片, 禾赛的ATX激光雷达).
 * Technologies (GPU芯片, AI手机) stay out.
 */
static bool
device_model(const struct zp_entities *x, size_t i, size_t j)
{
	const uint32_t *c = x->c;
	size_t l, a = i;
	int32_t o;

	if (j - i < 2 || !is_alpha(c[i]) || c[i] == 'Q' ||
	    !ent_firsts_may(&device_kind_firsts, x, j) ||
	    !prod_word_at(x, j, device_kinds, NELEM(device_kinds), &l) ||
	    prod_is_unit_code(x, i, j) || prod_is_standard(x, i, j))
		return false;
	if (has_digit(x, i, j)) {
		if (c[i] == 'H' && j - i == 2 && !text_is(x, j, "人形") &&
		    !text_is(x, j, "机器"))
			return false;
		/* Standards keep their names: HBM3芯片, DDR5, USB4. */
		for (size_t k = 0; k < zp_wl_count(&x->noncodep); k++) {
			const uint32_t *w = zp_wl_word(&x->noncodep, k, &l);

			if (l >= 2 && l < j - i &&
			    memcmp(c + i, w, l * sizeof(uint32_t)) == 0)
				return false;
		}
		return letters_digits(x, i, j);
	}
	if (i > 1 && c[i - 1] == 0x7684 /* 的 */)
		a = i - 1;
	return (o = ends_at(x, a)) >= 0 && x->ent[o].type == ZP_ET_ORG &&
	    zp_wl_at(&x->noncode, c, j, i, NULL) != j - i &&
	    (prod_title_word(x, i, j) || caps_word(x, i, j)) &&
	    !prod_tech_word(x, i, j);
}

void
ent_pass_products(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, i = 0;

	while ((i = next_fl(x, i, CL_ALNUM)) < n) {
		size_t j, a, t;
		int32_t o;

		if (!is_alnum(c[i]) ||
		    (i > 0 &&
		        (is_alnum(c[i - 1]) || c[i - 1] == '.' ||
		            c[i - 1] == '$' || c[i - 1] == '-'))) {
			i++;
			continue;
		}
		j = code_end(x, i);
		if (i > 0 && is_han(c[i - 1])) {
			size_t t = prod_series_model(x, i, j);

			if (t > 0 || (t = family_code(x, i, j)) > 0) {
				i = t;
				continue;
			}
			brand_word(x, i, j);
		}
		/*
		 * Brand + model: Galaxy S24, iPhone 15 Pro, 昇腾910B, a version
		 * (MatePad 11.5, 文心大模型4.5) or model words (骁龙X Elite).
		 */
		a = i;
		if (i > 1 && c[i - 1] == ' ')
			a = i - 1;
		o = ends_at(x, a);
		if (o >= 0 && x->ent[o].type == ZP_ET_PRODUCT &&
		    x->ent[o].e == a && j < n && c[j] == '.')
			j = token_end(x, i);
		/*
		 * A listed code glued to a company's name is its model, not
		 * the body the code names alone: 小鹏G7 is no summit.
		 */
		if (x->owner[i] >= 0 && ends_at(x, i) >= 0 &&
		    x->ent[ends_at(x, i)].type == ZP_ET_ORG &&
		    x->ent[x->owner[i]].type == ZP_ET_ORG &&
		    x->ent[x->owner[i]].s == i && x->ent[x->owner[i]].e == j &&
		    has_digit(x, i, j) && maker_model(x, i, j) > 0)
			ent_kill(x, x->owner[i]);
		if (!span_free(x, i, j) ||
		    (j < n && (c[j] == '.' || c[j] == '%') && j + 1 < n &&
		        is_alnum(c[j + 1]))) {
			i = j;
			continue;
		}
		if (o >= 0 && x->ent[o].type == ZP_ET_PRODUCT &&
		    !prod_is_unit_code(x, i, j) &&
		    (has_digit(x, i, j) ?
		            !is_digit(c[i]) || !is_digit(c[j - 1]) || j >= n ||
		                !prod_counter_after(c[j]) :
		            model_token(x, i, j, false))) {
			size_t s = x->ent[o].s, t = prod_model_tail(x, j);
			const char *bid = ent_id(x, &x->ent[o]);

			ent_kill(x, o);
			prod_add(x, s, t, bid, i, t, NULL);
			i = t;
			continue;
		}
		/* A group with slashes: 3C/3D/3E6000. */
		if (j + 1 < n && c[j] == '/' && is_alnum(c[j + 1])) {
			size_t parts[8], pe[8], np = 0, t = i;

			while (np < 8) {
				size_t e = code_end(x, t);

				parts[np] = t;
				pe[np++] = e;
				if (e + 1 < n && c[e] == '/' &&
				    is_alnum(c[e + 1]))
					t = e + 1;
				else
					break;
			}
			if (np >= 2 &&
			    !prod_is_noncode(x, parts[np - 1], pe[np - 1]) &&
			    span_free(x, i, pe[np - 1])) {
				size_t ll = pe[np - 1] - parts[np - 1];
				size_t p0 = pe[0] - parts[0];
				struct zp_buf ex = ZP_BUF_INIT;

				for (size_t q = 0; q < np; q++) {
					if (q > 0)
						zp_buf_putc(&ex, '/');
					zp_buf_put(&ex,
					    x->s + x->boff[parts[q]],
					    x->boff[pe[q]] - x->boff[parts[q]]);
					/* 3C + 6000 when the last is 3E6000. */
					if (q + 1 < np &&
					    pe[q] - parts[q] == p0 && p0 < ll &&
					    !has_digit(
					        x, parts[q] + 1, pe[q]) &&
					    has_digit(x, parts[np - 1] + p0,
					        pe[np - 1]))
						zp_buf_put(&ex,
						    x->s +
						        x->boff[parts[np - 1] +
						            p0],
						    x->boff[pe[np - 1]] -
						        x->boff[parts[np - 1] +
						            p0]);
				}
				prod_add(x, i, pe[np - 1], maker(x, i), i,
				    pe[np - 1], ex.p);
				zp_buf_free(&ex);
				i = pe[np - 1];
				continue;
			}
		}
		if ((t = number_series(x, i, j)) > 0) {
			i = t;
			continue;
		}
		if ((t = maker_model(x, i, j)) > 0 && span_free(x, i, t)) {
			prod_add(x, i, t, maker(x, i), i, t, NULL);
			i = t;
			continue;
		}
		if ((t = earlier_number_model(x, i, j, &o)) > 0) {
			prod_add(x, i, t, ent_id(x, &x->ent[o]), t, t, NULL);
			i = t;
			continue;
		}
		if (device_model(x, i, j)) {
			prod_add(x, i, j, maker(x, i), i, j, NULL);
			i = j;
			continue;
		}
		if ((o = earlier_full_form(x, i, j)) >= 0) {
			prod_add(x, i, j, ent_id(x, &x->ent[o]), j, j, NULL);
			i = j;
			continue;
		}
		if (prod_is_noncode(x, i, j)) {
			i = j;
			continue;
		}
		{
			size_t t = prod_model_tail(x, j);

			prod_add(x, i, t, maker(x, i), i, t, NULL);
			i = t;
		}
	}
}

void
ent_products_init(struct zp_entities *x)
{
	cs_category = ent_cset_get("手平笔电智耳音冰空洗相显A客");
	prod_words_init();
	prod_series_init();
	ent_firsts_init(&kind_firsts, kind_words, NELEM(kind_words),
	    sizeof(*kind_words), 0);
	ent_firsts_init(&family_firsts, code_families, NELEM(code_families),
	    sizeof(*code_families), 0);
	ent_firsts_init(&marque_firsts, marque_words, NELEM(marque_words),
	    sizeof(*marque_words), 0);
	ent_firsts_init(&device_firsts, device_nouns, NELEM(device_nouns),
	    sizeof(*device_nouns), 0);
	for (size_t k = 0; k < NELEM(category_nouns); k++)
		category_len[k] = strlen(category_nouns[k]);
	for (size_t k = 0; k < NELEM(device_nouns); k++)
		device_len[k] = strlen(device_nouns[k]);
	ent_firsts_init(&device_kind_firsts, device_kinds, NELEM(device_kinds),
	    sizeof(*device_kinds), 0);
	zp_wl_add_all(
	    &x->prodsfx, product_suffix_words, NELEM(product_suffix_words));
	prod_noncode_init(x);
}

void
ent_products_free(struct zp_entities *x)
{
	zp_wl_free(&x->prodsfx);
	prod_noncode_free(x);
}
