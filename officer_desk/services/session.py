"""The vault's use cases: create, unlock (by passphrase or recovery key), change the
passphrase, rotate the key and restore a backup, each written once and used by both the app
and the command line.

Key derivation is the slow part (about a second) and runs off the GUI thread in the app;
``Session.open`` after it is fast (opening, checks, migrations). A use case that changes the
key file saves it together with its access-log entry (both or neither).

Access-log anchors (docs/SECURITY.md, "Anchors"): a writable session records the log's head
in the key file when the vault is created, on every key-file save (passphrase change), after
a backup, a report release, an erasure or a purge (``Desk.anchor_log``) and when it closes
(the lock). Entries written after the last anchor are not covered until the next one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from officer_desk.errors import DatabaseDamaged, OfficerDeskError, SaveFailed
from officer_desk.services import backups
from officer_desk.services.backups import RestoreResult
from officer_desk.services.desk import Clock, Desk
from officer_desk.store import access_log
from officer_desk.store.db import Store
from officer_desk.vault import (
    CheckReport,
    KdfParams,
    Vault,
    commit_passphrase_change,
    create_vault,
    derive_key,
    derive_key_with_recovery,
    prepare_passphrase_change,
    save_log_anchor,
)
from officer_desk.vault import PreparedPassphrase as PreparedPassphrase
from officer_desk.vault import UnlockedKey as UnlockedKey
from officer_desk.vault import rotate_key as _rotate
from officer_desk.vault import stale_local_copies as stale_local_copies

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
        session = cls(vault, store, desk)
        session._attach()
        # Opened on a worker thread in the app: the thread that uses the session next owns
        # its connection (the vault refuses any other).
        vault.connection.hand_over()
        return session

    def _attach(self) -> None:
        if not self.vault.read_only:
            self.desk.anchor_hook = self.save_anchor

    def save_anchor(self, store: Store | None = None) -> None:
        """Record the access log's head in the key file (``store``: a worker's connection
        to the same vault; default the session's). Raises ``SaveFailed``."""
        if self.vault.read_only or self.vault.closed:
            return
        entries, digest = access_log.head(store or self.store)
        save_log_anchor(self.vault.dir, self.vault.key, entries, digest)

    def close(self) -> None:
        """The lock: anchor the log in the key file, then close everything. A failed anchor
        save never keeps the vault open (the next save records the head)."""
        if not self.vault.read_only and not self.vault.closed:
            try:
                self.save_anchor()
            except OfficerDeskError:
                log.warning("the access-log anchor could not be saved at close")
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
        session = Session(vault, store, desk)
        session._attach()
        session.save_anchor()
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
    return session, recovery_key


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


def check_passphrase(
    vault_dir: Path, passphrase: str, *, finish_rotation: bool = True
) -> UnlockedKey:
    """The vault's key, unwrapped with the passphrase (slow; touches only the key file).
    Raises ``WrongPassphrase`` and the other errors of ``vault.derive_key``. Only the app and
    ``rotate-key`` finish an interrupted key rotation (``finish_rotation``)."""
    return derive_key(vault_dir, passphrase, finish_rotation=finish_rotation)


def check_recovery_key(
    vault_dir: Path, recovery_key: str, *, finish_rotation: bool = True
) -> UnlockedKey:
    """The vault's key, unwrapped with the recovery key (slow; touches only the key file).
    Raises ``WrongRecoveryKey`` and the other errors of ``vault.derive_key``."""
    return derive_key_with_recovery(vault_dir, recovery_key, finish_rotation=finish_rotation)


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
        prepared = prepare_passphrase_change(opened.vault.dir, opened.vault.key, new_passphrase)
        commit_passphrase(opened, prepared, detail="recovery")
    except BaseException:
        opened.close()
        raise
    opened.vault.connection.hand_over()  # the GUI thread uses it next (see Session.open)
    return opened


# --- passphrase changes: the key file and the access log change together ------------------


def commit_passphrase(session: Session, prepared: PreparedPassphrase, *, detail: str = "") -> None:
    """Save a prepared passphrase change together with its access-log entry.

    The entry is written in a transaction that commits only after the key file was saved
    (anchored at the new entry): if the save fails, neither happens. If the commit fails
    after the save, it is retried once on the same connection, then ``SaveFailed`` says
    so. Then the backups in the backup folder that hold the same data key get the new key
    file (``services.backups.rewrap_backup_keyfiles``)."""
    from officer_desk.services.backups import backup_folder, rewrap_backup_keyfiles

    store, key = session.store, session.vault.key
    saved = False
    try:
        with store.transaction():
            access_log.append(
                store, "passphrase_changed", "vault", None, detail, now=session.desk.clock.now()
            )
            commit_passphrase_change(prepared, key, log_anchor=access_log.head(store))
            saved = True
    except OfficerDeskError:
        if not saved:
            raise
        try:  # the key file changed but the entry did not commit: one more try
            with store.transaction():
                access_log.append(
                    store,
                    "passphrase_changed",
                    "vault",
                    None,
                    detail,
                    now=session.desk.clock.now(),
                )
        except OfficerDeskError as exc:
            raise SaveFailed() from exc
    session.desk.notify("access_log")
    with contextlib.suppress(OfficerDeskError, OSError):
        rewrap_backup_keyfiles(backup_folder(session.desk, session.vault.dir), session.vault.dir)


def change_passphrase(
    session: Session, new_passphrase: str, *, detail: str = "", kdf: KdfParams | None = None
) -> None:
    """Change the passphrase of an open session's vault and log it (both or neither)."""
    prepared = prepare_passphrase_change(
        session.vault.dir, session.vault.key, new_passphrase, kdf=kdf
    )
    commit_passphrase(session, prepared, detail=detail)


def change_passphrase_offline(
    key: UnlockedKey, new_passphrase: str, *, detail: str = "", kdf: KdfParams | None = None
) -> None:
    """Change the passphrase of a vault that is not open (CLI ``passwd``/``recover``, the
    recovery page): opens it for a moment to log the change. ``key`` stays usable."""
    copy = UnlockedKey(key.vault_dir, key.db_uuid, bytearray(key.dek), key.via_recovery)
    prepared = prepare_passphrase_change(key.vault_dir, key, new_passphrase, kdf=kdf)
    with Session.open(copy, log_unlock=False, verify=False) as session:
        commit_passphrase(session, prepared, detail=detail)


def check_and_rewrap(
    vault_dir: Path, old_passphrase: str, new_passphrase: str
) -> PreparedPassphrase:
    """Check the current passphrase, then prepare the key file under the new one (slow: run
    it off the GUI thread). Raises ``WrongPassphrase`` before anything changes; follow it
    with ``commit_passphrase`` on the session's own thread."""
    key = check_passphrase(vault_dir, old_passphrase)
    try:
        return prepare_passphrase_change(vault_dir, key, new_passphrase)
    finally:
        key.wipe()


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
    session.vault.connection.hand_over()  # the GUI thread uses it next (see Session.open)
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
