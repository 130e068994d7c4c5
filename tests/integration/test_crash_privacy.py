"""Crash safety of the real services (docs/SECURITY.md, C1, C4, K6; and backups): a child process
does real work through the services and prints what was acknowledged; the parent kills it
(SIGKILL) at a random moment and checks that every acknowledged save survived, nothing is
half-written and both integrity checks pass. The seed is printed so a failure can be replayed
(``CRASH_SEED=…``). ``-m slow`` runs the long variants."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest

from officer_desk.services import backups as b
from officer_desk.services.demo import create_demo_vault
from officer_desk.store import access_log
from officer_desk.store import privacy as sp
from officer_desk.vault import derive_key, test_kdf
from officer_desk.vault.database import connect_keyed, run_checks
from tests.integration.privacy_helpers import PASSPHRASE, checks_pass, open_session, spawn

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL/RLIMIT semantics")

SEED = int(os.environ.get("CRASH_SEED", time.time_ns() % 1_000_000))


def _rng(name: str) -> random.Random:
    print(f"{name}: CRASH_SEED={SEED}")
    return random.Random(f"{SEED}-{name}")


def _run_and_kill(script: str, args: list[str], delay: float, **env: str) -> list[str]:
    """Start the child, wait for its 'ready' line, kill it ``delay`` s later, return the lines
    it printed (acknowledgements) before it died."""
    child = spawn(script, *args, **env)
    first = child.stdout.readline()
    if first.strip() != "ready":
        child.kill()
        raise AssertionError(f"child failed to start: {first!r} {child.stderr.read()[-2000:]}")
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, _err = child.communicate(timeout=30)
    return [line for line in out.splitlines() if line.strip()]


# --- consultations (C1 through Desk.log_consultation) -----------------------------------------

_WRITER = """
import datetime as dt, sys
from officer_desk.domain.models import ConsultationDraft, FollowUpDraft, ReferralDraft, Student
from officer_desk.services.session import Session
from officer_desk.vault import derive_key
s = Session.open(derive_key(sys.argv[1], sys.argv[2], allow_weak_params=True), log_unlock=False)
desk = s.desk
sid = desk.create_student(Student(None, "Crash Test")).id
print("ready", flush=True)
start = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=300)
i = 0
while True:
    c = desk.log_consultation(ConsultationDraft(
        sid, start + dt.timedelta(minutes=i), topics=["housing", "finances"],
        primary_topic="housing", dossier_note=f"dossier {i} " + "x" * 300,
        private_note=f"private {i}", referrals=[ReferralDraft("gp")],
        follow_up=FollowUpDraft(start.date() + dt.timedelta(days=400))))
    print(c.id, flush=True)
    i += 1
