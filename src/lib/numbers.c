/*
 * numbers -- the figure finder behind extract-numbers.
 *
 * The text is decoded once into code points.  The scanner stops only at
 * characters that can start a numeral (digits, 十, 廿, 数, 几, 亿...) and
 * looks around them with small longest-match tables: backwards for a sign,
 * 第, 百分之, a currency prefix, hedges and change verbs; forwards for scale
 * words, units, a range's second end and trailing hedges.  Each numeral run
 * is parsed once and skipped as a whole, whatever the verdict, so a run of
 * 10,000 digits or of 100,000 万 costs linear time.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/cnum.h"
#include "zhpipe/numbers.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

/* ---------------------------------------------------------------------- */
/* Longest-match tables keyed on the first (or, reversed, the last) code
 * point. */

#define LEX_MAXW 12
#define LEX_HASH 4096

struct lent {
	uint32_t cp[LEX_MAXW];
	uint8_t n;
	uint8_t cls;
	int8_t exp;
	const char *code; /* ISO code, label, or the surface text */
	int next;
};

struct lex {
	struct lent *e;
	size_t n, cap;
	int head[LEX_HASH];
	uint8_t key[0x10000 / 8]; /* BMP keys present, a quick filter */
	bool rev;                 /* match text ending at a position */
	bool init;
	bool key2; /* hashed on two code points (entries >= 2) */
};

static void
lex_init(struct lex *l, bool rev)
{
	memset(l, 0, sizeof *l);
	for (size_t i = 0; i < LEX_HASH; i++)
		l->head[i] = -1;
	l->rev = rev;
	l->init = true;
}

static void
lex_free(struct lex *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->e[i].cls == 255)
			free((char *)l->e[i].code);
	free(l->e);
	l->e = NULL;
	l->n = l->cap = 0;
}

/* Adds s (UTF-8); words longer than LEX_MAXW code points are ignored. */
static void
lex_addn(struct lex *l, const char *s, size_t len, int cls, int exp,
    const char *code)
{
	struct lent e;
	size_t i = 0, k;

	memset(&e, 0, sizeof e);
	while (i < len) {
		size_t cl;
		int32_t c = zp_utf8_decode(s + i, len - i, &cl);

		if (c < 0 || e.n == LEX_MAXW)
			return;
		e.cp[e.n++] = (uint32_t)c;
		i += cl;
	}
	if (e.n == 0)
		return;
	e.cls = (uint8_t)cls;
	e.exp = (int8_t)exp;
	e.code = code;
	if (l->key2 && e.n < 2)
		return;
	k = (l->rev ? e.cp[e.n - 1] : e.cp[0]);
	if (k < 0x10000)
		l->key[k >> 3] |= (uint8_t)(1u << (k & 7));
	else
		memset(l->key, 0xFF, sizeof l->key);
	k = l->key2 ? (int)((e.cp[0] * 31u + e.cp[1]) % LEX_HASH) :
	              k % LEX_HASH;
	e.next = l->head[k];
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->e = zp_xreallocarray(l->e, l->cap, sizeof *l->e);
	}
	l->e[l->n] = e;
	l->head[k] = (int)l->n++;
}

static void
lex_add(struct lex *l, const char *s, int cls, int exp, const char *code)
{
	lex_addn(l, s, strlen(s), cls, exp, code);
}

/*
 * The longest entry at cp[i..n) (forward) or ending just before i
 * (reversed, within cp[lo..i)); its index, or -1.  *len gets its length.
 */
static int
lex_match(const struct lex *l, const uint32_t *cp, size_t lo, size_t n,
    size_t i, size_t *len)
{
	int best = -1;
	size_t bl = 0;

	if (l->rev) {
		if (i <= lo ||
		    (cp[i - 1] < 0x10000 &&
		        !((l->key[cp[i - 1] >> 3] >> (cp[i - 1] & 7)) & 1)))
			return -1;
		for (int k = l->head[cp[i - 1] % LEX_HASH]; k >= 0;
		     k = l->e[k].next) {
			const struct lent *e = &l->e[k];
			size_t j;

			if (e->n > i - lo || e->n <= bl)
				continue;
			for (j = 0; j < e->n; j++)
				if (cp[i - e->n + j] != e->cp[j])
					break;
			if (j == e->n) {
				best = k;
				bl = e->n;
			}
		}
	} else {
		unsigned h;

		if (i >= n ||
		    (cp[i] < 0x10000 &&
		        !((l->key[cp[i] >> 3] >> (cp[i] & 7)) & 1)))
			return -1;
		if (l->key2 && i + 1 >= n)
			return -1;
		/* A two-character key keeps the 一... chain short. */
		h = l->key2 ? (cp[i] * 31u + cp[i + 1]) % LEX_HASH :
		              cp[i] % LEX_HASH;
		for (int k = l->head[h]; k >= 0; k = l->e[k].next) {
			const struct lent *e = &l->e[k];
			size_t j;

			if (e->n > n - i || e->n <= bl)
				continue;
			for (j = 0; j < e->n; j++)
				if (cp[i + j] != e->cp[j])
					break;
			if (j == e->n) {
				best = k;
				bl = e->n;
			}
		}
	}
	*len = bl;
	return best;
}

/* ---------------------------------------------------------------------- */
/* The tables. */

enum ucls {
	U_NONE,
	U_CUR,      /* money; exp scales the amount (美分 -2) */
	U_PCT,      /* % */
	U_PERMILLE, /* ‰, stored as % */
	U_PP,       /* 个百分点 */
	U_BP,       /* 基点 */
	U_CHENG,    /* 成 = 10 % */
	U_BEI,      /* 倍 */
	U_FAN,      /* 番 (after 翻) */
	U_COUNT,    /* classifiers */
	U_QTY,      /* measures */
	U_QTYLATIN, /* measures in Latin letters: need a word boundary */
	U_DUR,      /* durations */
	U_YEAR,     /* 年, 年度 */
	U_FY,       /* 财年 */
	U_MONTH,    /* 月, 月份 */
	U_DAY,      /* 日, 号 */
	U_QUARTER,  /* 季度, 财季, 季 */
	U_DA,       /* 两大, 四大 */
	U_ZHE       /* 折: a discount, 九折 = 90 % */
};

enum hcls {
	H_APPROX = 1,
	H_LOWER,
	H_UPPER,
	H_NEAR,  /* 近: upper, or "recent" before a period */
	H_FILLER /* 达, 高达, 了: no hedge, skipped looking for a verb */
};

enum vcls { V_UP = 1, V_DOWN, V_LEVEL, V_YOY, V_QOQ };

static const char *const currencies[][2] = {
	{ "元", "CNY" },
	{ "圆", "CNY" },
	{ "块钱", "CNY" },
	{ "人民币", "CNY" },
	{ "元人民币", "CNY" },
	{ "人民币元", "CNY" },
	{ "美元", "USD" },
	{ "美金", "USD" },
	{ "美圆", "USD" },
	{ "港元", "HKD" },
	{ "港币", "HKD" },
	{ "港幣", "HKD" },
	{ "港圆", "HKD" },
	{ "日元", "JPY" },
	{ "日圆", "JPY" },
	{ "日币", "JPY" },
	{ "日圓", "JPY" },
	{ "韩元", "KRW" },
	{ "韓元", "KRW" },
	{ "韩币", "KRW" },
	{ "韓圜", "KRW" },
	{ "欧元", "EUR" },
	{ "歐元", "EUR" },
	{ "英镑", "GBP" },
	{ "英鎊", "GBP" },
	{ "新台币", "TWD" },
	{ "新台幣", "TWD" },
	{ "台币", "TWD" },
	{ "台幣", "TWD" },
	{ "卢布", "RUB" },
	{ "盧布", "RUB" },
	{ "令吉", "MYR" },
	{ "马币", "MYR" },
	{ "澳元", "AUD" },
	{ "澳币", "AUD" },
	{ "加元", "CAD" },
	{ "加币", "CAD" },
	{ "瑞士法郎", "CHF" },
	{ "瑞郎", "CHF" },
	{ "印度卢比", "INR" },
	{ "卢比", "INR" },
	{ "泰铢", "THB" },
	{ "新加坡元", "SGD" },
	{ "新元", "SGD" },
	{ "新币", "SGD" },
	{ "越南盾", "VND" },
	{ "印尼盾", "IDR" },
	{ "菲律宾比索", "PHP" },
	{ "墨西哥比索", "MXN" },
	{ "雷亚尔", "BRL" },
	{ "兰特", "ZAR" },
	{ "里拉", "TRY" },
	{ "新西兰元", "NZD" },
	{ "纽元", "NZD" },
	{ "澳门元", "MOP" },
	{ "澳门币", "MOP" },
	{ "瑞典克朗", "SEK" },
	{ "挪威克朗", "NOK" },
	{ "丹麦克朗", "DKK" },
	{ "沙特里亚尔", "SAR" },
	{ "迪拉姆", "AED" },
	{ "奈拉", "NGN" },
	{ "兹罗提", "PLN" },
	{ "林吉特", "MYR" },
	{ "披索", "PHP" },
};

static const char *const subunits[][2] = {
	{ "美分", "USD" },
	{ "美仙", "USD" },
	{ "港仙", "HKD" },
};

static const char *const prefixes[][2] = {
	{ "人民币", "CNY" },
	{ "RMB", "CNY" },
	{ "US$", "USD" },
	{ "$", "USD" },
	{ "＄", "USD" },
	{ "¥", "CNY" },
	{ "￥", "CNY" },
	{ "HK$", "HKD" },
	{ "NT$", "TWD" },
	{ "€", "EUR" },
	{ "£", "GBP" },
	{ "港币", "HKD" },
	{ "新台币", "TWD" },
	{ "美元", "USD" },
	{ "日元", "JPY" },
	{ "韩元", "KRW" },
	{ "欧元", "EUR" },
};

static const char *const counts[] = {
	"家",
	"支",
	"颗",
	"顆",
	"张",
	"張",
	"轮",
	"輪",
	"条",
	"條",
	"个",
	"個",
	"台",
	"辆",
	"輛",
	"人",
	"名",
	"股",
	"片",
	"头",
	"頭",
	"宗",
	"只",
	"隻",
	"核",
	"座",
	"笔",
	"筆",
	"位",
	"项",
	"項",
	"户",
	"戶",
	"款",
	"次",
	"件",
	"部",
	"架",
	"艘",
	"套",
	"份",
	"所",
	"种",
	"種",
	"类",
	"類",
	"批",
	"届",
	"屆",
	"场",
	"場",
	"篇",
	"层",
	"層",
	"例",
	"枚",
	"根",
	"栋",
	"棟",
	"间",
	"間",
	"组",
	"組",
	"票",
	"岁",
	"歲",
	"人次",
	"家次",
	"起",
	"单",
	"席",
	"瓶",
	"箱",
	"袋",
	"盒",
	"代",
	"章",
	"节",
	"期",
	"级",
	"級",
	"手",
	"台次",
	"架次",
	"辆次",
	"粒",
	"双",
	"雙",
	"对",
	"對",
	"副",
	"块",
	"塊",
};

static const char *const quantities[] = {
	"纳米",
	"奈米",
	"微米",
	"毫米",
	"厘米",
	"公分",
	"米",
	"千米",
	"公里",
	"英里",
	"英尺",
	"英寸",
	"寸",
	"吋",
	"平方米",
	"平米",
	"平方公里",
	"平方英尺",
	"亩",
	"公顷",
	"吨",
	"噸",
	"千克",
	"公斤",
	"克",
	"毫克",
	"微克",
	"斤",
	"磅",
	"盎司",
	"桶",
	"升",
	"毫升",
	"立方米",
	"瓦",
	"千瓦",
	"兆瓦",
	"吉瓦",
	"太瓦",
	"瓦时",
	"千瓦时",
	"兆瓦时",
	"吉瓦时",
	"太瓦时",
	"度电",
	"赫兹",
	"兆赫",
	"千兆赫",
	"字节",
	"比特",
	"点",
	"點",
	"马力",
	"像素",
	"摄氏度",
	"℃",
	"个点",
	"個點",
	"标准箱",
	"千卡",
	"大卡",
	"兆赫兹",
	"千兆赫",
	"兆字节",
	"千字节",
	"千比特",
	"兆比特",
	"吉字节",
	"太字节",
	"千瓦时",
	"百万吨",
	"千公里",
	"兆焦",
	"两",
	"兩",
};

static const char *const latin_units[] = {
	"nm",
	"mm",
	"cm",
	"km",
	"kg",
	"CM",
	"KM",
	"KG",
	"Kg",
	"W",
	"kW",
	"KW",
	"MW",
	"GW",
	"TW",
	"Wh",
	"kWh",
	"KWh",
	"MWh",
	"GWh",
	"TWh",
	"GB",
	"TB",
	"MB",
	"PB",
	"KB",
	"EB",
	"Gb",
	"Tb",
	"Gbps",
	"Mbps",
	"GHz",
	"MHz",
	"Hz",
	"mAh",
	"nits",
	"TOPS",
	"TFLOPS",
	"PFLOPS",
	"EFLOPS",
	"fps",
};

static const char *const durations[] = {
	"个月",
	"個月",
	"个季度",
	"個季度",
	"天",
	"周",
	"星期",
	"小时",
	"小時",
	"个小时",
	"個小時",
	"分钟",
	"分鐘",
	"秒",
	"秒钟",
	"个交易日",
	"个工作日",
	"交易日",
	"工作日",
	"周年",
	"年间",
};

static const char *const hedges_before[][2] = {
	{ "约", "a" },
	{ "约合", "a" },
	{ "约为", "a" },
	{ "大约", "a" },
	{ "大概", "a" },
	{ "约莫", "a" },
	{ "約", "a" },
	{ "約合", "a" },
	{ "大約", "a" },
	{ "大致", "a" },
	{ "预计约", "a" },
	{ "超", "l" },
	{ "超过", "l" },
	{ "超過", "l" },
	{ "逾", "l" },
	{ "至少", "l" },
	{ "不低于", "l" },
	{ "不少于", "l" },
	{ "突破", "l" },
	{ "冲破", "l" },
	{ "衝破", "l" },
	{ "最少", "l" },
	{ "起码", "l" },
	{ "超出", "l" },
	{ "不止", "l" },
	{ "近", "n" },
	{ "接近", "u" },
	{ "将近", "u" },
	{ "逼近", "u" },
	{ "不足", "u" },
	{ "不到", "u" },
	{ "多达", "u" },
	{ "最多", "u" },
	{ "不超过", "u" },
	{ "低于", "u" },
	{ "少于", "u" },
	{ "未满", "u" },
	{ "最高", "u" },
	{ "至多", "u" },
	{ "小于", "u" },
	{ "不大于", "u" },
	{ "小于等于", "u" },
	{ "大于", "l" },
	{ "不小于", "l" },
	{ "大于等于", "l" },
	{ "多于", "l" },
	{ "高于", "l" },
	{ "不高于", "u" },
	{ "不多于", "u" },
	{ "达", "f" },
	{ "达到", "f" },
	{ "高达", "f" },
	{ "了", "f" },
	{ "为", "f" },
	{ "仅", "f" },
	{ "仅为", "f" },
	{ "只有", "f" },
	{ "已", "f" },
	{ "共", "f" },
	{ "共计", "f" },
	{ "合计", "f" },
	{ "总计", "f" },
	{ "累计", "f" },
	{ "分别", "f" },
	{ "又", "f" },
	{ "均", "f" },
	{ "亦", "f" },
	{ "也", "f" },
	{ "再", "f" },
	{ "是", "f" },
	{ "在", "f" },
	{ "达到了", "f" },
	{ "錄得", "f" },
	{ "录得", "f" },
	{ "逾", "l" },
	{ "再度", "f" },
	{ "一度", "f" },
	{ " ", "f" },
	{ "将", "f" },
	{ "将会", "f" },
	{ "为期", "f" },
	{ "有", "f" },
	{ "≥", "l" },
	{ "＞", "l" },
	{ ">", "l" },
	{ "≤", "u" },
	{ "＜", "u" },
	{ "<", "u" },
	{ ">=", "l" },
	{ "<=", "u" },
	/* 大于或等于 5%, 小于 或 等于 100, > = 100: the comparison word
	 * decides; 等于 and 或 alone are only passed over. */
	{ "等于", "f" },
	{ "或", "f" },
	{ "或者", "f" },
	{ "=", "f" },
};

