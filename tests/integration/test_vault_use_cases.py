"""The vault's use cases in services/session.py, shared by the app and the command line:
each change to the key file is logged, and a change that cannot be logged is not done."""

from __future__ import annotations

import pytest

from officer_desk.errors import SaveFailed, WrongPassphrase, WrongRecoveryKey
from officer_desk.services import session as sessions
from officer_desk.store import access_log
from officer_desk.vault import DB_NAME, derive_key, test_kdf

OLD = "a long test passphrase 42"
NEW = "another long passphrase 77"


@pytest.fixture
def made(tmp_path, monkeypatch):
    monkeypatch.setenv("OFFICER_DESK_INSECURE_TEST_KDF", "1")
    vault_dir = tmp_path / "vault"
    s, recovery = sessions.create(vault_dir, OLD, kdf=test_kdf())
    s.close()
    return vault_dir, recovery


def _actions(vault_dir, passphrase):
    with sessions.unlock(vault_dir, passphrase, log_unlock=False) as s:
        return [(e.action, e.detail) for e in s.desk.access_log()]


def _refuse(monkeypatch):
    def refuse(*_a, **_k):
        raise SaveFailed()

    monkeypatch.setattr(access_log, "append", refuse)


def test_change_passphrase_is_logged(made):
    vault_dir, _ = made
    with sessions.unlock(vault_dir, OLD, log_unlock=False) as s:
        sessions.change_passphrase(s, NEW)
    with pytest.raises(WrongPassphrase):
        derive_key(vault_dir, OLD)
    assert ("passphrase_changed", "") in _actions(vault_dir, NEW)


def test_change_passphrase_that_cannot_be_logged_changes_nothing(made, monkeypatch):
    vault_dir, _ = made
    with sessions.unlock(vault_dir, OLD, log_unlock=False) as s:
        prepared = sessions.check_and_rewrap(vault_dir, OLD, NEW)
        with monkeypatch.context() as m:
            _refuse(m)
            with pytest.raises(SaveFailed):
                sessions.commit_passphrase(s, prepared)
    derive_key(vault_dir, OLD).wipe()
    with pytest.raises(WrongPassphrase):
        derive_key(vault_dir, NEW)


def test_wrong_current_passphrase_changes_nothing(made):
    vault_dir, _ = made
    before = (vault_dir / "keys.json").read_bytes()
    with pytest.raises(WrongPassphrase):
        sessions.check_and_rewrap(vault_dir, "not the passphrase at all", NEW)
    assert (vault_dir / "keys.json").read_bytes() == before


def test_unlock_with_recovery_sets_and_logs_the_new_passphrase(made):
    vault_dir, recovery = made
    opened = sessions.unlock_with_recovery(vault_dir, recovery, NEW)
    assert isinstance(opened, sessions.Session)
    opened.close()
    with pytest.raises(WrongPassphrase):
        derive_key(vault_dir, OLD)
    assert ("passphrase_changed", "recovery") in _actions(vault_dir, NEW)
    sessions.check_recovery_key(vault_dir, recovery).wipe()  # still valid


def test_recovery_that_cannot_be_logged_keeps_the_old_passphrase(made, monkeypatch):
    vault_dir, recovery = made
    # the unlock entry is written first; refuse only the passphrase entry
    real = access_log.append

    def refuse_change(store, action, *a, **k):
        if action == "passphrase_changed":
            raise SaveFailed()
        return real(store, action, *a, **k)

    with monkeypatch.context() as m:
        m.setattr(access_log, "append", refuse_change)
        with pytest.raises(SaveFailed):
            sessions.unlock_with_recovery(vault_dir, recovery, NEW)
    derive_key(vault_dir, OLD).wipe()
    with pytest.raises(WrongPassphrase):
        derive_key(vault_dir, NEW)


def test_recovery_of_a_damaged_database_leaves_the_key_file(made):
    vault_dir, recovery = made
    before = (vault_dir / "keys.json").read_bytes()
    with open(vault_dir / DB_NAME, "r+b") as fh:  # flip a byte inside page 2
        fh.seek(4096 + 200)
        byte = fh.read(1)
        fh.seek(4096 + 200)
        fh.write(bytes([byte[0] ^ 0xFF]))
    key = sessions.check_recovery_key(vault_dir, recovery)
    opened = sessions.open_and_set_passphrase(key, NEW, verify=True)
    assert isinstance(opened, sessions.Damaged)
    opened.key.wipe()
    assert (vault_dir / "keys.json").read_bytes() == before


def test_wrong_recovery_key_changes_nothing(made):
    vault_dir, _ = made
    before = (vault_dir / "keys.json").read_bytes()
    with pytest.raises(WrongRecoveryKey):
        sessions.unlock_with_recovery(vault_dir, "AAAA-BBBB-CCCC", NEW)
    assert (vault_dir / "keys.json").read_bytes() == before


def test_rotate_key_logs_the_rotation(made):
    vault_dir, old_recovery = made
    key, recovery = sessions.rotate_key(vault_dir, OLD)
    assert recovery != old_recovery
    sessions.open_after_rotation(key).close()
    assert ("passphrase_changed", "key rotated") in _actions(vault_dir, OLD)
    with pytest.raises(WrongRecoveryKey):
        sessions.check_recovery_key(vault_dir, old_recovery)
