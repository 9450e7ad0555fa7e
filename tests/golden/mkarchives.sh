#!/bin/sh
# mkarchives.sh -- writes the archive inputs of the normalize golden cases
# (ARC and WARC files made by scripts/mkarc and scripts/mkwarc from the
# specs below) into DIR, tests/golden/normalize by default.  The committed
# .in files are its output: tests/cli/normalize.bats checks that they
# still are.  The texts are fictional.
# usage: sh tests/golden/mkarchives.sh [DIR]   (from anywhere)
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-$top/tests/golden/normalize}
mkdir -p "$dir"
arc() { python3 "$top/scripts/mkarc" "$@"; }
warc() { python3 "$top/scripts/mkwarc" "$@"; }

# ARC v1: an HTML page with site chrome, a dns: record, an image, a text
# file; --verbose counts them.
arc --name crawl-2004.arc >"$dir/arc-v1.in" <<'S'
@@ http://news.example.test/2004/0215/a.html http=text/html;%20charset=utf-8 date=20040215103000 ip=192.0.2.10
<html><head><title>星海电子发布年度业绩</title></head><body>
<div class="nav">首页 | 财经 | 公司</div>
<p>虚构的星海电子周一公布，２００３年全年营收为３６．５亿元，同比增长１８％。</p>
<p>公司表示，液晶面板出货量创下新高，预计今年一季度净利润将超过２亿元。</p>
</body></html>
@@ dns:news.example.test ctype=text/dns date=20040215103001
20040215103001
news.example.test. 3600 IN A 192.0.2.10
@@ http://news.example.test/logo.gif http=image/gif
GIF89a, not really an image
@@ http://news.example.test/2004/0216/b.txt http=text/plain date=20040216090000
虚构的东岭钢铁称，二月上旬钢材出口量环比下降约１２％，但订单已经排到四月。
S

# ARC v2, one gzip member a record; a chunked, gzip-compressed payload.
arc --v2 --gzip --name crawl-2005.arc >"$dir/arc-v2-gzip.in" <<'S'
@@ http://money.example.test/2005/0301/c.html http=text/html;%20charset=utf-8 date=20050301080000
<html><head><title>南湾银行一季度放贷</title></head><body><p>虚构的南湾银行称，一季度新增贷款约４２０亿元，其中小微企业贷款占比接近三成。</p></body></html>
@@ http://money.example.test/2005/0302/d.html http=text/html ce=gzip te=chunked date=20050302080000
<html><body><p>虚构的北岸能源宣布以每股８．６元配售新股，募资不超过１５亿元，用于风电项目建设。</p></body></html>
S

# A truncated last record: the two before it are written.
arc --name cut.arc >"$dir/arc-truncated.in" <<'S'
@@ http://news.example.test/2004/0301/e.html http=text/html date=20040301120000
<p>虚构的青禾乳业三月一日公告，拟投资５．２亿元新建一座年产十万吨的液态奶工厂。</p>
@@ http://news.example.test/2004/0302/f.html http=text/html date=20040302120000
<p>虚构的远帆航运表示，受运价上涨带动，一月份营业收入同比增长约４０％。</p>
@@ http://news.example.test/2004/0303/g.html http=text/html date=20040303120000 cut=200
<p>虚构的被截断的最后一条报道，它的内容不完整，不应当被写出。</p>
S

# Wrong lengths: one too short, one too long (reaching into the next
# record's header); the records after each are read all the same.
arc --name lengths.arc >"$dir/arc-wrong-length.in" <<'S'
@@ http://news.example.test/2004/0401/h.html http=text/html date=20040401100000
<p>虚构的金石证券四月一日称，一季度经纪业务收入同比增长２５％，达到３．８亿元。</p>
@@ http://news.example.test/2004/0402/i.html http=text/html date=20040402100000 length=60
<p>长度写短了的记录：虚构的某公司营收增长１０％。</p>
@@ http://news.example.test/2004/0403/j.html http=text/html date=20040403100000
<p>虚构的华岳水泥表示，华东地区水泥均价较年初上涨约１５元每吨，销量保持平稳。</p>
@@ http://news.example.test/2004/0404/k.html http=text/html date=20040404100000 length=200
<p>长度写长了的记录：虚构的某公司利润下降５％。</p>
@@ http://news.example.test/2004/0405/l.html http=text/html date=20040405100000
<p>虚构的临川电力四月五日公告，上调全年发电量目标至２１０亿千瓦时，增幅约８％。</p>
S

# A GB2312 page that says so only in its meta tag.
arc --name gb.arc >"$dir/arc-gb2312.in" <<'S'
@@ http://finance.example.test/2004/0501/m.html http=text/html encode=gb2312 date=20040501093000
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>长江化纤年报</title></head>
<body><p>虚构的长江化纤公布年报，去年实现净利润１．４亿元，比上年增长百分之三十二。</p></body></html>
S

# WARC resource records: HTML (charset from the record's Content-Type),
# plain text, XHTML, an image; beside a conversion record.
warc >"$dir/warc-resource.in" <<'S'
@@ warcinfo
software: mkwarc
@@ resource id=res1 uri=http://news.example.test/r1.html ctype=text/html;%20charset=gb18030 encode=gb18030
<html><head><title>白塔汽车销量</title></head><body><p>虚构的白塔汽车五月销量为３．２万辆，同比增长１１％，新能源车型占比首次超过两成。</p></body></html>
@@ resource id=res2 uri=http://news.example.test/r2.txt ctype=text/plain date=2024-06-02T08:00:00Z
虚构的云岭药业称，一款降压新药获批上市，预计明年贡献收入约６亿元。
@@ resource id=res3 uri=http://news.example.test/r3.xhtml ctype=application/xhtml+xml
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>虚构的海川物流宣布，全年快递业务量有望突破１５亿件，同比增长约２０％。</p></body></html>
@@ resource id=res4 uri=http://news.example.test/chart.png ctype=image/png
PNG, not text
@@ conversion id=conv1 uri=http://news.example.test/c1 ctype=text/plain
虚构的松涛纸业表示，浆价回落使二季度毛利率回升至１８．５％。
S

# A revisit is counted, not written; so are request, metadata, warcinfo
# and a type of no use here.
warc >"$dir/warc-revisit.in" <<'S'
@@ warcinfo
software: mkwarc
@@ request id=req1 uri=http://news.example.test/v.html
GET /v.html HTTP/1.1
@@ response id=resp1 uri=http://news.example.test/v.html http=text/html;%20charset=utf-8
<html><body><p>虚构的银河半导体宣布，第二季度晶圆出货量环比增长９％，产能利用率回到八成以上。</p></body></html>
@@ revisit id=rev1 uri=http://news.example.test/v.html date=2024-02-01T08:00:00Z http=text/html;%20charset=utf-8
@@ metadata id=meta1 uri=http://news.example.test/v.html ctype=application/warc-fields
outlinks: http://news.example.test/w.html
@@ continuation id=cont1 uri=http://news.example.test/v.html
the rest of a segmented record
S
