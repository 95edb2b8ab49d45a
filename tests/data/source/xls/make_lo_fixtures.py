#!/usr/bin/python3
"""Writes the LibreOffice-made .xls fixtures of tests/source/test_xls.cpp: workbooks with genuine cached
formula results (xlwt writes formulas without them), shared and array formulas, a shared string table
long enough to need CONTINUE records and a hidden sheet. (LibreOffice cannot write Excel 95 / BIFF5: the
BIFF5 readers are covered by the SheetJS samples in ../shared/xls-samples.)

Each workbook is written as a flat ODF spreadsheet (.fods) and converted by LibreOffice headless:
    apt-get install libreoffice-calc-nogui    # only to regenerate; CI uses the committed .xls files
    /usr/bin/python3 tests/data/source/xls/make_lo_fixtures.py
Outputs: lo_formulas.xls and lo_strings.xls (BIFF8)."""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text>
  <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
 <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>
 <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
"""
TAIL = "</office:spreadsheet></office:body></office:document>\n"


def text(v):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % escape(v)


def num(v):
    return '<table:table-cell office:value-type="float" office:value="%s"/>' % v


def formula(f, extra=""):
    return '<table:table-cell table:formula="of:=%s"%s/>' % (escape(f, {'"': "&quot;"}), extra)


def table(name, rows, hidden=False):
    out = ['<table:table table:name="%s" table:style-name="%s">' % (escape(name), "ta2" if hidden else "ta1")]
    for cells in rows:
        out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    out.append("</table:table>")
    return "\n".join(out)


def formulas_book():
    rows = [[text(h) for h in ("id", "qty", "price", "total", "size", "big", "ratio", "due", "tenfold")]]
    qty = [1, 3, 5, 2]
    for i, q in enumerate(qty):
        r = i + 2
        rows.append([
            num(i + 1), num(q), num(2.5 * (i + 1)),
            formula("[.B%d]*[.C%d]" % (r, r)),  # filled down: a shared formula in BIFF8
            formula('IF([.B%d]>2;"big";"small")' % r),  # string result (STRING record)
            formula("[.B%d]>2" % r),  # boolean result
            formula("1/([.B%d]-2)" % r) if q == 2 else formula("[.B%d]/4" % r),  # #DIV/0! in the last row
            formula("DATE(2024;1;31)+[.A%d]" % r, ' table:style-name="ce1"'),  # date-formatted result
            # an array formula over B2:B5 in I2:I5
            formula("[.B2:.B5]*10", ' table:number-matrix-columns-spanned="1" table:number-matrix-rows-spanned="4"')
            if r == 2 else "<table:table-cell/>",
        ])
    rows.append([text("empty"), formula('""'), text("Müller €5 Café")])
    hidden = [[text("secret")], [num(42)]]
    return HEAD + table("Formulas", rows) + table("Hidden", hidden, hidden=True) + TAIL


def strings_book():
    # 1200 distinct strings (about 20 KB) and one of 9000 CJK characters: the SST spans many CONTINUE
    # records, with strings (and 8-bit/16-bit runs) cut at record boundaries
    rows = [[text("n"), text("word")]]
    for i in range(1200):
        word = ("w%05d-" % i) + ("ä" if i % 7 == 0 else "") + "x" * (i % 23)
        rows.append([num(i), text(word)])
    rows.append([num(1200), text("长" * 9000)])
    return HEAD + table("Strings", rows) + TAIL


def convert(fods, name, xls, filter_name):
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, name + ".fods")
    with open(src, "w", encoding="utf-8") as f:
        f.write(fods)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/profile",
                    "--convert-to", "xls:" + filter_name, "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, name + ".xls"), os.path.join(HERE, xls))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    convert(formulas_book(), "formulas", "lo_formulas.xls", "MS Excel 97")
    convert(strings_book(), "strings", "lo_strings.xls", "MS Excel 97")
