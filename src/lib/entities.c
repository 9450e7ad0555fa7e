/*
 * entities -- gazetteer matching, rules and coreference.
 *
 * The text is decoded once into code points.  Each pass claims spans in an
 * owner map (one slot per code point), so later passes only look at what
 * earlier ones left, except where a rule knows better and replaces what it
 * covers (a Latin name with "Securities" in it over the "Korea" inside it,
 * a transliterated name over the surname a list matched).  The passes:
 *
 *   1. gazetteer names, leftmost-longest, with guard words and boundaries
 *      for Latin names;
 *   2. runs of capitalized Latin words: organizations by keyword, people
 *      by the roles and verbs around them;
 *   3. organization suffixes (公司, 科技, 资本, 集团, ...) with a left
 *      boundary found from stop words, known names and generic words;
 *   4. people: transliterated names with "·", Chinese names beside a role
 *      (分析师, 董事长, ...) or a reporting verb;
 *   5. model codes (H100, 3A6000) and brand + model (Galaxy S24);
 *   6. enumerations with "、" in which organizations dominate;
 *   7. aliases in parentheses after a name: 超威半导体(AMD);
 *   8. coreference with the names seen earlier in the document.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

#define NONE UINT32_MAX
#define MAX_DOC_NAMES 512
#define DOC_HASH 1024 /* slots of the index of doc[], above twice the names */
#define DOC_BLOCK 4096

enum src { SRC_GAZ, SRC_RULE };

struct ent {
	uint32_t s, e;
	uint8_t type;
	uint8_t src;
	bool dead;
	uint32_t gaz; /* gazetteer entry, or NONE */
	uint32_t id;  /* offset in ids, or NONE for the entry's id */
};

/* Scores of a character in Chinese names (zp_ent_load_names). */
struct namesc {
	int16_t given, sur;
};
#define NAMESC_NONE (-1000) /* a character the list does not have */

/* A name seen earlier in the document. */
struct docname {
	char *surface;
	size_t len; /* of surface, in bytes */
	char *id;
	char *ticker;
	char *exchange;
	uint8_t type;
	bool alias; /* also to be found in later text */
};

/*
 * The strings of the document's names, in blocks that never move and are
 * emptied together when the document ends (no allocation per name).
 */
struct docblock {
	struct docblock *next;
	size_t used, cap;
	char p[];
};

#define WL_MAP 1024 /* buckets, a power of two above twice the words */

/* A list of words as code points, for matching at or ending at a point. */
struct wlist {
	uint32_t **w; /* sorted by first code point */
	uint8_t *len;
	size_t n;
	uint32_t **bw; /* the same words sorted by last code point */
	uint8_t *blen;
	uint64_t first[1024]; /* first characters (BMP), a quick test */
	uint64_t last[1024];  /* last characters */
	struct wbucket {      /* first character -> its words in w[] */
		uint32_t cp;
		uint16_t start, count;
	} map[WL_MAP];
	struct wbucket bmap[WL_MAP]; /* last character -> its words in bw[] */
};

struct zp_entities {
	const struct zp_gazetteer *g;
	struct zp_gazetteer *blk; /* guard words */
	struct zp_gazetteer *suf; /* organization suffixes */
	struct wlist stopw, generic, levels, parties, subunit, role, lead, say,
	    trail, orgctx, prodsfx, noncode, noncodep, namenext, legal,
	    national, legis, members;
	/* Lists defined after zp_ent_new (wl_init_late). */
	struct wlist kind, abbctx, abbgov, mission, inst;
	/* the current text */
	uint32_t *c;
	size_t *boff;
	int32_t *owner;
	size_t n, cap;
	unsigned seen;      /* TX_* flags: rare characters in the text */
	uint32_t minor;     /* gazetteer entries below: derived lists */
	struct namesc *nsc; /* BMP -> name scores, or NULL */
	struct zp_gazetteer *notname; /* common words that look like names */
	uint64_t surbits[1024];       /* surnames scored NAME_SUR_MIN or more */
	/*
	 * CL_* flags of every BMP character (cls) and of each code point of
	 * the text (fl): where a pass can start, so that it skips the rest
	 * with one test.
	 */
	uint16_t *cls;
	uint16_t *fl;
	/*
	 * A bit per position: where the current pass may act, by a finer
	 * test the pass makes first over the whole text (mark_*); bit n is
	 * set, so that next_cand stops there.
	 */
	uint64_t *cand;
	struct zp_gaz_quick gq, bq, sq;         /* of g, blk and suf */
	uint64_t gzpair[ZP_GAZ_PAIR_BITS / 64]; /* pair filters of g and blk */
	uint64_t selfbits[1024]; /* pass_self_aliases: first characters */
	bool role_short; /* a role word of one character (no CL_ROLE2 test) */
	bool noskip;     /* zp_ent_set_skips(x, false): visit every position */
	const char *s;
	struct ent *ent;
	size_t nent, capent;
	struct zp_buf ids;
	struct zp_entity *out;
	size_t capout;
	/* the document */
	struct docname *doc;
	size_t ndoc;
	uint16_t dhash[DOC_HASH]; /* surface -> 1 + index in doc, or 0 */
	struct docblock *dstr;    /* the newest block first */
	char *lastorg; /* id of the last organization seen (in lastorg_b) */
	struct zp_buf lastorg_b;
};

/* Word lists.  Everything here is written from general knowledge. */

/* Longer words that contain a name but are not it. */
static const char *const guard_words[] = {
	"纵深发展",
	"中集中",
	"元大关",
	"元大幅",
	"元大涨",
	"元大跌",
	"元大升",
	"元大贬",
	"三星堆",
	"联想到",
	"联想起",
	"联想力",
	"联想是",
	"平安夜",
	"理想化",
	"小米粥",
	"小米椒",
	"苹果树",
	"苹果园",
	"苹果汁",
	"苹果醋",
	"阿拉伯数字",
	"华为难",
	"高通胀",
	"大众化",
	"大众点评",
	"大众消费",
	"长城宽带",
	"中信息",
	"美的是",
	"格力气",
	"京东方面",
	"东方面",
	"阿里山",
	"小鹏鹏",
	"蔚来的",
	"问界面",
	"网易懂",
	"快手快脚",
	"百度百科",
	"一汽车",
	"安谋求",
	"星链接",
	"豆包装",
	"美光线",
	"文心一言",
	"中微子",
	"中华人民共和国",
	"大学生",
	"大学城",
	"大学毕业",
	"实事求是",
	/* Short names of bodies inside other words: 全国会议, 个人大多. */
	"全国会",
	"各国会",
	"两国会",
	"该国会",
	"本国会",
	"国会谈",
	"国会晤",
	"国会见",
	"国会同",
	"国会签",
	"人大多",
	"人大量",
	"人大都",
	"人大开",
	"人大幅",
	"人大力",
	"人大大",
	"人大概",
	"人大约",
	"人大学",
	"人大为",
	"人大部",
	"人大批",
	"人大增",
	"人大吃",
	"人大喊",
	"人大笑",
	"人大叫",
	"人大声",
	"人大跌",
	"人大涨",
	"人大胆",
	"人大惊",
	"人大怒",
	"人大哭",
	"人大家",
	"人大小",
	"人大半",
	"人大举",
	"人大规模",
	"人大型",
	"人大多数",
	"人大众",
	"大陆军",
	/* Short party and bank names inside common words: 中俄共同, 超越共识,
	 * 人民革命, 以巴解决, 东南亚行程. */
	"俄共同",
	"俄共识",
	"俄共享",
	"俄共建",
	"俄共有",
	"越共同",
	"越共识",
	"越共享",
	"越共建",
	"越共赢",
	"越共有",
	"苏共同",
	"苏共识",
	"人民革命",
	"国民革命",
	"农民革命",
	"平民革命",
	"公民革命",
	"巴解决",
	"巴解释",
	"巴解除",
	"亚行业",
	"亚行程",
	"亚行动",
	"亚行驶",
	"亚行走",
	"亚行销",
	"亚行政",
	"亚行使",
	"亚行为",
	/* Directions, not regions: 西北风, 东北部. */
	"东北风",
	"东北部",
	"东北方",
	"东北角",
	"东北侧",
	"东北向",
	"西北风",
	"西北部",
	"西北方",
	"西北角",
	"西北侧",
	"西北向",
	"西南风",
	"西南部",
	"西南方",
	"西南角",
	"西南侧",
	"西南向",
	/* Elections are events (GUIDELINES 8), not the body elected. */
	"国会竞选",
	"国会选举",
	"国会大选",
	"国会改选",
	"议会竞选",
	"议会选举",
	"议会大选",
	"议会改选",
	"参议院竞选",
	"参议院选举",
	"参议院大选",
	"参议院改选",
	"众议院竞选",
	"众议院选举",
	"众议院大选",
	"众议院改选",
	"航空军",
	"前十一大",
	"前十二大",
	"前十三大",
	"前十四大",
	"前十五大",
	"前十六大",
	"前十七大",
	"前十八大",
	"前十九大",
	"第十一大",
	"第十二大",
	"第十三大",
	"第十四大",
	"第十五大",
	"第十六大",
	"第十七大",
	"第十八大",
	"第十九大",
	"二十一大",
	"二十二大",
	"二十三大",
	"二十四大",
	"二十五大",
	"二十六大",
	"二十七大",
	"二十八大",
	"二十九大",
	"前二十大",
	"第二十大",
	"三十大",
	"四十大",
	"五十大",
	/* Words that hold a company's short name: 统一汽油 is no 一汽, 其中粮食 no
	 * 中粮, 中远期 no 中远, 成本钢材 no 本钢. */
	"一汽油",
	"第二汽",
	"成本钢",
	"中粮食",
	"中远期",
	"中远程",
	"中远距",
	"中远洋",
	"中远景",
	/* An airline's short name inside a country word or a common noun: 全国航空,
	 * 新航线, 每日航班, 俄航天局. */
	"全国航",
	"各国航",
	"我国航",
	"两国航",
	"该国航",
	"本国航",
	"外国航",
	"新航线",
	"新航班",
	"新航空",
	"新航道",
	"新航站",
	"新航程",
	"新航向",
	"新航母",
	"新航天",
	"日航班",
	"日航线",
	"俄航天",
	"俄航母",
	/* A famous person's short name inside other words or names: 这里根本,
	 * 价格卡特尔, 望子成龙, 大陆游客, 霍金斯, 哥德巴赫, 列宁格勒. */
	"里根本",
	"里根据",
	"卡特尔",
	"卡特里娜",
	"伊戈尔",
	"雅戈尔",
	"普赖斯",
	"鲁宾逊",
	"鲁宾孙",
	"鲁宾斯坦",
	"列宁格勒",
	"斯大林格勒",
	"塞西尔",
	"布莱希特",
	"阿特拉斯",
	"霍金斯",
	"哥德巴赫",
	"歌德巴赫",
	"帕萨特",
	"朱古力",
	"车水马龙",
	"望子成龙",
	"成龙配套",
	"贝利亚",
	"切尔诺贝利",
	"菲茨杰拉德",
	"麦克马洪",
	"陆游客",
	"陆游览",
	"陆游玩",
	"科比较",
	"科比例",
	"黄菊花",
	"张平等",
	"张平衡",
	"张飞机",
	"库尔德斯坦",
	"左权县",
	/* Brand names inside other words: 夏普比率, 卡夫卡, 宜家宜室. */
	"夏普比",
	"卡夫卡",
	"宜家宜室",
	"奥林巴斯山",
	"大宇宙",
	"雷诺数",
	/* A newspaper's name inside a phrase about reporting: 联合报道, 说明报告,
	 * 防卫报告, 独立报道, 据消息报道, 每日新闻发布会. */
	"联合报道",
	"联合报告",
	"明报告",
	"明报道",
	"明报表",
	"明报价",
	"卫报告",
	"卫报道",
	"卫报复",
	"独立报道",
	"独立报告",
	"消息报道",
	"消息报告",
	"每日新闻发布",
	/* Stock indices are not organizations. */
	"标普500",
	"标普指数",
	"标普全球指数",
	"费城半导体指数",
	"费城半导体",
	"恒生指数",
	"恒生科技指数",
	"恒指",
	"道琼斯",
	"道指",
	"纳斯达克指数",
	"纳斯达克综合指数",
	"纳斯达克100",
	"纳指",
	"上证指数",
	"上证综指",
	"深证成指",
	"创业板指",
	"科创50",
	"沪深300",
	"中证500",
	"中证1000",
	"日经225",
	"日经指数",
	"日经平均",
	"韩国综合指数",
	"台湾加权指数",
	"富时100",
	"MSCI中国",
	"MSCI指数",
	"MSCI新兴市场",
	"北京时间",
	"东京时间",
	"华盛顿时间",
	"美国东部时间",
	"香港时间",
	/* Place names at the start of common words: 三明治, 大理石, 高密度,
	 * 重新北上, 打开城门. */
	"三明治",
	"大理石",
	"大理岩",
	"高密度",
	"新北上",
	"开城门",
};

/*
 * Organization suffixes.  Class L (legal form or a word that names the
 * same company: 英特尔公司 is Intel), class N (a new body of its own:
 * 中信建投资本 is not 中信建投).
 */
struct suffix {
	const char *w;
	char cls;
	/*
	 * For a suffix that only names an institution, the characters after
	 * it, besides firm_core, that show it began a word; NULL for one that
	 * is a noun of a trade too (银行业, 科技股), where bad_next applies.
	 */
	const char *firm;
};

/*
 * A suffix that only names an institution (公司, 委员会, 局) ends the name
 * before most words: 公安局长, 公司经理, 中国队分别.
 */
static const char firm_core[] = "法债制化型级类间式体界者";
static const char firm_next[] = "伍房家商区议";
static const char subunit_zu_next[] = "伍房家商区议织成员";
static const char firm_next_school[] = "伍房家商区生派城";
static const char firm_next_wei[] = "伍房家商区员";
static const char firm_next_jt[] = "军";
static const char firm_next_bu[] = "长分门署队件位落族首委";
static const char firm_next_ju[] = "长势面部限";
static const char firm_next_ting[] = "长堂";
static const char firm_next_shu[] = "长名";
static const char firm_next_chang[] = "长房家商区址矿";
static const char firm_next_dui[] = "长伍列形";
static const struct suffix suffixes[] = {
	{ "股份有限公司", 'L', firm_next },
	{ "有限责任公司", 'L', firm_next },
	{ "有限公司", 'L', firm_next },
	{ "集团公司", 'L', firm_next },
	{ "股份公司", 'L', firm_next },
	{ "公司", 'L', firm_next },
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
	{ "基金会", 'N', firm_next },
	{ "研究院", 'N', firm_next },
	{ "研究所", 'N', firm_next },
	{ "科学院", 'N', firm_next },
	{ "工程院", 'N', firm_next },
	{ "设计院", 'N', firm_next },
	{ "大学", 'N', firm_next_school },
	{ "学院", 'N', firm_next_school },
	{ "委员会", 'N', firm_next },
	{ "协会", 'N', firm_next },
	{ "商会", 'N', firm_next },
	{ "联合会", 'N', firm_next },
	{ "交易所", 'N', firm_next },
	{ "法院", 'N', firm_next },
	{ "检察院", 'N', firm_next },
	{ "医院", 'N', firm_next },
	{ "电视台", 'N', firm_next },
	{ "日报", 'N', NULL },
	{ "晚报", 'N', NULL },
	{ "时报", 'N', NULL },
	{ "报社", 'N', firm_next },
	{ "出版社", 'N', firm_next },
	{ "通讯社", 'N', firm_next },
	{ "部", 'N', firm_next_bu },
	{ "局", 'N', firm_next_ju },
	{ "厅", 'N', firm_next_ting },
	{ "署", 'N', firm_next_shu },
	{ "办公室", 'N', firm_next },
	{ "管委会", 'N', firm_next },
	{ "政府", 'N', firm_next },
	{ "中学", 'N', firm_next_school },
	{ "小学", 'N', firm_next_school },
	{ "事务所", 'N', firm_next },
	{ "代表团", 'N', firm_next },
	{ "学会", 'N', firm_next },
	{ "研究会", 'N', firm_next },
	{ "厂", 'N', firm_next_chang },
	{ "海关", 'N', firm_next },
	{ "市委", 'N', firm_next_wei },
	{ "省委", 'N', firm_next_wei },
	{ "县委", 'N', firm_next_wei },
	{ "图书馆", 'N', firm_next },
	{ "博物馆", 'N', firm_next },
	{ "人民政府", 'N', firm_next },
	{ "人民法院", 'N', firm_next },
	{ "人民检察院", 'N', firm_next },
	{ "人民医院", 'N', firm_next },
	{ "研究中心", 'N', firm_next },
	{ "服务中心", 'N', firm_next },
	{ "交易中心", 'N', firm_next },
	{ "检测中心", 'N', firm_next },
	{ "培训中心", 'N', firm_next },
	{ "信息中心", 'N', firm_next },
	{ "发展中心", 'N', firm_next },
	{ "技术中心", 'N', firm_next },
	{ "会展中心", 'N', firm_next },
	{ "分行", 'N', firm_next },
	{ "支行", 'N', firm_next },
	{ "分公司", 'L', firm_next },
	{ "子公司", 'L', firm_next },
	{ "地产", 'L', NULL },
	{ "工作室", 'N', firm_next },
	{ "联盟", 'N', firm_next },
	{ "党委", 'N', firm_next_wei },
	{ "实验室", 'N', firm_next },
	{ "俱乐部", 'N', firm_next },
	{ "队", 'N', firm_next_dui },
	/* Teams, companies of the arts, offices. */
	{ "女篮", 'N', firm_next },
	{ "男篮", 'N', firm_next },
	{ "女排", 'N', firm_next },
	{ "男排", 'N', firm_next },
	{ "女足", 'N', firm_next },
	{ "男足", 'N', firm_next },
	{ "乐团", 'N', firm_next },
	{ "交响乐团", 'N', firm_next },
	{ "合唱团", 'N', firm_next },
	{ "剧团", 'N', firm_next },
	{ "歌舞团", 'N', firm_next },
	{ "艺术团", 'N', firm_next },
	{ "杂志社", 'N', firm_next },
	{ "促进会", 'N', firm_next },
	{ "联谊会", 'N', firm_next },
	{ "总公司", 'L', firm_next },
	{ "办事处", 'N', firm_next },
	{ "代表处", 'N', firm_next },
	{ "总局", 'N', firm_next },
	{ "总署", 'N', firm_next },
	{ "总会", 'N', firm_next },
	/* Bodies of a place or a party, and places that are firms. */
	{ "委", 'N', firm_next_wei },
	{ "纪委", 'N', firm_next_wei },
	{ "政法委", 'N', firm_next_wei },
	{ "教委", 'N', firm_next_wei },
	{ "计委", 'N', firm_next_wei },
	{ "经委", 'N', firm_next_wei },
	{ "体委", 'N', firm_next_wei },
	{ "残联", 'N', firm_next },
	{ "妇联", 'N', firm_next },
	{ "侨联", 'N', firm_next },
	{ "文联", 'N', firm_next },
	{ "科协", 'N', firm_next },
	{ "足协", 'N', firm_next },
	{ "篮协", 'N', firm_next },
	{ "总工会", 'N', firm_next },
	{ "分局", 'N', firm_next },
	{ "党校", 'N', firm_next },
	{ "宾馆", 'N', firm_next },
	{ "饭店", 'N', firm_next },
	{ "大酒店", 'N', firm_next },
	{ "剧院", 'N', firm_next },
	{ "书店", 'N', firm_next },
};

/* Characters that cannot stand right before a one-character suffix. */
static const char bu_bad_prev[] = "总头内外底全局东西南北中顶尾干乐大本分支"
                                  "腹胸背面脑细一两各每首股";
static const char ju_bad_prev[] = "格布当大全开出结僵时政终邮饭骗赌药定残变"
                                  "胜败平";
static const char ting_bad_prev[] = "大餐客展门歌舞";
static const char shu_bad_prev[] = "签部公";
static const char dui_bad_prev[] = "团部车舰排军梯连球";
static const char zf_bad_prev[] = "无";
static const char chang_bad_prev[] = "工建办开出回返进发电药酒设铸砖厂";

/* After a suffix, characters that show the suffix was part of a word. */
static const char bad_next[] =
    "者人业界市股巨行化门分面长经型类性级圈"
    "方额率品园城区板通网家费价值规模组机构实力属链产系法案报告务设政创"
    "企卡间开支制烟商债券指领域势限";

/* Characters at which a name's left edge stops. */
static const char stop_chars[] =
    "的了在是和与及或由对向从将被为于等让给把这去往"
    "那该此其各每某本据即如若但而且并也都又还已曾就则所以之称到经较比后"
    "前内外时年月日号位名个座只款项次轮期种份元亿万千百十九八七六五四三二一零"
    "两〇几约超逾共旗系让请被向即：:、，,。.；;！!？?";

/* Characters before a one-character name that still make a left edge. */
static const char strong_stop[] = "由被与和对向、及从给让";

