"""Synthetic schema-v1 databases for the report tests (stdlib sqlite3, rows inserted directly).

Every student name, student number, e-mail, programme, note, referral outcome, follow-up note
and outreach description carries a CANARY marker so tests can prove none of it reaches a PDF or
a bundle.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from importlib import resources

from officer_desk.domain.codebook import codes

CANARY = "ZQXCANARY"
CANARY_NAME = "Zyxwanda Canarydottir"
CANARY_NUMBER = "s9876543"
CANARY_NOTE = "feels unsafe at Canarystraat 17 since 3 March"

PHASE_W = {"bachelor_first": 30, "bachelor_later": 35, "master": 25, "phd": 6, "other": 4}
GROUP_W = {"domestic": 70, "eea": 18, "non_eea": 12}
TOPIC_W = {
    "study_stress": 30,
    "uncertainty": 14,
    "housing": 7,
    "finances": 8,
    "loneliness": 10,
    "mental_health": 18,
    "physical_health": 5,
    "family": 6,
    "discrimination": 2,
    "suicidality": 2,
    "sexual_violence": 1,
    "family_addiction": 1,
    "other": 4,
}
INIT_W = {"student": 70, "staff_referral": 20, "officer_outreach": 7, "other": 3}
URG_W = {"low": 50, "moderate": 35, "high": 12, "crisis": 3}
DEST_W = {
    "student_psychologist": 25,
    "study_adviser": 25,
    "student_counsellor": 12,
    "support_group": 5,
    "buddy_programme": 3,
    "workshop": 6,
    "ehealth": 4,
    "wellbeing_week": 2,
    "gp": 10,
    "mental_health_care": 6,
    "crisis_line": 1,
    "external_other": 1,
}
STATUS_W = {"proposed": 10, "made": 25, "in_progress": 15, "completed": 35, "declined": 10}


def _w(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def new_db(path: str = ":memory:") -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    sql = resources.files("officer_desk.store").joinpath("schema_v1.sql").read_text("utf-8")
    conn.executescript(sql)
    return conn


def add_student(
    conn: sqlite3.Connection,
    *,
    phase: str = "master",
    group: str = "domestic",
    faculty: str = "SCI",
    name: str | None = None,
    number: str | None = None,
) -> int:
    sid = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM student").fetchone()[0]
    name = name or f"{CANARY} Student {sid}"
    conn.execute(
        "INSERT INTO student (id, display_name, name_key, student_number, email, programme,"
        " faculty, phase, student_group, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2025-01-01T09:00', '2025-01-01T09:00')",
        (
            sid,
            name,
            name.casefold(),
            number or f"s{9000000 + sid}",
            f"{CANARY.lower()}{sid}@example.org",
            f"{CANARY} programme",
            faculty,
            phase,
            group,
        ),
    )
    return sid


def add_case(conn: sqlite3.Connection, sid: int, opened: dt.date, closed: dt.date | None) -> int:
    cur = conn.execute(
        "INSERT INTO case_record (student_id, opened_on, primary_concern, status, closed_on,"
        " close_reason) VALUES (?, ?, 'study_stress', ?, ?, ?)",
        (
            sid,
            opened.isoformat(),
            "closed" if closed else "open",
            closed.isoformat() if closed else None,
            "resolved" if closed else "",
        ),
    )
    return cur.lastrowid


def add_consultation(
    conn: sqlite3.Connection,
    sid: int,
    case_id: int,
    day: dt.date,
    *,
    topic: str = "study_stress",
    extra_topics: tuple[str, ...] = (),
    initiator: str = "student",
    urgency: str = "low",
    hour: int = 10,
    note: str | None = None,
) -> int:
    started = f"{day.isoformat()}T{hour:02d}:00"
    cur = conn.execute(
        "INSERT INTO consultation (student_id, case_id, started_at, day, duration_min, channel,"
        " initiator, urgency, primary_topic, finalised_at, created_at)"
        " VALUES (?, ?, ?, ?, 45, 'in_person', ?, ?, ?, ?, ?)",
        (sid, case_id, started, day.isoformat(), initiator, urgency, topic, started, started),
    )
    cid = cur.lastrowid
    conn.execute(
        "INSERT INTO consultation_topic (consultation_id, topic, is_primary) VALUES (?, ?, 1)",
        (cid, topic),
    )
    for t in extra_topics:
        if t != topic:
            conn.execute(
                "INSERT OR IGNORE INTO consultation_topic (consultation_id, topic, is_primary)"
                " VALUES (?, ?, 0)",
                (cid, t),
            )
    conn.execute(
        "INSERT INTO note (consultation_id, student_id, layer, kind, body, created_at)"
        " VALUES (?, ?, 'dossier', 'note', ?, ?)",
        (cid, sid, note or f"{CANARY} {CANARY_NOTE}", started),
    )
    return cid


def add_referral(
    conn: sqlite3.Connection,
    sid: int,
    case_id: int,
    cid: int | None,
    dest: str,
    status: str,
    day: dt.date,
) -> None:
    conn.execute(
        "INSERT INTO referral (student_id, case_id, consultation_id, destination, status,"
        " proposed_on, status_changed_on, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (sid, case_id, cid, dest, status, day.isoformat(), day.isoformat(), f"{CANARY} outcome"),
    )


def add_follow_up(
    conn: sqlite3.Connection,
    sid: int,
    case_id: int,
    cid: int | None,
    due: dt.date,
    status: str,
    done_on: dt.date | None = None,
) -> None:
    conn.execute(
        "INSERT INTO follow_up (student_id, case_id, consultation_id, due_date, kind, status,"
        " note, done_on, created_on) VALUES (?, ?, ?, ?, 'meeting', ?, ?, ?, ?)",
        (
            sid,
            case_id,
            cid,
            due.isoformat(),
            status,
            f"{CANARY} follow-up note",
            done_on.isoformat() if done_on else None,
            due.isoformat(),
        ),
    )


def add_outreach(conn: sqlite3.Connection, kind: str, day: dt.date, participants: int) -> None:
    conn.execute(
        "INSERT INTO outreach (activity_type, held_on, participants, description)"
        " VALUES (?, ?, ?, ?)",
        (kind, day.isoformat(), participants, f"{CANARY} outreach description"),
    )


def populate(
    conn: sqlite3.Connection,
    *,
    start: dt.date,
    end: dt.date,
    students: int,
    seed: int = 1,
    faculty: str = "SCI",
    consultations_per_student: float = 2.5,
    outreach: int = 12,
) -> None:
    """Random but realistic activity between ``start`` (incl.) and ``end`` (excl.)."""
    rng = random.Random(seed)
    span = (end - start).days
    for _ in range(students):
        sid = add_student(conn, phase=_w(rng, PHASE_W), group=_w(rng, GROUP_W), faculty=faculty)
        first = start + dt.timedelta(days=rng.randrange(span))
        closed = first + dt.timedelta(days=rng.randrange(10, 120)) if rng.random() < 0.6 else None
        case_id = add_case(conn, sid, first, closed)
        n = max(1, int(rng.expovariate(1 / consultations_per_student)))
        day = first
        cid = None
        for k in range(n):
            topic = _w(rng, TOPIC_W)
            extra = (_w(rng, TOPIC_W),) if rng.random() < 0.3 else ()
            cid = add_consultation(
                conn,
                sid,
                case_id,
                day,
                topic=topic,
                extra_topics=extra,
                initiator=_w(rng, INIT_W) if k == 0 else "student",
                urgency=_w(rng, URG_W),
                hour=9 + k % 8,
                note=f"{CANARY} {CANARY_NOTE} ({rng.random():.6f})",
            )
            if rng.random() < 0.25:
                add_referral(conn, sid, case_id, cid, _w(rng, DEST_W), _w(rng, STATUS_W), day)
            if rng.random() < 0.5:
                due = day + dt.timedelta(days=rng.randrange(3, 30))
                r = rng.random()
                if r < 0.6:
                    done = due + dt.timedelta(days=rng.choice([-1, 0, 0, 0, 2, 5]))
                    add_follow_up(conn, sid, case_id, cid, due, "done", done)
                elif r < 0.75:
                    add_follow_up(conn, sid, case_id, cid, due, "missed")
                elif r < 0.95:
                    add_follow_up(conn, sid, case_id, cid, due, "open")
                else:
                    add_follow_up(conn, sid, case_id, cid, due, "cancelled")
            day = day + dt.timedelta(days=rng.randrange(5, 25))
            if day >= end:
                break
    kinds = codes("outreach_type")
    for _ in range(outreach):
        add_outreach(
            conn,
            rng.choice(kinds),
            start + dt.timedelta(days=rng.randrange(span)),
            rng.randrange(5, 80),
        )
    conn.commit()
