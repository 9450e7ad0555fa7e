/*
 * test_ent_coref -- people named again within a document (issue 18): the
 * surname and a title (曾总, 王董, 欧阳先生) as the surname alone, with the
 * id of the full name said before; the given name alone (浩然 after
 * 周浩然) where it is no common word.  The texts are written for these
 * tests; the people of the small list are made up.
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
static char names_path[64];      /* name statistics written here */

static const char small_csv[] = "canonical,type,aliases,ticker,exchange\n"
                                "Huawei,ORG,华为\n"
                                "Xiaomi,ORG,小米\n"
                                "Lin Xiaoyu,PER,林晓雨\n"
                                "Anke Berg,PER,安科·贝格|贝格\n"
                                "Tom Paulsen,PER,鲍尔森\n";

/*
 * Scores for no character (no scored names), and the common words of
 * the given-name test: 海军, 建国, 志强 are words.
 */
static const char names_txt[] = "# test\n=海 军\n=建 国\n=志 强\n";

static int
setup(void **state)
{
	char err[256];
	int fd;

	(void)state;
	gaz = zp_gaz_new();
	if (zp_gaz_load_mem(gaz, "small.csv", small_csv, strlen(small_csv), err,
	        sizeof(err)) != 0)
		return -1;
	zp_gaz_compile(gaz);
	if (shipped_load() != 0)
		return -1;
	snprintf(names_path, sizeof(names_path), "/tmp/test_ent_coref.XXXXXX");
	if ((fd = mkstemp(names_path)) < 0 ||
	    write(fd, names_txt, strlen(names_txt)) !=
	        (ssize_t)strlen(names_txt) ||
	    close(fd) != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	zp_gaz_free(gaz);
	shipped_free();
	unlink(names_path);
	return 0;
}

/*
 * Runs the texts as one document, with the name statistics of names_path
 * when names is set, and writes the people of the last as "text/id" joined
 * by spaces.
 */
static void
run_doc(struct zp_gazetteer *g, const char *const *texts, size_t n, bool names,
    bool skips, char *out, size_t size)
{
	struct zp_entities *x = zp_ent_new(g);
	const struct zp_entity *e = NULL;
	size_t ne = 0, o = 0;
	char err[256];

	zp_ent_set_skips(x, skips);
	if (names)
		assert_int_equal(
		    zp_ent_load_names(x, names_path, err, sizeof(err)), 0);
	for (size_t i = 0; i < n; i++)
		ne = zp_ent_extract(x, texts[i], strlen(texts[i]), &e);
	out[0] = '\0';
	for (size_t k = 0; k < ne; k++)
		if (e[k].type == ZP_ET_PER)
			o += (size_t)snprintf(out + o, size - o, "%s%.*s/%s",
			    o ? " " : "", (int)(e[k].bend - e[k].bstart),
			    texts[n - 1] + e[k].bstart, e[k].id);
	zp_ent_free(x);
}

/* The same with the skips of the passes on and off, which must agree. */
static char *
doc(struct zp_gazetteer *g, bool names, const char *const *texts, size_t n)
{
	static char out[2048], all[2048];

	run_doc(g, texts, n, names, true, out, sizeof(out));
	run_doc(g, texts, n, names, false, all, sizeof(all));
	assert_string_equal(out, all);
	return out;
}

#define DOC(g, ...) \
	doc(g, false, (const char *const[]){ __VA_ARGS__ }, \
	    sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(char *))
#define DOC_NAMES(g, ...) \
	doc(g, true, (const char *const[]){ __VA_ARGS__ }, \
	    sizeof((const char *const[]){ __VA_ARGS__ }) / sizeof(char *))

/* The span is the surname alone, whatever the title; none is no person. */
static void
test_title_spans(void **state)
{
	(void)state;
	assert_string_equal(DOC(gaz, "曾总还说，订单仍然饱满。"), "曾/曾");
	assert_string_equal(DOC(gaz, "黄总表示同意。"), "黄/黄");
	assert_string_equal(DOC(gaz, "会后，黄总，你先走。"), "黄/黄");
	assert_string_equal(DOC(gaz, "王董的公司在扩产。"), "王/王");
	assert_string_equal(DOC(gaz, "李总裁称需求强劲。"), "李/李");
	assert_string_equal(DOC(gaz, "张女士出席了发布会。"), "张/张");
	assert_string_equal(DOC(gaz, "刘行长指出风险可控。"), "刘/刘");
	assert_string_equal(DOC(gaz, "陈董事长认为时机成熟。"), "陈/陈");
	assert_string_equal(DOC(gaz, "马老师说完就走了。"), "马/马");
	assert_string_equal(DOC(gaz, "会上，张副总说，利润增长。"), "张/张");
	assert_string_equal(DOC(gaz, "欧阳先生认为不妥。"), "欧阳/欧阳");
	assert_string_equal(DOC(gaz, "司马总监表示赞同。"), "司马/司马");
	/* 会见 after a title is a verb, 会议 a longer word. */
	assert_string_equal(DOC(gaz, "江总书记会见了代表。"), "江/江");
	assert_string_equal(DOC(gaz, "李部长会见了客人。"), "李/李");
	assert_string_equal(DOC(gaz, "明天召开部长会议。"), "");
	/* An open title (总, 董) that begins a word is none. */
	assert_string_equal(DOC(gaz, "他总是迟到，收入总额下降。"), "");
	assert_string_equal(DOC(gaz, "王总结了经验。"), "");
	assert_string_equal(DOC(gaz, "王董事会已经批准。"), "");
	/* Not at the end of a text (where the marks do not look). */
	assert_string_equal(DOC(gaz, "记者问黄总"), "");
	/* A title after an organization: its head, no person. */
	assert_string_equal(DOC(gaz, "华为总裁表示，小米总裁也说。"), "");
	assert_string_equal(DOC(gaz, "该公司总裁表示同意。"), "");
	/* A person of the organization by surname and title. */
	assert_string_equal(DOC(gaz, "华为余总表示，销量增长。"), "余/余");
	/* A unit and its head, a numbered unit. */
	assert_string_equal(DOC(gaz, "管理司司长表示同意。"), "");
	assert_string_equal(DOC(gaz, "第11师秘书长到达。"), "");
	/* A word before the title: 这时 is no surname. */
	assert_string_equal(DOC(gaz, "这时厂长来了。"), "");
}

/* The surname takes the id of the one person named in full before. */
static void
test_title_ids(void **state)
{
	(void)state;
	/* Earlier records of the document, the list's id or the name. */
	assert_string_equal(DOC(gaz, "星海电子董事长林晓雨表示，订单增长。",
	                        "林总还说，新厂将于年底投产。"),
	    "林/Lin Xiaoyu");
	assert_string_equal(DOC(gaz, "星海电子董事长周浩然表示，订单增长。",
	                        "周总还说，新厂将于年底投产。"),
	    "周/周浩然");
	/* The same text, before the surname. */
	assert_string_equal(
	    DOC(gaz, "董事长周浩然表示，订单增长。周董还说，新厂将投产。"),
	    "周浩然/周浩然 周/周浩然");
	/* A full name after the surname is no earlier one. */
	assert_string_equal(
	    DOC(gaz, "周总表示，新厂将投产。董事长周浩然也表示同意。"),
	    "周/周 周浩然/周浩然");
	/* No earlier full name. */
	assert_string_equal(DOC(gaz, "会上，周总还说，新厂将投产。"), "周/周");
	/* Two earlier people of that surname. */
	assert_string_equal(DOC(gaz, "董事长周浩然表示同意。",
	                        "总经理周明远表示反对。", "周总还说，要再议。"),
	    "周/周");
	/* The same person twice is one person. */
	assert_string_equal(DOC(gaz, "董事长周浩然表示同意。",
	                        "董事长周浩然还说，要再议。", "周先生最后说。"),
	    "周/周浩然");
	/* Another surname. */
	assert_string_equal(
	    DOC(gaz, "董事长周浩然表示同意。", "吴总还说。"), "吴/吴");
	/* A compound surname. */
	assert_string_equal(
	    DOC(gaz, "董事长欧阳明辉表示同意。", "欧阳先生补充说，方案可行。"),
	    "欧阳/欧阳明辉");
	/*
	 * A transliterated name has no surname: 贝格 and 鲍尔森 are the
	 * surname's form.
	 */
	assert_string_equal(
	    DOC(gaz, "首席执行官安科·贝格表示同意。", "安先生还说。"), "安/安");
	assert_string_equal(
	    DOC(gaz, "首席执行官鲍尔森表示同意。", "鲍先生还说。"), "鲍/鲍");
}

/* A new document forgets the people of the last. */
static void
test_title_new_doc(void **state)
{
	struct zp_entities *x = zp_ent_new(gaz);
	const struct zp_entity *e;
	const char *a = "董事长周浩然表示同意。", *b = "周总还说。";

	(void)state;
	zp_ent_extract(x, a, strlen(a), &e);
	assert_int_equal(zp_ent_extract(x, b, strlen(b), &e), 1);
	assert_string_equal(e[0].id, "周浩然");
	zp_ent_new_doc(x);
	assert_int_equal(zp_ent_extract(x, b, strlen(b), &e), 1);
	assert_string_equal(e[0].id, "周");
	zp_ent_free(x);
}

/* The shipped list: a Chinese name of a foreign person, a transliteration. */
static void
test_title_shipped(void **state)
{
	(void)state;
	assert_string_equal(DOC(shipped, "宁德时代董事长曾毓群表示，将扩产。",
	                        "曾总还说，订单饱满。"),
	    "曾/Robin Zeng");
	assert_string_equal(DOC(shipped, "AMD董事长苏姿丰表示，新芯片将发布。",
	                        "苏女士还说，需求强劲。"),
	    "苏/Lisa Su");
	assert_string_equal(DOC(shipped, "特斯拉CEO马斯克表示，新车将上市。",
	                        "马先生还说，产能将翻倍。"),
	    "马/马");
}

/* The given name alone, in a later sentence, when it is no common word. */
static void
test_given_alone(void **state)
{
	(void)state;
	assert_string_equal(DOC_NAMES(gaz, "董事长周浩然表示，订单增长。",
	                        "浩然还说，新厂将投产。"),
	    "浩然/周浩然");
	assert_string_equal(DOC_NAMES(gaz, "董事长林晓雨表示同意。",
	                        "会后，晓雨说，项目顺利。"),
	    "晓雨/Lin Xiaoyu");
	/* A later sentence of the same text. */
	assert_string_equal(
	    DOC_NAMES(gaz, "董事长周浩然表示同意。浩然还说，要再议。"),
	    "周浩然/周浩然 浩然/周浩然");
	/* Not in the same sentence. */
	assert_string_equal(
	    DOC_NAMES(gaz, "董事长周浩然表示，浩然对此有信心。"),
	    "周浩然/周浩然");
	/* Common words: 海军, 建国, 志强 of the list. */
	assert_string_equal(
	    DOC_NAMES(gaz, "船厂董事长王海军表示同意。", "海军方面未作回应。"),
	    "");
	assert_string_equal(DOC_NAMES(gaz, "行长李建国表示，利润增长。",
	                        "建国以来，该行发展迅速。"),
	    "");
	assert_string_equal(
	    DOC_NAMES(gaz, "创始人张志强表示同意。", "志强说，项目顺利。"), "");
	/* Two people of that given name. */
	assert_string_equal(DOC_NAMES(gaz, "董事长周浩然表示同意。",
	                        "总经理吴浩然表示反对。", "浩然还说，要再议。"),
	    "");
	/* Not at the start of a clause. */
	assert_string_equal(
	    DOC_NAMES(gaz, "董事长周浩然表示同意。", "他和浩然说好了。"), "");
	/* Inside a run of characters: no boundary before it. */
	assert_string_equal(
	    DOC_NAMES(gaz, "董事长周浩然表示同意。", "正气浩然的样子。"), "");
	/* A given name of one character is never taken alone. */
	assert_string_equal(
	    DOC_NAMES(gaz, "董事长周明表示同意。", "明说，项目顺利。"), "");
	/* Without the list of common words, no given name alone. */
	assert_string_equal(
	    DOC(gaz, "董事长周浩然表示，订单增长。", "浩然还说，新厂将投产。"),
	    "");
}

/* The "=" lines of the statistics: a character, a space, characters. */
static void
test_given_words_file(void **state)
{
	struct zp_entities *x = zp_ent_new(gaz);
	char path[64], err[256], want[512];
	int fd;
	const char *bad = "=海 军\n=海军\n";

	(void)state;
	snprintf(path, sizeof(path), "/tmp/test_ent_coref.XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, bad, strlen(bad)), (ssize_t)strlen(bad));
	close(fd);
	assert_int_equal(zp_ent_load_names(x, path, err, sizeof(err)), -1);
	snprintf(want, sizeof(want),
	    "%s:2: expected a character, a space and characters after '='",
	    path);
	assert_string_equal(err, want);
	unlink(path);
	zp_ent_free(x);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_spans),
		cmocka_unit_test(test_title_ids),
		cmocka_unit_test(test_title_new_doc),
		cmocka_unit_test(test_title_shipped),
		cmocka_unit_test(test_given_alone),
		cmocka_unit_test(test_given_words_file),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
