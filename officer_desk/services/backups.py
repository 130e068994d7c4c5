"""Verified backups, generations and restore (docs/SECURITY.md).

A backup is a folder ``officer-desk-backup-YYYYMMDD-HHMMSS`` in the backup folder the officer
chose, holding the encrypted database copy (SQLite online backup, never a file copy of the
live database), the vault's key file (a database copy without its key file is unreadable)
and ``backup.json``: a manifest with the SHA-256 of both files, the access-log anchor at the
time of the backup (``access_log_anchor``: entries, head and MAC, docs/SECURITY.md
"Anchors") and no personal data. It is
built under a hidden ``.…partial`` name, verified (``integrity_check`` and
``cipher_integrity_check``) and renamed into place only when complete, so a crash never
leaves a half backup that looks whole. The newest ``backup_keep`` verified generations of the
vault are kept; older ones are deleted.

``restore`` never overwrites the live vault: it stages a checked copy beside it, moves the live
vault aside to ``<vault>.before-restore-<stamp>`` and renames the copy into place.
``recover_interrupted_restore`` finishes or undoes a restore that was killed half-way.

``make_backup`` touches only files and its own connection, so it may run in a worker thread;
``record_backup`` writes the access-log entry on the session's thread.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import officer_desk
from officer_desk.errors import (
    DatabaseDamaged,
    OfficerDeskError,
    SaveFailed,
    ValidationError,
    VaultNotFound,
    tr_noop,
)
from officer_desk.services.desk import ACCESS_LOG, Desk
from officer_desk.store import access_log
from officer_desk.vault import DB_NAME, KEYFILE_NAME, UnlockedKey, Vault
from officer_desk.vault.files import LOCK_NAME, VaultLock, fsync_dir, open_no_follow, safe_write
from officer_desk.vault.keyfile import (
    Keyfile,
    anchor_shape_ok,
    check_anchor,
    make_anchor,
    read_keyfile_bytes,
)
from officer_desk.vault.names import APPLICATION_ID

log = logging.getLogger(__name__)

PREFIX = "officer-desk-backup-"
MANIFEST = "backup.json"
MANIFEST_FORMAT = "officer_desk-backup"
READY_MARKER = ".restore-ready"
DEFAULT_KEEP = 10
VERIFIED = "verified"
DAMAGED = "damaged"
INCOMPLETE = "incomplete"

_backup_guard = threading.Lock()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup folder. ``status``: ``verified`` (checked when made, files unchanged since),
    ``damaged`` (a file changed or is unreadable) or ``incomplete`` (files missing)."""

    path: Path
    created_at: dt.datetime | None
    db_uuid: str
    size: int
    status: str
    schema_version: int = 0

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def verified(self) -> bool:
        return self.status == VERIFIED


@dataclass(frozen=True, slots=True)
class RestoreResult:
    vault_dir: Path
    #: Where the previous live vault was moved (None if there was none).
    aside: Path | None
    backup: BackupInfo


# --- scheduling ---------------------------------------------------------------------------------


def due_for_backup(
    last: dt.datetime | None, now: dt.datetime, *, interval: dt.timedelta = dt.timedelta(days=1)
) -> bool:
    """True when a backup is due: none yet, the last one is ``interval`` old or more, or the
    clock went backwards past it (never trust a 'future' backup to be recent)."""
    if last is None:
        return True
    if last > now:
        return True
    return now - last >= interval


# --- helpers --------------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def default_backup_dir(vault_dir: Path) -> Path:
    """Beside the vault (the officer should choose another disk): ``<vault>-backups``."""
    vault_dir = Path(vault_dir).resolve()
    return vault_dir.with_name(f"{vault_dir.name}-backups")


def backup_folder(desk: Desk, vault_dir: Path) -> Path:
    configured = desk.setting("backup_dir")
    return Path(configured).expanduser() if configured else default_backup_dir(vault_dir)


def backup_keep(desk: Desk) -> int:
    try:
        keep = int(desk.setting("backup_keep"))
    except ValueError:
        keep = DEFAULT_KEEP
    return max(1, min(keep, 1000))


def _is_inside(child: Path, parent: Path) -> bool:
    try:
        child.resolve().relative_to(parent.resolve())
    except ValueError:
        return False
    return True


def _unique_name(folder: Path, now: dt.datetime) -> str:
    base = f"{PREFIX}{now:%Y%m%d-%H%M%S}"
    name, n = base, 1
    while (folder / name).exists():
        name = f"{base}-{n}"
        n += 1
    return name


