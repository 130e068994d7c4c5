"""Building CSV and .xlsx file contents from rows (pure; the caller saves the bytes safely).

Every text cell that a spreadsheet program could run as a formula (it starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe, so opening an
export never runs anything. The import reader removes that apostrophe again.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from typing import Any

from officer_desk.io.readers import FORMULA_TRIGGERS

Cell = str | int | float | dt.date | dt.time | None


def escape_cell(text: str) -> str:
    """Neutralise formula-like text (CSV/formula injection)."""
    if text and (text[0] in FORMULA_TRIGGERS or text.lstrip()[:1] in ("=", "+", "@")):
        return "'" + text
    return text


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return escape_cell(value)
    return str(value)


def csv_bytes(
    headers: Sequence[str], rows: Iterable[Sequence[Cell]], *, delimiter: str = ","
) -> bytes:
    """UTF-8 with BOM (so Excel detects the encoding), CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([escape_cell(h) for h in headers])
    for row in rows:
        writer.writerow([_csv_text(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_bytes(
    headers: Sequence[str], rows: Iterable[Sequence[Cell]], *, sheet_title: str = "Export"
) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title[:31] or "Export")
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=escape_cell(h))
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    for row in rows:
        out: list[Any] = []
        for value in row:
            if isinstance(value, str):
                value = escape_cell(ILLEGAL_CHARACTERS_RE.sub("", value))
            elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "yyyy-mm-dd"
                value = cell
            elif isinstance(value, dt.time):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "hh:mm"
                value = cell
            out.append(value)
        ws.append(out)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
