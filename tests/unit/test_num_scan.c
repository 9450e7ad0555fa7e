/*
 * test_num_scan -- the scanner's own stages: numerals with and without a
 * unit, ordinals, fractions, halves, and the numerals that are not figures
 * (codes, versions, words, names read digit by digit).  The texts are
 * written for these tests.
 */
#include "num_test.h"

static void
test_counts_and_quantities(void **state)
{
	(void)state;
	expect_has("新开120家门店。", NULL,
	    "\"text\":\"120家\",\"start\":2,\"end\":6,\"kind\":\"count\","
	    "\"value\":120,\"unit\":\"家\"");
	expect_has("运输3.5吨货物。", NULL,
	    "\"text\":\"3.5吨\",\"start\":2,\"end\":6,\"kind\":\"quantity\","
	    "\"value\":3.5,\"unit\":\"吨\"");
	/* 千 belongs to the unit 千米, not to the number. */
	expect_has("全长12千米。", NULL,
	    "\"text\":\"12千米\",\"start\":2,\"end\":6,\"kind\":\"quantity\","
	    "\"value\":12,\"unit\":\"千米\"");
	expect_has("工期一年半。", NULL,
	    "\"kind\":\"period\",\"value\":1.5,\"unit\":\"年\"");
	/* A filing's count after one space; two spaces part them. */
	expect_has("累计回购16,274,888 股。", NULL,
	    "\"text\":\"16,274,888 股\",\"start\":4,\"end\":16,"
	    "\"kind\":\"count\",\"value\":16274888,\"unit\":\"股\"");
	expect_has("共 3  家", NULL,
	    "\"text\":\"3\",\"start\":2,\"end\":3,\"kind\":\"number\"");
}

static void
test_ordinals(void **state)
{
	(void)state;
	/* A classifier after the ordinal is part of it. */
	expect_has("排名第3位。", NULL,
	    "\"text\":\"第3位\",\"start\":2,\"end\":5,"
	    "\"kind\":\"ordinal\",\"value\":3,\"unit\":\"位\"");
	expect_has("第二年开始盈利。", NULL,
	    "\"text\":\"第二年\",\"start\":0,\"end\":3,\"kind\":\"ordinal\","
	    "\"value\":2,\"unit\":\"年\"");
	/* An issue number with a leading zero is a label. */
	expect_not("第08065期。", NULL, "\"kind\"");
}

static void
test_fractions_and_halves(void **state)
{
	(void)state;
	expect_has("约三分之一的人。", NULL,
	    "\"text\":\"三分之一\",\"start\":1,\"end\":5,\"kind\":\"number\","
	    "\"value\":0.333333333333333,\"approx\":true");
	expect_has("用了1 3/5小时。", NULL,
	    "\"text\":\"1 3/5\",\"start\":2,\"end\":7,\"kind\":\"number\","
	    "\"value\":1.6");
	expect_has("比例是3/4。", NULL, "\"value\":0.75");
	expect_has("只剩一半。", NULL,
	    "\"text\":\"一半\",\"start\":2,\"end\":4,\"kind\":\"number\","
	    "\"value\":0.5");
	expect_has("三又二分之一", NULL, "\"value\":3.5");
}

static void
test_bare_numbers(void **state)
{
	(void)state;
	expect_has("共计 2500 。", NULL,
	    "\"text\":\"2500\",\"start\":3,\"end\":7,\"kind\":\"number\","
	    "\"value\":2500");
	expect_has("三百多，", NULL,
	    "\"kind\":\"number\",\"value\":300,\"approx\":true,"
	    "\"bound\":\"lower\"");
	/* A negative number. */
	expect_has("温度为-5。", NULL, "\"value\":-5");
}

static void
test_not_figures(void **state)
{
	(void)state;
	/* Codes, versions, models and words. */
	expect_not("采购H100芯片。", NULL, "\"kind\"");
	expect_not("代码600519.SH。", NULL, "\"kind\"");
	expect_not("升级到1.2.3版。", NULL, "\"kind\"");
	expect_not("一些人十分满意。", NULL, "\"kind\"");
	expect_not("七〇六所成立。", NULL, "\"kind\"");
	expect_not("3.5亿亿", NULL, "\"kind\"");
	expect_not("两位数增长。", NULL, "\"kind\"");
	expect_not("同一天发布。", NULL, "\"kind\"");
	expect_not("见 https://example.com/2024/05 页。", NULL, "\"kind\"");
}

