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

/*
 * A pledge or stake change by a person is the company's whose shares they
 * are; the pledgee is its other side, never its owner, however it is
 * named (质押给X的, 在X与Y办理, a short name declared after a quote).
 */
static void
test_pledge_roles(void **state)
{
	const char *gave = "禾川牧业股东王某质押给渡海证券股份有限公司的320万股"
	                   "已解除质押。";
	const char *two = "天瑞控股（600888）公告称，股东李某当日在华川银行与"
	                  "北岸证券办理了解押手续，共解押1800万股。";
	const char *alias = "天瑞控股股东李某在渡海证券(12.30,0.10,0.82%)股份有"
	                    "限公司(以下简称“渡海证券”)办理了300万股的解除质押"
	                    "手续。";
	const char *org = "天瑞控股（600888）公告，控股股东北岸集团累计质押2000"
	                  "万股。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, gave, "禾川牧业", "禾川牧业");
	ctx_per(&c, gave, "王某");
	ctx_org(&c, gave, "渡海证券股份有限公司", "渡海证券");
	expect_field(gave, &c.c, "320万股", "subject", "禾川牧业");
	expect_field(gave, &c.c, "320万股", "holder", "王某");
	expect_field(gave, &c.c, "320万股", "counterparty", "渡海证券");
	ctx_init(&c, NULL);
	ctx_org(&c, two, "天瑞控股", "天瑞控股");
	ctx_per(&c, two, "李某");
	ctx_org(&c, two, "华川银行", "华川银行");
	ctx_org(&c, two, "北岸证券", "北岸证券");
	expect_field(two, &c.c, "1800万股", "subject", "天瑞控股");
	/* The person acting is the holder, named 股东 or not. */
	{
		const char *t =
		    "天瑞控股（600888）公告，李某累计质押1800万股。";

		ctx_init(&c, NULL);
		ctx_org(&c, t, "天瑞控股", "天瑞控股");
		ctx_per(&c, t, "李某");
		expect_field(t, &c.c, "1800万股", "subject", "天瑞控股");
		expect_field(t, &c.c, "1800万股", "holder", "李某");
	}
	ctx_init(&c, NULL);
	ctx_org(&c, alias, "天瑞控股", "天瑞控股");
	ctx_per(&c, alias, "李某");
	ctx_org(&c, alias, "渡海证券", "渡海证券");
	expect_field(alias, &c.c, "300万股", "subject", "天瑞控股");
	/* A shareholder that is a firm keeps its own figure. */
	ctx_init(&c, NULL);
	ctx_org(&c, org, "天瑞控股", "天瑞控股");
	ctx_org(&c, org, "北岸集团", "北岸集团");
	expect_field(org, &c.c, "2000万股", "subject", "北岸集团");
}

/*
 * A bid's amount is the winner's: the one that 中标 or is named 中标人,
 * else the company announcing; the tenderer (采购人, 招标人, 业主) and the
 * owner of the project never.
 */
static void
test_bid_roles(void **state)
{
	const char *label =
	    "中标人为天瑞控股，招标人为北岸集团，中标金额为3亿元"
	    "。";
	const char *ann = "天瑞控股（600888）公告，华川水务集团排水项目的招标结"
	                  "果已确定，中标价为1.2亿元。";
	const char *won = "华川水务集团发布招标公告。北岸集团近日中标该项目，中"
	                  "标金额为8000万元。";
	const char *win2 =
	    "华川水务集团发布招标公告，北岸集团为该项目的第一中标"
	    "候选人，中标金额为8000万元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, label, "天瑞控股", "天瑞控股");
	ctx_org(&c, label, "北岸集团", "北岸集团");
	expect_field(label, &c.c, "3亿元", "subject", "天瑞控股");
	ctx_init(&c, NULL);
	ctx_org(&c, ann, "天瑞控股", "天瑞控股");
	ctx_org(&c, ann, "华川水务集团", "华川水务集团");
	expect_field(ann, &c.c, "1.2亿元", "subject", "天瑞控股");
	ctx_init(&c, NULL);
	ctx_org(&c, won, "华川水务集团", "华川水务集团");
	ctx_org(&c, won, "北岸集团", "北岸集团");
	expect_field(won, &c.c, "8000万元", "subject", "北岸集团");
	ctx_init(&c, NULL);
	ctx_org(&c, win2, "华川水务集团", "华川水务集团");
	ctx_org(&c, win2, "北岸集团", "北岸集团");
	expect_field(win2, &c.c, "8000万元", "subject", "北岸集团");
	/* An owner may announce the result of its own tender: the winner
	 * named is the winner. */
	{
		const char *t =
		    "北岸集团（600777）公告，华川建工被正式确定为该项"
		    "目的中标单位。中标价为9亿元。";

		ctx_init(&c, NULL);
		ctx_org(&c, t, "北岸集团", "北岸集团");
		ctx_org(&c, t, "华川建工", "华川建工");
		expect_field(t, &c.c, "9亿元", "subject", "华川建工");
	}
	/* No winner, no announcer: the tenderer labelled so owns nothing. */
	{
		const char *t = "招标人为北岸集团，项目中标金额为5000万元。";

		ctx_init(&c, NULL);
		ctx_org(&c, t, "北岸集团", "北岸集团");
		expect_field(t, &c.c, "5000万元", "subject", NULL);
	}
}

