/*
 * ent_places -- places by their administrative unit (芙蓉区 after 长沙市)
 * and countries by their one-character abbreviations (中美, 访华, 日方).
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/utf8.h"
#include "ent_internal.h"

/* The hot sets of this family, resolved once by its init. */
const struct cset *ent_cs_abbrev, *ent_cs_abstart, *ent_cs_fang;
const char ent_admin_units[] = "省市县区州镇乡村旗盟";
static const struct cset *cs_listab; /* LIST_CHARS */

/* The characters of abbrevs[] below, for a quick test. */
#define ABBREV_COUNTRIES \
	"中美日俄英法德韩朝印越巴意加澳欧非以伊台港荷" \
	"西葡泰菲新马蒙哈乌土沙墨古苏"
#define LIST_ABBREV_CHARS \
	"京津沪渝冀晋辽吉黑浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕甘青宁澳" \
	"比瑞挪丹芬奥希波捷匈罗保阿亚拉叙黎约埃缅柬孟秘智"
static const char ABBREV_CHARS[] = ABBREV_COUNTRIES;
/*
 * One abbreviation alone.  X方 (the X side: 中方, 美方) for the countries
 * whose character is read that way, unless 方 starts a word of its own
 * (方面, 方法, 方案); the characters that can start a country pair or stand
 * alone (START); 华 (China) and 京 (Beijing) after verbs of going, staying
 * and stance (访华, 驻华, 抵京, 在京), unless the next character makes a
 * word of them (华尔街, 华人, 京剧, 京城); a country after 抗 (抗日, 抗美).
 */
static const char ABBREV_START[] = ABBREV_COUNTRIES "华京" LIST_ABBREV_CHARS;
static const char FANG_FIRST[] =
    "中美日俄英法德韩朝印巴以澳欧越菲泰意伊苏葡加蒙墨荷乌哈";
static const char fang_bad_next[] =
    "面法案式向针便位略程圆块阵队言才可能兴格舟正形剂子志丈";
static const char hua_prev[] = "访来驻在反侵对赴抵离援旅使涉亲友排返留";
static const char hua_bad_next[] =
    "尔盛侨裔人为润夏府丽贵美东南西北中商纳语文诞灯山";
static const char jing_prev[] = "在抵进来离赴驻返回晋留出";
static const char jing_bad_next[] = "剧城都津沪九戏腔味韵菜东华片胡族畿郊";
static const char kang_next[] = "日美英法德俄";
/*
 * A country or a province after a verb of going or staying: 访英, 赴藏,
 * 驻墨, 旅美, 留法, 援非, 返沪.  The characters here are read as places
 * there; 中 以 新 西 and the like are words after the same verbs (赴新
 * 单位).  go_bad_next are characters that make a word with the place
 * character (访美丽, 越来越, 非常).
 */
static const char go_prev[] = "访驻赴抵离旅留援返";
static const char go_place[] =
    "美日俄英法德韩朝印越巴意加澳欧非伊台港荷葡泰菲蒙墨苏藏沪";
static const char go_bad_next[] =
    "丽好化术元院庭律期前后内常益刷章雄语文才国行育鲜向着阳气野廷代来"
    "过多发境士黎西勒拿基入强大快紧工剧速上重门兰州北南中醒洲典凡深市指秀"
    "股综书品身匿";
/* Only after 赴, 访 and 驻: 离港 and 返港 are ships' words. */
static const char go_port_prev[] = "访驻赴";
/* A country before 籍 (nationality) or 军 (its army): 美籍, 日军. */
static const char nation_first[] =
    "美日俄英法德韩朝印越意加澳以伊荷葡泰菲蒙墨苏";
static const char army_bad_next[] = "事工费备售品团区";
/* After a list of one-character countries, the end of its clause. */
static const char list_close[] = "的，,。；;和及与";
/* Characters before 中外 that end a word: 在中外, 蜚声中外, 享誉中外. */
static const char zhongwai_prev[] =
    "由被与和对向及从给让在的是为于到了声誉名驰闻";

/* Places by their unit: 芙蓉区 after 长沙市, 滁州, 桐城市. */
static const char shi_bad_prev[] =
    "上股城超楼车夜门都开收黑花菜入救托退登面应罢闭辖兴治富具"
    "休街墟集互牛熊盘汇债期港沪深美欧亚日午早晚全本该我各两新旧书";
static const char sheng_bad_prev[] = "全本该各外两我反节深";
static const char xian_bad_prev[] = "全本该各两郡州我困进强点化代";
static const char zhou_bad_prev[] = "各全该本两非美欧亚澳";
static const char qu_bad_prev[] =
    "地社市城山灾景园小校特郊矿林牧库辖片商港新开保示自族心麦雨备"
    "试功行误禁雷盲分东西南北中厂街湾";

