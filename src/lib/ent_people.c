/*
 * ent_people -- people: transliterated names with "·", Chinese names beside
 * a role, a title or a reporting verb, and names scored by the name
 * statistics that zp_ent_load_names reads (ent_namestats.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/* The hot sets of this family, resolved once by its init. */
const struct cset *ent_cs_surname, *ent_cs_notgiven, *ent_cs_translit,
    *ent_cs_compound, *ent_cs_endweak, *ent_cs_titlefirst, *ent_cs_titlesecond,
    *ent_cs_titlebadsur, *ent_cs_translitend;

/* Roles and titles next to a person's name. */
static const char *const role_words[] = {
	"分析师",
	"研究员",
	"首席执行官",
	"首席财务官",
	"首席技术官",
	"首席运营官",
	"首席经济学家",
	"首席分析师",
	"首席策略师",
	"经济学家",
	"执行董事",
	"董事长",
	"副董事长",
	"董事",
	"总裁",
	"副总裁",
	"总经理",
	"副总经理",
	"总监",
	"主席",
	"副主席",
	"部长",
	"副部长",
	"局长",
	"行长",
	"副行长",
	"署长",
	"主任",
	"发言人",
	"创始人",
	"联合创始人",
	"合伙人",
	"经理",
	"投资组合经理",
	"基金经理",
	"策略师",
	"CEO",
	"CFO",
	"CTO",
	"COO",
	"教授",
	"院士",
	"负责人",
	"法定代表人",
	"实控人",
	"实际控制人",
	"总统",
	"副总统",
	"总理",
	"副总理",
	"首相",
	"议员",
	"参议员",
	"众议员",
	"州长",
	"市长",
	"省长",
	"书记",
	"主管",
	"高管",
	"记者",
	"董秘",
	"大使",
	"专家",
	"工程师",
	"律师",
	"总编辑",
	"理事长",
	"秘书长",
	"掌门人",
	"创办人",
	"董事会主席",
	"研究主管",
	"首席",
	"主持人",
	"博士",
	"先生",
	"女士",
	"老板",
	"会长",
	"社长",
	"厂长",
	"校长",
	"院长",
	"所长",
	"队长",
	"委员",
	"主任委员",
	"代表",
	"同志",
	"总书记",
	"委员长",
	"国务委员",
	"副主任",
	"外长",
	"司令员",
	"政委",
	"处长",
	"科长",
	"县长",
	"镇长",
	"村长",
	"乡长",
	"教练",
	"主教练",
	"队员",
	"选手",
	"外援",
	"老将",
	"运动员",
	"演员",
	"导演",
	"歌手",
	"作家",
	"画家",
	"诗人",
	"大娘",
	"大妈",
	"大爷",
	"老人",
	"师傅",
	"老师",
	"烈士",
	"夫人",
	"太太",
	"小姐",
	"医生",
	"护士",
	"警官",
	"民警",
	"法官",
	"检察官",
	"书记员",
	"通讯员",
	"特派员",
	"研究生",
	"博士生",
	"总编",
	"社长",
	"馆长",
	"站长",
	"经理人",
	"财长",
	"参谋长",
	"国务卿",
	"议长",
	"大臣",
	"总督",
	"特使",
	"国王",
	"亲王",
	"排长",
	"连长",
	"营长",
	"团长",
	"师长",
	"军长",
	"司令",
	"将军",
	"官员",
	"守门员",
	"门将",
	"前锋",
	"后卫",
	"中锋",
	"顾问",
	"球员",
	"棋手",
	"科学家",
	"艺术家",
	"音乐家",
	"企业家",
	"表演艺术家",
	"评论家",
	"摄影师",
	"设计师",
	"作曲家",
	"指挥家",
	"副总编",
	"首席代表",
	"新闻官",
	"外交官",
	"参赞",
	"领事",
	"总领事",
	"公使",
	"上将",
	"中将",
	"少将",
	"九段",
	"八段",
	"七段",
	"六段",
	"五段",
	"四段",
	"三段",
	"二段",
	"初段",
};

/*
 * Roles that come before a name and seldom after one (和政府首脑, 许多学者
 * are no names): 领导人卡扎菲, 球星罗纳尔多.
 */
static const char *const lead_words[] = {
	"领导人",
	"元首",
	"首脑",
	"名将",
	"射手",
	"球星",
	"主帅",
	"女王",
	"王子",
	"公主",
	"元帅",
	"上校",
	"中校",
	"学者",
	"物理学家",
	"数学家",
	"化学家",
	"哲学家",
	"历史学家",
	"小说家",
	"剧作家",
	"钢琴家",
	"歌唱家",
	"政治家",
	"思想家",
	"总干事",
	"主编",
	/*
	 * People named by their trade, their station or their kin: 农民吉
	 * 某某, 儿子张某某, 干事施某某.  A full name of three characters
	 * must follow (ent_pass_people), so 学生会 and 农民收入 are none.
	 */
	"学生",
	"农民",
	"居民",
	"村民",
	"职工",
	"工人",
	"干部",
	"战士",
	"士兵",
	"儿子",
	"女儿",
	"妻子",
	"丈夫",
	"父亲",
	"母亲",
	"哥哥",
	"姐姐",
	"弟弟",
	"妹妹",
	"孙子",
	"孙女",
	"干事",
	"教导员",
	"指导员",
	"班长",
	"老红军",
	"将领",
	"模范",
	"标兵",
	"劳模",
	"志愿者",
	"患者",
	"病人",
	"支书",
	"技术员",
	"司机",
	"船长",
	"机长",
	"警察",
	"战友",
	"好友",
	"老乡",
	"姑娘",
	"小伙子",
	"名叫",
	"单打",
	"双打",
	"领队",
	"大师",
	"学长",
	"同学",
	"校友",
	"党员",
	"店主",
	"户主",
	"牧民",
	"渔民",
	"乡亲",
	"老汉",
	"老太太",
	"少女",
	"男孩",
	"女孩",
	"孩子",
};

