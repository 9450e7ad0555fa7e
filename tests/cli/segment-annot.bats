#!/usr/bin/env bats
# segment hands a document's "entities" and "numbers" to its sentences
# (issue 15): the property over generated and hand-written documents run
# through extract-entities | extract-numbers | segment, sentence boundaries
# kept out of spans, elements without a usable span kept and reported.

bats_require_minimum_version 1.5.0

setup() {
	B=$ZP_BIN
	T=$BATS_TEST_TMPDIR
	export ZHPIPE_DATA=${ZHPIPE_DATA:-$BATS_TEST_DIRNAME/../../data}
	# Written for these tests: earnings news with quotes, decimals,
	# ellipses, line breaks, Traditional text, white space between
	# sentences and astral characters.
	cat >"$T/hand.jsonl" <<'J'
{"id":"h:1","date":"2024-01-31","text":"三星电子公布第四季度财报。公司营业利润为2.8万亿韩元（约合人民币150.64亿元），同比下降34.4%。SK海力士则扭亏为盈！"}
{"id":"h:2","text":"英伟达2024财年第四季度营收221亿美元，同比增长265%。黄仁勋表示：“H100仍然供不应求。”\n台积电10月营收为3142亿新台币……同比增长29.2%？"}
{"id":"h:3","text":"  貴州茅台(600519.SH)收漲1.2%。  比亞迪10月銷量突破50萬輛。\t寧德時代淨利潤為131億元，同比增長25%。 "}
{"id":"h:4","text":"𠀀公司营收增长百分之十二，利润为二十亿元。😀小米集团资本支出约75亿美元，较上年同期下降约3成。"}
{"id":"h:5","text":"没有句末标点的一段话，中芯国际营收约为16.4亿美元"}
{"id":"h:6","title":"无文本"}
J
}

# gen N SEED: N documents of sentences drawn from fragments of our own.
gen() {
	python3 - "$1" "$2" <<'PY'
import json, random, sys
n, seed = int(sys.argv[1]), int(sys.argv[2])
rnd = random.Random(seed)
subj = ["三星电子", "台积电", "英伟达", "小米集团", "比亚迪", "宁德时代",
        "中芯国际", "SK海力士", "该公司", "公司", "貴州茅台", "華為"]
metric = ["营收", "净利润", "营业利润", "毛利率", "资本支出", "销量",
          "出货量", "淨利潤"]
fig = ["42.6亿元", "2.8万亿韩元", "18.3%", "约75亿美元", "3142亿新台币",
       "百分之十二", "二十亿元", "51亿至57亿美元", "超过1000万台",
       "3成", "1.5个百分点", "150.64亿元", "9999亿日元", "2,345.6万港元"]
verb = ["为", "达到", "同比增长", "同比下降", "降至", "约为", "环比增长"]
tail = ["。", "。", "！", "？", "……", "。”", "；", "，"]
sep = ["", "", " ", "\n", "\u3000", "  "]
for i in range(n):
    parts = []
    if rnd.random() < 0.3:
        parts.append("“")
    for _ in range(rnd.randint(1, 9)):
        s = rnd.choice(subj) + rnd.choice(["第四季度", "上半年", "2023年", ""])
        s += rnd.choice(metric) + rnd.choice(verb) + rnd.choice(fig)
        if rnd.random() < 0.3:
            s += "（约合" + rnd.choice(fig) + "）"
        parts.append(s + rnd.choice(tail) + rnd.choice(sep))
    text = "".join(parts)
    if rnd.random() < 0.2:
        text = "  " + text
    print(json.dumps({"id": "g:%d" % i, "date": "2024-01-31", "text": text},
                     ensure_ascii=False))
PY
}

