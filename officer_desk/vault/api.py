"""Creating, unlocking and rewrapping vaults (docs/SECURITY.md, key hierarchy)."""

from __future__ import annotations

import contextlib
import os
import secrets
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from cryptography.exceptions import UnsupportedAlgorithm

from officer_desk.errors import (
    DatabaseDamaged,
    KeyfileCorrupt,
    KeyfileRejected,
    NotAVault,
    SaveFailed,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WalMissing,
    WrongRecoveryKey,
)
from officer_desk.vault.database import (
    OPEN_MARKER_NAME,
    Vault,
    _is_notadb,
    connect_keyed,
    raw_rekey_pragma,
)
from officer_desk.vault.files import VaultLock, fsync_dir, fsync_file, safe_write
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
    next_slot_ids,
    parse_recovery_key,
    unwrap_passphrase,
    unwrap_recovery,
    unwrap_rotating,
)
from officer_desk.vault.names import APPLICATION_ID, DB_NAME, KEYFILE_BAK_NAME, KEYFILE_NAME
from officer_desk.vault.strength import check_passphrase_strength


@dataclass
class UnlockedKey:
    """The vault's data key (DEK), unwrapped. ``wipe()`` zeroes the buffer (best effort)."""

    vault_dir: Path
    db_uuid: str
    dek: bytearray = field(repr=False)
    #: True when unlocked with the recovery key: the UI should force a new passphrase.
    via_recovery: bool = False
    #: True when unlocking finished a key rotation that had been interrupted after the
    #: database was rekeyed: the recovery key that rotation made was never shown, so the
    #: caller should run ``rotate_key`` again to get one.
    needs_new_recovery_key: bool = False

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


def _passphrase_slot(
    dek: bytearray, passphrase: str, params: KdfParams, db_uuid: str, *, slot_id: str = "passphrase"
) -> Slot:
    """Where Argon2id is unavailable, fall back to Scrypt (recorded), never PBKDF2
    (docs/SECURITY.md, K11)."""
    try:
        return make_passphrase_slot(dek, passphrase, params, db_uuid, slot_id=slot_id)
    except UnsupportedAlgorithm:
        if params.kdf != "argon2id":
            raise KeyfileRejected() from None
        return make_passphrase_slot(
            dek, passphrase, scrypt_fallback_for(params), db_uuid, slot_id=slot_id
        )


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
        if keyfile.rotating:
            found = unwrap_rotating(keyfile, passphrase=passphrase, allow_weak=allow)
            return _finish_rotation(vault_dir, found, via_recovery=False)
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
    if keyfile.rotating:
        found = unwrap_rotating(keyfile, secret=secret)
        return _finish_rotation(vault_dir, found, via_recovery=True)
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
    if keyfile.rotating:
        raise VaultInUse()
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


# --- key rotation (docs/SECURITY.md, key hierarchy and K7) ------------------------------------


