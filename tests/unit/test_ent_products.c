/*
 * test_ent_products -- products over the shipped lists: a brand's goods
 * against its company, a company + a category noun, devices, chips, AI
 * models, cars, the maker of each, and the common words that are product
 * names only in their context.  The texts are written for these tests.
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

#include "shipped_gaz.h"

static int
setup(void **state)
{
	(void)state;
	return shipped_load();
}

static int
teardown(void **state)
{
	(void)state;
	shipped_free();
	return 0;
}

/*
 * The entities of text as "text/TYPE/id" (and "/maker" when set), joined
 * by spaces, with the passes' skips on and off (both must agree).
 */
static char *
one(const char *text)
{
	static char out[2][4096];

	for (int s = 0; s < 2; s++) {
		struct zp_entities *x = zp_ent_new(shipped);
		const struct zp_entity *e;
		size_t ne, o = 0;

		zp_ent_set_skips(x, s == 0);
		ne = zp_ent_extract(x, text, strlen(text), &e);
		out[s][0] = '\0';
		for (size_t k = 0; k < ne; k++)
			o += (size_t)snprintf(out[s] + o, sizeof(out[s]) - o,
			    "%s%.*s/%s/%s%s%s", k ? " " : "",
			    (int)(e[k].bend - e[k].bstart), text + e[k].bstart,
			    zp_gaz_type_name(e[k].type), e[k].id,
			    e[k].maker != NULL ? "/" : "",
			    e[k].maker != NULL ? e[k].maker : "");
		zp_ent_free(x);
	}
	assert_string_equal(out[0], out[1]);
	return out[0];
}

static void
test_brand_goods(void **state)
{
	(void)state;
	/* The goods: prices, bottles, sales. */
	assert_string_equal(one("春节前五粮液批价回落，一瓶卖到九百多元。"),
	    "五粮液/PRODUCT/五粮液/五粮液");
	assert_string_equal(
	    one("经销商说汾酒动销不错。"), "汾酒/PRODUCT/汾酒/山西汾酒");
	assert_string_equal(
	    one("他带了两瓶茅台给朋友。"), "茅台/PRODUCT/茅台/贵州茅台");
	/* Traditional text: the same rules, a Simplified id. */
	assert_string_equal(one("春節前五糧液批價回落，一瓶賣到九百多元。"),
	    "五糧液/PRODUCT/五粮液/五粮液");
	/* The company or its stock. */
	assert_string_equal(
	    one("五粮液发布公告称，董事会通过分红方案。"), "五粮液/ORG/五粮液");
	assert_string_equal(
	    one("汾酒公告称营收增长两成。"), "汾酒/ORG/山西汾酒");
	assert_string_equal(one("茅台股价创新高。"), "茅台/ORG/贵州茅台");
	assert_string_equal(one("茅台酒厂扩建了车间。"), "茅台/ORG/贵州茅台");
	/* Buying the stock, or a sector's leader. */
	assert_string_equal(
	    one("几家机构上周买入五粮液。"), "五粮液/ORG/五粮液");
	assert_string_equal(
	    one("白酒龙头五粮液涨了三个点。"), "五粮液/ORG/五粮液");
	/* A price war is fought by companies. */
	assert_string_equal(one("茅台和五粮液的价格战打响了。"),
	    "茅台/ORG/贵州茅台 五粮液/ORG/五粮液");
	/* Names of goods alone, with their makers. */
	assert_string_equal(one("贵州茅台发布公告，茅台1935提价。"),
	    "贵州茅台/ORG/贵州茅台 茅台1935/PRODUCT/茅台1935/贵州茅台");
	assert_string_equal(one("飞天茅台的出厂价上调。"),
	    "飞天茅台/PRODUCT/飞天茅台/贵州茅台");
	assert_string_equal(one("超市里特仑苏和安慕希都在促销。"),
	    "特仑苏/PRODUCT/特仑苏/蒙牛 安慕希/PRODUCT/安慕希/伊利");
	assert_string_equal(one("国窖1573和梦之蓝在宴席上很受欢迎。"),
	    "国窖1573/PRODUCT/国窖1573/泸州老窖 "
	    "梦之蓝/PRODUCT/梦之蓝/洋河股份");
}

static void
test_fruit(void **state)
{
	(void)state;
	assert_string_equal(one("她每天早上吃一个苹果。"), "");
	assert_string_equal(one("超市里苹果和香蕉都降价了。"), "");
	assert_string_equal(one("她每天吃一個蘋果。"), "");
	assert_string_equal(
	    one("今年陕西的苹果种植面积扩大。"), "陕西/LOC/Shaanxi");
	assert_string_equal(one("苹果发布新款iPad。"),
	    "苹果/ORG/Apple iPad/PRODUCT/Apple iPad/Apple");
	assert_string_equal(one("苹果股价收涨两个百分点。"), "苹果/ORG/Apple");
	/* Millet among grain; futures of goods are contracts. */
	assert_string_equal(one("今年小米的价格上涨，玉米和小麦也涨。"), "");
	assert_string_equal(one("小米发布新手机。"), "小米/ORG/Xiaomi");
	assert_string_equal(
	    one("苹果期货主力合约上涨，小米期货成交活跃。"), "");
}

static void
test_category(void **state)
{
	(void)state;
	assert_string_equal(one("华为手机出货量回升，苹果手机份额下滑。"),
	    "华为手机/PRODUCT/华为手机/Huawei "
	    "苹果手机/PRODUCT/苹果手机/Apple");
	/* A longer word after the noun, or no category noun at all. */
	assert_string_equal(one("联想电脑公司成立于八十年代。"),
	    "联想电脑公司/ORG/联想电脑公司");
	assert_string_equal(one("华为发布了新的折叠屏。"), "华为/ORG/Huawei");
}

