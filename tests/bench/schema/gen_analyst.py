#!/usr/bin/env python3
"""Benchmark data shaped like analysts' CSV exports: `gen_analyst.py PATH BYTES`.

CRLF line ends, a quoted name column with commas and doubled quotes (Lopez, Olga ""Max""), integers, decimals
with two digits, ISO dates and date-times, a yes/no flag, a city, and some empty cells (about 3 %)."""
import random
import sys


def main(path, size):
    rnd = random.Random(15)
    first = ["Olga", "Max", "Zoë", "José", "Li", "Anna", "Ravi", "Ingrid", "Tomás", "Mei"]
    last = ["Lopez", "Müller", "O'Brien", "Nakamura", "Schmidt", "Wang", "Okafor", "Dubois"]
    cities = ["Zürich", "北京", "São Paulo", "New York", "Köln", "Paris", "Lagos", "Osaka"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("id,name,city,quantity,amount,ordered,shipped_at,paid,note\r\n")
        written, i, block = 0, 0, []
        while written < size:
            nick = f' ""{rnd.choice(first)}""' if i % 7 == 0 else ""
            name = f'"{rnd.choice(last)}, {rnd.choice(first)}{nick}"'
            qty = "" if i % 31 == 0 else str(rnd.randint(1, 5000))
            amount = "" if i % 37 == 0 else f"{rnd.random() * 100000:.2f}"
            day = f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
            stamp = f"{day} {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d}"
            paid = "yes" if i % 3 else "no"
            note = "" if i % 4 else "called back"
            line = f"{i},{name},{rnd.choice(cities)},{qty},{amount},{day},{stamp},{paid},{note}\r\n"
            block.append(line)
            written += len(line.encode())
            i += 1
            if len(block) == 10000:
                f.write("".join(block))
                block = []
        f.write("".join(block))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
