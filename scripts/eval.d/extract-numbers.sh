#!/usr/bin/env bash
# eval.d/extract-numbers -- scores extract-numbers on the seed gold and on the
# converted number suites in $ZP_DATA_DIR (../shared/data), one table.
#
# Per set: gold mentions found (any overlapping span), value+unit correct
# among those (value with relative tolerance 1e-6, or min/max, or the date /
# period label; unit = ISO code for money), qualifiers correct (approx, bound,
# change), and precision (system mentions of the set's kinds that overlap no
# gold mention are spurious).  The data is for measuring only.
#
# The converted suites follow their own conventions in places.  Where a
# case's expectation contradicts GUIDELINES.md it is counted in a separate
# column and left out of "adjusted" (the reason is printed per set):
#   vague-value   几十万 given a value; GUIDELINES: vague amounts are null
#   article-one   一只, 一块: 一 + classifier is an article, not a figure
#   date-part     1991 of 1991年1月16日: a date is one mention
#   code          2222.2222.22222.222: dotted codes are not figures
#   no-numeral    人民币 alone: a mention needs a numeral
#   range-part    20% of 5-20%: a range is one mention
#   comparison    比三十大, 比 170 低: a comparison with another figure
#                 does not bound it (GUIDELINES §7: 高于/低于 预期的X, 不及X)
#   suite-arith   the suite's value contradicts its own numeral (an Arabic
#                 number with 万 or 亿 given a value off by a power of ten)
#   typo-repair   一万零百一十一 given 10111: the suite mends a malformed
#                 numeral; GUIDELINES §6 takes a typo literally, never
#                 derives a value
#   code          also a digit string with a leading zero (012): a code,
#                 not a quantity (GUIDELINES §3, stock codes such as 0700)
#   unit-name     the suite's money unit is a name (Dollar, Bitcoin) where
#                 GUIDELINES §5 wants an ISO 4217 code ($ is USD)
#   decimal-point 两百点两, 一点两 split at 点: GUIDELINES §6 reads 点 as
#                 the decimal point, one figure
#   unfinished    二 of 二分之 with no numerator: no quantity (§3)
#   relative-one  一 of 另一种, 同一: a relative word (§3), not a figure
#   no-numeral    also 对折, 半折 (any kind): 对 is no numeral, 半 only in
#                 一半, 半数, 半成 (§3)
#   article-one   also 一位 (位 is a classifier of persons, §3 几十位):
#                 the suite reads it as one bit
#   metalinguistic 三 of 三的写法: a numeral named as a character denotes
#                 no quantity, amount, rate, date, period or rank (§3)
# Comparative ranges (大于二十, 五百多) are read as GUIDELINES bounds: a
# gold range with only a minimum matches a figure with bound lower and that
# value, only a maximum bound upper; both ends need min and max.
# Two suite conventions GUIDELINES cannot express are not scored rather than
# set aside: min_inclusive/max_inclusive (GUIDELINES has bound lower/upper
# for 大于 and 不低于 alike, and closed ranges), and spans that include the
# comparison words (大于或者等于X, 在X和Y之间; GUIDELINES §4 leaves hedge
# words out; "found" is span overlap, so this costs nothing either way).
#
# EVAL_SHOW=N prints up to N misses and spurious mentions per set.
set -euo pipefail
: "${ZP_BIN:?ZP_BIN must name the built tools}"
: "${ZP_DATA_DIR:=$(dirname "$0")/../../../shared/data}"
tool=$ZP_BIN/extract-numbers
gold=$ZP_DATA_DIR/seed-gold/numbers.jsonl
suites=$ZP_DATA_DIR/numbers
if [ ! -f "$gold" ] && [ ! -d "$suites" ]; then
	echo "extract-numbers: no gold data in $ZP_DATA_DIR (seed-gold/, numbers/); skipped"
	exit 0
fi
command -v python3 >/dev/null || {
	echo "extract-numbers: python3 not found; skipped"
	exit 0
}
exec python3 - "$tool" "$gold" "$suites" "${EVAL_SHOW:-0}" <<'PY'
import json, os, subprocess, sys, glob

tool, gold_path, suites_dir, show = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def run(texts):
    inp = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)
    p = subprocess.run([tool], input=inp.encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, check=False)
    if p.returncode not in (0, 1):
        sys.exit("extract-numbers failed: " + p.stderr.decode(errors="replace"))
    out = [json.loads(l) for l in p.stdout.decode().splitlines()]
    return [r.get("numbers", []) for r in out]

def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)

def period_eq(g, s):
    # The gold leaves quarters without their year; we add it when stated.
    if g is None:
        return s is None
    return s is not None and (s == g or s.endswith("-" + g))

def range_as_bound(g, s):
    # A comparative range under GUIDELINES: a bound on a single figure.
    lo, hi = g.get("min"), g.get("max")
    if lo is not None and hi is not None:
        return close(lo, s.get("min")) and close(hi, s.get("max")) or (
            close(lo, hi) and close(lo, s.get("value")))
    if lo is not None:
        return s.get("bound") == "lower" and close(lo, s.get("value"))
    return s.get("bound") == "upper" and close(hi, s.get("value"))