/*
 * What a shareholder does in an announcement, right after the name:
 * 控股股东王某增持, 董事长李某减持, 股东张某累计质押.
 */
static const char *const holder_verbs[] = {
	"增持",
	"减持",
	"质押",
	"解除质押",
	"解押",
	"累计",
	"持有",
	"套现",
};

/*
 * Words that often follow a name and begin with a character that may end
 * one: after 吴仪 in 吴仪今天 the name has two characters, not three.
 * Some begin with a surname and are the verb, not a name (陈述).
 */
static const char *const name_next_words[] = {
	"今天",
	"今晚",
	"今年",
	"今日",
	"今后",
	"昨天",
	"昨晚",
	"昨日",
	"明天",
	"近日",
	"近来",
	"日前",
	"当天",
	"当时",
	"当即",
	"随后",
	"亲切",
	"亲自",
	"亲手",
	"亲临",
	"兴奋",
	"听取",
	"听完",
	"听到",
	"提出",
	"提到",
	"提议",
	"进球",
	"进行",
	"进入",
	"利用",
	"追悼",
	"披露",
	"执教",
	"执导",
	"跑动",
	"因伤",
	"因病",
	"因故",
	"新作",
	"陈述",
	"主持",
	"出席",
	"会见",
	"率领",
	"率团",
	"作了",
	"作出",
	"发表",
	"代表",
	"签署",
	"宣布",
	"致辞",
	"致电",
	"看望",
	"视察",
	"考察",
	"访问",
	"参加",
	"强调",
	"谈到",
	"回答",
	"讲话",
	"一行",
	"夫妇",
	"同志",
	"先生",
	"女士",
	"告诉",
	"介绍",
	"以及",
	"等人",
	"生前",
	"去世",
	"逝世",
	"出任",
	"担任",
	"任命",
	"任职",
	"任教",
	"获得",
	"荣获",
	"赢得",
	"打破",
	"创造",
	"夺得",
	"主演",
	"执笔",
	"编写",
	"撰写",
	"扮演",
	"指挥",
	"带领",
	"领导",
	"负责",
	"主管",
	"分管",
	"兼任",
	"再次",
	"首先",
	"最后",
	"随即",
	"立即",
	"还说",
	"又说",
	"就此",
	"对此",
	"同时",
	"一起",
	"一同",
	"共同",
	"均",
	"和",
	"与",
	"及",
};

/* Verbs a person's name often comes right before. */
static const char *const say_words[] = {
	"表示",
	"指出",
	"认为",
	"强调",
	"介绍",
	"透露",
	"坦言",
	"直言",
	"回应",
	"补充",
	"提到",
	"告诉",
	"建议",
	"警告",
	"称",
	"说",
	"预计",
	"预测",
	"估计",
	"写道",
	"回忆",
	"解释",
	"分析",
	"宣布",
	"承认",
	"表态",
	"发文",
	"发帖",
	"对记者",
	"对媒体",
	"报道",
	"摄",
	"等人",
	"来到",
	"带领",
	"担任",
	"带着",
	"率领",
	"访问",
	"会见",
	"出席",
	"主持",
	"获得",
	"夺得",
	"战胜",
	"击败",
	"负于",
};

static const char surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁"
    "谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
    "詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
    "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简"
    "车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬"
    "师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝谌禹阎芮揭封"
    "鄢匡杭练綦傅洪郁钮鞠蔺晁冼邰冀郜栗燕";
static const char *const compound_surnames[] = {
	"欧阳",
	"司马",
	"上官",
	"诸葛",
	"东方",
	"皇甫",
	"令狐",
	"慕容",
	"尉迟",
	"公孙",
	"长孙",
	"宇文",
	"司徒",
	"夏侯",
	"端木",
	"澹台",
};
#define NCOMPOUND (sizeof(compound_surnames) / sizeof(*compound_surnames))
/* The same as code points (ent_people_init), for ent_surname_at. */
static uint32_t compound_cp[NCOMPOUND][8];
static uint8_t compound_len[NCOMPOUND];

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

