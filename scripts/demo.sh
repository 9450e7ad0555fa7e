#!/bin/sh
# demo.sh -- run the pipeline on the bundled sample and write CSV (and,
# with to-xlsx built, a workbook) under out/.
# Called by `make demo` with ZP_BIN set.  With every filter built, the batch
# driver does the work; before that, the stages that exist run in a chain.
set -eu
bin=${ZP_BIN:-bin}
sample=data/sample/news.txt.gz
mkdir -p out

have() { [ -x "$bin/$1" ]; }

if have normalize && have segment && have extract-entities &&
    have extract-numbers; then
	xlsx=
	have to-xlsx && xlsx=--xlsx
	ZP_BIN=$bin scripts/zhpipe-batch --excel $xlsx --date 2024-11-01 \
	    -o out "$sample"
else
	if have normalize; then
		"$bin/normalize" --date 2024-11-01 "$sample" >out/documents.jsonl
	else
		gzip -dc "$sample" | jq -R -c '{id: ("news.txt:" +
		    (input_line_number | tostring)), text: .}' \
		    >out/documents.jsonl
	fi
	last=out/documents.jsonl
	# The extractors read whole documents; segment hands their entities
	# and figures to the sentences.
	for stage in extract-entities extract-numbers segment; do
		if have "$stage"; then
			"$bin/$stage" "$last" >"out/$stage.jsonl"
			last=out/$stage.jsonl
		else
			echo "demo: $stage is not built yet; skipped" >&2
		fi
	done
	"$bin/to-csv" --excel --fields id,text "$last" >out/records.csv
fi

echo "demo: wrote:"
for f in out/*.csv; do
	printf '  %-22s %5d rows\n' "$f" $(($(wc -l <"$f") - 1))
done
[ ! -f out/zhpipe.xlsx ] ||
	printf '  %-22s the same views as sheets\n' out/zhpipe.xlsx
if [ -f out/numbers.csv ]; then
	echo
	echo "first figures (out/numbers.csv):"
	head -n 8 out/numbers.csv | sed 's/^\xEF\xBB\xBF//; s/\r$//; s/^/  /'
fi
if [ -f out/facts.csv ]; then
	echo
	echo "first facts (out/facts.csv; to-csv --facts):"
	head -n 6 out/facts.csv | cut -d, -f1-12 |
	    sed 's/^\xEF\xBB\xBF//; s/\r$//; s/^/  /'
fi
