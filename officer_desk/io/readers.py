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
import os
import re
import stat
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers import expat

from officer_desk.errors import FILE_TOO_LARGE, NOT_ORDINARY_FILE, InputRefused, tr_noop

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 250_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 100_000
# Resource bounds (docs/SECURITY.md, A-R4), checked before openpyxl or the csv module builds
# anything: an .xlsx is a zip whose members may unpack to gigabytes, and openpyxl keeps a whole
# row, and the whole shared-string table, in memory.
MAX_ROW_CELLS = 16_384  # Excel's own column limit: no spreadsheet program writes more
MAX_CELLS = 5_000_000  # per sheet, counting empty cells up to each row's last filled one
MAX_MERGED_CELLS = 5_000_000
MAX_XLSX_MEMBERS = 2_000
MAX_SHEET_BYTES = 256 * 1024 * 1024  # worksheets are streamed
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024  # parsed whole by openpyxl
MAX_OTHER_MEMBER_BYTES = 16 * 1024 * 1024  # workbook, styles, relations: parsed whole
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
TOO_BIG_UNPACKED = tr_noop(
    "The spreadsheet unpacks to more than {limit} MB, so it was not read. Save it as CSV, or"
    " split it into smaller files."
)
TOO_MANY_CELLS_IN_ROW = tr_noop(
    "A row of the file has more than {limit} cells, so it was not read."
)
TOO_MANY_CELLS = tr_noop(
    "The spreadsheet has more than {limit} cells (counting the empty ones before the last"
    " filled cell of each row), so it was not read. Delete unused columns, or save it as CSV."
)
XLSX_DAMAGED = tr_noop("The spreadsheet could not be read; it may be damaged.")
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


_LINE_BREAK = re.compile(r"\r\n?|\n")


def _widest_line(text: str, delimiter: str) -> int:
    """The most delimiters on one physical line (a bound on cells per row; a quoted cell with
    delimiters inside only makes the count larger)."""
    widest = 0
    start = 0
    for match in _LINE_BREAK.finditer(text):
        widest = max(widest, text.count(delimiter, start, match.start()))
        start = match.end()
    return max(widest, text.count(delimiter, start))


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
    if _widest_line(text, table.delimiter) >= MAX_ROW_CELLS:
        table.problems.append(Problem(0, "", TOO_MANY_CELLS_IN_ROW, {"limit": MAX_ROW_CELLS}))
        return table
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


TOO_MANY_ROWS = tr_noop("The file has more than {limit} rows.")
_CELL_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")


class _Refused(Exception):
    """Stops a scan: the file breaks a bound (``problem`` says which)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.template)
        self.problem = problem


def _member_limit(name: str) -> int:
    lower = name.lower()
    if lower.startswith(("xl/worksheets/", "xl/media/")):
        return MAX_SHEET_BYTES  # streamed, or never parsed
    if lower.endswith("sharedstrings.xml"):
        return MAX_SHARED_STRINGS_BYTES
    return MAX_OTHER_MEMBER_BYTES


def check_archive(archive: zipfile.ZipFile) -> Problem | None:
    """Refuse an .xlsx whose central directory declares members too large to unpack.

    The declared sizes are binding: Python's zip reader stops at the declared size and a
    member that unpacks to more fails its CRC check."""
    infos = archive.infolist()
    if len(infos) > MAX_XLSX_MEMBERS:
        return Problem(0, "", XLSX_DAMAGED)
    total = 0
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return Problem(0, "", XLSX_DAMAGED)
        total += info.file_size
        if info.file_size > _member_limit(info.filename) or total > MAX_UNPACKED_BYTES:
            limit = min(_member_limit(info.filename), MAX_UNPACKED_BYTES) // (1024 * 1024)
            return Problem(0, "", TOO_BIG_UNPACKED, {"limit": limit})
    return None


@dataclass(slots=True)
class SheetScan:
    """What a bounded streaming pass over a worksheet's XML found."""

    rows: int = 0
    cells: int = 0
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)


def _column(letters: str) -> int:
    return _col_index(letters.upper())


