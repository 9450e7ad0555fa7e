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
"$B/normalize" "$raw" >"$w/docs.jsonl"
"$B/segment" "$w/docs.jsonl" >"$w/sents.jsonl"
"$B/extract-entities" "$w/sents.jsonl" >"$w/ents.jsonl"

# Rates below are MB of raw text per second, whatever each stage reads.
rate_of() {	# NAME INPUT CMD: like measure, but scaled to the raw size
	local name=$1 input=$2
	shift 2
	measure "$name" "$input" "$@"
	local last=${BENCH_ROWS[-1]} n r rss
	IFS='|' read -r n r rss <<<"$last"
	r=$(awk -v r="$r" -v a="$(stat -c %s "$input")" \
	    -v b="$(stat -c %s "$raw")" 'BEGIN { printf "%.1f", r * b / a }')
	BENCH_ROWS[-1]="$n|$r|$rss"
}
rate_of "chain (one pipe)" "$raw" \
    "'$B/normalize' | '$B/segment' | '$B/extract-entities' | '$B/extract-numbers'"
rate_of "  normalize" "$raw" "'$B/normalize'"
rate_of "  segment" "$w/docs.jsonl" "'$B/segment'"
rate_of "  extract-entities" "$w/sents.jsonl" "'$B/extract-entities'"
rate_of "  extract-numbers" "$w/ents.jsonl" "'$B/extract-numbers'"
rate_of "  segment --words" "$w/docs.jsonl" "'$B/segment' --words"
table "pipeline stages on $rawmb MB of raw text (MB/s of raw text; ratio: chain / row)"

# The driver over 8 input files, 1 job then 2.
mkdir -p "$w/in"
(cd "$w/in" && split -n l/8 -d "$raw" part. && for f in part.*; do mv "$f" "$f.txt"; done)
for j in 1 2; do
	rm -rf "$w/out$j"
	measure "zhpipe-batch -j $j (8 files)" /dev/null \
	    "ZP_BIN='$B' '$top/scripts/zhpipe-batch' -q -j $j -o '$w/out$j' '$w/in'"
	# measure timed /dev/null as the input; put the raw size back in.
	last=${BENCH_ROWS[-1]}
	IFS='|' read -r n r rss <<<"$last"
	secs=$(tail -n 1 "$BENCH_TMP/.time" | cut -d' ' -f1)
	r=$(awk -v b="$(stat -c %s "$raw")" -v s="$secs" \
	    'BEGIN { if (s < 0.01) s = 0.01; printf "%.1f", b / 1e6 / s }')
	BENCH_ROWS[-1]="$n|$r|$rss"
done
table "batch driver on $rawmb MB of raw text (ratio: -j 1 / row)"
