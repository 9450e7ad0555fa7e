#!/usr/bin/env python3
"""mkseed-text.py -- rebuilds the seed corpora of fuzz_numbers and
fuzz_entities from our sample (data/sample/news.txt, raw and through
normalize) and the seed dump (/work/shared/seed/*.txt, or the files given),
plus hand-written edge cases.

Texts are cut at sentence ends into pieces of at most 1536 bytes.  For
fuzz_numbers a few seeds carry a context after a NUL (see fuzz_numbers.c):
the date and the entities extract-entities finds.  For fuzz_entities a few
seeds are documents of several records separated by NUL (fuzz_entities.c).
Files named regress-* are kept: they guard against bugs the fuzzers found.

usage: make all && python3 tests/fuzz/mkseed-text.py [SEED.txt...]
(from the top of the tree)
"""
import glob
import json
import os
import subprocess
import sys

MAX = 1536
ENDS = "。！？!?；"
NUM = "tests/fuzz/corpus/fuzz_numbers"
ENT = "tests/fuzz/corpus/fuzz_entities"
OURS = ("sample-", "norm-", "seed-", "ctx-", "doc-", "edge-")
ENV = dict(os.environ, ZHPIPE_DATA=os.path.abspath("data"))


def sentences(line):
    """The sentences of line, each with its final punctuation."""
    out, cur = [], ""
    for ch in line:
        cur += ch
        if ch in ENDS:
            out.append(cur)
            cur = ""
    if cur.strip():
        out.append(cur)
    return out


def pieces(line):
    """line cut at sentence ends into pieces of at most MAX bytes."""
    out, cur = [], ""
    for s in sentences(line):
        while len(s.encode()) > MAX:  # one sentence too long: cut it
            k = MAX // 3
            out.append(s[:k])
            s = s[k:]
        if len((cur + s).encode()) > MAX:
            out.append(cur)
            cur = ""
        cur += s
    if cur.strip():
        out.append(cur)
    return out


def tool(name, stdin):
    return subprocess.run(["bin/" + name], input=stdin, env=ENV,
                          capture_output=True, check=True).stdout


