# normalize: the chrome rule on the seed dump (its ten articles must stay,
# the search header and footer lines must go) and its cost on real prose
# (the bench corpus: every line there is text, so every drop is a loss).
set -uo pipefail
n=$ZP_BIN/normalize
seed=$ZP_DATA_DIR/../seed/000_4cf60f6cd00351f1.txt
corpus=$ZP_DATA_DIR/bench/corpus.txt.gz
echo "normalize: chrome (boilerplate) rule"
printf '  %-44s %8s %8s %8s %s\n' input lines kept dropped note
if [ -f "$seed" ]; then
	lines=$(grep -c . "$seed")
	kept=$("$n" "$seed" | wc -l)
	ids=$("$n" "$seed" | jq -r '.id | sub(".*:"; "")' | tr '\n' ' ')
	want="2 3 4 5 6 7 8 9 10 11 "
	note="kept lines: $ids"
	[ "$ids" = "$want" ] && note="exactly the ten articles (lines 2-11)"
	printf '  %-44s %8s %8s %8s %s\n' "seed dump" "$lines" "$kept" \
	    $((lines - kept)) "$note"
else
	echo "  seed dump not found at $seed: skipped"
fi
if [ -f "$corpus" ]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	gzip -dc "$corpus" >"$tmp/c.txt"
	lines=$(grep -c . "$tmp/c.txt")
	"$n" --verbose "$tmp/c.txt" 2>"$tmp/err" >"$tmp/out"
	kept=$(wc -l <"$tmp/out")
	"$n" --keep-all "$tmp/c.txt" >"$tmp/all"
	# Characters of text in the dropped documents.
	all=$(jq -n '[inputs | .text | length] | add' "$tmp/all")
	kept_chars=$(jq -n '[inputs | .text | length] | add // 0' "$tmp/out")
	lost=$((all - kept_chars))
	printf '  %-44s %8s %8s %8s %s\n' "bench corpus (real prose, 1 doc/line)" \
	    "$lines" "$kept" $((lines - kept)) \
	    "$(awk -v l="$lost" -v t="$all" 'BEGIN { printf "%.2f%% of the characters", 100 * l / t }')"
	sed 's/^normalize: /  (--verbose: /; s/$/)/' "$tmp/err"
else
	echo "  bench corpus not found at $corpus: skipped"
fi
