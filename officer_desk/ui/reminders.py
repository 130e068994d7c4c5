"""Tray reminders: "Follow-up due" with a count, never a name.

Checked at unlock and every minute while a session is open. Without a system tray the check
still runs (``due`` is emitted, e.g. for the status bar) but no notification is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from officer_desk.errors import OfficerDeskError

if TYPE_CHECKING:  # loaded with the first unlock
    from officer_desk.services.desk import Desk

CHECK_INTERVAL_MS = 60_000


def due_follow_up_ids(desk: Desk) -> set[int]:
    """Ids of open follow-ups that are due now: overdue, or due today at or before now."""
    now = desk.clock.now()
    due: set[int] = set()
    for fu, _name in desk.overdue():
        if fu.id is not None:
            due.add(fu.id)
    for fu, _name in desk.due_today():
        if fu.id is not None and (fu.due_time is None or fu.due_time <= now.time()):
            due.add(fu.id)
    return due


class FollowUpReminder(QObject):
    """Notifies once per follow-up when it falls due."""

    #: Number of follow-ups that have newly fallen due.
    due = Signal(int)

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._desk: Desk | None = None
        self._notified: set[int] = set()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = window.windowIcon()
            if icon.isNull():
                from officer_desk.ui.icons import app_icon

                icon = app_icon()
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Officer Desk"))
            self.tray.activated.connect(self._raise_window)

    def start(self, desk: Desk) -> None:
        self._desk = desk
        self._notified.clear()
        if self.tray is not None:
            self.tray.show()
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()
        self._desk = None
        self._notified.clear()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> int:
        """Notify about follow-ups that fell due since the last check; returns their count."""
        if self._desk is None:
            return 0
        from officer_desk.services.desk import DB_ERRORS

        try:
            due = due_follow_up_ids(self._desk)
        except (OfficerDeskError, *DB_ERRORS):  # type: ignore[misc]  # closed, damaged or busy
            return 0
        new = due - self._notified
        self._notified |= due
        if new:
            self.due.emit(len(new))
            self._notify(len(new))
        return len(new)

    def _notify(self, count: int) -> None:
        if self.tray is None or not QSystemTrayIcon.supportsMessages():
            return
        self.tray.showMessage(
            self.tr("Follow-up due"),
            self.tr("Follow-ups due now: {count}").format(count=count),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )

    def _raise_window(self, _reason: object = None) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
