#!/usr/bin/env bats
# zhpipe-batch --slurm against a live single-node Slurm cluster of its own
# (scripts/slurm-local: munged, slurmctld and slurmd on 127.0.0.1, config,
# state, spool and munge key under a temporary directory), started once for
# the file and stopped by the PIDs it started, even when a test fails.
# Every run is compared with a local run of the same inputs, byte for byte.

root_only() {
	[ "$(id -u)" = 0 ] ||
	    skip "needs root to start slurmd and munged (CI runs as root)"
}

setup_file() {
	[ "$(id -u)" = 0 ] || return 0
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	F=$BATS_FILE_TMPDIR
	# As root nothing but a missing root skips: a missing filter or
	# package fails the file, so CI cannot pass without running it.
	for t in normalize segment extract-entities extract-numbers to-csv; do
		[ -x "$ZP_BIN/$t" ] || { echo "$t is not built" >&3; return 1; }
	done
	command -v slurmctld >/dev/null || {
		echo "slurm-wlm is not installed (scripts/install-deps.sh)" >&3
		return 1
	}
	"$top/scripts/slurm-local" start "$F/cluster" >"$F/cluster.out" 2>&1 ||
	    { cat "$F/cluster.out" >&3; return 1; }
	export SLURM_CONF=$F/cluster/slurm.conf
	# The sample and 20 generated inputs: plain and gzip, one truncated
	# gzip (its first half of complete records, then damage), one GB18030.
	I=$F/in
	mkdir -p "$I"
	S=$top/data/sample/news.txt
	for i in $(seq -w 1 17); do
		# 3 to 5 lines of the sample from line i on, round the clock.
		cat "$S" "$S" | tail -n +"$((10#$i))" | head -n $((3 + 10#$i % 3)) \
		    >"$I/news-$i.txt"
		[ $((10#$i % 4)) -ne 0 ] || gzip -9n "$I/news-$i.txt"
	done
	seq 1 3000 | sed 's/$/号文档：小米集团营收增长12%，利润为20亿元。/' |
	    gzip -9n >"$F/full.gz"
	head -c $(($(stat -c %s "$F/full.gz") / 2)) "$F/full.gz" >"$I/cut.txt.gz"
	head -n 6 "$S" | iconv -f utf-8 -t gb18030 >"$I/legacy.txt"
	printf '%s\n' '{"id":"j1","text":"比亚迪10月销量突破50万辆。"}' 'not json' \
	    '{"id":"j2","text":"宁德时代营收同比下降8%。"}' >"$I/export.jsonl"
	# The inputs as the tests name them: the sample, then the directory.
	printf '%s\n' "$top/data/sample/news.txt" "$top/data/sample/news.txt.gz" \
	    "$I" >"$F/args"
	mapfile -t args <"$F/args"
	local s=0
	"$top/scripts/zhpipe-batch" -q -o "$F/local" "${args[@]}" || s=$?
	echo "$s" >"$F/local.status"
}

teardown_file() {
	[ "$(id -u)" = 0 ] || return 0
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	"$top/scripts/slurm-local" stop "$BATS_FILE_TMPDIR/cluster"
}

setup() {
	root_only
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	F=$BATS_FILE_TMPDIR
	T=$BATS_TEST_TMPDIR
	[ -f "$F/cluster/slurm.conf" ] || {
		echo "no cluster: see setup_file's message" >&2
		return 1
	}
	export SLURM_CONF=$F/cluster/slurm.conf
	mapfile -t args <"$F/args"
}

# same_as_local OUT: the views and every per-input file are the local run's.
same_as_local() {
	local L=$F/local d
	cmp "$L/numbers.csv" "$1/numbers.csv"
	cmp "$L/entities.csv" "$1/entities.csv"
	cmp "$L/facts.csv" "$1/facts.csv"
	for d in records parts stats rejects failed logs; do
		diff -r "$L/$d" "$1/$d"
	done
}

# follow: wait (a guard, not a timing) until the status file of the only
# run under OUT is there.
wait_status() {
	local i
	for i in $(seq 900); do
		[ -f "$1"/slurm/*/status ] && return 0
		sleep 0.2
	done
	return 1
}

@test "slurm: sample and 20 inputs, --wait: the local run's files, byte for byte" {
	[ "$(cat "$F/local.status")" -eq 2 ]	# the truncated gzip
	run "$top/scripts/zhpipe-batch" --slurm --wait -o "$T/out" "${args[@]}"
	echo "$output"
	[ "$status" -eq 2 ]
	[[ "$output" == *"submitted 22 inputs (0 already done) as job array "*" (22 tasks) and merge job "* ]]
	[[ "$output" == *"inputs 22 (0 already done), "*", failed inputs 1"* ]]
	# The truncated input fails alone, as it does locally.
	[ "$(grep -c 'failed: ' <<<"$output")" -eq 1 ]
	[[ "$output" == *"failed: $F/in/cut.txt.gz (exit status per stage: normalize=2 "* ]]
	same_as_local "$T/out"
	[ "$(ls "$T/out/records" | wc -l)" -eq 21 ]
	[ -s "$T/out/failed/$(echo "$F/in/cut.txt.gz" | tr / %).jsonl" ]
	# Nothing half-written anywhere.
	[ -z "$(find "$T/out" -name '.*' ! -name . | head -n 1)" ]
}

@test "slurm: without --wait, job ids and how to follow them; --chunk, --array-limit, --time" {
	run "$top/scripts/zhpipe-batch" --slurm --chunk 7 --array-limit 2 \
	    --partition debug --time 10 --mem 200 --sbatch-arg=--comment=zhpipe \
	    -o "$T/out" "${args[@]}"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" =~ submitted\ 22\ inputs\ \(0\ already\ done\)\ as\ job\ array\ ([0-9]+)\ \(4\ tasks\)\ and\ merge\ job\ ([0-9]+) ]]
	a=${BASH_REMATCH[1]} m=${BASH_REMATCH[2]}
	[[ "$output" == *"follow them with: squeue -j $a,$m"* ]]
	# What sbatch was given, as Slurm saw it.
	scontrol show job "$a" | grep -q 'ArrayTaskThrottle=2'
	scontrol show job "$a" | grep -q 'TimeLimit=00:10:00'
	scontrol show job "$a" | grep -q 'Comment=zhpipe'
	scontrol show job "$m" | grep -q "Dependency=afterany:${a}_\*"
	wait_status "$T/out"
	run=$(dirname "$T"/out/slurm/*/status)
	[ "$(cat "$run/status")" -eq 2 ]
	grep -q 'inputs 22 (0 already done)' "$run/summary"
	[ "$(ls "$run"/task-"$a"_*.out | wc -l)" -eq 4 ]
	same_as_local "$T/out"
}

@test "slurm: a resubmission redoes only the failed input" {
	cp -a "$F/local" "$T/out"	# a local run, interrupted or not, is resumed
	touch -d '2001-01-01' "$T/out/logs"/*	# a redone input rewrites its log
	run "$top/scripts/zhpipe-batch" --slurm --wait -o "$T/out" "${args[@]}"
	echo "$output"
	[ "$status" -eq 2 ]
	[[ "$output" == *"submitted 1 inputs (21 already done) as job array "*" (1 tasks)"* ]]
	[[ "$output" == *"inputs 22 (21 already done), "*"failed inputs 1"* ]]
	[ "$(find "$T/out/logs" -type f -newermt '2002-01-01' | wc -l)" -eq 1 ]
	same_as_local "$T/out"
	# Once the input is repaired, the next run redoes it alone and is clean.
	mkdir -p "$T/in2"
	cp -a "$F/in"/{news-01.txt,cut.txt.gz,export.jsonl} "$T/in2/"
	"$top/scripts/zhpipe-batch" -q -o "$T/out2" "$T/in2" || true
	gzip -dc "$F/full.gz" | head -n 10 | gzip -n >"$T/in2/cut.txt.gz"
	touch -d '2001-01-01' "$T/out2/logs"/*
	run "$top/scripts/zhpipe-batch" --slurm --wait -o "$T/out2" "$T/in2"
	echo "$output"
	[ "$status" -eq 1 ]	# export.jsonl's malformed line, as locally
	[[ "$output" == *"inputs 3 (2 already done), "*"failed inputs 0"* ]]
	[ "$(find "$T/out2/logs" -type f -newermt '2002-01-01' | wc -l)" -eq 1 ]
	[ "$(wc -l <"$T/out2/records/$(echo "$T/in2/cut.txt.gz" | tr / %).jsonl")" -ge 10 ]
}

@test "slurm: a task cancelled while it runs leaves no half-written part; a resubmission completes" {
	mkdir -p "$T/in"
	sed -n 2,4p "$top/data/sample/news.txt" >"$T/in/a.txt"
	sed -n 5,7p "$top/data/sample/news.txt" >"$T/in/b.txt"
	sed -n 8,10p "$top/data/sample/news.txt" >"$T/in/c.txt"
	"$top/scripts/zhpipe-batch" -q -o "$T/clean" "$T/in"
	# Filters whose normalize hangs on b.txt and says in which task.
	W=$T/wrap
	mkdir -p "$W"
	for t in segment extract-entities extract-numbers to-csv; do
		ln -s "$ZP_BIN/$t" "$W/$t"
	done
	cat >"$W/normalize" <<SH
#!/bin/sh
case "\$*" in
*b.txt*)
	echo "\${SLURM_ARRAY_JOB_ID}_\${SLURM_ARRAY_TASK_ID}" >"$T/hung.part"
	mv "$T/hung.part" "$T/hung"
	exec sleep 600 ;;
esac
exec "$ZP_BIN/normalize" "\$@"
SH
	chmod +x "$W/normalize"
	ZP_BIN=$W "$top/scripts/zhpipe-batch" --slurm --wait -o "$T/out" \
	    "$T/in" >"$T/wait.out" 2>&1 3>&- &
	pid=$!
	for _ in $(seq 600); do	# a guard against a hang, not a timing
		[ -f "$T/hung" ] && break
		sleep 0.2
	done
	[ -f "$T/hung" ]
	kb=$(echo "$T/in/b.txt" | tr / %)
	# The chain is under way: its temporary record file is there.
	[ -f "$T/out/records/.$kb.jsonl.part" ]
	scancel "$(cat "$T/hung")"
	s=0
	wait "$pid" || s=$?
	cat "$T/wait.out"
	[ "$s" -eq 2 ]
	grep -q "failed: $T/in/b.txt (no result: Slurm task $(cat "$T/hung") CANCELLED" \
	    "$T/wait.out"
	grep -q 'inputs 3 (0 already done), .*failed inputs 1' "$T/wait.out"
	# Nothing of b.txt's, half-written or not; a.txt and c.txt finished.
	find "$T/out" -name "*$kb*"
	[ -z "$(find "$T/out" -name "*$kb*" ! -name "$kb.log")" ]
	[ -z "$(find "$T/out" -name '.*' ! -name . | head -n 1)" ]
	[ "$(ls "$T/out/stats" | wc -l)" -eq 2 ]
	run "$top/scripts/zhpipe-batch" --slurm --wait -o "$T/out" "$T/in"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *"submitted 1 inputs (2 already done)"* ]]
	cmp "$T/clean/numbers.csv" "$T/out/numbers.csv"
	cmp "$T/clean/entities.csv" "$T/out/entities.csv"
	cmp "$T/clean/facts.csv" "$T/out/facts.csv"
	diff -r "$T/clean/records" "$T/out/records"
}

@test "slurm: installed under PREFIX, without ZP_BIN or ZHPIPE_DATA" {
	P=$T/prefix
	make -s -C "$top" install PREFIX="$P" >/dev/null
	cp "$top/data/sample/news.txt" "$T/news.txt"
	(cd "$T" && "$top/scripts/zhpipe-batch" -q -o local news.txt)
	# On a terminal (script(1) gives it one), a progress line.
	run script -qec "env -u ZP_BIN -u ZHPIPE_DATA '$P/bin/zhpipe-batch' \
	    --slurm --wait -o '$T/out' '$T/news.txt'" /dev/null
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'\r'"zhpipe-batch: "[01]" of 1 inputs finished, 0 failed; merge job "* ]]
	[[ "$output" == *"inputs 1 (0 already done), "*"failed inputs 0"* ]]
	grep -q "ZPB_BIN=\"$P/bin\"" "$T"/out/slurm/*/state.sh
	[ -z "$(grep ZHPIPE_DATA "$T"/out/slurm/*/state.sh)" ]
	cmp "$T/local/numbers.csv" "$T/out/numbers.csv"
	cmp "$T/local/entities.csv" "$T/out/entities.csv"
	cmp "$T/local/facts.csv" "$T/out/facts.csv"
}
