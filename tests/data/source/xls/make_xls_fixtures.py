#!/usr/bin/python3
"""Writes the legacy Excel (.xls, BIFF8) fixtures of tests/source/test_xls.cpp with xlwt.

Needs Debian's python3-xlwt (installer/deps-debian.sh); run it with the system interpreter:
    /usr/bin/python3 tests/data/source/xls/make_xls_fixtures.py
The outputs are committed so the tests never need Python. The script is deterministic: xlwt writes no
timestamps, so running it again reproduces the same bytes."""
import datetime as dt
import os

import xlwt

HERE = os.path.dirname(os.path.abspath(__file__))

DATE = xlwt.easyxf(num_format_str="YYYY-MM-DD")
DATETIME = xlwt.easyxf(num_format_str="YYYY-MM-DD hh:mm:ss")
TIME = xlwt.easyxf(num_format_str="hh:mm:ss")
DECIMAL = xlwt.easyxf(num_format_str="0.00")


def save(book, name):
    book.save(os.path.join(HERE, name))


def header(sheet, names, row=0):
    for c, n in enumerate(names):
        sheet.write(row, c, n)


# ---- basic: every cell type ---------------------------------------------------------------------------
book = xlwt.Workbook(encoding="utf-8")
s = book.add_sheet("Data")
header(s, ["id", "amount", "name", "ok", "note", "total"])
rows = [
    # id (RK int), amount (decimal), name (text), ok (bool), note (text / empty), total (formula)
    [1, 10.5, "alice", True, "plain", None],
    [2, 1.0, "张三", False, "has,comma", None],
    [3, -0.25, 'say "hi"', True, "line one\nline two", None],
    [1234567890123, 2.5e-05, "北京市", False, None, None],
]
for r, values in enumerate(rows, start=1):
    for c, v in enumerate(values):
        if v is None:
            continue
        s.write(r, c, v, DECIMAL if c == 1 else xlwt.Style.default_style)
    s.write(r, 5, xlwt.Formula(f"A{r + 1}*2"))
save(book, "basic.xls")


# ---- dates in both systems: the same calendar values, so the expected ISO text is identical ------------
def to_serial(when, date1904):
    """The Excel serial of a datetime after 1900-03-01, with its fraction of a second."""
    epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    return (when - epoch) / dt.timedelta(days=1)


def dates(name, date1904):
    book = xlwt.Workbook(encoding="utf-8")
    book.dates_1904 = date1904
    s = book.add_sheet("Dates")
    header(s, ["id", "day", "at", "clock", "serial"])
    values = [
        (1, dt.date(2024, 1, 1), dt.datetime(2024, 1, 1, 12, 0, 0), dt.time(18, 0, 0)),
        (2, dt.date(1999, 12, 31), dt.datetime(2000, 2, 29, 23, 59, 59), dt.time(6, 30, 15)),
        (3, dt.date(2028, 7, 4), dt.datetime(1970, 1, 1, 0, 0, 1), dt.time(0, 0, 0)),
        # after 2100-02-28 (not a leap year) and a time that rounds up to the next day
        (4, dt.date(2100, 3, 1), dt.datetime(2100, 12, 31, 23, 59, 59, 600000), dt.time(23, 59, 59, 400000)),
    ]
    for r, (i, day, at, clock) in enumerate(values, start=1):
        s.write(r, 0, i)
        s.write(r, 1, day, DATE)
        # xlwt drops microseconds from datetimes, so the serial is written as a number
        s.write(r, 2, to_serial(at, date1904), DATETIME)
        s.write(r, 3, clock, TIME)
        s.write(r, 4, 45292)  # a date serial written as a plain number stays a number
    if not date1904:
        # Excel's 1900 quirks, written as raw serials: 60 is the nonexistent 1900-02-29
        s = book.add_sheet("Serials")
        header(s, ["serial", "day"])
        for r, serial in enumerate([1, 59, 60, 61, 2958465], start=1):
            s.write(r, 0, serial)
            s.write(r, 1, serial, DATE)
    save(book, name)