"""


def _check_consultations(vault_dir: Path, acknowledged: set[int]) -> int:
    with open_session(vault_dir, log_unlock=False) as s:
        store = s.store
        ids = {r[0] for r in store.all("SELECT id FROM consultation")}
        missing = acknowledged - ids
        assert not missing, f"acknowledged but lost: {sorted(missing)[:10]}"
        partial = store.all(
            "SELECT c.id FROM consultation c"
            " LEFT JOIN (SELECT consultation_id AS k, count(*) AS n FROM consultation_topic"
            "   GROUP BY 1) t ON t.k = c.id"
            " LEFT JOIN (SELECT consultation_id AS k, count(*) AS n FROM note GROUP BY 1) n"
            "   ON n.k = c.id"
            " LEFT JOIN (SELECT consultation_id AS k, count(*) AS n FROM referral GROUP BY 1) r"
            "   ON r.k = c.id"
            " LEFT JOIN (SELECT consultation_id AS k, count(*) AS n FROM follow_up GROUP BY 1) f"
            "   ON f.k = c.id"
            " LEFT JOIN (SELECT DISTINCT record_id AS k FROM access_log"
            "   WHERE record_type = 'consultation' AND action = 'created') a ON a.k = c.id"
            " WHERE coalesce(t.n, 0) != 2 OR coalesce(n.n, 0) != 2 OR coalesce(r.n, 0) != 1"
            " OR coalesce(f.n, 0) != 1 OR a.k IS NULL"
        )
        assert not partial, f"half-written consultations: {partial[:10]}"
        orphans = store.scalar(
            "SELECT (SELECT count(*) FROM note WHERE consultation_id NOT IN"
            " (SELECT id FROM consultation))"
            " + (SELECT count(*) FROM consultation_topic WHERE consultation_id NOT IN"
            " (SELECT id FROM consultation))"
        )
        assert orphans == 0
        assert access_log.verify(store).ok
        assert sp.fts_integrity_ok(store)
        report = s.vault.check(full=True)
        assert report.ok, report.problems
        return len(ids)


def _consultation_trials(tmp_path: Path, trials: int, max_delay: float) -> tuple[int, int]:
    rng = _rng("consultations")
    session_dir = tmp_path / "vault"
    from officer_desk.services.session import create

    s, _ = create(session_dir, PASSPHRASE, kdf=test_kdf())
    s.close()
    acknowledged: set[int] = set()
    survived = 0
    for _trial in range(trials):
        lines = _run_and_kill(_WRITER, [str(session_dir), PASSPHRASE], rng.uniform(0.0, max_delay))
        acknowledged |= {int(x) for x in lines}
        total = _check_consultations(session_dir, acknowledged)
        assert total >= len(acknowledged)
        survived += 1
    print(f"consultation kill trials: {trials}, survived: {survived}, saves: {len(acknowledged)}")
    return trials, survived


def test_c1_kill_while_logging_consultations(tmp_path):
    trials, survived = _consultation_trials(tmp_path, 16, 0.25)  # 120 in the slow variant
    assert survived == trials


@pytest.mark.slow
def test_c1_kill_while_logging_consultations_long(tmp_path):
    trials, survived = _consultation_trials(tmp_path, 120, 0.6)
    assert survived == trials


# --- disk full (C4 through the services) --------------------------------------------------------

_FILLER = """
import datetime as dt, os, resource, signal, sys
from officer_desk.domain.models import ConsultationDraft, Student
from officer_desk.errors import SaveFailed
from officer_desk.services.session import Session
from officer_desk.vault import derive_key
s = Session.open(derive_key(sys.argv[1], sys.argv[2], allow_weak_params=True), log_unlock=False)
desk = s.desk
sid = desk.create_student(Student(None, "Disk Full")).id
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = max(os.path.getsize(os.path.join(sys.argv[1], n)) for n in os.listdir(sys.argv[1]))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit + 150_000, resource.RLIM_INFINITY))
print("ready", flush=True)
start = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=30)
for i in range(10_000):
    try:
        c = desk.log_consultation(ConsultationDraft(sid, start + dt.timedelta(minutes=i),
            topics=["housing"], dossier_note=f"note {i} " + os.urandom(6000).hex()))
    except SaveFailed:
        print("SAVEFAILED", flush=True)
        try:
            desk.log_consultation(ConsultationDraft(sid, start, topics=["housing"],
                                                    dossier_note="y" * 19000))
        except SaveFailed:
            print("SAVEFAILED-AGAIN", flush=True)
        break
    print(c.id, flush=True)
s.close()
print("closed", flush=True)
"""


def test_c4_disk_full_during_save_keeps_earlier_data(tmp_path):
    from officer_desk.services.session import create

    s, _ = create(tmp_path / "vault", PASSPHRASE, kdf=test_kdf())
    s.close()
    child = spawn(_FILLER, str(tmp_path / "vault"), PASSPHRASE)
    out, err = child.communicate(timeout=120)
    lines = out.split()
    assert "SAVEFAILED" in lines, err[-3000:]
    assert "SAVEFAILED-AGAIN" in lines  # stays refused, never half-saved
    acked = {int(x) for x in lines if x.isdigit()}
    assert len(acked) >= 3
    with open_session(tmp_path / "vault", log_unlock=False) as s:
        ids = {r[0] for r in s.store.all("SELECT id FROM consultation")}
        assert ids == acked
        assert s.vault.check(full=True).ok
        assert access_log.verify(s.store).ok


# --- backup, restore, key-file save and purge under SIGKILL ---------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    """A closed demo vault (120 students, with old closed cases) copied by each trial."""
    path = tmp_path_factory.mktemp("demo") / "vault"
    create_demo_vault(path, PASSPHRASE, students=120, seed=7, kdf=test_kdf())
    return path


_BACKUPS = """
import sys
from officer_desk.services import backups
from officer_desk.services.session import Session
from officer_desk.vault import derive_key
s = Session.open(derive_key(sys.argv[1], sys.argv[2], allow_weak_params=True), log_unlock=False)
s.desk.set_settings(backup_keep="2")
print("ready", flush=True)
while True:
    info = backups.backup_now(s, sys.argv[3])
    print(info.name, flush=True)
