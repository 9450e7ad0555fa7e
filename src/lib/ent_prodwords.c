/*
 * ent_prodwords -- goods named in words: a brand that is also its maker's
 * short name (五粮液批价), 苹果 the fruit, listed names that are common
 * words elsewhere (豆包, 夸克, 钉钉), a listed name grown by its version or
 * kind (DeepSeek-V3.2, 豆包大模型), and BYD's ocean series named alone.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "ent_internal.h"
#include "ent_prod.h"

/* The first characters of the brands that are their maker's short name. */
static const struct cset *cs_brand;

/*
 * The first code point and the length in characters of a word of a list
 * sought as a whole name: most names asked have another length or first
 * character, and text_is measures a word that starts with no Chinese
 * character before it compares (platform_names, a third of this pass).
 */
struct word_key {
	uint32_t first; /* UINT32_MAX when the word may start otherwise */
	uint32_t len;
};

/*
 * The keys of n words.  A word's first character is its key only when it
 * is ASCII or of three bytes, which ent_decode keeps as written unless
 * it folds the text (then text_is compares code points).
 */
static void
word_keys(struct word_key *k, const char *const *w, size_t n)
{
	for (size_t q = 0; q < n; q++) {
		size_t b = strlen(w[q]), l;
		unsigned char u = (unsigned char)w[q][0];

		k[q].first = UINT32_MAX;
		if (u < 0x80 || (u & 0xF0) == 0xE0)
			k[q].first = (uint32_t)zp_utf8_decode(w[q], b, &l);
		k[q].len = (uint32_t)zp_utf8_count(w[q], b);
	}
}

/* Whether c[s..t) reads w, whose key is k: text_is, the key asked first. */
static bool
name_is(const struct zp_entities *x, size_t s, size_t t,
    const struct word_key *k, const char *w)
{
	return k->len == t - s &&
	    (k->first == UINT32_MAX || x->c[s] == k->first) && text_is(x, s, w);
}

/* A character that ends a sentence, or with comma a clause. */
static bool
ends_clause(uint32_t p, bool comma)
{
	switch (p) {
	case '\n':
	case '!':
	case '?':
	case ';':
	case 0x3002: /* 。 */
	case 0xFF01: /* ！ */
	case 0xFF1F: /* ？ */
	case 0xFF1B: /* ； */
		return true;
	case ',':
	case 0xFF0C: /* ， */
	case 0x3001: /* 、 */
		return comma;
	default:
		return false;
	}
}

/*
 * The clause (with comma false, the sentence) around [a, b), at most back
 * characters before and fwd after: [*lo, *hi).
 */
static void
clause_of(const struct zp_entities *x, size_t a, size_t b, size_t back,
    size_t fwd, bool comma, size_t *lo, size_t *hi)
{
	size_t i;

	for (i = a; i > 0 && a - i < back && !ends_clause(x->c[i - 1], comma);
	     i--)
		;
	*lo = i;
	for (i = b; i < x->n && i - b < fwd && !ends_clause(x->c[i], comma);
	     i++)
		;
	*hi = i;
}

/* Whether one of the words w lies within c[lo..hi), outside [a, b). */
static bool
word_within(const struct zp_entities *x, size_t lo, size_t hi, size_t a,
    size_t b, const char *const *w, size_t nw)
{
	for (size_t i = lo; i < hi; i++) {
		if (i >= a && i < b)
			continue;
		for (size_t k = 0; k < nw; k++) {
			size_t l;

			if (!text_is(x, i, w[k]))
				continue;
			l = zp_utf8_count(w[k], strlen(w[k]));
			if (i + l <= hi && (i + l <= a || i >= b))
				return true;
		}
	}
	return false;
}

