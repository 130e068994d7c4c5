"""Keyboard behaviour shared by the screens.

``one_tab_stop(edit)``: a date or time field is one Tab stop. Qt's ``QDateTimeEdit`` moves
Tab from section to section (day, month, year, hour…) and only leaves after the last one, so
a keyboard user has to press Tab five times to get past "When". With this, Tab and Shift+Tab
leave the field at once; inside it, Left/Right (or typing the separator) move between the
sections and Up/Down change the value.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class _OneTabStop(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QDateTimeEdit):
            return False
        assert isinstance(event, QKeyEvent)
        mods = event.modifiers()
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) or mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
        # QWidget's own focus step, not QDateTimeEdit's section step.
        QWidget.focusNextPrevChild(watched, forward)
        return True


_filter = _OneTabStop()


def one_tab_stop(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Make Tab leave ``edit`` at once (see the module doc); returns ``edit``."""
    edit.installEventFilter(_filter)
    return edit