static const char *const hedges_after[][2] = {
	{ "左右", "a" },
	{ "上下", "a" },
	{ "以上", "l" },
	{ "或以上", "l" },
	{ "之上", "l" },
	{ "以下", "u" },
	{ "之下", "u" },
	{ "以内", "u" },
	{ "之内", "u" },
	{ "多", "l" },
	{ "余", "l" },
	{ "有余", "l" },
	{ "出头", "l" },
	{ "开外", "l" },
	{ "上方", "l" },
	{ "餘", "l" },
	{ "左右的", "a" },
	{ "或者以上", "l" },
	{ "或更多", "l" },
	{ "或者更多", "l" },
	{ "以下的", "u" },
};

static const char *const verbs[][2] = {
	{ "增长", "u" },
	{ "增長", "u" },
	{ "上升", "u" },
	{ "上涨", "u" },
	{ "涨", "u" },
	{ "累涨", "u" },
	{ "反弹", "u" },
	{ "升", "u" },
	{ "增加", "u" },
	{ "提升", "u" },
	{ "提高", "u" },
	{ "上调", "u" },
	{ "大增", "u" },
	{ "激增", "u" },
	{ "跳增", "u" },
	{ "暴涨", "u" },
	{ "大涨", "u" },
	{ "增", "u" },
	{ "扩大", "u" },
	{ "攀升", "u" },
	{ "走高", "u" },
	{ "飙升", "u" },
	{ "猛增", "u" },
	{ "翻", "u" },
	{ "增幅", "u" },
	{ "涨幅", "u" },
	{ "升幅", "u" },
	{ "增速", "u" },
	{ "增长率", "u" },
	{ "季增", "u" },
	{ "年增", "u" },
	{ "高出", "u" },
	{ "多增", "u" },
	{ "劲升", "u" },
	{ "急升", "u" },
	{ "上扬", "u" },
	{ "下降", "d" },
	{ "下跌", "d" },
	{ "跌", "d" },
	{ "暴跌", "d" },
	{ "大跌", "d" },
	{ "下滑", "d" },
	{ "减少", "d" },
	{ "收窄", "d" },
	{ "降低", "d" },
	{ "下调", "d" },
	{ "减", "d" },
	{ "季减", "d" },
	{ "年减", "d" },
	{ "缩减", "d" },
	{ "缩水", "d" },
	{ "回落", "d" },
	{ "下挫", "d" },
	{ "萎缩", "d" },
	{ "降", "d" },
	{ "跌幅", "d" },
	{ "降幅", "d" },
	{ "减幅", "d" },
	{ "蒸发", "d" },
	{ "跳水", "d" },
	{ "重挫", "d" },
	{ "大减", "d" },
	{ "锐减", "d" },
	{ "骤降", "d" },
	{ "下降了", "d" },
	{ "至", "=" },
	{ "到", "=" },
	{ "达至", "=" },
};

static const char *const bases[][2] = {
	{ "同比", "y" },
	{ "按年", "y" },
	{ "较上年同期", "y" },
	{ "较去年同期", "y" },
	{ "与上年同期", "y" },
	{ "与去年同期", "y" },
	{ "比上年同期", "y" },
	{ "比去年同期", "y" },
	{ "年增", "y" },
	{ "年减", "y" },
	{ "按年计", "y" },
	{ "较上年", "y" },
	{ "环比", "q" },
	{ "按季", "q" },
	{ "较上季", "q" },
	{ "较上一季度", "q" },
	{ "季增", "q" },
	{ "季减", "q" },
	{ "较上季度", "q" },
	{ "与上一季度", "q" },
};

/* Words that begin with a numeral but are not figures. */
static const char *const lexicalized[] = {
	"一系列",
	"一些",
	"一直",
	"一般",
	"一手",
	"十分",
	"十足",
	"零售",
	"零部件",
	"零件",
	"零星",
	"零散",
	"零食",
	"零钱",
	"五金",
	"三方",
	"三率",
	"一起",
	"一定",
	"一样",
	"一切",
	"一致",
	"一旦",
	"一体",
	"一度",
	"一带一路",
	"一流",
	"一线",
	"一级",
	"一汽",
	"一二线",
	"五角大楼",
	"一对一",
	"二手",
	"一次性",
	"一揽子",
	"一部分",
	"一大批",
	"一点",
	"一下",
	"一行",
	"一方面",
	"一同",
	"一并",
	"一向",
	"一再",
	"一举",
	"一律",
	"一贯",
	"一味",
	"一共",
	"一口气",
	"一时",
	"一面",
	"一步",
	"一边",
	"一道",
	"一番",
	"一阵",
	"一概",
	"一带",
	"一心",
	"一身",
	"一如",
	"一经",
	"一期",
	"二期",
	"三期",
	"四期",
	"一站式",
	"两岸",
	"两会",
	"两者",
	"两地",
	"三农",
	"五一",
	"十一五",
	"十二五",
	"十三五",
	"十四五",
	"十五五",
	"一号",
	"一把手",
	"一环",
	"二线",
	"三线",
	"第一时间",
	"九成九",
	"一刀切",
	"七成新",
	"百分百",
	"十全十美",
	"一模一样",
	"一手资料",
	"二级市场",
	"一级市场",
	"三元",
	"一元化",
	"多元",
	"三维",
	"二维",
	"一字",
	"三角",
	"四方",
	"八方",
	"万一",
	"一门",
	"一成不变",
	"一往",
	"零距离",
	"零容忍",
	"一面倒",
	"两难",
	"三番",
	"两极",
	"一丝",
	"一毛",
	"零和",
	"一众",
	"一家独大",
};

static const char *const metrics_builtin[] = {
	"营收",
	"营业收入",
	"收入",
	"总收入",
	"销售额",
	"销售收入",
	"营业额",
	"营业利润",
	"经营利润",
	"运营利润",
	"营利",
	"净利润",
	"净利",
	"归母净利润",
	"归母净利",
	"扣非净利润",
	"扣非后归母净利润",
	"毛利",
	"毛利率",
	"净利率",
	"营业利润率",
	"运营利润率",
	"每股收益",
	"资本支出",
	"融资",
	"出货量",
	"销量",
	"市值",
	"估值",
	"利润",
	"亏损",
	"营业亏损",
	"净亏损",
	"现金流",
	"自由现金流",
	"股息",
	"派息",
	"订单",
	"研发投入",
	"研发费用",
	"总资产",
	"负债",
	"市场份额",
	"市占率",
	"产能",
	"投资",
	"募资",
	"拨款",
	"补贴",
	"成本",
};

struct ment {
	size_t s, e;
	uint8_t kind;
	uint8_t vmode;         /* 0 none, 1 value, 2 null, 3 range */
	size_t v0, v1, m0, m1; /* value or min, and max, in z->vals */
	char unit[48];
	bool approx;
	char bound, change, basis;
	char date[64];
	char period[64];
	int metric;  /* index into the metric table, or -1 */
	int subject; /* entity index, or -1 */
	const char *note;
	uint8_t ucls;
	bool bare;
	bool defcur; /* CNY only because 元 was written alone */
};

struct anchor {
	size_t s, e;
	char label[64];
	bool year; /* a bare year: joins a following quarter */
};

struct occ {
	size_t s, e;
	int idx;
};

/* Bits of zp_numbers.cls. */
enum {
	C_START = 1,   /* may start a figure (digit, numeral, 数 几) */
	C_CLAUSE = 2,  /* ends a clause */
	C_SENT = 4,    /* ends a sentence */
	C_PERIODW = 8, /* first character of a period word */
	C_REL1 = 16,   /* before 一, makes it relative (同一, 第一) */
	C_URL = 32,    /* h w H W @: maybe a URL or address */
	C_METRIC = 64  /* first character of a metric term */
};

struct zp_numbers {
	char **owned; /* strings the tables point to */
	size_t nowned;
	struct lex units, prefix, hedge_b, hedge_a, verbs, bases, lexical,
	    metrics, relyear;
	uint32_t *cp;
	size_t *boff;
	size_t cap;
	struct ment *m;
	size_t nm, mcap;
	struct anchor *an;
	size_t nan, ancap;
	struct occ *oc;
	size_t noc, occap;
	size_t *clause, *sent; /* boundary positions (after the mark) */
	size_t nclause, nsent, ccap, scap;
	struct zp_buf vals;
	struct zp_cnum a, b;
	struct zp_dec x, y;
	const struct zp_nctx *ctx;
	size_t n;
	/*
	 * One byte of C_* bits per BMP code point, so the per-character
	 * passes test a single load instead of a chain of comparisons.
	 */
	uint8_t cls[0x10000];
	uint8_t *pc;        /* cls of each cp[i] (0 beyond the BMP) */
	size_t metric_bits; /* metrics.n when C_METRIC was last set */
};

static void
add_table(struct lex *l, const char *const (*t)[2], size_t n,
    int (*cls)(const char *))
{
	for (size_t i = 0; i < n; i++)
		lex_add(l, t[i][0], cls(t[i][1]), 0, t[i][1]);
}

static int
hcls_of(const char *c)
{
	switch (c[0]) {
	case 'a':
		return H_APPROX;
	case 'l':
		return H_LOWER;
	case 'u':
		return H_UPPER;
	case 'n':
		return H_NEAR;
	default:
		return H_FILLER;
	}
}

static int
vcls_of(const char *c)
{
	switch (c[0]) {
	case 'u':
		return V_UP;
	case 'd':
		return V_DOWN;
	case 'y':
		return V_YOY;
	case 'q':
		return V_QOQ;
	default:
		return V_LEVEL;
	}
}

static void build_classes(struct zp_numbers *);

