/*
 * test_ent_units -- the units of a company (region units, business groups,
 * segments) with their parent, a company named again by its 字号, media,
 * exchanges and data providers, and the guards
 * for finance words that look like names (rate names, report words, 年度,
 * given names that are nouns).  Run over the shipped lists as
 * extract-entities loads them, with the passes' skips on and off.  The
 * texts are written for these tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/entities.h"
#include "zhpipe/gazetteer.h"

static struct zp_gazetteer *gaz;
static uint32_t minor;
static char data[1024];

static int
setup(void **state)
{
	char err[256], dir[1100];
	const char *env = getenv("ZHPIPE_DATA");

	(void)state;
	snprintf(data, sizeof(data), "%s", env != NULL ? env : "data");
	gaz = zp_gaz_new();
	snprintf(dir, sizeof(dir), "%s/names", data);
	if (zp_gaz_load_dir(gaz, dir, err, sizeof(err)) < 0)
		return -1;
	minor = (uint32_t)zp_gaz_size(gaz);
	snprintf(dir, sizeof(dir), "%s/gazetteer", data);
	if (zp_gaz_load_dir(gaz, dir, err, sizeof(err)) < 0)
		return -1;
	zp_gaz_compile(gaz);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	zp_gaz_free(gaz);
	return 0;
}

/*
 * The entities of text as "text/TYPE/id" or "text/TYPE/id^parent",
 * joined by spaces, with the skips of the passes on or off.
 */
static void
run_skips(const char *text, bool skips, char *out, size_t size)
{
	struct zp_entities *x = zp_ent_new(gaz);
	const struct zp_entity *e = NULL;
	char err[256], path[1100];
	size_t ne, o = 0;

	zp_ent_set_minor(x, minor);
	snprintf(path, sizeof(path), "%s/names/given.txt", data);
	assert_int_equal(zp_ent_load_names(x, path, err, sizeof(err)), 0);
	zp_ent_set_skips(x, skips);
	ne = zp_ent_extract(x, text, strlen(text), &e);
	out[0] = '\0';
	for (size_t k = 0; k < ne; k++)
		o += (size_t)snprintf(out + o, size - o, "%s%.*s/%s/%s%s%s",
		    k ? " " : "", (int)(e[k].bend - e[k].bstart),
		    text + e[k].bstart, zp_gaz_type_name(e[k].type), e[k].id,
		    e[k].parent != NULL ? "^" : "",
		    e[k].parent != NULL ? e[k].parent : "");
	zp_ent_free(x);
}

static char *
one(const char *text)
{
	static char out[4096], all[4096];

	run_skips(text, true, out, sizeof(out));
	run_skips(text, false, all, sizeof(all));
	assert_string_equal(out, all);
	return out;
}

static void
test_region_units(void **state)
{
	(void)state;
	assert_string_equal(
	    one("宝马中国宣布下调部分车型售价。"), "宝马中国/ORG/宝马中国^BMW");
	assert_string_equal(one("苹果亚太区负责人出席了会议。"),
	    "苹果亚太区/ORG/苹果亚太区^Apple");
	assert_string_equal(one("大众汽车(中国)发布声明。"),
	    "大众汽车(中国)/ORG/大众汽车(中国)^Volkswagen");
	assert_string_equal(
	    one("奔驰欧洲的订单减少。"), "奔驰欧洲/ORG/奔驰欧洲^Mercedes-Benz");
	/* Traditional text: the id is Simplified, the span as written. */
	assert_string_equal(
	    one("寶馬中國宣布降價。"), "寶馬中國/ORG/宝马中国^BMW");
	/* A place apart from the company: a verb, the market, a dateline. */
	assert_string_equal(
	    one("宝马在中国建厂。"), "宝马/ORG/BMW 中国/LOC/China");
	assert_string_equal(
	    one("苹果中国市场份额下降。"), "苹果/ORG/Apple 中国/LOC/China");
	assert_string_equal(
	    one("新华社北京3月5日电"), "新华社/ORG/Xinhua 北京/LOC/Beijing");
	assert_string_equal(one("新华财经北京2024年1月31日电"),
	    "新华财经/ORG/新华财经 北京/LOC/Beijing");
	assert_string_equal(one("路透北京3月5日电，宝马上海10月5日宣布"),
	    "路透/ORG/Reuters 北京/LOC/Beijing 宝马/ORG/BMW 上海/LOC/Shanghai");
	/* A site of the company's in the region. */
	assert_string_equal(one("特斯拉上海超级工厂本月交付。"),
	    "特斯拉/ORG/Tesla 上海/LOC/Shanghai");
	assert_string_equal(
	    one("苹果北京门店排起长队。"), "苹果/ORG/Apple 北京/LOC/Beijing");
	/* A month's figures of the unit: no dateline. */
	assert_string_equal(one("特斯拉中国11月批发销量为7万辆。"),
	    "特斯拉中国/ORG/特斯拉中国^Tesla");
	assert_string_equal(
	    one("苹果中国2025年营收下滑。"), "苹果中国/ORG/苹果中国^Apple");
	/* A body has an office in a region, not a unit. */
	assert_string_equal(
	    one("央行上海总部召开会议。"), "央行/ORG/PBOC 上海/LOC/Shanghai");
	assert_string_equal(
	    one("武警北京总队举行演练。"), "武警北京总队/ORG/武警北京总队");
}

