/*
 * test_docdate -- a document's date from its URL, a dateline and HTTP
 * dates: each shape read, and the look-alikes that must give no date.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/docdate.h"

/* "" for no date, "YYYY-MM" for a year-month, "--MM-DD" without a year. */
static void
check_url(const char *url, const char *want)
{
	struct zp_ymd d = { 0, 0, 0 };
	char got[16];
	int r = zp_docdate_url(url, strlen(url), &d);

	if (r == 2)
		zp_ymd_format(&d, got);
	else if (r == 1)
		snprintf(got, sizeof(got), "%04d-%02d", d.y, d.m);
	else
		got[0] = '\0';
	if (strcmp(got, want) != 0)
		fail_msg("%s: got '%s', want '%s'", url, got, want);
}

static void
check_line(const char *text, const char *want)
{
	struct zp_ymd d = { 0, 0, 0 };
	char got[16];

	if (!zp_docdate_dateline(text, strlen(text), &d))
		got[0] = '\0';
	else if (d.y == 0)
		snprintf(got, sizeof(got), "--%02d-%02d", d.m, d.d);
	else
		zp_ymd_format(&d, got);
	if (strcmp(got, want) != 0)
		fail_msg("%s: got '%s', want '%s'", text, got, want);
}

static void
test_valid(void **state)
{
	(void)state;
	assert_true(zp_ymd_valid(2024, 2, 29));
	assert_false(zp_ymd_valid(2023, 2, 29));
	assert_false(zp_ymd_valid(1900, 2, 29));
	assert_true(zp_ymd_valid(2000, 2, 29));
	assert_false(zp_ymd_valid(2023, 2, 30));
	assert_false(zp_ymd_valid(2023, 4, 31));
	assert_false(zp_ymd_valid(2023, 13, 1));
	assert_false(zp_ymd_valid(2023, 0, 1));
	assert_false(zp_ymd_valid(2023, 1, 0));
	assert_true(zp_ymd_plausible(1990, 1, 1));
	assert_false(zp_ymd_plausible(1989, 12, 31));
	assert_true(zp_ymd_plausible(2100, 12, 31));
	assert_false(zp_ymd_plausible(2101, 1, 1));
}

static void
test_parse_iso(void **state)
{
	struct zp_ymd d = { 0, 0, 0 };

	(void)state;
	assert_true(zp_ymd_parse_iso("2024-01-31", 10, &d));
	assert_int_equal(d.y, 2024);
	assert_int_equal(d.m, 1);
	assert_int_equal(d.d, 31);
	assert_false(zp_ymd_parse_iso("2023-02-29", 10, &d));
	assert_false(zp_ymd_parse_iso("2024-1-31", 9, &d));
	assert_false(zp_ymd_parse_iso("2024/01/31", 10, &d));
	assert_false(zp_ymd_parse_iso("2024-01-3x", 10, &d));
	assert_false(zp_ymd_parse_iso("2024-01-310", 11, &d));
	assert_int_equal(d.y, 2024); /* untouched */
}

static void
test_settle_year(void **state)
{
	struct zp_ymd ref = { 2024, 1, 31 }, d;

	(void)state;
	d = (struct zp_ymd){ 0, 1, 30 };
	assert_true(zp_ymd_settle_year(&d, &ref));
	assert_int_equal(d.y, 2024);
	d = (struct zp_ymd){ 0, 1, 31 };
	assert_true(zp_ymd_settle_year(&d, &ref));
	assert_int_equal(d.y, 2024);
	/* After the reference day: last year's. */
	d = (struct zp_ymd){ 0, 12, 30 };
	assert_true(zp_ymd_settle_year(&d, &ref));
	assert_int_equal(d.y, 2023);
	d = (struct zp_ymd){ 0, 2, 1 };
	assert_true(zp_ymd_settle_year(&d, &ref));
	assert_int_equal(d.y, 2023);
	/* 29 February settles in a leap year only. */
	d = (struct zp_ymd){ 0, 2, 29 };
	ref = (struct zp_ymd){ 2024, 3, 1 };
	assert_true(zp_ymd_settle_year(&d, &ref));
	assert_int_equal(d.y, 2024);
	d = (struct zp_ymd){ 0, 2, 29 };
	ref = (struct zp_ymd){ 2025, 3, 1 };
	assert_false(zp_ymd_settle_year(&d, &ref));
	assert_int_equal(d.y, 0);
	ref = (struct zp_ymd){ 0, 0, 0 };
	d = (struct zp_ymd){ 0, 1, 2 };
	assert_false(zp_ymd_settle_year(&d, &ref));
}

static void
test_url_full(void **state)
{
	(void)state;
	check_url(
	    "https://news.example.cn/2024/01/31/c_1130.htm", "2024-01-31");
	check_url("https://news.example.cn/20240131/a1b2.html", "2024-01-31");
	check_url("http://finance.example.com/stock/2024-01-31/doc-inaf.shtml",
	    "2024-01-31");
	check_url(
	    "https://www.example.com/news/2024-01/31/c_112.htm", "2024-01-31");
	check_url(
	    "https://www.example.gov.cn/202401/31/content_6.htm", "2024-01-31");
	check_url("http://paper.example.cn/n1/2024/0131/c1004-4016.html",
	    "2024-01-31");
	check_url("https://www.example.gov.cn/xxgk/202401/t20240131_9987.html",
	    "2024-01-31");
	check_url("https://example.com/a/2024_1_5/x.html", "2024-01-05");
	check_url("https://example.com/story?date=2024-01-31", "2024-01-31");
	check_url("/2024/1/3/", "2024-01-03");
	check_url("news/20240229.html", "2024-02-29");
}

