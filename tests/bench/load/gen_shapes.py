#!/usr/bin/env python3
"""The same rows in the shapes analysts bring, for the load benchmarks:

    gen_shapes.py SHAPE PATH MB

SHAPE: `rfc4180` (LF, a quoted name with commas and doubled quotes in every row, as Excel, LibreOffice and pandas
write it), `excel` (the same with a UTF-8 BOM and CRLF, Excel's "CSV UTF-8"), `gb18030` (the rfc4180 rows with
Chinese names, encoded in GB18030), `utf8zh` (those Chinese rows in UTF-8, the size reference for gb18030)."""
import random
import sys

FIRST = ["Olga", "Ann", "Bo", "Carl", "Dina", "Emil", "Fay", "Gus"]
LAST = ["Lopez", "Smith", "Ng", "Müller", "O'Hara", "Dubois"]
ZH = ["张伟", "王芳", "李娜", "刘强", "陈静", "杨洋", "赵磊", "黄敏"]


def rows(shape):
    rnd = random.Random(14)
    i = 0
    while True:
        i += 1
        if shape in ("gb18030", "utf8zh"):
            name = f'"{rnd.choice(ZH)}, ""{rnd.choice(ZH)}"" {i % 1000}"'
            city = rnd.choice(["北京", "上海", "广州", "深圳"])
        else:
            name = f'"{rnd.choice(FIRST)} ""{rnd.choice(FIRST)}"" {rnd.choice(LAST)}, Jr"'
            city = rnd.choice(["Zürich", "São Paulo", "Lyon", "Austin"])
        yield f"{i},{name},{city},{rnd.random() * 100000:.2f},2024-{1 + i % 12:02d}-{1 + i % 28:02d} 10:{i % 60:02d}:00"


def main():
    shape, path, mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
    end = "\r\n" if shape == "excel" else "\n"
    encoding = "gb18030" if shape == "gb18030" else "utf-8"
    target = mb * 1024 * 1024
    with open(path, "wb") as f:
        if shape == "excel":
            f.write(b"\xef\xbb\xbf")
        f.write(("id,name,city,amount,created" + end).encode(encoding))
        written = 0
        block = []
        for row in rows(shape):
            block.append(row + end)
            if len(block) == 20000:
                data = "".join(block).encode(encoding)
                f.write(data)
                written += len(data)
                block = []
                if written >= target:
                    break


if __name__ == "__main__":
    main()
