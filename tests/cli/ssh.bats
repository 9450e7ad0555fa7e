#!/usr/bin/env bats
# zhpipe-batch --sshlogin against a live sshd of its own (scripts/sshd-local:
# 127.0.0.1 at a free port, throwaway host key, user key and authorized_keys
# under a temporary directory), started once for the file and stopped by
# its PID, even when a test fails.  Every run is compared with a local run
# of the same inputs, byte for byte.

setup_file() {
	[ "$(id -u)" = 0 ] || return 0
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	F=$BATS_FILE_TMPDIR
	# As root nothing but a missing root skips: a missing filter or
	# package fails the file, so CI cannot pass without running it.
	for t in normalize segment extract-entities extract-numbers to-csv; do
		[ -x "$ZP_BIN/$t" ] || { echo "$t is not built" >&3; return 1; }
	done
	command -v sshd >/dev/null || [ -x /usr/sbin/sshd ] || {
		echo "openssh-server is not installed (scripts/install-deps.sh)" >&3
		return 1
	}
	command -v rsync >/dev/null || {
		echo "rsync is not installed (scripts/install-deps.sh)" >&3
		return 1
	}
	"$top/scripts/sshd-local" start "$F/sshd" >"$F/sshd.out" 2>&1 ||
	    { cat "$F/sshd.out" >&3; return 1; }
	# The sample, a gzip input and a truncated one.
	I=$F/in
	mkdir -p "$I"
	sed -n 2,6p "$top/data/sample/news.txt" | gzip -9n >"$I/part.txt.gz"
	seq 1 300 | sed 's/$/号文档：小米集团营收增长12%，利润为20亿元。/' |
	    gzip -9n >"$F/full.gz"
	head -c $(($(stat -c %s "$F/full.gz") / 2)) "$F/full.gz" >"$I/cut.txt.gz"
	printf '%s\n' "$top/data/sample/news.txt" "$top/data/sample/news.txt.gz" \
	    "$I" >"$F/args"
	mapfile -t args <"$F/args"
	(cd "$I" && md5sum ./* >"$F/in.md5")
	local s=0
	"$top/scripts/zhpipe-batch" -q -o "$F/local" "${args[@]}" || s=$?
	echo "$s" >"$F/local.status"
}

teardown_file() {
	[ "$(id -u)" = 0 ] || return 0
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	"$top/scripts/sshd-local" stop "$BATS_FILE_TMPDIR/sshd"
}

setup() {
	[ "$(id -u)" = 0 ] ||
	    skip "needs root to start sshd (CI runs as root)"
	top=$(cd "$BATS_TEST_DIRNAME/../.." && pwd)
	F=$BATS_FILE_TMPDIR
	T=$BATS_TEST_TMPDIR
	[ -f "$F/sshd/ssh_config" ] || {
		echo "no sshd: see setup_file's message" >&2
		return 1
	}
	export PARALLEL_SSH="ssh -F $F/sshd/ssh_config"
	mapfile -t args <"$F/args"
}

# same_as_local OUT: the views and the per-input files are the local run's
# (logs name an input by the path the host saw, so they are not compared).
same_as_local() {
	local L=$F/local d
	cmp "$L/numbers.csv" "$1/numbers.csv"
	cmp "$L/entities.csv" "$1/entities.csv"
	cmp "$L/facts.csv" "$1/facts.csv"
	for d in records parts stats rejects failed; do
		diff -r "$L/$d" "$1/$d"
	done
	[ "$(ls "$1/logs" | wc -l)" -eq 4 ]
}

@test "ssh: two logins, inputs copied and results returned: the local run's files" {
	[ "$(cat "$F/local.status")" -eq 2 ]	# the truncated gzip
	run "$top/scripts/zhpipe-batch" --sshlogin 1/zp-local,1/zp-local2 \
	    -o "$T/out" "${args[@]}"
	echo "$output"
	[ "$status" -eq 2 ]
	[[ "$output" == *"inputs 4 (0 already done), "*"failed inputs 1"* ]]
	[ "$(grep -c 'failed: ' <<<"$output")" -eq 1 ]
	[[ "$output" == *"failed: $F/in/cut.txt.gz (exit status per stage: normalize=2 "* ]]
	same_as_local "$T/out"
	# Both logins ran jobs; the inputs are untouched and the hosts'
	# working directories are gone.
	cut -f 2 "$T/out/ssh/joblog" | grep -qx zp-local
	cut -f 2 "$T/out/ssh/joblog" | grep -qx zp-local2
	(cd "$F/in" && md5sum -c --quiet "$F/in.md5")
	[ -z "$(find ~/.parallel/tmp -name zpb-out -o -name '*.zpb.tar' 2>/dev/null)" ]
	[ -z "$(find "$T/out" -name '*.zpb.tar' -o -name '.*.part')" ]
	# A rerun skips the finished inputs.
	run "$top/scripts/zhpipe-batch" --sshlogin 1/zp-local -o "$T/out" "${args[@]}"
	[ "$status" -eq 2 ]
	[[ "$output" == *"inputs 4 (3 already done)"* ]]
	same_as_local "$T/out"
}

@test "ssh: a host that cannot be reached is reported; its inputs go elsewhere" {
	run "$top/scripts/zhpipe-batch" --sshlogin 1/zp-down,1/zp-local \
	    --retries 2 -o "$T/out" "${args[@]}"
	echo "$output"
	[ "$status" -eq 2 ]
	[[ "$output" == *"host zp-down: unreachable (ssh exit status 255"* ]]
	[ "$(grep -c 'failed: ' <<<"$output")" -eq 1 ]
	same_as_local "$T/out"
	# No host at all: a clear error, nothing run.
	run "$top/scripts/zhpipe-batch" --sshlogin zp-down -o "$T/none" "${args[@]}"
	echo "$output"
	[ "$status" -eq 2 ]
	[[ "$output" == *"no host of --sshlogin 'zp-down' could be reached"* ]]
	[ -z "$(ls "$T/none/records")" ]
}

@test "ssh: --shared-fs writes straight into OUT, same files" {
	run "$top/scripts/zhpipe-batch" --sshlogin 1/zp-local,1/zp-local2 \
	    --shared-fs -o "$T/out" "${args[@]}"
	echo "$output"
	[ "$status" -eq 2 ]
	same_as_local "$T/out"
	diff -r "$F/local/logs" "$T/out/logs"	# the same paths, here
}
