"""store.aggregate: distinct-student counting on a schema-v1 database (docs/DISCLOSURE.md, R1)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
import reports_factory as F

from officer_desk.domain.period import Period
from officer_desk.reports import build_release
from officer_desk.store.aggregate import quarter_counts

Q3 = Period.parse("2026-Q3")
TODAY = dt.date(2026, 10, 15)
D = dt.date(2026, 8, 3)

# Columns and tables holding personal data or free text: aggregate must never read them.
FORBIDDEN = {
    ("student", "display_name"),
    ("student", "name_key"),
    ("student", "student_number"),
    ("student", "email"),
    ("student", "programme"),
    ("referral", "outcome"),
    ("follow_up", "note"),
    ("outreach", "description"),
    ("case_record", "primary_concern"),
}
FORBIDDEN_TABLES = {"note", "note_fts", "draft", "access_log"}


def guard(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    reads: list[tuple[str, str]] = []

    def authorizer(action, arg1, arg2, _db, _trigger):
        if action == sqlite3.SQLITE_READ:
            reads.append((arg1, arg2))
            if arg1 in FORBIDDEN_TABLES or (arg1, arg2) in FORBIDDEN:
                return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorizer)
    return reads


@pytest.fixture
def conn():
    c = F.new_db()
    yield c
    c.close()


def test_t6_one_student_seven_consultations_counts_once(conn):
    for _ in range(20):
        sid = F.add_student(conn, phase="master")
        case = F.add_case(conn, sid, D, None)
        F.add_consultation(conn, sid, case, D, topic="study_stress")
    lone = F.add_student(conn, phase="master")
    case = F.add_case(conn, lone, D, None)
    for k in range(7):
        F.add_consultation(conn, lone, case, D + dt.timedelta(days=k), topic="housing")
    guard(conn)
    counts = quarter_counts(conn, Q3, today=TODAY)
    assert counts.consultations == 27
    assert counts.topics.get("housing", "master") == 1
    assert counts.students_seen.get("master", "domestic") == 21
    release = build_release(counts, faculty="SCI", period=Q3)
    topics = release.table("topics")
    i = topics.spec.rows.index("housing")
    j = topics.spec.cols.index("master")
    assert topics.cells[i][j] is None  # treated as 1 student -> suppressed


def test_highest_urgency_first_initiator_and_topics(conn):
    sid = F.add_student(conn, phase="phd", group="eea")
    case = F.add_case(conn, sid, D, D + dt.timedelta(days=30))
    F.add_consultation(
        conn, sid, case, D, topic="finances", initiator="staff_referral", urgency="moderate"
    )
    F.add_consultation(
        conn,
        sid,
        case,
        D + dt.timedelta(days=7),
        topic="housing",
        extra_topics=("finances", "loneliness"),
        initiator="student",
        urgency="crisis",
    )
    F.add_consultation(conn, sid, case, D + dt.timedelta(days=9), urgency="low")
    counts = quarter_counts(conn, Q3, today=TODAY)
    assert counts.urgency.get("crisis", "students") == 1 and counts.urgency.total == 1
    assert counts.initiator.get("staff_referral", "students") == 1
    assert counts.initiator.total == 1
    got = {t for t in counts.topics.rows if counts.topics.get(t, "phd")}
    assert got == {"finances", "housing", "loneliness", "study_stress"}
    assert counts.topics.total == 4 and counts.students_with_topic == 1  # multi-response
    assert counts.students_case_opened == 1 and counts.students_case_closed == 1


def test_period_bounds_faculty_filter_and_unknown_codes(conn):
    a = F.add_student(conn, faculty="SCI")
    b = F.add_student(conn, faculty="LAW", phase="alien_phase")  # folds into "other"
    for sid in (a, b):
        case = F.add_case(conn, sid, D, None)
        F.add_consultation(conn, sid, case, D, topic="no_such_topic")  # folds into "other"
        F.add_consultation(conn, sid, case, dt.date(2026, 10, 1))  # next quarter
        F.add_consultation(conn, sid, case, dt.date(2026, 6, 30))  # previous quarter
    sci = quarter_counts(conn, Q3, faculty="SCI", today=TODAY)
    assert sci.students_seen.total == 1 and sci.consultations == 1
    assert sci.topics.get("other", "master") == 1
    law = quarter_counts(conn, Q3, faculty="LAW", today=TODAY)
    assert law.students_seen.get("other", "domestic") == 1
    both = quarter_counts(conn, Q3, today=TODAY)
    assert both.students_seen.total == 2 and both.consultations == 2


def test_referrals_and_follow_up_outcomes(conn):
    sids = [F.add_student(conn) for _ in range(5)]
    for k, sid in enumerate(sids):
        case = F.add_case(conn, sid, D, None)
        cid = F.add_consultation(conn, sid, case, D)
        F.add_referral(conn, sid, case, cid, "gp", "completed", D)
        F.add_referral(conn, sid, case, cid, "gp", "completed", D)  # same cell: counts once
        if k == 0:
            F.add_referral(conn, sid, case, cid, "study_adviser", "made", D)
        due = D + dt.timedelta(days=10)
        if k == 0:
            F.add_follow_up(conn, sid, case, cid, due, "done", due)  # on time
            F.add_follow_up(conn, sid, case, cid, due, "missed")  # worst wins
        elif k == 1:
            F.add_follow_up(conn, sid, case, cid, due, "done", due + dt.timedelta(days=3))
        elif k == 2:
            F.add_follow_up(conn, sid, case, cid, due, "open")
        elif k == 3:
            F.add_follow_up(conn, sid, case, cid, dt.date(2026, 9, 29), "open")
        else:
            F.add_follow_up(conn, sid, case, cid, due, "cancelled")
    counts = quarter_counts(conn, Q3, today=dt.date(2026, 9, 20))
    assert counts.referrals.get("gp", "completed") == 5
    assert counts.referrals.get("study_adviser", "made") == 1
    assert counts.students_referred == 5
    fu = {r: counts.follow_ups.get(r, "students") for r in counts.follow_ups.rows}
    assert fu == {"on_time": 0, "late": 1, "overdue": 1, "missed": 1, "not_yet_due": 1}
    assert counts.follow_up_median_students == 2
    assert counts.follow_up_median_days == 12  # median of 10 and 13 = 11.5 -> 12
    assert counts.generated_in == "2026-Q3"


def test_outreach_totals(conn):
    F.add_outreach(conn, "workshop", D, 12)
    F.add_outreach(conn, "workshop", D, 30)
    F.add_outreach(conn, "made_up_type", D, 7)  # -> other
    counts = quarter_counts(conn, Q3, today=TODAY)
    assert counts.outreach.get("workshop", "activities") == 2
    assert counts.outreach.get("workshop", "participants") == 42
    assert counts.outreach.get("other", "participants") == 7


def test_never_reads_personal_columns_or_notes(conn):
    F.populate(conn, start=Q3.start, end=Q3.end, students=60, seed=3)
    reads = guard(conn)
    for fac in (None, "SCI"):
        quarter_counts(conn, Q3, faculty=fac, today=TODAY)  # would raise on a denied read
    tables = {t for t, _c in reads}
    assert not tables & FORBIDDEN_TABLES
    assert not set(reads) & FORBIDDEN


def test_counts_carry_only_codes_and_ints(conn):
    F.populate(conn, start=Q3.start, end=Q3.end, students=40, seed=4)
    counts = quarter_counts(conn, Q3, today=TODAY)
    text = repr(counts)
    assert F.CANARY not in text and F.CANARY.lower() not in text
    assert "@" not in text