static const char *const stop_words[] = {
	"投资",
	"战投",
	"收购",
	"并购",
	"入股",
	"参股",
	"持有",
	"增持",
	"减持",
	"推出",
	"发布",
	"宣布",
	"表示",
	"显示",
	"指出",
	"成为",
	"加入",
	"联合",
	"携手",
	"旗下",
	"包括",
	"比如",
	"例如",
	"涉足",
	"看好",
	"买入",
	"卖出",
	"起诉",
	"以及",
	"还有",
	"同时",
	"此外",
	"其中",
	"但是",
	"而且",
	"并且",
	"孵化",
	"领投",
	"跟投",
	"注资",
	"合作",
	"设立",
	"成立",
	"创立",
	"创办",
	"牵头",
	"主导",
	"参与",
	"获得",
	"完成",
	"来自",
	"根据",
	"按照",
	"通过",
	"作为",
	"位于",
	"隶属",
	"代表",
	"报道",
	"消息",
	"数据",
	"公告",
	"公布",
	"披露",
	"介绍",
	"透露",
	"分析",
	"认为",
	"估计",
	"预计",
	"预测",
	"报告",
	"研报",
	"记者",
	"董事长",
	"总裁",
	"公司",
	"企业",
	"机构",
	"厂商",
	"巨头",
	"龙头",
	"制造商",
	"供应商",
	"运营商",
	"投行",
	"券商",
	"背靠",
	"支持",
	"对手",
	"竞争",
	"客户",
	"伙伴",
	"股东",
	"选择",
	"提供",
	"采用",
	"使用",
	"购买",
	"拥有",
	"要求",
	"希望",
	"帮助",
	"联手",
	"击败",
	"超越",
	"领先",
	"落后",
	"追赶",
	"挑战",
	"打造",
	"战略",
	"合资",
	"控制",
	"管理",
	"成员",
	"出身",
	"毕业",
	"任职",
	"加盟",
	"离开",
	"创始",
	"总部",
	"设在",
	"注册",
	"上市",
	"登陆",
	"被称为",
	"名为",
	"更名为",
	"改名为",
	"前身",
	"原名",
	"导致",
	"随着",
	"试图",
	"借助",
	"寻找",
	"押注",
	"推进",
	"引入",
	"导入",
	"利用",
	"代替",
	"游说",
	"上述",
	"整套",
	"为了",
	"促进",
	"推动",
	"鼓励",
	"允许",
	"禁止",
	"限制",
	"面向",
	"针对",
	"涉及",
	"关于",
	"对于",
	"其他",
	"其它",
	"这些",
	"那些",
	"许多",
	"很多",
	"一些",
	"部分",
	"全部",
	"所有",
	"各类",
	"各种",
	"相关",
	"有关",
	"主要",
	"整个",
	"整体",
	"每家",
	"知名",
	"著名",
	"全球",
	"国内",
	"国外",
	"海外",
	"最大",
	"领先",
	"老牌",
	"新兴",
	"头部",
	"本土",
	"进入",
	"退出",
	"离开",
	"回到",
	"走进",
	"看到",
	"认识",
	"了解",
	"听说",
	"发现",
	"表明",
	"证明",
	"显得",
	"成了",
	"变成",
	"当选",
	"担任",
	"出任",
	"兼任",
	"就职",
	"供职",
	"效力",
	"签约",
	"加盟",
	"对比",
	"相比",
	"比较",
	"如同",
	"类似",
	"包含",
	"属于",
	"来到",
	"前往",
	"访问",
	"拜访",
	"会见",
	"会晤",
	"致电",
	"致函",
	"起诉",
	"状告",
	"指控",
	"批评",
	"称赞",
	"赞扬",
	"感谢",
	"邀请",
	"聘请",
	"任命",
	"提名",
	"授予",
	"颁发",
	"获颁",
	"荣获",
	"获评",
	"入选",
};

/* Bodies within an organization, named after it: 北京大学 + 中文系. */
static const char *const subunit_words[] = {
	"党委",
	"党组",
	"党支部",
	"书记处",
	"主席团",
	"理事会",
	"常委会",
	"宣传部",
	"组织部",
	"统战部",
	"政治部",
	"研究生院",
	"研究室",
	"教练组",
	"中文系",
	"法律系",
	"历史系",
	"哲学系",
	"经济系",
	"物理系",
	"数学系",
	"化学系",
	"社会学系",
	"新闻系",
	"下院",
	"上院",
	"执委会",
	"秘书处",
	"中央",
	"总部",
	"办公厅",
};

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

/* Legislatures, which take their term in: 九届全国人大. */
static const char *const legislature_words[] = {
	"人大",
	"立法会",
	"常委会",
	"代表大会",
};
/* Their members, who are of the term: 九届全国人大代表. */
static const char *const member_words[] = {
	"代表",
	"常委",
};
/* Before 一届, words that make it no term: 新一届, 这一届. */
static const char term_bad_prev[] = "新这那每又上下本同该哪的";

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

/* After a level, characters that make it a modifier: 国家级, 全国性. */
static const char level_bad_next[] = "级性";

/* Characters that are not a name of one character before 学院, 医院. */
static const char one_name_bad[] = "大小新老总分子母高低上下全原旧老该本某";

/* Words that make a name generic when they end it or make it up. */
static const char *const generic_words[] = {
	"半导体",
	"芯片",
	"设备",
	"科技",
	"汽车",
	"上市",
	"互联网",
	"人工智能",
	"智能",
	"电子",
	"存储",
	"存储器",
	"基板",
	"投资",
	"证券",
	"能源",
	"新能源",
	"软件",
	"硬件",
	"金融",
	"银行",
	"保险",
	"信托",
	"券商",
	"私募",
	"公募",
	"股权",
	"创业",
	"风险",
	"产业",
	"国有",
	"国资",
	"民营",
	"外资",
	"合资",
	"中资",
	"美资",
	"日资",
	"韩资",
	"港资",
	"台资",
	"跨国",
	"上游",
	"下游",
	"龙头",
	"头部",
	"巨头",
	"大型",
	"中型",
	"小型",
	"知名",
	"著名",
	"全球",
	"国际",
	"国内",
	"海外",
	"本土",
	"当地",
	"地方",
	"中央",
	"省级",
	"市级",
	"这家",
	"该",
	"此",
	"其",
	"我",
	"他",
	"她",
	"本",
	"同",
	"各",
	"多",
	"两",
	"一",
	"几",
	"数",
	"某",
	"其他",
	"其它",
	"相关",
	"所属",
	"旗下",
	"母",
	"子",
	"分",
	"参股",
	"关联",
	"咨询",
	"研究",
	"市场",
	"分析",
	"调研",
	"数据",
	"信息",
	"通信",
	"网络",
	"云",
	"计算",
	"服务",
	"平台",
	"游戏",
	"媒体",
	"传媒",
	"电商",
	"零售",
	"消费",
	"医药",
	"生物",
	"制药",
	"医疗",
	"化工",
	"材料",
	"光伏",
	"锂电",
	"电池",
	"电力",
	"电网",
	"石油",
	"天然气",
	"煤炭",
	"钢铁",
	"有色",
	"矿业",
	"地产",
	"房地产",
	"物流",
	"航运",
	"航空",
	"航天",
	"军工",
	"机械",
	"制造",
	"代工",
	"封测",
	"封装",
	"测试",
	"晶圆",
	"光刻",
	"刻蚀",
	"设计",
	"模拟",
	"功率",
	"显示",
	"面板",
	"手机",
	"电脑",
	"计算机",
	"服务器",
	"数据中心",
	"新兴",
	"初创",
	"创新",
	"科创",
	"硬科技",
	"高科技",
	"高新",
	"新",
	"老",
	"大",
	"小",
	"中",
	"投行",
	"评级",
	"基金",
	"资本",
	"资产",
	"管理",
	"资管",
	"财务",
	"财富",
	"政府",
	"监管",
	"行业",
	"企业",
	"公司",
	"集团",
	"母公司",
	"子公司",
	"机构",
	"部门",
	"外国",
	"自己",
	"自家",
	"家",
	"港股",
	"美股",
	"概念",
	"科技股",
	"上市公司",
	"实体",
	"空壳",
	"皮包",
	"贸易",
	"商业",
	"工业",
	"农业",
	"建筑",
	"运营",
	"营销",
	"销售",
	"采购",
	"研发",
	"生产",
	"经营",
	"控股",
	"股份",
	"有限",
	"责任",
	"新型",
	"传统",
	"领先",
	"头号",
	"最大",
	"最强",
	"第一",
	"第二",
	"第三",
	"主要",
	"重要",
	"核心",
	"骨干",
	"家电",
	"通讯",
	"电信",
	"移动",
	"汽车零部件",
	"零部件",
	"整车",
	"车企",
	"造车",
	"新势力",
	"独角兽",
	"明星",
	"科研",
	"研究所",
	"高校",
	"学校",
	"教育",
	"培训",
	"体育",
	"文化",
	"旅游",
	"酒店",
	"餐饮",
	"食品",
	"饮料",
	"酒",
	"白酒",
	"烟草",
	"纺织",
	"服装",
	"物业",
	"环保",
	"水务",
	"燃气",
	"港口",
	"机场",
	"铁路",
	"公路",
	"交通",
	"快递",
	"外卖",
	"支付",
	"人民",
	"国家",
	"星级",
	"高档",
	"豪华",
	"省",
	"市",
	"县",
	"区",
	"全国",
	"各地",
	"美国",
	"欧洲",
	"私人",
	"个人",
	"合伙",
	"独立",
	"第三方",
	"专业",
	"大中华",
	"中华",
	"机器人",
	"自动驾驶",
	"光电",
	"软件开发",
	"开发",
	"系统",
	"精密",
	"集成电路",
	"电气",
	"电器",
	"实业",
	"药业",
	"重工",
	"置业",
	"新材料",
	"技术",
	"总",
	"做",
	"搞",
	"是",
	"有",
	"无",
	"好",
	"强",
	"弱",
	"高",
	"低",
	"政策性",
	"商业性",
	"开发性",
	"政策",
	"储蓄",
	"信用",
	"合作社",
	"村镇",
	"农村",
	"城市",
	"商业银行",
	"央行",
	"中央银行",
	"投资银行",
	"分行",
	"支行",
	"总行",
	"外交",
	"国防",
	"财政",
	"商务",
	"交通运输",
	"公安",
	"教育部",
	"卫生",
	"工信",
	"科学",
	"技术部",
	"司法",
	"设施",
	"整套",
	"上述",
	"这个",
	"那个",
	"一个",
	"人工",
	"生成式",
	/* Kinds of bodies, not names: 乡镇企业, 犯罪集团, 突击队. */
	"乡镇",
	"私营",
	"个体",
	"集体",
	"智力",
	"人力",
	"街头",
	"减肥",
	"犯罪",
	"投机",
	"黑社会",
	"恐怖",
	"突击",
	"登山",
	"集训",
	"救援",
	"公共",
	"地下",
	"非法",
	"合法",
	"外贸",
	"外企",
	"国企",
	"央企",
	"生成",
	"代替",
	"光",
	"电",
	"国产",
	"进口",
	"出口",
	"自主",
	"自有",
	"合作",
	"军队",
	"贩毒",
	"受灾",
	"亏损",
};

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

/* Words at which the last item of an enumeration ends. */
static const char *const trail_words[] = {
	"等等",
	"等",
	"和",
	"与",
	"及",
	"以及",
	"领投",
	"跟投",
	"联合",
	"共同",
	"参与",
	"合计",
	"均",
	"都",
	"也",
	"已",
	"将",
	"分别",
	"各",
	"的",
	"在",
	"两家",
	"三家",
	"四家",
	"五家",
	"几家",
	"多家",
	"为",
	"是",
	"则",
	"还",
	"纷纷",
	"相继",
	"先后",
	"陆续",
	"此前",
	"近日",
	"一起",
	"一同",
	"共",
	"合作",
};

/* Words after "等" that say the list was of organizations. */
static const char *const org_ctx_words[] = {
	"家",
	"公司",
	"企业",
	"机构",
	"券商",
	"厂商",
	"合作商",
	"投资方",
	"股东",
	"投资机构",
	"基金",
	"资本",
	"银行",
	"投行",
	"巨头",
	"龙头",
	"厂",
	"大厂",
	"品牌",
	"车企",
	"芯片商",
	"供应商",
	"客户",
	"平台",
	"联合投资",
	"领投",
	"跟投",
	"注资",
	"参投",
};

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
};

/* Code prefixes that make generic terms or standards: HBM3E, DDR5. */
static const char *const noncode_prefixes[] = {
	"HBM",
	"DDR",
	"LPDDR",
	"GDDR",
	"PCIe",
	"USB",
	"WiFi",
	"Wi-Fi",
	"COVID",
	"IPv",
	"H1N",
	"H5N",
	"H7N",
	"PM",
	"MP",
	"Web",
	"TOP",
	"Top",
	"No",
	"NO",
	"FY",
	"ISO",
	"IEEE",
	"GB",
	"LTE",
	"SARS",
	"MERS",
	"JPEG",
	"MPEG",
	"CO",
	"NOx",
	"SO",
	"U",
	"Q",
	"V",
	"Rev",
	"Ver",
	"ver",
	"Vol",
	"vol",
	"Page",
	"Fig",
	"Tab",
	"Art",
	"Sec",
};

/* Whole codes that are not products: periods, generations, sizes. */
static const char *const noncode_words[] = {
	"G20",
	"G7",
	"CO2",
	"B2B",
	"B2C",
	"O2O",
	"P2P",
	"PM2",
	"PM10",
	"C2C",
	"MP3",
	"MP4",
	"H5",
	"Top",
	"TOP",
	"No",
	"NO",
	"FY",
	"ISO",
	"IEEE",
	"GB",
	"LTE",
	"SARS",
	"MERS",
	"H1N1",
	"H5N1",
	"IPv4",
	"IPv6",
	"JPEG",
	"MPEG",
	"AV1",
	"A4",
	"A3",
	"Q1",
	"Q2",
	"Q3",
	"Q4",
	"H1",
	"H2",
	"M0",
	"M1",
	"M2",
	"T0",
	"T1",
	"T2",
	"T3",
	"L2",
	"L3",
	"L4",
	"L5",
	"3D",
	"2D",
	"4D",
	"2G",
	"3G",
	"4G",
	"5G",
	"6G",
	"5.5G",
	"4K",
	"8K",
	"2K",
	"1080P",
	"720P",
	"Web3",
	"IP6",
	"U17",
	"U19",
	"U20",
	"U21",
	"U23",
	"F1",
	"A1",
	"PS",
	"AI",
	"PE",
};

/* Unit endings after digits: 5nm, 12GB, 100W. */
static const char *const unit_endings[] = {
	"nm",
	"um",
	"mm",
	"cm",
	"km",
	"m",
	"GB",
	"TB",
	"MB",
	"KB",
	"PB",
	"Gb",
	"Tb",
	"Mb",
	"GHz",
	"MHz",
	"kHz",
	"Hz",
	"W",
	"kW",
	"MW",
	"GW",
	"TW",
	"Wh",
	"kWh",
	"MWh",
	"GWh",
	"TWh",
	"mAh",
	"Ah",
	"V",
	"kV",
	"mV",
	"A",
	"mA",
	"kg",
	"g",
	"mg",
	"t",
	"T",
	"K",
	"k",
	"M",
	"B",
	"bn",
	"x",
	"X",
	"fps",
	"bit",
	"bits",
	"bps",
	"Gbps",
	"Mbps",
	"Tbps",
	"TOPS",
	"TFLOPS",
	"PFLOPS",
	"EFLOPS",
	"FLOPS",
	"P",
	"p",
	"s",
	"ms",
	"ns",
	"h",
	"min",
	"L",
	"ml",
	"mL",
	"st",
	"nd",
	"rd",
	"th",
	"pp",
	"bp",
	"bps",
	"dB",
	"lm",
	"nit",
	"nits",
	"GT",
	"E",
	"e",
	"pF",
	"nF",
	"uF",
	"C",
	"F",
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
/* The same as code points (zp_ent_new), for surname_at. */
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
    "蒂娃佳嘉菲翰迦杨巴耶纳瓦亨宾治济翁若顿列逊默佛歇慕";

/*
 * Characters that end transliterated names far more often than they end
 * Chinese words: 斯 (琼斯), 尔 (米勒尔), 夫 (波波夫), 娃, 基, 诺, 尼, 克, 特.
 */
static const char translit_end[] = "斯尔夫娃基诺尼克特娜莎耶维茨姆恩";

/* Small sets used by the rules below. */
static const char NAME_END_STRONG[] = "在也曾则对于将已的等和与及、说称是";
static const char NAME_END_WEAK[] = "在也曾则对于将已的等和与及、说称去今昨近此"
                                    "早日前先还就接向会认指表透预是";
static const char LIST_NUMERALS[] = "一二三四五六七八九十两";
static const char LIST_CLASSIFIERS[] = "期个家项款座条只大号批轮";
static const char COMPOUND_FIRST[] = "欧司上诸东皇令慕尉公长宇夏端澹";
static const char ADMIN_UNITS[] = "省市县区州镇乡村旗盟";
/* Apposition: the first characters of kind_words[] below. */
static const char KIND_FIRST[] = "企公厂初芯供制运投子孙";
/* Apposition: characters a new name does not hold, and what ends it. */
static const char appos_bad[] =
    "涨跌增减升降价股大小高低多少好坏新旧上下进出是有"
    "无在为的了着过将会能可要想说看做等这那其该此每各本所以而与和或及也都还又"
    "就才只很更最再已曾被把让给向从对于在到由年月日时分秒个家位名次";
static const char appos_end[] = "，,、；;被";

/* The characters of abbrevs[] below, for a quick test. */
#define ABBREV_COUNTRIES \
	"中美日俄英法德韩朝印越巴意加澳欧非以伊台港荷" \
	"西葡泰菲新马蒙哈乌土沙墨古苏"
static const char ABBREV_CHARS[] = ABBREV_COUNTRIES;
/*
 * One abbreviation alone.  X方 (the X side: 中方, 美方) for the countries
 * whose character is read that way, unless 方 starts a word of its own
 * (方面, 方法, 方案); the characters that can start a country pair or stand
 * alone (START); 华 (China) and 京 (Beijing) after verbs of going, staying
 * and stance (访华, 驻华, 抵京, 在京), unless the next character makes a
 * word of them (华尔街, 华人, 京剧, 京城); a country after 抗 (抗日, 抗美).
 */
/* After a title, characters that make it part of a longer word. */
static const char title_bad_next[] = "团府台会处级们";
/* The first characters of surname_titles[] below, for a quick test. */
static const char TITLE_FIRST[] =
    "总委副董先女小老教医大同主外部市省县书局院经师阿太夫";
static const char TITLE_SECOND[] =
    "书员总主事经生士姐师授夫志席理统长记板娘妈爷哥嫂傅姨汉太人";
/* Surnames that are more often words before a title: 和夫人, 任总统. */
static const char title_bad_sur[] =
    "和任党向于连路史成宁全各从同及将为以代兼由副正原前现新";
/* The last characters of government bodies and parties (pass_country_bodies). */
static const char BODY_LAST[] = "部局署委院厅省党府会处办军阁";
static const char ABBREV_START[] = ABBREV_COUNTRIES "华京";
static const char FANG_FIRST[] = "中美日俄英法德韩朝印巴以澳欧越菲泰意伊苏";
static const char fang_bad_next[] =
    "面法案式向针便位略程圆块阵队言才可能兴格舟正形剂子志丈";
static const char hua_prev[] = "访来驻在反侵对赴抵离援旅使涉亲友排返留";
static const char hua_bad_next[] =
    "尔盛侨裔人为润夏府丽贵美东南西北中商纳语文诞灯山";
static const char jing_prev[] = "在抵进来离赴驻返回晋留出";
static const char jing_bad_next[] = "剧城都津沪九戏腔味韵菜东华片胡族畿郊";
static const char kang_next[] = "日美英法德俄";
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

/* Characters that may not be part of a Chinese given name. */
static const char not_given[] =
    "的了在是和与及或由对向从将被为于等让给把这那"
    "该此其各每某本据即如若但而且并也都又还已曾就则所以之称说表指认透预年月"
    "日时个位名级度面季部门们方者性化里外内中上下前后这那些么什没不很最更"
    "太再又才只还都各每元亿万千百十两县乡镇村省市区代务";

/* Helpers on code points. */

/*
 * Characters some passes start from; a text without any of them skips the
 * pass (sentence records mostly have none).
 */
#define TX_ALPHA 0x01u /* ASCII letter: Latin names */
#define TX_ALNUM 0x02u /* ASCII letter or digit: product codes */
#define TX_DOT 0x04u   /* a name dot: transliterated names */
#define TX_OPEN 0x08u  /* an opening parenthesis */
#define TX_DUN 0x10u   /* 、: enumerations */
#define TX_ZHU 0x20u   /* 驻: missions abroad */

/*
 * CL_* flags: a pass can start at the character (a superset of what the
 * pass tests first; every character outside the BMP has them all).
 */
#define CL_GAZ 0x01u       /* a name or a guard word */
#define CL_GAZ1 0x04u      /* a name or guard word of one character */
#define CL_SUF 0x02u       /* an organization suffix */
#define CL_ABBREV 0x08u    /* a country abbreviation may start (ABBREV_START) */
#define CL_KIND 0x10u      /* a kind word (pass_apposition) */
#define CL_SUR 0x20u       /* a surname of surbits (pass_scored_names) */
#define CL_ROLE 0x40u      /* the first character of a role word */
#define CL_ROLE2 0x80u     /* the second character of a role word */
#define CL_TRANSLIT 0x100u /* of transliterated names */
#define CL_SURNAME 0x200u  /* a surname */
#define CL_COMPOUND 0x400u /* the first of a compound surname */
#define CL_GIVEN 0x800u    /* Han, not in not_given */
#define CL_SAYROLE 0x1000u /* the first character of a role or say word */
#define CL_ALNUM 0x2000u   /* ASCII letter or digit */
#define CL_GIVEN0 0x4000u  /* scored as a given-name character */
#define CL_UNIT 0x8000u    /* 市 省 县 州 区 */
#define CL_PLACE (CL_ABBREV | CL_UNIT)
#define CL_PEOPLE (CL_ROLE | CL_TRANSLIT | CL_SURNAME | CL_COMPOUND)
#define FL_PAD 8 /* fl[n..n+7] have every flag: next_fl stops there */

static inline bool
is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x20000 && c <= 0x2FFFF) || c == 0x3007 || c == 0x25CB;
}