"""


def test_kill_during_backup(tmp_path, demo_template):
    rng = _rng("backup")
    vault_dir = tmp_path / "vault"
    shutil.copytree(demo_template, vault_dir)
    folder = tmp_path / "bk"
    trials = 8
    for _ in range(trials):
        _run_and_kill(_BACKUPS, [str(vault_dir), PASSPHRASE, str(folder)], rng.uniform(0, 0.4))
        assert checks_pass(vault_dir)
        key = derive_key(vault_dir, PASSPHRASE, allow_weak_params=True)
        listed = b.list_backups(folder)
        assert all(x.status == b.VERIFIED for x in listed), [x.status for x in listed]
        assert all(b.verify_backup_with_key(x.path, key) for x in listed)
        key.wipe()
    # The next backup cleans up any half-written generation.
    with open_session(vault_dir, log_unlock=False) as s:
        b.backup_now(s, folder)
    assert not [p for p in folder.iterdir() if p.name.endswith(".partial")]
    print(f"backup kill trials: {trials}, survived: {trials}")


_RESTORER = """
import sys
from officer_desk.services import backups
print("ready", flush=True)
i = 0
while True:
    backups.restore(sys.argv[2 + i % 2], sys.argv[1])
    print(i % 2, flush=True)
    i += 1
"""


def test_kill_during_restore(tmp_path, demo_template):
    rng = _rng("restore")
    vault_dir = tmp_path / "vault"
    shutil.copytree(demo_template, vault_dir)
    with open_session(vault_dir, log_unlock=False) as s:
        one = b.make_backup(s.vault, tmp_path / "bk")
        from tests.integration.privacy_helpers import add_student

        add_student(s.desk, "Only In Two", visits=1)
        two = b.make_backup(s.vault, tmp_path / "bk")
    counts = {_count(one.path): "one", _count(two.path): "two"}
    assert len(counts) == 2
    trials = 6
    for _ in range(trials):
        _run_and_kill(
            _RESTORER, [str(vault_dir), str(one.path), str(two.path)], rng.uniform(0, 0.3)
        )
        b.recover_interrupted_restore(vault_dir)
        assert _count(vault_dir) in counts  # a whole vault, one of the two states
        assert checks_pass(vault_dir)
        assert not list(tmp_path.glob(".vault.restore-*"))
    # Every earlier live vault was kept aside, never overwritten.
    for aside in tmp_path.glob("vault.before-restore-*"):
        assert _count(aside) in counts | {_count(demo_template): "original"}
    print(f"restore kill trials: {trials}, survived: {trials}")


def _count(vault_dir: Path) -> int:
    key = derive_key(vault_dir, PASSPHRASE, allow_weak_params=True)
    conn = connect_keyed(vault_dir / "officer.db", key.dek, read_only=True)
    try:
        return conn.execute("SELECT count(*) FROM student").fetchone()[0]
    finally:
        conn.close()
        key.wipe()


_PASSWD = """
import sys
from officer_desk.vault import change_passphrase, derive_key, test_kdf
vault, a, b = sys.argv[1:4]
current, other = a, b
print("ready", flush=True)
while True:
    key = derive_key(vault, current, allow_weak_params=True)
    change_passphrase(vault, key, other, kdf=test_kdf())
    key.wipe()
    current, other = other, current
    print(current, flush=True)
