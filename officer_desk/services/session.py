"""Opening and closing a vault session: vault → store → services (docs/ARCHITECTURE.md,
"The composition root").

``unlock`` is the slow part (key derivation) and is meant to run off the GUI thread;
``Session.open`` after it is fast (opening, checks, migrations).

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

from officer_desk.errors import OfficerDeskError, SaveFailed
from officer_desk.services.desk import Clock, Desk
from officer_desk.store import access_log
from officer_desk.store.db import Store
from officer_desk.vault import (
    KdfParams,
    PreparedPassphrase,
    UnlockedKey,
    Vault,
    commit_passphrase_change,
    create_vault,
    derive_key,
    derive_key_with_recovery,
    prepare_passphrase_change,
    save_log_anchor,
)

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
    """Derive the key and open the session (CLI convenience; the GUI splits the two)."""
    key = derive_key(vault_dir, passphrase)
    try:
        return Session.open(key, **kwargs)  # type: ignore[arg-type]
    except BaseException:
        key.wipe()
        raise


def unlock_with_recovery(vault_dir: Path, recovery_key: str) -> UnlockedKey:
    return derive_key_with_recovery(vault_dir, recovery_key)


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
    session.desk._changed("access_log")
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