/* A round's amount is the company's that completes or gets it; the
 * investors (投资方为X, X（领投）, 由X投资的) are its other side. */
static void
test_funding_roles(void **state)
{
	const char *round =
	    "东岳电子宣布完成A轮融资，投资方为华星资本（领投）和"
	    "北岸创投，融资金额为2亿元。";
	const char *by = "东岳电子完成由华星资本投资的3000万元融资。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, round, "东岳电子", "东岳电子");
	ctx_org(&c, round, "华星资本", "华星资本");
	ctx_org(&c, round, "北岸创投", "北岸创投");
	expect_field(round, &c.c, "2亿元", "subject", "东岳电子");
	ctx_init(&c, NULL);
	ctx_org(&c, by, "东岳电子", "东岳电子");
	ctx_org(&c, by, "华星资本", "华星资本");
	expect_field(by, &c.c, "3000万元", "subject", "东岳电子");
	expect_field(by, &c.c, "3000万元", "counterparty", "华星资本");
	/* Compared, X的 still gives X the figure. */
	{
		const char *t = "北辰科技营收高于东岳电子的30亿元。";

		ctx_init(&c, NULL);
		ctx_org(&c, t, "北辰科技", "北辰科技");
		ctx_org(&c, t, "东岳电子", "东岳电子");
		expect_field(t, &c.c, "30亿元", "subject", "东岳电子");
	}
}

/*
 * Who speaks: a company that announces (据X公告) tells its own figures; an
 * outlet's byline (X网讯) owns none; 公司拥有人应占 is the reporting
 * company's, no company in general.
 */
static void
test_speakers(void **state)
{
	const char *said = "据天瑞控股9月4日公告，公司当日回购80万股，支付总额"
	                   "808万港元。";
	const char *outlet = "北岸地产网讯 据悉，公司当日回购80万股。";
	const char *owners = "天瑞控股（08001）公布中期业绩，期内公司拥有人应占"
	                     "亏损约1984万港元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, said, "天瑞控股", "天瑞控股");
	expect_field(said, &c.c, "808万港元", "subject", "天瑞控股");
	ctx_init(&c, NULL);
	ctx_org(&c, outlet, "北岸地产", "北岸地产");
	expect_field(outlet, &c.c, "80万股", "subject", NULL);
	ctx_init(&c, NULL);
	ctx_org(&c, owners, "天瑞控股", "天瑞控股");
	expect_field(owners, &c.c, "1984万港元", "subject", "天瑞控股");
	/* 据X数据 still cites X. */
	{
		const char *t = "据北岸研究数据，行业回购规模达80亿元。";

		ctx_init(&c, NULL);
		ctx_org(&c, t, "北岸研究", "北岸研究");
		expect_field(t, &c.c, "80亿元", "subject", NULL);
	}
}

/* Phrases taken for firms (确定公司为…) and the share-transfer system's
 * operator (股转公司) own no figure. */