static void
test_devices_chips_software(void **state)
{
	(void)state;
	assert_string_equal(one("Apple Watch和AirPods销量增长。"),
	    "Apple Watch/PRODUCT/Apple Watch/Apple "
	    "AirPods/PRODUCT/Apple AirPods/Apple");
	assert_string_equal(one("任天堂Switch 2发售首周售罄。"),
	    "任天堂/ORG/Nintendo Switch 2/PRODUCT/Nintendo Switch 2/Nintendo");
	assert_string_equal(one("请按下Switch按钮重新启动。"), "");
	assert_string_equal(one("英伟达B200与AMD MI355X同台竞争。"),
	    "英伟达/ORG/NVIDIA B200/PRODUCT/NVIDIA B200/NVIDIA "
	    "AMD/ORG/AMD MI355X/PRODUCT/AMD Instinct MI355X/AMD");
	assert_string_equal(one("麒麟9000S芯片回归。"),
	    "麒麟9000S/PRODUCT/Huawei Kirin 9000S/Huawei");
	assert_string_equal(one("骁龙8 Gen 3和天玑9400都已量产。"),
	    "骁龙8 Gen 3/PRODUCT/Qualcomm Snapdragon 8 Gen 3/Qualcomm "
	    "天玑9400/PRODUCT/MediaTek Dimensity 9400/MediaTek");
	assert_string_equal(one("鲲鹏展翅九万里。"), "");
	assert_string_equal(one("讯飞星火和盘古大模型同台评测。"),
	    "讯飞星火/PRODUCT/iFlytek Spark/科大讯飞 "
	    "盘古大模型/PRODUCT/Huawei Pangu/Huawei");
	assert_string_equal(one("小米发布红米K80。"),
	    "小米/ORG/Xiaomi 红米K80/PRODUCT/Xiaomi Redmi K80/Xiaomi");
	assert_string_equal(one("老家的红米饭很香。"), "");
	/* 大模型 after a model's name is part of it. */
	assert_string_equal(one("豆包大模型日活用户破亿。"),
	    "豆包大模型/PRODUCT/ByteDance Doubao/ByteDance");
	assert_string_equal(one("早餐吃了两个豆包。"), "");
	assert_string_equal(
	    one("ChatGPT和Claude的付费用户都在增加，Kimi也不甘示弱。"),
	    "ChatGPT/PRODUCT/ChatGPT/OpenAI Claude/PRODUCT/Claude/Anthropic "
	    "Kimi/PRODUCT/Kimi/月之暗面");
	assert_string_equal(one("深度求索发布DeepSeek-R1。"),
	    "深度求索/ORG/DeepSeek DeepSeek-R1/PRODUCT/DeepSeek-R1/DeepSeek");
	assert_string_equal(one("iOS和鸿蒙的开发者大会先后召开。"),
	    "iOS/PRODUCT/Apple iOS/Apple "
	    "鸿蒙/PRODUCT/Huawei HarmonyOS/Huawei");
}

static void
test_cars(void **state)
{
	(void)state;
	assert_string_equal(one("小米SU7交付破万。"),
	    "小米/ORG/Xiaomi SU7/PRODUCT/Xiaomi SU7/Xiaomi");
	assert_string_equal(one("问界M9和理想L9在大型SUV市场竞争。"),
	    "问界/ORG/问界 M9/PRODUCT/问界 M9/问界 "
	    "理想/ORG/Li Auto L9/PRODUCT/Li Auto L9/Li Auto");
	assert_string_equal(one("比亚迪汉EV和秦PLUS销量领先。"),
	    "比亚迪/ORG/BYD 汉EV/PRODUCT/BYD Han EV/BYD "
	    "秦PLUS/PRODUCT/BYD Qin PLUS/BYD");
	assert_string_equal(one("比亚迪海豹06上市。"),
	    "比亚迪/ORG/BYD 海豹06/PRODUCT/BYD Seal 06/BYD");
	assert_string_equal(one("极氪001改款上市。"),
	    "极氪/ORG/Zeekr 001/PRODUCT/Zeekr 001/Zeekr");
	assert_string_equal(one("特斯拉Model Y降价。"),
	    "特斯拉/ORG/Tesla Model Y/PRODUCT/Tesla Model Y/Tesla");
	/* The common words. */
	assert_string_equal(one("理想很丰满，现实很骨感。"), "");
	assert_string_equal(one("汉朝和唐朝都很强盛。"), "");
	assert_string_equal(one("海豹在冰面上晒太阳。"), "");
	assert_string_equal(one("每件100元EV版另算。"), "");
	/* Periods glued to a name are no models, nor events after others. */
	assert_string_equal(one("特斯拉Q3交付创新高。"), "特斯拉/ORG/Tesla");
	assert_string_equal(
	    one("任天堂E3展台人潮涌动。"), "任天堂/ORG/Nintendo");
	assert_string_equal(one("苹果M4芯片性能提升。"),
	    "苹果/ORG/Apple M4/PRODUCT/Apple M4/Apple");
}

static void
test_number_series(void **state)
{
	(void)state;
	assert_string_equal(one("龙芯发布新品，6000系列将再做优化。"),
	    "龙芯/ORG/Loongson "
	    "6000系列/PRODUCT/Loongson 6000 series/Loongson");
	assert_string_equal(one("共有2000系列产品。"), "");
	/* After another word the number is not the maker's. */
	assert_string_equal(
	    one("英特尔发行的债券20系列明年到期。"), "英特尔/ORG/Intel");
}

static void
test_lines_by_category(void **state)
{
	(void)state;
	/* Battery lines, with their makers from the list. */
	assert_string_equal(one("宁德时代展示了麒麟电池和神行超充电池。"),
	    "宁德时代/ORG/CATL 麒麟电池/PRODUCT/麒麟电池/CATL "
	    "神行超充电池/PRODUCT/神行超充电池/CATL");
	assert_string_equal(one("麒麟电池今年量产，刀片电池也在扩产。"),
	    "麒麟电池/PRODUCT/麒麟电池/CATL 刀片电池/PRODUCT/刀片电池/BYD");
	assert_string_equal(one("庙门前立着一对麒麟。"), "");
	/* Apps, games and money products of the internet groups. */
	assert_string_equal(one("阿里旗下闲鱼和高德地图用户增长。"),
	    "阿里/ORG/Alibaba 闲鱼/PRODUCT/闲鱼/Alibaba "
	    "高德地图/PRODUCT/高德地图/Alibaba");
	assert_string_equal(one("《王者荣耀》与《原神》流水稳定。"),
	    "王者荣耀/PRODUCT/王者荣耀/Tencent 原神/PRODUCT/原神/miHoYo");
	assert_string_equal(one("余额宝规模回升，花呗用户增加。"),
	    "余额宝/PRODUCT/余额宝/蚂蚁集团 花呗/PRODUCT/花呗/蚂蚁集团");
	assert_string_equal(
	    one("京东外卖日单量破千万。"), "京东外卖/PRODUCT/京东外卖/JD.com");
	/* Names that are words too: only with words of their kind. */
	assert_string_equal(one("夸克的月活跃用户数攀升。"),
	    "夸克/PRODUCT/Alibaba Quark/Alibaba");
	assert_string_equal(one("物理学家发现了一种新的夸克。"), "");
	assert_string_equal(
	    one("钉钉的日活用户破亿。"), "钉钉/PRODUCT/钉钉/Alibaba");
	assert_string_equal(one("降息并非板上钉钉。"), "");
	assert_string_equal(one("微软的Azure和必应收入增长。"),
	    "微软/ORG/Microsoft Azure/PRODUCT/Microsoft Azure/Microsoft "
	    "必应/PRODUCT/Microsoft Bing/Microsoft");
	assert_string_equal(one("这座庙据说有求必应。"), "");
	assert_string_equal(one("泡泡玛特的LABUBU热卖。"),
	    "泡泡玛特/ORG/泡泡玛特 LABUBU/PRODUCT/LABUBU/泡泡玛特");
	/* Beauty brands of the big groups, in either script. */
	assert_string_equal(one("欧莱雅旗下兰蔻与科颜氏增长。"),
	    "欧莱雅/ORG/L'Oréal 兰蔻/PRODUCT/兰蔻/L'Oréal "
	    "科颜氏/PRODUCT/科颜氏/L'Oréal");
	assert_string_equal(one("歐萊雅旗下蘭蔻與科顏氏增長。"),
	    "歐萊雅/ORG/L'Oréal 蘭蔻/PRODUCT/兰蔻/L'Oréal "
	    "科顏氏/PRODUCT/科颜氏/L'Oréal");
	assert_string_equal(one("宝洁的海飞丝和玉兰油降价。"),
	    "宝洁/ORG/Procter & Gamble "
	    "海飞丝/PRODUCT/海飞丝/Procter & Gamble "
	    "玉兰油/PRODUCT/玉兰油/Procter & Gamble");
	assert_string_equal(one("瑞幸的生椰拿铁卖出十亿杯。"),
	    "瑞幸/ORG/Luckin Coffee 生椰拿铁/PRODUCT/生椰拿铁/Luckin Coffee");
	/* A brand + a model stays split: 腾讯 + 元宝. */
	assert_string_equal(one("腾讯元宝的用户增长很快。"),
	    "腾讯/ORG/Tencent 元宝/PRODUCT/Tencent Yuanbao/Tencent");
}