static void
test_begin_state(void **state)
{
	struct scan st;
	const char *text = "增长5%";

	(void)state;
	num_decode(z, text, strlen(text), NULL);
	num_scan_begin(&st, z, 2, text);
	assert_ptr_equal(st.z, z);
	assert_int_equal(st.i, 2);
	assert_int_equal(st.n, 4);
	assert_int_equal(st.next, 3);
	assert_int_equal(st.ucls, U_NONE);
	assert_false(st.range);
	assert_string_equal(st.curprefix, "");
}

static void
test_signs(void **state)
{
	(void)state;
	expect_has("该公司净利润为负2.4亿元。", NULL,
	    "\"text\":\"负2.4亿元\",\"start\":7,\"end\":13,\"kind\":\"money\","
	    "\"value\":-240000000,\"unit\":\"CNY\"");
	expect_has("該公司淨利潤為負7億元。", NULL,
	    "\"text\":\"負7億元\",\"start\":7,\"end\":11,\"kind\":\"money\","
	    "\"value\":-700000000");
	expect_has("本期现金流为 - 3,500,000元。", NULL,
	    "\"text\":\"- 3,500,000元\",\"start\":7,\"end\":19,"
	    "\"kind\":\"money\",\"value\":-3500000");
	expect_has("the margin fell to minus 4%.", NULL,
	    "\"text\":\"minus "
	    "4%\",\"start\":19,\"end\":27,\"kind\":\"percent\","
	    "\"value\":-4");
	/* A hyphen between two numbers is no sign. */
	expect_not("型号规格12-8", NULL, "-8");
	expect_not("第3节结束时比分为5-7。", NULL, "-7");
}

static void
test_shorthand_suffixes(void **state)
{
	struct zp_nentity e = {
		.start = 2, .end = 4, .id = "3M", .idlen = 2, .org = true
	};
	struct zp_nctx c = { 0 };

	(void)state;
	expect_has("天使轮融资600K美元。", NULL,
	    "\"text\":\"600K美元\",\"start\":5,\"end\":11,\"kind\":\"money\","
	    "\"value\":600000,\"unit\":\"USD\"");
	expect_has("年化收入约2.4M。", NULL,
	    "\"text\":\"2.4M\",\"start\":5,\"end\":9,\"kind\":\"number\","
	    "\"value\":2400000");
	expect_has("估值达7.5B美元。", NULL, "\"value\":7500000000");
	expect_has("融资规模1.1bn美元。", NULL, "\"value\":1100000000");
	expect_has("粉丝已超8w。", NULL,
	    "\"text\":\"8w\",\"start\":4,\"end\":6,\"kind\":\"number\","
	    "\"value\":80000");
	expect_has("月薪12K-18K。", NULL, "\"min\":12000,\"max\":18000");
	/* A name, not a figure: 3M the company, 4K screens, codes. */
	expect_has("3M公司发布财报。", NULL, "[]");
	expect_has("新款4K电视上市。", NULL, "[]");
	expect_not("芯片代号X5M即将发布。", NULL, "5000000");
	/* With the entities of the record, the name is never a figure. */
	c.ents = &e;
	c.nents = 1;
	expect_not("今年3M营收下滑。", &c, "3000000");
	expect_has("今年3M营收下滑。", &c, "[]");
	expect_not("3M股价下跌。", NULL, "3000000");
	/* A measure of its own wins: 65W is watts, 2MB bytes; 5W元 is 万. */
	expect_has("充电功率65W。", NULL, "\"value\":65,\"unit\":\"W\"");
	expect_has("文件大小2MB。", NULL, "\"value\":2,\"unit\":\"MB\"");
	expect_has("奖金5W元。", NULL, "\"value\":50000,\"unit\":\"CNY\"");
	expect_has("升级到版本3.12B后", NULL, "[]");
	/* A currency makes one digit an amount. */
	expect_has("种子轮$3M。", NULL, "\"value\":3000000,\"unit\":\"USD\"");
}

