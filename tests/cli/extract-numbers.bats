#!/usr/bin/env bats
# extract-numbers.bats -- behaviour beyond the golden cases: options, the
# metric list, the reference date, pathological inputs (long digit runs,
# repeated scale words), locale independence, documents vs sentences.
#
# Environment: ZP_BIN (required), ZHPIPE_DATA (the repository's data/).

bats_require_minimum_version 1.5.0

setup() {
	X=$ZP_BIN/extract-numbers
	ROOT=$BATS_TEST_DIRNAME/../..
	: "${ZHPIPE_DATA:=$ROOT/data}"
	export ZHPIPE_DATA
	T=$BATS_TEST_TMPDIR
}

@test "--help describes the options and exits 0" {
	run -0 --separate-stderr "$X" --help
	[[ "$output" == *"--metrics=FILE"* ]]
	[[ "$output" == *"--date=YYYY-MM-DD"* ]]
	[ -z "$stderr" ]
}

@test "an unknown option is a usage error" {
	run -2 --separate-stderr "$X" --frobnicate
	[[ "$stderr" == *"Try 'extract-numbers --help'"* ]]
}

@test "--date must be a date" {
	run -2 --separate-stderr "$X" --date yesterday </dev/null
	[[ "$stderr" == *"invalid date"* ]]
}

@test "--metrics adds terms; an unreadable list is fatal" {
	printf '装机容量\n' >"$T/m.txt"
	in='{"text":"该省风电装机容量达30GW。"}'
	run -0 "$X" <<<"$in"
	[[ "$output" != *'"metric"'* ]]
	run -0 "$X" --metrics "$T/m.txt" <<<"$in"
	[[ "$output" == *'"metric":"装机容量"'* ]]
	run -2 --separate-stderr "$X" --metrics "$T/none.txt" </dev/null
	[[ "$stderr" == *"none.txt"* ]]
}

@test "a metrics file with invalid UTF-8 is refused at its line" {
	printf '营收\n\377\376\n' >"$T/bad.txt"
	run -2 --separate-stderr "$X" --metrics "$T/bad.txt" </dev/null
	[[ "$stderr" == *"bad.txt:2: invalid UTF-8"* ]]
	[[ "$stderr" != *"bad.txt: "*"bad.txt"* ]]
}

@test "--currencies adds words with a scale; a bad line is fatal" {
	printf '# test\n坚戈,KZT\n蒂因,KZT,-2\n' >"$T/c.csv"
	in='{"text":"投资50亿坚戈，另付30蒂因。"}'
	run -0 "$X" --no-data <<<"$in"
	[[ "$output" != *'KZT'* ]]
	run -0 "$X" --no-data --currencies "$T/c.csv" <<<"$in"
	[[ "$output" == *'"value":5000000000,"unit":"KZT"'* ]]
	[[ "$output" == *'"value":0.3,"unit":"KZT"'* ]]
	printf '坚戈\n' >"$T/bad.csv"
	run -2 --separate-stderr "$X" --currencies "$T/bad.csv" </dev/null
	[[ "$stderr" == *"bad.csv:1: want WORD,CODE[,EXP]"* ]]
	printf '坚戈,KZT,9\n' >"$T/bad.csv"
	run -2 --separate-stderr "$X" --currencies "$T/bad.csv" </dev/null
	[[ "$stderr" == *"bad.csv:1: EXP must be -4..4"* ]]
}

@test "the installed metrics.txt is read, and not with --no-data" {
	mkdir -p "$T/data"
	printf '装机容量\n' >"$T/data/metrics.txt"
	in='{"text":"该省风电装机容量达30GW。"}'
	ZHPIPE_DATA=$T/data run -0 "$X" <<<"$in"
	[[ "$output" == *'"metric":"装机容量"'* ]]
	ZHPIPE_DATA=$T/data run -0 "$X" --no-data <<<"$in"
	[[ "$output" != *'"metric"'* ]]
	# Without any data file the built-in terms still work.
	ZHPIPE_DATA=$T/nowhere run -0 "$X" <<<'{"text":"净利润为5亿元。"}'
	[[ "$output" == *'"metric":"净利润"'* ]]
}

@test "去年 resolves against the record's date, else --date, else not" {
	in='{"text":"去年第四季度营收为68亿美元。"}'
	run -0 "$X" <<<"$in"
	[[ "$output" == *'"period":"Q4"'* ]]
	run -0 "$X" --date 2024-01-31 <<<"$in"
	[[ "$output" == *'"period":"2023-Q4"'* ]]
	run -0 "$X" --date 2024-01-31 \
	    <<<'{"date":"2021-06-01","text":"去年第四季度营收为68亿美元。"}'
	[[ "$output" == *'"period":"2020-Q4"'* ]]
}