dates("dates1900.xls", False)
dates("dates1904.xls", True)

# ---- several sheets -----------------------------------------------------------------------------------
book = xlwt.Workbook(encoding="utf-8")
s = book.add_sheet("People")
header(s, ["id", "name"])
s.write(1, 0, 1)
s.write(1, 1, "bob")
s.write(2, 0, 2)
s.write(2, 1, "carol")
s = book.add_sheet("销售")
header(s, ["城市", "金额"])
s.write(1, 0, "上海")
s.write(1, 1, 99.5)
s = book.add_sheet("Notes")
s.write(0, 0, "note")
s.write(1, 0, "third sheet")
save(book, "multisheet.xls")

# ---- sparse: the same layout as sparse.xlsx (empty rows 2, 3 and 5; cells kept in their columns) ------
book = xlwt.Workbook(encoding="utf-8")
s = book.add_sheet("Sheet1")
header(s, ["id", "name", "score"])
s.write(3, 2, 9)
s.write(5, 0, 6)
save(book, "sparse.xls")

# ---- merged cells (B3:C4), like the merge in dates1900.xlsx -------------------------------------------
book = xlwt.Workbook(encoding="utf-8")
s = book.add_sheet("Sheet1")
header(s, ["id", "name", "city"])
s.write(1, 0, 1)
s.write(1, 1, "x")
s.write(1, 2, "y")
s.write(2, 0, 2)
s.write_merge(2, 3, 1, 2, "merged")
s.write(3, 0, 3)
save(book, "merged.xls")

# ---- awkward values for the round trip through the canonical body (as awkward.xlsx) --------------------
book = xlwt.Workbook(encoding="utf-8")
s = book.add_sheet("Sheet1")
aw = ["value", "has,comma", 'has "quote"', "back\\slash", "multi\nline", '"starts and ends with quote"', "\\N",
      "plain"]
for r, v in enumerate(aw):
    s.write(r, 0, v)
save(book, "awkward.xls")

# ---- broken files ---------------------------------------------------------------------------------------
with open(os.path.join(HERE, "basic.xls"), "rb") as f:
    whole = f.read()
with open(os.path.join(HERE, "truncated.xls"), "wb") as f:
    f.write(whole[: len(whole) // 2])
with open(os.path.join(HERE, "garbage.xls"), "wb") as f:
    # a valid OLE2 signature and header start, then bytes that are no compound file at all
    f.write(whole[:64] + bytes((i * 37 + 11) % 256 for i in range(4096)))

# ---- hostile files (they once crashed or stalled FreeXL, the reader used before our own) -----------------
# A one-byte change: the length of the worksheet's HEADER record at 0x6e1 becomes 0x74xx, so the sheet's
# records run off the end of the stream (FreeXL 1.0.6 crashed on it; ours says bad_workbook).
with open(os.path.join(HERE, "crash_0x6e3.xls"), "wb") as f:
    crash = bytearray(whole)
    crash[0x6E3] = 0x74
    f.write(bytes(crash))

# Date-formatted serials of 2e9 (five million years ahead): past 9999-12-31, so they stay numbers (FreeXL
# stepped one day at a time to convert them and took seconds per cell).
book = xlwt.Workbook(encoding="utf-8")
s = book.add_sheet("Sheet1")
header(s, ["id", "day"])
for r in range(1, 9):
    s.write(r, 0, r)
    s.write(r, 1, 2e9 + r, DATE)
save(book, "slow_dates.xls")

# ---- many rows of one long shared string: a small file whose cells add up to ~1.2 MB of text
book = xlwt.Workbook(encoding="utf-8")
s = book.add_sheet("Sheet1")
header(s, ["a", "b", "c", "d", "e", "f", "g", "h"])
long_text = "".join(chr(ord("a") + i % 26) for i in range(250))
for r in range(1, 601):
    for c in range(8):
        s.write(r, c, long_text)
save(book, "long_rows.xls")
