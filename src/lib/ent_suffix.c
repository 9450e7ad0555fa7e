/*
 * ent_suffix -- organizations named by their suffix (公司, 科技, 集团,
 * 委员会...): the suffix table with the characters that may not follow or
 * precede each, legal forms and national firms.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/*
 * A suffix that only names an institution (公司, 委员会, 局) ends the name
 * before most words: 公安局长, 公司经理, 中国队分别.
 */
static const char firm_core[] = "法债制化型级类间式体界者";
const char ent_firm_next[] = "伍房家商区议";
const char ent_subunit_zu_next[] = "伍房家商区议织成员";
static const char firm_next_school[] = "伍房家商区生派城";
static const char firm_next_wei[] = "伍房家商区员";
static const char firm_next_jt[] = "军";
const char ent_firm_next_bu[] = "长分门署队件位落族首委";
static const char firm_next_ju[] = "长势面部限";
static const char firm_next_ting[] = "长堂";
static const char firm_next_shu[] = "长名";
static const char firm_next_chang[] = "长房家商区址矿";
static const char firm_next_dui[] = "长伍列形";
/* After a team's suffix (女篮, 男排), as after any body's. */
static const char firm_next_team[] = "伍房家商区议";
/*
 * After a short name's 大 or 协, characters that show a longer word (医科大
 * + 学, 外交大 + 臣, 游泳协 + 会, 合作协 + 议).
 */
static const char firm_next_uabbr[] = "学臣使会院夫家伍房商区生派城";
static const char firm_next_xie[] = "会议调定商作助同力伍房家区";
/* 党员, 党派, 党委, 党内: the party began a word. */
static const char firm_next_dang[] =
    "员派委组内外性史章籍校报务风政建纪费徽旗羽魁首团"
    "支中部要";
/* After a section's suffix: its head and members (处长, 组员, 社员). */
static const char firm_next_sub[] = "长员伍房家商区议成第赛";
/*
 * Before 处 and 室, characters that make a place or a room of it: 交界处,
 * 长处, 会议室, 教室.
 */
static const char chu_place_prev[] =
    "界汇弯长短好坏深高低远近难益用到之此各别住"
    "议客浴卧病教温密";
