"""The open vault: keyed SQLCipher connections, pragmas, checks, backup and the writer lock.

Only pragmas and probes run here; tables belong to ``officer_desk.store``.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import hmac
import logging
import os
import re
import sys
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlcipher3

from officer_desk.errors import (
    DatabaseDamaged,
    KeyfileCorrupt,
    KeyfileOtherVault,
    NotAVault,
    SaveFailed,
    VaultExists,
    VaultFolderLink,
    VaultFolderReadOnly,
    VaultLocked,
    VaultNotFound,
    WalMissing,
)
from officer_desk.vault.files import (
    VaultLock,
    clean_stale_temps,
    fsync_dir,
    fsync_file,
    make_folder_private,
    open_no_follow,
    safe_write,
)
from officer_desk.vault.keyfile import Keyfile, read_keyfile_bytes
from officer_desk.vault.names import (
    APPLICATION_ID,
    DB_NAME,
    KEYFILE_BAK_NAME,
    KEYFILE_NAME,
)

log = logging.getLogger(__name__)

#: Present while a writer has the vault open; left behind by a crash. A crash also leaves the
#: WAL behind, so "marker but no WAL" means the WAL (with committed changes) was removed.
OPEN_MARKER_NAME = "officer.open"
CACHE_SIZE_KIB = 32768  # 32 MiB page cache per connection (negative cache_size = KiB);
# measured: read ratios against plain SQLite stay <= 1.15 at 32 MiB, and the app keeps its
# peak memory under 200 MB on a 20,000-student vault (64 MiB gave 233 MB)
BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
_HEX_KEY = re.compile(r"[0-9a-f]{64}")
_SQLITE_NOTADB = 26
_SQLITE_CORRUPT = 11
_SQLITE_CANTOPEN = 14


def raw_key_pragma(hex_key: str) -> str:
    """The ``PRAGMA key`` statement for a raw 32-byte key: strictly 64 lowercase hex
    (docs/SECURITY.md, K8)."""
    if not isinstance(hex_key, str) or _HEX_KEY.fullmatch(hex_key) is None:
        raise ValueError("raw key must be exactly 64 lowercase hex characters")
    return f"PRAGMA key = \"x'{hex_key}'\""


def raw_rekey_pragma(hex_key: str) -> str:
    """The ``PRAGMA rekey`` statement for a raw 32-byte key (validated like ``raw_key_pragma``)."""
    if not isinstance(hex_key, str) or _HEX_KEY.fullmatch(hex_key) is None:
        raise ValueError("raw key must be exactly 64 lowercase hex characters")
    return f"PRAGMA rekey = \"x'{hex_key}'\""


def wipe_text(text: str) -> None:
    """Overwrite, in place, the characters of a str this module built around key material.

    Python strings are immutable and freed memory keeps its bytes, so the hex key inside a
    ``PRAGMA key`` statement would otherwise stay readable in the process (and in a core
    dump, had dumps not been turned off). Best effort: CPython's compact ASCII strings only
    (hex and our pragmas always are); anything else is left alone."""
    if sys.implementation.name != "cpython" or type(text) is not str or not text.isascii():
        return
    length = len(text)
    if length < 2:  # shared singletons
        return
    offset = sys.getsizeof(text) - length - 1  # the characters end the object, then a NUL
    ctypes.memset(id(text) + offset, ord("0"), length)


def execute_key_pragma(conn: Any, dek: bytes | bytearray, *, rekey: bool = False) -> None:
    """Run ``PRAGMA key`` (or ``rekey``) with the raw key, then wipe the strings that held its
    hex form (``wipe_text``); only ``dek`` (a ``bytearray`` the caller wipes) stays."""
    hex_key = dek.hex()
    statement = ""
    try:
        statement = raw_rekey_pragma(hex_key) if rekey else raw_key_pragma(hex_key)
        conn.execute(statement)
    finally:
        wipe_text(statement)
        wipe_text(hex_key)


def is_notadb(exc: BaseException) -> bool:
    """True if SQLite said "file is not a database" (SQLITE_NOTADB: with SQLCipher, the wrong
    key), told by the error code, not the message."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == _SQLITE_NOTADB


