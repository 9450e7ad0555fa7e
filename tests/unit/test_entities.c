/*
 * test_entities -- matching and guards, each rule family with positive and
 * negative cases, Traditional aliases, coreference, offsets.  The texts are
 * written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "zhpipe/entities.h"
#include "zhpipe/gazetteer.h"

#include "shipped_gaz.h"

static struct zp_gazetteer *gaz; /* a small list written here */

static const char small_csv[] =
    "canonical,type,aliases,ticker,exchange\n"
    "NVIDIA,ORG,英伟达|輝達|Nvidia,NVDA,NASDAQ\n"
    "Intel,ORG,英特尔|Intel Corp.,INTC,NASDAQ\n"
    "AMD,ORG,超威半导体,AMD,NASDAQ\n"
    "Samsung Electronics,ORG,三星电子|三星,005930,KRX\n"
    "CITIC Group,ORG,中信\n"
    "中信建投,ORG,中信建投证券,601066,SSE\n"
    "Meta,ORG,脸书,META,NASDAQ\n"
    "Loongson,ORG,龙芯|龙芯中科,688047,SSE\n"
    "Bloomberg,ORG,彭博社|彭博\n"
    "U.S. Department of Commerce,ORG,美国商务部\n"
    "MOFCOM,ORG,商务部\n"
    "United States,LOC,美国\n"
    "Wuxi,LOC,无锡|无锡市\n"
    "Elon Musk,PER,埃隆·马斯克|马斯克\n"
    "Samsung Galaxy,PRODUCT,Galaxy\n"
    "NVIDIA H100,PRODUCT,H100\n";

static int
setup(void **state)
{
	char err[256];

	(void)state;
	gaz = zp_gaz_new();
	if (zp_gaz_load_mem(gaz, "small.csv", small_csv, strlen(small_csv), err,
	        sizeof(err)) != 0)
		return -1;
	zp_gaz_compile(gaz);
	if (shipped_load() != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	zp_gaz_free(gaz);
	shipped_free();
	return 0;
}

/*
 * Runs the extractor over each text in turn (one document) and writes
 * the entities of the last to out as "text/TYPE/id" joined by spaces.
 */
static void
run_skips(struct zp_gazetteer *g, const char *const *texts, size_t n,
    bool skips, char *out, size_t size)
{
	struct zp_entities *x = zp_ent_new(g);
	const struct zp_entity *e = NULL;
	size_t ne = 0, o = 0;

	zp_ent_set_skips(x, skips);
	for (size_t i = 0; i < n; i++)
		ne = zp_ent_extract(x, texts[i], strlen(texts[i]), &e);
	out[0] = '\0';
	for (size_t k = 0; k < ne; k++)
		o += (size_t)snprintf(out + o, size - o, "%s%.*s/%s/%s",
		    k ? " " : "", (int)(e[k].bend - e[k].bstart),
		    texts[n - 1] + e[k].bstart, zp_gaz_type_name(e[k].type),
		    e[k].id);
	zp_ent_free(x);
}

/*
 * The same with the passes' skips on (what the tool does) and off; both
 * must agree, so that a rule whose start a pass skips fails here (its
 * start belongs in mark() or in the CL_* test of the pass).
 */
static char *
run(struct zp_gazetteer *g, const char *const *texts, size_t n)
{
	static char out[4096], all[4096];

	run_skips(g, texts, n, true, out, sizeof(out));
	run_skips(g, texts, n, false, all, sizeof(all));
	assert_string_equal(out, all);
	return out;
}

static char *
one(struct zp_gazetteer *g, const char *text)
{
	return run(g, &text, 1);
}

static void
test_longest_and_guards(void **state)
{
	(void)state;
	/* 中信 inside 中信建投 is not CITIC. */
	assert_string_equal(
	    one(gaz, "中信建投发布研报"), "中信建投/ORG/中信建投");
	assert_string_equal(one(gaz, "中信旗下"), "中信/ORG/CITIC Group");
	/* 三星 inside 三星堆 is not Samsung; 三星电子 is one name. */
	assert_string_equal(one(gaz, "三星堆遗址出土青铜器"), "");
	assert_string_equal(one(gaz, "三星电子发布财报，三星股价上涨"),
	    "三星电子/ORG/Samsung Electronics 三星/ORG/Samsung Electronics");
	/* Latin names need word edges. */
	assert_string_equal(one(gaz, "Metaverse概念股"), "");
	assert_string_equal(one(gaz, "Meta发布新模型"), "Meta/ORG/Meta");
	assert_string_equal(one(gaz, "NvidiaX"), "");
	/* Stock indices are not organizations. */
	assert_string_equal(one(shipped, "标普500指数下跌"), "");
	/* 美国政府 is the place only. */
	assert_string_equal(
	    one(gaz, "美国政府宣布拨款"), "美国/LOC/United States");
}

static void
test_traditional(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "輝達與臺積電合作"),
	    "輝達/ORG/NVIDIA 臺積電/ORG/TSMC");
	assert_string_equal(one(shipped, "三星電子和SK海力士"),
	    "三星電子/ORG/Samsung Electronics SK海力士/ORG/SK hynix");
}

static void
test_org_suffix(void **state)
{
	(void)state;
	/* The left edge stops at verbs and known names. */
	assert_string_equal(one(gaz, "据彭博社报道"), "彭博社/ORG/Bloomberg");
	assert_string_equal(one(gaz, "该产品由星河微电子科技有限公司生产"),
	    "星河微电子科技有限公司/ORG/星河微电子科技有限公司");
	assert_string_equal(
	    one(gaz, "去年投资青禾科技的机构"), "青禾科技/ORG/青禾科技");
	assert_string_equal(one(gaz, "无锡远航控股集团宣布"),
	    "无锡远航控股集团/ORG/无锡远航控股集团");
	/* Generic names are not organizations. */
	assert_string_equal(one(gaz, "这家半导体设备公司表示"), "");
	assert_string_equal(one(gaz, "全球最大的科技公司"), "");
	assert_string_equal(one(gaz, "投资者看好人工智能公司"), "");
	assert_string_equal(one(gaz, "公司总部位于深圳"), "");
	/* The same company with a legal suffix; a new one with 资本. */
	assert_string_equal(one(gaz, "英特尔公司宣布"), "英特尔公司/ORG/Intel");
	assert_string_equal(
	    one(gaz, "中信建投资本参与"), "中信建投资本/ORG/中信建投资本");
	/* A noun of a whole trade alone names no firm after a word... */
	assert_string_equal(one(gaz, "必须依靠企业推动改革"), "");
	assert_string_equal(one(gaz, "家庭财产保险增长很快"), "");
	assert_string_equal(one(gaz, "大力扶持民族工业"), "");
	/* ...and a trade that is a common noun too only after a 字号. */
	assert_string_equal(one(gaz, "各县必须依靠现代科技致富"), "");
	assert_string_equal(one(gaz, "这里需要大量增加投资建厂"), "");
	/* Nor after a word of two characters that governs it. */
	assert_string_equal(one(gaz, "依靠科技致富。"), "");
	assert_string_equal(one(gaz, "去年直接投资增长很快。"), "");
	assert_string_equal(one(gaz, "鼓励民间资本进入。"), "");
	assert_string_equal(
	    one(gaz, "邑文科技完成融资。"), "邑文科技/ORG/邑文科技");
	assert_string_equal(one(gaz, "厂里正在组织职工学习文件材料。"), "");
	assert_string_equal(
	    one(gaz, "去年，岚石材料完成融资"), "岚石材料/ORG/岚石材料");
	assert_string_equal(
	    one(gaz, "本轮融资由禾川资本牵头。"), "禾川资本/ORG/禾川资本");
	assert_string_equal(one(gaz, "公告称，青岚汇通基金拟减持股份"),
	    "青岚汇通基金/ORG/青岚汇通基金");
	/* An institution keeps its scope as it keeps its level. */
	assert_string_equal(
	    one(gaz, "国际园艺协会发布报告"), "国际园艺协会/ORG/国际园艺协会");
	assert_string_equal(one(gaz, "全球最大的科技公司"), "");
	/* Councils and police stations by their name. */
	assert_string_equal(one(gaz, "由东湖行动理事会主办"),
	    "东湖行动理事会/ORG/东湖行动理事会");
	assert_string_equal(
	    one(gaz, "他到柳营派出所报案"), "柳营派出所/ORG/柳营派出所");
	assert_string_equal(one(gaz, "下周召开理事会"), "");
	/* A school or 学会 as the object of a verb; parts of a body. */
	assert_string_equal(one(gaz, "她的儿子今年考上大学了。"), "");
	assert_string_equal(one(gaz, "孩子们刚刚读小学。"), "");
	assert_string_equal(one(gaz, "消费者要学会保护自己。"), "");
	assert_string_equal(one(gaz, "他因腿部受伤退出比赛。"), "");
	assert_string_equal(
	    one(gaz, "他毕业于青山大学。"), "青山大学/ORG/青山大学");
	assert_string_equal(
	    one(gaz, "据东湖园艺学会介绍"), "东湖园艺学会/ORG/东湖园艺学会");
	/* ...but does with a legal form. */
	assert_string_equal(one(gaz, "远山企业有限公司成立"),
	    "远山企业有限公司/ORG/远山企业有限公司");
}

