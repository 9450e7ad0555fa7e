#!/bin/sh
# mkseed-warc.sh -- rebuilds the seed corpus of fuzz_warc with scripts/mkwarc.
# Each seed is one control byte (see fuzz_warc.c) followed by a WARC stream.
# usage: sh tests/fuzz/mkseed-warc.sh   (from the top of the tree)
set -eu
dir=tests/fuzz/corpus/fuzz_warc
mkdir -p "$dir"

# seed NAME CONTROL-BYTE-IN-OCTAL [--gzip] < SPEC
seed() {
	name=$1 ctl=$2
	shift 2
	{ printf "\\$ctl"; python3 scripts/mkwarc "$@"; } >"$dir/$name"
}

seed conversion 003 <<'S'
@@ warcinfo
software: mkwarc
@@ conversion uri=http://news.example/a ctype=text/plain
央行今日宣布下调存款准备金率0.5个百分点。
第二段：市场反应平稳。
@@ conversion uri=http://news.example/b
S

seed html-gb18030 013 <<'S'
@@ response uri=http://news.example/gb http=text/html;%20charset=gb18030 encode=gb18030
<html><head><title>公司公告</title></head><body><p>本公司营业收入增长百分之十二。</p><script>x<y</script></body></html>
S

seed chunked-gzip 043 <<'S'
@@ response uri=http://news.example/c http=text/html ce=gzip te=chunked
<html><head><meta charset="utf-8"><title>标题</title></head><body><div>股价上涨&amp;成交量放大&#x3002;</div></body></html>
S

seed bad-records 023 <<'S'
@@ conversion length=x
这条记录的长度无效。
@@ conversion version=WARC/0.9
版本不对。
@@ conversion
好的一条。
@@ conversion cut=60
被截断的最后一条记录。
S

seed big5-plain 027 <<'S'
@@ response uri=http://news.example/tw http=text/plain;%20charset=big5 encode=big5
臺灣證券交易所公布月營收。
S

seed over-cap 000 <<'S'
@@ conversion
这条记录比六十四字节的上限更长，所以应当被跳过而不是读入内存。
@@ conversion
短。
S

seed utf16 037 <<'S'
@@ conversion ctype=text/plain;%20charset=utf-16 encode=utf-16
人民币汇率中间价报7.10。
S

{ printf '\073'; printf 'junk before\r\n\r\n'; python3 scripts/mkwarc <<'S'
@@ request uri=http://news.example/r
GET / HTTP/1.1
@@ response uri=dns:example http=text/html
not http at all
@@ resource uri=http://news.example/img ctype=image/png
PNG
S
printf 'trailing junk without newline'; } >"$dir/junk-and-types"
