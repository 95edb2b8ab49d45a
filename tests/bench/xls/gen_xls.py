#!/usr/bin/python3
"""Writes the .xls benchmark workbook: one sheet of 65,535 data rows (+ header, the BIFF8 maximum of 65,536
rows) x 10 columns: integers, decimals, text (repeating and unique), dates, datetimes, booleans.
Needs python3-xlwt. Usage: gen_xls.py OUT.xls [ROWS]"""
import datetime as dt
import sys

import xlwt

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 65535
book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("Data")
DATE = xlwt.easyxf(num_format_str="YYYY-MM-DD")
DATETIME = xlwt.easyxf(num_format_str="YYYY-MM-DD hh:mm:ss")
names = ["id", "amount", "city", "code", "day", "at", "paid", "qty", "ratio", "note"]
for c, n in enumerate(names):
    sheet.write(0, c, n)
cities = ["Beijing", "Shanghai", "Shenzhen", "Hangzhou", "München", "São Paulo", "Zürich"]
base = dt.date(2020, 1, 1)
for r in range(1, rows + 1):
    sheet.write(r, 0, r)
    sheet.write(r, 1, round(r * 1.37 % 10000, 2))
    sheet.write(r, 2, cities[r % len(cities)])
    sheet.write(r, 3, "C%07d" % (r * 7919 % 10000000))
    sheet.write(r, 4, base + dt.timedelta(days=r % 3000), DATE)
    sheet.write(r, 5, dt.datetime(2021, 1, 1) + dt.timedelta(seconds=r * 37), DATETIME)
    sheet.write(r, 6, bool(r % 3))
    sheet.write(r, 7, r % 250)
    sheet.write(r, 8, r / 7.0)
    sheet.write(r, 9, "note %d" % (r % 1000))
book.save(out)