/* A firm's name that begins with a numeral, and the numerals that do not. */
static void
test_org_numeral_start(void **state)
{
	(void)state;
	assert_string_equal(one(gaz, "九川药业发布公告称，拟回购股份。"),
	    "九川药业/ORG/九川药业");
	assert_string_equal(one(gaz, "公告显示，三禾集团与七星公司签约。"),
	    "三禾集团/ORG/三禾集团 七星公司/ORG/七星公司");
	assert_string_equal(
	    one(gaz, "2020年5月8日四海科技披露"), "四海科技/ORG/四海科技");
	/* Counts, sizes and measures before a suffix name nothing. */
	assert_string_equal(one(gaz, "十家药业均亏损"), "");
	assert_string_equal(one(gaz, "公告显示，三大药业均亏损。"), "");
	assert_string_equal(one(gaz, "共有2万辆汽车"), "");
	assert_string_equal(one(gaz, "八支球队参赛，五金企业停产"), "");
	/* After a verb, numerals are a count: 并购三家公司, 收购三禾公司. */
	assert_string_equal(one(gaz, "公司今年并购三家公司"), "");
	assert_string_equal(one(gaz, "公司拟收购三禾公司"), "");
	/* Actions on shares and a firm's relation to another name no firm. */
	assert_string_equal(one(gaz, "公司拟回购股份并发行股份"), "");
	/* Hong Kong writes 购回 for 回购: no 证券 firm. */
	assert_string_equal(one(gaz, "本年度累计购回证券数目为373.7万股"), "");
	assert_string_equal(one(gaz, "挂牌公司的全资子公司"), "");
	/* A role noun before the name is no part of it. */
	assert_string_equal(
	    one(gaz, "最大的汽车经销商庞川集团宣布"), "庞川集团/ORG/庞川集团");
	assert_string_equal(one(gaz, "控股股东之一致行动人杰川控股有限公司"),
	    "杰川控股有限公司/ORG/杰川控股有限公司");
	assert_string_equal(one(gaz, "九五科技攻关计划完成"), "");
}

static void
test_latin(void **state)
{
	(void)state;
	assert_string_equal(one(gaz, "Harbor Peak Securities分析师认为"),
	    "Harbor Peak Securities/ORG/Harbor Peak Securities");
	assert_string_equal(one(gaz, "Blue Ridge Capital Co.表示"),
	    "Blue Ridge Capital Co./ORG/Blue Ridge Capital");
	assert_string_equal(one(gaz, "英特尔(Intel Corp.)宣布"),
	    "英特尔/ORG/Intel Intel Corp./ORG/Intel");
	/* Not a business name: every word is a common one. */
	assert_string_equal(one(gaz, "System Memory业务增长"), "");
}

static void
test_people(void **state)
{
	(void)state;
	/* Roles before and after. */
	assert_string_equal(one(gaz, "董事长王建国表示"), "王建国/PER/王建国");
	assert_string_equal(one(gaz, "中信建投李明分析师团队"),
	    "中信建投/ORG/中信建投 李明/PER/李明");
	assert_string_equal(one(gaz, "分析师认为需求回暖"), "");
	assert_string_equal(one(gaz, "公司方面表示"), "");
	/* Transliterated, then its last part. */
	{
		const char *t[] = { "首席执行官约翰·史密斯称,", "史密斯还说" };

		assert_string_equal(
		    run(gaz, t, 1), "约翰·史密斯/PER/约翰·史密斯");
		assert_string_equal(run(gaz, t, 2), "史密斯/PER/约翰·史密斯");
	}
	assert_string_equal(
	    one(gaz, "CEO埃隆·马斯克表示"), "埃隆·马斯克/PER/Elon Musk");
	/* Latin names beside a role or a verb, or in parentheses. */
	assert_string_equal(
	    one(gaz, "分析师John Carter表示"), "John Carter/PER/John Carter");
	assert_string_equal(
	    one(gaz, "Mary Ann Lee预计"), "Mary Ann Lee/PER/Mary Ann Lee");
	assert_string_equal(one(gaz, "部长约翰·史密斯(John Smith)指出"),
	    "约翰·史密斯/PER/John Smith John Smith/PER/John Smith");
	assert_string_equal(one(gaz, "New Product Launch"), "");
	/* Transliterated without "·", before a verb; not a plain word. */
	assert_string_equal(one(gaz, "卡尔波夫表示"), "卡尔波夫/PER/卡尔波夫");
	assert_string_equal(one(gaz, "美国表示"), "美国/LOC/United States");
	/* Transliterated right after a role, whatever follows. */
	assert_string_equal(
	    one(gaz, "总统卡佩罗今天抵达"), "卡佩罗/PER/卡佩罗");
	assert_string_equal(one(gaz, "外长萨米尔在会上"), "萨米尔/PER/萨米尔");
	assert_string_equal(one(gaz, "部长会议今天召开"), "");
	assert_string_equal(one(gaz, "总统大选结果"), "");
	assert_string_equal(one(gaz, "主席卡拉OK厅"), "");
	/* Roles of state, army and finance; more transliteration characters. */
	assert_string_equal(one(gaz, "财长若宾今天表示"), "若宾/PER/若宾");
	assert_string_equal(one(gaz, "国务卿翁达说"), "翁达/PER/翁达");
	assert_string_equal(one(gaz, "团长们都来了"), "");
	assert_string_equal(one(gaz, "将军府"), "");
	/* Transliterated alone: the whole run, ending as such names end. */
	assert_string_equal(
	    one(gaz, "会上,波洛斯基很年轻"), "波洛斯基/PER/波洛斯基");
	assert_string_equal(one(gaz, "会上,卡拉马很年轻"), "");
	assert_string_equal(one(gaz, "会上,阿尔卡特朗普很年轻"), "");
	assert_string_equal(one(gaz, "会上,波洛斯基3号"), "");
	/* Surnames of the hundred-families list: 傅, 洪, 郁. */
	assert_string_equal(one(gaz, "傅建国表示"), "傅建国/PER/傅建国");
	assert_string_equal(one(gaz, "洪明指出"), "洪明/PER/洪明");
	assert_string_equal(one(gaz, "洪涝灾害严重"), "");
	/* Occupations before a name: players, officials, advisers. */
	assert_string_equal(one(gaz, "守门员卡萨斯扑出"), "卡萨斯/PER/卡萨斯");
	assert_string_equal(
	    one(gaz, "顾问陈海波今天到任"), "陈海波/PER/陈海波");
	assert_string_equal(one(gaz, "球员们都很累"), "");
	assert_string_equal(one(gaz, "官员表示反对"), "");
	/* A role whose first character ends a body: 商务部 + 部长. */
	assert_string_equal(one(gaz, "美国商务部长雷蒙多今天抵达"),
	    "美国商务部/ORG/U.S. Department of Commerce 雷蒙多/PER/雷蒙多");
	assert_string_equal(one(gaz, "美国商务部长期关注此事"),
	    "美国商务部/ORG/U.S. Department of Commerce");
}