static void
test_groups_and_segments(void **state)
{
	(void)state;
	assert_string_equal(one("腾讯互动娱乐事业群发布新游戏。"),
	    "腾讯互动娱乐事业群/ORG/腾讯互动娱乐事业群^Tencent");
	assert_string_equal(one("阿里巴巴国际数字商业集团减亏。"),
	    "阿里巴巴国际数字商业集团/ORG/阿里国际数字商业集团^Alibaba");
	assert_string_equal(
	    one("美团优选调整站点。"), "美团优选/ORG/美团优选^Meituan");
	assert_string_equal(
	    one("京东电商业务增长。"), "京东电商/ORG/京东电商^JD.com");
	/* A division named with common words, two fields joined by 与. */
	assert_string_equal(one("腾讯平台与内容事业群发布新规。"),
	    "腾讯平台与内容事业群/ORG/腾讯平台与内容事业群^Tencent");
	assert_string_equal(one("腾讯企业发展事业群负责人表示"),
	    "腾讯企业发展事业群/ORG/腾讯企业发展事业群^Tencent");
	/* A unit's division is the company's: 腾讯云 + 与智慧产业事业群. */
	assert_string_equal(one("腾讯云与智慧产业事业群负责人表示"),
	    "腾讯云与智慧产业事业群/ORG/腾讯云与智慧产业事业群^Tencent");
	assert_string_equal(one("华为消费者BG和华为终端BG都在其中。"),
	    "华为消费者BG/ORG/华为消费者BG^Huawei "
	    "华为终端BG/ORG/华为终端BG^Huawei");
	/* 与 after a company joins two parties; how many, not which. */
	assert_string_equal(one("腾讯与合作伙伴事业部签约。"),
	    "腾讯/ORG/Tencent 事业部/ORG/事业部");
	assert_string_equal(one("腾讯旗下事业群调整。"), "腾讯/ORG/Tencent");
	assert_string_equal(
	    one("腾讯在游戏事业群投入更多。"), "腾讯/ORG/Tencent");
	assert_string_equal(one("华为BGP路由器"), "华为/ORG/Huawei");
	/* Listed units have their own ids; 京东物流 is not JD.com. */
	assert_string_equal(
	    one("京东物流发布业绩。"), "京东物流/ORG/JD Logistics^JD.com");
	assert_string_equal(one("阿里云智能集团营收增长。"),
	    "阿里云智能集团/ORG/Alibaba Cloud^Alibaba");
	assert_string_equal(
	    one("京东健康股价上涨。"), "京东健康/ORG/JD Health^JD.com");
	/* The company itself: its group, its legal form, a word after it. */
	assert_string_equal(one("京东集团发布公告。"), "京东集团/ORG/JD.com");
	assert_string_equal(
	    one("小米集团公司发布公告。"), "小米集团公司/ORG/Xiaomi");
	assert_string_equal(one("中国华能集团有限公司发布公告。"),
	    "中国华能集团有限公司/ORG/华能集团");
	/* A place, a trade, 集团 and a legal form: one firm, no place. */
	assert_string_equal(one("上海汽车集团股份有限公司发布公告。"),
	    "上海汽车集团股份有限公司/ORG/上海汽车集团股份有限公司");
	assert_string_equal(one("他在上海汽车公司工作。"), "上海/LOC/Shanghai");
	assert_string_equal(one("苹果科技股走强。"), "苹果/ORG/Apple");
	assert_string_equal(one("京东云计算业务和京东云端存储"),
	    "京东/ORG/JD.com 京东/ORG/JD.com");
	/*
	 * A derived list's name that is a known company and one of its own
	 * forms is the company, and a unit after it is the company's.
	 */
	assert_string_equal(
	    one("大众汽车集团今日宣布。"), "大众汽车集团/ORG/Volkswagen");
	assert_string_equal(one("大众汽车集团(中国)今日宣布。"),
	    "大众汽车集团(中国)/ORG/大众汽车集团(中国)^Volkswagen");
	assert_string_equal(
	    one("华为技术有限公司发布公告。"), "华为技术有限公司/ORG/Huawei");
	/* A trade word between: a company of its own. */
	assert_string_equal(one("小米通讯技术有限公司发布公告。"),
	    "小米通讯技术有限公司/ORG/小米通讯技术有限公司");
	/* A holding word before 集团: the company's own group name. */
	assert_string_equal(
	    one("复星国际集团发布公告。"), "复星国际集团/ORG/复星");
	/* A stop word between: two companies, no group. */
	assert_string_equal(one("腾讯收购游戏集团。"), "腾讯/ORG/Tencent");
}