static const char shi_bad_next[] = "场值民";
/*
 * Towns, townships and villages (高升镇, 田头乡, 三桥村) name the place
 * before them unless that character makes a word with the unit (城镇,
 * 家乡, 农村) or the unit starts a word (镇压, 乡土, 村民).
 */
static const char zhen_bad_prev[] =
    "城乡小古重名集市全本该各坐冰村县两一新老大强边军州每";
static const char xiang_bad_prev[] =
    "城家故老下返回还他异思同全本该各水梦穷山侨县一两外原每贫远近";
static const char cun_bad_prev[] =
    "农乡山渔全本该各进回小老古入整一两邻外同离出假寨村郊每贫穷";
static const char zhen_bad_next[] = "压静定痛守住";
/* Kinds of villages and townships, no names: 贫困村, 示范乡. */
static const char *const village_kinds[] = {
	"贫困",
	"示范",
	"模范",
	"行政",
	"自然",
	"移民",
	"文明",
	"先进",
	"特色",
	"生态",
	"重点",
	"中心",
	"富裕",
	"小康",
	"民族",
	"边境",
	"旅游",
	"专业",
	"明星",
	"试点",
	"新农",
};
static const char xiang_bad_next[] = "镇村土亲音下里愁情间绅贤长党";
static const char cun_bad_next[] = "民落委级干庄寨镇里支官务长";

static void
place_at(struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, k, min = 2;
	const char *bad;
	int32_t o;
	uint32_t u = c[i];
	/* 镇 乡 村: the name stops at a larger unit (如东县孙窑乡). */
	bool small = u == 0x9547 || u == 0x4E61 || u == 0x6751;

	if (x->owner[i] >= 0)
		return;
	switch (u) {
	case 0x5E02:
		bad = shi_bad_prev;
		break; /* 市 */
	case 0x7701:
		bad = sheng_bad_prev;
		break; /* 省 */
	case 0x53BF:
		bad = xian_bad_prev;
		break; /* 县 */
	case 0x5DDE:
		bad = zhou_bad_prev;
		min = 1;
		break; /* 州 */
	case 0x533A:
		bad = qu_bad_prev;
		break; /* 区 */
	case 0x9547:
		bad = zhen_bad_prev;
		break; /* 镇 */
	case 0x4E61:
		bad = xiang_bad_prev;
		break; /* 乡 */
	case 0x6751:
		bad = cun_bad_prev;
		break; /* 村 */
	default:
		return;
	}
	if (i + 1 < n &&
	    ((u == 0x9547 && in_set(zhen_bad_next, c[i + 1])) ||
	        (u == 0x4E61 && in_set(xiang_bad_next, c[i + 1])) ||
	        (u == 0x6751 && in_set(cun_bad_next, c[i + 1]))))
		return;
	if (u == 0x5E02 && i + 1 < n && in_set(shi_bad_next, c[i + 1]))
		return;
	o = ends_at(x, i);
	if (o >= 0) {
		struct ent *e = &x->ent[o];

		/* 北京 + 市: the same place, written in full. */
		if (e->type == ZP_ET_LOC && u != 0x533A && u != 0x5DDE &&
		    !in_set(ent_admin_units, c[i - 1])) {
			x->owner[i] = o;
			e->e = (uint32_t)(i + 1);
		}
		return;
	}
	if (in_set_any(bad, c[i - 1]))
		return;
	k = i;
	while (k > 0 && i - k < 3 && x->owner[k - 1] < 0 && is_han(c[k - 1]) &&
	    !in_cs(ent_cs_stop, c[k - 1]) && wl_before(&x->stopw, c, k) == 0 &&
	    (!small || !in_set(ent_admin_units, c[k - 1])))
		k--;
	if (small) {
		for (size_t w = 0; w < NELEM(village_kinds); w++)
			if (i >= k + 2 && text_is(x, i - 2, village_kinds[w]))
				return;
	}
	/* 区 only after a place: 长沙市芙蓉区. */
	if (u == 0x533A && (o = ends_at(x, k)) < 0)
		return;
	if (u == 0x533A && x->ent[o].type != ZP_ET_LOC)
		return;
	if (i - k < min || ent_all_generic(x, k, i) ||
	    ent_generic_tail(x, k, i) > 0)
		return;
	ent_add(x, k, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
	    ent_put_surface(x, k, i + 1));
}
static size_t abbrev_at(struct zp_entities *x, size_t i);
static size_t abbrev_one(struct zp_entities *x, size_t i);

/*
 * What follows a country's name in its official name (意大利共和国, 柬埔寨
 * 王国, 俄罗斯联邦), longest first.  联邦 alone is also a word of the
 * federal bodies (美国联邦储备委员会): it joins only before a boundary.
 */
static const char *const state_forms[] = {
	"民主主义人民共和国",
	"人民民主共和国",
	"社会主义共和国",
	"联邦民主共和国",
	"伊斯兰共和国",
	"阿拉伯共和国",
	"联盟共和国",
	"联邦共和国",
	"民主共和国",
	"人民共和国",
	"哈希姆王国",
	"合众国",
	"共和国",
	"苏丹国",
	"王国",
	"联邦",
};