static void
test_places_and_lists(void **state)
{
	(void)state;
	/* A known place with its unit; an unknown one after a place. */
	assert_string_equal(one(gaz, "无锡市芙蓉区法院宣判"),
	    "无锡市芙蓉区法院/ORG/无锡市芙蓉区法院");
	assert_string_equal(one(gaz, "他来自德阳市"), "德阳市/LOC/德阳市");
	assert_string_equal(one(gaz, "公司上市后股市大涨"), "");
	assert_string_equal(one(gaz, "城市市场"), "");
	/* A place's institution, but a country's government is the country. */
	assert_string_equal(
	    one(gaz, "无锡市政府表示"), "无锡市政府/ORG/无锡市政府");
	assert_string_equal(one(gaz, "美国政府表示"), "美国/LOC/United States");
	/* One-character names of countries in pairs. */
	assert_string_equal(
	    one(gaz, "中美关系趋稳"), "中/LOC/China 美/LOC/United States");
	assert_string_equal(one(gaz, "中美两字"), "");
	/* A team of a place. */
	assert_string_equal(one(gaz, "无锡女队夺冠"), "无锡女队/ORG/无锡女队");
	/* People beside a known person. */
	assert_string_equal(one(gaz, "董事长王建国、李华、张小强出席会议。"),
	    "王建国/PER/王建国 李华/PER/李华 张小强/PER/张小强");
	assert_string_equal(one(gaz, "红色、蓝色和绿色"), "");
}

static void
test_products(void **state)
{
	(void)state;
	assert_string_equal(one(gaz, "英伟达H100芯片"),
	    "英伟达/ORG/NVIDIA H100/PRODUCT/NVIDIA H100");
	/* A code the list lacks takes its maker from the name before it. */
	assert_string_equal(one(gaz, "龙芯3A7000处理器"),
	    "龙芯/ORG/Loongson 3A7000/PRODUCT/Loongson 3A7000");
	assert_string_equal(one(gaz, "龙芯推出3C/3D6000"),
	    "龙芯/ORG/Loongson 3C/3D6000/PRODUCT/Loongson 3C6000/3D6000");
	assert_string_equal(one(gaz, "三星Galaxy S25 Ultra上市"),
	    "三星/ORG/Samsung Electronics "
	    "Galaxy S25 Ultra/PRODUCT/Samsung Galaxy S25 Ultra");
	/* Not products: years, amounts, units, periods, tickers. */
	assert_string_equal(one(gaz, "2024年营收增长5%至30亿元"), "");
	assert_string_equal(one(gaz, "7nm工艺和12GB内存"), "");
	assert_string_equal(one(gaz, "Q4财报和2024H1业绩"), "");
	assert_string_equal(one(gaz, "5G手机与HBM3E内存"), "");
	assert_string_equal(one(gaz, "股票代码600519.SH"), "");
	assert_string_equal(one(gaz, "FY2024营收"), "");
}

static void
test_lists(void **state)
{
	(void)state;
	assert_string_equal(one(gaz,
	                        "投资方包括红杉中国、星火创投、青禾资本、"
	                        "明远科技等机构"),
	    "红杉中国/ORG/红杉中国 星火创投/ORG/星火创投 青禾资本/ORG/青禾资本 "
	    "明远科技/ORG/明远科技");
	assert_string_equal(one(gaz, "英伟达、云岭微、三星等厂商"),
	    "英伟达/ORG/NVIDIA 云岭微/ORG/云岭微 "
	    "三星/ORG/Samsung Electronics");
	/* A name after the kind of body it is, found again later. */
	assert_string_equal(one(gaz, "芯片企业云岭微,被传出解散。与云岭微合作"),
	    "云岭微/ORG/云岭微 云岭微/ORG/云岭微");
	assert_string_equal(
	    one(gaz, "相关的公司明显走强,许多企业消费产品下滑"), "");
	/* Stories on funding rounds: the kind, the name, then its verb. */
	assert_string_equal(one(gaz, "社群零售企业十川团宣布完成新一轮融资。"),
	    "十川团/ORG/十川团");
	assert_string_equal(one(gaz, "酒店服务商云启科技完成天使轮融资。"),
	    "云启科技/ORG/云启科技");
	assert_string_equal(
	    one(gaz, "北非电商平台MaxCo宣布完成融资。"), "MaxCo/ORG/MaxCo");
	/* Nouns of people and amounts, or two characters, are none. */
	assert_string_equal(one(gaz, "电商平台消费者完成下单。"), "");
	assert_string_equal(one(gaz, "电商平台用户完成注册。"), "");
	assert_string_equal(one(gaz, "国产品牌销量完成目标。"), "");
	/* A list of things is left alone. */
	assert_string_equal(one(gaz, "包括刻蚀、薄膜、清洗等设备"), "");
	/* Three names or more are people without a known one; two are not. */
	assert_string_equal(one(gaz, "会上，陈志明、刘海涛、杨建华。"),
	    "陈志明/PER/陈志明 刘海涛/PER/刘海涛 杨建华/PER/杨建华");
	assert_string_equal(one(gaz, "王府、李村两地"), "");
	assert_string_equal(one(gaz, "张江、李湖、新区都有"), "");
	/* Transliterated items beside a known person. */
	assert_string_equal(one(gaz, "马斯克、拉米尔、陈志明出席"),
	    "马斯克/PER/Elon Musk 拉米尔/PER/拉米尔 陈志明/PER/陈志明");
	assert_string_equal(one(gaz, "鲁本斯、拉斐尔、普桑等"), "");
	/*
	 * Beside a known person the outer items give up the words before
	 * and after their names, and a pen name among them stays out.
	 */
	assert_string_equal(
	    one(gaz, "这四人是陈志明、马斯克、刘海涛、杨建华表示支持"),
	    "陈志明/PER/陈志明 马斯克/PER/Elon Musk 刘海涛/PER/刘海涛 "
	    "杨建华/PER/杨建华");
	assert_string_equal(
	    one(gaz, "会上，陈志明、马斯克、老舍、刘海涛、杨建华"),
	    "陈志明/PER/陈志明 马斯克/PER/Elon Musk 刘海涛/PER/刘海涛 "
	    "杨建华/PER/杨建华");
	/* Without one, the list must be of names to its edges. */
	assert_string_equal(one(gaz, "陈志明、刘海涛、老舍、杨建华"), "");
}

static void
test_coreference(void **state)
{
	const char *doc[] = {
		"美国商务部表示将公布拨款。",
		"商务部还称,星河科技将获得资金。",
		"星河科技原名无锡星河电子科技有限公司。",
	};

	(void)state;
	/* The department named with its country first. */
	assert_string_equal(run(gaz, doc, 2),
	    "商务部/ORG/U.S. Department of Commerce 星河科技/ORG/星河科技");
	assert_string_equal(one(gaz, "商务部还称"), "商务部/ORG/MOFCOM");
	/* A legal name links to the short name used in the document. */
	assert_string_equal(run(gaz, doc, 3),
	    "星河科技/ORG/星河科技 无锡星河电子科技有限公司/ORG/星河科技");
	/*
	 * The short form drops the place, the legal form and maybe a word
	 * between (北明伟业控股 -> 北明控股), keeping the rest in order; the
	 * longest short form wins, and another firm of the group that shares
	 * the first two characters (北明股份 of 北明控股) is no short form,
	 * nor is the group's name of two (中信 of 中信资源).  The writer may
	 * add 公司 (科兴公司).
	 */
	{
		const char *d2[] = {
			"北明控股累计质押500万股。",
			"控股股东无锡北明伟业控股有限公司质押股份。",
		};
		const char *d3[] = {
			"北明控股累计质押500万股。",
			"北明股份公告,股东质押股份。",
			"控股股东北明控股有限公司质押股份。",
		};
		const char *d4[] = {
			"北明股份公告,股东质押股份。",
			"控股股东北明控股有限公司质押股份。",
		};

		const char *d5[] = {
			"科兴公司表示将扩产。",
			"无锡科兴生物制品有限公司公告。",
		};
		const char *d6[] = {
			"中信发布公告称将扩产。",
			"中信资源有限公司公告。",
		};

		assert_string_equal(
		    run(gaz, d5, 2), "无锡科兴生物制品有限公司/ORG/科兴公司");
		assert_string_equal(
		    run(gaz, d6, 2), "中信资源有限公司/ORG/中信资源有限公司");
		assert_string_equal(
		    run(gaz, d2, 2), "无锡北明伟业控股有限公司/ORG/北明控股");
		assert_string_equal(
		    run(gaz, d3, 3), "北明控股有限公司/ORG/北明控股");
		assert_string_equal(
		    run(gaz, d4, 2), "北明控股有限公司/ORG/北明控股有限公司");
	}
	/* A short form after its full form. */
	assert_string_equal(one(gaz, "三星电子表示,三星将扩产"),
	    "三星电子/ORG/Samsung Electronics 三星/ORG/Samsung Electronics");
}

