/*
 * ent_bounds -- where a name built by a rule begins: the stop characters
 * and words no name runs across, the generic words no name is made of, and
 * the left edge of a name ending at a suffix or in a list.
 */
#include "zhpipe/entities.h"
#include "ent_internal.h"

/* The hot sets of this family, resolved once by its init. */
const struct cset *ent_cs_stop;

/* Characters at which a name's left edge stops. */
static const char stop_chars[] =
    "的了在是和与及或由对向从将被为于等让给把这去往"
    "那该此其各每某本据即如若但而且并也都又还已曾就则所以之称到经较比后"
    "前内外时年月日号位名个座只款项次轮期种份元亿万千百十九八七六五四三二一零"
    "两〇几约超逾共旗系让请被向即占：:、，,。.；;！!？?"
    /* 丨 is a Han character, but stories use it as a bar: 7月1日丨X公布. */
    "丨";

/* Characters before a one-character name that still make a left edge. */
const char ent_strong_stop[] = "由被与和对向、及从给让";
/* The complements of verbs of motion and the aspects: 送进, 存入, 读过, 拿着. */
static const char complements[] = "进入过着到";

static const char *const stop_words[] = {
	/* The verbs of announcements: 质押股份 names no firm. */
	"质押",
	"解押",
	"中标",
	"披露",
	"挂牌",
	"转让",
	"出售",
	"认购",
	"注销",
	/* 2023年度 ends at 度: no name starts there (度最具价值银行). */
	"年度",
	"季度",
	"月度",
	/* A rate's name is no body's: 联邦基金利率期货. */
	"利率",
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
	"经销商",
	"分销商",
	"提供商",
	"服务商",
	"开发商",
	"零售商",
	"承包商",
	/* Who stands behind a holder: 一致行动人, 张某先生控股的. */
	"行动人",
	"先生",
	"女士",
	"投行",
	"券商",
	"背靠",
	"支持",
	/* Posts taken and matches played: 出任 + 某公司, 击败 + 某队. */
	"出任",
	"担任",
	"兼任",
	"现任",
	"历任",
	"曾任",
	"原任",
	"调任",
	"升任",
	"接任",
	"就任",
	"战胜",
	"击败",
	"迎战",
	"负于",
	"险胜",
	"逼平",
	"输给",
	"对阵",
	"率领",
	"带领",
	"援引",
	"视察",
	"看望",
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
	"召开",
	"举行",
	"举办",
	"提名",
	"授予",
	"颁发",
	"获颁",
	"荣获",
	"获评",
	"入选",
};

/* Words that make a name generic when they end it or make it up. */
static const char *const generic_words[] = {
	/* How a company stands to another: 全资子公司, 控股子公司. */
	"全资",
	/* What it does with its shares: 拟回购股份, 发行股份. */
	"拟",
	"回购",
	"购回",
	"发行",
	"控股",
	"参股",
	"附属",
	"间接",
	"下属",
	"挂牌",
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
	/* Sides and camps of a trade, its whole machines: 品牌方面, 整机厂. */
	"方面",
	"层面",
	"阵营",
	"整机",
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
	/* A team by its part in a match or a league: 参赛队, 替补队. */
	"参赛",
	"主力",
	"替补",
	"上场",
	"出场",
	"出线",
	"种子",
	"甲级",
	"乙级",
	"登顶",
	"会诊",
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

/* True when c[a..b) is made up of words of wl only. */
bool
ent_all_words(const struct zp_entities *x, const struct zp_wordlist *wl,
    size_t a, size_t b)
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
bool
ent_all_generic(const struct zp_entities *x, size_t a, size_t b)
{
	return ent_all_words(x, &x->generic, a, b);
}

/* Length of the longest generic word ending at b (within [a, b)). */
size_t
ent_generic_tail(const struct zp_entities *x, size_t a, size_t b)
{
	return zp_wl_before(&x->generic, x->c, a, b, NULL);
}

/*
 * Whether c[a..b) keeps a name of two characters or more once the generic
 * words that end it are gone: 复兴 of 复兴开发, 昌河飞机 of 昌河飞机制造.
 */
bool
ent_named_core(const struct zp_entities *x, size_t a, size_t b)
{
	size_t t;

	while (b > a && (t = ent_generic_tail(x, a, b)) > 0)
		b -= t;
	return b - a >= 2 && !ent_all_generic(x, a, b) &&
	    !in_cs(ent_cs_stop, x->c[b - 1]);
}

/*
 * Numerals that begin a firm's name (九洲药业, 三友化工, 四维科技): the
 * left edge stops at every numeral, so that 十家药业 and 3亿元投资 name
 * nothing.  One or two numerals count as the name's own when a clause
 * boundary is right before them (the text's start, punctuation, a
 * conjunction, a date's 4日) and a character of a name, not a measure or a size (三大, 八支, 十余),
 * follows them.  k is the left edge a rule found, i where the name ends
 * (its suffix or code).  Common words and plan names that begin with a numeral
 * (五金, 三资, 九五) stay out.
 */
static const char firm_numerals[] = "一二三四五六七八九十百千万";
static const char after_numeral_not_name[] =
    "大小多余强成倍级类届期支辆吨台座条批所间";
/* Conjunctions, which start a name as a comma does: 与七星公司. */
static const char numeral_after_and[] = "与和及同";
static const char *const numeral_words[] = {
	"五金",
	"三资",
	"三农",
	"三产",
	"百货",
	"万能",
	"一体",
	"一流",
	"八五",
	"九五",
	"十五",
	"十一五",
	"十二五",
	"十三五",
	"十四五",
};

/*
 * Punctuation or space: where a clause or an enumeration starts (wider
 * than the numbers' is_clause_mark: brackets, quotes and dashes too).
 */
static bool
punct_or_space(uint32_t c)
{
	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\n' ||
		    (c > ' ' && c != '.' && c != '/' && c != '%' &&
		        !is_alnum(c));
	return (c >= 0x2010 && c <= 0x2027) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFF01 && c <= 0xFF0D) || (c >= 0xFF1A && c <= 0xFF20) ||
	    c == 0xFF5E;
}

