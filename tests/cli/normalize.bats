#!/usr/bin/env bats
# normalize.bats -- behaviour of normalize beyond the golden cases: the seed
# dump in every encoding and compression, WARC files made by scripts/mkwarc,
# truncated gzip, several operands, rejects, idempotence on real pages.
#
# Environment: ZP_BIN (required), ZHPIPE_DATA (the repository's data/),
# ZP_DATA_DIR (../shared/data; only for the seed: those tests skip when the
# seed dump is absent).

bats_require_minimum_version 1.5.0

setup() {
	N=$ZP_BIN/normalize
	ROOT=$BATS_TEST_DIRNAME/../..
	: "${ZHPIPE_DATA:=$ROOT/data}"
	export ZHPIPE_DATA
	SEED=${ZP_DATA_DIR:-$ROOT/../shared/data}/../seed/000_4cf60f6cd00351f1.txt
	SAMPLE=$ROOT/data/sample/news.txt
	T=$BATS_TEST_TMPDIR
}

need_seed() {
	[ -f "$SEED" ] || skip "seed dump not found: $SEED"
}

# The same file in another encoding or compression, in its own directory
# so that the ids (<basename>:<line>) stay the same.
variant() {	# variant NAME CMD... < input; prints the new file's path
	local d=$T/$1 b=$2
	shift 2
	mkdir -p "$d"
	"$@" >"$d/$b"
	echo "$d/$b"
}

@test "seed dump: exactly its ten articles, header and footer dropped" {
	need_seed
	run "$N" "$SEED"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 10 ]
	b=$(basename "$SEED")
	# Lines 2..11 of the dump: the header (line 1) and footer go.
	ids=$(printf '%s\n' "${lines[@]}" | jq -r .id | tr '\n' ' ')
	want=""
	for i in 2 3 4 5 6 7 8 9 10 11; do want="$want$b:$i "; done
	[ "$ids" = "$want" ]
	! printf '%s\n' "${lines[@]}" | grep -q -e 为您找到 -e 返回顶部 \
	    -e 微信扫一扫
}

@test "seed dump: gzip, GB18030 and UTF-16 give the same records" {
	need_seed
	b=$(basename "$SEED")
	"$N" "$SEED" >"$T/ref"
	gz=$(variant gz "$b.gz" gzip -c "$SEED")
	gb=$(variant gb "$b" iconv -f UTF-8 -t GB18030 "$SEED")
	le=$(variant le "$b" iconv -f UTF-8 -t UTF-16LE "$SEED")
	bom=$(variant bom "$b" iconv -f UTF-8 -t UTF-16 "$SEED")
	gbgz=$(variant gbgz "$b.gz" sh -c "iconv -f UTF-8 -t GB18030 '$SEED' | gzip")
	"$N" "$gz" | cmp - "$T/ref"
	for f in "$gb" "$gbgz"; do
		"$N" "$f" >"$T/out"
		[ "$(jq -r .encoding "$T/out" | sort -u)" = gb18030 ]
		jq -c 'del(.encoding)' "$T/out" | cmp - "$T/ref"
	done
	for f in "$le" "$bom"; do
		"$N" "$f" >"$T/out"
		[ "$(jq -r .encoding "$T/out" | sort -u)" = utf-16le ]
		jq -c 'del(.encoding)' "$T/out" | cmp - "$T/ref"
	done
	# Explicit encodings agree with detection.
	"$N" --encoding gb18030 "$gb" | cmp - <("$N" "$gb")
	"$N" --encoding utf-16 "$le" | cmp - <("$N" "$le")
}

@test "seed dump: normalize of the output with --from jsonl changes nothing" {
	need_seed
	"$N" "$SEED" >"$T/once"
	"$N" --from jsonl "$T/once" | cmp - "$T/once"
	"$N" --from jsonl --dedupe "$T/once" | cmp - "$T/once"
}

@test "sample dump: seven articles, plain and gzip alike" {
	run --separate-stderr "$N" --verbose "$SAMPLE" "$SAMPLE.gz"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 14 ]
	[ "$stderr" = "normalize: 24 documents: 14 written, 10 boilerplate (10 short, 0 menu, 0 chrome phrase, 0 --drop), 0 duplicates, 0 rejected" ]
	# Both copies give the same ids: ".gz" is not part of the id.
	"$N" "$SAMPLE" | cmp - <("$N" "$SAMPLE.gz")
	# No full-width digits, no entities, no control characters left.
	! "$N" "$SAMPLE" | grep -q -e '[０-９（）％，：]' -e '&[a-z]*;' \
	    -e $'\t'
	"$N" --dedupe "$SAMPLE" "$SAMPLE.gz" | cmp - <("$N" "$SAMPLE")
}

