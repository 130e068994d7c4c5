"""Queries for import and export: the lookups an import needs to match students, and the
rows of the officer's own lists as exported to CSV/Excel and iCalendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from officer_desk.store import records
from officer_desk.store.db import Store, iso_date, parse_date, parse_time
from officer_desk.store.records import list_filter

_CHUNK = 500


def student_match_index(
    store: Store,
) -> tuple[dict[str, int], dict[str, int], dict[str, list[tuple[int, bool]]]]:
    """(number -> id, e-mail -> id for e-mails of exactly one student,
    name key -> [(id, has a student number)])."""
    by_number: dict[str, int] = {}
    emails: dict[str, list[int]] = {}
    names: dict[str, list[tuple[int, bool]]] = {}
    for sid, number, email, name_key in store.all(
        "SELECT id, student_number, email, name_key FROM student"
    ):
        if number:
            by_number[number] = sid
        if email:
            emails.setdefault(email, []).append(sid)
        names.setdefault(name_key, []).append((sid, bool(number)))
    by_email = {e: ids[0] for e, ids in emails.items() if len(ids) == 1}
    return by_number, by_email, names


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def consultation_moments(store: Store, student_ids: list[int]) -> set[tuple[int, str]]:
    out: set[tuple[int, str]] = set()
    for chunk in _chunks(student_ids):
        marks = ",".join("?" * len(chunk))
        for sid, started in store.all(
            f"SELECT student_id, started_at FROM consultation WHERE student_id IN ({marks})", chunk
        ):
            out.add((sid, started[:16]))
    return out


def follow_up_keys(store: Store, student_ids: list[int]) -> set[tuple[int, str, str]]:
    out: set[tuple[int, str, str]] = set()
    for chunk in _chunks(student_ids):
        marks = ",".join("?" * len(chunk))
        for row in store.all(
            f"SELECT student_id, due_date, kind FROM follow_up WHERE student_id IN ({marks})",
            chunk,
        ):
            out.add((row[0], row[1], row[2]))
    return out


# --- export rows ------------------------------------------------------------------------------


def student_export_rows(
    store: Store, *, text: str = "", faculty: str = "", phase: str = "", open_only: bool = False
) -> list[dict[str, Any]]:
    """The student list with the same filters as on screen, ordered by name."""
    where, params = list_filter(text, faculty, phase, open_only)
    rows = store.all(
        "SELECT s.id, s.display_name, s.student_number, s.email, s.programme, s.faculty,"
        " s.phase, s.student_group, s.open_cases, s.last_contact, s.next_follow_up"
        f" FROM student s{where} ORDER BY s.name_key, s.id",
        params,
    )
    return [
        {
            "id": r[0],
            "name": r[1],
            "student_number": r[2] or "",
            "email": r[3] or "",
            "programme": r[4],
            "faculty": r[5],
            "phase": r[6],
            "student_group": r[7],
            "open_cases": r[8],
            "last_contact": parse_date(r[9]),
            "next_follow_up": parse_date(r[10]),
        }
        for r in rows
    ]


def follow_up_export_rows(
    store: Store,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    status: str | None = "open",
) -> list[dict[str, Any]]:
    """Follow-ups with start <= due < end, with the student's name, number and e-mail."""
    where, params = records.follow_up_filter(start, end, status)
    rows = store.all(
        "SELECT f.id, f.due_date, f.due_time, f.kind, f.status, f.note, f.done_on,"
        " s.display_name, s.student_number, s.email FROM follow_up f"
        " JOIN student s ON s.id = f.student_id"
        f" WHERE {' AND '.join(where)}"
        " ORDER BY f.due_date, f.due_time IS NULL, f.due_time, f.id",
        params,
    )
    return [
        {
            "id": r[0],
            "due_date": parse_date(r[1]),
            "due_time": parse_time(r[2]),
            "kind": r[3],
            "status": r[4],
            "note": r[5],
            "done_on": parse_date(r[6]),
            "name": r[7],
            "student_number": r[8] or "",
            "email": r[9] or "",
        }
        for r in rows
    ]


def referral_export_rows(
    store: Store,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    status: str | None = None,
    destination: str | None = None,
) -> list[dict[str, Any]]:
    """Referrals proposed in [start, end), optionally one status or destination."""
    where = ["1=1"]
    params: list[Any] = []
    if status:
        where.append("r.status = ?")
        params.append(status)
    if destination:
        where.append("r.destination = ?")
        params.append(destination)
    if start is not None:
        where.append("r.proposed_on >= ?")
        params.append(iso_date(start))
    if end is not None:
        where.append("r.proposed_on < ?")
        params.append(iso_date(end))
    rows = store.all(
        "SELECT r.id, r.proposed_on, r.destination, r.status, r.status_changed_on, r.outcome,"
        " s.display_name, s.student_number, s.email FROM referral r"
        " JOIN student s ON s.id = r.student_id"
        f" WHERE {' AND '.join(where)} ORDER BY r.proposed_on, r.id",
        params,
    )
    return [
        {
            "id": r[0],
            "proposed_on": parse_date(r[1]),
            "destination": r[2],
            "status": r[3],
            "status_changed_on": parse_date(r[4]),
            "outcome": r[5],
            "name": r[6],
            "student_number": r[7] or "",
            "email": r[8] or "",
        }
        for r in rows
    ]


def calendar_rows(
    store: Store, *, start: dt.date | None = None, end: dt.date | None = None
) -> list[tuple[int, dt.date, dt.time | None, str]]:
    """Open follow-ups for the calendar: (id, due date, due time, kind) — no names, no notes."""
    where = ["status = 'open'"]
    params: list[Any] = []
    if start is not None:
        where.append("due_date >= ?")
        params.append(iso_date(start))
    if end is not None:
        where.append("due_date < ?")
        params.append(iso_date(end))
    rows = store.all(
        f"SELECT id, due_date, due_time, kind FROM follow_up WHERE {' AND '.join(where)}"
        " ORDER BY due_date, id",
        params,
    )
    return [(r[0], parse_date(r[1]), parse_time(r[2]), r[3]) for r in rows]  # type: ignore[misc]