def rotate_key(
    vault_dir: Path, key: UnlockedKey, passphrase: str, *, kdf: KdfParams | None = None
) -> tuple[UnlockedKey, str]:
    """Replace the vault's data key (suspected compromise). Returns the new key and a NEW
    recovery key (show it once; the old recovery key stops working).

    The vault must not be open anywhere (the single-writer lock is taken: ``VaultInUse``).
    Steps: generate DEK′; safe-save the key file with ``state="rotating"``, ``generation+1``
    and slots for both keys (the old key under ``passphrase`` plus its existing recovery
    slot, the new key under ``passphrase`` plus a new recovery slot); ``PRAGMA rekey`` (atomic
    in SQLite: after a crash the database opens with exactly one of the two keys, and
    ``derive_key`` finds which and finishes); safe-save the final key file with only DEK′,
    re-read it and open the database with it, and only then replace ``keys.bak`` (which held
    the pre-rotation file, still valid until the rekey committed) by the final file.

    ``passphrase`` wraps both keys (normally the current passphrase; it must pass the
    strength check). ``kdf`` None keeps the current slot's parameters if they meet the
    floor. ``key`` is wiped on success. Existing backups keep the old key and key file.
    Raises ``WeakPassphrase``, ``VaultInUse``, ``KeyfileCorrupt`` (``key`` is not this
    vault's key), ``WalMissing``, ``DatabaseDamaged`` or ``SaveFailed``.
    """
    vault_dir = Path(vault_dir)
    check_passphrase_strength(passphrase)
    keys_path = vault_dir / KEYFILE_NAME
    db_path = vault_dir / DB_NAME
    _read_keyfile(vault_dir)  # VaultNotFound / NotAVault before creating a lock file
    lock = VaultLock(vault_dir)
    lock.acquire()
    try:
        current_raw = keys_path.read_bytes()
        keyfile = Keyfile.parse(current_raw)
        if keyfile.rotating:
            raise VaultInUse()  # unlock once to finish the interrupted rotation first
        if keyfile.db_uuid != key.db_uuid or not keyfile.matches(key.dek):
            raise KeyfileCorrupt()
        marker = vault_dir / OPEN_MARKER_NAME
        if marker.exists() and not Path(f"{db_path}-wal").exists():
            raise WalMissing()
        if kdf is None:
            from officer_desk.vault.kdf import meets_floor

            current = keyfile.slot("passphrase").params
            kdf = current if meets_floor(current) else _default_kdf(None)
        conn = _open_probed(db_path, key.dek)
        if conn is None:
            raise KeyfileCorrupt()  # the key matches the key file but not the database
        new_dek = bytearray(secrets.token_bytes(KEY_LEN))
        secret = secrets.token_bytes(KEY_LEN)
        try:
            try:
                generation = keyfile.generation + 1
                pass_id, rec_id = sorted(next_slot_ids(generation))
                new_slots = [
                    _passphrase_slot(new_dek, passphrase, kdf, keyfile.db_uuid, slot_id=pass_id),
                    make_recovery_slot(new_dek, secret, keyfile.db_uuid, slot_id=rec_id),
                ]
                old_pass = _passphrase_slot(key.dek, passphrase, kdf, keyfile.db_uuid)
                rotating = Keyfile(
                    db_uuid=keyfile.db_uuid,
                    generation=generation,
                    state="rotating",
                    key_check=keyfile.key_check,
                    # The old key keeps its own recovery slot: a rotation interrupted before
                    # the rekey commits leaves the vault exactly as it was, recovery key
                    # included. Its slot is dropped as soon as the rotation finishes.
                    slots=[old_pass, keyfile.slot("recovery"), *new_slots],
                    next_key_check=key_check(new_dek, keyfile.db_uuid),
                )
                safe_write(vault_dir / KEYFILE_BAK_NAME, current_raw)
                safe_write(keys_path, rotating.to_bytes())
                # --- from here the key file names both keys; the rekey is atomic ---
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                hex_key = bytes(new_dek).hex()
                try:
                    conn.execute(raw_rekey_pragma(hex_key))
                finally:
                    del hex_key
                _close_checkpointed(conn, vault_dir)
                conn = None
            except sqlcipher3.Error as exc:
                raise SaveFailed() from exc
            final = Keyfile(
                db_uuid=keyfile.db_uuid,
                generation=generation,
                state="ok",
                key_check=rotating.next_key_check or "",
                slots=new_slots,
            )
            _write_final(vault_dir, final, new_dek)
        except BaseException:
            if conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    conn.close()
            with contextlib.suppress(Exception):
                # Finish on whichever key opens the database now (never raises here).
                _settle_rotation(vault_dir, [(True, new_dek), (False, key.dek)])
            new_dek[:] = bytes(KEY_LEN)
            raise
    finally:
        lock.release()
    key.wipe()
    return UnlockedKey(vault_dir, keyfile.db_uuid, new_dek), format_recovery_key(secret)