/* The first characters of the times a clause goes on with: 今天, 昨日. */
static const char section_time_next[] = "今昨明近";
/* Stops that make a word with a section's character: 处于, 所以, 所在. */
static const char section_word_next[] = "于以在为";
static const struct suffix suffixes[] = {
	{ "股份有限公司", 'L', ent_firm_next },
	{ "有限责任公司", 'L', ent_firm_next },
	{ "有限公司", 'L', ent_firm_next },
	{ "集团公司", 'L', ent_firm_next },
	{ "股份公司", 'L', ent_firm_next },
	{ "公司", 'L', ent_firm_next },
	{ "集团", 'L', firm_next_jt },
	{ "控股", 'L', NULL },
	{ "股份", 'L', NULL },
	{ "科技", 'L', NULL },
	{ "电子", 'L', NULL },
	{ "微电子", 'L', NULL },
	{ "半导体", 'L', NULL },
	{ "集成电路", 'L', NULL },
	{ "电气", 'L', NULL },
	{ "通信", 'L', NULL },
	{ "汽车", 'L', NULL },
	{ "实业", 'L', NULL },
	{ "药业", 'L', NULL },
	{ "制药", 'L', NULL },
	{ "医药", 'L', NULL },
	{ "重工", 'L', NULL },
	{ "光电", 'L', NULL },
	{ "电器", 'L', NULL },
	{ "软件", 'L', NULL },
	{ "网络", 'L', NULL },
	{ "传媒", 'L', NULL },
	{ "置业", 'L', NULL },
	{ "航空", 'L', NULL },
	{ "物流", 'L', NULL },
	{ "食品", 'L', NULL },
	{ "能源", 'L', NULL },
	{ "新材料", 'L', NULL },
	{ "材料", 'L', NULL },
	{ "生物", 'L', NULL },
	{ "精密", 'L', NULL },
	{ "工业", 'L', NULL },
	{ "企业", 'L', NULL },
	{ "银行", 'N', NULL },
	{ "证券", 'N', NULL },
	{ "基金", 'N', NULL },
	{ "资本", 'N', NULL },
	{ "投资", 'N', NULL },
	{ "创投", 'N', NULL },
	{ "新能源", 'N', NULL },
	{ "保险", 'N', NULL },
	{ "信托", 'N', NULL },
	{ "期货", 'N', NULL },
	{ "资管", 'N', NULL },
	{ "基金会", 'N', ent_firm_next },
	{ "研究院", 'N', ent_firm_next },
	{ "研究所", 'N', ent_firm_next },
	{ "科学院", 'N', ent_firm_next },
	{ "工程院", 'N', ent_firm_next },
	{ "设计院", 'N', ent_firm_next },
	{ "大学", 'N', firm_next_school },
	{ "学院", 'N', firm_next_school },
	{ "委员会", 'N', ent_firm_next },
	{ "协会", 'N', ent_firm_next },
	{ "商会", 'N', ent_firm_next },
	{ "联合会", 'N', ent_firm_next },
	{ "交易所", 'N', ent_firm_next },
	{ "法院", 'N', ent_firm_next },
	{ "检察院", 'N', ent_firm_next },
	{ "医院", 'N', ent_firm_next },
	{ "电视台", 'N', ent_firm_next },
	{ "日报", 'N', NULL },
	{ "晚报", 'N', NULL },
	{ "时报", 'N', NULL },
	{ "报社", 'N', ent_firm_next },
	{ "出版社", 'N', ent_firm_next },
	{ "通讯社", 'N', ent_firm_next },
	{ "部", 'N', ent_firm_next_bu },
	{ "局", 'N', firm_next_ju },
	{ "厅", 'N', firm_next_ting },
	{ "署", 'N', firm_next_shu },
	{ "办公室", 'N', ent_firm_next },
	{ "管委会", 'N', ent_firm_next },
	{ "政府", 'N', ent_firm_next },
	{ "中学", 'N', firm_next_school },
	{ "小学", 'N', firm_next_school },
	{ "事务所", 'N', ent_firm_next },
	{ "代表团", 'N', ent_firm_next },
	{ "学会", 'N', ent_firm_next },
	{ "研究会", 'N', ent_firm_next },
	{ "厂", 'N', firm_next_chang },
	{ "海关", 'N', ent_firm_next },
	{ "市委", 'N', firm_next_wei },
	{ "省委", 'N', firm_next_wei },
	{ "县委", 'N', firm_next_wei },
	{ "图书馆", 'N', ent_firm_next },
	{ "博物馆", 'N', ent_firm_next },
	{ "人民政府", 'N', ent_firm_next },
	{ "人民法院", 'N', ent_firm_next },
	{ "人民检察院", 'N', ent_firm_next },
	{ "人民医院", 'N', ent_firm_next },
	{ "研究中心", 'N', ent_firm_next },
	{ "服务中心", 'N', ent_firm_next },
	{ "交易中心", 'N', ent_firm_next },
	{ "检测中心", 'N', ent_firm_next },
	{ "培训中心", 'N', ent_firm_next },
	{ "信息中心", 'N', ent_firm_next },
	{ "发展中心", 'N', ent_firm_next },
	{ "技术中心", 'N', ent_firm_next },
	{ "会展中心", 'N', ent_firm_next },
	/* Centres by their work, as the ones above: 管理中心, 指挥中心. */
	{ "管理中心", 'N', ent_firm_next },
	{ "新闻中心", 'N', ent_firm_next },
	{ "试验中心", 'N', ent_firm_next },
	{ "实验中心", 'N', ent_firm_next },
	{ "指挥中心", 'N', ent_firm_next },
	{ "训练中心", 'N', ent_firm_next },
	{ "监测中心", 'N', ent_firm_next },
	{ "咨询中心", 'N', ent_firm_next },
	{ "交流中心", 'N', ent_firm_next },
	{ "开发中心", 'N', ent_firm_next },
	{ "指导中心", 'N', ent_firm_next },
	{ "协调中心", 'N', ent_firm_next },
	{ "救助中心", 'N', ent_firm_next },
	{ "调度中心", 'N', ent_firm_next },
	{ "医疗中心", 'N', ent_firm_next },
	{ "推广中心", 'N', ent_firm_next },
	{ "教育中心", 'N', ent_firm_next },
	{ "结算中心", 'N', ent_firm_next },
	{ "登记中心", 'N', ent_firm_next },
	/* Groups named by their task: 扶贫开发领导小组, 国际联络小组. */
	{ "领导小组", 'N', ent_firm_next },
	{ "联络小组", 'N', ent_firm_next },
	{ "分行", 'N', ent_firm_next },
	{ "支行", 'N', ent_firm_next },
	{ "分公司", 'L', ent_firm_next },
	{ "子公司", 'L', ent_firm_next },
	{ "地产", 'L', NULL },
	{ "工作室", 'N', ent_firm_next },
	{ "联盟", 'N', ent_firm_next },
	{ "党委", 'N', firm_next_wei },
	{ "实验室", 'N', ent_firm_next },
	{ "俱乐部", 'N', ent_firm_next },
	{ "队", 'N', firm_next_dui },
	/* Teams, companies of the arts, offices. */
	{ "女篮", 'N', firm_next_team },
	{ "男篮", 'N', firm_next_team },
	{ "女排", 'N', firm_next_team },
	{ "男排", 'N', firm_next_team },
	{ "女足", 'N', firm_next_team },
	{ "男足", 'N', firm_next_team },
	{ "乐团", 'N', ent_firm_next },
	{ "交响乐团", 'N', ent_firm_next },
	{ "合唱团", 'N', ent_firm_next },
	{ "剧团", 'N', ent_firm_next },
	{ "歌舞团", 'N', ent_firm_next },
	{ "艺术团", 'N', ent_firm_next },
	{ "杂志社", 'N', ent_firm_next },
	{ "促进会", 'N', ent_firm_next },
	{ "联谊会", 'N', ent_firm_next },
	{ "总公司", 'L', ent_firm_next },
	{ "办事处", 'N', ent_firm_next },
	{ "代表处", 'N', ent_firm_next },
	{ "总局", 'N', ent_firm_next },
	{ "总署", 'N', ent_firm_next },
	{ "总会", 'N', ent_firm_next },
	/* Bodies of a place or a party, and places that are firms. */
	{ "委", 'N', firm_next_wei },
	{ "纪委", 'N', firm_next_wei },
	{ "政法委", 'N', firm_next_wei },
	{ "教委", 'N', firm_next_wei },
	{ "计委", 'N', firm_next_wei },
	{ "经委", 'N', firm_next_wei },
	{ "体委", 'N', firm_next_wei },
	{ "残联", 'N', ent_firm_next },
	{ "妇联", 'N', ent_firm_next },
	{ "侨联", 'N', ent_firm_next },
	{ "文联", 'N', ent_firm_next },
	{ "科协", 'N', ent_firm_next },
	{ "足协", 'N', ent_firm_next },
	{ "篮协", 'N', ent_firm_next },
	{ "总工会", 'N', ent_firm_next },
	{ "分局", 'N', ent_firm_next },
	{ "党校", 'N', ent_firm_next },
	/* Councils and police stations, named by their place or body. */
	{ "理事会", 'N', ent_firm_next },
	{ "派出所", 'N', ent_firm_next },
	{ "宾馆", 'N', ent_firm_next },
	{ "饭店", 'N', ent_firm_next },
	{ "大酒店", 'N', ent_firm_next },
	{ "剧院", 'N', ent_firm_next },
	{ "书店", 'N', ent_firm_next },
	/*
	 * Universities by their short names (西安交大, 东北师大, 中南财大),
	 * the member associations of the federation of literature and art
	 * (美协, 作协, 剧协...) and the sports associations (羽协, 田协...).
	 */
	{ "师大", 'N', firm_next_uabbr },
	{ "交大", 'N', firm_next_uabbr },
	{ "科大", 'N', firm_next_uabbr },
	{ "工大", 'N', firm_next_uabbr },
	{ "农大", 'N', firm_next_uabbr },
	{ "医大", 'N', firm_next_uabbr },
	{ "财大", 'N', firm_next_uabbr },
	{ "师院", 'N', firm_next_school },
	{ "体院", 'N', firm_next_school },
	{ "美协", 'N', firm_next_xie },
	{ "作协", 'N', firm_next_xie },
	{ "剧协", 'N', firm_next_xie },
	{ "音协", 'N', firm_next_xie },
	{ "影协", 'N', firm_next_xie },
	{ "书协", 'N', firm_next_xie },
	{ "舞协", 'N', firm_next_xie },
	{ "曲协", 'N', firm_next_xie },
	{ "摄协", 'N', firm_next_xie },
	{ "杂协", 'N', firm_next_xie },
	{ "民协", 'N', firm_next_xie },
	{ "视协", 'N', firm_next_xie },
	{ "友协", 'N', firm_next_xie },
	{ "羽协", 'N', firm_next_xie },
	{ "田协", 'N', firm_next_xie },
	{ "泳协", 'N', firm_next_xie },
	{ "乒协", 'N', firm_next_xie },
	{ "网协", 'N', firm_next_xie },
	{ "排协", 'N', firm_next_xie },
	{ "棋协", 'N', firm_next_xie },
	/*
	 * Associations of a profession, whose members' title is a post
	 * elsewhere (记者, 律师): 中国体育记者协会, 青年企业家协会.
	 */
	{ "记者协会", 'N', ent_firm_next },
	{ "作家协会", 'N', ent_firm_next },
	{ "律师协会", 'N', ent_firm_next },
	{ "企业家协会", 'N', ent_firm_next },
	{ "医师协会", 'N', ent_firm_next },
	{ "会计师协会", 'N', ent_firm_next },
	{ "银行家协会", 'N', ent_firm_next },
	{ "科学家协会", 'N', ent_firm_next },
	{ "发明家协会", 'N', ent_firm_next },
	{ "艺术家协会", 'N', ent_firm_next },
	{ "音乐家协会", 'N', ent_firm_next },
	{ "美术家协会", 'N', ent_firm_next },
	{ "摄影家协会", 'N', ent_firm_next },
	{ "书法家协会", 'N', ent_firm_next },
	{ "戏剧家协会", 'N', ent_firm_next },
	{ "舞蹈家协会", 'N', ent_firm_next },
	{ "电影家协会", 'N', ent_firm_next },
	{ "记者联合会", 'N', ent_firm_next },
	{ "作家联合会", 'N', ent_firm_next },
	{ "律师联合会", 'N', ent_firm_next },
	{ "工程师学会", 'N', ent_firm_next },
	{ "经济学家协会", 'N', ent_firm_next },
	/* Radio stations, power stations and oilfields run as bodies. */
	{ "电台", 'N', ent_firm_next },
	{ "广播电台", 'N', ent_firm_next },
	{ "电站", 'N', ent_firm_next },
	{ "水电站", 'N', ent_firm_next },
	{ "核电站", 'N', ent_firm_next },
	{ "油田", 'N', ent_firm_next },
	/* Restaurants and weeklies, as 饭店 and 日报 are. */
	{ "酒家", 'N', ent_firm_next },
	{ "酒楼", 'N', ent_firm_next },
	{ "周刊", 'N', ent_firm_next },
	/* Parties by their creed or their badge: 激进党, 平等党, 光头党. */
	{ "党", 'P', firm_next_dang },
	/*
	 * Class W: the offices, groups and sections inside a body, named
	 * only after their place or body (辽宁省人民政府 + 外事处, 中国科学院
	 * + 高能物理所, 县委 + 考察组); alone they are common words (好处,
	 * 教室, 住所).
	 */
	{ "处", 'W', firm_next_sub },
	{ "室", 'W', firm_next_sub },
	{ "组", 'W', firm_next_sub },
	{ "所", 'W', firm_next_sub },
	{ "科", 'W', firm_next_sub },
	{ "站", 'W', firm_next_sub },
	{ "司", 'W', firm_next_sub },
	{ "团", 'W', firm_next_sub },
	{ "社", 'W', firm_next_sub },
	{ "小组", 'W', firm_next_sub },
	{ "工会", 'W', firm_next_sub },
	{ "分会", 'W', firm_next_sub },
	{ "董事会", 'W', firm_next_sub },
	{ "组委会", 'W', firm_next_sub },
	{ "筹委会", 'W', firm_next_sub },
};