/*
 * Measures after a numeral, which make it a count (北京三家公司, 上海两个
 * 研究所), not a name's first character (成都 + 九兴印刷厂).
 */
static const char numeral_measures[] = "家个位名种项只件辆艘架户处";

/*
 * Whether a place of two characters or more ends at r: 成都市 + 九兴.  The
 * numerals begin the name when three characters or more follow them
 * before the suffix (九兴印刷 + 厂); before a trade alone they are a count
 * (北京 + 三 + 印染厂).
 */
static bool
place_before_numeral(const struct zp_entities *x, size_t r)
{
	int32_t o = ends_at(x, r);

	return o >= 0 && x->ent[o].type == ZP_ET_LOC &&
	    x->ent[o].e - x->ent[o].s >= 2;
}

size_t
ent_numeral_start(const struct zp_entities *x, size_t k, size_t i)
{
	size_t r = k;

	/* Most edges have no numeral before them: that first. */
	if (k == 0 || k >= i || x->owner[k - 1] >= 0 ||
	    !in_set(firm_numerals, x->c[k - 1]) ||
	    in_cs(ent_cs_stop, x->c[k]) ||
	    in_set(after_numeral_not_name, x->c[k]))
		return k;
	while (r > 0 && k - r < 2 && x->owner[r - 1] < 0 &&
	    in_set(firm_numerals, x->c[r - 1]))
		r--;
	if (r > 0 && !punct_or_space(x->c[r - 1]) &&
	    !in_set(numeral_after_and, x->c[r - 1]) &&
	    !(place_before_numeral(x, r) && i - k >= 3 &&
	        !in_set(numeral_measures, x->c[k])) &&
	    !(x->c[r - 1] == 0x65E5 /* 日 */ && r > 1 && is_digit(x->c[r - 2])))
		return k;
	for (size_t w = 0; w < NELEM(numeral_words); w++)
		if (text_is(x, r, numeral_words[w]))
			return k;
	return r;
}

/* Where a name ending at i starts, or i when nothing fits. */
size_t
ent_left_edge(
    struct zp_entities *x, size_t i, size_t max, int32_t *absorbed, bool item)
{
	size_t k = i, nname = 0, verb = SIZE_MAX;
	int v;

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
		    ((!item || nname > 0) && in_cs(ent_cs_stop, x->c[k - 1])) ||
		    wl_before(&x->stopw, x->c, k) > 0 || nname == max)
			break;
		/*
		 * A verb's complement ends no name (住进 + 医院, 读过 + 中学),
		 * unless it ends a word the verbs below weigh (激进 + 党).
		 */
		v = k >= 2 ? ent_verb_at(x, x->c + k - 2) : -1;
		if (nname == 0 && in_set(complements, x->c[k - 1]) && v < 0)
			break;
		if (v == FUNC_EDGE)
			break;
		if (v == VERB_EDGE) {
			/*
			 * A verb right before the suffix may be the body's
			 * trade (九星 + 印刷厂, 财政厅 + 预算处) when a place or
			 * a body comes before it; a verb further left ends the
			 * name (走访 + 恒远集团).
			 */
			if (nname > 0 || max < 3)
				break;
			verb = k - 2;
			k -= 2;
			nname += 2;
			continue;
		}
		k--;
		nname++;
	}
	/*
	 * A verb and no place or body: 影响 + 银行, 人人知道 + 科技.  Numerals
	 * after a place count as a name (扬州市 + 九星 + 印刷厂).
	 */
	if (verb != SIZE_MAX && *absorbed < 0) {
		size_t r = ent_numeral_start(x, k, i);
		int32_t o = r < k ? ends_at(x, r) : -1;

		if (o < 0 || x->ent[o].type != ZP_ET_LOC)
			return i;
	}
	return k;
}

void
ent_bounds_init(struct zp_entities *x)
{
	static const char *const sets[] = { stop_chars, ent_strong_stop,
		numeral_measures, complements };

	/* Built now, so that matching (in_set) only reads them. */
	for (size_t i = 0; i < NELEM(sets); i++)
		ent_cset_get(sets[i]);
	ent_cs_stop = ent_cset_get(stop_chars);
	zp_wl_add_all(&x->stopw, stop_words, NELEM(stop_words));
	zp_wl_add_all(&x->generic, generic_words, NELEM(generic_words));
}

void
ent_bounds_free(struct zp_entities *x)
{
	zp_wl_free(&x->stopw);
	zp_wl_free(&x->generic);
}