static void
test_offsets(void **state)
{
	struct zp_entities *x = zp_ent_new(gaz);
	const struct zp_entity *e;
	const char *t = "\xf0\xa0\x80\x80英伟达和AMD"; /* U+20000 first */
	struct zp_buf b = ZP_BUF_INIT;
	size_t n;

	(void)state;
	n = zp_ent_extract(x, t, strlen(t), &e);
	assert_int_equal(n, 2);
	assert_int_equal(e[0].start, 1);
	assert_int_equal(e[0].end, 4);
	assert_int_equal(e[0].bstart, 4);
	assert_int_equal(e[0].bend, 13);
	assert_int_equal(e[1].start, 5);
	assert_int_equal(e[1].end, 8);
	zp_ent_json(&b, t, e, n);
	assert_string_equal(b.p,
	    "[{\"text\":\"英伟达\",\"start\":1,\"end\":4,"
	    "\"type\":\"ORG\",\"id\":\"NVIDIA\",\"ticker\":\"NVDA\","
	    "\"exchange\":\"NASDAQ\"},{\"text\":\"AMD\",\"start\":5,"
	    "\"end\":8,\"type\":\"ORG\",\"id\":\"AMD\",\"ticker\":\"AMD\","
	    "\"exchange\":\"NASDAQ\"}]");
	/* Empty text, and text with no names. */
	assert_int_equal(zp_ent_extract(x, "", 0, &e), 0);
	assert_int_equal(zp_ent_extract(x, "今天天气很好。", 21, &e), 0);
	zp_buf_free(&b);
	zp_ent_free(x);
}

/* The document is forgotten at zp_ent_new_doc. */
static void
test_new_doc(void **state)
{
	struct zp_entities *x = zp_ent_new(gaz);
	const struct zp_entity *e;
	const char *a = "首席执行官约翰·布朗称", *b = "布朗还说";

	(void)state;
	zp_ent_extract(x, a, strlen(a), &e);
	assert_int_equal(zp_ent_extract(x, b, strlen(b), &e), 1);
	zp_ent_new_doc(x);
	assert_int_equal(zp_ent_extract(x, b, strlen(b), &e), 0);
	zp_ent_free(x);
}