"""


def test_kill_during_key_file_save(tmp_path, demo_template):
    rng = _rng("passwd")
    vault_dir = tmp_path / "vault"
    shutil.copytree(demo_template, vault_dir)
    db_before = (vault_dir / "officer.db").read_bytes()
    other = "another long test passphrase 7"
    trials = 10
    current = PASSPHRASE
    for _ in range(trials):
        lines = _run_and_kill(
            _PASSWD,
            [str(vault_dir), current, other if current == PASSPHRASE else PASSPHRASE],
            rng.uniform(0, 0.3),
        )
        acked = lines[-1] if lines else current
        works = []
        for candidate in (PASSPHRASE, other):
            try:
                derive_key(vault_dir, candidate, allow_weak_params=True).wipe()
                works.append(candidate)
            except Exception:  # wrong passphrase
                pass
        assert works, "neither passphrase opens the key file"
        # The acknowledged passphrase works, or the change after it already landed.
        assert acked in works or len(works) == 1
        current = works[0]
        with open_session(vault_dir, current, log_unlock=False) as s:
            assert s.vault.check(full=False).ok
    assert (vault_dir / "officer.db").read_bytes() == db_before  # never touched
    print(f"key-file kill trials: {trials}, survived: {trials}")


_PURGER = """
import sys
from officer_desk.services import privacy
from officer_desk.services.session import Session
from officer_desk.vault import derive_key
privacy.PURGE_BATCH = 5
s = Session.open(derive_key(sys.argv[1], sys.argv[2], allow_weak_params=True), log_unlock=False)
p = privacy.Privacy(s.desk)
ids = [c.student_id for c in p.purge_candidates(years=1)]
print("ready", flush=True)
report = p.purge(ids, years=1)
print("done", len(report.purged), flush=True)
"""


def test_kill_during_purge(tmp_path, demo_template):
    rng = _rng("purge")
    trials = 8
    with open_session(demo_template, log_unlock=False, read_only=True) as s:
        before = {r[0] for r in s.store.all("SELECT id FROM student")}
        log_before = access_log.count(s.store)
    interrupted = 0
    for trial in range(trials):
        vault_dir = tmp_path / f"vault{trial}"
        shutil.copytree(demo_template, vault_dir)
        lines = _run_and_kill(_PURGER, [str(vault_dir), PASSPHRASE], rng.uniform(0, 0.06))
        interrupted += not any(line.startswith("done") for line in lines)
        with open_session(vault_dir, log_unlock=False) as s:
            store = s.store
            now = {r[0] for r in store.all("SELECT id FROM student")}
            gone = before - now
            purged = {e.record_id for e in access_log.entries(store, action="purged", limit=10**6)}
            assert purged == gone  # each student gone exactly when its 'purged' entry exists
            assert access_log.count(store) == log_before + len(gone)
            for table in ("case_record", "consultation", "note", "referral", "follow_up"):
                leftovers = store.scalar(
                    f"SELECT count(*) FROM {table} WHERE student_id NOT IN (SELECT id FROM student)"
                )
                assert leftovers == 0, table
            assert access_log.verify(store).ok
            assert sp.fts_integrity_ok(store)
            assert s.vault.check(full=True).ok
        shutil.rmtree(vault_dir)
    print(f"purge kill trials: {trials} ({interrupted} mid-purge), survived: {trials}")


def test_kill_marks_are_not_left_after_clean_runs(tmp_path, demo_template):
    """Sanity: a normal run leaves neither marker nor WAL, so the WAL check cannot misfire."""
    vault_dir = tmp_path / "vault"
    shutil.copytree(demo_template, vault_dir)
    with open_session(vault_dir):
        assert (vault_dir / "officer.open").exists()
    assert not (vault_dir / "officer.open").exists()
    key = derive_key(vault_dir, PASSPHRASE, allow_weak_params=True)
    conn = connect_keyed(vault_dir / "officer.db", key.dek, read_only=True)
    assert run_checks(conn) == ([], [])
    conn.close()