static void
test_written_forms(void **state)
{
	(void)state;
	/* A fraction without its 0, a power with a caret. */
	expect_has("系数为 .75", NULL,
	    "\"text\":\".75\",\"start\":4,\"end\":7,\"kind\":\"number\","
	    "\"value\":0.75");
	expect_has("偏差 -.125", NULL,
	    "\"text\":\"-.125\",\"start\":3,"
	    "\"end\":8,\"kind\":\"number\","
	    "\"value\":-0.125");
	expect_not("版本v2.5", NULL, "0.5");
	expect_has("容量为 4^3", NULL,
	    "\"text\":\"4^3\",\"start\":4,\"end\":7,\"kind\":\"number\","
	    "\"value\":64");
	expect_has("衰减系数 10^-2", NULL, "\"value\":0.01");
	/* Dozens, 百三, 半百. */
	expect_has("订了二十打", NULL,
	    "\"text\":\"二十打\",\"start\":2,\"end\":5,\"kind\":\"number\","
	    "\"value\":240");
	expect_not("主队三打一", NULL, "\"value\":36");
	expect_has("人数: 千五", NULL,
	    "\"text\":\"千五\",\"start\":4,\"end\":6,\"kind\":\"number\","
	    "\"value\":1500");
	expect_has("年纪: 半百", NULL, "\"value\":50");
	/* Ranks between two ordinals are one range. */
	expect_has("位列第四至第七", NULL,
	    "\"text\":\"第四至第七\",\"start\":2,\"end\":7,\"kind\":"
	    "\"ordinal\","
	    "\"min\":4,\"max\":7");
	expect_has("名次在第八和第十二之间", NULL, "\"min\":8,\"max\":12");
	/* 一 after 是 and before a hedge is a figure, not an article. */
	expect_has("答案不是一而是三", NULL,
	    "\"text\":\"一\",\"start\":4,\"end\":5,\"kind\":\"number\","
	    "\"value\":1");
	/* A rank reached with 前: 排名前三 is 3; 前三季度 stays a period and
	 * 前三 without a verb of ranking is no figure. */
	expect_has("该品牌销量排名前三。", NULL,
	    "\"text\":\"三\",\"start\":8,\"end\":9,\"kind\":\"number\","
	    "\"value\":3");
	expect_has("两家银行跻身前十的行列", NULL,
	    "\"text\":\"十\",\"start\":7,\"end\":8,\"kind\":\"number\","
	    "\"value\":10");
	expect_has("排名前三季度营收", NULL, "\"kind\":\"period\"");
	expect_has("前三的位置", NULL, "[]");
	expect_has("排名前三星电子", NULL, "[]");
	expect_has("需要一以上的票数", NULL,
	    "\"text\":\"一\",\"start\":2,\"end\":3,\"kind\":\"number\","
	    "\"value\":1,\"approx\":true,\"bound\":\"lower\"");
	/* 二两 ends a phrase: a weight; 一两 stays vague. */
	expect_has("称了三两。", NULL,
	    "\"text\":\"三两\",\"start\":2,\"end\":4,\"kind\":\"quantity\","
	    "\"value\":3,\"unit\":\"两\"");
	expect_has("他说“八两”就够", NULL, "[]");
	expect_has("覆盖整个大陆之上", NULL, "[]");
	expect_has("深度约80m。", NULL,
	    "\"text\":\"80m\",\"start\":3,\"end\":6,\"kind\":\"quantity\","
	    "\"value\":80,\"unit\":\"m\"");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts_and_quantities),
		cmocka_unit_test(test_ordinals),
		cmocka_unit_test(test_fractions_and_halves),
		cmocka_unit_test(test_bare_numbers),
		cmocka_unit_test(test_not_figures),
		cmocka_unit_test(test_begin_state),
		cmocka_unit_test(test_signs),
		cmocka_unit_test(test_shorthand_suffixes),
		cmocka_unit_test(test_written_forms),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