static void
test_names_grown(void **state)
{
	(void)state;
	/* A family word before a code; houses and years are no models. */
	assert_string_equal(one("新机搭载麒麟8020芯片。"),
	    "麒麟8020/PRODUCT/Huawei Kirin 8020/Huawei");
	assert_string_equal(
	    one("文心4.5正式开源。"), "文心4.5/PRODUCT/Baidu ERNIE 4.5/Baidu");
	assert_string_equal(one("寒武纪的思元590芯片完成适配。"),
	    "寒武纪/ORG/Cambricon 思元590/PRODUCT/Cambricon MLU 590/Cambricon");
	assert_string_equal(one("麒麟2号院住着三户人家。"), "");
	assert_string_equal(one("盘古2000年的传说流传至今。"), "");
	/* A listed name with its model words, version or 大模型. */
	assert_string_equal(one("华为MatePad Air销量大增。"),
	    "华为/ORG/Huawei MatePad Air/PRODUCT/Huawei MatePad Air/Huawei");
	assert_string_equal(one("DeepSeek-R1.5上线后调用量翻倍。"),
	    "DeepSeek-R1.5/PRODUCT/DeepSeek-R1.5/DeepSeek");
	assert_string_equal(one("腾讯混元大模型接入微信。"),
	    "腾讯/ORG/Tencent 混元大模型/PRODUCT/Tencent Hunyuan/Tencent "
	    "微信/PRODUCT/WeChat/Tencent");
	/* The maker of a version is the product's; a number is no version. */
	assert_string_equal(
	    one("GPT-5.2发布。"), "GPT-5.2/PRODUCT/GPT-5.2/OpenAI");
	assert_string_equal(
	    one("GPT-5.2亿次调用"), "GPT-5/PRODUCT/GPT-5/OpenAI");
}

static void
test_car_models(void **state)
{
	(void)state;
	assert_string_equal(one("上月海豹与海狮两款车型交付火爆。"),
	    "海豹/PRODUCT/BYD Seal/BYD 海狮/PRODUCT/BYD Sealion/BYD");
	assert_string_equal(one("海鸥掠过海面，游客纷纷拍照。"), "");
	assert_string_equal(one("理想i6交付超过一万辆。"),
	    "理想/ORG/Li Auto i6/PRODUCT/Li Auto i6/Li Auto");
	assert_string_equal(
	    one("极氪7X上市。"), "极氪/ORG/Zeekr 7X/PRODUCT/Zeekr 7X/Zeekr");
	assert_string_equal(
	    one("新车型唐L下月交付。"), "唐L/PRODUCT/BYD Tang L/BYD");
	/* After a word that is no BYD name, 唐 is the dynasty. */
	assert_string_equal(one("盛唐L形的城墙"), "");
}

static void
test_kinds_and_makers(void **state)
{
	(void)state;
	/* A model named by an alias: its maker through its entry. */
	assert_string_equal(one("智谱发布GLM-4.5。"),
	    "智谱/ORG/智谱 GLM-4.5/PRODUCT/GLM-4.5/智谱");
	assert_string_equal(one("谷歌推出Gemini 2.5 Flash。"),
	    "谷歌/ORG/Google "
	    "Gemini 2.5 Flash/PRODUCT/Gemini 2.5 Flash/Google");
	assert_string_equal(one("Anthropic发布Claude Opus。"),
	    "Anthropic/ORG/Anthropic Claude Opus/PRODUCT/Claude "
	    "Opus/Anthropic");
	/* An app: a company's, or a listed product's. */
	assert_string_equal(one("招商银行App月活用户破亿。"),
	    "招商银行App/PRODUCT/招商银行App/China Merchants Bank");
	assert_string_equal(one("夸克App的用户增长。"),
	    "夸克App/PRODUCT/Alibaba Quark/Alibaba");
	/* A chip family of T-Head; the novel is none. */
	assert_string_equal(one("阿里云的倚天710芯片上线。"),
	    "阿里云/ORG/Alibaba Cloud "
	    "倚天710/PRODUCT/Alibaba Yitian 710/Alibaba");
	assert_string_equal(one("倚天屠龙记的故事家喻户晓。"), "");
	/* Drinks and medicines named as their makers are. */
	assert_string_equal(
	    one("一瓶农夫山泉卖两元。"), "农夫山泉/PRODUCT/农夫山泉/农夫山泉");
	assert_string_equal(
	    one("农夫山泉发布公告称营收增长。"), "农夫山泉/ORG/农夫山泉");
	assert_string_equal(
	    one("片仔癀提价后一粒难求。"), "片仔癀/PRODUCT/片仔癀/片仔癀");
	/* Dairy, drink, liquor and beauty lines; a hotel is no liquor. */
	assert_string_equal(one("伊利的巧乐兹和金典销量增长。"),
	    "伊利/ORG/伊利 巧乐兹/PRODUCT/巧乐兹/伊利 金典/PRODUCT/金典/伊利");
	assert_string_equal(one("茅台王子酒价格下探。"),
	    "茅台王子酒/PRODUCT/茅台王子酒/贵州茅台");
	assert_string_equal(
	    one("他在国缘大酒店吃饭。"), "国缘大酒店/ORG/国缘大酒店");
	assert_string_equal(one("华熙生物旗下润百颜增长。"),
	    "华熙生物/ORG/华熙生物 润百颜/PRODUCT/润百颜/华熙生物");
	/* A company + 手环 is its product line. */
	assert_string_equal(
	    one("小米手环出货量第一。"), "小米手环/PRODUCT/小米手环/Xiaomi");
}

