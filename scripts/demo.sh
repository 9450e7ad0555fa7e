#!/bin/sh
# demo.sh -- run the pipeline on the bundled sample and write CSV under out/.
# Stages that are not built yet are left out, so the demo grows with the
# project.  Called by `make demo` with ZP_BIN set.
set -eu
bin=${ZP_BIN:-bin}
sample=data/sample/news.txt.gz
mkdir -p out

have() { [ -x "$bin/$1" ]; }

# Each stage reads the previous file, so a failure names its stage.
if have normalize; then
	"$bin/normalize" --date 2024-11-01 "$sample" >out/documents.jsonl
else
	gzip -dc "$sample" | jq -R -c '{id: ("news.txt:" +
	    (input_line_number | tostring)), text: .}' >out/documents.jsonl
fi
last=out/documents.jsonl
for stage in segment extract-entities extract-numbers; do
	if have "$stage"; then
		"$bin/$stage" "$last" >"out/$stage.jsonl"
		last=out/$stage.jsonl
	else
		echo "demo: $stage is not built yet; skipped" >&2
	fi
done
cp "$last" out/records.jsonl

"$bin/to-csv" --excel --fields id,sent,text "$last" >out/sentences.csv
if have extract-numbers; then
	"$bin/to-csv" --excel --explode numbers --fields \
'id,sent,subject=numbers.subject,metric=numbers.metric,period=numbers.period,'\
'kind=numbers.kind,value=numbers.value,min=numbers.min,max=numbers.max,'\
'unit=numbers.unit,approx=numbers.approx,bound=numbers.bound,'\
'change=numbers.change,basis=numbers.basis,text=numbers.text' \
	    "$last" >out/numbers.csv
fi
if have extract-entities; then
	"$bin/to-csv" --excel --explode entities --fields \
'id,sent,text=entities.text,type=entities.type,entity=entities.id,'\
'ticker=entities.ticker,start=entities.start,end=entities.end' \
	    "$last" >out/entities.csv
fi

echo "demo: wrote:"
for f in out/*.csv; do
	printf '  %-22s %5d rows\n' "$f" $(($(wc -l <"$f") - 1))
done
if [ -f out/numbers.csv ]; then
	echo
	echo "first figures (out/numbers.csv):"
	head -n 8 out/numbers.csv | sed 's/^\xEF\xBB\xBF//; s/\r$//; s/^/  /'
fi