/* Brands that are also their maker's short name. */
static const char *const goods_brands[] = {
	"五粮液",
	"汾酒",
	"茅台",
	"泸州老窖",
	"青岛啤酒",
	"燕京啤酒",
	"农夫山泉",
	"娃哈哈",
	"片仔癀",
	"云南白药",
	/* Liquor, beer, drinks and food sold under the maker's name. */
	"剑南春",
	"郎酒",
	"舍得",
	"水井坊",
	"酒鬼酒",
	"洋河",
	"今世缘",
	"口子窖",
	"习酒",
	"西凤酒",
	"迎驾贡酒",
	"珍酒",
	"董酒",
	"百威",
	"嘉士伯",
	"珠江啤酒",
	"重庆啤酒",
	"康师傅",
	"今麦郎",
	"元气森林",
	"香飘飘",
	"伊利",
	"蒙牛",
	"君乐宝",
	"飞鹤",
	"李锦记",
	"老干妈",
	"涪陵榨菜",
	"东阿阿胶",
	"汤臣倍健",
	"卫龙",
	"洽洽",
	"旺旺",
	"马应龙",
	"古井贡酒",
	"喜力",
};

static struct word_key goods_keys[NELEM(goods_brands)];

/* Words of the goods near such a brand: 批价, 一瓶, 喝. */
static const char *const goods_cues[] = {
	"批价",
	"价格",
	"出厂价",
	"零售价",
	"指导价",
	"终端价",
	"售价",
	"市场价",
	"回收价",
	"瓶",
	"箱",
	"酒",
	"喝",
	"买",
	"销量",
	"系列",
	"动销",
	"提价",
	"涨价",
	"降价",
	"礼盒",
	"口感",
	"收藏",
	"罐",
	"粒",
	"饮料",
	"牙膏",
	"卖得",
	"好卖",
	"开瓶",
	"宴席",
	"婚宴",
	"走量",
};

/* Words of the company or its stock, which win over the goods. */
static const char *const company_cues[] = {
	"股价",
	"股份",
	"股票",
	"个股",
	"公告",
	"营收",
	"营业收入",
	"收入",
	"净利",
	"利润",
	"董事",
	"总经理",
	"高管",
	"发布",
	"市值",
	"股东",
	"披露",
	"业绩",
	"年报",
	"财报",
	"季报",
	"分红",
	"涨停",
	"跌停",
	"收盘",
	"研报",
	"集团",
	"公司",
	"回购",
	"增持",
	"减持",
	"厂",
	"价格战",
	"买入",
	"卖出",
	"持仓",
	"重仓",
	"评级",
	"目标价",
	"估值",
	"板块",
	"龙头",
	"酒企",
};

/*
 * Whether a product follows at i, glued or after 的: the name before it
 * is its maker (伊利的巧乐兹).
 */
static bool
goods_follow(const struct zp_entities *x, size_t i)
{
	int32_t o;

	if (i < x->n && x->c[i] == 0x7684 /* 的 */)
		i++;
	if (i >= x->n || (o = x->owner[i]) < 0)
		return false;
	return x->ent[o].type == ZP_ET_PRODUCT && x->ent[o].s == i;
}

/*
 * A brand that is also its maker's short name is the goods when its
 * clause speaks of them (五粮液批价, 一瓶汾酒) and not of the company.
 */
static void
brand_goods(struct zp_entities *x, int32_t k)
{
	struct ent *e = &x->ent[k];
	size_t s = e->s, t = e->e, lo, hi;
	uint32_t id;

	for (size_t q = 0; q < NELEM(goods_brands); q++) {
		if (!name_is(x, s, t, &goods_keys[q], goods_brands[q]))
			continue;
		if (goods_follow(x, t))
			return;
		clause_of(x, s, t, 4, 10, true, &lo, &hi);
		if (!word_within(
		        x, lo, hi, s, t, goods_cues, NELEM(goods_cues)) ||
		    word_within(
		        x, lo, hi, s, t, company_cues, NELEM(company_cues)))
			return;
		ent_kill(x, k);
		id = ent_put_surface(x, s, t);
		ent_add(x, s, t, ZP_ET_PRODUCT, SRC_RULE, NONE, id);
		return;
	}
}

#define CUES(a) a, NELEM(a)

/* Words about fruit: 苹果 among them is no company. */
static const char *const fruit_cues[] = {
	"吃",
	"水果",
	"香蕉",
	"梨",
	"橘子",
	"橙子",
	"葡萄",
	"西瓜",
	"草莓",
	"桃",
	"猕猴桃",
	"果农",
	"果园",
	"果树",
	"果汁",
	"鲜果",
	"种植",
	"产区",
	"红富士",
	"采摘",
	"丰收",
	"蔬菜",
	"斤",
	"削",
	"期货",
};

