#!/usr/bin/env bats
# gold.bats -- the hand-written gold sets in tests/data (the Traditional
# Taiwan and Hong Kong articles of issue 17) agree with their texts:
# tests/tools/gold-check.py checks every offset, so that an edited article
# or gold line cannot leave the eval scoring against wrong spans.

bats_require_minimum_version 1.5.0

setup() {
	ROOT=$BATS_TEST_DIRNAME/../..
	CHECK=$ROOT/tests/tools/gold-check.py
	TRAD=$ROOT/tests/data/traditional
	T=$BATS_TEST_TMPDIR
}

@test "traditional articles: every gold offset and field checks out" {
	run -0 /usr/bin/python3 "$CHECK" "$TRAD"
	[ "${lines[0]}" = "$TRAD/numbers.jsonl: 82 number mentions checked" ]
	[ "${lines[1]}" = "$TRAD/entities.jsonl: 41 entity mentions checked" ]
	# Ten articles, one a line, in the normalized form (ASCII , ( ) %),
	# so that offsets hold with and without normalize.
	[ "$(wc -l <"$TRAD/articles.txt")" -eq 10 ]
	! grep -q '[，（）％：]' "$TRAD/articles.txt"
}

@test "gold-check catches a moved offset, a wrong end, a missing sentence" {
	cp "$TRAD/articles.txt" "$T/"
	# The first entity of the first article is 聯電 at 6: move it by one.
	sed '1s/"start": 6, "end": 8/"start": 7, "end": 9/' \
	    "$TRAD/entities.jsonl" >"$T/entities.jsonl"
	! cmp -s "$TRAD/entities.jsonl" "$T/entities.jsonl"
	sed '1s/"end": 21,/"end": 22,/' "$TRAD/numbers.jsonl" \
	    >"$T/numbers.jsonl"
	! cmp -s "$TRAD/numbers.jsonl" "$T/numbers.jsonl"
	run -1 /usr/bin/python3 "$CHECK" "$T"
	[[ "$output" == *"$T/numbers.jsonl:1: '11月': end 22 is not start + length 21"* ]]
	[[ "$output" == *"$T/entities.jsonl:1: '聯電' not at [7,9)"* ]]
	# A sentence that is not in its line.
	sed -i '1s/聯電預估/聯電估計/' "$T/articles.txt"
	run -1 /usr/bin/python3 "$CHECK" "$T"
	[[ "$output" == *"numbers.jsonl:2: sentence not in articles.txt:1"* ]]
	run -2 /usr/bin/python3 "$CHECK"
}
