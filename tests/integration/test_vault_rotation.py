"""Key rotation (docs/SECURITY.md, key hierarchy) and its crash test (docs/SECURITY.md, K7)."""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import sqlcipher3

from officer_desk.errors import VaultInUse, WrongPassphrase, WrongRecoveryKey
from officer_desk.vault import (
    KEYFILE_BAK_NAME,
    KEYFILE_NAME,
    Vault,
    create_vault,
    derive_key,
    derive_key_with_recovery,
    rotate_key,
    test_kdf,
)
from officer_desk.vault.database import DB_NAME, connect_keyed
from officer_desk.vault.keyfile import (
    Keyfile,
    parse_recovery_key,
)
from tests.integration.rotation_helpers import write_rotating

PASS = "correct horse battery staple"
REPO = Path(__file__).resolve().parents[2]
ROWS = 3000


def _fill(vault: Vault, rows: int = ROWS) -> None:
    c = vault.connection
    c.execute("CREATE TABLE t(i INTEGER PRIMARY KEY, pad TEXT NOT NULL)")
    c.execute("BEGIN")
    c.executemany("INSERT INTO t VALUES (?, ?)", ((i, os.urandom(200).hex()) for i in range(rows)))
    c.execute("COMMIT")


@pytest.fixture
def vault_dir(tmp_path: Path) -> tuple[Path, str]:
    vault, recovery = create_vault(tmp_path / "vault", PASS, kdf=test_kdf())
    with vault:
        _fill(vault)
    return tmp_path / "vault", recovery


def _unlock(vault_dir: Path) -> Vault:
    return Vault.open(derive_key(vault_dir, PASS, allow_weak_params=True))


def _content(vault_dir: Path) -> tuple[int, str]:
    with _unlock(vault_dir) as vault:
        rows = vault.connection.execute("SELECT i, pad FROM t ORDER BY i").fetchall()
        report = vault.check(full=True)
        assert report.ok, report.problems
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()


def _opens(db: Path, dek: bytes) -> bool:
    conn = connect_keyed(db, dek)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError as exc:
        assert exc.sqlite_errorcode == 26  # SQLITE_NOTADB: wrong key, not damage
        return False
    finally:
        conn.close()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- rotate, then reopen ----------------------------------------------------------------------


def test_rotate_then_reopen(vault_dir: tuple[Path, str]) -> None:
    path, old_recovery = vault_dir
    db = path / DB_NAME
    count, digest = _content(path)
    db_sha = _sha(db)
    key = derive_key(path, PASS, allow_weak_params=True)
    old_dek = bytes(key.dek)
    generation = Keyfile.parse((path / KEYFILE_NAME).read_bytes()).generation

    new_key, new_recovery = rotate_key(path, key, PASS, kdf=test_kdf())

    assert key.wiped
    assert bytes(new_key.dek) != old_dek and not new_key.wiped
    assert new_recovery != old_recovery
    keyfile = Keyfile.parse((path / KEYFILE_NAME).read_bytes())
    assert keyfile.state == "ok" and keyfile.generation == generation + 1
    assert keyfile.next_key_check is None and len(keyfile.slots) == 2
    assert keyfile.matches(new_key.dek) and not keyfile.matches(old_dek)
    # The previous key file exists only while a save is in flight (docs/SECURITY.md, A1).
    assert not (path / KEYFILE_BAK_NAME).exists()
    # The old data key (as the passphrase unwrapped it before) no longer opens the database.
    assert not _opens(db, old_dek)
    assert _opens(db, bytes(new_key.dek))
    assert bytes(derive_key(path, PASS, allow_weak_params=True).dek) == bytes(new_key.dek)
    # Same data, every page rewritten under the new key.
    assert _content(path) == (count, digest) and count == ROWS
    assert _sha(db) != db_sha
    # The old recovery key is refused; the new one works.
    with pytest.raises(WrongRecoveryKey):
        derive_key_with_recovery(path, old_recovery)
    assert bytes(derive_key_with_recovery(path, new_recovery).dek) == bytes(new_key.dek)
    with pytest.raises(WrongPassphrase):
        derive_key(path, "not the passphrase at all", allow_weak_params=True)
    # A second rotation works from the rotated state.
    newer_key, _ = rotate_key(path, new_key, PASS, kdf=test_kdf())
    assert not _opens(db, old_dek) and _opens(db, bytes(newer_key.dek))
    assert _content(path) == (count, digest)
    assert sorted(p.name for p in path.iterdir()) == [
        KEYFILE_NAME,
        DB_NAME,
        "officer.lock",
    ]


