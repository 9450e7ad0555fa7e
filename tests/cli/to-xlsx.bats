#!/usr/bin/env bats
# to-xlsx: typed cells, the layout, sheets, and the troubles every filter
# is checked for in robust.bats (which compares lines, so leaves to-xlsx
# out): bad records, bad operands, write errors, no partial workbook.
# Workbooks are read back with openpyxl (python3-openpyxl).

bats_require_minimum_version 1.5.0

setup() {
	X=$ZP_BIN/to-xlsx
	T=$BATS_TEST_TMPDIR
	cat >"$T/in.jsonl" <<'J'
{"id":"x:1","ticker":"005930","value":2800000000000,"pct":34.4,"up":false,"note":null,"tags":["芯片","存储"]}
{"id":"x:2","ticker":"000660","value":-3.5,"pct":0.1,"up":true,"note":"=1+2","tags":[]}
{"id":"x:3","ticker":"2330.TW","value":12345678901234567890,"pct":1.5e20,"up":true,"note":"营业利润降至2.8万亿韩元"}
J
}

# dump BOOK: each sheet's name, then its rows as JSON, cells as
# [type, value] (s string, n number, b boolean, null empty).
dump() {
	/usr/bin/python3 - "$1" <<'PY'
import json, sys, openpyxl
b = openpyxl.load_workbook(sys.argv[1])
for s in b:
    print("sheet " + s.title)
    for row in s.iter_rows():
        out = []
        for c in row:
            v = c.value
            out.append(None if v is None else
                       ["b" if isinstance(v, bool) else
                        "n" if isinstance(v, (int, float)) else "s", v])
        print(json.dumps(out, ensure_ascii=False))
PY
}

@test "cells are typed: numbers, text with its zeros, booleans; long numbers text, with a warning" {
	run --separate-stderr "$X" -o "$T/b.xlsx" \
	    --fields id,ticker,value,pct,up,note,tags "$T/in.jsonl"
	[ "$status" -eq 0 ]
	[ "$stderr" = "to-xlsx: 1 number with more than 15 significant digits written as text, which a spreadsheet would round" ]
	run dump "$T/b.xlsx"
	[ "${lines[0]}" = "sheet Sheet1" ]
	[ "${lines[1]}" = '[["s", "id"], ["s", "ticker"], ["s", "value"], ["s", "pct"], ["s", "up"], ["s", "note"], ["s", "tags"]]' ]
	[ "${lines[2]}" = '[["s", "x:1"], ["s", "005930"], ["n", 2800000000000], ["n", 34.4], ["b", false], null, ["s", "[\"芯片\",\"存储\"]"]]' ]
	[ "${lines[3]}" = '[["s", "x:2"], ["s", "000660"], ["n", -3.5], ["n", 0.1], ["b", true], ["s", "=1+2"], ["s", "[]"]]' ]
	[ "${lines[4]}" = '[["s", "x:3"], ["s", "2330.TW"], ["s", "12345678901234567890"], ["n", 1.5e+20], ["b", true], ["s", "营业利润降至2.8万亿韩元"], null]' ]
	[ "${#lines[@]}" -eq 5 ]
	# The long number carries a note saying why it is text; no other cell.
	run /usr/bin/python3 -c '
import sys, openpyxl
s = openpyxl.load_workbook(sys.argv[1]).active
print([(c.coordinate, c.comment.text) for r in s.iter_rows() for c in r if c.comment])
' "$T/b.xlsx"
	[ "$output" = "[('C4', 'zhpipe: a number of more than 15 significant digits, kept exact as text (a spreadsheet would round it)')]" ]
}

