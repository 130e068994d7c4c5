"""The suppression audit figures of docs/DISCLOSURE.md ("Audit figures"), reproducible.

    python tools/disclosure_audit.py [--tables 500] [--students 200]

Part 1: random tables from 2x2 to 5x5 (T = 5; a second run with a sensitive first row,
T = 10 there, zeros included) are protected one by one and attacked with the whole-number
audit: every primary must keep an interval at least as wide as its threshold.
Part 2: a demo vault (synthetic students, two years of activity): every quarter is released
and audited as a stacked system, then the quarters of 2026 with their year to date.
Prints counts only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OFFICER_DESK_INSECURE_TEST_KDF", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from officer_desk.reports.audit import LinearSystem, add_table
from officer_desk.reports.protect import protect_table
from officer_desk.reports.tables import CountTable, TableSpec

T, TS = 5, 10
VALUES = [0, 0, 0, 1, 1, 2, 3, 4, 5, 7, 9, 12, 20, 35]


def random_table(rng: random.Random, sensitive: bool) -> CountTable:
    r, c = rng.randint(2, 5), rng.randint(2, 5)
    cells = tuple(tuple(rng.choice(VALUES) for _ in range(c)) for _ in range(r))
    spec = TableSpec(
        "t",
        "r",
        "c",
        tuple(f"r{i}" for i in range(r)),
        tuple(f"c{j}" for j in range(c)),
        sensitive_rows=frozenset({"r0"}) if sensitive else frozenset(),
    )
    return CountTable(spec, cells)


def tables_part(n: int, sensitive: bool, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    out = dict(tables=n, withheld=0, total_only=0, failures=0, suppressed=0, cells=0, milp=0)
    started = time.perf_counter()
    for _ in range(n):
        table = random_table(rng, sensitive)
        prot = protect_table(table, threshold=T, sensitive_threshold=TS)
        if prot.table.withheld:
            out["withheld"] += 1
            continue
        if prot.withheld_reason == "audit":
            out["total_only"] += 1
        system = LinearSystem()
        varmap = add_table(system, table.spec, prot.table.augmented())
        for pos, need in prot.required.items():
            if system.is_free(varmap[pos]) and system.interval(varmap[pos]).width < need:
                out["failures"] += 1
        out["milp"] += system.integer_programs
        aug = prot.table.augmented()
        out["suppressed"] += sum(v is None for v in aug.values())
        out["cells"] += len(aug)
    out["seconds"] = round(time.perf_counter() - started, 1)
    return out


def vault_part(students: int) -> list[str]:
    from officer_desk.domain.period import Period
    from officer_desk.reports import audit_releases, build_release_detailed, year_to_date
    from officer_desk.services.demo import create_demo_vault
    from officer_desk.services.session import unlock
    from officer_desk.store.aggregate import quarter_counts
    from officer_desk.vault import test_kdf

    today = dt.date(2026, 11, 29)
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        create_demo_vault(vault, "disclosure audit", students=students, today=today, kdf=test_kdf())
        session = unlock(vault, "disclosure audit", log_unlock=False)
        try:
            releases = []
            required: dict = {}
            for label in (
                "2025-Q1",
                "2025-Q2",
                "2025-Q3",
                "2025-Q4",
                "2026-Q1",
                "2026-Q2",
                "2026-Q3",
            ):
                period = Period.parse(label)
                counts = quarter_counts(session.store.conn, period, today=today)
                res = build_release_detailed(counts, faculty="SOC", period=period)
                report = audit_releases([res.release], required=res.required)
                widths = [
                    report.intervals[ref].width for ref in res.primary if ref in report.intervals
                ]
                hidden = sum(t.suppressed_count() for t in res.release.tables)
                lines.append(
                    f"{label}: seen {counts.students_seen.total}, hidden {hidden}, primaries "
                    f"{len(res.primary)}, narrowest primary {min(widths, default=float('inf'))}, "
                    f"failures {len(report.failures(res.required))}, degraded {dict(res.degraded)}"
                )
                if label.startswith("2026"):
                    releases.append(res.release)
                    required.update(res.required)
            ytd = year_to_date(releases)
            report = audit_releases([*releases, ytd], required=required)
            lines.append(
                f"2026 Q1-Q3 + YTD stacked: failures {len(report.failures(required))}, "
                f"pinned {len(report.exposed())}"
            )
        finally:
            session.close()
    return lines


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", type=int, default=500)
    ap.add_argument("--students", type=int, default=200)
    args = ap.parse_args()
    print("random tables, T = 5:", tables_part(args.tables, False, 1))
    print("random tables, sensitive first row:", tables_part(args.tables, True, 2))
    for line in vault_part(args.students):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