def write(d, name, data):
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def main():
    seeds = sys.argv[1:] or sorted(glob.glob("/work/shared/seed/*.txt"))
    for d in (NUM, ENT):
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith(OURS):
                os.unlink(os.path.join(d, f))

    with open("data/sample/news.txt", encoding="utf-8") as f:
        sample = [l.rstrip("\n") for l in f if l.strip()]
    norm = [json.loads(l)["text"] for l in
            tool("normalize", "\n".join(sample).encode()).splitlines()]
    seed = []
    for p in seeds:
        with open(p, encoding="utf-8") as f:
            seed += [l.rstrip("\n") for l in f if l.strip()]

    # Single records: the raw sample, the normalized one, the seed dump.
    texts = []
    for prefix, lines in (("sample", sample), ("norm", norm),
                          ("seed", seed)):
        for i, line in enumerate(lines):
            for k, piece in enumerate(pieces(line)):
                name = "%s-%02d%s" % (prefix, i, "abcdefghij"[k])
                texts.append((name, piece))
                for d in (NUM, ENT):
                    write(d, name, piece)

    # Numbers with a context: date and entities of normalized records.
    chosen = [t for t in texts if t[0].startswith(("norm", "seed"))][::4]
    recs = "".join(json.dumps({"id": n, "text": t, "date": "2024-02-08"},
                              ensure_ascii=False) + "\n" for n, t in chosen)
    for line in tool("extract-entities", recs.encode()).splitlines():
        r = json.loads(line)
        ctx = r["date"] + "\n" + "".join(
            "%d %d %s %s\n" % (e["start"], e["end"], e["type"], e["id"])
            for e in r["entities"])
        write(NUM, "ctx-" + r["id"], r["text"] + "\0" + ctx)

    # Entities over documents: consecutive sentences as records.
    for prefix, lines in (("norm", norm), ("seed", seed)):
        for i, line in enumerate(lines[::2]):
            recs, size = [], 0
            for s in sentences(line):
                if size + len(s.encode()) > 2048:
                    break
                recs.append(s)
                size += len(s.encode()) + 1
            if len(recs) > 1:
                write(ENT, "doc-%s-%02d" % (prefix, 2 * i), "\0".join(recs))

    # Edge cases, both corpora.
    both = {
        "empty": b"",
        "digit": b"7",
        "digits-spaced": b"1 2 3 4 5 6 7 8 9 0",
        "digits-huge": b"9" * 6000 + "亿元".encode(),
        "digits-fullwidth": ("１２３４５６７８９０" * 100 + "％").encode(),
        "fraction-huge": ("1" + "0" * 400 + ".5亿美元，0." + "0" * 300 +
                          "7%").encode(),
        "astral": "𠀀𠀁3亿元，𝟏𝟐𝟑亿元，𝟘.𝟓%，🚀英伟达📈营收增长20%。".encode(),
        "invalid-utf8": b"\xff\xfe3\xe4\xba\xbf\xe5\x85\x83\xe4\xb8 "
                        b"\xc0\x80\xed\xa0\x80\xf4\x90\x80\x80" +
                        "台积电营收".encode() + b"\xe8",
        "controls": "营收\t3亿元\r\n同比\u200b增长\u00a05%\x01。".encode(),
        "latin": b"Synovus Trust Co. said NVIDIA H100 sales rose 3.5x to "
                 b"USD 2.8bn, 10-12% yoy; Dan Morgan, 5k-20k.",
        "middot": "埃隆·马斯克、·、··、黄仁勋·，·3·15·".encode(),
        "repeat-cjk": ("中" * 1200).encode(),
        "repeat-pair": ("公司" * 600 + "。").encode(),
    }
    numbers = {
        "ranges": "营收51亿至57亿美元，1-2亿元，3万-5万，3-1，大于50小于12，"
                  "不低于1%、不高于1.5%，20和30之间，三到四年，3至4成。",
        "currency-declared": "(港元，下同)营收30亿元；（单位：新台币，下同）"
                             "净利润5元/股，77美分，2.8万亿韩元。",
        "dates": "去年第四季度、2024年一季度、民国112年、3·15、10时30分、"
                 "下午6点、1980年代、2026财年、FY2026、前三季度、上半年。",
        "vague": "数十亿、十几项、三四个、三十万多亿、一些、万一、一家公司、"
                 "九折、2.5‰、34.4个百分点、25个基点。",
        # A currency word that ends one figure and starts the next.
        "currency-shared": "营收23.8万亿韩元8亿，61.3亿美元99，3美元5亿，"
                           "营收3亿美元2023年同期，10亿元人民币5亿元。",
        "names-codes": "H100、3A6000、5G、标普500、600519.SH、"
                       "http://x.cn/a?b=3%20亿、12号球衣、2∶2、1、一、周三。",
    }
    ctx_edge = {
        # Bad date; offsets out of range, reversed, of 12 and 13 digits.
        "ctx-edge-offsets": "三星电子营收3亿元，该公司净利润增长5%。\0"
                            "2024-13-40\n0 4 ORG 三星\n999999999999 0 ORG "
                            "Big\n5 2 ORG Rev\n1234567890123 1 ORG Long\n"
                            "x y ORG Bad\n3 4 PER 人\n0 1 ORG ".encode() +
                            b"\xff\xc0\n",
        # More than 2000 entities: no dominant organization is sought.
        "ctx-edge-many": "营收3亿元，利润1亿元。\0" + "2023-06\n" +
                         "".join("%d %d ORG A%d\n" % (k % 9, k % 9 + 1, k % 2)
                                 for k in range(2100)),
        "ctx-edge-year": "去年营收3亿元，前年利润1亿元，明年第四季度。\0"
                         "2024\n",
    }
    entities = {
        "enumeration": "台积电、三星和英特尔，以及超威半导体(AMD)、高通、"
                       "联发科等芯片企业。",
        "roles": "总经理曹和平要求各部门加快进度。校长刘建中宣布了新规定。"
                 "英伟达首席执行官黄仁勋表示，公司将在美国加州建厂。",
        "orgs": "辽宁省卫生厅、中国人民银行、美国商务部、日本经济产业省、"
                "中信建投证券股份有限公司、北京字节跳动科技有限公司。",
    }
    for name, data in both.items():
        for d in (NUM, ENT):
            write(d, "edge-" + name, data)
    for name, data in numbers.items():
        write(NUM, "edge-" + name, data)
    for name, data in ctx_edge.items():
        write(NUM, name, data)
    for name, data in entities.items():
        write(ENT, "edge-" + name, data)
    # Coreference across records, and empty records.
    write(ENT, "doc-edge-coref", "英伟达公司周三公布财报。\0该公司营收增长。"
          "\0英伟达股价上涨，英伟达市值。\0\0\0黄仁勋表示，英伟达")
    write(ENT, "doc-edge-empty", "\0\0\0")


if __name__ == "__main__":
    main()
