/*
 * test_lexicon -- loading word lists and gazetteers, the trie's lookups,
 * overrides and errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "zhpipe/gazetteer.h"
#include "zhpipe/lexicon.h"

#define S(lit) lit, sizeof(lit) - 1

static bool
has(const struct zp_lexicon *lx, const char *w, unsigned *flags)
{
	float logp;
	unsigned f = 0;

	if (!zp_lexicon_lookup(lx, w, strlen(w), &logp, &f))
		return false;
	if (flags != NULL)
		*flags = f;
	return true;
}

static float
logp_of(const struct zp_lexicon *lx, const char *w)
{
	float logp = 1;
	unsigned f = 0;

	assert_true(zp_lexicon_lookup(lx, w, strlen(w), &logp, &f));
	return logp;
}

static void
test_sorted_and_unsorted(void **state)
{
	/* The first file is in byte order, the second is not. */
	static const char a[] = "中 10 n\n中国 30 ns\n中国人 5 n\n人 20 n\n";
	static const char b[] = "芯片 7.5\n\n# comment\n  财报\t4.5  \n中 7\n";
	struct zp_lexicon *lx = zp_lexicon_new();
	char err[128];
	unsigned f = 0;

	(void)state;
	assert_int_equal(
	    zp_lexicon_load_mem(lx, S(a), false, err, sizeof(err)), 0);
	assert_int_equal(lx->nsorted, 4);
	assert_int_equal(
	    zp_lexicon_load_mem(lx, S(b), false, err, sizeof(err)), 0);
	assert_int_equal(lx->nsorted, 4);
	zp_lexicon_build(lx);
	assert_int_equal(lx->nwords, 6); /* 中 twice */
	assert_true(has(lx, "中国", &f));
	assert_true(f & ZP_LEX_WORD);
	assert_true(f & ZP_LEX_KIDS);
	assert_true(has(lx, "中国人", &f));
	assert_false(f & ZP_LEX_KIDS);
	assert_true(has(lx, "芯片", NULL));
	assert_true(has(lx, "财报", NULL));
	assert_false(has(lx, "中国人民", NULL));
	assert_false(has(lx, "国", NULL));
	assert_false(has(lx, "", NULL));
	/* The later 中 (7) replaced the first (10): total = 30+5+20+7.5+4.5+7. */
	assert_float_equal(lx->total, 74, 1e-9);
	assert_float_equal(logp_of(lx, "中"), logf(7.0f / 74), 0.01);
	assert_float_equal(logp_of(lx, "中国"), logf(30.0f / 74), 0.01);
	zp_lexicon_free(lx);
}

static void
test_names_and_user_words(void **state)
{
	static const char a[] = "王小明 3 nr\n小明 5 nr\n英伟 2 nz\n";
	static const char u[] = "英伟达\n王小明\n新词 9\n";
	struct zp_lexicon *lx = zp_lexicon_new();
	char err[128];
	unsigned f = 0;

	(void)state;
	assert_int_equal(
	    zp_lexicon_load_mem(lx, S(a), false, err, sizeof(err)), 0);
	assert_int_equal(
	    zp_lexicon_load_mem(lx, S(u), true, err, sizeof(err)), 0);
	zp_lexicon_build(lx);
	assert_true(has(lx, "小明", &f));
	assert_true(f & ZP_LEX_NAME);
	assert_false(f & ZP_LEX_USER);
	/* A user word loses the name mark and gets the user frequency. */
	assert_true(has(lx, "王小明", &f));
	assert_true(f & ZP_LEX_USER);
	assert_false(f & ZP_LEX_NAME);
	assert_true(has(lx, "英伟达", &f));
	assert_true(f & ZP_LEX_USER);
	assert_float_equal(logp_of(lx, "英伟达"),
	    logf((float)ZP_LEX_USER_FREQ / (float)lx->total), 0.01);
	assert_float_equal(
	    logp_of(lx, "新词"), logf(9.0f / (float)lx->total), 0.01);
	zp_lexicon_free(lx);
}

static void
test_split_phrases(void **state)
{
	static const char a[] =
	    "经济 100 n\n发展 100 vn\n经济发展 50 n\n"
	    "一心一意 20 i\n一心 10 m\n一意 5 d\n中华民国 30 ns\n中华 40 nz\n"
	    "民国 30 nt\n研究生院 9 n\n研究 9 vn\n无标 3\n记号 3 n\n"
	    "无标记号 2\n股份公司 8 n\n股份 8 n\n公司 9 n\n"
	    "人工智能 9 n\n人工 5 n\n数据中心 9 n\n数据 9 n\n中心 9 n\n"
	    "数据中心 9 term\n";
	struct zp_lexicon *lx = zp_lexicon_new();
	struct zp_lexicon *keep = zp_lexicon_new();
	char err[128];

	(void)state;
	assert_int_equal(
	    zp_lexicon_load_mem(lx, S(a), false, err, sizeof(err)), 0);
	assert_int_equal(
	    zp_lexicon_load_mem(lx, S("股份公司\n"), true, err, sizeof(err)),
	    0);
	assert_int_equal(
	    zp_lexicon_load_mem(keep, S(a), false, err, sizeof(err)), 0);
	lx->split_phrases = true;
	zp_lexicon_build(lx);
	zp_lexicon_build(keep);
	/* A phrase of two words goes... */
	assert_false(has(lx, "经济发展", NULL));
	assert_true(has(keep, "经济发展", NULL));
	/* ...idioms, names, untagged and user words stay, and so does a
	 * word whose halves are not both words. */
	assert_true(has(lx, "一心一意", NULL));
	assert_true(has(lx, "中华民国", NULL));
	assert_true(has(lx, "无标记号", NULL));
	assert_true(has(lx, "股份公司", NULL));
	assert_true(has(lx, "研究生院", NULL));
	assert_true(has(lx, "人工智能", NULL));
	/* A later entry tagged "term" protects a phrase. */
	assert_true(has(lx, "数据中心", NULL));
	assert_true(has(lx, "经济", NULL));
	zp_lexicon_free(lx);
	zp_lexicon_free(keep);
}