/*
 * Nouns of a whole trade, most often the object of a verb or a kind
 * (依靠企业, 粮食企业, 财产保险, 民族工业): alone after an unknown
 * word, with or without a place before it (德国线束企业), they name no
 * firm, only after a known name or before a legal form.
 */
static const char *const weak_trade_words[] = {
	"企业",
	"工业",
	"保险",
};

/*
 * Nouns of a trade that are common nouns too (依靠科技, 直接投资, 宣传材料,
 * 出租汽车): a firm's short name puts its 字号, two characters as a rule
 * (邑文科技, 毅达资本, 小鹏汽车), before them, so after an unknown word
 * they name a firm only when the name is that short.
 */
/* Competitions, which a team's suffix before them names (世界女篮锦标赛). */
static const char *const contest_words[] = {
	"锦标赛",
	"世锦赛",
	"联赛",
	"大赛",
	"邀请赛",
	"公开赛",
	"杯赛",
	"巡回赛",
	"选拔赛",
	"资格赛",
	"预选赛",
	"对抗赛",
	"冠军赛",
};

static const char *const common_trade_words[] = {
	"科技",
	"投资",
	"资本",
	"材料",
	"新材料",
	"汽车",
	"食品",
	"生物",
	"网络",
	"软件",
	"通信",
	"能源",
	"新能源",
	"电子",
	"航空",
	"物流",
	"医药",
	"传媒",
	"电器",
	"电气",
	"精密",
	"基金",
	"证券",
	"信托",
	"期货",
};

/*
 * Suffixes that are the object of a verb of one character before them:
 * 上大学, 考中学 (to go to school), 要学会 (to learn).
 */
static const struct {
	const char *suffix, *verbs;
} verb_objects[] = {
	{ "大学", "上考读念" },
	{ "中学", "上考读念" },
	{ "小学", "上考读念" },
	{ "学会", "要应能得该须可不没都也再会使让" },
};
/*
 * Every character of their verbs (ent_suffix_init), tested first: most
 * suffixes have none before them, and the words were a tenth of the pass.
 */
static struct ent_firsts verb_chars;

/* Characters that cannot stand right before a one-character suffix. */
static const char bu_bad_prev[] = "总头内外底全局东西南北中顶尾干乐大本分支"
                                  "腹胸背面脑细一两各每首股"
                                  /* Parts of a body or a thing: 腰部, 上部. */
                                  "腰腿脚腮颈臀膝肩臂足根上下半";
static const char ju_bad_prev[] = "格布当大全开出结僵时政终邮饭骗赌药定残变"
                                  "胜败平";
static const char ting_bad_prev[] = "大餐客展门歌舞";
static const char shu_bad_prev[] = "签部公";
/* 队 in words of a team's members and moves and of a queue: 归队, 带队, 长队, 插队. */
static const char dui_bad_prev[] =
    "团部车舰排军梯连球归离入掉列结带组全我该两各客主长插站整";
static const char zf_bad_prev[] = "无";
/* 党 in words of any party: 政党, 入党, 全党, 执政党, 反对党, 在野党. */
static const char dang_bad_prev[] =
    "政入建全我该本两各反执野他其此同整老朝亲退脱"
    "结朋死余乱叛";
static const char chang_bad_prev[] = "工建办开出回返进发电药酒设铸砖厂";
/* Of those, the products a plant makes: 电厂, 药厂, 酒厂. */
static const char chang_product_prev[] = "电药酒";

/* After a suffix, characters that show the suffix was part of a word. */
static const char bad_next[] =
    "者人业界市股巨行化门分面长经型类性级圈"
    "方额率品园城区板通网家费价值规模组机构实力属链产系法案报告务设政创"
    "企卡间开支制烟商债券指领域势限";

