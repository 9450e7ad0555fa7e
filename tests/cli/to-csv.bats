#!/usr/bin/env bats
# to-csv behaviour beyond the golden cases: round trips through libcsv,
# Excel mode, GB18030/GBK output, numbers, long cells, sharded headers.

bats_require_minimum_version 1.5.0

setup() {
	TOCSV=$ZP_BIN/to-csv
	CSV2=$ZP_BUILD/tests/tools/csv2jsonl
	T=$BATS_TEST_TMPDIR
	# Text written to be awkward for CSV: quotes, delimiters, CR, LF,
	# formula starts, full-width forms, astral characters.
	cat >"$T/in.jsonl" <<'J'
{"id":"r:1","text":"海星电子营业利润升至3.1万亿韩元(约合人民币166.2亿元),同比增长12.5%"}
{"id":"r:2","text":"他说：\"这是\"引号\",还有,逗号\""}
{"id":"r:3","text":"第一行\n第二行\r\n第三行\r"}
{"id":"r:4","text":"=1+2"}
{"id":"r:5","text":"-3.5%"}
{"id":"r:6","text":"+86 21 1234"}
{"id":"r:7","text":"@台积电"}
{"id":"r:8","text":"\t制表符开头"}
{"id":"r:9","text":"\r回车开头"}
{"id":"r:10","text":"𠀀 astral 😀 ＡＢＣ１２３"}
{"id":"r:11","text":""}
{"id":"r:12","text":"  前后空格  "}
J
}

# The input's [id, text] pairs, as csv2jsonl prints rows.
expected_rows() {
	jq -c '[.id, .text]' "$T/in.jsonl"
}

@test "round trip: every field parsed back by libcsv equals the input" {
	"$TOCSV" --fields id,text "$T/in.jsonl" >"$T/out.csv"
	"$CSV2" <"$T/out.csv" >"$T/rows"
	head -n 1 "$T/rows" | grep -qx '\["id","text"\]'
	tail -n +2 "$T/rows" >"$T/body"
	expected_rows >"$T/want"
	diff -u "$T/want" "$T/body"
}

@test "round trip with a tab delimiter and CRLF" {
	"$TOCSV" --fields id,text --delimiter tab --crlf "$T/in.jsonl" >"$T/out.csv"
	"$CSV2" t <"$T/out.csv" | tail -n +2 >"$T/body"
	expected_rows >"$T/want"
	diff -u "$T/want" "$T/body"
	# Every row ends in CRLF (embedded newlines are inside quotes).
	[ "$(tail -c 2 "$T/out.csv" | od -An -c | tr -d ' ')" = '\r\n' ]
}

@test "excel: BOM, CRLF, guard on formula starts, round trip otherwise" {
	"$TOCSV" --excel --fields id,text "$T/in.jsonl" >"$T/out.csv"
	[ "$(head -c 3 "$T/out.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]
	head -n 1 "$T/out.csv" | od -c | grep -q '\\r  \\n'
	"$CSV2" <"$T/out.csv" | tail -n +2 >"$T/body"
	# The guard: exactly the cells starting with = + - @ TAB CR gain a '.
	jq -c '[.id, (if (.text | test("^[=+\\-@\t\r]")) then "'"'"'" + .text
	    else .text end)]' "$T/in.jsonl" >"$T/want"
	diff -u "$T/want" "$T/body"
}

@test "excel: numbers are never guarded, text that looks negative is" {
	printf '{"n":-3.5,"s":"-3.5","i":-123456789012345}\n' >"$T/n.jsonl"
	run --separate-stderr "$TOCSV" --excel "$T/n.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "-3.5,'-3.5,-123456789012345"$'\r' ]
	[ -z "$stderr" ]
}

