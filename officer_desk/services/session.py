"""The vault's use cases: create, unlock (by passphrase or recovery key), change the
passphrase, rotate the key and restore a backup, each written once and used by both the app
and the command line.

Key derivation is the slow part (about a second) and runs off the GUI thread in the app;
``Session.open`` after it is fast (opening, checks, migrations). A use case that changes the
key file also writes its access-log entry; if that entry cannot be written, the use case
fails (and puts the previous key file back where it can).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from officer_desk.errors import DatabaseDamaged, OfficerDeskError
from officer_desk.services import backups
from officer_desk.services.backups import RestoreResult
from officer_desk.services.desk import Clock, Desk
from officer_desk.store import access_log
from officer_desk.store.db import Store
from officer_desk.vault import (
    KEYFILE_NAME,
    CheckReport,
    KdfParams,
    Vault,
    create_vault,
    derive_key,
    derive_key_with_recovery,
)
from officer_desk.vault import UnlockedKey as UnlockedKey
from officer_desk.vault import change_passphrase as _rewrap
from officer_desk.vault import rotate_key as _rotate
from officer_desk.vault.files import safe_write

log = logging.getLogger(__name__)


@dataclass
class Session:
    """An unlocked vault with its store and services. ``close()`` is the lock."""

    vault: Vault
    store: Store
    desk: Desk

    @classmethod
    def open(
        cls,
        key: UnlockedKey,
        *,
        read_only: bool = False,
        verify: bool = True,
        clock: Clock | None = None,
        log_unlock: bool = True,
    ) -> Session:
        vault = Vault.open(key, read_only=read_only, verify=verify)
        try:
            store = Store(vault.connection)
            store.refuse_newer()
            if not read_only:
                store.migrate(before_upgrade=lambda _old: _backup_before_upgrade(vault))
            desk = Desk(store, clock=clock)
            if log_unlock and not read_only:
                with store.transaction():
                    access_log.append(store, "unlocked", "vault", None, now=desk.clock.now())
        except BaseException:
            vault.close()
            raise
        # Opened on a worker thread in the app: the thread that uses the session next owns
        # its connection (the vault refuses any other).
        vault.connection.hand_over()
        return cls(vault, store, desk)

    def close(self) -> None:
        self.store.close()
        self.vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _backup_before_upgrade(vault: Vault) -> None:
    """A verified backup beside the vault before any schema upgrade."""
    target = vault.dir / "pre-upgrade-backups" / dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target.mkdir(parents=True, exist_ok=True)
    vault.backup_to(target)


def create(
    vault_dir: Path,
    passphrase: str,
    *,
    officer_name: str = "",
    faculty: str = "",
    kdf: KdfParams | None = None,
    clock: Clock | None = None,
) -> tuple[Session, str]:
    """Create a vault with its schema; returns the open session and the recovery key."""
    vault, recovery_key = create_vault(vault_dir, passphrase, kdf=kdf)
    try:
        store = Store(vault.connection)
        store.migrate()
        desk = Desk(store, clock=clock)
        with store.transaction():
            access_log.append(store, "vault_created", "vault", None, now=desk.clock.now())
        settings = {}
        if officer_name:
            settings["officer_name"] = officer_name
        if faculty:
            settings["faculty"] = faculty
        if settings:
            desk.set_settings(**settings)
    except BaseException:
        vault.close()
        raise
    vault.connection.hand_over()
    return Session(vault, store, desk), recovery_key


def unlock(vault_dir: Path, passphrase: str, **kwargs: object) -> Session:
    """Derive the key and open the session (one step; the app splits the two, see
    ``unlock_with_passphrase``)."""
    key = derive_key(vault_dir, passphrase)
    try:
        return Session.open(key, **kwargs)  # type: ignore[arg-type]
    except BaseException:
        key.wipe()
        raise


# --- unlocking, as the app does it --------------------------------------------------------------


@dataclass
class Damaged:
    """The database failed its checks; ``key`` can still open it read-only."""

    key: UnlockedKey


def spare_key(key: UnlockedKey) -> UnlockedKey:
    """A copy of ``key`` (the vault wipes the one it was given when it closes)."""
    return UnlockedKey(key.vault_dir, key.db_uuid, bytearray(key.dek), key.via_recovery)


def open_key(
    key: UnlockedKey,
    *,
    read_only: bool = False,
    verify: bool | None = None,
    log_unlock: bool = True,
) -> Session | Damaged:
    """Open a session with ``key``; a damaged database yields ``Damaged`` (with a copy of
    the key for a read-only attempt) instead of an error. ``verify`` None runs the full
    page check only for a read-only open (the app checks in the background after the
    window shows; a read-only open of a damaged vault checks first, to know what is
    damaged)."""
    spare = spare_key(key)
    try:
        session = Session.open(
            key,
            read_only=read_only,
            verify=read_only if verify is None else verify,
            log_unlock=log_unlock,
        )
    except DatabaseDamaged:
        key.wipe()
        if read_only:
            spare.wipe()
            raise
        return Damaged(spare)
    except BaseException:
        key.wipe()
        spare.wipe()
        raise
    spare.wipe()
    return session


def unlock_with_passphrase(vault_dir: Path, passphrase: str) -> Session | Damaged:
    """Derive the key with the passphrase and open the vault for work."""
    return open_key(derive_key(vault_dir, passphrase))


def check_passphrase(vault_dir: Path, passphrase: str) -> UnlockedKey:
    """The vault's key, unwrapped with the passphrase (slow; touches only the key file).
    Raises ``WrongPassphrase`` and the other errors of ``vault.derive_key``."""
    return derive_key(vault_dir, passphrase)


def check_recovery_key(vault_dir: Path, recovery_key: str) -> UnlockedKey:
    """The vault's key, unwrapped with the recovery key (slow; touches only the key file).
    Raises ``WrongRecoveryKey`` and the other errors of ``vault.derive_key``."""
    return derive_key_with_recovery(vault_dir, recovery_key)


def unlock_with_recovery(
    vault_dir: Path, recovery_key: str, new_passphrase: str
) -> Session | Damaged:
    """Unlock with the recovery key and set a new passphrase (see ``open_and_set_passphrase``)."""
    return open_and_set_passphrase(check_recovery_key(vault_dir, recovery_key), new_passphrase)


def open_and_set_passphrase(
    key: UnlockedKey,
    new_passphrase: str,
    *,
    verify: bool | None = None,
    log_unlock: bool = True,
) -> Session | Damaged:
    """Open the vault with ``key`` (from the recovery key) and set a new passphrase; the
    recovery key stays valid.

    The database is opened first: a damaged one yields ``Damaged`` and the key file is left
    as it was. Then the key is rewrapped under ``new_passphrase`` and the change is logged
    (detail "recovery"); if the log entry cannot be written, the previous key file is put
    back, the session closed and the error raised."""
    opened = open_key(key, verify=verify, log_unlock=log_unlock)
    if isinstance(opened, Damaged):
        return opened
    try:
        change = rewrap_passphrase(opened.vault.dir, opened.vault.key, new_passphrase)
        record_passphrase_change(opened.desk, change, detail="recovery")
    except BaseException:
        opened.close()
        raise
    return opened


# --- changing the passphrase ------------------------------------------------------------------


@dataclass(frozen=True)
class PassphraseChange:
    """A passphrase change done on the key file but not yet in the access log. Holds the
    previous key file (wrapped keys only) so the change can be undone if logging fails."""

    vault_dir: Path
    previous_keyfile: bytes


def rewrap_passphrase(vault_dir: Path, key: UnlockedKey, new_passphrase: str) -> PassphraseChange:
    """Rewrap the data key under ``new_passphrase`` (slow: run it off the GUI thread). Touches
    only the key file; follow it with ``record_passphrase_change``."""
    vault_dir = Path(vault_dir)
    previous = (vault_dir / KEYFILE_NAME).read_bytes()
    _rewrap(vault_dir, key, new_passphrase)
    return PassphraseChange(vault_dir, previous)


def check_and_rewrap(vault_dir: Path, old_passphrase: str, new_passphrase: str) -> PassphraseChange:
    """Check the current passphrase, then rewrap the data key under the new one (slow: run
    it off the GUI thread). Raises ``WrongPassphrase`` before anything changes."""
    key = check_passphrase(vault_dir, old_passphrase)
    try:
        return rewrap_passphrase(vault_dir, key, new_passphrase)
    finally:
        key.wipe()


def record_passphrase_change(desk: Desk, change: PassphraseChange, *, detail: str = "") -> None:
    """Write the access-log entry of a passphrase change. If it cannot be written, the
    previous key file is put back (the old passphrase works again) and the error raised."""
    try:
        desk.log_event("passphrase_changed", "vault", None, detail)
    except BaseException:
        log.warning("passphrase change not logged; previous key file put back")
        try:
            safe_write(change.vault_dir / KEYFILE_NAME, change.previous_keyfile)
        except OfficerDeskError:
            log.error("the previous key file could not be put back")
        raise


def change_passphrase(session: Session, new_passphrase: str) -> None:
    """The whole change for a session opened with the current passphrase just now, in one
    thread (the command line): rewrap, then log."""
    change = rewrap_passphrase(session.vault.dir, session.vault.key, new_passphrase)
    record_passphrase_change(session.desk, change)


# --- rotating the key -------------------------------------------------------------------------


def rotate_key(vault_dir: Path, passphrase: str) -> tuple[UnlockedKey, str]:
    """Replace the database key and the recovery key (suspected compromise; the vault must
    not be open). Slow: run it off the GUI thread. Returns the new key and the NEW recovery
    key, to show once; then call ``open_after_rotation``. Existing backups keep the old key."""
    key = derive_key(vault_dir, passphrase)
    try:
        return _rotate(vault_dir, key, passphrase)
    except BaseException:
        key.wipe()
        raise


def open_after_rotation(key: UnlockedKey, *, log_unlock: bool = False) -> Session:
    """Open the vault with the rotated key and log the rotation (an error if it cannot be
    logged; the rotation itself cannot be undone)."""
    session = Session.open(key, log_unlock=log_unlock)
    try:
        session.desk.log_event("passphrase_changed", "vault", None, "key rotated")
    except BaseException:
        session.close()
        raise
    return session


# --- restoring a backup -----------------------------------------------------------------------


@dataclass
class Restored:
    """A restore done on the command line: what was restored and the restored vault's check."""

    result: RestoreResult
    report: CheckReport


def restore_with_passphrase(source: Path, vault_dir: Path, passphrase: str) -> Restored:
    """Check the backup's passphrase, put the backup in place of the vault (the previous
    vault is kept aside), check the restored vault and log the restore in it."""
    backups.recover_interrupted_restore(vault_dir)
    key = derive_key(source, passphrase)  # WrongPassphrase before anything changes
    try:
        result = backups.restore(source, vault_dir, key=key)
        live_key = UnlockedKey(Path(vault_dir), key.db_uuid, bytearray(key.dek))
    finally:
        key.wipe()
    with Session.open(live_key, log_unlock=False) as session:
        report = session.vault.check(full=True)
        backups.record_restore(session.desk, result.backup)
    return Restored(result, report)