/* Writes text to a temporary file; returns its name (static). */
static const char *
tmpfile_with(const char *text)
{
	static char path[64];
	int fd;
	FILE *f;

	snprintf(path, sizeof(path), "/tmp/test_entities.XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	f = fdopen(fd, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

/* Like one(), with the name statistics of path loaded first. */
static char *
one_names(struct zp_gazetteer *g, const char *path, const char *text)
{
	static char out[4096];
	struct zp_entities *x = zp_ent_new(g);
	const struct zp_entity *e = NULL;
	size_t ne, o = 0;
	char err[256];

	assert_int_equal(zp_ent_load_names(x, path, err, sizeof(err)), 0);
	ne = zp_ent_extract(x, text, strlen(text), &e);
	out[0] = '\0';
	for (size_t k = 0; k < ne; k++)
		o += (size_t)snprintf(out + o, sizeof(out) - o, "%s%.*s/%s/%s",
		    k ? " " : "", (int)(e[k].bend - e[k].bstart),
		    text + e[k].bstart, zp_gaz_type_name(e[k].type), e[k].id);
	zp_ent_free(x);
	return out;
}

/* Chinese names with nothing beside them, scored (a small table here). */
static void
test_scored_names(void **state)
{
	const char *stats = "# test scores\n"
	                    "张 100 400\n"
	                    "王 50 400\n"
	                    "伟 300 0\n"
	                    "丽 250 0\n"
	                    "华 150 50\n"
	                    "国 -100 -50\n"
	                    "-王国\n";
	const char *path = tmpfile_with(stats);

	(void)state;
	/* Two and three characters, at boundaries. */
	assert_string_equal(
	    one_names(gaz, path, "昨天，张伟在会上发言。"), "张伟/PER/张伟");
	assert_string_equal(
	    one_names(gaz, path, "张丽华说明了原因。"), "张丽华/PER/张丽华");
	/* A character scored against names; a listed common word. */
	assert_string_equal(one_names(gaz, path, "这个张国的。"), "");
	assert_string_equal(one_names(gaz, path, "那个王国的历史很长。"), "");
	/* Inside a longer run of characters without a boundary. */
	assert_string_equal(one_names(gaz, path, "开张伟大工程"), "");
	/* Without the statistics, no such names. */
	assert_string_equal(one(gaz, "昨天，张伟在会上发言。"), "");
	unlink(path);
}

/*
 * The common words of the statistics: "!WORD" ends a name on the left,
 * "~WORD" is no name alone, "+C CHARS" are words a listed two-character
 * name between them is read as.
 */
static void
test_common_word_lines(void **state)
{
	const char *stats = "# test words\n"
	                    "!走访\n"
	                    "~改革\n"
	                    "+集 中\n"
	                    "+行 动\n";
	const char *path = tmpfile_with(stats);
	struct zp_entities *x = zp_ent_new(gaz);
	const char *bad;
	char err[256], want[512];

	(void)state;
	assert_string_equal(one_names(gaz, path, "记者走访恒远集团。"),
	    "恒远集团/ORG/恒远集团");
	assert_string_equal(
	    one(gaz, "记者走访恒远集团。"), "走访恒远集团/ORG/走访恒远集团");
	assert_string_equal(
	    one_names(gaz, path, "为深化企业改革，促进发展。"), "");
	assert_string_equal(
	    one(gaz, "为深化企业改革，促进发展。"), "改革/ORG/改革");
	assert_string_equal(one_names(shipped, path, "本次集中行动开始。"), "");
	assert_string_equal(
	    one(shipped, "本次集中行动开始。"), "中行/ORG/Bank of China");
	unlink(path);
	/* tmpfile_with's name is static: the bad file comes after. */
	bad = tmpfile_with("+集 中\n+集中\n");
	assert_int_equal(zp_ent_load_names(x, bad, err, sizeof(err)), -1);
	snprintf(want, sizeof(want),
	    "%s:2: expected a character, a space and characters after '+'",
	    bad);
	assert_string_equal(err, want);
	unlink(bad);
	/* A verb's line holds exactly two characters. */
	bad = tmpfile_with("!走访\n!走访过\n");
	assert_int_equal(zp_ent_load_names(x, bad, err, sizeof(err)), -1);
	snprintf(
	    want, sizeof(want), "%s:2: expected two characters after '!'", bad);
	assert_string_equal(err, want);
	unlink(bad);
	zp_ent_free(x);
}

static void
test_scored_names_errors(void **state)
{
	struct zp_entities *x = zp_ent_new(gaz);
	const char *path = tmpfile_with("张 100 400\n伟 lots\n");
	const struct zp_entity *e = NULL;
	char err[256];
	char want[512];

	(void)state;
	/* zp_each_line's messages: PATH:LINE: reason and PATH: strerror. */
	assert_int_equal(zp_ent_load_names(x, path, err, sizeof(err)), -1);
	snprintf(want, sizeof(want),
	    "%s:2: expected a character and two scores", path);
	assert_string_equal(err, want);
	unlink(path);
	assert_int_equal(
	    zp_ent_load_names(x, "/nonexistent/given.txt", err, sizeof(err)),
	    -1);
	assert_string_equal(
	    err, "/nonexistent/given.txt: No such file or directory");
	/* A failed load leaves the extractor without scored names. */
	assert_int_equal(zp_ent_extract(x, "昨天，张伟在会上发言。",
	                     strlen("昨天，张伟在会上发言。"), &e),
	    0);
	zp_ent_free(x);
}

/*
 * The statistics go through zp_each_line: CRLF lines and blank lines are
 * fine, and a load that fails keeps the statistics loaded before.
 */
static void
test_scored_names_reload(void **state)
{
	struct zp_entities *x = zp_ent_new(gaz);
	const char *text = "昨天，张伟在会上发言。";
	const struct zp_entity *e = NULL;
	char good[64], err[256];

	(void)state;
	snprintf(good, sizeof(good), "%s",
	    tmpfile_with("# scores\r\n张 100 400\r\n\r\n伟 300 0\r\n"));
	assert_int_equal(zp_ent_load_names(x, good, err, sizeof(err)), 0);
	assert_int_equal(zp_ent_extract(x, text, strlen(text), &e), 1);
	assert_int_equal(
	    zp_ent_load_names(x, "/nonexistent/given.txt", err, sizeof(err)),
	    -1);
	assert_int_equal(zp_ent_extract(x, text, strlen(text), &e), 1);
	assert_string_equal(e[0].id, "张伟");
	unlink(good);
	zp_ent_free(x);
}

/* The shipped statistics: data/names/given.txt under $ZHPIPE_DATA. */
static const char *
shipped_names(void)
{
	static char path[1024];
	const char *env = getenv("ZHPIPE_DATA");

	snprintf(path, sizeof(path), "%s/names/given.txt",
	    env != NULL ? env : "data");
	return path;
}

/*
 * After a role a three-character name needs no word after it; the name
 * statistics end it (和 and 中 may be given-name characters there).
 */
static void
test_names_after_role(void **state)
{
	const char *path = shipped_names();

	(void)state;
	assert_string_equal(
	    one_names(shipped, path, "总经理曹和平要求各部门加快进度。"),
	    "曹和平/PER/曹和平");
	assert_string_equal(
	    one_names(shipped, path, "校长刘建中宣布了新规定。"),
	    "刘建中/PER/刘建中");
	assert_string_equal(
	    one_names(shipped, path, "行长郑家明为新员工授课。"),
	    "郑家明/PER/郑家明");
	/* Two characters before a word that often follows a name. */
	assert_string_equal(
	    one_names(shipped, path, "主任吴丽今天在会上发言。"),
	    "吴丽/PER/吴丽");
	/* A verb after a role is no name; nor is a foreign name cut. */
	assert_string_equal(
	    one_names(shipped, path, "几位专家陈述了意见。"), "");
	assert_string_equal(one_names(shipped, path, "总统马卡洛夫今天抵达。"),
	    "马卡洛夫/PER/马卡洛夫");
	/* An astral character after a role is no surname. */
	assert_string_equal(
	    one_names(shipped, path, "总经理\xF0\xA0\x80\x80和平要求各部门"),
	    "");
	/* Without the statistics the name needs a word after it. */
	assert_string_equal(
	    one(shipped, "总经理曹和平要求各部门加快进度。"), "");
}

/* The shipped statistics on sentences of ours. */
static void
test_scored_names_shipped(void **state)
{
	const char *path = shipped_names();

	(void)state;
	assert_string_equal(
	    one_names(shipped, path, "去年秋天，张伟和李丽华一起去了杭州。"),
	    "张伟/PER/张伟 李丽华/PER/李丽华 杭州/LOC/Hangzhou");
	assert_string_equal(
	    one_names(shipped, path, "会上，刘建平介绍了新产品。"),
	    "刘建平/PER/刘建平");
	assert_string_equal(
	    one_names(shipped, path, "王国的历史很长，各方高度重视。"), "");
	assert_string_equal(
	    one_names(shipped, path, "成本上升，周末金价下跌。"), "");
	/* A name scored very high needs no boundary at all. */
	assert_string_equal(one_names(shipped, path, "邻居王秀梅找过他。"),
	    "王秀梅/PER/王秀梅");
	assert_string_equal(
	    one_names(shipped, path, "邻居王秀梅3号找过他。"), "");
	/* Two characters scored high: a boundary on one side is enough. */
	assert_string_equal(
	    one_names(shipped, path, "会上，王梅上台讲话。"), "王梅/PER/王梅");
	assert_string_equal(one_names(shipped, path, "他王梅上台讲话。"), "");
	/*
	 * The first given-name character may be a little more a word's
	 * than a name's (进); a unit of a place is none (宋代), and 曹县 is
	 * the county of the gazetteer.
	 */
	assert_string_equal(
	    one_names(shipped, path, "昨天，孙进辉回到了家乡。"),
	    "孙进辉/PER/孙进辉");
	assert_string_equal(
	    one_names(shipped, path, "他去了曹县。"), "曹县/LOC/Cao County");
	/* A day of the month after a name; 和 before a surname is "and". */
	assert_string_equal(
	    one_names(shipped, path, "会上，刘建平19日会见了客人。"),
	    "刘建平/PER/刘建平");
	assert_string_equal(
	    one_names(shipped, path, "王芳三段和陈静五段对弈。"),
	    "王芳/PER/王芳 陈静/PER/陈静");
	/* A listed name of two characters that begins a longer one. */
	assert_string_equal(
	    one_names(shipped, path, "记者贾西明报道。"), "贾西明/PER/贾西明");
	assert_string_equal(one_names(shipped, path, "亚马逊CEO贾西表示。"),
	    "亚马逊/ORG/Amazon 贾西/PER/Andy Jassy");
	assert_string_equal(one_names(shipped, path, "宋代文学很有名。"), "");
	/* A name of three characters begins a clause, whatever follows. */
	assert_string_equal(one_names(shipped, path, "会上，周立平感慨地说。"),
	    "周立平/PER/周立平");
	assert_string_equal(one_names(shipped, path, "周立平1985年毕业。"),
	    "周立平/PER/周立平");
	assert_string_equal(
	    one_names(shipped, path, "他和周立平感慨地说。"), "");
	assert_string_equal(one_names(shipped, path, "严格履行合同。"), "");
}

/* A body of the derived lists takes in the places before it. */
static void
test_place_bodies(void **state)
{
	static const char derived[] = "canonical,type,aliases,ticker,exchange\n"
	                              "卫生厅,ORG,卫生厅,,\n"
	                              "辽宁省,LOC,辽宁省,,\n"
	                              "全兴队,ORG,全兴队,,\n"
	                              "四川,LOC,四川,,\n";
	struct zp_gazetteer *g = zp_gaz_new();
	struct zp_entities *x;
	const struct zp_entity *e;
	const char *t1 = "辽宁省卫生厅发布通知。", *t2 = "美国三星电子",
	           *t3 = "四川全兴队夺冠。";
	char err[256];
	uint32_t minor;

	(void)state;
	assert_int_equal(zp_gaz_load_mem(g, "derived.csv", derived,
	                     strlen(derived), err, sizeof(err)),
	    0);
	minor = (uint32_t)zp_gaz_size(g);
	assert_int_equal(zp_gaz_load_mem(g, "small.csv", small_csv,
	                     strlen(small_csv), err, sizeof(err)),
	    0);
	zp_gaz_compile(g);
	x = zp_ent_new(g);
	zp_ent_set_minor(x, minor);
	assert_int_equal(zp_ent_extract(x, t1, strlen(t1), &e), 1);
	assert_int_equal(e[0].start, 0);
	assert_int_equal(e[0].end, 6);
	assert_int_equal(e[0].type, ZP_ET_ORG);
	assert_string_equal(e[0].id, "辽宁省卫生厅");
	/* A curated name keeps its place apart. */
	assert_int_equal(zp_ent_extract(x, t2, strlen(t2), &e), 2);
	assert_string_equal(e[0].id, "United States");
	assert_string_equal(e[1].id, "Samsung Electronics");
	assert_int_equal(zp_ent_extract(x, t3, strlen(t3), &e), 1);
	assert_string_equal(e[0].id, "四川全兴队");
	/*
	 * Not marked derived: the place stays apart, except before a
	 * government body (pass_country_bodies).
	 */
	zp_ent_set_minor(x, 0);
	zp_ent_new_doc(x);
	assert_int_equal(zp_ent_extract(x, t3, strlen(t3), &e), 2);
	assert_string_equal(e[0].id, "四川");
	assert_string_equal(e[1].id, "全兴队");
	assert_int_equal(zp_ent_extract(x, t1, strlen(t1), &e), 1);
	assert_string_equal(e[0].id, "辽宁省卫生厅");
	zp_ent_free(x);
	zp_gaz_free(g);
}

/* A kind of body before a suffix is no name: 乡镇企业, 犯罪集团. */
static void
test_generic_bodies(void **state)
{
	(void)state;
	assert_string_equal(one(gaz, "当地乡镇企业发展很快。"), "");
	assert_string_equal(one(gaz, "警方打掉一个犯罪集团。"), "");
	/* The demo sample's false positive: exporters are a kind of firm. */
	assert_string_equal(one(gaz, "报告指出，出口企业结汇意愿回升。"), "");
	assert_string_equal(one(gaz, "星海科技公司发布公告。"),
	    "星海科技公司/ORG/星海科技公司");
}

/* One-character names of countries and of 北京 alone, by their context. */
static void
test_country_abbrevs(void **state)
{
	(void)state;
	/* X方: the side of a country, unless 方 starts a word. */
	assert_string_equal(one(gaz, "中方对此表示欢迎。"), "中/LOC/China");
	assert_string_equal(one(gaz, "会上俄方提出建议。"), "俄/LOC/Russia");
	assert_string_equal(one(gaz, "这是一个完美方案。"), "");
	/* Before its government or economy, after a boundary. */
	assert_string_equal(
	    one(gaz, "据悉，美政府将加征关税。"), "美/LOC/United States");
	assert_string_equal(one(gaz, "欧盟对俄经济制裁"), "俄/LOC/Russia");
	assert_string_equal(one(gaz, "新政府成立后，以经济建设为中心。"), "");
	assert_string_equal(one(gaz, "中西部地区，4月8日国会通过"), "");
	/* The first character of a country named in full before. */
	assert_string_equal(one(shipped, "亚美尼亚举行大选，亚总统表示满意。"),
	    "亚美尼亚/LOC/Armenia 亚/LOC/Armenia");
	assert_string_equal(one(shipped, "亚总统表示满意。"), "");
	/* Regions: the Arab world, the Far East (not 阿拉伯数字, and 远东 alone
	 * starts names: 远东控股). */
	assert_string_equal(one(shipped, "阿拉伯国家和远东地区"),
	    "阿拉伯/LOC/Arab world 远东地区/LOC/Far East");
	assert_string_equal(one(shipped, "用阿拉伯数字书写"), "");
	assert_string_equal(one(shipped, "无锡远东控股集团"),
	    "无锡远东控股集团/ORG/无锡远东控股集团");
	/* A people is named after its country: 中国人, 美国人民. */
	assert_string_equal(one(shipped, "中国人和美国人民"),
	    "中国/LOC/China 美国/LOC/United States");
	assert_string_equal(one(shipped, "中国人大和中国人民政协"),
	    "中国人大/ORG/NPC 中国人民政协/ORG/CPPCC");
	/* Only before its government or economy: 马来人 is no place. */
	assert_string_equal(
	    one(shipped, "马来西亚，马来人"), "马来西亚/LOC/Malaysia");
	assert_string_equal(one(gaz, "要集中方向。"), "");
	/* 华 and 京 after verbs of going and staying. */
	assert_string_equal(one(gaz, "外长将于下月访华。"), "华/LOC/China");
	assert_string_equal(one(gaz, "代表团昨天抵京。"), "京/LOC/Beijing");
	assert_string_equal(one(gaz, "他在华尔街工作。"), "");
	assert_string_equal(one(gaz, "他们在京剧团演出。"), "");
	assert_string_equal(one(gaz, "街道十分繁华。"), "");
	/* After 抗. */
	assert_string_equal(one(gaz, "老人讲起抗日的故事。"), "日/LOC/Japan");
	/* A pair after a word takes a word only a pair takes. */
	assert_string_equal(
	    one(gaz, "推动发展中俄关系。"), "中/LOC/China 俄/LOC/Russia");
	assert_string_equal(one(gaz, "其中俄文版已售完。"), "");
	/* A list of single characters closed by 等国. */
	assert_string_equal(one(gaz, "英、法、德等国表示关注。"),
	    "英/LOC/United Kingdom 法/LOC/France 德/LOC/Germany");
	assert_string_equal(one(gaz, "甲、乙、丙等人到场。"), "");
	assert_string_equal(one(gaz, "英、法、德三门外语"), "");
	/* Or by the end of a clause from three on. */
	assert_string_equal(one(gaz, "他会见了美、德、法的代表。"),
	    "美/LOC/United States 德/LOC/Germany 法/LOC/France");
	assert_string_equal(one(gaz, "他会见了美、德的代表。"), "");
	/* Pairs with the words of diplomacy; pairs that are words. */
	assert_string_equal(one(gaz, "双方谈到中日建设性的合作。"),
	    "中/LOC/China 日/LOC/Japan");
	assert_string_equal(one(gaz, "他们的非法经济活动"), "");
	/* At the start of a clause a pair needs no such word. */
	assert_string_equal(
	    one(gaz, "德法的立场趋近。"), "德/LOC/Germany 法/LOC/France");
	assert_string_equal(one(gaz, "据悉，中韩足球赛下月举行。"),
	    "中/LOC/China 韩/LOC/South Korea");
	assert_string_equal(
	    one(gaz, "中美法学教育交流"), "中/LOC/China 美/LOC/United States");
	/* Not a date's day, an idiom, a count or a name that goes on. */
	assert_string_equal(one(gaz, "会议于28日中午结束。"), "");
	assert_string_equal(one(gaz, "美中不足的是价格。"), "");
	assert_string_equal(one(gaz, "中日两字写在纸上。"), "");
	assert_string_equal(one(gaz, "苏德明、李强出席了会议。"),
	    "苏德明/PER/苏德明 李强/PER/李强");
	assert_string_equal(one(gaz, "沙沙的雨声。"), "");
	/* 中外 at a boundary, not inside 其中. */
	assert_string_equal(one(gaz, "他的作品蜚声中外。"), "中/LOC/China");
	assert_string_equal(one(gaz, "其中外资企业有三家。"), "");
	/* 中华 of the people and its culture is China. */
	assert_string_equal(
	    one(gaz, "弘扬中华民族的传统美德。"), "中华/LOC/China");
	assert_string_equal(one(gaz, "中华汽车发布财报。"), "");
}

/* A body or party of a country is the country's own; members are no body. */
/*
 * A firm the lists lack takes its place in, even when its name is long;
 * a listed one keeps the place apart.  A place, a trade and a legal form
 * are one firm, a place, a trade and 公司 firms of a kind, unless the trade
 * is a country's airline, railway or oil company.
 */
static void
test_place_firms(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "北京国伦文化艺术公司承办了比赛。"),
	    "北京国伦文化艺术公司/ORG/北京国伦文化艺术公司");
	assert_string_equal(one(shipped, "天水市天港房地产开发公司成立。"),
	    "天水市天港房地产开发公司/ORG/天水市天港房地产开发公司");
	assert_string_equal(one(shipped, "韩国三星电子发布财报。"),
	    "韩国/LOC/South Korea 三星电子/ORG/Samsung Electronics");
	assert_string_equal(one(shipped, "美国芯片有限公司"),
	    "美国芯片有限公司/ORG/美国芯片有限公司");
	assert_string_equal(
	    one(shipped, "美国芯片公司纷纷涨价。"), "美国/LOC/United States");
	/* A country's airline or railway is one firm. */
	assert_string_equal(one(shipped, "阿根廷航空公司增开航班。"),
	    "阿根廷航空公司/ORG/阿根廷航空公司");
	assert_string_equal(one(shipped, "德国铁路公司宣布涨价。"),
	    "德国铁路公司/ORG/德国铁路公司");
	/* Seven characters with no place before them make no name. */
	assert_string_equal(one(shipped, "他说天港房地产开发公司成立。"), "");
}

