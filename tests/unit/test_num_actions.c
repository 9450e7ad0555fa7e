/*
 * test_num_actions -- figures of corporate actions (issue 16, in part):
 * counts of shares linked like amounts, the vocabulary of buybacks,
 * pledges and stake changes, money spent on an action, amounts involved
 * (涉资), exchanges and outlets that own nothing, phrases of actions taken
 * for firms, the announcing company of a title, and the category column
 * of a metrics file.  The companies are fictional.
 */
#include "num_test.h"

static void
test_shares_and_actions(void **state)
{
	const char *buy = "天瑞控股1月14日耗资5.05万港元回购1万股。";
	const char *pledge = "禾川牧业股东王某向某银行质押股份1750万股。";
	const char *sold = "渡海集团减持约3472.79万股，涉资约7087.96万港元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, buy, "天瑞控股", "天瑞控股");
	expect_field(buy, &c.c, "1万股", "metric", "回购");
	expect_field(buy, &c.c, "1万股", "subject", "天瑞控股");
	/* Money spent on the buyback is the buyback's, not 支出. */
	expect_field(buy, &c.c, "5.05万港元", "metric", "回购");
	ctx_init(&c, NULL);
	ctx_org(&c, pledge, "禾川牧业", "禾川牧业");
	expect_field(pledge, &c.c, "1750万股", "metric", "质押");
	expect_field(pledge, &c.c, "1750万股", "subject", "禾川牧业");
	ctx_init(&c, NULL);
	ctx_org(&c, sold, "渡海集团", "渡海集团");
	expect_field(sold, &c.c, "7087.96万港元", "metric", "减持");
	/* A count of something else is no action's. */
	expect_field("公司共有员工3000人。", NULL, "3000人", "metric", NULL);
}

static void
test_owners(void **state)
{
	const char *ex = "天瑞控股在香港联交所回购1万股。";
	const char *media = "来源：财华日报 天瑞控股回购1万股。";
	const char *phrase = "天瑞控股公告。累计回购股份10万股。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, ex, "天瑞控股", "天瑞控股");
	ctx_org(&c, ex, "香港联交所", "HKEX");
	expect_field(ex, &c.c, "1万股", "subject", "天瑞控股");
	ctx_init(&c, NULL);
	ctx_org(&c, media, "财华日报", "财华日报");
	ctx_org(&c, media, "天瑞控股", "天瑞控股");
	expect_field(media, &c.c, "1万股", "subject", "天瑞控股");
	/* 累计回购股份 taken for a firm owns nothing. */
	ctx_init(&c, NULL);
	ctx_org(&c, phrase, "天瑞控股", "天瑞控股");
	ctx_org(&c, phrase, "累计回购股份", "累计回购股份");
	expect_field(phrase, &c.c, "10万股", "subject", "天瑞控股");
}

/* An alias declared after a pledgee is the pledgee too, no owner. */
static void
test_alias_keeps_role(void **state)
{
	const char *t = "禾川牧业股东此前质押给华川证券股份有限公司(以下简称"
	                "“华证”)的320万股已解除质押。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, t, "禾川牧业", "禾川牧业");
	ctx_org(&c, t, "华川证券股份有限公司", "华川证券");
	ctx_org(&c, t, "华证", "华川证券");
	expect_field(t, &c.c, "320万股", "subject", "禾川牧业");
	expect_field(t, &c.c, "320万股", "counterparty", "华川证券");
}

/* An amount that names no action is the action's its sentence names. */
static void
test_bare_amounts(void **state)
{
	(void)state;
	expect_field("公司回购30万股，付出总额50万港元。", NULL, "50万港元",
	    "metric", "回购");
	expect_field("公司累计回购股份120万股，最高成交价为13.1元/股，"
	             "支付的总金额为1.83亿元。",
	    NULL, "1.83亿元", "metric", "回购股份");
	expect_field("禾川牧业拟收购青岚物业60%股权，总价约为3.2亿元。", NULL,
	    "3.2亿元", "metric", "收购");
	expect_field("天瑞控股回购1万股，耗资5.05万港元。", NULL, "5.05万港元",
	    "metric", "回购");
	/* With no action before it in the sentence, the word itself. */
	expect_field(
	    "保险总金额高达1.1亿元。", NULL, "1.1亿元", "metric", "总金额");
	expect_field(
	    "公司耗资3亿元建设新厂。", NULL, "3亿元", "metric", "支出");
	/* The noun 投资 says what the money is, action or not. */
	expect_field(
	    "公司完成回购，投资逾30亿元。", NULL, "30亿元", "metric", "投资");
	/* An action in another sentence does not reach. */
	expect_field(
	    "公司完成回购。本期代价为2亿元。", NULL, "2亿元", "metric", "代价");
	/* 总价值 is no 总价. */
	expect_field("收购后获赠总价值约1亿元的软件。", NULL, "1亿元", "metric",
	    "总价值");
}

