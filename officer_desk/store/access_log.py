"""The append-only, hash-chained access log.

Each entry's hash is SHA-256 over the previous hash and the entry's canonical fields, so
editing, deleting or reordering an entry breaks every later link. Triggers in the schema
refuse UPDATE and DELETE; the chain catches changes made around them (e.g. with a raw
SQLCipher shell). Entries hold internal ids and action names only, never personal data.

The chain alone cannot show a cut tail or a wiped log (what is left still links up), so it is
anchored (docs/SECURITY.md, "Anchors"): entry 1 must be the vault's creation, and the head
(``head``: entry count and last hash) is recorded outside the log, in the key file, in backup
manifests and in report bundles. ``check_anchor`` compares the log with one such record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from officer_desk.domain.models import ACCESS_LOG_ACTIONS, AccessLogEntry
from officer_desk.store.db import Store, iso_moment, parse_moment

GENESIS = "0" * 64

ACTIONS = ACCESS_LOG_ACTIONS


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
    """Check every link, and that the chain starts with the vault's creation as entry 1 with
    ids 1, 2, 3, … (a wiped or renumbered log fails at its first entry)."""
    prev = GENESIS
    count = 0
    for row in store.execute(
        "SELECT id, at, action, record_type, record_id, detail, prev_hash, hash"
        " FROM access_log ORDER BY id"
    ):
        count += 1
        entry_id, at, action, rtype, rid, detail, prev_hash, digest = row
        if entry_id != count or (count == 1 and action != "vault_created"):
            return ChainReport(count, entry_id)
        if prev_hash != prev or entry_hash(prev, at, action, rtype, rid, detail) != digest:
            return ChainReport(count, entry_id)
        prev = digest
    return ChainReport(count, None)


def head(store: Store) -> tuple[int, str]:
    """The log's head: (number of entries, hash of the last entry; ``GENESIS`` if empty)."""
    row = store.one(
        "SELECT count(*), (SELECT hash FROM access_log ORDER BY id DESC LIMIT 1) FROM access_log"
    )
    if row is None or not row[0]:
        return 0, GENESIS
    return int(row[0]), str(row[1])


#: Outcomes of ``check_anchor``.
ANCHOR_OK = "ok"
ANCHOR_CUT = "cut"  # the log has fewer entries than the anchor recorded
ANCHOR_REWRITTEN = "rewritten"  # entry n exists but its hash is not the recorded head


def check_anchor(store: Store, entries: int, head_hash: str) -> str:
    """Compare the log with an anchor ``(entries, head_hash)`` recorded earlier: entry
    ``entries`` must exist and carry ``head_hash`` (later entries may follow)."""
    if entries == 0:  # an empty log: its head is the genesis hash (or "" in some anchors)
        return ANCHOR_OK if head_hash in (GENESIS, "") else ANCHOR_REWRITTEN
    row = store.one("SELECT hash FROM access_log ORDER BY id LIMIT 1 OFFSET ?", (entries - 1,))
    if row is None:
        return ANCHOR_CUT
    return ANCHOR_OK if row[0] == head_hash else ANCHOR_REWRITTEN


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


__all__ = [
    "ACTIONS",
    "ANCHOR_CUT",
    "ANCHOR_OK",
    "ANCHOR_REWRITTEN",
    "ChainReport",
    "append",
    "check_anchor",
    "count",
    "entries",
    "head",
    "iso_moment",
    "verify",
]
