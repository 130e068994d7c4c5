"""Creating, unlocking and rewrapping vaults (DESIGN §3, security reference §A7)."""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
from cryptography.exceptions import UnsupportedAlgorithm

from officer_desk.errors import (
    KeyfileCorrupt,
    KeyfileRejected,
    NotAVault,
    SaveFailed,
    VaultExists,
    VaultNotFound,
)
from officer_desk.vault.database import (
    APPLICATION_ID,
    DB_NAME,
    KEYFILE_BAK_NAME,
    KEYFILE_NAME,
    Vault,
    connect_keyed,
)
from officer_desk.vault.files import fsync_dir, fsync_file, safe_write
from officer_desk.vault.kdf import (
    KEY_LEN,
    KdfParams,
    calibrate_kdf,
    insecure_test_kdf_enabled,
    scrypt_fallback_for,
    test_kdf,
)
from officer_desk.vault.keyfile import (
    Keyfile,
    Slot,
    format_recovery_key,
    key_check,
    make_passphrase_slot,
    make_recovery_slot,
    parse_recovery_key,
    unwrap_passphrase,
    unwrap_recovery,
)
from officer_desk.vault.strength import check_passphrase_strength


@dataclass
class UnlockedKey:
    """The vault's data key (DEK), unwrapped. ``wipe()`` zeroes the buffer (best effort)."""

    vault_dir: Path
    db_uuid: str
    dek: bytearray = field(repr=False)
    #: True when unlocked with the recovery key: the UI should force a new passphrase.
    via_recovery: bool = False

    def wipe(self) -> None:
        self.dek[:] = bytes(len(self.dek))

    @property
    def wiped(self) -> bool:
        return not any(self.dek)


# --- helpers --------------------------------------------------------------------------------


def _default_kdf(kdf: KdfParams | None) -> KdfParams:
    if kdf is not None:
        return kdf
    return test_kdf() if insecure_test_kdf_enabled() else calibrate_kdf()


def _passphrase_slot(dek: bytearray, passphrase: str, params: KdfParams, db_uuid: str) -> Slot:
    """K11: where Argon2id is unavailable, fall back to Scrypt (recorded), never PBKDF2."""
    try:
        return make_passphrase_slot(dek, passphrase, params, db_uuid)
    except UnsupportedAlgorithm:
        if params.kdf != "argon2id":
            raise KeyfileRejected() from None
        return make_passphrase_slot(dek, passphrase, scrypt_fallback_for(params), db_uuid)


def _read_keyfile(vault_dir: Path) -> Keyfile:
    """Locate and parse the vault's key file; never creates anything."""
    vault_dir = Path(vault_dir)
    if not vault_dir.exists():
        raise VaultNotFound()
    if not vault_dir.is_dir():
        raise NotAVault()
    keys = vault_dir / KEYFILE_NAME
    db = vault_dir / DB_NAME
    if not keys.is_file():
        if (vault_dir / KEYFILE_BAK_NAME).is_file() and db.is_file():
            raise KeyfileCorrupt()
        raise VaultNotFound()
    if not db.is_file():
        raise VaultNotFound()
    try:
        raw = keys.read_bytes()
    except OSError as exc:
        raise KeyfileCorrupt() from exc
    return Keyfile.parse(raw)


# --- public API -------------------------------------------------------------------------------


def create_vault(
    vault_dir: Path, passphrase: str, *, kdf: KdfParams | None = None
) -> tuple[Vault, str]:
    """Create a new vault and open it. Returns the vault and the recovery key (show it once).

    ``kdf`` None calibrates (~0.7 s) unless the test-only ``OFFICER_DESK_INSECURE_TEST_KDF=1``
    is set. Raises ``WeakPassphrase``, ``VaultExists`` or ``SaveFailed``.
    """
    vault_dir = Path(vault_dir)
    check_passphrase_strength(passphrase)
    if vault_dir.exists() and not vault_dir.is_dir():
        raise VaultExists()
    for name in (DB_NAME, KEYFILE_NAME, KEYFILE_BAK_NAME):
        if (vault_dir / name).exists():
            raise VaultExists()
    params = _default_kdf(kdf)
    created_dir = not vault_dir.exists()
    try:
        vault_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise SaveFailed() from exc

    db_uuid = str(uuid.uuid4())
    dek = bytearray(secrets.token_bytes(KEY_LEN))
    secret = secrets.token_bytes(KEY_LEN)
    db_path = vault_dir / DB_NAME
    try:
        keyfile = Keyfile(
            db_uuid=db_uuid,
            generation=1,
            state="ok",
            key_check=key_check(dek, db_uuid),
            slots=[
                _passphrase_slot(dek, passphrase, params, db_uuid),
                make_recovery_slot(dek, secret, db_uuid),
            ],
        )
        _create_database(db_path, dek)
        safe_write(vault_dir / KEYFILE_NAME, keyfile.to_bytes())
    except BaseException:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(db_path) + suffix).unlink()
        if created_dir:
            with contextlib.suppress(OSError):
                (vault_dir / "officer.lock").unlink(missing_ok=True)
                vault_dir.rmdir()
        dek[:] = bytes(KEY_LEN)
        raise
    recovery = format_recovery_key(secret)
    vault = Vault.open(UnlockedKey(vault_dir, db_uuid, dek))
    return vault, recovery