/* Given-name characters that not_given holds for the figures' sake. */
static const char GIVEN_TOO[] = "元才之若其";
/* Small sets used by the rules below; a weak end holds adverbs (被, 仍, 刚). */
static const char NAME_END_STRONG[] = "在也曾则对于将已的等和与及、说称是";
static const char NAME_END_WEAK[] = "在也曾则对于将已的等和与及、说称去今昨近此"
                                    "早日前先还就接向会认指表透预是"
                                    "被不要便又仍正刚再终随从";
static const char COMPOUND_FIRST[] = "欧司上诸东皇令慕尉公长宇夏端澹";
/*
 * After a title, characters that make it part of a longer word (会 only
 * in 会议: 陈先生会说, 总书记会见).
 */
static const char title_bad_next[] = "团府台处级们事";
/* Function words after an open title (黄总在, 王董的), see open_title_end. */
static const char OPEN_TITLE_NEXT[] =
    "在也曾对于将已的等和与及说称还就又都向跟";
/* The first characters of surname_titles[] below, for a quick test. */
static const char TITLE_FIRST[] =
    "总委副董先女小老教医大同主外部市省县书局院经师阿太夫"
    "会博厂厅司处律所校理社科秘行";
static const char TITLE_SECOND[] =
    "书员总主事经生士姐师授夫志席理统长记板娘妈爷哥嫂傅姨汉太人"
    "任局市监省秘练编董行裁部";
/*
 * Surnames that are more often words before a title: 和夫人, 任总统, 这时
 * 厂长.
 */
static const char title_bad_sur[] =
    "和任党向于连路史成宁全各从同及将为以代兼由副正原前现新时";

/* Characters that may not be part of a Chinese given name. */
static const char not_given[] =
    "的了在是和与及或由对向从将被为于等让给把这那"
    "该此其各每某本据即如若但而且并也都又还已曾就则所以之称说表指认透预年月"
    "日时个位名级度面季部门们方者性化里外内中上下前后这那些么什没不很最更"
    "太再又才只还都各每元亿万千百十两县乡镇村省市区代务"
    /* 季报, 周报, 简报 before 称 are reports, never 季/周/简 + a name. */
    "报";

