"""Upgrades keep data: a vault of every schema version ever released opens in this app.

``tests/fixtures/vaults/v<N>/`` holds a small vault made by the app at schema version N (test
key derivation, invented students, ``tools/make_vault_fixture.py``) and ``expected.json`` with
what it holds. Each is copied to ``tmp_path``, opened through the real unlock path (migrations
included) and read back. A vault of a NEWER schema is refused with its own message, and no
byte of it changes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from officer_desk.errors import NewerSchema
from officer_desk.services import session as sessions
from officer_desk.store import access_log
from officer_desk.store import db as store_db
from officer_desk.vault import Vault, derive_key

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "vaults"
VERSIONS = sorted(int(p.name[1:]) for p in FIXTURES.glob("v[0-9]*") if p.is_dir())


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFICER_DESK_INSECURE_TEST_KDF", "1")


def _copy(version: int, tmp_path: Path) -> tuple[Path, dict]:
    source = FIXTURES / f"v{version}"
    target = tmp_path / f"vault-v{version}"
    target.mkdir(mode=0o700)
    for name in ("officer.db", "keys.json"):
        shutil.copy2(source / name, target / name)
        (target / name).chmod(0o600)
    expected = json.loads((source / "expected.json").read_text("utf-8"))
    return target, expected


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _assert_untouched(vault_dir: Path, before: dict[str, str]) -> None:
    after = _snapshot(vault_dir)
    wal = vault_dir / "officer.db-wal"
    if "officer.db-wal" not in before and wal.exists():
        # A read-only SQLite reader of a WAL database leaves an empty log and its index.
        assert wal.stat().st_size == 0
        after = {k: v for k, v in after.items() if k not in ("officer.db-wal", "officer.db-shm")}
    assert after == before


def _set_user_version(vault_dir: Path, passphrase: str, version: int) -> None:
    vault = Vault.open(derive_key(vault_dir, passphrase))
    try:
        vault.connection.execute(f"PRAGMA user_version = {int(version)}")
        vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.close()


def test_there_is_a_fixture_for_every_schema_version():
    missing = set(range(1, store_db.SCHEMA_VERSION + 1)) - set(VERSIONS)
    assert not missing, (
        f"no vault fixture for schema version(s) {sorted(missing)}: run "
        "tools/make_vault_fixture.py on the version before changing the schema"
    )
    assert max(VERSIONS) == store_db.SCHEMA_VERSION


@pytest.mark.parametrize("version", VERSIONS)
def test_a_vault_of_each_schema_version_opens_with_its_data(version, tmp_path):
    vault_dir, expected = _copy(version, tmp_path)
    assert expected["schema_version"] == version
    with sessions.unlock(vault_dir, expected["passphrase"]) as s:
        assert s.store.schema_version() == store_db.SCHEMA_VERSION
        for table, count in expected["counts"].items():
            found = s.store.scalar(f"SELECT count(*) FROM {table}")
            if table == "access_log":
                assert found > count  # the unlock (and any upgrade) were logged
            else:
                assert found == count, table
        student = s.desk.student(expected["student"]["id"])
        assert student.display_name == expected["student"]["display_name"]
        assert student.student_number == expected["student"]["student_number"]
        body = s.store.scalar("SELECT body FROM note WHERE id = ?", (expected["note"]["id"],))
        assert body.startswith(expected["note"]["body_start"])
        for key, value in expected["settings"].items():
            assert s.desk.setting(key) == value
        assert access_log.verify(s.store).ok
    upgraded = version < store_db.SCHEMA_VERSION
    assert (vault_dir / "pre-upgrade-backups").exists() is upgraded


@pytest.mark.parametrize("read_only", [False, True])
def test_a_vault_of_a_newer_schema_is_refused_and_left_untouched(tmp_path, read_only):
    vault_dir, expected = _copy(max(VERSIONS), tmp_path)
    _set_user_version(vault_dir, expected["passphrase"], store_db.SCHEMA_VERSION + 1)
    before = _snapshot(vault_dir)
    with pytest.raises(NewerSchema) as caught:
        sessions.unlock(vault_dir, expected["passphrase"], read_only=read_only)
    assert "newer version of Officer Desk" in caught.value.template
    _assert_untouched(vault_dir, before)


def test_the_command_line_names_a_newer_schema(tmp_path, monkeypatch, capsys):
    from officer_desk.cli import main

    vault_dir, expected = _copy(max(VERSIONS), tmp_path)
    _set_user_version(vault_dir, expected["passphrase"], store_db.SCHEMA_VERSION + 1)
    before = _snapshot(vault_dir)
    monkeypatch.setenv("OFFICER_DESK_PASSPHRASE", expected["passphrase"])
    code = main(["audit", "--vault", str(vault_dir)])
    assert code != 0
    assert "made by a newer version of Officer Desk" in capsys.readouterr().err
    _assert_untouched(vault_dir, before)


# --- the migration machinery, with a next version made up for the test ----------------------


def _add_step_2(monkeypatch: pytest.MonkeyPatch, step) -> None:
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", store_db.SCHEMA_VERSION + 1)
    monkeypatch.setitem(store_db.MIGRATIONS, store_db.SCHEMA_VERSION, step)


def test_an_upgrade_backs_up_first_and_keeps_the_data(tmp_path, monkeypatch):
    vault_dir, expected = _copy(max(VERSIONS), tmp_path)
    old = store_db.SCHEMA_VERSION

    def step(store: store_db.Store) -> None:
        store.execute("ALTER TABLE student ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")

    _add_step_2(monkeypatch, step)
    with sessions.unlock(vault_dir, expected["passphrase"]) as s:
        assert s.store.schema_version() == old + 1
        assert s.store.scalar("SELECT count(*) FROM student") == expected["counts"]["student"]
        assert s.store.scalar("SELECT pronouns FROM student LIMIT 1") == ""
    backups = list((vault_dir / "pre-upgrade-backups").iterdir())
    assert len(backups) == 1
    # The backup is the vault as it was, and opens (at the old version).
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", old)
    backup_vault = Vault.open(derive_key(backups[0], expected["passphrase"]), read_only=True)
    try:
        assert backup_vault.schema_version == old
    finally:
        backup_vault.close()


def test_a_failing_step_leaves_the_vault_at_its_version(tmp_path, monkeypatch):
    vault_dir, expected = _copy(max(VERSIONS), tmp_path)
    old = store_db.SCHEMA_VERSION

    def step(store: store_db.Store) -> None:
        store.execute("ALTER TABLE student ADD COLUMN pronouns TEXT")
        store.execute("DELETE FROM follow_up")
        raise RuntimeError("step failed half-way")

    _add_step_2(monkeypatch, step)
    with pytest.raises(RuntimeError):
        sessions.unlock(vault_dir, expected["passphrase"])
    monkeypatch.setattr(store_db, "SCHEMA_VERSION", old)
    with sessions.unlock(vault_dir, expected["passphrase"]) as s:
        assert s.store.schema_version() == old
        assert s.store.scalar("SELECT count(*) FROM follow_up") == expected["counts"]["follow_up"]
        columns = [row[1] for row in s.store.all("PRAGMA table_info(student)")]
        assert "pronouns" not in columns