/* Missions abroad: sender, 驻, host and the mission are one body. */
static void
test_missions(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "中国驻法国大使馆举行招待会。"),
	    "中国驻法国大使馆/ORG/中国驻法国大使馆");
	assert_string_equal(one(shipped, "日本驻杭州领事馆商务处开放。"),
	    "日本驻杭州领事馆商务处/ORG/日本驻杭州领事馆商务处");
	assert_string_equal(one(shipped, "英伟达驻京办事处搬了家。"),
	    "英伟达驻京办事处/ORG/英伟达驻京办事处");
	assert_string_equal(
	    one(shipped, "驻德使馆发出提醒。"), "驻德使馆/ORG/驻德使馆");
	/* No mission after the host. */
	assert_string_equal(
	    one(shipped, "中国驻法国记者说"), "中国/LOC/China 法国/LOC/France");
}

static void
test_country_bodies(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "土耳其外交部发表声明。"),
	    "土耳其外交部/ORG/土耳其外交部");
	assert_string_equal(
	    one(shipped, "芬兰共产党主席当选。"), "芬兰共产党/ORG/芬兰共产党");
	/* A company keeps its place apart. */
	assert_string_equal(
	    one(shipped, "美国海军派出舰艇。"), "美国海军/ORG/美国海军");
	assert_string_equal(one(shipped, "韩国三星电子发布财报。"),
	    "韩国/LOC/South Korea 三星电子/ORG/Samsung Electronics");
	assert_string_equal(one(shipped, "他是一名共产党员。"), "");
	/* A cabinet and a national assembly are bodies of their country. */
	assert_string_equal(
	    one(shipped, "泰国内阁今天批准了预算。"), "泰国内阁/ORG/泰国内阁");
	assert_string_equal(one(shipped, "法国国民议会通过法案。"),
	    "法国国民议会/ORG/法国国民议会");
	assert_string_equal(one(shipped, "各级财政部门要配合。"), "");
	assert_string_equal(one(shipped, "坚持实事求是的原则。"), "");
}