/*
 * A country of the lists takes in the form of its state that follows it,
 * keeping its id: 意大利共和国 is Italy.
 */
static struct ent_firsts state_firsts;

static void
state_names(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];
		size_t j = e->e, l = 0;

		if (e->dead || e->type != ZP_ET_LOC || e->gaz == NONE ||
		    e->e - e->s < 2 || j >= x->n || x->owner[j] >= 0 ||
		    !ent_firsts_may(&state_firsts, x, j))
			continue;
		for (size_t f = 0; f < NELEM(state_forms) && l == 0; f++)
			if (text_is(x, j, state_forms[f]))
				l = strlen(state_forms[f]) / 3;
		if (l == 0 ||
		    (x->c[j] == 0x8054 /* 联邦 */ && j + l < x->n &&
		        is_han(x->c[j + l]) &&
		        !in_cs(ent_cs_stop, x->c[j + l])))
			continue;
		for (size_t i = j; i < j + l; i++)
			if (x->owner[i] >= 0)
				goto next;
		for (size_t i = j; i < j + l; i++)
			x->owner[i] = (int32_t)k;
		e->e = (uint32_t)(j + l);
next:;
	}
}

/*
 * One walk for the characters that start the rules above: country pairs
 * (中美关系) and units of places (市 省 县 州 区).
 */
void
ent_pass_places(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	state_names(x);
	ent_mark(x, MARK_PLACES);
	for (size_t i = next_cand(x, 0); i < n; i = next_cand(x, i + 1)) {
		if ((!x->noskip && !(x->fl[i] & CL_PLACE)) || x->owner[i] >= 0)
			continue;
		if (in_cs(ent_cs_abstart, c[i])) {
			size_t j = i;

			if (i + 2 < n && in_cs(ent_cs_abbrev, c[i]) &&
			    in_cs(ent_cs_abbrev, c[i + 1]))
				j = abbrev_at(x, i);
			if (j == i)
				j = abbrev_one(x, i);
			if (j > i) {
				i = j - 1;
				continue;
			}
		}
		/* 市 省 县 州 区 镇 乡 村 */
		if (i > 0 && (x->fl[i] & CL_UNIT))
			place_at(x, i);
	}
}

/*
 * One-character names of countries and cities in pairs: 中美关系, 中日两国,
 * 美日韩三国.  Each character is the place.
 */
struct abbrev {
	const char *c;
	const char *id;
};
static const struct abbrev abbrevs[] = {
	{ "中", "China" },
	{ "美", "United States" },
	{ "日", "Japan" },
	{ "俄", "Russia" },
	{ "英", "United Kingdom" },
	{ "法", "France" },
	{ "德", "Germany" },
	{ "韩", "South Korea" },
	{ "朝", "North Korea" },
	{ "印", "India" },
	{ "越", "Vietnam" },
	{ "巴", "Pakistan" },
	{ "意", "Italy" },
	{ "加", "Canada" },
	{ "澳", "Australia" },
	{ "欧", "Europe" },
	{ "非", "Africa" },
	{ "以", "Israel" },
	{ "伊", "Iran" },
	{ "台", "Taiwan" },
	{ "港", "Hong Kong" },
	{ "荷", "Netherlands" },
	{ "西", "Spain" },
	{ "葡", "Portugal" },
	{ "泰", "Thailand" },
	{ "菲", "Philippines" },
	{ "新", "Singapore" },
	{ "马", "Malaysia" },
	{ "蒙", "Mongolia" },
	{ "哈", "Kazakhstan" },
	{ "乌", "Ukraine" },
	{ "土", "Turkey" },
	{ "沙", "Saudi Arabia" },
	{ "墨", "Mexico" },
	{ "古", "Cuba" },
	{ "苏", "Soviet Union" },
};
static const char *const abbrev_ctx[] = {
	"关系",
	"两国",
	"三国",
	"四国",
	"双方",
	"三方",
	"合作",
	"贸易",
	"会谈",
	"友好",
	"建交",
	"边境",
	"联合",
	"首脑",
	"战略",
	"经贸",
	"之间",
	"摩擦",
	"峰会",
	"外长",
	"元首",
	"领导人",
	"谈判",
	"协议",
	"竞争",
	"对抗",
	"同盟",
	"联盟",
	"军演",
	"争端",
	"交流",
	"对话",
	"互访",
	"分歧",
	"冲突",
	"友谊",
	"两军",
	"联合声明",
	"公报",
	"建交",
	"航线",
	"班列",
	"投资协定",
	"自贸区",
	"脱钩",
	"博弈",
	"角力",
	"大战",
	"关税",
	"科技战",
	"芯片战",
	"和平",
	"防卫",
	"安全",
	"睦邻",
	"边界",
	"合资",
	"和谈",
	"核试验",
	"双边",
	"三边",
	"之争",
	"等国",
	"建设性",
	"伙伴",
	"高层",
	"接壤",
	"两党",
	"对抗赛",
	"会晤",
	"共同",
	"签署",
	"经济",
	"人民",
	"民间",
	"青年",
	"间",
};