static inline bool
is_alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z');
}

static inline bool
is_alpha(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline bool
is_upper(uint32_t c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool
is_lower(uint32_t c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_dot(uint32_t c)
{
	return c == 0xB7 || c == 0x2022 || c == 0x2027 || c == 0x30FB ||
	    c == 0xFF65 || c == 0x2219;
}

static inline bool
is_open(uint32_t c)
{
	return c == '(' || c == 0xFF08;
}

static inline bool
is_close(uint32_t c)
{
	return c == ')' || c == 0xFF09;
}

/*
 * Character sets as bitmaps over the Basic Multilingual Plane, built from
 * the UTF-8 strings above the first time each is asked for (zp_ent_new
 * asks for all of them, so matching only reads them).
 */
struct cset {
	const char *key;
	uint64_t bits[1024];
};

#define MAX_CSETS 64                 /* a power of two */
static struct cset csets[MAX_CSETS]; /* open addressing on the pointer */

static const struct cset *
cset_get(const char *set)
{
	struct cset *cs;
	size_t i = 0, n, l, h = ((uintptr_t)set >> 3) & (MAX_CSETS - 1);

	for (size_t k = 0; k < MAX_CSETS; k++, h = (h + 1) & (MAX_CSETS - 1)) {
		if (csets[h].key == set)
			return &csets[h];
		if (csets[h].key == NULL)
			break;
	}
	if (csets[h].key != NULL)
		return NULL;
	cs = &csets[h];
	n = strlen(set);
	memset(cs->bits, 0, sizeof(cs->bits));
	while (i < n) {
		int32_t c = zp_utf8_decode(set + i, n - i, &l);

		if (c >= 0 && c < 0x10000)
			cs->bits[c >> 6] |= (uint64_t)1 << (c & 63);
		i += l;
	}
	cs->key = set;
	return cs;
}

/* True when code point c occurs in the UTF-8 string set. */
static bool
in_set(const char *set, uint32_t c)
{
	const struct cset *cs;
	char u[5];
	size_t l;

	if (c < 0x10000 && (cs = cset_get(set)) != NULL)
		return (cs->bits[c >> 6] >> (c & 63)) & 1;
	l = zp_utf8_encode(c, u);
	u[l] = '\0';
	return strstr(set, u) != NULL;
}

/* The hot sets, resolved once by zp_ent_new. */
static const struct cset *cs_stop, *cs_surname, *cs_notgiven, *cs_translit,
    *cs_compound, *cs_abbrev, *cs_kind, *cs_endweak, *cs_abstart, *cs_fang,
    *cs_bodylast, *cs_titlefirst, *cs_titlesecond, *cs_titlebadsur,
    *cs_translitend;

static inline bool
in_cs(const struct cset *cs, uint32_t c)
{
	return c < 0x10000 && ((cs->bits[c >> 6] >> (c & 63)) & 1);
}

static inline bool
bit(const uint64_t *bits, uint32_t c)
{
	return c >= 0x10000 || ((bits[c >> 6] >> (c & 63)) & 1);
}

/*
 * The first position from i whose flags have one of mask, or n: four
 * positions a load, for passes that skip what they cannot start at.
 */
static inline size_t
next_fl(const struct zp_entities *x, size_t i, unsigned mask)
{
	const uint64_t m = (uint64_t)mask * 0x0001000100010001u;
	uint64_t w;

	if (i >= x->n || x->noskip)
		return i;
	for (;; i += 4) {
		memcpy(&w, x->fl + i, sizeof(w));
		if (w & m)
			break;
	}
	while (!(x->fl[i] & mask))
		i++;
	return i;
}

/* The first position from i marked in cand[], or n. */
static inline size_t
next_cand(const struct zp_entities *x, size_t i)
{
	size_t w = i >> 6;
	uint64_t m;

	if (i >= x->n || x->noskip)
		return i;
	m = x->cand[w] & (~(uint64_t)0 << (i & 63));
	while (m == 0)
		m = x->cand[++w];
	return (w << 6) + (size_t)__builtin_ctzll(m);
}

/* Sets bit n of cand[], the stop of next_cand, and clears those above. */
static void
cand_end(struct zp_entities *x)
{
	size_t n = x->n;

	x->cand[n >> 6] &= ((uint64_t)1 << (n & 63)) - 1;
	x->cand[n >> 6] |= (uint64_t)1 << (n & 63);
}

enum mark { MARK_PEOPLE, MARK_PLACES, MARK_SCORED };

/*
 * Marks in cand[] where a pass may act, by the flags of the position and
 * the next ones: four positions at a time, the flags of each in a 16-bit
 * lane, without a branch.  Past the end fl[] holds every flag (a superset
 * of the test there).
 *
 *   MARK_PEOPLE  where people_maybe() holds;
 *   MARK_PLACES  a country abbreviation, or a unit (pass_places);
 *   MARK_SCORED  a surname, then a given-name character (scored names).
 *
 * A rule added to one of these passes must start where the mark (and the
 * pass's own CL_* test) lets it, or widen them: zp_ent_set_skips(x, false)
 * turns the skips off, and the unit tests and tests/cli/entity-skips.bats
 * require the same entities both ways.
 */
static void
mark(struct zp_entities *x, enum mark kind)
{
	const uint64_t one = 0x0001000100010001u;
	const uint64_t rs = x->role_short ? one : 0;
	const uint16_t *fl = x->fl;
	size_t n = x->n;
	uint64_t word = 0;
	size_t i;

#define SH(f) __builtin_ctz(f)
	for (i = 0; i < n; i += 4) {
		uint64_t f0, f1, f2, f3, ok;

		memcpy(&f0, fl + i, sizeof(f0));
		memcpy(&f1, fl + i + 1, sizeof(f1));
		memcpy(&f2, fl + i + 2, sizeof(f2));
		memcpy(&f3, fl + i + 3, sizeof(f3));
		switch (kind) {
		case MARK_PEOPLE:
			ok = ((f0 >> SH(CL_ROLE)) &
			         ((f1 >> SH(CL_ROLE2)) | rs)) |
			    ((f0 & f1 & f2) >> SH(CL_TRANSLIT)) |
			    (f0 >> SH(CL_COMPOUND)) |
			    ((f0 >> SH(CL_SURNAME)) & (f1 >> SH(CL_GIVEN)) &
			        ((f2 | f3) >> SH(CL_SAYROLE))) |
			    ((f0 >> SH(CL_SURNAME)) & (f1 >> SH(CL_ROLE)) &
			        (f2 >> SH(CL_ROLE2)));
			break;
		case MARK_PLACES:
			ok = (f0 >> SH(CL_ABBREV)) | (f0 >> SH(CL_UNIT));
			break;
		default:
			ok = (f0 >> SH(CL_SUR)) & (f1 >> SH(CL_GIVEN0));
		}
		/* The lane bits 0, 16, 32 and 48 to bits 48-51, then 0-3. */
		ok = ((ok & one) * 0x0001000200040008u) >> 48;
		word |= ok << (i & 63);
		if ((i & 63) == 60) {
			x->cand[i >> 6] = word;
			word = 0;
		}
	}
	/* The last word unless stored whole (i is past n here). */
	x->cand[i >> 6] = (i & 63) != 0 ? word : 0;
	cand_end(x);
#undef SH
}

/* Equal runs of code points; the words are short, so no memcmp call. */
static inline bool
cps_eq(const uint32_t *a, const uint32_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

static int
cmp_first(const void *pa, const void *pb)
{
	const uint32_t *a = *(uint32_t *const *)pa, *b = *(uint32_t *const *)pb;

	return a[0] < b[0] ? -1 : a[0] > b[0];
}

/* Words are stored with their length in front: w[-1]. */
static int
cmp_last(const void *pa, const void *pb)
{
	const uint32_t *a = *(uint32_t *const *)pa, *b = *(uint32_t *const *)pb;
	uint32_t la = a[a[-1] - 1], lb = b[b[-1] - 1];

	return la < lb ? -1 : la > lb;
}

/*
 * Fills map with the runs of words in w[0..n) (sorted by their first or
 * last code point) that share that code point.  Code point 0 marks an empty
 * bucket; no word holds it.
 */
static void
wl_map(struct wbucket *map, uint32_t *const *w, size_t n, bool last)
{
	for (size_t i = 0; i < n;) {
		uint32_t cp = last ? w[i][w[i][-1] - 1] : w[i][0];
		uint32_t h = (cp * 0x9e3779b1u) >> 22;
		size_t j = i;

		while (j < n && (last ? w[j][w[j][-1] - 1] : w[j][0]) == cp)
			j++;
		while (map[h].cp != 0)
			h = (h + 1) & (WL_MAP - 1);
		map[h].cp = cp;
		map[h].start = (uint16_t)i;
		map[h].count = (uint16_t)(j - i);
		i = j;
	}
}

/* The bucket of code point c (not 0), or NULL. */
static inline const struct wbucket *
wl_bucket(const struct wbucket *map, uint32_t c)
{
	uint32_t h = (c * 0x9e3779b1u) >> 22;

	for (; map[h].cp != c; h = (h + 1) & (WL_MAP - 1))
		if (map[h].cp == 0)
			return NULL;
	return &map[h];
}

static void
wl_init(struct wlist *wl, const char *const *words, size_t n)
{
	wl->w = zp_xreallocarray(NULL, n, sizeof(*wl->w));
	wl->len = zp_xmalloc(n);
	wl->n = n;
	for (size_t i = 0; i < n; i++) {
		size_t bl = strlen(words[i]), k = 0, j = 0, l;

		wl->w[i] = (uint32_t *)zp_xreallocarray(
		               NULL, bl + 2, sizeof(uint32_t)) +
		    1;
		while (j < bl) {
			wl->w[i][k++] =
			    (uint32_t)zp_utf8_decode(words[i] + j, bl - j, &l);
			j += l;
		}
		wl->w[i][-1] = (uint32_t)k;
		wl->len[i] = (uint8_t)k;
		if (k > 0 && wl->w[i][0] < 0x10000)
			wl->first[wl->w[i][0] >> 6] |= (uint64_t)1
			    << (wl->w[i][0] & 63);
		if (k > 0 && wl->w[i][k - 1] < 0x10000)
			wl->last[wl->w[i][k - 1] >> 6] |= (uint64_t)1
			    << (wl->w[i][k - 1] & 63);
	}
	wl->bw = zp_xreallocarray(NULL, n, sizeof(*wl->bw));
	memcpy(wl->bw, wl->w, n * sizeof(*wl->w));
	qsort(wl->w, n, sizeof(*wl->w), cmp_first);
	qsort(wl->bw, n, sizeof(*wl->bw), cmp_last);
	for (size_t i = 0; i < n; i++)
		wl->len[i] = (uint8_t)wl->w[i][-1];
	wl_map(wl->map, wl->w, n, false);
	wl_map(wl->bmap, wl->bw, n, true);
}

static void
wl_free(struct wlist *wl)
{
	for (size_t i = 0; i < wl->n; i++)
		free(wl->w[i] - 1);
	free(wl->w);
	free(wl->bw);
	free(wl->len);
}

/* Length of the longest word starting at c[i], or 0. */
static inline size_t
wl_at(const struct wlist *wl, const uint32_t *c, size_t n, size_t i)
{
	size_t best = 0;

	const struct wbucket *bk;
	uint32_t h;

	if (i >= n || !bit(wl->first, c[i]))
		return 0;
	for (h = (c[i] * 0x9e3779b1u) >> 22; wl->map[h].cp != c[i];
	     h = (h + 1) & (WL_MAP - 1))
		if (wl->map[h].cp == 0)
			return 0;
	bk = &wl->map[h];
	for (size_t k = bk->start; k < (size_t)bk->start + bk->count; k++) {
		size_t l = wl->len[k];

		if (l > best && i + l <= n && cps_eq(c + i, wl->w[k], l))
			best = l;
	}
	return best;
}

/* Length of the longest word ending just before c[i], or 0. */
static size_t
wl_before(const struct wlist *wl, const uint32_t *c, size_t i)
{
	size_t best = 0;
	const struct wbucket *bk;

	if (i == 0 || !bit(wl->last, c[i - 1]) ||
	    (bk = wl_bucket(wl->bmap, c[i - 1])) == NULL)
		return 0;
	for (size_t k = bk->start; k < (size_t)bk->start + bk->count; k++) {
		const uint32_t *w = wl->bw[k];
		size_t l = w[-1];

		if (l > best && l <= i && cps_eq(c + i - l, w, l))
			best = l;
	}
	return best;
}

/* True when c[a..b) is made up of words of wl only. */
static bool
all_words(
    const struct zp_entities *x, const struct wlist *wl, size_t a, size_t b)
{
	while (a < b) {
		size_t l = wl_at(wl, x->c, b, a);

		if (l == 0)
			return false;
		a += l;
	}
	return true;
}

/* True when c[a..b) is made up of generic words only. */
static bool
all_generic(const struct zp_entities *x, size_t a, size_t b)
{
	return all_words(x, &x->generic, a, b);
}

/* Length of the longest generic word ending at b (within [a, b)). */
static size_t
generic_tail(const struct zp_entities *x, size_t a, size_t b)
{
	size_t best = 0;
	const struct wbucket *bk;

	if (b == a || !bit(x->generic.last, x->c[b - 1]) ||
	    (bk = wl_bucket(x->generic.bmap, x->c[b - 1])) == NULL)
		return 0;
	for (size_t k = bk->start; k < (size_t)bk->start + bk->count; k++) {
		const uint32_t *w = x->generic.bw[k];
		size_t l = w[-1];

		if (l > best && l <= b - a && cps_eq(x->c + b - l, w, l))
			best = l;
	}
	return best;
}

/*
 * Whether c[a..b) keeps a name of two characters or more once the generic
 * words that end it are gone: 复兴 of 复兴开发, 昌河飞机 of 昌河飞机制造.
 */
static bool
named_core(const struct zp_entities *x, size_t a, size_t b)
{
	size_t t;

	while (b > a && (t = generic_tail(x, a, b)) > 0)
		b -= t;
	return b - a >= 2 && !all_generic(x, a, b) &&
	    !in_cs(cs_stop, x->c[b - 1]);
}

static void wl_init_late(struct zp_entities *x);

/* ORs f into cls[] for every code point whose bit is set in bits (BMP). */
static void
cls_or(uint16_t *cls, const uint64_t *bits, uint16_t f)
{
	for (size_t w = 0; w < 1024; w++)
		for (uint64_t m = bits[w]; m != 0; m &= m - 1)
			cls[w * 64 + (size_t)__builtin_ctzll(m)] |= f;
}

/* The CL_* flags of the BMP, a bitmap at a time (zp_ent_new). */
static void
build_cls(struct zp_entities *x)
{
	static const uint32_t units[] = { 0x5E02, 0x7701, 0x53BF, 0x5DDE,
		0x533A };
	uint64_t *han = zp_xcalloc(1024, sizeof(*han));
	uint64_t *tmp = zp_xreallocarray(NULL, 1024, sizeof(*tmp));

	for (uint32_t c = 0; c < 0x10000; c++)
		if (is_han(c))
			han[c >> 6] |= (uint64_t)1 << (c & 63);
	for (size_t w = 0; w < 1024; w++)
		tmp[w] = x->gq.first[w] | x->bq.first[w];
	cls_or(x->cls, tmp, CL_GAZ);
	for (size_t w = 0; w < 1024; w++)
		tmp[w] = x->gq.single[w] | x->bq.single[w];
	cls_or(x->cls, tmp, CL_GAZ1);
	cls_or(x->cls, x->sq.first, CL_SUF);
	cls_or(x->cls, x->role.first, CL_ROLE | CL_SAYROLE);
	cls_or(x->cls, x->lead.first, CL_ROLE);
	/* A title after a surname (surname_title) counts as a role here. */
	cls_or(x->cls, cs_titlefirst->bits, CL_ROLE);
	cls_or(x->cls, cs_titlesecond->bits, CL_ROLE2);
	cls_or(x->cls, x->say.first, CL_SAYROLE);
	cls_or(x->cls, cs_translit->bits, CL_TRANSLIT);
	for (size_t w = 0; w < 1024; w++)
		tmp[w] = han[w] & cs_surname->bits[w];
	cls_or(x->cls, tmp, CL_SURNAME);
	cls_or(x->cls, cs_compound->bits, CL_COMPOUND);
	for (size_t w = 0; w < 1024; w++)
		tmp[w] = han[w] & ~cs_notgiven->bits[w];
	cls_or(x->cls, tmp, CL_GIVEN);
	cls_or(x->cls, cs_abstart->bits, CL_ABBREV);
	cls_or(x->cls, cs_kind->bits, CL_KIND);
	for (size_t k = 0; k < sizeof(units) / sizeof(*units); k++)
		x->cls[units[k]] |= CL_UNIT;
	for (uint32_t c = 0; c < 0x80; c++)
		if (is_alnum(c))
			x->cls[c] |= CL_ALNUM;
	free(han);
	free(tmp);
}

struct zp_entities *
zp_ent_new(const struct zp_gazetteer *g)
{
	struct zp_entities *x = zp_xcalloc(1, sizeof(*x));

	x->g = g;
	x->blk = zp_gaz_new();
	for (size_t i = 0; i < sizeof(guard_words) / sizeof(*guard_words); i++)
		zp_gaz_add(
		    x->blk, guard_words[i], ZP_ET_BLOCK, NULL, 0, NULL, NULL);
	zp_gaz_compile(x->blk);
	x->suf = zp_gaz_new();
	for (size_t i = 0; i < sizeof(suffixes) / sizeof(*suffixes); i++) {
		zp_gaz_add(
		    x->suf, suffixes[i].w, ZP_ET_ORG, NULL, 0, NULL, NULL);
	}
	zp_gaz_compile(x->suf);
	{
		static const char *const sets[] = { stop_chars, strong_stop,
			bad_next, bu_bad_prev, ju_bad_prev, ting_bad_prev,
			shu_bad_prev, dui_bad_prev, zf_bad_prev, chang_bad_prev,
			shi_bad_prev, sheng_bad_prev, xian_bad_prev,
			zhou_bad_prev, qu_bad_prev, shi_bad_next, appos_bad,
			appos_end, surnames, translit, not_given,
			NAME_END_STRONG, NAME_END_WEAK, LIST_NUMERALS,
			LIST_CLASSIFIERS, COMPOUND_FIRST, fang_bad_next,
			hua_prev, hua_bad_next, jing_prev, jing_bad_next,
			kang_next, firm_core, firm_next, firm_next_school,
			firm_next_wei, firm_next_jt, firm_next_bu, firm_next_ju,
			firm_next_ting, firm_next_shu, firm_next_chang,
			firm_next_dui, one_name_bad, level_bad_next,
			zhongwai_prev, list_close };

		for (size_t i = 0; i < sizeof(sets) / sizeof(*sets); i++)
			cset_get(sets[i]);
		cs_stop = cset_get(stop_chars);
		cs_surname = cset_get(surnames);
		cs_notgiven = cset_get(not_given);
		cs_translit = cset_get(translit);
		cs_translitend = cset_get(translit_end);
		cs_compound = cset_get(COMPOUND_FIRST);
		cs_abbrev = cset_get(ABBREV_CHARS);
		cs_abstart = cset_get(ABBREV_START);
		cs_fang = cset_get(FANG_FIRST);
		cs_bodylast = cset_get(BODY_LAST);
		cs_titlefirst = cset_get(TITLE_FIRST);
		cs_titlesecond = cset_get(TITLE_SECOND);
		cs_titlebadsur = cset_get(title_bad_sur);
		cs_kind = cset_get(KIND_FIRST);
		cs_endweak = cset_get(NAME_END_WEAK);
	}
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
#define WL(f, a) wl_init(&x->f, a, sizeof(a) / sizeof(*(a)))
	WL(stopw, stop_words);
	WL(generic, generic_words);
	WL(levels, level_words);
	WL(parties, party_words);
	WL(subunit, subunit_words);
	WL(role, role_words);
	WL(lead, lead_words);
	WL(say, say_words);
	WL(trail, trail_words);
	WL(orgctx, org_ctx_words);
	WL(prodsfx, product_suffix_words);
	WL(noncode, noncode_words);
	WL(noncodep, noncode_prefixes);
	WL(namenext, name_next_words);
	WL(legal, legal_form_words);
	WL(national, national_firm_words);
	WL(legis, legislature_words);
	WL(members, member_words);
#undef WL
	wl_init_late(x);
	zp_gaz_quick_get(g, &x->gq);
	zp_gaz_quick_get(x->blk, &x->bq);
	zp_gaz_quick_get(x->suf, &x->sq);
	for (size_t k = 0; k < ZP_GAZ_PAIR_BITS / 64; k++)
		x->gzpair[k] = x->gq.pair[k] | x->bq.pair[k];
	x->cls = zp_xcalloc(0x10000, sizeof(*x->cls));
	build_cls(x);
	for (size_t k = 0; k < x->role.n; k++) {
		if (x->role.len[k] < 2)
			x->role_short = true;
		else if (x->role.w[k][1] < 0x10000)
			x->cls[x->role.w[k][1]] |= CL_ROLE2;
	}
	for (size_t k = 0; k < x->lead.n; k++)
		if (x->lead.w[k][1] < 0x10000)
			x->cls[x->lead.w[k][1]] |= CL_ROLE2;
	return x;
}

/* A copy of s[0..n) with a NUL, for the rest of the document. */
static char *
doc_str(struct zp_entities *x, const char *s, size_t n)
{
	struct docblock *b = x->dstr;
	char *p;

	if (b == NULL || b->cap - b->used < n + 1) {
		size_t cap = n + 1 > DOC_BLOCK ? n + 1 : DOC_BLOCK;

		b = zp_xmalloc(sizeof(*b) + cap);
		b->next = x->dstr;
		b->used = 0;
		b->cap = cap;
		x->dstr = b;
	}
	p = b->p + b->used;
	memcpy(p, s, n);
	p[n] = '\0';
	b->used += n + 1;
	return p;
}

/* The slot of surface s[0..n) in dhash: its name's or an empty one. */
static size_t
doc_slot(const struct zp_entities *x, const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t k;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	for (k = h & (DOC_HASH - 1); x->dhash[k] != 0;
	     k = (k + 1) & (DOC_HASH - 1)) {
		const struct docname *d = &x->doc[x->dhash[k] - 1];

		if (d->len == n && memcmp(d->surface, s, n) == 0)
			break;
	}
	return k;
}

static void
doc_clear(struct zp_entities *x)
{
	/* Keep one block of the usual size for the next document. */
	while (x->dstr != NULL &&
	    (x->dstr->next != NULL || x->dstr->cap != DOC_BLOCK)) {
		struct docblock *b = x->dstr;

		x->dstr = b->next;
		if (b->cap == DOC_BLOCK && x->dstr == NULL) {
			x->dstr = b;
			break;
		}
		free(b);
	}
	if (x->dstr != NULL)
		x->dstr->used = 0;
	if (x->ndoc > 0)
		memset(x->dhash, 0, sizeof(x->dhash));
	x->ndoc = 0;
	x->lastorg = NULL;
}

void
zp_ent_free(struct zp_entities *x)
{
	if (x == NULL)
		return;
	doc_clear(x);
	free(x->dstr);
	zp_buf_free(&x->lastorg_b);
	free(x->doc);
	zp_gaz_free(x->blk);
	zp_gaz_free(x->suf);
	wl_free(&x->stopw);
	wl_free(&x->generic);
	wl_free(&x->levels);
	wl_free(&x->parties);
	wl_free(&x->subunit);
	wl_free(&x->role);
	wl_free(&x->lead);
	wl_free(&x->say);
	wl_free(&x->namenext);
	wl_free(&x->abbgov);
	wl_free(&x->mission);
	wl_free(&x->legal);
	wl_free(&x->national);
	wl_free(&x->legis);
	wl_free(&x->members);
	wl_free(&x->trail);
	wl_free(&x->orgctx);
	wl_free(&x->prodsfx);
	wl_free(&x->noncode);
	wl_free(&x->noncodep);
	wl_free(&x->kind);
	wl_free(&x->abbctx);
	wl_free(&x->inst);
	free(x->nsc);
	zp_gaz_free(x->notname);
	free(x->c);
	free(x->boff);
	free(x->owner);
	free(x->fl);
	free(x->cand);
	free(x->cls);
	free(x->ent);
	free(x->out);
	zp_buf_free(&x->ids);
	free(x);
}

void
zp_ent_set_minor(struct zp_entities *x, uint32_t below)
{
	x->minor = below;
}

void
zp_ent_set_skips(struct zp_entities *x, bool on)
{
	x->noskip = !on;
}

void
zp_ent_new_doc(struct zp_entities *x)
{
	doc_clear(x);
}

/* Entity bookkeeping. */

static const char *
ent_id(const struct zp_entities *x, const struct ent *e)
{
	if (e->id != NONE)
		return x->ids.p + e->id;
	if (e->gaz != NONE)
		return zp_gaz_entry(x->g, e->gaz)->id;
	return "";
}

/* Stores an id; s may point into the store itself. */
static uint32_t
put_id(struct zp_entities *x, const char *s, size_t n)
{
	uint32_t off = (uint32_t)x->ids.len;
	char *p;

	if (x->ids.p != NULL && s >= x->ids.p && s < x->ids.p + x->ids.len) {
		size_t from = (size_t)(s - x->ids.p);

		p = zp_buf_reserve(&x->ids, n + 1);
		memcpy(p, x->ids.p + from, n);
		p[n] = '\0';
		x->ids.len += n + 1;
		x->ids.p[x->ids.len] = '\0';
		return off;
	}
	zp_buf_put(&x->ids, s, n);
	zp_buf_putc(&x->ids, '\0');
	return off;
}

/* The id of the surface text c[a..b). */
static uint32_t
put_surface(struct zp_entities *x, size_t a, size_t b)
{
	return put_id(x, x->s + x->boff[a], x->boff[b] - x->boff[a]);
}

static bool
span_free(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (x->owner[i] >= 0)
			return false;
	return true;
}

static void
ent_kill(struct zp_entities *x, int32_t k)
{
	struct ent *e = &x->ent[k];

	e->dead = true;
	for (uint32_t i = e->s; i < e->e; i++)
		if (x->owner[i] == k)
			x->owner[i] = -1;
}

/* Removes every entity overlapping [a, b). */
static void
clear_span(struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (x->owner[i] >= 0)
			ent_kill(x, x->owner[i]);
}

static int32_t
add(struct zp_entities *x, size_t a, size_t b, enum zp_etype type, enum src src,
    uint32_t gaz, uint32_t id)
{
	struct ent *e;
	int32_t k;

	if (x->nent == x->capent) {
		x->capent = x->capent ? 2 * x->capent : 64;
		x->ent = zp_xreallocarray(x->ent, x->capent, sizeof(*x->ent));
	}
	k = (int32_t)x->nent++;
	e = &x->ent[k];
	e->s = (uint32_t)a;
	e->e = (uint32_t)b;
	e->type = (uint8_t)type;
	e->src = (uint8_t)src;
	e->dead = false;
	e->gaz = gaz;
	e->id = id;
	for (size_t i = a; i < b; i++)
		x->owner[i] = k;
	return k;
}

/* The entity ending exactly at i, or -1. */
static int32_t
ends_at(const struct zp_entities *x, size_t i)
{
	if (i == 0 || x->owner[i - 1] < 0)
		return -1;
	return x->ent[x->owner[i - 1]].e == i ? x->owner[i - 1] : -1;
}

/* Looks the text c[a..b) up in the gazetteer. */
static uint32_t
lookup(const struct zp_entities *x, size_t a, size_t b)
{
	return zp_gaz_lookup(x->g, x->s + x->boff[a], x->boff[b] - x->boff[a]);
}

static bool
text_is(const struct zp_entities *x, size_t a, const char *w)
{
	size_t l = strlen(w);

	return x->boff[a] + l <= x->boff[x->n] &&
	    memcmp(x->s + x->boff[a], w, l) == 0;
}

/* Pass 1: gazetteer names. */

static bool
latin_ok(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;

	if (is_alnum(c[a]) && a > 0 && is_alnum(c[a - 1]))
		return false;
	if (is_alnum(c[b - 1]) && b < x->n && is_alnum(c[b]))
		return false;
	/* "X" alone is a name only as a platform: 在X上. */
	if (b - a == 1 && is_alpha(c[a]))
		return b < x->n &&
		    (c[b] == 0x4E0A /* 上 */ || text_is(x, b, "平台"));
	/* A lower-case start glued to Latin letters (iPhone in xiPhone). */
	return true;
}

/*
 * Marks in cand[] the positions where a name or a guard word may start,
 * by the quick tests of both lists (first character, then one-character
 * names or the pair filter), without a branch per position: most fail,
 * at random.
 */
static void
mark_gazetteer(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	const uint16_t *fl = x->fl;
	size_t n = x->n;
	uint64_t word = 0;

	for (size_t i = 0; i < n; i++) {
		uint32_t c0 = c[i] < 0x10000 ? c[i] : 0;
		uint32_t c1 = i + 1 < n ? c[i + 1] : 0;
		uint32_t h = zp_gaz_pair_hash(c0, c1);
		unsigned f = fl[i];
		unsigned pair = (unsigned)(x->gzpair[h >> 6] >> (h & 63)) &
		    (unsigned)(i + 1 < n);
		/* Bitwise, not &&: a branch here would fail half the time. */
		unsigned ok = (f / CL_GAZ) & ((f / CL_GAZ1) | pair) & 1;

		word |= (uint64_t)ok << (i & 63);
		if ((i & 63) == 63) {
			x->cand[i >> 6] = word;
			word = 0;
		}
	}
	x->cand[n >> 6] = word;
	cand_end(x);
}

#define NAME_SUR_MIN 50             /* surname */
#define NAME_GIVEN_MIN (-60)        /* the first given-name character */
#define NAME_GIVEN2_MIN 0           /* the second: 宋健今晚 is 宋健 */
#define NAME_ROLE_GIVEN2_MIN (-100) /* the second after a role: 王大中 */
#define NAME_SUM3 300               /* surname + two given-name characters */
#define NAME_SUM2 300               /* surname + one */
#define NAME_FREE3 500              /* three characters: then any end */
#define NAME_HALF2 500              /* two characters: a boundary on one side */
#define NAME_BARE3 700              /* three characters: no boundary at all */

static bool name_end_ok(const struct zp_entities *x, size_t j, bool strong);

/*
 * Whether a listed name of two characters at i begins a longer Chinese
 * name: 贾西 (Andy Jassy) in 贾西明报道, 马云 in 马云飞说.
 */
static bool
in_longer_name(const struct zp_entities *x, size_t i)
{
	uint32_t g = i + 2 < x->n ? x->c[i + 2] : 0;

	return x->nsc != NULL && in_cs(cs_surname, x->c[i]) && is_han(g) &&
	    g < 0x10000 && x->nsc[g].given >= NAME_GIVEN2_MIN &&
	    !in_cs(cs_notgiven, g) && name_end_ok(x, i + 3, false);
}

static void
pass_gazetteer(struct zp_entities *x)
{
	size_t lens[32];
	uint32_t ents[32], be;
	size_t i = 0, n = x->n;

	mark_gazetteer(x);
	while ((i = next_cand(x, i)) < n) {
		size_t k, bl, best = 0;
		uint32_t bent = NONE;

		if (!(x->fl[i] & CL_GAZ) ||
		    (!zp_gaz_quick(&x->gq, x->c + i, n - i) &&
		        !zp_gaz_quick(&x->bq, x->c + i, n - i))) {
			i++;
			continue;
		}
		k = zp_gaz_prefixes(x->g, x->c + i, n - i, lens, ents, 32);
		while (k > 0) {
			k--;
			if (latin_ok(x, i, i + lens[k])) {
				best = lens[k];
				bent = ents[k];
				break;
			}
		}
		bl = zp_gaz_longest(x->blk, x->c + i, n - i, &be);
		if (bl > best) {
			i += bl;
			continue;
		}
		if (best == 0) {
			i++;
			continue;
		}
		if (zp_gaz_entry(x->g, bent)->type == ZP_ET_PER && best == 2 &&
		    in_longer_name(x, i)) {
			i++;
			continue;
		}
		add(x, i, i + best, zp_gaz_entry(x->g, bent)->type, SRC_GAZ,
		    bent, NONE);
		i += best;
	}
}

/* Pass 2: Latin names. */

static const char *const org_keywords[] = {
	"Securities",
	"Research",
	"Capital",
	"Management",
	"Investment",
	"Investments",
	"Partners",
	"Group",
	"Holdings",
	"Holding",
	"Bank",
	"Trust",
	"Co.",
	"Corp.",
	"Corp",
	"Inc.",
	"Inc",
	"Ltd.",
	"Ltd",
	"LLC",
	"PLC",
	"Plc",
	"Electronics",
	"Industries",
	"Technologies",
	"Technology",
	"Semiconductor",
	"Semiconductors",
	"Systems",
	"Asset",
	"Advisors",
	"Advisers",
	"Fund",
	"Funds",
	"Ventures",
	"Labs",
	"Motors",
	"Financial",
	"Insurance",
	"Media",
	"News",
	"Times",
	"Journal",
	"Post",
	"University",
	"Institute",
	"Association",
	"Agency",
	"Ministry",
	"Department",
	"Commission",
	"Council",
	"Exchange",
	"Analytics",
	"Intelligence",
	"Economics",
	"Markets",
	"Consulting",
	"Energy",
	"Pharmaceuticals",
	"Therapeutics",
	"Robotics",
	"Networks",
	"Communications",
	"Software",
	"Airlines",
	"Motor",
	"Company",
	"Corporation",
	"Limited",
	"AG",
	"SE",
	"GmbH",
	"Foundation",
	"Bureau",
	"Office",
	"Authority",
	"Reserve",
};

static const char *const legal_tails[] = {
	"Co.",
	"Corp.",
	"Corp",
	"Inc.",
	"Inc",
	"Ltd.",
	"Ltd",
	"LLC",
	"PLC",
	"Plc",
	"Co",
	"Limited",
	"Corporation",
	"Company",
};

static bool
word_in(const struct zp_entities *x, size_t a, size_t b,
    const char *const *list, size_t nlist)
{
	size_t bl = x->boff[b] - x->boff[a];

	for (size_t k = 0; k < nlist; k++)
		if (strlen(list[k]) == bl &&
		    memcmp(x->s + x->boff[a], list[k], bl) == 0)
			return true;
	return false;
}

/* Words that do not name anything: System Semiconductor is a business. */
static const char *const english_common[] = {
	"System",
	"Systems",
	"Memory",
	"Foundry",
	"Mobile",
	"Device",
	"Devices",
	"Solutions",
	"Business",
	"Global",
	"Digital",
	"Display",
	"Network",
	"Data",
	"Cloud",
	"Smart",
	"Power",
	"Chips",
	"Chip",
	"Science",
	"Act",
	"The",
	"Our",
	"New",
	"Advanced",
	"General",
	"National",
	"International",
	"American",
	"Chinese",
	"Asian",
	"European",
	"Semiconductor",
	"Semiconductors",
	"Research",
	"Capital",
	"Investment",
	"Management",
	"Group",
	"Holdings",
	"Bank",
	"Trust",
	"Technology",
	"Technologies",
	"Electronics",
	"Industries",
	"Media",
	"News",
	"Energy",
	"Software",
	"Markets",
	"Market",
	"Fund",
	"Funds",
	"Asset",
	"Financial",
	"Insurance",
	"Analytics",
	"Intelligence",
	"Artificial",
	"AI",
	"Chief",
	"Executive",
	"Officer",
	"Department",
	"Office",
	"Ministry",
	"Agency",
	"Council",
	"Commission",
	"of",
	"and",
	"&",
	"for",
	"de",
	"Co.",
	"Corp.",
	"Inc.",
	"Ltd.",
	"Company",
	"Corporation",
	"Limited",
	"Products",
	"Services",
	"Center",
	"Centre",
};

/* True when every word of a run is a common word. */
static bool
generic_english(
    const struct zp_entities *x, const size_t *wa, const size_t *wb, size_t nw)
{
	for (size_t k = 0; k < nw; k++)
		if (!word_in(x, wa[k], wb[k], english_common,
		        sizeof(english_common) / sizeof(*english_common)))
			return false;
	return true;
}

/* A Latin word from i: letters, digits and inner - ' & .; returns its end. */
static size_t
latin_word(const struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t j = i;

	while (j < x->n &&
	    (is_alnum(c[j]) ||
	        ((c[j] == '-' || c[j] == '\'' || c[j] == '&') && j + 1 < x->n &&
	            is_alnum(c[j + 1]) && j > i)))
		j++;
	/* Keep an abbreviation's dot: Co. Corp. Inc. J. */
	if (j < x->n && c[j] == '.' && (j - i <= 4) && is_upper(c[i]) &&
	    (j + 1 == x->n || !is_alnum(c[j + 1])))
		j++;
	return j;
}

static bool
has_digit(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (is_digit(x->c[i]))
			return true;
	return false;
}

/* A word like Dan, Gil-hyun, Seon-woo, J. (a person's name part). */
static bool
name_word(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;

	if (!is_upper(c[a]))
		return false;
	if (b - a == 2 && c[a + 1] == '.')
		return true;
	if (b - a < 2)
		return false;
	for (size_t i = a + 1; i < b; i++)
		if (!is_lower(c[i]) && !(c[i] == '-' && i + 1 < b) &&
		    !(c[i - 1] == '-' && is_alpha(c[i])) && c[i] != '\'')
			return false;
	return true;
}

/* The length of the role, of either list, that starts at i; 0 if none. */
static size_t
lead_at(const struct zp_entities *x, size_t i)
{
	size_t a = wl_at(&x->role, x->c, x->n, i),
	       b = wl_at(&x->lead, x->c, x->n, i);

	return a > b ? a : b;
}

/* True when a role word ends at i (white space allowed between). */
static bool
role_before(const struct zp_entities *x, size_t i)
{
	while (i > 0 && x->c[i - 1] == ' ')
		i--;
	return wl_before(&x->role, x->c, i) > 0 ||
	    wl_before(&x->lead, x->c, i) > 0;
}

static bool
say_after(const struct zp_entities *x, size_t i)
{
	while (i < x->n && x->c[i] == ' ')
		i++;
	return i < x->n &&
	    (wl_at(&x->say, x->c, x->n, i) > 0 ||
	        wl_at(&x->role, x->c, x->n, i) > 0 || is_close(x->c[i]) ||
	        x->c[i] == 0xFF0C || x->c[i] == ',' ||
	        x->c[i] == 0x5728 /* 在 */ || x->c[i] == 0x4E5F /* 也 */ ||
	        x->c[i] == 0x66FE /* 曾 */);
}

static void
pass_latin(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, i = 0;
	size_t wa[16], wb[16];

	while ((i = next_fl(x, i, CL_ALNUM)) < n) {
		size_t nw = 0, j, rs, re;
		bool org = false, person;

		if (!is_alpha(c[i]) || (i > 0 && is_alnum(c[i - 1]))) {
			i++;
			continue;
		}
		/* Collect capitalized words joined by single spaces. */
		j = i;
		for (;;) {
			size_t e = latin_word(x, j);

			if (!is_upper(c[j]) &&
			    !(nw > 0 &&
			        (text_is(x, j, "of ") ||
			            text_is(x, j, "and ") ||
			            text_is(x, j, "& ") ||
			            text_is(x, j, "de ") ||
			            text_is(x, j, "for "))) &&
			    !(nw == 0 && is_lower(c[j]) && e - j > 1 &&
			        is_upper(c[j + 1])))
				break;
			if (c[j] == '&')
				e = j + 1;
			wa[nw] = j;
			wb[nw] = e;
			nw++;
			if (nw == 16 || e >= n || c[e] != ' ' || e + 1 >= n ||
			    !(is_alpha(c[e + 1]) || c[e + 1] == '&'))
				break;
			j = e + 1;
		}
		/* Drop trailing connectors. */
		while (nw > 0 && !is_upper(c[wa[nw - 1]]) &&
		    !(nw == 1 && is_lower(c[wa[0]])))
			nw--;
		if (nw == 0) {
			i = latin_word(x, i);
			if (i == 0 || i > n)
				i = n;
			continue;
		}
		rs = wa[0];
		re = wb[nw - 1];
		for (size_t k = 0; k < nw; k++)
			if (word_in(x, wa[k], wb[k], org_keywords,
			        sizeof(org_keywords) / sizeof(*org_keywords)))
				org = true;
		if (org && nw >= 2 && !generic_english(x, wa, wb, nw)) {
			int32_t o = x->owner[rs];
			size_t sb = re;
			uint32_t gz;

			if (o >= 0 && x->ent[o].s == rs && x->ent[o].e == re) {
				i = re;
				continue;
			}
			/* An alias given as a whole wins over ours. */
			gz = lookup(x, rs, re);
			while (gz == NONE && nw > 1 &&
			    word_in(x, wa[nw - 1], wb[nw - 1], legal_tails,
			        sizeof(legal_tails) / sizeof(*legal_tails))) {
				nw--;
				sb = wb[nw - 1];
				gz = lookup(x, rs, sb);
			}
			clear_span(x, rs, re);
			if (gz != NONE &&
			    zp_gaz_entry(x->g, gz)->type == ZP_ET_ORG)
				add(x, rs, re, ZP_ET_ORG, SRC_GAZ, gz, NONE);
			else
				add(x, rs, re, ZP_ET_ORG, SRC_RULE, NONE,
				    put_surface(x, rs, sb));
			i = re;
			continue;
		}
		if (!span_free(x, rs, re) || has_digit(x, rs, re)) {
			i = re;
			continue;
		}
		person = nw >= 2 && nw <= 4;
		for (size_t k = 0; person && k < nw; k++)
			if (word_in(x, wa[k], wb[k], english_common,
			        sizeof(english_common) /
			            sizeof(*english_common)))
				person = false;
		for (size_t k = 0; person && k < nw; k++)
			if (!name_word(x, wa[k], wb[k]))
				person = false;
		if (person &&
		    (role_before(x, rs) || say_after(x, re) ||
		        (rs > 0 && is_open(c[rs - 1])))) {
			uint32_t gz = lookup(x, rs, re);

			add(x, rs, re, ZP_ET_PER,
			    gz != NONE ? SRC_GAZ : SRC_RULE, gz,
			    gz != NONE ? NONE : put_surface(x, rs, re));
			i = re;
			continue;
		}
		/* One unknown name before 公司 or 集团: NTT公司. */
		if (nw == 1 && re - rs >= 3 && re < n &&
		    (text_is(x, re, "公司") || text_is(x, re, "集团"))) {
			add(x, rs, re + 2, ZP_ET_ORG, SRC_RULE, NONE,
			    put_surface(x, rs, re));
			i = re + 2;
			continue;
		}
		i = re;
	}
}

/* Pass 3: organization suffixes. */

static const struct suffix *
suffix_at(const struct zp_entities *x, size_t i, size_t *len)
{
	uint32_t e;
	size_t l = zp_gaz_longest(x->suf, x->c + i, x->n - i, &e);

	*len = l;
	return l == 0 ? NULL : &suffixes[e];
}

/* Whether a one-character suffix at i is a word of its own (总部, 格局). */
static bool
short_suffix_ok(const struct zp_entities *x, size_t i)
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
	case 0x59D4: { /* 委: the committee of a place, 沈阳市委 */
		int32_t o = ends_at(x, i);

		return p != 0 && in_set(ADMIN_UNITS, p) && o >= 0 &&
		    x->ent[o].type == ZP_ET_LOC;
	}
	default:
		return true;
	}
	return p != 0 && !in_set(bad, p);
}

/* Where a name ending at i starts, or i when nothing fits. */
static size_t
left_edge(
    struct zp_entities *x, size_t i, size_t max, int32_t *absorbed, bool item)
{
	size_t k = i, nname = 0;

	*absorbed = -1;
	while (k > 0) {
		int32_t o = ends_at(x, k);

		if (o >= 0) {
			struct ent *e = &x->ent[o];

			if ((e->type == ZP_ET_ORG || e->type == ZP_ET_LOC) &&
			    nname <= 4) {
				*absorbed = o;
				k = e->s;
				/* 湖南省长沙市: a place within a place. */
				while (e->type == ZP_ET_LOC &&
				    (o = ends_at(x, k)) >= 0 &&
				    x->ent[o].type == ZP_ET_LOC) {
					*absorbed = o;
					e = &x->ent[o];
					k = e->s;
				}
			}
			break;
		}
		/* A list item's last character may be anything: 扬州正为、 */
		if (x->owner[k - 1] >= 0 || !is_han(x->c[k - 1]) ||
		    ((!item || nname > 0) && in_cs(cs_stop, x->c[k - 1])) ||
		    wl_before(&x->stopw, x->c, k) > 0 || nname == max)
			break;
		k--;
		nname++;
	}
	return k;
}

/* Whether c, after an institution's suffix, shows it began a word. */
static bool
firm_stop(const char *firm, uint32_t c)
{
	return in_set(firm_core, c) || in_set(firm, c);
}

/* Whether the name can end at j, after the suffix sf (NULL: any). */
static bool
right_ok(const struct zp_entities *x, size_t j, const struct suffix *sf)
{
	if (j >= x->n || !is_han(x->c[j]))
		return true;
	if (sf != NULL && sf->firm == NULL)
		return !in_set(bad_next, x->c[j]);
	return !firm_stop(sf != NULL ? sf->firm : firm_next, x->c[j]);
}

/* Suffixes that name an institution of a place. */
static const char *const institution_words[] = {
	"人民政府",
	"政府",
	"人民法院",
	"中级人民法院",
	"高级人民法院",
	"法院",
	"人民检察院",
	"检察院",
	"委员会",
	"人大常委会",
	"政协",
	"公安局",
	"局",
	"厅",
	"部",
	"署",
	"办公室",
	"管委会",
	"党委",
	"市委",
	"省委",
	"县委",
	"委",
	"大学",
	"学院",
	"医院",
	"中学",
	"小学",
	"银行",
	"电视台",
	"日报",
	"晚报",
	"代表团",
	"队",
	"交易所",
	"海关",
	"图书馆",
	"女队",
	"男队",
	"国家队",
	"女篮",
	"男篮",
	"女排",
	"男排",
	"女足",
	"男足",
	"球队",
	"代表队",
	"集训队",
	"青年队",
	"奥运代表团",
	"国奥队",
	"足协",
	"篮协",
	"残联",
	"妇联",
	"侨联",
	"文联",
	"作协",
	"科协",
	"总工会",
	"博物馆",
	"研究院",
	"研究所",
	"科学院",
	"人民医院",
	"中医院",
	"乐团",
	"交响乐团",
	"合唱团",
	"剧团",
	"歌舞团",
	"艺术团",
	"办事处",
	"总公司",
	"分公司",
	"分行",
	"支行",
	"分社",
};

/* Whether 政府 or 人民政府 starts at i. */
static bool
government_at(const struct zp_entities *x, size_t i)
{
	return text_is(x, i, "政府") || text_is(x, i, "人民政府");
}

/* A government at i not after a unit of a place: the country's own. */
static bool
country_government(const struct zp_entities *x, size_t i)
{
	return government_at(x, i) &&
	    (i == 0 || !in_set(ADMIN_UNITS, x->c[i - 1]));
}

/*
 * Whether an institution starts at i after the place ending there.  A
 * country's government is the country (美国政府 is 美国, GUIDELINES 8);
 * a province's or a city's is a body of its own (北京市政府).
 */
static bool
institution(const struct zp_entities *x, size_t i)
{
	if (country_government(x, i))
		return false;
	return wl_at(&x->inst, x->c, x->n, i) > 0;
}

/* Whether c[a..b) is an institution word: 中国 + 女队. */
static bool
institution_is(const struct zp_entities *x, size_t a, size_t b)
{
	size_t bl = x->boff[b] - x->boff[a];

	if (country_government(x, a))
		return false;
	for (size_t k = 0;
	     k < sizeof(institution_words) / sizeof(*institution_words); k++)
		if (strlen(institution_words[k]) == bl &&
		    text_is(x, a, institution_words[k]))
			return true;
	return false;
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
		    in_cs(cs_stop, x->c[a]))
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

static void take_places_before(struct zp_entities *x, size_t k);

static void
pass_suffix(struct zp_entities *x)
{
	size_t n = x->n, i = 1;

	while (i < n) {
		size_t l, l2, j, k, nname, lead;
		int32_t ab, o, named;
		char cls;
		const struct suffix *last, *next;
		bool level_body;

		if (x->owner[i] >= 0) {
			i = x->ent[x->owner[i]].e;
			continue;
		}
		if (!(x->fl[i] & CL_SUF) ||
		    !zp_gaz_quick(&x->sq, x->c + i, n - i) ||
		    (last = suffix_at(x, i, &l)) == NULL ||
		    (l == 1 && !short_suffix_ok(x, i))) {
			i++;
			continue;
		}
		cls = last->cls;
		/* The chain of suffixes: 微电子科技股份有限公司. */
		j = i + l;
		/* Not into a role: 日本队 + 队长, 卫生部 + 部长. */
		while (j < n && x->owner[j] < 0 &&
		    (last->firm == NULL || right_ok(x, j, last)) &&
		    (next = suffix_at(x, j, &l2)) != NULL &&
		    wl_at(&x->role, x->c, n, j) <= l2) {
			last = next;
			j += l2;
		}
		if (j + 6 <= n && is_open(x->c[j]) &&
		    text_is(x, j + 1, "有限合伙") && is_close(x->c[j + 5]))
			j += 6;
		if (!right_ok(x, j, last)) {
			i = j;
			continue;
		}
		k = left_edge(x, i, 6, &ab, false);
		nname = i - (ab >= 0 ? x->ent[ab].e : k);
		/*
		 * Six characters and a word goes on: no edge was found,
		 * unless a place ends one or two characters further back
		 * (天水市 + 天港房地产开发 + 公司).
		 */
		if (ab < 0 && i - k == 6 && k > 0 && x->owner[k - 1] < 0 &&
		    is_han(x->c[k - 1]) && !in_cs(cs_stop, x->c[k - 1]) &&
		    wl_before(&x->stopw, x->c, k) == 0) {
			size_t k2 = place_within(x, k);

			if (k2 == k) {
				i = j;
				continue;
			}
			ab = ends_at(x, k2);
			k = x->ent[ab].s;
			nname = i - k2;
		}
		/* A government is a place's: 反政府, 承担政府 are not names. */
		if ((ab < 0 || x->ent[ab].type != ZP_ET_LOC) &&
		    government_at(x, i)) {
			i = j;
			continue;
		}
		if (ab >= 0 && x->ent[ab].type == ZP_ET_ORG && nname == 0 &&
		    wl_at(&x->role, x->c, n, i) <= l) {
			struct ent *e = &x->ent[ab];
			uint32_t gaz = e->gaz, id = e->id;
			size_t s = e->s;
			uint8_t src = e->src;

			if (lookup(x, s, j) != NONE) {
				i = j;
				continue;
			}
			ent_kill(x, ab);
			if (cls == 'L')
				add(x, s, j, ZP_ET_ORG, src, gaz, id);
			else
				add(x, s, j, ZP_ET_ORG, SRC_RULE, NONE,
				    put_surface(x, s, id_end(x, s, j)));
			i = j;
			continue;
		}
		if (ab < 0 || x->ent[ab].type == ZP_ET_LOC) {
			size_t ns = k;

			/* The name starts after the places absorbed. */
			while (ns < i && x->owner[ns] >= 0)
				ns = x->ent[x->owner[ns]].e;

			/*
			 * Generic words in front are not part of the name,
			 * but an institution keeps its level: 国家林业局,
			 * 市卫生局, 全国妇联.
			 */
			while (ns < i &&
			    (lead = wl_at(&x->generic, x->c, i, ns)) > 0 &&
			    ab < 0 &&
			    !(cls == 'N' && last->firm != NULL &&
			        wl_at(&x->levels, x->c, i, ns) == lead &&
			        !in_set(level_bad_next, x->c[ns + lead])) &&
			    !(lead == 1 && in_set(word_first, x->c[ns]) &&
			        i - ns - lead >= 3))
				ns += lead, k = ns;
			nname = i - ns;
			/*
			 * A place, then nothing or generic words, then an
			 * institution: 北京市政府, 长沙市公安局, 湖南大学.
			 */
			if (ab >= 0 &&
			    (((nname == 0 || all_generic(x, ns, i)) &&
			         (institution(x, i) ||
			             (l >= 2 && cls == 'N' &&
			                 last->firm != NULL &&
			                 !text_is(x, i, "政府")))) ||
			        institution_is(x, ns, j))) {
				/* 中共 + 河北省委: the party's committee. */
				if (i + l == j &&
				    in_cs(cs_bodylast, x->c[j - 1]))
					k -= wl_before(&x->parties, x->c, k);
				clear_span(x, k, j);
				add(x, k, j, ZP_ET_ORG, SRC_RULE, NONE,
				    put_surface(x, k, id_end(x, k, j)));
				i = j;
				continue;
			}
			/* One character after a place: 兰州医学院, 四平市话剧团. */
			if (nname == 1 && ab >= 0 && cls == 'N' && l >= 2 &&
			    last->firm != NULL && !in_cs(cs_stop, x->c[ns]) &&
			    !in_set(one_name_bad, x->c[ns]) &&
			    !all_generic(x, ns, i))
				nname = 2;
			/* One character after 由, 与, 、: 由锡创投孵化. */
			if (nname == 1 && ab < 0 && cls == 'N' && l >= 2 &&
			    k > 0 && in_set(strong_stop, x->c[k - 1]) &&
			    !in_cs(cs_stop, x->c[k]) && !all_generic(x, ns, i))
				nname = 2;
			/* 国家博物馆, 全国侨联: a level names the body. */
			level_body = nname >= 2 && ab < 0 && cls == 'N' &&
			    last->firm != NULL &&
			    all_words(x, &x->levels, ns, i);
			/*
			 * A place, a trade and a legal form name one firm
			 * (上海汽车工业总公司); a place, a trade and 公司 are
			 * firms of a kind (美国芯片公司).
			 */
			if (!level_body && ab >= 0 &&
			    x->ent[ab].type == ZP_ET_LOC &&
			    ((i >= x->ent[ab].e + 2 &&
			         legal_form(x, x->ent[ab].e, j)) ||
			        national_firm(x, x->ent[ab].e, j)))
				level_body = true;
			if (!level_body &&
			    (nname < 2 || all_generic(x, ns, i) ||
			        (generic_tail(x, ns, i) > 0 &&
			            !(ab >= 0 && named_core(x, ns, i))))) {
				i = j;
				continue;
			}
		} else if (nname < 1 ||
		    lead_at(x, x->ent[ab].e) >= j - x->ent[ab].e) {
			/* 中国队 + 领队 is a post, not a body. */
			i = j;
			continue;
		}
		clear_span(x, k, j);
		named = add(x, k, j, ZP_ET_ORG, SRC_RULE, NONE,
		    put_surface(x, k, id_end(x, k, j)));
		/*
		 * A name the lists lack takes its place in (北京 + 国伦文化
		 * 艺术公司); a listed one keeps it apart (韩国 + 三星电子).
		 */
		if ((o = ends_at(x, k)) >= 0 && x->ent[o].type == ZP_ET_LOC &&
		    x->ent[o].e - x->ent[o].s >= 2)
			take_places_before(x, (size_t)named);
		i = j;
	}
}

/* Places by their unit: 芙蓉区 after 长沙市, 滁州, 桐城市. */

static void
place_at(struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, k, min = 2;
	const char *bad;
	int32_t o;
	uint32_t u = c[i];

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
	default:
		return;
	}
	if (u == 0x5E02 && i + 1 < n && in_set(shi_bad_next, c[i + 1]))
		return;
	o = ends_at(x, i);
	if (o >= 0) {
		struct ent *e = &x->ent[o];

		/* 北京 + 市: the same place, written in full. */
		if (e->type == ZP_ET_LOC && u != 0x533A && u != 0x5DDE &&
		    !in_set(ADMIN_UNITS, c[i - 1])) {
			x->owner[i] = o;
			e->e = (uint32_t)(i + 1);
		}
		return;
	}
	if (in_set(bad, c[i - 1]))
		return;
	k = i;
	while (k > 0 && i - k < 3 && x->owner[k - 1] < 0 && is_han(c[k - 1]) &&
	    !in_cs(cs_stop, c[k - 1]) && wl_before(&x->stopw, c, k) == 0)
		k--;
	/* 区 only after a place: 长沙市芙蓉区. */
	if (u == 0x533A && (o = ends_at(x, k)) < 0)
		return;
	if (u == 0x533A && x->ent[o].type != ZP_ET_LOC)
		return;
	if (i - k < min || all_generic(x, k, i) || generic_tail(x, k, i) > 0)
		return;
	add(x, k, i + 1, ZP_ET_LOC, SRC_RULE, NONE, put_surface(x, k, i + 1));
}
static size_t abbrev_at(struct zp_entities *x, size_t i);
static size_t abbrev_one(struct zp_entities *x, size_t i);

/*
 * Entity k takes in the places that end where it starts (辽宁省 + 卫生厅,
 * 土耳其 + 外交部) and becomes a name of its own surface, no longer the
 * gazetteer entry it matched.
 */
static void
take_places_before(struct zp_entities *x, size_t k)
{
	struct ent *e = &x->ent[k];
	size_t a = e->s;
	int32_t o;

	while ((o = ends_at(x, a)) >= 0 && x->ent[o].type == ZP_ET_LOC)
		a = x->ent[o].s;
	if (a == e->s)
		return;
	clear_span(x, a, e->s);
	e->s = (uint32_t)a;
	for (size_t i = a; i < e->e; i++)
		x->owner[i] = (int32_t)k;
	e->gaz = NONE;
	e->id = put_surface(x, a, e->e);
}

/*
 * A body of the derived lists after places: 辽宁省 + 卫生厅, 四川 + 全兴队
 * are one organization (a curated name keeps its place apart: 韩国 +
 * 三星电子).
 */
static void
pass_place_bodies(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		const struct ent *e = &x->ent[k];

		size_t lv;

		if (e->dead || e->type != ZP_ET_ORG || e->gaz == NONE ||
		    e->gaz >= x->minor)
			continue;
		/* A level before it is its own: 国家 + 测绘局 (全国 names many). */
		if (e->s > 1 && x->owner[e->s - 1] < 0 &&
		    (lv = wl_before(&x->levels, x->c, e->s)) > 1 &&
		    !text_is(x, e->s - lv, "全国")) {
			struct ent *m = &x->ent[k];

			for (size_t i = m->s - lv; i < m->s; i++)
				x->owner[i] = (int32_t)k;
			m->s = (uint32_t)(m->s - lv);
			m->gaz = NONE;
			m->id = put_surface(x, m->s, m->e);
			continue;
		}
		take_places_before(x, k);
	}
}