@test "layout: bold frozen header, autofilter over the rows, widths from the content, capped" {
	long=$(printf '长%.0s' $(seq 100))
	printf '{"b":"%s"}\n' "$long" >"$T/w.jsonl"
	"$X" -o "$T/w.xlsx" --fields id,ticker,value,b "$T/in.jsonl" \
	    "$T/w.jsonl" 2>/dev/null
	run /usr/bin/python3 -c '
import sys, openpyxl
s = openpyxl.load_workbook(sys.argv[1]).active
print(s.freeze_panes, s.auto_filter.ref, s["A1"].font.b, s["A2"].font.b)
d = s.column_dimensions
print(" ".join("%s:%d" % (k, d[k].width) for k in "ABCD"))
' "$T/w.xlsx"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "A2 A1:D5 True False" ]
	# The longest cell plus 2 for the filter button, at least 6: x:1,
	# 2330.TW, the 20-digit value (text), and 100 CJK characters that
	# count two each, capped at 60.
	[ "${lines[1]}" = "A:6 B:9 C:22 D:60" ]
}

@test "--sheet groups: one pass, one sheet each, their own --explode and --fields" {
	printf '%s\n' \
	    '{"id":"d:1","numbers":[{"v":1},{"v":2}],"entities":[{"t":"三星电子","k":"005930"}]}' \
	    '{"id":"d:2","numbers":[],"entities":[{"t":"台积电","k":"2330"},{"t":"英伟达"}]}' \
	    '{"id":"d:3","numbers":7,"entities":[{"t":"不该出现"}]}' \
	    '{"id":"d:4"}' >"$T/g.jsonl"
	run --separate-stderr "$X" -o "$T/g.xlsx" \
	    --sheet figures --explode numbers --fields id,v=numbers.v \
	    --sheet ents --explode entities --keep-empty \
	    --fields id,name=entities.t,ticker=entities.k "$T/g.jsonl"
	[ "$status" -eq 1 ]
	[ "$stderr" = "to-xlsx: $T/g.jsonl:3: \"numbers\" is not an array" ]
	run dump "$T/g.xlsx"
	[ "$output" = 'sheet figures
[["s", "id"], ["s", "v"]]
[["s", "d:1"], ["n", 1]]
[["s", "d:1"], ["n", 2]]
sheet ents
[["s", "id"], ["s", "name"], ["s", "ticker"]]
[["s", "d:1"], ["s", "三星电子"], ["s", "005930"]]
[["s", "d:2"], ["s", "台积电"], ["s", "2330"]]
[["s", "d:2"], ["s", "英伟达"], null]
[["s", "d:4"], null, null]' ]
}

@test "usage errors: exit 2, nothing written" {
	local a
	for a in "--sheet a --sheet A" "--sheet x:y" "--sheet abcdefghijklmnopqrstuvwxyz" \
	    "--fields a,,b" "--sheet-rows 1" "--sheet-rows 1048577" "--explode ''" \
	    "--nope"; do
		eval "run --separate-stderr \"\$X\" -o \"\$T/u.xlsx\" $a" </dev/null
		[ "$status" -eq 2 ] || { echo "$a: $status"; return 1; }
		[[ "$stderr" == "to-xlsx: "* ]] || { echo "$a: $stderr"; return 1; }
		[ ! -e "$T/u.xlsx" ]
	done
	# A terminal gets no zip: script(1) gives the tool one.
	if command -v script >/dev/null 2>&1; then
		run script -qec "$X </dev/null" /dev/null
		[[ "$output" == *"will not write a workbook to a terminal"* ]]
	fi
}

@test "empty input: a workbook with an empty sheet; with --fields, its header" {
	run --separate-stderr "$X" -o "$T/e.xlsx" </dev/null
	[ "$status" -eq 0 ]
	[ -z "$stderr" ]
	run dump "$T/e.xlsx"
	[ "$output" = "sheet Sheet1" ]
	"$X" --fields id,text </dev/null >"$T/e2.xlsx"
	run dump "$T/e2.xlsx"
	[ "${lines[1]}" = '[["s", "id"], ["s", "text"]]' ]
}

@test "a bad line and a missing operand: reported, the rest written, exit 1 and 2" {
	{ head -n 1 "$T/in.jsonl"; echo '{"id":'; tail -n 1 "$T/in.jsonl"; } >"$T/bad.jsonl"
	run --separate-stderr "$X" -o "$T/b.xlsx" --fields id "$T/bad.jsonl"
	[ "$status" -eq 1 ]
	[[ "$stderr" == "to-xlsx: $T/bad.jsonl:2:"* ]]
	run dump "$T/b.xlsx"
	[ "${lines[2]}" = '[["s", "x:1"]]' ]
	[ "${lines[3]}" = '[["s", "x:3"]]' ]
	run --separate-stderr "$X" -o "$T/m.xlsx" --fields id "$T/in.jsonl" /nonexistent/zp
	[ "$status" -eq 2 ]
	[ "$stderr" = "to-xlsx: /nonexistent/zp: No such file or directory" ]
	run dump "$T/m.xlsx"
	[ "${#lines[@]}" -eq 5 ]
}

@test "write errors: exit 2 with a message, no file under the name, no temporary left" {
	# A file size limit makes the writes fail as a full disk does.
	/usr/bin/python3 -c '
import json
for i in range(20000):
    print(json.dumps({"id": "b:%d" % i, "text": "海星电子营业利润升至3.1万亿韩元%d" % (i * 7919)}, ensure_ascii=False))
' >"$T/big.jsonl"
	mkdir "$T/out"
	run --separate-stderr bash -c 'trap "" XFSZ; ulimit -f 64; exec "$0" -o "$1" "$2"' \
	    "$X" "$T/out/big.xlsx" "$T/big.jsonl"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "to-xlsx: $T/out/big.xlsx: write error: "* ]]
	[ -z "$(ls -A "$T/out")" ]
	# Without the limit it is written, and the file is the run's own.
	"$X" -o "$T/out/big.xlsx" "$T/big.jsonl"
	[ "$(ls -A "$T/out")" = big.xlsx ]
	run /usr/bin/python3 -c 'import sys, openpyxl; print(openpyxl.load_workbook(sys.argv[1]).active.max_row)' "$T/out/big.xlsx"
	[ "$output" = 20001 ]
	# A directory that does not exist, and standard output on /dev/full.
	run --separate-stderr "$X" -o /nonexistent/zp/b.xlsx "$T/in.jsonl"
	[ "$status" -eq 2 ]
	[[ "$stderr" == "to-xlsx: /nonexistent/zp/b.xlsx: No such file or directory" ]]
	run --separate-stderr bash -c 'exec "$0" "$1" >/dev/full' "$X" "$T/in.jsonl"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"to-xlsx: write error: No space left on device" ]]
}

