#!/usr/bin/env bats
# Figures keep their meaning across the sentences of a document (issue 15):
# a fictional earnings story through the README's pipeline, dated by its
# own dateline, into the facts view.  The expected rows are written by hand:
# the company named once carries to 公司 and to sentences without one, a
# bare quarter resolves against the date, 全年 is the year in context,
# guidance is the next quarter, a competitor keeps its own figure, and a
# clause about companies in general gives no row.

setup() {
	T=$BATS_TEST_TMPDIR
	printf '%s\n' '新华财经北京2024年1月31日电 北辰半导体30日晚间发布业绩快报。公司第四季度营收为48.6亿元，同比增长12.3%；归母净利润为5.2亿元。全年营收达到182亿元。公司预计，一季度营收将在40亿至44亿元之间。竞争对手东岳科技去年营收为95亿元。近年来，国内芯片企业累计投资超过5000亿元。' >"$T/story.txt"
}

chain() {
	"$ZP_BIN/normalize" "$@" | "$ZP_BIN/extract-entities" |
	    "$ZP_BIN/extract-numbers" | "$ZP_BIN/segment"
}

@test "facts: subject, metric and period from the whole document" {
	chain "$T/story.txt" >"$T/records.jsonl"
	# The date comes from the dateline, and says so.
	head -n 1 "$T/records.jsonl" |
	    jq -e '.date == "2024-01-31" and .date_source == "dateline"' >/dev/null
	# A preset view takes no field list of its own.
	run "$ZP_BIN/to-csv" --facts --fields x "$T/records.jsonl"
	[ "$status" -eq 2 ]
	"$ZP_BIN/to-csv" --facts "$T/records.jsonl" |
	    cut -d, -f1,3,4,5,6,7,8,16 >"$T/got"
	cat >"$T/want" <<'W'
subject,metric,period,value,min,max,unit,text
北辰半导体,营收,2023-Q4,4860000000,,,CNY,48.6亿元
北辰半导体,营收,2023-Q4,12.3,,,%,12.3%
北辰半导体,归母净利润,2023-Q4,520000000,,,CNY,5.2亿元
北辰半导体,营收,2023,18200000000,,,CNY,182亿元
北辰半导体,营收,2024-Q1,,4000000000,4400000000,CNY,40亿至44亿元
东岳科技,营收,2023,9500000000,,,CNY,95亿元
W
	diff -u "$T/want" "$T/got"
}

@test "facts: without a date, periods stay as written or empty" {
	sed 's/新华财经北京2024年1月31日电 //' "$T/story.txt" >"$T/nodate.txt"
	chain "$T/nodate.txt" >"$T/records.jsonl"
	! grep -q '"date"' "$T/records.jsonl"
	"$ZP_BIN/to-csv" --facts "$T/records.jsonl" | cut -d, -f1,3,4,16 >"$T/got"
	cat >"$T/want" <<'W'
subject,metric,period,text
北辰半导体,营收,Q4,48.6亿元
北辰半导体,营收,Q4,12.3%
北辰半导体,归母净利润,Q4,5.2亿元
北辰半导体,营收,,182亿元
北辰半导体,营收,Q1,40亿至44亿元
东岳科技,营收,,95亿元
W
	diff -u "$T/want" "$T/got"
}

@test "facts: the same rows whether extracted on documents or shards of them" {
	chain "$T/story.txt" | "$ZP_BIN/to-csv" --facts >"$T/one"
	{
		cat "$T/story.txt"
		cat "$T/story.txt"
	} >"$T/two.txt"
	chain "$T/two.txt" | "$ZP_BIN/to-csv" --facts >"$T/both"
	# The second document's rows repeat the first's: no context leaks
	# from one document into the next.
	[ "$(($(wc -l <"$T/both") - 1))" -eq "$((2 * ($(wc -l <"$T/one") - 1)))" ]
	sed -n '2,7p' "$T/both" | cut -d, -f1-13 >"$T/a"
	sed -n '8,13p' "$T/both" | cut -d, -f1-13 >"$T/b"
	cmp "$T/a" "$T/b"
}