/*
 * A legislature's term before it is its own: 九届全国人大, 第一届立法会
 * (its members are of the term: 九届全国人大代表).  Returns whether entity
 * k took one in.
 */
static bool
take_session(struct zp_entities *x, size_t k)
{
	struct ent *e = &x->ent[k];
	size_t a = e->s;

	if (a < 2 || x->c[a - 1] != 0x5C4A /* 届 */ || x->owner[a - 1] >= 0 ||
	    wl_before(&x->legis, x->c, e->e) == 0 ||
	    wl_at(&x->members, x->c, x->n, e->e) > 0)
		return false;
	a--;
	if (x->c[a - 1] == 0x9996 /* 首 */)
		a--;
	else
		while (a > 0 && x->owner[a - 1] < 0 &&
		    (in_set(LIST_NUMERALS, x->c[a - 1]) ||
		        x->c[a - 1] == 0x767E /* 百 */ ||
		        is_digit(x->c[a - 1])))
			a--;
	/* 新一届, 这一届 name no term. */
	if (a == e->s - 1 ||
	    (a > 0 && x->c[a] == 0x4E00 && in_set(term_bad_prev, x->c[a - 1])))
		return false;
	if (a > 0 && x->c[a - 1] == 0x7B2C /* 第 */ && x->owner[a - 1] < 0)
		a--;
	for (size_t i = a; i < e->s; i++)
		x->owner[i] = (int32_t)k;
	e->s = (uint32_t)a;
	e->gaz = NONE;
	e->id = put_surface(x, e->s, e->e);
	return true;
}