/* Parties whose committees are named by place: 中共河北省委. */
static const char *const party_words[] = {
	"中共",
	"共青团",
	"民盟",
	"民革",
	"民建",
	"民进",
	"农工党",
	"致公党",
	"九三学社",
	"台盟",
};

/* Legal forms that make a place and a trade one firm: 上海汽车工业总公司. */
static const char *const legal_form_words[] = {
	"总公司",
	"有限公司",
	"集团公司",
	"股份公司",
	"有限责任公司",
};

/* A country's own firm: its trade and 公司 (阿根廷航空公司). */
static const char *const national_firm_words[] = {
	"航空公司",
	"航空总公司",
	"国际航空公司",
	"国际航空总公司",
	"铁路公司",
	"铁路总公司",
	"石油公司",
	"石油总公司",
	"国家石油公司",
	"国家石油总公司",
	"广播公司",
	"广播总公司",
	"电信公司",
	"电信总公司",
	"钢铁公司",
	"钢铁总公司",
};

/* Generic words that name the level of an institution: 国家林业局. */
static const char *const level_words[] = {
	"国家",
	"全国",
	"中央",
	"省",
	"市",
	"县",
	"区",
	"乡",
	"镇",
};

/*
 * Generic characters that begin the name's first word when three
 * characters follow before the suffix: 新闻出版署.
 */
static const char word_first[] = "新";

/*
 * Generic words of scope that an institution keeps in its name as it
 * keeps its level: 国际羊毛局, 全球环境委员会, 联邦航空局, 临时执政委员会.
 */
static const char *const scope_words[] = {
	"国际",
	"全球",
	"世界",
	"联邦",
	"首都",
	"临时",
};

/*
 * The words parties are named by, their creed or their cause (社会民主党,
 * 激进党, 公民党): a name of 党 is made of them alone, where 党 after other
 * words is the party in power (贯彻党的, 基层党).
 */
static const char *const creed_words[] = {
	"民主",
	"共和",
	"社会",
	"主义",
	"人民",
	"自由",
	"保守",
	"激进",
	"民族",
	"国民",
	"国家",
	"共产",
	"工",
	"工人",
	"劳工",
	"统一",
	"联合",
	"独立",
	"进步",
	"公民",
	"平等",
	"正义",
	"绿",
	"绿色",
	"祖国",
	"宗教",
	"大会",
	"联盟",
	"基督教",
	"伊斯兰",
	"农民",
	"中间",
	"中央",
	"改革",
	"复兴",
	"团结",
	"人权",
	"民权",
	"和平",
	"新",
	"全国",
	"社民",
	"阵线",
	"行动",
	"公正",
	"发展",
	"爱国",
	"左翼",
	"右翼",
	"光头",
	"生活",
	"真理",
	"革新",
	"自民",
	"民社",
	"宪政",
	"联邦",
	"地区",
	"劳动",
	"农业",
	"环保",
	"纳粹",
};

/* After a level, characters that make it a modifier: 国家级, 全国性. */
static const char level_bad_next[] = "级性";

/* Characters that are not a name of one character before 学院, 医院. */
static const char one_name_bad[] = "大小新老总分子母高低上下全原旧老该本某";

_Static_assert(NELEM(suffixes) <= 0x1FF, "SUFAT_IDX holds the index");

/* The suffixes, for the lookup table of ent_suftab.c. */
const struct suffix *
ent_suffix_list(size_t *n)
{
	*n = NELEM(suffixes);
	return suffixes;
}

/* The longest suffix at i, of any class (zp_gaz_longest over x->suf). */
static inline const struct suffix *
suffix_any_at(const struct zp_entities *x, size_t i, size_t *len)
{
	unsigned v = suf_code_at(x, i);

	*len = SUFAT_LEN(v);
	return *len == 0 ? NULL : &suffixes[SUFAT_IDX(v)];
}

/*
 * The longest suffix at i; the sections of class W and the parties of
 * class P are ent_pass_suffix's alone.
 */
const struct suffix *
ent_suffix_at(const struct zp_entities *x, size_t i, size_t *len)
{
	const struct suffix *sf = suffix_any_at(x, i, len);

	if (sf != NULL && (sf->cls == 'W' || sf->cls == 'P')) {
		*len = 0;
		return NULL;
	}
	return sf;
}

/* Whether a place of two characters or more ends at i. */
static bool
ends_at_loc(const struct zp_entities *x, size_t i)
{
	int32_t o = ends_at(x, i);

	return o >= 0 && x->ent[o].type == ZP_ET_LOC &&
	    x->ent[o].e - x->ent[o].s >= 2;
}

/* Whether a one-character suffix at i is a word of its own (总部, 格局). */
bool
ent_short_suffix_ok(const struct zp_entities *x, size_t i)
{
	uint32_t p = i > 0 ? x->c[i - 1] : 0;
	const char *bad = NULL;

	switch (x->c[i]) {
	case 0x90E8:
		bad = bu_bad_prev;
		break; /* 部 */
	case 0x5C40:
		bad = ju_bad_prev;
		break; /* 局 */
	case 0x5385:
		bad = ting_bad_prev;
		break; /* 厅 */
	case 0x7F72:
		bad = shu_bad_prev;
		break; /* 署 */
	case 0x961F:
		bad = dui_bad_prev;
		break; /* 队 */
	case 0x653F:
		bad = zf_bad_prev;
		break; /* 政府 */
	case 0x5382:
		bad = chang_bad_prev;
		break; /* 厂 */
	case 0x515A:
		bad = dang_bad_prev;
		break; /* 党 */
	case 0x59D4: { /* 委: the committee of a place, 沈阳市委 */
		int32_t o = ends_at(x, i);

		return p != 0 && in_set(ent_admin_units, p) && o >= 0 &&
		    x->ent[o].type == ZP_ET_LOC;
	}
	default:
		return true;
	}
	/*
	 * The characters above make words with the suffix (连队, 建厂); the
	 * last character of a place does not (大连 + 队), nor a product's
	 * plant named by its place (丰镇 + 电厂, 哈尔滨 + 啤酒厂).
	 */
	if (x->c[i] == 0x961F /* 队 */ && ends_at_loc(x, i))
		return true;
	if (x->c[i] == 0x5382 /* 厂 */ && in_set(chang_product_prev, p) &&
	    (ends_at_loc(x, i - 1) || (i > 1 && ends_at_loc(x, i - 2))))
		return true;
	return p != 0 && !in_set_any(bad, p);
}

/* Whether the suffix at i, l long, is the object of the verb before it. */
static bool
verb_object(const struct zp_entities *x, size_t i, size_t l)
{
	if (i == 0 || !ent_firsts_may(&verb_chars, x, i - 1))
		return false;
	for (size_t k = 0; k < NELEM(verb_objects); k++)
		if (strlen(verb_objects[k].suffix) ==
		        x->boff[i + l] - x->boff[i] &&
		    text_is(x, i, verb_objects[k].suffix))
			return in_set(verb_objects[k].verbs, x->c[i - 1]);
	return false;
}

