#!/usr/bin/env bats
# The passes of extract-entities skip the positions where none of their
# rules can start (flags per character, candidate marks); with the skips
# off the entities must be the same.  A rule added to a pass whose start
# the skips miss fails here, on the shipped sample and golden inputs and,
# when the shared data is there, on the CLUENER and MSRA texts and the
# seed articles (read, not copied).

setup() {
	SK=$ZP_BUILD/tests/tools/ent-skips
	D=$BATS_TEST_DIRNAME/../..
}

@test "skips change no entity: sample news, golden inputs, our articles" {
	run "$SK" "$ZHPIPE_DATA" "$D/data/sample/news.txt" \
	    "$D"/tests/golden/extract-entities/*.in \
	    "$D"/tests/data/finance-entities/articles.txt \
	    "$D"/tests/data/finance-entities-2/articles.txt \
	    "$D"/tests/data/finance-entities-3/articles.txt \
	    "$D"/tests/data/traditional/articles.txt
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *" 0 differ" ]]
}

@test "skips change no entity: CLUENER texts" {
	f=$ZP_DATA_DIR/cluener/train.json
	[ -f "$f" ] || skip "no $f"
	run "$SK" "$ZHPIPE_DATA" "$f"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *" 0 differ" ]]
}

@test "skips change no entity: MSRA sentences" {
	f=$ZP_DATA_DIR/msra_ner/train.bio
	[ -f "$f" ] || skip "no $f"
	# One character a line, sentences between blank lines: rebuilt into
	# one text a line in the test's own directory, never in the repo.
	awk 'NF == 0 { if (s != "") print s; s = ""; next }
	     { s = s $1 } END { if (s != "") print s }' "$f" \
	    >"$BATS_TEST_TMPDIR/msra.txt"
	run "$SK" "$ZHPIPE_DATA" "$BATS_TEST_TMPDIR/msra.txt"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *" 0 differ" ]]
	[[ "$output" != "0 records"* ]]
}

@test "skips change no entity: the seed articles" {
	d=${ZP_DATA_DIR:-$D/../shared/data}/../seed
	ls "$d"/*.txt >/dev/null 2>&1 || skip "no seed in $d"
	run "$SK" "$ZHPIPE_DATA" "$d"/*.txt
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *" 0 differ" ]]
}

@test "a data directory without the lists is trouble, not a pass" {
	# Status 2, so that a wrong path cannot pass as "0 differ".
	run "$SK" "$BATS_TEST_TMPDIR/nowhere" "$D/data/sample/news.txt"
	[ "$status" -eq 2 ]
}