static void
test_announcer(void **state)
{
	const char t[] = "天瑞控股：关于股份回购的公告\n渡海集团为其财务顾问。"
	                 "公司以自有资金回购2万股。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, t, "天瑞控股", "天瑞控股");
	ctx_org(&c, t, "渡海集团", "渡海集团");
	/* 公司 is the company of the title, not the latest one named. */
	expect_field(t, &c.c, "2万股", "subject", "天瑞控股");
}

static void
test_roles(void **state)
{
	const char *buy = "北辰科技拟以3.5亿元收购东岳电子51%股权。";
	const char *fund = "东岳电子获得5亿元融资，华星资本领投。";
	const char *pledge = "禾川牧业股东王某向渡海银行质押股份1750万股。";
	const char *earn = "北辰科技营收为35亿元，东岳电子为其客户。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, buy, "北辰科技", "北辰科技");
	ctx_org(&c, buy, "东岳电子", "东岳电子");
	/* The buyer owns the amount; the target is the other side. */
	expect_field(buy, &c.c, "3.5亿元", "subject", "北辰科技");
	expect_field(buy, &c.c, "3.5亿元", "counterparty", "东岳电子");
	ctx_init(&c, NULL);
	ctx_org(&c, fund, "东岳电子", "东岳电子");
	ctx_org(&c, fund, "华星资本", "华星资本");
	/* The company raising money, not its investor. */
	expect_field(fund, &c.c, "5亿元", "subject", "东岳电子");
	expect_field(fund, &c.c, "5亿元", "counterparty", "华星资本");
	ctx_init(&c, NULL);
	ctx_org(&c, pledge, "禾川牧业", "禾川牧业");
	ctx_per(&c, pledge, "王某");
	ctx_org(&c, pledge, "渡海银行", "渡海银行");
	expect_field(pledge, &c.c, "1750万股", "subject", "禾川牧业");
	expect_field(pledge, &c.c, "1750万股", "holder", "王某");
	expect_field(pledge, &c.c, "1750万股", "counterparty", "渡海银行");
	/* An investor that leads a round is no topic either. */
	{
		const char *led = "东岳电子完成新一轮融资。华星资本领投，"
		                  "融资金额为5亿元。";

		ctx_init(&c, NULL);
		ctx_org(&c, led, "东岳电子", "东岳电子");
		ctx_org(&c, led, "华星资本", "华星资本");
		expect_field(led, &c.c, "5亿元", "subject", "东岳电子");
	}
	/* No action, no sides. */
	ctx_init(&c, NULL);
	ctx_org(&c, earn, "北辰科技", "北辰科技");
	ctx_org(&c, earn, "东岳电子", "东岳电子");
	expect_field(earn, &c.c, "35亿元", "counterparty", NULL);
}

static void
test_category_column(void **state)
{
	char path[] = "/tmp/zp-metrics-XXXXXX";
	char err[256];

	(void)state;
	write_temp(path, "# test\n装机规模,,market\n承销,承销金额,action\n");
	assert_int_equal(zp_numbers_load_metrics(z, path, err, sizeof err), 0);
	expect_field("华东某电站装机规模达120万千瓦，承销3亿元。", NULL,
	    "3亿元", "metric", "承销金额");
	{
		const char *t = "天瑞控股称，华东电站装机规模达120万千瓦。";
		struct test_ctx c;

		ctx_init(&c, NULL);
		ctx_org(&c, t, "天瑞控股", "天瑞控股");
		/* A market's measure: no company owns it. */
		expect_field(t, &c.c, "120万千瓦", "metric", "装机规模");
		expect_field(t, &c.c, "120万千瓦", "subject", NULL);
	}
	put_file(path, "承销,承销金额,deals\n");
	assert_int_equal(zp_numbers_load_metrics(z, path, err, sizeof err), -1);
	assert_non_null(strstr(err, ":1: unknown category 'deals'"));
	remove(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_shares_and_actions),
		cmocka_unit_test(test_owners),
		cmocka_unit_test(test_alias_keeps_role),
		cmocka_unit_test(test_bare_amounts),
		cmocka_unit_test(test_announcer),
		cmocka_unit_test(test_roles),
		cmocka_unit_test(test_category_column),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