/* Whether c, after an institution's suffix, shows it began a word. */
bool
ent_firm_stop(const char *firm, uint32_t c)
{
	return in_set(firm_core, c) || in_set_any(firm, c);
}

/*
 * 股份 alone after a firm's name or suffix is its shares, not more of the
 * name: 增持某某控股股份, 持有某某股份股份 (股份有限公司 is one suffix).
 */
static bool
shares_at(const struct zp_entities *x, size_t j, size_t l)
{
	return l == 2 && text_is(x, j, "股份");
}

/* Whether the name can end at j, after the suffix sf (NULL: any). */
static bool
right_ok(const struct zp_entities *x, size_t j, const struct suffix *sf)
{
	if (j >= x->n || !is_han(x->c[j]) || shares_at(x, j, 2))
		return true;
	/* 联邦基金利率, 基金利率: the name of a rate, not a fund. */
	if (text_is(x, j, "利率"))
		return false;
	/* 世界女篮锦标赛, 全国男排联赛: a competition, no team. */
	if (sf != NULL && sf->firm == firm_next_team &&
	    wl_at(&x->contests, x->c, x->n, j) > 0)
		return false;
	if (sf != NULL && sf->firm == NULL)
		return !in_set(bad_next, x->c[j]);
	return !ent_firm_stop(sf != NULL ? sf->firm : ent_firm_next, x->c[j]);
}

/* Strips "(有限合伙)" for the id. */
static size_t
id_end(const struct zp_entities *x, size_t a, size_t b)
{
	if (b - a > 6 && is_close(x->c[b - 1]) && is_open(x->c[b - 6]))
		return b - 6;
	return b;
}

/*
 * Where a long name that ran out of room at k begins when a place of two
 * characters or more ends one or two name characters before k; else k.
 */
static size_t
place_within(const struct zp_entities *x, size_t k)
{
	for (size_t back = 1; back <= 2 && back <= k; back++) {
		size_t a = k - back;
		int32_t o;

		if (x->owner[a] >= 0 || !is_han(x->c[a]) ||
		    in_cs(ent_cs_stop, x->c[a]))
			return k;
		o = ends_at(x, a);
		if (o >= 0 && x->ent[o].type == ZP_ET_LOC &&
		    x->ent[o].e - x->ent[o].s >= 2)
			return a;
	}
	return k;
}

/* Whether the text [i, j) ends in a legal form: 有限公司, 总公司. */
static bool
legal_form(const struct zp_entities *x, size_t i, size_t j)
{
	size_t l = wl_before(&x->legal, x->c, j);

	return l > 0 && l <= j - i;
}

/*
 * A country's airline, railway, oil or broadcasting company is one firm
 * (阿根廷航空公司, 英国广播公司): [a, j) is the trade and 公司, where other
 * trades name firms of a kind (美国芯片公司).
 */
static bool
national_firm(const struct zp_entities *x, size_t a, size_t j)
{
	return j > a && wl_at(&x->national, x->c, j, a) == j - a;
}

/*
 * An organization ent_pass_suffix is building: its suffix, where the chain
 * of suffixes ends and where the name before them starts.
 */
struct org {
	size_t i;                  /* where the first suffix starts */
	size_t l;                  /* its length */
	size_t j;                  /* where the chain of suffixes ends */
	size_t k;                  /* where the name starts */
	size_t nname;              /* characters of the name before i */
	int32_t ab;                /* the entity the left edge took in, or -1 */
	char cls;                  /* of the first suffix */
	const struct suffix *last; /* the last suffix of the chain */
	int rok; /* right_ok at j after last, when the chain asked it; or -1 */
};

/*
 * The chain of suffixes starting at i (微电子科技股份有限公司) into o;
 * false when no suffix starts there.
 */
static bool
suffix_chain(const struct zp_entities *x, size_t i, struct org *o)
{
	size_t n = x->n, l2;
	const struct suffix *next;

	if (!(x->fl[i] & CL_SUF) ||
	    (o->last = suffix_any_at(x, i, &o->l)) == NULL ||
	    (o->l == 1 && !ent_short_suffix_ok(x, i)) ||
	    verb_object(x, i, o->l))
		return false;
	o->i = i;
	o->cls = o->last->cls;
	o->j = i + o->l;
	o->rok = -1;
	/* Not into a role: 日本队 + 队长, 卫生部 + 部长. */
	while (o->j < n && x->owner[o->j] < 0 &&
	    (o->last->firm == NULL ||
	        (o->rok = right_ok(x, o->j, o->last)) != 0) &&
	    (next = suffix_any_at(x, o->j, &l2)) != NULL && next->cls != 'W' &&
	    next->cls != 'P' && wl_at(&x->role, x->c, n, o->j) <= l2 &&
	    !shares_at(x, o->j, l2)) {
		o->last = next;
		o->j += l2;
		o->rok = -1;
	}
	if (o->j + 6 <= n && is_open(x->c[o->j]) &&
	    text_is(x, o->j + 1, "有限合伙") && is_close(x->c[o->j + 5])) {
		o->j += 6;
		o->rok = -1;
	}
	return true;
}

/*
 * Where the name before the suffix starts (o->k, o->ab, o->nname); false
 * when nothing names it.
 */
/* What counts firms before 家: 首家, 三家, 多家, 这家. */
static const char firm_counters[] = "首一二两三四五六七八九十几多这该每各";

/* Whether [a, b) counts firms (辖区首家过会企业). */
static bool
firm_count_in(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t p = a + 1; p < b; p++)
		if (x->c[p] == 0x5BB6 /* 家 */ &&
		    in_set(firm_counters, x->c[p - 1]))
			return true;
	return false;
}

/*
 * How far before the suffix the entity suffix_left takes in (o->ab) may
 * end, at most: six characters of name and two of a place within it or of
 * numerals before them, and then the entity's last character.  With no
 * entity in that span o->ab stays -1.
 */
#define LEFT_REACH 9

