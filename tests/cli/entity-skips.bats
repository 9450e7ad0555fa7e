#!/usr/bin/env bats
# The passes of extract-entities skip the positions where none of their
# rules can start (flags per character, candidate marks); with the skips
# off the entities must be the same.  A rule added to a pass whose start
# the skips miss fails here, on the shipped sample and golden inputs and,
# when the shared data is there, on the CLUENER texts (read, not copied).

setup() {
	SK=$ZP_BUILD/tests/tools/ent-skips
	D=$BATS_TEST_DIRNAME/../..
}

@test "skips change no entity: sample news and golden inputs" {
	run "$SK" "$ZHPIPE_DATA" "$D/data/sample/news.txt" \
	    "$D"/tests/golden/extract-entities/*.in
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

@test "a data directory without the lists is trouble, not a pass" {
	# Status 2, so that a wrong path cannot pass as "0 differ".
	run "$SK" "$BATS_TEST_TMPDIR/nowhere" "$D/data/sample/news.txt"
	[ "$status" -eq 2 ]
}