/*
 * A government body or party named after the place before it is the
 * place's own: 土耳其 + 外交部, 芬兰 + 共产党, 美国 + 海军 are one organization
 * (GUIDELINES 8: 日本经济产业省), while a company keeps its place apart
 * (韩国 + 三星电子).  A ministry before 门 is a kind of office (财政部门),
 * a party before 员 or 派 a kind of member (共产党员, 民主党派); 外交部长
 * keeps its ministry, as the seed keeps 美国商务部 in 美国商务部长.  A
 * body with its term takes its place too: 香港特区第一届立法会.
 */
static void
pass_country_bodies(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		const struct ent *e = &x->ent[k];
		uint32_t last, nx;

		if (e->dead || e->type != ZP_ET_ORG)
			continue;
		last = x->c[e->e - 1];
		nx = e->e < x->n ? x->c[e->e] : 0;
		if ((last == 0x90E8 && nx == 0x95E8) ||
		    (last == 0x515A && (nx == 0x5458 || nx == 0x6D3E))) {
			ent_kill(x, (int32_t)k);
			continue;
		}
		if (take_session(x, k) || in_cs(cs_bodylast, last))
			take_places_before(x, k);
	}
}

static const char xi_bad_prev[] = "关联体派维世直旁母父嫡谱水星银干";

/*
 * A department after a university or college: 清华大学 + 电机系, one to
 * three characters and 系.  Returns its length, or 0.
 */
static size_t
department_at(const struct zp_entities *x, size_t k)
{
	const struct ent *e = &x->ent[k];
	size_t j = e->e;

	if (e->e - e->s < 2 ||
	    !(x->c[e->e - 1] == 0x5B66 /* 学 */ ||
	        x->c[e->e - 1] == 0x9662 /* 院 */))
		return 0;
	for (size_t l = 1; l <= 3 && j + l < x->n; l++) {
		if (x->owner[j + l - 1] >= 0 || !is_han(x->c[j + l - 1]) ||
		    in_cs(cs_stop, x->c[j + l - 1]))
			return 0;
		/* 关系, 体系, 联系 are words, not departments. */
		if (x->c[j + l] == 0x7CFB /* 系 */)
			return in_set(xi_bad_prev, x->c[j + l - 1]) ? 0 : l + 1;
	}
	return 0;
}

/*
 * An organization followed by one of its own bodies is that body: 北京大学
 * 中文系, 中共中央书记处 (the body alone would be no name).
 */
