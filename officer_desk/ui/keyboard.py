"""Keyboard behaviour shared by the screens.

``one_tab_stop(edit)``: a date or time field is one Tab stop. Qt's ``QDateTimeEdit`` moves
Tab from section to section (day, month, year, hour…) and only leaves after the last one, so
a keyboard user has to press Tab five times to get past "When". With this, Tab and Shift+Tab
leave the field at once; inside it, Left/Right (or typing the separator) move between the
sections and Up/Down change the value.

``install_focus_ring(app)``: the keyboard focus is always visible. The style draws focus on
buttons, fields and the current row of a table, but not on an empty table or list, a text or
PDF view, or a default button; a ring in the palette's highlight colour marks those.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDateTimeEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)


class _OneTabStop(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QDateTimeEdit):
            return False
        assert isinstance(event, QKeyEvent)
        from PySide6.QtCore import Qt  # not at import: ui/startup.py

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


def _needs_ring(widget: QWidget) -> bool:
    """Controls on which the style shows no (or too little) focus of its own: tables, lists,
    text and PDF views (an empty one draws no current row), and default buttons (drawn
    highlighted already, focused or not)."""
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea):
        return True
    return isinstance(widget, QPushButton) and widget.isDefault()


class FocusRing(QWidget):
    """A ring in the palette's highlight colour around one control (a sibling drawn over
    its edge); ``_FocusRings`` moves it to the control that has the focus."""

    WIDTH = 2

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def attach(self, target: QWidget | None) -> None:
        if self.target is not None and shiboken6.isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = target
        if target is not None:
            target.installEventFilter(self)
        self.place()

    def place(self) -> None:
        target = self.target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            self.hide()
            return
        w = self.WIDTH
        self.setGeometry(target.geometry().adjusted(-w, -w, w, w))
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self.place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), self.WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))
        painter.end()


class _FocusRings(QObject):
    """Follows the application's focus: one ring per parent widget, shown around the
    focused control when it needs one (rings die with their parent, e.g. on lock)."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: FocusRing | None = None

    def follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        if self._shown is not None and shiboken6.isValid(self._shown):
            self._shown.attach(None)
        self._shown = None
        parent = now.parentWidget() if now is not None else None
        if now is None or parent is None or not _needs_ring(now):
            return
        from PySide6.QtCore import Qt

        ring = parent.findChild(FocusRing, "", Qt.FindChildOption.FindDirectChildrenOnly)
        if ring is None:
            ring = FocusRing(parent)
        ring.attach(now)
        self._shown = ring


_rings: _FocusRings | None = None


def install_focus_ring(app: QApplication) -> None:
    """Show the focus ring in the whole application (once)."""
    global _rings
    if _rings is None:
        _rings = _FocusRings()
        app.focusChanged.connect(_rings.follow)