static void
test_short_names(void **state)
{
	(void)state;
	/* The 字号 alone after the full name, with its id and listing. */
	assert_string_equal(
	    one("理想汽车11月交付3万辆。理想表示，新车交付顺利。"),
	    "理想汽车/ORG/Li Auto 理想/ORG/Li Auto");
	assert_string_equal(
	    one("青禾科技发布财报。青禾方面称，激光雷达出货量翻番。"),
	    "青禾科技/ORG/青禾科技 青禾/ORG/青禾科技");
	/* Before the full name, or as a word of its own: no name. */
	assert_string_equal(
	    one("理想的结果是，理想汽车交付翻番。"), "理想汽车/ORG/Li Auto");
	assert_string_equal(
	    one("理想汽车发布新车，这是理想的状态。"), "理想汽车/ORG/Li Auto");
	assert_string_equal(
	    one("理想汽车发布新车，理想化的设计。"), "理想汽车/ORG/Li Auto");
	/* A 字号 the lists know as something else keeps that sense. */
	assert_string_equal(one("上海汽车发布公告，上海的销量回升。"),
	    "上海汽车/ORG/上海汽车 上海/LOC/Shanghai");
	/* A kind of thing the rules took for a name gives no 字号. */
	assert_string_equal(
	    one("赤潮生物大量繁殖，赤潮已经扩散。"), "赤潮生物/ORG/赤潮生物");
}

static void
test_media(void **state)
{
	(void)state;
	assert_string_equal(one("据21世纪经济报道报道，公司将扩产。"),
	    "21世纪经济报道/ORG/21世纪经济报道");
	assert_string_equal(one("36氪获悉，该公司完成融资。"), "36氪/ORG/36氪");
	assert_string_equal(one("据财联社报道，界面新闻也证实"),
	    "财联社/ORG/财联社 界面新闻/ORG/界面新闻");
	assert_string_equal(one("华尔街见闻援引彭博的消息"),
	    "华尔街见闻/ORG/华尔街见闻 彭博/ORG/Bloomberg");
	assert_string_equal(one("Wind数据显示，同花顺股价上涨"),
	    "Wind/ORG/万得 同花顺/ORG/同花顺");
	assert_string_equal(one("企查查信息显示，天眼查也有"),
	    "企查查/ORG/企查查 天眼查/ORG/天眼查");
	/* A side or a camp of a trade is no name. */
	assert_string_equal(one("国际品牌方面，雅诗兰黛营收下降。"),
	    "雅诗兰黛/ORG/Estée Lauder");
	assert_string_equal(one("该芯片被多家整机厂采用。"), "");
	/* A place, a trade and 企业: a kind of firm; a legal form names one. */
	assert_string_equal(one("德国线束企业宣布裁员。"), "德国/LOC/Germany");
	assert_string_equal(one("德国线束企业有限公司宣布裁员。"),
	    "德国线束企业有限公司/ORG/德国线束企业有限公司");
	/* Exchanges and clearing houses by their short names. */
	assert_string_equal(one("郑商所调整保证金，上期所和中金所跟进。"),
	    "郑商所/ORG/郑商所 上期所/ORG/上期所 中金所/ORG/中金所");
	assert_string_equal(
	    one("大连商品交易所发布通知。"), "大连商品交易所/ORG/大商所");
	assert_string_equal(
	    one("芝商所与新交所合作。"), "芝商所/ORG/CME Group 新交所/ORG/SGX");
	/* 中金 is still CICC. */
	assert_string_equal(one("中金公司研报称"), "中金公司/ORG/CICC");
	/* 每经 alone is "every time ... passes": only 每经网 is the site. */
	assert_string_equal(one("每经过一站都要停车。"), "");
}

static void
test_finance_words(void **state)
{
	(void)state;
	assert_string_equal(
	    one("美联储维持联邦基金利率不变。"), "美联储/ORG/Federal Reserve");
	assert_string_equal(one("联邦基金利率期货显示降息预期升温。"), "");
	assert_string_equal(one("该季报称，营收增长。"), "");
	assert_string_equal(one("公司周报称，销量回升。"), "");
	assert_string_equal(one("荣获2023年度金牛基金公司称号"),
	    "金牛基金公司/ORG/金牛基金公司");
	/* A fund is still a fund. */
	assert_string_equal(
	    one("易方达基金表示看好消费。"), "易方达基金/ORG/易方达");
	/* A given name that is a noun: 海军 is the navy, 李海军 a person. */
	assert_string_equal(one("董事长李海军表示"), "李海军/PER/李海军");
	assert_string_equal(
	    one("周海军表示，公司将扩产。"), "周海军/PER/周海军");
	assert_string_equal(one("美国海军表示"), "美国海军/ORG/美国海军");
	assert_string_equal(one("韩海军宣布演习"), "海军/ORG/海军");
	assert_string_equal(one("向小米表示感谢"), "小米/ORG/Xiaomi");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_region_units),
		cmocka_unit_test(test_groups_and_segments),
		cmocka_unit_test(test_short_names),
		cmocka_unit_test(test_media),
		cmocka_unit_test(test_finance_words),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