static void
test_errors(void **state)
{
	struct zp_lexicon *lx = zp_lexicon_new();
	char err[128];

	(void)state;
	assert_int_equal(
	    zp_lexicon_load_mem(lx, S("好 1\n坏 1x\n"), true, err, sizeof(err)),
	    -1);
	assert_string_equal(err, "2: invalid frequency");
	assert_int_equal(zp_lexicon_load_mem(lx, S("好 1\n\xe4\xb8 3\n"), true,
	                     err, sizeof(err)),
	    -1);
	assert_string_equal(err, "2: invalid UTF-8");
	assert_int_equal(
	    zp_lexicon_load(lx, "/nonexistent/dict", true, err, sizeof(err)),
	    -1);
	assert_string_equal(err, "No such file or directory");
	assert_int_equal(zp_lexicon_load(lx, "/", true, err, sizeof(err)), -1);
	assert_string_equal(err, "Is a directory");
	zp_lexicon_free(lx);
}

static void
add_alias_word(const char *w, size_t n, const struct zp_gaz_entry *e, void *lx)
{
	(void)e;
	zp_lexicon_add(lx, w, n, -1, ZP_LEX_USER);
}

static void
test_gazetteer(void **state)
{
	/* segment's way: the gazetteer's loader, every alias a user word. */
	static const char csv[] =
	    "canonical,type,aliases,ticker,exchange\n"
	    "NVIDIA,ORG,英伟达|輝達|NVIDIA Corp,NVDA,NASDAQ\n"
	    "宁德时代,ORG,\"宁德时代新能源,CATL\",300750,SZSE\n"
	    "SK海力士,ORG,,000660,KRX\n";
	struct zp_gazetteer *gz = zp_gaz_new();
	struct zp_lexicon *lx = zp_lexicon_new();
	char err[128];
	unsigned f = 0;

	(void)state;
	assert_int_equal(zp_gaz_load_mem(gz, "t.csv", csv, sizeof(csv) - 1, err,
	                     sizeof(err)),
	    0);
	zp_gaz_each_alias(gz, add_alias_word, lx);
	zp_gaz_free(gz);
	zp_lexicon_build(lx);
	assert_true(has(lx, "英伟达", &f));
	assert_true(f & ZP_LEX_USER);
	assert_true(has(lx, "輝達", NULL));
	assert_true(has(lx, "NVIDIA Corp", NULL));
	assert_true(has(lx, "NVIDIA", NULL));
	assert_true(has(lx, "宁德时代新能源,CATL", NULL));
	assert_true(has(lx, "SK海力士", NULL));
	assert_false(has(lx, "NVDA", NULL));
	assert_false(has(lx, "ORG", NULL));
	assert_false(has(lx, "NASDAQ", NULL));
	zp_lexicon_free(lx);
}

static void
test_astral_and_many(void **state)
{
	struct zp_lexicon *lx = zp_lexicon_new();
	char w[32];
	int i;

	(void)state;
	zp_lexicon_add(lx, S("\xf0\xa0\x80\x80\xe5\xad\x97"), 5, 0);
	/* Enough words to grow every table several times. */
	for (i = 0; i < 20000; i++) {
		snprintf(w, sizeof(w), "w%d", i * 7919 % 20000);
		zp_lexicon_add(lx, w, strlen(w), 1 + i % 50, 0);
	}
	zp_lexicon_build(lx);
	assert_true(has(lx, "\xf0\xa0\x80\x80\xe5\xad\x97", NULL));
	assert_false(has(lx, "\xf0\xa0\x80\x80", NULL));
	for (i = 0; i < 20000; i++) {
		snprintf(w, sizeof(w), "w%d", i);
		assert_true(has(lx, w, NULL));
	}
	assert_false(has(lx, "w20000", NULL));
	zp_lexicon_free(lx);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sorted_and_unsorted),
		cmocka_unit_test(test_names_and_user_words),
		cmocka_unit_test(test_split_phrases),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_gazetteer),
		cmocka_unit_test(test_astral_and_many),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