def _open_probed(db_path: Path, dek: bytes | bytearray) -> Any:
    """A read-write keyed connection if ``dek`` opens the database (probe and application
    id), None if SQLCipher says the key is wrong; ``DatabaseDamaged`` otherwise."""
    conn = connect_keyed(db_path, dek)
    try:
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if _is_notadb(exc):
            return None
        raise DatabaseDamaged() from None
    except BaseException:
        conn.close()
        raise
    if app_id != APPLICATION_ID:
        conn.close()
        raise NotAVault()
    return conn


def _close_checkpointed(conn: Any, vault_dir: Path) -> None:
    """Checkpoint and close like ``Vault.close``: a complete checkpoint makes the WAL
    disposable, so an open-marker left by an earlier crash goes with it."""
    try:
        row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if row is not None and row[0] == 0:
        with contextlib.suppress(OSError):
            (vault_dir / OPEN_MARKER_NAME).unlink(missing_ok=True)


def _write_final(vault_dir: Path, final: Keyfile, dek: bytearray) -> None:
    """Safe-save the finished key file, re-read it, open the database with its key, then make
    it ``keys.bak`` too (the pre-rotation file no longer opens the database)."""
    keys_path = vault_dir / KEYFILE_NAME
    raw = final.to_bytes()
    safe_write(keys_path, raw)
    reread = Keyfile.parse(keys_path.read_bytes())
    if reread.rotating or reread.generation != final.generation or not reread.matches(dek):
        raise SaveFailed()
    conn = _open_probed(vault_dir / DB_NAME, dek)
    if conn is None:
        raise SaveFailed()
    _close_checkpointed(conn, vault_dir)
    safe_write(vault_dir / KEYFILE_BAK_NAME, raw)


def _settle_rotation(
    vault_dir: Path, found: list[tuple[bool, bytearray]]
) -> tuple[bool, bytearray] | None:
    """With the lock held and ``keys.json`` in state "rotating": find which of ``found``
    (``(is_new_key, dek)``, new key first) opens the database and write the final key file
    with only that key's slots. None when no candidate opens it (nothing is written)."""
    keyfile = Keyfile.parse((vault_dir / KEYFILE_NAME).read_bytes())
    if not keyfile.rotating:
        for is_new, dek in found:
            if keyfile.matches(dek):
                return is_new, dek
        return None
    for is_new, dek in sorted(found, key=lambda item: not item[0]):
        ok = keyfile.matches_next(dek) if is_new else keyfile.matches(dek)
        if not ok:
            continue
        conn = _open_probed(vault_dir / DB_NAME, dek)
        if conn is None:
            continue
        _close_checkpointed(conn, vault_dir)
        final = Keyfile(
            db_uuid=keyfile.db_uuid,
            generation=keyfile.generation,
            state="ok",
            key_check=(keyfile.next_key_check if is_new else keyfile.key_check) or "",
            slots=[s for s in keyfile.slots if keyfile.is_next_slot(s) == is_new],
        )
        _write_final(vault_dir, final, dek)
        return is_new, dek
    return None


def _finish_rotation(
    vault_dir: Path, found: list[tuple[bool, bytearray]], *, via_recovery: bool
) -> UnlockedKey:
    """Startup in state "rotating": try the new key, then the old one; finish the rotation
    with the one that opens the database. ``VaultInUse`` if a rotation is running now."""
    lock = VaultLock(vault_dir)
    try:
        lock.acquire()
        try:
            settled = _settle_rotation(vault_dir, found)
        finally:
            lock.release()
        if settled is None:
            if via_recovery:
                # Only a key the rotation replaced: that recovery key no longer opens it.
                raise WrongRecoveryKey()
            raise DatabaseDamaged()
        is_new, dek = settled
        db_uuid = Keyfile.parse((vault_dir / KEYFILE_NAME).read_bytes()).db_uuid
        result = UnlockedKey(vault_dir, db_uuid, bytearray(dek), via_recovery=via_recovery)
        result.needs_new_recovery_key = is_new and not via_recovery
        return result
    finally:
        for _is_new, dek in found:
            dek[:] = bytes(len(dek))