/* A product's parent column is its maker, not a parent on output. */
static void
test_model_words(void **state)
{
	(void)state;
	/* A family grows over the model words that follow it. */
	assert_string_equal(one("洋河的梦之蓝M6+今年提价。"),
	    "梦之蓝M6+/PRODUCT/梦之蓝 M6+/洋河股份");
	assert_string_equal(one("高通发布骁龙X Elite。"),
	    "高通/ORG/Qualcomm "
	    "骁龙X Elite/PRODUCT/Qualcomm Snapdragon X Elite/Qualcomm");
	assert_string_equal(one("联想ThinkPad X1 Carbon降价。"),
	    "联想/ORG/Lenovo "
	    "ThinkPad X1 Carbon/PRODUCT/Lenovo ThinkPad X1 Carbon/Lenovo");
	assert_string_equal(one("华为MatePad 11.5今日开售。"),
	    "华为/ORG/Huawei MatePad 11.5/PRODUCT/Huawei MatePad 11.5/Huawei");
	assert_string_equal(one("百度文心大模型4.5开源。"),
	    "百度/ORG/Baidu 文心大模型4.5/PRODUCT/Baidu ERNIE 4.5/Baidu");
	assert_string_equal(one("Model Y L开始交付。"),
	    "Model Y L/PRODUCT/Tesla Model Y L/Tesla");
	/* It stops at years, units and the classes of shares. */
	assert_string_equal(one("英伟达H20 2025年减产。"),
	    "英伟达/ORG/NVIDIA H20/PRODUCT/NVIDIA H20/NVIDIA");
	assert_string_equal(one("三星Galaxy S25 256GB售价下调。"),
	    "三星/ORG/Samsung Electronics "
	    "Galaxy S25/PRODUCT/Samsung Galaxy S25/Samsung Electronics");
	assert_string_equal(one("Model Y A股概念走强。"),
	    "Model Y/PRODUCT/Tesla Model Y/Tesla");
}

static void
test_maker_models(void **state)
{
	(void)state;
	/* A model code after its maker's name, glued or after a space. */
	assert_string_equal(one("小鹏G7和理想i8上市。"),
	    "小鹏/ORG/XPeng G7/PRODUCT/XPeng G7/XPeng "
	    "理想/ORG/Li Auto i8/PRODUCT/Li Auto i8/Li Auto");
	assert_string_equal(one("OPPO Find X9与大疆Mini 5 Pro发布。"),
	    "OPPO/ORG/OPPO Find X9/PRODUCT/OPPO Find X9/OPPO "
	    "大疆/ORG/DJI Mini 5 Pro/PRODUCT/DJI Mini 5 Pro/DJI");
	/* After 的, after a kind of goods, a number with model words. */
	assert_string_equal(one("大疆的Mini 5 Pro热销，影石创新的X5上市。"),
	    "大疆/ORG/DJI Mini 5 Pro/PRODUCT/DJI Mini 5 Pro/DJI "
	    "影石创新/ORG/Insta360 X5/PRODUCT/Insta360 X5/Insta360");
	assert_string_equal(one("增程车型L6销量领先。"), "L6/PRODUCT/L6");
	assert_string_equal(one("小米17 Pro Max首发。"),
	    "小米/ORG/Xiaomi 17 Pro Max/PRODUCT/Xiaomi 17 Pro Max/Xiaomi");
	assert_string_equal(one("小米15日公告，礼来的GLP-1药物获批。"),
	    "小米/ORG/Xiaomi 礼来/ORG/Eli Lilly");
	/* A short form after its full form is the same product. */
	assert_string_equal(one("DeepSeek-R1发布后，R1的下载量大增。"),
	    "DeepSeek-R1/PRODUCT/DeepSeek-R1/DeepSeek "
	    "R1/PRODUCT/DeepSeek-R1/DeepSeek");
	assert_string_equal(one("魅族25 Pro上市，25 Pro首销告罄。"),
	    "魅族/ORG/Meizu 25 Pro/PRODUCT/Meizu 25 Pro/Meizu "
	    "25 Pro/PRODUCT/Meizu 25 Pro/Meizu");
	assert_string_equal(one("iPhone 18 Pro发布后，18 Pro卖得最好。"),
	    "iPhone 18 Pro/PRODUCT/Apple iPhone 18 Pro/Apple "
	    "18 Pro/PRODUCT/Apple iPhone 18 Pro/Apple");
	/* Without the full form before it, a number with Pro is no name. */
	assert_string_equal(one("25 Pro首销告罄。"), "");
	assert_string_equal(one("AirPods Pro 3卖了3万副，R1赛季开始。"),
	    "AirPods Pro 3/PRODUCT/Apple AirPods Pro 3/Apple");
	/* Summits, periods, generations and counts are no models. */
	assert_string_equal(
	    one("美国出席G7峰会。"), "美国/LOC/United States G7/ORG/G7");
	assert_string_equal(one("腾讯Q3营收增长，华为5G领先。"),
	    "腾讯/ORG/Tencent 华为/ORG/Huawei");
	assert_string_equal(one("小米3款新机，OPPO Find不再更新。"),
	    "小米/ORG/Xiaomi OPPO/ORG/OPPO");
}

static void
test_consumer_makers(void **state)
{
	(void)state;
	/* Makers of phones, appliances, beauty, sportswear, drugs, games. */
	assert_string_equal(one("科沃斯的地宝销量领先，卡萨帝冰箱提价。"),
	    "科沃斯/ORG/Ecovacs 地宝/PRODUCT/Ecovacs DEEBOT/Ecovacs "
	    "卡萨帝冰箱/PRODUCT/卡萨帝/海尔智家");
	assert_string_equal(one("安踏旗下迪桑特与可隆增长。"),
	    "安踏/ORG/安踏 迪桑特/PRODUCT/Descente/安踏 "
	    "可隆/PRODUCT/Kolon Sport/安踏");
	assert_string_equal(one("诺和诺德的诺和盈与礼来的穆峰达竞争。"),
	    "诺和诺德/ORG/Novo Nordisk 诺和盈/PRODUCT/Wegovy/Novo Nordisk "
	    "礼来/ORG/Eli Lilly 穆峰达/PRODUCT/Mounjaro/Eli Lilly");
	assert_string_equal(one("鹰角网络的明日方舟流水稳定。"),
	    "鹰角网络/ORG/Hypergryph 明日方舟/PRODUCT/明日方舟/Hypergryph");
	/* A brand with its category of goods is one name; a code is not. */
	assert_string_equal(one("卡萨帝冰箱热销，华凌空调降价。"),
	    "卡萨帝冰箱/PRODUCT/卡萨帝/海尔智家 "
	    "华凌空调/PRODUCT/华凌/美的集团");
	assert_string_equal(one("英伟达H100显卡缺货。"),
	    "英伟达/ORG/NVIDIA H100/PRODUCT/NVIDIA H100/NVIDIA");
	/* Their common words stay words. */
	assert_string_equal(one("路边的石头很多，荣耀属于每一个人。"), "");
	assert_string_equal(one("一加一等于二。"), "");
}

static void
test_maker_not_parent(void **state)
{
	const char *text = "兰蔻的新品卖得很好。";
	struct zp_entities *x = zp_ent_new(shipped);
	const struct zp_entity *e;
	size_t ne = zp_ent_extract(x, text, strlen(text), &e);

	(void)state;
	assert_int_equal(ne, 1);
	assert_int_equal(e[0].type, ZP_ET_PRODUCT);
	assert_string_equal(e[0].maker, "L'Oréal");
	assert_null(e[0].parent);
	zp_ent_free(x);
}

