#!/usr/bin/env bats
# jsonl-check.bats -- the validator robust.bats trusts must itself refuse
# what a filter must never write.

setup() {
	local c
	CHECK=
	for c in "${ZP_BUILD:-/nonexistent}" "${ZP_BIN:-/nonexistent}/.." \
	    "$BATS_TEST_DIRNAME/../../build"; do
		if [ -x "$c/tests/tools/jsonl-check" ]; then
			CHECK=$c/tests/tools/jsonl-check
			break
		fi
	done
	[ -n "$CHECK" ] || skip "jsonl-check is not built (set ZP_BUILD)"
	W=$BATS_TEST_TMPDIR
}

# refuse FORMAT: printf FORMAT is rejected with status 1 and one message.
refuse() {
	# shellcheck disable=SC2059
	printf "$1" >"$W/in"
	run "$CHECK" <"$W/in"
	[ "$status" -eq 1 ] || { echo "accepted: $1"; return 1; }
	[ "${#lines[@]}" -ge 1 ]
	[[ ${lines[0]} == "jsonl-check: <stdin>:"* ]]
}

@test "valid JSON Lines pass" {
	printf '{"id":"t:1","text":"中文","n":12345678901234567890}\n{}\n' |
	    "$CHECK"
	printf '' | "$CHECK"
	printf '{"a":1}\n{"b":[1,{"c":null}]}\n' | "$CHECK" -n 2
}

@test "what a filter must not write is refused" {
	refuse '{"a":1}'			# no final newline
	refuse '{"a":1}\r\n'			# CRLF
	refuse '\357\273\277{"a":1}\n'		# BOM
	refuse '{"a":1}\n\n{"b":2}\n'		# blank line
	refuse '[1,2]\n'
	refuse '42\n'
	refuse '"x"\n'
	refuse 'null\n'
	refuse '{"a":1,"a":2}\n'
	refuse '{"a":"\344\270"}\n'
	refuse '{"a":"\\ud800"}\n'
	refuse '{"a":"x\000y"}\n'
	refuse '{"a":1e400}\n'
	refuse '{"a":1} {}\n'
	refuse '{"a":1}\n{"b":\n'
}

@test "-n counts lines; gzip is refused" {
	run "$CHECK" -n 3 <<<'{"a":1}'
	[ "$status" -eq 1 ]
	printf '{"a":1}\n' | gzip -c >"$W/gz"
	run "$CHECK" <"$W/gz"
	[ "$status" -eq 1 ]
}
