# extract-entities with the full gazetteer beside two floors measured in
# the same run: GNU grep -oF matching every alias of the same gazetteer
# (multi-string search only: no JSON, no rules; counted through wc, as
# GNU grep stops at the first match when its output is /dev/null), and jq
# re-emitting each record (JSON in and out only).  Then the start-up cost: the gazetteers
# loaded and compiled, on empty input.
set -euo pipefail
. "$(dirname "$0")/../bench-lib.sh"
docs=$BENCH_TMP/docs.jsonl
sents=$BENCH_TMP/sents.jsonl
ee=$ZP_BIN/extract-entities
[ -f "$docs" ] || { echo "extract-entities: no document records (corpus missing); skipped"; exit 0; }
gaz=${ZHPIPE_DATA:-$(dirname "$0")/../../data}/gazetteer
# Every alias and canonical name, one per line, for grep -F.
python3 - "$gaz" >"$BENCH_TMP/aliases.txt" <<'PY'
import csv, glob, sys
names = set()
for f in glob.glob(sys.argv[1] + "/*.csv"):
    for row in csv.DictReader(open(f, encoding="utf-8")):
        names.add(row["canonical"])
        names.update(a for a in row["aliases"].split("|") if a)
print("\n".join(sorted(names)))
PY
measure "extract-entities (documents)" "$docs" "$ee"
[ -f "$sents" ] && measure "extract-entities (sentences)" "$sents" "$ee"
measure "grep -oF -f aliases ($(wc -l <"$BENCH_TMP/aliases.txt"))" "$docs" \
    "LC_ALL=C grep -oF -f $BENCH_TMP/aliases.txt | wc -l"
measure "jq -c . (JSON only)" "$docs" "jq -c ."
table "extract-entities on $(mb "$docs") MB of document records (ratio: extract-entities / tool)"

# On a shared machine wall time counts the waits for a core too; the CPU
# time of the same run says what one core does.
/usr/bin/time -o "$BENCH_TMP/.cpu" -f '%U %S %e' "$ee" <"$docs" >/dev/null
read -r usr sys wall <"$BENCH_TMP/.cpu"
awk -v b="$(stat -c %s "$docs")" -v u="$usr" -v s="$sys" -v w="$wall" 'BEGIN {
	printf "extract-entities (documents), CPU time: %.2f s user + %.2f s system for %.1f MB: %.1f MB per CPU second (wall %.2f s)\n", u, s, b / 1e6, b / 1e6 / (u + s > 0.01 ? u + s : 0.01), w }'

# Start-up: 20 runs on empty input, the mean wall time of one.
start=$(date +%s%N)
for _ in $(seq 20); do "$ee" </dev/null >/dev/null; done
end=$(date +%s%N)
awk -v ns=$((end - start)) 'BEGIN {
	printf "start-up with the full gazetteer (load + compile + exit): %.1f ms\n", ns / 20 / 1e6 }'
