"""Verified backup generations, restore that never overwrites, damage detection
(docs/SECURITY.md, F2)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import stat
import subprocess
import sys

import pytest

from officer_desk.errors import DatabaseDamaged, VaultInUse, VaultNotFound, WalMissing
from officer_desk.services import backups as b
from officer_desk.store import records
from officer_desk.vault import derive_key
from tests.integration.privacy_helpers import (
    PASSPHRASE,
    add_student,
    checks_pass,
    child_env,
    open_session,
    spawn,
)

T0 = dt.datetime(2026, 11, 16, 10, 0)


def _students(vault_dir):
    with open_session(vault_dir, log_unlock=False) as s:
        return len(records.student_ids(s.store))


def test_backup_generations_are_verified_complete_and_pruned(tmp_path, session, desk):
    add_student(desk, "Backed Up", visits=2)
    folder = tmp_path / "backups"
    desk.set_settings(backup_dir=str(folder), backup_keep="3")
    made = [b.backup_now(session, now=T0 + dt.timedelta(hours=i)) for i in range(5)]
    listed = b.list_backups(folder)
    assert [x.name for x in listed] == [m.name for m in reversed(made[-3:])]
    assert all(x.status == b.VERIFIED for x in listed)
    for x in listed:
        assert sorted(p.name for p in x.path.iterdir()) == [
            "backup.json",
            "keys.json",
            "officer.db",
        ]
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in x.path.iterdir())
        assert b.verify_backup_with_key(x.path, session.vault.key)
        manifest = json.loads((x.path / "backup.json").read_text())
        assert manifest["db_uuid"] == session.vault.db_uuid
        assert "Backed" not in json.dumps(manifest)
    assert b.last_backup_time(folder) == T0 + dt.timedelta(hours=4)
    # Each backup is logged by generation name, never by path.
    details = [e.detail for e in desk.access_log(action="backup")]
    assert details[0] == made[-1].name and all("/" not in d for d in details)


def test_backup_refuses_a_folder_inside_the_vault(session):
    from officer_desk.errors import ValidationError

    with pytest.raises(ValidationError):
        b.backup_now(session, session.vault.dir / "bk")


def test_backup_never_copies_the_live_file(tmp_path, session, monkeypatch):
    """The backup uses SQLite's online backup, never a file copy of the live database."""

    def no_copy(*a, **k):
        raise AssertionError("file copy of the live database")

    for name in ("copy", "copy2", "copyfile", "copytree"):
        monkeypatch.setattr(shutil, name, no_copy)
    info = b.backup_now(session, tmp_path / "bk")
    assert info.verified


def test_damage_is_detected_and_latest_verified_backup_offered(tmp_path, session, desk):
    folder = tmp_path / "bk"
    add_student(desk, "One", visits=1)
    older = b.backup_now(session, folder, now=T0)
    add_student(desk, "Two", visits=1)
    newer = b.backup_now(session, folder, now=T0 + dt.timedelta(days=1))
    assert b.latest_verified_backup(folder).name == newer.name
    # Bit rot in the newest backup: listed as damaged, the older one is offered instead.
    db = newer.path / "officer.db"
    data = bytearray(db.read_bytes())
    data[3 * 4096 + 100] ^= 0xFF
    db.write_bytes(bytes(data))
    assert b.inspect_backup(newer.path).status == b.DAMAGED
    assert b.latest_verified_backup(folder).name == older.name
    with pytest.raises(DatabaseDamaged):
        b.restore(newer.path, tmp_path / "elsewhere")
    # A damaged key file is damage too; an empty folder is incomplete.
    (older.path / "keys.json").write_text("{}")
    assert b.inspect_backup(older.path).status == b.DAMAGED
    assert b.latest_verified_backup(folder) is None
    (folder / f"{b.PREFIX}20200101-000000").mkdir()
    assert b.list_backups(folder)[-1].status == b.INCOMPLETE
    with pytest.raises(VaultNotFound):
        b.restore(folder / f"{b.PREFIX}20200101-000000", tmp_path / "x")


def test_restore_moves_the_live_vault_aside(tmp_path, session, desk):
    vault_dir = session.vault.dir
    add_student(desk, "Before Backup", visits=1)
    info = b.backup_now(session, tmp_path / "bk", now=T0)
    add_student(desk, "After Backup", visits=1)
    key = derive_key(info.path, PASSPHRASE, allow_weak_params=True)
    # Refused while the vault is open.
    with pytest.raises(VaultInUse):
        b.restore(info.path, vault_dir, key=key)
    session.close()
    result = b.restore(info.path, vault_dir, key=key, now=T0)
    assert result.aside == vault_dir.with_name("vault.before-restore-20261116-100000")
    assert _students(vault_dir) == 1
    assert _students(result.aside) == 2  # nothing lost: the previous vault is intact
    assert checks_pass(vault_dir)
    assert not list(tmp_path.glob(".vault.restore-*"))
    # The restore is recorded in the restored vault.
    with open_session(vault_dir, log_unlock=False) as s:
        b.record_restore(s.desk, result.backup)
        assert s.desk.access_log(limit=1)[0].action == "restored"
    # A second restore keeps both earlier states.
    second = b.restore(info.path, vault_dir, now=T0)
    assert second.aside != result.aside and second.aside.exists() and result.aside.exists()