static void
test_food_and_drink(void **state)
{
	(void)state;
	/* Drink, dairy, snack and beer brands, with their makers. */
	assert_string_equal(one("春节前王老吉凉茶和雪碧都在备货。"),
	    "王老吉凉茶/PRODUCT/王老吉/广药白云山 雪碧/PRODUCT/雪碧/Coca-Cola");
	assert_string_equal(one("六个核桃与AD钙奶销量回升。"),
	    "六个核桃/PRODUCT/六个核桃/养元饮品 AD钙奶/PRODUCT/AD钙奶/娃哈哈");
	assert_string_equal(one("渠道反馈乌苏啤酒和小茗同学动销良好。"),
	    "乌苏啤酒/PRODUCT/乌苏啤酒/重庆啤酒 "
	    "小茗同学/PRODUCT/小茗同学/统一企业");
	/* A surname-like brand is still no person. */
	assert_string_equal(
	    one("王老吉表示将加大投放。"), "王老吉/PRODUCT/王老吉/广药白云山");
	/* The words inside them stay words. */
	assert_string_equal(one("窗外雪花飘落，他喝了一杯凉白开。"), "");
}

static void
test_units_not_names(void **state)
{
	(void)state;
	/* A unit of power is no name, though it starts with a surname. */
	assert_string_equal(one("公司新增装机3吉瓦，千瓦时电价下降。"), "");
	assert_string_equal(one("储能项目规模为2吉瓦时，另有500兆瓦。"), "");
	/* Names with that surname still are. */
	assert_string_equal(one("吉星明表示同意。"), "吉星明/PER/吉星明");
}

static void
test_caps_line_models(void **state)
{
	(void)state;
	/* A maker's product line in capitals, then its code: one model. */
	assert_string_equal(one("摩尔线程MTT S5000显卡出货。"),
	    "摩尔线程/ORG/摩尔线程 MTT S5000/PRODUCT/摩尔线程 MTT "
	    "S5000/摩尔线程");
	assert_string_equal(one("海光DCU K200加速卡放量。"),
	    "海光/ORG/海光信息 DCU K200/PRODUCT/海光信息 DCU K200/海光信息");
	/* Titles, generic words and dates after a maker are no models. */
	assert_string_equal(
	    one("腾讯CEO 2025年表示增长。"), "腾讯/ORG/Tencent");
	assert_string_equal(one("华为AI 100计划启动。"), "华为/ORG/Huawei");
	/*
	 * Without a maker before it the capital word stays out; the maker's
	 * listed lines (MTT S5000) are found by the list alone.
	 */
	assert_string_equal(
	    one("该基金XYZ S5000份额增长。"), "S5000/PRODUCT/S5000");
	assert_string_equal(one("这批MTT S3000显卡已交付。"),
	    "MTT S3000/PRODUCT/摩尔线程 MTT S3000/摩尔线程");
}

static void
test_marques(void **state)
{
	(void)state;
	/* A marque named with a common word, before its model's code. */
	assert_string_equal(one("乐道L60订单火爆。"),
	    "乐道/ORG/乐道 L60/PRODUCT/乐道 L60/乐道");
	assert_string_equal(one("深蓝S07与启源A07同日发布。"),
	    "深蓝/ORG/深蓝 S07/PRODUCT/深蓝 S07/深蓝 "
	    "启源/ORG/启源 A07/PRODUCT/启源 A07/启源");
	assert_string_equal(one("上汽尚界H5上市，她是时尚界名人。"),
	    "上汽/ORG/上汽集团 尚界/ORG/尚界 H5/PRODUCT/尚界 H5/尚界");
	assert_string_equal(one("这段往事至今为人津津乐道。"), "");
	assert_string_equal(one("大家津津乐道L形的设计。"), "");
	assert_string_equal(one("他仰望U形的拱门。"), "");
	assert_string_equal(one("分享界面很简洁。"), "");
	/* Models that are numbers, capitals or classes after a marque. */
	assert_string_equal(one("坦克500和坦克700交付提速。"),
	    "坦克/ORG/坦克 500/PRODUCT/坦克 500/坦克 "
	    "坦克/ORG/坦克 700/PRODUCT/坦克 700/坦克");
	assert_string_equal(one("领克08与阿维塔12同场竞技。"),
	    "领克/ORG/领克 08/PRODUCT/领克 08/领克 "
	    "阿维塔/ORG/阿维塔 12/PRODUCT/阿维塔 12/阿维塔");
	assert_string_equal(one("宝马5系和奔驰S级降价。"),
	    "宝马/ORG/BMW 5系/PRODUCT/BMW 5系/BMW "
	    "奔驰/ORG/Mercedes-Benz S级/PRODUCT/Mercedes-Benz S级/"
	    "Mercedes-Benz");
	assert_string_equal(one("奔驰EQS上市。"),
	    "奔驰/ORG/Mercedes-Benz "
	    "EQS/PRODUCT/Mercedes-Benz EQS/Mercedes-Benz");
	/* Counts, months, series and titles are no models. */
	assert_string_equal(one("演习中坦克500米外开火。"), "");
	assert_string_equal(one("阿维塔12月交付超万辆。"), "阿维塔/ORG/阿维塔");
	assert_string_equal(one("宝马系列产品热销。"), "宝马/ORG/BMW");
	assert_string_equal(one("奔驰CEO出席。"), "奔驰/ORG/Mercedes-Benz");
	assert_string_equal(one("她长得很标致。"), "");
	assert_string_equal(one("蔚来2025目标明确。"), "蔚来/ORG/NIO");
	assert_string_equal(one("标致2008降价。"),
	    "标致/ORG/Peugeot 2008/PRODUCT/Peugeot 2008/Peugeot");
	/* Cars named in words, with their makers. */
	assert_string_equal(one("丰田凯美瑞和轩逸销量居前。"),
	    "丰田/ORG/Toyota 凯美瑞/PRODUCT/Toyota Camry/Toyota "
	    "轩逸/PRODUCT/Nissan Sylphy/Nissan");
	assert_string_equal(one("明星越来越多，繁荣放缓，健康卫士上线。"), "");
}

static void
test_launch_models(void **state)
{
	(void)state;
	/* A model's code right after a launch, with the maker in sight. */
	assert_string_equal(one("OPPO发布Find X9系列。"),
	    "OPPO/ORG/OPPO Find X9/PRODUCT/OPPO Find X9/OPPO");
	assert_string_equal(
	    one("蔚来推出了ET9。"), "蔚来/ORG/NIO ET9/PRODUCT/NIO ET9/NIO");
	/* Versions, classes, periods and reports are no models. */
	assert_string_equal(one("该行发布V2版本，推出A类份额。"), "");
	assert_string_equal(one("公司发布Q3财报。"), "");
}