struct zp_numbers *
zp_numbers_new(void)
{
	struct zp_numbers *z = zp_xcalloc(1, sizeof *z);
	size_t i;

	lex_init(&z->units, false);
	lex_init(&z->prefix, true);
	lex_init(&z->hedge_b, true);
	lex_init(&z->hedge_a, false);
	lex_init(&z->verbs, true);
	lex_init(&z->bases, false);
	lex_init(&z->lexical, false);
	z->lexical.key2 = true;
	lex_init(&z->metrics, false);
	lex_init(&z->relyear, true);
	for (i = 0; i < sizeof currencies / sizeof *currencies; i++)
		lex_add(
		    &z->units, currencies[i][0], U_CUR, 0, currencies[i][1]);
	for (i = 0; i < sizeof subunits / sizeof *subunits; i++)
		lex_add(&z->units, subunits[i][0], U_CUR, -2, subunits[i][1]);
	for (i = 0; i < sizeof counts / sizeof *counts; i++)
		lex_add(&z->units, counts[i], U_COUNT, 0, counts[i]);
	for (i = 0; i < sizeof quantities / sizeof *quantities; i++)
		lex_add(&z->units, quantities[i], U_QTY, 0, quantities[i]);
	for (i = 0; i < sizeof latin_units / sizeof *latin_units; i++)
		lex_add(
		    &z->units, latin_units[i], U_QTYLATIN, 0, latin_units[i]);
	for (i = 0; i < sizeof durations / sizeof *durations; i++)
		lex_add(&z->units, durations[i], U_DUR, 0, durations[i]);
	lex_add(&z->units, "%", U_PCT, 0, "%");
	lex_add(&z->units, "％", U_PCT, 0, "%");
	lex_add(&z->units, "‰", U_PERMILLE, 0, "%");
	lex_add(&z->units, "个百分点", U_PP, 0, "pp");
	lex_add(&z->units, "個百分點", U_PP, 0, "pp");
	lex_add(&z->units, "百分点", U_PP, 0, "pp");
	lex_add(&z->units, "百分點", U_PP, 0, "pp");
	lex_add(&z->units, "个基点", U_BP, 0, "bp");
	lex_add(&z->units, "個基點", U_BP, 0, "bp");
	lex_add(&z->units, "基点", U_BP, 0, "bp");
	lex_add(&z->units, "基點", U_BP, 0, "bp");
	lex_add(&z->units, "bp", U_BP, 0, "bp");
	lex_add(&z->units, "bps", U_BP, 0, "bp");
	lex_add(&z->units, "pp", U_PP, 0, "pp");
	lex_add(&z->units, "成", U_CHENG, 0, "%");
	lex_add(&z->units, "折", U_ZHE, 0, "%");
	lex_add(&z->units, "倍", U_BEI, 0, "倍");
	lex_add(&z->units, "番", U_FAN, 0, "番");
	lex_add(&z->units, "年", U_YEAR, 0, "年");
	lex_add(&z->units, "年度", U_YEAR, 0, "年");
	lex_add(&z->units, "财年", U_FY, 0, "财年");
	lex_add(&z->units, "財年", U_FY, 0, "财年");
	lex_add(&z->units, "财年度", U_FY, 0, "财年");
	lex_add(&z->units, "会计年度", U_FY, 0, "财年");
	lex_add(&z->units, "月", U_MONTH, 0, "月");
	lex_add(&z->units, "月份", U_MONTH, 0, "月");
	lex_add(&z->units, "日", U_DAY, 0, "日");
	lex_add(&z->units, "号", U_DAY, 0, "号");
	lex_add(&z->units, "號", U_DAY, 0, "号");
	lex_add(&z->units, "季度", U_QUARTER, 0, "季度");
	lex_add(&z->units, "财季", U_QUARTER, 0, "财季");
	lex_add(&z->units, "財季", U_QUARTER, 0, "财季");
	lex_add(&z->units, "季", U_QUARTER, 0, "季");
	lex_add(&z->units, "大", U_DA, 0, "");
	for (i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
		lex_add(&z->prefix, prefixes[i][0], U_CUR, 0, prefixes[i][1]);
	add_table(&z->hedge_b, hedges_before,
	    sizeof hedges_before / sizeof *hedges_before, hcls_of);
	add_table(&z->hedge_a, hedges_after,
	    sizeof hedges_after / sizeof *hedges_after, hcls_of);
	add_table(&z->verbs, verbs, sizeof verbs / sizeof *verbs, vcls_of);
	add_table(&z->bases, bases, sizeof bases / sizeof *bases, vcls_of);
	for (i = 0; i < sizeof lexicalized / sizeof *lexicalized; i++)
		lex_add(&z->lexical, lexicalized[i], 1, 0, NULL);
	for (i = 0; i < sizeof metrics_builtin / sizeof *metrics_builtin; i++)
		zp_numbers_add_metric(
		    z, metrics_builtin[i], strlen(metrics_builtin[i]));
	lex_add(&z->relyear, "去年", 1, -1, NULL);
	lex_add(&z->relyear, "上年", 1, -1, NULL);
	lex_add(&z->relyear, "今年", 1, 0, NULL);
	lex_add(&z->relyear, "本年", 1, 0, NULL);
	lex_add(&z->relyear, "明年", 1, 1, NULL);
	lex_add(&z->relyear, "前年", 1, -2, NULL);
	lex_add(&z->relyear, "去年的", 1, -1, NULL);
	lex_add(&z->relyear, "今年的", 1, 0, NULL);
	build_classes(z);
	return z;
}

void
zp_numbers_free(struct zp_numbers *z)
{
	if (z == NULL)
		return;
	lex_free(&z->units);
	lex_free(&z->prefix);
	lex_free(&z->hedge_b);
	lex_free(&z->hedge_a);
	lex_free(&z->verbs);
	lex_free(&z->bases);
	lex_free(&z->lexical);
	lex_free(&z->metrics);
	lex_free(&z->relyear);
	for (size_t i = 0; i < z->nowned; i++)
		free(z->owned[i]);
	free(z->owned);
	free(z->cp);
	free(z->boff);
	free(z->pc);
	free(z->m);
	free(z->an);
	free(z->oc);
	free(z->clause);
	free(z->sent);
	zp_buf_free(&z->vals);
	zp_cnum_free(&z->a);
	zp_cnum_free(&z->b);
	zp_dec_free(&z->x);
	zp_dec_free(&z->y);
	free(z);
}

void
zp_numbers_add_metric(struct zp_numbers *z, const char *s, size_t n)
{
	char *copy = zp_xmemdup(s, n);

	/* cls 255 marks an owned code string for lex_free. */
	lex_addn(&z->metrics, copy, n, 255, 0, copy);
	if (z->metrics.n == 0 || z->metrics.e[z->metrics.n - 1].code != copy)
		free(copy);
}

static char *
own(struct zp_numbers *z, const char *s, size_t n)
{
	char *c = zp_xmemdup(s, n);

	z->owned = zp_xreallocarray(z->owned, z->nowned + 1, sizeof *z->owned);
	z->owned[z->nowned++] = c;
	return c;
}

int
zp_numbers_load_currencies(
    struct zp_numbers *z, const char *path, char *err, size_t errsize)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	unsigned long lineno = 0;
	int rc = 0;

	if (f == NULL) {
		snprintf(err, errsize, "%s", strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		char *c1, *c2, *word, *code;
		int exp = 0;

		lineno++;
		while (
		    len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		c1 = strchr(line, ',');
		if (c1 == NULL || c1 == line ||
		    !zp_utf8_valid(line, (size_t)len)) {
			snprintf(err, errsize, "line %lu: want WORD,CODE[,EXP]",
			    lineno);
			rc = -1;
			break;
		}
		c2 = strchr(c1 + 1, ',');
		if (c2 != NULL) {
			char *end;
			long v = strtol(c2 + 1, &end, 10);

			if (*end != '\0' || v < -4 || v > 4) {
				snprintf(err, errsize,
				    "line %lu: EXP must be -4..4", lineno);
				rc = -1;
				break;
			}
			exp = (int)v;
		}
		word = own(z, line, (size_t)(c1 - line));
		code = own(z, c1 + 1,
		    c2 != NULL ? (size_t)(c2 - c1 - 1) : strlen(c1 + 1));
		if (code[0] == '\0') {
			snprintf(err, errsize, "line %lu: empty code", lineno);
			rc = -1;
			break;
		}
		lex_add(&z->units, word, U_CUR, exp, code);
	}
	free(line);
	if (rc == 0 && ferror(f)) {
		snprintf(err, errsize, "%s", strerror(errno));
		rc = -1;
	}
	fclose(f);
	return rc;
}

int
zp_numbers_load_metrics(
    struct zp_numbers *z, const char *path, char *err, size_t errsize)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	if (f == NULL) {
		snprintf(err, errsize, "%s", strerror(errno));
		return -1;
	}
	while ((len = getline(&line, &cap, f)) > 0) {
		while (len > 0 &&
		    (line[len - 1] == '\n' || line[len - 1] == '\r' ||
		        line[len - 1] == ' ' || line[len - 1] == '\t'))
			len--;
		if (len == 0 || line[0] == '#')
			continue;
		if (!zp_utf8_valid(line, (size_t)len))
			continue;
		zp_numbers_add_metric(z, line, (size_t)len);
	}
	free(line);
	if (ferror(f)) {
		snprintf(err, errsize, "%s", strerror(errno));
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

int
zp_numbers_parse_date(const char *s, size_t n, struct zp_nctx *ctx)
{
	int y = 0, m = 0, d = 0;
	size_t i;

	if (n < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		y = y * 10 + (s[i] - '0');
	}
	if (n >= 7 && s[4] == '-' && s[5] >= '0' && s[5] <= '9' &&
	    s[6] >= '0' && s[6] <= '9') {
		m = (s[5] - '0') * 10 + (s[6] - '0');
		if (n >= 10 && s[7] == '-' && s[8] >= '0' && s[8] <= '9' &&
		    s[9] >= '0' && s[9] <= '9')
			d = (s[8] - '0') * 10 + (s[9] - '0');
	}
	if (m > 12 || d > 31)
		return -1;
	ctx->year = y;
	ctx->month = m;
	ctx->day = d;
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Character classes. */

static bool
is_latin(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

static bool
is_adigit(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static bool
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

static bool
is_cjk(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static bool
is_clause_mark(uint32_t c)
{
	return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' ||
	    c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' ||
	    c == '\n' || c == 0xFF1A || c == ':';
}

static bool
is_sent_mark(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' ||
	    c == '?' || c == '\n';
}

static bool
is_range_conn(uint32_t c)
{
	return c == 0x81F3 || c == 0x5230 || c == '-' || c == '~' ||
	    c == 0xFF5E || c == 0x2014 || c == 0x2013 || c == 0x301C ||
	    c == 0xFF0D;
}

static bool
is_minus(uint32_t c)
{
	return c == '-' || c == 0xFF0D || c == 0x2212;
}

static void
build_classes(struct zp_numbers *z)
{
	static const char rel1[] =
	    "上新前下同另每单任其某逐唯统之这那哪专划归合第万";
	static const char periodw[] = "上下全去今前明";
	size_t i, l;

	for (uint32_t c = 0; c < 0x10000; c++) {
		uint8_t k = 0;

		if (c < 0x80 ? c >= '0' && c <= '9' :
		               zp_cnum_starts(c) || c == 0x6570 ||
		            c == 0x51E0 || c == 0x4EBF || c == 0x767E ||
		            c == 0x5343 || c == 0x4E07)
			k |= C_START;
		if (is_clause_mark(c))
			k |= C_CLAUSE;
		if (is_sent_mark(c))
			k |= C_SENT;
		if (c == 'h' || c == 'w' || c == 'H' || c == 'W' || c == '@')
			k |= C_URL;
		z->cls[c] = k;
	}
	for (i = 0; rel1[i] != '\0'; i += l)
		z->cls[zp_utf8_decode(rel1 + i, sizeof rel1 - 1 - i, &l)] |=
		    C_REL1;
	for (i = 0; periodw[i] != '\0'; i += l)
		z->cls[zp_utf8_decode(
		    periodw + i, sizeof periodw - 1 - i, &l)] |= C_PERIODW;
}

/*
 * The first position from i whose class has one of bits, or z->n.  Eight
 * class bytes are tested at a time (pc is zero-padded past the text), as
 * most positions of a text start nothing.
 */
static inline size_t
next_with(const struct zp_numbers *z, size_t i, uint8_t bits)
{
	const uint64_t mask = 0x0101010101010101ull * bits;
	uint64_t w;

	while (i < z->n) {
		memcpy(&w, z->pc + i, sizeof w);
		if (w & mask)
			break;
		i += 8;
	}
	while (i < z->n && !(z->pc[i] & bits))
		i++;
	return i < z->n ? i : z->n;
}

/* ---------------------------------------------------------------------- */

static struct ment *
new_ment(struct zp_numbers *z, size_t s, size_t e, int kind)
{
	struct ment *m;

	if (z->nm == z->mcap) {
		z->mcap = z->mcap ? z->mcap * 2 : 16;
		z->m = zp_xreallocarray(z->m, z->mcap, sizeof *z->m);
	}
	m = &z->m[z->nm++];
	memset(m, 0, sizeof *m);
	m->s = s;
	m->e = e;
	m->kind = (uint8_t)kind;
	m->metric = -1;
	m->subject = -1;
	return m;
}

/*
 * A fraction with more than 308 digits before the point is not a JSON
 * number any reader takes (it overflows a double, and our own parser
 * rejects such reals), so the figure keeps its text but no value.
 * Integers of any size stay exact.
 */
static bool
beyond_double(const struct zp_dec *v)
{
	return v->exp < 0 && (int64_t)v->n + v->exp > 308;
}

static void
set_value(struct zp_numbers *z, struct ment *m, const struct zp_dec *v)
{
	if (beyond_double(v)) {
		m->vmode = 2;
		m->note = "value too large to write as a JSON number";
		return;
	}
	m->v0 = z->vals.len;
	zp_dec_format(v, &z->vals);
	m->v1 = z->vals.len;
	m->vmode = 1;
}

/* A value written into z->vals, back as a double (for ordering only). */
static double
val_num(struct zp_numbers *z, size_t v0, size_t v1)
{
	char tmp[128], *t = tmp;
	size_t l = v1 - v0;
	double d;

	/* Long fractions (0.000…1) do not fit the stack copy. */
	if (l >= sizeof tmp)
		t = zp_xmalloc(l + 1);
	memcpy(t, z->vals.p + v0, l);
	t[l] = '\0';
	d = strtod(t, NULL);
	if (t != tmp)
		free(t);
	return d;
}

static void
set_range(struct zp_numbers *z, struct ment *m, const struct zp_dec *a,
    const struct zp_dec *b)
{
	if (zp_dec_cmp(a, b) > 0) {
		const struct zp_dec *t = a;

		a = b;
		b = t;
	}
	if (beyond_double(a) || beyond_double(b)) {
		m->vmode = 2;
		m->note = "value too large to write as a JSON number";
		return;
	}
	m->v0 = z->vals.len;
	zp_dec_format(a, &z->vals);
	m->v1 = m->m0 = z->vals.len;
	zp_dec_format(b, &z->vals);
	m->m1 = z->vals.len;
	m->vmode = 3;
}

/* Small integer value of a dec (0 if fractional, negative or large). */
static long
small_int(const struct zp_dec *x)
{
	long v = 0;

	if (x->neg || x->exp < 0 || x->n + (size_t)x->exp > 9)
		return x->n == 0 ? 0 : -1;
	for (size_t i = 0; i < x->n; i++)
		v = v * 10 + x->d[i];
	for (int64_t k = 0; k < x->exp; k++)
		v *= 10;
	return v;
}

/* The unit lookup at cp[i..): longest entry that fits its context. */
static int
unit_at(struct zp_numbers *z, size_t i, size_t *len)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n;
	int k = lex_match(&z->units, cp, 0, n, i, len);

	if (k < 0)
		return -1;
	if (z->units.e[k].cls == U_QTYLATIN ||
	    (z->units.e[k].cls == U_BP && cp[i] == 'b') ||
	    (z->units.e[k].cls == U_PP && cp[i] == 'p')) {
		size_t e = i + *len;

		if (e < n && (is_latin(cp[e]) || is_adigit(cp[e])))
			return -1;
	}
	return k;
}

/* The text of a table entry into a ment's unit field. */
static void
unit_copy(struct ment *m, const char *s)
{
	size_t l = strlen(s);

	if (l >= sizeof m->unit)
		l = sizeof m->unit - 1;
	memcpy(m->unit, s, l);
	m->unit[l] = '\0';
}

/* The written text cp[s..e) into the unit field. */
static void
unit_surface(
    struct zp_numbers *z, struct ment *m, size_t s, size_t e, const char *text)
{
	size_t b = z->boff[s], l = z->boff[e] - b;

	if (l >= sizeof m->unit)
		l = zp_utf8_floor(text + b, l, sizeof m->unit - 1);
	memcpy(m->unit, text + b, l);
	m->unit[l] = '\0';
}

/*
 * Looks back from p for hedges and a change verb.  Returns the new start of
 * the hedged zone; sets approx/bound/change on m.
 */
static void
look_back(
    struct zp_numbers *z, struct ment *m, size_t p, size_t lo, bool period_unit)
{
	const uint32_t *cp = z->cp;
	size_t len;
	int k, steps;
	bool hedge_done = false;

	for (steps = 0; steps < 6 && p > lo; steps++) {
		size_t hl = 0;
		int h = lex_match(&z->hedge_b, cp, lo, z->n, p, &hl);

		k = lex_match(&z->verbs, cp, lo, z->n, p, &len);
		/* 不到 is a hedge, not the 到 of a level reached. */
		if (k >= 0 && !(h >= 0 && hl > len)) {
			int v = z->verbs.e[k].cls;

			if (v == V_LEVEL)
				return;
			/* 降 in 下降: the longest verb already matched. */
			m->change = v == V_UP ? 'u' : 'd';
			return;
		}
		k = h;
		len = hl;
		if (k < 0)
			return;
		switch (z->hedge_b.e[k].cls) {
		case H_APPROX:
			if (!hedge_done)
				m->approx = true;
			hedge_done = true;
			break;
		case H_LOWER:
			if (!hedge_done) {
				m->approx = true;
				m->bound = 'l';
			}
			hedge_done = true;
			break;
		case H_UPPER:
			if (!hedge_done) {
				m->approx = true;
				m->bound = 'u';
			}
			hedge_done = true;
			break;
		case H_NEAR:
			/* 近五年 is "the last five years", not a hedge. */
			if (!hedge_done && !period_unit) {
				m->approx = true;
				m->bound = 'u';
			}
			hedge_done = true;
			break;
		default:
			break;
		}
		p -= len;
	}
}

/* The basis of a change: 同比 / 环比 earlier in the clause. */
static char
find_basis(struct zp_numbers *z, size_t lo, size_t p)
{
	size_t from = p > lo + 40 ? p - 40 : lo, len;
	char got = 0;

	for (size_t i = from; i < p; i++) {
		int k = lex_match(&z->bases, z->cp, 0, p, i, &len);

		if (k >= 0)
			got = z->bases.e[k].cls == V_YOY ? 'y' : 'q';
	}
	return got;
}

static size_t
last_before(const size_t *b, size_t nb, size_t p)
{
	size_t lo = 0, hi = nb;

	/* The last boundary <= p, or 0. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (b[mid] <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? 0 : b[lo - 1];
}

static void
add_anchor(
    struct zp_numbers *z, size_t s, size_t e, const char *label, bool year)
{
	struct anchor *a;

	if (z->nan == z->ancap) {
		z->ancap = z->ancap ? z->ancap * 2 : 16;
		z->an = zp_xreallocarray(z->an, z->ancap, sizeof *z->an);
	}
	a = &z->an[z->nan++];
	a->s = s;
	a->e = e;
	snprintf(a->label, sizeof a->label, "%s", label);
	a->year = year;
}

/*
 * The year a relative word (去年, 今年) right before position p stands for,
 * with the record's date; 0 when none.
 */
static int
rel_year(struct zp_numbers *z, size_t p, size_t *wstart)
{
	size_t len;
	int k;

	if (z->ctx == NULL || z->ctx->year == 0)
		return 0;
	k = lex_match(&z->relyear, z->cp, 0, z->n, p, &len);
	if (k < 0)
		return 0;
	*wstart = p - len;
	return z->ctx->year + z->relyear.e[k].exp;
}

/* Year written just before p (a date mention ending at p), or 0. */
static int
year_before(struct zp_numbers *z, size_t p)
{
	size_t ws;

	while (p > 0 && is_space(z->cp[p - 1]))
		p--;
	for (size_t i = z->nm; i-- > 0;) {
		struct ment *m = &z->m[i];

		if (m->e < p)
			break;
		if (m->e == p && m->kind == ZP_NK_DATE && strlen(m->date) == 4)
			return (m->date[0] - '0') * 1000 +
			    (m->date[1] - '0') * 100 + (m->date[2] - '0') * 10 +
			    (m->date[3] - '0');
	}
	return rel_year(z, p, &ws);
}

static bool
lexical_at(struct zp_numbers *z, size_t i)
{
	size_t len;

	return lex_match(&z->lexical, z->cp, 0, z->n, i, &len) >= 0;
}

/* ---------------------------------------------------------------------- */
/* The scanner. */

struct num {
	size_t s, e; /* the numeral, after sign handling */
	unsigned flags;
	bool neg;
	bool single; /* exactly one Chinese digit, no unit */
};

/* Parses a numeral at i into c; fills nu.  -1 if none. */
static int
numeral(struct zp_numbers *z, struct zp_cnum *c, size_t i, struct num *nu)
{
	size_t e;

	if (zp_cnum_parse(c, z->cp, z->n, i, ZP_CNUM_ALLOW_VAGUE, &e) != 0 ||
	    e <= i)
		return -1;
	nu->s = i;
	nu->e = e;
	nu->flags = c->flags;
	/*
	 * 三十万多亿, 500万余亿: more than 30万亿.  The parser reads 万亿
	 * only when adjacent, so parse the numeral again with the hedge
	 * taken out; the hedge stays inside the span (GUIDELINES §4).
	 */
	if (e + 1 < z->n && e - i < 62 &&
	    (z->cp[e - 1] == 0x4E07 || z->cp[e - 1] == 0x842C) &&
	    (z->cp[e] == 0x591A || z->cp[e] == 0x4F59) &&
	    (z->cp[e + 1] == 0x4EBF || z->cp[e + 1] == 0x5104)) {
		uint32_t tmp[64];
		size_t k = e - i, e2;

		memcpy(tmp, z->cp + i, k * sizeof *tmp);
		tmp[k] = z->cp[e + 1];
		if (zp_cnum_parse(c, tmp, k + 1, 0, ZP_CNUM_ALLOW_VAGUE, &e2) ==
		        0 &&
		    e2 == k + 1 &&
		    !(c->flags & (ZP_CNUM_BADSCALE | ZP_CNUM_VAGUE))) {
			nu->e = e + 2;
			c->flags |= ZP_CNUM_MORE;
			nu->flags = c->flags;
		} else if (zp_cnum_parse(c, z->cp, z->n, i, ZP_CNUM_ALLOW_VAGUE,
		               &e) != 0) {
			return -1; /* cannot happen: it parsed before */
		}
	}
	nu->neg = false;
	nu->single = !(c->flags &
	                 (ZP_CNUM_ARABIC | ZP_CNUM_UNIT | ZP_CNUM_SEQ |
	                     ZP_CNUM_VAGUE | ZP_CNUM_FRACTION)) &&
	    e == i + 1;
	return 0;
}

/* Skips up to two spaces from p (never past the text). */
static size_t
skip_sp(struct zp_numbers *z, size_t p)
{
	size_t q = p;

	while (q < z->n && q < p + 2 && is_space(z->cp[q]))
		q++;
	return q < z->n ? q : p;
}

/* Skips an ASCII word (letters, digits, . - _) from i; returns its end. */
static size_t
skip_code(struct zp_numbers *z, size_t i)
{
	while (i < z->n &&
	    (is_latin(z->cp[i]) || is_adigit(z->cp[i]) || z->cp[i] == '.' ||
	        z->cp[i] == '-' || z->cp[i] == '_' || z->cp[i] == '/'))
		i++;
	return i;
}

static const char *const index_names[] = {
	"标普",
	"沪深",
	"中证",
	"上证",
	"深证",
	"恒生",
	"日经",
	"纳指",
	"道指",
	"富时",
	"罗素",
	"国证",
	"科创",
	"创业板",
	"北证",
	"MSCI",
	"纳斯达克",
};

/*
 * The next code point of a NUL-terminated UTF-8 literal of this file (all
 * valid, none beyond the BMP), advancing *w; no strlen, no general decoder.
 */
static inline uint32_t
lit_next(const char **w)
{
	const unsigned char *u = (const unsigned char *)*w;

	if (u[0] < 0x80) {
		*w += 1;
		return u[0];
	}
	if (u[0] < 0xE0) {
		*w += 2;
		return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	}
	*w += 3;
	return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
	    (u[2] & 0x3F);
}

/* Code points in a literal: bytes that are not continuation bytes. */
static size_t
lit_len(const char *w)
{
	size_t n = 0;

	for (; *w != '\0'; w++)
		n += ((unsigned char)*w & 0xC0) != 0x80;
	return n;
}

static bool
ends_with(struct zp_numbers *z, size_t p, const char *w)
{
	size_t n = lit_len(w);

	if (n > p)
		return false;
	for (p -= n; *w != '\0'; p++)
		if (z->cp[p] != lit_next(&w))
			return false;
	return true;
}

static size_t
match_len(struct zp_numbers *z, size_t p, const char *w)
{
	size_t k = 0;

	while (*w != '\0') {
		if (p + k >= z->n || z->cp[p + k] != lit_next(&w))
			return 0;
		k++;
	}
	return k;
}

static bool
starts_with(struct zp_numbers *z, size_t p, const char *w)
{
	return *w == '\0' || match_len(z, p, w) != 0;
}

static void
fmt_period(char *out, size_t size, int year, const char *q)
{
	char y[16] = "";
	size_t l;

	if (year > 0)
		snprintf(y, sizeof y, "%04d-", year % 10000);
	l = strlen(y);
	if (l >= size)
		l = size - 1;
	memcpy(out, y, l);
	out[l] = '\0';
	strncat(out, q, size - 1 - l);
}

/*
 * A quarter after a numeral (第四季度, 四季度, 三季报): sets the mention
 * and returns true.
 */
static bool
quarter(struct zp_numbers *z, size_t s, struct num *nu, long v, bool di,
    size_t *endp)
{
	size_t len, e = nu->e;
	int k = unit_at(z, e, &len);
	const char *w;
	char q[64];
	struct ment *m;
	int year;

	if (k < 0 || z->units.e[k].cls != U_QUARTER || v < 1 || v > 4 ||
	    (nu->flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE)))
		return false;
	w = z->units.e[k].code;
	/* A bare N季 without 第 or 度 is a count of quarters. */
	if (!di && strcmp(w, "季") == 0 &&
	    !(e + 1 < z->n &&
	        (z->cp[e + 1] == 0x62A5 || z->cp[e + 1] == 0x5831)))
		return false;
	snprintf(q, sizeof q, "Q%ld", v);
	m = new_ment(z, s, e + len, ZP_NK_PERIOD);
	year = year_before(z, s);
	fmt_period(m->period, sizeof m->period, year, q);
	add_anchor(z, s, e + len, m->period, false);
	*endp = e + len;
	return true;
}

static void
bare_number(struct zp_numbers *z, size_t s, size_t e, struct num *nu,
    const struct zp_dec *v)
{
	struct ment *m = new_ment(z, s, e, ZP_NK_NUMBER);

	if (nu->flags & ZP_CNUM_VAGUE) {
		m->vmode = 2;
		m->approx = true;
	} else {
		set_value(z, m, v);
	}
	if (nu->flags & ZP_CNUM_MORE) {
		m->approx = true;
		m->bound = 'l';
	}
	m->bare = true;
	/* 三百多: more than, the 多 left outside. */
	if (e < z->n && (z->cp[e] == 0x591A || z->cp[e] == 0x4F59) &&
	    !(e + 1 < z->n &&
	        (z->cp[e + 1] == 0x6570 || z->cp[e + 1] == 0x5C11))) {
		m->approx = true;
		m->bound = 'l';
	}
}

/* True when c is one of the characters of the UTF-8 string set. */
static bool
strchr_cp(const char *set, uint32_t c)
{
	size_t i = 0, l, n = strlen(set);

	while (i < n) {
		int32_t v = zp_utf8_decode(set + i, n - i, &l);

		if ((uint32_t)v == c)
			return true;
		i += l;
	}
	return false;
}

/*
 * After 元 or 美元 at p: 三角, 5毛, 6角3分, 又三美分.  Adds the amounts to v
 * (in the main unit) and returns the end of what was read.
 */
static size_t
subunits_after(
    struct zp_numbers *z, size_t p, const char *code, struct zp_dec *v)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n, q = p;
	struct num nu;
	int step;

	if (q < n && (cp[q] == 0x53C8 || cp[q] == 0x96F6)) /* 又 零 */
		q++;
	for (step = 0; step < 2; step++) {
		size_t l = 0;
		int exp = 0;

		if (q >= n || numeral(z, &z->b, q, &nu) != 0 ||
		    (nu.flags &
		        ~(ZP_CNUM_ARABIC | ZP_CNUM_CHINESE |
		            ZP_CNUM_CAPITAL)) ||
		    nu.e != q + 1)
			break;
		if (strcmp(code, "CNY") == 0) {
			if (nu.e < n &&
			    (cp[nu.e] == 0x89D2 || cp[nu.e] == 0x6BDB) &&
			    step == 0) {
				exp = -1;
				l = 1;
			} else if (nu.e < n && cp[nu.e] == 0x5206 &&
			    !(nu.e + 1 < n &&
			        (cp[nu.e + 1] == 0x4E4B ||
			            cp[nu.e + 1] == 0x949F))) {
				exp = -2;
				l = 1;
			}
		} else if (strcmp(code, "USD") == 0 && step == 0) {
			if ((l = match_len(z, nu.e, "美分")) != 0)
				exp = -2;
		}
		if (l == 0)
			break;
		zp_dec_shift(&z->b.val, exp);
		zp_dec_add(v, &z->b.val);
		q = p = nu.e + l;
		if (exp == -2)
			break;
	}
	return p;
}

static void hedge_after(struct zp_numbers *z, struct ment *m, size_t p);

/* Is a bare (unitless) numeral at [s, e) worth reporting? */
static bool
bare_ok(struct zp_numbers *z, size_t s, size_t e, const struct num *nu)
{
	const uint32_t *cp = z->cp;
	uint32_t before = s > 0 ? cp[s - 1] : ' ';
	uint32_t after = e < z->n ? cp[e] : ' ';

	if (nu->flags & ZP_CNUM_LEADZERO)
		return false;
	if (nu->flags & ZP_CNUM_ARABIC) {
		if (starts_with(z, e, "指数") || starts_with(z, e, "ETF") ||
		    starts_with(z, e, "系列") || starts_with(z, e, "型号"))
			return false;
		for (size_t i = 0; i < sizeof index_names / sizeof *index_names;
		     i++)
			if (ends_with(z, s, index_names[i]))
				return false;
		/* List markers: 1、 2) 3. at the start of a clause. */
		if ((after == 0x3001 || after == ')' || after == 0xFF09 ||
		        after == 0xFF0E || after == '.') &&
		    (s == 0 || is_clause_mark(before) || is_space(before) ||
		        before == '(' || before == 0xFF08 || before == 0x3002))
			return false;
		/* 《暗黑破坏神3》: part of a title. */
		if (after == 0x300B || after == 0x3009)
			return false;
		/* Scores and clock times: 2∶2, 3:1, 10:30. */
		if (after == ':' || after == 0x2236 || after == 0xFF1A ||
		    before == ':' || before == 0x2236 || before == 0xFF1A)
			return false;
		if (before == '(' && after == ')')
			return false;
		/* Telephone, postal and account numbers. */
		if (e - s >= 7 &&
		    !(nu->flags & (ZP_CNUM_FRACTION | ZP_CNUM_GROUPED))) {
			static const char *const w[] = {
				"电话",
				"热线",
				"传真",
				"手机",
				"号码",
				"邮编",
				"编号",
				"代码",
				"账号",
				"QQ",
				"微信",
			};
			for (size_t t = 0; t < sizeof w / sizeof *w; t++)
				for (size_t b = s; b + 8 > s && b > 0; b--)
					if (ends_with(z, b, w[t]))
						return false;
		}
		return true;
	}
	/* 一、 二、: list markers. */
	if (after == 0x3001 &&
	    (s == 0 || is_clause_mark(before) || is_space(before) ||
	        before == 0x3002) &&
	    e - s <= 2)
		return false;
	/* Chinese: isolated, or with units (一百五十). */
	/*
	 * 答案是五, 不是四而是五: a lone digit after the copula 是 and before
	 * a function word or the end is a number; elsewhere between Chinese
	 * characters it is part of a word (三星, 四川, 五金).
	 */
	if (e == s + 1 && before == 0x662F &&
	    (!is_cjk(after) || strchr_cp("不而却那这和与或也就", after)) &&
	    !nu->neg)
		return true;
	if (e == s + 1 && (is_cjk(before) || is_cjk(after)))
		return false;
	if (is_cjk(before) && is_cjk(after) && !(nu->flags & ZP_CNUM_UNIT))
		return false;
	if (nu->single && (is_cjk(before) || is_cjk(after)))
		return false;
	if ((nu->flags & ZP_CNUM_SEQ) &&
	    (is_cjk(before) || is_cjk(after) ||
	        strchr_cp("“”「」『』《》\"'", before) ||
	        strchr_cp("“”「」『』《》\"'", after)))
		return false;
	if (!(nu->flags & ZP_CNUM_UNIT) && is_cjk(after))
		return false;
	/* 十 alone before a noun is usually a word (十大, 十足). */
	if ((nu->flags & ZP_CNUM_UNIT) && e == s + 1 && is_cjk(after))
		return false;
	return true;
}

/*
 * Tries a figure whose numeral starts at i.  Returns the position to go on
 * scanning from (> i).
 */
static size_t
try_at(struct zp_numbers *z, size_t i, const char *text)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n;
	struct num nu, nu2;
	struct zp_cnum *c = &z->a;
	size_t s, e, len, ustart, uend, lo;
	int k, ucls = U_NONE;
	const char *code = NULL;
	int uexp = 0;
	char curprefix[8] = "";
	size_t pstart;
	bool ordinal = false, percent_prefix = false, range = false;
	bool range_more = false; /* 5万亿-5.3万亿余元 */
	int pct_exp = 0;
	long iv;
	struct ment *m;
	bool period_unit;

	/* 亿元级, 千亿级: a magnitude class. */
	if (!zp_cnum_starts(cp[i]) && cp[i] != 0x6570 && cp[i] != 0x51E0) {
		static const char *const lv[][2] = {
			{ "亿元级", "100000000" },
			{ "百亿级", "10000000000" },
			{ "千亿级", "100000000000" },
			{ "万亿级", "1000000000000" },
			{ "百亿元级", "10000000000" },
			{ "千亿元级", "100000000000" },
			{ "万亿元级", "1000000000000" },
		};
		if (i > 0 &&
		    (zp_cnum_digit(cp[i - 1]) >= 0 || cp[i - 1] == 0x6570))
			return i + 1;
		/* 百分之百: 100 %. */
		if (match_len(z, i, "百分之百") == 4 &&
		    !(i + 4 < n &&
		        (zp_cnum_digit(cp[i + 4]) >= 0 ||
		            cp[i + 4] == 0x5206))) {
			m = new_ment(z, i, i + 4, ZP_NK_PERCENT);
			zp_dec_set_u64(&z->x, 100);
			set_value(z, m, &z->x);
			unit_copy(m, "%");
			return i + 4;
		}
		if (i + 1 >= n ||
		    (cp[i + 1] != 0x5143 && cp[i + 1] != 0x7EA7 &&
		        cp[i + 1] != 0x4EBF))
			return i + 1;
		for (size_t t = 0; t < sizeof lv / sizeof *lv; t++) {
			size_t l = match_len(z, i, lv[t][0]);

			if (l == 0)
				continue;
			m = new_ment(z, i, i + l, ZP_NK_MONEY);
			zp_dec_parse(&z->x, lv[t][1], strlen(lv[t][1]));
			set_value(z, m, &z->x);
			unit_copy(m, "CNY");
			m->approx = true;
			m->note = "order of magnitude";
			return i + l;
		}
		return i + 1;
	}
	if (numeral(z, c, i, &nu) != 0)
		return i + 1;
	/* 12千米, 1兆赫兹: 千 and 兆 belong to the unit, not the number. */
	if (nu.e > i + 1 &&
	    (cp[nu.e - 1] == 0x5343 || cp[nu.e - 1] == 0x767E ||
	        cp[nu.e - 1] == 0x5146)) {
		int ku = unit_at(z, nu.e - 1, &len);

		if (ku >= 0 && z->units.e[ku].n >= 2 &&
		    (z->units.e[ku].cls == U_QTY ||
		        z->units.e[ku].cls == U_QTYLATIN)) {
			size_t save = z->n;

			z->n = nu.e - 1;
			if (numeral(z, c, i, &nu) != 0) {
				z->n = save;
				return i + 1;
			}
			z->n = save;
		}
	}
	e = nu.e;
	s = i;
	lo = last_before(z->clause, z->nclause, i);

	/* Inside a Latin code: H100, 3A6000, HBM3E, MI300X, iPhone 17. */
	if (i > 0 &&
	    (is_latin(cp[i - 1]) || cp[i - 1] == '_' ||
	        (cp[i - 1] == '-' && i > 1 && is_latin(cp[i - 2])) ||
	        (cp[i - 1] == '.' && i > 1 && is_adigit(cp[i - 2]))) &&
	    (nu.flags & ZP_CNUM_ARABIC)) {
		/* Q4, FY2026, H1: periods, not codes. */
		size_t q = i - 1;

		if ((cp[q] == 'Q' || cp[q] == 'q') &&
		    (q == 0 || !is_latin(cp[q - 1])) && e == i + 1 &&
		    cp[i] >= '1' && cp[i] <= '4' &&
		    (e >= n || (!is_latin(cp[e]) && !is_adigit(cp[e])))) {
			char lab[64];

			snprintf(lab, sizeof lab, "Q%c", (char)cp[i]);
			m = new_ment(z, q, e, ZP_NK_PERIOD);
			fmt_period(m->period, sizeof m->period,
			    year_before(z, q), lab);
			add_anchor(z, q, e, m->period, false);
			return e;
		}
		if (q >= 1 && (cp[q] == 'Y' || cp[q] == 'y') &&
		    (cp[q - 1] == 'F' || cp[q - 1] == 'f') &&
		    (q < 2 || !is_latin(cp[q - 2])) &&
		    !(nu.flags & ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO))) {
			size_t nd = e - i;
			long y = small_int(&c->val);
			char lab[64];
			size_t end = e;

			if (nd == 2)
				y += 2000;
			if ((nd == 2 || nd == 4) && y >= 1900 && y < 2200) {
				snprintf(lab, sizeof lab, "FY%ld", y);
				if (end + 1 < n &&
				    (cp[end] == 'Q' || cp[end] == 'q') &&
				    cp[end + 1] >= '1' && cp[end + 1] <= '4') {
					snprintf(lab, sizeof lab, "FY%ld-Q%c",
					    y, (char)cp[end + 1]);
					end += 2;
				}
				m = new_ment(z, q - 1, end, ZP_NK_PERIOD);
				snprintf(
				    m->period, sizeof m->period, "%s", lab);
				add_anchor(z, q - 1, end, lab, false);
				return end;
			}
		}
		if ((cp[q] == 'H' || cp[q] == 'h') && e == i + 1 &&
		    (cp[i] == '1' || cp[i] == '2') &&
		    (q == 0 || !is_latin(cp[q - 1])) &&
		    (e >= n || (!is_latin(cp[e]) && !is_adigit(cp[e])))) {
			add_anchor(z, q, e, cp[i] == '1' ? "H1" : "H2", false);
			return e;
		}
		return skip_code(z, e) > e ? skip_code(z, e) : e;
	}
	if (nu.flags & ZP_CNUM_BADSCALE) {
		/* 3.5亿亿: not an amount; skip the scale run too. */
		while (e < n &&
		    (zp_cnum_digit(cp[e]) >= 0 || cp[e] == 0x4EBF ||
		        cp[e] == 0x4E07 || cp[e] == 0x5104 || cp[e] == 0x842C ||
		        cp[e] == 0x5146))
			e++;
		return e;
	}
	/* Lexicalized words: 一些, 十分, 零售, 五金... (翻了一番 is not). */
	if ((nu.flags & ZP_CNUM_CHINESE) && !(nu.flags & ZP_CNUM_ARABIC) &&
	    lexical_at(z, i) &&
	    !(i > 0 && cp[i - 1] == 0x7B2C && !lexical_at(z, i - 1)) &&
	    !(e < n && cp[e] == 0x756A &&
	        (ends_with(z, i, "翻") || ends_with(z, i, "翻了"))))
		return e;

	/* Arabic followed by letters: 5G, 3D, 3C6000, 2023Q4, 7nm. */
	if ((nu.flags & ZP_CNUM_ARABIC) && e < n && is_latin(cp[e])) {
		k = unit_at(z, e, &len);
		if (k < 0) {
			if ((cp[e] == 'Q' || cp[e] == 'q') && e + 1 < n &&
			    cp[e + 1] >= '1' && cp[e + 1] <= '4' &&
			    (e + 2 >= n ||
			        (!is_latin(cp[e + 2]) &&
			            !is_adigit(cp[e + 2]))) &&
			    !(nu.flags &
			        ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO)) &&
			    (e - i == 4 || e - i == 2)) {
				long y = small_int(&c->val);
				char lab[64];

				if (e - i == 2)
					y += 2000;
				snprintf(
				    lab, sizeof lab, "Q%c", (char)cp[e + 1]);
				m = new_ment(z, i, e + 2, ZP_NK_PERIOD);
				fmt_period(
				    m->period, sizeof m->period, (int)y, lab);
				add_anchor(z, i, e + 2, m->period, false);
				return e + 2;
			}
			return skip_code(z, e);
		}
	}
	/* Dotted codes and versions: 1.2.3, 600519.SH, 192.168.0.1. */
	if ((nu.flags & ZP_CNUM_ARABIC) && e + 1 < n &&
	    (cp[e] == '.' || cp[e] == 0xFF0E) &&
	    (is_adigit(cp[e + 1]) || is_latin(cp[e + 1])))
		return skip_code(z, e);

	/* A sign, 第, 百分之, a currency prefix, just before. */
	pstart = s;
	/* 负 負, or a minus sign that is not a hyphen after a figure. */
	if (s > 0 &&
	    (cp[s - 1] == 0x8D1F || cp[s - 1] == 0x8CA0 ||
	        (is_minus(cp[s - 1]) &&
	            (s < 2 ||
	                (!is_adigit(cp[s - 2]) && !is_latin(cp[s - 2]) &&
	                    cp[s - 2] != ')' && zp_cnum_digit(cp[s - 2]) < 0 &&
	                    cp[s - 2] != 0x4E07 && cp[s - 2] != 0x4EBF &&
	                    cp[s - 2] != '%' && cp[s - 2] != 0x5143))))) {
		nu.neg = true;
		pstart = --s;
	}
	if (s > 0 && cp[s - 1] == 0x7B2C) { /* 第 */
		ordinal = true;
		pstart = --s;
	}
	if (!ordinal && s >= 3 && cp[s - 1] == 0x4E4B && cp[s - 2] == 0x5206) {
		/* 百分之, 千分之, 万分之 */
		if (cp[s - 3] == 0x767E || cp[s - 3] == 0x4F70)
			pct_exp = 0;
		else if (cp[s - 3] == 0x5343 || cp[s - 3] == 0x4EDF)
			pct_exp = -1;
		else if (cp[s - 3] == 0x4E07 || cp[s - 3] == 0x842C)
			pct_exp = -2;
		else
			pct_exp = 9;
		if (pct_exp != 9 &&
		    !(s >= 4 && zp_cnum_digit(cp[s - 4]) >= 0)) {
			percent_prefix = true;
			pstart = s -= 3;
		}
	}
	if (!ordinal && !percent_prefix) {
		size_t p = s;

		while (p > 0 && p + 2 > s && is_space(cp[p - 1]))
			p--;
		k = lex_match(&z->prefix, cp, 0, n, p, &len);
		if (k >= 0) {
			snprintf(curprefix, sizeof curprefix, "%s",
			    z->prefix.e[k].code);
			pstart = s = p - len;
		}
	}

	/* 第N: ordinals and quarters; 第08065期 is an issue number. */
	if (ordinal && (nu.flags & ZP_CNUM_LEADZERO))
		return e;
	if (ordinal) {
		iv = small_int(&c->val);
		if (quarter(z, s, &nu, iv, true, &e))
			return e;
		if (starts_with(z, nu.e, "产业") ||
		    starts_with(z, nu.e, "三方") || lexical_at(z, s))
			return nu.e;
		k = unit_at(z, nu.e, &len);
		m = new_ment(z, s, nu.e, ZP_NK_ORDINAL);
		set_value(z, m, &c->val);
		if (k >= 0 &&
		    (z->units.e[k].cls == U_COUNT ||
		        z->units.e[k].cls == U_DUR ||
		        z->units.e[k].cls == U_YEAR)) {
			m->e = nu.e + len;
			unit_surface(z, m, nu.e, nu.e + len, text);
		}
		return m->e;
	}

	/* 前三季度, 前三个季度, 前N个月. */
	if (s > 0 && cp[s - 1] == 0x524D && !nu.neg && !curprefix[0] &&
	    !percent_prefix) {
		size_t ql;

		iv = small_int(&c->val);
		if ((ql = match_len(z, e, "个季度")) ||
		    (ql = match_len(z, e, "季度")) ||
		    (ql = match_len(z, e, "个季")) ||
		    (ql = match_len(z, e, "季"))) {
			if (iv >= 2 && iv <= 4) {
				char lab[64];
				int year = year_before(z, s - 1);

				m = new_ment(z, s - 1, e + ql, ZP_NK_PERIOD);
				set_value(z, m, &c->val);
				unit_surface(z, m, e, e + ql, text);
				snprintf(lab, sizeof lab, "Q1-Q%ld", iv);
				fmt_period(
				    m->period, sizeof m->period, year, lab);
				add_anchor(z, s - 1, e + ql, m->period, false);
				return e + ql;
			}
		}
		if (iv == 1 && nu.single)
			return e; /* 前一年 */
		/* 前三个月: a duration counted from the start, 前 included. */
		if (iv >= 2 &&
		    ((ql = match_len(z, e, "个月")) ||
		        (ql = match_len(z, e, "個月")))) {
			m = new_ment(z, s - 1, e + ql, ZP_NK_PERIOD);
			set_value(z, m, &c->val);
			unit_surface(z, m, e, e + ql, text);
			return e + ql;
		}
	}

	/* 两位数增长: a magnitude class, not a value. */
	if (starts_with(z, e, "位数") || starts_with(z, e, "位數"))
		return e + 2;

	/* Relative words with 一: 上一季度, 新一代, 同一天, 唯一, 之一. */
	if (nu.single && small_int(&c->val) == 1 && s == i && i > 0 &&
	    cp[i - 1] < 0x10000 && (z->cls[cp[i - 1]] & C_REL1))
		return e;

	/* Year-like numerals: 2023年, 二〇二三年, 2020-2022年, 2024-02-21. */
	iv = small_int(&c->val);
	{
		bool yearlike = !nu.neg && !curprefix[0] && !percent_prefix &&
		    (((nu.flags & ZP_CNUM_ARABIC) &&
		         !(nu.flags & ~(ZP_CNUM_ARABIC)) && e - i == 4) ||
		        ((nu.flags & ZP_CNUM_SEQ) && e - i == 4)) &&
		    iv >= 1000 && iv <= 2999;

		if (yearlike && e + 2 < n &&
		    (cp[e] == '-' || cp[e] == '/' || cp[e] == '.' ||
		        cp[e] == 0x2014 || cp[e] == 0x2013 || cp[e] == '~' ||
		        cp[e] == 0xFF5E || cp[e] == 0x81F3) &&
		    is_adigit(cp[e + 1])) {
			/* ISO dates and year ranges. */
			struct num n2;
			long v2;

			if (numeral(z, &z->b, e + 1, &n2) == 0 &&
			    !(n2.flags &
			        ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO))) {
				v2 = small_int(&z->b.val);
				if (n2.e - n2.s == 4 && v2 > iv && v2 <= 2999 &&
				    cp[e] != '/' && cp[e] != '.') {
					size_t end = n2.e;

					m = new_ment(z, i, end, ZP_NK_DATE);
					if (end < n && cp[end] == 0x5E74)
						m->e = ++end;
					snprintf(m->date, sizeof m->date,
					    "%ld/%ld", iv, v2);
					return end;
				}
				if (n2.e - n2.s <= 2 && v2 >= 1 && v2 <= 12 &&
				    n2.e + 1 < n && cp[n2.e] == cp[e]) {
					struct num n3;

					if (numeral(z, &z->b, n2.e + 1, &n3) ==
					        0 &&
					    n3.e - n3.s <= 2 &&
					    !(n3.flags &
					        ~(ZP_CNUM_ARABIC |
					            ZP_CNUM_LEADZERO))) {
						long v3 = small_int(&z->b.val);

						if (v3 >= 1 && v3 <= 31 &&
						    (n3.e >= n ||
						        !is_adigit(cp[n3.e]))) {
							m = new_ment(z, i, n3.e,
							    ZP_NK_DATE);
							snprintf(m->date,
							    sizeof m->date,
							    "%04ld-%02ld-%02ld",
							    iv, v2, v3);
							return n3.e;
						}
					}
				}
			}
		}
		k = unit_at(z, e, &len);
		if (yearlike && k >= 0 && z->units.e[k].cls == U_FY) {
			char lab[64];

			m = new_ment(z, i, e + len, ZP_NK_PERIOD);
			snprintf(lab, sizeof lab, "FY%ld", iv);
			snprintf(m->period, sizeof m->period, "%s", lab);
			add_anchor(z, i, e + len, lab, false);
			return e + len;
		}
		if (yearlike && k >= 0 && cp[e] == 0x5E74 && e + 1 < n &&
		    cp[e + 1] == 0x4EE3) {
			/* 1980年代: the decade. */
			m = new_ment(z, i, e + 2, ZP_NK_DATE);
			snprintf(
			    m->date, sizeof m->date, "%ld/%ld", iv, iv + 9);
			return e + 2;
		}
		if (yearlike && k >= 0 && z->units.e[k].cls == U_DUR &&
		    cp[e] == 0x5E74) {
			/* 1949年间: the year; 间 stays outside. */
			k = lex_match(&z->units, cp, 0, e + 1, e, &len);
		}
		if (yearlike && k >= 0 && z->units.e[k].cls == U_YEAR) {
			size_t end = e + len;
			struct num n2;
			char date[64];
			size_t l2;
			int k2;

			snprintf(date, sizeof date, "%04ld", iv);
			/* 2024年2月21日 is one mention. */
			if (numeral(z, &z->b, end, &n2) == 0 &&
			    !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE))) {
				long mo = small_int(&z->b.val);

				k2 = unit_at(z, n2.e, &l2);
				if (mo >= 1 && mo <= 12 && k2 >= 0 &&
				    z->units.e[k2].cls == U_MONTH) {
					size_t end2 = n2.e + l2;
					struct num n3;
					int k3;
					size_t l3;

					snprintf(date, sizeof date,
					    "%04ld-%02ld", iv, mo);
					end = end2;
					if (numeral(z, &z->b, end2, &n3) == 0) {
						long d = small_int(&z->b.val);

						k3 = unit_at(z, n3.e, &l3);
						if (d >= 1 && d <= 31 &&
						    k3 >= 0 &&
						    z->units.e[k3].cls ==
						        U_DAY) {
							snprintf(date,
							    sizeof date,
							    "%04ld-%02ld-%02ld",
							    iv, mo, d);
							end = n3.e + l3;
						}
					}
				}
			}
			m = new_ment(z, i, end, ZP_NK_DATE);
			snprintf(m->date, sizeof m->date, "%s", date);
			if (strlen(date) == 4)
				add_anchor(z, i, end, date, true);
			return end;
		}
	}

	/* 3·15, 9·11: month and day joined by a middle dot. */
	if ((nu.flags & ZP_CNUM_ARABIC) && !(nu.flags & ~ZP_CNUM_ARABIC) &&
	    iv >= 1 && iv <= 12 && e + 1 < n && cp[e] == 0xB7 && !nu.neg &&
	    !curprefix[0]) {
		struct num n2;

		if (numeral(z, &z->b, e + 1, &n2) == 0 &&
		    !(n2.flags & ~ZP_CNUM_ARABIC) && n2.e - n2.s <= 2 &&
		    small_int(&z->b.val) >= 1 && small_int(&z->b.val) <= 31) {
			m = new_ment(z, i, n2.e, ZP_NK_DATE);
			snprintf(m->date, sizeof m->date, "--%02ld-%02ld", iv,
			    small_int(&z->b.val));
			return n2.e;
		}
	}

	/* 70年代: a decade of an unknown century, not a duration. */
	if (e + 1 < n && cp[e] == 0x5E74 && cp[e + 1] == 0x4EE3)
		return e + 2;

	/* 民国112年: a ROC year, 1911 years after the Gregorian count. */
	if ((ends_with(z, i, "民国") || ends_with(z, i, "民國")) && !nu.neg &&
	    iv >= 1 && iv <= 300 && e < n && cp[e] == 0x5E74) {
		m = new_ment(z, i, e + 1, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "%04ld", iv + 1911);
		m->note = "ROC (民国) year";
		add_anchor(z, i, e + 1, m->date, true);
		return e + 1;
	}

	/* Month and day: 2月21日, 10月, 25日. */
	k = unit_at(z, e, &len);
	if (k >= 0 && z->units.e[k].cls == U_MONTH && !nu.neg &&
	    !curprefix[0] && !percent_prefix &&
	    !(nu.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE | ZP_CNUM_BIG)) &&
	    iv >= 1 && iv <= 12 &&
	    !(s > 0 && (cp[s - 1] == 0x4E2A || cp[s - 1] == 0x500B))) {
		size_t end = e + len, ws = 0;
		struct num n2;
		int year = 0;
		char date[64];

		year = rel_year(z, i, &ws);
		if (year > 0)
			snprintf(date, sizeof date, "%04d-%02ld", year, iv);
		else
			snprintf(date, sizeof date, "--%02ld", iv);
		if (numeral(z, &z->b, end, &n2) == 0) {
			long d = small_int(&z->b.val);
			size_t l3;
			int k3 = unit_at(z, n2.e, &l3);

			if (d >= 1 && d <= 31 && k3 >= 0 &&
			    z->units.e[k3].cls == U_DAY &&
			    !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE))) {
				if (year > 0)
					snprintf(date, sizeof date,
					    "%04d-%02ld-%02ld", year, iv, d);
				else
					snprintf(date, sizeof date,
					    "--%02ld-%02ld", iv, d);
				end = n2.e + l3;
			}
		}
		m = new_ment(z, i, end, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "%s", date);
		return end;
	}
	/* 12号 alone (a shirt, a unit, a line) is a label, not a figure. */
	if (k >= 0 && z->units.e[k].cls == U_DAY && cp[e] != 0x65E5 &&
	    !nu.neg && !curprefix[0] && !percent_prefix)
		return e + len;
	if (k >= 0 && z->units.e[k].cls == U_DAY &&
	    (nu.flags & ZP_CNUM_ARABIC) && !(nu.flags & ~(ZP_CNUM_ARABIC)) &&
	    iv >= 1 && iv <= 31 && !nu.neg && !curprefix[0]) {
		m = new_ment(z, i, e + len, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "---%02ld", iv);
		return e + len;
	}

	/* Clock times: 7时, 10时30分, 下午6点, 9点半. */
	if (!nu.neg && !curprefix[0] && !percent_prefix && iv >= 0 &&
	    iv <= 24 && e < n &&
	    !(nu.flags &
	        (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE | ZP_CNUM_BIG |
	            ZP_CNUM_SEQ)) &&
	    ((cp[e] == 0x65F6 &&
	         !(e + 1 < n &&
	             strchr_cp(
	                 "间期代候刻段机尚光效局速空常报针序髦", cp[e + 1]))) ||
	        ((cp[e] == 0x70B9 || cp[e] == 0x9EDE) &&
	            !(nu.flags & ZP_CNUM_ARABIC) &&
	            !(e + 1 < n && zp_cnum_digit(cp[e + 1]) >= 0)) ||
	        ((cp[e] == 0x70B9 || cp[e] == 0x9EDE) &&
	            ((e + 1 < n &&
	                 (cp[e + 1] == 0x949F || cp[e + 1] == 0x534A)) ||
	                ends_with(z, i, "上午") || ends_with(z, i, "下午") ||
	                ends_with(z, i, "晚上") || ends_with(z, i, "凌晨") ||
	                ends_with(z, i, "早上") || ends_with(z, i, "中午") ||
	                ends_with(z, i, "傍晚") || ends_with(z, i, "晚") ||
	                ends_with(z, i, "早") || ends_with(z, i, "夜"))))) {
		size_t end = e + 1;
		long mi = 0;
		struct num n2;

		if (end < n && cp[end] == 0x534A) {
			mi = 30;
			end++;
		} else if (numeral(z, &z->b, end, &n2) == 0 && n2.e < n &&
		    cp[n2.e] == 0x5206 &&
		    !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE)) &&
		    small_int(&z->b.val) >= 0 && small_int(&z->b.val) < 60) {
			mi = small_int(&z->b.val);
			end = n2.e + 1;
		}
		if (end < n && cp[end] == 0x949F) /* 钟 */
			end++;
		m = new_ment(z, i, end, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "T%02ld:%02ld", iv, mi);
		return end;
	}

	/* Quarters without 第: 四季度, 三季报, 2024年一季度. */
	if (!nu.neg && !curprefix[0] && !percent_prefix &&
	    quarter(z, s, &nu, iv, false, &e))
		return e;

	/* 一半 */
	if (nu.single && iv == 1 && e < n && cp[e] == 0x534A && s == i) {
		m = new_ment(z, i, e + 1, ZP_NK_NUMBER);
		zp_dec_parse(&z->x, "0.5", 3);
		set_value(z, m, &z->x);
		look_back(z, m, s, lo, false);
		return e + 1;
	}

	/* 三又三分之一, 1又2分之1, 1 3/5: a whole and a fraction. */
	if (!percent_prefix && !curprefix[0]) {
		size_t p = skip_sp(z, e), q, r;
		struct num nu3;

		if (p + 4 < n && cp[p] == 0x53C8 &&
		    numeral(z, &z->b, skip_sp(z, p + 1), &nu2) == 0 &&
		    (q = skip_sp(z, nu2.e)) + 2 < n && cp[q] == 0x5206 &&
		    cp[(r = skip_sp(z, q + 1))] == 0x4E4B && r + 1 < n) {
			long den = small_int(&z->b.val);

			if (den > 0 &&
			    numeral(z, &z->b, skip_sp(z, r + 1), &nu3) == 0 &&
			    !(nu3.flags & ZP_CNUM_VAGUE)) {
				m = new_ment(z, s, nu3.e, ZP_NK_NUMBER);
				zp_dec_div_u64(
				    &z->x, &z->b.val, (uint64_t)den, 15);
				zp_dec_add(&z->x, &c->val);
				z->x.neg = nu.neg && !zp_dec_is_zero(&z->x);
				set_value(z, m, &z->x);
				look_back(z, m, s, lo, false);
				return nu3.e;
			}
		}
		/* 1 3/5: Arabic, one space, a small fraction. */
		if ((nu.flags & ZP_CNUM_ARABIC) &&
		    !(nu.flags & ~ZP_CNUM_ARABIC) && e - i <= 3 && e + 3 < n &&
		    cp[e] == ' ' && numeral(z, &z->b, e + 1, &nu2) == 0 &&
		    !(nu2.flags & ~ZP_CNUM_ARABIC) && nu2.e - nu2.s <= 3 &&
		    nu2.e + 1 < n &&
		    (cp[nu2.e] == '/' || cp[nu2.e] == 0xFF0F)) {
			struct zp_dec num;

			memset(&num, 0, sizeof num);
			zp_dec_copy(&num, &z->b.val);
			if (numeral(z, &z->b, nu2.e + 1, &nu3) == 0 &&
			    !(nu3.flags & ~ZP_CNUM_ARABIC) &&
			    nu3.e - nu3.s <= 3 && small_int(&z->b.val) > 0 &&
			    !(nu3.e < n &&
			        (cp[nu3.e] == '/' || is_adigit(cp[nu3.e]) ||
			            is_latin(cp[nu3.e])))) {
				m = new_ment(z, s, nu3.e, ZP_NK_NUMBER);
				zp_dec_div_u64(&z->x, &num,
				    (uint64_t)small_int(&z->b.val), 15);
				zp_dec_add(&z->x, &c->val);
				z->x.neg = nu.neg && !zp_dec_is_zero(&z->x);
				set_value(z, m, &z->x);
				zp_dec_free(&num);
				return nu3.e;
			}
			zp_dec_free(&num);
		}
	}
	/* Fractions: 三分之一, 五 分之 一, 负3分之负157. */
	if (!percent_prefix && !curprefix[0]) {
		size_t p = skip_sp(z, e), q;
		bool neg2 = false;

		if (p + 1 < n && cp[p] == 0x5206 &&
		    cp[(q = skip_sp(z, p + 1))] == 0x4E4B && q + 1 < n) {
			q = skip_sp(z, q + 1);
			if (q < n &&
			    (cp[q] == 0x8D1F || cp[q] == 0x8CA0 ||
			        is_minus(cp[q]))) {
				neg2 = true;
				q++;
			}
			if (q < n && numeral(z, &z->b, q, &nu2) == 0) {
				long den = small_int(&c->val);

				if (den > 0 && !(nu2.flags & ZP_CNUM_VAGUE)) {
					m = new_ment(z, s, nu2.e, ZP_NK_NUMBER);
					zp_dec_div_u64(&z->x, &z->b.val,
					    (uint64_t)den, 15);
					z->x.neg = nu.neg != neg2 &&
					    !zp_dec_is_zero(&z->x);
					set_value(z, m, &z->x);
					look_back(z, m, s, lo, false);
					return nu2.e;
				}
			}
		}
	}

	/* 3/4, 1/10: Arabic fractions (dates were taken above). */
	if ((nu.flags & ZP_CNUM_ARABIC) && !(nu.flags & ~ZP_CNUM_ARABIC) &&
	    e - i <= 4 && e + 1 < n && (cp[e] == '/' || cp[e] == 0xFF0F) &&
	    !curprefix[0] && !percent_prefix &&
	    numeral(z, &z->b, e + 1, &nu2) == 0 &&
	    !(nu2.flags & ~ZP_CNUM_ARABIC) && nu2.e - nu2.s <= 4 &&
	    !(nu2.e < n &&
	        (cp[nu2.e] == '/' || cp[nu2.e] == '.' || is_latin(cp[nu2.e]) ||
	            unit_at(z, nu2.e, &len) >= 0))) {
		long den = small_int(&z->b.val);

		if (den > 0) {
			m = new_ment(z, s, nu2.e, ZP_NK_NUMBER);
			zp_dec_div_u64(&z->x, &c->val, (uint64_t)den, 15);
			z->x.neg = nu.neg && !zp_dec_is_zero(&z->x);
			set_value(z, m, &z->x);
			look_back(z, m, s, lo, false);
			return nu2.e;
		}
	}

	/* The second end of a fraction or a vague hedge inside the span. */
	{
		bool inner_more = false;
		size_t p = e;

		/* 50余家, 三十多个: the hedge sits inside the span. */
		if (p < n &&
		    (cp[p] == 0x591A || cp[p] == 0x4F59 || cp[p] == 0x9918) &&
		    !(nu.flags & ZP_CNUM_VAGUE)) {
			k = unit_at(z, p + 1, &len);
			if (k >= 0 && z->units.e[k].cls != U_MONTH &&
			    z->units.e[k].cls != U_DA &&
			    !(z->units.e[k].cls == U_QTY &&
			        (cp[p + 1] == 0x70B9 || cp[p + 1] == 0x9EDE))) {
				inner_more = true;
				p++;
			}
		}
		/* 12.3 亿美元: a space before the scale or unit. */
		if (p < n && is_space(cp[p])) {
			size_t q = p;

			while (q < n && q < p + 2 && is_space(cp[q]))
				q++;
			if (q < n &&
			    (cp[q] == 0x4EBF || cp[q] == 0x4E07 ||
			        cp[q] == 0x5104 || cp[q] == 0x842C)) {
				size_t e2;
				struct zp_dec *v = &c->val;

				/* Scale after the space. */
				if (!(nu.flags & ZP_CNUM_BIG)) {
					int ex = 0;

					if (cp[q] == 0x4E07 && q + 1 < n &&
					    (cp[q + 1] == 0x4EBF ||
					        cp[q + 1] == 0x5104)) {
						ex = 12;
						e2 = q + 2;
					} else {
						ex = cp[q] == 0x4E07 ||
						        cp[q] == 0x842C ?
						    4 :
						    8;
						e2 = q + 1;
					}
					zp_dec_shift(v, ex);
					nu.flags |= ZP_CNUM_BIG;
					e = p = e2;
				}
			} else if (q < n && unit_at(z, q, &len) >= 0) {
				k = unit_at(z, q, &len);
				if (z->units.e[k].cls == U_CUR ||
				    z->units.e[k].cls == U_PCT ||
				    z->units.e[k].cls == U_PP ||
				    z->units.e[k].cls == U_BP ||
				    z->units.e[k].cls == U_CHENG ||
				    z->units.e[k].cls == U_ZHE ||
				    z->units.e[k].cls == U_QTYLATIN)
					p = q;
			}
		}
		ustart = p;
		k = unit_at(z, p, &len);
		if (k >= 0) {
			ucls = z->units.e[k].cls;
			code = z->units.e[k].code;
			/* A power of ten, not a character. */
			/* NOLINTNEXTLINE(bugprone-signed-char-misuse,cert-str34-c) */
			uexp = z->units.e[k].exp;
			uend = p + len;
		} else {
			ucls = U_NONE;
			uend = inner_more ? p - 1 : e;
			if (inner_more)
				ustart = p - 1;
		}
		if (inner_more && ucls != U_NONE)
			nu.flags |= ZP_CNUM_MORE;
		else if (inner_more)
			ustart = uend = e;
	}
	/* Units that need context. */
	if (ucls == U_FAN &&
	    !(ends_with(z, s, "翻") || ends_with(z, s, "翻了")))
		ucls = U_NONE;
	if (ucls == U_CHENG && uend < n &&
	    (starts_with(z, uend, "为") || starts_with(z, uend, "立") ||
	        starts_with(z, uend, "本") || starts_with(z, uend, "交") ||
	        starts_with(z, uend, "员") || starts_with(z, uend, "功") ||
	        starts_with(z, uend, "果") || starts_with(z, uend, "长") ||
	        starts_with(z, uend, "熟") || starts_with(z, uend, "品") ||
	        starts_with(z, uend, "就") || starts_with(z, uend, "绩") ||
	        starts_with(z, uend, "分") || starts_with(z, uend, "效") ||
	        starts_with(z, uend, "型") || starts_with(z, uend, "份") ||
	        starts_with(z, uend, "都") || starts_with(z, uend, "年")))
		ucls = U_NONE;
	if (ucls == U_ZHE &&
	    ((uend < n &&
	         (starts_with(z, uend, "合") || starts_with(z, uend, "旧") ||
	             starts_with(z, uend, "算") || starts_with(z, uend, "扣") ||
	             starts_with(z, uend, "价") || starts_with(z, uend, "让") ||
	             starts_with(z, uend, "损") || starts_with(z, uend, "返") ||
	             starts_with(z, uend, "叠") || starts_with(z, uend, "射") ||
	             starts_with(z, uend, "线") || starts_with(z, uend, "腾") ||
	             starts_with(z, uend, "半") ||
	             starts_with(z, uend, "中"))) ||
	        nu.neg || (nu.flags & (ZP_CNUM_BIG | ZP_CNUM_VAGUE))))
		ucls = U_NONE;
	/* 三块 at the end of a phrase is money; 三块屏幕 is a count. */
	if (ucls == U_COUNT && (cp[ustart] == 0x5757 || cp[ustart] == 0x584A) &&
	    uend == ustart + 1 &&
	    (uend >= n || !is_cjk(cp[uend]) || cp[uend] == 0x591A ||
	        cp[uend] == 0x5DE6)) {
		ucls = U_CUR;
		code = "CNY";
		uexp = 0;
	}
	/* 一个月球基地: 月 starts the next word. */
	if (ucls == U_DUR && cp[uend - 1] == 0x6708 && uend < n &&
	    strchr_cp("球饼亮光色台", cp[uend])) {
		ucls = U_COUNT;
		code = NULL;
		uend--;
	}
	/* 一两个 (one or two), 两两: not the weight unit. */
	if (ucls == U_QTY && (cp[ustart] == 0x4E24 || cp[ustart] == 0x5169) &&
	    ((uend < n &&
	         (unit_at(z, uend, &len) >= 0 || cp[uend] == 0x4E09)) ||
	        nu.single))
		ucls = U_NONE;
	if (ucls == U_DA &&
	    (iv < 2 || iv > 10 || !nu.single || uend >= n || !is_cjk(cp[uend])))
		ucls = U_NONE;
	if (ucls == U_YEAR || ucls == U_MONTH || ucls == U_DAY) {
		/* Not a date here: durations. */
		if (ucls == U_MONTH)
			ucls = U_NONE;
		else {
			ucls = U_DUR;
			code = NULL;
		}
	}
	if (ucls == U_FY || ucls == U_QUARTER) {
		ucls = U_DUR;
		code = NULL;
	}
	if (ucls == U_NONE) {
		ustart = uend = e;
		code = NULL;
	}

	/* 万元 after a currency prefix: the prefix decides the currency. */
	if (curprefix[0] && ucls != U_CUR && ucls != U_NONE) {
		/* 人民币3家? keep the prefix only for money. */
		curprefix[0] = '\0';
		s = i - (nu.neg ? 1 : 0);
		pstart = s;
	}
	/* 元人民币, 元港币: a currency name after 元 wins. */
	if (ucls == U_CUR && code != NULL && strcmp(code, "CNY") == 0 &&
	    cp[uend - 1] == 0x5143) {
		size_t l2;
		int k2 = lex_match(&z->units, cp, 0, n, uend, &l2);

		if (k2 >= 0 && z->units.e[k2].cls == U_CUR &&
		    z->units.e[k2].exp == 0 && cp[uend] != 0x5143) {
			code = z->units.e[k2].code;
			uend += l2;
		}
	}
	/* 397.01元/股, 5000元/吨: a per-unit price. */
	if (ucls == U_CUR && uend + 1 < n && cp[uend] == '/' &&
	    is_cjk(cp[uend + 1]))
		uend += 2;

	/* Ranges: 51亿至57亿美元, 1-2亿元, 43%-67%, 三到四年, 3至4成. */
	{
		size_t q = uend;

		bool between = false, jian = false;

		/* 20 - 100: one space either side of the connector. */
		if (q + 2 < n && is_space(cp[q]) && is_range_conn(cp[q + 1]))
			q++;

		/* 20和30之间, 10000与20000间: "between" is a range too. */
		if (q + 1 < n &&
		    (cp[q] == 0x548C || cp[q] == 0x4E0E || cp[q] == 0x53CA) &&
		    !(nu.flags & ZP_CNUM_VAGUE) &&
		    numeral(z, &z->b, q + 1, &nu2) == 0) {
			size_t l2 = 0, r = nu2.e;
			int k2 = unit_at(z, r, &l2);

			if (k2 >= 0)
				r += l2;
			if (starts_with(z, r, "之间") ||
			    starts_with(z, r, "间"))
				between = true;
			/* 10000与20000间 at a clause end: 间 is "between",
			 * not the classifier of rooms. */
			if (!between && starts_with(z, nu2.e, "间") &&
			    (nu2.e + 1 >= n || !is_cjk(cp[nu2.e + 1]))) {
				between = true;
				jian = true;
			}
		}
		if (q + 1 < n && (is_range_conn(cp[q]) || between) &&
		    !(nu.flags & ZP_CNUM_VAGUE)) {
			size_t r = q + 1;
			bool neg2 = false;

			if (q > uend && r + 1 < n && is_space(cp[r]))
				r++;

			if (cp[r] == 0x8D1F ||
			    (is_minus(cp[r]) && r + 1 < n &&
			        is_adigit(cp[r + 1]))) {
				neg2 = true;
				r++;
			}
			if (numeral(z, &z->b, r, &nu2) == 0 &&
			    !(nu2.flags & (ZP_CNUM_VAGUE | ZP_CNUM_BADSCALE)) &&
			    !(r < n && is_latin(cp[nu2.e]) &&
			        unit_at(z, nu2.e, &len) < 0) &&
			    !((nu.flags & ZP_CNUM_ARABIC) !=
			            (nu2.flags & ZP_CNUM_ARABIC) &&
			        (cp[q] == '-'))) {
				size_t l2 = 0, u2 = nu2.e;
				int k2 = jian ? -1 : unit_at(z, nu2.e, &l2);
				int c2;

				/* 余元, 多家 after the second end: the hedge
				 * sits inside, the unit follows it. */
				if (k2 < 0 && !jian && nu2.e + 1 < n &&
				    (cp[nu2.e] == 0x591A ||
				        cp[nu2.e] == 0x4F59 ||
				        cp[nu2.e] == 0x9918) &&
				    (k2 = unit_at(z, nu2.e + 1, &l2)) >= 0) {
					if (z->units.e[k2].cls == U_MONTH ||
					    z->units.e[k2].cls == U_DA ||
					    z->units.e[k2].cls == U_QTY)
						k2 = -1;
					else
						u2 = nu2.e + 1;
				}
				c2 = k2 >= 0 ? z->units.e[k2].cls : U_NONE;
				const char *code2 =
				    k2 >= 0 ? z->units.e[k2].code : NULL;
				bool ok;

				if (c2 == U_YEAR || c2 == U_FY ||
				    c2 == U_QUARTER || c2 == U_MONTH ||
				    c2 == U_DAY)
					c2 = U_DUR;
				if (c2 == U_DUR && k2 >= 0)
					code2 = NULL;
				if (ucls == U_NONE)
					ok = true;
				else
					ok = c2 == ucls &&
					    (code == NULL || code2 == NULL ||
					        strcmp(code, code2) == 0);
				/* 至 after a figure with a unit, then a
				 * figure with another unit, is a level. */
				if (ok && c2 == U_NONE && ucls == U_NONE &&
				    cp[q] != '-' && cp[q] != 0x5230 &&
				    cp[q] != 0x81F3 && !between)
					ok = false;
				if (ok && c2 == U_NONE && ucls != U_NONE)
					ok = ucls == U_PCT;
				/* Bare 1-2 may be a score or a code; with a
				 * scale word it is an amount: 3万-5万, 5k-20k. */
				if (ok && ucls == U_NONE && c2 == U_NONE &&
				    (nu.flags & ZP_CNUM_ARABIC) && !between &&
				    !(nu2.flags & ZP_CNUM_BIG) &&
				    !(cp[nu.e - 1] == 'k' &&
				        cp[nu2.e - 1] == 'k'))
					ok = false;
				if (ok) {
					struct zp_dec *a = &c->val;
					struct zp_dec *b = &z->b.val;

					zp_dec_copy(&z->x, a);
					zp_dec_copy(&z->y, b);
					/* 1-2亿元: the scale of the second
					 * end applies to a bare first. */
					if (!(nu.flags & ZP_CNUM_BIG) &&
					    (nu2.flags & ZP_CNUM_BIG) &&
					    ucls == U_NONE &&
					    z->b.last_unit >= 4) {
						zp_dec_shift(
						    &z->x, z->b.last_unit);
					}
					z->x.neg =
					    nu.neg && !zp_dec_is_zero(&z->x);
					z->y.neg =
					    neg2 && !zp_dec_is_zero(&z->y);
					range = true;
					range_more = u2 > nu2.e;
					if (ucls == U_NONE) {
						ucls = c2;
						code = code2;
						uexp = k2 >= 0 ?
						    z->units.e[k2].exp :
						    0;
						ustart = u2;
					}
					uend = c2 != U_NONE ? u2 + l2 : nu2.e;
					if (k2 >= 0 && c2 != U_NONE)
						ustart = u2;
				}
			}
		}
	}

	/* Not a figure: 一 as an article, bare numerals in words. */
	if (!range && nu.single && iv == 1 && !percent_prefix &&
	    !curprefix[0] &&
	    (ucls == U_COUNT || (ucls == U_NONE && e < n && is_cjk(cp[e])) ||
	        (ucls == U_QTY && cp[ustart] == 0x70B9)))
		return uend > e ? uend : e;
	if (ucls == U_NONE && !range && !percent_prefix && !curprefix[0]) {
		if (!bare_ok(z, pstart, e, &nu))
			return e;
		zp_dec_copy(&z->x, &c->val);
		z->x.neg = nu.neg && !zp_dec_is_zero(&z->x);
		bare_number(z, pstart, e, &nu, &z->x);
		m = &z->m[z->nm - 1];
		look_back(z, m, pstart, lo, false);
		if (!m->bound)
			hedge_after(z, m, e);
		return e;
	}
	if (ucls == U_NONE && !percent_prefix && !curprefix[0] && range) {
		/* 三到四: a bare range. */
		m = new_ment(z, pstart, uend, ZP_NK_NUMBER);
		set_range(z, m, &z->x, &z->y);
		look_back(z, m, pstart, lo, false);
		return uend;
	}

	/* 七〇六所: digits read one by one name things, not amounts. */
	if ((nu.flags & ZP_CNUM_SEQ) && !range && !(nu.flags & ZP_CNUM_VAGUE) &&
	    !(ucls == U_ZHE && e == i + 2)) /* but 七五折 */
		return uend > e ? uend : e;

	/* Build the mention. */
	{
		bool bare_yuan = false;
		int kind = ZP_NK_NUMBER;
		size_t unit_end;
		struct zp_dec *v = &z->x;
		int scale = 0;

		if (!range) {
			zp_dec_copy(v, &c->val);
			v->neg = nu.neg && !zp_dec_is_zero(v);
		}
		if (percent_prefix) {
			kind = ZP_NK_PERCENT;
			scale = pct_exp;
			uend = e;
			code = "%";
			ucls = U_PCT;
		} else if (curprefix[0] && ucls != U_CUR) {
			kind = ZP_NK_MONEY;
			code = curprefix;
			uend = e;
		} else {
			switch (ucls) {
			case U_CUR:
				kind = ZP_NK_MONEY;
				scale = uexp;
				if (curprefix[0] && strcmp(code, "CNY") == 0)
					code = curprefix;
				/* 元 alone: the local currency, CNY unless the
				 * text declares another (港元，下同). */
				bare_yuan = !curprefix[0] &&
				    strcmp(code, "CNY") == 0 &&
				    (cp[ustart] == 0x5143 ||
				        cp[ustart] == 0x5706 ||
				        cp[ustart] == 0x5757) &&
				    ustart + 1 == uend;
				break;
			case U_PCT:
				kind = ZP_NK_PERCENT;
				break;
			case U_PERMILLE:
				kind = ZP_NK_PERCENT;
				scale = -1;
				break;
			case U_PP:
			case U_BP:
				kind = ZP_NK_PERCENT;
				break;
			case U_CHENG:
				kind = ZP_NK_PERCENT;
				scale = 1;
				code = "%";
				break;
			case U_ZHE:
				/* 九折 = 90 %, 9.5折 = 95 %, 七五折 = 75 %. */
				kind = ZP_NK_PERCENT;
				code = "%";
				if (range ? z->y.n == 0 ||
				            z->y.exp + (int64_t)z->y.n <= 1 :
				            c->val.n == 0 ||
				            c->val.exp + (int64_t)c->val.n <= 1)
					scale = 1;
				break;
			case U_BEI:
			case U_FAN:
				kind = ZP_NK_NUMBER;
				break;
			case U_COUNT:
			case U_DA:
				kind = ZP_NK_COUNT;
				break;
			case U_QTY:
			case U_QTYLATIN:
				kind = ZP_NK_QUANTITY;
				break;
			case U_DUR:
				kind = ZP_NK_PERIOD;
				break;
			default:
				break;
			}
		}
		m = new_ment(z, pstart, uend, kind);
		m->defcur = bare_yuan;
		period_unit = kind == ZP_NK_PERIOD;
		unit_end = uend;
		/* 一年半, 一吨半, 三成半: a half after the unit. */
		if (!range && uend + 0 < n && cp[uend] == 0x534A &&
		    !(nu.flags & ZP_CNUM_VAGUE) &&
		    (kind == ZP_NK_PERIOD || kind == ZP_NK_QUANTITY ||
		        ucls == U_CHENG) &&
		    !(uend + 1 < n && is_cjk(cp[uend + 1]) &&
		        !is_clause_mark(cp[uend + 1]) &&
		        strchr_cp("导岛径身价数场球壁自决年天月个成折以来",
		            cp[uend + 1]))) {
			zp_dec_parse(&z->y, "0.5", 3);
			zp_dec_add(&z->x, &z->y);
			m->e = ++uend;
		}
		/* 五元三角, 50元6角3分, 两美元又三美分: sub-units. */
		if (!range && ucls == U_CUR && uexp == 0 && code != NULL &&
		    !(nu.flags & ZP_CNUM_VAGUE))
			uend = m->e = subunits_after(z, uend, code, &z->x);
		if (scale != 0) {
			zp_dec_shift(&z->x, scale);
			zp_dec_shift(&z->y, scale);
		}
		if (range) {
			set_range(z, m, &z->x, &z->y);
			if (range_more)
				m->approx = true;
		} else if (nu.flags & ZP_CNUM_VAGUE) {
			m->vmode = 2;
			m->approx = true;
		} else {
			set_value(z, m, &z->x);
		}
		if (nu.flags & ZP_CNUM_MORE) {
			m->approx = true;
			m->bound = 'l';
		}
		if (nu.flags & ZP_CNUM_DANGLING)
			m->note = "decimal point without digits read as "
			          "absent";
		m->ucls = (uint8_t)ucls;
		if (kind == ZP_NK_MONEY || kind == ZP_NK_PERCENT)
			unit_copy(m, code != NULL ? code : "");
		else if (ucls == U_DA)
			m->unit[0] = '\0';
		else if (unit_end > ustart)
			unit_surface(z, m, ustart, unit_end, text);
		look_back(z, m, pstart, lo, period_unit);
		/* Hedges after: 左右, 以上, 多 (五倍多, 一年多). */
		if (!(range && cp[uend] == 0x591A))
			hedge_after(z, m, uend);
		/* Signed change after 同比: 同比-5.2%; 增速为-3% is down. */
		if (nu.neg && m->change == 0 &&
		    (ends_with(z, pstart, "同比") ||
		        ends_with(z, pstart, "环比")))
			m->change = 'd';
		if (nu.neg && m->change == 'u')
			m->change = 'd';
		return uend > e ? uend : e;
	}
}

