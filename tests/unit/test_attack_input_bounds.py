"""Attack review, resource bounds for imported files (docs/SECURITY.md, A-R4): a small file on
disk that would unpack to gigabytes, a row with a million cells or a huge shared-string table
is refused from the zip's central directory or a bounded streaming scan, before openpyxl or the
csv module builds anything big; devices, pipes and oversized files are never read."""

from __future__ import annotations

import io
import os
import sys
import zipfile

import pytest
from openpyxl import Workbook

from officer_desk.errors import InputRefused
from officer_desk.io import readers
from officer_desk.io.mapping import header_score
from officer_desk.io.readers import read_bytes, read_csv_bytes, read_input_file, read_table

SHEET = "xl/worksheets/sheet1.xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _workbook_bytes() -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Student number", "Date"])
    ws.append(["Jo", "s1234567", "2026-10-01"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _replace_member(data: bytes, name: str, write) -> bytes:
    """Copy the xlsx, writing member ``name`` with ``write(stream)`` (streamed, so the test
    never holds the unpacked bytes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        names = src.namelist()
        if name not in names:
            names.append(name)
        for member in names:
            with dst.open(member, "w") as fh:
                if member == name:
                    write(fh)
                else:
                    fh.write(src.read(member))
    return out.getvalue()


def _problem_templates(table) -> list[str]:
    return [p.template for p in table.problems if p.row == 0 and not p.warning]


@pytest.fixture(scope="module")
def shared_strings_bomb() -> bytes:
    def write(fh):
        fh.write(f'<?xml version="1.0"?><sst {NS} count="1" uniqueCount="1">'.encode())
        chunk = b" " * (1 << 20)
        for _ in range(300):  # 300 MiB unpacked, about 1.3 MB on disk
            fh.write(chunk)
        fh.write(b"<si><t>Name</t></si></sst>")

    return _replace_member(_workbook_bytes(), "xl/sharedStrings.xml", write)


def test_resource_bounds_xlsx_zip_bomb_is_refused_from_the_central_directory(shared_strings_bomb):
    assert len(shared_strings_bomb) < 2_000_000
    table = read_bytes(shared_strings_bomb, header_score)
    assert not table.ok
    assert _problem_templates(table) == [readers.TOO_BIG_UNPACKED]
    assert "unpacks to more" in table.problems[0].message


def test_resource_bounds_xlsx_claimed_size_is_checked_too():
    """A member whose central-directory size is huge is refused without unpacking it."""
    data = _workbook_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info))
        for info in dst.infolist():
            if info.filename == SHEET:
                info.file_size = 3_700_000_000  # as in the 3.7 GB sharedStrings attack
    table = read_bytes(out.getvalue(), header_score)
    assert _problem_templates(table) == [readers.TOO_BIG_UNPACKED]


def test_resource_bounds_xlsx_very_wide_row_is_refused():
    cells = 100_000  # without coordinates, each cell takes the next column

    def write(fh):
        fh.write(f'<?xml version="1.0"?><worksheet {NS}><sheetData>'.encode())
        fh.write(b'<row r="1"><c t="inlineStr"><is><t>Name</t></is></c>')
        fh.write(b'<c t="n"><v>1</v></c>' * cells)
        fh.write(b"</row></sheetData></worksheet>")

    data = _replace_member(_workbook_bytes(), SHEET, write)
    assert len(data) < 200_000
    table = read_bytes(data, header_score)
    assert not table.ok
    assert _problem_templates(table) == [readers.TOO_MANY_CELLS_IN_ROW]
    assert str(readers.MAX_ROW_CELLS) in table.problems[0].message


def test_resource_bounds_xlsx_every_xml_part_is_bounded_before_openpyxl_loads_it():
    """openpyxl reads every sheet's dimensions while loading, holding a whole row in memory,
    and a sheet may live at any path: every XML part is scanned first."""

    def write(fh):
        fh.write(f'<?xml version="1.0"?><worksheet {NS}><sheetData><row r="1">'.encode())
        fh.write(b"<c><v>1</v></c>" * 50_000)
        fh.write(b"</row></sheetData></worksheet>")

    data = _replace_member(_workbook_bytes(), "xl/elsewhere/part.xml", write)
    table = read_bytes(data, header_score)
    assert _problem_templates(table) == [readers.TOO_MANY_CELLS_IN_ROW]


def test_resource_bounds_xlsx_far_away_cells_are_bounded():
    """Rows whose last cell sits in column XFD make openpyxl pad every row to 16,384 cells:
    the total is bounded before reading."""

    def write(fh):
        fh.write(f'<?xml version="1.0"?><worksheet {NS}><dimension ref="A1:XFD1048576"/>'.encode())
        fh.write(b"<sheetData>")
        for r in range(1, 2001):
            fh.write(f'<row r="{r}"><c r="A{r}" t="n"><v>1</v></c>'.encode())
            fh.write(f'<c r="XFD{r}" t="n"><v>2</v></c></row>'.encode())
        fh.write(b"</sheetData></worksheet>")

    table = read_bytes(_replace_member(_workbook_bytes(), SHEET, write), header_score)
    assert _problem_templates(table) == [readers.TOO_MANY_CELLS]


def test_resource_bounds_xlsx_document_type_declarations_are_refused():
    def write(fh):
        fh.write(b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>')
        fh.write(f"<worksheet {NS}><sheetData>".encode())
        fh.write(b'<row r="1"><c t="inlineStr"><is><t>&a;</t></is></c></row>')
        fh.write(b"</sheetData></worksheet>")

    table = read_bytes(_replace_member(_workbook_bytes(), SHEET, write), header_score)
    assert not table.ok


def test_resource_bounds_csv_very_wide_row_is_refused():
    data = b"Name;Student number\n" + b"Jo" + b";" * 1_000_000 + b"\n"
    table = read_csv_bytes(data, header_score)
    assert not table.ok
    assert _problem_templates(table) == [readers.TOO_MANY_CELLS_IN_ROW]


def test_resource_bounds_ordinary_xlsx_and_csv_still_read():
    table = read_bytes(_workbook_bytes(), header_score)
    assert table.ok and table.headers[:2] == ["Name", "Student number"]
    assert table.rows[0].cells[:2] == ["Jo", "s1234567"]
    table = read_csv_bytes(b"Name;Student number\nJo;s1234567\n", header_score)
    assert table.ok and table.rows[0].cells == ["Jo", "s1234567"]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_resource_bounds_fifo_and_devices_are_not_read(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(InputRefused) as info:
        read_input_file(fifo)
    assert "not an ordinary file" in info.value.message
    table = read_table(fifo, header_score)  # returns at once: no writer needed
    assert not table.ok and "not an ordinary file" in table.problems[0].message
    table = read_table(tmp_path, header_score)  # a folder
    assert not table.ok


def test_resource_bounds_file_over_the_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:  # sparse: nothing is written to disk
        fh.truncate(readers.MAX_FILE_BYTES + 1)
    with pytest.raises(InputRefused) as info:
        read_input_file(big)
    assert "too large" in info.value.message
    small = tmp_path / "small.csv"
    small.write_bytes(b"Name\nJo\n")
    assert read_input_file(small) == b"Name\nJo\n"
    with pytest.raises(InputRefused):
        read_input_file(small, limit=4)


def test_resource_bounds_bundles_ledgers_and_trust_files_are_bounded(tmp_path):
    from officer_desk.services import reporting

    big = tmp_path / "big.json"
    with open(big, "wb") as fh:  # sparse: nothing is written to disk
        fh.truncate(reporting.MAX_BUNDLE_BYTES + 1)
    for read in (reporting.read_bundle, reporting.read_ledger, reporting.read_trust_file):
        with pytest.raises(InputRefused):
            read(big)
        with pytest.raises(InputRefused):
            read(tmp_path)  # a folder
    assert reporting.read_ledger(tmp_path / "missing.json") == reporting.empty_ledger()