# check DOCS SENTS: each element's text is its sentence's substring at its
# offsets, and a document's elements are, as a multiset, those of its
# sentences moved back by the sentence's start.
check() {
	jq -e -s '
	    [.[] | select(.text != null) | . as $s
	     | ((.entities // []) + (.numbers // []))[]
	     | select($s.text[.start:.end] != .text)] | length == 0' \
	    "$2" >/dev/null || {
		echo "an element's text is not its sentence's substring"
		return 1
	}
	jq -e -n --slurpfile d "$1" --slurpfile s "$2" '
	    def back($id; $f): [$s[] | select(.id == $id and .sent != null)
	        | . as $x | (.[$f] // [])[]
	        | .start += $x.start | .end += $x.start] | sort;
	    all($d[] | select(.text != null) as $d0
	        | ["entities", "numbers"][] as $f
	        | (($d0[$f] // []) | sort) == back($d0.id; $f); .)' >/dev/null || {
		echo "the elements of a document are not those of its sentences"
		return 1
	}
}

chain() {
	"$B/extract-entities" "$1" | "$B/extract-numbers" >"$2.doc"
	"$B/segment" "$2.doc" >"$2"
}

@test "property: hand-written documents, entities and figures re-based" {
	chain "$T/hand.jsonl" "$T/out"
	check "$T/out.doc" "$T/out"
	# The figures and entities are really there, not vacuously checked.
	[ "$(jq -s 'map(.numbers // [] | length) | add' "$T/out")" -ge 20 ]
	[ "$(jq -s 'map(.entities // [] | length) | add' "$T/out")" -ge 8 ]
	# The same sentence rows as without the arrays.
	"$B/segment" "$T/hand.jsonl" | jq -c '[.id, .sent, .start, .end, .text]' >"$T/plain"
	jq -c '[.id, .sent, .start, .end, .text]' "$T/out" >"$T/annot"
	diff -u "$T/plain" "$T/annot"
}

@test "property: 300 generated documents, three seeds" {
	for seed in 1 2 3; do
		gen 100 "$seed" >"$T/gen$seed.jsonl"
		chain "$T/gen$seed.jsonl" "$T/gen$seed.out"
		check "$T/gen$seed.out.doc" "$T/gen$seed.out"
	done
	[ "$(cat "$T"/gen?.out | jq -s 'map(.numbers | length) | add')" -ge 1000 ]
}

@test "an element keeps its other keys byte for byte, in order" {
	printf '%s\n' '{"id":"k","text":"甲。乙公司营收为5亿元。","numbers":[{"text":"5亿元", "start" : 8,"end":11,"value":500000000.0,"x":{"b" : [1, 2]},"unit":"CNY"}],"entities":[]}' >"$T/k.jsonl"
	run -0 --separate-stderr "$B/segment" "$T/k.jsonl"
	[ "${lines[0]}" = '{"id":"k","text":"甲。","numbers":[],"entities":[],"sent":0,"start":0,"end":2}' ]
	[ "${lines[1]}" = '{"id":"k","text":"乙公司营收为5亿元。","numbers":[{"text":"5亿元","start":6,"end":9,"value":500000000.0,"x":{"b" : [1, 2]},"unit":"CNY"}],"entities":[],"sent":1,"start":2,"end":12}' ]
	[ -z "$stderr" ]
}

@test "no sentence boundary inside a span: the sentences are joined" {
	# An entity over 。 (a hand-made span) and a figure over the white
	# space between two sentences.
	printf '%s\n' '{"id":"x","text":"甲公司。乙公司！丙。 丁。","entities":[{"text":"司。乙","start":2,"end":5}],"numbers":[{"text":"。 丁","start":9,"end":12}]}' >"$T/x.jsonl"
	run -0 --separate-stderr "$B/segment" "$T/x.jsonl"
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[0]}" = '{"id":"x","text":"甲公司。乙公司！","entities":[{"text":"司。乙","start":2,"end":5}],"numbers":[],"sent":0,"start":0,"end":8}' ]
	[ "${lines[1]}" = '{"id":"x","text":"丙。 丁。","entities":[],"numbers":[{"text":"。 丁","start":1,"end":4}],"sent":1,"start":8,"end":13}' ]
	# Without the spans the same text has four sentences.
	jq -c 'del(.entities, .numbers)' "$T/x.jsonl" | "$B/segment" >"$T/plain"
	[ "$(wc -l <"$T/plain")" -eq 4 ]
}

@test "elements without a usable span: kept on sentence 0, reported, counted" {
	printf '%s\n' '{"id":"ok","text":"甲。乙。","numbers":[{"text":"乙","start":2,"end":3}]}' \
	    '{"id":"bad","text":"甲。乙。","numbers":[{"text":"乙","start":2,"end":3},{"start":"1","end":2},{"start":3,"end":1},{"end":1},{"start":0,"end":99},7,{"start":2,"end":2.0}]}' \
	    '{"id":"ws","text":" 甲。","entities":[{"start":0,"end":1}]}' \
	    '{"id":"empty","text":"  ","entities":[{"start":0,"end":1}]}' \
	    >"$T/b.jsonl"
	run -1 --separate-stderr "$B/segment" --rejects "$T/rej" "$T/b.jsonl"
	[ "${#lines[@]}" -eq 5 ]
	[ "${lines[2]}" = '{"id":"bad","text":"甲。","numbers":[{"start":"1","end":2},{"start":3,"end":1},{"end":1},{"start":0,"end":99},7,{"start":2,"end":2.0}],"sent":0,"start":0,"end":2}' ]
	[ "${lines[3]}" = '{"id":"bad","text":"乙。","numbers":[{"text":"乙","start":0,"end":1}],"sent":1,"start":2,"end":4}' ]
	[ "${lines[4]}" = '{"id":"ws","text":"甲。","entities":[{"start":0,"end":1}],"sent":0,"start":1,"end":3}' ]
	want='segment: FILE:2: numbers[1]: "start" is missing or not a non-negative integer; it and 5 more elements without a usable span kept unchanged on sentence 0
segment: FILE:3: entities[0]: span 0-1 lies in white space outside every sentence; kept unchanged on sentence 0
segment: FILE:4: no sentence in "text" to hold its 1 entities and numbers; dropped'
	[ "${stderr//$T\/b.jsonl/FILE}" = "$want" ]
	[ "$(wc -l <"$T/rej")" -eq 3 ]
	# Each reason, first in its record.
	for e in '{"start":3,"end":1}|"start" 3 is after "end" 1' \
	    '{"end":1}|"start" is missing' \
	    '{"start":0,"end":99}|"end" 99 is past the text'"'"'s 4 code points' \
	    '7|numbers[0]: not an object' \
	    '{"start":0,"end":1.5}|"end" is missing or not a non-negative integer'; do
		printf '{"text":"甲。乙。","numbers":[%s]}\n' "${e%%|*}" >"$T/one.jsonl"
		run -1 --separate-stderr "$B/segment" "$T/one.jsonl"
		[[ "$stderr" == *"${e#*|}"* ]]
	done
	# --strict stops there, after the first record's two sentences.
	run -1 --separate-stderr "$B/segment" --strict "$T/b.jsonl"
	[ "${#lines[@]}" -eq 2 ]
}

@test "records without the arrays, or with other values there, as before" {
	printf '%s\n' '{"id":"n","text":"甲。乙。","entities":null,"numbers":"x"}' \
	    '{"id":"e","text":"甲。乙。","entities":[],"numbers":[]}' >"$T/n.jsonl"
	run -0 --separate-stderr "$B/segment" "$T/n.jsonl"
	[ "${lines[0]}" = '{"id":"n","text":"甲。","entities":null,"numbers":"x","sent":0,"start":0,"end":2}' ]
	[ "${lines[1]}" = '{"id":"n","text":"乙。","entities":null,"numbers":"x","sent":1,"start":2,"end":4}' ]
	[ "${lines[3]}" = '{"id":"e","text":"乙。","entities":[],"numbers":[],"sent":1,"start":2,"end":4}' ]
}

@test "extraction on sentence records still works (the old order)" {
	"$B/segment" "$T/hand.jsonl" | "$B/extract-entities" |
	    "$B/extract-numbers" >"$T/old"
	jq -e -s 'map(select(.id == "h:1" and .sent == 1)) | .[0].numbers
	    | map(.text) == ["2.8万亿韩元", "人民币150.64亿元", "34.4%"]' \
	    "$T/old" >/dev/null
	jq -e -s 'map(select(.id == "h:1" and .sent == 0)) | .[0].entities[0].id
	    == "Samsung Electronics"' "$T/old" >/dev/null
}
