# facts: figure -> subject, metric, period on the seed's facts gold
# (seed-gold/facts.jsonl, conventions in FACTS.md beside it), through the
# README's pipeline: normalize | extract-entities | extract-numbers |
# segment, the seed dated 2024-01-31 as the gold is.  A wrong subject is
# worse than an empty one, so both are printed.  The data is for measuring
# only.
set -uo pipefail
gold=$ZP_DATA_DIR/seed-gold/facts.jsonl
scorer=$ZP_DATA_DIR/seed-gold/eval_facts.py
seed=$(ls "$ZP_DATA_DIR"/../seed/*.txt 2>/dev/null | head -1)
if [ ! -f "$gold" ] || [ ! -f "$scorer" ] || [ -z "$seed" ]; then
	echo "facts: no facts gold or seed in $ZP_DATA_DIR; skipped"
	exit 0
fi
command -v python3 >/dev/null || {
	echo "facts: python3 not found; skipped"
	exit 0
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$ZP_BIN/normalize" --date 2024-01-31 "$seed" | "$ZP_BIN/extract-entities" |
    "$ZP_BIN/extract-numbers" | "$ZP_BIN/segment" >"$tmp/records.jsonl" ||
	exit 1
python3 "$scorer" "$gold" "$tmp/records.jsonl" >"$tmp/score" || exit 1
# facts found F/N subject S (wrong W) metric M period P
awk '{
	split($3, fn, "/"); n = fn[2]; s = $5; w = substr($7, 1, length($7) - 1)
	m = $9; p = $11
	printf "facts: seed facts through the README pipeline (%d figures, %d found)\n", n, fn[1]
	printf "  %-10s %7s %7s %7s\n", "field", "right", "wrong", "empty"
	printf "  %-10s %6.1f%% %6.1f%% %6.1f%%\n", "subject", 100*s/n, 100*w/n, 100*(n-s-w)/n
	printf "  %-10s %6.1f%%\n", "metric", 100*m/n
	printf "  %-10s %6.1f%%\n", "period", 100*p/n
}' "$tmp/score"