static void
pass_subunits(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];
		size_t j = e->e, l;

		/*
		 * A listed company keeps its id, which joins it to its
		 * shares: 可口可乐公司 + 理事会 stay two (清华大学 + 电机系
		 * are one).
		 */
		if (e->dead || e->type != ZP_ET_ORG || j >= x->n ||
		    (e->gaz != NONE && e->gaz >= x->minor &&
		        zp_gaz_entry(x->g, e->gaz)->ticker != NULL) ||
		    ((l = wl_at(&x->subunit, x->c, x->n, j)) == 0 &&
		        (l = department_at(x, k)) == 0))
			continue;
		/* 宣传部门, 党组成员, 党组织: the body began a word. */
		if (j + l < x->n && is_han(x->c[j + l]) &&
		    firm_stop(x->c[j + l - 1] == 0x90E8 ? firm_next_bu :
		            x->c[j + l - 1] == 0x7EC4   ? subunit_zu_next :
		                                          firm_next,
		        x->c[j + l]))
			continue;
		clear_span(x, j, j + l);
		e->e = (uint32_t)(j + l);
		for (size_t i = j; i < j + l; i++)
			x->owner[i] = (int32_t)k;
		e->gaz = NONE;
		e->id = put_surface(x, e->s, e->e);
	}
}

/*
 * A mission abroad is one organization with its sender and its host:
 * 中国驻美国大使馆, 日本驻厦门领事馆, 某公司驻京办事处, and the offices
 * within it (大使馆商务处); the host may be a one-character name (驻华,
 * 驻德) and the sender left out (驻德使馆).
 */
static const char *const mission_words[] = {
	"大使馆",
	"使馆",
	"总领事馆",
	"总领馆",
	"领事馆",
	"办事处",
	"代表处",
	"联络处",
	"商务处",
	"经商处",
	"记者站",
};

static size_t
mission_at(const struct zp_entities *x, size_t i)
{
	return wl_at(&x->mission, x->c, x->n, i);
}

static void
pass_missions(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	for (size_t i = 0; i + 3 < n; i++) {
		size_t a = i, p = i + 1, m = 0;
		int32_t o;

		if (c[i] != 0x9A7B)
			continue;
		/*
		 * The host: places, or one or two characters no entity has
		 * (驻华, 驻京); or a body the suffix rule made of it.
		 */
		while (p < n && p - i <= 6 && (m = mission_at(x, p)) == 0) {
			o = x->owner[p];
			if (o >= 0 && x->ent[o].type == ZP_ET_ORG &&
			    x->ent[o].s == p) {
				m = wl_before(&x->mission, c, x->ent[o].e);
				if (m > 0)
					p = x->ent[o].e - m;
				break;
			}
			if (o >= 0 && x->ent[o].type == ZP_ET_LOC)
				p = x->ent[o].e;
			else if (o < 0 && is_han(c[p]) && p - i <= 2 &&
			    !in_cs(cs_stop, c[p]))
				p++;
			else
				break;
		}
		if (m == 0 || p == i + 1 || p + m > n)
			continue;
		/* The sender: a place or a body ending at 驻, or nothing. */
		if ((o = ends_at(x, i)) >= 0 &&
		    (x->ent[o].type == ZP_ET_LOC ||
		        x->ent[o].type == ZP_ET_ORG))
			a = x->ent[o].s;
		else if (i > 0 && is_han(c[i - 1]) && !in_cs(cs_stop, c[i - 1]))
			continue;
		/* An office within the mission: 大使馆商务处. */
		for (size_t m2; (m2 = mission_at(x, p + m)) > 0;)
			m += m2;
		clear_span(x, a, p + m);
		add(x, a, p + m, ZP_ET_ORG, SRC_RULE, NONE,
		    put_surface(x, a, p + m));
		i = p + m - 1;
	}
}

/*
 * One walk for the characters that start the rules above: country pairs
 * (中美关系) and units of places (市 省 县 州 区).
 */
static void
pass_places(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	mark(x, MARK_PLACES);
	for (size_t i = next_cand(x, 0); i < n; i = next_cand(x, i + 1)) {
		if ((!x->noskip && !(x->fl[i] & CL_PLACE)) || x->owner[i] >= 0)
			continue;
		if (in_cs(cs_abstart, c[i])) {
			size_t j = i;

			if (i + 2 < n && in_cs(cs_abbrev, c[i]) &&
			    in_cs(cs_abbrev, c[i + 1]))
				j = abbrev_at(x, i);
			if (j == i)
				j = abbrev_one(x, i);
			if (j > i) {
				i = j - 1;
				continue;
			}
		}
		/* 市 省 县 州 区 */
		if (i > 0 &&
		    (c[i] == 0x5E02 || c[i] == 0x7701 || c[i] == 0x53BF ||
		        c[i] == 0x5DDE || c[i] == 0x533A))
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
};

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

static const char *
abbrev_id(uint32_t c)
{
	for (size_t k = 0; k < sizeof(abbrevs) / sizeof(*abbrevs); k++) {
		size_t l;

		if ((uint32_t)zp_utf8_decode(abbrevs[k].c, 3, &l) == c)
			return abbrevs[k].id;
	}
	return NULL;
}

/* The country pair starting at i: returns its end, or i when none. */
static size_t
abbrev_at(struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, j = i;
	const char *const *ctx = abbrev_ctx;
	size_t nctx = sizeof(abbrev_ctx) / sizeof(*abbrev_ctx);
	bool ok = false;

	while (j < n && j - i < 4 && x->owner[j] < 0 && in_cs(cs_abbrev, c[j]))
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
	if (i > 0 && is_han(c[i - 1]) && !in_cs(cs_stop, c[i - 1])) {
		ctx = abbrev_pair_ctx;
		nctx = sizeof(abbrev_pair_ctx) / sizeof(*abbrev_pair_ctx);
	}
	for (size_t k = 0; k < nctx && !ok; k++)
		ok = text_is(x, j, ctx[k]);
	if (!ok)
		return i;
	for (size_t q = i; q < j; q++) {
		const char *id = abbrev_id(c[q]);

		if (id != NULL)
			add(x, q, q + 1, ZP_ET_LOC, SRC_RULE, NONE,
			    put_id(x, id, strlen(id)));
	}
	return j;
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
	    (text_is(x, i + 2, "民族") ||
	        ((p == 0 || !is_han(p) || in_cs(cs_stop, p)) &&
	            (text_is(x, i + 2, "文化") || text_is(x, i + 2, "儿女") ||
	                text_is(x, i + 2, "文明") ||
	                text_is(x, i + 2, "大地"))))) {
		id = "China";
		add(x, i, i + 2, ZP_ET_LOC, SRC_RULE, NONE,
		    put_id(x, id, strlen(id)));
		return i + 2;
	}
	/*
	 * Before its government, leaders or economy: 美政府, 对俄经济, 据韩
	 * 首都.  新 (新政府), 以 (以经济建设为) and 非 (非政府) are words
	 * there; 中 and 西 before a direction are regions (中西部).
	 */
	if (in_cs(cs_abbrev, u) && !in_set(abbrev_gov_bad, u) &&
	    (l = gov_word_after(x, i)) > 0 &&
	    !((u == 0x4E2D || u == 0x897F) &&
	        x->c[i + l] == 0x90E8 /* 部: 西部, 东部 */)) {
		id = abbrev_id(u);
		if (id != NULL) {
			add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
			    put_id(x, id, strlen(id)));
			return i + 1;
		}
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
		add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
		    put_id(x, id, strlen(id)));
		return i + 1;
	}
	/* 英、美、德等国: one character each, the list closed by 等国. */
	if (nx == 0x3001 && in_cs(cs_abbrev, u) &&
	    (p == 0 || !is_han(p) || in_cs(cs_stop, p))) {
		size_t j = i;

		while (j + 2 < n && c[j + 1] == 0x3001 &&
		    in_cs(cs_abbrev, c[j + 2]) && x->owner[j + 2] < 0)
			j += 2;
		/* Three or more close with a clause: 美、英、法的代表. */
		if (j == i ||
		    !(text_is(x, j + 1, "等国") ||
		        text_is(x, j + 1, "等西方") ||
		        text_is(x, j + 1, "两国") ||
		        text_is(x, j + 1, "三国") ||
		        text_is(x, j + 1, "四国") ||
		        text_is(x, j + 1, "五国") ||
		        (j - i >= 4 &&
		            (j + 1 == n || in_set(list_close, c[j + 1])))))
			return i;
		for (size_t q = i; q <= j; q += 2) {
			id = abbrev_id(c[q]);
			if (id != NULL)
				add(x, q, q + 1, ZP_ET_LOC, SRC_RULE, NONE,
				    put_id(x, id, strlen(id)));
		}
		return j + 1;
	}
	if ((nx == 0x65B9 && in_cs(cs_fang, u) &&
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
	add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE, put_id(x, id, strlen(id)));
	return i + 1;
}

/*
 * The first character of a country or region named in full before, alone
 * before its government or economy: 塔吉克斯坦 … 塔总统, 亚美尼亚 … 在亚
 * 首都.  The full name is a listed place of three characters or more that
 * is no city (市, 省, 县, 区, 州 end those).
 */
static void
pass_named_abbrevs(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, nent = x->nent, nfirst = 0, from = n;
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
		    f->gaz == NONE || in_set(ADMIN_UNITS, c[f->e - 1]))
			continue;
		while (q < nfirst && first[q].cp != c[f->s])
			q++;
		if (q < nfirst)
			continue; /* the first such place names it */
		first[nfirst].cp = c[f->s];
		first[nfirst].end = f->e;
		first[nfirst++].gaz = f->gaz;
		if (f->e < from)
			from = f->e;
	}
	for (size_t i = from; i + 2 < n; i++) {
		const char *id;
		size_t q = 0;

		while (q < nfirst && (first[q].cp != c[i] || first[q].end > i))
			q++;
		if (q == nfirst || x->owner[i] >= 0 ||
		    gov_word_after(x, i) == 0)
			continue;
		id = zp_gaz_entry(x->g, first[q].gaz)->id;
		add(x, i, i + 1, ZP_ET_LOC, SRC_RULE, NONE,
		    put_id(x, id, strlen(id)));
	}
}

/* Pass 4: people. */

static void register_alias(struct zp_entities *x, size_t a, size_t b,
    const char *id, enum zp_etype type);

static bool
translit_char(uint32_t c)
{
	return is_han(c) && in_cs(cs_translit, c);
}

static void
pass_dot_names(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	for (size_t i = 1; i + 1 < n; i++) {
		size_t k, j, lastseg;
		uint32_t gz;
		const char *id;
		int32_t kk;

		if (!is_dot(c[i]) || !translit_char(c[i - 1]) ||
		    !translit_char(c[i + 1]))
			continue;
		k = i;
		while (k > 0 && i - k < 4 && translit_char(c[k - 1]) &&
		    wl_before(&x->role, c, k) == 0)
			k--;
		j = i + 1;
		for (;;) {
			size_t st = j;

			while (j < n && j - st < 6 && translit_char(c[j]))
				j++;
			lastseg = st;
			if (j + 1 < n && is_dot(c[j]) &&
			    translit_char(c[j + 1]))
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
		clear_span(x, k, j);
		gz = lookup(x, k, j);
		if (gz == NONE)
			gz = lookup(x, lastseg, j);
		if (gz != NONE && zp_gaz_entry(x->g, gz)->type != ZP_ET_PER)
			gz = NONE;
		kk = add(x, k, j, ZP_ET_PER, SRC_RULE, NONE, NONE);
		if (gz != NONE)
			x->ent[kk].id = put_id(x, zp_gaz_entry(x->g, gz)->id,
			    strlen(zp_gaz_entry(x->g, gz)->id));
		else
			x->ent[kk].id = put_surface(x, k, j);
		id = x->ids.p + x->ent[kk].id;
		if (j - lastseg >= 2)
			register_alias(x, lastseg, j, id, ZP_ET_PER);
		i = j;
	}
}

/* Length of a surname at i (1 or 2), or 0. */
static size_t
surname_at(const struct zp_entities *x, size_t i)
{
	if (i + 1 < x->n && in_cs(cs_compound, x->c[i])) {
		for (size_t k = 0; k < NCOMPOUND; k++)
			if (i + compound_len[k] <= x->n &&
			    cps_eq(x->c + i, compound_cp[k], compound_len[k]))
				return 2;
	}
	return i < x->n && is_han(x->c[i]) && in_cs(cs_surname, x->c[i]) ? 1 :
	                                                                   0;
}

static bool
given_ok(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (i >= x->n || x->owner[i] >= 0 || !is_han(x->c[i]) ||
		    in_cs(cs_notgiven, x->c[i]))
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
static bool
name_end_ok(const struct zp_entities *x, size_t j, bool strong)
{
	uint32_t c;

	if (j >= x->n)
		return true;
	c = x->c[j];
	if (!is_han(c))
		return !is_alnum(c) || (!strong && date_after(x, j));
	if (wl_at(&x->say, x->c, x->n, j) > 0 ||
	    wl_at(&x->role, x->c, x->n, j) > 0)
		return true;
	if (strong)
		return in_set(NAME_END_STRONG, c);
	return in_set(NAME_END_WEAK, c);
}

static void
add_person(struct zp_entities *x, size_t a, size_t b)
{
	uint32_t gz = lookup(x, a, b);

	if (gz != NONE && zp_gaz_entry(x->g, gz)->type == ZP_ET_PER)
		add(x, a, b, ZP_ET_PER, SRC_GAZ, gz, NONE);
	else
		add(x, a, b, ZP_ET_PER, SRC_RULE, NONE, put_surface(x, a, b));
}

static size_t surname_title(const struct zp_entities *x, size_t i);

/* A Chinese name starting at a: returns its end, or a when none fits. */
static size_t
name_from(const struct zp_entities *x, size_t a)
{
	size_t sl = surname_at(x, a);

	if (sl == 0 || x->owner[a] >= 0 || surname_title(x, a + sl) > 0)
		return a;
	if (given_ok(x, a + sl, a + sl + 1) &&
	    name_end_ok(x, a + sl + 1, true) && sl + 1 >= 2 &&
	    !given_ok(x, a + sl + 1, a + sl + 2))
		return a + sl + 1;
	if (given_ok(x, a + sl, a + sl + 2) &&
	    name_end_ok(x, a + sl + 2, false))
		return a + sl + 2;
	if (given_ok(x, a + sl, a + sl + 1) && name_end_ok(x, a + sl + 1, true))
		return a + sl + 1;
	return a;
}

static bool notname_at(const struct zp_entities *x, size_t a, size_t b);

/* 和 and 中 are words of their own, and given-name characters too. */
static bool
given_or_he_zhong(const struct zp_entities *x, size_t i)
{
	return given_ok(x, i, i + 1) ||
	    (x->owner[i] < 0 && (x->c[i] == 0x548C || x->c[i] == 0x4E2D));
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
	while (t < n && t - a < 4 && in_cs(cs_translit, x->c[t]))
		t++;
	if (t - a == 4 || (t - a == 3 && in_cs(cs_translitend, x->c[a + 2])) ||
	    (in_cs(cs_translit, x->c[a]) && in_cs(cs_translit, x->c[a + 1]) &&
	        a + 3 < n && in_cs(cs_translit, x->c[a + 3])))
		return a;
	sum = sc[x->c[a]].sur + sc[x->c[a + 1]].given;
	if (sc[x->c[a + 1]].given < NAME_GIVEN_MIN ||
	    wl_at(&x->namenext, x->c, n, a) > 0)
		return a;
	/* 吴仪今天: a two-character name before a word. */
	if (wl_at(&x->namenext, x->c, n, a + 2) > 0)
		return sum >= NAME_SUM2 && given_ok(x, a + 1, a + 2) &&
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
 * the surname (陈先生 -> 陈), as for 张总 or 李老师 in the news.  Longer
 * words first.
 */
static const char *const surname_titles[] = {
	"总书记",
	"委员长",
	"副总理",
	"副主席",
	"董事长",
	"总经理",
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
	"外长",
	"部长",
	"市长",
	"省长",
	"县长",
	"书记",
	"局长",
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

/* The length of the title at i, when a title follows a surname there. */
static size_t
surname_title(const struct zp_entities *x, size_t i)
{
	if (i + 1 >= x->n || !in_cs(cs_titlefirst, x->c[i]) ||
	    !in_cs(cs_titlesecond, x->c[i + 1]))
		return 0;
	for (size_t k = 0; k < sizeof(surname_titles) / sizeof(*surname_titles);
	     k++)
		if (text_is(x, i, surname_titles[k])) {
			size_t l = strlen(surname_titles[k]) / 3;

			/* 主席团, 总理府: the title starts a longer word. */
			if (i + l < x->n && in_set(title_bad_next, x->c[i + l]))
				return 0;
			return l;
		}
	return 0;
}

/* Before a name: start, punctuation, a name, a stop character. */
static bool
name_start_ok(const struct zp_entities *x, size_t a)
{
	int32_t o;

	if (a == 0 || !is_han(x->c[a - 1]))
		return true;
	/* Not after a one-character country: 俄方提出, 美军. */
	if ((o = ends_at(x, a)) >= 0)
		return x->ent[o].type != ZP_ET_LOC ||
		    x->ent[o].e - x->ent[o].s > 1;
	return in_cs(cs_stop, x->c[a - 1]) ||
	    wl_before(&x->role, x->c, a) > 0 ||
	    wl_before(&x->stopw, x->c, a) > 0;
}

/*
 * False when none of the rules of pass_people can fire at i: no role word
 * starts there (all have two characters or more), no three characters of
 * transliteration, no surname with a given-name character and a role or a
 * verb one or two further on.
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
	    ((f0 & CL_SURNAME) && (f1 & CL_ROLE) && (f2 & CL_ROLE2));
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
	    in_cs(cs_translit, x->c[t]))
		t++;
	/* Two characters that repeat are a word: 默默. */
	if (t - a < 2 || t - a >= 7 || (t - a == 2 && x->c[a] == x->c[a + 1]) ||
	    (t < x->n && is_alnum(x->c[t]) && !date_after(x, t)) ||
	    lookup(x, a, t) != NONE)
		return a;
	return t;
}

/*
 * A transliterated name with nothing beside it but boundaries: three to
 * five characters of the set, the whole run (no character of the set right
 * after it), ending in one of translit_end[] and then at a weak name end or
 * a punctuation mark.
 */
static bool
translit_alone(const struct zp_entities *x, size_t a, size_t b)
{
	if (b - a < 3 || (b < x->n && in_cs(cs_translit, x->c[b])) ||
	    !in_cs(cs_translitend, x->c[b - 1]) ||
	    (b < x->n && is_alnum(x->c[b])))
		return false;
	return lookup(x, a, b) == NONE;
}

/* 和 or 与 before a surname is "and": 七段和张璇八段. */
static bool
and_then_name(const struct zp_entities *x, size_t i)
{
	return in_set(strong_stop, x->c[i]) && i + 1 < x->n &&
	    in_cs(cs_surname, x->c[i + 1]);
}

static void
pass_people(struct zp_entities *x)
{
	size_t n = x->n;

	mark(x, MARK_PEOPLE);
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
				add_person(x, i + l, e);
				i = e - 1;
			}
			continue;
		}
		/* A role, then a name: 董事长戴伟民. */
		if ((l = lead_at(x, i)) > 0) {
			bool weak = wl_at(&x->role, x->c, n, i) == 0;

			e = weak ? name_from(x, i + l) :
			           name_after_role(x, i + l);
			/*
			 * No name starts with 和 or 与 after a role (八段和张璇);
			 * after a leading role, a full name (not 学者和专家).
			 */
			if ((weak && e - (i + l) < 3) ||
			    (i + l < n && in_set(strong_stop, x->c[i + l])))
				e = i + l;
			if (e == i + l) {
				e = translit_after_role(x, i + l);
				if (weak &&
				    (e - (i + l) < 3 ||
				        in_set(strong_stop, x->c[i + l])))
					e = i + l;
			}
			if (e > i + l) {
				add_person(x, i + l, e);
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
		if (in_cs(cs_translit, x->c[i]) && name_start_ok(x, i)) {
			size_t t = i;

			size_t t0;

			while (t < n && t - i < 6 && x->owner[t] < 0 &&
			    in_cs(cs_translit, x->c[t]))
				t++;
			t0 = t;
			while (t - i >= 3 &&
			    !(wl_at(&x->say, x->c, n, t) > 0 ||
			        wl_at(&x->role, x->c, n, t) > 0))
				t--;
			if (t - i >= 3 && lookup(x, i, t) == NONE) {
				add_person(x, i, t);
				i = t - 1;
				continue;
			}
			if (translit_alone(x, i, t0)) {
				add_person(x, i, t0);
				i = t0 - 1;
				continue;
			}
		}
		/* A surname alone before a title: 陈先生, 江总书记, 王老师. */
		if (in_cs(cs_surname, x->c[i]) &&
		    !in_cs(cs_titlebadsur, x->c[i]) &&
		    (l = surname_title(x, i + 1)) > 0 && name_start_ok(x, i)) {
			add_person(x, i, i + 1);
			i += l;
			continue;
		}
		/* A name, then a role or a verb: 成乔升分析师, 王明表示. */
		if ((in_cs(cs_surname, x->c[i]) ||
		        in_cs(cs_compound, x->c[i])) &&
		    surname_at(x, i) > 0 && name_start_ok(x, i) &&
		    surname_title(x, i + surname_at(x, i)) == 0 &&
		    !and_then_name(x, i)) {
			size_t sl = surname_at(x, i);

			/* A title is no given name: 和夫人出席. */
			for (size_t gl = 2; gl >= 1; gl--) {
				e = i + sl + gl;
				if (e < n && given_ok(x, i + sl, e) &&
				    (wl_at(&x->role, x->c, n, e) > 0 ||
				        wl_at(&x->say, x->c, n, e) > 0)) {
					add_person(x, i, e);
					i = e - 1;
					break;
				}
			}
		}
	}
}

/* Two integers in [-999, 999] after the character, as in "李 12 -40". */
static bool
two_scores(const char *s, long *a, long *b)
{
	char *end;

	*a = strtol(s, &end, 10);
	if (end == s)
		return false;
	s = end;
	*b = strtol(s, &end, 10);
	return end != s && *a >= -999 && *a <= 999 && *b >= -999 && *b <= 999;
}

int
zp_ent_load_names(
    struct zp_entities *x, const char *path, char *err, size_t errsize)
{
	FILE *f = fopen(path, "r");
	char line[256];
	unsigned long lno = 0;

	if (f == NULL) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return -1;
	}
	free(x->nsc);
	zp_gaz_free(x->notname);
	x->notname = NULL;
	x->nsc = zp_xreallocarray(NULL, 0x10000, sizeof(*x->nsc));
	for (size_t i = 0; i < 0x10000; i++)
		x->nsc[i].given = x->nsc[i].sur = NAMESC_NONE;
	while (fgets(line, sizeof(line), f) != NULL) {
		size_t l;
		int32_t c;
		long g, sc;

		lno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (line[0] == '-') {
			l = strcspn(line + 1, "\r\n");
			line[1 + l] = '\0';
			if (x->notname == NULL)
				x->notname = zp_gaz_new();
			if (l > 0)
				zp_gaz_add(x->notname, line + 1, ZP_ET_BLOCK,
				    NULL, 0, NULL, NULL);
			continue;
		}
		c = zp_utf8_decode(line, strlen(line), &l);
		if (c < 0 || c >= 0x10000 || !two_scores(line + l, &g, &sc)) {
			snprintf(err, errsize,
			    "%s:%lu: expected a character "
			    "and two scores",
			    path, lno);
			fclose(f);
			free(x->nsc);
			x->nsc = NULL;
			zp_gaz_free(x->notname);
			x->notname = NULL;
			return -1;
		}
		x->nsc[c].given = (int16_t)g;
		x->nsc[c].sur = (int16_t)sc;
	}
	fclose(f);
	if (x->notname != NULL)
		zp_gaz_compile(x->notname);
	/* 和 于 向 are surnames too, but mostly words of their own. */
	memset(x->surbits, 0, sizeof(x->surbits));
	for (uint32_t c = 0; c < 0x10000; c++)
		if (in_cs(cs_surname, c) && !in_cs(cs_endweak, c) &&
		    x->nsc[c].sur >= NAME_SUR_MIN)
			x->surbits[c >> 6] |= (uint64_t)1 << (c & 63);
	for (uint32_t c = 0; c < 0x10000; c++)
		x->cls[c] = (uint16_t)((x->cls[c] & ~(CL_SUR | CL_GIVEN0)) |
		    (x->nsc[c].given >= NAME_GIVEN_MIN ? CL_GIVEN0 : 0) |
		    (bit(x->surbits, c) ? CL_SUR : 0));
	return 0;
}

/* A common word that looks like a name (荣誉, 王朝): data/names/given.txt. */
static bool
notname_at(const struct zp_entities *x, size_t a, size_t b)
{
	return x->notname != NULL &&
	    zp_gaz_lookup(
	        x->notname, x->s + x->boff[a], x->boff[b] - x->boff[a]) != NONE;
}

/*
 * Chinese names with nothing beside them but a boundary: a known surname
 * and one or two given-name characters, scored from the name statistics
 * (100 log-odds against other words, per character).  The start must be a
 * boundary (name_start_ok); after a three-character name a weak end, after
 * a two-character one a strong end, so that 王国, 高度 and 成本 inside
 * longer words do not fire.
 */

static void
pass_scored_names(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	const struct namesc *sc = x->nsc;
	size_t n = x->n;

	mark(x, MARK_SCORED);
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
		    !given_ok(x, i + 1, i + 2))
			continue;
		start = name_start_ok(x, i);
		/* A strong name needs a boundary on one side only. */
		if (three && given_ok(x, i + 2, i + 3) &&
		    ((start && name_end_ok(x, i + 3, false)) ||
		        (s0 + g1 + g2 >= NAME_FREE3 &&
		            (start || name_end_ok(x, i + 3, true) ||
		                s0 + g1 + g2 >= NAME_BARE3) &&
		            (i + 3 == n || !is_alnum(c[i + 3])))))
			len = 3;
		/*
		 * Two characters: a boundary on both sides, or on one when
		 * the score is high and no given-name character follows.
		 */
		if (len == 0 && s0 + g1 >= NAME_SUM2 &&
		    ((start && name_end_ok(x, i + 2, true)) ||
		        (s0 + g1 >= NAME_HALF2 &&
		            (start || name_end_ok(x, i + 2, true)) &&
		            !given_ok(x, i + 2, i + 3))))
			len = 2;
		if (len == 0 || lookup(x, i, i + len) != NONE ||
		    notname_at(x, i, i + len))
			continue;
		add_person(x, i, i + len);
		i += len - 1;
	}
}