def _read_manifest(folder: Path) -> dict[str, Any] | None:
    try:
        raw = (folder / MANIFEST).read_bytes()
        doc = json.loads(raw)
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or doc.get("format") != MANIFEST_FORMAT:
        return None
    return doc


def _parse_when(text: object) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


# --- making backups -------------------------------------------------------------------------------


def make_backup(
    vault: Vault,
    folder: Path,
    *,
    keep: int = DEFAULT_KEEP,
    now: dt.datetime | None = None,
    schema_version: int | None = None,
    log_head: tuple[int, str] | None = None,
) -> BackupInfo:
    """Write one verified backup generation of ``vault`` into ``folder`` and prune old ones.

    File work and the vault's own connections only: safe in a worker thread. ``log_head``
    (entries, head) is anchored in the manifest; None reads it from the backup copy itself.
    Raises ``ValidationError`` for a folder inside the vault, ``SaveFailed`` or
    ``DatabaseDamaged``.
    """
    folder = Path(folder).expanduser()
    if _is_inside(folder, vault.dir):
        raise ValidationError(
            tr_noop("Choose a backup folder outside the vault folder."), field="backup_dir"
        )
    now = now or dt.datetime.now()
    with _backup_guard:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveFailed() from exc
        _clean_partials(folder, vault.db_uuid)
        name = _unique_name(folder, now)
        partial = folder / f".{name}.{vault.db_uuid[:8]}.partial"
        try:
            db_path = vault.backup_to(partial)
            if log_head is None:
                log_head = _copy_head(vault, db_path)
            manifest: dict[str, Any] = {
                "format": MANIFEST_FORMAT,
                "version": 1,
                "db_uuid": vault.db_uuid,
                "created_at": now.isoformat(timespec="seconds"),
                "app_version": officer_desk.__version__,
                "schema_version": int(schema_version or 0),
                "application_id": APPLICATION_ID,
                "db_sha256": _sha256(db_path),
                "db_size": db_path.stat().st_size,
                "keys_sha256": _sha256(partial / KEYFILE_NAME),
                "checks": ["integrity_check", "cipher_integrity_check"],
                "access_log_anchor": make_anchor(vault.key.dek, vault.db_uuid, *log_head),
            }
            safe_write(
                partial / MANIFEST,
                json.dumps(manifest, indent=1, sort_keys=True).encode(),
                mode=0o600,
            )
            fsync_dir(partial)
            final = folder / name
            os.replace(partial, final)
            fsync_dir(folder)
        except OSError as exc:
            shutil.rmtree(partial, ignore_errors=True)
            raise SaveFailed() from exc
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        info = BackupInfo(
            final, now, vault.db_uuid, int(manifest["db_size"]), VERIFIED, int(schema_version or 0)
        )
        prune(folder, keep, vault.db_uuid)
    log.info("backup written and verified")
    return info


def _copy_head(vault: Vault, db_path: Path) -> tuple[int, str]:
    """The access log's head as the backup copy holds it (read-only, the vault's key)."""
    from officer_desk.store.db import Store
    from officer_desk.vault.database import connect_keyed

    conn = connect_keyed(db_path, vault.key.dek, read_only=True)
    try:
        return access_log.head(Store(conn))
    finally:
        conn.close()


def record_backup(desk: Desk, info: BackupInfo) -> None:
    """The access-log entry ``backup`` (the generation's folder name, never a path), then
    the key file's anchor."""
    with desk.store.transaction():
        access_log.append(desk.store, "backup", "vault", None, info.name, now=desk.clock.now())
    desk.notify(ACCESS_LOG)
    desk.anchor_log()


def backup_now(
    session: object, folder: Path | None = None, *, now: dt.datetime | None = None
) -> BackupInfo:
    """Back up an open session to ``folder`` (default: the ``backup_dir`` setting, else beside
    the vault), keep ``backup_keep`` generations, and log it. For the CLI and the app's
    close/daily backups; the app may split it into ``make_backup`` (worker) + ``record_backup``."""
    desk: Desk = session.desk  # type: ignore[attr-defined]
    vault: Vault = session.vault  # type: ignore[attr-defined]
    target = Path(folder) if folder is not None else backup_folder(desk, vault.dir)
    info = make_backup(
        vault,
        target,
        keep=backup_keep(desk),
        now=now,
        schema_version=desk.store.schema_version(),
        log_head=access_log.head(desk.store),
    )
    if not vault.read_only:
        record_backup(desk, info)
    return info