/* Hedges after a figure ending at p: 左右, 以上, 多 (五倍多, 一年多). */
static void
hedge_after(struct zp_numbers *z, struct ment *m, size_t p)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n, len;
	int k = lex_match(&z->hedge_a, cp, 0, n, p, &len);

	/* 170 之下, 60 以上: a word hedge after one space (not 多, 余). */
	if (k < 0 && p + 2 < n && is_space(cp[p])) {
		k = lex_match(&z->hedge_a, cp, 0, n, p + 1, &len);
		if (k >= 0 && len < 2)
			k = -1;
		p++;
	}
	if (k < 0)
		return;
	/* 多家, 多数, 多少, 多元: the next word, not a hedge. */
	if (cp[p] == 0x591A && p + 1 < n &&
	    (unit_at(z, p + 1, &len) >= 0 ||
	        strchr_cp("数少样方地元年个", cp[p + 1])))
		return;
	if (cp[p] == 0x4E0A && p + 2 < n && cp[p + 2] == 0x6E38) /* 上下游 */
		return;
	m->approx = true;
	if (z->hedge_a.e[k].cls == H_LOWER)
		m->bound = 'l';
	else if (z->hedge_a.e[k].cls == H_UPPER)
		m->bound = 'u';
}

/* Does cp[s..e) hold a scale word (万 亿 兆)? */
static bool
has_scale(struct zp_numbers *z, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if (z->cp[i] == 0x4E07 || z->cp[i] == 0x842C ||
		    z->cp[i] == 0x4EBF || z->cp[i] == 0x5104 ||
		    z->cp[i] == 0x5146)
			return true;
	return false;
}

