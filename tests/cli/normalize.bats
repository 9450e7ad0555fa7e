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

@test "--traditional: Simplified to Traditional, one character for one; round trip; idempotent" {
	# Fictional.  发布 and 尽管 are converted by context (發佈, 儘管), 布
	# alone stays.
	cat >"$T/simp.txt" <<-'EOF'
	鸿海发布公告称，尽管第四季度营收下降，董事会仍决定派发现金股利３元。
	汇丰控股周二公布业绩，棉布价格走低，股价上涨２．５％。
	EOF
	run -0 "$N" --traditional "$T/simp.txt"
	[ "${lines[0]}" = '{"id":"simp.txt:1","text":"鴻海發佈公告稱,儘管第四季度營收下降,董事會仍決定派發現金股利3元。"}' ]
	[ "${lines[1]}" = '{"id":"simp.txt:2","text":"匯豐控股週二公佈業績,棉布價格走低,股價上漲2.5%。"}' ]
	# Offsets stay: each text as long as without --traditional.
	"$N" "$T/simp.txt" | jq -r '.text | length' >"$T/n1"
	"$N" --traditional "$T/simp.txt" | jq -r '.text | length' >"$T/n2"
	cmp "$T/n1" "$T/n2"
	# Idempotent, and --simplified brings these texts back.
	"$N" --traditional "$T/simp.txt" >"$T/trad.jsonl"
	"$N" --from jsonl --traditional "$T/trad.jsonl" | cmp - "$T/trad.jsonl"
	"$N" --from jsonl --simplified "$T/trad.jsonl" >"$T/back.jsonl"
	run -0 jq -r .text "$T/back.jsonl"
	[ "${lines[0]}" = "鸿海发布公告称,尽管第四季度营收下降,董事会仍决定派发现金股利3元。" ]
	[ "${lines[1]}" = "汇丰控股周二公布业绩,棉布价格走低,股价上涨2.5%。" ]
}

