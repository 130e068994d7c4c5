"""Services on a connection of their own, for background jobs.

A job never touches the session's connection (that one belongs to the thread that uses the
session: the GUI thread in the app). It opens its own with :func:`worker_desk` on the thread
it runs on, read-only where it only reads, and closes it when it ends. See
docs/ARCHITECTURE.md, "Threads and connections".
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from officer_desk.errors import JobStopped
from officer_desk.services.desk import Desk
from officer_desk.store.db import Store

if TYPE_CHECKING:
    from officer_desk.services.session import Session

__all__ = ["JobStopped", "worker_desk"]


@contextmanager
def worker_desk(session: Session, *, read_only: bool) -> Iterator[Desk]:
    """A :class:`Desk` on a new connection owned by the calling thread (``query_only`` when
    ``read_only``), with the session's clock; closed, and dropped from the vault's list, on
    exit. Its change notifications go nowhere: the caller tells the session's desk what
    changed once the job's result is back on the session's thread."""
    conn = session.vault.new_connection(read_only=read_only)
    store = Store(conn)
    try:
        yield Desk(store, clock=session.desk.clock)
    finally:
        store.close()
        conn.close()
