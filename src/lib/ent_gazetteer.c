/*
 * ent_gazetteer -- the first pass: names of the gazetteers, leftmost-
 * longest, with the guard words (longer words that contain a name but are
 * not it) and the boundaries a Latin name needs.
 */
#include "zhpipe/entities.h"
#include "ent_internal.h"

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
 * The words after a company's name that name the company itself: its
 * group and its legal forms (京东集团, 小米集团有限公司).
 */
static const char *const own_forms[] = {
	"集团",
	"公司",
	"集团公司",
	"股份公司",
	"有限公司",
	"股份有限公司",
	"有限责任公司",
	"集团有限公司",
	"集团股份有限公司",
	"集团有限责任公司",
	"控股集团",
	"控股有限公司",
	"控股集团有限公司",
};

/*
 * The company a derived list's name of a + best characters belongs to: a
 * derived list holds 大众汽车集团 as a name of its own, but it is a
 * company the main lists know (大众汽车, Volkswagen) and one of its own
 * forms, so the name takes that company's entry (its id, its listing)
 * and the units after it know their parent.  bent otherwise.
 */
static uint32_t
own_company(const struct zp_entities *x, size_t a, size_t best,
    const size_t *lens, const uint32_t *ents, size_t k, uint32_t bent)
{
	if (bent >= x->minor || zp_gaz_type(x->g, bent) != ZP_ET_ORG)
		return bent;
	while (k > 0) {
		k--;
		if (ents[k] >= x->minor && lens[k] >= 2 && lens[k] < best &&
		    zp_gaz_type(x->g, ents[k]) == ZP_ET_ORG &&
		    wl_at(&x->ownforms, x->c, a + best, a + lens[k]) ==
		        best - lens[k])
			return ents[k];
	}
	return bent;
}

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
 * Whether a listed name of two characters at i begins a longer Chinese
 * name: 贾西 (Andy Jassy) in 贾西明报道, 马云 in 马云飞说.
 */
static bool
in_longer_name(const struct zp_entities *x, size_t i)
{
	uint32_t g = i + 2 < x->n ? x->c[i + 2] : 0;

	return x->nsc != NULL && in_cs(ent_cs_surname, x->c[i]) && is_han(g) &&
	    g < 0x10000 && x->nsc[g].given >= NAME_GIVEN2_MIN &&
	    !in_cs(ent_cs_notgiven, g) && ent_name_end_ok(x, i + 3, false);
}

/*
 * Whether a listed organization or place of two characters at i is the
 * given name of a person whose surname is just before it: 海军 (the navy)
 * in 李海军表示, as names are often common nouns.  Not after a country's
 * one-character name (美海军, 韩海军), a preposition that is a surname too
 * (向, 于, 和: 向小米表示) nor inside a word (俄罗斯海军).
 */
static bool
given_after_surname(const struct zp_entities *x, size_t i, size_t len)
{
	uint32_t s = i > 0 ? x->c[i - 1] : 0, g1 = x->c[i], g2;

	if (len != 2 || x->nsc == NULL || i == 0 || x->owner[i - 1] >= 0 ||
	    s >= 0x10000 || !in_cs(ent_cs_surname, s) ||
	    in_cs(ent_cs_abbrev, s) || in_cs(ent_cs_stop, s) ||
	    x->nsc[s].sur < NAME_SUR_MIN)
		return false;
	g2 = x->c[i + 1];
	if (g1 >= 0x10000 || g2 >= 0x10000 ||
	    x->nsc[g1].given < NAME_GIVEN_MIN ||
	    x->nsc[g2].given < NAME_GIVEN2_MIN || !ent_given_ok(x, i, i + 2))
		return false;
	return ent_name_start_ok(x, i - 1) && ent_name_end_ok(x, i + 2, true);
}

/*
 * Whether a listed name of two characters at i is read as two words of
 * the text instead, each with a character of it: 集中 + 行动 over 中行,
 * 人格 + 力量 over 格力.  One such word is not enough (国会 in 美国会议
 * is the 会议's; 北大 in 河北大学 a longer name's).
 */
static bool
between_words(const struct zp_entities *x, size_t i, size_t len)
{
	const uint32_t *c = x->c;

	return len == 2 && i > 0 && i + 2 < x->n && is_han(c[i - 1]) &&
	    is_han(c[i + 2]) && ent_common_pair(x, c + i - 1) &&
	    ent_common_pair(x, c + i + 1);
}

/*
 * How many positions ahead of the one looked up the candidates' pair
 * slots and edge slots are loaded (zp_gaz_quick_prefetch): the tables are
 * larger than the caches, and most lookups waited on memory.  A second
 * hint, 16 positions ahead, for the node after the pair, did not pay
 * (tried twice: the slots it reads had not come yet), nor do hints for
 * the guard words, whose tables stay in the caches: they cost 1.8M of
 * docs3's 439M instructions.
 */
#define GAZ_AHEAD 48