def _clean_partials(folder: Path, db_uuid: str) -> None:
    """Remove half-written generations of this vault left by a crash."""
    suffix = f".{db_uuid[:8]}.partial"
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            if entry.name.startswith(f".{PREFIX}") and entry.name.endswith(suffix):
                shutil.rmtree(entry, ignore_errors=True)


def prune(folder: Path, keep: int, db_uuid: str) -> list[Path]:
    """Delete this vault's verified generations beyond the newest ``keep`` (damaged or
    incomplete ones, and other vaults' backups, are left for the officer to look at)."""
    ours = [
        b
        for b in list_backups(folder, check_hash=False)
        if b.db_uuid == db_uuid and b.status == VERIFIED
    ]
    removed: list[Path] = []
    for old in ours[max(1, keep) :]:
        # Hide it first (atomic), so a crash mid-delete never leaves a half generation that
        # looks like a backup; the next backup removes the hidden leftover.
        doomed = folder / f".{old.name}.{db_uuid[:8]}.partial"
        try:
            os.replace(old.path, doomed)
        except OSError:
            continue
        shutil.rmtree(doomed, ignore_errors=True)
        removed.append(old.path)
    return removed


# --- listing and checking -------------------------------------------------------------------------


def inspect_backup(path: Path, *, check_hash: bool = True) -> BackupInfo:
    """Status of one backup folder without its key: files present, key file well-formed,
    and (``check_hash``) the database and key file unchanged since they were verified."""
    path = Path(path)
    if path.name == DB_NAME:
        path = path.parent
    doc = _read_manifest(path) or {}
    when = _parse_when(doc.get("created_at"))
    uuid = str(doc.get("db_uuid", ""))
    db, keys = path / DB_NAME, path / KEYFILE_NAME
    size = db.stat().st_size if db.is_file() else 0
    schema = int(doc.get("schema_version", 0) or 0)
    if not (db.is_file() and keys.is_file()):
        return BackupInfo(path, when, uuid, size, INCOMPLETE, schema)
    try:
        keyfile = Keyfile.parse(read_keyfile_bytes(keys))
    except (OfficerDeskError, OSError):
        return BackupInfo(path, when, uuid, size, DAMAGED, schema)
    if not doc:
        # Made by another tool or an older version: the files are there, unverified.
        return BackupInfo(path, when, keyfile.db_uuid, size, INCOMPLETE, schema)
    status = VERIFIED
    if keyfile.db_uuid != uuid or size != doc.get("db_size"):
        status = DAMAGED
    elif check_hash and (
        _sha256(db) != doc.get("db_sha256") or _sha256(keys) != doc.get("keys_sha256")
    ):
        status = DAMAGED
    return BackupInfo(path, when, uuid, size, status, schema)