/* Words about grain: 小米 among them is millet. */
static const char *const grain_cues[] = {
	"粮食",
	"粮价",
	"谷物",
	"杂粮",
	"玉米",
	"小麦",
	"大豆",
	"高粱",
	"稻谷",
	"大米",
	"粥",
	"种植",
	"产区",
	"亩产",
	"斤",
	"收割",
	"丰收",
	"农户",
};

/* Company names that are also foods, and the words of the foods. */
static const struct {
	const char *w, *id;
	const char *const *cue;
	size_t ncue;
} food_names[] = {
	{ "苹果", "Apple", CUES(fruit_cues) },
	{ "小米", "Xiaomi", CUES(grain_cues) },
};

static void
fruit(struct zp_entities *x, int32_t k)
{
	const struct ent *e = &x->ent[k];
	size_t lo, hi;

	if (e->e - e->s != 2)
		return;
	for (size_t q = 0; q < NELEM(food_names); q++) {
		if (!text_is(x, e->s, food_names[q].w) ||
		    strcmp(ent_id(x, e), food_names[q].id) != 0)
			continue;
		clause_of(x, e->s, e->e, 16, 16, false, &lo, &hi);
		if ((e->s > 0 && x->c[e->s - 1] == 0x4E2A /* 个 */) ||
		    word_within(x, lo, hi, e->s, e->e, food_names[q].cue,
		        food_names[q].ncue))
			ent_kill(x, k);
		return;
	}
}

/* Goods traded as futures: 苹果期货 is a contract, not a broker. */
static const char *const commodities[] = { "苹果", "小米", "红枣", "玉米",
	"大豆", "豆粕", "豆油", "白糖", "棉花", "小麦", "鸡蛋", "生猪", "原油",
	"黄金", "白银", "铜", "铝", "锌", "镍", "螺纹钢", "铁矿石", "焦煤",
	"焦炭", "橡胶", "甲醇", "纯碱", "玻璃", "碳酸锂", "工业硅", "花生",
	"菜籽油", "棕榈油", "沥青", "燃油", "尿素", "集运指数" };

static bool
commodity_futures(struct zp_entities *x, int32_t k)
{
	const struct ent *e = &x->ent[k];

	if (e->e - e->s < 3 || !text_is(x, e->e - 2, "期货"))
		return false;
	for (size_t q = 0; q < NELEM(commodities); q++)
		if (text_is(x, e->s, commodities[q]) &&
		    zp_utf8_count(commodities[q], strlen(commodities[q])) ==
		        e->e - 2 - e->s) {
			ent_kill(x, k);
			return true;
		}
	return false;
}

/*
 * Platforms named as their companies are: 拼多多 is the company in
 * 拼多多发布财报 and the platform in 在拼多多上开店 (issue 18's conventions).
 */
static const char *const platform_names[] = { "拼多多", "京东", "美团", "快手",
	"小红书", "微博", "哔哩哔哩", "B站", "携程", "饿了么", "得物", "唯品会",
	"知乎", "爱奇艺", "优酷", "百度", "亚马逊", "滴滴出行", "贝壳找房",
	"汽车之家", "58同城", "途牛", "Shopee", "SHEIN", "希音", "eBay", "脸书",
	"Facebook", "Netflix", "奈飞", "Airbnb", "爱彼迎", "Uber", "优步",
	"Coupang", "网易云音乐" };

/* Words after a platform's name that speak of it: 拼多多平台, 快手用户. */
static const char *const platform_kind[] = { "平台", "渠道", "App", "APP",
	"app", "小程序", "直播间", "店铺", "旗舰店", "用户", "商家", "月活",
	"日活", "账号", "首页" };

/* Words before it of its use (在微博表示, 入驻拼多多) ... */
static const char *const platform_into[] = { "在", "于", "通过", "入驻", "登陆",
	"登录", "上线", "从" };

/* ... and after it: 在京东上买, 在微博发文, 在淘宝下单; not 在京东上市. */
static const char *const platform_acts[] = { "上的", "上开", "上购", "上买",
	"上卖", "上销", "上搜", "上下单", "上发", "上直播", "上售", "上，",
	"上,", "上。", "发文", "发帖", "表示", "称", "写道", "透露", "回应",
	"晒出", "开店", "购买", "下单", "搜索", "销售", "售卖", "卖", "买",
	"双11", "双十一", "618", "大促" };