/* Words after one abbreviation alone that make it its country: 美政府. */
static const char *const abbrev_gov_words[] = {
	"政府",
	"总统",
	"总理",
	"首相",
	"外长",
	"外交部",
	"国防部",
	"财长",
	"央行",
	"军方",
	"警方",
	"当局",
	"大使",
	"使馆",
	"两国",
	"经济",
	"股市",
	"议会",
	"国会",
	"政局",
	"境内",
	"南部",
	"北部",
	"东部",
	"西部",
	"首都",
	"军队",
	"部队",
	"领导人",
	"官员",
	"政坛",
	/* The ministries and houses every government has: 美司法部, 墨卫生部. */
	"司法部",
	"卫生部",
	"内政部",
	"财政部",
	"商务部",
	"农业部",
	"教育部",
	"劳工部",
	"能源部",
	"内务部",
	"贸易部",
	"交通部",
	"文化部",
	"新闻部",
	"中央银行",
	"内阁",
	"参议院",
	"众议院",
	"参院",
	"众院",
};
static const char abbrev_gov_bad[] = "新以非";
static const char abbrev_gov_prev[] = "对与和向在据访赴抵离驻令";

/*
 * The length of the word of a government or an economy after the one
 * character at i (abbrev_gov_words), when that character stands after
 * punctuation or a preposition, not a date (8日国会); else 0.
 */
static size_t
gov_word_after(const struct zp_entities *x, size_t i)
{
	uint32_t p = i > 0 ? x->c[i - 1] : 0;

	if (p != 0 && (is_han(p) ? !in_set(abbrev_gov_prev, p) : is_digit(p)))
		return 0;
	return wl_at(&x->abbgov, x->c, x->n, i + 1);
}

/* Two abbreviations that make a word. */
static const char *const abbrev_words[] = {
	"非法",
	"美德",
	"西非",
	"西欧",
	"北美",
	"南美",
	"东欧",
	"美中不足",
	"法西斯",
	"沙土",
};

/*
 * Common words that begin with a character of abbrevs[]: a pair whose last
 * character starts one of them ends before it (中美法学: 中美), and one
 * that is then too short is none (28日中午).
 */
static const char *const abbrev_word_next[] = {
	"中午",
	"中央",
	"中天",
	"中心",
	"中间",
	"中旬",
	"中期",
	"以来",
	"以后",
	"以上",
	"以下",
	"以前",
	"以及",
	"以为",
	"以外",
	"以内",
	"以便",
	"法律",
	"法学",
	"法制",
	"法院",
	"法规",
	"意志",
	"意义",
	"日夜",
	"日子",
	"日报",
	"日益",
	"日前",
	"日元",
	"美元",
	"美术",
	"美丽",
	"美好",
	"英镑",
	"英雄",
	"英语",
	"德育",
	"台湾",
	"港口",
	"新闻",
	"新年",
	"古代",
	"古典",
};

/*
 * Pairs of characters of abbrevs[] that are words or places of their own,
 * besides abbrev_words[]: they are no pair at the start of a clause.
 */
static const char *const abbrev_free_bad[] = {
	"中古",
	"中西",
	"中新",
	"日新",
	"西沙",
	"中巴",
};

/* First characters of common words: 加以, 以法治国, 新中国. */
static const char abbrev_free_first_bad[] = "以新加西";
/* Before a pair that needs no context word: what begins a phrase. */
static const char abbrev_free_prev[] = "对与和同在从向把跟及的是为于由将让给被";
/* After a pair, one character before a boundary that is no name's. */
static const char abbrev_free_next_ok[] = "的间等";

/* Words after a pair that a pair of countries takes and a word does not. */
static const char *const abbrev_pair_ctx[] = {
	"关系",
	"两国",
	"三国",
	"四国",
	"建交",
	"首脑",
	"外长",
	"元首",
	"联合声明",
	"两军",
	"睦邻",
	"边界",
	"和平友好",
	"友好关系",
	"友好合作",
	"经贸",
	"友谊",
	"友好",
	"两地",
	"合作",
	"之间",
	"交流",
	"贸易",
	"政治",
	"等国",
	"建设性",
	"伙伴",
	"高层",
	"接壤",
	"两党",
	"对抗赛",
	"会晤",
	"冲突",
	"和谈",
	"双边",
};

/*
 * One-character names that stand for a place only among others like them
 * (法、意、比等国, 冀、鲁、豫三省): the provinces and the countries and
 * regions whose character is too common a word to stand alone.  A
 * character read two ways (瑞: Switzerland or Sweden) keeps itself as id.
 */
