#!/usr/bin/env bash
# eval.d/traditional -- issue 17's Traditional row, in two parts:
#
#   seed    the seed dump converted with normalize --traditional and scored
#           against the seed gold at the same offsets, beside the Simplified
#           seed scored the same way.  The conversion maps one code point to
#           one (checked per line here: a line whose length changed would be
#           left out of both columns and counted), so the gold's offsets
#           hold; its sentences and mention texts are cut from the converted
#           line at those offsets.
#   tw/hk   the fictional Taiwan and Hong Kong articles of
#           tests/data/traditional against their hand-written gold.
#
# The scoring is that of extract-numbers.sh and extract-entities.sh, run on
# data directories built here (their suites absent, so only their seed rows
# run).  Neither scorer compares mention texts, but both compare words that
# a Traditional text writes in Traditional: entity ids (an unknown name's id
# is its surface text, 東興證券 where the gold says 东兴证券) and units of
# counts and quantities (張 for 张).  So ids and units are compared folded
# to Simplified (ICU Traditional-Simplified through normalize --simplified)
# on both sides and in every column, which changes nothing for a Simplified
# id or unit.  The gold data is read from $ZP_DATA_DIR, for measuring only.
set -uo pipefail
: "${ZP_BIN:?ZP_BIN must name the built tools}"
: "${ZP_DATA_DIR:=$(dirname "$0")/../../../shared/data}"
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
command -v python3 >/dev/null || {
	echo "traditional: python3 not found; skipped"
	exit 0
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$ZP_BIN" "$ZP_DATA_DIR" "$root" "$here" "$tmp" <<'PY'
import json, os, re, subprocess, sys

zbin, data, root, here, tmp = sys.argv[1:6]
own = os.path.join(root, "tests", "data", "traditional")
seed_gold = os.path.join(data, "seed-gold")
seed_dir = os.path.join(data, "..", "seed")


def normalize(texts, opt):
    """texts through normalize --from jsonl --keep-all OPT, in order."""
    inp = "".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False)
                  + "\n" for i, t in enumerate(texts))
    p = subprocess.run([os.path.join(zbin, "normalize"), "--from", "jsonl",
                        "--keep-all", opt], input=inp.encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit("traditional: normalize failed: " + p.stderr.decode())
    out = {}
    for line in p.stdout.decode().splitlines():
        r = json.loads(line)
        out[int(r["id"])] = r["text"]
    return [out.get(i, t) for i, t in enumerate(texts)]


FOLD = {}


def fold_all(words):
    new = sorted({w for w in words if isinstance(w, str) and w
                  and w not in FOLD})
    for w, f in zip(new, normalize(new, "--simplified") if new else []):
        FOLD[w] = f


def fold_gold(recs, layer):
    key, field = ("numbers", "unit") if layer == "n" else \
        ("entities", "canonical")
    fold_all(m.get(field) for r in recs for m in r[key])
    for r in recs:
        for m in r[key]:
            if isinstance(m.get(field), str) and m[field]:
                m[field] = FOLD[m[field]]
    return recs


# The folding filter the scorers' tools are wrapped in.
with open(os.path.join(tmp, "fold.py"), "w") as f:
    f.write(r'''
import json, subprocess, sys
zbin, layer = sys.argv[1], sys.argv[2]
recs = [json.loads(l) for l in sys.stdin]
key, field = ("numbers", "unit") if layer == "n" else ("entities", "id")
words = sorted({m[field] for r in recs for m in r.get(key, [])
                if isinstance(m.get(field), str) and m[field]})
inp = "".join(json.dumps({"id": str(i), "text": w}, ensure_ascii=False) + "\n"
              for i, w in enumerate(words))
p = subprocess.run([zbin + "/normalize", "--from", "jsonl", "--keep-all",
                    "--simplified"], input=inp.encode(), stdout=subprocess.PIPE,
                   check=True)
fold = {words[int(r["id"])]: r["text"]
        for r in map(json.loads, p.stdout.decode().splitlines())}
for r in recs:
    for m in r.get(key, []):
        if isinstance(m.get(field), str) and m[field]:
            m[field] = fold.get(m[field], m[field])
    sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
''')
wrap = os.path.join(tmp, "bin")
os.makedirs(wrap)
for tool, layer in (("extract-numbers", "n"), ("extract-entities", "e")):
    path = os.path.join(wrap, tool)
    with open(path, "w") as f:
        f.write('#!/bin/sh\n"%s/%s" "$@" >"%s/%s.out"\nrc=$?\n'
                'python3 "%s/fold.py" "%s" %s <"%s/%s.out" || exit 2\n'
                'exit $rc\n' % (zbin, tool, tmp, tool, tmp, zbin, layer,
                                tmp, tool))
    os.chmod(path, 0o755)


def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8")]


def write_set(name, text_name, lines, nums, ents):
    """A data directory laid out as the scorers expect."""
    d = os.path.join(tmp, name)
    os.makedirs(os.path.join(d, "data", "seed-gold"))
    os.makedirs(os.path.join(d, "seed"))
    with open(os.path.join(d, "seed", text_name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    for fn, recs in (("numbers.jsonl", nums), ("entities.jsonl", ents)):
        with open(os.path.join(d, "data", "seed-gold", fn), "w",
                  encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return os.path.join(d, "data")


def convert_gold(recs, key, simp, trad):
    """The gold of simp's lines on trad's: sentences and mention texts cut
    at the same offsets, the sentence found as the scorers find it."""
    out, at = [], {}
    for r in recs:
        k = r["line"]
        s, t = simp[k - 1], trad[k - 1]
        pos = s.find(r["sentence"], at.get(k, 0))
        if pos < 0:
            pos = s.find(r["sentence"])
        if pos < 0 or len(s) != len(t):
            continue
        at[k] = pos + len(r["sentence"])
        sent = t[pos:pos + len(r["sentence"])]
        ms = []
        for m in r[key]:
            m = dict(m)
            m["text"] = sent[m["start"]:m["start"] + len(m["text"])]
            ms.append(m)
        out.append(dict(r, sentence=sent, **{key: ms}))
    return out


sets, notes = [], []
ngold = os.path.join(seed_gold, "numbers.jsonl")
egold = os.path.join(seed_gold, "entities.jsonl")
if os.path.isfile(ngold) and os.path.isfile(egold):
    nums, ents = load(ngold), load(egold)
    fname = nums[0]["file"]
    simp = open(os.path.join(seed_dir, fname), encoding="utf-8").read() \
        .split("\n")
    trad = normalize(simp, "--traditional")
    bad = [i + 1 for i, (s, t) in enumerate(zip(simp, trad))
           if len(s) != len(t)]
    if bad:
        notes.append("seed lines whose length --traditional changed, "
                     "left out of both columns: %s" % bad)
    keep = lambda recs: [r for r in recs if r["line"] not in bad]
    nums, ents = keep(nums), keep(ents)
    changed = sum(a != b for s, t in zip(simp, trad) for a, b in zip(s, t))
    notes.append("seed: %d of %d characters changed by --traditional"
                 % (changed, sum(map(len, simp))))
    tn = convert_gold(nums, "numbers", simp, trad)
    te = convert_gold(ents, "entities", simp, trad)
    sets.append(("seed, Simplified", write_set(
        "simp", fname, simp, fold_gold(nums, "n"), fold_gold(ents, "e"))))
    sets.append(("seed, Traditional", write_set(
        "trad", fname, trad, fold_gold(tn, "n"), fold_gold(te, "e"))))
else:
    notes.append("no seed gold in %s: seed columns skipped" % seed_gold)
if os.path.isfile(os.path.join(own, "numbers.jsonl")):
    lines = open(os.path.join(own, "articles.txt"), encoding="utf-8") \
        .read().split("\n")
    sets.append(("tw/hk articles", write_set(
        "own", "articles.txt", lines,
        fold_gold(load(os.path.join(own, "numbers.jsonl")), "n"),
        fold_gold(load(os.path.join(own, "entities.jsonl")), "e"))))


def scorer(script, d):
    env = dict(os.environ, ZP_BIN=wrap, ZP_DATA_DIR=d)
    p = subprocess.run(["bash", os.path.join(here, script)], env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if p.returncode != 0:
        sys.exit("traditional: %s failed" % script)
    return p.stdout.decode().splitlines()


NUMROW = re.compile(r"^  (seed-gold(?: \(whole articles\))?)\s+(\d+)\s+(\d+)"
                    r"\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)")
nrows, erows = [], []
for name, d in sets:
    for line in scorer("extract-numbers.sh", d):
        m = NUMROW.match(line)
        if m:
            whole = m.group(1) != "seed-gold"
            if whole and name == "tw/hk articles":
                continue
            label = name.replace("seed,", "seed whole articles,") if whole \
                else name
            nrows.append((whole, label) + m.groups()[1:])
    table, f1 = None, {}
    for line in scorer("extract-entities.sh", d):
        if line.startswith("seed gold ("):
            table = line
        elif table and line.split()[:1] == ["all"]:
            g, s, p, r, f = line.split()[1:6]
            f1[table] = (g, s, f)
    a = f1.get("seed gold (span+type)", ("-",) * 3)
    b = f1.get("seed gold (span+type+id)", ("-",) * 3)
    erows.append((name, a[0], a[1], a[2], b[2]))

print("traditional: the seed converted by normalize --traditional beside the "
      "Simplified seed")
print("  (same gold, same offsets), and the Taiwan/Hong Kong articles of "
      "tests/data/traditional;")
print("  ids and units compared folded to Simplified")
print("  figures (extract-numbers; found = span overlap)")
print("  %-36s %5s %5s %7s %10s %9s %9s" % ("set", "cases", "gold", "found",
      "value+unit", "qualifier", "precision"))
for r in sorted(nrows, key=lambda r: r[0]):
    print("  %-36s %5s %5s %7s %10s %9s %9s" % r[1:])
print("  entities (extract-entities; exact span, F1)")
print("  %-36s %5s %6s %10s %8s" % ("set", "gold", "system", "span+type",
                                     "+id"))
for r in erows:
    print("  %-36s %5s %6s %10s %8s" % r)
# The issue's target: the Traditional seed within 1 point of the Simplified.
val = {r[1]: r[5] for r in nrows}
ent = {r[0]: r[4] for r in erows}
if "seed, Simplified" in val and "seed, Traditional" in val:
    dv = float(val["seed, Traditional"].rstrip("%")) - \
        float(val["seed, Simplified"].rstrip("%"))
    de = 100 * (float(ent["seed, Traditional"]) -
                float(ent["seed, Simplified"]))
    print("  Traditional minus Simplified on the seed: value+unit %+.1f "
          "points, entity F1 (+id) %+.1f points (target: within 1)"
          % (dv, de))
# Tickers keep their exchange (2330.TW, 0700.HK): scored on the articles'
# gold entities that have one, by exact span.
if os.path.isfile(os.path.join(own, "entities.jsonl")):
    arts = open(os.path.join(own, "articles.txt"), encoding="utf-8") \
        .read().split("\n")
    inp = "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n"
                  for t in arts if t)
    p = subprocess.run([os.path.join(zbin, "extract-entities")],
                       input=inp.encode(), stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    got = {}
    for i, line in enumerate(p.stdout.decode().splitlines(), 1):
        for e in json.loads(line).get("entities", []):
            got[(i, e["start"], e["end"])] = e.get("ticker")
    want, right, at = 0, 0, {}
    for r in load(os.path.join(own, "entities.jsonl")):
        ln = r["line"]
        off = arts[ln - 1].find(r["sentence"], at.get(ln, 0))
        at[ln] = off + len(r["sentence"])
        for e in r["entities"]:
            if e.get("ticker"):
                want += 1
                k = (ln, off + e["start"], off + e["start"] + len(e["text"]))
                right += got.get(k) == e["ticker"]
    print("  tw/hk articles: tickers with their exchange right %d of %d"
          % (right, want))
    # The rows above score sentences alone, as the seed's are scored; a
    # story's region (bare 元, ROC years) is a matter of the whole story
    # and its listed companies, so the articles also go whole through
    # extract-entities | extract-numbers, the figures scored on value (or
    # range, date, period) and unit, the unit folded as above.
    p = subprocess.run([os.path.join(zbin, "extract-numbers")],
                       input=p.stdout, stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    sysn = [json.loads(l).get("numbers", [])
            for l in p.stdout.decode().splitlines()]
    fold_all(m.get("unit") for ms in sysn for m in ms)
    ngold = load(os.path.join(own, "numbers.jsonl"))
    fold_all(m.get("unit") for r in ngold for m in r["numbers"])
    unit = lambda u: FOLD.get(u, u) if isinstance(u, str) and u else None
    total, ok, at = 0, 0, {}
    for r in ngold:
        ln = r["line"]
        off = arts[ln - 1].find(r["sentence"], at.get(ln, 0))
        at[ln] = off + len(r["sentence"])
        for g in r["numbers"]:
            total += 1
            gs = off + g["start"]
            ge = gs + len(g["text"])
            c = [m for m in sysn[ln - 1] if m["start"] < ge and gs < m["end"]]
            c.sort(key=lambda m: m["start"] != gs)
            if not c:
                continue
            m = c[0]
            if g.get("date"):
                ok += m.get("date") == g["date"]
            elif g.get("period"):
                ok += (m.get("period") or "").endswith(g["period"])
            else:
                ok += all(m.get(k) == g.get(k) for k in ("value", "min", "max")
                          if g.get(k) is not None) and \
                    unit(m.get("unit")) == unit(g.get("unit"))
    print("  tw/hk articles, whole through extract-entities | "
          "extract-numbers: value+unit %.1f%% of %d figures"
          % (100.0 * ok / max(total, 1), total))
for n in notes:
    print("  " + n)
PY
PY_STATUS=$?
exit $PY_STATUS
