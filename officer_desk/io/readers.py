"""Reading contact logs from CSV and Excel (.xlsx) files into a plain :class:`Table`.

Pure file reading: no vault, no Qt. Every problem is *reported* (a :class:`Problem` with a row
number, a column or field name and an English message template) instead of raised, so that
arbitrary bytes never crash an import; problems never carry cell values.

CSV: the encoding is sniffed (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252) and so
is the delimiter (``;``, ``,`` or tab). Excel: the first sheet is read with openpyxl in
read-only mode; formula cells use the value the spreadsheet program saved with them (a formula
without a saved value is refused), merged cells take the value of their top-left cell, and
empty rows are skipped. Every cell becomes a stripped string; a leading apostrophe that
protected a formula-like value (as written by our exports) is removed again.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import io
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officer_desk.errors import tr_noop

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 250_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 100_000
HEADER_SEARCH_ROWS = 10
DELIMITERS = (";", ",", "\t")
# A cell starting with one of these may run as a formula in a spreadsheet program.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in the file. ``row`` is the spreadsheet row (0: the whole file);
    ``field`` a column header or import field name — never a cell value."""

    row: int
    field: str
    template: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)  # ``field`` is shadowed
    warning: bool = False

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


@dataclass(slots=True)
class Row:
    number: int  # 1-based row number as the user sees it in the file
    cells: list[str]


@dataclass(slots=True)
class Table:
    headers: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    header_row: int = 0
    kind: str = ""  # "csv" | "xlsx"
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""

    @property
    def ok(self) -> bool:
        """False when the file could not be read at all."""
        return not any(p.row == 0 and not p.warning for p in self.problems)

    def column(self, index: int) -> Iterable[str]:
        for row in self.rows:
            yield row.cells[index] if index < len(row.cells) else ""


HeaderScore = Callable[[list[str]], int]


def unescape_cell(text: str) -> str:
    """Undo the ``'`` our exports put before formula-like text."""
    if len(text) >= 2 and text[0] == "'":
        rest = text[1:]
        if rest[0] in FORMULA_TRIGGERS or rest.lstrip()[:1] in ("=", "+", "@"):
            return rest
    return text


def _clean(text: str) -> str:
    text = text.replace("\x00", "").strip()
    return unescape_cell(text)


def _header_names(cells: list[str]) -> list[str]:
    names: list[str] = []
    seen: Counter[str] = Counter()
    for i, cell in enumerate(cells):
        name = " ".join(cell.split()) or f"Column {i + 1}"
        seen[name.casefold()] += 1
        if seen[name.casefold()] > 1:
            name = f"{name} ({seen[name.casefold()]})"
        names.append(name)
    return names


def _build_table(
    raw: Iterable[tuple[int, list[str]]], table: Table, header_score: HeaderScore | None
) -> Table:
    """Pick the header row among the first non-empty rows, then keep the non-empty data rows."""
    rows: list[Row] = []
    for number, cells in raw:
        if len(rows) >= MAX_ROWS + HEADER_SEARCH_ROWS:
            table.problems.append(
                Problem(0, "", tr_noop("The file has more than {limit} rows."), {"limit": MAX_ROWS})
            )
            break
        cells = [_clean(c) for c in cells[:MAX_COLUMNS]]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        for i, c in enumerate(cells):
            if len(c) > MAX_CELL_CHARS:
                cells[i] = ""
                table.problems.append(
                    Problem(number, f"Column {i + 1}", tr_noop("This cell is too long."))
                )
        rows.append(Row(number, cells))
    if not rows:
        table.problems.append(Problem(0, "", tr_noop("The file contains no rows.")))
        return table
    candidates = rows[:HEADER_SEARCH_ROWS]
    best = 0
    if header_score is not None:
        scores = [header_score(r.cells) for r in candidates]
        if max(scores) > 0:
            best = scores.index(max(scores))
    header = candidates[best]
    table.header_row = header.number
    width = max(len(r.cells) for r in rows[best:])
    table.headers = _header_names(header.cells + [""] * (width - len(header.cells)))
    table.rows = [Row(r.number, r.cells + [""] * (width - len(r.cells))) for r in rows[best + 1 :]]
    if not table.rows:
        table.problems.append(Problem(0, "", tr_noop("The file has a header but no data rows.")))
    return table


# --- CSV ----------------------------------------------------------------------------------


def decode(data: bytes) -> tuple[str, str] | None:
    """Return (text, encoding name) or None when no supported encoding fits."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None  # binary, or UTF-16 without BOM: not a CSV we can trust
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of columns."""
    sample = "\n".join(line for line in text.splitlines()[:50] if line.strip())
    best, best_score = DELIMITERS[0], (-1.0, 0)
    for delim in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delim) if r]
        except csv.Error:
            continue
        if not counts:
            continue
        mode, freq = Counter(counts).most_common(1)[0]
        if mode < 2:
            continue
        score = (freq / len(counts), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv_bytes(data: bytes, header_score: HeaderScore | None = None) -> Table:
    table = Table(kind="csv")
    if len(data) > MAX_FILE_BYTES:
        table.problems.append(Problem(0, "", tr_noop("The file is too large to import.")))
        return table
    decoded = decode(data)
    if decoded is None:
        table.problems.append(
            Problem(
                0,
                "",
                tr_noop(
                    "The file's text encoding was not recognised. Save it as CSV (UTF-8) and"
                    " try again."
                ),
            )
        )
        return table
    text, table.encoding = decoded
    table.delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=table.delimiter, strict=False)
    raw: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for cells in reader:
            number += 1
            raw.append((number, cells))
            if number > MAX_ROWS + HEADER_SEARCH_ROWS:
                break
    except csv.Error:
        table.problems.append(
            Problem(
                number + 1,
                "",
                tr_noop("This row could not be read (unbalanced quotes or a cell too long)."),
            )
        )
        if not raw:
            return table
    return _build_table(raw, table, header_score)