def scan_sheet(stream: Any) -> SheetScan:
    """Count rows and cells of a worksheet with expat, holding one element at a time.

    Raises ``_Refused`` as soon as a bound is broken: more than ``MAX_ROW_CELLS`` cells in a
    row, more than ``MAX_CELLS`` cells in all (each row counts up to its last cell, as openpyxl
    pads it), rows beyond ``MAX_ROWS``, too many merged cells, or a document type declaration.
    """
    scan = SheetScan()
    row_limit = MAX_ROWS + HEADER_SEARCH_ROWS
    state = {"row": 0, "col": 0, "elements": 0, "width": 0, "merged": 0}

    def end_row() -> None:
        scan.cells += max(state["width"], state["elements"])
        if scan.cells > MAX_CELLS:
            raise _Refused(Problem(0, "", TOO_MANY_CELLS, {"limit": MAX_CELLS}))
        state["elements"] = state["width"] = state["col"] = 0

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        if local == "c":
            state["elements"] += 1
            if state["elements"] > MAX_ROW_CELLS:
                raise _Refused(Problem(0, "", TOO_MANY_CELLS_IN_ROW, {"limit": MAX_ROW_CELLS}))
            ref = attrs.get("r")
            match = _CELL_REF.fullmatch(ref) if ref else None
            state["col"] = _column(match.group(1)) if match else state["col"] + 1
            state["width"] = state["col"]
        elif local == "row":
            end_row()
            scan.rows += 1
            ref = attrs.get("r", "")
            state["row"] = int(ref) if ref.isdigit() else state["row"] + 1
            if state["row"] > row_limit or scan.rows > row_limit:
                raise _Refused(Problem(0, "", TOO_MANY_ROWS, {"limit": MAX_ROWS}))
        elif local == "mergeCell":
            parts = attrs.get("ref", "").split(":")
            first = _CELL_REF.fullmatch(parts[0]) if len(parts) == 2 else None
            last = _CELL_REF.fullmatch(parts[1]) if first else None
            if first is None or last is None:
                return
            box = (
                int(first.group(2)),
                _column(first.group(1)),
                int(last.group(2)),
                _column(last.group(1)),
            )
            height = max(0, min(box[2], row_limit) - box[0] + 1)
            width = max(0, min(box[3], MAX_COLUMNS) - box[1] + 1)
            state["merged"] += height * width
            if state["merged"] > MAX_MERGED_CELLS:
                raise _Refused(Problem(0, "", TOO_MANY_CELLS, {"limit": MAX_CELLS}))
            if height and width:
                scan.merges.append(box)

    def refuse_declaration(*_args: Any) -> None:
        raise _Refused(Problem(0, "", XLSX_DAMAGED))

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.StartDoctypeDeclHandler = refuse_declaration
    parser.EntityDeclHandler = refuse_declaration
    try:
        while chunk := stream.read(1 << 16):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except (expat.ExpatError, ValueError, zipfile.BadZipFile, OSError):
        raise _Refused(Problem(0, "", XLSX_DAMAGED)) from None
    end_row()
    return scan


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


def scan_parts(archive: zipfile.ZipFile) -> dict[str, SheetScan]:
    """``scan_sheet`` over every XML part, before openpyxl opens the file: openpyxl touches
    every worksheet while loading (its dimension pass keeps a whole row in memory), and a
    sheet may sit at any path the workbook's relations name. Raises ``_Refused``."""
    scans: dict[str, SheetScan] = {}
    for info in archive.infolist():
        if info.is_dir() or not info.filename.lower().endswith((".xml", ".rels")):
            continue
        with archive.open(info) as stream:
            scans[info.filename] = scan_sheet(stream)
    return scans


def read_xlsx(path: Path | io.BytesIO, header_score: HeaderScore | None = None) -> Table:
    import openpyxl  # local: only needed for spreadsheets

    table = Table(kind="xlsx")
    scans: dict[str, SheetScan] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            problem = check_archive(archive)
            if problem is None:
                scans = scan_parts(archive)
    except _Refused as refused:
        problem = refused.problem
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        problem = Problem(0, "", tr_noop("The spreadsheet could not be opened; it may be damaged."))
    if problem is not None:
        table.problems.append(problem)
        return table
    if isinstance(path, io.BytesIO):
        path.seek(0)
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
        merges = scans[ws._worksheet_path.lstrip("/")].merges
        ws.reset_dimensions()  # never pad rows to a <dimension> the file claims
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
            while values and values[-1] is None and formulas[-1:] != [(number, len(values))]:
                values.pop()
            raw.append((number, values))
            if len(raw) > MAX_ROWS + HEADER_SEARCH_ROWS:
                break
    except _Refused as refused:
        table.problems.append(refused.problem)
        return table
    except Exception:
        table.problems.append(Problem(0, "", XLSX_DAMAGED))
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
    last_row = raw[-1][0] if raw else 0
    for min_row, min_col, max_row, max_col in merges:
        top = by_number.get(min_row)
        value = top[min_col - 1] if top and min_col - 1 < len(top) else None
        if value is None:
            continue
        right = min(max_col, MAX_COLUMNS)
        for r in range(min_row, min(max_row, last_row) + 1):
            target = by_number.get(r)
            if target is None:
                continue
            while len(target) < right:
                target.append(None)
            for c in range(min_col, right + 1):
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
            sheet = wb.worksheets[0]
            sheet.reset_dimensions()
            last_col = min(max(c for _, c in wanted), MAX_COLUMNS)
            for row in sheet.iter_rows(min_row=1, min_col=1, max_row=last_row, max_col=last_col):
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


def read_input_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of an ordinary file of at most ``limit`` bytes; never more is read.

    A device (``/dev/zero``), a pipe, a socket or a folder raises ``InputRefused`` without
    being read (a pipe is opened non-blocking, so a missing writer cannot make it wait); a
    larger file raises ``InputRefused`` too. Other read failures raise ``OSError``.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputRefused(NOT_ORDINARY_FILE)
        if info.st_size > limit:
            raise InputRefused(FILE_TOO_LARGE)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # the file grew while being read
                raise InputRefused(FILE_TOO_LARGE)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_table(path: Path, header_score: HeaderScore | None = None) -> Table:
    """Read a CSV or .xlsx file (decided by content, not by the name)."""
    try:
        data = read_input_file(path)
    except InputRefused as exc:
        t = Table()
        t.problems.append(Problem(0, "", exc.template))
        return t
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
