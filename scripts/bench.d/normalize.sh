# normalize against ICU's own NFKC tool (uconv) on UTF-8 text, and against
# gzip -dc, the floor, on gzipped text.  Same input in the same run.  No
# --dedupe here: the corpus is the same text repeated, which would flatter it.
set -euo pipefail
. "$(dirname "$0")/../bench-lib.sh"
in=$BENCH_TMP/corpus.txt
[ -f "$in" ] || { echo "normalize: no corpus ($ZP_DATA_DIR/bench missing); skipped"; exit 0; }
n=$ZP_BIN/normalize
gz=$BENCH_TMP/normalize-corpus.txt.gz
gb=$BENCH_TMP/normalize-corpus.gb18030.txt
[ -f "$gz" ] || gzip -6 -c "$in" >"$gz"
[ -f "$gb" ] || iconv -f UTF-8 -t GB18030 "$in" >"$gb"

measure "normalize" "$in" "$n"
measure "normalize --keep-all" "$in" "$n --keep-all"
measure "uconv -x '::NFKC;'" "$in" "uconv -x '::NFKC;'"
table "normalize on $(mb "$in") MB of UTF-8 text, one document per line (ratio: normalize / tool)"
echo
measure "normalize (gzip input)" "$gz" "$n"
measure "gzip -dc" "$gz" "gzip -dc"
table "normalize on $(mb "$gz") MB of gzip ($(mb "$in") MB of text); MB/s of compressed input"
echo
measure "normalize (GB18030, detected)" "$gb" "$n"
measure "iconv -f GB18030 -t UTF-8" "$gb" "iconv -f GB18030 -t UTF-8"
measure "uconv -f gb18030 -x '::NFKC;'" "$gb" "uconv -f gb18030 -x '::NFKC;'"
table "normalize on $(mb "$gb") MB of GB18030 text (ratio: normalize / tool)"
echo
if [ -f "$BENCH_TMP/docs.jsonl" ]; then
	measure "normalize --from jsonl" "$BENCH_TMP/docs.jsonl" "$n --from jsonl"
	# (No '|' in a row name: the table splits on it.)
	measure "jq -c . (parse and write only)" "$BENCH_TMP/docs.jsonl" \
	    "jq -c ."
	table "normalize --from jsonl on $(mb "$BENCH_TMP/docs.jsonl") MB of document records"
fi
