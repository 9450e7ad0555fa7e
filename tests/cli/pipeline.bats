#!/usr/bin/env bats
# The whole pipeline: shard equivalence (what Hadoop Streaming, Spark's
# RDD.pipe and parallel --pipe rely on), nothing lost in the batch driver,
# resumability, and the driver's CSV views read back by libcsv.

setup() {
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	B=$ZP_BIN
	T=$BATS_TEST_TMPDIR
	for t in normalize segment extract-entities extract-numbers to-csv; do
		[ -x "$B/$t" ] || skip "$t is not built"
	done
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	# Documents of our own, varied enough to exercise every filter.
	cat >"$T/news.txt" <<'TXT'
星河半导体公布2024年第三季度业绩，营收为42.6亿元，同比增长18.3%。公司表示，存储芯片价格回升带动毛利率回到29.4%。
三星电子预计第二季度营业利润约为10.4万亿韩元（约合人民币549亿元），同比大增1452%。三星电子股价当日收涨2.1%。
台积电10月营收为3142亿新台币，同比增长29.2%。台积电预计第四季度营收将在261亿美元至269亿美元之间。
英伟达数据中心业务营收达到184亿美元，同比增长409%。分析师王明表示，H100仍然供不应求。
比亚迪10月销量突破50万辆，宁德时代第三季度净利润为131亿元，同比增长25%。
小米集团营收增长百分之十二，利润为二十亿元。雷军表示，公司将继续投入芯片研发。
中芯国际资本支出约75亿美元，较上年同期下降约3成。
TXT
	"$B/normalize" --date 2024-11-01 "$T/news.txt" >"$T/docs.jsonl"
}

# The README's order (issue 15): the extractors see whole documents, then
# segment hands their entities and figures to the sentences.
chain() {
	"$B/extract-entities" | "$B/extract-numbers" | "$B/segment"
}

# The order before it, with sentence-only context; it still works.
chain_old() {
	"$B/segment" | "$B/extract-entities" | "$B/extract-numbers"
}

@test "shards: split -n l/3 then concatenated gives the single run's bytes" {
	chain <"$T/docs.jsonl" >"$T/whole.jsonl"
	[ "$(wc -l <"$T/whole.jsonl")" -ge 10 ]
	(cd "$T" && split -n l/3 docs.jsonl shard.)
	[ "$(ls "$T"/shard.* | wc -l)" -eq 3 ]
	for s in "$T"/shard.*; do
		chain <"$s"
	done >"$T/sharded.jsonl"
	cmp "$T/whole.jsonl" "$T/sharded.jsonl"
	# Every document record a shard of its own: the same bytes again.
	(cd "$T" && split -l 1 docs.jsonl one.)
	for s in "$T"/one.*; do
		chain <"$s"
	done >"$T/ones.jsonl"
	cmp "$T/whole.jsonl" "$T/ones.jsonl"
	# The CSV views of the shards, --no-header after the first, too.
	"$B/to-csv" --facts "$T/whole.jsonl" >"$T/whole.csv"
	first=1
	for s in "$T"/one.*; do
		if [ "$first" = 1 ]; then
			chain <"$s" | "$B/to-csv" --facts
		else
			chain <"$s" | "$B/to-csv" --facts --no-header
		fi
		first=0
	done >"$T/ones.csv"
	cmp "$T/whole.csv" "$T/ones.csv"
	[ "$(wc -l <"$T/whole.csv")" -ge 8 ]
}

@test "shards in the old order (segment first): the single run's bytes" {
	chain_old <"$T/docs.jsonl" >"$T/whole.jsonl"
	[ "$(wc -l <"$T/whole.jsonl")" -ge 10 ]
	(cd "$T" && split -n l/3 docs.jsonl shard.)
	for s in "$T"/shard.*; do
		chain_old <"$s"
	done >"$T/sharded.jsonl"
	cmp "$T/whole.jsonl" "$T/sharded.jsonl"
	# The same sentence rows as the new order; the figures' text too.
	chain <"$T/docs.jsonl" >"$T/new.jsonl"
	jq -c '[.id, .sent, .text, [.numbers[].text]]' "$T/whole.jsonl" >"$T/a"
	jq -c '[.id, .sent, .text, [.numbers[].text]]' "$T/new.jsonl" >"$T/b"
	diff -u "$T/a" "$T/b"
}