static const struct abbrev list_abbrevs[] = {
	{ "京", "Beijing" },
	{ "津", "Tianjin" },
	{ "沪", "Shanghai" },
	{ "渝", "Chongqing" },
	{ "冀", "Hebei" },
	{ "晋", "Shanxi" },
	{ "辽", "Liaoning" },
	{ "吉", "Jilin" },
	{ "黑", "Heilongjiang" },
	{ "浙", "Zhejiang" },
	{ "皖", "Anhui" },
	{ "闽", "Fujian" },
	{ "赣", "Jiangxi" },
	{ "鲁", "Shandong" },
	{ "豫", "Henan" },
	{ "鄂", "Hubei" },
	{ "湘", "Hunan" },
	{ "粤", "Guangdong" },
	{ "桂", "Guangxi" },
	{ "琼", "Hainan" },
	{ "川", "Sichuan" },
	{ "蜀", "Sichuan" },
	{ "黔", "Guizhou" },
	{ "滇", "Yunnan" },
	{ "藏", "Tibet" },
	{ "陕", "Shaanxi" },
	{ "甘", "Gansu" },
	{ "青", "Qinghai" },
	{ "宁", "Ningxia" },
	{ "澳", "澳" },
	{ "比", "Belgium" },
	{ "瑞", "瑞" },
	{ "挪", "Norway" },
	{ "丹", "Denmark" },
	{ "芬", "Finland" },
	{ "奥", "Austria" },
	{ "希", "Greece" },
	{ "波", "Poland" },
	{ "捷", "Czech Republic" },
	{ "匈", "Hungary" },
	{ "罗", "Romania" },
	{ "保", "Bulgaria" },
	{ "阿", "阿" },
	{ "亚", "Asia" },
	{ "拉", "Latin America" },
	{ "叙", "Syria" },
	{ "黎", "Lebanon" },
	{ "约", "Jordan" },
	{ "埃", "Egypt" },
	{ "缅", "Myanmar" },
	{ "柬", "Cambodia" },
	{ "孟", "Bangladesh" },
	{ "秘", "Peru" },
	{ "智", "Chile" },
};
static const char LIST_CHARS[] = ABBREV_COUNTRIES LIST_ABBREV_CHARS;
/* What closes a list of one-character places: 等国, 三省, 一带. */
static const char *const list_closers[] = {
	"等",
	"两国",
	"三国",
	"四国",
	"五国",
	"各国",
	"两省",
	"三省",
	"四省",
	"五省",
	"六省",
	"七省",
	"八省",
	"九省",
	"十省",
	"两地",
	"三地",
	"四地",
	"一带",
	"地区",
	"三大洲",
	"三洲",
	"两岸",
};

/*
 * The code points of abbrevs and list_abbrevs, decoded by the init: the
 * lookups decoded every entry at each call.
 */
static uint32_t abbrev_cps[NELEM(abbrevs)];
static uint32_t list_abbrev_cps[NELEM(list_abbrevs)];

static const char *
abbrev_id(uint32_t c)
{
	for (size_t k = 0; k < NELEM(abbrevs); k++)
		if (abbrev_cps[k] == c)
			return abbrevs[k].id;
	return NULL;
}

/* The id of a one-character place of a list (list_abbrevs too). */
static const char *
list_abbrev_id(uint32_t c)
{
	const char *id = abbrev_id(c);

	for (size_t k = 0; id == NULL && k < NELEM(list_abbrevs); k++)
		if (list_abbrev_cps[k] == c)
			id = list_abbrevs[k].id;
	return id;
}

/*
 * A list of one-character places joined by "、" from i: 美、英、法等国,
 * 甘、宁、青一带, 法、意、德、比、瑞士等5国 (the last may be a place the
 * lists know).  Two items need a closer (list_closers); three or more
 * may close with the clause instead: 美、英、法的代表.  Returns the end of
 * the list, or i.
 */
static size_t
abbrev_list(struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, j = i, end;
	int32_t last = -1;
	bool closed = false;

	while (j + 2 < n && c[j + 1] == 0x3001 && in_cs(cs_listab, c[j + 2]) &&
	    x->owner[j + 2] < 0)
		j += 2;
	end = j + 1;
	/* A listed place of its own name ends it. */
	if (j + 2 < n && c[j + 1] == 0x3001 && x->owner[j + 2] >= 0 &&
	    x->ent[x->owner[j + 2]].s == j + 2 &&
	    x->ent[x->owner[j + 2]].type == ZP_ET_LOC) {
		last = x->owner[j + 2];
		end = x->ent[last].e;
	}
	if (j == i && last < 0)
		return i;
	for (size_t k = 0; k < NELEM(list_closers) && !closed; k++)
		closed = text_is(x, end, list_closers[k]);
	if (!closed &&
	    !(j - i >= 4 && (end == n || in_set(list_close, c[end]))))
		return i;
	for (size_t q = i; q <= j; q += 2) {
		const char *id = list_abbrev_id(c[q]);

		if (id != NULL)
			ent_add(x, q, q + 1, ZP_ET_LOC, SRC_RULE, NONE,
			    ent_put_id(x, id, strlen(id)));
	}
	return end;
}

