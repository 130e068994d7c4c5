"""One place for the look of every view: margins, spacing, headings and empty states.

Views build their layouts with ``view_layout`` and their titles with ``heading`` and
``subheading``; tables come from ``officer_desk.ui.views.common.make_table`` (a ``HouseTable``,
which shows a short hint when it is empty). Nothing here hard-codes a colour: every colour
comes from the palette, so light and dark system palettes both work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QBoxLayout, QLabel, QLayout, QLayoutItem, QVBoxLayout, QWidget

if TYPE_CHECKING:  # Qt is imported where used: not before the first paint (ui/startup.py)
    from PySide6.QtCore import Qt

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


def _bold_label(text: str, parent: QWidget | None, scale: float) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A view's title: bold, 1.35x the body font."""
    label = _bold_label(text, parent, 1.35)
    label.setAccessibleName(text)
    return label


def subheading(text: str, parent: QWidget | None = None) -> QLabel:
    """A section title inside a view: bold, 1.1x the body font."""
    return _bold_label(text, parent, 1.1)


def hint(text: str, parent: QWidget | None = None) -> QLabel:
    """A short explanation in the palette's placeholder colour, wrapped."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setForegroundRole(label.foregroundRole())
    label.setStyleSheet("color: palette(placeholder-text);")
    from PySide6.QtCore import Qt

    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def reserve_space(widget: QWidget, lines: int = 1) -> QWidget:
    """Keep the room of a message line (an error, a status) whether it shows or not, so the
    view does not jump when a message appears: hidden, it still takes its place; empty or
    short, it still takes ``lines`` lines."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    widget.setMinimumHeight(lines * widget.fontMetrics().lineSpacing())
    return widget


# -- colours from the palette ---------------------------------------------------------------
# Signal colours (overdue, error, warning, success) are mixed from a hue and the palette's own
# base and text colours, so they read on a light and on a dark palette alike.

_HUES = {
    "error": QColor(200, 30, 30),
    "warning": QColor(210, 150, 0),
    "success": QColor(30, 130, 60),
    "mark": QColor(40, 110, 220),
}


def palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    """True when the palette draws light text on a dark background."""
    pal = pal or palette()
    return (
        pal.color(QPalette.ColorRole.Base).lightness()
        < pal.color(QPalette.ColorRole.Text).lightness()
    )


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def tone(kind: str, pal: QPalette | None = None) -> QColor:
    """Text colour for ``kind`` ("error", "warning", "success", "mark"): the hue, lightened
    on a dark palette and darkened on a light one, so it keeps its contrast."""
    pal = pal or palette()
    text = pal.color(QPalette.ColorRole.Text)
    return mix(_HUES[kind], text, 0.5 if is_dark(pal) else 0.25)


def tint(kind: str, pal: QPalette | None = None) -> QColor:
    """Background colour for ``kind``: the palette's base with a little of the hue."""
    pal = pal or palette()
    return mix(pal.color(QPalette.ColorRole.Base), _HUES[kind], 0.22 if is_dark(pal) else 0.14)


def muted(pal: QPalette | None = None) -> QColor:
    """Text of less importance (closed cases, done follow-ups)."""
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.PlaceholderText)


class _Restyler(QObject):
    """Gives its widget a fresh style sheet when the application palette changes (only top-level
    windows get that event; a child with a style sheet keeps its own palette)."""

    def __init__(self, make: Callable[[], str], widget: QWidget) -> None:
        super().__init__(widget)
        self._make = make
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self._palette_changed)

    def _palette_changed(self, _palette: QPalette) -> None:
        # Afterwards: restyling inside the palette change, while Qt still walks its widgets,
        # would change their styles under it. (Cancelled if the widget goes meanwhile.)
        QTimer.singleShot(0, self, self._restyle)

    def _restyle(self) -> None:
        widget = self.parent()
        if isinstance(widget, QWidget):
            widget.setStyleSheet(self._make())


