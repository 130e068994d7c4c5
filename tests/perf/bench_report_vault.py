"""Benchmark (not a test): a quarter's report from a real 20,000-student vault, and the merge
of seven faculty bundles.

    python tests/perf/bench_report_vault.py [--vault DIR] [--period 2026-Q3]

Uses the benchmark vault of tests/perf/bench_store.py (and the plain-SQLite copy it makes).
Prints: the aggregate queries on SQLCipher and on plain SQLite (ratio), protect + audit,
the PDF render, the whole report as the app makes it (first report in the process, so it
includes loading numpy/scipy/reportlab), and verify + merge + render of seven signed faculty
bundles. Goals (issue 4): report <= 1 s, merge <= 1 s, aggregate ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OFFICER_DESK_INSECURE_TEST_KDF", "1")
os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
PASS = "benchmark passphrase 2026 long"
TODAY = dt.date(2026, 11, 29)


def ms(fn: Callable[[], object], repeat: int = 1) -> tuple[float, object]:
    samples, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples), result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vault", type=Path, default=Path("/tmp/officer-desk-bench/vault-20000"))
    ap.add_argument("--period", default="2026-Q3")
    args = ap.parse_args()
    plain_path = args.vault.parent / "plain-20000.db"
    if not args.vault.exists() or not plain_path.exists():
        print("run tests/perf/bench_store.py first (it builds both databases)", file=sys.stderr)
        return 2

    from officer_desk.domain.period import Period
    from officer_desk.services.desk import FixedClock
    from officer_desk.services.reporting import Reporting, merge_bundles, render_pdf
    from officer_desk.services.session import unlock
    from officer_desk.store.aggregate import quarter_counts

    period = Period.parse(args.period)
    rows: list[tuple[str, float, str]] = []
    session = unlock(args.vault, PASS, log_unlock=False)
    session.desk.clock = FixedClock(dt.datetime.combine(TODAY, dt.time(9)))
    reporting = Reporting(session.desk)

    # The whole report as the app makes it, first in this process.
    t_first, result = ms(lambda: reporting.build(period.label))
    # an unreleased quarter: the on-screen draft preview, the app's hot path
    t_pdf_first, _ = ms(lambda: render_pdf(result.release, "nl", on_screen=True))  # type: ignore[union-attr]
    rows.append(("report: build (aggregate+protect+audit), first", t_first, ""))
    rows.append(("report: PDF render, first", t_pdf_first, ""))
    rows.append(("report: whole, first in the process", t_first + t_pdf_first, "goal <= 1000"))

    from officer_desk.vault.database import CACHE_SIZE_KIB

    plain = sqlite3.connect(plain_path)
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        "temp_store=MEMORY",
        "foreign_keys=ON",
        f"cache_size=-{CACHE_SIZE_KIB}",
    ):  # the vault's own
        plain.execute(f"PRAGMA {pragma}")
    enc_ms, _ = ms(lambda: quarter_counts(session.store.conn, period, today=TODAY), 15)
    plain_ms, _ = ms(lambda: quarter_counts(plain, period, today=TODAY), 15)
    rows.append(("aggregate queries, SQLCipher", enc_ms, ""))
    rows.append(("aggregate queries, plain SQLite", plain_ms, f"ratio {enc_ms / plain_ms:.2f}"))
    warm_build, result = ms(lambda: reporting.build(period.label), 3)
    warm_pdf, _ = ms(lambda: render_pdf(result.release, "en", on_screen=True), 3)  # type: ignore[union-attr]
    rows.append(("report: whole, warm", warm_build + warm_pdf, "goal <= 1000"))

    # Seven faculties' signed bundles (same figures, each its own faculty and key).
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from officer_desk.reports import fingerprint, sign_bundle, verify_bundle
    from officer_desk.reports.merge import empty_ledger, record_releases
    from officer_desk.reports.tables import ReleaseStamp

    # released as the service does it: a release number, time and access-log anchor
    stamp = ReleaseStamp(1, "2026-11-29T09:00:00Z", 1, "ab" * 32)
    base = dataclasses.replace(result.release, draft=False, stamp=stamp)  # type: ignore[union-attr]
    bundles, trusted = [], {}
    for code in ("LAW", "FEB", "HUM", "SCI", "SOC", "MED", "TEC"):
        key = Ed25519PrivateKey.generate()
        release = dataclasses.replace(base, faculty=code)
        bundles.append(sign_bundle(release, key))
        trusted[code] = {fingerprint(key.public_key())}

    def merge() -> object:
        releases = [verify_bundle(b, trusted) for b in bundles]
        record_releases(empty_ledger(), releases)
        merged = merge_bundles(releases)
        return render_pdf(merged, "en")

    t_merge, _ = ms(merge, 3)
    rows.append(("merge 7 bundles: verify + merge + PDF", t_merge, "goal <= 1000"))
    session.close()

    print(f"\nOfficer Desk report benchmark: {args.vault.name}, period {period.label}\n")
    print(f"| {'step':<48} | {'ms':>8} | {'note':<14} |")
    print(f"|{'-' * 50}|{'-' * 10}|{'-' * 16}|")
    for name, value, note in rows:
        print(f"| {name:<48} | {value:8.0f} | {note:<14} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
