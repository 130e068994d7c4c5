"""Exporting the officer's own lists (students, follow-ups, referrals) to CSV or .xlsx.

The filters are those of the screens (student list: text, faculty, phase, open cases only;
follow-ups: due date range and status; referrals: date range, status, destination). Each
export is recorded in the access log (what, format and row count — never the file name, which
may hold a name). The file is written owner-only (0600) with a safe save (temp file in the same
folder, fsync, replace). Formula-like cells are escaped (see :mod:`officer_desk.io.writers`).
Category codes are written as labels in the chosen language; the importer reads them back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from officer_desk.domain import codebook
from officer_desk.domain import validation as v
from officer_desk.errors import ValidationError, tr_noop
from officer_desk.io import writers
from officer_desk.services.desk import Desk
from officer_desk.store import transfer
from officer_desk.vault.files import safe_write

WHATS = ("students", "follow-ups", "referrals")
FORMATS = ("csv", "xlsx")


def follow_up_reference(follow_up_id: int) -> str:
    """The internal reference of a follow-up shown in exports and calendars."""
    return f"OD-FU-{follow_up_id}"


# (key, English header, Dutch header, vocabulary for labels or "")
Column = tuple[str, str, str, str]

STUDENT_COLUMNS: tuple[Column, ...] = (
    ("name", "Name", "Naam", ""),
    ("student_number", "Student number", "Studentnummer", ""),
    ("email", "E-mail", "E-mail", ""),
    ("programme", "Programme", "Opleiding", ""),
    ("faculty", "Faculty", "Faculteit", "faculty"),
    ("phase", "Study phase", "Studiefase", "phase"),
    ("student_group", "Student group", "Studentgroep", "student_group"),
    ("open_cases", "Open cases", "Open dossiers", ""),
    ("last_contact", "Last contact", "Laatste contact", ""),
    ("next_follow_up", "Next follow-up", "Volgende vervolgafspraak", ""),
)
FOLLOW_UP_COLUMNS: tuple[Column, ...] = (
    ("reference", "Reference", "Kenmerk", ""),
    ("due_date", "Follow-up date", "Vervolgafspraak", ""),
    ("due_time", "Follow-up time", "Tijd vervolgafspraak", ""),
    ("kind", "Follow-up kind", "Soort vervolgafspraak", "follow_up_kind"),
    ("status", "Follow-up status", "Status vervolgafspraak", "follow_up_status"),
    ("done_on", "Follow-up done on", "Vervolgafspraak gedaan op", ""),
    ("name", "Name", "Naam", ""),
    ("student_number", "Student number", "Studentnummer", ""),
    ("email", "E-mail", "E-mail", ""),
    ("note", "Follow-up note", "Notitie vervolgafspraak", ""),
)
REFERRAL_COLUMNS: tuple[Column, ...] = (
    ("proposed_on", "Referral date", "Datum verwijzing", ""),
    ("destination", "Referred to", "Doorverwezen naar", "destination"),
    ("status", "Referral status", "Status verwijzing", "referral_status"),
    ("status_changed_on", "Status changed on", "Status gewijzigd op", ""),
    ("outcome", "Outcome", "Uitkomst", ""),
    ("name", "Name", "Naam", ""),
    ("student_number", "Student number", "Studentnummer", ""),
    ("email", "E-mail", "E-mail", ""),
)


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int
    fmt: str


def format_for(path: Path, fmt: str | None = None) -> str:
    if fmt:
        if fmt not in FORMATS:
            raise ValidationError(tr_noop("Unknown export format."), field="format")
        return fmt
    return "xlsx" if path.suffix.lower() == ".xlsx" else "csv"


class Exporter:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def rows(self, what: str, **filters: Any) -> tuple[tuple[Column, ...], list[dict[str, Any]]]:
        store = self.desk.store
        if what == "students":
            allowed = {"text", "faculty", "phase", "open_only"}
            return STUDENT_COLUMNS, transfer.student_export_rows(store, **_only(filters, allowed))
        if what == "follow-ups":
            allowed = {"start", "end", "status"}
            f = _only(filters, allowed)
            if f.get("status"):
                codebook_check("follow_up_status", f["status"])
            rows = transfer.follow_up_export_rows(store, **f)
            for r in rows:
                r["reference"] = follow_up_reference(r["id"])
            return FOLLOW_UP_COLUMNS, rows
        if what == "referrals":
            f = _only(filters, {"start", "end", "status", "destination"})
            if f.get("status"):
                codebook_check("referral_status", f["status"])
            if f.get("destination"):
                codebook_check("destination", f["destination"])
            return REFERRAL_COLUMNS, transfer.referral_export_rows(store, **f)
        raise ValidationError(tr_noop("Unknown export."), field="what")

    def export(
        self,
        what: str,
        out: Path,
        *,
        fmt: str | None = None,
        lang: str = "en",
        **filters: Any,
    ) -> ExportResult:
        out = Path(out)
        fmt = format_for(out, fmt)
        columns, rows = self.rows(what, **filters)
        headers = [c[2] if lang == "nl" else c[1] for c in columns]
        table = _cells(columns, rows, lang)
        if fmt == "xlsx":
            data = writers.xlsx_bytes(headers, table, sheet_title=what)
        else:
            data = writers.csv_bytes(headers, table, delimiter=";" if lang == "nl" else ",")
        safe_write(out, data, mode=0o600)
        self.desk.log_event("exported", "export", None, f"{what}:{fmt}:rows={len(rows)}")
        return ExportResult(out, len(rows), fmt)


def codebook_check(vocabulary: str, code: str) -> None:
    v.code(vocabulary, code)


def _only(filters: dict[str, Any], allowed: set[str]) -> dict[str, Any]:
    unknown = set(filters) - allowed
    if unknown:
        raise ValidationError(tr_noop("This filter does not apply to this list."), field="filter")
    # None means "no filter"; for a follow-up status it means "every status" (default: open).
    return {k: v for k, v in filters.items() if v is not None or k == "status"}


def _coded(vocab: str, lang: str) -> Callable[[Any], writers.Cell]:
    """A cell writer that shows a code's label in ``lang`` (empty for no code)."""
    return lambda value: codebook.label(vocab, value, lang) if value else ""


def _cells(
    columns: Sequence[Column], rows: list[dict[str, Any]], lang: str
) -> list[list[writers.Cell]]:
    labelers: list[Callable[[Any], writers.Cell]] = []
    for _, _, _, vocab in columns:
        if vocab:
            labelers.append(_coded(vocab, lang))
        else:
            labelers.append(_plain)
    keys = [c[0] for c in columns]
    return [[fn(row.get(k)) for k, fn in zip(keys, labelers, strict=True)] for row in rows]


def _plain(value: Any) -> writers.Cell:
    if value is None or isinstance(value, str | int | float | dt.date | dt.time):
        return value
    return str(value)
