#!/usr/bin/env python3
"""Builds the benchmark inputs from a text corpus (one document per line).

    bench-gen.py CORPUS.txt OUTDIR

writes OUTDIR/docs.jsonl (document records, as normalize writes them) and
OUTDIR/sents.jsonl (sentence records, as segment writes them: split after
。！？, offsets in code points).  Deterministic: same corpus, same bytes.
"""
import json
import re
import sys

SPLIT = re.compile(r"(?<=[。！？])")


def main():
    corpus, outdir = sys.argv[1], sys.argv[2]
    with open(corpus, encoding="utf-8", errors="replace") as src, \
            open(outdir + "/docs.jsonl", "w", encoding="utf-8") as docs, \
            open(outdir + "/sents.jsonl", "w", encoding="utf-8") as sents:
        for n, line in enumerate(src, 1):
            text = line.rstrip("\n")
            if not text:
                continue
            doc = {"id": "corpus:%d" % n, "date": "2024-01-31", "text": text}
            docs.write(json.dumps(doc, ensure_ascii=False) + "\n")
            at = 0
            for i, s in enumerate(p for p in SPLIT.split(text) if p):
                rec = {"id": doc["id"], "date": doc["date"], "text": s,
                       "sent": i, "start": at, "end": at + len(s)}
                at += len(s)
                sents.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