/* The length of the role, of either list, that starts at i; 0 if none. */
size_t
ent_lead_at(const struct zp_entities *x, size_t i)
{
	size_t a = wl_at(&x->role, x->c, x->n, i),
	       b = wl_at(&x->lead, x->c, x->n, i);

	return a > b ? a : b;
}

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
	size_t n = x->n;

	for (size_t i = 1; i + 1 < n; i++) {
		size_t k, j, lastseg;
		uint32_t gz;
		const char *id;
		int32_t kk;

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

/* The rules ask at most positions: one body for both, inline. */
static inline size_t
surname_len(const uint32_t *c, size_t n)
{
	if (n >= 2 && in_cs(ent_cs_compound, c[0])) {
		for (size_t k = 0; k < NCOMPOUND; k++)
			if (compound_len[k] <= n &&
			    cps_eq(c, compound_cp[k], compound_len[k]))
				return 2;
	}
	return n > 0 && is_han(c[0]) && in_cs(ent_cs_surname, c[0]) ? 1 : 0;
}

size_t
ent_surname_of(const uint32_t *c, size_t n)
{
	return surname_len(c, n);
}

/* Length of a surname at i (1 or 2), or 0. */
size_t
ent_surname_at(const struct zp_entities *x, size_t i)
{
	return i < x->n ? surname_len(x->c + i, x->n - i) : 0;
}

bool
ent_given_ok(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (i >= x->n || x->owner[i] >= 0 || !is_han(x->c[i]) ||
		    in_cs(ent_cs_notgiven, x->c[i]))
			return false;
	return true;
}

/* Whether digits at i are a day of the month: 耶尔马兹19日说. */
static bool
date_after(const struct zp_entities *x, size_t i)
{
	size_t d = i;

	while (d < x->n && d - i < 2 && is_digit(x->c[d]))
		d++;
	return d > i && d < x->n && x->c[d] == 0x65E5;
}

/* After a name: punctuation, end, a verb, a role, a function word. */
bool
ent_name_end_ok(const struct zp_entities *x, size_t j, bool strong)
{
	uint32_t c;

	if (j >= x->n)
		return true;
	c = x->c[j];
	if (!is_han(c))
		return !is_alnum(c) || (!strong && date_after(x, j));
	if (wl_at(&x->say, x->c, x->n, j) > 0 ||
	    wl_at(&x->role, x->c, x->n, j) > 0 ||
	    wl_at(&x->holdverb, x->c, x->n, j) > 0)
		return true;
	if (strong)
		return in_set(NAME_END_STRONG, c);
	return in_set(NAME_END_WEAK, c);
}

void
ent_add_person(struct zp_entities *x, size_t a, size_t b)
{
	uint32_t gz = lookup(x, a, b);

	if (gz != NONE && zp_gaz_entry(x->g, gz)->type == ZP_ET_PER)
		ent_add(x, a, b, ZP_ET_PER, SRC_GAZ, gz, NONE);
	else
		ent_add(x, a, b, ZP_ET_PER, SRC_RULE, NONE,
		    ent_put_surface(x, a, b));
}

static size_t surname_title(const struct zp_entities *x, size_t i);

/* A Chinese name starting at a: returns its end, or a when none fits. */
static size_t
name_from(const struct zp_entities *x, size_t a)
{
	size_t sl = ent_surname_at(x, a);

	if (sl == 0 || x->owner[a] >= 0 || surname_title(x, a + sl) > 0)
		return a;
	if (ent_given_ok(x, a + sl, a + sl + 1) &&
	    ent_name_end_ok(x, a + sl + 1, true) && sl + 1 >= 2 &&
	    !ent_given_ok(x, a + sl + 1, a + sl + 2))
		return a + sl + 1;
	if (ent_given_ok(x, a + sl, a + sl + 2) &&
	    ent_name_end_ok(x, a + sl + 2, false))
		return a + sl + 2;
	if (ent_given_ok(x, a + sl, a + sl + 1) &&
	    ent_name_end_ok(x, a + sl + 1, true))
		return a + sl + 1;
	return a;
}

static bool notname_at(const struct zp_entities *x, size_t a, size_t b);

/*
 * 和 and 中 are words of their own, and given-name characters too; so are
 * 元 才 之 若 其, which a name holds often (成元生, 兰才基) and the finance
 * texts as words (万元, 之后): after a role they are a name's.
 */
static bool
given_or_he_zhong(const struct zp_entities *x, size_t i)
{
	return ent_given_ok(x, i, i + 1) ||
	    (x->owner[i] < 0 &&
	        (x->c[i] == 0x548C || x->c[i] == 0x4E2D ||
	            in_set(GIVEN_TOO, x->c[i])));
}

/*
 * A Chinese name of three characters right after a role, whatever follows
 * it: 行长戴相龙为, 总经理曹和平要求, 校长王大中宣布.  The role is the
 * evidence that a name begins here, the name statistics that its given
 * name has two characters (a rare one the statistics lack counts as a
 * name's: 杨洁篪).  A run of transliteration is a foreign name (穆巴拉克).
 * Returns its end, or a when none fits.
 */
static size_t
name_after_role(const struct zp_entities *x, size_t a)
{
	const struct namesc *sc = x->nsc;
	size_t e = name_from(x, a), n = x->n, t = a;
	int sum;

	if (e > a)
		return e;
	/* fl marks an astral character with every class: test c too. */
	if (sc == NULL || a + 3 > n || x->c[a] >= 0x10000 ||
	    !(x->fl[a] & CL_SUR) || x->owner[a] >= 0 ||
	    x->c[a + 1] >= 0x10000 || x->c[a + 2] >= 0x10000 ||
	    surname_title(x, a + 1) > 0 || !given_or_he_zhong(x, a + 1) ||
	    !given_or_he_zhong(x, a + 2) ||
	    (a + 3 < n && is_alnum(x->c[a + 3])))
		return a;
	/* 卢卡申科, 马哈茂德: a transliteration runs past three. */
	while (t < n && t - a < 4 && in_cs(ent_cs_translit, x->c[t]))
		t++;
	if (t - a == 4 ||
	    (t - a == 3 && in_cs(ent_cs_translitend, x->c[a + 2])) ||
	    (in_cs(ent_cs_translit, x->c[a]) &&
	        in_cs(ent_cs_translit, x->c[a + 1]) && a + 3 < n &&
	        in_cs(ent_cs_translit, x->c[a + 3])))
		return a;
	sum = sc[x->c[a]].sur + sc[x->c[a + 1]].given;
	if (sc[x->c[a + 1]].given < NAME_GIVEN_MIN ||
	    wl_at(&x->namenext, x->c, n, a) > 0)
		return a;
	/* 吴仪今天: a two-character name before a word. */
	if (wl_at(&x->namenext, x->c, n, a + 2) > 0)
		return sum >= NAME_SUM2 && ent_given_ok(x, a + 1, a + 2) &&
		        !notname_at(x, a, a + 2) ?
		    a + 2 :
		    a;
	sum += sc[x->c[a + 2]].given == NAMESC_NONE ? 0 : sc[x->c[a + 2]].given;
	if (sc[x->c[a + 2]].given != NAMESC_NONE &&
	    sc[x->c[a + 2]].given < NAME_ROLE_GIVEN2_MIN)
		return a;
	if (sum < NAME_SUM3 || notname_at(x, a, a + 3))
		return a;
	return a + 3;
}

/*
 * Titles and forms of address that follow a surname alone: the person is
 * the surname (陈先生 -> 陈), as for 李总裁, 刘行长 or 李老师 in the news.
 */
static const char *const surname_titles[] = {
	"副董事长",
	"副总经理",
	"总书记",
	"委员长",
	"副总理",
	"副主席",
	"副总裁",
	"副行长",
	"副主任",
	"副市长",
	"副省长",
	"副部长",
	"副局长",
	"董事长",
	"总经理",
	"秘书长",
	"理事长",
	"先生",
	"女士",
	"小姐",
	"老师",
	"教授",
	"医生",
	"大夫",
	"同志",
	"主席",
	"总理",
	"总统",
	"总裁",
	"总监",
	"董秘",
	"行长",
	"外长",
	"部长",
	"市长",
	"省长",
	"县长",
	"书记",
	"局长",
	"主任",
	"会长",
	"院长",
	"校长",
	"所长",
	"厂长",
	"社长",
	"处长",
	"科长",
	"司长",
	"厅长",
	"主编",
	"总编",
	"律师",
	"博士",
	"教练",
	"院士",
	"经理",
	"老板",
	"大娘",
	"大妈",
	"大爷",
	"大姐",
	"大哥",
	"大嫂",
	"师傅",
	"阿姨",
	"老汉",
	"太太",
	"夫人",
};

/*
 * Forms of address of the business press that are also the first
 * characters of words (总是, 总额, 董事): 黄总, 王董, 张副总 are one only
 * before a boundary (open_title_end); so is the elder's 老 (吕老说, not
 * 王老吉).  Their length at i, or 0.
 */
static size_t
open_title_at(const struct zp_entities *x, size_t i)
{
	const uint32_t zong = 0x603B, dong = 0x8463, fu = 0x526F; /* 总董副 */
	const uint32_t lao = 0x8001;                              /* 老 */

	if (x->c[i] == zong || x->c[i] == dong || x->c[i] == lao)
		return 1;
	return x->c[i] == fu && i + 1 < x->n && x->c[i + 1] == zong ? 2 : 0;
}

/*
 * After an open title: punctuation, a reporting verb or a function word,
 * not 是 or 会 (总是, 总会) nor the end of the text (where the marks of
 * the pass do not look).
 */
static bool
open_title_end(const struct zp_entities *x, size_t j)
{
	uint32_t c;

	if (j >= x->n)
		return false;
	c = x->c[j];
	if (!is_han(c))
		return !is_alnum(c);
	return wl_at(&x->say, x->c, x->n, j) > 0 || in_set(OPEN_TITLE_NEXT, c);
}

/* The length of the title at i, when a title follows a surname there. */
static size_t
surname_title(const struct zp_entities *x, size_t i)
{
	size_t l;

	if (i + 1 >= x->n || !in_cs(ent_cs_titlefirst, x->c[i]))
		return 0;
	if ((l = wl_at(&x->stitle, x->c, x->n, i)) > 0) {
		/* 主席团, 总理府, 部长会议: the title starts a longer word. */
		if (i + l < x->n &&
		    (in_set(title_bad_next, x->c[i + l]) ||
		        text_is(x, i + l, "会议")))
			return 0;
		return l;
	}
	l = open_title_at(x, i);
	return l > 0 && open_title_end(x, i + l) ? l : 0;
}

/* Before a name: start, punctuation, a name, a stop character. */
bool
ent_name_start_ok(const struct zp_entities *x, size_t a)
{
	int32_t o;

	if (a == 0 || !is_han(x->c[a - 1]))
		return true;
	/* Not after a one-character country: 俄方提出, 美军. */
	if ((o = ends_at(x, a)) >= 0)
		return x->ent[o].type != ZP_ET_LOC ||
		    x->ent[o].e - x->ent[o].s > 1;
	return in_cs(ent_cs_stop, x->c[a - 1]) ||
	    wl_before(&x->role, x->c, a) > 0 ||
	    wl_before(&x->stopw, x->c, a) > 0;
}

/*
 * False when none of the rules of ent_pass_people can fire at i: no role word
 * starts there (all have two characters or more), no three characters of
 * transliteration, no surname with a given-name character and a role or a
 * verb one or two further on, no surname with a title (a title of one
 * character before a character that is no given name's: 黄总，).
 */
static inline bool
people_maybe(const struct zp_entities *x, size_t i)
{
	size_t n = x->n;
	unsigned f0 = x->fl[i], f1 = i + 1 < n ? x->fl[i + 1] : 0;
	unsigned f2 = i + 2 < n ? x->fl[i + 2] : 0;
	unsigned f3 = i + 3 < n ? x->fl[i + 3] : 0;

	return ((f0 & CL_ROLE) && (x->role_short || (f1 & CL_ROLE2))) ||
	    (f0 & f1 & f2 & CL_TRANSLIT) || (f0 & CL_COMPOUND) ||
	    ((f0 & CL_SURNAME) && (f1 & CL_GIVEN) &&
	        ((f2 | f3) & CL_SAYROLE)) ||
	    ((f0 & CL_SURNAME) && (f1 & CL_ROLE) &&
	        ((f2 & CL_ROLE2) || !(f2 & CL_GIVEN)));
}

/*
 * A transliterated name right after a role, whatever follows it: 总统穆巴拉
 * 克就, 国务卿奥尔布赖特敦促.  The role is the evidence, so two characters
 * are enough; the run stops at the first character outside the
 * transliteration set and must not run into Latin letters or digits.
 * Returns its end, or a when none fits.
 */
static size_t
translit_after_role(const struct zp_entities *x, size_t a)
{
	size_t t = a;

	while (t < x->n && t - a < 7 && x->owner[t] < 0 &&
	    in_cs(ent_cs_translit, x->c[t]))
		t++;
	/* Two characters that repeat are a word: 默默. */
	if (t - a < 2 || t - a >= 7 || (t - a == 2 && x->c[a] == x->c[a + 1]) ||
	    (t < x->n && is_alnum(x->c[t]) && !date_after(x, t)) ||
	    lookup(x, a, t) != NONE)
		return a;
	return t;
}

/* 和 or 与 before a surname is "and": 七段和张璇八段. */
static bool
and_then_name(const struct zp_entities *x, size_t i)
{
	return in_set(ent_strong_stop, x->c[i]) && i + 1 < x->n &&
	    in_cs(ent_cs_surname, x->c[i + 1]);
}

/* Before X某, characters that end a word for a person: 丈夫郭某, 被告王某. */
static const char mou_prev[] = "夫妻友犯告员民工生师长者女男子父母兄弟姐妹";
/* After X某, characters that make 某 a word of its own: 某些, 某地. */
static const char mou_bad_next[] =
    "些种个地年月日时位处方项类天次件事省市县区镇乡村单国部门公局厂店校院所"
    "型款样一";

/* The person X某 or 姓X at i, if any: the positions after i it takes. */
static size_t
surname_only_at(struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, sl;

	if (c[i + 1] == 0x67D0 /* 某 */ && x->owner[i] < 0 &&
	    in_cs(ent_cs_surname, c[i]) && !in_cs(ent_cs_titlebadsur, c[i]) &&
	    (ent_name_start_ok(x, i) || in_set(mou_prev, c[i - 1])) &&
	    (i + 2 >= n || c[i + 2] == 0x67D0 ||
	        !in_set(mou_bad_next, c[i + 2]))) {
		ent_add_person(x, i, i + 1);
		return 1;
	} else if (c[i] == 0x59D3 /* 姓 */ &&
	    (i == 0 ||
	        (c[i - 1] != 0x767E /* 百姓 */ &&
	            !in_cs(ent_cs_surname, c[i - 1]) /* 吕姓 */)) &&
	    (sl = ent_surname_at(x, i + 1)) > 0 && x->owner[i + 1] < 0 &&
	    (sl == 2 || i + 2 >= n || !ent_given_ok(x, i + 2, i + 3) ||
	        c[i + 2] == 0x540D)) {
		ent_add_person(x, i + 1, i + 1 + sl);
		return sl;
	}
	return 0;
}

/*
 * A person the text names by the surname alone: 梁某 (a name withheld, as
 * the courts' and police's reports write it) and 姓孙的乘客 (a surname
 * given).  The surname is the person, as GUIDELINES has 陈 of 陈先生.
 * Surnames that are more often words (和某些, 于某地) are left out.
 * One look at each character for 某 or 姓 (a bit of their low six bits
 * lets few others by), then surname_only_at where either is at i or i + 1,
 * in order: lo is the first position no person found so far took.
 */
static void
surname_only(struct zp_entities *x)
{
	size_t n = x->n, lo = 0;

	/* 某 and 姓 by the low six bits of their code points. */
	for (size_t p = 0;
	     (p = next_cp_masked(x, p, 63, 0x67D0 & 63, 0x59D3 & 63)) < n;
	     p++) {
		for (size_t i = p > 0 ? p - 1 : 0; i <= p; i++)
			if (i >= lo && i + 1 < n)
				lo = i + 1 + surname_only_at(x, i);
	}
}

static bool notname_at(const struct zp_entities *x, size_t a, size_t b);

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
static void
after_country(struct zp_entities *x)
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
		    lookup(x, i + l, t) != NONE || notname_at(x, i + l, t))
			continue;
		ent_add_person(x, i + l, t);
	}
}

