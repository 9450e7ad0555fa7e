#!/bin/sh
# Derives data/lexicon/jieba.dict, the word list segment loads, from jieba's
# dict.txt (MIT; Debian package python3-jieba).  The result is the same
# "word frequency tag" lines, one entry per word (the first wins), sorted in
# byte order so that the loader can build its trie without sorting.
#
# usage: scripts/mk-lexicon.sh [DICT.TXT [OUT]]
set -eu
src=${1:-/usr/lib/python3/dist-packages/jieba/dict.txt}
out=${2:-data/lexicon/jieba.dict}
[ -r "$src" ] || { echo "mk-lexicon: $src: not readable" >&2; exit 2; }
tmp=$out.tmp.$$
trap 'rm -f "$tmp"' EXIT
# Keep well-formed lines only; strip a CR; sort by the word's bytes.
LC_ALL=C awk 'NF == 3 && $2 ~ /^[0-9]+$/ { sub(/\r$/, ""); print }' "$src" |
    LC_ALL=C sort -t ' ' -k1,1 -s -u >"$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "mk-lexicon: $(wc -l <"$out") words in $out" >&2