/*
 * Whether one of the words w starts at c[i]; its length in characters
 * into len when len is not NULL.
 */
bool
prod_word_at(const struct zp_entities *x, size_t i, const char *const *w,
    size_t nw, size_t *len)
{
	for (size_t k = 0; k < nw; k++)
		if (text_is(x, i, w[k])) {
			if (len != NULL)
				*len = zp_utf8_count(w[k], strlen(w[k]));
			return true;
		}
	return false;
}

/* Whether one of the words w ends right at c[i]. */
bool
prod_word_before(
    const struct zp_entities *x, size_t i, const char *const *w, size_t nw)
{
	for (size_t k = 0; k < nw; k++) {
		const unsigned char *u = (const unsigned char *)w[k];
		size_t b = strlen(w[k]), l;

		/*
		 * Most words end in a Chinese character that c[i - 1] is not:
		 * that is read before the word is measured, as text_is reads
		 * the first one.
		 */
		if (i > 0 && b >= 3 && (u[b - 3] & 0xF0) == 0xE0 &&
		    (u[b - 2] & 0xC0) == 0x80 && (u[b - 1] & 0xC0) == 0x80 &&
		    x->c[i - 1] !=
		        ((uint32_t)(u[b - 3] & 0x0F) << 12 |
		            (uint32_t)(u[b - 2] & 0x3F) << 6 |
		            (u[b - 1] & 0x3F)))
			continue;
		l = zp_utf8_count(w[k], b);
		if (l <= i && text_is(x, i - l, w[k]))
			return true;
	}
	return false;
}

/*
 * A company named as its platform is the platform when a word of it
 * follows (拼多多平台, 快手用户) or when it is used (在微博表示, 在京东上):
 * the company's name, a product made by the company.
 */
static struct ent_firsts platform_firsts;
static struct word_key platform_keys[NELEM(platform_names)];

static bool
platform_use(struct zp_entities *x, int32_t k)
{
	const struct ent *e = &x->ent[k];
	size_t s = e->s, t = e->e, q;
	uint32_t id;

	if (!ent_firsts_may(&platform_firsts, x, s))
		return false;
	for (q = 0; q < NELEM(platform_names); q++)
		if (name_is(x, s, t, &platform_keys[q], platform_names[q]))
			break;
	if (q == NELEM(platform_names))
		return false;
	if (!prod_word_at(x, t, CUES(platform_kind), NULL) &&
	    !(prod_word_before(x, s, CUES(platform_into)) &&
	        prod_word_at(x, t, CUES(platform_acts), NULL)))
		return false;
	ent_kill(x, k);
	id = ent_put_surface(x, s, t);
	ent_add(x, s, t, ZP_ET_PRODUCT, SRC_RULE, NONE, id);
	return true;
}

/* Contexts of the product names that are common words elsewhere. */
static const char *const ai_cues[] = { "字节", "大模型", "模型", "AI",
	"人工智能", "用户", "应用", "App", "APP", "下载", "智能体", "助手",
	"聊天", "火山", "对话", "日活", "月活", "腾讯", "DeepSeek", "Kimi",
	"ChatGPT", "文心", "通义", "版本", "上线", "推理", "算力", "训练",
	"调用" };
static const char *const game_cues[] = { "任天堂", "游戏", "主机", "掌机",
	"销量", "售价", "发售", "索尼", "PlayStation", "Xbox", "玩家" };
static const char *const device_cues[] = { "苹果", "华为", "谷歌", "三星",
	"手机", "电脑", "笔记本", "平板", "机型", "发布", "销量", "出货",
	"系列", "售价", "新品", "芯片", "屏", "上市", "用户", "系统", "款" };
static const char *const battery_cues[] = { "电池", "电芯", "钠离子", "锂电",
	"储能", "宁德时代", "续航", "量产", "装车", "乘用车" };
static const char *const appliance_cues[] = { "海尔", "卡萨帝", "冰箱",
	"洗衣机", "空调", "家电", "热水器", "品牌" };