void
ent_pass_people(struct zp_entities *x)
{
	size_t n = x->n;

	ent_mark(x, MARK_PEOPLE);
	surname_only(x);
	after_country(x);
	ent_pass_jp_names(x);
	for (size_t i = next_cand(x, 0); i < n; i = next_cand(x, i + 1)) {
		size_t l, e;

		if (!x->noskip &&
		    (!(x->fl[i] & CL_PEOPLE) || !people_maybe(x, i)))
			continue;
		/*
		 * A body ending in the role's first character: 能源部长佩纳,
		 * 公安局长王平.  The body stays; the name after the role is
		 * taken as after any role.
		 */
		if (x->owner[i] >= 0) {
			const struct ent *o = &x->ent[x->owner[i]];

			if (o->e != i + 1 || o->type != ZP_ET_ORG ||
			    o->e - o->s < 2 ||
			    (l = wl_at(&x->role, x->c, n, i)) < 2)
				continue;
			e = name_after_role(x, i + l);
			if (e == i + l)
				e = translit_after_role(x, i + l);
			if (e > i + l) {
				ent_add_person(x, i + l, e);
				i = e - 1;
			}
			continue;
		}
		/* A role, then a name: 董事长戴伟民. */
		if ((l = ent_lead_at(x, i)) > 0) {
			bool weak = wl_at(&x->role, x->c, n, i) == 0;

			e = weak ? name_from(x, i + l) :
			           name_after_role(x, i + l);
			/*
			 * No name starts with 和 or 与 after a role (八段和张璇);
			 * after a leading role, a full name (not 学者和专家).
			 */
			if ((weak && e - (i + l) < 3) ||
			    (i + l < n && in_set(ent_strong_stop, x->c[i + l])))
				e = i + l;
			if (e == i + l) {
				e = translit_after_role(x, i + l);
				if (weak &&
				    (e - (i + l) < 3 ||
				        in_set(ent_strong_stop, x->c[i + l])))
					e = i + l;
			}
			if (e > i + l) {
				ent_add_person(x, i + l, e);
				i = e - 1;
				continue;
			}
			i += l - 1;
			continue;
		}
		/*
		 * A transliterated name without "·", then a verb or a role:
		 * 琼斯表示, 卡尔波夫说.  Three characters at least, all of
		 * the transliteration set.
		 */
		if (in_cs(ent_cs_translit, x->c[i]) &&
		    ent_name_start_ok(x, i)) {
			size_t t = i;

			size_t t0;

			while (t < n && t - i < 7 && x->owner[t] < 0 &&
			    in_cs(ent_cs_translit, x->c[t]))
				t++;
			t0 = t;
			while (t - i >= 3 &&
			    !(wl_at(&x->say, x->c, n, t) > 0 ||
			        wl_at(&x->role, x->c, n, t) > 0))
				t--;
			if (t - i >= 3 && lookup(x, i, t) == NONE) {
				ent_add_person(x, i, t);
				i = t - 1;
				continue;
			}
			if (ent_translit_alone(x, i, t0)) {
				ent_add_person(x, i, t0);
				i = t0 - 1;
				continue;
			}
		}
		/*
		 * A surname alone before a title: 陈先生, 江总书记, 欧阳先生,
		 * 黄总, not a word with an open title (古董; 毛主席 is a
		 * word of the list too) nor a unit and its head (管理司司长,
		 * 11师秘书长).  The id is the surname's until ent_pass_coref
		 * finds the full name said before.
		 */
		if (i + 2 < n &&
		    (in_cs(ent_cs_titlefirst, x->c[i + 1]) ||
		        in_cs(ent_cs_titlefirst, x->c[i + 2])) &&
		    (l = in_cs(ent_cs_compound, x->c[i]) ?
		            ent_surname_at(x, i) :
		            in_cs(ent_cs_surname, x->c[i])) > 0 &&
		    (l == 2 || !in_cs(ent_cs_titlebadsur, x->c[i])) &&
		    (e = surname_title(x, i + l)) > 0 &&
		    span_free(x, i, i + l) && ent_name_start_ok(x, i) &&
		    !(open_title_at(x, i + l) == e &&
		        notname_at(x, i, i + l + e)) &&
		    x->c[i + l - 1] != x->c[i + l] &&
		    (i == 0 ||
		        !(is_digit(x->c[i - 1]) ||
		            in_set(ent_list_numerals, x->c[i - 1])))) {
			ent_add_person(x, i, i + l);
			i += l + e - 1;
			continue;
		}
		/* A name, then a role or a verb: 成乔升分析师, 王明表示. */
		if ((in_cs(ent_cs_surname, x->c[i]) ||
		        in_cs(ent_cs_compound, x->c[i])) &&
		    ent_surname_at(x, i) > 0 && ent_name_start_ok(x, i) &&
		    surname_title(x, i + ent_surname_at(x, i)) == 0 &&
		    !and_then_name(x, i)) {
			size_t sl = ent_surname_at(x, i);

			/* A title is no given name: 和夫人出席. */
			for (size_t gl = 2; gl >= 1; gl--) {
				e = i + sl + gl;
				if (e < n && ent_given_ok(x, i + sl, e) &&
				    !notname_at(x, i, e) &&
				    !notname_at(x, i, i + sl + 1) &&
				    (wl_at(&x->role, x->c, n, e) > 0 ||
				        wl_at(&x->say, x->c, n, e) > 0)) {
					ent_add_person(x, i, e);
					i = e - 1;
					break;
				}
			}
		}
	}
	ent_pass_translit_pairs(x);
}