@test "a 10,000-digit amount is written exactly" {
	digits=$(printf '9%.0s' $(seq 10000))
	printf '{"text":"余额为%s亿元。"}\n' "$digits" >"$T/in"
	run -0 "$X" "$T/in"
	want="\"value\":${digits}00000000,"
	[[ "$output" == *"$want"* ]]
}

@test "100,000 repeated 万 and 10,000 repeated 一 give no figure" {
	python3 -c 'print("{\"text\":\"" + "万" * 100000 + "\"}")' >"$T/w"
	run -0 "$X" "$T/w"
	[[ "$output" == *'"numbers":[]'* ]]
	python3 -c 'print("{\"text\":\"航天" + "一" * 10000 + "所\"}")' >"$T/y"
	run -0 "$X" "$T/y"
	[[ "$output" == *'"numbers":[]'* ]]
}

@test "3.5亿亿 and 2亿亿 are not amounts" {
	run -0 "$X" <<<'{"text":"他说有3.5亿亿元，或2亿亿。"}'
	[[ "$output" == *'"numbers":[]'* ]]
}

@test "output does not depend on the locale" {
	printf '%s\n' '{"text":"营收为1,234.5万元，同比增长3.5%，约合１２３亿日元。"}' >"$T/in"
	LC_ALL=C "$X" "$T/in" >"$T/a"
	LC_ALL=C.UTF-8 "$X" "$T/in" >"$T/b"
	LANG=zh_CN.UTF-8 LC_ALL= "$X" "$T/in" >"$T/c"
	cmp "$T/a" "$T/b"
	cmp "$T/a" "$T/c"
}

@test "a whole document and its sentences give the same figures" {
	doc='公司营收为120亿元，同比增长8%。净利润为15亿元。第四季度出货量达300万台。'
	printf '{"text":"%s"}\n' "$doc" >"$T/doc"
	printf '{"text":"%s"}\n' '公司营收为120亿元，同比增长8%。' '净利润为15亿元。' \
	    '第四季度出货量达300万台。' >"$T/sents"
	"$X" "$T/doc" | python3 -c '
import json, sys
for r in map(json.loads, sys.stdin):
    for m in r["numbers"]:
        print(m["text"], m.get("value"), m.get("unit"), m.get("metric"))
' >"$T/a"
	"$X" "$T/sents" | python3 -c '
import json, sys
for r in map(json.loads, sys.stdin):
    for m in r["numbers"]:
        print(m["text"], m.get("value"), m.get("unit"), m.get("metric"))
' >"$T/b"
	diff "$T/a" "$T/b"
	[ "$(wc -l <"$T/a")" -eq 5 ]
}

@test "gzip input, several operands, records without text pass through" {
	printf '%s\n' '{"id":1,"text":"增长5%"}' | gzip >"$T/a.gz"
	printf '%s\n' '{"id":2}' >"$T/b"
	run -0 "$X" "$T/a.gz" "$T/b"
	[ "${lines[0]}" = '{"id":1,"text":"增长5%","numbers":[{"text":"5%","start":2,"end":4,"kind":"percent","value":5,"unit":"%","change":"up"}]}' ]
	[ "${lines[1]}" = '{"id":2}' ]
}

@test "entities give the subject; malformed entities are ignored" {
	in='{"text":"英伟达营收为221亿美元。","entities":[{"text":"英伟达","start":0,"end":3,"type":"ORG","id":"NVIDIA"},{"id":5},"x"]}'
	run -0 "$X" <<<"$in"
	[[ "$output" == *'"subject":"NVIDIA"'* ]]
}