def as_pp(m):
    # 25 bp and 0.25 pp are one quantity: GUIDELINES section 5 writes 码 as
    # 25 bp, issue 17 as 0.25 pp; either side may use either unit.
    if m.get("unit") != "bp":
        return m
    m = dict(m, unit="pp")
    for k in ("value", "min", "max"):
        if m.get(k) is not None:
            m[k] = m[k] / 100.0
    return m

def value_ok(g, s, money_unit=True, unit=True):
    g, s = as_pp(g), as_pp(s)
    if g.get("kind") == "range":
        return range_as_bound(g, s)
    if g.get("kind") == "date" or g.get("date"):
        return s.get("date") == g.get("date")
    if g.get("period"):
        return period_eq(g["period"], s.get("period"))
    if g.get("min") is not None or g.get("max") is not None:
        if not (close(g.get("min"), s.get("min")) and close(g.get("max"), s.get("max"))):
            return False
    elif not close(g.get("value"), s.get("value")):
        return False
    if not unit:
        return True
    if g.get("kind") == "money" or not money_unit:
        return (g.get("unit") or None) == (s.get("unit") or None)
    return (g.get("unit") or None) == (s.get("unit") or None)

def qual_ok(g, s):
    return (bool(g.get("approx")) == bool(s.get("approx")) and
            (g.get("bound") or None) == (s.get("bound") or None) and
            (g.get("change") or None) == (s.get("change") or None))

def best(gs, ge, sysm):
    cand = [m for m in sysm if m["start"] < ge and gs < m["end"]]
    if not cand:
        return None
    cand.sort(key=lambda m: (m["start"] != gs, -(min(ge, m["end"]) - max(gs, m["start"]))))
    return cand[0]

import re
CLASSIFIERS = "只块塊个個双雙对對张張台家条條"
NUMERAL = "0-9０-９〇○零一二三四五六七八九十百千万萬亿億兆两兩壹贰叁肆伍陆柒捌玖拾佰仟倆"
def disagreement(text, g):
    t = g.get("text", "")
    before = text[g["start"] - 1] if g["start"] > 0 else ""
    after = text[g["end"]:g["end"] + 1]
    if re.search("[几幾]", t) and (g.get("value") is not None or
                                  g.get("min") is not None):
        return "vague-value"
    if re.search("零[百千佰仟]", t):
        return "typo-repair"
    if re.match(r"[0０][0-9０-９]+$", t):
        return "code"
    if g.get("kind") == "money" and g.get("unit") and not re.match("[A-Z]{3}$", g["unit"]):
        return "unit-name"
    if (after in ("点", "點") and re.match("[%s]" % NUMERAL, text[g["end"] + 1:g["end"] + 2])) or (
            before in ("点", "點") and g["start"] > 1 and re.match("[%s]" % NUMERAL, text[g["start"] - 2])):
        return "decimal-point"
    if text[g["end"]:g["end"] + 2] == "分之" and not re.match("[%s]" % NUMERAL, text[g["end"] + 2:g["end"] + 3]):
        return "unfinished"
    if t in ("一", "壹") and before in ("另", "同", "上", "下", "新", "前"):
        return "relative-one"
    if re.match("的(另一种|另一種|大写|大寫|小写|小寫)?写法|的(另一种|另一種|大写|大寫|小写|小寫)?寫法", text[g["end"]:]):
        return "metalinguistic"
    if not re.search("[%s]" % NUMERAL, t) and t not in ("半成", "半数", "一半"):
        return "no-numeral"
    if t in ("一", "壹") and text[g["end"]:g["end"] + 1] and text[g["end"]] in CLASSIFIERS:
        return "article-one"
    if t in ("一位", "壹位"):
        return "article-one"
    if re.match(r"[0-9０-９]+$", t) and text[g["end"]:g["end"] + 1] in ("年", "月", "日"):
        return "date-part"
    if re.search(r"[0-9]+(\.[0-9]+){2,}", text):
        return "code"
    if g.get("kind") == "percent" and g["start"] > 0 and text[g["start"] - 1] in "-–~～至到":
        return "range-part"
    if t.startswith("比"):
        return "comparison"
    m = re.match(r"([0-9]+(?:\.[0-9]+)?)([万亿])(?!\s*[0-9０-９.零〇一二两三四五六七八九十百千万亿兆多余几点])", t)
    if m:
        v = float(m.group(1)) * (1e4 if m.group(2) == "万" else 1e8)
        vals = [g.get(k) for k in ("value", "min", "max") if g.get(k) is not None]
        if vals and not any(close(v, x) for x in vals):
            return "suite-arith"
    return None

rows = []
NOTES = []
def covered(text, m):
    # True when m lies inside one of the gold sentences of this article.
    return any(a <= m["start"] and m["end"] <= b for a, b in SPANS.get(text, ()))

