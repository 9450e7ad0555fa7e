#!/usr/bin/python3
"""sheet-check -- compare every cell of a workbook's sheet, as openpyxl
reads it back, with the values of the JSON Lines records it was made from.

  sheet-check.py [--csv] [--report COL]... BOOK SHEET FIELDS EXPLODE REC...

FIELDS is the --fields list given to to-csv or to-xlsx, EXPLODE the --explode
field ("-" for none), REC the record files in order.  A sheet continued on
'SHEET (2)'... is read on.  What each cell must hold (issue 19):
  - a string: the same text; cut to 32,767 UTF-16 units (Excel's limit);
    with --csv (the cell went through to-csv --excel and Calc's CSV import),
    a string starting with = + - @ TAB or CR shows the formula guard's '.
    An empty string is an empty cell.
  - a number of at most 15 significant digits: a number, equal to it to 15
    digits; a longer one: the text of the number as written.
  - true, false: booleans.  null or missing: an empty cell.
Prints one line per file, 'BOOK SHEET: N cells checked, M changed' (and per
--report column), then up to 20 changed cells; exits 1 if any changed.
"""
import json
import sys
from decimal import Decimal

import openpyxl

CELL_MAX = 32767


class Num(str):
    """A JSON number, kept as written."""


def sig_digits(s):
    mant = s.lower().split("e")[0]
    digits = "".join(c for c in mant if c.isdigit()).strip("0")
    return len(digits)


def utf16_cut(s, limit):
    units = 0
    for i, ch in enumerate(s):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return s[:i]
    return s


def path_get(obj, path):
    if path == "":
        return obj
    for part in path.split("."):
        if not isinstance(obj, dict) or part not in obj:
            return None
        obj = obj[part]
    return obj


def expected_rows(records, fields, explode):
    cols = []
    for f in fields.split(","):
        name, _, path = f.partition("=")
        if not path:
            path = name
        inside = explode and (path == explode or
                              path.startswith(explode + "."))
        if inside:
            path = path[len(explode) + 1:]
        cols.append((name, path, inside))
    yield [c[0] for c in cols]
    for rec in records:
        if not explode:
            yield [path_get(rec, p) for _, p, _ in cols]
            continue
        for el in rec.get(explode) or []:
            yield [path_get(el if inside else rec, p)
                   for _, p, inside in cols]


def compact(v):
    """Compact JSON, numbers as written."""
    if isinstance(v, Num):
        return str(v)
    if isinstance(v, dict):
        return "{" + ",".join(json.dumps(k, ensure_ascii=False) + ":" +
                              compact(x) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ",".join(compact(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def want_cell(v, csv):
    """(kind, value) the cell must hold."""
    if v is None or v == "":
        return ("empty", None)
    if isinstance(v, bool):
        return ("bool", v)
    if isinstance(v, Num):
        if sig_digits(v) > 15:
            return ("text", str(v))
        return ("num", Decimal(str(v)))
    if isinstance(v, (dict, list)):
        v = compact(v)
    guard = csv and v[0] in "=+-@\t\r"
    v = utf16_cut(v, CELL_MAX - (1 if guard else 0))
    return ("text", "'" + v if guard else v)


def same(want, got):
    kind, v = want
    if kind == "empty":
        return got is None or got == ""
    if kind == "bool":
        return isinstance(got, bool) and got == v
    if kind == "num":
        if isinstance(got, bool) or not isinstance(got, (int, float)):
            return False
        g = Decimal(repr(got)) if isinstance(got, float) else Decimal(got)
        if v == 0:
            return g == 0
        # Equal to 15 significant digits, what a spreadsheet keeps.
        return format(g, ".14e") == format(v, ".14e")
    return isinstance(got, str) and got == v


def sheet_rows(book, sheet):
    """Rows of SHEET and its continuations, each continuation's header
    checked against the first and dropped."""
    rows = list(book[sheet].iter_rows(values_only=True))
    head = rows[0] if rows else None
    part = 2
    while "%s (%d)" % (sheet, part) in book.sheetnames:
        more = list(book["%s (%d)" % (sheet, part)].iter_rows(
            values_only=True))
        if not more or more[0] != head:
            sys.exit("%s (%d): header differs" % (sheet, part))
        rows.extend(more[1:])
        part += 1
    return rows


def main(argv):
    csv = False
    report = []
    while argv and argv[0].startswith("--"):
        if argv[0] == "--csv":
            csv = True
            argv = argv[1:]
        elif argv[0] == "--report":
            report.append(argv[1])
            argv = argv[2:]
        else:
            sys.exit("sheet-check: unknown option " + argv[0])
    bookname, sheet, fields, explode = argv[:4]
    explode = None if explode == "-" else explode
    records = []
    for name in argv[4:]:
        with open(name, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    records.append(json.loads(
                        line, parse_int=Num, parse_float=Num))
    book = openpyxl.load_workbook(bookname, data_only=True,
                                  read_only=False)
    if sheet == "-":
        sheet = book.sheetnames[0]
    got = sheet_rows(book, sheet)
    want = list(expected_rows(records, fields, explode))
    header = want[0]
    checked = changed = 0
    per = {c: [0, 0] for c in report}
    bad = []
    if len(got) != len(want):
        bad.append("rows: %d, want %d" % (len(got), len(want)))
    for r, (wrow, grow) in enumerate(zip(want, got)):
        grow = list(grow) + [None] * (len(wrow) - len(grow))
        for c, wv in enumerate(wrow):
            w = ("text", wv) if r == 0 else want_cell(wv, csv)
            ok = same(w, grow[c])
            checked += 1
            col = header[c]
            if col in per:
                per[col][0] += 1
            if not ok:
                changed += 1
                if col in per:
                    per[col][1] += 1
                if len(bad) < 20:
                    shown = repr(grow[c])
                    bad.append("row %d column %s: %.80s, want %.80r" %
                               (r + 1, col, shown, w[1]))
    print("%s %s: %d cells checked, %d changed" %
          (bookname, sheet, checked, changed))
    for col, (n, m) in per.items():
        print("%s %s column %s: %d cells checked, %d changed" %
              (bookname, sheet, col, n, m))
    for b in bad:
        print("  " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