/* A common word that looks like a name (荣誉, 王朝): data/names/given.txt. */
static bool
notname_at(const struct zp_entities *x, size_t a, size_t b)
{
	return x->notname != NULL &&
	    zp_gaz_lookup_cp(x->notname, x->c + a, b - a) != NONE;
}

/*
 * Chinese names with nothing beside them but a boundary: a known surname
 * and one or two given-name characters, scored from the name statistics
 * (100 log-odds against other words, per character).  The start must be a
 * boundary (ent_name_start_ok); after a three-character name a weak end, after
 * a two-character one a strong end, so that 王国, 高度 and 成本 inside
 * longer words do not fire.
 */
void
ent_pass_scored_names(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	const struct namesc *sc = x->nsc;
	size_t n = x->n;

	ent_mark(x, MARK_SCORED);
	for (size_t i = next_cand(x, 0); i + 1 < n; i = next_cand(x, i + 1)) {
		int s0, g1, g2 = NAMESC_NONE;
		size_t len = 0;
		bool start, three;

		/* The cheap tests first: most characters are no surname. */
		if (!(x->fl[i] & CL_SUR) || c[i] >= 0x10000 ||
		    x->owner[i] >= 0 || c[i + 1] >= 0x10000 ||
		    (g1 = sc[c[i + 1]].given) < NAME_GIVEN_MIN)
			continue;
		s0 = sc[c[i]].sur;
		if (i + 2 < n && c[i + 2] < 0x10000)
			g2 = sc[c[i + 2]].given;
		three = g2 >= NAME_GIVEN2_MIN && s0 + g1 + g2 >= NAME_SUM3;
		if ((!three && s0 + g1 < NAME_SUM2) ||
		    !ent_given_ok(x, i + 1, i + 2))
			continue;
		start = ent_name_start_ok(x, i);
		/* A strong name needs a boundary on one side only. */
		if (three && ent_given_ok(x, i + 2, i + 3) &&
		    ((start && ent_name_end_ok(x, i + 3, false)) ||
		        ent_clause_name3(x, i, s0 + g1 + g2) ||
		        (s0 + g1 + g2 >= NAME_FREE3 &&
		            (start || ent_name_end_ok(x, i + 3, true) ||
		                s0 + g1 + g2 >= NAME_BARE3) &&
		            (i + 3 == n || !is_alnum(c[i + 3])))))
			len = 3;
		/*
		 * A third character of GIVEN_TOO, then a strong end: 蒋天才说,
		 * 侯御之的 (not 蒋天 before a character no name holds).
		 */
		if (len == 0 && three && start && i + 2 < n &&
		    x->owner[i + 2] < 0 && in_set(GIVEN_TOO, c[i + 2]) &&
		    i + 3 < n && is_han(c[i + 3]) &&
		    ent_name_end_ok(x, i + 3, true))
			len = 3;
		/*
		 * Two characters: a boundary on both sides, or on one when
		 * the score is high and no given-name character follows.
		 */
		if (len == 0 && s0 + g1 >= NAME_SUM2 &&
		    ((start && ent_name_end_ok(x, i + 2, true)) ||
		        (s0 + g1 >= NAME_HALF2 &&
		            (start || ent_name_end_ok(x, i + 2, true)) &&
		            !ent_given_ok(x, i + 2, i + 3))))
			len = 2;
		if (len == 0 || lookup(x, i, i + len) != NONE ||
		    notname_at(x, i, i + len))
			continue;
		ent_add_person(x, i, i + len);
		i += len - 1;
	}
}