static bool
suffix_left(struct zp_entities *x, struct org *o)
{
	size_t i = o->i, k;
	int32_t ab;

	k = ent_left_edge(x, i, 6, &ab, false);
	/*
	 * Six characters and a word goes on: no edge was found,
	 * unless a place ends one or two characters further back
	 * (天水市 + 天港房地产开发 + 公司).
	 */
	if (ab < 0 && i - k == 6 && k > 0 && x->owner[k - 1] < 0 &&
	    is_han(x->c[k - 1]) && !in_cs(ent_cs_stop, x->c[k - 1]) &&
	    wl_before(&x->stopw, x->c, k) == 0) {
		size_t k2 = place_within(x, k);

		if (k2 == k)
			return false;
		ab = ends_at(x, k2);
		k = x->ent[ab].s;
	}
	/*
	 * A legal form ends its company's name: a firm's word after it
	 * starts another (某某股份有限公司 + 累计回购股份); a body after it is
	 * the company's (某某有限公司董事局).
	 */
	if (ab >= 0 && o->cls == 'L' && x->ent[ab].e < i &&
	    x->ent[ab].type == ZP_ET_ORG &&
	    legal_form(x, x->ent[ab].s, x->ent[ab].e)) {
		k = x->ent[ab].e;
		ab = -1;
	}
	if (ab < 0) {
		k = ent_numeral_start(x, k, i);
		/*
		 * A place before the numerals: 成都市 + 九兴印刷厂; but a count
		 * of firms describes them (青岛辖区首家过会企业).
		 */
		if ((ab = ends_at(x, k)) >= 0 && x->ent[ab].type == ZP_ET_LOC &&
		    !firm_count_in(x, k, i))
			k = x->ent[ab].s;
		else
			ab = -1;
	}
	o->k = k;
	o->nname = i - (ab >= 0 ? x->ent[ab].e : k);
	o->ab = ab;
	/* A government is a place's: 反政府, 承担政府 are not names. */
	return !((ab < 0 || x->ent[ab].type != ZP_ET_LOC) &&
	    ent_government_at(x, i));
}

/*
 * An organization right before the suffix takes it in: class L keeps the
 * organization's entry, class N makes a body of its own.  True when o was
 * such a case, done (or left to a listed longer name).
 */
static bool
suffix_after_org(struct zp_entities *x, const struct org *o)
{
	struct ent *e;
	uint32_t gaz, id;
	size_t s, j = o->j;
	uint8_t src;

	if (o->ab < 0 || x->ent[o->ab].type != ZP_ET_ORG || o->nname != 0 ||
	    wl_at(&x->role, x->c, x->n, o->i) > o->l)
		return false;
	e = &x->ent[o->ab];
	gaz = e->gaz;
	id = e->id;
	s = e->s;
	src = e->src;
	if (lookup(x, s, j) != NONE || shares_at(x, o->i, j - o->i))
		return true;
	ent_kill(x, o->ab);
	if (o->cls == 'L')
		ent_add(x, s, j, ZP_ET_ORG, src, gaz, id);
	else
		ent_add(x, s, j, ZP_ET_ORG, SRC_RULE, NONE,
		    ent_put_surface(x, s, id_end(x, s, j)));
	return true;
}

/*
 * Where the name after the places the edge took in starts, past the
 * generic words in front; sets o->k and o->nname.
 */
static size_t
suffix_name_start(const struct zp_entities *x, struct org *o)
{
	size_t i = o->i, ns = o->k, lead;

	/* The name starts after the places absorbed. */
	while (ns < i && x->owner[ns] >= 0)
		ns = x->ent[x->owner[ns]].e;

	/*
	 * Generic words in front are not part of the name,
	 * but an institution keeps its level: 国家林业局,
	 * 市卫生局, 全国妇联.
	 */
	while (ns < i && (lead = wl_at(&x->generic, x->c, i, ns)) > 0 &&
	    o->ab < 0 &&
	    !(o->cls == 'N' && o->last->firm != NULL &&
	        ((wl_at(&x->levels, x->c, i, ns) == lead &&
	             !in_set(level_bad_next, x->c[ns + lead])) ||
	            wl_at(&x->scope, x->c, i, ns) == lead)) &&
	    !(lead == 1 && in_set(word_first, x->c[ns]) && i - ns - lead >= 3))
		ns += lead, o->k = ns;
	o->nname = i - ns;
	return ns;
}

/*
 * A place, then nothing or generic words, then an institution: 北京市政府,
 * 长沙市公安局, 湖南大学.  True when o was one, added.
 */
static bool
place_institution(struct zp_entities *x, const struct org *o, size_t ns)
{
	size_t i = o->i, j = o->j, k = o->k;

	if (o->ab < 0 ||
	    !(((o->nname == 0 || ent_all_generic(x, ns, i)) &&
	          (ent_institution(x, i) ||
	              (o->l >= 2 && o->cls == 'N' && o->last->firm != NULL &&
	                  !text_is(x, i, "政府")))) ||
	        ent_institution_is(x, ns, j)))
		return false;
	/* 中共 + 河北省委: the party's committee. */
	if (i + o->l == j && in_cs(ent_cs_bodylast, x->c[j - 1]))
		k -= wl_before(&x->parties, x->c, k);
	ent_clear_span(x, k, j);
	ent_add(x, k, j, ZP_ET_ORG, SRC_RULE, NONE,
	    ent_put_surface(x, k, id_end(x, k, j)));
	return true;
}

/*
 * Whether c[ns..i), after a place or nothing, names the organization: two
 * characters or more that are not all generic words, or a level that names
 * a body.
 */
static bool
suffix_name_ok(const struct zp_entities *x, const struct org *o, size_t ns)
{
	size_t i = o->i, j = o->j, k = o->k, nname = o->nname;
	int32_t ab = o->ab;
	bool level_body;

	/* One character after a place: 兰州医学院, 四平市话剧团. */
	if (nname == 1 && ab >= 0 && o->cls == 'N' && o->l >= 2 &&
	    o->last->firm != NULL && !in_cs(ent_cs_stop, x->c[ns]) &&
	    !in_set(one_name_bad, x->c[ns]) && !ent_all_generic(x, ns, i))
		nname = 2;
	/* One character after 由, 与, 、: 由锡创投孵化. */
	if (nname == 1 && ab < 0 && o->cls == 'N' && o->l >= 2 && k > 0 &&
	    in_set(ent_strong_stop, x->c[k - 1]) &&
	    !in_cs(ent_cs_stop, x->c[k]) && !ent_all_generic(x, ns, i))
		nname = 2;
	/* 国家博物馆, 全国侨联: a level names the body. */
	level_body = nname >= 2 && ab < 0 && o->cls == 'N' &&
	    o->last->firm != NULL && ent_all_words(x, &x->levels, ns, i);
	/*
	 * A place, a trade and a legal form name one firm
	 * (上海汽车工业总公司, 上海汽车集团有限公司: the trade may be a
	 * suffix itself); a place, a trade and 公司 are firms of a kind
	 * (美国芯片公司).
	 */
	if (!level_body && ab >= 0 && x->ent[ab].type == ZP_ET_LOC &&
	    ((legal_form(x, x->ent[ab].e, j) &&
	         j - wl_before(&x->legal, x->c, j) >= x->ent[ab].e + 2) ||
	        national_firm(x, x->ent[ab].e, j)))
		level_body = true;
	return level_body ||
	    !(nname < 2 || ent_all_generic(x, ns, i) ||
	        (ent_generic_tail(x, ns, i) > 0 &&
	            !(ab >= 0 && ent_named_core(x, ns, i))));
}