@test "shards: parallel --pipe -k, one document per block, same records" {
	chain <"$T/docs.jsonl" >"$T/whole.jsonl"
	export B
	parallel --will-cite --pipe -k -N 1 -j 2 \
	    '"$B/extract-entities" | "$B/extract-numbers" | "$B/segment"' \
	    <"$T/docs.jsonl" >"$T/par.jsonl"
	cmp "$T/whole.jsonl" "$T/par.jsonl"
	# Same ids and values, seen through the CSV view too.
	"$B/to-csv" --explode numbers --fields id,sent,numbers.value,numbers.unit \
	    "$T/whole.jsonl" >"$T/a.csv"
	"$B/to-csv" --explode numbers --fields id,sent,numbers.value,numbers.unit \
	    "$T/par.jsonl" >"$T/b.csv"
	cmp "$T/a.csv" "$T/b.csv"
	grep -qx 'news.txt:1,0,4260000000,CNY' "$T/a.csv"
}

# A directory of mixed inputs: good lines, JSON Lines with two malformed
# records, a truncated gzip, a GB18030 file, a WARC file and an ARC file
# (gzip, a member a record) with a record of a wrong length.
make_mixed() {
	M=$T/mixed
	mkdir -p "$M"
	head -n 3 "$T/news.txt" >"$M/good.txt"
	printf '%s\n' '{"id":"j1","text":"比亚迪10月销量突破50万辆。"}' \
	    '{"id":"j2","text":"坏记录' \
	    '{"id":"j3","text":"宁德时代营收同比下降8%。"}' 'not json' \
	    >"$M/export.jsonl"
	seq 1 3000 | sed 's/$/号文档：小米集团营收增长12%，利润为20亿元。/' |
	    gzip -9n >"$T/full.gz"
	head -c $(($(stat -c %s "$T/full.gz") / 2)) "$T/full.gz" >"$M/cut.txt.gz"
	tail -n 2 "$T/news.txt" | iconv -f utf-8 -t gb18030 >"$M/legacy.txt"
	printf '%s\n' '@@ conversion uri=http://example.com/a id=w1' \
	    '英伟达数据中心营收达到184亿美元，同比增长409%。' \
	    '@@ response uri=http://example.com/b id=w2 http=text/html;%20charset=utf-8' \
	    '<html><body><p>三星电子营业利润为2.8万亿韩元。</p></body></html>' |
	    python3 "$top/scripts/mkwarc" --gzip >"$M/crawl.warc.gz"
	printf '%s\n' '@@ http://example.com/c http=text/html;%20charset=utf-8' \
	    '<html><body><p>台积电10月营收为3142亿新台币，同比增长29.2%。</p></body></html>' \
	    '@@ http://example.com/d http=text/html length=10' \
	    '<p>长度写错的记录。</p>' \
	    '@@ http://example.com/e http=text/plain' \
	    '中芯国际资本支出约75亿美元，较上年同期下降约3成。' |
	    python3 "$top/scripts/mkarc" --gzip >"$M/old.arc.gz"
}