static void
test_platforms_and_lines(void **state)
{
	(void)state;
	assert_string_equal(one("美团闪购与京东到家竞争，抖音支付上线。"),
	    "美团闪购/PRODUCT/美团闪购/Meituan "
	    "京东到家/PRODUCT/京东到家/JD.com "
	    "抖音支付/PRODUCT/抖音支付/ByteDance");
	assert_string_equal(one("可灵AI收入增长，可灵活调整仓位。"),
	    "可灵AI/PRODUCT/Kling AI/快手");
	assert_string_equal(one("宁德时代发布骁遥电池。"),
	    "宁德时代/ORG/CATL 骁遥电池/PRODUCT/CATL Freevoy/CATL");
	assert_string_equal(one("沐曦曦云C600量产。"),
	    "沐曦/ORG/沐曦 曦云C600/PRODUCT/MetaX Xiyun C600/沐曦");
	assert_string_equal(one("《魔兽世界》与《金铲铲之战》流水稳定。"),
	    "魔兽世界/PRODUCT/魔兽世界/Activision Blizzard "
	    "金铲铲之战/PRODUCT/金铲铲之战/Tencent");
	assert_string_equal(one("来得时与诺和灵竞争。"),
	    "来得时/PRODUCT/来得时/Sanofi 诺和灵/PRODUCT/诺和灵/Novo Nordisk");
	/* Phrases that hold such names stay words. */
	assert_string_equal(one("牛栏山一中的学生读未来星际的故事。"), "");
	assert_string_equal(one("企业在困境中绝地求生，响应使命召唤。"), "");
}

static void
test_platform_use(void **state)
{
	(void)state;
	/* A company named as its platform, where the platform is meant. */
	assert_string_equal(
	    one("某创始人在微博表示工厂已满产。"), "微博/PRODUCT/微博/微博");
	assert_string_equal(one("商家纷纷入驻拼多多平台，快手用户增长。"),
	    "拼多多/PRODUCT/拼多多/PDD Holdings 快手/PRODUCT/快手/快手");
	assert_string_equal(
	    one("他在京东上买了一台冰箱。"), "京东/PRODUCT/京东/JD.com");
	assert_string_equal(
	    one("他在知乎发帖称已离职，SHEIN平台上的商家增多。"),
	    "知乎/PRODUCT/知乎/知乎 SHEIN/PRODUCT/SHEIN/SHEIN");
	assert_string_equal(
	    one("唯品会发布第三季度财报。"), "唯品会/ORG/唯品会");
	/* The company itself: its reports, its words, its listing, its staff. */
	assert_string_equal(
	    one("拼多多发布第三季度财报。"), "拼多多/ORG/PDD Holdings");
	assert_string_equal(one("美团表示将加大投入。"), "美团/ORG/Meituan");
	assert_string_equal(one("在京东上市前，他在美团工作。"),
	    "京东/ORG/JD.com 美团/ORG/Meituan");
}

static void
test_lists_by_category(void **state)
{
	(void)state;
	/* Games, drugs, AI models, cars, drinks, liquor, clothes. */
	assert_string_equal(
	    one("这款名为香肠派对的射击游戏上线五年仍有不少玩家。"),
	    "香肠派对/PRODUCT/香肠派对/XD Inc.");
	assert_string_equal(
	    one("报告显示，福可维和汉曲优在院内的销售额均有增长。"),
	    "福可维/PRODUCT/福可维/Sino Biopharmaceutical "
	    "汉曲优/PRODUCT/汉曲优/复宏汉霖");
	assert_string_equal(one("开发者更多转向Claude 4和Grok 3等新模型。"),
	    "Claude 4/PRODUCT/Claude 4/Anthropic Grok 3/PRODUCT/Grok 3/xAI");
	assert_string_equal(one("消费者在现场试驾了风云A8和星纪元ES。"),
	    "风云A8/PRODUCT/风云A8/奇瑞 星纪元ES/PRODUCT/星纪元ES/星途汽车");
	assert_string_equal(one("他在超市买了一箱鲜橙多和几包汤好喝。"),
	    "鲜橙多/PRODUCT/鲜橙多/统一企业 汤好喝/PRODUCT/汤好喝/白象食品");
	assert_string_equal(
	    one("门店里，霸气橙子和芝芝莓莓是卖得最好的两款饮品。"),
	    "霸气橙子/PRODUCT/霸气橙子/奈雪的茶 "
	    "芝芝莓莓/PRODUCT/芝芝莓莓/喜茶");
	assert_string_equal(one("婚宴市场上，洞藏9和国缘V3的开瓶率明显提升。"),
	    "洞藏9/PRODUCT/洞藏9/迎驾贡酒 国缘V3/PRODUCT/国缘V3/今世缘");
	assert_string_equal(one("冬季来临，波司登羽绒服的线上销量走高。"),
	    "波司登羽绒服/PRODUCT/波司登羽绒服/Bosideng");
	/* Chips, storage, robots of the Chinese makers. */
	assert_string_equal(
	    one("多家车企宣布搭载征程6P和Thor-U芯片的新车将于明年上市。"),
	    "征程6P/PRODUCT/征程6P/Horizon Robotics "
	    "Thor-U/PRODUCT/Thor-U/NVIDIA");
	assert_string_equal(
	    one("这批服务器采用腾云S5000C处理器，数据盘是致态TiPlus7100。"),
	    "腾云S5000C/PRODUCT/腾云S5000C/飞腾信息 "
	    "致态TiPlus7100/PRODUCT/致态TiPlus7100/YMTC");
	assert_string_equal(one("公司把数据迁移到了L2缓存之外。"), "");
	/* Car models named in words; a saying's word stays a word. */
	assert_string_equal(one("芭蕾猫和瑶光本月交付量上升。"),
	    "芭蕾猫/PRODUCT/ORA Ballet Cat/欧拉汽车 "
	    "瑶光/PRODUCT/Exeed Yaoguang/星途汽车");
	assert_string_equal(one("不管黑猫白猫，抓住老鼠就是好猫。"), "");
	/* Medicines over the counter and credit products. */
	assert_string_equal(one("冬季流感高发，白加黑和新康泰克在药店热销。"),
	    "白加黑/PRODUCT/白加黑/Bayer 新康泰克/PRODUCT/新康泰克/Haleon");
	assert_string_equal(
	    one("小微企业可以申请微业贷。"), "微业贷/PRODUCT/微业贷/微众银行");
	/* Words and phrases of the same shape stay out. */
	assert_string_equal(one("一场大雪过后，远处的高山和蓝山都白了。"), "");
	assert_string_equal(one("这位投资者的座右铭是绝不追高。"), "");
	assert_string_equal(one("早餐是一碗八宝粥，他又走了两千公里。"), "");
}

