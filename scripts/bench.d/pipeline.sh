# The whole pipeline on >= 100 MB of raw text: each stage alone (MB/s of
# the raw input it stands for, peak RSS), the chain in one pipe, and the
# batch driver with 1 and 2 jobs.  No --dedupe, no --words.
set -euo pipefail
. "$(dirname "$0")/../bench-lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
[ -f "$BENCH_TMP/corpus.txt" ] || { echo "pipeline: no corpus; skipped"; exit 0; }
for t in normalize segment extract-entities extract-numbers; do
	[ -x "$ZP_BIN/$t" ] || { echo "pipeline: $t not built; skipped"; exit 0; }
done
want=$(( ${PIPE_MB:-100} * 1000000 ))
raw=$BENCH_TMP/raw.txt
if [ ! -f "$raw" ]; then
	while [ "$(stat -c %s "$raw" 2>/dev/null || echo 0)" -lt "$want" ]; do
		cat "$BENCH_TMP/corpus.txt" >>"$raw"
	done
fi
rawmb=$(mb "$raw")
B=$ZP_BIN
w=$BENCH_TMP/pipe
mkdir -p "$w"
# The README's order (issue 15): the extractors read whole documents and
# segment hands their entities and figures to the sentences.
"$B/normalize" "$raw" >"$w/docs.jsonl"
"$B/extract-entities" "$w/docs.jsonl" >"$w/ents.jsonl"
"$B/extract-numbers" "$w/ents.jsonl" >"$w/nums.jsonl"
"$B/segment" "$w/nums.jsonl" >"$w/recs.jsonl"

# Rates below are MB of raw text per second, whatever each stage reads, and
# CPU seconds (user + sys) per MB of raw text: on a shared machine the CPU
# column shows what a driver costs beyond the stages when wall time cannot.
cpu_per_mb() {	# CPU-SECONDS: per MB of raw text
	awk -v c="$1" -v b="$(stat -c %s "$raw")" \
	    'BEGIN { printf "%.3f", c / (b / 1e6) }'
}
rate_of() {	# NAME INPUT CMD: like measure, but scaled to the raw size
	local name=$1 input=$2
	shift 2
	measure "$name" "$input" "$@"
	local last=${BENCH_ROWS[-1]} n r rss
	IFS='|' read -r n r rss <<<"$last"
	r=$(awk -v r="$r" -v a="$(stat -c %s "$input")" \
	    -v b="$(stat -c %s "$raw")" 'BEGIN { printf "%.1f", r * b / a }')
	BENCH_ROWS[-1]="$n|$r|$rss|$(cpu_per_mb "$BENCH_CPU")"
}
rate_of "chain (one pipe)" "$raw" \
    "'$B/normalize' | '$B/extract-entities' | '$B/extract-numbers' | '$B/segment'"
stages_cpu=0
for s in "normalize|$raw" "extract-entities|$w/docs.jsonl" \
    "extract-numbers|$w/ents.jsonl" "segment|$w/nums.jsonl"; do
	rate_of "  ${s%%|*}" "${s#*|}" "'$B/${s%%|*}'"
	stages_cpu=$(awk -v a="$stages_cpu" -v b="$BENCH_CPU" \
	    'BEGIN { printf "%.2f", a + b }')
done
rate_of "  segment --words" "$w/docs.jsonl" "'$B/segment' --words"
# The three CSV views the batch driver writes from the chain's output.
views_cpu=$stages_cpu
for v in "--explode numbers" "--explode entities" --facts; do
	rate_of "  to-csv $v" "$w/recs.jsonl" "'$B/to-csv' $v"
	views_cpu=$(awk -v a="$views_cpu" -v b="$BENCH_CPU" \
	    'BEGIN { printf "%.2f", a + b }')
done
table "pipeline stages on $rawmb MB of raw text (MB/s of raw text; ratio: chain / row)"
echo "  CPU summed: the four stages $(cpu_per_mb "$stages_cpu") s/MB," \
    "with the three CSV views $(cpu_per_mb "$views_cpu") s/MB"
echo

# The driver over 8 input files, 1 job then 2.  BENCH_BATCH_OTHER=PATH[:PATH]
# adds the same rows for other copies of the driver (say, main's), measured
# in this run so that they can be compared on a shared machine.
mkdir -p "$w/in"
(cd "$w/in" && split -n l/8 -d "$raw" part. && for f in part.*; do mv "$f" "$f.txt"; done)
drivers=("zhpipe-batch|$top/scripts/zhpipe-batch")
if [ -n "${BENCH_BATCH_OTHER:-}" ]; then
	IFS=: read -r -a others <<<"$BENCH_BATCH_OTHER"
	for d in "${others[@]}"; do
		drivers+=("$d|$d")
	done
fi
# One chain already spreads its four stages over both cores, so -j 1 and
# -j 2 differ little on two cores; the gain from the second core is the
# driver pinned to one core (taskset) against the driver on both.
pin=()
command -v taskset >/dev/null && pin=("1|taskset -c 0|, one core")
used=()
for run in "${pin[@]}" "1||" "2||"; do
	IFS='|' read -r j wrap label <<<"$run"
	for d in "${drivers[@]}"; do
		rm -rf "$w/out"
		measure "${d%%|*} -j $j (8 files$label)" /dev/null \
		    "ZP_BIN='$B' $wrap '${d#*|}' -q -j $j -o '$w/out' '$w/in'"
		# measure timed /dev/null as the input; put the raw size back in.
		last=${BENCH_ROWS[-1]}
		IFS='|' read -r n r rss <<<"$last"
		secs=$(tail -n 1 "$BENCH_TMP/.time" | cut -d' ' -f1)
		r=$(awk -v b="$(stat -c %s "$raw")" -v s="$secs" \
		    'BEGIN { if (s < 0.01) s = 0.01; printf "%.1f", b / 1e6 / s }')
		BENCH_ROWS[-1]="$n|$r|$rss|$(cpu_per_mb "$BENCH_CPU")"
		used+=("$(awk -v c="$BENCH_CPU" -v s="$secs" \
		    'BEGIN { printf "%.2f", c / (s < 0.01 ? 0.01 : s) }')")
	done
done
table "batch driver on $rawmb MB of raw text (ratio: first row / row)"
# Cores the runs got (CPU seconds / wall seconds), in the rows' order: on a
# shared machine, MB/s and the -j 2 / -j 1 ratio say more about the
# neighbours than about the driver when this stays far below the cores.
echo "  cores used, row by row: ${used[*]} (of $(nproc))"