static void
test_action_guards(void **state)
{
	const char *fixed =
	    "天瑞控股（600888）公告，招标人确定公司为该项目的中标"
	    "人，中标价为1.2亿元。";
	const char *neeq =
	    "天瑞控股公告。据悉，股转公司已受理，拟回购金额不超过"
	    "2000万元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, fixed, "天瑞控股", "天瑞控股");
	ctx_org(&c, fixed, "确定公司", "确定公司");
	expect_field(fixed, &c.c, "1.2亿元", "subject", "天瑞控股");
	ctx_init(&c, NULL);
	ctx_org(&c, neeq, "股转公司", "股转公司");
	expect_field(neeq, &c.c, "2000万元", "subject", NULL);
	/* An account is no firm (回购专用证券账户). */
	{
		const char *t =
		    "天瑞控股：回购进展公告\n公司通过回购专用证券账户"
		    "累计回购120万股。";

		ctx_init(&c, NULL);
		ctx_org(&c, t, "天瑞控股", "天瑞控股");
		ctx_org(&c, t, "专用证券", "专用证券");
		expect_field(t, &c.c, "120万股", "subject", "天瑞控股");
	}
}

/*
 * The other side of an action named anywhere in the document owns none of
 * its figures: the owner of the project a company won (中标“X…工程”),
 * the investor leading a round.
 */
static void
test_other_side_anywhere(void **state)
{
	const char *bid = "公司中标“北岸集团排水管网工程”项目，中标金额为6000万"
	                  "元。北岸集团称，该工程明年完工。";
	const char *fund = "华星资本领投了东岳电子的新一轮融资。华星资本合伙人"
	                   "表示，本轮融资金额为2亿元。";
	struct test_ctx c;

	(void)state;
	ctx_init(&c, NULL);
	ctx_org(&c, bid, "北岸集团", "北岸集团");
	expect_field(bid, &c.c, "6000万元", "subject", NULL);
	ctx_init(&c, NULL);
	ctx_org(&c, fund, "华星资本", "华星资本");
	ctx_org(&c, fund, "东岳电子", "东岳电子");
	expect_field(fund, &c.c, "2亿元", "subject", NULL);
	/* An investor's own earnings stay its own. */
	{
		const char *t = "华星资本领投了东岳电子的新一轮融资。华星资本"
		                "去年营收为5亿元。";

		ctx_init(&c, NULL);
		ctx_org(&c, t, "华星资本", "华星资本");
		ctx_org(&c, t, "东岳电子", "东岳电子");
		expect_field(t, &c.c, "5亿元", "subject", "华星资本");
	}
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

/*
 * The words of Hong Kong announcements (购回, 集资, 涉资), a deal's 对价, a
 * pledge's 延期购回, and a metric word inside a company's name, which names
 * the firm and no metric.
 */
static void
test_announcement_words(void **state)
{
	(void)state;
	expect_field("天瑞控股今年累计购回股数为373.7万股。", NULL, "373.7万股",
	    "metric", "回购");
	expect_field("天瑞控股购回50万股，涉资120万港元。", NULL, "120万港元",
	    "metric", "回购");
	expect_field(
	    "禾川银行拟集资60亿元。", NULL, "60亿元", "metric", "募资");
	expect_field("公司以3400万元对价收购青岚物业。", NULL, "3400万元",
	    "metric", "对价");
	expect_field(
	    "股东办理了延期购回3218万股。", NULL, "3218万股", "metric", "质押");
	{
		const char *t =
		    "公司收购青岚融资担保有限公司股权，对价3400万元。";
		struct test_ctx c;

		ctx_init(&c, NULL);
		ctx_org(&c, t, "青岚融资担保有限公司", "青岚融资担保有限公司");
		/* 融资 in the firm's name is no metric of the price. */
		expect_field(t, &c.c, "3400万元", "metric", "收购");
	}
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
		cmocka_unit_test(test_pledge_roles),
		cmocka_unit_test(test_bid_roles),
		cmocka_unit_test(test_funding_roles),
		cmocka_unit_test(test_speakers),
		cmocka_unit_test(test_action_guards),
		cmocka_unit_test(test_other_side_anywhere),
		cmocka_unit_test(test_category_column),
		cmocka_unit_test(test_announcement_words),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