static void
test_cued_names(void **state)
{
	(void)state;
	/* A game's title beside a word of games. */
	assert_string_equal(one("网易新游《星海纪元》上线首周流水破亿。"),
	    "网易/ORG/NetEase 星海纪元/PRODUCT/星海纪元");
	assert_string_equal(one("《山海幻想》手游在海外市场表现亮眼。"),
	    "山海幻想/PRODUCT/山海幻想");
	/* A title running past a bracket or a clause's end is none. */
	assert_string_equal(one("游戏《星海（国际版）、云端》将上线。"), "");
	/* Books, films and rules in book marks stay out. */
	assert_string_equal(one("他最近在读《百年孤独》这本小说。"), "");
	assert_string_equal(one("公司修订了《游戏规则》。"), "");
	/* A drug's brand after its generic name or its label. */
	assert_string_equal(
	    one("普特利单抗（安佳泽）纳入医保。"), "安佳泽/PRODUCT/安佳泽");
	assert_string_equal(one("泽布替尼（商品名：安妥宁）获批上市。"),
	    "安妥宁/PRODUCT/安妥宁");
	/* A route, a form or the maker in the brackets is no brand. */
	assert_string_equal(
	    one("替雷利珠单抗（国产）降价，司美格鲁肽（口服）也降价。"), "");
	assert_string_equal(one("信迪利单抗（信达生物）销售额增长。"),
	    "信达生物/ORG/Innovent Biologics");
	/* A phone's number after its maker, in a list or a launch. */
	assert_string_equal(one("魅族21、小米14等机型降价。"),
	    "魅族/ORG/Meizu 21/PRODUCT/Meizu 21/Meizu "
	    "小米/ORG/Xiaomi 14/PRODUCT/Xiaomi 14/Xiaomi");
	/* A brand in quotes with its kind or a word of brands. */
	assert_string_equal(one("该公司发布“灵犀”大模型，并推出子品牌“星云”。"),
	    "灵犀/PRODUCT/灵犀 星云/PRODUCT/星云");
	assert_string_equal(
	    one("政府推出“以旧换新”政策，开展“清朗”系列行动。"), "");
	/* Makers named by common words, before their models' codes. */
	assert_string_equal(one("真我GT7 Pro与一加Ace 5竞争激烈。"),
	    "真我/ORG/Realme GT7 Pro/PRODUCT/Realme GT7 Pro/Realme "
	    "一加/ORG/OnePlus Ace 5/PRODUCT/OnePlus Ace 5/OnePlus");
	assert_string_equal(one("他获得了荣耀，真我本色不改。"), "");
	assert_string_equal(one("魅族22的售价下调，荣耀400销量走高。"),
	    "魅族/ORG/Meizu 22/PRODUCT/Meizu 22/Meizu "
	    "荣耀/ORG/Honor 400/PRODUCT/Honor 400/Honor");
	/* Dates and counts after the maker's name stay numbers. */
	assert_string_equal(one("小米15日发布公告，魅族20家门店开业。"),
	    "小米/ORG/Xiaomi 魅族/ORG/Meizu");
}

static void
test_maker_named_goods(void **state)
{
	(void)state;
	/* More brands sold under their maker's name: the goods by their cues. */
	assert_string_equal(one("春节前剑南春批价回落，一瓶卖到四百多元。"),
	    "剑南春/PRODUCT/剑南春/剑南春");
	assert_string_equal(one("他买了两箱百威和一瓶郎酒。"),
	    "百威/PRODUCT/百威/AB InBev 郎酒/PRODUCT/郎酒/郎酒");
	assert_string_equal(one("超市里伊利的销量很好，蒙牛牛奶也在降价。"),
	    "伊利/PRODUCT/伊利/伊利 蒙牛/PRODUCT/蒙牛/蒙牛");
	/* The company: its filings, its stock, its people. */
	assert_string_equal(one("郎酒发布公告称营收增长。"), "郎酒/ORG/郎酒");
	assert_string_equal(one("水井坊股价今日大涨。"), "水井坊/ORG/水井坊");
	assert_string_equal(
	    one("今世缘董事长表示将加大投入。"), "今世缘/ORG/今世缘");
	/* A list's name that is a common word is no product alone. */
	assert_string_equal(one("他向老师问道，前方征途漫漫。"), "");
}

static void
test_device_kinds(void **state)
{
	(void)state;
	/* A name before a kind of device: a word after its maker, a code. */
	assert_string_equal(one("速腾聚创的Airy激光雷达开始交付。"),
	    "速腾聚创/ORG/速腾聚创 Airy/PRODUCT/速腾聚创 Airy/速腾聚创");
	assert_string_equal(
	    one("这台V15吸尘器降价，那款G1人形机器人也在促销。"),
	    "V15/PRODUCT/V15 G1/PRODUCT/G1");
	assert_string_equal(one("这款H2人形机器人亮相。"), "H2/PRODUCT/H2");
	/* Technologies, standards and periods before such a kind are none. */
	assert_string_equal(one("英伟达的GPU芯片供不应求，华为的AI手机热销。"),
	    "英伟达/ORG/NVIDIA 华为/ORG/Huawei");
	assert_string_equal(one("公司H1手机出货量增长，Q3手机销量下滑。"), "");
	assert_string_equal(one("该厂DDR5芯片和USB4芯片扩产。"), "");
}

/*
 * Standards and technologies are no models, even after a maker's name
 * and before a kind of device; a model's line or code there still is.
 */
static void
test_standards_not_models(void **state)
{
	(void)state;
	/* Memory and link standards after a maker (and 的). */
	assert_string_equal(one("据悉海力士的HBM3已经售罄，三星HBM4送样。"),
	    "海力士/ORG/SK hynix 三星/ORG/Samsung Electronics");
	assert_string_equal(one("美光的DDR5和英特尔的USB4都已上市。"),
	    "美光/ORG/Micron 英特尔/ORG/Intel");
	assert_string_equal(
	    one("三星的UFS 4.0闪存量产。"), "三星/ORG/Samsung Electronics");
	/* Standards, codecs and instruction sets alone. */
	assert_string_equal(
	    one("这款机身达到IP68防水，支持HDR10与H265解码，兼容X86指令。"),
	    "");
	/* Links written with 2 for "to", instruction sets before a device. */
	assert_string_equal(
	    one("车企部署C-V2X芯片和V2X芯片，也用M2M芯片。"), "");
	assert_string_equal(one("海光的X86芯片出货，兼容ARM64与x86指令。"),
	    "海光/ORG/海光信息");
	assert_string_equal(one("这台K2P路由器和那台M2芯片的电脑都在促销。"),
	    "K2P/PRODUCT/K2P M2/PRODUCT/M2");
	/* A maker's model code there stays one. */
	assert_string_equal(one("美光的M500显存条开始交付。"),
	    "美光/ORG/Micron M500/PRODUCT/Micron M500/Micron");
	/* Technologies before a kind of device. */
	assert_string_equal(one("大疆的FPV无人机和华为的GPS手表销量都不错。"),
	    "大疆/ORG/DJI 华为/ORG/Huawei");
	assert_string_equal(one("小米的TWS耳机降价，联发科的Wifi芯片出货。"),
	    "小米/ORG/Xiaomi 联发科/ORG/MediaTek");
	assert_string_equal(one("这批ANC耳机卖得很好。"), "");
	assert_string_equal(
	    one("ANC在大选中得票领先。"), "ANC/ORG/African National Congress");
	/* Ordinary English words after a maker are no line. */
	assert_string_equal(one("英特尔Inside芯片的广告，苹果的New手机。"),
	    "英特尔/ORG/Intel 苹果/ORG/Apple");
	assert_string_equal(one("高通的The芯片"), "高通/ORG/Qualcomm");
	/* A line's own word is one. */
	assert_string_equal(one("优必选的Walker机器人开始进厂实训。"),
	    "优必选/ORG/UBTech Walker/PRODUCT/UBTech Walker/UBTech");
	assert_string_equal(one("禾赛的Orbit激光雷达装车。"),
	    "禾赛/ORG/禾赛科技 Orbit/PRODUCT/禾赛科技 Orbit/禾赛科技");
}

