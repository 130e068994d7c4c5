"""The message bar under the views: what an action just did, with Undo for a few seconds.

Views report through ``UiContext.report(message, undo)``; the main window shows the bar.
Undo is a button (Alt+U) and Ctrl+Z while the bar shows; it runs the undo through the
services, so it is checked and access-logged like any change. The bar holds a name, so the
lock clears it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from officer_desk.errors import OfficerDeskError
from officer_desk.ui import icons, startup
from officer_desk.ui.messages import error_message

#: How long the bar (and its Undo) stays.
SHOW_MS = 10_000


class UndoBar(QFrame):
    """One message at a time; a new one replaces the last (whose undo is then gone)."""

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#undoBar { background: palette(tool-tip-base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        self.label = startup.plain_text(QLabel(self))
        self.undo_button = QPushButton(icons.icon("undo"), self.tr("&Undo"), self)
        self.undo_button.setToolTip(self.tr("Undo this (Ctrl+Z)"))
        self.close_button = QToolButton(self)
        self.close_button.setIcon(icons.icon("close"))
        self.close_button.setAutoRaise(True)
        self.close_button.setAccessibleName(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.clear)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOW_MS)
        self.timer.timeout.connect(self.clear)
        # A window shortcut (QShortcut's default): Ctrl+Z in a dialog undoes its own typing.
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), window)
        self.shortcut.setEnabled(False)
        self.shortcut.activated.connect(self.undo)
        self._undo: Callable[[], object] | None = None
        self.hide()

    def show_message(self, text: str, undo: Callable[[], object] | None = None) -> None:
        """Show ``text``; with ``undo``, offer Undo until the bar goes."""
        self._undo = undo
        self.label.setText(text)
        self.setAccessibleName(text)
        self.undo_button.setVisible(undo is not None)
        self.shortcut.setEnabled(undo is not None)
        self.show()
        self.timer.start()

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
        """Forget the message and its undo (also on lock)."""
        self._undo = None
        self.shortcut.setEnabled(False)
        self.timer.stop()
        self.label.clear()
        self.hide()
