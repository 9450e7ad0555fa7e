#!/bin/sh
# mkseed-arc.sh -- rebuilds the seed corpus of fuzz_arc with scripts/mkarc.
# Each seed is one control byte (see archive_fuzz.h) followed by an ARC
# stream.
# usage: sh tests/fuzz/mkseed-arc.sh   (from the top of the tree)
set -eu
dir=tests/fuzz/corpus/fuzz_arc
mkdir -p "$dir"

# seed NAME CONTROL-BYTE-IN-OCTAL [MKARC-OPTION]... < SPEC
seed() {
	name=$1 ctl=$2
	shift 2
	{ printf "\\$ctl"; python3 scripts/mkarc "$@"; } >"$dir/$name"
}

seed v1 003 <<'S'
@@ http://news.example/a http=text/html;%20charset=utf-8
<html><head><title>公告</title></head><body><p>央行宣布下调存款准备金率。</p></body></html>
@@ dns:news.example ctype=text/dns
20040131080000
news.example. 300 IN A 192.0.2.9
S

seed v2-gzip 047 --v2 --gzip <<'S'
@@ http://news.example/gb http=text/html encode=gb18030
<p>营业收入增长百分之十二。</p>
@@ http://news.example/b http=text/plain date=20040229235959
第二篇。
S

seed bad-lengths 013 <<'S'
@@ http://news.example/short http=text/html length=20
<p>长度写短了的记录。</p>
@@ http://news.example/ok http=text/html
<p>好的记录。</p>
@@ http://news.example/long http=text/html length=400
<p>长度写长了的记录。</p>
@@ http://news.example/after http=text/html
<p>后面的记录。</p>
@@ http://news.example/cut http=text/html cut=90
<p>被截断的最后一条记录。</p>
S

seed over-cap 000 --no-filedesc <<'S'
@@ http://news.example/big ctype=text/plain
这条记录比六十四字节的上限更长，所以应当被跳过而不是读入内存。
@@ http://news.example/small ctype=text/plain
短。
S

{ printf '\027'; printf 'junk before\n\n'
python3 scripts/mkarc --no-filedesc <<'S'
@@ http://news.example/a%20b.html ctype=text/plain
空格在网址里。
S
python3 scripts/mkarc --v2 --name second.arc <<'S'
@@ http://news.example/v2 ctype=text/plain
第二个文件。
S
printf 'filedesc://x.arc 0.0.0.0 20040131080000 text/plain 8\n9 0 x\n\n\n'
printf 'trailing junk without newline'; } >"$dir/junk-and-versions"