static void
test_url_partial(void **state)
{
	(void)state;
	check_url("https://example.com/2024-01/content_998.htm", "2024-01");
	check_url("https://example.com/202401/content_998.htm", "2024-01");
	check_url("https://example.com/2024/01/1234567.html", "2024-01");
	/* A full date anywhere wins over the year-month before it. */
	check_url("https://example.com/202312/t20240105_1.html", "2024-01-05");
}

static void
test_url_none(void **state)
{
	(void)state;
	check_url("https://example.com/", "");
	check_url("https://example.com/a/1234567890.html", "");
	check_url("https://example.com/a/20240131102300.html", "");
	check_url("https://example.com/a/120240131.html", "");
	check_url("https://example.com/2023/02/30/x.html", "");
	check_url("https://example.com/20230230.html", "");
	check_url("https://example.com/2024/13/01/x.html", "");
	check_url("https://example.com/1989/06/01/x.html", "");
	check_url("https://example.com/2101/01/01/x.html", "");
	/* Inside a hash or an id, not a date of its own. */
	check_url("https://example.com/e3ab20240131f9.html", "");
	check_url("https://example.com/v2024-01-31x", "");
	check_url("https://example.com/ab20240131/", "");
	check_url("https://example.com/2024/0231/x.html", "");
	/* The host name is not the path. */
	check_url("https://20240131.example.com/a.html", "");
	check_url("https://example.com:2024/01/x", "");
	check_url("https://example.com/2024/", "");
	check_url("https://example.com/202413/a.html", "");
	check_url("", "");
}

static void
test_dateline_wire(void **state)
{
	(void)state;
	check_line(
	    "新华社北京1月31日电(记者 王明)三星电子31日公布业绩。", "--01-31");
	check_line("本报首尔2024年1月31日电 记者李华报道,三星电子公布业绩。",
	    "2024-01-31");
	check_line(
	    "【财经时报2022年09月22日讯】某银行当日发布公告。", "2022-09-22");
	check_line("財經日報台北2023年5月8日電 台積電公布營收。", "2023-05-08");
	check_line("中新网1月31日消息,某公司公布业绩。", "--01-31");
	check_line("证券时报网1月31日讯据公司公告,净利润下降。", "--01-31");
	check_line("本报1月31日电记者张明报道。", "--01-31");
	/* 电 and 讯 as parts of words, 消息 as a verb's object. */
	check_line("公司在1月31日电话会议上表示,需求将回升。", "");
	check_line("该公司1月31日电网投资计划出炉。", "");
	check_line("市场1月31日消息面平静,股指小幅波动。", "");
	check_line("2023年2月29日电 某公司发布公告。", "");
	check_line("新华社北京2月30日电 某公司发布公告。", "");
	check_line("公司24年1月31日电 某公司发布公告。", "");
	check_line("公司24年 1月31日电 某公司发布公告。", "");
	check_line("本报北京2024年 1月 31日电 某公司发布公告。", "2024-01-31");
	check_line("本报北京2024年1月 31日电 某公司发布公告。", "2024-01-31");
}

static void
test_dateline_beijing(void **state)
{
	(void)state;
	check_line("北京时间1月31日凌晨,苹果公司公布财报。", "--01-31");
	check_line("北京时间2024年1月31日晚间,某公司发布公告。", "2024-01-31");
	check_line("科技网讯 北京时间1月31日消息,某公司公布财报。", "--01-31");
	check_line("財經網訊北京時間1月31日,某公司公布財報。", "--01-31");
	/* An announced event, not the story's day. */
	check_line("苹果将于北京时间2月1日发布财报,市场预期乐观。", "");
	check_line("发布会定在北京时间2月1日举行。", "");
	check_line("总决赛第二场在客场进行,北京时间6月6日上午9时开球。", "");
	check_line("总决赛在客场进行、北京时间6月6日上午开球。", "");
}