def test_restore_into_a_missing_vault_and_corrupted_live_vault(tmp_path, session, desk):
    vault_dir = session.vault.dir
    add_student(desk, "Someone", visits=1)
    info = b.backup_now(session, tmp_path / "bk")
    session.close()
    # Truncate the live database (F2): opening says damaged; restoring fixes it.
    db = vault_dir / "officer.db"
    with open(db, "r+b") as fh:
        fh.truncate(db.stat().st_size // 4096 // 2 * 4096)
    with pytest.raises(DatabaseDamaged):
        open_session(vault_dir)
    offered = b.latest_verified_backup(tmp_path / "bk", session.vault.db_uuid)
    assert offered is not None and offered.name == info.name
    b.restore(offered.path, vault_dir)
    assert _students(vault_dir) == 1
    shutil.rmtree(vault_dir)
    result = b.restore(info.path, vault_dir)
    assert result.aside is None and _students(vault_dir) == 1


def test_recover_interrupted_restore(tmp_path, session):
    vault_dir = session.vault.dir
    info = b.backup_now(session, tmp_path / "bk")
    session.close()
    # State after a kill between "move live vault aside" and "move copy into place".
    staging = tmp_path / ".vault.restore-20261116-100000.partial"
    shutil.copytree(info.path, staging)
    (staging / b.READY_MARKER).touch()
    vault_dir.rename(tmp_path / "vault.before-restore-20261116-100000")
    assert b.recover_interrupted_restore(vault_dir) is True
    assert _students(vault_dir) == 0 and not staging.exists()
    assert not (vault_dir / b.READY_MARKER).exists()
    # A half-copied staging folder next to a live vault is simply removed.
    staging.mkdir()
    assert b.recover_interrupted_restore(vault_dir) is False and not staging.exists()


@pytest.mark.parametrize(
    ("last", "now", "due"),
    [
        (None, T0, True),
        (T0, T0 + dt.timedelta(hours=23, minutes=59), False),
        (T0, T0 + dt.timedelta(days=1), True),
        (T0 + dt.timedelta(hours=2), T0, True),  # clock went backwards
    ],
)
def test_due_for_backup(last, now, due):
    assert b.due_for_backup(last, now) is due


# --- missing -wal and two processes ---------------------------------------------------------

_HOLD = """
import sys, time
from officer_desk.services.session import Session
from officer_desk.vault import derive_key
from officer_desk.domain.models import Student
s = Session.open(derive_key(sys.argv[1], sys.argv[2], allow_weak_params=True))
s.desk.create_student(Student(None, "Held Open"))
print("ready", flush=True)
time.sleep(60)
"""


def test_missing_wal_after_a_crash_is_its_own_error(tmp_path, session):
    vault_dir = session.vault.dir
    session.close()
    child = spawn(_HOLD, str(vault_dir), PASSPHRASE)
    assert child.stdout.readline().strip() == "ready"
    # While it runs: a second process is refused, by the app and by restore.
    with pytest.raises(VaultInUse):
        open_session(vault_dir)
    with pytest.raises(VaultInUse):
        open_session(vault_dir, read_only=True)
    child.kill()
    child.communicate(timeout=30)  # also closes its pipes
    wal = vault_dir / "officer.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    saved = wal.read_bytes()
    wal.unlink()
    (vault_dir / "officer.db-shm").unlink(missing_ok=True)
    with pytest.raises(WalMissing) as err:
        open_session(vault_dir)
    assert isinstance(err.value, DatabaseDamaged)  # the app offers the latest backup
    # Putting the file back recovers the committed change.
    wal.write_bytes(saved)
    assert _students(vault_dir) == 1
    # After a clean close there is no WAL and no marker: a copy without -wal opens fine.
    assert not wal.exists() and not (vault_dir / "officer.open").exists()


def test_cli_backup_list_and_restore(tmp_path, session, desk):
    vault_dir = session.vault.dir
    add_student(desk, "Cli Person", visits=1)
    session.close()
    env = child_env(OFFICER_DESK_PASSPHRASE=PASSPHRASE)

    def cli(*args):
        return subprocess.run(
            [sys.executable, "-m", "officer_desk", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    run = cli("backup", "--vault", str(vault_dir), "--to", str(tmp_path / "bk"))
    assert run.returncode == 0, run.stderr
    backup = run.stdout.strip().splitlines()[-1]
    run = cli("backup", "--vault", str(vault_dir), "--to", str(tmp_path / "bk"), "--list")
    assert run.returncode == 0 and "verified" in run.stdout
    run = cli("restore", "--vault", str(vault_dir), "--from", backup)
    assert run.returncode == 0, run.stderr
    assert "before-restore" in run.stderr and "Cli Person" not in run.stderr
    assert len(list(tmp_path.glob("vault.before-restore-*"))) == 1
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "officer_desk",
            "restore",
            "--vault",
            str(vault_dir),
            "--from",
            backup,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(OFFICER_DESK_PASSPHRASE="wrong passphrase entirely"),
    )
    assert bad.returncode == 3
    assert len(list(tmp_path.glob("vault.before-restore-*"))) == 1  # nothing moved