/* Whether the chain of o is a noun of a whole trade alone (企业). */
static bool
weak_trade(const struct zp_entities *x, const struct org *o)
{
	return o->j == o->i + o->l &&
	    wl_at(&x->weaktrade, x->c, o->j, o->i) == o->l;
}

/*
 * Verbs and modifiers of two characters that take a common noun of a trade
 * (common_trade_words) as their object or head: 依靠科技, 现代科技,
 * 直接投资, 民族资本.  They are no 字号 before it.
 */
static const char *const trade_governors[] = {
	"依靠",
	"发展",
	"坚持",
	"解决",
	"增加",
	"倡导",
	"传播",
	"推广",
	"普及",
	"引进",
	"利用",
	"吸引",
	"扩大",
	"加大",
	"加强",
	"鼓励",
	"追加",
	"进行",
	"保护",
	"现代",
	"先进",
	"实用",
	"重点",
	"世界",
	"世纪",
	"工程",
	"尖端",
	"直接",
	"间接",
	"民族",
	"民间",
	"私人",
	"社会",
	"外国",
	"海外",
	"境外",
	"对外",
	"流入",
	"领域",
	"事业",
	"固定",
	"金融",
	"产业",
	"工业",
	"商业",
	"国有",
	"垄断",
};

/*
 * Whether the chain of o is a common noun of a trade alone (科技) after a
 * name longer than a 字号: 依靠现代科技, 要增加投资.  A fund's or an
 * investor's name of four characters (长信汇智基金) stands at the start of
 * a clause, after punctuation; longer runs are phrases.  A name of two
 * characters that is a word governing the noun is none either (依靠科技).
 */
static bool
long_before_trade(const struct zp_entities *x, const struct org *o)
{
	uint32_t p = o->k > 0 ? x->c[o->k - 1] : 0;

	if (o->j != o->i + o->l ||
	    wl_at(&x->commontrade, x->c, o->j, o->i) != o->l)
		return false;
	if (o->nname == 2)
		for (size_t k = 0; k < NELEM(trade_governors); k++)
			if (text_is(x, o->i - 2, trade_governors[k]))
				return true;
	return o->nname > 2 &&
	    (o->nname > 4 || (p != 0 && (is_han(p) || is_alnum(p))));
}

/*
 * Where a name that ends in a bare 股份 ends when a holder's verb comes
 * before it and a count after (持有某某股份累计, 减持某某股份总计 300万):
 * the 股份 is the name's shares.  A short name ending in 股份 elsewhere
 * (某某股份发布公告) keeps it.
 */
static size_t
shares_end(const struct zp_entities *x, const struct org *o)
{
	static const char *const verbs[] = { "持有", "增持", "减持", "质押",
		"所持" };
	static const char *const counts[] = { "累计", "合计", "共计", "总计",
		"数量", "总数" };
	bool held = false;

	if (o->j != o->i + 2 || !shares_at(x, o->i, 2) || o->k < 2 ||
	    o->j >= x->n)
		return o->j;
	for (size_t v = 0; v < NELEM(verbs) && !held; v++)
		held = text_is(x, o->k - 2, verbs[v]);
	if (!held)
		return o->j;
	if (is_digit(x->c[o->j]))
		return o->i;
	for (size_t v = 0; v < NELEM(counts); v++)
		if (text_is(x, o->j, counts[v]))
			return o->i;
	return o->j;
}

/*
 * Whether the 党 that o ends in follows a creed of two characters or more,
 * after a place or nothing: 塞尔维亚 + 激进党, 社会主义党.
 */
static bool
party_named(const struct zp_entities *x, const struct org *o)
{
	size_t a = o->ab >= 0 ? x->ent[o->ab].e : o->k;

	return (o->ab < 0 || x->ent[o->ab].type == ZP_ET_LOC) &&
	    o->i - a >= 2 && ent_all_words(x, &x->creed, a, o->i);
}

/* Whether a post starts within c[a..b): 书记, 部长. */
static bool
role_within(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (wl_at(&x->role, x->c, b, k) > 0)
			return true;
	return false;
}

/*
 * Whether the section of class W that o ends in follows a place or a body
 * and a name of its own (外事处 of 辽宁省人民政府); a listed company keeps
 * its sections apart, as ent_pass_subunits does.
 */
static bool
section_named(const struct zp_entities *x, const struct org *o)
{
	const struct ent *e;
	size_t j = o->j;

	if (o->ab < 0 || o->nname < 1)
		return false;
	/*
	 * A section of one character is a common ending too (书记 + 所说,
	 * 部长 + 科恩): it needs a name of two characters or more, no post
	 * among them, and a clause going on after it.
	 */
	if (o->l == 1 && o->j == o->i + 1 &&
	    (o->nname < 2 || role_within(x, o->i - o->nname - 1, o->i) ||
	        ((x->c[o->i] == 0x5904 /* 处 */ ||
	             x->c[o->i] == 0x5BA4 /* 室 */) &&
	            in_set(chu_place_prev, x->c[o->i - 1])) ||
	        !(j >= x->n || !is_han(x->c[j]) ||
	            (in_cs(ent_cs_stop, x->c[j]) &&
	                !in_set(section_word_next, x->c[j])) ||
	            wl_at(&x->role, x->c, x->n, j) > 0 ||
	            wl_at(&x->stopw, x->c, x->n, j) > 0 ||
	            in_set(section_time_next, x->c[j]))))
		return false;
	e = &x->ent[o->ab];
	return !(e->type == ZP_ET_ORG && e->gaz != NONE && e->gaz >= x->minor &&
	    zp_gaz_entry(x->g, e->gaz)->ticker != NULL);
}

/*
 * Whether the 部 or 局 that o ends in has 长 after it, its head (工业部长,
 * 移民局长): after a place and a name of its own, the ministry
 * is named in full (加拿大 + 工业部 + 长), as the seed keeps 美国商务部 in
 * 美国商务部长.
 */
static bool
minister_after(const struct zp_entities *x, const struct org *o)
{
	return o->l == 1 && o->j == o->i + 1 && o->j < x->n &&
	    x->c[o->j] == 0x957F /* 长 */ &&
	    (x->c[o->i] == 0x90E8 /* 部 */ || x->c[o->i] == 0x5C40 /* 局 */);
}

/*
 * A group of countries named by their count: 七国集团, 8国集团, 77国集团.
 * Where its numerals start, or SIZE_MAX.
 */
