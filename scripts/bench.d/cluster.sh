# zhpipe-batch beyond one machine, on this one: the same 20 inputs run
# locally (-j 2), as a Slurm job array on a private single-node cluster
# (scripts/slurm-local) and through ssh to a private sshd on 127.0.0.1
# (scripts/sshd-local, two job slots); wall time and the overhead against
# the local run.  Slurm and ssh rows need root; they are skipped otherwise.
set -uo pipefail
. "$(dirname "$0")/../bench-lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
for t in normalize segment extract-entities extract-numbers to-csv; do
	[ -x "$ZP_BIN/$t" ] || { echo "cluster: $t not built; skipped"; exit 0; }
done
w=$BENCH_TMP/cluster
rm -rf "$w"
mkdir -p "$w/in"
# 20 inputs: ~2 MB of the corpus when there is one, else the sample; every
# fourth one gzip.
src=$BENCH_TMP/corpus.txt
if [ -f "$src" ]; then
	head -c "${CLUSTER_BYTES:-2000000}" "$src" | sed '$d' >"$w/src.txt"
else
	for _ in $(seq 20); do cat "$top/data/sample/news.txt"; done >"$w/src.txt"
fi
(cd "$w/in" && split -n l/20 -d "$w/src.txt" part. &&
    for f in part.*; do mv "$f" "$f.txt"; done &&
    for f in part.*[37].txt; do gzip -9n "$f"; done)
echo "cluster: 20 inputs, $(mb "$w/src.txt") MB of text"

# wall CMD...: seconds CMD took (its output in $w/last.out).
wall() {
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >"$w/last.out" 2>&1
	local s=$?
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
	return $s
}
rows=()
batch=$top/scripts/zhpipe-batch
local_s=$(wall "$batch" -q -j 2 -o "$w/local" "$w/in") ||
    { echo "cluster: the local run failed"; cat "$w/last.out"; exit 1; }
rows+=("local, -j 2|$local_s")
same() { cmp -s "$w/local/numbers.csv" "$1/numbers.csv" &&
    cmp -s "$w/local/entities.csv" "$1/entities.csv" && echo same || echo DIFFERENT; }

cleanup() {
	[ ! -d "$w/slurm-cluster" ] || "$top/scripts/slurm-local" stop "$w/slurm-cluster"
	[ ! -d "$w/sshd" ] || "$top/scripts/sshd-local" stop "$w/sshd"
}
trap cleanup EXIT
if [ "$(id -u)" != 0 ]; then
	echo "cluster: not root; the Slurm and ssh rows are skipped"
else
	if "$top/scripts/slurm-local" start "$w/slurm-cluster" >"$w/slurm-start.out" 2>&1; then
		export SLURM_CONF=$w/slurm-cluster/slurm.conf
		s=$(wall "$batch" -q --slurm --wait -o "$w/slurm" "$w/in")
		rows+=("Slurm, 20 tasks ($(nproc) CPUs)|$s|$(same "$w/slurm")")
		s=$(wall "$batch" -q --slurm --wait --chunk 10 -o "$w/slurm10" "$w/in")
		rows+=("Slurm, --chunk 10 (2 tasks)|$s|$(same "$w/slurm10")")
	else
		echo "cluster: no Slurm cluster: $(tail -n 1 "$w/slurm-start.out")"
	fi
	if "$top/scripts/sshd-local" start "$w/sshd" >"$w/sshd-start.out" 2>&1; then
		export PARALLEL_SSH="ssh -F $w/sshd/ssh_config"
		s=$(wall "$batch" -q --sshlogin 2/zp-local -o "$w/ssh" "$w/in")
		rows+=("ssh 2/localhost, copies|$s|$(same "$w/ssh")")
		s=$(wall "$batch" -q --sshlogin 2/zp-local --shared-fs -o "$w/sshfs" "$w/in")
		rows+=("ssh 2/localhost, --shared-fs|$s|$(same "$w/sshfs")")
	else
		echo "cluster: no sshd: $(tail -n 1 "$w/sshd-start.out")"
	fi
fi
printf '  %-34s %8s %12s  %s\n' run 'wall s' 'vs local' views
for r in "${rows[@]}"; do
	IFS='|' read -r name s views <<<"$r"
	printf '  %-34s %8s %12s  %s\n' "$name" "$s" \
	    "$(awk -v a="$s" -v b="$local_s" 'BEGIN {
	        printf "%+.1f s %.1fx", a - b, (b > 0 ? a / b : 0) }')" "${views:-}"
done
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
