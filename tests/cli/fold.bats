#!/usr/bin/env bats
# Issue 17: a Traditional document gives the figures and entities of the
# same document converted to Simplified first (normalize --simplified):
# the extractors read a Simplified fold of their text (src/lib/fold.c).
# The story is written for this test, in the style of Taiwanese and Hong
# Kong reports; it uses only what folding alone covers (no 民國 years, no
# bare 元, no ○ numerals).

bats_require_minimum_version 1.5.0

setup() {
	B=$ZP_BIN
	T=$BATS_TEST_TMPDIR
	for t in normalize extract-entities extract-numbers; do
		[ -x "$B/$t" ] || skip "$t is not built"
	done
	command -v jq >/dev/null || skip "jq is not installed"
	cat >"$T/trad.txt" <<'TXT'
台積電今日公布10月營收為新台幣2,518億元，較上月增加4.3%，較去年同期增長29.2%。該公司預計第四季營收將介於261億美元至269億美元之間。
聯發科第三季淨利為新台幣254億元，毛利率達47.8%，法人預估第四季營收將季減約5%。
騰訊控股公布第二季業績，收入按年增長8%至1,611億港元，淨利潤按年上升82%。
董事長陳建宏表示，全球記憶體市場需求回溫，公司將擴大在高雄市的投資，資本支出約為35億美元。
輝達執行長黃仁勳指出，H200晶片供不應求，蘋果也計劃在明年推出新款iPhone。
TXT
}

# What must agree: entities by type, id and span; figures by span, kind,
# value, bounds, unit, change, basis, metric, subject and period.
view() {
	"$B/normalize" --date 2024-11-08 "$@" "$T/trad.txt" |
		"$B/extract-entities" | "$B/extract-numbers" |
		jq -c '[.entities[] | [.type, .id, .start, .end]],
		    [.numbers[] | [.start, .end, .kind, .value, .min, .max,
		    .unit, .change, .basis, .metric, .subject, .period]]'
}

@test "fold: a Traditional document reads as the same document in Simplified" {
	view >"$T/as-is.json"
	view --simplified >"$T/simplified.json"
	diff "$T/simplified.json" "$T/as-is.json"
	# Not two empty outputs: the names and figures are there.
	grep -q '"ORG","TSMC"' "$T/as-is.json"
	grep -q '"ORG","MediaTek"' "$T/as-is.json"
	grep -q '"ORG","Tencent"' "$T/as-is.json"
	grep -q '"LOC","Kaohsiung"' "$T/as-is.json"
	grep -q '"PRODUCT","NVIDIA H200"' "$T/as-is.json"
	grep -q '"PER","陈建宏"' "$T/as-is.json"
	grep -q '251800000000,null,null,"TWD"' "$T/as-is.json"
	grep -q '"HKD"' "$T/as-is.json"
	grep -q '"yoy","净利润","Tencent"' "$T/as-is.json"
	[ "$(jq -s '[.[] | length] | add' "$T/as-is.json")" -ge 25 ]
}

@test "fold: spans and text stay as written" {
	"$B/normalize" "$T/trad.txt" | "$B/extract-entities" |
		"$B/extract-numbers" >"$T/out.jsonl"
	run -0 jq -r '.text as $t | (.entities[], .numbers[]) |
	    select($t[.start:.end] != .text) | .text' "$T/out.jsonl"
	[ -z "$output" ]
	run -0 jq -r '.entities[] | select(.id == "TSMC") | .text' \
		"$T/out.jsonl"
	[ "${lines[0]}" = "台積電" ]
	run -0 jq -r '.numbers[] | select(.unit == "HKD") | .text' \
		"$T/out.jsonl"
	[ "$output" = "1,611億港元" ]
}