SPANS = {}
def score(name, cases, unit_mode, kinds, qual=True, within=False):
    texts = [c[0] for c in cases]
    outs = run(texts)
    ng = found = vok = qok = nsys = spur = 0
    nadj = vadj = 0
    why = {}
    misses, spurs = [], []
    for (text, gold), sysm in zip(cases, outs):
        for g in gold:
            gs, ge = g["start"], g["end"]
            ng += 1
            d = disagreement(text, g) if name.startswith(("recognizers", "cn2an")) else None
            if d:
                why[d] = why.get(d, 0) + 1
            else:
                nadj += 1
            s = best(gs, ge, sysm)
            if s is None:
                if not d:
                    misses.append((text, g, None))
                continue
            found += 1
            if value_ok(g, s, unit=unit_mode):
                vok += 1
                if not d:
                    vadj += 1
            elif not d:
                misses.append((text, g, s))
            if qual and qual_ok(g, s):
                qok += 1
        for m in sysm:
            if kinds is not None and m["kind"] not in kinds:
                continue
            if within and not covered(text, m):
                continue
            nsys += 1
            if not any(m["start"] < g["end"] and g["start"] < m["end"] for g in gold):
                spur += 1
                spurs.append((text, m))
    pct = lambda a, b: "%.1f%%" % (100.0 * a / b) if b else "-"
    rows.append((name, len(cases), ng, pct(found, ng), pct(vok, ng),
                 pct(qok, ng) if qual else "-", pct(nsys - spur, nsys), spur,
                 ng - nadj, pct(vadj, nadj)))
    if why:
        NOTES.append("  %s: left out of adjusted: %s" % (name, ", ".join(
            "%s %d" % kv for kv in sorted(why.items()))))
    for text, g, s in misses[:show]:
        print("MISS %s: %s | gold %s | sys %s" % (name, text[:70], json.dumps(g, ensure_ascii=False),
              json.dumps(s, ensure_ascii=False) if s else "-"), file=sys.stderr)
    for text, m in spurs[:show]:
        print("SPUR %s: %s | %s" % (name, text[:70], json.dumps(m, ensure_ascii=False)), file=sys.stderr)

if os.path.exists(gold_path):
    cases = []
    for line in open(gold_path, encoding="utf-8"):
        d = json.loads(line)
        gold = []
        for m in d["numbers"]:
            g = dict(m)
            g["end"] = m["start"] + len(m["text"])
            gold.append(g)
        cases.append((d["sentence"], gold))
    score("seed-gold", cases, True, None)

    # The same gold on whole articles: each gold sentence is located in its
    # raw line of the seed dump and the offsets shifted, so this row shows
    # what a pipeline without segment gets.
    seed = os.path.join(os.path.dirname(gold_path), "..", "..", "seed",
                        json.loads(open(gold_path, encoding="utf-8").readline())["file"])
    if os.path.exists(seed):
        lines = open(seed, encoding="utf-8").read().split("\n")
        docs, at = {}, {}
        for line in open(gold_path, encoding="utf-8"):
            d = json.loads(line)
            ln = d["line"]
            text = lines[ln - 1]
            pos = text.find(d["sentence"], at.get(ln, 0))
            if pos < 0:
                continue
            at[ln] = pos + len(d["sentence"])
            SPANS.setdefault(text, []).append((pos, pos + len(d["sentence"])))
            g = docs.setdefault(ln, (text, []))[1]
            for m in d["numbers"]:
                m = dict(m)
                m["start"] += pos
                m["end"] = m["start"] + len(m["text"])
                g.append(m)
        # Chrome outside the annotated sentences is not scored: keep only
        # system mentions inside some gold sentence's span.
        cases = [docs[k] for k in sorted(docs)]
        score("seed-gold (whole articles)", cases, True, None, within=True)

kindmap = {"number": {"number"}, "money": {"money"}, "percent": {"percent"},
           "quantity": {"quantity"}, "ordinal": {"ordinal"}, "digits": {"number"},
           "range": None}
for path in sorted(glob.glob(os.path.join(suites_dir, "*.jsonl"))):
    name = os.path.basename(path)[:-6]
    cases, kinds = [], set()
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        gold = []
        for m in d["expected"]:
            g = dict(m)
            if g.get("kind") == "range":
                g.pop("value", None)
            gold.append(g)
        for k in d["scope"]:
            ks = kindmap.get(k)
            kinds = None if ks is None or kinds is None else kinds | ks
        cases.append((d["input"], gold))
    # Units are compared for money only: the suites name other units in
    # English (Kilogram), we keep the written word (公斤).
    unit_mode = "currency" in name or "cn2an" in name
    score(name, cases, unit_mode, kinds, qual=False)

print("extract-numbers: figures vs gold (found = span overlap)")
print("  %-28s %5s %5s %7s %10s %9s %9s %4s %6s %8s" % ("set", "cases", "gold", "found",
      "value+unit", "qualifier", "precision", "spur", "differ", "adjusted"))
for r in rows:
    print("  %-28s %5d %5d %7s %10s %9s %9s %4d %6d %8s" % r)
for n in NOTES:
    print(n)
PY