static const char *const headset_cues[] = { "Meta", "头显", "VR", "MR", "XR",
	"眼镜", "Vision Pro", "出货", "销量", "代工" };
static const char *const car_chip_cues[] = { "英伟达", "芯片", "智驾",
	"自动驾驶", "算力", "车型", "搭载", "Orin" };
static const char *const chip_cues[] = { "芯片", "处理器", "服务器", "华为",
	"谷歌", "联发科", "计算", "CPU", "GPU", "算力", "架构", "数据中心",
	"集群", "生态", "手机" };

static const struct {
	const char *w;
	const char *const *cue;
	size_t ncue;
} common_products[] = {
	{ "豆包", CUES(ai_cues) },
	{ "元宝", CUES(ai_cues) },
	{ "混元", CUES(ai_cues) },
	{ "Switch", CUES(game_cues) },
	{ "Mac", CUES(device_cues) },
	{ "Pixel", CUES(device_cues) },
	{ "nova", CUES(device_cues) },
	{ "Mate", CUES(device_cues) },
	{ "Pura", CUES(device_cues) },
	{ "红米", CUES(device_cues) },
	{ "鲲鹏", CUES(chip_cues) },
	{ "天玑", CUES(chip_cues) },
	{ "TPU", CUES(chip_cues) },
	{ "夸克", CUES(ai_cues) },
	{ "钉钉", CUES(ai_cues) },
	{ "拯救者", CUES(device_cues) },
	{ "钠新", CUES(battery_cues) },
	{ "Leader", CUES(appliance_cues) },
	{ "Quest", CUES(headset_cues) },
	{ "Thor", CUES(car_chip_cues) },
};

/*
 * A listed product name that is a common word too (豆包 the bun, 海豹 the
 * animal, Switch the word) stays only with a model after it or words of
 * its kind in its sentence.
 */
static void
common_product(struct zp_entities *x, int32_t k)
{
	const struct ent *e = &x->ent[k];
	size_t lo, hi;

	for (size_t q = 0; q < NELEM(common_products); q++) {
		if (!text_is(x, e->s, common_products[q].w) ||
		    zp_utf8_count(common_products[q].w,
		        strlen(common_products[q].w)) != e->e - e->s)
			continue;
		if (e->e < x->n &&
		    (is_digit(x->c[e->e]) ||
		        (x->c[e->e] == ' ' && e->e + 1 < x->n &&
		            is_digit(x->c[e->e + 1]))))
			return;
		clause_of(x, e->s, e->e, 20, 20, false, &lo, &hi);
		if (!word_within(x, lo, hi, e->s, e->e, common_products[q].cue,
		        common_products[q].ncue))
			ent_kill(x, k);
		return;
	}
}

/* Idioms that hold a product's name: 板上钉钉 is no DingTalk, 有求必应 no Bing. */
static const char *const product_idioms[] = { "板上钉钉", "有求必应" };

/* Whether [a, b) lies inside one of the idioms. */
static bool
in_idiom(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t k = 0; k < NELEM(product_idioms); k++) {
		size_t l =
		    zp_utf8_count(product_idioms[k], strlen(product_idioms[k]));

		for (size_t i = b > l ? b - l : 0; i <= a; i++)
			if (text_is(x, i, product_idioms[k]))
				return true;
	}
	return false;
}

/*
 * Whether the listed name of two characters at [a, b) is read as two words
 * of the text, each with a character of it, one of them a verb or a
 * function word: 很快 + 克服 over 快克, 极致 + 态度 over 致态.  The
 * gazetteer pass asks two common words of the pairs (集中 + 行动 over 中行);
 * a brand's coined name is rarer in text than a company's.
 */
static bool
read_as_words(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;

	return b - a == 2 && a > 0 && b < x->n && is_han(c[a - 1]) &&
	    is_han(c[b]) &&
	    (ent_common_pair(x, c + a - 1) || ent_verb_at(x, c + a - 1) >= 0) &&
	    (ent_common_pair(x, c + a + 1) || ent_verb_at(x, c + a + 1) >= 0);
}

/*
 * Words of a product's kind after its name that belong to it: 豆包大模型,
 * 夸克App, a category of goods after a brand (卡萨帝冰箱).  Returns their length at c[t], or 0.
 */