@test "an existing workbook is replaced only when the new one is complete" {
	"$X" -o "$T/r.xlsx" --fields id "$T/in.jsonl"
	cp "$T/r.xlsx" "$T/r.before"
	/usr/bin/python3 -c '
import json
for i in range(5000):
    print(json.dumps({"id": "b:%d" % i, "text": "甲" * 200}, ensure_ascii=False))
' >"$T/big.jsonl"
	run bash -c 'trap "" XFSZ; ulimit -f 8; exec "$0" -o "$1" "$2"' \
	    "$X" "$T/r.xlsx" "$T/big.jsonl"
	[ "$status" -eq 2 ]
	cmp "$T/r.xlsx" "$T/r.before"
	[ "$(ls -A "$T" | grep -c '^\.r\.xlsx')" -eq 0 ]
}

@test "same input, SOURCE_DATE_EPOCH set: the same bytes; stdout and -o alike" {
	SOURCE_DATE_EPOCH=1700000000 "$X" -o "$T/1.xlsx" "$T/in.jsonl" 2>/dev/null
	sleep 1
	SOURCE_DATE_EPOCH=1700000000 "$X" "$T/in.jsonl" >"$T/2.xlsx" 2>/dev/null
	cmp "$T/1.xlsx" "$T/2.xlsx"
}

@test "--help on stdout exits 0; --version names zhpipe" {
	run "$X" --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"--sheet-rows=N"* ]]
	run "$X" --version
	[ "$status" -eq 0 ]
	[[ "$output" == *zhpipe* ]]
}