/* Pass 5: products. */

static bool
is_noncode(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;
	size_t nd = 0, nl = 0, i, d;

	for (i = a; i < b; i++) {
		if (is_digit(c[i]))
			nd++;
		else if (is_alpha(c[i]))
			nl++;
	}
	if (nd == 0 || nl == 0 || b - a < 3 || b - a > 16)
		return true;
	for (size_t k = 0; k < x->noncode.n; k++) {
		size_t l = x->noncode.len[k];

		if (l == b - a &&
		    memcmp(c + a, x->noncode.w[k], l * sizeof(uint32_t)) == 0)
			return true;
	}
	/* HBM3E, DDR5, PCIe5, but not HBMX (a prefix then a digit). */
	for (size_t k = 0; k < x->noncodep.n; k++) {
		size_t l = x->noncodep.len[k];

		if (l < b - a &&
		    memcmp(c + a, x->noncodep.w[k], l * sizeof(uint32_t)) ==
		        0 &&
		    is_digit(c[a + l]))
			return true;
	}
	/* Periods: FY2024, 2023Q4, 24H1, 1H24. */
	if ((c[a] == 'F' && b - a > 2 && c[a + 1] == 'Y') ||
	    (is_digit(c[a]) && (c[b - 2] == 'Q' || c[b - 2] == 'H') &&
	        is_digit(c[b - 1]) && nl == 1) ||
	    (is_digit(c[a]) && (c[a + 1] == 'Q' || c[a + 1] == 'H') && nl == 1))
		return true;
	/* Digits with a unit: 5nm, 12GB, 2.5GHz, 100W, 10x. */
	for (d = a; d < b && (is_digit(c[d]) || c[d] == '.'); d++)
		;
	if (d > a && d < b) {
		for (size_t k = 0;
		     k < sizeof(unit_endings) / sizeof(*unit_endings); k++)
			if (strlen(unit_endings[k]) == b - d &&
			    text_is(x, d, unit_endings[k]))
				return true;
	}
	return false;
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

static void
add_product(struct zp_entities *x, size_t a, size_t b, const char *mk,
    size_t ca, size_t cb, const char *expanded)
{
	struct zp_buf id = ZP_BUF_INIT;
	int32_t k;

	if (mk != NULL && *mk != '\0') {
		zp_buf_puts(&id, mk);
		zp_buf_putc(&id, ' ');
	}
	if (expanded != NULL)
		zp_buf_puts(&id, expanded);
	else
		zp_buf_put(&id, x->s + x->boff[ca], x->boff[cb] - x->boff[ca]);
	k = add(x, a, b, ZP_ET_PRODUCT, SRC_RULE, NONE, NONE);
	x->ent[k].id = put_id(x, id.p, id.len);
	zp_buf_free(&id);
}

/* Model words after a code: Pro, Max, Pro Max. */
static size_t
model_tail(const struct zp_entities *x, size_t j)
{
	size_t l;

	while (j + 1 < x->n && x->c[j] == ' ' &&
	    (l = wl_at(&x->prodsfx, x->c, x->n, j + 1)) > 0 &&
	    (j + 1 + l >= x->n || !is_alnum(x->c[j + 1 + l])))
		j += 1 + l;
	return j;
}

static void
pass_products(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, i = 0;

	while ((i = next_fl(x, i, CL_ALNUM)) < n) {
		size_t j, a;
		int32_t o;

		if (!is_alnum(c[i]) ||
		    (i > 0 &&
		        (is_alnum(c[i - 1]) || c[i - 1] == '.' ||
		            c[i - 1] == '$' || c[i - 1] == '-'))) {
			i++;
			continue;
		}
		j = code_end(x, i);
		if (!span_free(x, i, j) ||
		    (j < n && (c[j] == '.' || c[j] == '%') && j + 1 < n &&
		        is_alnum(c[j + 1]))) {
			i = j;
			continue;
		}
		/* Brand + model: Galaxy S24, iPhone 15 Pro, 昇腾910B. */
		a = i;
		if (i > 1 && c[i - 1] == ' ')
			a = i - 1;
		o = ends_at(x, a);
		if (o >= 0 && x->ent[o].type == ZP_ET_PRODUCT &&
		    (has_digit(x, i, j))) {
			struct ent *e = &x->ent[o];
			size_t s = e->s, t = model_tail(x, j);
			const char *bid = ent_id(x, e);
			struct zp_buf id = ZP_BUF_INIT;
			int32_t k;

			zp_buf_puts(&id, bid);
			zp_buf_putc(&id, ' ');
			zp_buf_put(
			    &id, x->s + x->boff[i], x->boff[t] - x->boff[i]);
			ent_kill(x, o);
			k = add(x, s, t, ZP_ET_PRODUCT, SRC_RULE, NONE, NONE);
			x->ent[k].id = put_id(x, id.p, id.len);
			zp_buf_free(&id);
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
			    !is_noncode(x, parts[np - 1], pe[np - 1]) &&
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
				add_product(x, i, pe[np - 1], maker(x, i), i,
				    pe[np - 1], ex.p);
				zp_buf_free(&ex);
				i = pe[np - 1];
				continue;
			}
		}
		if (is_noncode(x, i, j)) {
			i = j;
			continue;
		}
		{
			size_t t = model_tail(x, j);

			add_product(x, i, t, maker(x, i), i, t, NULL);
			i = t;
		}
	}
}

/* Pass 6: enumerations. */

static bool
clause_break(uint32_t c)
{
	return c == 0xFF0C || c == ',' || c == 0x3002 || c == 0xFF1B ||
	    c == ';' || c == 0xFF1A || c == ':' || c == 0xFF01 || c == '!' ||
	    c == 0xFF1F || c == '?' || c == 0x201C || c == 0x201D ||
	    c == 0x300A || c == 0x300B || c == '\n' || c == 0x3010 ||
	    c == 0x3011 || c == '"';
}

/* Whether a suffix ends c[a..b) where it stands as one. */
static bool
ends_in_suffix(const struct zp_entities *x, size_t a, size_t b)
{
	size_t l;

	for (size_t i = a; i < b; i++)
		if (suffix_at(x, i, &l) != NULL && i + l == b &&
		    (l > 1 || short_suffix_ok(x, i)))
			return true;
	return false;
}

/* An item is ORG-like: an ORG covering its start or end, or a suffix. */
static bool
org_like(struct zp_entities *x, size_t a, size_t b)
{
	int32_t o;

	if (a >= b)
		return false;
	o = x->owner[a];
	if (o >= 0 && x->ent[o].type == ZP_ET_ORG && x->ent[o].s == a)
		return true;
	o = x->owner[b - 1];
	if (o >= 0 && x->ent[o].type == ZP_ET_ORG && x->ent[o].e == b)
		return true;
	return ends_in_suffix(x, a + 1, b);
}

static void
list_item(struct zp_entities *x, size_t a, size_t b)
{
	int32_t o;
	bool han = false;

	if (b <= a || b - a < 2 || b - a > 10)
		return;
	o = x->owner[a];
	if (o >= 0 && x->ent[o].s == a && x->ent[o].e == b)
		return;
	for (size_t i = a; i < b; i++) {
		if (is_han(x->c[i]))
			han = true;
		else if (!is_alnum(x->c[i]) && !is_open(x->c[i]) &&
		    !is_close(x->c[i]))
			return;
		/* Names that cross the item's edges stay. */
		o = x->owner[i];
		if (o >= 0 && (x->ent[o].s < a || x->ent[o].e > b))
			return;
		if (o >= 0 && x->ent[o].type == ZP_ET_PER)
			return;
	}
	if (!han)
		return;
	/*
	 * A name that starts the item grows by a short name (华虹无锡,
	 * 扬州正为) or into a body, not into a clause (党中央、国务院十分重视
	 * keeps 国务院).
	 */
	o = x->owner[a];
	if (o >= 0 && x->ent[o].s == a && b - x->ent[o].e > 2 &&
	    !ends_in_suffix(x, x->ent[o].e, b))
		return;
	/* A post is no organization: 沭阳县委书记, 宿迁市副市长. */
	for (size_t i = a + 1; i < b; i++)
		if (wl_at(&x->role, x->c, b, i) > 0 ||
		    (x->c[i] == 0x526F && wl_at(&x->role, x->c, b, i + 1) > 0))
			return;
	clear_span(x, a, b);
	add(x, a, b, ZP_ET_ORG, SRC_RULE, NONE, put_surface(x, a, b));
}

/* The item is a person, or could be one: a surname and one or two more. */
static int
person_like(struct zp_entities *x, size_t a, size_t b)
{
	int32_t o = x->owner[a];
	size_t sl;

	/* A known person starting the item (the last may run on). */
	if (o >= 0)
		return x->ent[o].type == ZP_ET_PER && x->ent[o].s == a &&
		        x->ent[o].e <= b ?
		    2 :
		    0;
	sl = surname_at(x, a);
	if (sl == 0 || b - a < sl + 1 || b - a > sl + 2)
		return 0;
	return given_ok(x, a + sl, b) ? 1 : 0;
}

/* The item is a transliterated name: 2 to 5 characters of the set. */
static bool
translit_item(const struct zp_entities *x, size_t a, size_t b)
{
	if (b - a < 2 || b - a > 5)
		return false;
	for (size_t i = a; i < b; i++)
		if (x->owner[i] >= 0 || !in_cs(cs_translit, x->c[i]))
			return false;
	return lookup(x, a, b) == NONE;
}

/*
 * The name an item of a list of people holds at its outer edge: the first
 * item may begin with words before the name (这七人是熊十力, 副主席安振东),
 * the last may run on into the clause (张宝文出席了).  Returns the name's
 * person_like grade, with *pa and *pb its span, or 0.
 */
static int
person_item(
    struct zp_entities *x, size_t *pa, size_t *pb, bool first, bool last)
{
	size_t a = *pa, b = *pb;
	int p = person_like(x, a, b);

	if (p != 0 || b - a <= 3)
		return p;
	for (size_t l = 3; l >= 2; l--) {
		if (first && x->owner[b - l] < 0 &&
		    (wl_before(&x->role, x->c, b - l) > 0 ||
		        in_cs(cs_stop, x->c[b - l - 1])) &&
		    (p = person_like(x, b - l, b)) == 1) {
			*pa = b - l;
			return p;
		}
		if (last && name_end_ok(x, a + l, false) &&
		    (p = person_like(x, a, a + l)) != 0) {
			*pb = a + l;
			return p;
		}
	}
	return 0;
}

/*
 * 王明、李华和张强: the people beside a known one are people too, and so
 * are transliterated names among them (鲁本斯、拉斐尔).  Three items or more
 * of the form of a Chinese name need no known one: such a run is a list of
 * people more often than of anything else.  Beside a known one, the outer
 * items may hold words before or after the name, and one item in four may
 * be of another form (老舍, a pen name) and is left alone.
 */
static void
person_list(struct zp_entities *x, size_t *ia, size_t *ib, size_t n)
{
	size_t known = 0, nper = 0, other = 0;
	int grade[66];

	for (size_t q = 0; q < n; q++)
		known += person_like(x, ia[q], ib[q]) == 2;
	for (size_t q = 0; q < n; q++) {
		int p = known > 0 ?
		    person_item(x, ia + q, ib + q, q == 0, q + 1 == n) :
		    person_like(x, ia[q], ib[q]);

		grade[q] = p != 0 ? p : translit_item(x, ia[q], ib[q]) ? 1 : 0;
		nper += p != 0;
		other += grade[q] == 0;
	}
	if (known == 0 && (n < 3 || nper < n))
		return;
	if (other * 4 > n && other > 1)
		return;
	for (size_t q = 0; q < n; q++)
		if (grade[q] == 1)
			add_person(x, ia[q], ib[q]);
}

static void
pass_lists(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n, cs = 0;

	while (cs < n) {
		size_t ce, seps[64], ns = 0, first;
		size_t ia[66], ib[66], ni = 0, g0 = 0;

		/*
		 * Only a clause with a 、 holds a list: from the next 、 back
		 * to the start of its clause.
		 */
		for (ce = cs; ce < n && c[ce] != 0x3001; ce++)
			;
		if (ce == n)
			break;
		while (ce > cs && !clause_break(c[ce - 1]))
			ce--;
		cs = ce;
		while (ce < n && !clause_break(c[ce])) {
			if (c[ce] == 0x3001 && ns < 64)
				seps[ns++] = ce;
			ce++;
		}
		if (ns == 0) {
			cs = ce + 1;
			continue;
		}
		/* The first item: back from the first 、 to a stop. */
		{
			int32_t o = ends_at(x, seps[0]);
			int32_t ab = -1;

			if (o >= 0 && x->ent[o].type != ZP_ET_LOC)
				first = x->ent[o].s;
			else
				first = left_edge(x, seps[0], 8, &ab, true);
			if (ab >= 0 && o < 0)
				first = x->ent[ab].s;
			if (first < cs)
				first = cs;
		}
		ia[ni] = first;
		ib[ni++] = seps[0];
		for (size_t k = 0; k < ns; k++) {
			ia[ni] = seps[k] + 1;
			ib[ni++] = k + 1 < ns ? seps[k + 1] : ce;
		}
		/*
		 * An item that runs on past a trailing word (等, 领投, a
		 * numeral) ends its group there; the words after it may say
		 * the group was of organizations (等券商, 等50余家合作商).
		 */
		for (size_t k = 0; k < ni; k++) {
			size_t e = ia[k], raw = ib[k], norg = 0;
			bool ctx = false;

			if (k > 0) {
				while (e < raw && e - ia[k] < 10) {
					int32_t o = x->owner[e];

					if (o >= 0 && x->ent[o].s == e &&
					    x->ent[o].e <= raw) {
						e = x->ent[o].e;
						continue;
					}
					/* 上海华力二期四个项目: 二期 ends it. */
					if (wl_at(&x->trail, c, n, e) > 0 ||
					    (k + 1 == ni && e > ia[k] + 1 &&
					        e + 1 < n &&
					        in_set(LIST_NUMERALS, c[e]) &&
					        in_set(LIST_CLASSIFIERS,
					            c[e + 1])) ||
					    !(is_han(c[e]) || is_alnum(c[e]) ||
					        is_open(c[e]) ||
					        is_close(c[e])))
						break;
					e++;
				}
			} else
				e = raw;
			if (e == raw && k + 1 < ni)
				continue; /* a whole item, not the last */
			ib[k] = e;
			if (e < raw) {
				size_t t = e, l;

				if ((l = wl_at(&x->trail, c, n, t)) > 0)
					t += l;
				for (size_t q = t; q < raw && q < t + 10; q++)
					if (wl_at(&x->orgctx, c, n, q) > 0) {
						ctx = true;
						break;
					}
			}
			/* The group: items g0..k. */
			for (size_t q = g0; q <= k; q++)
				if (ib[q] <= ia[q] || ib[q] - ia[q] > 10)
					goto skip;
			for (size_t q = g0; q <= k; q++)
				norg += org_like(x, ia[q], ib[q]);
			if (k - g0 >= 1 && (norg >= 2 || (norg >= 1 && ctx)))
				for (size_t q = g0; q <= k; q++)
					list_item(x, ia[q], ib[q]);
			else if (k - g0 >= 1)
				person_list(x, ia + g0, ib + g0, k - g0 + 1);
skip:
			g0 = k + 1;
		}
		cs = ce + 1;
	}
}

/*
 * A name right after the kind of body it is: 芯片企业复睿微, 初创公司星河、
 * Two to four characters, none of them common in other words, then a comma
 * or 被; the kind has a word before it (not 的公司, 这家公司).
 */
static const char *const kind_words[] = {
	"企业",
	"公司",
	"厂商",
	"初创公司",
	"初创企业",
	"芯片商",
	"供应商",
	"制造商",
	"运营商",
	"投资方",
	"投资机构",
	"子公司",
	"孙公司",
};

/* The word lists defined after zp_ent_new, as wlists (wl_at). */
static void
wl_init_late(struct zp_entities *x)
{
#define WL(f, a) wl_init(&x->f, a, sizeof(a) / sizeof(*(a)))
	WL(kind, kind_words);
	WL(abbctx, abbrev_ctx);
	WL(abbgov, abbrev_gov_words);
	WL(mission, mission_words);
	WL(inst, institution_words);
#undef WL
}
static void
pass_apposition(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	for (size_t i = next_fl(x, 0, CL_KIND); i + 2 < n;
	     i = next_fl(x, i + 1, CL_KIND)) {
		size_t kl = 0, a, b;

		if (!(x->fl[i] & CL_KIND))
			continue;
		kl = wl_at(&x->kind, c, n, i); /* the longest kind word */
		/* 芯片企业 yes; 的公司, 这家公司, 许多企业 no. */
		if (kl == 0 || i == 0 || !is_han(c[i - 1]) ||
		    in_cs(cs_stop, c[i - 1]) || in_set(appos_bad, c[i - 1]))
			continue;
		a = i + kl;
		for (b = a;
		     b < n && b - a < 5 && x->owner[b] < 0 && is_han(c[b]) &&
		     !in_set(appos_bad, c[b]) && !in_set(appos_end, c[b]);
		     b++)
			;
		if (b - a >= 2 && b - a <= 4 && b < n &&
		    in_set(appos_end, c[b]) && !all_generic(x, a, b) &&
		    wl_at(&x->say, c, n, a) == 0 &&
		    wl_at(&x->role, c, n, a) == 0 &&
		    wl_at(&x->stopw, c, n, a) == 0 && lookup(x, a, b) == NONE)
			add(x, a, b, ZP_ET_ORG, SRC_RULE, NONE,
			    put_surface(x, a, b));
		i = a - 1;
	}
}

