"""The message bar under the views: one message at a time about what just happened.

Either what an action did, with Undo for a few seconds ("Follow-up with Sem de Boer marked
done"), or for whom a consultation was saved or moved, with Open record ("Saved for Lotte
Jansma (s4455667)"). Views report through ``UiContext.report(message, undo)`` and
``UiContext.notice(...)``; a new message replaces the last (whose undo or record is then gone).
Undo is a button (Alt+U) and Ctrl+Z while the bar shows; it runs the undo through the
services, so it is checked and access-logged like any change. The bar holds a name: the lock
clears it, and names are never logged.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from officer_desk.errors import OfficerDeskError
from officer_desk.ui import icons, startup
from officer_desk.ui.messages import error_message

#: How long a message (and its Undo) stays.
SHOW_MS = 10_000
#: How long "Saved for …" (and its Open record) stays: long enough to notice a wrong name.
NOTICE_MS = 30_000


class MessageBar(QFrame):
    """One message at a time; a new one replaces the last (whose undo is then gone)."""

    #: Open record: student id, consultation id (0: none).
    open_requested = Signal(int, int)

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#messageBar { background: palette(tool-tip-base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        self.label = startup.plain_text(QLabel(self))
        self.label.setObjectName("messageText")
        self.undo_button = QPushButton(icons.icon("undo"), "", self)
        self.open_button = QPushButton(self)
        self.open_button.setAutoDefault(False)
        startup.strong_focus(self.open_button)  # Tab reaches it (also on macOS)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icons.icon("close"))
        self.close_button.setAutoRaise(True)
        row.addWidget(self.label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.undo_button.clicked.connect(self.undo)
        self.open_button.clicked.connect(self._open)
        self.close_button.clicked.connect(self.clear)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear)
        self._target = (0, 0)
        #: How long a message and a notice stay (tests shorten them).
        self.show_ms, self.notice_ms = SHOW_MS, NOTICE_MS
        # A window shortcut (QShortcut's default): Ctrl+Z in a dialog undoes its own typing.
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), window)
        self.shortcut.setEnabled(False)
        self.shortcut.activated.connect(self.undo)
        self._undo: Callable[[], object] | None = None
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo this (Ctrl+Z)"))
        self.open_button.setText(self.tr("Open record"))
        self.open_button.setAccessibleName(self.tr("Open the record this was saved in"))
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Dismiss"))

    def show_message(self, text: str, undo: Callable[[], object] | None = None) -> None:
        """Show ``text``; with ``undo``, offer Undo until the bar goes."""
        self._show(text, undo=undo, target=(0, 0), ms=self.show_ms)

    def show_notice(self, text: str, student_id: int, consultation_id: int = 0) -> None:
        """Say for whom something was saved, with Open record (that student's page, at that
        consultation)."""
        self._show(text, undo=None, target=(student_id, consultation_id), ms=self.notice_ms)

    def _show(
        self,
        text: str,
        *,
        undo: Callable[[], object] | None,
        target: tuple[int, int],
        ms: int,
    ) -> None:
        self._undo = undo
        self._target = target
        self.label.setText(text)
        self.setAccessibleName(text)
        self.undo_button.setVisible(undo is not None)
        self.shortcut.setEnabled(undo is not None)
        self.open_button.setVisible(target[0] != 0)
        self.show()
        self.timer.start(ms)

    def _open(self) -> None:
        student_id, consultation_id = self._target
        if student_id:
            self.open_requested.emit(student_id, consultation_id)

    @property
    def can_undo(self) -> bool:
        return self._undo is not None

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.shortcut.setEnabled(False)
        if action is None:
            return
        try:
            action()
        except OfficerDeskError as err:
            self.show_message(self.tr("Not undone: {reason}").format(reason=error_message(err)))
            return
        self.show_message(self.tr("Undone."))

    def clear(self) -> None:
        """Forget the message, its undo and its record (also on lock: it may name a student)."""
        self._undo = None
        self._target = (0, 0)
        self.shortcut.setEnabled(False)
        self.timer.stop()
        self.label.clear()
        self.hide()