/* Bodies named by their kind alone (国会, 市委, 十五大) and their guards. */
static void
test_bodies_alone(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "国会通过了法案。"), "国会/ORG/国会");
	assert_string_equal(one(shipped, "县委召开会议。"), "县委/ORG/县委");
	assert_string_equal(one(shipped, "党的十五大以来。"),
	    "十五大/ORG/15th National Congress of the CPC");
	assert_string_equal(
	    one(shipped, "美军发表声明。"), "美军/ORG/U.S. military");
	assert_string_equal(one(shipped, "全国会议下月召开。"), "");
	assert_string_equal(one(shipped, "这个人大多数时间在家。"), "");
	assert_string_equal(one(shipped, "公司前十五大股东名单。"), "");
	assert_string_equal(one(shipped, "他准备参加参议院竞选。"), "");
}

/* Clubs and leagues (data/gazetteer/sports.csv); their cities stay places. */
static void
test_sports(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "曼联主场2比1战胜阿森纳。"),
	    "曼联/ORG/Manchester United 阿森纳/ORG/Arsenal");
	assert_string_equal(one(shipped, "意甲第三轮。"), "意甲/ORG/Serie A");
	assert_string_equal(one(shipped, "他们热火朝天地干活。"), "");
	assert_string_equal(
	    one(shipped, "他住在马德里。"), "马德里/LOC/Madrid");
	/* Clubs of the Chinese leagues by their city and sponsor. */
	assert_string_equal(one(shipped, "北京国安主场迎战上海申花。"),
	    "北京国安/ORG/Beijing Guoan 上海申花/ORG/Shanghai Shenhua");
	assert_string_equal(
	    one(shipped, "八一队获得冠军。"), "八一队/ORG/八一队");
	assert_string_equal(one(shipped, "八一建军节。"), "");
}

/* A surname alone before a title is the person. */
static void
test_surname_titles(void **state)
{
	(void)state;
	assert_string_equal(one(gaz, "陈先生认为不行。"), "陈/PER/陈");
	assert_string_equal(one(gaz, "学生们向高教授请教。"), "高/PER/高");
	/* A word, not a surname, before the title. */
	assert_string_equal(one(gaz, "他就任总统已满百日。"), "");
	assert_string_equal(one(gaz, "部长和夫人出席。"), "");
	/* The title starts a longer word. */
	assert_string_equal(one(gaz, "会见了马主席团成员。"), "");
}

/* Teams and companies of the arts by their suffix, after a place too. */
static void
test_team_suffixes(void **state)
{
	(void)state;
	assert_string_equal(
	    one(gaz, "美国女篮昨天抵达。"), "美国女篮/ORG/美国女篮");
	assert_string_equal(
	    one(gaz, "她加入了星海合唱团。"), "星海合唱团/ORG/星海合唱团");
	assert_string_equal(
	    one(gaz, "无锡办事处已经关闭。"), "无锡办事处/ORG/无锡办事处");
	/* The kind alone is no name. */
	assert_string_equal(one(gaz, "他在剧团工作。"), "");
	assert_string_equal(one(gaz, "各地合唱团纷纷响应。"), "");
	/* Nor a team's part in a match or league, nor its moves. */
	assert_string_equal(one(shipped, "共有十六支参赛队报名。"), "");
	assert_string_equal(one(shipped, "教练宣布了主力队员名单。"), "");
	assert_string_equal(one(shipped, "他伤愈后已经归队。"), "");
	assert_string_equal(one(shipped, "新品首发当天门店外排起长队。"), "");
	assert_string_equal(one(shipped, "她们带领全队打进决赛。"), "");
	assert_string_equal(one(shipped, "星海队今天迎战日本队。"),
	    "星海队/ORG/星海队 日本队/ORG/日本队");
}

/* Regions, mountains, rivers and capitals (data/gazetteer/geography.csv). */
static void
test_geography(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "他们登上了泰山。"), "泰山/LOC/泰山");
	assert_string_equal(
	    one(shipped, "科索沃局势紧张。"), "科索沃/LOC/Kosovo");
	assert_string_equal(one(shipped, "东北的冬天很冷。"), "东北/LOC/东北");
	assert_string_equal(one(shipped, "今天刮西北风。"), "");
	assert_string_equal(one(shipped, "市场东北部的摊位。"), "");
	/* A country's official name is the country; its older forms too. */
	assert_string_equal(
	    one(shipped, "意大利共和国总统出席。"), "意大利共和国/LOC/Italy");
	assert_string_equal(
	    one(shipped, "他驻柬埔寨王国多年。"), "柬埔寨王国/LOC/Cambodia");
	assert_string_equal(
	    one(shipped, "俄罗斯联邦，"), "俄罗斯联邦/LOC/Russia");
	assert_string_equal(
	    one(shipped, "他热爱法兰西。"), "法兰西/LOC/France");
	/* 联邦 before a body is the federation's body, not the state's name. */
	assert_string_equal(one(shipped, "美国联邦法院裁定。"),
	    "美国联邦法院/ORG/美国联邦法院");
	assert_string_equal(one(shipped, "德意志银行公布财报。"),
	    "德意志银行/ORG/Deutsche Bank");
}

/*
 * A suffix that only names an institution ends the name before a role or
 * a verb (公安局长, 公司经理, 队分别); the role's own 部 or 局 is not one.
 */
static void
test_suffix_right_edge(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "滨江市公安局开展了专项行动"),
	    "滨江市公安局/ORG/滨江市公安局");
	assert_string_equal(one(shipped, "临川县电影公司经理说"),
	    "临川县电影公司/ORG/临川县电影公司");
	assert_string_equal(
	    one(shipped, "中国队分别以三比零获胜"), "中国队/ORG/中国队");
	assert_string_equal(
	    one(shipped, "卫生部部长出席"), "卫生部/ORG/Ministry of Health");
	assert_string_equal(one(shipped, "外交部副部长会见了来宾"),
	    "外交部/ORG/Ministry of Foreign Affairs of China");
	assert_string_equal(one(shipped, "反政府力量宣布停火"), "");
	/* The suffix that begins a role is the role's: 队 + 队长. */
	assert_string_equal(one(shipped, "日本队队长说"), "日本队/ORG/日本队");
	assert_string_equal(one(shipped, "中国国家女队队员说"),
	    "中国国家女队/ORG/中国国家女队");
	assert_string_equal(one(shipped, "不少大学生去了西部"), "");
	assert_string_equal(one(shipped, "新华书店厂房出租"), "");
}

/*
 * An institution keeps its level (国家, 全国) but not a modifier (国家级);
 * after a place one character names a school (兰州医学院); the bodies of a
 * place (纪委, 总工会) follow it directly.
 */
