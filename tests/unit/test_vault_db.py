"""The open vault: pragmas, probes, lock, checks, backup (docs/SECURITY.md, K2, K9, K10, F1-F3)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import textwrap
import uuid
from pathlib import Path

import pytest
import sqlcipher3

from officer_desk.errors import (
    DatabaseDamaged,
    KeyfileOtherVault,
    NotAVault,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
)
from officer_desk.vault import (
    APPLICATION_ID,
    UnlockedKey,
    Vault,
    create_vault,
    derive_key,
    test_kdf,
)
from officer_desk.vault.database import CACHE_SIZE_KIB, connect_keyed

PASS = "correct horse battery staple"
PAGE = 4096
REPO = Path(__file__).resolve().parents[2]


def _derive(vault_dir: Path) -> UnlockedKey:
    return derive_key(vault_dir, PASS, allow_weak_params=True)


def _fill(conn: sqlcipher3.Connection, canary: str = "", rows: int = 400) -> None:
    """t1: one row on its own page (page 2); t2: many pages after it."""
    conn.execute("CREATE TABLE t1(x TEXT)")
    conn.execute("INSERT INTO t1 VALUES ('small')")
    conn.execute("CREATE TABLE t2(id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("BEGIN IMMEDIATE")
    for i in range(rows):
        conn.execute("INSERT INTO t2(body) VALUES (?)", (f"{canary}{i:06d}" + "x" * 200,))
    conn.execute("COMMIT")


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    vault, _ = create_vault(tmp_path / "vault", PASS, kdf=test_kdf())
    with vault:
        _fill(vault.connection)
    return tmp_path / "vault"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip(path: Path, offset: int) -> None:
    with open(path, "r+b") as fh:
        fh.seek(offset)
        byte = fh.read(1)[0]
        fh.seek(offset)
        fh.write(bytes([byte ^ 0xFF]))


# --- opening and pragmas ---------------------------------------------------------------------


def test_pragmas_after_open(vault_dir: Path) -> None:
    with Vault.open(_derive(vault_dir)) as vault:
        c = vault.connection
        assert c.isolation_level is None
        assert c.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert c.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
        assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_SIZE_KIB
        assert CACHE_SIZE_KIB >= 32768  # a small cache made SQLCipher reads ~3x slower
        assert c.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert str(c.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "0"
        assert c.execute("PRAGMA cipher_page_size").fetchone()[0] in (4096, "4096")
        assert vault.schema_version == 0
        assert not vault.read_only and vault.damage == []
        # autocommit: the store drives transactions itself
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT INTO t1 VALUES ('two')")
        c.execute("COMMIT")
        worker = vault.new_connection()
        assert worker.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert worker.execute("SELECT count(*) FROM t1").fetchone() == (2,)


def test_close_is_idempotent_and_closes_everything(vault_dir: Path) -> None:
    key = _derive(vault_dir)
    vault = Vault.open(key)
    worker = vault.new_connection()
    reader = vault.new_connection(read_only=True)
    vault.close()
    vault.close()
    assert vault.closed and key.wiped
    for conn in (vault.connection, worker, reader):
        with pytest.raises(sqlcipher3.ProgrammingError):
            conn.execute("SELECT 1")
    with pytest.raises(VaultLocked):
        vault.new_connection()
    with Vault.open(_derive(vault_dir)):  # the lock was released
        pass


def test_read_only_open_cannot_write(vault_dir: Path) -> None:
    db_before = _sha(vault_dir / "officer.db")
    with Vault.open(_derive(vault_dir), read_only=True) as vault:
        assert vault.read_only
        assert vault.connection.execute("SELECT count(*) FROM t2").fetchone() == (400,)
        with pytest.raises(sqlcipher3.Error):
            vault.connection.execute("INSERT INTO t1 VALUES ('no')")
        assert vault.new_connection().execute("PRAGMA query_only").fetchone()[0] == 1
    assert _sha(vault_dir / "officer.db") == db_before


def test_stale_temp_files_cleaned_at_open(vault_dir: Path) -> None:
    stale = vault_dir / ".keys.json.0123456789ab.tmp"
    stale.write_bytes(b"{")
    unrelated = vault_dir / "notes.txt.tmp"
    unrelated.write_bytes(b"keep")
    with Vault.open(_derive(vault_dir)):
        pass
    assert not stale.exists()
    assert unrelated.exists()


# --- lock ------------------------------------------------------------------------------------


def test_vault_in_use_same_process(vault_dir: Path) -> None:
    with Vault.open(_derive(vault_dir)):
        key = _derive(vault_dir)
        with pytest.raises(VaultInUse) as info:
            Vault.open(key)
        assert info.value.exit_code == 1
        with pytest.raises(VaultInUse):
            Vault.open(key, read_only=True)


def test_vault_in_use_other_process(vault_dir: Path) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from officer_desk.vault import Vault, derive_key
        key = derive_key(Path({str(vault_dir)!r}), {PASS!r}, allow_weak_params=True)
        with Vault.open(key):
            print("ready", flush=True)
            sys.stdin.readline()
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        with pytest.raises(VaultInUse):
            Vault.open(_derive(vault_dir))
    finally:
        child.kill()
        child.communicate(timeout=10)  # also closes its pipes
    # The kernel drops the lock when its holder dies: no stale lock after a crash.
    with Vault.open(_derive(vault_dir)) as vault:
        assert vault.connection.execute("SELECT count(*) FROM t1").fetchone() == (1,)


# --- K2 wrong raw key, K9 encryption, K10 missing or foreign files --------------------------


def test_k2_wrong_raw_key_probe_fails_and_nothing_written(vault_dir: Path) -> None:
    db = vault_dir / "officer.db"
    before = _sha(db)
    conn = sqlcipher3.connect(str(db))
    assert conn.execute(f"PRAGMA key = \"x'{os.urandom(32).hex()}'\"").fetchall() == [("ok",)]
    with pytest.raises(sqlcipher3.DatabaseError) as info:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert info.value.sqlite_errorcode == 26
    conn.close()
    wrong = UnlockedKey(vault_dir, str(uuid.uuid4()), bytearray(os.urandom(32)))
    # The key authenticates no page: "a key of another vault", not "damaged" (A12).
    with pytest.raises(KeyfileOtherVault):
        Vault.open(wrong)
    assert _sha(db) == before
    assert not (vault_dir / "officer.db-wal").exists()


def test_k9_database_is_encrypted(tmp_path: Path) -> None:
    canary = f"CANARY-{uuid.uuid4()}"
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    d = tmp_path / "v"
    with vault:
        _fill(vault.connection, canary=canary, rows=50)
        vault.connection.execute("INSERT INTO t1 VALUES (?)", (canary,))
        files = [p for p in d.iterdir() if p.is_file()]
        assert (d / "officer.db-wal").exists()
        for path in files:
            assert canary.encode() not in path.read_bytes(), path.name
    for path in d.iterdir():
        assert canary.encode() not in path.read_bytes(), path.name
    assert (d / "officer.db").read_bytes()[:16] != b"SQLite format 3\x00"
    plain = sqlite3.connect(d / "officer.db")
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT 1 FROM sqlite_master").fetchall()
    plain.close()


def _listing(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def test_k10_missing_paths_never_create_anything(tmp_path: Path) -> None:
    before = _listing(tmp_path)
    with pytest.raises(VaultNotFound):
        derive_key(tmp_path / "nope", PASS)
    (tmp_path / "empty").mkdir()
    with pytest.raises(VaultNotFound):
        derive_key(tmp_path / "empty", PASS)
    key = UnlockedKey(tmp_path / "empty", str(uuid.uuid4()), bytearray(32))
    with pytest.raises(VaultNotFound):
        Vault.open(key)
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotAVault):
        derive_key(tmp_path / "file", PASS)
    assert _listing(tmp_path) == before | {"empty", "file"}


def test_k10_missing_or_empty_db(vault_dir: Path) -> None:
    db = vault_dir / "officer.db"
    db.rename(vault_dir / "moved.db")
    with pytest.raises(VaultNotFound):
        _derive(vault_dir)
    (vault_dir / "moved.db").rename(db)
    key = _derive(vault_dir)
    db.rename(vault_dir / "moved.db")
    with pytest.raises(VaultNotFound):
        Vault.open(key)
    assert not db.exists()
    db.write_bytes(b"")
    with pytest.raises(DatabaseDamaged):
        Vault.open(key)
    assert db.stat().st_size == 0


def test_k10_foreign_databases_are_not_vaults(vault_dir: Path) -> None:
    key = _derive(vault_dir)
    db = vault_dir / "officer.db"
    db.unlink()
    # A SQLCipher database with the right key but without our application_id.
    conn = connect_keyed(db, key.dek, create=True)
    conn.execute("CREATE TABLE other(x)")
    conn.close()
    with pytest.raises(NotAVault):
        Vault.open(key)
    db.unlink()
    # A plain SQLite database.
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE other(x)")
    plain.commit()
    plain.close()
    with pytest.raises(NotAVault):
        Vault.open(key)


# --- checks and F1-F3 ------------------------------------------------------------------------


def test_check_clean_vault(vault_dir: Path) -> None:
    with Vault.open(_derive(vault_dir)) as vault:
        for full in (True, False):
            report = vault.check(full=full)
            assert report.ok and report.keyfile_ok
            assert report.integrity == [] and report.cipher == []


def test_check_reports_damaged_keyfile(vault_dir: Path) -> None:
    with Vault.open(_derive(vault_dir)) as vault:
        (vault_dir / "keys.json").write_bytes(b"{}")
        report = vault.check()
        assert not report.ok and not report.keyfile_ok


def test_f1_flipped_byte_on_a_page(vault_dir: Path) -> None:
    db = vault_dir / "officer.db"
    pages = db.stat().st_size // PAGE
    assert pages > 20
    _flip(db, PAGE * 12 + 100)  # a t2 data page (page 13)
    with pytest.raises(DatabaseDamaged):
        Vault.open(_derive(vault_dir))
    with Vault.open(_derive(vault_dir), read_only=True) as vault:
        assert vault.damage  # quick_check at open found it
        # Pages the damage does not touch are still readable.
        assert vault.connection.execute("SELECT x FROM t1").fetchall() == [("small",)]
        with pytest.raises(sqlcipher3.DatabaseError, match="malformed"):
            vault.connection.execute("SELECT count(body) FROM t2").fetchone()
        report = vault.check()
        assert not report.ok and report.keyfile_ok
        assert any("page 13" in p for p in report.cipher), report.cipher


def test_f1_flipped_byte_on_first_page(vault_dir: Path) -> None:
    _flip(vault_dir / "officer.db", 1000)
    with pytest.raises(DatabaseDamaged):
        Vault.open(_derive(vault_dir))
    with pytest.raises(DatabaseDamaged):
        Vault.open(_derive(vault_dir), read_only=True)


def test_f2_truncated_at_page_boundary_needs_both_checks(vault_dir: Path) -> None:
    db = vault_dir / "officer.db"
    size = db.stat().st_size
    with Vault.open(_derive(vault_dir)) as vault:
        assert vault.check().ok
        os.truncate(db, (size // PAGE // 2) * PAGE)  # truncated underneath the open vault
        report = vault.check()
        # cipher_integrity_check alone says nothing here (pages are intact, the file is short);
        # integrity_check catches it.
        assert report.cipher == []
        assert report.integrity
        assert not report.ok
    with pytest.raises(DatabaseDamaged):
        Vault.open(_derive(vault_dir))
    with pytest.raises(DatabaseDamaged):
        Vault.open(_derive(vault_dir), read_only=True)


def test_f3_truncated_mid_page(vault_dir: Path) -> None:
    db = vault_dir / "officer.db"
    os.truncate(db, db.stat().st_size - 1000)
    with pytest.raises(DatabaseDamaged):
        Vault.open(_derive(vault_dir))
    with Vault.open(_derive(vault_dir), read_only=True) as vault:
        report = vault.check()
        assert not report.ok
        assert any("invalid size" in p for p in report.cipher), report.cipher


def test_f3_truncated_to_ten_bytes(vault_dir: Path) -> None:
    os.truncate(vault_dir / "officer.db", 10)
    for read_only in (False, True):
        with pytest.raises(DatabaseDamaged):
            Vault.open(_derive(vault_dir), read_only=read_only)


# --- backup ----------------------------------------------------------------------------------


def test_backup_is_verified_encrypted_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    canary = f"CANARY-{uuid.uuid4()}"
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())

    def no_copy(*args: object, **kwargs: object) -> None:
        raise AssertionError("backup must not copy the live database file")

    for name in ("copy", "copy2", "copyfile", "copyfileobj"):
        monkeypatch.setattr(shutil, name, no_copy)
    with vault:
        _fill(vault.connection, canary=canary, rows=100)
        c = vault.connection
        c.execute("BEGIN IMMEDIATE")
        c.execute("INSERT INTO t1 VALUES ('uncommitted')")
        dest = vault.backup_to(tmp_path / "backups" / "b1")
        c.execute("ROLLBACK")
        with pytest.raises(VaultExists):
            vault.backup_to(tmp_path / "backups" / "b1")
    monkeypatch.undo()
    bdir = tmp_path / "backups" / "b1"
    assert dest == bdir / "officer.db"
    assert sorted(p.name for p in bdir.iterdir()) == ["keys.json", "officer.db"]
    for p in bdir.iterdir():
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
        assert canary.encode() not in p.read_bytes()
    assert (bdir / "keys.json").read_bytes() == (tmp_path / "v" / "keys.json").read_bytes()
    live_salt = (tmp_path / "v" / "officer.db").read_bytes()[:16]
    assert dest.read_bytes()[:16] != live_salt
    # The backup carries its key file: it unlocks on its own.
    with Vault.open(derive_key(bdir, PASS, allow_weak_params=True), read_only=True) as backup:
        assert backup.check().ok
        rows = backup.connection.execute("SELECT x FROM t1").fetchall()
        assert rows == [("small",)]
        assert backup.connection.execute("SELECT count(*) FROM t2").fetchone() == (100,)


def test_backup_into_existing_empty_folder(vault_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "b"
    target.mkdir()
    with Vault.open(_derive(vault_dir)) as vault:
        vault.backup_to(target)
    assert not [p for p in target.iterdir() if p.name.endswith(".tmp")]