/*
 * Clears in cand[] the positions where neither a name nor a guard word can
 * start by the first three characters (zp_gaz_tri_bit): two thirds of
 * those the marks let through, most of them on a pair that begins names
 * (经济, 国家) or on a false "maybe" of the pair filter.  In a walk of its
 * own before the pass, so that the pass loads the pair slots of the others
 * only.  c[i + 1] and c[i + 2] are read past n too, in ent_decode's pad,
 * for a "maybe" at worst; a one-character name (CL_GAZ1, which every code
 * point outside the BMP has) passes without the filter.
 */
static void
drop_cands(struct zp_entities *x)
{
	const uint32_t *c = x->c;
	const uint16_t *fl = x->fl;
	/* Copies, kept in registers. */
	const struct zp_gaz_quick gq = x->gq, bq = x->bq;
	size_t n = x->n;

	for (size_t w = 0; w <= n / 64; w++) {
		uint64_t m = x->cand[w], keep = m;

		for (; m != 0; m &= m - 1) {
			size_t i = 64 * w + (size_t)__builtin_ctzll(m);
			uint32_t he, h3;

			if (i >= n || (fl[i] & CL_GAZ1))
				continue;
			he = zp_gaz_tri_hash(c[i], c[i + 1], ZP_GAZ_TRI_END);
			h3 = zp_gaz_tri_hash(c[i], c[i + 1], c[i + 2]);
			/* No branch: it would fail a third of the time. */
			keep &= ~((~(zp_gaz_tri_bit(&gq, he) |
			               zp_gaz_tri_bit(&gq, h3) |
			               zp_gaz_tri_bit(&bq, he) |
			               zp_gaz_tri_bit(&bq, h3)) &
			              1)
			    << (i & 63));
		}
		x->cand[w] = keep;
	}
}

void
ent_pass_gazetteer(struct zp_entities *x)
{
	size_t lens[32];
	uint32_t ents[32], be;
	size_t i = 0, n = x->n, pf = 0; /* pf: the next candidate to load */

	ent_mark(x, MARK_GAZ);
	if (!x->noskip)
		drop_cands(x);
	while ((i = next_cand(x, i)) < n) {
		size_t k = 0, bl = 0, best = 0;
		uint32_t bent = NONE;

		if (pf < i)
			pf = i;
		for (; (pf = next_cand(x, pf)) < n && pf <= i + GAZ_AHEAD;
		     pf++) {
			zp_gaz_quick_prefetch(&x->gq, x->c + pf, n - pf);
		}
		if (!(x->fl[i] & CL_GAZ)) {
			i++;
			continue;
		}
		/*
		 * Where no one-character name starts (CL_GAZ1), the marks
		 * and drop_cands have made zp_gaz_prefixes' quick tests,
		 * whose bitmaps missed the cache: zp_gaz_prefixes_long goes
		 * to the pair slot at once.  The guard words are few, and
		 * walked only where their quick test holds.
		 */
		k = x->fl[i] & CL_GAZ1 ?
		    zp_gaz_prefixes(x->g, x->c + i, n - i, lens, ents, 32) :
		    zp_gaz_prefixes_long(x->g, x->c + i, n - i, lens, ents, 32);
		while (k > 0) {
			k--;
			if (latin_ok(x, i, i + lens[k]) &&
			    (x->trad || !zp_gaz_has_trad_only(x->g, ents[k]) ||
			        !zp_gaz_trad_only(x->g, x->c + i, lens[k]))) {
				best = lens[k];
				bent = ents[k];
				break;
			}
		}
		if (zp_gaz_quick(&x->bq, x->c + i, n - i))
			bl = zp_gaz_longest(x->blk, x->c + i, n - i, &be);
		if (bl > best) {
			i += bl;
			continue;
		}
		if (best == 0) {
			i++;
			continue;
		}
		if ((zp_gaz_type(x->g, bent) == ZP_ET_PER ?
		            best == 2 && in_longer_name(x, i) :
		            given_after_surname(x, i, best) ||
		                between_words(x, i, best))) {
			i++;
			continue;
		}
		bent = own_company(x, i, best, lens, ents, k, bent);
		ent_add(x, i, i + best, zp_gaz_type(x->g, bent), SRC_GAZ, bent,
		    NONE);
		i += best;
	}
}

void
ent_gazetteer_init(struct zp_entities *x)
{
	x->blk = zp_gaz_new();
	for (size_t i = 0; i < NELEM(guard_words); i++)
		zp_gaz_add(
		    x->blk, guard_words[i], ZP_ET_BLOCK, NULL, 0, NULL, NULL);
	zp_gaz_compile(x->blk);
	zp_wl_add_all(&x->ownforms, own_forms, NELEM(own_forms));
}

void
ent_gazetteer_free(struct zp_entities *x)
{
	zp_gaz_free(x->blk);
	zp_wl_free(&x->ownforms);
}