# Issue 17: the numeral forms of Taiwanese and Hong Kong papers read the
# same in either script.
@test "Traditional numeral forms give the values of their Simplified twins" {
	values() {
		"$X" | python3 -c '
import json, sys
for r in map(json.loads, sys.stdin):
    for m in r["numbers"]:
        print(m["kind"], m.get("value"), m.get("min"), m.get("max"),
              m.get("unit"), m.get("period"))
'
	}
	printf '%s\n' \
	    '{"date":"2023-10-19","text":"營收新台幣三○八二點六億元，預估二八四億至二九六億美元，總資產一兆二三四五億元。"}' \
	    '{"date":"2023-10-19","text":"央行升息一碼，市場預期再減息半碼。前三季每股盈餘十元，單季營收新台幣四百億元。"}' |
	    values >"$T/trad"
	printf '%s\n' \
	    '{"date":"2023-10-19","text":"营收新台币三○八二点六亿元，预估二八四亿至二九六亿美元，总资产一兆二三四五亿元。"}' \
	    '{"date":"2023-10-19","text":"央行升息一码，市场预期再减息半码。前三季每股盈余十元，单季营收新台币四百亿元。"}' |
	    values >"$T/simp"
	# Units aside: a Simplified story keeps CNY for bare 元 after naming
	# 新台币 (the region tests below); the values are the same.
	diff <(cut -d' ' -f1-4,6 "$T/trad") <(cut -d' ' -f1-4,6 "$T/simp")
	grep -qx 'money 308260000000 None None TWD None' "$T/trad"
	grep -qx 'money None 28400000000 29600000000 USD None' "$T/trad"
	grep -qx 'money 1234500000000 None None TWD None' "$T/trad"
	grep -qx 'percent 0.25 None None pp None' "$T/trad"
	grep -qx 'percent 0.125 None None pp None' "$T/trad"
	grep -qx 'money 40000000000 None None TWD 2023-Q3' "$T/trad"
}

@test "碼 is a quarter point only in a rate clause; 三四 stays approximate" {
	run -0 "$X" <<<'{"text":"彩券開出三碼，升息三碼。"}'
	[ "$(grep -o '"unit":"pp"' <<<"$output" | wc -l)" -eq 1 ]
	[[ "$output" == *'"text":"三碼","start":9,"end":11,"kind":"percent","value":0.75,"unit":"pp"'* ]]
	run -0 "$X" <<<'{"text":"其中三四人為外籍，員工二十三人。"}'
	[[ "$output" == *'"text":"三四人","start":2,"end":5,"kind":"count","value":null,"unit":"人","approx":true'* ]]
	[[ "$output" == *'"text":"二十三人","start":11,"end":15,"kind":"count","value":23'* ]]
}

# A quadratic reading of these runs took minutes at this length.
@test "long runs of 碼, 單季 and digit-by-digit numerals stay linear" {
	python3 -c '
import json
n = 50000
for t in ["升息" + "一碼" * n, "前三季營收100億元，" + "單季" * n,
          "一億" + "二三四五" * n + "萬", "三○" * n + "億", "1○" * n + "億"]:
    print(json.dumps({"date": "2023-10-19", "text": t}, ensure_ascii=False))
' >"$T/long.jsonl"
	run -0 --separate-stderr timeout 30 "$X" "$T/long.jsonl"
	[ "${#lines[@]}" -eq 5 ]
	[ -z "$stderr" ]
}

# Issue 17: bare 元 by the story's region.

@test "--currency is in --help; an unknown code is a usage error" {
	run -0 --separate-stderr "$X" --help
	[[ "$output" == *"--currency=CODE"* ]]
	run -2 --separate-stderr "$X" --currency XYZ </dev/null
	[[ "$stderr" == *"unknown currency code 'XYZ'"* ]]
	run -2 --separate-stderr "$X" --currency twd </dev/null
	[[ "$stderr" == *"unknown currency code"* ]]
}

@test "--currency accepts a code that --currencies adds" {
	printf '坚戈,KZT\n' >"$T/c.csv"
	in='{"text":"该公司营收50亿元。"}'
	run -2 --separate-stderr "$X" --no-data --currency KZT <<<"$in"
	run -0 --separate-stderr "$X" --no-data --currencies "$T/c.csv" \
	    --currency KZT <<<"$in"
	[[ "$output" == *'"text":"50亿元"'*'"unit":"KZT"'* ]]
}

@test "Big5 and Big5-HKSCS input give bare 元 their region's currency" {
	N=$ZP_BIN/normalize
	printf '某電子廠上季每股盈餘3.1元，營收達120億元。\n' >"$T/u.txt"
	iconv -f utf-8 -t big5 "$T/u.txt" >"$T/tw.txt"
	iconv -f utf-8 -t big5-hkscs "$T/u.txt" >"$T/hk.txt"
	run -0 sh -c "'$N' --encoding big5 '$T/tw.txt' | '$X'"
	[[ "$output" == *'"text":"3.1元"'*'"unit":"TWD"'* ]]
	[[ "$output" == *'"text":"120億元"'*'"unit":"TWD"'* ]]
	run -0 sh -c "'$N' --encoding big5-hkscs '$T/hk.txt' | '$X'"
	[[ "$output" == *'"text":"3.1元"'*'"unit":"HKD"'* ]]
	# The same text as UTF-8, of no known source and naming no place of
	# Taiwan or Hong Kong, reads as a mainland story in Traditional.
	run -0 sh -c "'$N' '$T/u.txt' | '$X'"
	[[ "$output" == *'"text":"3.1元"'*'"unit":"CNY"'* ]]
	# One that names Taipei may be Taiwan's: no code.
	printf '台北某電子廠上季每股盈餘3.1元。\n' >"$T/u2.txt"
	run -0 sh -c "'$N' '$T/u2.txt' | '$X'"
	[[ "$output" == *'"text":"3.1元"'*'"unit":"元"'* ]]
	[[ "$output" != *'"unit":"CNY"'* ]]
}

