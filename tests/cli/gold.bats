#!/usr/bin/env bats
# gold.bats -- the hand-written gold sets in tests/data (the Traditional
# Taiwan and Hong Kong articles of issue 17, the finance articles of issue
# 18 with units' parents and products' makers) agree with their texts:
# tests/tools/gold-check.py checks every offset, so that an edited article
# or gold line cannot leave the eval scoring against wrong spans.
# finance-entities-3 is the sealed PRODUCT set of issue 18: its gold was
# written before any run of extract-entities on its text.

bats_require_minimum_version 1.5.0

setup() {
	ROOT=$BATS_TEST_DIRNAME/../..
	CHECK=$ROOT/tests/tools/gold-check.py
	TRAD=$ROOT/tests/data/traditional
	FIN=$ROOT/tests/data/finance-entities
	FIN2=$ROOT/tests/data/finance-entities-2
	FIN3=$ROOT/tests/data/finance-entities-3
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

@test "finance articles: every gold offset, parent and maker checks out" {
	run -0 /usr/bin/python3 "$CHECK" "$FIN"
	[ "${lines[0]}" = "$FIN/entities.jsonl: 277 entity mentions checked" ]
	[ "$(wc -l <"$FIN/articles.txt")" -eq 16 ]
	! grep -q '[，（）％：]' "$FIN/articles.txt"
	# The set exists to measure units and products: every product has a
	# maker, and the units their parent.
	[ "$(grep -o '"type": "PRODUCT"' "$FIN/entities.jsonl" | wc -l)" -eq 76 ]
	[ "$(grep -o '"maker": "' "$FIN/entities.jsonl" | wc -l)" -eq 76 ]
	[ "$(grep -o '"parent": "' "$FIN/entities.jsonl" | wc -l)" -eq 24 ]
}

@test "second finance articles: every gold offset and maker checks out" {
	# Held out: the gold was written and committed before any run of
	# extract-entities on the text, and no list was grown from it.
	run -0 /usr/bin/python3 "$CHECK" "$FIN2"
	[ "${lines[0]}" = "$FIN2/entities.jsonl: 402 entity mentions checked" ]
	[ "$(wc -l <"$FIN2/articles.txt")" -eq 19 ]
	! grep -q '[，（）％：]' "$FIN2/articles.txt"
	[ "$(grep -o '"type": "PRODUCT"' "$FIN2/entities.jsonl" | wc -l)" -eq 182 ]
	[ "$(grep -o '"maker": "' "$FIN2/entities.jsonl" | wc -l)" -eq 182 ]
}

@test "gold-check catches a moved offset, a bad parent or maker" {
	cp "$FIN/articles.txt" "$T/"
	# The first mention, 小米集团 at 0, moved by one.
	sed '1s/"start": 0, "end": 4,/"start": 1, "end": 5,/' \
	    "$FIN/entities.jsonl" >"$T/entities.jsonl"
	! cmp -s "$FIN/entities.jsonl" "$T/entities.jsonl"
	run -1 /usr/bin/python3 "$CHECK" "$T"
	[[ "$output" == *"$T/entities.jsonl:1: '小米集团' not at [1,5)"* ]]
	[ "${lines[-1]}" = "gold-check: 1 faults" ]
	# A unit its own parent, a maker that is no id, a parent on a product.
	sed -e 's/"canonical": "宝马中国", "parent": "BMW"/"canonical": "宝马中国", "parent": "宝马中国"/' \
	    -e 's/"canonical": "Xiaomi SU7", "maker": "Xiaomi"/"canonical": "Xiaomi SU7", "maker": 7/' \
	    -e 's/"canonical": "Taobao", "maker"/"canonical": "Taobao", "parent"/' \
	    "$FIN/entities.jsonl" >"$T/entities.jsonl"
	run -1 /usr/bin/python3 "$CHECK" "$T"
	[[ "$output" == *"entities.jsonl:17: '宝马中国': parent '宝马中国' is the mention's own id"* ]]
	[[ "$output" == *"entities.jsonl:18: '宝马中国': parent '宝马中国' is the mention's own id"* ]]
	[[ "$output" == *"entities.jsonl:2: 'SU7': maker 7 is not an id"* ]]
	[[ "$output" == *"'淘宝': a ORG parent, but the mention is PRODUCT"* ]]
	[ "${lines[-1]}" = "gold-check: 4 faults" ]
	# The set's own gold passes the same checks.
	run -0 /usr/bin/python3 "$CHECK" "$FIN"
}

@test "sealed finance articles (PRODUCT): every gold offset and maker checks out" {
	run -0 /usr/bin/python3 "$CHECK" "$FIN3"
	[ "${lines[0]}" = "$FIN3/entities.jsonl: 414 entity mentions checked" ]
	[ "$(wc -l <"$FIN3/articles.txt")" -eq 20 ]
	! grep -q '[，（）％：]' "$FIN3/articles.txt"
	# Every product has its maker; the units and sub-brands their parent.
	[ "$(grep -o '"type": "PRODUCT"' "$FIN3/entities.jsonl" | wc -l)" -eq 197 ]
	[ "$(grep -o '"maker": "' "$FIN3/entities.jsonl" | wc -l)" -eq 197 ]
	[ "$(grep -o '"parent": "' "$FIN3/entities.jsonl" | wc -l)" -eq 16 ]
	[ "$(grep -o '"type": "ORG"' "$FIN3/entities.jsonl" | wc -l)" -eq 161 ]
	[ "$(grep -o '"type": "PER"' "$FIN3/entities.jsonl" | wc -l)" -eq 24 ]
	[ "$(grep -o '"type": "LOC"' "$FIN3/entities.jsonl" | wc -l)" -eq 32 ]
}