void
ent_people_init(struct zp_entities *x)
{
	static const char *const sets[] = { surnames, translit, not_given,
		NAME_END_STRONG, NAME_END_WEAK, COMPOUND_FIRST, title_bad_next,
		OPEN_TITLE_NEXT, mou_bad_next, mou_prev };

	/* Built now, so that matching (in_set) only reads them. */
	for (size_t i = 0; i < NELEM(sets); i++)
		ent_cset_get(sets[i]);
	ent_cs_surname = ent_cset_get(surnames);
	ent_cs_notgiven = ent_cset_get(not_given);
	ent_cs_translit = ent_cset_get(translit);
	ent_cs_translitend = ent_cset_get(translit_end);
	ent_cs_compound = ent_cset_get(COMPOUND_FIRST);
	ent_cs_titlefirst = ent_cset_get(TITLE_FIRST);
	ent_cs_titlesecond = ent_cset_get(TITLE_SECOND);
	ent_cs_titlebadsur = ent_cset_get(title_bad_sur);
	ent_cs_endweak = ent_cset_get(NAME_END_WEAK);
	for (size_t k = 0; k < NCOMPOUND; k++) {
		const char *w = compound_surnames[k];
		size_t bl = strlen(w), j = 0, l;

		compound_len[k] = 0;
		while (j < bl && compound_len[k] < 8) {
			compound_cp[k][compound_len[k]++] =
			    (uint32_t)zp_utf8_decode(w + j, bl - j, &l);
			j += l;
		}
	}
	zp_wl_add_all(&x->role, role_words, NELEM(role_words));
	zp_wl_add_all(&x->lead, lead_words, NELEM(lead_words));
	zp_wl_add_all(&x->say, say_words, NELEM(say_words));
	zp_wl_add_all(&x->namenext, name_next_words, NELEM(name_next_words));
	zp_wl_add_all(&x->holdverb, holder_verbs, NELEM(holder_verbs));
	zp_wl_add_all(&x->stitle, surname_titles, NELEM(surname_titles));
	ent_jpnames_init(x);
}

void
ent_people_free(struct zp_entities *x)
{
	zp_wl_free(&x->role);
	zp_wl_free(&x->lead);
	zp_wl_free(&x->say);
	zp_wl_free(&x->namenext);
	zp_wl_free(&x->holdverb);
	zp_wl_free(&x->stitle);
	ent_jpnames_free(x);
	free(x->nsc);
	zp_gaz_free(x->notname);
	free(x->gwords.v);
	free(x->cwords.v);
	free(x->verbs.v);
}
