"""Repositories for students, cases, consultations, notes, referrals, follow-ups, outreach,
drafts and settings. All SQL for the case records lives here; callers pass domain objects
and get domain objects (or light row tuples for list views) back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from officer_desk.domain.models import (
    Case,
    Consultation,
    FollowUp,
    Note,
    OutreachActivity,
    Referral,
    SearchHit,
    Student,
    StudentRow,
)
from officer_desk.store.db import (
    Store,
    iso_date,
    iso_moment,
    parse_date,
    parse_moment,
    parse_time,
)

# --- students -------------------------------------------------------------------------------

_STUDENT_COLS = (
    "id, display_name, student_number, email, programme, faculty, phase, student_group, "
    "legal_hold, created_at"
)


def _student(row: Any) -> Student:
    return Student(
        id=row[0],
        display_name=row[1],
        student_number=row[2] or "",
        email=row[3] or "",
        programme=row[4],
        faculty=row[5],
        phase=row[6],
        student_group=row[7],
        legal_hold=bool(row[8]),
        created_at=parse_moment(row[9]),
    )


def insert_student(store: Store, s: Student, name_key: str, now: dt.datetime) -> int:
    cur = store.execute(
        "INSERT INTO student(display_name, name_key, student_number, email, programme, faculty,"
        " phase, student_group, legal_hold, created_at, updated_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            s.display_name,
            name_key,
            s.student_number or None,
            s.email or None,
            s.programme,
            s.faculty,
            s.phase,
            s.student_group,
            int(s.legal_hold),
            iso_moment(now),
            iso_moment(now),
        ),
    )
    return int(cur.lastrowid)


def update_student(store: Store, s: Student, name_key: str, now: dt.datetime) -> None:
    store.execute(
        "UPDATE student SET display_name=?, name_key=?, student_number=?, email=?, programme=?,"
        " faculty=?, phase=?, student_group=?, legal_hold=?, updated_at=? WHERE id=?",
        (
            s.display_name,
            name_key,
            s.student_number or None,
            s.email or None,
            s.programme,
            s.faculty,
            s.phase,
            s.student_group,
            int(s.legal_hold),
            iso_moment(now),
            s.id,
        ),
    )


def get_student(store: Store, student_id: int) -> Student | None:
    row = store.one(f"SELECT {_STUDENT_COLS} FROM student WHERE id = ?", (student_id,))
    return _student(row) if row else None


#: Record kinds of the access log and the table that holds them (``student`` is the student).
_RECORD_TABLES = {
    "case": "case_record",
    "consultation": "consultation",
    "referral": "referral",
    "follow_up": "follow_up",
}


def students_of_records(
    store: Store, refs: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], tuple[int, str]]:
    """The student (id, display name) each ``(record kind, id)`` belongs to, for records that
    still exist. A student merged into another answers with the one it was merged into."""
    wanted: dict[str, set[int]] = {}
    for kind, rid in refs:
        if kind == "student" or kind in _RECORD_TABLES:
            wanted.setdefault(kind, set()).add(rid)
    found: dict[tuple[str, int], tuple[int, str]] = {}
    merged_into = _merged_students(store) if "student" in wanted else {}
    for kind, ids in wanted.items():
        if kind == "student":
            targets = {sid: _final_student(sid, merged_into) for sid in ids}
            names = _student_names(store, set(targets.values()))
            for sid, target in targets.items():
                if target in names:
                    found[(kind, sid)] = (target, names[target])
            continue
        table = _RECORD_TABLES[kind]
        for chunk in _chunks(sorted(ids)):
            marks = ",".join("?" * len(chunk))
            rows = store.all(
                f"SELECT t.id, s.id, s.display_name FROM {table} t "
                f"JOIN student s ON s.id = t.student_id WHERE t.id IN ({marks})",
                tuple(chunk),
            )
            for rid, sid, name in rows:
                found[(kind, rid)] = (sid, name)
    return found


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _student_names(store: Store, ids: set[int]) -> dict[int, str]:
    names: dict[int, str] = {}
    for chunk in _chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        for sid, name in store.all(
            f"SELECT id, display_name FROM student WHERE id IN ({marks})", tuple(chunk)
        ):
            names[sid] = name
    return names


def _merged_students(store: Store) -> dict[int, int]:
    """Merged student id -> the id it was merged into (from the access log's merge entries)."""
    out: dict[int, int] = {}
    for keep, detail in store.all(
        "SELECT record_id, detail FROM access_log WHERE action = 'updated' "
        "AND record_type = 'student' AND detail LIKE 'merged:%'"
    ):
        gone = detail.partition(":")[2]
        if gone.isdigit() and keep is not None:
            out[int(gone)] = int(keep)
    return out


def _final_student(sid: int, merged_into: dict[int, int]) -> int:
    seen = {sid}
    while sid in merged_into and merged_into[sid] not in seen:
        sid = merged_into[sid]
        seen.add(sid)
    return sid


def student_ids(store: Store) -> list[int]:
    return [r[0] for r in store.all("SELECT id FROM student ORDER BY id")]


def count_students(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM student"))


def duplicate_candidates(
    store: Store, number: str, email: str, name_key: str, exclude_id: int | None
) -> list[Student]:
    """Students with the same number, same e-mail, or a name sharing its first or last word
    (the service keeps the very similar ones)."""
    words = name_key.split()
    first, last = (words[0], words[-1]) if words else ("", "")
    rows = store.all(
        f"SELECT {_STUDENT_COLS} FROM student WHERE id IS NOT ? AND ("
        " (student_number IS NOT NULL AND student_number = ?)"
        " OR (email IS NOT NULL AND email = ?)"
        " OR name_key = ?"
        " OR name_key LIKE ? OR name_key LIKE ?) LIMIT 400",
        (exclude_id, number or None, email or None, name_key, f"{first[:3]}%", f"%{last}"),
    )
    return [_student(r) for r in rows]


def student_number_taken(store: Store, number: str, exclude_id: int | None) -> bool:
    return bool(
        store.scalar(
            "SELECT 1 FROM student WHERE student_number = ? AND id IS NOT ?", (number, exclude_id)
        )
    )


def move_student_records(store: Store, from_id: int, to_id: int) -> None:
    """Re-home every record of one student to another and delete the first (merge)."""
    for table in ("case_record", "consultation", "note", "referral", "follow_up", "draft"):
        store.execute(f"UPDATE {table} SET student_id = ? WHERE student_id = ?", (to_id, from_id))
    store.execute("DELETE FROM student WHERE id = ?", (from_id,))


def refresh_student_summary(store: Store, student_id: int) -> None:
    """Recompute the denormalised list columns (last contact, next follow-up, open cases)."""
    store.execute(
        "UPDATE student SET"
        " last_contact = (SELECT max(day) FROM consultation WHERE student_id = student.id),"
        " next_follow_up = (SELECT min(due_date) FROM follow_up"
        "   WHERE student_id = student.id AND status = 'open'),"
        " open_cases = (SELECT count(*) FROM case_record"
        "   WHERE student_id = student.id AND status = 'open')"
        " WHERE id = ?",
        (student_id,),
    )


_LIST_ORDER = {
    "name": "s.name_key",
    "number": "s.student_number",
    "faculty": "s.faculty",
    "phase": "s.phase",
    "open_cases": "s.open_cases",
    "last_contact": "s.last_contact",
    "next_follow_up": "s.next_follow_up",
}


def list_filter(text: str, faculty: str, phase: str, open_only: bool) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    words = text.split()
    for word in words:
        like = "%" + word.replace("%", r"\%").replace("_", r"\_") + "%"
        # A word with a digit is part of a number, one without part of a name: one LIKE each
        # instead of two (the search runs at every pause in typing).
        if any(ch.isdigit() for ch in word):
            where.append(r"s.student_number LIKE ? ESCAPE '\'")
        else:
            where.append(r"s.name_key LIKE ? ESCAPE '\'")
        params.append(like)
    if faculty:
        where.append("s.faculty = ?")
        params.append(faculty)
    if phase:
        where.append("s.phase = ?")
        params.append(phase)
    if open_only:
        where.append("s.open_cases > 0")
    return (" WHERE " + " AND ".join(where)) if where else "", params


def list_students(
    store: Store,
    *,
    text: str = "",
    faculty: str = "",
    phase: str = "",
    open_only: bool = False,
    order: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
    number_first: str = "",
) -> list[StudentRow]:
    """A page of the student list. ``number_first``: the student with exactly this number
    comes first (the consultation dialog's picker)."""
    where, params = list_filter(text, faculty, phase, open_only)
    column = _LIST_ORDER.get(order, "s.name_key")
    direction = "DESC" if descending else "ASC"
    first = "(s.student_number IS ?) DESC, " if number_first else ""
    rows = store.all(
        "SELECT s.id, s.display_name, s.student_number, s.faculty, s.phase, s.open_cases,"
        f" s.last_contact, s.next_follow_up FROM student s{where}"
        f" ORDER BY {first}{column} IS NULL, {column} {direction}, s.id LIMIT ? OFFSET ?",
        (*params, *([number_first] if number_first else []), limit, offset),
    )
    return [
        StudentRow(r[0], r[1], r[2] or "", r[3], r[4], r[5], parse_date(r[6]), parse_date(r[7]))
        for r in rows
    ]


def count_listed_students(
    store: Store, *, text: str = "", faculty: str = "", phase: str = "", open_only: bool = False
) -> int:
    where, params = list_filter(text, faculty, phase, open_only)
    return int(store.scalar(f"SELECT count(*) FROM student s{where}", params))


# --- cases ----------------------------------------------------------------------------------


def _case(row: Any) -> Case:
    return Case(
        id=row[0],
        student_id=row[1],
        opened_on=parse_date(row[2]),  # type: ignore[arg-type]
        primary_concern=row[3],
        status=row[4],
        closed_on=parse_date(row[5]),
        close_reason=row[6],
    )


_CASE_COLS = "id, student_id, opened_on, primary_concern, status, closed_on, close_reason"


def insert_case(store: Store, c: Case) -> int:
    cur = store.execute(
        "INSERT INTO case_record(student_id, opened_on, primary_concern, status)"
        " VALUES (?,?,?,'open')",
        (c.student_id, iso_date(c.opened_on), c.primary_concern),
    )
    return int(cur.lastrowid)


def get_case(store: Store, case_id: int) -> Case | None:
    row = store.one(f"SELECT {_CASE_COLS} FROM case_record WHERE id = ?", (case_id,))
    return _case(row) if row else None


def cases_of(store: Store, student_id: int) -> list[Case]:
    rows = store.all(
        f"SELECT {_CASE_COLS} FROM case_record WHERE student_id = ? ORDER BY opened_on DESC, id"
        " DESC",
        (student_id,),
    )
    return [_case(r) for r in rows]


def open_case_of(store: Store, student_id: int) -> Case | None:
    row = store.one(
        f"SELECT {_CASE_COLS} FROM case_record WHERE student_id = ? AND status = 'open'"
        " ORDER BY opened_on DESC, id DESC LIMIT 1",
        (student_id,),
    )
    return _case(row) if row else None


def set_case_status(
    store: Store, case_id: int, status: str, closed_on: dt.date | None, reason: str
) -> None:
    store.execute(
        "UPDATE case_record SET status = ?, closed_on = ?, close_reason = ? WHERE id = ?",
        (status, iso_date(closed_on), reason, case_id),
    )


# --- consultations and notes ----------------------------------------------------------------


def insert_consultation(
    store: Store,
    *,
    student_id: int,
    case_id: int,
    started_at: dt.datetime,
    duration_min: int,
    channel: str,
    initiator: str,
    urgency: str,
    primary_topic: str,
    topics: list[str],
    now: dt.datetime,
) -> int:
    cur = store.execute(
        "INSERT INTO consultation(student_id, case_id, started_at, day, duration_min, channel,"
        " initiator, urgency, primary_topic, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            student_id,
            case_id,
            iso_moment(started_at),
            iso_date(started_at.date()),
            duration_min,
            channel,
            initiator,
            urgency,
            primary_topic,
            iso_moment(now),
        ),
    )
    cid = int(cur.lastrowid)
    store.conn.executemany(
        "INSERT INTO consultation_topic(consultation_id, topic, is_primary) VALUES (?,?,?)",
        [(cid, t, int(t == primary_topic)) for t in topics],
    )
    return cid


_CONS_COLS = (
    "c.id, c.student_id, c.case_id, c.started_at, c.duration_min, c.channel, c.initiator,"
    " c.urgency, c.primary_topic, c.finalised_at,"
    " (SELECT group_concat(topic, ',') FROM consultation_topic t WHERE t.consultation_id = c.id)"
)


def _consultation(row: Any) -> Consultation:
    topics = sorted((row[10] or "").split(",")) if row[10] else []
    if row[8] in topics:  # primary first
        topics.remove(row[8])
        topics.insert(0, row[8])
    return Consultation(
        id=row[0],
        student_id=row[1],
        case_id=row[2],
        started_at=parse_moment(row[3]),  # type: ignore[arg-type]
        duration_min=row[4],
        channel=row[5],
        initiator=row[6],
        urgency=row[7],
        primary_topic=row[8],
        topics=topics,
        finalised_at=parse_moment(row[9]),
    )


def get_consultation(store: Store, consultation_id: int) -> Consultation | None:
    row = store.one(f"SELECT {_CONS_COLS} FROM consultation c WHERE c.id = ?", (consultation_id,))
    return _consultation(row) if row else None


def consultations_of(store: Store, student_id: int) -> list[Consultation]:
    rows = store.all(
        f"SELECT {_CONS_COLS} FROM consultation c WHERE c.student_id = ?"
        " ORDER BY c.started_at DESC, c.id DESC",
        (student_id,),
    )
    return [_consultation(r) for r in rows]


def recent_consultations(store: Store, limit: int = 20) -> list[tuple[Consultation, str]]:
    """Newest consultations with the student's display name (for the Today view)."""
    rows = store.all(
        f"SELECT {_CONS_COLS}, s.display_name FROM consultation c"
        " JOIN student s ON s.id = c.student_id ORDER BY c.started_at DESC, c.id DESC LIMIT ?",
        (limit,),
    )
    return [(_consultation(r), r[11]) for r in rows]


def set_finalised(store: Store, consultation_id: int, when: dt.datetime) -> None:
    store.execute(
        "UPDATE consultation SET finalised_at = ? WHERE id = ? AND finalised_at IS NULL",
        (iso_moment(when), consultation_id),
    )


def insert_note(
    store: Store,
    *,
    consultation_id: int,
    student_id: int,
    layer: str,
    kind: str,
    body: str,
    now: dt.datetime,
) -> int:
    cur = store.execute(
        "INSERT INTO note(consultation_id, student_id, layer, kind, body, created_at)"
        " VALUES (?,?,?,?,?,?)",
        (consultation_id, student_id, layer, kind, body, iso_moment(now)),
    )
    return int(cur.lastrowid)


def update_note_body(store: Store, note_id: int, body: str) -> None:
    store.execute("UPDATE note SET body = ? WHERE id = ?", (body, note_id))


def notes_of(store: Store, consultation_id: int) -> list[Note]:
    rows = store.all(
        "SELECT id, consultation_id, layer, kind, body, created_at FROM note"
        " WHERE consultation_id = ? ORDER BY kind DESC, id",
        (consultation_id,),
    )
    return [Note(r[0], r[1], r[2], r[3], r[4], parse_moment(r[5])) for r in rows]  # type: ignore[arg-type]


def main_note(store: Store, consultation_id: int, layer: str) -> Note | None:
    row = store.one(
        "SELECT id, consultation_id, layer, kind, body, created_at FROM note"
        " WHERE consultation_id = ? AND layer = ? AND kind = 'note'",
        (consultation_id, layer),
    )
    return Note(row[0], row[1], row[2], row[3], row[4], parse_moment(row[5])) if row else None  # type: ignore[arg-type]


def fts_query(text: str) -> str:
    """Turn what the user typed into a safe FTS5 query: every word must match, the last one
    as a prefix (search-as-you-type). Quotes neutralise FTS5 operators."""
    words = [w.replace('"', "") for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    parts = [f'"{w}"' for w in words[:-1]]
    parts.append(f'"{words[-1]}"*')
    return " ".join(parts)


def search_notes(
    store: Store, text: str, *, limit: int = 50, relevance: bool = False
) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    # Newest first walks the FTS doclists backwards and stops after `limit` rows (measured 10x
    # faster than ranking at the tail; docs/BENCHMARKS.md, Store); relevance ranks every match.
    order = "bm25(note_fts)" if relevance else "rowid DESC"
    rows = store.all(
        "SELECT f.rowid, n.consultation_id, n.student_id, s.display_name, c.started_at, n.layer,"
        " f.snip FROM (SELECT rowid, snippet(note_fts, 0, '[', ']', '…', 12) AS snip"
        f"   FROM note_fts WHERE note_fts MATCH ? ORDER BY {order} LIMIT ?) AS f"
        " JOIN note n ON n.id = f.rowid"
        " JOIN consultation c ON c.id = n.consultation_id"
        " JOIN student s ON s.id = n.student_id",
        (query, limit),
    )
    if not relevance:
        rows.sort(key=lambda row: row[0], reverse=True)
    return [
        SearchHit(r[0], r[1], r[2], r[3], parse_moment(r[4]), r[5], r[6])  # type: ignore[arg-type]
        for r in rows
    ]


# --- referrals ------------------------------------------------------------------------------

_REF_COLS = (
    "id, student_id, case_id, consultation_id, destination, status, proposed_on,"
    " status_changed_on, outcome"
)


def _referral(r: Any) -> Referral:
    return Referral(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        r[5],
        dt.date.fromisoformat(r[6]),  # NOT NULL columns
        dt.date.fromisoformat(r[7]),
        r[8],
    )


def insert_referral(
    store: Store,
    *,
    student_id: int,
    case_id: int,
    consultation_id: int | None,
    destination: str,
    status: str,
    on: dt.date,
    outcome: str,
) -> int:
    cur = store.execute(
        "INSERT INTO referral(student_id, case_id, consultation_id, destination, status,"
        " proposed_on, status_changed_on, outcome) VALUES (?,?,?,?,?,?,?,?)",
        (
            student_id,
            case_id,
            consultation_id,
            destination,
            status,
            iso_date(on),
            iso_date(on),
            outcome,
        ),
    )
    return int(cur.lastrowid)


def get_referral(store: Store, referral_id: int) -> Referral | None:
    row = store.one(f"SELECT {_REF_COLS} FROM referral WHERE id = ?", (referral_id,))
    return _referral(row) if row else None


def referrals_of(store: Store, student_id: int) -> list[Referral]:
    rows = store.all(
        f"SELECT {_REF_COLS} FROM referral WHERE student_id = ? ORDER BY proposed_on DESC, id DESC",
        (student_id,),
    )
    return [_referral(r) for r in rows]


def set_referral_status(
    store: Store, referral_id: int, status: str, outcome: str, on: dt.date
) -> None:
    store.execute(
        "UPDATE referral SET status = ?, outcome = ?, status_changed_on = ? WHERE id = ?",
        (status, outcome, iso_date(on), referral_id),
    )


# --- follow-ups -----------------------------------------------------------------------------

_FU_COLS = (
    "f.id, f.student_id, f.case_id, f.consultation_id, f.due_date, f.kind, f.status,"
    " f.due_time, f.note, f.done_on"
)


def _follow_up(r: Any) -> FollowUp:
    return FollowUp(
        id=r[0],
        student_id=r[1],
        case_id=r[2],
        consultation_id=r[3],
        due_date=parse_date(r[4]),  # type: ignore[arg-type]
        kind=r[5],
        status=r[6],
        due_time=parse_time(r[7]),
        note=r[8],
        done_on=parse_date(r[9]),
    )


def insert_follow_up(
    store: Store,
    *,
    student_id: int,
    case_id: int | None,
    consultation_id: int | None,
    due_date: dt.date,
    due_time: dt.time | None,
    kind: str,
    note: str,
    created_on: dt.date,
) -> int:
    cur = store.execute(
        "INSERT INTO follow_up(student_id, case_id, consultation_id, due_date, due_time, kind,"
        " status, note, created_on) VALUES (?,?,?,?,?,?,'open',?,?)",
        (
            student_id,
            case_id,
            consultation_id,
            iso_date(due_date),
            due_time.isoformat(timespec="minutes") if due_time else None,
            kind,
            note,
            iso_date(created_on),
        ),
    )
    return int(cur.lastrowid)


def get_follow_up(store: Store, follow_up_id: int) -> FollowUp | None:
    row = store.one(f"SELECT {_FU_COLS} FROM follow_up f WHERE f.id = ?", (follow_up_id,))
    return _follow_up(row) if row else None


def follow_ups_of(store: Store, student_id: int) -> list[FollowUp]:
    rows = store.all(
        f"SELECT {_FU_COLS} FROM follow_up f WHERE f.student_id = ? ORDER BY f.due_date DESC,"
        " f.id DESC",
        (student_id,),
    )
    return [_follow_up(r) for r in rows]


def set_follow_up(
    store: Store,
    follow_up_id: int,
    *,
    status: str,
    done_on: dt.date | None,
    due_date: dt.date,
    due_time: dt.time | None,
) -> None:
    store.execute(
        "UPDATE follow_up SET status = ?, done_on = ?, due_date = ?, due_time = ? WHERE id = ?",
        (
            status,
            iso_date(done_on),
            iso_date(due_date),
            due_time.isoformat(timespec="minutes") if due_time else None,
            follow_up_id,
        ),
    )


def follow_up_filter(
    start: dt.date | None, end: dt.date | None, status: str | None
) -> tuple[list[str], list[Any]]:
    """WHERE terms (on alias ``f``) and parameters for start <= due < end and a status."""
    where = ["1=1"]
    params: list[Any] = []
    if status:
        where.append("f.status = ?")
        params.append(status)
    if start is not None:
        where.append("f.due_date >= ?")
        params.append(iso_date(start))
    if end is not None:
        where.append("f.due_date < ?")
        params.append(iso_date(end))
    return where, params


def follow_ups_between(
    store: Store,
    start: dt.date | None,
    end: dt.date | None,
    *,
    status: str | None = "open",
    limit: int = 5000,
) -> list[tuple[FollowUp, str]]:
    """Follow-ups with start <= due < end (either bound optional), with student names."""
    where, params = follow_up_filter(start, end, status)
    rows = store.all(
        f"SELECT {_FU_COLS}, s.display_name FROM follow_up f JOIN student s ON s.id = f.student_id"
        f" WHERE {' AND '.join(where)} ORDER BY f.due_date, f.due_time IS NULL, f.due_time, f.id"
        " LIMIT ?",
        (*params, limit),
    )
    return [(_follow_up(r), r[10]) for r in rows]


def follow_up_days(store: Store, start: dt.date, end: dt.date) -> dict[dt.date, int]:
    """Number of open follow-ups per due day in [start, end) (for the month calendar)."""
    rows = store.all(
        "SELECT due_date, count(*) FROM follow_up WHERE status = 'open' AND due_date >= ?"
        " AND due_date < ? GROUP BY due_date",
        (iso_date(start), iso_date(end)),
    )
    return {parse_date(r[0]): r[1] for r in rows}  # type: ignore[misc]


# --- outreach -------------------------------------------------------------------------------


def insert_outreach(store: Store, a: OutreachActivity) -> int:
    cur = store.execute(
        "INSERT INTO outreach(activity_type, held_on, participants, description) VALUES (?,?,?,?)",
        (a.activity_type, iso_date(a.held_on), a.participants, a.description),
    )
    return int(cur.lastrowid)


def list_outreach(store: Store, limit: int = 1000) -> list[OutreachActivity]:
    rows = store.all(
        "SELECT id, activity_type, held_on, participants, description FROM outreach"
        " ORDER BY held_on DESC, id DESC LIMIT ?",
        (limit,),
    )
    return [OutreachActivity(r[0], r[1], parse_date(r[2]), r[3], r[4]) for r in rows]  # type: ignore[arg-type]


def delete_outreach(store: Store, activity_id: int) -> None:
    store.execute("DELETE FROM outreach WHERE id = ?", (activity_id,))


# --- drafts and settings --------------------------------------------------------------------


def put_draft(
    store: Store, key: str, student_id: int | None, payload: str, now: dt.datetime
) -> None:
    store.execute(
        "INSERT INTO draft(key, student_id, payload, updated_at) VALUES (?,?,?,?)"
        " ON CONFLICT(key) DO UPDATE SET student_id = excluded.student_id,"
        " payload = excluded.payload, updated_at = excluded.updated_at",
        (key, student_id, payload, iso_moment(now)),
    )


def get_draft(store: Store, key: str) -> str | None:
    payload: str | None = store.scalar("SELECT payload FROM draft WHERE key = ?", (key,))
    return payload


def delete_draft(store: Store, key: str) -> None:
    store.execute("DELETE FROM draft WHERE key = ?", (key,))


def draft_keys(store: Store) -> list[str]:
    return [r[0] for r in store.all("SELECT key FROM draft ORDER BY updated_at DESC")]


def draft_summaries(
    store: Store, prefix: str
) -> list[tuple[str, int | None, str | None, dt.datetime | None]]:
    """(key, student id, student's display name, saved at) of the drafts whose key starts
    with ``prefix``, newest first; never the payload."""
    rows = store.all(
        "SELECT d.key, d.student_id, s.display_name, d.updated_at FROM draft d"
        " LEFT JOIN student s ON s.id = d.student_id"
        " WHERE substr(d.key, 1, length(?)) = ? ORDER BY d.updated_at DESC, d.key",
        (prefix, prefix),
    )
    return [(r[0], r[1], r[2], parse_moment(r[3])) for r in rows]


def get_setting(store: Store, key: str) -> str | None:
    value: str | None = store.scalar("SELECT value FROM setting WHERE key = ?", (key,))
    return value


def put_setting(store: Store, key: str, value: str) -> None:
    store.execute(
        "INSERT INTO setting(key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
