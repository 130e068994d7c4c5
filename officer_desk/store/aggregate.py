"""Counts for the anonymised quarterly report: the ONLY place reports get data from.

``quarter_counts(conn, period)`` returns frozen dataclasses of plain integers keyed by codebook
codes. Nothing here carries an id, name, student number, e-mail, note text or a date finer
than the period. The ``note`` table is never read.

Counting rules (docs/DISCLOSURE.md, R1; method note in the PDF says the same in words):

* The unit is the **distinct student** per cell. A student with seven consultations counts once.
* *Students seen*: students with at least one consultation whose ``day`` lies in the period,
  by their (current) study phase × student group.
* *Initiator*: each student once, by the initiator of their **first** consultation in the
  period (ordered by start moment, then id). *Urgency*: each student once, by the **highest**
  urgency of their consultations in the period. Both tables partition the students seen, so
  their totals equal the students-seen total (the tables are linked in the audit).
* *Topics × phase*: a student counts once per topic raised in the period (the consultation's
  primary topic and every extra topic). **Multi-response**: a student with two topics is in two
  cells, so the table totals count student-topic *mentions*; the number of distinct students
  is ``students_with_topic`` (equal to students seen, since every consultation has a topic).
* *Referrals destination × status*: referrals proposed in the period, status as recorded now;
  distinct students per cell. Multi-response as well (``students_referred`` is distinct).
* *Follow-ups*: follow-ups due in the period (cancelled ones left out). Each student counts once,
  under the **least favourable** outcome among their follow-ups:
  missed > overdue (open, due before ``today``) > late (done after the due date) >
  not yet due (open, due on or after ``today``) > on time. The median number of days from the
  consultation to a done follow-up is given with the number of distinct students behind it (the
  report publishes it only when that number reaches the threshold).
* *Cases*: distinct students with a case opened / closed in the period.
* *Outreach*: activities and participants by type (no students involved; participants are
  already aggregate head-counts).

Codes not in the codebook are counted under ``other`` where the vocabulary has one and dropped
otherwise, so only whitelisted codes leave this module.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.codebook import CODEBOOK_VERSION, codes
from officer_desk.domain.period import Period

# Report-specific categories (not vocabularies of the records; labelled in reports/labels.py).
FOLLOW_UP_OUTCOMES: tuple[str, ...] = ("on_time", "late", "overdue", "missed", "not_yet_due")
# Severity order used to pick a student's least favourable outcome (higher = worse).
_OUTCOME_SEVERITY = {"on_time": 0, "not_yet_due": 1, "late": 2, "overdue": 3, "missed": 4}
STUDENTS = ("students",)
OUTREACH_MEASURES: tuple[str, ...] = ("activities", "participants")


@dataclass(frozen=True, slots=True)
class Tally:
    """A rows × cols grid of counts keyed by codes (interior cells only, no margins)."""

    rows: tuple[str, ...]
    cols: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]

    def get(self, row: str, col: str) -> int:
        return self.cells[self.rows.index(row)][self.cols.index(col)]

    @property
    def total(self) -> int:
        return sum(sum(r) for r in self.cells)

    @classmethod
    def from_mapping(
        cls, rows: tuple[str, ...], cols: tuple[str, ...], counts: Mapping[tuple[str, str], int]
    ) -> Tally:
        return cls(rows, cols, tuple(tuple(int(counts.get((r, c), 0)) for c in cols) for r in rows))


@dataclass(frozen=True, slots=True)
class QuarterCounts:
    """Everything a quarterly report may show, as distinct-student counts keyed by codes."""

    period: str
    generated_in: str  # the quarter in which the counts were taken (no exact date)
    codebook_version: str
    students_seen: Tally  # phase × student_group
    consultations: int  # margin-only figure (consultations are not people)
    students_case_opened: int
    students_case_closed: int
    initiator: Tally  # initiator × ("students",)
    urgency: Tally  # urgency × ("students",)
    topics: Tally  # topic × phase, multi-response
    students_with_topic: int
    referrals: Tally  # destination × referral_status, multi-response
    students_referred: int
    follow_ups: Tally  # FOLLOW_UP_OUTCOMES × ("students",)
    follow_up_median_days: int | None
    follow_up_median_students: int
    outreach: Tally  # outreach_type × OUTREACH_MEASURES (not students)


def _fold(vocabulary: str, code: str) -> str | None:
    known = codes(vocabulary)
    if code in known:
        return code
    return "other" if "other" in known else None


def _faculty_clause(faculty: str | None, alias: str) -> tuple[str, list[Any]]:
    if faculty is None:
        return "", []
    return f" AND {alias}.faculty = ?", [faculty]


def quarter_counts(
    conn: Any,
    period: Period,
    *,
    faculty: str | None = None,
    today: dt.date | None = None,
) -> QuarterCounts:
    """Count distinct students per category for ``period``.

    ``conn`` is a sqlite3 / sqlcipher3 DB-API connection on a schema-v1 database. ``faculty``
    limits the counts to students of one faculty code (outreach is not per faculty and is
    always included). ``today`` decides overdue vs not yet due for open follow-ups.
    """
    today = today or dt.date.today()
    start, end = period.start.isoformat(), period.end.isoformat()
    fac_s, fac_args = _faculty_clause(faculty, "s")
    join_s = " CROSS JOIN student s ON s.id = c.student_id" if faculty is not None else ""

    # --- students seen: phase × group ------------------------------------------------------
    seen_rows = conn.execute(
        "SELECT s.id, s.phase, s.student_group FROM "
        "(SELECT DISTINCT student_id FROM consultation WHERE day >= ? AND day < ?) d "
        "CROSS JOIN student s ON s.id = d.student_id WHERE 1=1" + fac_s,
        [start, end, *fac_args],
    ).fetchall()
    seen: dict[tuple[str, str], int] = defaultdict(int)
    phase_of: dict[int, str] = {}
    for sid, phase, group in seen_rows:
        p, g = _fold("phase", phase), _fold("student_group", group)
        if p is not None and g is not None:
            seen[(p, g)] += 1
            phase_of[sid] = p  # the students counted as seen; every other table uses them

    # --- consultations, urgency, initiator, topics: one pass over the quarter ---------------
    consultations = conn.execute(
        "SELECT COUNT(*) FROM consultation c" + join_s + " WHERE c.day >= ? AND c.day < ?" + fac_s,
        [start, end, *fac_args],
    ).fetchone()[0]

    urgency_rank = {code: i for i, code in enumerate(codes("urgency"))}
    top_urgency: dict[int, int] = {}
    for sid, urg in conn.execute(
        "SELECT DISTINCT c.student_id, c.urgency FROM consultation c"
        + join_s
        + " WHERE c.day >= ? AND c.day < ?"
        + fac_s,
        [start, end, *fac_args],
    ):
        rank = urgency_rank.get(urg)
        if sid in phase_of and rank is not None and rank > top_urgency.get(sid, -1):
            top_urgency[sid] = rank
    urgency_counts: dict[tuple[str, str], int] = defaultdict(int)
    for rank in top_urgency.values():
        urgency_counts[(codes("urgency")[rank], "students")] += 1

    initiator_counts: dict[tuple[str, str], int] = defaultdict(int)
    for sid, init in conn.execute(
        "SELECT sid, initiator FROM (SELECT c.student_id AS sid, c.initiator AS initiator, "
        "ROW_NUMBER() OVER "
        "(PARTITION BY c.student_id ORDER BY c.started_at, c.id) AS rn FROM consultation c"
        + join_s
        + " WHERE c.day >= ? AND c.day < ?"
        + fac_s
        + ") WHERE rn = 1",
        [start, end, *fac_args],
    ):
        code = _fold("initiator", init)
        if sid in phase_of and code is not None:
            initiator_counts[(code, "students")] += 1

    pairs: set[tuple[int, str]] = set()
    for sid, topic in conn.execute(
        "SELECT DISTINCT c.student_id, c.primary_topic FROM consultation c"
        + join_s
        + " WHERE c.day >= ? AND c.day < ?"
        + fac_s
        + " UNION SELECT DISTINCT c.student_id, t.topic FROM consultation c"
        + join_s
        + " CROSS JOIN consultation_topic t ON t.consultation_id = c.id"
        " WHERE c.day >= ? AND c.day < ?" + fac_s,
        [start, end, *fac_args, start, end, *fac_args],
    ):
        code = _fold("topic", topic)
        if code is not None:
            pairs.add((sid, code))
    topic_counts: dict[tuple[str, str], int] = defaultdict(int)
    with_topic: set[int] = set()
    for sid, code in pairs:
        phase = phase_of.get(sid)
        if phase is not None:
            topic_counts[(code, phase)] += 1
            with_topic.add(sid)

    # --- cases ------------------------------------------------------------------------------
    join_cs = " CROSS JOIN student s ON s.id = k.student_id" if faculty is not None else ""
    opened = conn.execute(
        "SELECT COUNT(DISTINCT k.student_id) FROM case_record k"
        + join_cs
        + " WHERE k.opened_on >= ? AND k.opened_on < ?"
        + fac_s,
        [start, end, *fac_args],
    ).fetchone()[0]
    closed = conn.execute(
        "SELECT COUNT(DISTINCT k.student_id) FROM case_record k"
        + join_cs
        + " WHERE k.closed_on >= ? AND k.closed_on < ?"
        + fac_s,
        [start, end, *fac_args],
    ).fetchone()[0]

    # --- referrals --------------------------------------------------------------------------
    join_rs = " CROSS JOIN student s ON s.id = r.student_id" if faculty is not None else ""
    ref_pairs: set[tuple[int, str, str]] = set()
    for sid, dest, status in conn.execute(
        "SELECT DISTINCT r.student_id, r.destination, r.status FROM referral r"
        + join_rs
        + " WHERE r.proposed_on >= ? AND r.proposed_on < ?"
        + fac_s,
        [start, end, *fac_args],
    ):
        d, st = _fold("destination", dest), _fold("referral_status", status)
        if d is not None and st is not None:
            ref_pairs.add((sid, d, st))
    referral_counts: dict[tuple[str, str], int] = defaultdict(int)
    for _sid, d, st in ref_pairs:
        referral_counts[(d, st)] += 1
    referred = {sid for sid, _d, _s in ref_pairs}

    # --- follow-ups due in the period ---------------------------------------------------------
    join_fs = " CROSS JOIN student s ON s.id = f.student_id" if faculty is not None else ""
    worst: dict[int, str] = {}
    delays: list[int] = []
    delay_students: set[int] = set()
    today_iso = today.isoformat()
    for sid, status, due, done_on, c_day in conn.execute(
        "SELECT f.student_id, f.status, f.due_date, f.done_on, c.day FROM follow_up f"
        + join_fs
        + " LEFT JOIN consultation c ON c.id = f.consultation_id"
        " WHERE f.due_date >= ? AND f.due_date < ? AND f.status != 'cancelled'" + fac_s,
        [start, end, *fac_args],
    ):
        outcome = _outcome(status, due, done_on, today_iso)
        if outcome is None:
            continue
        if _OUTCOME_SEVERITY[outcome] >= _OUTCOME_SEVERITY.get(worst.get(sid, ""), -1):
            worst[sid] = outcome
        if status == "done" and done_on and c_day:
            days = (dt.date.fromisoformat(done_on) - dt.date.fromisoformat(c_day)).days
            if days >= 0:
                delays.append(days)
                delay_students.add(sid)
    follow_counts: dict[tuple[str, str], int] = defaultdict(int)
    for outcome in worst.values():
        follow_counts[(outcome, "students")] += 1
    median_days = int(statistics.median(delays) + 0.5) if delays else None

    # --- outreach (not about students) ------------------------------------------------------
    outreach_counts: dict[tuple[str, str], int] = defaultdict(int)
    for kind, n, people in conn.execute(
        "SELECT activity_type, COUNT(*), COALESCE(SUM(participants), 0) FROM outreach "
        "WHERE held_on >= ? AND held_on < ? GROUP BY activity_type",
        [start, end],
    ):
        code = _fold("outreach_type", kind)
        if code is not None:
            outreach_counts[(code, "activities")] += n
            outreach_counts[(code, "participants")] += people

    return QuarterCounts(
        period=period.label,
        generated_in=Period.containing(today, period.kind).label,
        codebook_version=CODEBOOK_VERSION,
        students_seen=Tally.from_mapping(codes("phase"), codes("student_group"), seen),
        consultations=int(consultations),
        students_case_opened=int(opened),
        students_case_closed=int(closed),
        initiator=Tally.from_mapping(codes("initiator"), STUDENTS, initiator_counts),
        urgency=Tally.from_mapping(codes("urgency"), STUDENTS, urgency_counts),
        topics=Tally.from_mapping(codes("topic"), codes("phase"), topic_counts),
        students_with_topic=len(with_topic),
        referrals=Tally.from_mapping(
            codes("destination"), codes("referral_status"), referral_counts
        ),
        students_referred=len(referred),
        follow_ups=Tally.from_mapping(FOLLOW_UP_OUTCOMES, STUDENTS, follow_counts),
        follow_up_median_days=median_days,
        follow_up_median_students=len(delay_students),
        outreach=Tally.from_mapping(codes("outreach_type"), OUTREACH_MEASURES, outreach_counts),
    )


def _outcome(status: str, due: str, done_on: str | None, today_iso: str) -> str | None:
    if status == "done":
        return "late" if done_on and done_on > due else "on_time"
    if status == "missed":
        return "missed"
    if status == "open":
        return "overdue" if due < today_iso else "not_yet_due"
    return None