static size_t
country_group(const struct zp_entities *x, const struct org *o)
{
	size_t k = o->i - 1;

	if (o->j != o->i + 2 || !text_is(x, o->i, "集团") || o->i < 2 ||
	    x->c[k] != 0x56FD /* 国 */)
		return SIZE_MAX;
	while (k > 0 && x->owner[k - 1] < 0 &&
	    (is_digit(x->c[k - 1]) || in_set(ent_list_numerals, x->c[k - 1])))
		k--;
	return k < o->i - 1 ? k : SIZE_MAX;
}

/* Adds the organization c[k..j) over whatever it covers. */
static void
add_org(struct zp_entities *x, size_t k, size_t j)
{
	int32_t named, o;

	ent_clear_span(x, k, j);
	named = ent_add(x, k, j, ZP_ET_ORG, SRC_RULE, NONE,
	    ent_put_surface(x, k, id_end(x, k, j)));
	/*
	 * A name the lists lack takes its place in (北京 + 国伦文化
	 * 艺术公司); a listed one keeps it apart (韩国 + 三星电子).
	 */
	if ((o = ends_at(x, k)) >= 0 && x->ent[o].type == ZP_ET_LOC &&
	    x->ent[o].e - x->ent[o].s >= 2)
		ent_take_places_before(x, (size_t)named);
}

void
ent_pass_suffix(struct zp_entities *x)
{
	size_t n = x->n, i = 1, k;
	bool head;

	while (i < n) {
		struct org o;

		if (x->owner[i] >= 0) {
			i = x->ent[x->owner[i]].e;
			continue;
		}
		/*
		 * To the next place a suffix may start (MARK_SUF): the walk
		 * lands where a step at a time would.  An entity before it
		 * ends at or before it; one that holds it is jumped over at
		 * the top of the loop, by the owners as they are now.
		 */
		if (!x->noskip && !has_mark(x, MARK_SUF, i)) {
			i = next_mark(x, MARK_SUF, i + 1);
			continue;
		}
		if (!suffix_chain(x, i, &o)) {
			i++;
			continue;
		}
		/*
		 * Whatever comes of it, the next suffix is looked for at j;
		 * a section that names nothing, or a suffix a longer word goes
		 * on from, may begin one (社 + 科出版社, 职 + 工大 + 学).
		 */
		i = o.j;
		head = minister_after(x, &o);
		/* The chain asked right_ok at its end already, mostly. */
		if ((!head &&
		        !(o.rok >= 0 ? o.rok : right_ok(x, o.j, o.last))) ||
		    (o.cls == 'W' &&
		        (span_free(
		             x, o.i > LEFT_REACH ? o.i - LEFT_REACH : 0, o.i) ||
		            !(suffix_left(x, &o) && section_named(x, &o))))) {
			i = o.i + 1;
			continue;
		}
		if ((k = country_group(x, &o)) != SIZE_MAX) {
			add_org(x, k, o.j);
			continue;
		}
		/* A section (class W) had its left edge found above. */
		if ((o.cls != 'W' && !suffix_left(x, &o)) ||
		    (head &&
		        (o.ab < 0 || x->ent[o.ab].type != ZP_ET_LOC ||
		            o.nname < 2 || x->c[o.i - 1] == 0x526F /* 副 */ ||
		            role_within(x, o.i - o.nname, o.i))) ||
		    (o.cls == 'P' && !party_named(x, &o)) ||
		    suffix_after_org(x, &o))
			continue;
		if (o.ab < 0 || x->ent[o.ab].type == ZP_ET_LOC) {
			size_t ns = suffix_name_start(x, &o);

			if (place_institution(x, &o, ns) ||
			    !suffix_name_ok(x, &o, ns))
				continue;
			/* After a place too: 德国线束企业 is a kind of firm. */
			if (weak_trade(x, &o) ||
			    (o.ab < 0 && long_before_trade(x, &o)))
				continue;
		} else if (o.nname < 1 ||
		    ent_lead_at(x, x->ent[o.ab].e) >= o.j - x->ent[o.ab].e) {
			/* 中国队 + 领队 is a post, not a body. */
			continue;
		}
		add_org(x, o.k, shares_end(x, &o));
	}
}

void
ent_suffix_init(struct zp_entities *x)
{
	static const char *const sets[] = { bad_next, bu_bad_prev, ju_bad_prev,
		ting_bad_prev, shu_bad_prev, dui_bad_prev, zf_bad_prev,
		dang_bad_prev, firm_next_dang, chang_bad_prev,
		chang_product_prev, firm_core, ent_firm_next, firm_next_school,
		firm_next_wei, firm_next_jt, ent_firm_next_bu, firm_next_ju,
		firm_next_ting, firm_next_shu, firm_next_chang, firm_next_dui,
		firm_next_sub, section_word_next, section_time_next,
		chu_place_prev, one_name_bad, level_bad_next };

	for (size_t i = 0; i < NELEM(verb_objects); i++) {
		const char *v = verb_objects[i].verbs;
		size_t l;

		ent_cset_get(v);
		for (; *v != '\0'; v += l) {
			ent_firsts_add(&verb_chars, v);
			zp_utf8_decode(v, strlen(v), &l);
		}
	}
	ent_cset_get(firm_counters);

	/* Built now, so that matching (in_set) only reads them. */
	for (size_t i = 0; i < NELEM(sets); i++)
		ent_cset_get(sets[i]);
	x->suf = zp_gaz_new();
	for (size_t i = 0; i < NELEM(suffixes); i++) {
		zp_gaz_add(
		    x->suf, suffixes[i].w, ZP_ET_ORG, NULL, 0, NULL, NULL);
	}
	zp_gaz_compile(x->suf);
	zp_wl_add_all(&x->levels, level_words, NELEM(level_words));
	zp_wl_add_all(&x->parties, party_words, NELEM(party_words));
	zp_wl_add_all(&x->legal, legal_form_words, NELEM(legal_form_words));
	zp_wl_add_all(
	    &x->national, national_firm_words, NELEM(national_firm_words));
	zp_wl_add_all(&x->weaktrade, weak_trade_words, NELEM(weak_trade_words));
	zp_wl_add_all(
	    &x->commontrade, common_trade_words, NELEM(common_trade_words));
	zp_wl_add_all(&x->contests, contest_words, NELEM(contest_words));
	zp_wl_add_all(&x->scope, scope_words, NELEM(scope_words));
	zp_wl_add_all(&x->creed, creed_words, NELEM(creed_words));
}

void
ent_suffix_free(struct zp_entities *x)
{
	free(x->suft);
	zp_gaz_free(x->suf);
	zp_wl_free(&x->levels);
	zp_wl_free(&x->parties);
	zp_wl_free(&x->legal);
	zp_wl_free(&x->national);
	zp_wl_free(&x->weaktrade);
	zp_wl_free(&x->commontrade);
	zp_wl_free(&x->contests);
	zp_wl_free(&x->scope);
	zp_wl_free(&x->creed);
}