def list_backups(folder: Path, *, check_hash: bool = True) -> list[BackupInfo]:
    """Backups in ``folder``, newest first (half-written ones are hidden)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    out = [
        inspect_backup(entry, check_hash=check_hash)
        for entry in folder.iterdir()
        if entry.is_dir() and entry.name.startswith(PREFIX)
    ]
    out.sort(key=lambda b: (b.created_at or dt.datetime.min, b.name), reverse=True)
    return out


def latest_verified_backup(folder: Path, db_uuid: str | None = None) -> BackupInfo | None:
    """The newest backup whose files still match what was verified (for the 'database
    damaged' offer). Hashes only as many generations as needed."""
    for info in list_backups(folder, check_hash=False):
        if info.status != VERIFIED or (db_uuid and info.db_uuid != db_uuid):
            continue
        checked = inspect_backup(info.path, check_hash=True)
        if checked.verified:
            return checked
    return None


def last_backup_time(folder: Path, db_uuid: str | None = None) -> dt.datetime | None:
    for info in list_backups(folder, check_hash=False):
        if info.status == VERIFIED and (not db_uuid or info.db_uuid == db_uuid):
            return info.created_at
    return None


def verify_backup_with_key(path: Path, key: UnlockedKey) -> bool:
    """Open the backup read-only with the vault's data key: probe, application id, key file
    match, ``integrity_check`` and ``cipher_integrity_check``."""
    path = Path(path)
    folder = path.parent if path.name == DB_NAME else path
    lock = folder / LOCK_NAME
    lock_existed = lock.exists()
    try:
        vault = Vault.open(UnlockedKey(folder, key.db_uuid, bytearray(key.dek)), read_only=True)
    except OfficerDeskError:
        return False
    try:
        return not vault.damage and vault.check(full=True).ok
    finally:
        vault.close()
        if not lock_existed:
            with contextlib.suppress(OSError):
                lock.unlink()


# --- key files and anchors of the backups ----------------------------------------------------


def rewrap_backup_keyfiles(folder: Path, vault_dir: Path) -> list[Path]:
    """After a passphrase change: give every verified backup in ``folder`` that holds the
    vault's current data key the vault's new key file (and its manifest the new hash), so
    those backups no longer open with the old passphrase. Backups made before a key
    rotation, copies elsewhere and damaged ones are left alone. Returns the folders
    changed."""
    try:
        raw = read_keyfile_bytes(Path(vault_dir) / KEYFILE_NAME)
        current = Keyfile.parse(raw)
    except (OSError, OfficerDeskError):
        return []
    changed: list[Path] = []
    for info in list_backups(folder, check_hash=True):
        if info.db_uuid != current.db_uuid or info.status != VERIFIED:
            continue
        keys = info.path / KEYFILE_NAME
        try:
            old_raw = read_keyfile_bytes(keys)
            old = Keyfile.parse(old_raw)
        except (OSError, OfficerDeskError):
            continue
        if old.rotating or old.key_check != current.key_check or old.slots == current.slots:
            continue
        doc = _read_manifest(info.path)
        if doc is None:
            continue
        # The backup keeps its own access-log anchor (same data key, so its MAC holds): the
        # live one may count entries the backup does not have.
        ours = Keyfile.parse(raw)
        ours.log_anchor = old.log_anchor
        new_raw = ours.to_bytes()
        safe_write(keys, new_raw)
        doc["keys_sha256"] = hashlib.sha256(new_raw).hexdigest()
        safe_write(info.path / MANIFEST, json.dumps(doc, indent=1, sort_keys=True).encode())
        changed.append(info.path)
    return changed


@dataclass(frozen=True, slots=True)
class BackupAnchor:
    """The access-log anchor of one backup: ``status`` ``ok`` (MAC verified under the
    vault's key), ``missing`` (older backup) or ``invalid`` (altered or another key)."""

    name: str
    status: str
    anchor: tuple[int, str] | None
    created_at: dt.datetime | None = None


def backup_anchors(folder: Path, db_uuid: str, dek: bytes | bytearray) -> list[BackupAnchor]:
    """The anchors in the manifests of this vault's backups in ``folder``, newest first."""
    out: list[BackupAnchor] = []
    for info in list_backups(folder, check_hash=False):
        if info.db_uuid != db_uuid:
            continue
        doc = _read_manifest(info.path) or {}
        obj = doc.get("access_log_anchor")
        if obj is None:
            out.append(BackupAnchor(info.name, "missing", None, info.created_at))
            continue
        found = check_anchor(dek, db_uuid, obj) if anchor_shape_ok(obj) else None
        out.append(BackupAnchor(info.name, "ok" if found else "invalid", found, info.created_at))
    return out


# --- restore --------------------------------------------------------------------------------------


def _copy_durable(src: Path, dst: Path) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(dst, flags, 0o600)
    try:
        with open(src, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    if sys.platform != "win32":
        os.chmod(dst, 0o600)


def _staging_dirs(vault_dir: Path) -> list[Path]:
    parent = vault_dir.parent
    head = f".{vault_dir.name}.restore-"
    try:
        return sorted(
            (
                e
                for e in parent.iterdir()
                if e.name.startswith(head) and e.name.endswith(".partial")
            ),
            key=lambda e: e.name,
        )
    except OSError:
        return []


def recover_interrupted_restore(vault_dir: Path) -> bool:
    """Finish or undo a restore that was interrupted (call before opening a vault).

    If the live vault was already moved aside, the complete staged copy is moved into place
    (returns True). Otherwise staged copies are removed and the live vault stays as it was.
    """
    vault_dir = Path(vault_dir).absolute()
    finished = False
    for staging in reversed(_staging_dirs(vault_dir)):
        ready = (staging / READY_MARKER).is_file()
        if not vault_dir.exists() and ready:
            os.replace(staging, vault_dir)
            fsync_dir(vault_dir.parent)
            finished = True
        else:
            shutil.rmtree(staging, ignore_errors=True)
    if vault_dir.is_dir():
        with contextlib.suppress(OSError):
            (vault_dir / READY_MARKER).unlink(missing_ok=True)
    return finished


def restore(
    backup_path: Path,
    vault_dir: Path,
    *,
    key: UnlockedKey | None = None,
    now: dt.datetime | None = None,
) -> RestoreResult:
    """Put a backup in place of the vault at ``vault_dir`` (which must not be open).

    The backup is checked first (files present, key file well-formed, hashes as verified;
    with ``key`` also opened and both integrity checks run). A copy is staged beside the vault
    and checked again, the live vault is moved aside to ``<vault>.before-restore-<stamp>``
    (never deleted or overwritten) and the copy is renamed into place. Raises
    ``VaultNotFound`` (no usable backup there), ``DatabaseDamaged`` (the backup does not
    verify), ``VaultInUse`` or ``SaveFailed``.
    """
    vault_dir = Path(vault_dir).absolute()
    info = inspect_backup(Path(backup_path), check_hash=True)
    if info.status == INCOMPLETE and not (info.path / DB_NAME).is_file():
        raise VaultNotFound()
    if info.status == DAMAGED:
        raise DatabaseDamaged()
    if key is not None and not verify_backup_with_key(info.path, key):
        raise DatabaseDamaged()
    now = now or dt.datetime.now()
    stamp = f"{now:%Y%m%d-%H%M%S}"
    recover_interrupted_restore(vault_dir)
    lock: VaultLock | None = None
    if vault_dir.exists():
        lock = VaultLock(vault_dir)
        lock.acquire()  # VaultInUse while the app or another command has it open
    try:
        staging = vault_dir.with_name(f".{vault_dir.name}.restore-{stamp}.partial")
        n = 1
        while staging.exists():
            staging = vault_dir.with_name(f".{vault_dir.name}.restore-{stamp}-{n}.partial")
            n += 1
        try:
            staging.mkdir(mode=0o700, parents=True)
            for name in (DB_NAME, KEYFILE_NAME):
                _copy_durable(info.path / name, staging / name)
            if (info.path / MANIFEST).is_file():
                doc = _read_manifest(info.path) or {}
                if _sha256(staging / DB_NAME) != doc.get("db_sha256"):
                    raise DatabaseDamaged()
            _copy_ready_marker(staging)
            fsync_dir(staging)
            fsync_dir(staging.parent)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise SaveFailed() from exc
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        aside: Path | None = None
        try:
            if vault_dir.exists():
                aside = vault_dir.with_name(f"{vault_dir.name}.before-restore-{stamp}")
                n = 1
                while aside.exists():
                    aside = vault_dir.with_name(f"{vault_dir.name}.before-restore-{stamp}-{n}")
                    n += 1
                if lock is not None and sys.platform == "win32":  # pragma: no cover
                    lock.release()  # Windows cannot rename a folder with an open file in it
                os.replace(vault_dir, aside)
            os.replace(staging, vault_dir)
            fsync_dir(vault_dir.parent)
        except OSError as exc:
            raise SaveFailed() from exc
        with contextlib.suppress(OSError):
            (vault_dir / READY_MARKER).unlink()
    finally:
        if lock is not None:
            lock.release()
    log.info("backup restored; previous vault kept aside")
    return RestoreResult(vault_dir, aside, info)


def _copy_ready_marker(staging: Path) -> None:
    # Never through a link planted in the staging folder, never truncating anything.
    fd = open_no_follow(staging / READY_MARKER, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def record_restore(desk: Desk, info: BackupInfo) -> None:
    """The access-log entry ``restored`` in the restored vault (generation name only)."""
    with desk.store.transaction():
        access_log.append(desk.store, "restored", "vault", None, info.name, now=desk.clock.now())
    desk.notify(ACCESS_LOG)


__all__ = [
    "BackupAnchor",
    "BackupInfo",
    "RestoreResult",
    "backup_anchors",
    "backup_folder",
    "backup_keep",
    "backup_now",
    "default_backup_dir",
    "due_for_backup",
    "inspect_backup",
    "last_backup_time",
    "latest_verified_backup",
    "list_backups",
    "make_backup",
    "prune",
    "record_backup",
    "record_restore",
    "recover_interrupted_restore",
    "restore",
    "rewrap_backup_keyfiles",
    "verify_backup_with_key",
]