static void
test_named_by_category(void **state)
{
	(void)state;
	/* Official names with a generation, series of chips and planes. */
	assert_string_equal(one("新机首发第三代骁龙8移动平台。"),
	    "第三代骁龙8/PRODUCT/Qualcomm Snapdragon 8 Gen 3/Qualcomm");
	assert_string_equal(one("英特尔酷睿Ultra 200V系列出货。"),
	    "英特尔/ORG/Intel 酷睿Ultra 200V/PRODUCT/Intel Core Ultra "
	    "200V/Intel");
	assert_string_equal(one("C919与ARJ21交付提速。"),
	    "C919/PRODUCT/COMAC C919/中国商飞 ARJ21/PRODUCT/COMAC "
	    "C909/中国商飞");
	/* A family word before a version; the word alone stays a word. */
	assert_string_equal(one("快手可灵2.5 Turbo上线，用户可灵活选择。"),
	    "快手/ORG/快手 可灵2.5 Turbo/PRODUCT/Kling AI 2.5 Turbo/快手");
	assert_string_equal(one("昆仑芯P800量产，小米AI眼镜首销。"),
	    "昆仑芯/ORG/昆仑芯 P800/PRODUCT/昆仑芯 P800/昆仑芯 "
	    "小米AI眼镜/PRODUCT/小米AI眼镜/Xiaomi");
	/* Car models named in words, right after their marque. */
	assert_string_equal(one("哈弗猛龙和岚图追光本月交付量上升。"),
	    "哈弗/ORG/哈弗 猛龙/PRODUCT/哈弗 猛龙/哈弗 "
	    "岚图/ORG/岚图 追光/PRODUCT/岚图 追光/岚图");
	assert_string_equal(one("远处的高山和蓝山都白了，小狗在追光。"), "");
	/* A company with a kind of device is its line; a brand keeps apart. */
	assert_string_equal(one("大疆无人机和华为路由器热销。"),
	    "大疆无人机/PRODUCT/大疆无人机/DJI "
	    "华为路由器/PRODUCT/华为路由器/Huawei");
	assert_string_equal(one("科沃斯的地宝扫地机器人降价。"),
	    "科沃斯/ORG/Ecovacs 地宝/PRODUCT/Ecovacs DEEBOT/Ecovacs");
	assert_string_equal(one("该公司无人机业务增长。"), "");
	/* A model word that is a common word keeps to its context. */
	assert_string_equal(one("联想拯救者系列笔记本热销。"),
	    "联想/ORG/Lenovo 拯救者/PRODUCT/Lenovo Legion/Lenovo");
	assert_string_equal(one("他是这座城市的拯救者。"), "");
	assert_string_equal(
	    one("钠新将于明年在乘用车上量产。"), "钠新/PRODUCT/钠新/CATL");
	assert_string_equal(one("钠新材料项目开工。"), "");
	/* Latin words that name products only among words of their kind. */
	assert_string_equal(one("新款Quest头显的出货量回升。"),
	    "Quest/PRODUCT/Meta Quest/Meta");
	assert_string_equal(one("Quest Diagnostics发布财报。"), "");
	assert_string_equal(one("该公司入选魔力象限Leader象限。"), "");
	assert_string_equal(
	    one("Thor是北欧神话人物。"), "北欧/LOC/Scandinavia");
	/* A beer brand named as its maker: the goods by their cues. */
	assert_string_equal(
	    one("超市里喜力的销量很好。"), "喜力/PRODUCT/喜力/Heineken");
	assert_string_equal(
	    one("喜力发布财报称营收增长。"), "喜力/ORG/Heineken");
	assert_string_equal(one("婚宴上古井贡酒开瓶率上升，喜力也卖得很好。"),
	    "古井贡酒/PRODUCT/古井贡酒/古井贡酒 喜力/PRODUCT/喜力/Heineken");
	assert_string_equal(
	    one("古井贡酒发布公告称营收增长。"), "古井贡酒/ORG/古井贡酒");
	/* Trains, apps and cars of the lists grown by category. */
	assert_string_equal(one("乘客搭乘复兴号出行，QQ冰淇淋销量回升。"),
	    "复兴号/PRODUCT/复兴号/中国中车 "
	    "QQ冰淇淋/PRODUCT/奇瑞QQ冰淇淋/奇瑞");
	assert_string_equal(one("阿里巴巴的千问App下载量登顶。"),
	    "阿里巴巴/ORG/Alibaba "
	    "千问App/PRODUCT/Alibaba Qianwen App/Alibaba");
	assert_string_equal(one("她比以前可爱多了，也更加自在。"), "");
	/* A series after 于 (搭载于汉L); 于 before a word stays a word. */
	assert_string_equal(one("第二代刀片电池已搭载于汉L。"),
	    "刀片电池/PRODUCT/刀片电池/BYD 汉L/PRODUCT/BYD Han L/BYD");
	assert_string_equal(one("会议于宋庄举行。"), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_brand_goods),
		cmocka_unit_test(test_fruit),
		cmocka_unit_test(test_category),
		cmocka_unit_test(test_devices_chips_software),
		cmocka_unit_test(test_cars),
		cmocka_unit_test(test_number_series),
		cmocka_unit_test(test_lines_by_category),
		cmocka_unit_test(test_names_grown),
		cmocka_unit_test(test_car_models),
		cmocka_unit_test(test_kinds_and_makers),
		cmocka_unit_test(test_model_words),
		cmocka_unit_test(test_maker_models),
		cmocka_unit_test(test_consumer_makers),
		cmocka_unit_test(test_maker_not_parent),
		cmocka_unit_test(test_food_and_drink),
		cmocka_unit_test(test_units_not_names),
		cmocka_unit_test(test_caps_line_models),
		cmocka_unit_test(test_marques),
		cmocka_unit_test(test_launch_models),
		cmocka_unit_test(test_platforms_and_lines),
		cmocka_unit_test(test_platform_use),
		cmocka_unit_test(test_lists_by_category),
		cmocka_unit_test(test_cued_names),
		cmocka_unit_test(test_maker_named_goods),
		cmocka_unit_test(test_device_kinds),
		cmocka_unit_test(test_standards_not_models),
		cmocka_unit_test(test_named_by_category),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
