#!/usr/bin/env bats
# segment behaviour beyond the golden cases: the concatenation properties
# on varied text, offsets checked with jq, determinism, the ICU engine,
# data-file trouble, output errors.

setup() {
	SEG=$ZP_BIN/segment
	T=$BATS_TEST_TMPDIR
	export ZHPIPE_DATA=${ZHPIPE_DATA:-$BATS_TEST_DIRNAME/../../data}
	# Text written for these tests: news style, quotes, decimals,
	# tickers, Latin runs, astral characters, odd white space.
	cat >"$T/in.jsonl" <<'J'
{"id":"s:1","date":"2024-02-21","text":"英伟达2024财年第四季度营收221亿美元，同比增长265%。黄仁勋表示：“加速计算已到临界点。”（完）"}
{"id":"s:2","text":"  三星电子营业利润降至2.8万亿韩元（约合人民币150.64亿元）。SK海力士HBM3E出货量翻番！贵州茅台(600519.SH)收涨1.2%…… "}
{"id":"s:3","text":"Mr. Wang 认为：1. 估值合理；2. 需求稳定。U.S. stocks rose 0.5% on Monday. 详见 https://example.com/a.b?c=1 。"}
{"id":"s:4","text":"𠀀𠀁字。😀\t表情\u3000空格\n换行。最后没有标点"}
{"id":"s:5","text":"台积电3nm良率约80%，MI300X与H100竞争；二○二四年十二月三十一日，百分之三十。"}
J
}

@test "sentences concatenate back to the text less white space" {
	"$SEG" "$T/in.jsonl" >"$T/out"
	jq -r -s 'group_by(.id)[] | map(.text) | join("")
	    | gsub("[\\s\u3000]"; "")' "$T/out" | sort >"$T/got"
	jq -r '.text | gsub("[\\s\u3000]"; "")' "$T/in.jsonl" | sort >"$T/want"
	diff -u "$T/want" "$T/got"
	# What lies between and around the sentences is white space only.
	jq -r -s --slurpfile d "$T/in.jsonl" '
	    group_by(.id)[] | . as $s
	    | ($d[] | select(.id == $s[0].id) | .text) as $t
	    | [0] + (map([.start, .end]) | flatten) + [$t | length]
	    | [range(0; length; 2) as $i | $t[.[$i]:.[$i + 1]]]
	    | map(select(test("^[\\s\u3000]*$") | not)) | .[]' \
	    "$T/out" >"$T/gaps"
	[ ! -s "$T/gaps" ]
}

@test "start and end are code point offsets into the document text" {
	"$SEG" "$T/in.jsonl" >"$T/out"
	jq -c --slurpfile d "$T/in.jsonl" '
	    . as $s | ($d[] | select(.id == $s.id) | .text) as $t
	    | select(($t | .[$s.start:$s.end]) != $s.text)' "$T/out" >"$T/bad"
	[ ! -s "$T/bad" ]
	# sent counts from 0 in each document.
	jq -s -e 'group_by(.id) | all(map(.sent) == [range(length)])' \
	    "$T/out" >/dev/null
}

@test "tokens concatenate back to the sentence, both engines" {
	for e in lexicon icu; do
		"$SEG" --words --engine $e "$T/in.jsonl" >"$T/out.$e"
		jq -e -s 'all(.[]; (.tokens | join("")) == .text) and
		    all(.[]; .tokens | all(length > 0))' "$T/out.$e" >/dev/null
	done
	# ICU cuts finance words; the lexicon engine keeps them.
	jq -r '.tokens[]' "$T/out.icu" | grep -qx '芯' ||
	    jq -r '.tokens[]' "$T/out.icu" | grep -qx '营'
	jq -r '.tokens[]' "$T/out.lexicon" >"$T/toks"
	grep -qx '营收' "$T/toks"
	grep -qx '600519.SH' "$T/toks"
	grep -qx 'MI300X' "$T/toks"
	grep -qx '2.8万亿' "$T/toks"
	grep -qx '二○二四年' "$T/toks"
}

@test "document fields ride along, in order, on every sentence" {
	"$SEG" --words "$T/in.jsonl" | head -n 1 >"$T/first"
	jq -e -c 'keys_unsorted == ["id","date","text","sent","start","end","tokens"]' \
	    "$T/first" >/dev/null
}

@test "output is identical from run to run and under any locale" {
	"$SEG" --words "$T/in.jsonl" >"$T/a"
	LC_ALL=C "$SEG" --words "$T/in.jsonl" >"$T/b"
	LC_ALL=C.UTF-8 LANG=zh_CN.UTF-8 "$SEG" --words "$T/in.jsonl" >"$T/c"
	cmp "$T/a" "$T/b"
	cmp "$T/a" "$T/c"
}

