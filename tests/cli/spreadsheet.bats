#!/usr/bin/env bats
# spreadsheet.bats -- issue 19: what a real spreadsheet shows is what the
# records held.  Two round trips, with LibreOffice Calc and openpyxl:
#   - Calc imports to-csv --excel's CSV as a double-click does
#     (soffice --infilter="CSV:44,34,76,1" --convert-to xlsx); openpyxl reads
#     every cell of the result;
#   - openpyxl reads every cell of to-xlsx's workbook, and Calc opens and
#     re-saves it, and openpyxl reads that too.
# On the seed's views (when ../shared/seed is there), the sample's views,
# both made by zhpipe-batch --excel --xlsx, and a generated set of hostile
# cells.  tests/tools/sheet-check.py says what each cell must hold.
#
# Skips only when soffice is not installed (sh scripts/install-deps.sh
# installs libreoffice-calc-nogui); without openpyxl it fails.

bats_require_minimum_version 1.5.0

NF='id,sent,subject=numbers.subject,metric=numbers.metric,period=numbers.period,kind=numbers.kind,value=numbers.value,min=numbers.min,max=numbers.max,unit=numbers.unit,approx=numbers.approx,bound=numbers.bound,change=numbers.change,basis=numbers.basis,text=numbers.text,start=numbers.start,end=numbers.end'
EF='id,sent,text=entities.text,type=entities.type,entity=entities.id,ticker=entities.ticker,start=entities.start,end=entities.end'
HF='id,cell,num,flag,none,obj'

# Text written to be what spreadsheets mangle, one cell a record, with a
# number and a boolean beside it.
hostile() {
	/usr/bin/python3 - <<'PY'
import json
cells = ["005930", "000660", "002594", "3.1%", "11.60%", "-5%", "3-4",
         "1/2", "2024-01", "2024-01-31", "1E5", "2.5e-3", "1e+9",
         "12345678901234567890", "99999999999999999999", "0", "007",
         "10:30", "TRUE", "false", "(3)", "$5", "¥1,200", "1,000",
         "2024年1月", "3月4日", " 42 ", "=1+2", "=HYPERLINK(\"http://x\")",
         "+86 10 1234", "-3.5", "@SUM(A1)", "三星电子", "H100", "Q4",
         "2023-Q4", "e:1", "他说：\"好\"，对", "第一行\n第二行", "",
         "𠀀 astral 😀", "7" * 300, "营收" * 20000]
nums = ["1", "-3.5", "0.1", "2800000000000", "123456789012345",
        "12345678901234567890", "999999999999999999999900000000",
        "1.5e20", "0", "150.64", "-0.0001", "1.0000000000000002"]
for i, c in enumerate(cells):
    n = nums[i % len(nums)]
    flag = ["true", "false", "null"][i % 3]
    obj = '{"k":[1,"005930"]}' if i == 3 else "null"
    print('{"id":"h:%d","cell":%s,"num":%s,"flag":%s,"none":null,"obj":%s}'
          % (i + 1, json.dumps(c, ensure_ascii=False), n, flag, obj))
PY
}

# batch NAME INPUT: zhpipe-batch --excel --xlsx on INPUT into $W/NAME.
batch() {
	ZP_BIN=$ZP_BIN "$top/scripts/zhpipe-batch" -q -j 2 --excel --xlsx \
	    -o "$W/$1" "$2" || return 1
	cp "$W/$1/numbers.csv" "$W/csv/$1-numbers.csv"
	cp "$W/$1/entities.csv" "$W/csv/$1-entities.csv"
	cp "$W/$1/zhpipe.xlsx" "$W/book/$1.xlsx"
	find "$W/$1/records" -name '*.jsonl' | sort >"$W/$1.records"
	SETS+=" $1"
}