# Issue 19: what a spreadsheet would turn into a number, date, percent or
# boolean is written as ="TEXT"; the rest as before.
@test "excel: text a spreadsheet would convert is protected, other text is not" {
	cat >"$T/p.jsonl" <<'J'
{"k":"ticker","v":"005930"}
{"k":"percent","v":"3.1%"}
{"k":"range","v":"3-4"}
{"k":"fraction","v":"1/2"}
{"k":"month","v":"2024-01"}
{"k":"exponent","v":"1E5"}
{"k":"long","v":"99999999999999999999"}
{"k":"time","v":"10:30"}
{"k":"bool","v":"TRUE"}
{"k":"cn-date","v":"2024年1月31日"}
{"k":"money","v":"¥1,200"}
{"k":"word","v":"三星电子"}
{"k":"code","v":"H100"}
{"k":"id","v":"e:1"}
{"k":"period","v":"2023-Q4"}
{"k":"minus","v":"-3.5%"}
J
	run --separate-stderr "$TOCSV" --excel --no-header --fields v "$T/p.jsonl"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 16 ]
	local i
	for i in 0 1 2 3 4 5 6 7 8 9 10; do
		v=$(jq -r -s ".[$i].v" "$T/p.jsonl")
		# A comma inside the cell is still within the CSV quotes.
		[ "${lines[$i]}" = "\"=\"\"$v\"\"\""$'\r' ] ||
		    { echo "line $i: ${lines[$i]}"; return 1; }
	done
	[ "${lines[11]}" = "三星电子"$'\r' ]
	[ "${lines[12]}" = "H100"$'\r' ]
	[ "${lines[13]}" = "e:1"$'\r' ]
	[ "${lines[14]}" = "2023-Q4"$'\r' ]
	[ "${lines[15]}" = "'-3.5%"$'\r' ]
	# Without --excel nothing changes.
	run "$TOCSV" --no-header --fields v "$T/p.jsonl"
	[ "${lines[0]}" = "005930" ]
	[ "${lines[5]}" = "1E5" ]
}

@test "excel: a number past 15 significant digits is protected text, counted in one warning" {
	printf '%s\n' '{"a":12345678901234567890,"b":999999999999999999999900000000,"c":2800000000000,"d":123456789012345,"e":0.1}' \
	    '{"a":-1234567890123456,"b":1,"c":1.5e20,"d":0,"e":1.0000000000000002}' >"$T/n.jsonl"
	run --separate-stderr "$TOCSV" --excel --no-header "$T/n.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = '"=""12345678901234567890""","=""999999999999999999999900000000""",2800000000000,123456789012345,0.1'$'\r' ]
	[ "${lines[1]}" = '"=""-1234567890123456""",1,150000000000000000000,0,"=""1.0000000000000002"""'$'\r' ]
	[ "$stderr" = "to-csv: 4 numbers with more than 15 significant digits written as text, which a spreadsheet would round" ]
}

@test "excel: a protected cell longer than 255 characters is cut into literals joined with &" {
	v=$(printf '1%.0s' $(seq 300))
	printf '{"v":"%s"}\n' "$v" >"$T/l.jsonl"
	run "$TOCSV" --excel --no-header "$T/l.jsonl"
	[ "${lines[0]}" = "\"=\"\"${v:0:255}\"\"&\"\"${v:255}\"\"\""$'\r' ]
}

@test "numbers: integers digit for digit, reals shortest, no exponent noise" {
	printf '%s\n' '{"a":2800000000000,"b":9223372036854775808123,"c":16.4,"d":0.1,"e":1E3,"f":0.30000000000000004,"g":1.0,"h":-0.0001}' >"$T/n.jsonl"
	run "$TOCSV" "$T/n.jsonl"
	[ "$status" -eq 0 ]
	[ "${lines[1]}" = "2800000000000,9223372036854775808123,16.4,0.1,1000,0.30000000000000004,1,-0.0001" ]
}