/*
 * A pair c[i..j) at the start of a clause (abbrev_at) needs no context
 * word: 中美政治关系, 德法的立场, 中韩足球.  Not after a digit (28日中午),
 * nor a doubled character (沙沙), nor 以 新 加 西 first, which begin
 * common words (加以, 以法治国, 新中国); a last character that begins a
 * word (中美法学) is left out.  Returns the pair's end, or i for none.
 */
static size_t
abbrev_free(const struct zp_entities *x, size_t i, size_t j)
{
	const uint32_t *c = x->c;

	if ((i > 0 &&
	        (is_han(c[i - 1]) ? !in_set(abbrev_free_prev, c[i - 1]) :
	                            is_alnum(c[i - 1]))) ||
	    in_set(abbrev_free_first_bad, c[i]))
		return i;
	/*
	 * A count after the pair says what it counts (中美两字, where two
	 * countries would take 两国, a context word).  A name goes on after
	 * the pair: a foreign one in the characters of transliteration
	 * (苏巴吉亚), a Chinese one by a character alone before a boundary
	 * (韩德培、), a place by its unit (马加丹州).
	 */
	if (j + 1 < x->n && is_han(c[j]) &&
	    (in_set(ent_list_numerals, c[j]) ||
	        (in_cs(ent_cs_translit, c[j]) &&
	            in_cs(ent_cs_translit, c[j + 1])) ||
	        (!is_han(c[j + 1]) && !in_set(abbrev_free_next_ok, c[j])) ||
	        in_set(ent_admin_units, c[j + 1])))
		return i;
	for (size_t k = 0; k < NELEM(abbrev_word_next); k++)
		if (text_is(x, j - 1, abbrev_word_next[k])) {
			j--;
			break;
		}
	if (j - i < 2)
		return i;
	for (size_t q = i + 1; q < j; q++)
		if (c[q] == c[q - 1])
			return i;
	for (size_t k = 0; k < NELEM(abbrev_free_bad); k++)
		if (text_is(x, i, abbrev_free_bad[k]))
			return i;
	return j;
}

static struct ent_firsts ctx_firsts, pair_ctx_firsts;

/* The country pair starting at i: returns its end, or i when none. */
static size_t
abbrev_at(struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, j = i;
	const char *const *ctx = abbrev_ctx;
	size_t nctx = sizeof(abbrev_ctx) / sizeof(*abbrev_ctx);
	const struct ent_firsts *ctxf = &ctx_firsts;
	bool ok = false;

	while (
	    j < n && j - i < 4 && x->owner[j] < 0 && in_cs(ent_cs_abbrev, c[j]))
		j++;
	if (j - i < 2 || j >= n)
		return i;
	/* Pairs that are words: 非法经济, 美德, 西非. */
	for (size_t k = 0; k < sizeof(abbrev_words) / sizeof(*abbrev_words);
	     k++)
		if (text_is(x, i, abbrev_words[k]))
			return i;
	/*
	 * After a character of a word (发展中美关系), the pair needs a
	 * word that only a pair of countries takes.
	 */
	if (i > 0 && is_han(c[i - 1]) && !in_cs(ent_cs_stop, c[i - 1])) {
		ctx = abbrev_pair_ctx;
		nctx = sizeof(abbrev_pair_ctx) / sizeof(*abbrev_pair_ctx);
		ctxf = &pair_ctx_firsts;
	}
	if (!ent_firsts_may(ctxf, x, j))
		nctx = 0;
	for (size_t k = 0; k < nctx && !ok; k++)
		ok = text_is(x, j, ctx[k]);
	if (!ok && (ctx != abbrev_ctx || (j = abbrev_free(x, i, j)) == i))
		return i;
	for (size_t q = i; q < j; q++) {
		const char *id = abbrev_id(c[q]);

		if (id != NULL)
			ent_add(x, q, q + 1, ZP_ET_LOC, SRC_RULE, NONE,
			    ent_put_id(x, id, strlen(id)));
	}
	return j;
}

/* What follows 中华 when it names China: its culture, people and land. */
static const char *const zhonghua_next[] = {
	"文化",
	"儿女",
	"文明",
	"大地",
	"医学",
	"武术",
	"河山",
	"伟业",
	"腾飞",
	"传统",
	"美德",
	"巨龙",
};
/* Verbs before 中华 that take China as their object: 弘扬中华文化. */
static const char zhonghua_prev[] = "兴扬展承代";

/*
 * 中华 as China (振兴中华, 弘扬中华文化) at i, after a boundary or one of
 * zhonghua_prev; 其中华为 and the like are other words.
 */