static void
test_institution_levels(void **state)
{
	(void)state;
	/* Bodies outside the curated lists, so the rule gives their id. */
	assert_string_equal(one(shipped, "国家物资储备局发布通知"),
	    "国家物资储备局/ORG/国家物资储备局");
	assert_string_equal(
	    one(shipped, "全国文联主席出席"), "全国文联/ORG/全国文联");
	assert_string_equal(one(shipped, "这是一座国家级博物馆"), "");
	/* 新 begins the name's first word here (新闻), not a modifier. */
	assert_string_equal(
	    one(gaz, "据新闻出版署通知。"), "新闻出版署/ORG/新闻出版署");
	assert_string_equal(one(gaz, "这家新半导体公司。"), "");
	assert_string_equal(one(gaz, "警方破获了一个贩毒集团。"), "");
	assert_string_equal(
	    one(shipped, "她从兰州医学院毕业"), "兰州医学院/ORG/兰州医学院");
	assert_string_equal(one(shipped, "小明在大医院工作"), "");
	assert_string_equal(
	    one(shipped, "河北省纪委通报了案件"), "河北省纪委/ORG/河北省纪委");
	assert_string_equal(one(shipped, "长春市总工会召开座谈会"),
	    "长春市总工会/ORG/长春市总工会");
	assert_string_equal(one(shipped, "入住五星级大酒店"), "");
	/* A place, a trade and an institution: 中国报业协会. */
	assert_string_equal(one(shipped, "中国报业协会召开年会"),
	    "中国报业协会/ORG/中国报业协会");
	assert_string_equal(
	    one(shipped, "美国政府宣布"), "美国/LOC/United States");
}

/*
 * The committee of a place and its party (中共杭州市委); a post in a list
 * is no organization; after a place, a name keeps its core before generic
 * words (青木设计公司) but generic words alone stay none (美国芯片公司).
 */
static void
test_place_committees(void **state)
{
	(void)state;
	assert_string_equal(
	    one(shipped, "杭州市委书记在会上讲话"), "杭州市委/ORG/杭州市委");
	assert_string_equal(one(shipped, "中共杭州市委召开会议"),
	    "中共杭州市委/ORG/中共杭州市委");
	assert_string_equal(
	    one(shipped, "他曾任杭州市委书记、宁波市副市长等职"),
	    "杭州市委/ORG/杭州市委 宁波市/LOC/Ningbo");
	assert_string_equal(one(shipped, "澳大利亚青木设计公司宣布裁员"),
	    "澳大利亚青木设计公司/ORG/澳大利亚青木设计公司");
	assert_string_equal(
	    one(shipped, "这家美国芯片公司宣布裁员"), "美国/LOC/United States");
}

/*
 * Roles that lead a name and seldom follow one (球星, 领导人, 学者) take a
 * full name after them and nothing before; a day of the month may follow
 * a transliterated name after a role.
 */
static void
test_leading_roles(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "葡萄牙球星贝洛索昨天抵达"),
	    "葡萄牙/LOC/Portugal 贝洛索/PER/贝洛索");
	assert_string_equal(one(shipped, "会议邀请了多位学者和专家"), "");
	assert_string_equal(one(shipped, "该国领导人包括总统和总理"), "");
	assert_string_equal(one(shipped, "他们是本届政府首脑"), "");
	assert_string_equal(one(shipped, "芬兰总理拉赫蒂宁19日说"),
	    "芬兰/LOC/Finland 拉赫蒂宁/PER/拉赫蒂宁");
	/* Transliterations with 顿 and of six characters; not 默默. */
	assert_string_equal(
	    one(shipped, "该国总统贝尔顿今天说"), "贝尔顿/PER/贝尔顿");
	assert_string_equal(one(shipped, "设计师卡拉什尼科夫表示"),
	    "卡拉什尼科夫/PER/卡拉什尼科夫");
	assert_string_equal(one(shipped, "他向烈士默默致哀"), "");
}

/* A body within an organization found by rule is one name with it. */
static void
test_subunits(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "他是杭州师范学院中文系的学生"),
	    "杭州师范学院中文系/ORG/杭州师范学院中文系");
	/* So does a listed one, unless it is a company with shares. */
	assert_string_equal(one(shipped, "北京大学中文系教授"),
	    "北京大学中文系/ORG/北京大学中文系");
	assert_string_equal(one(shipped, "清华大学电机系和欧盟总部"),
	    "清华大学电机系/ORG/清华大学电机系 欧盟总部/ORG/欧盟总部");
	assert_string_equal(one(shipped, "英伟达总部位于加州"),
	    "英伟达/ORG/NVIDIA 加州/LOC/California");
	/* A legislature's term is its own, not its members'. */
	assert_string_equal(one(shipped, "九届全国人大一次会议开幕"),
	    "九届全国人大/ORG/九届全国人大");
	assert_string_equal(one(shipped, "香港特区第一届立法会选举"),
	    "香港特区第一届立法会/ORG/香港特区第一届立法会");
	assert_string_equal(
	    one(shipped, "他是九届全国人大代表"), "全国人大/ORG/NPC");
	assert_string_equal(
	    one(shipped, "新一届人大常委会"), "人大常委会/ORG/人大");
	/* 关系 is no department. */
	assert_string_equal(one(shipped, "清华大学党政关系融洽"),
	    "清华大学/ORG/Tsinghua University");
	/* 宣传部门: the body began a word. */
	assert_string_equal(one(shipped, "杭州师范学院宣传部门"),
	    "杭州师范学院/ORG/杭州师范学院");
}

/*
 * Words that hold a name but are not it (日元大关 is no 元大), a list of
 * regions (黄淮大部、江淮) that 部 does not make a list of bodies, and a
 * body named only by its kind (党委).
 */
static void
test_generic_not_names(void **state)
{
	(void)state;
	assert_string_equal(one(shipped, "韩元大幅贬值"), "");
	assert_string_equal(one(shipped, "改革向纵深发展"), "");
	assert_string_equal(one(shipped, "在党员中集中开展活动"), "");
	assert_string_equal(
	    one(shipped, "深发展公布业绩"), "深发展/ORG/平安银行");
	assert_string_equal(
	    one(shipped, "元大证券发布报告"), "元大证券/ORG/Yuanta");
	assert_string_equal(
	    one(shipped, "黄淮大部、江淮、江南西部有雨"), "江南/LOC/江南");
	assert_string_equal(one(shipped, "重大决策要请示党委"), "");
	/* Six characters before a suffix and no edge: no name. */
	assert_string_equal(one(shipped, "工人们决心坚决推翻黑心公司"), "");
	assert_string_equal(one(shipped, "大家一致同意尽快组建篮球俱乐部"), "");
	assert_string_equal(one(shipped, "大家积极争取加入湖畔读书协会"),
	    "湖畔读书协会/ORG/湖畔读书协会");
	/* A list item grows by a short name, not into a clause. */
	assert_string_equal(one(shipped, "党中央、国务院十分重视这项工作"),
	    "党中央/ORG/CPC Central Committee 国务院/ORG/State Council");
	assert_string_equal(one(shipped, "英伟达、华虹无锡等公司入选"),
	    "英伟达/ORG/NVIDIA 华虹无锡/ORG/华虹无锡");
	/* Kinds of places by their unit are no places. */
	assert_string_equal(one(shipped, "全国有四个直辖市"), "");
	assert_string_equal(one(shipped, "这是国家级贫困县"), "");
	assert_string_equal(one(shipped, "这件事发人深省"), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_longest_and_guards),
		cmocka_unit_test(test_traditional),
		cmocka_unit_test(test_org_suffix),
		cmocka_unit_test(test_org_numeral_start),
		cmocka_unit_test(test_latin),
		cmocka_unit_test(test_people),
		cmocka_unit_test(test_places_and_lists),
		cmocka_unit_test(test_products),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_coreference),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_new_doc),
		cmocka_unit_test(test_scored_names),
		cmocka_unit_test(test_common_word_lines),
		cmocka_unit_test(test_scored_names_errors),
		cmocka_unit_test(test_scored_names_reload),
		cmocka_unit_test(test_scored_names_shipped),
		cmocka_unit_test(test_names_after_role),
		cmocka_unit_test(test_place_bodies),
		cmocka_unit_test(test_generic_bodies),
		cmocka_unit_test(test_country_abbrevs),
		cmocka_unit_test(test_country_bodies),
		cmocka_unit_test(test_missions),
		cmocka_unit_test(test_place_firms),
		cmocka_unit_test(test_bodies_alone),
		cmocka_unit_test(test_sports),
		cmocka_unit_test(test_surname_titles),
		cmocka_unit_test(test_team_suffixes),
		cmocka_unit_test(test_geography),
		cmocka_unit_test(test_suffix_right_edge),
		cmocka_unit_test(test_institution_levels),
		cmocka_unit_test(test_place_committees),
		cmocka_unit_test(test_leading_roles),
		cmocka_unit_test(test_subunits),
		cmocka_unit_test(test_generic_not_names),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