@test "locale never changes the output" {
	printf '{"a":1234.5,"t":"营收"}\n' >"$T/l.jsonl"
	a=$(LC_ALL=C "$TOCSV" "$T/l.jsonl" | od -c)
	b=$(LC_ALL=C.UTF-8 "$TOCSV" "$T/l.jsonl" | od -c)
	c=$(LC_ALL=de_DE.UTF-8 LC_NUMERIC=de_DE.UTF-8 "$TOCSV" "$T/l.jsonl" 2>/dev/null | od -c)
	[ "$a" = "$b" ] && [ "$a" = "$c" ]
}

@test "gb18030: every character survives a round trip through iconv" {
	"$TOCSV" --encoding gb18030 --fields id,text "$T/in.jsonl" >"$T/out.csv"
	iconv -f gb18030 -t utf-8 <"$T/out.csv" | "$CSV2" | tail -n +2 >"$T/body"
	expected_rows >"$T/want"
	diff -u "$T/want" "$T/body"
}

@test "gbk: unmappable characters become ? and are reported with FILE:LINE" {
	run "$TOCSV" --encoding gbk --fields text "$T/in.jsonl"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -ge 1 ]
	printf '%s\n' "${lines[@]}" | grep -qx "to-csv: $T/in.jsonl:10: 2 characters not representable in gbk, written as '?'"
	"$TOCSV" --encoding gbk --fields text "$T/in.jsonl" 2>/dev/null |
	    iconv -f gbk -t utf-8 | grep -q '^? astral ? ＡＢＣ１２３$'
}

@test "excel: a cell over 32,767 characters is cut, with a warning" {
	awk 'BEGIN { s = ""; for (i = 0; i < 40000; i++) s = s "亿";
	    printf "{\"id\":\"x\",\"t\":\"%s\"}\n", s }' >"$T/long.jsonl"
	run "$TOCSV" --excel --fields t "$T/long.jsonl"
	[ "$status" -eq 0 ]
	printf '%s\n' "${lines[@]}" | grep -qx "to-csv: $T/long.jsonl:1: column \"t\": cell cut to Excel's 32767 characters"
	"$TOCSV" --excel --fields t "$T/long.jsonl" 2>/dev/null | "$CSV2" |
	    tail -n 1 | jq -e '.[0] | length == 32767' >/dev/null
}

@test "shards: --no-header parts concatenate to the single run" {
	"$TOCSV" --fields id,text "$T/in.jsonl" >"$T/whole.csv"
	head -n 5 "$T/in.jsonl" >"$T/p1"
	tail -n +6 "$T/in.jsonl" >"$T/p2"
	{ "$TOCSV" --fields id,text "$T/p1"
	  "$TOCSV" --fields id,text --no-header "$T/p2"; } >"$T/parts.csv"
	cmp "$T/whole.csv" "$T/parts.csv"
}

@test "excel shards: one BOM, from the header; parts concatenate to the single run" {
	"$TOCSV" --excel --fields id,text "$T/in.jsonl" >"$T/whole.csv"
	head -n 5 "$T/in.jsonl" >"$T/p1"
	tail -n +6 "$T/in.jsonl" >"$T/p2"
	# A --no-header part starts with its first row, not a BOM.
	"$TOCSV" --excel --fields id,text --no-header "$T/p2" >"$T/p2.csv"
	[ "$(head -c 2 "$T/p2.csv")" = "r:" ]
	# The header alone (no record) carries the BOM.
	"$TOCSV" --excel --fields id,text </dev/null >"$T/head.csv"
	[ "$(od -An -tx1 "$T/head.csv" | tr -d ' \n')" = efbbbf69642c746578740d0a ]
	{ cat "$T/head.csv"
	  "$TOCSV" --excel --fields id,text --no-header "$T/p1"
	  cat "$T/p2.csv"; } >"$T/parts.csv"
	cmp "$T/whole.csv" "$T/parts.csv"
	[ "$(grep -c $'\xEF\xBB\xBF' "$T/parts.csv")" -eq 1 ]
}

