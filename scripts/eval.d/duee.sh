# duee: figure -> subject, metric, period on DuEE-Fin (Baidu's document-level
# financial events, dev half, in $ZP_DATA_DIR/duee_fin), per event type and
# role, through normalize --from jsonl | extract-entities | extract-numbers
# on whole documents.  The scorer (eval_duee.py beside the gold) says which
# metric words count for which action.  For measuring only: its misses
# never feed a word list.
set -uo pipefail
gold=$ZP_DATA_DIR/duee_fin/facts-dev.jsonl
scorer=$ZP_DATA_DIR/duee_fin/eval_duee.py
if [ ! -f "$gold" ] || [ ! -f "$scorer" ]; then
	echo "duee: no DuEE-Fin facts in $ZP_DATA_DIR/duee_fin; skipped"
	exit 0
fi
command -v python3 >/dev/null || {
	echo "duee: python3 not found; skipped"
	exit 0
}
echo "duee: DuEE-Fin dev facts (corporate actions), whole documents"
python3 "$scorer" "$gold" "$ZP_BIN" | sed -n '/^group/,$p' | sed 's/^/  /'