def test_rotate_refuses_an_open_vault(vault_dir: tuple[Path, str]) -> None:
    path, _ = vault_dir
    keys_before = (path / KEYFILE_NAME).read_bytes()
    key = derive_key(path, PASS, allow_weak_params=True)
    with _unlock(path), pytest.raises(VaultInUse):
        rotate_key(path, key, PASS, kdf=test_kdf())
    assert (path / KEYFILE_NAME).read_bytes() == keys_before
    assert not key.wiped


# --- a key file in state "rotating" ---------------------------------------------------------


def _write_rotating(path: Path, *, rekey: bool) -> tuple[bytes, bytes, str]:
    """Write the key file a rotation writes before its rekey (both keys, state "rotating");
    rekey the database when ``rekey``. Returns (old DEK, new DEK, new recovery key)."""
    return write_rotating(path, PASS, rekey=rekey)


@pytest.mark.parametrize("rekeyed", [False, True], ids=["before-rekey", "after-rekey"])
def test_rotating_keyfile_with_both_slots_opens(vault_dir: tuple[Path, str], rekeyed: bool) -> None:
    path, _ = vault_dir
    count, digest = _content(path)
    old_dek, new_dek, _ = _write_rotating(path, rekey=rekeyed)
    key = derive_key(path, PASS, allow_weak_params=True)
    expected = new_dek if rekeyed else old_dek
    assert bytes(key.dek) == expected
    assert key.needs_new_recovery_key == rekeyed
    final = Keyfile.parse((path / KEYFILE_NAME).read_bytes())
    assert final.state == "ok" and final.next_key_check is None and len(final.slots) == 2
    assert final.matches(expected)
    assert _content(path) == (count, digest)


def test_rotating_keyfile_and_recovery_keys(vault_dir: tuple[Path, str], tmp_path: Path) -> None:
    path, old_recovery = vault_dir
    # Interrupted before the rekey: the old recovery key still opens and finishes on the
    # old key (the vault is exactly as before the rotation).
    old_dek, _new_dek, _ = _write_rotating(path, rekey=False)
    key = derive_key_with_recovery(path, old_recovery)
    assert bytes(key.dek) == old_dek and key.via_recovery
    assert not Keyfile.parse((path / KEYFILE_NAME).read_bytes()).rotating
    # Interrupted after the rekey: the old recovery key is refused and nothing is written;
    # the passphrase then finishes the rotation on the new key.
    _old, new_dek, new_recovery = _write_rotating(path, rekey=True)
    keys_before = (path / KEYFILE_NAME).read_bytes()
    with pytest.raises(WrongRecoveryKey):
        derive_key_with_recovery(path, old_recovery)
    assert (path / KEYFILE_NAME).read_bytes() == keys_before
    assert bytes(derive_key_with_recovery(path, new_recovery).dek) == new_dek
    assert Keyfile.parse((path / KEYFILE_NAME).read_bytes()).state == "ok"
    assert parse_recovery_key(new_recovery)


def test_rotating_keyfile_is_not_finished_while_the_vault_is_locked(
    vault_dir: tuple[Path, str],
) -> None:
    path, _ = vault_dir
    _write_rotating(path, rekey=False)
    from officer_desk.vault.files import VaultLock

    lock = VaultLock(path)
    lock.acquire()
    try:
        with pytest.raises(VaultInUse):  # a rotation is running in another process
            derive_key(path, PASS, allow_weak_params=True)
    finally:
        lock.release()
    assert Keyfile.parse((path / KEYFILE_NAME).read_bytes()).rotating
    derive_key(path, PASS, allow_weak_params=True)
    assert not Keyfile.parse((path / KEYFILE_NAME).read_bytes()).rotating


# --- K7: kill -9 during the rotation ------------------------------------------------------------

_ROTATOR = f"""
import sys, time
from pathlib import Path
from officer_desk.vault import derive_key, rotate_key, test_kdf
path = Path(sys.argv[1])
key = derive_key(path, {PASS!r}, allow_weak_params=True)
print("ready", flush=True)
sys.stdin.readline()
t0 = time.perf_counter()
rotate_key(path, key, {PASS!r}, kdf=test_kdf())
print("done", time.perf_counter() - t0, flush=True)
"""