@test "gazetteer names are loaded as words when present" {
	mkdir -p "$T/data/gazetteer" "$T/data/lexicon"
	cp "$ZHPIPE_DATA"/lexicon/*.dict "$T/data/lexicon/"
	printf 'canonical,type,aliases,ticker\n' >"$T/data/gazetteer/x.csv"
	printf '摩尔线程,ORG,摩尔线程智能科技|MTT,\n' >>"$T/data/gazetteer/x.csv"
	echo '{"text":"摩尔线程发布新品。"}' >"$T/g.jsonl"
	ZHPIPE_DATA=$T/data "$SEG" --words "$T/g.jsonl" >"$T/out"
	jq -e '.tokens[0] == "摩尔线程"' "$T/out" >/dev/null
	ZHPIPE_DATA=$T/data "$SEG" --words --no-gazetteer "$T/g.jsonl" >"$T/out"
	jq -e '.tokens[0] != "摩尔线程"' "$T/out" >/dev/null
	# A broken gazetteer is reported and the run goes on.
	printf 'name,kind\nx,y\n' >"$T/data/gazetteer/y.csv"
	ZHPIPE_DATA=$T/data "$SEG" --words "$T/g.jsonl" >"$T/out" 2>"$T/err"
	grep -q 'y.csv:1: expected 3 to 6 fields' "$T/err"
	jq -e '.tokens[0] == "摩尔线程"' "$T/out" >/dev/null
}

@test "a person of the gazetteer is cut 姓 | 名 unless --keep-names" {
	mkdir -p "$T/data/gazetteer" "$T/data/lexicon"
	cp "$ZHPIPE_DATA"/lexicon/*.dict "$T/data/lexicon/"
	printf 'canonical,type,aliases,ticker\n' >"$T/data/gazetteer/x.csv"
	printf 'Zhou Mingyuan,PER,周明远,\n摩尔线程,ORG,摩尔线程,\n' \
	    >>"$T/data/gazetteer/x.csv"
	echo '{"text":"周明远说摩尔线程发布新品。"}' >"$T/g.jsonl"
	ZHPIPE_DATA=$T/data "$SEG" --words "$T/g.jsonl" >"$T/out"
	jq -e '.tokens[0:4] == ["周", "明远", "说", "摩尔线程"]' "$T/out" >/dev/null
	ZHPIPE_DATA=$T/data "$SEG" --words --keep-names "$T/g.jsonl" >"$T/out"
	jq -e '.tokens[0:3] == ["周明远", "说", "摩尔线程"]' "$T/out" >/dev/null
}

@test "a missing lexicon is fatal, sentences alone need none" {
	mkdir -p "$T/empty"
	run env ZHPIPE_DATA=$T/empty "$SEG" --words "$T/in.jsonl"
	[ "$status" -eq 2 ]
	[[ "$output" == *"lexicon/jieba.dict: No such file or directory"* ]]
	run env ZHPIPE_DATA=$T/empty "$SEG" "$T/in.jsonl"
	[ "$status" -eq 0 ]
}

@test "user dictionary errors name the file and line" {
	printf '好词 5\n坏词 5x\n' >"$T/bad.dict"
	run "$SEG" --words --dict "$T/bad.dict" "$T/in.jsonl"
	[ "$status" -eq 2 ]
	[[ "$output" == *"bad.dict: 2: invalid frequency"* ]]
}

@test "--max-sentence cuts long runs; bad values are usage errors" {
	run "$SEG" --max-sentence abc "$T/in.jsonl"
	[ "$status" -eq 2 ]
	awk 'BEGIN { s = ""; for (i = 0; i < 3000; i++) s = s "字"; s = s "，"
	    for (i = 0; i < 100; i++) s = s "尾"
	    printf "{\"text\":\"%s\"}\n", s }' >"$T/long.jsonl"
	"$SEG" "$T/long.jsonl" >"$T/out"
	jq -e -s 'all(.end - .start <= 1000) and length == 4' "$T/out" >/dev/null
	"$SEG" --max-sentence 0 "$T/long.jsonl" | jq -e -s 'length == 1' \
	    >/dev/null
}

@test "write errors exit 2 with one message" {
	run sh -c "'$SEG' --words '$T/in.jsonl' >/dev/full"
	[ "$status" -eq 2 ]
	[ "$output" = "segment: write error: No space left on device" ]
}

@test "--help and --version" {
	run "$SEG" --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"--words"* ]]
	run "$SEG" --version
	[ "$status" -eq 0 ]
}