static size_t
kind_word(const struct zp_entities *x, size_t t)
{
	static const char *const w[] = { "大模型", "App", "APP", "app" };

	size_t u;

	for (size_t k = 0; k < NELEM(w); k++) {
		size_t l = zp_utf8_count(w[k], strlen(w[k]));

		if (text_is(x, t, w[k]) &&
		    (t + l >= x->n || !is_alnum(x->c[t + l])))
			return l;
	}
	/*
	 * A brand's goods: 卡萨帝冰箱, 华凌空调; a model's code keeps to
	 * itself (H100显卡).
	 */
	if (t > 0 && is_han(x->c[t - 1]) && (u = prod_category_at(x, t)) > 0)
		return u - t;
	return 0;
}

/*
 * A listed product with the words of its version or kind after it is
 * one name: MatePad Pro, DeepSeek-V3.2, 豆包大模型.  A version adds to
 * the id; 大模型 names the same product.
 */
static void
extend_listed(struct zp_entities *x, int32_t k)
{
	const struct ent *e = &x->ent[k];
	size_t s = e->s, m = e->e, t = m, l;
	uint32_t gaz = e->gaz, eid = e->id;
	struct zp_buf id = ZP_BUF_INIT;
	int32_t q;

	if (t + 1 < x->n && x->c[t] == '.' && is_digit(x->c[t - 1]) &&
	    is_digit(x->c[t + 1])) {
		for (t++; t < x->n && is_digit(x->c[t]); t++)
			;
		/* A number (3.25亿) or a unit (V3.5GB) is no version. */
		if (t < x->n &&
		    (is_alnum(x->c[t]) || x->c[t] == '.' || x->c[t] == '%' ||
		        prod_counter_after(x->c[t])))
			return;
	} else if ((l = kind_word(x, t)) > 0) {
		if (!span_free(x, m, m + l))
			return;
		ent_kill(x, k);
		ent_add(x, s, m + l, ZP_ET_PRODUCT, SRC_RULE, gaz, eid);
		return;
	} else {
		t = prod_model_tail(x, t);
	}
	if (t == m || !span_free(x, m, t))
		return;
	/*
	 * The id grows by the words after the name when it ends as the name
	 * does (DeepSeek-V3 + .2); an id in other words (ChatGLM for GLM-4)
	 * gives way to the text.
	 */
	l = strlen(ent_id(x, e));
	if (l > 0 && ent_id(x, e)[l - 1] == (char)x->s[x->boff[m] - 1])
		zp_buf_puts(&id, ent_id(x, e));
	else
		zp_buf_put(&id, x->s + x->boff[s], x->boff[m] - x->boff[s]);
	zp_buf_put(&id, x->s + x->boff[m], x->boff[t] - x->boff[m]);
	ent_kill(x, k);
	q = ent_add(x, s, t, ZP_ET_PRODUCT, SRC_RULE, NONE, NONE);
	x->ent[q].id = ent_put_id(x, id.p, id.len);
	zp_buf_free(&id);
}

/* Words of cars in a sentence: a BYD series named alone is a car there. */
static const char *const car_cues[] = { "车型", "小型车", "乘用车", "新能源车",
	"电动车", "轿车", "SUV", "比亚迪", "续航", "新车", "车企", "整车",
	"车主", "交付" };

/*
 * BYD's ocean series (海豹, 海鸥) named alone, in a sentence about cars:
 * 秦PLUS与海鸥仍是主力, 海鸥等小型车.  The one-character series (汉, 秦)
 * stay with BYD's name or model words, being words of every text.
 */
static void
lone_series(struct zp_entities *x)
{
	size_t l, lo, hi;
	int q;

	/* At the marks of prod_mark_cues, which hold every 海. */
	for (size_t i = next_cand(x, 0); i + 1 < x->n;
	     i = next_cand(x, i + 1)) {
		if (x->c[i] != 0x6D77 /* 海 */ ||
		    (q = prod_series_at(x, i, &l)) < 0 || l != 2 ||
		    !span_free(x, i, i + 2) ||
		    (i + 2 < x->n && is_alnum(x->c[i + 2])))
			continue;
		clause_of(x, i, i + 2, 40, 40, false, &lo, &hi);
		if (word_within(x, lo, hi, i, i + 2, car_cues, NELEM(car_cues)))
			prod_add_series(x, i, i + 2, i + 2, q);
	}
}

