#!/usr/bin/env python3
"""mkseed-decode.py -- rebuilds the seed corpus of fuzz_decode.

Each seed is a control byte (see fuzz_decode.c) and text we wrote, encoded.
usage: python3 tests/fuzz/mkseed-decode.py   (from the top of the tree)
"""
import os

ENCS = ["auto", "utf-8", "utf-16", "utf-16le", "utf-16be", "gb18030", "gbk",
        "big5", "shift_jis", "euc-jp", "euc-kr", "iso-2022-jp", "hz",
        "cp1252", "utf-32", "latin-1"]
TEXT = {
    "zh": "上证指数收于3050.12点，成交额8千亿元。\n港股通：腾讯控股涨2%。\n",
    "tw": "臺灣加權指數上漲，外資買超新臺幣百億元。\n",
    "ja": "日経平均株価は続伸した。\n",
    "ko": "코스피 지수가 상승했다.\n",
    "latin": "Caf\u00e9 prices \u2013 up 3\u00a0%.\n",
    "astral": "\U0001F4C8 \U00020000 emoji and CJK ext B\n",
}
PLAN = [  # (encoding, text, read-size bits, fail, small reads)
    ("auto", "zh", 0, False, False), ("utf-8", "zh", 1, True, False),
    ("utf-16", "zh", 2, False, True), ("utf-16le", "astral", 0, False, True),
    ("utf-16be", "astral", 1, True, False), ("gb18030", "astral", 0, False, True),
    ("gbk", "zh", 2, True, True), ("big5", "tw", 0, False, False),
    ("shift_jis", "ja", 1, False, True), ("euc-jp", "ja", 0, True, False),
    ("euc-kr", "ko", 0, False, True), ("iso-2022-jp", "ja", 0, True, True),
    ("hz", "zh", 1, False, False), ("cp1252", "latin", 0, False, True),
    ("utf-32", "astral", 1, False, True), ("latin-1", "latin", 0, True, False),
]
d = "tests/fuzz/corpus/fuzz_decode"
os.makedirs(d, exist_ok=True)
for enc, text, rs, fail, small in PLAN:
    ctl = ENCS.index(enc) | rs << 4 | (0x40 if fail else 0) | \
        (0x80 if small else 0)
    codec = {"auto": "gb18030", "utf-16": "utf-16"}.get(enc, enc)
    body = TEXT[text].encode(codec, errors="replace")
    with open(os.path.join(d, "%s-%s" % (enc, text)), "wb") as f:
        f.write(bytes([ctl]) + body)
# Broken input: a cut multi-byte character, a lone surrogate, stray bytes.
with open(os.path.join(d, "gb18030-cut"), "wb") as f:
    f.write(bytes([5]) + TEXT["zh"].encode("gb18030")[:-3] + b"\x81")
with open(os.path.join(d, "utf-16le-lone-surrogate"), "wb") as f:
    f.write(bytes([3 | 0x80]) + "ab".encode("utf-16le") + b"\x00\xd8" +
            b"c\x00")
with open(os.path.join(d, "big5-stray"), "wb") as f:
    f.write(bytes([7 | 0x10]) + b"\xa4\xa4\xff\xfe\x80" + b"\xa4")
