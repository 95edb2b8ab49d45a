#!/usr/bin/env python3
"""Fills doris-import_zh_CN.ts from zh_CN_ui.tsv (source<TAB>translation, XML-escaped as in the .ts).

Run after `cmake --build --preset dev --target update_translations`:
    python3 resources/translations/apply_translations.py
Entries already translated in the .ts are kept; the table wins where both exist.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
TS = os.path.join(HERE, "doris-import_zh_CN.ts")
TABLE = os.path.join(HERE, "zh_CN_ui.tsv")

table = {}
with open(TABLE, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line or "\t" not in line:
            continue
        src, dst = line.split("\t", 1)
        table[src] = dst

text = open(TS, encoding="utf-8").read()
done = 0


def fill(match):
    global done
    head, src, rest = match.group(1), match.group(2), match.group(3)
    if src not in table:
        return match.group(0)
    done += 1
    dst = table[src]
    if "numerus=\"yes\"" in head:
        return f'{head}<source>{src}</source>\n        <translation>\n            <numerusform>{dst}</numerusform>\n        </translation>'
    return f"{head}<source>{src}</source>\n        <translation>{dst}</translation>"


pattern = re.compile(r"(<message[^>]*>\s*)<source>(.*?)</source>\s*(<translation[^>]*?(?:/>|>.*?</translation>))", re.S)
text = pattern.sub(fill, text)
open(TS, "w", encoding="utf-8").write(text)
print(f"filled {done} messages")