/* Coordination: X、Y和Z万亿日元 share the last unit. */
static void
coordinate(struct zp_numbers *z)
{
	for (size_t i = z->nm; i-- > 1;) {
		struct ment *a = &z->m[i - 1], *b = &z->m[i];

		if (!a->bare || b->bare || a->vmode != 1)
			continue;
		if (b->kind != ZP_NK_MONEY && b->kind != ZP_NK_COUNT &&
		    b->kind != ZP_NK_QUANTITY && b->kind != ZP_NK_PERCENT)
			continue;
		if (b->s != a->e + 1)
			continue;
		{
			uint32_t c = z->cp[a->e];

			if (c != 0x3001 && c != 0x548C && c != 0x4E0E &&
			    c != 0x53CA && c != 0x6216)
				continue;
		}
		/*
		 * 2.7亿、19.6%: the two are not of one shape, so the unit is
		 * not shared; X万亿、Y万亿和Z万亿日元 and 3或4层 are.
		 */
		if (has_scale(z, a->s, a->e) != has_scale(z, b->s, b->e))
			continue;
		a->kind = b->kind;
		memcpy(a->unit, b->unit, sizeof a->unit);
		a->bare = false;
		a->note = "unit shared with the next figure";
	}
}

/*
 * (港元，下同), （单位：新台币，下同）: a declaration that makes later bare 元
 * amounts of the text that currency.
 */
