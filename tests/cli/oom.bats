#!/usr/bin/env bats
# Allocation-failure torture (SQLite and curl style, sampled): every tool is
# run on a small input with ZP_FAIL_ALLOC_AT=N, which makes the N-th
# zp_x*alloc call fail.  Each run either succeeds with the normal output or
# prints exactly "prog: out of memory" and exits 2, with no partial record:
# never a crash, a hang or a sanitizer report.  N takes every value up to
# 60, then grows by a third each step, until a run succeeds.

setup() {
	T=$BATS_TEST_TMPDIR
	# to-xlsx stamps its workbook with this time instead of now, so that
	# two runs write the same bytes.
	export SOURCE_DATE_EPOCH=1700000000
	printf '%s\n' \
	    '{"id":"o:1","date":"2024-02-01","text":"三星电子第四季度营业利润降至2.8万亿韩元（约合人民币150.64亿元），同比下降34.4%。英伟达H100供不应求。"}' \
	    '{"id":"o:2","text":"台积电去年营收增长约3成，达到2.16万亿新台币。"}' >"$T/in.jsonl"
}

args_for() {
	case $1 in
	normalize) echo "--from jsonl" ;;
	to-csv | to-xlsx) echo "--fields id,text" ;;
	segment) echo "--words" ;;
	*) echo "" ;;
	esac
}

torture() {
	local tool=$1 bin=$ZP_BIN/$1 args n=1 st last_ok=0
	args=$(args_for "$tool")
	# shellcheck disable=SC2086
	"$bin" $args <"$T/in.jsonl" >"$T/want" 2>"$T/want.err" || true
	while [ "$n" -lt 1000000 ]; do
		set +e
		# shellcheck disable=SC2086
		ZP_FAIL_ALLOC_AT=$n timeout 60 "$bin" $args <"$T/in.jsonl" \
		    >"$T/out" 2>"$T/err"
		st=$?
		set -e
		if [ "$st" -eq 0 ]; then
			cmp -s "$T/out" "$T/want" || {
				echo "$tool: N=$n: exit 0 but different output"
				return 1
			}
			return 0
		fi
		if [ "$st" -ne 2 ] ||
		    [ "$(cat "$T/err")" != "$tool: out of memory" ]; then
			echo "$tool: N=$n: exit $st, stderr:"
			head -c 2000 "$T/err"
			return 1
		fi
		# Whatever came out is whole records of the normal output.
		if [ -s "$T/out" ]; then
			[ "$(tail -c 1 "$T/out" | od -An -c | tr -d ' ')" = '\n' ] || {
				echo "$tool: N=$n: a partial record"; return 1; }
			head -c "$(stat -c %s "$T/out")" "$T/want" | cmp -s - "$T/out" || {
				echo "$tool: N=$n: output is not a prefix"; return 1; }
		fi
		if [ "$n" -lt 60 ]; then
			n=$((n + 1))
		else
			n=$((n + n / 3))
		fi
	done
	echo "$tool: never succeeded"
	return 1
}

@test "every tool: out of memory at each sampled allocation is clean" {
	local failed=0
	for b in "$ZP_BIN"/*; do
		torture "$(basename "$b")" || failed=1
	done
	[ "$failed" -eq 0 ]
}
