"""The append-only, hash-chained access log.

Each entry's hash is SHA-256 over the previous hash and the entry's canonical fields, so
editing, deleting or reordering an entry breaks every later link. Triggers in the schema
refuse UPDATE and DELETE; the chain catches changes made around them (e.g. with a raw
SQLCipher shell). Entries hold internal ids and action names only, never personal data.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.models import AccessLogEntry
from officer_desk.store.db import Store, iso_moment, parse_moment

GENESIS = "0" * 64

ACTIONS = (
    "vault_created",
    "unlocked",
    "viewed",
    "created",
    "updated",
    "exported",
    "reported",
    "released",
    "erased",
    "purged",
    "imported",
    "backup",
    "restored",
    "passphrase_changed",
    "merged",
)


def entry_hash(
    prev_hash: str,
    at: str,
    action: str,
    record_type: str,
    record_id: int | None,
    detail: str,
) -> str:
    body = json.dumps(
        [prev_hash, at, action, record_type, record_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(
    store: Store,
    action: str,
    record_type: str,
    record_id: int | None = None,
    detail: str = "",
    *,
    now: dt.datetime | None = None,
) -> int:
    """Append one entry (call inside the write's transaction)."""
    at = (now or dt.datetime.now()).replace(microsecond=0).isoformat(timespec="seconds")
    row = store.one("SELECT hash FROM access_log ORDER BY id DESC LIMIT 1")
    prev = row[0] if row else GENESIS
    digest = entry_hash(prev, at, action, record_type, record_id, detail)
    cur = store.execute(
        "INSERT INTO access_log(at, action, record_type, record_id, detail, prev_hash, hash)"
        " VALUES (?,?,?,?,?,?,?)",
        (at, action, record_type, record_id, detail, prev, digest),
    )
    return int(cur.lastrowid)


@dataclass(frozen=True, slots=True)
class ChainReport:
    entries: int
    first_broken_id: int | None  # None when the whole chain verifies

    @property
    def ok(self) -> bool:
        return self.first_broken_id is None


def verify(store: Store) -> ChainReport:
    prev = GENESIS
    count = 0
    for row in store.execute(
        "SELECT id, at, action, record_type, record_id, detail, prev_hash, hash"
        " FROM access_log ORDER BY id"
    ):
        count += 1
        entry_id, at, action, rtype, rid, detail, prev_hash, digest = row
        if prev_hash != prev or entry_hash(prev, at, action, rtype, rid, detail) != digest:
            return ChainReport(count, entry_id)
        prev = digest
    return ChainReport(count, None)


def entries(
    store: Store,
    *,
    action: str = "",
    record_type: str = "",
    record_id: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    offset: int = 0,
    limit: int = 1000,
    newest_first: bool = True,
) -> list[AccessLogEntry]:
    where: list[str] = []
    params: list[Any] = []
    if action:
        where.append("action = ?")
        params.append(action)
    if record_type:
        where.append("record_type = ?")
        params.append(record_type)
    if record_id is not None:
        where.append("record_id = ?")
        params.append(record_id)
    if since is not None:
        where.append("at >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("at < ?")
        params.append((until + dt.timedelta(days=1)).isoformat())
    clause = (" WHERE " + " AND ".join(where)) if where else ""
    order = "DESC" if newest_first else "ASC"
    rows = store.all(
        "SELECT id, at, action, record_type, record_id, detail, prev_hash, hash FROM access_log"
        f"{clause} ORDER BY id {order} LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return [
        AccessLogEntry(r[0], parse_moment(r[1]), r[2], r[3], r[4], r[5], r[6], r[7])  # type: ignore[arg-type]
        for r in rows
    ]


def count(store: Store) -> int:
    return int(store.scalar("SELECT count(*) FROM access_log"))


def head(store: Store) -> tuple[int, str]:
    """The chain's head: (number of entries, hex hash of the last entry; "" when empty).
    Anchored outside the log (e.g. in signed report releases) so a cut tail shows."""
    row = store.one(
        "SELECT count(*), (SELECT hash FROM access_log ORDER BY id DESC LIMIT 1) FROM access_log"
    )
    return (int(row[0]), row[1] or "") if row else (0, "")


__all__ = ["ACTIONS", "ChainReport", "append", "count", "entries", "head", "iso_moment", "verify"]
