"""The store: one SQL connection, transactions, error mapping and migrations.

Every write runs inside :meth:`Store.transaction` (``BEGIN IMMEDIATE`` … ``COMMIT``), so a
crash, kill or full disk leaves the vault as it was at the last acknowledged save.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any

from officer_desk.domain.codebook import CODEBOOK_VERSION
from officer_desk.errors import DatabaseDamaged, NewerSchema, SaveFailed, VaultLocked

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

# sqlcipher3 and sqlite3 raise the same-named, but distinct, exception classes.
try:  # pragma: no cover - import guard
    import sqlcipher3 as _sqlcipher

    _DB_ERRORS: tuple[type[BaseException], ...] = (sqlite3.Error, _sqlcipher.Error)
    _OPERATIONAL: tuple[type[BaseException], ...] = (
        sqlite3.OperationalError,
        _sqlcipher.OperationalError,
    )
    _CORRUPT: tuple[type[BaseException], ...] = (sqlite3.DatabaseError, _sqlcipher.DatabaseError)
    _PROGRAMMING: tuple[type[BaseException], ...] = (
        sqlite3.ProgrammingError,
        _sqlcipher.ProgrammingError,
    )
except ImportError:  # pragma: no cover
    _DB_ERRORS = (sqlite3.Error,)
    _OPERATIONAL = (sqlite3.OperationalError,)
    _CORRUPT = (sqlite3.DatabaseError,)
    _PROGRAMMING = (sqlite3.ProgrammingError,)

DB_ERRORS = _DB_ERRORS

# SQLite's primary result codes (the low byte of an extended code) that mean the file's
# pages are not what they should be.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def is_damage_error(exc: BaseException) -> bool:
    """True if SQLite reported a damaged database (SQLITE_CORRUPT or SQLITE_NOTADB), told by
    ``sqlite_errorcode``, never by the message text (which SQLite may reword)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return isinstance(code, int) and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


#: Bound parameters of one statement: positional or named.
Params = Sequence[Any] | Mapping[str, Any]


