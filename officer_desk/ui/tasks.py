"""Running slow work off the GUI thread, and knowing which of it still needs the vault.

``run_task(fn, on_success, on_failure)`` runs ``fn`` on the global ``QThreadPool`` and
delivers its result or exception through queued signals, so the slots run on the GUI thread.
Connect only bound methods of QObjects that live on the GUI thread.

``run_job(fn, on_success, on_failure, ...)`` does the same for a *vault job*: work that uses
the open vault (its key, a connection of its own, or files a lock must not cut short). Every
running job is listed on the :func:`job_board`; the main window's lock cancels the jobs that
may stop and waits for all of them to end before it closes the vault and wipes the key
(docs/ARCHITECTURE.md, "Threads and connections"). ``fn`` receives the job's ``cancel``
event; a job that may stop checks it at its safe points and rolls back there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set[Task] = set()


class _TaskSignals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Reaper(QObject):
    """Lives on the GUI thread; drops a finished task once its result was delivered."""

    def reap(self, _payload: object) -> None:
        signals = self.sender()
        for task in list(_running):
            if task.signals is signals:
                _running.discard(task)
                if isinstance(task, Job):
                    job_board()._ended(task)


_reaper: _Reaper | None = None


class Task(QRunnable):
    """One call of ``fn`` in a worker thread."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self.signals = _TaskSignals()

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


#: How a lock treats a running job.
WAIT = "wait"  # the lock waits for it to end (backups, page checks, files being written)
STOP = "stop"  # the lock sets ``cancel``; the job stops at its next safe point and rolls back


class Job(Task):
    """A task that uses the open vault: listed on the job board until its result arrived."""

    def __init__(
        self,
        fn: Callable[[threading.Event], Any],
        *,
        name: str,
        on_lock: str,
        pauses_autolock: bool,
        writes: bool = False,
    ) -> None:
        self.cancel = threading.Event()
        super().__init__(lambda: fn(self.cancel))
        self.name = name
        self.on_lock = on_lock
        self.pauses_autolock = pauses_autolock
        self.writes = writes


class JobBoard(QObject):
    """The vault jobs running now (GUI thread only)."""

    #: The number of running jobs changed.
    changed = Signal()
    #: The last running job ended.
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []
        self._after_writes: list[Callable[[], None]] = []

    def running(self) -> list[Job]:
        return list(self._jobs)

    def pausing_autolock(self) -> bool:
        """True while a long write job runs (the idle lock waits for it)."""
        return any(job.pauses_autolock for job in self._jobs)

    def writing(self) -> bool:
        """True while a job holds (or may hold) the vault's write transaction."""
        return any(job.writes for job in self._jobs)

    def after_writes(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` now, or once no write job runs any more: a write on the GUI thread
        (an access-log entry) must not wait for a worker's write transaction."""
        if self.writing():
            self._after_writes.append(fn)
        else:
            fn()

    def cancel_all(self) -> None:
        """Ask every job that may stop to stop at its next safe point."""
        for job in self._jobs:
            if job.on_lock == STOP:
                job.cancel.set()

    def _started(self, job: Job) -> None:
        self._jobs.append(job)
        self.changed.emit()

    def _ended(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            if not self.writing():
                pending, self._after_writes = self._after_writes, []
                for fn in pending:
                    fn()
            self.changed.emit()
            if not self._jobs:
                self.idle.emit()


_board: JobBoard | None = None


def job_board() -> JobBoard:
    global _board
    if _board is None:
        _board = JobBoard()
    return _board


def _start(
    task: Task, on_success: Callable[[Any], None], on_failure: Callable[[Any], None]
) -> None:
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    # After the caller's slots: a job leaves the board once its result was handled.
    task.signals.succeeded.connect(_reaper.reap)
    task.signals.failed.connect(_reaper.reap)
    _running.add(task)
    QThreadPool.globalInstance().start(task)


def run_task(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Task:
    """Run ``fn`` (no vault use: reading a file, loading modules, deriving a key to unlock)."""
    task = Task(fn)
    _start(task, on_success, on_failure)
    return task


def run_job(
    fn: Callable[[threading.Event], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    *,
    name: str,
    on_lock: str = WAIT,
    pauses_autolock: bool = False,
    writes: bool = False,
) -> Job:
    """Run a vault job. ``fn(cancel)`` opens its own connection (never the GUI thread's)
    and closes it before it returns. ``on_lock``: :data:`WAIT` or :data:`STOP`.
    ``pauses_autolock``: the idle lock waits until the job ends (long writes: import,
    erase, purge, backup); Ctrl+L and the screen lock still lock at once. ``writes``: the job
    writes to the vault (see :meth:`JobBoard.after_writes`)."""
    if on_lock not in (WAIT, STOP):
        raise ValueError("on_lock must be WAIT or STOP")
    job = Job(fn, name=name, on_lock=on_lock, pauses_autolock=pauses_autolock, writes=writes)
    job_board()._started(job)
    _start(job, on_success, on_failure)
    return job


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task has finished (used on quit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
