"""Running slow work (key derivation, vault creation, passphrase changes) off the GUI thread.

``run_task(fn, receiver_ok, receiver_err)`` runs ``fn`` on the global ``QThreadPool`` and
delivers its result or exception through queued signals, so the slots run on the GUI thread.
Connect only bound methods of QObjects that live on the GUI thread.
"""

from __future__ import annotations

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


def run_task(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Task:
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    task = Task(fn)
    task.signals.succeeded.connect(on_success)
    task.signals.failed.connect(on_failure)
    task.signals.succeeded.connect(_reaper.reap)
    task.signals.failed.connect(_reaper.reap)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def wait_for_tasks(msecs: int = 30_000) -> bool:
    """Block until every task has finished (used on quit and in tests)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
