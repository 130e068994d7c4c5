"""Reading messy CSV and .xlsx files: encodings, delimiters, header rows, merged cells,
formula cells, empty rows — and arbitrary bytes never crash."""

from __future__ import annotations

import io
import re
import zipfile

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from officer_desk.io.mapping import header_score
from officer_desk.io.readers import read_bytes, read_csv_bytes, sniff_delimiter, unescape_cell

CSV_NL = (
    "Naam;Studentnummer;Datum;Onderwerp;Notitie\r\n"
    "Zoë Müller  ;s1234567; 3-2-2025 ;Geld en financiën;café  \r\n"
    ";;;;\r\n"
    "\r\n"
    "Jan;1234568;2025-02-10;stress;\r\n"
)


def test_utf8_semicolon_trailing_spaces_and_empty_rows():
    t = read_csv_bytes(CSV_NL.encode("utf-8"), header_score)
    assert t.ok and t.encoding == "utf-8" and t.delimiter == ";"
    assert t.headers == ["Naam", "Studentnummer", "Datum", "Onderwerp", "Notitie"]
    assert [r.number for r in t.rows] == [2, 5]
    assert t.rows[0].cells == ["Zoë Müller", "s1234567", "3-2-2025", "Geld en financiën", "café"]


def test_utf8_with_bom():
    t = read_csv_bytes(CSV_NL.encode("utf-8-sig"), header_score)
    assert t.encoding == "utf-8-sig"
    assert t.headers[0] == "Naam"  # no BOM glued to the first header


def test_windows_1252():
    t = read_csv_bytes(CSV_NL.encode("cp1252"), header_score)
    assert t.encoding == "cp1252"
    assert t.rows[0].cells[0] == "Zoë Müller"
    assert t.rows[0].cells[3] == "Geld en financiën"


def test_utf16_with_bom():
    t = read_csv_bytes(CSV_NL.encode("utf-16"), header_score)
    assert t.ok and t.rows[0].cells[0] == "Zoë Müller"


def test_comma_and_tab_delimiters_with_quoted_cells():
    text = 'Name,Student number,Date,Note\n"Jansen, Jan",1234567,1-2-2025,"a, b"\n'
    t = read_csv_bytes(text.encode(), header_score)
    assert t.delimiter == ","
    assert t.rows[0].cells[0] == "Jansen, Jan"
    tab = text.replace(",", "\t").replace('"Jansen\t Jan"', "Jansen Jan")
    assert sniff_delimiter(tab) == "\t"


def test_header_row_found_below_a_title_row():
    text = "Contactregistratie 2025;;;\nversie 3;;;\nNaam;Datum;Onderwerp;Kanaal\nA;1-1-2025;x;y\n"
    t = read_csv_bytes(text.encode(), header_score)
    assert t.header_row == 3
    assert t.headers == ["Naam", "Datum", "Onderwerp", "Kanaal"]
    assert len(t.rows) == 1


def test_duplicate_and_empty_headers_get_names():
    t = read_csv_bytes(b"Naam;;Naam\nA;B;C\n")
    assert t.headers == ["Naam", "Column 2", "Naam (2)"]


def test_binary_and_unknown_encodings_are_reported_not_raised():
    t = read_csv_bytes(b"\x00\x01\x02binary")
    assert not t.ok
    t = read_csv_bytes(b"Naam\n\x81\x8d\x8f\x90\x9d\n")  # undefined in Windows-1252
    assert not t.ok
    assert "encoding" in t.problems[0].message


def test_empty_file():
    assert not read_csv_bytes(b"").ok
    assert not read_csv_bytes(b"Naam;Datum\n").ok  # a header but no rows


def test_unescape_of_our_export_apostrophe():
    assert unescape_cell("'=SUM(A1)") == "=SUM(A1)"
    assert unescape_cell("'-5") == "-5"
    assert unescape_cell("'t Hart") == "'t Hart"


