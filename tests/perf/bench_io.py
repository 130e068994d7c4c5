"""Benchmark: import of a 10,000-row contact log (CSV and .xlsx; dry run and real) and export
of the same data (students, follow-ups, referrals; CSV and .xlsx) plus the calendar.

    python tests/perf/bench_io.py [ROWS]

Goal: each step <= 10 s. Real vault (SQLCipher), fast test KDF.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))

import io_samples as samples

from officer_desk.services import session as session_mod
from officer_desk.services.calendar import export_calendar
from officer_desk.services.exporter import Exporter
from officer_desk.services.importer import Importer
from officer_desk.vault import test_kdf

GOAL = 10.0


def main(rows: int = 10_000) -> int:
    results: list[tuple[str, float, str]] = []

    def timed(label: str, fn, note=lambda r: ""):
        t0 = time.perf_counter()
        out = fn()
        results.append((label, time.perf_counter() - t0, note(out)))
        return out

    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        data = samples.contact_rows(rows)
        csv_path = samples.write_csv(d / "log.csv", data, blank_every=100)
        xlsx_path = samples.write_xlsx(d / "log.xlsx", data)
        for fmt, path in (("csv", csv_path), ("xlsx", xlsx_path)):
            s, _ = session_mod.create(d / f"vault-{fmt}", "benchmark passphrase 1", kdf=test_kdf())
            try:
                imp = Importer(s.desk)

                def dry(imp=imp, path=path):
                    table = imp.read(path)
                    return imp.plan(table, imp.guess(table))

                plan = timed(
                    f"import {fmt}: read + dry run",
                    dry,
                    lambda p: f"{p.counts()['accepted']} rows ok, {len(p.refused)} refused",
                )
                timed(
                    f"import {fmt}: write (one transaction)",
                    lambda imp=imp, plan=plan: imp.run(plan),
                    lambda r: f"{r.students_created} students, {r.consultations} consultations",
                )
                if fmt == "csv":
                    ex = Exporter(s.desk)
                    for what in ("students", "follow-ups", "referrals"):
                        for out_fmt in ("csv", "xlsx"):
                            kw = {"status": None} if what == "follow-ups" else {}
                            timed(
                                f"export {what} {out_fmt}",
                                lambda ex=ex, what=what, out_fmt=out_fmt, kw=kw: ex.export(
                                    what, d / f"{what}.{out_fmt}", **kw
                                ),
                                lambda r: f"{r.rows} rows",
                            )
                    timed(
                        "calendar .ics",
                        lambda s=s: export_calendar(s.desk, d / "fu.ics"),
                        lambda r: f"{r.events} events",
                    )
            finally:
                s.close()

    width = max(len(label) for label, _, _ in results)
    print(f"{'step':<{width}}  {'seconds':>8}  {'goal':>5}  detail")
    print(f"{'-' * width}  {'-' * 8}  {'-' * 5}  {'-' * 30}")
    ok = True
    for label, seconds, note in results:
        good = seconds <= GOAL
        ok &= good
        print(f"{label:<{width}}  {seconds:8.2f}  {'ok' if good else 'SLOW':>5}  {note}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
