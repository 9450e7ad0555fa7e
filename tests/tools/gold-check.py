#!/usr/bin/python3
"""gold-check -- validate gold sets in the seed gold's JSON Lines format
(GUIDELINES.md section 1) against the texts they annotate, so that hand-made
offsets cannot rot when a text or a gold line is edited.

  gold-check.py DIR...

Each DIR holds the annotated texts (one article a line) and numbers.jsonl
and/or entities.jsonl.  Checked per record: the file and line exist, the
sentence lies in that line, after the previous sentence of the line; per
mention: text == sentence[start:end] (code points), end == start + len(text)
when end is given, mentions in text order, the keys and values the scorers
read (kind, unit as an ISO code for money, value or min/max, date/period,
approx, change, bound; type, canonical, ticker with its exchange; the
parent of a unit and the maker of a product, as ids).  Prints
FILE:LINE: reason for each fault, then a summary; exits 1 if any.
"""
import json
import os
import re
import sys

KINDS = {"money", "percent", "count", "quantity", "number", "ordinal", "date",
         "period"}
TYPES = {"ORG", "PER", "LOC", "PRODUCT"}
TICKER = re.compile(r"^[0-9A-Z.]+\.(TW|TWO|HK|SH|SZ|BJ)$|^[A-Z][A-Z.]*$")
faults = 0


def fault(where, msg):
    global faults
    faults += 1
    print("%s: %s" % (where, msg))


def check_mention(where, sent, m, prev_end, layer):
    for k in ("text", "start"):
        if k not in m:
            fault(where, "%s mention without %s" % (layer, k))
            return prev_end
    t, s = m["text"], m["start"]
    e = m.get("end", s + len(t))
    if e != s + len(t):
        fault(where, "%r: end %d is not start + length %d" % (t, e, s + len(t)))
    if sent[s:s + len(t)] != t:
        fault(where, "%r not at [%d,%d): the sentence has %r there"
              % (t, s, s + len(t), sent[s:s + len(t)]))
    if s < prev_end:
        fault(where, "%r overlaps or precedes the %s before it" % (t, layer))
    if layer == "number":
        k = m.get("kind")
        if k not in KINDS:
            fault(where, "%r: kind %r" % (t, k))
        if k == "money" and not re.match(r"^[A-Z]{3}$", m.get("unit") or ""):
            fault(where, "%r: money needs an ISO 4217 unit" % t)
        if k == "date" and not m.get("date"):
            fault(where, "%r: a date needs its date" % t)
        if k == "percent" and m.get("unit") not in ("%", "pp", "bp"):
            fault(where, "%r: percent unit %r" % (t, m.get("unit")))
        has_range = m.get("min") is not None or m.get("max") is not None
        if has_range and m.get("value") is not None:
            fault(where, "%r: a range has value null" % t)
        if k in ("money", "percent", "count") and not has_range and \
                m.get("value") is None and not m.get("approx"):
            fault(where, "%r: no value, and not vague (approx)" % t)
        if m.get("change") not in (None, "up", "down"):
            fault(where, "%r: change %r" % (t, m.get("change")))
        if m.get("bound") not in (None, "lower", "upper"):
            fault(where, "%r: bound %r" % (t, m.get("bound")))
        if m.get("bound") and not m.get("approx"):
            fault(where, "%r: a bound is approximate (GUIDELINES section 7)" % t)
    else:
        if m.get("type") not in TYPES:
            fault(where, "%r: type %r" % (t, m.get("type")))
        if not m.get("canonical"):
            fault(where, "%r: no canonical" % t)
        if m.get("ticker") is not None and not TICKER.match(m["ticker"]):
            fault(where, "%r: ticker %r without its exchange" % (t, m["ticker"]))
        # Issue 18: a unit (宝马中国) names its parent company and a product
        # its maker, both by id, so that the scorer can compare them as it
        # compares canonicals.  A unit is an ORG, a maker's goods a PRODUCT.
        # A unit is not its own parent; a product may share its maker's id
        # (五粮液 the liquor, by 五粮液 the company).
        for k, typ in (("parent", "ORG"), ("maker", "PRODUCT")):
            if k not in m:
                continue
            v = m[k]
            if not isinstance(v, str) or not v.strip():
                fault(where, "%r: %s %r is not an id" % (t, k, v))
            elif m.get("type") != typ:
                fault(where, "%r: a %s %s, but the mention is %s"
                      % (t, typ, k, m.get("type")))
            elif k == "parent" and v == m.get("canonical"):
                fault(where, "%r: %s %r is the mention's own id" % (t, k, v))
    return s + len(t)


def check_file(d, name, layer):
    path = os.path.join(d, name)
    texts, at = {}, {}
    n = 0
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        where = "%s:%d" % (path, i)
        try:
            r = json.loads(line)
        except ValueError as e:
            fault(where, "invalid JSON: %s" % e)
            continue
        fn, ln, sent = r.get("file"), r.get("line"), r.get("sentence")
        if not isinstance(fn, str) or not isinstance(ln, int) or \
                not isinstance(sent, str):
            fault(where, "file, line and sentence are needed")
            continue
        if fn not in texts:
            p = os.path.join(d, fn)
            texts[fn] = open(p, encoding="utf-8").read().split("\n") \
                if os.path.isfile(p) else None
        lines = texts[fn]
        if lines is None:
            fault(where, "%s: no such text beside the gold" % fn)
            continue
        if not 1 <= ln <= len(lines):
            fault(where, "%s has no line %d" % (fn, ln))
            continue
        pos = lines[ln - 1].find(sent, at.get((fn, ln), 0))
        if pos < 0:
            fault(where, "sentence not in %s:%d after the one before it"
                  % (fn, ln))
            continue
        at[(fn, ln)] = pos + len(sent)
        prev = 0
        key = "numbers" if layer == "number" else "entities"
        for m in r.get(key) or []:
            prev = check_mention(where, sent, m, prev, layer)
            n += 1
    return n


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: gold-check.py DIR...\n")
        return 2
    for d in argv[1:]:
        found = False
        for name, layer in (("numbers.jsonl", "number"),
                            ("entities.jsonl", "entity")):
            if os.path.isfile(os.path.join(d, name)):
                found = True
                n = check_file(d, name, layer)
                print("%s: %d %s mentions checked" % (os.path.join(d, name),
                      n, layer))
        if not found:
            fault(d, "no numbers.jsonl or entities.jsonl")
    if faults:
        print("gold-check: %d faults" % faults)
    return 1 if faults else 0


sys.exit(main(sys.argv))
