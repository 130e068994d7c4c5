"""File helpers: safe save (temp + fsync + replace + dir fsync), stale temp cleanup, lock."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from pathlib import Path

from officer_desk.errors import (
    SaveFailed,
    UnsafeOutputPath,
    VaultFolderLink,
    VaultFolderUnsafe,
    VaultInUse,
)

TEMP_SUFFIX = ".tmp"
LOCK_NAME = "officer.lock"
#: Never follow a symbolic link when opening a vault's own small files (0 where unsupported).
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}{TEMP_SUFFIX}")


def fsync_dir(directory: Path) -> None:
    """fsync a directory so a rename in it is durable (POSIX; a no-op on Windows)."""
    if sys.platform == "win32":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """fsync an existing file's data."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def safe_write(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` atomically with permissions ``mode``.

    Temp file in the same directory, write, flush + fsync, ``os.replace``, fsync the directory.
    On failure the previous file is untouched, the temp file is removed where possible (a crash
    leaves it for ``clean_stale_temps``) and ``SaveFailed`` is raised.

    An existing ``path`` must be an ordinary file: a symbolic link, device, FIFO or folder
    raises ``UnsafeOutputPath`` and is left as it was (``report --pdf /dev/full`` never
    replaces the device, ``--csv link`` never replaces the link; docs/SECURITY.md, A-F3).
    """
    path = Path(path)
    check_output_target(path)
    tmp = _temp_name(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, mode)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if sys.platform != "win32":
            os.chmod(tmp, mode)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise SaveFailed() from exc


def check_output_target(path: Path) -> None:
    """Raise ``UnsafeOutputPath`` unless ``path`` is missing or an ordinary file."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise SaveFailed() from exc
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeOutputPath()


def make_folder_private(folder: Path, *, strict: bool = True) -> None:
    """Give a vault folder mode 0700 (docs/SECURITY.md, A-F3).

    A folder other accounts can read or write is tightened. When that fails (a folder owned
    by another account, a file system without modes) a folder others can *write* is refused
    with ``VaultFolderUnsafe`` if ``strict``; a read-only open (a backup on a read-only
    medium) goes on. A no-op on Windows, where folders inherit the profile's ACLs.
    """
    if sys.platform == "win32":  # pragma: no cover - POSIX modes only
        return
    try:
        info = os.stat(folder)
    except OSError:
        return  # the caller reports a missing vault
    if not stat.S_IMODE(info.st_mode) & 0o077:
        return
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    try:
        info = os.stat(folder)
    except OSError:
        return
    if strict and stat.S_IMODE(info.st_mode) & 0o022:
        raise VaultFolderUnsafe()


def open_no_follow(path: Path, flags: int, mode: int = 0o600) -> int:
    """``os.open`` that refuses a symbolic link at ``path`` with ``VaultFolderLink``."""
    try:
        return os.open(path, flags | O_NOFOLLOW | getattr(os, "O_BINARY", 0), mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP or (path.is_symlink() and exc.errno != errno.ENOENT):
            raise VaultFolderLink(name=path.name) from None
        raise


def clean_stale_temps(directory: Path, names: tuple[str, ...]) -> list[Path]:
    """Remove temp files left by an interrupted ``safe_write`` of any of ``names``."""
    removed: list[Path] = []
    try:
        entries = list(directory.iterdir())
    except OSError:
        return removed
    for entry in entries:
        for name in names:
            if entry.name.startswith(f".{name}.") and entry.name.endswith(TEMP_SUFFIX):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
    return removed


class VaultLock:
    """An advisory lock on ``<vault>/officer.lock``: exclusive for writers, shared for readers.

    POSIX uses ``flock`` (released by the kernel when the process dies, so a crash never leaves
    a stale lock). Windows uses ``msvcrt.locking`` (exclusive only). A second holder in the
    same process also conflicts, because every ``VaultLock`` opens its own file description.
    """

    def __init__(self, vault_dir: Path, *, shared: bool = False) -> None:
        self.path = vault_dir / LOCK_NAME
        self.shared = shared
        self._fd: int | None = None

    def acquire(self) -> None:
        flags = os.O_RDWR | os.O_CREAT
        try:
            fd = open_no_follow(self.path, flags, 0o600)
        except OSError as exc:
            if self.shared:
                # A read-only medium: nobody can write there, so no lock is needed.
                return
            raise VaultInUse() from exc
        try:
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                mode = fcntl.LOCK_SH if self.shared else fcntl.LOCK_EX
                fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise VaultInUse() from exc
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if sys.platform == "win32":  # pragma: no cover
                import msvcrt

                with contextlib.suppress(OSError):
                    os.lseek(fd, 0, os.SEEK_SET)
                    msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                with contextlib.suppress(OSError):
                    fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None
