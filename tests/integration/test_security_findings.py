"""Attacks on the key file and the access log (docs/SECURITY.md, A1-A12).

Each test plays one attack or journey with the real command line (child processes) or the
real vault code, on real SQLCipher files; each names the case of the matrix it backs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3

from officer_desk.errors import KeyfileCorrupt, KeyfileRejected, WrongPassphrase
from officer_desk.services.backups import backup_now, list_backups
from officer_desk.services.session import create
from officer_desk.store.access_log import GENESIS, entry_hash
from officer_desk.vault import (
    FLOOR,
    KdfParams,
    Vault,
    change_passphrase,
    create_vault,
    derive_key,
    test_kdf,
)
from officer_desk.vault.database import connect_keyed
from officer_desk.vault.keyfile import (
    Keyfile,
    body_hash,
    unwrap_passphrase,
    unwrap_rotating,
)
from tests.integration.rotation_helpers import write_rotating

PASS = "correct horse battery staple 9"
NEW = "another long passphrase for tests 7"
REPO = Path(__file__).resolve().parents[2]

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and rlimits")


# --- helpers ------------------------------------------------------------------------------------


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, OFFICER_DESK_INSECURE_TEST_KDF="1", OFFICER_DESK_LANG="en")
    for name in ("OFFICER_DESK_PASSPHRASE", "OFFICER_DESK_NEW_PASSPHRASE"):
        full_env.pop(name, None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "officer_desk", *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )


def _new_vault(tmp_path: Path, *, views: int = 6) -> tuple[Path, str]:
    """A vault with a few access-log entries (views of student 7 and 8), closed."""
    session, recovery = create(tmp_path / "vault", PASS, kdf=test_kdf())
    with session:
        for i in range(views):
            session.desk.log_event("viewed", "student", 7 if i % 2 else 8)
    return tmp_path / "vault", recovery


def _keyfiles(*folders: Path) -> list[Path]:
    """Every file under ``folders`` that parses as a key file (whatever its name)."""
    found = []
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.rglob("*"):
            if not path.is_file() or path.is_symlink() or path.stat().st_size > 65536:
                continue
            try:
                Keyfile.parse(path.read_bytes())
            except Exception:
                continue
            found.append(path)
    return found


def _unwraps(path: Path, passphrase: str) -> list[bytes]:
    """The data keys ``passphrase`` unwraps from the key file at ``path`` (none: [])."""
    keyfile = Keyfile.parse(path.read_bytes())
    try:
        if keyfile.rotating:
            return [
                bytes(d)
                for _n, d in unwrap_rotating(keyfile, passphrase=passphrase, allow_weak=True)
            ]
        return [bytes(unwrap_passphrase(keyfile, passphrase, allow_weak=True))]
    except WrongPassphrase:
        return []


def _rewrite_log(vault_dir: Path, keep, *, renumber: bool = True) -> None:
    """What someone with the data key and a SQLCipher shell can do: drop the triggers, keep
    only the rows ``keep(row, total)`` accepts and recompute the whole chain (ids 1..n)."""
    key = derive_key(vault_dir, PASS, allow_weak_params=True)
    conn = connect_keyed(vault_dir / "officer.db", key.dek)
    key.wipe()
    try:
        conn.execute("DROP TRIGGER IF EXISTS access_log_no_delete")
        conn.execute("DROP TRIGGER IF EXISTS access_log_no_update")
        rows = conn.execute(
            "SELECT id, at, action, record_type, record_id, detail FROM access_log ORDER BY id"
        ).fetchall()
        kept = [r for r in rows if keep(r, len(rows))]
        conn.execute("BEGIN")
        conn.execute("DELETE FROM access_log")
        prev = GENESIS
        for n, (old_id, at, action, rtype, rid, detail) in enumerate(kept, start=1):
            digest = entry_hash(prev, at, action, rtype, rid, detail)
            conn.execute(
                "INSERT INTO access_log(id, at, action, record_type, record_id, detail,"
                " prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)",
                (n if renumber else old_id, at, action, rtype, rid, detail, prev, digest),
            )
            prev = digest
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _audit(vault_dir: Path) -> subprocess.CompletedProcess[str]:
    return run(
        "audit", "--verify", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": PASS}
    )


def _edit_keyfile(vault_dir: Path, change) -> None:
    doc = json.loads((vault_dir / "keys.json").read_text())
    change(doc)
    doc.pop("body_sha256", None)
    doc["body_sha256"] = body_hash(doc)
    (vault_dir / "keys.json").write_text(json.dumps(doc))


# --- A1 a changed passphrase no longer opens anything the app keeps -----------------------------


def test_a1_passwd_leaves_no_file_that_opens_with_the_old_passphrase(tmp_path: Path) -> None:
    vault_dir, _recovery = _new_vault(tmp_path)
    key = derive_key(vault_dir, PASS, allow_weak_params=True)
    with Vault.open(key) as vault:  # a copy the app keeps inside the vault folder
        vault.backup_to(vault_dir / "pre-upgrade-backups" / "20260101-000000")
    res = run("backup", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 0, res.stderr
    backups = tmp_path / "vault-backups"
    assert len(_keyfiles(vault_dir, backups)) == 3  # the vault, its copy, the backup

    res = run(
        "passwd",
        "--vault",
        str(vault_dir),
        env={"OFFICER_DESK_PASSPHRASE": PASS, "OFFICER_DESK_NEW_PASSPHRASE": NEW},
    )
    assert res.returncode == 0, res.stderr
    files = _keyfiles(vault_dir, backups)
    assert files, "no key file found"
    for path in files:
        assert _unwraps(path, PASS) == [], f"{path.relative_to(tmp_path)} opens with the old one"
        assert _unwraps(path, NEW), path
    assert "rotate-key" in res.stderr  # says what a change cannot revoke
    assert not (vault_dir / "keys.bak").exists()
    # The backup still verifies (its manifest follows its new key file) and still opens.
    assert [b.status for b in list_backups(backups)] == ["verified"]


def test_a1_recover_leaves_no_file_that_opens_with_the_old_passphrase(tmp_path: Path) -> None:
    vault_dir, recovery = _new_vault(tmp_path)
    res = run(
        "recover",
        "--vault",
        str(vault_dir),
        env={"OFFICER_DESK_RECOVERY_KEY": recovery, "OFFICER_DESK_NEW_PASSPHRASE": NEW},
    )
    assert res.returncode == 0, res.stderr
    for path in _keyfiles(vault_dir, tmp_path / "vault-backups"):
        assert _unwraps(path, PASS) == [], path.name
    res = run("audit", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": NEW})
    assert res.returncode == 0, res.stderr
    assert "passphrase_changed\tvault\t\trecovery" in res.stdout


def test_a1_rotate_key_leaves_nothing_that_opens_with_the_old_key(tmp_path: Path) -> None:
    vault_dir, _recovery = _new_vault(tmp_path)
    key = derive_key(vault_dir, PASS, allow_weak_params=True)
    old_dek = bytes(key.dek)
    copy = vault_dir / "pre-upgrade-backups" / "20260101-000000"
    with Vault.open(key) as vault:
        vault.backup_to(copy)
    old_keys = (copy / "keys.json").read_bytes()
    res = run("rotate-key", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 0, res.stderr
    for path in _keyfiles(vault_dir):
        deks = _unwraps(path, PASS)
        assert deks and old_dek not in deks, path.relative_to(tmp_path)
    for db in (vault_dir / "officer.db", copy / "officer.db"):
        conn = connect_keyed(db, old_dek)
        with pytest.raises(sqlcipher3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()
    # The re-encrypted copy opens with its (new) key file and is intact.
    new_key = derive_key(copy, PASS, allow_weak_params=True)
    with Vault.open(new_key, read_only=True) as vault:
        assert vault.check(full=True).ok
    res = run("check", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 0, res.stderr
    # A copy left with an old key file (say, a disk error during the rotation) is reported.
    (copy / "keys.json").write_bytes(old_keys)
    res = run("check", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 4 and "with an old key file: 1" in res.stderr


_DIE_AT = """
import os, signal, sys
from pathlib import Path
import officer_desk.vault.api as api
from officer_desk.vault import derive_key, test_kdf
from officer_desk.services.session import change_passphrase_offline
d, point = Path(sys.argv[1]), sys.argv[2]
key = derive_key(d, {old!r}, allow_weak_params=True)
real_replace, real_unlink = os.replace, Path.unlink
def dying_replace(src, dst):
    if point == "bak" and Path(dst).name == "keys.bak":
        os.kill(os.getpid(), signal.SIGKILL)
    if point == "json" and Path(dst).name == "keys.json":
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(src, dst)
def dying_unlink(self, *a, **k):
    if point == "unlink" and self.name == "keys.bak":
        os.kill(os.getpid(), signal.SIGKILL)
    real_unlink(self, *a, **k)