@test "explode with rename, and --keep-empty, through libcsv" {
	printf '%s\n' '{"id":"a","numbers":[{"value":1640000000,"unit":"CNY","text":"16.4亿元"},{"value":34.4,"unit":"%","text":"34.4%"}]}' \
	    '{"id":"b","numbers":[]}' >"$T/e.jsonl"
	"$TOCSV" --explode numbers --keep-empty --fields id,v=numbers.value,u=numbers.unit,numbers.text "$T/e.jsonl" | "$CSV2" >"$T/rows"
	printf '%s\n' '["id","v","u","numbers.text"]' \
	    '["a","1640000000","CNY","16.4亿元"]' '["a","34.4","%","34.4%"]' \
	    '["b","","",""]' >"$T/want"
	diff -u "$T/want" "$T/rows"
}

@test "bad records: reported with FILE:LINE, the rest written, exit 1" {
	printf '%s\n' '{"id":"1"}' 'not json' '{"id":"3"}' '"x"' >"$T/b.jsonl"
	run "$TOCSV" --fields id --rejects "$T/rej" "$T/b.jsonl"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "to-csv: $T/b.jsonl:2:1: invalid JSON: invalid literal" ]
	[ "${lines[1]}" = "to-csv: $T/b.jsonl:4: not a JSON object" ]
	[ "${lines[2]}" = "id" ] && [ "${lines[3]}" = "1" ] && [ "${lines[4]}" = "3" ]
	printf '%s\n' 'not json' '"x"' | cmp - "$T/rej"
}

@test "--strict stops at the first bad record with exit 1" {
	printf '%s\n' '{"id":"1"}' 'nope' '{"id":"3"}' >"$T/b.jsonl"
	run "$TOCSV" --strict --fields id "$T/b.jsonl"
	[ "$status" -eq 1 ]
	printf '%s\n' "${lines[@]}" | grep -qx 'id'
	printf '%s\n' "${lines[@]}" | grep -qx '1'
	! printf '%s\n' "${lines[@]}" | grep -qx '3'
}

@test "--help on stdout exits 0; --version names zhpipe" {
	run "$TOCSV" --help
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == "Usage: to-csv [OPTION]... [FILE]..." ]]
	run "$TOCSV" --version
	[ "$status" -eq 0 ]
	[[ "$output" == "to-csv (zhpipe) "* ]]
}

# Figures as extract-numbers writes them, with the ticker it is about to
# write on a figure whose subject has one (issue 15).
facts_input() {
	cat >"$T/f.jsonl" <<'J'
{"id":"f:1","sent":0,"text":"海星电子第四季度营业利润为2.8万亿韩元，同比下降34.4%。","numbers":[{"text":"第四季度","start":4,"end":8,"kind":"period","period":"Q4","metric":"营业利润","subject":"Haixing Electronics"},{"text":"2.8万亿韩元","start":13,"end":20,"kind":"money","value":2800000000000,"unit":"KRW","period":"2023-Q4","metric":"营业利润","subject":"Haixing Electronics","ticker":"005931.KS"},{"text":"34.4%","start":25,"end":30,"kind":"percent","value":34.4,"unit":"%","change":"down","basis":"yoy","metric":"营业利润","subject":"Haixing Electronics","ticker":"005931.KS"}]}
{"id":"f:2","sent":3,"text":"=公司预计营收为51亿至57亿美元，出货量约300万台。","numbers":[{"text":"51亿至57亿美元","start":8,"end":17,"kind":"money","value":null,"min":5100000000,"max":5700000000,"unit":"USD","approx":true,"metric":"营收","subject":"Xinghe Semi"},{"text":"300万台","start":22,"end":27,"kind":"count","value":3000000,"unit":"台","metric":"出货量","subject":"Xinghe Semi"}]}
{"id":"f:3","sent":1,"text":"营收增长12%，利润为20亿元。","numbers":[{"text":"12%","start":4,"end":7,"kind":"percent","value":12,"unit":"%","change":"up","metric":"营收"},{"text":"20亿元","start":11,"end":15,"kind":"money","value":2000000000,"unit":"CNY","metric":"","subject":"Xinghe Semi"},{"text":"20亿元","start":11,"end":15,"kind":"money","value":2000000000,"unit":"CNY","metric":"利润","subject":null}]}
{"id":"f:4","sent":0,"text":"没有数字。","numbers":[]}
{"id":"f:5","sent":0,"text":"没有数组。"}
J
}

