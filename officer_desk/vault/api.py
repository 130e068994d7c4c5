"""Creating, unlocking and rewrapping vaults (docs/SECURITY.md, "Keys and files").

Every save of the key file goes through ``save_keyfile``: the previous file is kept as
``keys.bak`` only while the save is in flight (written, fsynced, re-read and verified), then
removed and the folder fsynced, so after a passphrase change no file in the vault folder
opens with the old passphrase. ``settle_keyfile_leftovers`` removes a ``keys.bak`` that a
crash left behind whenever the vault is opened for writing (``Vault.open``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
import sys
import threading
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
    OfficerDeskError,
    RotationInterrupted,
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
    connect_keyed,
    is_notadb,
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
    check_anchor,
    format_recovery_key,
    key_check,
    make_anchor,
    make_passphrase_slot,
    make_recovery_slot,
    next_slot_ids,
    parse_recovery_key,
    read_keyfile_bytes,
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
    if keys.is_symlink():
        raise KeyfileCorrupt()  # never follow a planted link (docs/SECURITY.md, A8)
    if not keys.is_file():
        if (keys.exists() or (vault_dir / KEYFILE_BAK_NAME).is_file()) and db.is_file():
            raise KeyfileCorrupt()
        raise VaultNotFound()
    if not db.is_file():
        raise VaultNotFound()
    try:
        raw = read_keyfile_bytes(keys)
    except FileNotFoundError as exc:
        raise KeyfileCorrupt() from exc
    return Keyfile.parse(raw)


# --- saving the key file ------------------------------------------------------------------

#: One key-file save at a time in this process (the app's close, a backup thread and the
#: Settings page may all save it). Other processes are kept out by the vault lock.
_SAVE_GUARD = threading.RLock()
#: Folder of the verified copies made before a schema upgrade, inside the vault folder.
PRE_UPGRADE_DIR = "pre-upgrade-backups"


def save_keyfile(vault_dir: Path, keyfile: Keyfile, dek: bytes | bytearray) -> bytes:
    """Safe-save ``keyfile`` as the vault's ``keys.json`` and return the bytes written.

    The previous file is kept as ``keys.bak`` while the save is in flight: the new file is
    written to a temp file, fsynced and renamed into place, then re-read and checked against
    ``dek`` (the key it must hold); only then is ``keys.bak`` removed and the folder fsynced.
    Raises ``SaveFailed``; the previous file is then put back as ``keys.json`` (if that too
    fails, ``keys.bak`` stays for the next open to settle)."""
    vault_dir = Path(vault_dir)
    keys = vault_dir / KEYFILE_NAME
    bak = vault_dir / KEYFILE_BAK_NAME
    raw = keyfile.to_bytes()
    with _SAVE_GUARD:
        try:
            previous = read_keyfile_bytes(keys)
        except (FileNotFoundError, KeyfileCorrupt):
            previous = None
        if previous is not None:
            safe_write(bak, previous)
        safe_write(keys, raw)
        try:
            reread = Keyfile.parse(read_keyfile_bytes(keys))
            ok = reread.matches_next(dek) if reread.rotating else reread.matches(dek)
            if reread.generation != keyfile.generation or reread.state != keyfile.state or not ok:
                raise SaveFailed()
            bak.unlink(missing_ok=True)
            fsync_dir(vault_dir)
        except (OfficerDeskError, OSError, ValueError) as exc:
            # Undo: the previous file goes back, so a failed save changes nothing.
            with contextlib.suppress(OfficerDeskError, OSError):
                if previous is not None:
                    safe_write(keys, previous)
                bak.unlink(missing_ok=True)
                fsync_dir(vault_dir)
            raise SaveFailed() from exc
    return raw


def _local_copies(vault_dir: Path) -> list[Path]:
    """Key files of the verified copies the app keeps inside the vault folder."""
    root = Path(vault_dir) / PRE_UPGRADE_DIR
    try:
        return sorted(p / KEYFILE_NAME for p in root.iterdir() if (p / KEYFILE_NAME).is_file())
    except OSError:
        return []


def _rewrap_local_copies(vault_dir: Path, keyfile: Keyfile) -> None:
    """Give every copy inside the vault folder that holds the same data key the new slots,
    so none of them opens with the old passphrase any more (each keeps its own access-log
    anchor: it counts the entries that copy holds)."""
    for path in _local_copies(vault_dir):
        try:
            copy = Keyfile.parse(read_keyfile_bytes(path))
        except (OfficerDeskError, OSError, ValueError):
            continue
        if copy.db_uuid != keyfile.db_uuid or copy.rotating or copy.key_check != keyfile.key_check:
            continue
        safe_write(path, dataclasses.replace(keyfile, log_anchor=copy.log_anchor).to_bytes())


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


def derive_key(
    vault_dir: Path,
    passphrase: str,
    *,
    allow_weak_params: bool = False,
    finish_rotation: bool = True,
) -> UnlockedKey:
    """Unwrap the vault's data key with the passphrase: the slow step (run it off the GUI
    thread). Touches only the key file. Raises ``VaultNotFound``, ``NotAVault``,
    ``KeyfileCorrupt``, ``KeyfileRejected``, ``NewerSchema`` or ``WrongPassphrase``.

    A key file left "rotating" by an interrupted rotation is finished here (the key file is
    rewritten), unless ``finish_rotation`` is False (read-only and other commands that must
    not rewrite the key file on the side): then ``RotationInterrupted`` is raised before any
    key derivation and nothing is written."""
    vault_dir = Path(vault_dir)
    allow = insecure_test_kdf_enabled() or allow_weak_params
    keyfile = _read_keyfile(vault_dir)
    if keyfile.rotating and not finish_rotation:
        raise RotationInterrupted()
    try:
        if keyfile.rotating:
            found = unwrap_rotating(keyfile, passphrase=passphrase, allow_weak=allow)
            return _finish_rotation(vault_dir, found, via_recovery=False)
        dek = unwrap_passphrase(keyfile, passphrase, allow_weak=allow)
    except UnsupportedAlgorithm:
        raise KeyfileRejected() from None
    return UnlockedKey(vault_dir, keyfile.db_uuid, dek)


def derive_key_with_recovery(
    vault_dir: Path, recovery_key: str, *, finish_rotation: bool = True
) -> UnlockedKey:
    """Unwrap the data key with the recovery key (spaces, dashes and case are ignored).
    Raises ``WrongRecoveryKey`` besides the errors of ``derive_key``."""
    vault_dir = Path(vault_dir)
    keyfile = _read_keyfile(vault_dir)
    if keyfile.rotating and not finish_rotation:
        raise RotationInterrupted()
    secret = parse_recovery_key(recovery_key)
    if keyfile.rotating:
        found = unwrap_rotating(keyfile, secret=secret)
        return _finish_rotation(vault_dir, found, via_recovery=True)
    dek = unwrap_recovery(keyfile, secret)
    return UnlockedKey(vault_dir, keyfile.db_uuid, dek, via_recovery=True)


@dataclass
class PreparedPassphrase:
    """A new passphrase slot, derived (the slow part) but not yet saved."""

    vault_dir: Path
    db_uuid: str
    slot: Slot = field(repr=False)


def prepare_passphrase_change(
    vault_dir: Path, key: UnlockedKey, new_passphrase: str, *, kdf: KdfParams | None = None
) -> PreparedPassphrase:
    """The slow half of a passphrase change (run it off the GUI thread): check the new
    passphrase and wrap the data key under it. Nothing is written. ``kdf`` None calibrates
    afresh (the test-only switch keeps tests fast). Raises ``WeakPassphrase``,
    ``KeyfileCorrupt`` (key file damaged, or ``key`` is not this vault's key),
    ``VaultInUse`` (a rotation is unfinished)."""
    vault_dir = Path(vault_dir)
    check_passphrase_strength(new_passphrase)
    keyfile = _read_keyfile(vault_dir)
    if keyfile.rotating:
        raise VaultInUse()
    if keyfile.db_uuid != key.db_uuid or not keyfile.matches(key.dek):
        raise KeyfileCorrupt()
    params = _default_kdf(kdf)
    slot = _passphrase_slot(key.dek, new_passphrase, params, keyfile.db_uuid)
    return PreparedPassphrase(vault_dir, keyfile.db_uuid, slot)


def commit_passphrase_change(
    prepared: PreparedPassphrase, key: UnlockedKey, *, log_anchor: tuple[int, str] | None = None
) -> None:
    """The fast half: put the prepared slot into the key file (``save_keyfile``) and give
    the verified copies inside the vault folder the same file. ``log_anchor`` (entries, head)
    updates the access-log anchor in the same save. After it no file in the vault folder
    opens with the old passphrase. Raises ``KeyfileCorrupt``, ``VaultInUse`` or
    ``SaveFailed``."""
    vault_dir = prepared.vault_dir
    with _SAVE_GUARD:
        keyfile = _read_keyfile(vault_dir)
        if keyfile.rotating:
            raise VaultInUse()
        if keyfile.db_uuid != prepared.db_uuid or not keyfile.matches(key.dek):
            raise KeyfileCorrupt()
        keyfile.replace_slot(prepared.slot)
        keyfile.generation += 1
        if log_anchor is not None:
            keyfile.log_anchor = make_anchor(key.dek, keyfile.db_uuid, *log_anchor)
        save_keyfile(vault_dir, keyfile, key.dek)
        _rewrap_local_copies(vault_dir, keyfile)


def change_passphrase(
    vault_dir: Path,
    key: UnlockedKey,
    new_passphrase: str,
    *,
    kdf: KdfParams | None = None,
    log_anchor: tuple[int, str] | None = None,
) -> None:
    """Rewrap the data key under a new passphrase. The database file is not touched.

    ``prepare_passphrase_change`` then ``commit_passphrase_change``: afterwards no file in
    the vault folder opens with the old passphrase (``keys.bak`` exists only during the
    save). It cannot reach copies made earlier elsewhere (backups, a copied key file): for
    "someone may know my passphrase" use ``rotate_key``. Raises ``WeakPassphrase``,
    ``KeyfileCorrupt`` (key file damaged, or ``key`` is not this vault's key) or
    ``SaveFailed``."""
    prepared = prepare_passphrase_change(vault_dir, key, new_passphrase, kdf=kdf)
    commit_passphrase_change(prepared, key, log_anchor=log_anchor)


def save_log_anchor(vault_dir: Path, key: UnlockedKey, entries: int, head: str) -> bool:
    """Record the access log's head (``entries``, ``head``) in the key file, MACed under a
    key derived from the data key. Skipped (False) while a key rotation is unfinished.
    Raises ``KeyfileCorrupt`` (not this vault's key) or ``SaveFailed``."""
    vault_dir = Path(vault_dir)
    with _SAVE_GUARD:
        keyfile = _read_keyfile(vault_dir)
        if keyfile.rotating:
            return False
        if keyfile.db_uuid != key.db_uuid or not keyfile.matches(key.dek):
            raise KeyfileCorrupt()
        anchor = make_anchor(key.dek, keyfile.db_uuid, entries, head)
        if keyfile.log_anchor == anchor:
            return True
        keyfile.log_anchor = anchor
        save_keyfile(vault_dir, keyfile, key.dek)
    return True


def read_log_anchor(vault_dir: Path, key: UnlockedKey) -> tuple[str, tuple[int, str] | None]:
    """The key file's access-log anchor: ``("ok", (entries, head))``, ``("missing", None)``
    or ``("invalid", None)`` (its MAC does not verify under this vault's key)."""
    keyfile = _read_keyfile(Path(vault_dir))
    if keyfile.log_anchor is None:
        return "missing", None
    found = check_anchor(key.dek, keyfile.db_uuid, keyfile.log_anchor)
    if found is None and keyfile.rotating:
        return "missing", None
    return ("ok", found) if found is not None else ("invalid", None)


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
    strength check). ``kdf`` None calibrates afresh. ``key`` is wiped on success. The
    verified copies inside the vault folder (made before a schema upgrade) are re-encrypted
    with the new key too, so nothing in the vault folder opens with the old key, passphrase
    or recovery key. Backups elsewhere keep the old key and key file.
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
        current_raw = read_keyfile_bytes(keys_path)
        keyfile = Keyfile.parse(current_raw)
        if keyfile.rotating:
            raise VaultInUse()  # unlock once to finish the interrupted rotation first
        if keyfile.db_uuid != key.db_uuid or not keyfile.matches(key.dek):
            raise KeyfileCorrupt()
        marker = vault_dir / OPEN_MARKER_NAME
        if marker.exists() and not Path(f"{db_path}-wal").exists():
            raise WalMissing()
        kdf = _default_kdf(kdf)
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
                    log_anchor=keyfile.log_anchor,
                )
                save_keyfile(vault_dir, rotating, new_dek)
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
                log_anchor=_remac_anchor(keyfile, [key.dek], new_dek),
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
        # The live vault is rotated; a copy that cannot be re-encrypted now (disk full) keeps
        # the old key: it is reported by ``stale_local_copies`` and by ``officer-desk check``.
        with contextlib.suppress(OSError, sqlcipher3.Error, SaveFailed, DatabaseDamaged, NotAVault):
            _rekey_local_copies(vault_dir, keyfile, key.dek, new_dek, rotating, final)
    finally:
        lock.release()
    key.wipe()
    return UnlockedKey(vault_dir, keyfile.db_uuid, new_dek), format_recovery_key(secret)


def stale_local_copies(vault_dir: Path, key: UnlockedKey) -> list[Path]:
    """Key files inside the vault folder whose key or slots differ from the vault's key
    file (they may open with an old passphrase or an old key)."""
    try:
        current = Keyfile.parse(read_keyfile_bytes(Path(vault_dir) / KEYFILE_NAME))
    except (OSError, OfficerDeskError):
        return []
    slots = [s.to_json() for s in current.slots]
    stale = []
    for path in _local_copies(vault_dir):
        try:
            copy = Keyfile.parse(read_keyfile_bytes(path))
        except (OSError, OfficerDeskError):
            stale.append(path)
            continue
        if copy.key_check != current.key_check or [s.to_json() for s in copy.slots] != slots:
            stale.append(path)
    return stale


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
        if is_notadb(exc):
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


def _remac_anchor(
    keyfile: Keyfile, old_keys: list[bytearray] | list[bytes | bytearray], dek: bytes | bytearray
) -> dict[str, Any] | None:
    """The key file's anchor MACed under ``dek``, if it verifies under ``dek`` or one of
    ``old_keys``; None when it is missing or verifies under none of them."""
    for candidate in (dek, *old_keys):
        found = check_anchor(candidate, keyfile.db_uuid, keyfile.log_anchor)
        if found is not None:
            return make_anchor(dek, keyfile.db_uuid, *found)
    return None


def _write_final(vault_dir: Path, final: Keyfile, dek: bytearray) -> bytes:
    """Save the finished key file (``save_keyfile``: the previous file goes once the new one
    is verified) and open the database with its key. Returns the bytes written."""
    raw = save_keyfile(vault_dir, final, dek)
    conn = _open_probed(vault_dir / DB_NAME, dek)
    if conn is None:
        raise SaveFailed()
    _close_checkpointed(conn, vault_dir)
    return raw


def _rekey_local_copies(
    vault_dir: Path,
    before: Keyfile,
    old_dek: bytes | bytearray,
    new_dek: bytes | bytearray,
    rotating: Keyfile,
    final: Keyfile,
) -> None:
    """Re-encrypt the verified copies inside the vault folder that still use the old key:
    the same steps as the live vault (key file naming both keys, atomic rekey, final file).
    Each copy keeps its own access-log anchor, MACed under the new key at the end."""
    for keys in _local_copies(vault_dir):
        try:
            copy = Keyfile.parse(read_keyfile_bytes(keys))
        except (OfficerDeskError, OSError, ValueError):
            continue
        if copy.db_uuid != before.db_uuid or copy.key_check != before.key_check:
            continue
        db = keys.parent / DB_NAME
        safe_write(keys, dataclasses.replace(rotating, log_anchor=copy.log_anchor).to_bytes())
        conn = _open_probed(db, old_dek)
        if conn is not None:
            hex_key = bytes(new_dek).hex()
            try:
                conn.execute(raw_rekey_pragma(hex_key))
            except sqlcipher3.Error as exc:
                raise SaveFailed() from exc
            finally:
                del hex_key
                conn.close()
        anchor = _remac_anchor(copy, [old_dek], new_dek)
        safe_write(keys, dataclasses.replace(final, log_anchor=anchor).to_bytes())


def _settle_rotation(
    vault_dir: Path, found: list[tuple[bool, bytearray]]
) -> tuple[bool, bytearray] | None:
    """With the lock held and ``keys.json`` in state "rotating": find which of ``found``
    (``(is_new_key, dek)``, new key first) opens the database and write the final key file
    with only that key's slots. None when no candidate opens it (nothing is written)."""
    keyfile = Keyfile.parse(read_keyfile_bytes(vault_dir / KEYFILE_NAME))
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
            log_anchor=_remac_anchor(keyfile, [d for _n, d in found], dek),
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
        db_uuid = Keyfile.parse(read_keyfile_bytes(vault_dir / KEYFILE_NAME)).db_uuid
        result = UnlockedKey(vault_dir, db_uuid, bytearray(dek), via_recovery=via_recovery)
        result.needs_new_recovery_key = is_new and not via_recovery
        return result
    finally:
        for _is_new, dek in found:
            dek[:] = bytes(len(dek))