# --- Excel --------------------------------------------------------------------------------

_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _merged_ranges(wb: Any, ws: Any) -> list[tuple[int, int, int, int]]:
    """Merged ranges (min_row, min_col, max_row, max_col) from the sheet XML; read-only mode
    of openpyxl does not expose them."""
    try:
        xml = wb._archive.read(ws._worksheet_path)
    except Exception:  # a private API; merges are a nicety
        return []
    out = []
    for ref in re.findall(rb'<mergeCell[^>]*\bref="([A-Z0-9:]+)"', xml):
        parts = ref.decode("ascii").split(":")
        if len(parts) != 2:
            continue
        a, b = _REF.match(parts[0]), _REF.match(parts[1])
        if not a or not b:
            continue
        out.append(
            (int(a.group(2)), _col_index(a.group(1)), int(b.group(2)), _col_index(b.group(1)))
        )
    return out


def cell_text(value: Any) -> str:
    """A cell value as text: dates ISO, whole numbers without '.0'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def read_xlsx(path: Path | io.BytesIO, header_score: HeaderScore | None = None) -> Table:
    import openpyxl  # local: only needed for spreadsheets

    table = Table(kind="xlsx")
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception:  # openpyxl raises many types on damaged files
        table.problems.append(
            Problem(0, "", tr_noop("The spreadsheet could not be opened; it may be damaged."))
        )
        return table
    cached: dict[tuple[int, int], Any] | None = None
    try:
        ws = wb.worksheets[0]
        table.sheet = ws.title
        merges = _merged_ranges(wb, ws)
        formulas: list[tuple[int, int]] = []
        raw: list[tuple[int, list[Any]]] = []
        for number, row in enumerate(ws.iter_rows(min_row=1, min_col=1), start=1):
            values: list[Any] = []
            for c_index, cell in enumerate(row[:MAX_COLUMNS], start=1):
                kind = getattr(cell, "data_type", "n")
                value = getattr(cell, "value", None)
                if kind == "f" or (kind != "s" and isinstance(value, str) and value[:1] == "="):
                    formulas.append((number, c_index))
                    value = None
                elif kind == "e":
                    table.problems.append(
                        Problem(
                            number,
                            f"Column {c_index}",
                            tr_noop("This cell holds a spreadsheet error value."),
                        )
                    )
                    value = None
                values.append(value)
            raw.append((number, values))
            if len(raw) > MAX_ROWS + HEADER_SEARCH_ROWS:
                break
    except Exception:
        table.problems.append(
            Problem(0, "", tr_noop("The spreadsheet could not be read; it may be damaged."))
        )
        return table
    finally:
        wb.close()
    if formulas:
        cached = _cached_values(path, set(formulas))
    by_number = {number: values for number, values in raw}
    for row_no, col in formulas:
        value = cached.get((row_no, col)) if cached else None
        if value is None:
            table.problems.append(
                Problem(
                    row_no,
                    f"Column {col}",
                    tr_noop(
                        "This cell holds a formula without a saved value. Open the file in your"
                        " spreadsheet program, save it, and import again."
                    ),
                )
            )
            by_number[row_no][col - 1] = ""
        else:
            by_number[row_no][col - 1] = value
    for min_row, min_col, max_row, max_col in merges:
        top = by_number.get(min_row)
        value = top[min_col - 1] if top and min_col - 1 < len(top) else None
        if value is None:
            continue
        for r in range(min_row, min(max_row, min_row + MAX_ROWS) + 1):
            target = by_number.get(r)
            if target is None:
                continue
            while len(target) < max_col:
                target.append(None)
            for c in range(min_col, min(max_col, MAX_COLUMNS) + 1):
                if target[c - 1] is None or target[c - 1] == "":
                    target[c - 1] = value
    text_rows = [(number, [cell_text(v) for v in values]) for number, values in raw]
    return _build_table(text_rows, table, header_score)


def _cached_values(
    path: Path | io.BytesIO, wanted: set[tuple[int, int]]
) -> dict[tuple[int, int], Any]:
    """The values saved with formula cells (second pass with ``data_only``)."""
    import openpyxl

    if isinstance(path, io.BytesIO):
        path.seek(0)
    out: dict[tuple[int, int], Any] = {}
    last_row = max(r for r, _ in wanted)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for row in wb.worksheets[0].iter_rows(min_row=1, min_col=1, max_row=last_row):
                for cell in row:
                    key = (getattr(cell, "row", 0), getattr(cell, "column", 0))
                    if key in wanted and cell.value is not None:
                        out[key] = cell.value
        finally:
            wb.close()
    except Exception:
        return {}
    return out


# --- entry point --------------------------------------------------------------------------


def read_table(path: Path, header_score: HeaderScore | None = None) -> Table:
    """Read a CSV or .xlsx file (decided by content, not by the name)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            t = Table()
            t.problems.append(Problem(0, "", tr_noop("The file is too large to import.")))
            return t
        with path.open("rb") as fh:
            data = fh.read()
    except OSError:
        t = Table()
        t.problems.append(Problem(0, "", tr_noop("The file could not be read.")))
        return t
    return read_bytes(data, header_score)


def read_bytes(data: bytes, header_score: HeaderScore | None = None) -> Table:
    if data.startswith(b"PK\x03\x04"):
        buffer = io.BytesIO(data)
        if zipfile.is_zipfile(buffer):
            buffer.seek(0)
            return read_xlsx(buffer, header_score)
    return read_csv_bytes(data, header_score)