def connect_keyed(
    path: Path, dek: bytes | bytearray, *, read_only: bool = False, create: bool = False
) -> Any:
    """Open ``path`` with the raw key; no probe, no journal settings. Never creates a file
    unless ``create`` is True (the caller has checked that the file does not exist)."""
    if not create and not path.is_file():
        raise VaultNotFound()
    if read_only:
        target, uri = path.resolve().as_uri() + "?mode=ro", True
        if not folder_writable(path.parent) and not Path(f"{path}-wal").exists():
            # Nobody can write in this folder, so nobody can change the database: SQLite may
            # read it without the -shm file it cannot create there (an immutable folder, a
            # read-only medium).
            target += "&immutable=1"
    elif create:
        target, uri = str(path), False
    else:
        target, uri = path.resolve().as_uri() + "?mode=rw", True
    conn = sqlcipher3.connect(target, uri=uri, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        execute_key_pragma(conn, dek)
        conn.execute("PRAGMA cipher_compatibility = 4")
    except BaseException:
        conn.close()
        raise
    return conn


def folder_writable(folder: Path) -> bool:
    """Whether this process may create files in ``folder`` (False for an immutable folder, a
    read-only mount or missing permission)."""
    return os.access(folder, os.W_OK)


class WrongThread(RuntimeError):
    """A connection was used from a thread that does not own it (a programming error)."""


class Connection:
    """A keyed connection with one owning thread (docs/ARCHITECTURE.md, "Threads and
    connections").

    The thread that opens a connection owns it; any other thread that calls ``execute``
    (or anything else but ``interrupt``) gets :class:`WrongThread`. ``hand_over()`` gives it
    up: the next thread to use it becomes its owner (a session opened on a worker thread and
    then used by the GUI thread). ``close()`` also drops it from its vault's list.
    """

    __slots__ = ("__weakref__", "_owner", "_raw", "_vault", "read_only")

    def __init__(self, raw: Any, vault: Vault | None, *, read_only: bool) -> None:
        self._raw = raw
        self._vault = vault
        self._owner: int | None = threading.get_ident()
        self.read_only = read_only

    def _check(self) -> Any:
        me = threading.get_ident()
        owner = self._owner
        if owner != me:
            if owner is not None:
                raise WrongThread(
                    "this database connection belongs to another thread; open one per job "
                    "with Vault.new_connection()"
                )
            self._owner = me
        return self._raw

    @property
    def owner(self) -> int | None:
        """The owning thread's ident (None: handed over, not yet claimed)."""
        return self._owner

    def hand_over(self) -> None:
        """Give up ownership; the next thread that uses the connection owns it."""
        self._check()
        self._owner = None

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self._check().execute(sql, params)

    def executemany(self, sql: str, params: Any) -> Any:
        return self._check().executemany(sql, params)

    def cursor(self) -> Any:
        return self._check().cursor()

    @property
    def in_transaction(self) -> bool:
        return bool(self._check().in_transaction)

    @property
    def raw(self) -> Any:
        """The sqlcipher3 connection itself, for its owner (e.g. the online backup API)."""
        return self._check()

    def __getattr__(self, name: str) -> Any:
        # Anything else of the DB-API connection, for its owner only.
        return getattr(self._check(), name)

    def interrupt(self) -> None:
        """Abort the statement running now (safe from any thread: this is what it is for);
        the statement fails and an open transaction can be rolled back."""
        with contextlib.suppress(sqlcipher3.Error):
            self._raw.interrupt()

    def close(self) -> None:
        """Close (by its owner) and drop it from the vault's list. Idempotent."""
        if self._owner is not None and self._owner != threading.get_ident():
            self._check()
        vault = self._vault
        if vault is not None:
            vault._drop(self)
        with contextlib.suppress(sqlcipher3.Error):
            self._raw.close()

    def _close_from_vault(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self._raw.close()


PAGE_SIZE = 4096
_HMAC_LEN = 64  # SQLCipher 4: HMAC-SHA512 at the end of every page
_PAGES_SAMPLED = 8


def key_fits_no_page(path: Path, dek: bytes | bytearray) -> bool:
    """True if ``dek`` authenticates none of the first pages nor the last page of the
    SQLCipher 4 file at ``path`` (at least two whole pages checked). SQLCipher's per-page
    HMAC (key: PBKDF2-HMAC-SHA512 of the raw key with the file's salt XOR 0x3a, 2 rounds)
    tells "damaged pages" (others still verify) from "the key of another database" (no page
    verifies) without decrypting anything. False when it cannot tell (tiny or unreadable)."""
    try:
        with open(path, "rb") as fh:
            pages = os.fstat(fh.fileno()).st_size // PAGE_SIZE
            wanted = sorted({*range(1, min(pages, _PAGES_SAMPLED) + 1), pages} - {0})
            blobs = []
            for pgno in wanted:
                fh.seek((pgno - 1) * PAGE_SIZE)
                blobs.append((pgno, fh.read(PAGE_SIZE)))
    except OSError:
        return False
    if len(blobs) < 2 or blobs[0][0] != 1:
        return False
    salt = blobs[0][1][:16]
    hmac_key = hashlib.pbkdf2_hmac("sha512", bytes(dek), bytes(b ^ 0x3A for b in salt), 2, 32)
    for pgno, page in blobs:
        body = page[16 if pgno == 1 else 0 : PAGE_SIZE - _HMAC_LEN]
        mac = hmac.new(hmac_key, body + pgno.to_bytes(4, "little"), hashlib.sha512).digest()
        if hmac.compare_digest(mac, page[PAGE_SIZE - _HMAC_LEN :]):
            return False
    return True


def classify_open_error(
    path: Path, exc: BaseException, dek: bytes | bytearray | None = None
) -> Exception:
    """Map a probe failure to ``VaultFolderReadOnly`` (SQLite could not open its files in an
    unwritable folder), ``NotAVault`` (a plain SQLite file), ``KeyfileOtherVault`` (the key
    authenticates no page: the key file belongs to another vault) or ``DatabaseDamaged``."""
    code = getattr(exc, "sqlite_errorcode", None)
    if (code == _SQLITE_CANTOPEN or "unable to open" in str(exc)) and not folder_writable(
        path.parent
    ):
        return VaultFolderReadOnly()
    try:
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        head = b""
    if head == SQLITE_HEADER:
        return NotAVault()
    if dek is not None and is_notadb(exc) and key_fits_no_page(path, dek):
        return KeyfileOtherVault()
    return DatabaseDamaged()


@dataclass
class CheckReport:
    """Result of ``Vault.check``. ``problems`` name pages and tables, never content."""

    keyfile_ok: bool = True
    integrity: list[str] = field(default_factory=list)
    cipher: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def run_checks(conn: Any, *, full: bool = True) -> tuple[list[str], list[str]]:
    """(integrity_check/quick_check problems, cipher_integrity_check problems)."""
    integrity: list[str] = []
    cipher: list[str] = []
    # The HMAC check reads the file itself and runs first: a page failure met by
    # integrity_check leaves the connection in an error state.
    try:
        cipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    except sqlcipher3.DatabaseError as exc:
        cipher = [f"cipher_integrity_check: {exc}"]
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        integrity = [r for r in rows if r != "ok"]
    except sqlcipher3.DatabaseError as exc:
        integrity = [f"{pragma}: {exc}"]
    return integrity, cipher


class Vault:
    """An open vault. Create with ``Vault.open(key)``; ``close()`` (or ``with``) when done.

    ``Vault.open`` takes ownership of ``key``: ``close()`` wipes its DEK buffer.
    """

    def __init__(self, key: Any, read_only: bool) -> None:
        self._key = key
        self.dir: Path = key.vault_dir
        self.db_path: Path = key.vault_dir / DB_NAME
        self.keyfile_path: Path = key.vault_dir / KEYFILE_NAME
        self.db_uuid: str = key.db_uuid
        self.read_only = read_only
        #: Problems found by quick_check at open (read-only opens of a damaged vault).
        self.damage: list[str] = []
        self._lock = VaultLock(key.vault_dir, shared=read_only)
        self._connections: list[Connection] = []
        self._guard = threading.Lock()
        self._closed = False
        self._finalizer: weakref.finalize[..., Vault] | None = None
        #: The main connection (the session's; the GUI thread's in the app).
        self.connection: Any = None

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, key: Any, *, read_only: bool = False, verify: bool = True) -> Vault:
        """Open the vault's database with an unlocked key (see the module docs for errors).

        ``verify`` runs ``PRAGMA quick_check`` over every page before returning (about
        0.6 s for a 100 MB vault). The app passes ``verify=False`` to show its window at
        once and runs :meth:`check` on a worker thread right after, switching to read-only
        "damaged" mode if it fails; the probe, application id and schema checks always run.
        """
        db_path = key.vault_dir / DB_NAME
        if not db_path.is_file():
            raise VaultNotFound()
        if db_path.stat().st_size == 0:
            raise DatabaseDamaged()
        if not read_only and not folder_writable(key.vault_dir):
            raise VaultFolderReadOnly()  # not "damaged": the database is fine (A-E6)
        make_folder_private(key.vault_dir, strict=not read_only)
        vault = cls(key, read_only)
        vault._lock.acquire()
        try:
            if not read_only:
                clean_stale_temps(vault.dir, (KEYFILE_NAME, KEYFILE_BAK_NAME, DB_NAME))
                settle_keyfile_leftovers(vault.dir)
                marker = vault.dir / OPEN_MARKER_NAME
                if marker.is_symlink():
                    raise VaultFolderLink(name=OPEN_MARKER_NAME)
                if marker.exists() and not Path(f"{db_path}-wal").exists():
                    raise WalMissing()
            vault.connection = vault._open_connection(read_only=read_only, first=verify)
            if not read_only:
                _write_marker(vault.dir / OPEN_MARKER_NAME)
                # A vault dropped or left open at interpreter exit (not killed) is closed
                # like close() does, so its marker never outlives the WAL SQLite removes.
                vault._finalizer = weakref.finalize(
                    vault,
                    _close_unclosed,
                    vault._connections,
                    vault.dir / OPEN_MARKER_NAME,
                    db_path,
                )
        except BaseException:
            vault._lock.release()
            raise
        return vault

    def _open_connection(self, *, read_only: bool, first: bool = False) -> Connection:
        if self._closed:
            raise VaultLocked()
        conn = connect_keyed(self.db_path, self._key.dek, read_only=read_only)
        try:
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                raise classify_open_error(self.db_path, exc, self._key.dek) from None
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotAVault()
            if first:
                problems: list[str]
                try:
                    rows = conn.execute("PRAGMA quick_check").fetchall()
                    problems = [str(r[0]) for r in rows if r[0] != "ok"]
                except sqlcipher3.DatabaseError as exc:
                    problems = [f"quick_check: {exc}"]
                if problems:
                    if not read_only:
                        raise DatabaseDamaged()
                    self.damage = problems
                    # After a failed page check SQLCipher keeps the connection in an error
                    # state; a fresh connection can still read the pages that are intact.
                    conn.close()
                    conn = connect_keyed(self.db_path, self._key.dek, read_only=True)
                    try:
                        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    except sqlcipher3.DatabaseError:
                        raise DatabaseDamaged() from None
            if not read_only:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise DatabaseDamaged()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if read_only:
                conn.execute("PRAGMA query_only = ON")
        except BaseException:
            conn.close()
            raise
        owned = Connection(conn, self, read_only=read_only)
        with self._guard:
            if self.closed:  # closed on another thread meanwhile
                conn.close()
                raise VaultLocked()
            self._connections.append(owned)
        return owned

    def new_connection(self, *, read_only: bool = False) -> Connection:
        """Another keyed connection with the same pragmas, owned by the calling thread.

        A background job opens its own (``read_only`` where it only reads: ``query_only``
        is on) and closes it when it ends (``close()`` drops it from the vault's list);
        ``Vault.close()`` closes any that are left.
        """
        return self._open_connection(read_only=read_only or self.read_only)

    @property
    def open_connections(self) -> int:
        """How many connections of this vault are open (the main one included)."""
        with self._guard:
            return len(self._connections)

    @property
    def key(self) -> Any:
        """The ``UnlockedKey`` this vault was opened with (wiped by ``close()``)."""
        return self._key

    @property
    def schema_version(self) -> int:
        """``PRAGMA user_version`` (0 until the store applies its schema)."""
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    # --- checks ------------------------------------------------------------------------------

    def check(self, *, full: bool = True) -> CheckReport:
        """Key file, ``cipher_integrity_check`` and ``integrity_check`` (``quick_check`` if not
        ``full``), on a connection of its own."""
        return self.check_job(full=full)()

    def check_job(self, *, full: bool = True) -> Callable[[], CheckReport]:
        """The page check as a function for any thread, self-contained: it holds a copy of
        the key taken now and its own connection, so a lock that closes this vault and wipes
        its key while the check runs takes nothing from under it (the copy is wiped when
        the check ends, and a lock simply drops its result)."""
        if self._closed:
            raise VaultLocked()
        dek = bytearray(self._key.dek)
        db_path, keyfile_path, db_uuid = self.db_path, self.keyfile_path, self.db_uuid

        def run() -> CheckReport:
            try:
                return _check(db_path, keyfile_path, db_uuid, dek, full=full)
            finally:
                dek[:] = bytes(len(dek))

        return run

    # --- backup ------------------------------------------------------------------------------

    def backup_to(self, dest_dir: Path) -> Path:
        """Write a verified encrypted copy of the database and its key file into ``dest_dir``.

        Uses SQLite's online backup into a new database keyed with the same DEK (which gets a
        fresh salt), never a file copy of the live database. The copy is written under a temp
        name, fsynced, verified (application_id, ``integrity_check`` and
        ``cipher_integrity_check``) and only then renamed to ``officer.db``; the key file is
        safe-saved beside it. Files are 0600. Returns the path of the backup database.
        Raises ``VaultExists`` if ``dest_dir`` already holds a vault, ``SaveFailed`` on I/O
        errors and ``DatabaseDamaged`` if the copy does not verify.
        """
        dest_dir = Path(dest_dir)
        dest_db = dest_dir / DB_NAME
        dest_keys = dest_dir / KEYFILE_NAME
        if dest_db.exists() or dest_keys.exists():
            raise VaultExists()
        try:
            dest_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveFailed() from exc
        partial = dest_dir / f".{DB_NAME}.backup{os.getpid()}.tmp"
        try:
            self._write_backup(partial)
            os.replace(partial, dest_db)
            fsync_dir(dest_dir)
            safe_write(dest_keys, read_keyfile_bytes(self.keyfile_path))
        except OSError as exc:
            _remove_quietly(partial)
            raise SaveFailed() from exc
        except BaseException:
            _remove_quietly(partial)
            raise
        return dest_db

    def _write_backup(self, partial: Path) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            _remove_quietly(Path(str(partial) + suffix))
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        source = self.new_connection(read_only=True)
        try:
            dest = connect_keyed(partial, self._key.dek, create=True)
        except BaseException:
            source.close()
            raise
        try:
            try:
                source.raw.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            except sqlcipher3.Error as exc:
                raise SaveFailed() from exc
        finally:
            dest.close()
            source.close()
        if sys.platform != "win32":
            os.chmod(partial, 0o600)
        fsync_file(partial)
        verify = connect_keyed(partial, self._key.dek, read_only=True)
        try:
            try:
                verify.execute("SELECT count(*) FROM sqlite_master").fetchone()
                app_id = verify.execute("PRAGMA application_id").fetchone()[0]
            except sqlcipher3.DatabaseError as exc:
                raise DatabaseDamaged() from exc
            integrity, cipher = run_checks(verify, full=True)
            if app_id != APPLICATION_ID or integrity or cipher:
                raise DatabaseDamaged()
        finally:
            verify.close()

    # --- closing -----------------------------------------------------------------------------

    def _drop(self, conn: Connection) -> None:
        with self._guard:
            if conn in self._connections:
                self._connections.remove(conn)

    def close(self) -> None:
        """Close every connection, release the lock and wipe the key buffer. Idempotent."""
        if self._finalizer is not None:
            self._finalizer.detach()
        with self._guard:
            conns, self._connections = self._connections, []
            already = self._closed
            self._closed = True
        stray = sum(1 for c in conns if c is not self.connection)
        if stray and not already:
            # The app's lock waits for its jobs first; this is a safety net, not the rule.
            log.warning("closing the vault with %d job connection(s) still open", stray)
        marker = self.dir / OPEN_MARKER_NAME
        if not already and not self.read_only and self.connection is not None:
            # A complete checkpoint makes the WAL disposable: drop the marker before closing.
            # The vault's own teardown: it may run on any thread (the jobs have ended).
            with contextlib.suppress(sqlcipher3.Error, OSError):
                raw = self.connection._raw
                row = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                if row is not None and row[0] == 0:
                    marker.unlink(missing_ok=True)
        for conn in conns:
            conn._close_from_vault()
        if not already and not self.read_only and not Path(f"{self.db_path}-wal").exists():
            with contextlib.suppress(OSError):
                marker.unlink(missing_ok=True)
        if not already:
            self._lock.release()
            self._key.wipe()

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _check(
    db_path: Path, keyfile_path: Path, db_uuid: str, dek: bytearray, *, full: bool
) -> CheckReport:
    report = CheckReport()
    try:
        keyfile = Keyfile.parse(read_keyfile_bytes(keyfile_path))
        if keyfile.db_uuid != db_uuid or not keyfile.matches(dek):
            raise KeyfileCorrupt()
    except Exception:  # any failure to read, parse or match the key file
        report.keyfile_ok = False
        report.problems.append("key file: missing, damaged or not for this database")
    # A bare keyed connection (no probe): the checks must run even when the probe fails.
    try:
        conn = connect_keyed(db_path, dek, read_only=True)
    except VaultNotFound:
        report.problems.append("database: file missing")
        return report
    try:
        report.integrity, report.cipher = run_checks(conn, full=full)
    finally:
        conn.close()
    report.problems.extend(report.integrity)
    report.problems.extend(report.cipher)
    return report


def _close_unclosed(conns: list[Connection], marker: Path, db_path: Path) -> None:
    """Finalizer of a writer vault that was never closed (see ``Vault.open``)."""
    if conns:
        with contextlib.suppress(Exception):
            row = conns[0]._raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if row is not None and row[0] == 0:
                marker.unlink(missing_ok=True)
    for conn in list(conns):
        with contextlib.suppress(Exception):
            conn._close_from_vault()
    if not Path(f"{db_path}-wal").exists():
        with contextlib.suppress(OSError):
            marker.unlink(missing_ok=True)


def settle_keyfile_leftovers(vault_dir: Path) -> None:
    """Remove a ``keys.bak`` left by a key-file save cut off by a crash (call with the
    writer lock held). Every interrupted state is safe: before the replace, ``keys.bak``
    equals ``keys.json``; after it, ``keys.json`` is the new, complete file. ``keys.bak`` is
    kept only while ``keys.json`` does not parse (nothing is destroyed then) or belongs to
    another vault."""
    vault_dir = Path(vault_dir)
    bak = vault_dir / KEYFILE_BAK_NAME
    if not bak.exists() and not bak.is_symlink():
        return
    try:
        current = Keyfile.parse(read_keyfile_bytes(vault_dir / KEYFILE_NAME))
    except Exception:  # missing, damaged or foreign: keep keys.bak, destroy nothing
        return
    try:
        previous: Keyfile | None = Keyfile.parse(read_keyfile_bytes(bak))
    except Exception:
        previous = None  # a half-written or foreign leftover: ours to remove only if unreadable
    if previous is not None and previous.db_uuid != current.db_uuid:
        return
    with contextlib.suppress(OSError):
        bak.unlink()
        fsync_dir(vault_dir)


def _write_marker(path: Path) -> None:
    """Create the empty open-marker: never truncating, never through a link (A-F3)."""
    try:
        fd = open_no_follow(path, os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        fsync_dir(path.parent)
    except (OSError, VaultFolderLink):  # a best-effort safeguard; checked before opening
        pass


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