@test "Big5 input is detected and decoded; --simplified converts it" {
	printf '臺積電１月營收同比增長８％，約合新臺幣１５０億元，三星電子營業利潤下降。\n' |
	    iconv -f UTF-8 -t BIG5 >"$T/big5.txt"
	run "$N" "$T/big5.txt"
	[ "$status" -eq 0 ]
	[ "$output" = '{"id":"big5.txt:1","text":"臺積電1月營收同比增長8%,約合新臺幣150億元,三星電子營業利潤下降。","encoding":"big5"}' ]
	run "$N" --simplified --encoding big5 "$T/big5.txt"
	[ "$output" = '{"id":"big5.txt:1","text":"台积电1月营收同比增长8%,约合新台币150亿元,三星电子营业利润下降。","encoding":"big5"}' ]
}

@test "truncated gzip: the complete documents are written, then exit 2" {
	for i in $(seq 1 400); do
		echo "第${i}篇虚构报道：某公司第${i}季度营收同比增长${i}％，净利润同比下降。"
	done | gzip -9 >"$T/full.gz"
	size=$(stat -c %s "$T/full.gz")
	head -c $((size - 40)) "$T/full.gz" >"$T/cut.txt.gz"
	run --separate-stderr "$N" "$T/cut.txt.gz"
	[ "$status" -eq 2 ]
	[ "$stderr" = "normalize: $T/cut.txt.gz: unexpected end of file (truncated gzip input)" ]
	n=${#lines[@]}
	[ "$n" -gt 0 ]
	[ "$n" -lt 400 ]
	# Every record written is whole and in order.
	printf '%s\n' "${lines[@]}" | jq -r .id | awk -F: '$2 != NR { exit 1 }'
	[ "$(printf '%s\n' "${lines[$((n - 1))]}" | jq -r .text)" = \
	    "第${n}篇虚构报道:某公司第${n}季度营收同比增长${n}%,净利润同比下降。" ]
	# A truncated GB18030 file too: the decoder passes the error on.
	for i in $(seq 1 400); do
		echo "第${i}篇虚构报道：营收同比增长${i}％。"
	done | iconv -f UTF-8 -t GB18030 | gzip -9 >"$T/gb.gz"
	head -c 1000 "$T/gb.gz" >"$T/gbcut.gz"
	run --separate-stderr "$N" "$T/gbcut.gz"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"truncated gzip input"* ]]
}

@test "several operands: a missing one is reported, the others read (exit 2)" {
	printf '第一个文件里的一篇虚构报道，长度足够而且有句号。\n' >"$T/a.txt"
	printf '第二个文件里的另一篇虚构报道，也有句号结尾。\n' >"$T/b.txt"
	run --separate-stderr "$N" "$T/a.txt" "$T/missing.txt" "$T/b.txt"
	[ "$status" -eq 2 ]
	[ "$stderr" = "normalize: $T/missing.txt: No such file or directory" ]
	[ "$(printf '%s\n' "${lines[@]}" | jq -r .id | tr '\n' ' ')" = "a.txt:1 b.txt:1 " ]
	printf 'stdin里的一篇虚构报道，也足够长，有句号。\n' |
	    "$N" - | jq -e '.id == "stdin:1"'
}

@test "--rejects and --strict on mostly-invalid documents" {
	printf '好的一篇虚构报道，长度足够而且有句号。\n\xff\xfe\xfd\xfc\xfb\n又一篇虚构报道，也是好的，有句号。\n' >"$T/in.txt"
	run --separate-stderr "$N" --rejects "$T/rej" "$T/in.txt"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 2 ]
	printf '\xff\xfe\xfd\xfc\xfb\n' | cmp - "$T/rej"
	[[ "$stderr" == *"in.txt:2: mostly invalid characters (5 U+FFFD); skipped"* ]]
	run --separate-stderr "$N" --strict "$T/in.txt"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "$stderr" == *"stopping at the first bad record (--strict)"* ]]
}

