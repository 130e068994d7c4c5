"""One owner per connection, worker connections, read transactions (docs/ARCHITECTURE.md,
"Threads and connections")."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest

from officer_desk.domain.models import ConsultationDraft, Student
from officer_desk.errors import SaveFailed
from officer_desk.services import reporting as reporting_module
from officer_desk.services.demo import populate
from officer_desk.services.desk import FixedClock
from officer_desk.services.privacy import close_worker, open_worker
from officer_desk.services.reporting import Reporting
from officer_desk.services.session import Session, create
from officer_desk.services.workers import worker_desk
from officer_desk.store.db import Store
from officer_desk.vault import derive_key, test_kdf
from officer_desk.vault.database import WrongThread

PASS = "correct horse battery staple 9"
TODAY = dt.date(2026, 11, 29)


def _in_thread(fn: Callable[[], Any]) -> BaseException | Any:
    """Run ``fn`` on a new thread; its result, or the exception it raised."""
    out: list[Any] = []

    def run() -> None:
        try:
            out.append(fn())
        except BaseException as exc:
            out.append(exc)

    t = threading.Thread(target=run)
    t.start()
    t.join(30)
    return out[0]


def test_a_connection_refuses_a_thread_that_does_not_own_it(session: Session) -> None:
    assert session.desk.setting("faculty") == "SOC"  # the test thread now owns it
    error = _in_thread(lambda: session.desk.setting("faculty"))
    assert isinstance(error, WrongThread)
    assert "another thread" in str(error)
    # ... and the other way round: a worker's connection is the worker's.
    conn = _in_thread(lambda: session.vault.new_connection(read_only=True))
    with pytest.raises(WrongThread):
        conn.execute("SELECT 1")
    # Its owner is gone, so only the vault's teardown may close it.
    with pytest.raises(WrongThread):
        conn.close()


def test_a_session_opened_on_a_worker_belongs_to_the_thread_that_uses_it(tmp_path) -> None:
    s, _ = create(tmp_path / "v", PASS, faculty="SOC", kdf=test_kdf())
    s.close()
    key = derive_key(tmp_path / "v", PASS, allow_weak_params=True)
    session = _in_thread(lambda: Session.open(key))
    try:
        assert session.vault.connection.owner is None  # handed over
        assert session.desk.setting("faculty") == "SOC"  # claimed by this thread
        assert session.vault.connection.owner == threading.get_ident()
        assert isinstance(_in_thread(lambda: session.desk.setting("faculty")), WrongThread)
    finally:
        session.close()


def test_close_worker_forgets_its_connection(session: Session) -> None:
    before = session.vault.open_connections
    worker = open_worker(session)
    assert session.vault.open_connections == before + 1
    close_worker(worker)
    assert session.vault.open_connections == before
    for _ in range(5):  # a long session of erasures does not pile up connections
        close_worker(open_worker(session))
    assert session.vault.open_connections == before


def test_worker_desk_reads_on_its_own_read_only_connection(session: Session) -> None:
    def work() -> tuple[str, int, BaseException | None]:
        with worker_desk(session, read_only=True) as desk:
            error = None
            try:
                desk.create_student(Student(None, "Some One"))
            except Exception as exc:  # query_only refuses the write
                error = exc
            return desk.setting("faculty"), session.vault.open_connections, error

    before = session.vault.open_connections
    faculty, during, error = _in_thread(work)
    assert faculty == "SOC"
    assert during == before + 1
    assert isinstance(error, SaveFailed)  # a read-only connection refuses every write
    assert session.vault.open_connections == before
    assert session.desk.list_students() == []


def test_a_read_transaction_sees_one_snapshot(session: Session) -> None:
    reader = session.vault.new_connection(read_only=True)
    store = Store(reader)
    try:
        with store.read_transaction():
            before = store.scalar("SELECT count(*) FROM student")
            session.desk.create_student(Student(None, "Written Meanwhile"))  # commits
            assert store.scalar("SELECT count(*) FROM student") == before
        assert store.scalar("SELECT count(*) FROM student") == before + 1
    finally:
        store.close()
        reader.close()


@pytest.fixture
def populated(tmp_path):
    clock = FixedClock(dt.datetime.combine(TODAY, dt.time(9)))
    session, _ = create(tmp_path / "v", PASS, faculty="SOC", kdf=test_kdf(), clock=clock)
    populate(session.desk, students=60, seed=3, today=TODAY, faculty="SOC")
    yield session
    session.close()


def test_a_report_counts_one_snapshot_while_consultations_are_saved(
    populated: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A consultation saved while the report's ~10 queries run never makes linked tables
    disagree: every query of the build sees the database as it was when the build began."""
    session = populated
    real = reporting_module.aggregate.quarter_counts
    captured: list[Any] = []

    def capture(conn: Any, *args: Any, **kwargs: Any) -> Any:
        counts = real(conn, *args, **kwargs)
        captured.append(counts)
        return counts

    monkeypatch.setattr(reporting_module.aggregate, "quarter_counts", capture)
    with worker_desk(session, read_only=True) as desk:
        Reporting(desk).build("2026-Q3")
    clean = captured.pop()

    class SavesMidway:
        """The build's connection; after its second query another connection saves."""

        def __init__(self, conn: Any) -> None:
            self.conn, self.calls = conn, 0

        def execute(self, sql: str, params: Any = ()) -> Any:
            self.calls += 1
            if self.calls == 3:
                s = session.desk.create_student(
                    Student(None, "Midway", faculty="SOC", phase="master", student_group="eea")
                )
                for day in (3, 4, 5):
                    session.desk.log_consultation(
                        ConsultationDraft(s.id, dt.datetime(2026, 8, day, 10), topics=["housing"])
                    )
            return self.conn.execute(sql, params)

    def midway(conn: Any, *args: Any, **kwargs: Any) -> Any:
        return capture(SavesMidway(conn), *args, **kwargs)

    monkeypatch.setattr(reporting_module.aggregate, "quarter_counts", midway)
    with worker_desk(session, read_only=True) as desk:
        Reporting(desk).build("2026-Q3")
    assert captured.pop() == clean
    monkeypatch.setattr(reporting_module.aggregate, "quarter_counts", capture)
    with worker_desk(session, read_only=True) as desk:
        Reporting(desk).build("2026-Q3")
    assert captured.pop() != clean  # the saved consultations count from the next build on
