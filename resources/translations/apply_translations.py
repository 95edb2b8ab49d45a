#!/usr/bin/env python3
"""Fills doris-import_zh_CN.ts from the tables zh_CN_ui.tsv (GUI) and zh_CN_core.tsv (core/ and CLI).

Each table line is: source<TAB>translation, XML-escaped as in the .ts. A message that spans lines is written
with the escapes \\n (newline), \\t (tab) and \\\\ (one backslash), in the source and in the translation.

Run after `cmake --build --preset dev --target update_translations`:
    python3 resources/translations/apply_translations.py          # fill, then check
    python3 resources/translations/apply_translations.py --check  # only check
Entries already translated in the .ts are kept; the tables win where both exist.
The check lists the unfinished messages and every translation whose placeholders (%1..%9, %n), count of
newlines or indentation differ from its source; the exit code is 1 when it finds any.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TS = os.path.join(HERE, "doris-import_zh_CN.ts")
TABLES = [os.path.join(HERE, name) for name in ("zh_CN_ui.tsv", "zh_CN_core.tsv")]

MESSAGE = re.compile(
    r"(<message[^>]*>\s*)<source>(.*?)</source>\s*(<translation[^>]*?(?:/>|>.*?</translation>))", re.S)
PLACEHOLDER = re.compile(r"%L?([1-9]|n)")


def unescape(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(m.group(1), m.group(0)), text)


def load_tables():
    table = {}
    for path in TABLES:
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line or "\t" not in line:
                    continue
                src, dst = line.split("\t", 1)
                table[unescape(src)] = unescape(dst)
    return table


def fill(text, table):
    done = 0

    def replace(match):
        nonlocal done
        head, src = match.group(1), match.group(2)
        if src not in table:
            return match.group(0)
        done += 1
        dst = table[src]
        if 'numerus="yes"' in head:
            return (f"{head}<source>{src}</source>\n        <translation>\n"
                    f"            <numerusform>{dst}</numerusform>\n        </translation>")
        return f"{head}<source>{src}</source>\n        <translation>{dst}</translation>"

    return MESSAGE.sub(replace, text), done


def check(text):
    problems = []
    unfinished = 0
    for match in MESSAGE.finditer(text):
        src, translation = match.group(2), match.group(3)
        if 'type="unfinished"' in translation or 'type="vanished"' in translation or 'type="obsolete"' in translation:
            unfinished += 'type="unfinished"' in translation
            if 'type="unfinished"' in translation:
                problems.append(f"unfinished: {src!r}")
            continue
        forms = re.findall(r"<numerusform>(.*?)</numerusform>", translation, re.S) or [
            re.sub(r"^<translation[^>]*>|</translation>$", "", translation, flags=re.S)]
        for dst in forms:
            if sorted(set(PLACEHOLDER.findall(src))) != sorted(set(PLACEHOLDER.findall(dst))):
                problems.append(f"placeholders differ: {src!r} -> {dst!r}")
            if src.count("\n") != dst.count("\n"):
                problems.append(f"newlines differ: {src!r} -> {dst!r}")
            # CLI output indents with two or more spaces: keep that indentation. A single space before or after
            # a fragment is English spacing that Chinese full-width punctuation does not need.
            indent = len(src) - len(src.lstrip(" "))
            if indent >= 2 and len(dst) - len(dst.lstrip(" ")) != indent:
                problems.append(f"indentation differs: {src!r} -> {dst!r}")
    return unfinished, problems


def main():
    text = open(TS, encoding="utf-8").read()
    if "--check" not in sys.argv[1:]:
        text, done = fill(text, load_tables())
        open(TS, "w", encoding="utf-8").write(text)
        print(f"filled {done} messages")
    unfinished, problems = check(text)
    for problem in problems:
        print(problem)
    print(f"{unfinished} unfinished, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