@test "--facts: money and percent figures with subject and metric, in order" {
	facts_input
	run "$TOCSV" --facts "$T/f.jsonl"
	[ "$status" -eq 0 ]
	printf '%s\n' \
	    'subject,ticker,metric,period,value,min,max,unit,approx,change,basis,counterparty,holder,id,sent,text,sentence' \
	    'Haixing Electronics,005931.KS,营业利润,2023-Q4,2800000000000,,,KRW,,,,,,f:1,0,2.8万亿韩元,海星电子第四季度营业利润为2.8万亿韩元，同比下降34.4%。' \
	    'Haixing Electronics,005931.KS,营业利润,,34.4,,,%,,down,yoy,,,f:1,0,34.4%,海星电子第四季度营业利润为2.8万亿韩元，同比下降34.4%。' \
	    'Xinghe Semi,,营收,,,5100000000,5700000000,USD,true,,,,,f:2,3,51亿至57亿美元,=公司预计营收为51亿至57亿美元，出货量约300万台。' \
	    >"$T/want"
	printf '%s\n' "$output" | diff -u "$T/want" -
	# Only the header when no figure qualifies.
	run "$TOCSV" --facts /dev/null
	[ "$output" = "$(head -n 1 "$T/want")" ]
}

@test "--facts with --excel, --delimiter, --encoding and --no-header" {
	facts_input
	"$TOCSV" --facts --excel "$T/f.jsonl" | "$CSV2" >"$T/rows"
	[ "$(wc -l <"$T/rows")" -eq 4 ]
	# The formula guard reaches the sentence; numbers stay numbers.
	sed -n 4p "$T/rows" | jq -e '.[16] == "'"'"'=公司预计营收为51亿至57亿美元，出货量约300万台。" and .[5] == "5100000000"' >/dev/null
	"$TOCSV" --facts --excel "$T/f.jsonl" | head -c 3 | od -An -tx1 | grep -q 'ef bb bf'
	"$TOCSV" --facts --excel --no-header "$T/f.jsonl" >"$T/nh"
	[ "$(wc -l <"$T/nh")" -eq 3 ]
	! head -c 3 "$T/nh" | od -An -tx1 | grep -q 'ef bb bf'
	"$TOCSV" --facts --delimiter tab "$T/f.jsonl" | sed -n 2p >"$T/tab"
	[ "$(tr -cd '\t' <"$T/tab" | wc -c)" -eq 16 ]
	"$TOCSV" --facts --encoding gb18030 "$T/f.jsonl" | iconv -f gb18030 -t utf-8 >"$T/gb"
	"$TOCSV" --facts "$T/f.jsonl" | cmp - "$T/gb"
}

@test "--facts: not with --fields, --explode or --keep-empty; bad numbers rejected" {
	for o in --fields=id --explode=numbers --keep-empty; do
		run "$TOCSV" --facts "$o" /dev/null
		[ "$status" -eq 2 ]
		[[ "$output" == *"--facts sets the columns and rows"* ]]
	done
	printf '%s\n' '{"id":"x","numbers":"none"}' >"$T/x.jsonl"
	run "$TOCSV" --facts "$T/x.jsonl"
	[ "$status" -eq 1 ]
	[[ "$output" == *"x.jsonl:1: \"numbers\" is not an array"* ]]
}
