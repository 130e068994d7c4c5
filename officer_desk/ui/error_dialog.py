"""The app's last line of defence: an uncaught exception (also one raised in a Qt slot, which
PySide6 hands to ``sys.excepthook``) is written to the private error log without its message
or any value, and the officer sees a translated dialog with the error id
(docs/SECURITY.md, A-E6)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication

from officer_desk.errors import OfficerDeskError
from officer_desk.process import install_hooks
from officer_desk.ui.messages import error_message

if TYPE_CHECKING:  # built when an error shows, not at start-up (ui/startup.py)
    from PySide6.QtWidgets import QMessageBox


class CrashReporter(QObject):
    """Shows ``InternalError`` dialogs on the GUI thread, whichever thread failed."""

    reported = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reported.connect(self._show)
        self.dialogs: list[QMessageBox] = []

    def report(self, error: OfficerDeskError) -> None:
        self.reported.emit(error_message(error))

    @Slot(str)
    def _show(self, text: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected problem"), text)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the log path
        if parent is not None:
            box.setParent(parent, box.windowFlags())
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self.dialogs.append(box)
        box.open()  # not modal to the whole app: the officer can go on or quit

    def _forget(self, box: QMessageBox) -> None:
        if box in self.dialogs:
            self.dialogs.remove(box)
        box.deleteLater()


def install(app: QApplication) -> CrashReporter:
    """Install the hooks for ``app``; the reporter lives as long as the application."""
    reporter = CrashReporter(app)
    install_hooks(reporter.report)
    return reporter
