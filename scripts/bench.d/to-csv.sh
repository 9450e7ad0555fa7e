# to-csv against jq, Miller and Python's json+csv, same columns, same input;
# to-xlsx (a workbook in constant-memory mode) and to-csv --excel beside it.
set -euo pipefail
. "$(dirname "$0")/../bench-lib.sh"
in=$BENCH_TMP/sents.jsonl
[ -f "$in" ] || { echo "to-csv: no sentence records (corpus missing); skipped"; exit 0; }
py=$(command -v /usr/bin/python3 || command -v python3)
cat >"$BENCH_TMP/tocsv.py" <<'PY'
import csv, json, sys
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["id", "sent", "start", "end", "text"])
for line in sys.stdin:
    r = json.loads(line)
    w.writerow([r.get("id"), r.get("sent"), r.get("start"), r.get("end"),
                r.get("text")])
PY
measure "to-csv --fields" "$in" "$ZP_BIN/to-csv --fields id,sent,start,end,text"
measure "to-xlsx --fields" "$in" \
    "$ZP_BIN/to-xlsx -o $BENCH_TMP/bench.xlsx --fields id,sent,start,end,text"
rm -f "$BENCH_TMP/bench.xlsx"
measure "to-csv --excel --fields" "$in" \
    "$ZP_BIN/to-csv --excel --fields id,sent,start,end,text"
measure "to-csv (inferred columns)" "$in" "$ZP_BIN/to-csv"
measure "python3 json+csv" "$in" "$py $BENCH_TMP/tocsv.py"
measure "jq -r @csv" "$in" "jq -r '[.id,.sent,.start,.end,.text]|@csv'"
measure "mlr cut -o -f" "$in" "mlr --ijsonl --ocsv cut -o -f id,sent,start,end,text"
table "to-csv on $(mb "$in") MB of sentence records (ratio: to-csv --fields / tool)"