def _create_database(db_path: Path, dek: bytearray) -> None:
    fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        conn = connect_keyed(db_path, dek, create=True)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlcipher3.Error as exc:
        raise SaveFailed() from exc
    except OSError as exc:
        raise SaveFailed() from exc
    if sys.platform != "win32":
        os.chmod(db_path, 0o600)
    fsync_file(db_path)
    fsync_dir(db_path.parent)


def derive_key(vault_dir: Path, passphrase: str, *, allow_weak_params: bool = False) -> UnlockedKey:
    """Unwrap the vault's data key with the passphrase: the slow step (run it off the GUI
    thread). Touches only the key file. Raises ``VaultNotFound``, ``NotAVault``,
    ``KeyfileCorrupt``, ``KeyfileRejected``, ``NewerSchema`` or ``WrongPassphrase``."""
    vault_dir = Path(vault_dir)
    keyfile = _read_keyfile(vault_dir)
    allow = allow_weak_params or insecure_test_kdf_enabled()
    try:
        dek = unwrap_passphrase(keyfile, passphrase, allow_weak=allow)
    except UnsupportedAlgorithm:
        raise KeyfileRejected() from None
    return UnlockedKey(vault_dir, keyfile.db_uuid, dek)


def derive_key_with_recovery(vault_dir: Path, recovery_key: str) -> UnlockedKey:
    """Unwrap the data key with the recovery key (spaces, dashes and case are ignored).
    Raises ``WrongRecoveryKey`` besides the errors of ``derive_key``."""
    vault_dir = Path(vault_dir)
    keyfile = _read_keyfile(vault_dir)
    secret = parse_recovery_key(recovery_key)
    dek = unwrap_recovery(keyfile, secret)
    return UnlockedKey(vault_dir, keyfile.db_uuid, dek, via_recovery=True)


def change_passphrase(
    vault_dir: Path, key: UnlockedKey, new_passphrase: str, *, kdf: KdfParams | None = None
) -> None:
    """Rewrap the data key under a new passphrase. The database file is not touched.

    The current key file is kept as ``keys.bak``; the new one is safe-saved and re-read.
    ``kdf`` None keeps the current slot's parameters if they meet the floor, else calibrates
    (the test-only switch keeps tests fast). Raises ``WeakPassphrase``, ``KeyfileCorrupt``
    (key file damaged, or ``key`` is not this vault's key) or ``SaveFailed``.
    """
    vault_dir = Path(vault_dir)
    check_passphrase_strength(new_passphrase)
    keys_path = vault_dir / KEYFILE_NAME
    keyfile = _read_keyfile(vault_dir)
    if keyfile.db_uuid != key.db_uuid or not keyfile.matches(key.dek):
        raise KeyfileCorrupt()
    if kdf is None:
        from officer_desk.vault.kdf import meets_floor

        current = keyfile.slot("passphrase").params
        kdf = current if meets_floor(current) else _default_kdf(None)
    current_raw = keys_path.read_bytes()
    keyfile.replace_slot(_passphrase_slot(key.dek, new_passphrase, kdf, keyfile.db_uuid))
    keyfile.generation += 1
    new_raw = keyfile.to_bytes()
    safe_write(vault_dir / KEYFILE_BAK_NAME, current_raw)
    safe_write(keys_path, new_raw)
    reread = Keyfile.parse(keys_path.read_bytes())
    if reread.generation != keyfile.generation or not reread.matches(key.dek):
        raise SaveFailed()


def use_previous_keyfile(vault_dir: Path) -> None:
    """Put ``keys.bak`` back in place of a damaged ``keys.json``.

    The damaged file is kept aside as ``keys.damaged-<time>.json``. ``keys.bak`` opens with the
    passphrase that was valid before the last change. Raises ``VaultNotFound`` if there is no
    previous key file, ``KeyfileCorrupt`` if it is damaged too.
    """
    vault_dir = Path(vault_dir)
    bak = vault_dir / KEYFILE_BAK_NAME
    keys = vault_dir / KEYFILE_NAME
    if not bak.is_file():
        raise VaultNotFound()
    raw = bak.read_bytes()
    Keyfile.parse(raw)  # refuse to restore a damaged backup
    if keys.exists():
        aside = vault_dir / f"keys.damaged-{time.strftime('%Y%m%d-%H%M%S')}.json"
        n = 1
        while aside.exists():
            aside = vault_dir / f"keys.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{n}.json"
            n += 1
        try:
            os.replace(keys, aside)
        except OSError as exc:
            raise SaveFailed() from exc
    safe_write(keys, raw)