static bool
zhonghua_people(const struct zp_entities *x, size_t i)
{
	uint32_t p = i > 0 ? x->c[i - 1] : 0;
	bool start = p == 0 || !is_han(p) || in_cs(ent_cs_stop, p);

	if (!start && !in_set(zhonghua_prev, p))
		return false;
	/* 振兴中华 closes its clause. */
	if (i >= 2 && text_is(x, i - 2, "振兴") &&
	    (i + 2 >= x->n || !is_han(x->c[i + 2]) ||
	        in_set(list_close, x->c[i + 2]) || x->c[i + 2] == 0x800C ||
	        x->c[i + 2] == 0x505A)) /* 而, 做 */
		return true;
	for (size_t k = 0; k < NELEM(zhonghua_next); k++)
		if (text_is(x, i + 2, zhonghua_next[k]))
			return true;
	return false;
}

/* One abbreviation standing alone (ABBREV_START above): its end, or i. */
static size_t
abbrev_one(struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n;
	uint32_t u = c[i], p = i > 0 ? c[i - 1] : 0,
	         nx = i + 1 < n ? c[i + 1] : 0;
	const char *id = NULL;
	size_t l;

	/* 中华 before its people or its culture: 中华民族, 中华文化. */
	if (u == 0x4E2D && nx == 0x534E &&
	    (text_is(x, i + 2, "民族") || zhonghua_people(x, i))) {
		id = "China";
		ent_add(x, i, i + 2, ZP_ET_LOC, SRC_RULE, NONE,
		    ent_put_id(x, id, strlen(id)));
		return i + 2;
	}
	/*
	 * Before its government, leaders or economy: 美政府, 对俄经济, 据韩
	 * 首都.  新 (新政府), 以 (以经济建设为) and 非 (非政府) are words
	 * there; 中 and 西 before a direction are regions (中西部).
	 */
	if (in_cs(ent_cs_abbrev, u) && !in_set(abbrev_gov_bad, u) &&
	    (l = gov_word_after(x, i)) > 0 &&
	    !((u == 0x4E2D || u == 0x897F) &&
	        x->c[i + l] == 0x90E8 /* 部: 西部, 东部 */)) {
		id = abbrev_id(u);
		if (id != NULL) {
			ent_add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
			    ent_put_id(x, id, strlen(id)));
			return i + 1;
		}
	}
	/* 访英, 赴藏, 驻港: a place after a verb of going or staying. */
	if (p != 0 && in_set(go_prev, p) && in_set(go_place, u) &&
	    (nx == 0 || !in_set(go_bad_next, nx)) &&
	    !(u == 0x610F && p == 0x7559) /* 留意 */ &&
	    !(u == 0x6E2F && !in_set(go_port_prev, p))) {
		id = list_abbrev_id(u);
		ent_add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
		    ent_put_id(x, id, strlen(id)));
		return i + 1;
	}
	/* 美籍, 日军 (not 军事, 军工): the country of a citizen or an army. */
	if (in_set(nation_first, u) &&
	    (nx == 0x7C4D ||
	        (nx == 0x519B &&
	            (i + 2 >= n || !in_set(army_bad_next, c[i + 2]))))) {
		id = abbrev_id(u);
		ent_add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
		    ent_put_id(x, id, strlen(id)));
		return i + 1;
	}
	/* Most of these characters start none of the forms: a quick exit. */
	if (nx != 0x3001 && nx != 0x65B9 && u != 0x534E && u != 0x4EAC &&
	    p != 0x6297 && nx != 0x5916)
		return i;
	/* 中外: China and the world (蜚声中外, 中外记者), not 其中外资. */
	if (u == 0x4E2D && nx == 0x5916) {
		if ((p != 0 && is_han(p) && !in_set(zhongwai_prev, p)) ||
		    text_is(x, i + 1, "外交部"))
			return i;
		id = "China";
		ent_add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
		    ent_put_id(x, id, strlen(id)));
		return i + 1;
	}
	/* 英、美、德等国: one character each, the list closed by 等国. */
	if (nx == 0x3001 && in_cs(cs_listab, u) &&
	    (p == 0 || !is_han(p) || in_cs(ent_cs_stop, p)))
		return abbrev_list(x, i);
	if ((nx == 0x65B9 && in_cs(ent_cs_fang, u) &&
	        (i + 2 >= n || !in_set(fang_bad_next, c[i + 2]))) ||
	    (p == 0x6297 && in_set(kang_next, u)))
		id = abbrev_id(u); /* 中方, 抗日 */
	else if (u == 0x534E && p != 0 && in_set(hua_prev, p) &&
	    (nx == 0 || !in_set(hua_bad_next, nx)))
		id = "China"; /* 华 */
	else if (u == 0x4EAC && p != 0 && in_set(jing_prev, p) &&
	    (nx == 0 || !in_set(jing_bad_next, nx)))
		id = "Beijing"; /* 京 */
	if (id == NULL)
		return i;
	ent_add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
	    ent_put_id(x, id, strlen(id)));
	return i + 1;
}

