#!/usr/bin/env python3
"""Benchmark of the privacy duties on a 20,000-student demo vault; prints a table.

    python tests/perf/bench_privacy.py [--vault /tmp/od-bench-20k] [--students 20000]

Creates the demo vault once with ``officer-desk demo`` (fast test KDF; about a minute) and
works on copies of it, so the template is never changed. Goals: backup + verify <= 10 s,
restore <= 10 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from officer_desk.services import backups  # noqa: E402
from officer_desk.services.demo import DEMO_PASSPHRASE  # noqa: E402
from officer_desk.services.privacy import Privacy  # noqa: E402
from officer_desk.services.session import Session  # noqa: E402
from officer_desk.services.subject_access import export_student  # noqa: E402
from officer_desk.store import records  # noqa: E402
from officer_desk.vault import derive_key  # noqa: E402


def _open(vault: Path) -> Session:
    return Session.open(derive_key(vault, DEMO_PASSPHRASE), log_unlock=False)


def _mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1_048_576


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vault", type=Path, default=Path(tempfile.gettempdir()) / "od-bench-20k")
    ap.add_argument("--students", type=int, default=20_000)
    ap.add_argument("--purge", type=int, default=1000)
    args = ap.parse_args()
    template: Path = args.vault
    if not (template / "officer.db").exists():
        print(f"creating the demo vault ({args.students} students)…", flush=True)
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "officer_desk", "demo", "--vault", str(template),
             "--students", str(args.students)],
            check=True, cwd=ROOT, env={**os.environ, "OFFICER_DESK_PASSPHRASE": DEMO_PASSPHRASE},
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        print(f"  done in {time.perf_counter() - t:.1f} s")
    rows: list[tuple[str, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vault = work / "vault"
        shutil.copytree(template, vault)
        db_mb = (vault / "officer.db").stat().st_size / 1_048_576

        with _open(vault) as s:
            n_students = len(records.student_ids(s.store))
            t = time.perf_counter()
            info = backups.backup_now(s, work / "bk")
            rows.append(("backup + verify (both checks, hash)", time.perf_counter() - t, "<= 10 s"))
            t = time.perf_counter()
            listed = backups.list_backups(work / "bk")
            rows.append(("list backups (re-hash)", time.perf_counter() - t, ""))
            assert listed and listed[0].verified
            t = time.perf_counter()
            ok = backups.verify_backup_with_key(info.path, s.vault.key)
            rows.append(("verify backup with key (both checks)", time.perf_counter() - t, ""))
            assert ok
            sid = records.student_ids(s.store)[len(records.student_ids(s.store)) // 2]
            t = time.perf_counter()
            export_student(s.desk, sid, pdf_path=work / "sa.pdf", json_path=work / "sa.json")
            rows.append(("subject-access export (PDF + JSON)", time.perf_counter() - t, ""))
            privacy = Privacy(s.desk)
            t = time.perf_counter()
            candidates = privacy.purge_candidates(years=1)
            rows.append((f"purge dry run ({len(candidates)} due)", time.perf_counter() - t, ""))
            t = time.perf_counter()
            privacy.erase_student(sid)
            rows.append(("erase one student (+ FTS optimize, VACUUM)", time.perf_counter() - t, ""))

        t = time.perf_counter()
        result = backups.restore(info.path, vault)
        rows.append(("restore (stage, check, swap)", time.perf_counter() - t, "<= 10 s"))
        assert result.aside is not None
        t = time.perf_counter()
        with _open(vault) as s:
            assert s.vault.check(full=True).ok
        rows.append(("open + full check of the restored vault", time.perf_counter() - t, ""))

        with _open(vault) as s:
            privacy = Privacy(s.desk)
            due = [c.student_id for c in privacy.purge_candidates(years=1)][: args.purge]
            t = time.perf_counter()
            report = privacy.purge(due, years=1, reclaim=False)
            t_del = time.perf_counter() - t
            t = time.perf_counter()
            privacy.reclaim()
            t_rec = time.perf_counter() - t
            rows.append((f"purge {len(report.purged)} students (deletes)", t_del, ""))
            rows.append(("  + reclaim (FTS optimize, checkpoint, VACUUM)", t_rec, ""))
            rows.append((f"purge {len(report.purged)} students total", t_del + t_rec, ""))
            assert s.desk.verify_access_log().ok

    print()
    print(f"vault: {n_students} students, database {db_mb:.0f} MB")
    print(f"{'operation':<48} {'seconds':>8}  goal")
    print("-" * 68)
    for name, secs, goal in rows:
        print(f"{name:<48} {secs:>8.2f}  {goal}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