def iso_date(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def iso_moment(moment: dt.datetime | None) -> str | None:
    return moment.replace(microsecond=0).isoformat(timespec="minutes") if moment else None


def parse_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def parse_moment(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def parse_time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


class Store:
    """Owns one DB-API connection (autocommit mode; transactions are explicit)."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn
        self._depth = 0
        self._lock = threading.RLock()
        self.closed = False

    # -- plumbing ----------------------------------------------------------------------------

    @property
    def conn(self) -> Any:
        if self.closed:
            raise VaultLocked()
        return self._conn

    def close(self) -> None:
        self.closed = True

    def execute(self, sql: str, params: Params = ()) -> Any:
        # A connection has one owning thread (the vault refuses any other), so this lock is
        # never contended across threads: the GUI thread never waits on a worker here.
        with self._lock:
            return self._execute(sql, params)

    def _execute(self, sql: str, params: Params) -> Any:
        try:
            return self.conn.execute(sql, params)
        except _PROGRAMMING as exc:
            if "closed" in str(exc):
                raise VaultLocked() from None
            raise
        except _OPERATIONAL:
            raise
        except _CORRUPT as exc:
            if is_damage_error(exc):
                raise DatabaseDamaged() from exc
            raise

    def one(self, sql: str, params: Params = ()) -> Any:
        with self._lock:
            return self._execute(sql, params).fetchone()

    def all(self, sql: str, params: Params = ()) -> list[Any]:
        with self._lock:
            rows: list[Any] = self._execute(sql, params).fetchall()
            return rows

    def scalar(self, sql: str, params: Params = ()) -> Any:
        row = self.one(sql, params)
        return row[0] if row else None

    @contextmanager
    def _begin(self, statement: str) -> Iterator[bool]:
        """Open a transaction with ``statement``, or join the one already open (yields False):
        the depth count shared by ``transaction`` and ``read_transaction``."""
        if self._depth:
            self._depth += 1
            try:
                yield False
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute(statement)
        except _OPERATIONAL as exc:
            raise SaveFailed() from exc
        self._depth = 1
        try:
            yield True
        finally:
            self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; nested uses join the outer transaction.

        A failure rolls everything back. Disk-full and I/O errors become :class:`SaveFailed`.
        """
        with self._lock, self._begin("BEGIN IMMEDIATE") as outermost:
            if not outermost:
                yield
                return
            try:
                yield
                self.conn.execute("COMMIT")
            except BaseException as exc:
                try:
                    self.conn.execute("ROLLBACK")
                except DB_ERRORS:
                    pass
                if isinstance(exc, _OPERATIONAL) and _is_io_error(exc):
                    raise SaveFailed() from exc
                raise

    @contextmanager
    def read_transaction(self) -> Iterator[None]:
        """``BEGIN`` … ``COMMIT`` around several reads, so they all see one snapshot of the
        database (in WAL mode a writer on another connection neither blocks them nor shows
        half its work). Inside a transaction it simply joins it."""
        with self._lock, self._begin("BEGIN") as outermost:
            if not outermost:
                yield
                return
            try:
                yield
            finally:
                try:
                    self.conn.execute("COMMIT")
                except DB_ERRORS:
                    with contextlib.suppress(*DB_ERRORS):
                        self.conn.execute("ROLLBACK")

    # -- schema ------------------------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.scalar("PRAGMA user_version") or 0)

    def refuse_newer(self) -> None:
        """Raise :class:`NewerSchema` for a vault made by a newer app (checked before anything
        is written; the vault stays byte for byte as it was)."""
        if self.schema_version() > SCHEMA_VERSION:
            raise NewerSchema()

    def migrate(self, before_upgrade: Callable[[int], None] | None = None) -> None:
        """Create or upgrade the schema: the numbered steps in :data:`MIGRATIONS` after the
        vault's version, all in ONE transaction (a failing step leaves the vault as it was).
        ``before_upgrade(old_version)`` runs first when an existing vault is upgraded (the app
        makes a verified backup there)."""
        self.refuse_newer()
        version = self.schema_version()
        if version == SCHEMA_VERSION:
            return
        if version > 0 and before_upgrade is not None:
            before_upgrade(version)
        with self.transaction():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target](self)
                self.execute(f"PRAGMA user_version = {int(target)}")

    def meta(self, key: str) -> str | None:
        value: str | None = self.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return value

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def optimize(self) -> None:
        """Refresh planner statistics cheaply. Never a plain ANALYZE: with full statistics
        SQLite 3.53 chose report plans up to 9x slower."""
        self.execute("PRAGMA analysis_limit = 400")
        self.execute("PRAGMA optimize")


def _is_io_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(word in text for word in ("disk", "i/o", "full", "readonly", "read-only"))


def _step_1(store: Store) -> None:
    sql = resources.files("officer_desk.store").joinpath("schema_v1.sql").read_text("utf-8")
    # executescript would COMMIT our transaction; run statement by statement instead.
    for statement in _split_sql(sql):
        store.execute(statement)
    now = dt.datetime.now().isoformat(timespec="seconds")
    store.set_meta("created_at", now)
    store.set_meta("codebook_version", CODEBOOK_VERSION)


#: Schema steps: ``MIGRATIONS[n]`` takes a vault from version n-1 to n (1 creates the schema).
#: Add a step, raise :data:`SCHEMA_VERSION`, and commit a fixture of the old version first
#: (``tools/make_vault_fixture.py``; ``tests/integration/test_schema_upgrades.py`` opens it).
MIGRATIONS: dict[int, Callable[[Store], None]] = {1: _step_1}


def _split_sql(script: str) -> list[str]:
    """Split a schema script into complete statements (triggers contain semicolons)."""
    out: list[str] = []
    buf: list[str] = []
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    for line in lines:
        buf.append(line)
        candidate = "\n".join(buf).strip()
        if candidate and sqlite3.complete_statement(candidate):
            out.append(candidate)
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return out
