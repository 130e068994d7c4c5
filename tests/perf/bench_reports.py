"""Benchmark (not a test): quarterly report timing: aggregate -> protect + audit -> render.

    python tests/perf/bench_reports.py [STUDENTS] [QUARTERS]

Builds a plain-sqlite schema-v1 database (default 20,000 students spread over 8 quarters,
topped up to about 200,000 consultations) and times each step for the last quarter.
``run(conn, period, faculty)`` takes any DB-API connection, so a service can pass a real
SQLCipher vault connection instead.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))

import reports_factory as F

from officer_desk.domain.period import Period
from officer_desk.reports import (
    audit_release,
    build_release_detailed,
    render_pdf,
    sign_bundle,
)
from officer_desk.reports.tables import ReleaseStamp
from officer_desk.store.aggregate import quarter_counts


def run(conn: Any, period: Period, faculty: str | None = None) -> dict[str, float]:
    """Time one report on an open connection (plain sqlite3 or a vault connection)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    times: dict[str, float] = {}
    t = time.perf_counter()
    counts = quarter_counts(conn, period, faculty=faculty, today=period.end)
    times["aggregate"] = time.perf_counter() - t
    t = time.perf_counter()
    res = build_release_detailed(counts, faculty=faculty or "SCI", period=period)
    times["protect+audit"] = time.perf_counter() - t
    t = time.perf_counter()
    report = audit_release(res.release)
    times["exact stacked audit"] = time.perf_counter() - t
    assert not report.exposed() and not report.failures(res.required)
    for lang in ("en", "nl"):
        t = time.perf_counter()
        render_pdf(res.release, lang)
        times[f"render {lang}"] = time.perf_counter() - t
    t = time.perf_counter()
    stamp = ReleaseStamp(1, "2026-11-29T09:00:00Z", 1, "ab" * 32)
    sign_bundle(dataclasses.replace(res.release, stamp=stamp), Ed25519PrivateKey.generate())
    times["sign"] = time.perf_counter() - t
    suppressed = sum(tb.suppressed_count() for tb in res.release.tables)
    print(
        f"students seen {counts.students_seen.total}, consultations {counts.consultations}, "
        f"primaries {len(res.primary)}, suppressed cells {suppressed}, withheld {res.withheld}"
    )
    return times


def _top_up(conn: Any, periods: list[Period], target: int) -> None:
    """Bulk extra consultations (random students and days) up to ``target`` rows."""
    import random

    rng = random.Random(99)
    have = conn.execute("SELECT COUNT(*) FROM consultation").fetchone()[0]
    cases = conn.execute("SELECT student_id, id FROM case_record").fetchall()
    start, days = periods[0].start, (periods[-1].end - periods[0].start).days
    topics = list(F.TOPIC_W)
    rows = []
    for _ in range(max(0, target - have)):
        sid, case = rng.choice(cases)
        day = (start + dt.timedelta(days=rng.randrange(days))).isoformat()
        started = f"{day}T10:00"
        rows.append((sid, case, started, day, rng.choice(topics), started))
    conn.executemany(
        "INSERT INTO consultation (student_id, case_id, started_at, day, duration_min, channel,"
        " initiator, urgency, primary_topic, created_at)"
        " VALUES (?, ?, ?, ?, 30, 'in_person', 'student', 'low', ?, ?)",
        rows,
    )
    conn.commit()


def main(students: int = 20_000, quarters: int = 8) -> int:
    periods = [Period.parse("2025-Q1")]
    while len(periods) < quarters:
        periods.append(Period.containing(periods[-1].end))
    conn = F.new_db()
    t = time.perf_counter()
    per_quarter = students // quarters
    for k, p in enumerate(periods):
        F.populate(
            conn,
            start=p.start,
            end=p.end,
            students=per_quarter,
            seed=k,
            consultations_per_student=10.0,
        )
    _top_up(conn, periods, target=10 * students)
    n_cons = conn.execute("SELECT COUNT(*) FROM consultation").fetchone()[0]
    conn.execute("ANALYZE")
    print(f"built {students} students, {n_cons} consultations in {time.perf_counter() - t:.1f} s")
    for name, seconds in run(conn, periods[-1]).items():
        print(f"  {name:22s} {seconds * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    sys.exit(main(*args))