/* Pass 7: aliases in parentheses. */

static void
pass_parens(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	for (size_t i = 1; i + 2 < n; i++) {
		int32_t o;
		size_t a, b;

		if (!is_open(c[i]) || (o = ends_at(x, i)) < 0)
			continue;
		a = i + 1;
		if (text_is(x, a, "简称") || text_is(x, a, "下称"))
			a += 2;
		else if (text_is(x, a, "以下简称"))
			a += 4;
		for (b = a; b < n && b < a + 40 && !is_close(c[b]); b++)
			if (!is_alpha(c[b]) && c[b] != ' ' && c[b] != '.' &&
			    c[b] != '&' && c[b] != '-' && c[b] != '\'')
				break;
		if (b >= n || !is_close(c[b]) || b == a || !is_alpha(c[a]))
			continue;
		if (x->owner[a] >= 0 && x->ent[x->owner[a]].s == a &&
		    x->ent[x->owner[a]].e == b &&
		    x->ent[x->owner[a]].type == x->ent[o].type) {
			struct ent *in = &x->ent[x->owner[a]];
			struct ent *e = &x->ent[o];

			/*
			 * 约翰·史密斯(John Smith): a person the lists do not
			 * know is named by the Latin form.
			 */
			if (e->type == ZP_ET_PER && e->src == SRC_RULE &&
			    in->src == SRC_RULE && e->e - e->s > 1) {
				const char *old = ent_id(x, e);
				const char *nid = ent_id(x, in);

				for (size_t d = 0; d < x->ndoc; d++)
					if (strcmp(x->doc[d].id, old) == 0)
						x->doc[d].id = doc_str(
						    x, nid, strlen(nid));
				e->id = in->id;
			}
			continue;
		}
		for (size_t q = a; q < b; q++) {
			int32_t p = x->owner[q];

			if (p >= 0 &&
			    (x->ent[p].src == SRC_GAZ && x->ent[p].s == a &&
			        x->ent[p].e == b))
				goto next;
		}
		{
			struct ent *e = &x->ent[o];
			uint8_t type = e->type;
			uint32_t gaz = e->gaz, id = e->id;

			clear_span(x, a, b);
			add(x, a, b, type,
			    gaz != NONE && id == NONE ? SRC_GAZ : SRC_RULE, gaz,
			    id);
		}
next:;
	}
}

/* Pass 8: the document. */

static void
register_name(struct zp_entities *x, const char *surface, size_t sl,
    const char *id, const char *ticker, const char *exchange,
    enum zp_etype type, bool alias)
{
	struct docname *d;
	size_t h = doc_slot(x, surface, sl);

	if (x->dhash[h] != 0) {
		x->doc[x->dhash[h] - 1].alias |= alias;
		return;
	}
	if (x->ndoc == MAX_DOC_NAMES)
		return;
	if (x->doc == NULL)
		x->doc = zp_xreallocarray(NULL, MAX_DOC_NAMES, sizeof(*x->doc));
	x->dhash[h] = (uint16_t)(x->ndoc + 1);
	d = &x->doc[x->ndoc++];
	d->surface = doc_str(x, surface, sl);
	d->len = sl;
	d->id = doc_str(x, id, strlen(id));
	d->ticker = ticker != NULL ? doc_str(x, ticker, strlen(ticker)) : NULL;
	d->exchange =
	    exchange != NULL ? doc_str(x, exchange, strlen(exchange)) : NULL;
	d->type = (uint8_t)type;
	d->alias = alias;
}

static void
register_alias(struct zp_entities *x, size_t a, size_t b, const char *id,
    enum zp_etype type)
{
	register_name(x, x->s + x->boff[a], x->boff[b] - x->boff[a], id, NULL,
	    NULL, type, true);
}

/* Names given earlier as aliases, found again: 格尔辛格 after 帕特·格尔辛格. */
static void
pass_doc_aliases(struct zp_entities *x)
{
	for (size_t d = 0; d < x->ndoc; d++) {
		const char *p = x->s, *end = x->s + x->boff[x->n], *hit;
		size_t sl;

		if (!x->doc[d].alias)
			continue;
		sl = x->doc[d].len;
		while (p < end &&
		    (hit = memmem(p, (size_t)(end - p), x->doc[d].surface,
		         sl)) != NULL) {
			size_t bo = (size_t)(hit - x->s), lo = 0, hi = x->n;
			size_t a, b;

			/* The code point at byte bo. */
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;

				if (x->boff[mid] < bo)
					lo = mid + 1;
				else
					hi = mid;
			}
			a = lo;
			p = hit + sl;
			if (a >= x->n || x->boff[a] != bo)
				continue;
			for (b = a; b < x->n && x->boff[b] < bo + sl; b++)
				;
			if (!span_free(x, a, b) ||
			    (a > 0 && is_han(x->c[a - 1]) &&
			        x->doc[d].type == ZP_ET_PER &&
			        !name_start_ok(x, a)))
				continue;
			add(x, a, b, x->doc[d].type, SRC_RULE, NONE,
			    put_id(x, x->doc[d].id, strlen(x->doc[d].id)));
		}
	}
}

/*
 * A name the rules found once is found again in the same text: 锡创投
 *孵化 ... 锡创投再次加码.
 */
static void
pass_self_aliases(struct zp_entities *x)
{
	size_t nent = x->nent, nc = 0;
	uint32_t cand[64];

	/* The distinct names, then one walk over the text. */
	for (size_t k = 0; k < nent && nc < 64; k++) {
		const struct ent *e = &x->ent[k];
		bool dup = false;

		if (e->dead || e->src != SRC_RULE || e->type != ZP_ET_ORG ||
		    e->e - e->s < 3 || e->id == NONE)
			continue;
		for (size_t q = 0; q < nc && !dup; q++) {
			const struct ent *o = &x->ent[cand[q]];

			dup = o->e - o->s == e->e - e->s &&
			    memcmp(x->c + o->s, x->c + e->s,
			        (e->e - e->s) * sizeof(uint32_t)) == 0;
		}
		if (!dup)
			cand[nc++] = (uint32_t)k;
	}
	if (nc == 0)
		return;
	/* Their first characters, cleared again at the end. */
	for (size_t q = 0; q < nc; q++) {
		uint32_t c0 = x->c[x->ent[cand[q]].s];

		if (c0 < 0x10000)
			x->selfbits[c0 >> 6] |= (uint64_t)1 << (c0 & 63);
	}
	for (size_t i = 0; i < x->n; i++) {
		if (x->owner[i] >= 0) {
			i = x->ent[x->owner[i]].e - 1;
			continue;
		}
		if (!bit(x->selfbits, x->c[i]))
			continue;
		for (size_t q = 0; q < nc; q++) {
			const struct ent *e = &x->ent[cand[q]];
			size_t cl = e->e - e->s;

			if (x->c[e->s] != x->c[i] || i + cl > x->n ||
			    memcmp(x->c + e->s, x->c + i,
			        cl * sizeof(uint32_t)) != 0 ||
			    !span_free(x, i, i + cl))
				continue;
			add(x, i, i + cl, ZP_ET_ORG, SRC_RULE, NONE, e->id);
			i += cl - 1;
			break;
		}
	}
	for (size_t q = 0; q < nc; q++) {
		uint32_t c0 = x->c[x->ent[cand[q]].s];

		if (c0 < 0x10000)
			x->selfbits[c0 >> 6] &= ~((uint64_t)1 << (c0 & 63));
	}
}

/* Legal forms at the end of a registered company name. */
static const char *const legal_forms[] = {
	"股份有限公司",
	"有限责任公司",
	"有限公司",
	"(有限合伙)",
	"（有限合伙）",
};

static bool
ends_with(const char *s, size_t n, const char *w, size_t *wl)
{
	*wl = strlen(w);
	return n >= *wl && memcmp(s + n - *wl, w, *wl) == 0;
}

/*
 * Coreference of ids: 商务部 after 美国商务部 is the same department; a
 * legal name (无锡邑文电子科技有限公司) links to the short name used in the
 * document (邑文科技).
 */
static void
pass_coref(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];
		const char *sf = x->s + x->boff[e->s];
		size_t sl = x->boff[e->e] - x->boff[e->s], wl;

		if (e->dead || e->type != ZP_ET_ORG)
			continue;
		/* A place + this name seen before: 美国商务部 ... 商务部. */
		for (size_t q = 0; q < k; q++) {
			const struct ent *o = &x->ent[q];
			size_t ol = x->boff[o->e] - x->boff[o->s];
			uint32_t pl;

			if (o->dead || o->type != ZP_ET_ORG || o->e > e->s ||
			    ol <= sl ||
			    memcmp(x->s + x->boff[o->e] - sl, sf, sl) != 0)
				continue;
			pl = zp_gaz_lookup(x->g, x->s + x->boff[o->s], ol - sl);
			if (pl != NONE &&
			    zp_gaz_entry(x->g, pl)->type == ZP_ET_LOC) {
				const char *oid = ent_id(x, o);

				e->id = put_id(x, oid, strlen(oid));
				e->gaz = o->gaz;
				goto legal;
			}
		}
		for (size_t d = 0; d < x->ndoc; d++) {
			const struct docname *dn = &x->doc[d];
			size_t dl = dn->len;
			uint32_t pl;

			if (dn->type != ZP_ET_ORG || dl <= sl ||
			    memcmp(dn->surface + dl - sl, sf, sl) != 0)
				continue;
			pl = zp_gaz_lookup(x->g, dn->surface, dl - sl);
			if (pl != NONE &&
			    zp_gaz_entry(x->g, pl)->type == ZP_ET_LOC) {
				e->id = put_id(x, dn->id, strlen(dn->id));
				break;
			}
		}
legal:
		/* A legal name and its short form. */
		if (e->src != SRC_RULE)
			continue;
		for (size_t f = 0;
		     f < sizeof(legal_forms) / sizeof(*legal_forms); f++) {
			size_t core_s, core_e, l;
			uint32_t sfx;

			if (!ends_with(sf, sl, legal_forms[f], &wl))
				continue;
			/* The core: after a place, before the suffixes. */
			core_s = e->s;
			{
				size_t lens[8];
				uint32_t ents[8];
				size_t np = zp_gaz_prefixes(x->g, x->c + e->s,
				    e->e - e->s, lens, ents, 8);

				while (np > 0) {
					np--;
					if (zp_gaz_entry(x->g, ents[np])
					        ->type == ZP_ET_LOC) {
						core_s = e->s + lens[np];
						break;
					}
				}
			}
			for (core_e = core_s + 1; core_e < e->e; core_e++)
				if (zp_gaz_longest(x->suf, x->c + core_e,
				        e->e - core_e, &sfx) > 0)
					break;
			l = x->boff[core_e] - x->boff[core_s];
			if (core_e - core_s < 2)
				break;
			for (size_t d = 0; d < x->ndoc; d++) {
				const struct docname *dn = &x->doc[d];

				if (dn->type == ZP_ET_ORG &&
				    dn->len < sl - wl &&
				    strncmp(dn->surface, x->s + x->boff[core_s],
				        l) == 0) {
					e->id =
					    put_id(x, dn->id, strlen(dn->id));
					break;
				}
			}
			for (size_t q = 0; q < x->nent; q++) {
				struct ent *o = &x->ent[q];
				size_t ol = x->boff[o->e] - x->boff[o->s];

				if (q == k || o->dead || o->type != ZP_ET_ORG ||
				    ol >= sl - wl || ol <= l ||
				    memcmp(x->s + x->boff[o->s],
				        x->s + x->boff[core_s], l) != 0)
					continue;
				e->id = put_id(
				    x, ent_id(x, o), strlen(ent_id(x, o)));
				break;
			}
			break;
		}
	}
}

/* TX_* flags of the ASCII characters. */
static const unsigned char ascii_seen[128] = {
	['('] = TX_OPEN,
	['0'] = TX_ALNUM,
	['1'] = TX_ALNUM,
	['2'] = TX_ALNUM,
	['3'] = TX_ALNUM,
	['4'] = TX_ALNUM,
	['5'] = TX_ALNUM,
	['6'] = TX_ALNUM,
	['7'] = TX_ALNUM,
	['8'] = TX_ALNUM,
	['9'] = TX_ALNUM,
/* A designator list, not an expression: no parentheses possible. */
/* NOLINTNEXTLINE(bugprone-macro-parentheses) */
#define L(c) [c] = TX_ALPHA | TX_ALNUM
	L('A'),
	L('B'),
	L('C'),
	L('D'),
	L('E'),
	L('F'),
	L('G'),
	L('H'),
	L('I'),
	L('J'),
	L('K'),
	L('L'),
	L('M'),
	L('N'),
	L('O'),
	L('P'),
	L('Q'),
	L('R'),
	L('S'),
	L('T'),
	L('U'),
	L('V'),
	L('W'),
	L('X'),
	L('Y'),
	L('Z'),
	L('a'),
	L('b'),
	L('c'),
	L('d'),
	L('e'),
	L('f'),
	L('g'),
	L('h'),
	L('i'),
	L('j'),
	L('k'),
	L('l'),
	L('m'),
	L('n'),
	L('o'),
	L('p'),
	L('q'),
	L('r'),
	L('s'),
	L('t'),
	L('u'),
	L('v'),
	L('w'),
	L('x'),
	L('y'),
	L('z'),
#undef L
};

/* TX_* flags of a character outside ASCII and the common Han block. */
static unsigned
rare_seen(uint32_t c)
{
	if (is_dot(c))
		return TX_DOT;
	if (is_open(c))
		return TX_OPEN;
	return c == 0x3001 ? TX_DUN : 0;
}

static int
cmp_ent(const void *pa, const void *pb)
{
	const struct zp_entity *a = pa, *b = pb;

	return a->start < b->start ? -1 : a->start > b->start;
}

size_t
zp_ent_extract(struct zp_entities *x, const char *s, size_t len,
    const struct zp_entity **out)
{
	size_t n = 0, i = 0, l, no = 0;
	unsigned seen = 0;

	if (len + 1 > x->cap) {
		x->cap = len + 1;
		x->c = zp_xreallocarray(x->c, x->cap, sizeof(*x->c));
		x->boff = zp_xreallocarray(x->boff, x->cap, sizeof(*x->boff));
		x->owner =
		    zp_xreallocarray(x->owner, x->cap, sizeof(*x->owner));
		x->fl =
		    zp_xreallocarray(x->fl, x->cap + FL_PAD, sizeof(*x->fl));
		x->cand = zp_xreallocarray(
		    x->cand, x->cap / 64 + 2, sizeof(*x->cand));
	}
	while (i < len) {
		unsigned char b0 = (unsigned char)s[i];
		int32_t cp;

		/* The input is valid UTF-8: ASCII and CJK take the short way. */
		if (b0 < 0x80) {
			cp = b0;
			l = 1;
			seen |= ascii_seen[b0];
		} else if ((b0 & 0xF0) == 0xE0 && i + 2 < len) {
			cp = (int32_t)(((uint32_t)(b0 & 0x0F) << 12) |
			    ((uint32_t)((unsigned char)s[i + 1] & 0x3F) << 6) |
			    ((unsigned char)s[i + 2] & 0x3F));
			l = 3;
			if (cp < 0x4E00 || cp > 0x9FFF)
				seen |= rare_seen((uint32_t)cp);
			else if (cp == 0x9A7B)
				seen |= TX_ZHU;
		} else {
			cp = zp_utf8_decode(s + i, len - i, &l);
			if (cp >= 0)
				seen |= rare_seen((uint32_t)cp);
		}
		x->boff[n] = i;
		x->c[n] = cp < 0 ? 0xFFFD : (uint32_t)cp;
		x->fl[n] = x->c[n] < 0x10000 ? x->cls[x->c[n]] : 0xFFFF;
		x->owner[n] = -1;
		n++;
		i += l;
	}
	x->boff[n] = len;
	for (size_t k = 0; k < FL_PAD; k++)
		x->fl[n + k] = 0xFFFF;
	x->n = n;
	x->seen = seen;
	x->s = s;
	x->nent = 0;
	zp_buf_clear(&x->ids);

	pass_gazetteer(x);
	if (seen & TX_ALPHA)
		pass_latin(x);
	if (seen & TX_DOT)
		pass_dot_names(x);
	pass_places(x);
	pass_named_abbrevs(x);
	pass_suffix(x);
	if (x->minor > 0)
		pass_place_bodies(x);
	pass_country_bodies(x);
	if (seen & TX_ZHU)
		pass_missions(x);
	pass_subunits(x);
	pass_doc_aliases(x);
	pass_people(x);
	if (x->nsc != NULL)
		pass_scored_names(x);
	if (seen & TX_DUN)
		pass_lists(x);
	pass_apposition(x);
	pass_self_aliases(x);
	if (seen & TX_OPEN)
		pass_parens(x);
	if (seen & TX_ALNUM)
		pass_products(x);
	pass_coref(x);

	if (x->nent > x->capout) {
		x->capout = x->nent;
		x->out = zp_xreallocarray(x->out, x->capout, sizeof(*x->out));
	}
	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];
		struct zp_entity *o;
		const struct zp_gaz_entry *ge = NULL;

		if (e->dead)
			continue;
		o = &x->out[no++];
		o->start = e->s;
		o->end = e->e;
		o->bstart = x->boff[e->s];
		o->bend = x->boff[e->e];
		o->type = (enum zp_etype)e->type;
		o->id = ent_id(x, e);
		if (e->gaz != NONE)
			ge = zp_gaz_entry(x->g, e->gaz);
		o->ticker = ge != NULL ? ge->ticker : NULL;
		o->exchange = ge != NULL ? ge->exchange : NULL;
		/* An id taken from an earlier name takes its ticker too. */
		if (ge == NULL || strcmp(ge->id, o->id) != 0) {
			uint32_t g2 = zp_gaz_lookup(x->g, o->id, strlen(o->id));

			o->ticker = o->exchange = NULL;
			if (g2 != NONE &&
			    zp_gaz_entry(x->g, g2)->type == o->type &&
			    strcmp(zp_gaz_entry(x->g, g2)->id, o->id) == 0) {
				o->ticker = zp_gaz_entry(x->g, g2)->ticker;
				o->exchange = zp_gaz_entry(x->g, g2)->exchange;
			}
		}
	}
	if (no > 1)
		qsort(x->out, no, sizeof(*x->out), cmp_ent);
	/* Remember the names for the rest of the document. */
	for (size_t k = 0; k < no; k++) {
		const struct zp_entity *o = &x->out[k];

		register_name(x, s + o->bstart, o->bend - o->bstart, o->id,
		    o->ticker, o->exchange, o->type,
		    o->type == ZP_ET_ORG && o->end - o->start >= 3 &&
		        o->ticker == NULL &&
		        zp_gaz_lookup(
		            x->g, s + o->bstart, o->bend - o->bstart) == NONE);
		if (o->type == ZP_ET_ORG) {
			zp_buf_clear(&x->lastorg_b);
			zp_buf_puts(&x->lastorg_b, o->id);
			x->lastorg = x->lastorg_b.p;
		}
	}
	*out = x->out;
	return no;
}

/* Appends an offset in decimal (printf is slow enough to show). */
static void
put_uint(struct zp_buf *b, size_t v)
{
	char tmp[24];
	size_t i = sizeof(tmp);

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	zp_buf_put(b, tmp + i, sizeof(tmp) - i);
}

void
zp_ent_json(
    struct zp_buf *b, const char *s, const struct zp_entity *e, size_t n)
{
	zp_buf_putc(b, '[');
	for (size_t k = 0; k < n; k++) {
		if (k > 0)
			zp_buf_putc(b, ',');
		zp_buf_puts(b, "{\"text\":");
		zp_buf_json_str(b, s + e[k].bstart, e[k].bend - e[k].bstart);
		zp_buf_puts(b, ",\"start\":");
		put_uint(b, e[k].start);
		zp_buf_puts(b, ",\"end\":");
		put_uint(b, e[k].end);
		zp_buf_puts(b, ",\"type\":\"");
		zp_buf_puts(b, zp_gaz_type_name(e[k].type));
		zp_buf_puts(b, "\",\"id\":");
		zp_buf_json_str(b, e[k].id, strlen(e[k].id));
		if (e[k].ticker != NULL) {
			zp_buf_puts(b, ",\"ticker\":");
			zp_buf_json_str(b, e[k].ticker, strlen(e[k].ticker));
		}
		if (e[k].exchange != NULL) {
			zp_buf_puts(b, ",\"exchange\":");
			zp_buf_json_str(
			    b, e[k].exchange, strlen(e[k].exchange));
		}
		zp_buf_putc(b, '}');
	}
	zp_buf_putc(b, ']');
}
