# segment: word P/R/F1 on SIGHAN 2005 PKU test (measuring only, never
# training), beside ICU's word break and Python jieba; gazetteer names kept
# whole on the sample and seed texts.
set -uo pipefail
seg=$ZP_BIN/segment
root=$(cd "$(dirname "$0")/../.." && pwd)
data=${ZHPIPE_DATA:-$root/data}
pku=$ZP_DATA_DIR/sighan2005
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# score GOLD OUT: "P R F1 words" by the bakeoff's definition: a word is
# right when its span, white space removed, equals a gold word's.
cat >"$tmp/score.awk" <<'AWK'
function spans(line, arr,    n, i, w, pos, k) {
	gsub(/\r/, "", line)
	n = split(line, w, /[ \t]+/)
	pos = 0; k = 0
	for (i = 1; i <= n; i++) {
		if (w[i] == "") continue
		arr[pos "," pos + length(w[i])] = 1
		pos += length(w[i]); k++
	}
	return k
}
FNR == NR { gold[FNR] = $0; next }
{
	delete g; delete p
	G += spans(gold[FNR], g); P += spans($0, p)
	for (s in p) if (s in g) C++
}
END {
	pr = P ? C / P : 0; rc = G ? C / G : 0
	f = pr + rc ? 2 * pr * rc / (pr + rc) : 0
	printf "%.4f %.4f %.4f %d\n", pr, rc, f, P
}
AWK

# segment_lines ARGS...: the PKU test text, one line per document, through
# segment --words ARGS; prints the words of each line joined by two spaces.
segment_lines() {
	local n
	n=$(wc -l <"$pku/pku_test.utf8")
	jq -R -c '{id: input_line_number, text: .}' "$pku/pku_test.utf8" |
	    "$seg" --words "$@" |
	    jq -r '"\(.id)\t\(.tokens | map(select(test("^\\s*$") | not))
	        | join("  "))"' |
	    awk -F'\t' -v n="$n" '{ a[$1] = ($1 in a) ? a[$1] "  " $2 : $2 }
	        END { for (i = 1; i <= n; i++) print a[i] }'
}

row() {
	local name=$1 file=$2 p r f np
	read -r p r f np < <(LC_ALL=C awk -f "$tmp/score.awk" \
	    "$pku/pku_test_gold.utf8" "$file")
	printf '  %-40s %7s %7s %7s %8s\n' "$name" "$p" "$r" "$f" "$np"
}

echo "segment: SIGHAN 2005 PKU test, word P/R/F1 (gold: 104372 words)"
if [ -f "$pku/pku_test.utf8" ] && [ -f "$pku/pku_test_gold.utf8" ]; then
	printf '  %-40s %7s %7s %7s %8s\n' engine P R F1 words
	segment_lines >"$tmp/lex"
	row "segment --words (lexicon)" "$tmp/lex"
	segment_lines --keep-names >"$tmp/keep"
	row "segment --words --keep-names" "$tmp/keep"
	segment_lines --keep-phrases >"$tmp/phr"
	row "segment --words --keep-phrases" "$tmp/phr"
	segment_lines --no-gazetteer >"$tmp/nogaz"
	row "segment --words --no-gazetteer" "$tmp/nogaz"
	segment_lines --engine icu >"$tmp/icu"
	row "segment --words --engine icu (ICU 72)" "$tmp/icu"
	if "$py" -c 'import jieba' 2>/dev/null; then
		"$py" - "$pku/pku_test.utf8" >"$tmp/jieba" 2>/dev/null <<'PY'
import sys, jieba
jieba.setLogLevel(60)
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\r\n")
    print("  ".join(w for w in jieba.cut(line) if w.strip()))
PY
		row "python3 jieba $("$py" -c 'import jieba; print(jieba.__version__)') (HMM)" "$tmp/jieba"
	else
		echo "  python3 jieba not installed: skipped"
	fi
else
	echo "  $pku/pku_test*.utf8 not found: skipped"
fi

# Gazetteer names kept whole: every occurrence of a gazetteer name (with a
# Han character) in the texts, leftmost-longest, is one token or not.
# People are left out: their names are cut 姓 | 名 as PKU does, unless
# --keep-names.
echo
echo "segment: gazetteer names (but people's) kept whole as one token"
texts=()
[ -f "$root/data/sample/news.txt" ] && texts+=("$root/data/sample/news.txt")
for f in "$ZP_DATA_DIR"/../seed/*.txt; do [ -f "$f" ] && texts+=("$f"); done
if [ ${#texts[@]} -eq 0 ] || ! ls "$data"/gazetteer/*.csv >/dev/null 2>&1; then
	echo "  sample/seed texts or data/gazetteer/*.csv missing: skipped"
	exit 0
fi
if [ -x "$ZP_BIN/normalize" ]; then
	"$ZP_BIN/normalize" --keep-all "${texts[@]}" >"$tmp/docs" 2>/dev/null
else
	cat "${texts[@]}" | jq -R -c '{text: .}' >"$tmp/docs"
fi
cat >"$tmp/whole.py" <<'PY'
import csv, glob, json, re, sys
names = set()
for path in glob.glob(sys.argv[2] + "/gazetteer/*.csv"):
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("type") == "PER":
                continue
            for n in [row.get("canonical") or ""] + \
                    (row.get("aliases") or "").split("|"):
                n = n.strip()
                if len(n) >= 2 and re.search("[\u4e00-\u9fff]", n):
                    names.add(n)
maxlen = max(map(len, names))
occ = whole = 0
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    text, bounds, at = r["text"], {0}, 0
    for t in r["tokens"]:
        at += len(t)
        bounds.add(at)
    i = 0
    while i < len(text):
        for l in range(min(maxlen, len(text) - i), 1, -1):
            if text[i:i + l] in names:
                occ += 1
                if i in bounds and i + l in bounds and \
                        not any(b in bounds for b in range(i + 1, i + l)):
                    whole += 1
                i += l
                break
        else:
            i += 1
print(occ, whole)
PY
printf '  %-40s %11s %11s\n' engine occurrences "kept whole"
for args in "" "--no-gazetteer" "--engine icu"; do
	"$seg" --words $args "$tmp/docs" >"$tmp/w"
	read -r occ whole < <("$py" "$tmp/whole.py" "$tmp/w" "$data")
	printf '  %-40s %11s %11s (%s%%)\n' "segment --words $args" "$occ" \
	    "$whole" "$(awk -v a="$whole" -v b="$occ" \
	    'BEGIN { printf "%.1f", b ? 100 * a / b : 0 }')"
done
echo "  (texts: ${texts[*]})"
