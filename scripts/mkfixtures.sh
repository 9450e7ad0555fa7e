#!/bin/sh
# mkfixtures.sh -- build the binary input fixtures of the robustness tests at
# test time, so that no binary file is committed.
#
# usage: mkfixtures.sh DIR [--big]
#
# Writes into DIR (created if needed):
#   plain.jsonl         RECORDS good records {"id","text"} with Chinese text
#   plain.jsonl.gz      the same, gzip
#   two-member.gz       the same split in two gzip members, concatenated
#   empty               0 bytes
#   empty.gz            gzip of empty input
#   truncated.gz        plain.jsonl.gz cut to half its size (head -c)
#   corrupt.gz          two-member.gz with the first byte of the second
#                       member's deflate data overwritten (dd conv=notrunc)
#                       by 0xff, an invalid block type: the first member's
#                       records decode, then inflate fails
#   header-only.gz      the first 5 bytes of a gzip file
#   trailing-garbage.gz plain.jsonl.gz followed by non-gzip bytes
# and with --big:
#   big.jsonl           a record whose text is 100,000,000 'a' between two
#                       normal records
#
# RECORDS defaults to 3000 (about 300 KB of JSON Lines).  Tests of write
# errors and SIGPIPE need more output than a pipe holds, and the filters
# widen their stdout pipe to 1 MiB: tests/cli/robust.bats asks for 30000.
set -eu

dir=${1:?usage: mkfixtures.sh DIR [--big]}
big=${2:-}
n=${RECORDS:-3000}
mkdir -p "$dir"
cd "$dir"

# Deterministic text that differs from record to record, so the gzip data
# is not one repeated block and a cut lands inside real deflate output.
awk -v n="$n" 'BEGIN {
	split("星海科技 东岭半导体 云帆汽车 南湖银行 北辰能源", co, " ");
	split("营业收入 净利润 出货量 研发投入 毛利率", m, " ");
	for (i = 1; i <= n; i++) {
		c = co[i % 5 + 1]; k = m[int(i / 5) % 5 + 1];
		printf("{\"id\":\"t:%d\",\"text\":\"%s公司第%d季度%s" \
		    "同比增长%d.%d%%，约合人民币%d亿元。分析师表示，" \
		    "前景仍需观察。\"}\n", i, c, i % 4 + 1, k,
		    (i * 7) % 50, i % 10, (i * 13) % 997 + 1);
	}
}' >plain.jsonl

gzip -9 -n -c plain.jsonl >plain.jsonl.gz

half=$((n / 2))
head -n "$half" plain.jsonl | gzip -n -c >two-member.gz
tail -n +"$((half + 1))" plain.jsonl | gzip -n -c >>two-member.gz

: >empty
gzip -n -c <empty >empty.gz

size=$(wc -c <plain.jsonl.gz)
head -c "$((size / 2))" plain.jsonl.gz >truncated.gz

# A corruption in the middle of the deflate data is usually only caught by
# the CRC at the end of the member, after the damaged text has been decoded;
# a bad block header fails at once, which makes the expected output exact.
cp two-member.gz corrupt.gz
first=$(head -n "$half" plain.jsonl | gzip -n -c | wc -c)
printf '\377' |
    dd of=corrupt.gz bs=1 seek="$((first + 10))" conv=notrunc 2>/dev/null

head -c 5 plain.jsonl.gz >header-only.gz

cp plain.jsonl.gz trailing-garbage.gz
printf 'this is not gzip data\n' >>trailing-garbage.gz

if [ "$big" = --big ]; then
	{
		printf '{"id":"t:1","text":"前一条记录。"}\n'
		printf '{"id":"t:2","text":"'
		head -c 100000000 /dev/zero | tr '\0' a
		printf '"}\n'
		printf '{"id":"t:3","text":"后一条记录。"}\n'
	} >big.jsonl
fi