make_warc() {	# make_warc FILE [--gzip]
	"$ROOT/scripts/mkwarc" $2 >"$1" <<'SPEC'
@@ warcinfo
software: mkwarc
@@ conversion id=wet1 uri=http://news.example.test/a ctype=text/plain
首页
虚构的晨光存储周一公布，第三季度营收为１２．８亿元，同比增长２１％。
返回顶部
@@ response id=html1 uri=http://news.example.test/b http=text/html;%20charset=gbk encode=gbk date=2024-02-03T10:00:00Z
<html><head><title>晨光存储财报 &amp; 点评</title><script>var x = "<p>不要</p>";</script><style>p { color: red }</style></head>
<body><div class="nav">首页 | 财经 | 科技</div>
<p>晨光存储表示，存储芯片需求回暖，预计第四季度<b>营收</b>环比增长１０％以上。</p>
<p>分析师认为，公司全年营收有望超过４５亿元人民币。</p>
<div>Copyright 2024 版权所有</div></body></html>
@@ response id=img1 uri=http://news.example.test/logo.png http=image/png
PNG bytes that are not text
@@ request id=req1 uri=http://news.example.test/b
GET /b HTTP/1.1
@@ conversion id=bad1 length=x
这个记录的长度头是坏的，读者应当跳过它并在下一条记录重新同步。
@@ response id=big5page uri=http://news.example.test/tw http=text/html encode=big5
<html><head><meta charset="big5"></head><body><p>臺積電公布１月營收同比增長８％，約合新臺幣２１５８億元。</p></body></html>
@@ conversion id=wet2 uri=http://news.example.test/c
另一篇虚构报道：某公司完成３亿元Ｂ轮融资，资金将用于车规级芯片研发。
SPEC
}

@test "warc: conversion and response records, chrome lines, a corrupt record" {
	make_warc "$T/t.warc"
	run --separate-stderr "$N" --from warc "$T/t.warc"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 4 ]
	[ "${lines[0]}" = '{"id":"urn:test:wet1","text":"虚构的晨光存储周一公布,第三季度营收为12.8亿元,同比增长21%。","url":"http://news.example.test/a","date":"2024-01-31"}' ]
	[ "${lines[1]}" = '{"id":"urn:test:html1","text":"晨光存储表示,存储芯片需求回暖,预计第四季度营收环比增长10%以上。 分析师认为,公司全年营收有望超过45亿元人民币。","url":"http://news.example.test/b","date":"2024-02-03","title":"晨光存储财报 & 点评","encoding":"gb18030"}' ]
	[ "${lines[2]}" = '{"id":"urn:test:big5page","text":"臺積電公布1月營收同比增長8%,約合新臺幣2158億元。","url":"http://news.example.test/tw","date":"2024-01-31","encoding":"big5"}' ]
	[ "$(echo "${lines[3]}" | jq -r .id)" = urn:test:wet2 ]
	off=$(grep -abo 'WARC-Record-ID: <urn:test:bad1>' "$T/t.warc" | cut -d: -f1)
	start=$(grep -abo '^WARC/1.0' "$T/t.warc" | cut -d: -f1 |
	    awk -v o="$off" '$1 < o { s = $1 } END { print s }')
	[ "$stderr" = "normalize: $T/t.warc: byte $start: bad WARC record: invalid Content-Length" ]
	# --keep-all keeps the chrome lines of the page.
	"$N" --from warc --keep-all "$T/t.warc" 2>/dev/null |
	    jq -r 'select(.id == "urn:test:wet1") | .text' | grep -q '^首页 .* 返回顶部$'
}

@test "warc: per-record gzip members read alike; idempotent with --from jsonl" {
	make_warc "$T/t.warc"
	make_warc "$T/t.warc.gz" --gzip
	"$N" --from warc "$T/t.warc" >"$T/plain" 2>/dev/null || true
	run "$N" --from warc "$T/t.warc.gz"
	[ "$status" -eq 1 ]
	printf '%s\n' "${lines[@]}" | grep '^{' | cmp - "$T/plain"
	"$N" --from jsonl "$T/plain" | cmp - "$T/plain"
}

