"""One place for the look of every view: margins, spacing, headings and empty states.

Views build their layouts with ``view_layout`` and their titles with ``heading`` and
``subheading``; tables come from ``officer_desk.ui.views.common.make_table`` (a ``HouseTable``,
which shows a short hint when it is empty). Nothing here hard-codes a colour: every colour
comes from the palette, so light and dark system palettes both work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

#: Outer margin of a content view, in pixels.
MARGIN = 16
#: Space between the widgets of a view.
SPACING = 10
#: Extra space before a new section of a view.
SECTION_GAP = 14
#: Sidebar icon size and toolbar/button icon size.
SIDEBAR_ICON = 20
BUTTON_ICON = 16
#: Smallest window the app is laid out for (a 13" laptop with 125-150 % scaling).
MIN_WINDOW_WIDTH = 1024
MIN_WINDOW_HEIGHT = 700


def view_layout(widget: QWidget) -> QVBoxLayout:
    """The top-level layout of a content view, with the house margins and spacing."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING)
    return layout


def tighten(layout: QBoxLayout) -> QBoxLayout:
    """A nested layout: no margins of its own, the house spacing."""
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING)
    return layout


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A view's title: bold, 1.35x the body font."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.35)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def subheading(text: str, parent: QWidget | None = None) -> QLabel:
    """A section title inside a view: bold, 1.1x the body font."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A short explanation in the palette's placeholder colour, wrapped."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(label.foregroundRole())
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label
