"""SQL for the data-protection duties: finding a student by reference, legal hold, everything
held on one student (subject access), erasure, retention candidates and reclaiming the space
that erased text occupied (so it does not linger in free pages, the FTS index or the WAL).

Functions that write run inside the caller's transaction, except :func:`reclaim`, which must
run outside any transaction (VACUUM and checkpoints cannot run inside one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.models import AccessLogEntry
from officer_desk.store.db import Store, parse_date, parse_moment

#: Tables holding a student's records, in the order erasure deletes them (children first).
STUDENT_TABLES = ("note", "follow_up", "referral", "consultation", "case_record")

#: Access-log record types that belong to a student, with the table holding their ids.
_RECORD_TABLES = {
    "case": "case_record",
    "consultation": "consultation",
    "referral": "referral",
    "follow_up": "follow_up",
}


# --- finding students -------------------------------------------------------------------------


def find_student_ids(store: Store, ref: str) -> list[int]:
    """Students matching ``ref``: an internal id (digits, or ``id:N``), a student number, or
    an exact e-mail address (case-insensitive). Returns distinct ids, possibly several."""
    ref = ref.strip()
    found: list[int] = []
    if not ref:
        return found
    if ref.lower().startswith("id:"):
        text = ref[3:].strip()
        if text.isdigit():
            row = store.one("SELECT id FROM student WHERE id = ?", (int(text),))
            return [row[0]] if row else []
        return []
    if ref.isdigit():
        row = store.one("SELECT id FROM student WHERE id = ?", (int(ref),))
        if row:
            found.append(row[0])
    for row in store.all(
        "SELECT id FROM student WHERE student_number = ? OR student_number = ?"
        " OR lower(email) = lower(?)",
        (ref, ref.lower(), ref),
    ):
        if row[0] not in found:
            found.append(row[0])
    return found


def student_exists(store: Store, student_id: int) -> bool:
    return store.scalar("SELECT 1 FROM student WHERE id = ?", (student_id,)) is not None


def set_legal_hold(store: Store, student_id: int, on: bool) -> None:
    store.execute("UPDATE student SET legal_hold = ? WHERE id = ?", (int(on), student_id))


def legal_hold(store: Store, student_id: int) -> bool:
    return bool(store.scalar("SELECT legal_hold FROM student WHERE id = ?", (student_id,)))


# --- counting a student's records -------------------------------------------------------------


def record_counts(store: Store, student_id: int) -> dict[str, int]:
    """Number of rows per record kind held on one student (drafts included)."""
    row = store.one(
        "SELECT"
        " (SELECT count(*) FROM case_record WHERE student_id = :s),"
        " (SELECT count(*) FROM consultation WHERE student_id = :s),"
        " (SELECT count(*) FROM consultation_topic t JOIN consultation c"
        "    ON c.id = t.consultation_id WHERE c.student_id = :s),"
        " (SELECT count(*) FROM note WHERE student_id = :s AND kind = 'note'),"
        " (SELECT count(*) FROM note WHERE student_id = :s AND kind = 'addendum'),"
        " (SELECT count(*) FROM referral WHERE student_id = :s),"
        " (SELECT count(*) FROM follow_up WHERE student_id = :s),"
        " (SELECT count(*) FROM draft WHERE student_id = :s"
        "    OR (json_valid(payload) AND json_extract(payload, '$.student_id') = :s))",
        {"s": student_id},
    )
    keys = (
        "cases",
        "consultations",
        "topics",
        "notes",
        "addenda",
        "referrals",
        "follow_ups",
        "drafts",
    )
    return dict(zip(keys, (int(x) for x in row), strict=True))


# --- access log entries about one student -----------------------------------------------------


def access_entries_for_student(store: Store, student_id: int) -> list[AccessLogEntry]:
    """Access-log entries about the student and the records it holds, oldest first.

    Internal ids can be reused after an erasure, so for each record only the entries from its
    latest ``created`` entry on are included: entries about an erased earlier holder of the
    same id never leak into this student's export.
    """
    pairs: list[tuple[str, int]] = [("student", student_id)]
    for rtype, table in _RECORD_TABLES.items():
        for (rid,) in store.all(f"SELECT id FROM {table} WHERE student_id = ?", (student_id,)):
            pairs.append((rtype, rid))
    out: list[AccessLogEntry] = []
    seen: set[int] = set()
    for rtype, rid in pairs:
        start = store.scalar(
            "SELECT max(id) FROM access_log WHERE record_type = ? AND record_id = ?"
            " AND action = 'created'",
            (rtype, rid),
        )
        rows = store.all(
            "SELECT id, at, action, record_type, record_id, detail, prev_hash, hash"
            " FROM access_log WHERE record_type = ? AND record_id = ? AND id >= ?",
            (rtype, rid, int(start or 0)),
        )
        for r in rows:
            if r[0] in seen:
                continue
            seen.add(r[0])
            out.append(AccessLogEntry(r[0], parse_moment(r[1]), r[2], r[3], r[4], r[5], r[6], r[7]))  # type: ignore[arg-type]
    out.sort(key=lambda e: e.id)
    return out


# --- erasure ----------------------------------------------------------------------------------


def secure_delete_on(store: Store) -> None:
    """Overwrite deleted content with zeros on this connection (SQLCipher's default, made
    explicit). Must be set outside a transaction, before the deletes."""
    store.execute("PRAGMA secure_delete = ON")


@contextmanager
def bulk_delete(store: Store) -> Iterator[None]:
    """Turn foreign-key enforcement off around deletes (outside any transaction).

    :func:`delete_student` removes every dependent row itself, children first, so the checks
    add nothing; without this SQLite scans the unindexed ``referral.consultation_id``,
    ``follow_up.consultation_id`` and ``*.case_id`` columns once per deleted row (30 s for
    1,000 students of a 20,000-student vault instead of ~2 s).
    """
    store.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        store.execute("PRAGMA foreign_keys = ON")


def delete_student(store: Store, student_id: int) -> dict[str, int]:
    """Delete every row held on one student (inside the caller's transaction). Note bodies are
    removed from the full-text index by the note triggers. ``report_release`` and the access
    log are never touched. Returns the counts deleted."""
    counts = record_counts(store, student_id)
    params = {"s": student_id}
    store.execute(
        "DELETE FROM draft WHERE student_id = :s"
        " OR (json_valid(payload) AND json_extract(payload, '$.student_id') = :s)",
        params,
    )
    store.execute("DELETE FROM note WHERE student_id = :s", params)
    store.execute("DELETE FROM follow_up WHERE student_id = :s", params)
    store.execute("DELETE FROM referral WHERE student_id = :s", params)
    store.execute(
        "DELETE FROM consultation_topic WHERE consultation_id IN"
        " (SELECT id FROM consultation WHERE student_id = :s)",
        params,
    )
    store.execute("DELETE FROM consultation WHERE student_id = :s", params)
    store.execute("DELETE FROM case_record WHERE student_id = :s", params)
    store.execute("DELETE FROM student WHERE id = :s", params)
    return counts


@dataclass(frozen=True, slots=True)
class ReclaimReport:
    """What :func:`reclaim` did: pages before and after, and whether the WAL was emptied."""

    pages_before: int
    pages_after: int
    wal_truncated: bool


def reclaim(store: Store, *, vacuum: bool = True) -> ReclaimReport:
    """Make erased text unrecoverable from the database file and its WAL.

    Merges the full-text index into one segment (dropping the deleted entries), checkpoints
    and truncates the WAL, VACUUMs (rebuilding every page, freed pages dropped) and truncates
    the WAL again. Run outside any transaction; other connections should be idle.
    """
    before = int(store.scalar("PRAGMA page_count"))
    store.execute("PRAGMA secure_delete = ON")
    with store.transaction():
        store.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')")
    busy = store.one("PRAGMA wal_checkpoint(TRUNCATE)")
    if vacuum:
        store.execute("VACUUM")
        busy = store.one("PRAGMA wal_checkpoint(TRUNCATE)")
    after = int(store.scalar("PRAGMA page_count"))
    return ReclaimReport(before, after, bool(busy is not None and busy[0] == 0))


# --- retention --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RetentionRow:
    """One student the retention rule would delete (ids, counts and dates only)."""

    student_id: int
    last_activity: dt.date
    cases: int
    consultations: int
    notes: int
    referrals: int
    follow_ups: int


_LAST_ACTIVITY = (
    "max(coalesce((SELECT max(closed_on) FROM case_record c WHERE c.student_id = s.id), ''),"
    "    coalesce((SELECT max(day) FROM consultation k WHERE k.student_id = s.id), ''),"
    "    coalesce((SELECT max(coalesce(done_on, due_date)) FROM follow_up f"
    "              WHERE f.student_id = s.id), ''),"
    "    coalesce((SELECT max(status_changed_on) FROM referral r WHERE r.student_id = s.id), ''),"
    "    substr(s.created_at, 1, 10))"
)

_KEEP = (
    "s.legal_hold = 0"
    " AND NOT EXISTS (SELECT 1 FROM case_record c WHERE c.student_id = s.id"
    "                 AND c.status = 'open')"
    " AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.student_id = s.id AND f.status = 'open')"
)


def retention_candidates(
    store: Store, cutoff: dt.date, *, only: list[int] | None = None
) -> list[RetentionRow]:
    """Students whose last activity (last case closed, last consultation, follow-up or referral
    change, or creation) is on or before ``cutoff``, who have no open case, no open follow-up
    and no legal hold. ``only`` restricts the check to these ids (re-check before a purge)."""
    inner = _KEEP
    params: list[Any] = []
    if only is not None:
        if not only:
            return []
        inner += f" AND s.id IN ({','.join('?' * len(only))})"
        params.extend(int(x) for x in only)
    where = "x.last_activity <= ?"
    params.append(cutoff.isoformat())
    rows = store.all(
        f"WITH x AS (SELECT s.id AS id, {_LAST_ACTIVITY} AS last_activity FROM student s"
        f" WHERE {inner})"
        " SELECT x.id, x.last_activity,"
        " (SELECT count(*) FROM case_record c WHERE c.student_id = x.id),"
        " (SELECT count(*) FROM consultation k WHERE k.student_id = x.id),"
        " (SELECT count(*) FROM note n WHERE n.student_id = x.id),"
        " (SELECT count(*) FROM referral r WHERE r.student_id = x.id),"
        " (SELECT count(*) FROM follow_up f WHERE f.student_id = x.id)"
        f" FROM x WHERE {where} ORDER BY x.last_activity, x.id",
        params,
    )
    return [
        RetentionRow(r[0], parse_date(r[1]) or dt.date.min, r[2], r[3], r[4], r[5], r[6])
        for r in rows
    ]


def held_students(store: Store) -> list[int]:
    return [r[0] for r in store.all("SELECT id FROM student WHERE legal_hold = 1 ORDER BY id")]


# --- raw checks used by tests and the export ---------------------------------------------------


def fts_matches(store: Store, word: str) -> int:
    """How many notes the full-text index still matches for ``word`` (0 after erasure)."""
    quoted = '"' + word.replace('"', "") + '"'
    return int(store.scalar("SELECT count(*) FROM note_fts WHERE note_fts MATCH ?", (quoted,)))


def fts_index_contains(store: Store, word: str) -> bool:
    """True when the FTS index's own term data still holds ``word`` (vocabulary table)."""
    store.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_fts_vocab"
        " USING fts5vocab(main, note_fts, row)"
    )
    return (
        store.scalar("SELECT 1 FROM temp.note_fts_vocab WHERE term = ?", (word.lower(),))
        is not None
    )


def drafts_of(store: Store, student_id: int) -> list[tuple[str, str, str]]:
    """(key, payload, updated_at) of the drafts held on one student."""
    return [
        (r[0], r[1], r[2])
        for r in store.all(
            "SELECT key, payload, updated_at FROM draft WHERE student_id = :s"
            " OR (json_valid(payload) AND json_extract(payload, '$.student_id') = :s)"
            " ORDER BY updated_at, key",
            {"s": student_id},
        )
    ]


def fts_integrity_ok(store: Store) -> bool:
    """FTS5's own check of the index against the note table."""
    try:
        store.execute("INSERT INTO note_fts(note_fts, rank) VALUES ('integrity-check', 1)")
    except Exception:  # any failure means the index does not match
        return False
    return True
