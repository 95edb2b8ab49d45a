#!/usr/bin/env python3
"""Benchmark data: `gen_data.py csv PATH BYTES` (mixed CSV with quoted fields) or `gen_data.py xlsx PATH ROWS`
(10 columns: numbers, shared strings, dates), written streaming with zipfile."""
import random
import sys
import zipfile


def gen_csv(path, size):
    rnd = random.Random(1)
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "Zürich", "北京", "São Paulo"]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("id,name,city,amount,when,note\n")
        written, i = 0, 0
        block = []
        while written < size:
            note = '"said ""hi"", then left"' if i % 10 == 0 else "plain note"
            line = f"{i},{rnd.choice(words)}{i % 97},{rnd.choice(words)},{rnd.random() * 1000:.2f},2024-01-{i % 28 + 1:02d},{note}\n"
            block.append(line)
            written += len(line.encode())
            i += 1
            if len(block) == 10000:
                f.write("".join(block))
                block = []
        f.write("".join(block))


def gen_xlsx(path, rows):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {ns}><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
        z.writestr("xl/styles.xml", f'<?xml version="1.0"?><styleSheet {ns}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
        strings = [f"name{i}" for i in range(1000)]
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {ns}>' + "".join(f"<si><t>{s}</t></si>" for s in strings) + "</sst>")
        cols = "ABCDEFGHIJ"
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0"?><worksheet {ns}><dimension ref="A1:J{rows + 1}"/><sheetData>'.encode())
            head = "".join(f'<c r="{c}1" t="inlineStr"><is><t>col_{c}</t></is></c>' for c in cols)
            f.write(f'<row r="1">{head}</row>'.encode())
            buf = []
            for r in range(2, rows + 2):
                cells = (f'<c r="A{r}"><v>{r}</v></c><c r="B{r}" t="s"><v>{r % 1000}</v></c><c r="C{r}" s="1"><v>{45000 + r % 1000}</v></c>'
                         f'<c r="D{r}"><v>{r * 0.25}</v></c><c r="E{r}"><v>{r % 7}</v></c><c r="F{r}" t="s"><v>{r % 13}</v></c>'
                         f'<c r="G{r}"><v>{r * 3}</v></c><c r="H{r}"><v>1.5</v></c><c r="I{r}" t="b"><v>{r % 2}</v></c><c r="J{r}"><v>{r % 100}</v></c>')
                buf.append(f'<row r="{r}">{cells}</row>')
                if len(buf) == 5000:
                    f.write("".join(buf).encode())
                    buf = []
            f.write("".join(buf).encode())
            f.write(b"</sheetData></worksheet>")


if __name__ == "__main__":
    kind, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    gen_csv(path, n) if kind == "csv" else gen_xlsx(path, n)