# bats cannot skip from setup_file: it says so, and setup skips each test.
setup_file() {
	export NO_CALC=
	if ! command -v soffice >/dev/null 2>&1; then
		NO_CALC=1
		return 0
	fi
	export top W SETS
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	W=$BATS_FILE_TMPDIR
	mkdir -p "$W/csv" "$W/book" "$W/calc-csv" "$W/calc-book"
	SETS=
	local seed=${ZP_DATA_DIR:-$top/../shared/data}/../seed
	if [ -d "$seed" ]; then
		batch seed "$seed"
	else
		echo "# $seed not found: the seed's views are not checked" >&3
	fi
	batch sample "$top/data/sample/news.txt"
	hostile >"$W/hostile.jsonl"
	echo "$W/hostile.jsonl" >"$W/hostile.records"
	"$ZP_BIN/to-csv" --excel --fields "$HF" "$W/hostile.jsonl" \
	    >"$W/csv/hostile.csv" 2>"$W/hostile-csv.err"
	"$ZP_BIN/to-xlsx" -o "$W/book/hostile.xlsx" --fields "$HF" \
	    "$W/hostile.jsonl" 2>"$W/hostile-xlsx.err"
	# The same cells on sheets of at most 10 rows: the header and 9.
	"$ZP_BIN/to-xlsx" -o "$W/book/split.xlsx" --sheet-rows 10 \
	    --sheet cells --fields "$HF" "$W/hostile.jsonl" 2>/dev/null
	# One soffice run per direction: its start-up is the slow part.  A
	# profile of its own, so that no other soffice is in the way.
	local lo=(soffice "-env:UserInstallation=file://$W/lo" --headless)
	"${lo[@]}" --infilter="CSV:44,34,76,1" --convert-to xlsx \
	    --outdir "$W/calc-csv" "$W"/csv/*.csv >"$W/lo1.log" 2>&1
	"${lo[@]}" --convert-to xlsx --outdir "$W/calc-book" \
	    "$W"/book/*.xlsx >"$W/lo2.log" 2>&1
}

setup() {
	[ -z "$NO_CALC" ] ||
	    skip "LibreOffice Calc (soffice) is not installed; sh scripts/install-deps.sh installs libreoffice-calc-nogui"
}

check() {
	/usr/bin/python3 "$top/tests/tools/sheet-check.py" "$@" >"$W/check.out"
	local s=$?
	sed 's/^/# /' "$W/check.out" >&3
	cat "$W/check.out"
	return $s
}

@test "openpyxl is there (python3-openpyxl)" {
	/usr/bin/python3 -c 'import openpyxl'
}

@test "Calc imports to-csv --excel: every cell as the records held it" {
	local s failed=0
	for s in $SETS; do
		[ -f "$W/calc-csv/$s-numbers.xlsx" ] || {
			cat "$W/lo1.log"; return 1; }
		# shellcheck disable=SC2046
		check --csv --report text "$W/calc-csv/$s-numbers.xlsx" - \
		    "$NF" numbers $(cat "$W/$s.records") || failed=1
		# shellcheck disable=SC2046
		check --csv --report ticker "$W/calc-csv/$s-entities.xlsx" - \
		    "$EF" entities $(cat "$W/$s.records") || failed=1
	done
	check --csv --report cell "$W/calc-csv/hostile.xlsx" - "$HF" - \
	    "$W/hostile.jsonl" || failed=1
	[ "$failed" = 0 ]
}

@test "to-csv --excel: the 40,000-character cell is cut with a warning, long numbers counted" {
	grep -q '^to-csv: .*hostile.jsonl:43: column "cell": cell cut to Excel.s 32767 characters$' \
	    "$W/hostile-csv.err"
	grep -q '^to-csv: 11 numbers with more than 15 significant digits written as text' \
	    "$W/hostile-csv.err"
}

@test "openpyxl reads to-xlsx: every cell as the records held it, on every sheet" {
	local s failed=0
	for s in $SETS; do
		# shellcheck disable=SC2046
		check --report text "$W/book/$s.xlsx" numbers "$NF" numbers \
		    $(cat "$W/$s.records") || failed=1
		# shellcheck disable=SC2046
		check --report ticker "$W/book/$s.xlsx" entities "$EF" \
		    entities $(cat "$W/$s.records") || failed=1
	done
	check --report cell "$W/book/hostile.xlsx" - "$HF" - \
	    "$W/hostile.jsonl" || failed=1
	check "$W/book/split.xlsx" cells "$HF" - "$W/hostile.jsonl" ||
	    failed=1
	[ "$failed" = 0 ]
}

@test "to-xlsx: 43 rows over 10-row sheets make cells, cells (2)... cells (5), each with the header" {
	run /usr/bin/python3 -c '
import sys, openpyxl
b = openpyxl.load_workbook(sys.argv[1])
print(" ".join("%s:%d" % (s.title, s.max_row) for s in b))
print(all(next(s.iter_rows(max_row=1, values_only=True))[1] == "cell" for s in b))
' "$W/book/split.xlsx"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "cells:10 cells (2):10 cells (3):10 cells (4):10 cells (5):8" ]
	[ "${lines[1]}" = True ]
	grep -q '^to-xlsx: .*hostile.jsonl:43: column "cell": cell cut to Excel.s 32767 characters$' \
	    "$W/hostile-xlsx.err"
	grep -q '^to-xlsx: 11 numbers with more than 15 significant digits written as text' \
	    "$W/hostile-xlsx.err"
}

@test "Calc opens and re-saves to-xlsx's workbook: every cell as the records held it" {
	local s failed=0
	for s in $SETS; do
		[ -f "$W/calc-book/$s.xlsx" ] || { cat "$W/lo2.log"; return 1; }
		# shellcheck disable=SC2046
		check "$W/calc-book/$s.xlsx" numbers "$NF" numbers \
		    $(cat "$W/$s.records") || failed=1
		# shellcheck disable=SC2046
		check --report ticker "$W/calc-book/$s.xlsx" entities "$EF" \
		    entities $(cat "$W/$s.records") || failed=1
	done
	check "$W/calc-book/hostile.xlsx" - "$HF" - "$W/hostile.jsonl" ||
	    failed=1
	check "$W/calc-book/split.xlsx" cells "$HF" - "$W/hostile.jsonl" ||
	    failed=1
	[ "$failed" = 0 ]
}