@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(data):
    t = read_bytes(data, header_score)
    for p in t.problems:
        assert isinstance(p.message, str)
    for row in t.rows:
        assert len(row.cells) == len(t.headers)


@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=8))
def test_arbitrary_text_tables_never_crash(cells):
    text = "\n".join(";".join(row) for row in cells)
    for encoding in ("utf-8", "utf-8-sig"):
        read_bytes(text.encode(encoding), header_score)


# --- xlsx -----------------------------------------------------------------------------------


def _xlsx(build) -> bytes:
    wb = Workbook()
    build(wb.active)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _with_cached_value(data: bytes, formula: str, value: str) -> bytes:
    """Give one formula cell a saved value, as Excel or LibreOffice would."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = content.decode()
                text = re.sub(
                    rf"<f>{re.escape(formula)}</f><v\s*/?>(</v>)?",
                    f"<f>{formula}</f><v>{value}</v>",
                    text,
                )
                content = text.encode()
            dst.writestr(item, content)
    return out.getvalue()


def test_xlsx_merged_title_dates_numbers_and_empty_rows():
    import datetime as dt

    def build(ws):
        ws.append(["Contactregistratie", None, None, None])
        ws.merge_cells("A1:D1")
        ws.append(["Naam ", "Studentnummer", "Datum", "Duur"])
        ws.append(["  Zoë ", 1234567, dt.datetime(2025, 3, 4), 30.0])
        ws.append([])
        ws.append(["Piet", "s7654321", dt.datetime(2025, 3, 5, 14, 30), 45])

    t = read_bytes(_xlsx(build), header_score)
    assert t.ok and t.kind == "xlsx" and t.header_row == 2
    assert t.headers == ["Naam", "Studentnummer", "Datum", "Duur"]
    assert t.rows[0].cells == ["Zoë", "1234567", "2025-03-04", "30"]
    assert t.rows[1].number == 5
    assert t.rows[1].cells[2] == "2025-03-05 14:30"


def test_xlsx_merged_cells_fill_their_range():
    def build(ws):
        ws.append(["Naam", "Datum", "Onderwerp"])
        ws.append(["Zoë", "1-3-2025", "stress"])
        ws.append([None, "2-3-2025", "geld"])
        ws.merge_cells("A2:A3")  # one name for two consultation rows

    t = read_bytes(_xlsx(build), header_score)
    assert [r.cells[0] for r in t.rows] == ["Zoë", "Zoë"]


def test_xlsx_merged_header_cell():
    def build(ws):
        ws.append(["Naam", "Vervolgafspraak", None, "Datum"])
        ws.merge_cells("B1:C1")
        ws.append(["Zoë", "1-4-2025", "x", "1-3-2025"])

    t = read_bytes(_xlsx(build), header_score)
    assert t.headers == ["Naam", "Vervolgafspraak", "Vervolgafspraak (2)", "Datum"]


def test_xlsx_formula_cells_use_saved_values_or_are_refused():
    def build(ws):
        ws.append(["Naam", "Duur", "Onderwerp"])
        ws.append(["Zoë", "=15+15", "stress"])
        ws.append(["Piet", "=20+25", "geld"])

    data = _with_cached_value(_xlsx(build), "15+15", "30")
    t = read_bytes(data, header_score)
    assert t.rows[0].cells[1] == "30"
    assert t.rows[1].cells[1] == ""  # no saved value
    refused = [p for p in t.problems if p.row == 3]
    assert refused and "formula" in refused[0].message


def test_xlsx_text_that_looks_like_a_formula_stays_text():
    def build(ws):
        ws.append(["Naam", "Notitie"])
        ws.append(["Zoë", "=HYPERLINK(x)"])
        ws["B2"].data_type = "s"

    t = read_bytes(_xlsx(build), header_score)
    assert t.rows[0].cells[1] == "=HYPERLINK(x)"


def test_damaged_xlsx_is_reported():
    t = read_bytes(b"PK\x03\x04" + b"\x00" * 100)
    assert not t.ok