def _rotator(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(_ROTATOR), str(path)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    assert line == "ready", child.stderr.read() if child.stderr else line
    return child


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL timing on POSIX")
def test_k7_kill_during_rotation(vault_dir: tuple[Path, str]) -> None:
    path, _ = vault_dir
    db = path / DB_NAME
    count, digest = _content(path)
    seed = int(os.environ.get("VAULT_K7_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    print(f"K7 seed={seed}")
    # Calibrate: how long one whole rotation takes in a child on this machine.
    child = _rotator(path)
    out, err = child.communicate("go\n", timeout=60)
    assert child.returncode == 0, err
    duration = float(out.split()[-1])
    assert _content(path) == (count, digest)

    outcomes: dict[str, int] = {}
    trials = 0
    started = time.monotonic()
    while trials < 40 and (trials < 20 or time.monotonic() - started < 20):
        before = derive_key(path, PASS, allow_weak_params=True)
        before_dek = bytes(before.dek)
        before.wipe()
        child = _rotator(path)
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        time.sleep(rng.uniform(0, duration * 1.3))
        child.kill()
        child.communicate(timeout=30)
        trials += 1
        state = Keyfile.parse((path / KEYFILE_NAME).read_bytes()).state
        # Startup after the crash: the passphrase opens the vault on whichever key the
        # database has, finishing the rotation if it was interrupted.
        key = derive_key(path, PASS, allow_weak_params=True)
        dek = bytes(key.dek)
        finished = Keyfile.parse((path / KEYFILE_NAME).read_bytes())
        assert finished.state == "ok" and finished.matches(dek)
        assert _opens(db, dek)
        if dek != before_dek:
            assert not _opens(db, before_dek)
        with Vault.open(key) as vault:
            assert vault.check(full=True).ok
            assert vault.connection.execute("SELECT count(*) FROM t").fetchone()[0] == ROWS
        assert _content(path) == (count, digest)
        label = f"{state}->{'new' if dek != before_dek else 'old'}"
        outcomes[label] = outcomes.get(label, 0) + 1
    print(f"K7 seed={seed} rotation={duration * 1000:.1f} ms trials={trials} outcomes={outcomes}")
    assert trials >= 20
    assert sum(outcomes.values()) == trials  # every trial survived (asserted above)


# --- the command line ------------------------------------------------------------------------


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, OFFICER_DESK_INSECURE_TEST_KDF="1")
    for name in ("OFFICER_DESK_PASSPHRASE", "OFFICER_DESK_NEW_PASSPHRASE"):
        full_env.pop(name, None)
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "-m", "officer_desk", *args],
        env=full_env,
        capture_output=True,
        text=True,
        input="",
        timeout=120,
        cwd=REPO,
    )


def test_cli_rotate_key(tmp_path: Path) -> None:
    from officer_desk.services.session import Session

    vault = tmp_path / "v"
    env = {"OFFICER_DESK_PASSPHRASE": PASS}
    res = _cli("init", "--vault", str(vault), env=env)
    assert res.returncode == 0, res.stderr
    old_recovery = res.stdout.strip()
    help_text = _cli("rotate-key", "--help", env={}).stdout
    assert "backups keep the old key" in " ".join(help_text.split())
    db_sha = _sha(vault / DB_NAME)

    res = _cli("rotate-key", "--vault", str(vault), env=env)
    assert res.returncode == 0, res.stderr
    new_recovery = res.stdout.strip()
    assert len(res.stdout.strip().splitlines()) == 1  # only the recovery key on stdout
    assert new_recovery != old_recovery and parse_recovery_key(new_recovery)
    assert PASS not in res.stdout + res.stderr
    assert _sha(vault / DB_NAME) != db_sha
    assert _cli("check", "--vault", str(vault), env=env).returncode == 0
    with pytest.raises(WrongRecoveryKey):
        derive_key_with_recovery(vault, old_recovery)
    key = derive_key_with_recovery(vault, new_recovery)
    with Session.open(key, read_only=True, log_unlock=False) as session:
        events = [
            (e.action, e.detail)
            for e in session.desk.access_log()
            if e.action == "passphrase_changed"
        ]
    assert events == [("passphrase_changed", "key rotated")]
    # Wrong passphrase: refused, nothing changed.
    keys_before = (vault / KEYFILE_NAME).read_bytes()
    res = _cli("rotate-key", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": "nope"})
    assert res.returncode == 3 and res.stdout == ""
    assert (vault / KEYFILE_NAME).read_bytes() == keys_before