/*
 * Car models named in words, which are common words alone (大狗, 蓝山,
 * 梦想家): a model only right after its marque's name (哈弗大狗,
 * 岚图梦想家).
 */
#define MARQUE_WORDS 6
static const struct {
	const char *marque, *w[MARQUE_WORDS];
} marque_models[] = {
	{ "岚图", { "梦想家", "追光", "知音", "泰山" } },
	{ "魏牌", { "蓝山", "高山", "摩卡", "拿铁" } },
	{ "哈弗", { "大狗", "猛龙", "酷狗", "神兽", "初恋", "赤兔" } },
	{ "宝骏", { "悦也", "云朵", "云海", "享境" } },
	{ "五菱", { "宏光", "星辰", "凯捷", "佳辰" } },
	{ "Geely", { "星愿", "缤瑞", "嘉际", "远景" } },
	{ "捷途", { "旅行者", "大圣", "纵横" } },
	{ "奇瑞", { "小蚂蚁", "大蚂蚁" } },
};

static struct ent_firsts model_firsts;

static void
marque_model(struct zp_entities *x, int32_t k)
{
	size_t t = x->ent[k].e, l, nw;
	const char *id;

	/* No model of any marque starts at t: the marque is not looked up. */
	if (t >= x->n || !is_han(x->c[t]) ||
	    !ent_firsts_may(&model_firsts, x, t))
		return;
	id = ent_id(x, &x->ent[k]);
	for (size_t q = 0; q < NELEM(marque_models); q++) {
		if (strcmp(id, marque_models[q].marque) != 0)
			continue;
		for (nw = 0;
		     nw < MARQUE_WORDS && marque_models[q].w[nw] != NULL; nw++)
			;
		if (prod_word_at(x, t, marque_models[q].w, nw, &l) &&
		    span_free(x, t, t + l))
			prod_add(x, t, t + l, id, t, t + l, NULL);
		return;
	}
}

void
ent_pass_product_words(struct zp_entities *x)
{
	size_t ne = x->nent;

	for (size_t k = 0; k < ne; k++) {
		int32_t q = (int32_t)k;
		const struct ent *e = &x->ent[q];

		if (e->dead)
			continue;
		if (e->type == ZP_ET_PRODUCT) {
			if (e->src != SRC_GAZ)
				continue;
			if (in_idiom(x, e->s, e->e) ||
			    read_as_words(x, e->s, e->e)) {
				ent_kill(x, q);
				continue;
			}
			common_product(x, q);
			if (!x->ent[q].dead)
				extend_listed(x, q);
			continue;
		}
		if (e->type != ZP_ET_ORG || prod_category_product(x, q) ||
		    platform_use(x, q))
			continue;
		if (in_cs(cs_brand, x->c[x->ent[q].s])) {
			brand_goods(x, q);
			if (x->ent[q].dead)
				continue;
		}
		if (commodity_futures(x, q))
			continue;
		fruit(x, q);
		if (!x->ent[q].dead) {
			prod_series_after_maker(x, q);
			marque_model(x, q);
		}
	}
	prod_mark_cues(x);
	lone_series(x);
	prod_cued_names(x);
}

void
prod_words_init(void)
{
	ent_firsts_init(&platform_firsts, platform_names, NELEM(platform_names),
	    sizeof(*platform_names), 0);
	word_keys(platform_keys, platform_names, NELEM(platform_names));
	word_keys(goods_keys, goods_brands, NELEM(goods_brands));
	prod_cues_init();
	for (size_t q = 0; q < NELEM(marque_models); q++)
		for (size_t w = 0;
		     w < MARQUE_WORDS && marque_models[q].w[w] != NULL; w++)
			ent_firsts_add(&model_firsts, marque_models[q].w[w]);
	cs_brand = ent_cset_get("五汾茅泸青燕农娃片云剑郎舍水酒洋今口习西迎珍董"
	                        "百嘉珠重康元香伊蒙君飞李老涪东汤卫洽旺马古喜");
}