static void
declared_currency(struct zp_numbers *z)
{
	size_t mi = 0;
	const char *code = NULL;

	for (size_t i = 1; (i = next_with(z, i, C_PERIODW)) + 1 < z->n; i++) {
		size_t len;

		/* 下同 (下 is a period word's first character too) */
		if (z->cp[i] != 0x4E0B || z->cp[i + 1] != 0x540C)
			continue;
		/* Apply the previous declaration up to here. */
		for (; mi < z->nm && z->m[mi].s < i; mi++)
			if (code != NULL && z->m[mi].defcur) {
				unit_copy(&z->m[mi], code);
				z->m[mi].note =
				    "currency declared earlier (下同)";
			}
		for (size_t b = i; b-- > 0 && b + 10 > i;) {
			int k = lex_match(&z->units, z->cp, 0, i, b, &len);

			if (k < 0 || z->units.e[k].cls != U_CUR ||
			    z->units.e[k].exp != 0 || len < 2)
				continue;
			code = z->units.e[k].code;
			/* 新台币 over 台币: the longest word ending here. */
			for (size_t q = 1; q <= 3 && q <= b; q++) {
				size_t l2;
				int k2 = lex_match(
				    &z->units, z->cp, 0, i, b - q, &l2);

				if (k2 >= 0 && z->units.e[k2].cls == U_CUR &&
				    b - q + l2 == b + len) {
					code = z->units.e[k2].code;
					b -= q;
					len = l2;
					q = 0;
				}
			}
			/* The amount just before "(港元，下同)" is one too. */
			while (b > 0 &&
			    (z->cp[b - 1] == '(' || z->cp[b - 1] == 0xFF08 ||
			        is_space(z->cp[b - 1]) ||
			        z->cp[b - 1] == 0xFF1A || z->cp[b - 1] == ':' ||
			        z->cp[b - 1] == 0x5355 ||
			        z->cp[b - 1] == 0x4F4D))
				b--; /* ( （ ： 单位 */
			if (mi > 0 && z->m[mi - 1].e == b &&
			    z->m[mi - 1].defcur) {
				unit_copy(&z->m[mi - 1], code);
				z->m[mi - 1].note = "currency declared (下同)";
			}
			break;
		}
	}
	for (; mi < z->nm; mi++)
		if (code != NULL && z->m[mi].defcur) {
			unit_copy(&z->m[mi], code);
			z->m[mi].note = "currency declared earlier (下同)";
		}
}