/*
 * The first character of a country or region named in full before, alone
 * before its government or economy: 塔吉克斯坦 … 塔总统, 亚美尼亚 … 在亚
 * 首都.  The full name is a listed place of three characters or more that
 * is no city (市, 省, 县, 区, 州 end those).
 */
void
ent_pass_named_abbrevs(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, nent = x->nent, nfirst = 0, from = n;
	uint64_t seen = 0; /* a bit per first character, by its low bits */
	uint32_t f4[4];    /* up to four first characters, for next_cp4 */
	struct {
		uint32_t cp;
		uint32_t end; /* where the full name ends */
		uint32_t gaz;
	} first[16];

	/* One walk over the text whatever the number of places. */
	for (size_t k = 0; k < nent && nfirst < 16; k++) {
		const struct ent *f = &x->ent[k];
		size_t q = 0;

		if (f->dead || f->type != ZP_ET_LOC || f->e - f->s < 3 ||
		    f->gaz == NONE || in_set(ent_admin_units, c[f->e - 1]))
			continue;
		while (q < nfirst && first[q].cp != c[f->s])
			q++;
		if (q < nfirst)
			continue; /* the first such place names it */
		first[nfirst].cp = c[f->s];
		first[nfirst].end = f->e;
		first[nfirst++].gaz = f->gaz;
		seen |= (uint64_t)1 << (c[f->s] & 63);
		if (f->e < from)
			from = f->e;
	}
	if (nfirst == 0)
		return;
	for (size_t q = 0; q < 4; q++)
		f4[q] = first[q < nfirst ? q : nfirst - 1].cp;
	for (size_t i = from; i + 2 < n; i++) {
		const char *id;
		size_t q = 0;

		/*
		 * Most characters are none of the first ones: up to four of
		 * them are looked for eight positions a test.
		 */
		if (nfirst <= 4) {
			i = nfirst <= 2 ?
			    next_cp2(x, i, first[0].cp, first[nfirst - 1].cp) :
			    next_cp4(x, i, f4);
			if (i + 2 >= n)
				break;
		} else if (!((seen >> (c[i] & 63)) & 1)) {
			continue;
		}
		while (q < nfirst && (first[q].cp != c[i] || first[q].end > i))
			q++;
		if (q == nfirst || x->owner[i] >= 0 ||
		    gov_word_after(x, i) == 0)
			continue;
		id = zp_gaz_entry(x->g, first[q].gaz)->id;
		ent_add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
		    ent_put_id(x, id, strlen(id)));
	}
}

void
ent_places_init(struct zp_entities *x)
{
	static const char *const sets[] = { shi_bad_prev, sheng_bad_prev,
		xian_bad_prev, zhou_bad_prev, qu_bad_prev, shi_bad_next,
		fang_bad_next, hua_prev, hua_bad_next, jing_prev, jing_bad_next,
		kang_next, zhongwai_prev, list_close, go_prev, go_place,
		go_bad_next, go_port_prev, nation_first, army_bad_next,
		zhonghua_prev, zhen_bad_prev, xiang_bad_prev, cun_bad_prev,
		zhen_bad_next, xiang_bad_next, cun_bad_next,
		abbrev_free_first_bad, abbrev_free_prev, abbrev_free_next_ok };

	size_t l;

	/* Built now, so that matching (in_set) only reads them. */
	for (size_t i = 0; i < NELEM(sets); i++)
		ent_cset_get(sets[i]);
	for (size_t k = 0; k < NELEM(abbrevs); k++)
		abbrev_cps[k] = (uint32_t)zp_utf8_decode(abbrevs[k].c, 3, &l);
	for (size_t k = 0; k < NELEM(list_abbrevs); k++)
		list_abbrev_cps[k] =
		    (uint32_t)zp_utf8_decode(list_abbrevs[k].c, 3, &l);
	ent_cs_abbrev = ent_cset_get(ABBREV_CHARS);
	ent_cs_abstart = ent_cset_get(ABBREV_START);
	ent_cs_fang = ent_cset_get(FANG_FIRST);
	cs_listab = ent_cset_get(LIST_CHARS);
	ent_firsts_init(&state_firsts, state_forms, NELEM(state_forms),
	    sizeof(*state_forms), 0);
	ent_firsts_init(
	    &ctx_firsts, abbrev_ctx, NELEM(abbrev_ctx), sizeof(*abbrev_ctx), 0);
	ent_firsts_init(&pair_ctx_firsts, abbrev_pair_ctx,
	    NELEM(abbrev_pair_ctx), sizeof(*abbrev_pair_ctx), 0);
	zp_wl_add_all(&x->abbgov, abbrev_gov_words, NELEM(abbrev_gov_words));
}

void
ent_places_free(struct zp_entities *x)
{
	zp_wl_free(&x->abbgov);
}
