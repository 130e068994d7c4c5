"""Frozen report releases (docs/DISCLOSURE.md, R8) and the vault's report-signing key.

A released quarter is stored as the canonical JSON of its protected tables with its
SHA-256; regenerating the quarter returns exactly these bytes. The Ed25519 signing key lives
in the encrypted ``meta`` table (never in a file of its own).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from officer_desk.store.db import Store

SIGNING_KEY = "report_signing_key"
_SEQUENCE = "report_release_sequence:"  # + faculty code: the last release number used
MERGE_LEDGER = "report_merge_ledger"  # JSON: releases this vault's user merged before


@dataclass(frozen=True, slots=True)
class StoredRelease:
    period: str
    released_at: dt.datetime
    bundle: str
    sha256: str


def get_release(store: Store, period: str) -> StoredRelease | None:
    row = store.one(
        "SELECT period, released_at, bundle, sha256 FROM report_release WHERE period = ?",
        (period,),
    )
    if row is None:
        return None
    return StoredRelease(row[0], dt.datetime.fromisoformat(row[1]), row[2], row[3])


def put_release(store: Store, period: str, bundle: str, sha256: str, now: dt.datetime) -> None:
    """Insert a release; an existing one for the period is never replaced."""
    store.execute(
        "INSERT INTO report_release(period, released_at, bundle, sha256) VALUES (?,?,?,?)",
        (period, now.isoformat(timespec="seconds"), bundle, sha256),
    )


def list_releases(store: Store) -> list[StoredRelease]:
    rows = store.all(
        "SELECT period, released_at, bundle, sha256 FROM report_release ORDER BY period"
    )
    return [StoredRelease(r[0], dt.datetime.fromisoformat(r[1]), r[2], r[3]) for r in rows]


def signing_key_hex(store: Store) -> str | None:
    return store.meta(SIGNING_KEY)


def put_signing_key_hex(store: Store, value: str) -> None:
    store.set_meta(SIGNING_KEY, value)


def last_sequence(store: Store, faculty: str) -> int:
    """The faculty's last release number (0 before its first release)."""
    value = store.meta(_SEQUENCE + faculty)
    return int(value) if value else 0


def put_sequence(store: Store, faculty: str, sequence: int) -> None:
    """Record a release number; numbers only go up (a lower one is a programming error)."""
    if sequence <= last_sequence(store, faculty):
        raise ValueError("release numbers only go up")
    store.set_meta(_SEQUENCE + faculty, str(sequence))


def merge_ledger_text(store: Store) -> str | None:
    return store.meta(MERGE_LEDGER)


def put_merge_ledger_text(store: Store, text: str) -> None:
    store.set_meta(MERGE_LEDGER, text)
