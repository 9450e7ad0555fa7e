/*
 * test_num_link -- the passes after scanning: a change and its basis, the
 * metric and the subject of a figure, a unit shared over a coordination, a
 * change carried over one, and the metric terms added from a file.  The
 * texts are written for these tests.
 */
#include "num_test.h"

static void
test_change_and_basis(void **state)
{
	(void)state;
	expect_has("净利润同比下降34.4%。", NULL,
	    "\"text\":\"34.4%\",\"start\":7,\"end\":12,\"kind\":\"percent\","
	    "\"value\":34.4,\"unit\":\"%\",\"change\":\"down\","
	    "\"basis\":\"yoy\",\"metric\":\"净利润\"");
	expect_has("销量环比增长8%。", NULL,
	    "\"change\":\"up\",\"basis\":\"qoq\",\"metric\":\"销量\"");
	/* A sign after 同比 is the direction. */
	expect_has("营收同比-5.2%。", NULL,
	    "\"value\":-5.2,\"unit\":\"%\",\"change\":\"down\"");
}

static void
test_metric_from_earlier_clause(void **state)
{
	(void)state;
	/* A clause going on from the one before (，同比...) keeps its
	 * metric; a new one does not. */
	expect_has("营收为80亿元，同比增长12%。", NULL,
	    "\"value\":12,\"unit\":\"%\",\"change\":\"up\","
	    "\"basis\":\"yoy\",\"metric\":\"营收\"");
	expect_not(
	    "营收为80亿元，员工有3000人。", NULL, "\"unit\":\"人\",\"metric\"");
}

static void
test_subject(void **state)
{
	const char *text = "甲公司营收为9亿元。";
	struct zp_nentity e = { .start = 0,
		.end = 3,
		.id = "甲公司",
		.idlen = strlen("甲公司"),
		.org = true };
	struct zp_nctx c = { 0 };

	(void)state;
	c.ents = &e;
	c.nents = 1;
	expect_has(text, &c,
	    "\"unit\":\"CNY\",\"metric\":\"营收\",\"subject\":\"甲公司\"");
	/* An entity that is not an organization owns nothing. */
	e.org = false;
	expect_not(text, &c, "\"subject\"");
}

static void
test_shared_unit(void **state)
{
	const char *got;
	size_t k = 0;

	(void)state;
	got = find("分别为3万亿、4万亿和5万亿日元。", NULL);
	for (const char *p = got; (p = strstr(p, "\"unit\":\"JPY\"")) != NULL;
	     p++)
		k++;
	assert_int_equal(k, 3);
	assert_non_null(strstr(got,
	    "\"note\":\"unit shared with the next "
	    "figure\""));
	/* 2.7亿、19.6%: not of one shape, nothing shared. */
	expect_not("分别为2.7亿、19.6%。", NULL, "unit shared");
}

static void
test_carried_change(void **state)
{
	const char *got;
	size_t k = 0;

	(void)state;
	got = find("两项分别上升了3.1%和1.1%。", NULL);
	for (const char *p = got; (p = strstr(p, "\"change\":\"up\"")) != NULL;
	     p++)
		k++;
	assert_int_equal(k, 2);
}

static void
test_metric_file(void **state)
{
	char path[] = "/tmp/test_num_link.XXXXXX";
	char err[256];

	(void)state;
	write_temp(path, "# terms\n装机容量 \t\n\n");
	expect_not("风电装机容量达30GW。", NULL, "\"metric\"");
	assert_int_equal(zp_numbers_load_metrics(z, path, err, sizeof err), 0);
	expect_has("风电装机容量达30GW。", NULL, "\"metric\":\"装机容量\"");
	/* Invalid UTF-8 is refused at its line, after the terms before it. */
	put_file(path, "# terms\n发电量\n\xff\xfe\n");
	assert_int_equal(zp_numbers_load_metrics(z, path, err, sizeof err), -1);
	assert_memory_equal(err, path, strlen(path));
	assert_string_equal(err + strlen(path), ":3: invalid UTF-8");
	expect_has("年发电量为5亿千瓦时。", NULL, "\"metric\":\"发电量\"");
	remove(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_change_and_basis),
		cmocka_unit_test(test_metric_from_earlier_clause),
		cmocka_unit_test(test_subject),
		cmocka_unit_test(test_shared_unit),
		cmocka_unit_test(test_carried_change),
		cmocka_unit_test(test_metric_file),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
