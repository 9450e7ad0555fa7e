/*
 * num_lex -- the longest-match tables of the figure finder and the words
 * they hold: currencies, units, hedges, change verbs, bases, lexicalized
 * numerals, relative years.  The built-in metric terms come from
 * data/metrics.txt through a generated include.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/wordlist.h"
#include "zhpipe/xalloc.h"

#include "num_internal.h"

void
lex_init(struct lex *l, bool rev)
{
	memset(l, 0, sizeof *l);
	l->rev = rev;
}

void
lex_free(struct lex *l)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->e[i].cls == 255)
			free((char *)l->e[i].code);
	free(l->e);
	l->e = NULL;
	l->n = l->cap = 0;
	zp_wl_free(&l->wl);
}

/*
 * Adds s (UTF-8); words longer than LEX_MAXW code points are ignored.  A
 * word added again gets a new entry that the word list matches from then
 * on; the old entry stays (and is freed) with the others.
 */
void
lex_addn(struct lex *l, const char *s, size_t len, int cls, int exp,
    const char *code)
{
	size_t i = 0, n = 0;

	while (i < len) {
		size_t cl;

		if (zp_utf8_decode(s + i, len - i, &cl) < 0 || n == LEX_MAXW)
			return;
		n++;
		i += cl;
	}
	if (n == 0 || (l->key2 && n < 2))
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->e = zp_xreallocarray(l->e, l->cap, sizeof *l->e);
	}
	if (zp_wl_add(&l->wl, s, len, (uint32_t)l->n) != 0)
		return;
	l->e[l->n++] = (struct lent){
		.cls = (uint8_t)cls, .exp = (int8_t)exp, .code = code
	};
}

void
lex_add(struct lex *l, const char *s, int cls, int exp, const char *code)
{
	lex_addn(l, s, strlen(s), cls, exp, code);
}

/* ---------------------------------------------------------------------- */
/* The tables. */

static const char *const currencies[][2] = {
	{ "元", "CNY" },
	{ "圆", "CNY" },
	{ "块钱", "CNY" },
	{ "人民币", "CNY" },
	{ "人民幣", "CNY" },
	{ "元人民币", "CNY" },
	{ "元人民幣", "CNY" },
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
	{ "新臺幣", "TWD" },
	{ "臺幣", "TWD" },
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
	{ "澳門元", "MOP" },
	{ "澳門幣", "MOP" },
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
	{ "人民幣", "CNY" },
	{ "港币", "HKD" },
	{ "港幣", "HKD" },
	{ "港元", "HKD" },
	{ "新台币", "TWD" },
	{ "新台幣", "TWD" },
	{ "台币", "TWD" },
	{ "台幣", "TWD" },
	{ "新臺幣", "TWD" },
	{ "臺幣", "TWD" },
	{ "澳门币", "MOP" },
	{ "澳門幣", "MOP" },
	{ "澳门元", "MOP" },
	{ "澳門元", "MOP" },
	{ "MOP$", "MOP" },
	{ "美元", "USD" },
	{ "美金", "USD" },
	{ "日元", "JPY" },
	{ "日圓", "JPY" },
	{ "日圆", "JPY" },
	{ "韩元", "KRW" },
	{ "韓元", "KRW" },
	{ "欧元", "EUR" },
	{ "歐元", "EUR" },
	{ "英镑", "GBP" },
	{ "英鎊", "GBP" },
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
	"英吋", /* Taiwan's 英寸: two characters, no fold makes it 英寸 */
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
	"千伏",
	"千伏安",
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
	"m",
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
	/* 占比过20, 销量过百万: 过 passes a threshold after a measure; after
	 * a verb it is an aspect (交战过16场, 获得过100万美元, 通过12项), so
	 * only the measures' last characters go with it. */
	{ "比过", "l" },
	{ "值过", "l" },
	{ "额过", "l" },
	{ "量过", "l" },
	{ "房过", "l" },
	{ "模过", "l" },
	{ "数过", "l" },
	{ "户过", "l" },
	{ "率过", "l" },
	{ "润过", "l" },
	{ "收过", "l" },
	{ "价过", "l" },
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

/*
 * The built-in metric terms: the top part of data/metrics.txt, which the
 * Makefile turns into C strings (scripts/metrics-inc.awk), so the list has
 * one source and works without the data file.
 */
/*
 * Period words that are no figures (num_period_words): a half, the year of
 * a relative word ("": 去年, 全年), or a period the date settles ("~c" this
 * quarter, "~x" the next, "~p" the one before, "~P" the year before), or
 * the one in force does ("~o": 單季, the single last quarter of it).
 */
static const char *const period_words[][2] = {
	{ "上半年", "H1" },
	{ "下半年", "H2" },
	{ "上半财年", "H1" },
	{ "下半财年", "H2" },
	{ "全年", "" },
	{ "去年", "" },
	{ "今年", "" },
	{ "前年", "" },
	{ "明年", "" },
	{ "本季度", "~c" },
	{ "本季", "~c" },
	{ "当季", "~c" },
	{ "下季度", "~x" },
	{ "下一季度", "~x" },
	{ "下一个季度", "~x" },
	{ "上季度", "~p" },
	{ "上季", "~p" },
	{ "上一季", "~p" },
	{ "當季", "~c" },
	{ "单季", "~o" },
	{ "單季", "~o" },
	{ "上一季度", "~p" },
	{ "上一个季度", "~p" },
	{ "上一年度", "~P" },
	{ "前一年", "~P" },
	{ "上一年", "~P" },
	{ "半年度", "H1" },
	{ "半年报", "H1" },
	{ "中期业绩", "H1" },
	{ "中期报告", "H1" },
	{ "首季度", "Q1" },
	{ "首季", "Q1" },
	{ "报告期", "~R" },
	{ "本报告期", "~R" },
};

/*
 * Times the text leaves open (num_period.c): a figure after one has no
 * period rather than the one before.  Each starts with a C_LINKW
 * character (num_scan.c).
 */
static const char *const open_times[] = { "近年来", "近年來", "多年来",
	"多年來", "近几年", "近幾年", "过去几年", "過去幾年", "未来几年",
	"未來幾年", "个月前", "個月前", "几年前", "幾年前", "多年前" };

static const char *const metrics_builtin[] = {
#include "metrics_builtin.inc"
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

void
num_lex_tables(struct zp_numbers *z)
{
	size_t i;

	num_region_tables(z);
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
	lex_init(&z->pwords, false);
	lex_init(&z->timew, false);
	for (i = 0; i < sizeof open_times / sizeof *open_times; i++)
		lex_add(&z->timew, open_times[i], 0, 0, NULL);
	for (i = 0; i < sizeof period_words / sizeof *period_words; i++)
		lex_add(
		    &z->pwords, period_words[i][0], 0, 0, period_words[i][1]);
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
}
