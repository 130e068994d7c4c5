"""Benchmark: the encrypted vault against plain SQLite with the same schema and data.

    python tests/perf/bench_store.py [--students 20000] [--work DIR] [--repeat 15]

Builds (or reuses) a demo vault in --work, exports the same data into a plain SQLite file
(``sqlcipher_export``), then times the daily queries on both in this one process and prints
medians and the ratio SQLCipher / plain SQLite. Goals (issue 2): every read ratio <= 1.5,
open after key derivation <= 20 ms, one consultation save <= 10 ms, unlock with the default
Argon2id parameters <= 1 s. Not a test: run it on demand.
"""

from __future__ import annotations

import argparse
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

from officer_desk.domain.models import ConsultationDraft, FollowUpDraft, ReferralDraft
from officer_desk.domain.period import Period
from officer_desk.services.demo import create_demo_vault
from officer_desk.services.desk import Desk, FixedClock
from officer_desk.store import records
from officer_desk.store.db import Store
from officer_desk.vault import UnlockedKey, Vault, calibrate_kdf, derive_key, test_kdf
from officer_desk.vault.database import CACHE_SIZE_KIB
from officer_desk.vault.kdf import derive_kek

PASS = "benchmark passphrase 2026 long"
TODAY = dt.date(2026, 11, 29)


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm
    samples = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def plain_copy(vault: Vault, target: Path) -> None:
    if target.exists():
        target.unlink()
    conn = vault.new_connection()
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()


def plain_connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    for pragma in (
        "journal_mode=WAL",
        "synchronous=FULL",
        "temp_store=MEMORY",
        "foreign_keys=ON",
        f"cache_size=-{CACHE_SIZE_KIB}",  # the vault's own setting
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def workload(store: Store, student_id: int) -> dict[str, Callable[[], object]]:
    desk = Desk(store, clock=FixedClock(dt.datetime.combine(TODAY, dt.time(10, 0))))
    period = Period.containing(TODAY - dt.timedelta(days=92))
    try:
        from officer_desk.store.aggregate import quarter_counts
    except ImportError:  # reports not built yet
        quarter_counts = None

    def timeline() -> object:
        return (
            records.get_student(store, student_id),
            records.cases_of(store, student_id),
            records.consultations_of(store, student_id),
            records.referrals_of(store, student_id),
            records.follow_ups_of(store, student_id),
        )

    jobs: dict[str, Callable[[], object]] = {
        "student timeline": timeline,
        "today's follow-ups": desk.due_today,
        "overdue list": desk.overdue,
        "student list, first page": lambda: desk.list_students(limit=200),
        "name search 'de v'": lambda: desk.list_students(text="de v", limit=200),
        "full-text 'deadline' (newest 50)": lambda: desk.search_notes("deadline"),
        "full-text prefix 'stu' (newest 50)": lambda: desk.search_notes("stu"),
        "full-text rare word 'woonloket'": lambda: desk.search_notes("woonloket"),
        "full-text 'deadline' by relevance": lambda: desk.search_notes("deadline", relevance=True),
    }
    if quarter_counts is not None:
        jobs["quarter aggregate"] = lambda: quarter_counts(store.conn, period)
    return jobs


def save_one(store: Store, student_id: int) -> Callable[[], object]:
    desk = Desk(store, clock=FixedClock(dt.datetime.combine(TODAY, dt.time(10, 0))))

    def save() -> object:
        return desk.log_consultation(
            ConsultationDraft(
                student_id=student_id,
                started_at=dt.datetime.combine(TODAY, dt.time(9, 0)),
                topics=["study_stress", "housing"],
                primary_topic="housing",
                dossier_note="Benchmark consultation about housing and deadlines.",
                referrals=[ReferralDraft("study_adviser")],
                follow_up=FollowUpDraft(TODAY + dt.timedelta(days=7)),
            )
        )

    return save


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--students", type=int, default=20000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/officer-desk-bench"))
    ap.add_argument("--repeat", type=int, default=41)
    args = ap.parse_args()
    vault_dir = args.work / f"vault-{args.students}"
    if not vault_dir.exists():
        args.work.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        create_demo_vault(
            vault_dir, PASS, students=args.students, seed=7, today=TODAY, kdf=test_kdf()
        )
        print(
            f"built demo vault with {args.students} students in {time.perf_counter() - t:.1f} s",
            file=sys.stderr,
        )
    derived = derive_key(vault_dir, PASS)

    def fresh_key() -> UnlockedKey:  # Vault.close() wipes the key it was given
        return UnlockedKey(derived.vault_dir, derived.db_uuid, bytearray(derived.dek))

    vault = Vault.open(fresh_key())
    plain_path = args.work / f"plain-{args.students}.db"
    plain_copy(vault, plain_path)
    vault.close()

    # Open after the key is derived: open + checks + first query, against a plain connect.
    def open_vault() -> None:
        v = Vault.open(fresh_key(), verify=False)
        Store(v.connection).scalar("SELECT count(*) FROM follow_up WHERE status='open'")
        v.close()

    def open_vault_verified() -> None:
        v = Vault.open(fresh_key(), verify=True)
        Store(v.connection).scalar("SELECT count(*) FROM follow_up WHERE status='open'")
        v.close()

    def open_plain() -> None:
        c = plain_connect(plain_path)
        c.execute("SELECT count(*) FROM follow_up WHERE status='open'").fetchone()
        c.close()

    plain_open = median_ms(open_plain, args.repeat)
    rows = [
        (
            "open to first query (app: page check after)",
            median_ms(open_vault, args.repeat),
            plain_open,
        ),
        ("open + quick_check of every page (CLI)", median_ms(open_vault_verified, 5), plain_open),
    ]

    vault = Vault.open(fresh_key())
    enc = Store(vault.connection)
    plain = Store(plain_connect(plain_path))
    student_id = int(
        enc.scalar(
            "SELECT student_id FROM consultation GROUP BY student_id ORDER BY count(*) DESC LIMIT 1"
        )
    )
    enc_jobs, plain_jobs = workload(enc, student_id), workload(plain, student_id)
    for name in enc_jobs:
        rows.append(
            (name, median_ms(enc_jobs[name], args.repeat), median_ms(plain_jobs[name], args.repeat))
        )
    rows.append(
        (
            "save one consultation (+topics, referral, follow-up)",
            median_ms(save_one(enc, student_id), args.repeat),
            median_ms(save_one(plain, student_id), args.repeat),
        )
    )
    vault.close()

    params = calibrate_kdf()
    salt = os.urandom(16)
    samples = []
    for _ in range(3):
        t = time.perf_counter()
        derive_kek(params, salt, PASS.encode())
        samples.append(time.perf_counter() - t)
    unlock_s = statistics.median(samples)

    print(
        f"\nOfficer Desk store benchmark: {args.students} students, "
        f"median of {args.repeat}, one process\n"
    )
    print(f"| {'operation':<52} | {'SQLCipher ms':>12} | {'SQLite ms':>9} | {'ratio':>5} |")
    print(f"|{'-' * 54}|{'-' * 14}|{'-' * 11}|{'-' * 7}|")
    for name, a, b in rows:
        print(f"| {name:<52} | {a:12.2f} | {b:9.2f} | {a / b if b else float('nan'):5.2f} |")
    print(
        f"\nunlock (Argon2id {params.memory_kib // 1024} MiB, t={params.iterations}, "
        f"p={params.lanes}): {unlock_s * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