def themed_css(widget: QWidget, make: Callable[[], str]) -> QWidget:
    """Give ``widget`` the style sheet ``make()`` returns, and again whenever the application
    palette changes (the system switching to dark mode while the app runs): the colours of
    ``message_css`` and ``banner_css`` are worked out from the palette. Returns ``widget``."""
    widget.setStyleSheet(make())
    _Restyler(make, widget)
    return widget


def message_css(kind: str, *, bold: bool = False) -> str:
    """A label's style sheet for a message of ``kind`` ("error", "warning", "success")."""
    css = f"color: {tone(kind).name()};"
    return css + (" font-weight: bold;" if bold else "")


def error_label(parent: QWidget, *, wrap: bool = True, reserve: bool = False) -> QLabel:
    """A form's error line (object name ``errorLabel``), hidden until there is an error;
    ``reserve`` keeps its room while hidden (see ``reserve_space``)."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    themed_css(label, lambda: message_css("error", bold=True))
    label.setWordWrap(wrap)
    label.hide()
    if reserve:
        reserve_space(label)
    return label


def banner_css(kind: str, selector: str = "") -> str:
    """A framed banner of ``kind`` (a draft offer, a legal hold, an erase warning)."""
    body = (
        f"background: {tint(kind).name()}; border: 1px solid {tone(kind).name()};"
        f" border-radius: 4px; color: palette(text);"
    )
    return f"{selector} {{ {body} }}" if selector else body


class FlowLayout(QLayout):
    """A row of widgets (buttons, filters) that wraps onto a second line when the view is
    narrow, so a row never sets the window's minimum width (``MIN_WINDOW_WIDTH``).

    A drop-in for a ``QHBoxLayout`` of buttons: ``addStretch`` is accepted and ignored (the
    row is left-aligned anyway)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = SPACING) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self, _stretch: int = 0) -> None:
        """Ignored: a flow is left-aligned."""

    def addSpacing(self, _size: int) -> None:
        """Ignored: items keep the house spacing."""

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        from PySide6.QtCore import Qt

        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        width = 0
        height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        out = []
        for item in self._items:
            widget = item.widget()
            if not item.isEmpty() and (widget is None or not widget.isHidden()):
                out.append(item)
        return out

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Lay the items out in lines (each line's items centred vertically); returns the
        height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._visible():
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            if not line:
                continue
            line_height = max(hint.height() for _item, hint in line)
            x = area.x()
            for item, hint in line:
                if apply:
                    top = y + (line_height - hint.height()) // 2
                    width = min(hint.width(), max(area.width(), 1))
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, hint.height())))
                x += hint.width() + self._spacing
            y += line_height + self._spacing
        used = y - self._spacing if any(lines) else y
        return used - rect.y() + margins.bottom()


def style_for_scheme(dark: bool, style_name: str) -> str:
    """The Qt style to use: the platform's own, except Windows' classic "windowsvista" style,
    which cannot draw dark: with a dark system colour scheme, Fusion (which can) instead.
    "" keeps the current style."""
    return "Fusion" if dark and style_name.lower() == "windowsvista" else ""


def follow_system_colour_scheme() -> None:
    """Dark mode follows the system (Qt 6.5+ reports the scheme; Fusion and the Windows 11,
    macOS and Linux desktop styles draw it). Called once at start-up."""
    import os

    if os.name != "nt":
        # Only Windows' classic style cannot draw dark. Elsewhere nothing to ask (asking builds
        # PySide6's QStyle and Qt enums before the first paint: ui/startup.py).
        return
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    style_name = app.style().name()

    dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    name = style_for_scheme(dark, style_name)
    if name:
        app.setStyle(name)


def install_house_style() -> None:
    """Put the app's style (``ui/house_style.py``: the platform style with the app's own
    icons on message boxes and dialog buttons) over the application's style, once."""
    from officer_desk.ui.house_style import install

    install()