os.replace = dying_replace
Path.unlink = dying_unlink
change_passphrase_offline(key, {new!r}, kdf=test_kdf())
print("not reached", flush=True)
"""


@posix_only
@pytest.mark.parametrize("point", ["bak", "json", "unlink"])
def test_a1_killed_key_file_save_never_keeps_the_old_wrap(tmp_path: Path, point: str) -> None:
    vault_dir, _ = _new_vault(tmp_path)
    old = (vault_dir / "keys.json").read_bytes()
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(_DIE_AT.format(old=PASS, new=NEW)),
            str(vault_dir),
            point,
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out, err = child.communicate(timeout=60)
    assert child.returncode == -9 and "not reached" not in out, err
    replaced = (vault_dir / "keys.json").read_bytes() != old
    assert replaced == (point == "unlink")
    # The next writable open settles every state: temp files and keys.bak go.
    works = NEW if replaced else PASS
    with Vault.open(derive_key(vault_dir, works, allow_weak_params=True)):
        pass
    leftovers = sorted(p.name for p in vault_dir.iterdir() if p.name.startswith((".keys", "keys")))
    assert leftovers == ["keys.json"]
    with pytest.raises(WrongPassphrase):
        derive_key(vault_dir, PASS if replaced else NEW, allow_weak_params=True)
    for path in _keyfiles(vault_dir):
        assert bool(_unwraps(path, PASS)) == (not replaced)


# --- A2-A4 the access log is anchored ----------------------------------------------------------


def test_a2_access_log_cut_at_the_tail_is_detected(tmp_path: Path) -> None:
    vault_dir, _ = _new_vault(tmp_path)
    res = _audit(vault_dir)
    assert res.returncode == 0, res.stderr
    _rewrite_log(vault_dir, lambda r, total: r[0] <= total - 3)
    res = _audit(vault_dir)
    assert res.returncode == 4, res.stderr
    assert "Anchor in the key file: DISAGREES" in res.stderr and "cut" in res.stderr


def test_a2_access_log_wiped_is_detected(tmp_path: Path) -> None:
    vault_dir, _ = _new_vault(tmp_path)
    _rewrite_log(vault_dir, lambda r, total: False)
    res = _audit(vault_dir)
    assert res.returncode == 4, res.stderr
    assert "Anchor in the key file: DISAGREES" in res.stderr


def test_a2_access_log_renumbered_is_detected(tmp_path: Path) -> None:
    vault_dir, _ = _new_vault(tmp_path)
    # Drop the creation entry and renumber: the chain links up, but entry 1 is not the
    # vault's creation and the anchor's entry is gone.
    _rewrite_log(vault_dir, lambda r, total: r[2] != "vault_created")
    res = _audit(vault_dir)
    assert res.returncode == 4, res.stderr
    assert "BROKEN at entry 1" in res.stderr
    assert "Anchor in the key file: DISAGREES" in res.stderr


def test_a2_one_students_traces_removed_and_chain_recomputed_is_detected(tmp_path: Path) -> None:
    vault_dir, _ = _new_vault(tmp_path)
    _rewrite_log(vault_dir, lambda r, total: not (r[3] == "student" and r[4] == 7))
    res = _audit(vault_dir)
    assert res.returncode == 4, res.stderr
    assert "Anchor in the key file: DISAGREES" in res.stderr


def test_a3_backup_manifest_anchor_names_the_backup(tmp_path: Path) -> None:
    vault_dir, _ = _new_vault(tmp_path)
    res = run("backup", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 0, res.stderr
    [backup] = list_backups(tmp_path / "vault-backups")
    manifest = json.loads((backup.path / "backup.json").read_text())
    assert set(manifest["access_log_anchor"]) == {"entries", "head", "mac"}
    # Cut the log back to before the backup and strip the key file's anchor: the backup's
    # manifest still tells.
    cut = manifest["access_log_anchor"]["entries"] - 2
    _rewrite_log(vault_dir, lambda r, total: r[0] <= cut)
    _edit_keyfile(vault_dir, lambda doc: doc.pop("log_anchor"))
    res = _audit(vault_dir)
    assert res.returncode == 4, res.stderr
    assert f"Anchor in backup {backup.name}: DISAGREES" in res.stderr
    assert "the key file holds no anchor" in res.stderr


def test_a3_forged_anchor_is_refused(tmp_path: Path) -> None:
    vault_dir, _ = _new_vault(tmp_path)
    n = json.loads((vault_dir / "keys.json").read_text())["log_anchor"]["entries"]
    _rewrite_log(vault_dir, lambda r, total: r[0] <= n - 2)
    key = derive_key(vault_dir, PASS, allow_weak_params=True)
    conn = connect_keyed(vault_dir / "officer.db", key.dek)
    key.wipe()
    head = conn.execute("SELECT hash FROM access_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.close()

    def forge(doc: dict) -> None:  # right count and head, but no data key for the MAC
        doc["log_anchor"].update(entries=n - 2, head=head)

    _edit_keyfile(vault_dir, forge)
    res = _audit(vault_dir)
    assert res.returncode == 4, res.stderr
    assert "altered or made with another key" in res.stderr


def test_a4_anchor_follows_lock_backup_and_passphrase_change(tmp_path: Path) -> None:
    from officer_desk.store import access_log

    session, _ = create(tmp_path / "vault", PASS, kdf=test_kdf())
    vault_dir = session.vault.dir

    def anchored() -> int:
        return json.loads((vault_dir / "keys.json").read_text())["log_anchor"]["entries"]

    assert anchored() == 1  # the creation itself
    session.desk.log_event("viewed", "student", 1)
    assert anchored() == 1  # later entries wait for the next anchor (documented limit)
    backup_now(session)
    assert anchored() == access_log.count(session.store)
    from officer_desk.services.session import change_passphrase as change

    change(session, NEW, kdf=test_kdf())  # a key-file save anchors at its own entry
    assert anchored() == access_log.count(session.store)
    assert access_log.entries(session.store, limit=1)[0].action == "passphrase_changed"
    session.desk.log_event("viewed", "student", 2)
    n = access_log.count(session.store)
    session.close()  # the lock
    assert anchored() == n


def test_a4_failed_access_log_entry_fails_the_passphrase_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from officer_desk.errors import SaveFailed
    from officer_desk.services import session as session_mod
    from officer_desk.store import access_log

    vault_dir, _ = _new_vault(tmp_path)
    before = (vault_dir / "keys.json").read_bytes()
    real = access_log.append

    def failing(store, action, *args, **kwargs):
        if action == "passphrase_changed":
            raise SaveFailed()
        return real(store, action, *args, **kwargs)

    monkeypatch.setattr(access_log, "append", failing)
    key = derive_key(vault_dir, PASS, allow_weak_params=True)
    with pytest.raises(SaveFailed):
        session_mod.change_passphrase_offline(key, NEW, kdf=test_kdf())
    monkeypatch.undo()
    # Neither happened: the old passphrase still opens, the new one does not.
    assert (vault_dir / "keys.json").read_bytes() == before
    derive_key(vault_dir, PASS, allow_weak_params=True).wipe()
    with pytest.raises(WrongPassphrase):
        derive_key(vault_dir, NEW, allow_weak_params=True)


# --- A5-A8 bounds on the key file ------------------------------------------------------------


def _no_kdf(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []

    def refuse(*args: object) -> None:
        calls.append(args)
        raise AssertionError("the KDF ran")

    import officer_desk.vault.keyfile as keyfile_mod

    monkeypatch.setattr(keyfile_mod, "derive_kek", refuse)
    return calls


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [(2 * 1024 * 1024, 3, 4), (1024 * 1024, 64, 4), (256 * 1024, 3, 64), (1024 * 1024, 10, 4)],
    ids=["2GiB", "t64", "p64", "1GiB-t10"],
)
def test_a5_kdf_ceiling_checked_before_the_kdf_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_kib: int, iterations: int, lanes: int
) -> None:
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=FLOOR)
    vault.close()

    def ask(doc: dict) -> None:
        doc["slots"][0].update(memory_kib=memory_kib, iterations=iterations, lanes=lanes)

    _edit_keyfile(tmp_path / "v", ask)
    calls = _no_kdf(monkeypatch)
    with pytest.raises(KeyfileRejected):
        derive_key(tmp_path / "v", PASS)
    assert calls == []


def test_a6_number_of_slots_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    vault.close()

    def many(doc: dict) -> None:
        first = doc["slots"][0]
        doc["slots"] = [dict(first, id=f"passphrase-{i}") for i in range(190)] + doc["slots"]

    _edit_keyfile(tmp_path / "v", many)
    calls = _no_kdf(monkeypatch)
    with pytest.raises(KeyfileRejected):
        derive_key(tmp_path / "v", PASS, allow_weak_params=True)
    assert calls == []


def test_a6_rewrap_recalibrates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import officer_desk.vault.api as api

    vault, _ = create_vault(tmp_path / "v", PASS, kdf=FLOOR)
    vault.close()
    stronger = KdfParams("argon2id", FLOOR.memory_kib + 32 * 1024, 3, 4)
    calibrations: list[int] = []
    monkeypatch.setattr(api, "calibrate_kdf", lambda: calibrations.append(1) or stronger)
    key = derive_key(tmp_path / "v", PASS)
    change_passphrase(tmp_path / "v", key, NEW)
    assert calibrations == [1]
    slot = json.loads((tmp_path / "v" / "keys.json").read_text())["slots"][0]
    assert slot["memory_kib"] == stronger.memory_kib


@posix_only
def test_a7_huge_sparse_key_file_is_damaged_not_a_memory_error(tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    vault.close()
    os.truncate(tmp_path / "v" / "keys.json", 30 * 1024**3)  # 30 GB, sparse
    script = textwrap.dedent(
        """
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
        from officer_desk.vault import derive_key
        from officer_desk.errors import KeyfileCorrupt
        try:
            derive_key(sys.argv[1], "x" * 20, allow_weak_params=True)
        except KeyfileCorrupt:
            print("damaged")
        """
    )
    res = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "v")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert res.stdout.strip() == "damaged", res.stderr[-500:]
    assert "Traceback" not in res.stderr


def test_a8_symlinked_key_file_is_refused(tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    vault.close()
    real = tmp_path / "elsewhere.json"
    shutil.move(tmp_path / "v" / "keys.json", real)
    (tmp_path / "v" / "keys.json").symlink_to(real)
    with pytest.raises(KeyfileCorrupt):
        derive_key(tmp_path / "v", PASS, allow_weak_params=True)


# --- A9-A12 clear errors ---------------------------------------------------------------------


def test_a9_test_kdf_switch_is_refused_outside_tests(tmp_path: Path) -> None:
    env = {"OFFICER_DESK_PASSPHRASE": PASS, "OFFICER_DESK_INSECURE_TEST_KDF": "1"}
    full = dict(os.environ, **env)
    full.pop("PYTEST_CURRENT_TEST", None)
    full.pop("OFFICER_DESK_TEST_RUN", None)
    res = subprocess.run(
        [sys.executable, "-m", "officer_desk", "init", "--vault", str(tmp_path / "v")],
        env=full,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert res.returncode == 1, res.stderr
    assert "OFFICER_DESK_INSECURE_TEST_KDF is set outside the test suite" in res.stderr
    assert not (tmp_path / "v").exists()


def test_a9_test_kdf_switch_refused_in_process_without_a_test_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    vault.close()
    monkeypatch.setenv("OFFICER_DESK_INSECURE_TEST_KDF", "1")
    monkeypatch.delenv("PYTEST_CURRENT_TEST", raising=False)
    monkeypatch.delenv("OFFICER_DESK_TEST_RUN", raising=False)
    with pytest.raises(Exception, match="outside the test suite"):
        derive_key(tmp_path / "v", PASS)
    with pytest.raises(Exception, match="outside the test suite"):
        create_vault(tmp_path / "w", PASS)
    assert not (tmp_path / "w").exists()


def test_a10_key_file_of_another_vault_has_its_own_message(tmp_path: Path) -> None:
    for name in ("a", "b"):  # two real vaults (schema and all), the same passphrase
        session, _ = create(tmp_path / name, PASS, kdf=test_kdf())
        session.close()
    shutil.copy(tmp_path / "b" / "keys.json", tmp_path / "a" / "keys.json")
    key = derive_key(tmp_path / "a", PASS, allow_weak_params=True)
    with pytest.raises(Exception) as info:
        Vault.open(key)
    assert type(info.value).__name__ == "KeyfileOtherVault"
    assert "belongs to another vault" in str(info.value)
    assert "damaged" not in str(info.value)
    # A damaged first page of the vault's own database stays "damaged": its other pages
    # still verify under the right key.
    from officer_desk.errors import DatabaseDamaged

    db = tmp_path / "b" / "officer.db"
    raw = bytearray(db.read_bytes())
    raw[100] ^= 0xFF
    db.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged) as info:
        Vault.open(derive_key(tmp_path / "b", PASS, allow_weak_params=True))
    assert type(info.value).__name__ == "DatabaseDamaged"


@pytest.mark.parametrize(
    ("field", "value"),
    [("generation", True), ("generation", 0), ("generation", -4), ("version", 0)],
)
def test_a11_wrong_type_version_or_generation_refused(
    tmp_path: Path, field: str, value: object
) -> None:
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    vault.close()
    _edit_keyfile(tmp_path / "v", lambda doc: doc.update({field: value}))
    with pytest.raises(KeyfileCorrupt):
        derive_key(tmp_path / "v", PASS, allow_weak_params=True)


def _interrupt_rotation(vault_dir: Path) -> None:
    """The state a rotation killed after its rekey leaves: key file "rotating", database on
    the new key."""
    write_rotating(vault_dir, PASS, rekey=True)


@pytest.mark.parametrize(
    "command",
    [["check"], ["audit", "--verify"], ["audit"], ["keys"], ["backup", "--list"], ["passwd"]],
)
def test_a12_read_only_commands_leave_an_interrupted_rotation_alone(
    tmp_path: Path, command: list[str]
) -> None:
    vault_dir, _ = _new_vault(tmp_path)
    _interrupt_rotation(vault_dir)
    before = (vault_dir / "keys.json").read_bytes()
    env = {"OFFICER_DESK_PASSPHRASE": PASS, "OFFICER_DESK_NEW_PASSPHRASE": NEW}
    res = run(*command, "--vault", str(vault_dir), env=env)
    assert res.returncode == 4, res.stderr
    assert "key rotation of this vault was interrupted" in res.stderr
    assert "rotate-key" in res.stderr
    assert (vault_dir / "keys.json").read_bytes() == before
    # The finishing command does finish it.
    res = run("rotate-key", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 0, res.stderr
    assert not Keyfile.parse((vault_dir / "keys.json").read_bytes()).rotating
    res = run("check", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 0, res.stderr


def test_a3_released_report_anchor_is_compared(tmp_path: Path) -> None:
    import datetime as dt

    from officer_desk.services.session import Session
    from officer_desk.store import access_log, releases

    vault_dir, _ = _new_vault(tmp_path)
    key = derive_key(vault_dir, PASS, allow_weak_params=True)
    with Session.open(key, log_unlock=False) as session:
        entries, head = access_log.head(session.store)
        # A stored release carries the anchor the way a report bundle does.
        bundle = json.dumps({"access_log_anchor": {"entries": entries, "head": head}})
        with session.store.transaction():
            releases.put_release(session.store, "2026-Q1", bundle, "0" * 64, dt.datetime.now())
    res = _audit(vault_dir)
    assert res.returncode == 0, res.stderr
    assert f"Anchor in released report 2026-Q1: ok ({entries} entries)" in res.stderr
    _rewrite_log(vault_dir, lambda r, total: r[0] <= entries - 2)
    res = _audit(vault_dir)
    assert res.returncode == 4, res.stderr
    assert "Anchor in released report 2026-Q1: DISAGREES" in res.stderr


# --- C2 a torn write-ahead log tail ----------------------------------------------------------


@pytest.mark.parametrize("damage", ["truncate-1", "truncate-frame", "flip-last-frame"])
def test_c2_torn_wal_tail_opens_consistently(tmp_path: Path, damage: str) -> None:
    from officer_desk.vault import UnlockedKey

    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    c = vault.connection
    c.execute("PRAGMA wal_autocheckpoint = 0")
    c.execute("CREATE TABLE t(batch INTEGER, i INTEGER, pad TEXT)")
    for batch in range(5):
        c.execute("BEGIN")
        c.executemany(
            "INSERT INTO t VALUES (?, ?, ?)", [(batch, i, os.urandom(300).hex()) for i in range(20)]
        )
        c.execute("COMMIT")
    copy = tmp_path / "copy"
    copy.mkdir(mode=0o700)
    for name in ("officer.db", "officer.db-wal", "keys.json"):
        shutil.copy(tmp_path / "v" / name, copy / name)  # a copy taken while open
    dek, db_uuid = bytearray(vault.key.dek), vault.db_uuid
    vault.close()
    wal = copy / "officer.db-wal"
    size = wal.stat().st_size
    if damage == "truncate-1":
        os.truncate(wal, size - 1)
    elif damage == "truncate-frame":
        os.truncate(wal, size - (24 + 4096) - 100)
    else:
        raw = bytearray(wal.read_bytes())
        raw[size - 50] ^= 0xFF
        wal.write_bytes(bytes(raw))
    with Vault.open(UnlockedKey(copy, db_uuid, dek)) as opened:
        rows = opened.connection.execute("SELECT batch, count(*) FROM t GROUP BY batch").fetchall()
        assert opened.check(full=True).ok
    # Only the last transaction may be lost, never part of one.
    assert all(n == 20 for _b, n in rows)
    assert [b for b, _n in rows] == [0, 1, 2, 3]


def test_a3_passphrase_change_then_restore_audits_clean(tmp_path: Path) -> None:
    from officer_desk.services.session import Session

    vault_dir, _ = _new_vault(tmp_path)
    env = {"OFFICER_DESK_PASSPHRASE": PASS}
    assert run("backup", "--vault", str(vault_dir), env=env).returncode == 0
    with Session.open(derive_key(vault_dir, PASS, allow_weak_params=True)) as session:
        session.desk.log_event("viewed", "student", 9)
    assert run("backup", "--vault", str(vault_dir), env=env).returncode == 0
    first, second = sorted(b.name for b in list_backups(tmp_path / "vault-backups"))
    res = run(
        "passwd",
        "--vault",
        str(vault_dir),
        env={"OFFICER_DESK_PASSPHRASE": PASS, "OFFICER_DESK_NEW_PASSPHRASE": NEW},
    )
    assert res.returncode == 0, res.stderr
    # Both backups took the new key file but kept their own anchors: restoring the older
    # one gives a vault whose log agrees with its key file; the newer backup's anchor is
    # reported as rolled back by that restore, not as tampering.
    res = run(
        "restore",
        "--vault",
        str(vault_dir),
        "--from",
        str(tmp_path / "vault-backups" / first),
        env={"OFFICER_DESK_PASSPHRASE": NEW},
    )
    assert res.returncode == 0, res.stderr
    res = run("audit", "--verify", "--vault", str(vault_dir), env={"OFFICER_DESK_PASSPHRASE": NEW})
    assert res.returncode == 0, res.stderr
    assert "Anchor in the key file: ok" in res.stderr
    assert f"Anchor in backup {second}: made before a restore" in res.stderr
    assert f"Anchor in backup {first}: ok" in res.stderr
