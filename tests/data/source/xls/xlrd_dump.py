#!/usr/bin/env python3
"""Dumps a .xls workbook with xlrd (an independent BIFF reader) as JSON, in doris-import's cell conventions.

Output: {"sheets": [{"name": ..., "hidden": bool, "rows": {"<0-based row>": [cell, ...]}}]} with each row's
cells as text: numbers as Python repr (the test compares them as doubles), booleans "true"/"false", dates as
"YYYY-MM-DD", datetimes "YYYY-MM-DD HH:MM:SS[.fff]" and times "HH:MM:SS[.fff]" (xlrd's own date detection
and calendar, to the millisecond), errors and
blanks as "". Rows without a non-empty cell are left out. Or {"error": "encrypted"|"<text>"}.
Used by tests/source/test_xls_xlrd.cpp; run by hand: xlrd_dump.py FILE.xls
"""
import json
import sys

import xlrd


def cell_text(book, cell):
    t = cell.ctype
    if t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return ""
    if t == xlrd.XL_CELL_TEXT:
        return cell.value
    if t == xlrd.XL_CELL_BOOLEAN:
        return "true" if cell.value else "false"
    if t == xlrd.XL_CELL_NUMBER:
        return repr(float(cell.value))
    if t == xlrd.XL_CELL_DATE:
        try:
            xlrd.xldate_as_tuple(cell.value, book.datemode)  # xlrd's verdict: negative serials are no dates
            when = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
        except Exception:  # negative, huge, or 1900 serials before March (xlrd refuses them)
            return "serial:" + repr(float(cell.value))
        time = when.strftime("%H:%M:%S")
        if when.microsecond:
            time += ".%03d" % (when.microsecond // 1000)
        if cell.value < 1:
            return time
        day = when.strftime("%Y-%m-%d")
        return day if (when.hour, when.minute, when.second, when.microsecond) == (0, 0, 0, 0) else day + " " + time
    return ""


def main():
    path = sys.argv[1]
    try:
        book = xlrd.open_workbook(path, logfile=sys.stderr)
    except Exception as e:  # xlrd.biffh.XLRDError for encryption and damage
        text = str(e)
        print(json.dumps({"error": "encrypted" if "encrypt" in text.lower() else text}))
        return
    sheets = []
    for sheet in book.sheets():
        rows = {}
        for r in range(sheet.nrows):
            cells = [cell_text(book, c) for c in sheet.row(r)]
            while cells and cells[-1] == "":
                cells.pop()
            if cells:
                rows[str(r)] = cells
        sheets.append({"name": sheet.name, "hidden": sheet.visibility != 0, "rows": rows})
    print(json.dumps({"sheets": sheets}, ensure_ascii=False))


if __name__ == "__main__":
    main()
