"""Opening and closing a vault session: vault → store → services (docs/ARCHITECTURE.md,
"The composition root").

``unlock`` is the slow part (key derivation) and is meant to run off the GUI thread;
``Session.open`` after it is fast (opening, checks, migrations).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from officer_desk.services.desk import Clock, Desk
from officer_desk.store import access_log
from officer_desk.store.db import Store
from officer_desk.vault import (
    KdfParams,
    UnlockedKey,
    Vault,
    create_vault,
    derive_key,
    derive_key_with_recovery,
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
    """Derive the key and open the session (CLI convenience; the GUI splits the two)."""
    key = derive_key(vault_dir, passphrase)
    try:
        return Session.open(key, **kwargs)  # type: ignore[arg-type]
    except BaseException:
        key.wipe()
        raise


def unlock_with_recovery(vault_dir: Path, recovery_key: str) -> UnlockedKey:
    return derive_key_with_recovery(vault_dir, recovery_key)