@test "warc: a truncated file and a bad version line" {
	"$ROOT/scripts/mkwarc" >"$T/cut.warc" <<'SPEC'
@@ conversion id=ok1
第一条记录完整，是一篇足够长的虚构报道，有句号。
@@ conversion id=v9 version=WARC/9.9
版本不对的记录，应当被跳过，然后读者重新同步。
@@ conversion id=ok2
第三条记录完整，也是一篇足够长的虚构报道，有句号。
@@ conversion id=cut cut=150
被截断的最后一条记录，内容不完整，不能写出来，只能报告。
SPEC
	run --separate-stderr "$N" --from warc "$T/cut.warc"
	[ "$status" -eq 1 ]
	[ "$(printf '%s\n' "${lines[@]}" | jq -r .id | tr '\n' ' ')" = "urn:test:ok1 urn:test:ok2 " ]
	[[ "$stderr" == *"bad WARC record: unsupported WARC version"* ]]
	[[ "$stderr" == *"bad WARC record: truncated record"* ]]
	# A gzip cut inside a member: what came before, then exit 2.
	make_warc "$T/g.warc.gz" --gzip
	size=$(stat -c %s "$T/g.warc.gz")
	head -c $((size - 30)) "$T/g.warc.gz" >"$T/gcut.warc.gz"
	run --separate-stderr "$N" --from warc "$T/gcut.warc.gz"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"truncated gzip input"* ]]
	[ "${#lines[@]}" -ge 2 ]
}

@test "warc: chunked and gzip-compressed HTTP payloads" {
	"$ROOT/scripts/mkwarc" >"$T/te.warc" <<'SPEC'
@@ response id=ch uri=http://x.test/a http=text/html;%20charset=utf-8 te=chunked
<p>分块传输的网页正文，足够长的一句话，有句号。</p>
@@ response id=gz uri=http://x.test/b http=text/html ce=gzip
<p>压缩传输的网页正文，也是足够长的一句话，有句号。</p>
@@ response id=both uri=http://x.test/c http=text/html ce=gzip te=chunked encode=gb18030
<p>既压缩又分块还是国标编码的网页，足够长，有句号。</p>
@@ response id=cut uri=http://x.test/d http=text/html te=chunked length=90
<p>内容长度在分块中间截断的记录，读者应报告它。</p>
SPEC
	run --separate-stderr "$N" --from warc "$T/te.warc"
	[ "$status" -eq 1 ]
	[ "$(printf '%s\n' "${lines[@]}" | jq -r .text | tr '\n' '|')" = \
	    "分块传输的网页正文,足够长的一句话,有句号。|压缩传输的网页正文,也是足够长的一句话,有句号。|既压缩又分块还是国标编码的网页,足够长,有句号。|" ]
	[[ "$stderr" == *"bad HTTP payload (chunked or compressed); skipped"* ]]
}

make_arc() {	# make_arc FILE [MKARC-OPTION]...
	local f=$1
	shift
	"$ROOT/scripts/mkarc" "$@" >"$f" <<'SPEC'
@@ http://news.example.test/2004/a.html http=text/html;%20charset=gbk encode=gbk date=20040302101500
<html><head><title>晨光存储财报</title></head><body><p>虚构的晨光存储表示，存储芯片需求回暖，预计第四季度营收环比增长１０％以上。</p></body></html>
@@ http://news.example.test/2004/b.html http=text/html length=12
<p>长度写错的记录：读者应当报告它的字节偏移。</p>
@@ http://news.example.test/2004/c.txt http=text/plain date=20040303000000
虚构的另一篇报道：某公司完成３亿元Ｂ轮融资，资金将用于车规级芯片研发。
SPEC
}

