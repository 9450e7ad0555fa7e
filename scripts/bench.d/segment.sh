# segment: sentences alone and with --words, beside ICU's word break (same
# binary, --engine icu) and Python jieba, on the same document records.
set -euo pipefail
. "$(dirname "$0")/../bench-lib.sh"
in=$BENCH_TMP/docs.jsonl
[ -f "$in" ] || { echo "segment: no document records (corpus missing); skipped"; exit 0; }
seg=$ZP_BIN/segment
py=/usr/bin/python3

# Lexicon load alone (an empty input), so the rates below can be read
# with and without it.
t0=$(date +%s.%N)
"$seg" --words </dev/null
t1=$(date +%s.%N)
load=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')

measure "segment (sentences)" "$in" "$seg"
table "segment, sentences only, on $(mb "$in") MB of document records"
echo

measure "segment --words" "$in" "$seg --words"
measure "segment --words --engine icu" "$in" "$seg --words --engine icu"
if "$py" -c 'import jieba' 2>/dev/null; then
	# jieba is slow: time it on a tenth of the input, same records.
	small=$BENCH_TMP/docs-tenth.jsonl
	head -c $(($(stat -c %s "$in") / 10)) "$in" | sed '$d' >"$small"
	cat >"$BENCH_TMP/jieba-seg.py" <<'PY'
import json, sys, jieba
jieba.setLogLevel(60)
jieba.initialize()
out = sys.stdout
for line in sys.stdin:
    r = json.loads(line)
    r["tokens"] = list(jieba.cut(r["text"]))
    out.write(json.dumps(r, ensure_ascii=False) + "\n")
PY
	measure "python3 jieba (HMM; 1/10 of input)" "$small" \
	    "$py $BENCH_TMP/jieba-seg.py"
else
	echo "segment: python3 jieba not installed; its row is skipped"
fi
table "segment --words on $(mb "$in") MB of document records (lexicon load: ${load} s)"

# The machine is shared: elapsed time counts other processes' turns too.
# CPU time (user + sys) of the same runs is steadier; printed as a check.
echo
echo "segment: the same runs by CPU time (user + sys), MB/s"
for args in "" "--words" "--words --engine icu"; do
	out=$( { /usr/bin/time -f '%U %S' $seg $args <"$in" >/dev/null; } 2>&1 |
	    tail -n 1)
	printf '  %-34s %9s\n' "segment $args" "$(awk -v b="$(stat -c %s "$in")" \
	    -v u="${out% *}" -v s="${out#* }" \
	    'BEGIN { t = u + s; if (t < 0.01) t = 0.01; printf "%.1f", b / 1e6 / t }')"
done
