#!/usr/bin/python3
"""The baseline: xlrd opens the workbook and reads every cell of every sheet (values and types)."""
import sys

import xlrd

book = xlrd.open_workbook(sys.argv[1])
cells = 0
for sheet in book.sheets():
    for r in range(sheet.nrows):
        for c in sheet.row(r):
            _ = (c.ctype, c.value)
            cells += 1
print(cells)