/*
 * 大于10小于20, 1000以上，1500以下, 不低于5%、不高于8%: a lower and an
 * upper bound on one quantity next to each other are a range.
 */
static void
merge_bounds(struct zp_numbers *z)
{
	static const char gapset[] =
	    "大于小于等不低高超过以上下并且而同时的或者、，,和及至多少最 ";
	size_t w = 0;

	for (size_t i = 0; i < z->nm; i++) {
		struct ment *a, *b;
		bool ok = true;

		z->m[w] = z->m[i];
		a = &z->m[w];
		w++;
		if (i + 1 >= z->nm)
			continue;
		b = &z->m[i + 1];
		if (!a->bound || !b->bound || a->bound == b->bound ||
		    a->vmode != 1 || b->vmode != 1 || b->s < a->e ||
		    b->s - a->e > 10)
			continue;
		/* 最多100最少20个: the bare end takes the other's unit. */
		if (a->kind != b->kind || strcmp(a->unit, b->unit) != 0) {
			if (a->bare && a->unit[0] == '\0') {
				a->kind = b->kind;
				memcpy(a->unit, b->unit, sizeof a->unit);
			} else if (!(b->bare && b->unit[0] == '\0')) {
				continue;
			}
		}
		for (size_t k = a->e; k < b->s && ok; k++)
			ok = strchr_cp(gapset, z->cp[k]);
		if (!ok)
			continue;
		{
			struct ment *lo = a->bound == 'l' ? a : b;
			struct ment *hi = a->bound == 'l' ? b : a;
			size_t v0 = lo->v0, v1 = lo->v1, m0 = hi->v0,
			       m1 = hi->v1;

			/* 大于50小于12 bounds nothing: two bounds stay. */
			if (val_num(z, v0, v1) > val_num(z, m0, m1))
				continue;

			a->v0 = v0;
			a->v1 = v1;
			a->m0 = m0;
			a->m1 = m1;
			a->vmode = 3;
			a->bound = 0;
			a->approx = true;
			a->e = b->e;
			a->bare = false;
			i++;
		}
	}
	z->nm = w;
}

