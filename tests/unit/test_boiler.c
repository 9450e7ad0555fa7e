/*
 * test_boiler -- the chrome rules (length without sentence punctuation,
 * phrases, user regular expressions), the document hash and its set.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "gzmem.h"
#include "zhpipe/boiler.h"

#define S(lit) lit, sizeof(lit) - 1

static struct zp_cleaner *cl;

static int
setup(void **state)
{
	struct zp_clean_opts o = { ZP_FORM_NFKC, ZP_SCRIPT_KEEP };
	char err[128];

	(void)state;
	cl = zp_cleaner_new(&o, err, sizeof(err));
	return cl != NULL ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	zp_cleaner_free(cl);
	return 0;
}

static void
test_sentence_end(void **state)
{
	(void)state;
	assert_true(zp_has_sentence_end(S("营收增长。")));
	assert_true(zp_has_sentence_end(S("真的吗?")));
	assert_true(zp_has_sentence_end(S("Sales rose. Costs fell")));
	assert_true(zp_has_sentence_end(S("It rose.")));
	assert_false(zp_has_sentence_end(S("增长2.5%")));
	assert_false(zp_has_sentence_end(S("为您找到相关结果约518个")));
	assert_false(zp_has_sentence_end(S("")));
}

static void
test_rules(void **state)
{
	static const char phrases[] = "# comment\n返回顶部\n扫一扫\n版权所有\n";
	static const char drop[] = "^来源[:：]\n(?i)^advert\n";
	char p1[128], p2[128], err[128];
	struct zp_boiler *b;

	(void)state;
	gzmem_tmpfile(p1, sizeof(p1), phrases, strlen(phrases));
	gzmem_tmpfile(p2, sizeof(p2), drop, strlen(drop));
	b = zp_boiler_new(20, p1, p2, cl, err, sizeof(err));
	assert_non_null(b);
	/* Short and without sentence punctuation. */
	assert_int_equal(zp_boiler_check(b, S("今日有色")), ZP_BOIL_SHORT);
	assert_int_equal(
	    zp_boiler_check(b, S("为您找到相关结果约518个")), ZP_BOIL_SHORT);
	/* Short but a sentence. */
	assert_int_equal(
	    zp_boiler_check(b, S("台积电一月营收同比增长8%。")), ZP_BOIL_KEEP);
	/* Long enough, with a phrase: only short documents are checked. */
	assert_int_equal(zp_boiler_check(b,
	                     S("微信扫一扫关注我们的公众号,"
	                       "获取更多行业资讯与每日行情。")),
	    ZP_BOIL_PHRASE);
	assert_int_equal(
	    zp_boiler_check(b,
	        S("三星电子公布财报显示,第四季度"
	          "营业利润同比下降34%,全年营利暴跌85%。用户可以通过扫一扫功能"
	          "查看原文,不过这句话足够长,长到超过了短文档的界限,因此不会"
	          "因为其中含有一个常见的页面短语而被当作页面装饰删掉。")),
	    ZP_BOIL_KEEP);
	assert_int_equal(zp_boiler_check(b,
	                     S("来源:虚构通讯社。本文共有二十"
	                       "多个字符而且带句号。")),
	    ZP_BOIL_USER);
	assert_int_equal(zp_boiler_check(b,
	                     S("ADVERTISEMENT: buy now, "
	                       "buy often, buy more.")),
	    ZP_BOIL_USER);
	/* Menus and tag lists: many short items, no sentence punctuation. */
	assert_int_equal(zp_boiler_check(b,
	                     S("首页 | 财经 | 科技 | 股票 | 基金 "
	                       "| 期货 | 外汇 | 黄金 | 债券")),
	    ZP_BOIL_MENU);
	assert_int_equal(zp_boiler_check(b,
	                     S("标签:芯片丨存储丨半导体丨英伟达丨"
	                       "台积电丨三星")),
	    ZP_BOIL_MENU);
	/* Not a menu: long items, or a sentence. */
	assert_int_equal(zp_boiler_check(b,
	                     S("三星电子第四季度营业利润大幅下降 "
	                       "存储芯片价格开始回升")),
	    ZP_BOIL_KEEP);
	assert_int_equal(zp_boiler_check(b,
	                     S("首页 | 财经 | 科技 | 股票 | 基金 "
	                       "| 期货 | 外汇。")),
	    ZP_BOIL_KEEP);
	zp_boiler_free(b);
	/* --min-chars 0: the length rule is off. */
	b = zp_boiler_new(0, NULL, NULL, cl, err, sizeof(err));
	assert_int_equal(zp_boiler_check(b, S("今日有色")), ZP_BOIL_KEEP);
	assert_int_equal(
	    zp_boiler_check(b, S("首页 | 财经 | 科技 | 股票")), ZP_BOIL_KEEP);
	zp_boiler_free(b);
	/* A bad pattern is reported with its line. */
	unlink(p2);
	gzmem_tmpfile(p2, sizeof(p2), S("ok\n(unclosed\n"));
	assert_null(zp_boiler_new(20, NULL, p2, cl, err, sizeof(err)));
	assert_non_null(strstr(err, ":2: invalid regular expression"));
	assert_null(
	    zp_boiler_new(20, "/nonexistent/x", NULL, cl, err, sizeof(err)));
	unlink(p1);
	unlink(p2);
}

static void
test_hashset(void **state)
{
	struct zp_hashset s = ZP_HASHSET_INIT;
	char doc[32];
	int i;

	(void)state;
	assert_true(zp_hash64(S("abc")) != zp_hash64(S("abd")));
	assert_true(zp_hash64(S("abcdefgh1")) != zp_hash64(S("abcdefgh2")));
	assert_true(zp_hash64(S("")) == zp_hash64(S("")));
	for (i = 0; i < 10000; i++) {
		snprintf(doc, sizeof(doc), "文档%d", i);
		assert_true(zp_hashset_add(&s, zp_hash64(doc, strlen(doc))));
	}
	for (i = 0; i < 10000; i += 7) {
		snprintf(doc, sizeof(doc), "文档%d", i);
		assert_false(zp_hashset_add(&s, zp_hash64(doc, strlen(doc))));
	}
	assert_true(zp_hashset_add(&s, 0));
	assert_false(zp_hashset_add(&s, 0));
	assert_int_equal(s.count, 10001);
	zp_hashset_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentence_end),
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_hashset),
	};

	return cmocka_run_group_tests_name("boiler", tests, setup, teardown);
}