@test "nothing lost: every document is in the output or named in a report" {
	make_mixed
	run "$top/scripts/zhpipe-batch" -q -o "$T/out" "$M"
	[ "$status" -eq 2 ]		# the truncated gzip failed
	O=$T/out
	ids() { "$B/to-csv" --no-header --fields id "$O/records/$1.jsonl" | uniq; }
	key() { local k=${1#./}; echo "${k//\//%}"; }
	# Good lines: all three documents.
	[ "$(ids "$(key "$M/good.txt")")" = "$(printf 'good.txt:%s\n' 1 2 3)" ]
	# JSON Lines: j1 and j3 out, lines 2 and 4 rejected and kept.
	[ "$(ids "$(key "$M/export.jsonl")")" = "$(printf 'j1\nj3')" ]
	grep -q 'export.jsonl:2:' "$O/logs/$(key "$M/export.jsonl").log"
	grep -q 'export.jsonl:4:' "$O/logs/$(key "$M/export.jsonl").log"
	[ "$(wc -l <"$O/rejects/$(key "$M/export.jsonl").normalize")" -eq 2 ]
	# GB18030 and WARC: every document, decoded.
	[ "$(ids "$(key "$M/legacy.txt")" | wc -l)" -eq 2 ]
	grep -q "小米集团" "$O/records/$(key "$M/legacy.txt").jsonl"
	[ "$(ids "$(key "$M/crawl.warc.gz")" | wc -l)" -eq 2 ]
	grep -q '2800000000000' "$O/records/$(key "$M/crawl.warc.gz").jsonl"
	# ARC: the two good records, ids FILE:OFFSET; the bad one named.
	gzip -dc "$M/old.arc.gz" >"$T/old.arc"
	c=$(grep -abo '^http://example.com/c ' "$T/old.arc" | cut -d: -f1)
	d=$(grep -abo '^http://example.com/d ' "$T/old.arc" | cut -d: -f1)
	e=$(grep -abo '^http://example.com/e ' "$T/old.arc" | cut -d: -f1)
	[ "$(ids "$(key "$M/old.arc.gz")")" = "$(printf 'old.arc:%s\n' "$c" "$e")" ]
	grep -q '314200000000' "$O/records/$(key "$M/old.arc.gz").jsonl"
	grep -q "old.arc.gz: byte $d: bad ARC record: wrong length" \
	    "$O/logs/$(key "$M/old.arc.gz").log"
	# The truncated gzip: named as failed, its complete records kept aside.
	[ ! -f "$O/records/$(key "$M/cut.txt.gz").jsonl" ]
	grep -q 'truncated gzip' "$O/logs/$(key "$M/cut.txt.gz").log"
	n=$(wc -l <"$O/failed/$(key "$M/cut.txt.gz").jsonl")
	[ "$n" -gt 100 ] && [ "$n" -lt 3000 ]
	# The counts add up: the summary's documents are the records' ids.
	run "$top/scripts/zhpipe-batch" -o "$T/out" "$M"
	[ "$status" -eq 2 ]
	total=0
	for r in "$O"/records/*.jsonl; do
		total=$((total + $("$B/to-csv" --no-header --fields id "$r" | uniq | wc -l)))
	done
	[[ "$output" == *"inputs 6 (5 already done), documents $total, "* ]]
	[[ "$output" == *"rejected records 2, failed inputs 1"* ]]
	[[ "$output" == *"failed: $M/cut.txt.gz"* ]]
	# One header in each merged CSV; rows = figures in the records.
	[ "$(grep -c '^id,sent,subject' "$O/numbers.csv")" -eq 1 ]
	figs=0
	for r in "$O"/records/*.jsonl; do
		figs=$((figs + $("$B/to-csv" --no-header --explode numbers --fields id "$r" | wc -l)))
	done
	[ "$(($(wc -l <"$O/numbers.csv") - 1))" -eq "$figs" ]
}

@test "resumable: finished inputs are skipped, partial ones redone" {
	mkdir -p "$T/in"
	head -n 2 "$T/news.txt" >"$T/in/a.txt"
	tail -n 2 "$T/news.txt" >"$T/in/b.txt"
	run "$top/scripts/zhpipe-batch" -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	cp "$T/out/numbers.csv" "$T/first.csv"
	# Simulate a run killed while b.txt was in progress.
	rm "$T/out/records/"*b.txt.jsonl
	echo partial >"$T/out/records/.${T//\//%}%in%b.txt.jsonl.part"
	run "$top/scripts/zhpipe-batch" -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	[[ "$output" == *"inputs 2 (1 already done)"* ]]
	cmp "$T/first.csv" "$T/out/numbers.csv"
}

@test "batch --excel: CSV views parse back with libcsv, one header each" {
	run "$top/scripts/zhpipe-batch" -q --excel --date 2024-11-01 \
	    -o "$T/out" "$T/news.txt"
	[ "$status" -eq 0 ]
	for f in numbers entities facts; do
		[ "$(head -c 3 "$T/out/$f.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]
		"$ZP_BUILD/tests/tools/csv2jsonl" <"$T/out/$f.csv" >"$T/$f.rows"
		# Every row has as many cells as the header.
		jq -s -e 'map(length) | unique | length == 1' "$T/$f.rows" >/dev/null
	done
	head -n 1 "$T/numbers.rows" | grep -q '"subject","metric","period","kind","value"'
	grep -q '"news.txt:1","0","星河半导体","营收","2024-Q3","money","4260000000"' "$T/numbers.rows"
	grep -q '"NVIDIA"' "$T/entities.rows"
	# facts.csv: to-csv --facts --excel over the records.
	head -n 1 "$T/facts.rows" | grep -qx '\["subject","ticker","metric","period","value","min","max","unit","approx","change","basis","counterparty","holder","id","sent","text","sentence"\]'
	grep -q '^\["星河半导体","","营收","2024-Q3","4260000000","","","CNY","","","","","","news.txt:1","0","42.6亿元","星河半导体公布' "$T/facts.rows"
	"$B/to-csv" --excel --facts "$T"/out/records/*.jsonl | cmp - "$T/out/facts.csv"
	# Only money and percent with a subject and a metric.
	[ "$(wc -l <"$T/facts.rows")" -lt "$(wc -l <"$T/numbers.rows")" ]
	jq -s -e '.[1:] | all(.[0] != "" and .[2] != "")' "$T/facts.rows" >/dev/null
}

# Three inputs for the driver, cut from the documents above.
make_three() {
	mkdir -p "$T/in"
	head -n 2 "$T/news.txt" >"$T/in/a.txt"
	sed -n 3,5p "$T/news.txt" >"$T/in/b.txt"
	tail -n 2 "$T/news.txt" >"$T/in/c.txt"
}

# What one to-csv run over every record file, in input order, writes: the
# merged views must be these bytes.
views_of_records() {	# OUT CSV-OPTION...
	local o=$1
	shift
	"$B/to-csv" "$@" --explode numbers --fields 'id,sent,subject=numbers.subject,metric=numbers.metric,period=numbers.period,kind=numbers.kind,value=numbers.value,min=numbers.min,max=numbers.max,unit=numbers.unit,approx=numbers.approx,bound=numbers.bound,change=numbers.change,basis=numbers.basis,text=numbers.text,start=numbers.start,end=numbers.end' \
	    "$o"/records/*a.txt.jsonl "$o"/records/*b.txt.jsonl \
	    "$o"/records/*c.txt.jsonl >"$T/want-numbers.csv"
	"$B/to-csv" "$@" --explode entities --fields 'id,sent,text=entities.text,type=entities.type,entity=entities.id,ticker=entities.ticker,start=entities.start,end=entities.end' \
	    "$o"/records/*a.txt.jsonl "$o"/records/*b.txt.jsonl \
	    "$o"/records/*c.txt.jsonl >"$T/want-entities.csv"
	"$B/to-csv" "$@" --facts \
	    "$o"/records/*a.txt.jsonl "$o"/records/*b.txt.jsonl \
	    "$o"/records/*c.txt.jsonl >"$T/want-facts.csv"
}

@test "batch --excel over several inputs: one header and one BOM per view" {
	make_three
	run "$top/scripts/zhpipe-batch" -q --excel -j 2 -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	for f in numbers entities facts; do
		[ "$(grep -c $'\xEF\xBB\xBF' "$T/out/$f.csv")" -eq 1 ]
		[ "$(head -c 3 "$T/out/$f.csv" | od -An -tx1 | tr -d ' ')" = efbbbf ]
		[ "$(sed '1s/^\xEF\xBB\xBF//' "$T/out/$f.csv" | grep -c '^id,sent,\|^subject,ticker,')" -eq 1 ]
		# Rows from all three inputs, every one ending in CRLF.
		for k in a b c; do
			grep -q "^$k.txt:\|,$k.txt:[0-9]*," "$T/out/$f.csv"
		done
		[ "$(grep -c $'\r$' "$T/out/$f.csv")" -eq "$(wc -l <"$T/out/$f.csv")" ]
	done
	views_of_records "$T/out" --excel
	cmp "$T/want-numbers.csv" "$T/out/numbers.csv"
	cmp "$T/want-entities.csv" "$T/out/entities.csv"
	cmp "$T/want-facts.csv" "$T/out/facts.csv"
}

@test "batch: the summary's figures and entities are the views' rows" {
	make_three
	# An id holding a newline makes a CSV row of two lines.
	printf '%s\n' '{"id":"two\nlines","text":"比亚迪10月销量突破50万辆，营收为42.6亿元。"}' \
	    >"$T/in/d.jsonl"
	run "$top/scripts/zhpipe-batch" -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	rows() { "$ZP_BUILD/tests/tools/csv2jsonl" <"$1" | tail -n +2 | wc -l; }
	figs=$(rows "$T/out/numbers.csv")
	ents=$(rows "$T/out/entities.csv")
	[ "$figs" -lt "$(($(wc -l <"$T/out/numbers.csv") - 1))" ]
	docs=$(cat "$T"/in/*.txt | wc -l)
	sents=$(cat "$T"/out/records/*.jsonl | wc -l)
	[[ "$output" == *"inputs 4 (0 already done), documents $((docs + 1)), sentences $sents, figures $figs, entities $ents, rejected records 0, failed inputs 0"* ]]
}

@test "batch: a rerun after a killed run gives the uninterrupted run's views" {
	make_three
	run "$top/scripts/zhpipe-batch" -q -o "$T/clean" "$T/in"
	[ "$status" -eq 0 ]
	# Filters whose normalize hangs on b.txt, so the run is killed there
	# with a.txt finished and b.txt half done.
	W=$T/wrap
	mkdir -p "$W"
	for t in segment extract-entities extract-numbers to-csv; do
		ln -s "$B/$t" "$W/$t"
	done
	cat >"$W/normalize" <<SH
#!/bin/sh
case "\$*" in
*b.txt*) : >"$T/hung"; exec sleep 600 ;;
esac
exec "$B/normalize" "\$@"
SH
	chmod +x "$W/normalize"
	ZP_BIN=$W setsid "$top/scripts/zhpipe-batch" -q -j 1 -o "$T/out" \
	    "$T/in" &
	sid=$!
	for _ in $(seq 1200); do	# a guard against a hang, not a timing
		[ -f "$T/hung" ] && break
		sleep 0.1
	done
	[ -f "$T/hung" ]
	# The whole session at once, as when the machine goes down.
	kill -KILL $(ps -o pid= -s "$sid")
	wait "$sid" || true
	[ -f "$T/out/stats/$(echo "$T/in/a.txt" | tr / %).tsv" ]
	[ ! -f "$T/out/stats/$(echo "$T/in/b.txt" | tr / %).tsv" ]
	[ ! -f "$T/out/numbers.csv" ]
	run "$top/scripts/zhpipe-batch" -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	[[ "$output" == *"inputs 3 (1 already done)"* ]]
	cmp "$T/clean/numbers.csv" "$T/out/numbers.csv"
	cmp "$T/clean/entities.csv" "$T/out/entities.csv"
	cmp "$T/clean/facts.csv" "$T/out/facts.csv"
	# Nothing half-written is left behind.
	[ -z "$(find "$T/out" -name '.*' ! -name . | head -n 1)" ]
}

@test "batch: an input is finished only when its stats file is there" {
	make_three
	run "$top/scripts/zhpipe-batch" -q -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	cp "$T/out/numbers.csv" "$T/n1" && cp "$T/out/entities.csv" "$T/e1"
	kb=$(echo "$T/in/b.txt" | tr / %)
	kc=$(echo "$T/in/c.txt" | tr / %)
	# b.txt killed after its parts and records were renamed, before its
	# stats; c.txt killed while writing its parts, its stats already gone.
	rm "$T/out/stats/$kb.tsv"
	rm "$T/out/stats/$kc.tsv" "$T/out/parts/plain/$kc.numbers.csv"
	echo partial >"$T/out/parts/plain/.$kc.numbers.csv.part"
	echo 'half,row' >>"$T/out/parts/plain/$kc.entities.csv"
	run "$top/scripts/zhpipe-batch" -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	[[ "$output" == *"inputs 3 (1 already done)"* ]]
	cmp "$T/n1" "$T/out/numbers.csv"
	cmp "$T/e1" "$T/out/entities.csv"
	[ ! -e "$T/out/parts/plain/.$kc.numbers.csv.part" ]
}

@test "batch: --excel after a plain run makes the views from the records" {
	make_three
	run "$top/scripts/zhpipe-batch" -q -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	cp "$T/out/numbers.csv" "$T/plain.csv"
	touch -d '2001-01-01' "$T/out/logs"/*	# a rerun of the chain would touch them
	run "$top/scripts/zhpipe-batch" --excel -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	[[ "$output" == *"inputs 3 (3 already done)"* ]]
	[ -z "$(find "$T/out/logs" -type f -newermt '2002-01-01')" ]
	views_of_records "$T/out" --excel
	cmp "$T/want-numbers.csv" "$T/out/numbers.csv"
	cmp "$T/want-entities.csv" "$T/out/entities.csv"
	cmp "$T/want-facts.csv" "$T/out/facts.csv"
	# Back to plain: the plain parts are still there; the facts parts
	# a driver without the facts view did not write are made from the
	# records.
	cp "$T/out/facts.csv" "$T/excel-facts.csv"
	rm "$T/out/parts/plain/"*.facts.csv
	run "$top/scripts/zhpipe-batch" -q -o "$T/out" "$T/in"
	[ "$status" -eq 0 ]
	cmp "$T/plain.csv" "$T/out/numbers.csv"
	[ -z "$(find "$T/out/logs" -type f -newermt '2002-01-01')" ]
	views_of_records "$T/out"
	cmp "$T/want-facts.csv" "$T/out/facts.csv"
	! cmp -s "$T/excel-facts.csv" "$T/out/facts.csv"
}

@test "batch: redoing x.jsonl leaves the files of x.jsonl.gz alone" {
	mkdir -p "$T/in"
	printf '%s\n' '{"id":"p1","text":"比亚迪10月销量突破50万辆。"}' 'not json' \
	    >"$T/in/x.jsonl"
	printf '%s\n' '{"id":"g1","text":"宁德时代营收同比下降8%。"}' '{"id":' |
	    gzip -n >"$T/in/x.jsonl.gz"
	run "$top/scripts/zhpipe-batch" -o "$T/out" "$T/in"
	[ "$status" -eq 1 ]
	[[ "$output" == *"rejected records 2, failed inputs 0"* ]]
	cp "$T/out/numbers.csv" "$T/n1"
	# x.jsonl changed since its records were written: it alone is redone.
	touch -d "@$(($(date +%s) + 100))" "$T/in/x.jsonl"
	run "$top/scripts/zhpipe-batch" -o "$T/out" "$T/in"
	[ "$status" -eq 1 ]
	[[ "$output" == *"inputs 2 (1 already done)"* ]]
	[[ "$output" == *"rejected records 2, failed inputs 0"* ]]
	k=$(echo "$T/in/x.jsonl.gz" | tr / %)
	[ -s "$T/out/rejects/$k.normalize" ]
	cmp "$T/n1" "$T/out/numbers.csv"
	grep -q '^g1,' "$T/out/numbers.csv"
}

@test "batch: --slurm and --sshlogin options are checked before anything runs" {
	mkdir -p "$T/in"
	head -n 2 "$T/news.txt" >"$T/in/a.txt"
	for bad in "--wait" "--chunk 2" "--array-limit 3" "--partition x" \
	    "--sbatch-arg=--foo" "--retries 2" "--shared-fs" \
	    "--slurm --chunk 0" "--slurm --array-limit x" \
	    "--slurm -j 2" "--slurm --sshlogin h" "--sshlogin h --retries 0"; do
		# shellcheck disable=SC2086
		run "$top/scripts/zhpipe-batch" $bad -o "$T/out" "$T/in"
		[ "$status" -eq 2 ]
		[[ "$output" == *"Try 'zhpipe-batch --help'"* ]]
	done
	[ ! -e "$T/out" ]
	# No Slurm client commands: a clear error, nothing written.
	mkdir "$T/path"
	for f in /usr/bin/* /bin/*; do
		case ${f##*/} in
		sbatch|squeue) ;;
		*) ln -sf "$f" "$T/path/" ;;
		esac
	done
	run env PATH="$T/path" "$top/scripts/zhpipe-batch" --slurm \
	    -o "$T/out" "$T/in"
	[ "$status" -eq 2 ]
	[[ "$output" == *"--slurm needs sbatch and squeue"* ]]
	[ ! -e "$T/out" ]
}