@test "--traditional and --simplified together are a usage error (exit 2)" {
	echo '台积电发布财报，营收同比增长。' >"$T/one.txt"
	run -2 --separate-stderr "$N" --traditional --simplified "$T/one.txt"
	[ -z "$output" ]
	[ "$stderr" = "normalize: --simplified and --traditional exclude each other
Try 'normalize --help' for more information." ]
	run -2 --separate-stderr "$N" --simplified --traditional "$T/one.txt"
	[ -z "$output" ]
	# Either one twice is no conflict.
	run -0 "$N" --traditional --traditional "$T/one.txt"
	[ "$output" = '{"id":"one.txt:1","text":"台積電發佈財報,營收同比增長。"}' ]
	"$N" --help | grep -q -- '--traditional'
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
	[[ "$output" == *"date_source"* ]]
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

# --- the document's date (issue 15) -----------------------------------------

@test "date: an input field wins, then the URL, a dateline, --date; date_source says which" {
	cat >"$T/in.jsonl" <<'JSON'
{"id":"a","url":"https://news.example.test/2024/01/30/c_881.htm","text":"新华社北京1月29日电 某虚构银行公布年报,净利润增长5%。"}
{"id":"b","url":"https://news.example.test/content_881.htm","text":"新华社北京1月29日电 某虚构银行公布年报,净利润增长5%。"}
{"id":"c","url":"https://news.example.test/content_882.htm","text":"某虚构银行公布年报,净利润增长5%,将于2024年3月15日派息。"}
{"id":"d","date":"2023-12-01","url":"https://news.example.test/2024/01/30/c_883.htm","text":"新华社北京1月29日电 某虚构银行公布年报。"}
{"id":"e","date":null,"text":"(2024-01-28 09:30)某虚构银行公布年报。"}
JSON
	run -0 "$N" --from jsonl --date 2024-02-01 "$T/in.jsonl"
	[ "${lines[0]}" = '{"id":"a","url":"https://news.example.test/2024/01/30/c_881.htm","text":"新华社北京1月29日电 某虚构银行公布年报,净利润增长5%。","date":"2024-01-30","date_source":"url"}' ]
	[ "${lines[1]}" = '{"id":"b","url":"https://news.example.test/content_881.htm","text":"新华社北京1月29日电 某虚构银行公布年报,净利润增长5%。","date":"2024-01-29","date_source":"dateline"}' ]
	# An event date is not a dateline.
	[ "${lines[2]}" = '{"id":"c","url":"https://news.example.test/content_882.htm","text":"某虚构银行公布年报,净利润增长5%,将于2024年3月15日派息。","date":"2024-02-01","date_source":"option"}' ]
	# A "date" field is the record's own, whatever its value.
	[ "${lines[3]}" = '{"id":"d","date":"2023-12-01","url":"https://news.example.test/2024/01/30/c_883.htm","text":"新华社北京1月29日电 某虚构银行公布年报。"}' ]
	[ "${lines[4]}" = '{"id":"e","date":null,"text":"(2024-01-28 09:30)某虚构银行公布年报。"}' ]
	# Without --date, a record with no source gets no date at all.
	run -0 "$N" --from jsonl "$T/in.jsonl"
	[ "${lines[2]}" = '{"id":"c","url":"https://news.example.test/content_882.htm","text":"某虚构银行公布年报,净利润增长5%,将于2024年3月15日派息。"}' ]
	# ... and a dateline without a year has no year to take.
	[ "${lines[1]}" = "$(sed -n 2p "$T/in.jsonl")" ]
	[ "${lines[0]}" = '{"id":"a","url":"https://news.example.test/2024/01/30/c_881.htm","text":"新华社北京1月29日电 某虚构银行公布年报,净利润增长5%。","date":"2024-01-30","date_source":"url"}' ]
}

@test "date: a dateline without a year takes it from the URL's year-month or --date, else none" {
	cat >"$T/in.jsonl" <<'JSON'
{"id":"m1","url":"https://news.example.test/202312/content_9.htm","text":"新华社上海12月30日电 某虚构券商发布年度策略报告。"}
{"id":"m2","url":"https://news.example.test/202401/content_9.htm","text":"新华社上海12月30日电 某虚构券商发布年度策略报告。"}
{"id":"m3","text":"北京时间12月30日凌晨,某虚构芯片公司公布季度财报。"}
{"id":"m4","text":"北京时间1月30日凌晨,某虚构芯片公司公布季度财报。"}
{"id":"m5","text":"新华社上海2月29日电 某虚构券商发布报告。"}
JSON
	run -0 "$N" --from jsonl --date 2024-01-31 "$T/in.jsonl"
	[ "$(printf '%s\n' "${lines[@]}" | jq -r '.id + " " + .date + " " + .date_source')" = "m1 2023-12-30 dateline
m2 2024-01-31 option
m3 2023-12-30 dateline
m4 2024-01-30 dateline
m5 2024-01-31 option" ]
	# m2: the URL's month disagrees, so the dateline gives no date; m5:
	# 29 February before 2024-01-31 would be in 2023, which has none.
	run -0 "$N" --from jsonl "$T/in.jsonl"
	[ "$(printf '%s\n' "${lines[@]}" | jq -r '.id + " " + (.date // "-")')" = "m1 2023-12-30
m2 -
m3 -
m4 -
m5 -" ]
}

@test "date: datelines in line input, full-width under --form nfc, event dates left alone" {
	cat >"$T/news.txt" <<'TXT'
【虚构财经网2023年09月22日讯】某虚构电池企业宣布扩产,新增产能20GWh。
2023-09-22 10:23:00 来源:虚构证券报 某虚构电池企业宣布扩产,新增产能20GWh。
发布时间:2023年9月22日 某虚构电池企业宣布扩产,新增产能20GWh。
某虚构电池企业定于2023年10月8日 14:30召开发布会,介绍扩产计划。
某虚构电池企业宣布扩产。2023年9月22日电 新增产能20GWh。
虚构日报9月22日电话会议纪要:某虚构电池企业宣布扩产,新增产能20GWh。
（２０２３－０９－２２　１０：２３）某虚构电池企业宣布扩产，新增产能２０ＧＷｈ。
TXT
	run -0 "$N" --keep-all "$T/news.txt"
	[ "$(printf '%s\n' "${lines[@]}" | jq -r '(.date // "-") + " " + (.date_source // "-")')" = "2023-09-22 dateline
2023-09-22 dateline
2023-09-22 dateline
- -
- -
- -
2023-09-22 dateline" ]
	run -0 "$N" --keep-all --form nfc "$T/news.txt"
	[ "$(echo "${lines[6]}" | jq -r '.text[0:11] + " " + .date')" = "（２０２３－０９－２２ 2023-09-22" ]
}

@test "date: Last-Modified wins over the WARC-Date when not later; the WARC-Date over URL and dateline" {
	"$ROOT/scripts/mkwarc" >"$T/d.warc" <<'SPEC'
@@ response id=lm uri=http://news.example.test/x http=text/html lastmod=Tue,%2030%20Jan%202024%2022:10:00%20GMT date=2024-02-03T10:00:00Z
<html><head><title>虚构标题</title></head><body><p>某虚构物流公司一月货运量同比增长12%,创同期新高。</p></body></html>
@@ response id=late uri=http://news.example.test/y http=text/html lastmod=Mon,%2005%20Feb%202024%2008:00:00%20GMT date=2024-02-03T10:00:00Z
<p>某虚构物流公司一月货运量同比增长12%,创同期新高。</p>
@@ response id=epoch uri=http://news.example.test/z http=text/html lastmod=Thu,%2001%20Jan%201970%2000:00:00%20GMT date=2024-02-03T10:00:00Z
<p>某虚构物流公司一月货运量同比增长12%,创同期新高。</p>
@@ conversion id=wet uri=http://news.example.test/2023/12/01/a.htm date=2024-02-03T10:00:00Z
新华社北京1月15日电 某虚构物流公司一月货运量同比增长12%,创同期新高。
SPEC
	run -0 --separate-stderr "$N" --from warc "$T/d.warc"
	[ "${lines[0]}" = '{"id":"urn:test:lm","text":"某虚构物流公司一月货运量同比增长12%,创同期新高。","url":"http://news.example.test/x","date":"2024-01-30","date_source":"http","title":"虚构标题"}' ]
	[ "$(printf '%s\n' "${lines[@]:1}" | jq -r '.id + " " + .date + " " + (.date_source // "-")')" = "urn:test:late 2024-02-03 -
urn:test:epoch 2024-02-03 -
urn:test:wet 2024-02-03 -" ]
}

@test "date: an ARC record with a bad date falls back to its URL" {
	"$ROOT/scripts/mkarc" >"$T/d.arc" <<'SPEC'
@@ http://news.example.test/2004/03/02/a.html http=text/html date=20041399101500
<p>某虚构钢铁公司三月粗钢产量同比下降4%,库存继续回落。</p>
SPEC
	run -0 --separate-stderr "$N" --from arc "$T/d.arc"
	[ "$(echo "${lines[0]}" | jq -r '.date + " " + .date_source')" = "2004-03-02 url" ]
}