@test "a Traditional story's TWSE company makes its 元 TWD; a Simplified one's does not" {
	E=$ZP_BIN/extract-entities
	run -0 sh -c "printf '%s\n' '{\"text\":\"台積電上季每股盈餘8.5元。\"}' | '$E' | '$X'"
	[[ "$output" == *'"exchange":"TWSE"'* ]]
	[[ "$output" == *'"text":"8.5元"'*'"unit":"TWD"'* ]]
	run -0 sh -c "printf '%s\n' '{\"text\":\"台积电上季每股收益8.5元。\"}' | '$E' | '$X'"
	[[ "$output" == *'"text":"8.5元"'*'"unit":"CNY"'* ]]
}

@test "a mainland corpus keeps CNY for bare 元, byte for byte with --currency CNY" {
	in='{"text":"该公司营收50亿元，净利润3亿元，每股收益0.5元/股。"}'
	run -0 "$X" <<<"$in"
	[[ "$output" == *'"text":"50亿元"'*'"unit":"CNY"'* ]]
	[[ "$output" != *'"note"'* ]]
	a=$output
	run -0 "$X" --currency CNY <<<"$in"
	[ "$output" = "$a" ]
}

# Issue 18: an outlet's dateline or byline names no owner of a figure.
@test "a dateline's outlet is no subject; the company after it is" {
	EE=$ZP_BIN/extract-entities
	for t in '格隆汇7月1日丨星河电子公布，累计回购金额1.5亿元。' \
	    '格隆汇 格隆汇7月1日 星河电子公布，回购金额1.5亿元。' \
	    '智通财经APP讯，星河电子公布，净亏损2亿元。' \
	    '星河电子10月29日发布公告称，公司净亏损2亿元。'; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" | "$X" >"$T/out"
	# No bar in the company's name (丨 is a Han character).
	[ "$(jq -r '[.entities[] | select(.text == "星河电子")] | length' \
	    "$T/out" | paste -sd' ')" = "1 1 1 1" ]
	[ "$(jq -r '[.numbers[] | select(.unit != null and
	    (.text | test("亿元"))) | .subject] | join(",")' "$T/out" |
	    paste -sd' ')" = "星河电子 星河电子 星河电子 星河电子" ]
}

@test "a numeral that begins an outlet's name is no figure when entities are given" {
	EE=$ZP_BIN/extract-entities
	echo '{"text":"据36氪报道，星河电子融资5亿元。"}' | "$EE" | "$X" >"$T/out"
	jq -e '[.numbers[].text] == ["5亿元"]' "$T/out" >/dev/null
	jq -c 'del(.entities)' "$T/out" | "$X" |
	    jq -e '[.numbers[].text] | index("36") != null' >/dev/null
}

# Issue 16: a start-up no list knows owns the round it closes, and a legal
# name with a price quote inside is one company, the owner of its figures.
@test "a round's start-up and a quoted legal name own their figures" {
	EE=$ZP_BIN/extract-entities
	for t in '6月3日消息,鲸选购获投数千万元天使轮融资。' \
	    '云通信厂商“融川”完成3亿元D轮融资,由高瓴资本领投。' \
	    '川禾医疗(10.820,-0.12,-1.10%)科技股份有限公司累计回购股份1200万股。'; do
		jq -cn --arg t "$t" '{text: $t}'
	done | "$EE" | "$X" >"$T/out"
	[ "$(jq -r '[.numbers[] | select(.kind == "money" or .kind == "count")
	    | .subject] | join(",")' "$T/out" | paste -sd' ')" = \
	    "鲸选购 融川 川禾医疗科技股份有限公司" ]
	[ "$(jq -r '[.numbers[] | select(.kind == "money") | .counterparty
	    // empty] | join(",")' "$T/out" | sed -n 2p)" = "高瓴" ]
}
