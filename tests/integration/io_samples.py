"""Realistic messy contact-log files for import tests and the I/O benchmark."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

HEADERS_NL = [
    "Naam ",
    "Studentnummer",
    "Datum",
    "Onderwerp",
    "Doorverwezen naar",
    "Vervolgafspraak",
    "E-mail",
    "Opleiding",
    "Faculteit",
    "Kanaal",
    "Notitie",
]
FIRST = [
    "Anouk",
    "Bram",
    "Chloë",
    "Daan",
    "Eva",
    "Fleur",
    "Gijs",
    "Hanna",
    "Ilse",
    "Joris",
    "Kees",
    "Lotte",
    "Mees",
    "Noor",
    "Olivier",
    "Pien",
    "Ruben",
    "Sanne",
    "Thijs",
    "Zoë",
]
LAST = [
    "de Vries",
    "Jansen",
    "van Dijk",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
]
TOPICS = [
    "stress",
    "Geld en financiën",
    "Huisvesting",
    "eenzaamheid",
    "studiekeuze",
    "Mentale gezondheid",
    "stress; geld",
    "Loneliness",
    "overig",
]
CHANNELS = ["Persoonlijk", "teams", "telefonisch", "E-mail", "In person", ""]
DESTS = ["", "", "", "huisarts", "Studentpsycholoog", "studieadviseur", "GGZ"]
PROGRAMMES = ["Psychologie", "Rechten", "Geneeskunde", "Biologie", "Geschiedenis"]
FACULTIES = ["Sociale en Gedragswetenschappen", "Law", "MED", "Natuurwetenschappen", ""]


def date_text(day: dt.date, i: int) -> str:
    """Mixed date formats as seen in hand-kept logs."""
    style = i % 4
    if style == 0:
        return day.isoformat()
    if style == 1:
        return f"{day.day}-{day.month}-{day.year}"
    if style == 2:
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day}.{day.month}.{day.year % 100:02d}"


def contact_rows(
    n: int, *, seed: int = 7, today: dt.date = dt.date(2026, 11, 1)
) -> list[list[str]]:
    """``n`` consultation rows for about n/3 students (several rows per student)."""
    rng = random.Random(seed)
    students = []
    for k in range(max(1, n // 3)):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {k}"
        students.append(
            (
                name,
                f"s{2_000_000 + k}",
                f"student{k}@example.org",
                rng.choice(PROGRAMMES),
                rng.choice(FACULTIES),
            )
        )
    rows = []
    for i in range(n):
        name, number, email, programme, faculty = students[i % len(students)]
        day = today - dt.timedelta(days=rng.randint(1, 700))
        follow = (
            date_text(day + dt.timedelta(days=rng.randint(3, 30)), i + 1) if i % 5 == 0 else "nee"
        )
        rows.append(
            [
                name + ("  " if i % 7 == 0 else ""),  # trailing spaces
                number if i % 11 else f" {number} ",
                date_text(day, i),
                rng.choice(TOPICS),
                rng.choice(DESTS),
                follow,
                email if i % 3 == 0 else "",
                programme,
                faculty,
                rng.choice(CHANNELS),
                f"gesprek nummer {i} over de situatie",
            ]
        )
    return rows


def write_csv(
    path: Path,
    rows: list[list[str]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ";",
    headers: list[str] | None = None,
    blank_every: int = 0,
) -> Path:
    lines = [delimiter.join(headers or HEADERS_NL)]
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            if delimiter in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        lines.append(delimiter.join(cells))
        if blank_every and i % blank_every == 0:
            lines.append(delimiter * (len(row) - 1))  # an empty row
    text = "\r\n".join(lines) + "\r\n"
    if encoding == "utf-8-sig":
        path.write_bytes(text.encode("utf-8-sig"))
    else:
        path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(
    path: Path, rows: list[list[str]], *, title_row: bool = True, headers: list[str] | None = None
) -> Path:
    """An .xlsx with a merged title row above the header, real date cells and empty rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Contacten"
    headers = headers or HEADERS_NL
    if title_row:
        ws.append(["Contactregistratie studentenwelzijn"] + [None] * (len(headers) - 1))
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.append(headers)
    for i, row in enumerate(rows):
        out: list[object] = list(row)
        if i % 2 == 0:  # every other date as a real date cell
            try:
                from officer_desk.domain.validation import parse_date

                out[2] = parse_date(row[2])
            except Exception:
                pass
        ws.append(out)
        if i % 50 == 0:
            ws.append([])
    wb.save(path)
    return path
