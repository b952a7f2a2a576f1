#!/usr/bin/env python3
"""Builds the tiny .xlsx test workbooks next to this script (standard library only).

almelo.xlsx has two sheets:
  "Tabel 3.1"  table 3.1 of the Almelo report, wide: shared-string labels, years stored as
               numbers, figures stored as numbers, an inline string, and a sparse (absent) cell.
  "Maanden"    long form with periods stored as dates (style numFmt 14) and one cell with a
               formula result string.
Run: python3 make_xlsx.py
"""
import zipfile

shared = ["productgroep", "Totaal", "Burgerzaken", "Vergunningen", "Periode", "Aantal"]

def s(ref, text):
    return f'<c r="{ref}" t="s"><v>{shared.index(text)}</v></c>'

def n(ref, number, style=None):
    attr = f' s="{style}"' if style is not None else ""
    return f'<c r="{ref}"{attr}><v>{number}</v></c>'

def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

def sheet(rows):
    body = "".join(f'<row r="{i}">{"".join(cells)}</row>' for i, cells in rows)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{body}</sheetData></worksheet>')

table = sheet([
    (1, [s("A1", "productgroep"), n("B1", 2018), n("C1", 2019), n("D1", 2020)]),
    (2, [s("A2", "Totaal"), n("B2", 29734), n("C2", 30416), n("D2", 49525)]),
    (3, [s("A3", "Burgerzaken"), n("B3", 13438), n("C3", 11886), n("D3", 13657)]),
    # C4 is absent: a sparse row, read as a missing figure.
    (4, [s("A4", "Vergunningen"), n("B4", 9888), n("D4", 28272)]),
    (5, [inline("A5", "Leef- en woonomgeving"), n("B5", 4657.5), n("C5", 4675), n("D5", 5759)]),
])
# 44197 = 2021-01-01, 44228 = 2021-02-01 (Excel serial days), shown with style 1 (numFmt 14).
months = sheet([
    (1, [s("A1", "Periode"), s("B1", "Aantal")]),
    (2, [n("A2", 44197, 1), n("B2", 0.125)]),
    (3, [n("A3", 44228, 1), '<c r="B3" t="str"><f>B2*2</f><v>0.25</v></c>']),
])
sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(shared)}" uniqueCount="{len(shared)}">'
       + "".join(f"<si><t>{t}</t></si>" for t in shared) + "</sst>")
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Tabel 3.1" sheetId="1" r:id="rId1"/><sheet name="Maanden" sheetId="2" r:id="rId2"/>'
            '</sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
        '</Relationships>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')

with zipfile.ZipFile("almelo.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in [("[Content_Types].xml", content_types), ("xl/workbook.xml", workbook),
                       ("xl/_rels/workbook.xml.rels", rels), ("xl/sharedStrings.xml", sst),
                       ("xl/styles.xml", styles), ("xl/worksheets/sheet1.xml", table),
                       ("xl/worksheets/sheet2.xml", months)]:
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
