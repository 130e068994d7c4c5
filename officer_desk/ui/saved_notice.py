"""The transient notice in the main window's status bar that says for whom a consultation was
saved or moved ("Saved for Lotte Jansma (s4455667)"), with a button that opens the record.

The name is on the officer's own screen only, never logged; the main window clears the notice
on lock. Qt only: the window builds it before anything is unlocked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from officer_desk.ui import startup

#: How long the notice stays (ms).
NOTICE_MS = 30_000


class SavedNotice(QWidget):
    """ "Saved for Lotte Jansma (s4455667)" with an Open record button, in the status bar for
    a while. Tab reaches the button like any other."""

    open_requested = Signal(int, int)  # student id, consultation id (0: none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("savedNoticeText")
        self.open_button = QPushButton(self)
        startup.strong_focus(self.open_button)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.label)
        row.addWidget(self.open_button)
        self._target = (0, 0)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.open_button.setText(QCoreApplication.translate("SavedNotice", "Open record"))
        self.open_button.setAccessibleName(
            QCoreApplication.translate("SavedNotice", "Open the record this was saved in")
        )

    def show_notice(self, text: str, student_id: int, consultation_id: int = 0) -> None:
        self._target = (student_id, consultation_id)
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.show()
        self.timer.start(NOTICE_MS)

    def clear(self) -> None:
        """Forget the name shown (on lock, and when the time is up)."""
        self.timer.stop()
        self.label.clear()
        self._target = (0, 0)
        self.hide()

    def _open(self) -> None:
        student_id, consultation_id = self._target
        if student_id:
            self.open_requested.emit(student_id, consultation_id)
