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
echo
# The same pages as WARC response records and as ARC records, 20 corpus
# lines a page, from the first 10 MB of the corpus (a short run): the two
# readers side by side, plain and with a gzip member a record.
warc=$BENCH_TMP/normalize-pages.warc
arc=$BENCH_TMP/normalize-pages.arc
if [ ! -f "$arc" ]; then
	head -c 10000000 "$in" | awk '
	    NR % 20 == 1 {
		if (NR > 1) print "</body></html>"
		n++
		printf "@@ %s uri=http://bench.example.test/%d.html http=text/html;%%20charset=utf-8\n", "response", n
		print "<html><head><title>bench</title></head><body>"
	    }
	    { gsub(/@@/, "@ @"); print "<p>" $0 "</p>" }
	    END { print "</body></html>" }' >"$BENCH_TMP/pages.spec"
	python3 "$(dirname "$0")/../mkwarc" <"$BENCH_TMP/pages.spec" >"$warc"
	python3 "$(dirname "$0")/../mkwarc" --gzip <"$BENCH_TMP/pages.spec" \
	    >"$warc.gz"
	sed 's|^@@ response uri=\([^ ]*\)|@@ \1|' "$BENCH_TMP/pages.spec" |
	    python3 "$(dirname "$0")/../mkarc" >"$arc"
	sed 's|^@@ response uri=\([^ ]*\)|@@ \1|' "$BENCH_TMP/pages.spec" |
	    python3 "$(dirname "$0")/../mkarc" --gzip >"$arc.gz"
fi
measure "normalize --from warc" "$warc" "$n --from warc"
measure "normalize --from arc" "$arc" "$n --from arc"
measure "normalize --from warc (.warc.gz)" "$warc.gz" "$n --from warc"
measure "normalize --from arc (.arc.gz)" "$arc.gz" "$n --from arc"
table "normalize on the same HTML pages as WARC ($(mb "$warc") MB) and ARC ($(mb "$arc") MB); gzip rows: MB/s of compressed input"