@test "arc: FILE:OFFSET ids; a file and its per-record gzip read alike" {
	make_arc "$T/crawl.arc"
	mkdir -p "$T/gz"
	make_arc "$T/gz/crawl.arc.gz" --gzip
	run --separate-stderr "$N" --from arc "$T/crawl.arc"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 2 ]
	a=$(grep -abo '^http://news.example.test/2004/a.html ' "$T/crawl.arc" | cut -d: -f1)
	b=$(grep -abo '^http://news.example.test/2004/b.html ' "$T/crawl.arc" | cut -d: -f1)
	c=$(grep -abo '^http://news.example.test/2004/c.txt ' "$T/crawl.arc" | cut -d: -f1)
	[ "${lines[0]}" = "{\"id\":\"crawl.arc:$a\",\"text\":\"虚构的晨光存储表示,存储芯片需求回暖,预计第四季度营收环比增长10%以上。\",\"url\":\"http://news.example.test/2004/a.html\",\"date\":\"2004-03-02\",\"title\":\"晨光存储财报\",\"encoding\":\"gb18030\"}" ]
	[ "$(echo "${lines[1]}" | jq -r '.id + " " + .date')" = "crawl.arc:$c 2004-03-03" ]
	[ "$stderr" = "normalize: $T/crawl.arc: byte $b: bad ARC record: wrong length: 12 bytes do not end at the next record header" ]
	# The gzip copy: the same records, the same ids.
	run --separate-stderr "$N" --from arc "$T/gz/crawl.arc.gz"
	[ "$status" -eq 1 ]
	printf '%s\n' "${lines[@]}" | cmp - <("$N" --from arc "$T/crawl.arc" 2>/dev/null)
	[[ "$stderr" == *"byte $b: bad ARC record: wrong length"* ]]
	# --strict stops at the bad record, after the first document.
	run --separate-stderr "$N" --from arc --strict "$T/crawl.arc"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 1 ]
}

@test "arc: several operands, a WARC given as ARC, a cut gzip member" {
	make_arc "$T/a.arc" --v2
	make_warc "$T/w.warc"
	run --separate-stderr "$N" --from arc --verbose "$T/a.arc" "$T/w.warc" "$T/a.arc"
	[ "$status" -eq 1 ]
	[ "${#lines[@]}" -eq 4 ]
	[ "$(printf '%s\n' "${lines[@]}" | jq -r .id | sort -u | wc -l)" -eq 2 ]
	[[ "$stderr" == *"normalize: $T/w.warc: byte 0: bad ARC record: expected an ARC header line (URL IP DATE TYPE LENGTH)"* ]]
	[[ "$stderr" == *"normalize: 9 records: 0 conversion, 4 response, 0 resource, 0 revisit, 0 request, 0 metadata, 2 warcinfo, 0 other; 0 skipped non-text, 3 bad"* ]]
	# A gzip cut inside its last member: what came before, then exit 2.
	make_arc "$T/g.arc.gz" --gzip
	size=$(stat -c %s "$T/g.arc.gz")
	head -c $((size - 30)) "$T/g.arc.gz" >"$T/gcut.arc.gz"
	run --separate-stderr "$N" --from arc "$T/gcut.arc.gz"
	[ "$status" -eq 2 ]
	[[ "$stderr" == *"truncated gzip input"* ]]
	[ "${#lines[@]}" -eq 1 ]
}

@test "golden archive inputs are what tests/golden/mkarchives.sh writes" {
	sh "$ROOT/tests/golden/mkarchives.sh" "$T/arch"
	for f in "$T"/arch/*.in; do
		cmp "$f" "$ROOT/tests/golden/normalize/$(basename "$f")"
	done
	[ "$(ls "$T"/arch/*.in | wc -l)" -eq 7 ]
}

@test "help, version and bad usage" {
	run "$N" --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"--from=MODE"* ]]
	[[ "$output" == *"16 bytes per distinct document"* ]]
	run "$N" --version
	[ "$status" -eq 0 ]
	run "$N" --min-chars x
	[ "$status" -eq 2 ]
	run "$N" --form nfd
	[ "$status" -eq 2 ]
}

@test "output does not depend on the locale" {
	LC_ALL=C "$N" "$SAMPLE" >"$T/c"
	LC_ALL=C.UTF-8 "$N" "$SAMPLE" >"$T/u"
	cmp "$T/c" "$T/u"
}

@test "--encoding given twice: the last wins, nothing leaks (ASan build)" {
	printf '台积电第三季度营收同比增长三成，超出市场预期。\n' |
	    iconv -f utf-8 -t gb18030 >"$T/gb.txt"
	run "$N" --encoding utf-8 --encoding gb18030 "$T/gb.txt"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 1 ]
	[[ "${lines[0]}" == *'"text":"台积电第三季度营收同比增长三成,超出市场预期。"'* ]]
	run "$N" --encoding gbk --encoding auto "$T/gb.txt"
	[ "$status" -eq 0 ]
	[[ "${lines[0]}" == *'"text":"台积电第三季度营收同比增长三成,超出市场预期。"'* ]]
}
