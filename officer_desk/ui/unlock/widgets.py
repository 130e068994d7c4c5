"""Building blocks of the screens shown while no vault is open (a centred card, a title, a
busy bar, an error line, a link-style button)."""

from __future__ import annotations

from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from officer_desk.ui import startup, style


def title_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def busy_bar(parent: QWidget, name: str) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # indeterminate: a busy indicator
    bar.setTextVisible(False)
    bar.setMaximumHeight(10)
    bar.setAccessibleName(name)
    bar.hide()
    return bar


def error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    startup.selectable(label)
    style.themed_css(label, lambda: style.message_css("error"))
    label.setAccessibleName(name)
    label.hide()
    return label


class _LinkButton(QPushButton):
    """A flat button that looks like a link and shows the pointing hand over it."""

    def enterEvent(self, event: QEnterEvent) -> None:
        from PySide6.QtCore import Qt  # on hover, not while the screen is built: ui/startup.py

        self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().enterEvent(event)


def link_button(text: str, parent: QWidget) -> QPushButton:
    button = _LinkButton(text, parent)
    button.setFlat(True)
    button.setStyleSheet("text-align: left; color: palette(link); padding: 2px;")
    button.setAccessibleName(text.replace("&", ""))
    return button


class Card(QFrame):
    """A centred column of fixed width on a plain background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(460)
        self.setMaximumWidth(560)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 24, 28, 24)
        self.body.setSpacing(10)


def centred(card: QWidget) -> QWidget:
    outer = QWidget()
    layout = QVBoxLayout(outer)
    layout.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 3)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)
    return outer