static void
test_dateline_stamp(void **state)
{
	(void)state;
	check_line("(2024-01-31 10:23)某公司发布公告。", "2024-01-31");
	check_line("某公司发布公告 (2024-01-31) 称将回购股份。", "2024-01-31");
	check_line(
	    "2024-01-31 10:23:00 来源:证券日报 某公司公告。", "2024-01-31");
	check_line("2024-01-31 来源:证券日报 某公司公告。", "2024-01-31");
	check_line("2024年01月31日 10:23 某公司发布公告。", "2024-01-31");
	check_line("财经频道 2024/01/31 09:05 某公司发布公告。", "2024-01-31");
	check_line("发布时间:2024-01-31 某公司发布公告。", "2024-01-31");
	check_line("发布时间: 2024年1月31日 某公司发布公告。", "2024-01-31");
	check_line("發佈時間:2024-01-31 某公司發布公告。", "2024-01-31");
	check_line("更新时间 1月31日 某公司发布公告。", "--01-31");
	/* Dates of events, not of the story. */
	check_line("公司定于2024年3月15日 14:30召开股东大会。", "");
	check_line("公司将于 2024-03-15 14:30 召开股东大会。", "");
	check_line("截至2024-01-31 15:00,公司股价收涨。", "");
	check_line("公司发布公告,2024年3月15日 14:30召开股东大会。", "");
	check_line("公司发布公告;2024-03-15 14:30召开股东大会。", "");
	check_line("2024年1月31日,某公司发布公告称业绩下降。", "");
	check_line("某公司2024年1月31日发布公告称业绩下降。", "");
	check_line("会议(2024年3月)在上海召开。", "");
	check_line("(2024-01-32 10:23)某公司发布公告。", "");
	check_line("(2024-01-31 25:00)某公司发布公告。", "");
	check_line("2024-01-31 10:61 某公司发布公告。", "");
	check_line("(1985-01-31)某公司发布公告。", "");
}

static void
test_dateline_top(void **state)
{
	char text[1200];
	size_t i;

	(void)state;
	/* After the first sentence: an event date. */
	check_line("某公司发布公告。(2024-01-31 10:23)", "");
	check_line("某公司发布公告。新华社北京1月31日电 另一篇。", "");
	/* Within the first 200 characters, and not past them. */
	strcpy(text, "");
	for (i = 0; i < 190; i++)
		strcat(text, "甲");
	strcat(text, " 2024-01-31 10:23 来源:证券日报");
	check_line(text, "2024-01-31");
	strcpy(text, "");
	for (i = 0; i < 200; i++)
		strcat(text, "甲");
	strcat(text, " 2024-01-31 10:23 来源:证券日报");
	check_line(text, "");
	check_line("", "");
	check_line("2024", "");
	check_line("2024-01-31", "");
	check_line("1月31日电", "--01-31");
	check_line("1月31日电子", "");
}

static void
test_dateline_fullwidth(void **state)
{
	(void)state;
	/* Text kept in NFC (--form nfc): full-width digits and marks. */
	check_line("（２０２４－０１－３１　１０：２３）某公司发布公告。",
	    "2024-01-31");
	check_line(
	    "发布时间：２０２４年１月３１日 某公司发布公告。", "2024-01-31");
	check_line(
	    "新华社北京１月３１日电（记者 王明）某公司公布业绩。", "--01-31");
	check_line("（２０２３－０２－３０　１０：２３）某公司发布公告。", "");
}

static void
test_http(void **state)
{
	struct zp_ymd d = { 0, 0, 0 };

	(void)state;
	assert_true(zp_docdate_http("Wed, 31 Jan 2024 10:23:00 GMT", &d));
	assert_int_equal(d.y, 2024);
	assert_int_equal(d.m, 1);
	assert_int_equal(d.d, 31);
	assert_true(zp_docdate_http("Thu Feb  1 08:00:00 2024", &d));
	assert_int_equal(d.m, 2);
	assert_int_equal(d.d, 1);
	assert_true(zp_docdate_http("tue, 05 mar 2024 00:00:00 GMT", &d));
	assert_int_equal(d.m, 3);
	/* RFC 850, the epoch of a broken server, nonsense. */
	assert_false(zp_docdate_http("Wednesday, 31-Jan-24 10:23:00 GMT", &d));
	assert_false(zp_docdate_http("Thu, 01 Jan 1970 00:00:00 GMT", &d));
	assert_false(zp_docdate_http("Fri, 30 Feb 2024 00:00:00 GMT", &d));
	assert_false(zp_docdate_http("Wed, 31 Jab 2024 10:23:00 GMT", &d));
	assert_false(zp_docdate_http("Wed, 31 Jan 20241 10:23:00 GMT", &d));
	assert_false(zp_docdate_http("Wed, 31 January 2024 10:23:00 GMT", &d));
	assert_false(zp_docdate_http("Thu Feb  1 08:00 2024", &d));
	assert_false(zp_docdate_http("Thu Feb  1 08:00:00 24", &d));
	assert_false(zp_docdate_http("Wed,", &d));
	assert_false(zp_docdate_http("Wed Jan", &d));
	assert_false(zp_docdate_http("yesterday", &d));
	assert_false(zp_docdate_http("", &d));
	assert_int_equal(d.y, 2024);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_parse_iso),
		cmocka_unit_test(test_settle_year),
		cmocka_unit_test(test_url_full),
		cmocka_unit_test(test_url_partial),
		cmocka_unit_test(test_url_none),
		cmocka_unit_test(test_dateline_wire),
		cmocka_unit_test(test_dateline_beijing),
		cmocka_unit_test(test_dateline_stamp),
		cmocka_unit_test(test_dateline_top),
		cmocka_unit_test(test_dateline_fullwidth),
		cmocka_unit_test(test_http),
	};

	return cmocka_run_group_tests_name("docdate", tests, NULL, NULL);
}