/* change carries over a coordination: 上升了3.1%和1.1%. */
static void
carry_change(struct zp_numbers *z)
{
	for (size_t i = 1; i < z->nm; i++) {
		struct ment *a = &z->m[i - 1], *b = &z->m[i];
		uint32_t c;

		if (b->change || !a->change || a->kind != b->kind)
			continue;
		if (b->s != a->e + 1)
			continue;
		c = z->cp[a->e];
		if (c == 0x548C || c == 0x4E0E || c == 0x3001 || c == 0x53CA)
			b->change = a->change;
	}
}

/* Metric occurrences in the text, longest first, left to right. */
static void
find_metrics(struct zp_numbers *z)
{
	size_t i = 0, len;

	z->noc = 0;
	if (z->metrics.n == 0)
		return;
	while (i < z->n) {
		int k;

		/*
		 * Most characters start no term: test the class first.  A
		 * term starting beyond the BMP sets every key bit (lex_addn),
		 * so key bit 0 says whether such characters need a lookup.
		 */
		if (!(z->pc[i] & C_METRIC) &&
		    (z->cp[i] < 0x10000 || !(z->metrics.key[0] & 1))) {
			i = (z->metrics.key[0] & 1) ? i + 1 :
			                              next_with(z, i, C_METRIC);
			continue;
		}
		k = lex_match(&z->metrics, z->cp, 0, z->n, i, &len);
		if (k < 0) {
			i++;
			continue;
		}
		if (z->noc == z->occap) {
			z->occap = z->occap ? z->occap * 2 : 16;
			z->oc =
			    zp_xreallocarray(z->oc, z->occap, sizeof *z->oc);
		}
		z->oc[z->noc].s = i;
		z->oc[z->noc].e = i + len;
		z->oc[z->noc].idx = k;
		z->noc++;
		i += len;
	}
}

/* Does the clause starting at p continue the previous one's subject? */
static bool
continues(struct zp_numbers *z, size_t p)
{
	static const char *const w[] = {
		"同比",
		"环比",
		"按年",
		"按季",
		"较上年",
		"较去年",
		"较上一",
		"较上季",
		"至",
		"达到",
		"达",
		"低于",
		"高于",
		"略高于",
		"略低于",
		"约合",
		"相当于",
		"折合",
		"增长",
		"下降",
		"增幅",
		"降幅",
		"涨幅",
		"跌幅",
		"增加",
		"减少",
		"上升",
		"下滑",
	};

	while (p < z->n && is_space(z->cp[p]))
		p++;
	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (starts_with(z, p, w[i]))
			return true;
	return false;
}

static void
link(struct zp_numbers *z)
{
	size_t oi = 0, ai = 0;
	int best_org = -1;

	/*
	 * The record's dominant organization: named most often, at least
	 * twice, and more often than any other (a document's topic; one
	 * sentence naming a company once in passing does not make it the
	 * owner of every figure).
	 */
	if (z->ctx != NULL && z->ctx->nents <= 2000) {
		int best_n = 0;
		bool tie = false;

		for (size_t k = 0; k < z->ctx->nents; k++) {
			const struct zp_nentity *en = &z->ctx->ents[k];
			int cnt = 0;
			bool seen = false;

			if (!en->org)
				continue;
			for (size_t q = 0; q < z->ctx->nents && !seen; q++) {
				const struct zp_nentity *o = &z->ctx->ents[q];

				if (!o->org || o->idlen != en->idlen ||
				    memcmp(o->id, en->id, en->idlen) != 0)
					continue;
				if (q < k)
					seen = true;
				else
					cnt++;
			}
			if (seen)
				continue;
			if (cnt > best_n) {
				best_n = cnt;
				best_org = (int)k;
				tie = false;
			} else if (cnt == best_n) {
				tie = true;
			}
		}
		if (tie || best_n < 2)
			best_org = -1;
	}
	for (size_t i = 0; i < z->nm; i++) {
		struct ment *m = &z->m[i];
		size_t cl = last_before(z->clause, z->nclause, m->s);
		size_t st = last_before(z->sent, z->nsent, m->s);
		int lastm = -1;

		if (m->kind != ZP_NK_MONEY && m->kind != ZP_NK_PERCENT &&
		    m->kind != ZP_NK_QUANTITY)
			continue;
		while (oi < z->noc && z->oc[oi].e <= m->s)
			oi++;
		for (size_t k = oi; k-- > 0;) {
			if (z->oc[k].s < cl) {
				/*
				 * A clause that goes on from the one before
				 * (，同比下降34.4%; ，至258.9万亿韩元) takes its
				 * metric, within the sentence.
				 */
				if (z->oc[k].s >= st && continues(z, cl))
					lastm = z->oc[k].idx;
				break;
			}
			lastm = z->oc[k].idx;
			break;
		}
		m->metric = lastm;
		/* Period: the latest period word before, same sentence. */
		while (ai < z->nan && z->an[ai].e <= m->s)
			ai++;
		for (size_t k = ai; k-- > 0;) {
			if (z->an[k].s < st)
				break;
			snprintf(
			    m->period, sizeof m->period, "%s", z->an[k].label);
			break;
		}
		if (m->change && !m->basis)
			m->basis = find_basis(z, cl, m->s);
		if (z->ctx != NULL) {
			int sub = -1;

			for (size_t k = 0; k < z->ctx->nents; k++) {
				const struct zp_nentity *en = &z->ctx->ents[k];

				if (!en->org || en->end > m->s ||
				    en->start < st)
					continue;
				sub = (int)k;
			}
			if (sub < 0 && best_org >= 0)
				sub = best_org;
			m->subject = sub;
		}
	}
}

/* Period words that are not figures: 上半年, 全年, 去年. */
static void
period_words(struct zp_numbers *z)
{
	static const char *const w[][2] = {
		{ "上半年", "H1" },
		{ "下半年", "H2" },
		{ "上半财年", "H1" },
		{ "下半财年", "H2" },
		{ "全年", "" },
		{ "去年", "" },
		{ "今年", "" },
		{ "前年", "" },
		{ "明年", "" },
	};
	size_t before = z->nan;

	for (size_t i = 0; (i = next_with(z, i, C_PERIODW)) < z->n; i++) {
		uint32_t c = z->cp[i];

		for (size_t t = 0; t < sizeof w / sizeof *w; t++) {
			size_t l = match_len(z, i, w[t][0]);
			int year = 0;
			char lab[64];

			if (l == 0)
				continue;
			if (w[t][1][0] == '\0') {
				size_t ws;

				/* 去年, 今年: a year with the record's date;
				 * 去年同期 is a basis, not a period. */
				if (starts_with(z, i + l, "同期"))
					break;
				if (c == 0x5168)
					year = year_before(z, i);
				else
					year = rel_year(z, i + l, &ws);
				if (year == 0)
					break;
				/* A quarter right after takes the year. */
				if (i + l < z->n &&
				    (zp_cnum_starts(z->cp[i + l]) ||
				        z->cp[i + l] == 0x7B2C ||
				        z->cp[i + l] == 'Q'))
					break;
				snprintf(lab, sizeof lab, "%04d", year);
			} else {
				size_t ws;

				year = year_before(z, i);
				if (year == 0)
					year = rel_year(z, i, &ws);
				fmt_period(lab, sizeof lab, year, w[t][1]);
			}
			add_anchor(z, i, i + l, lab, false);
			break;
		}
	}
	/* Keep anchors sorted by position. */
	if (z->nan > before) {
		for (size_t i = 1; i < z->nan; i++) {
			struct anchor t = z->an[i];
			size_t j = i;

			while (j > 0 && z->an[j - 1].s > t.s) {
				z->an[j] = z->an[j - 1];
				j--;
			}
			z->an[j] = t;
		}
	}
}

static const char *const kind_names[] = { "money", "percent", "count",
	"quantity", "number", "ordinal", "date", "period" };

/* A size in decimal, without printf (this runs for every figure). */
static void
put_size(struct zp_buf *o, size_t v)
{
	char t[24];
	size_t k = sizeof t;

	do {
		t[--k] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	zp_buf_put(o, t + k, sizeof t - k);
}

static void
put_key(struct zp_buf *o, const char *k)
{
	zp_buf_putc(o, ',');
	zp_buf_putc(o, '"');
	zp_buf_puts(o, k);
	zp_buf_puts(o, "\":");
}

static void
write_json(struct zp_numbers *z, const char *text, struct zp_buf *o)
{
	zp_buf_putc(o, '[');
	for (size_t i = 0; i < z->nm; i++) {
		const struct ment *m = &z->m[i];
		size_t b = z->boff[m->s], l = z->boff[m->e] - b;

		if (i > 0)
			zp_buf_putc(o, ',');
		zp_buf_puts(o, "{\"text\":");
		zp_buf_json_str(o, text + b, l);
		zp_buf_puts(o, ",\"start\":");
		put_size(o, m->s);
		zp_buf_puts(o, ",\"end\":");
		put_size(o, m->e);
		zp_buf_puts(o, ",\"kind\":\"");
		zp_buf_puts(o, kind_names[m->kind]);
		zp_buf_putc(o, '"');
		if (m->vmode == 1) {
			put_key(o, "value");
			zp_buf_put(o, z->vals.p + m->v0, m->v1 - m->v0);
		} else if (m->vmode == 2) {
			put_key(o, "value");
			zp_buf_puts(o, "null");
		} else if (m->vmode == 3) {
			put_key(o, "min");
			zp_buf_put(o, z->vals.p + m->v0, m->v1 - m->v0);
			put_key(o, "max");
			zp_buf_put(o, z->vals.p + m->m0, m->m1 - m->m0);
		}
		if (m->unit[0] != '\0') {
			put_key(o, "unit");
			zp_buf_json_str(o, m->unit, strlen(m->unit));
		}
		if (m->approx)
			zp_buf_puts(o, ",\"approx\":true");
		if (m->bound)
			zp_buf_puts(o,
			    m->bound == 'l' ? ",\"bound\":\"lower\"" :
			                      ",\"bound\":\"upper\"");
		if (m->change)
			zp_buf_puts(o,
			    m->change == 'u' ? ",\"change\":\"up\"" :
			                       ",\"change\":\"down\"");
		if (m->basis)
			zp_buf_puts(o,
			    m->basis == 'y' ? ",\"basis\":\"yoy\"" :
			                      ",\"basis\":\"qoq\"");
		if (m->date[0] != '\0') {
			put_key(o, "date");
			zp_buf_json_str(o, m->date, strlen(m->date));
		}
		if (m->period[0] != '\0') {
			put_key(o, "period");
			zp_buf_json_str(o, m->period, strlen(m->period));
		}
		if (m->metric >= 0) {
			const char *t = z->metrics.e[m->metric].code;

			put_key(o, "metric");
			zp_buf_json_str(o, t, strlen(t));
		}
		if (m->subject >= 0) {
			const struct zp_nentity *en = &z->ctx->ents[m->subject];

			put_key(o, "subject");
			zp_buf_json_str(o, en->id, en->idlen);
		}
		if (m->note != NULL) {
			put_key(o, "note");
			zp_buf_json_str(o, m->note, strlen(m->note));
		}
		zp_buf_putc(o, '}');
	}
	zp_buf_putc(o, ']');
}

static void
push_bound(size_t **b, size_t *nb, size_t *cap, size_t v)
{
	if (*nb == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*b = zp_xreallocarray(*b, *cap, sizeof **b);
	}
	(*b)[(*nb)++] = v;
}

size_t
zp_numbers_json(struct zp_numbers *z, const char *text, size_t len,
    const struct zp_nctx *ctx, struct zp_buf *out)
{
	size_t i = 0, n = 0;

	if (len + 1 > z->cap) {
		z->cap = len + 1;
		z->cp = zp_xreallocarray(z->cp, z->cap, sizeof *z->cp);
		z->boff = zp_xreallocarray(z->boff, z->cap, sizeof *z->boff);
		z->pc = zp_xreallocarray(z->pc, z->cap + 8, sizeof *z->pc);
	}
	if (z->metric_bits != z->metrics.n) {
		/* Terms were added since: first characters again. */
		for (size_t c = 0x80; c < 0x10000; c++)
			if ((z->metrics.key[c >> 3] >> (c & 7)) & 1)
				z->cls[c] |= C_METRIC;
		z->metric_bits = z->metrics.n;
	}
	z->nclause = z->nsent = 0;
	while (i < len) {
		size_t l;
		int32_t c;
		uint8_t k;
		unsigned char b0 = (unsigned char)text[i];

		/* The record layer hands over valid UTF-8; decode it inline. */
		if (b0 < 0x80) {
			c = b0;
			l = 1;
		} else if (b0 >= 0xE0 && b0 < 0xF0 && i + 2 < len &&
		    ((unsigned char)text[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)text[i + 2] & 0xC0) == 0x80) {
			c = ((b0 & 0x0F) << 12) |
			    (((unsigned char)text[i + 1] & 0x3F) << 6) |
			    ((unsigned char)text[i + 2] & 0x3F);
			l = 3;
			if (c < 0x800 || (c >= 0xD800 && c < 0xE000))
				c = zp_utf8_decode(text + i, len - i, &l);
		} else {
			c = zp_utf8_decode(text + i, len - i, &l);
		}
		if (c < 0)
			c = 0xFFFD;
		z->boff[n] = i;
		z->cp[n] = (uint32_t)c;
		k = c < 0x10000 ? z->cls[c] : 0;
		z->pc[n] = k;
		if (k & (C_CLAUSE | C_SENT)) {
			if (k & C_CLAUSE)
				push_bound(
				    &z->clause, &z->nclause, &z->ccap, n + 1);
			if (k & C_SENT)
				push_bound(
				    &z->sent, &z->nsent, &z->scap, n + 1);
		}
		n++;
		i += l;
	}
	z->boff[n] = len;
	memset(z->pc + n, 0, 8); /* next_with reads 8 at a time */
	z->n = n;
	z->nm = 0;
	z->nan = 0;
	z->ctx = ctx;
	zp_buf_clear(&z->vals);

	i = 0;
	while (i < n) {
		uint32_t c = z->cp[i];

		/* Most characters start nothing: one byte says so. */
		if (!(z->pc[i] & (C_START | C_URL))) {
			i = next_with(z, i, C_START | C_URL);
			continue;
		}
		if ((c == 'h' || c == 'w' || c == 'H' || c == 'W') &&
		    (starts_with(z, i, "http://") ||
		        starts_with(z, i, "https://") ||
		        starts_with(z, i, "www.") ||
		        starts_with(z, i, "HTTP"))) {
			/* A URL: its digits and %XX are not figures. */
			while (i < n && z->cp[i] > ' ' && z->cp[i] < 0x80)
				i++;
			continue;
		}
		if (c == '@' && i > 0 && is_latin(z->cp[i - 1])) {
			while (i < n && z->cp[i] > ' ' && z->cp[i] < 0x80)
				i++;
			continue;
		}
		if (!(z->pc[i] & C_START)) {
			i++;
			continue;
		}
		i = try_at(z, i, text);
	}
	coordinate(z);
	merge_bounds(z);
	carry_change(z);
	declared_currency(z);
	period_words(z);
	find_metrics(z);
	link(z);
	write_json(z, text, out);
	return z->nm;
}
