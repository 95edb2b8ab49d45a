#!/usr/bin/env python3
"""Makes the sandbox sample data: sales.xlsx (two sheets) and sales.csv.

The data is plausible retail orders with a few deliberately bad rows, so the wizard's preflight and the
error drill-down have something to show:
  - an order with quantity 'twelve' (not a number),
  - a unit price with too many integer digits for DECIMAL(10,2),
  - a customer note far longer than the proposed VARCHAR,
  - an order date 2024-02-30 (no such day).
Run: python3 resources/sample/make_sample.py  (writes next to this script; deterministic output)
"""
import csv, os, random, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
random.seed(20261125)
CITIES = ["Beijing", "Shanghai", "Shenzhen", "Hangzhou", "Chengdu", "Berlin", "Paris", "São Paulo", "Zürich", "東京"]
PRODUCTS = ["Laptop", "Monitor", "Keyboard", "Mouse", "Headset", "Dock", "Webcam", "Chair", "Desk", "Lamp"]
HEADER = ["Order ID", "Order Date", "Customer", "City", "Product", "Quantity", "Unit Price", "Paid", "Note"]

def rows(n=500):
    out = []
    for i in range(1, n + 1):
        day = 1 + (i * 7) % 28
        month = 1 + (i * 5) % 12
        out.append([
            str(100000 + i), f"2024-{month:02d}-{day:02d}", f"Customer {i % 97:03d}", random.choice(CITIES),
            random.choice(PRODUCTS), str(1 + (i * 13) % 20), f"{random.randint(5, 2500)}.{random.randint(0, 99):02d}",
            random.choice(["TRUE", "FALSE"]), "" if i % 3 else f"deliver after {8 + i % 10}:00, ring twice",
        ])
    out[41][5] = "twelve"
    out[122][6] = "123456789012.50"
    out[233][8] = "A very long note " * 40
    out[377][1] = "2024-02-30"
    return out

def write_csv(data):
    with open(os.path.join(HERE, "sales.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(data)

def col(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s

def sheet_xml(table):
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(table, 1):
        parts.append(f'<row r="{r}">')
        for c, value in enumerate(row, 1):
            ref = f"{col(c)}{r}"
            if value == "":
                continue
            if r > 1 and c in (1, 6, 7) and value.replace(".", "", 1).isdigit():
                parts.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif r > 1 and c == 8:
                parts.append(f'<c r="{ref}" t="b"><v>{1 if value == "TRUE" else 0}</v></c>')
            else:
                parts.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        parts.append("</row>")
    parts.append("</sheetData></worksheet>")
    return "".join(parts)

def write_xlsx(data):
    regions = [["Region", "Manager", "Target"], ["North", "Li Wei", "1200000"], ["South", "Ana Souza", "950000"]]
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Orders" sheetId="1" r:id="rId1"/><sheet name="Regions" sheetId="2" r:id="rId2"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml([HEADER] + data),
        "xl/worksheets/sheet2.xml": sheet_xml(regions),
    }
    path = os.path.join(HERE, "sales.xlsx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 25, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)

if __name__ == "__main__":
    data = rows()
    write_csv(data)
    write_xlsx(data)
