"""The app's one icon set: line icons from Lucide (ISC licence, ``resources/icons/ui``).

Every icon is drawn from its SVG at paint time in the colour of the widget palette it is
painted with (text colour, the highlighted-text colour when selected, the disabled colour when
disabled), so one set serves light and dark palettes and follows a palette change at once.
Nothing is loaded at start-up: an SVG is read the first time its icon is painted.

Use semantic names (``icon("log_consultation")``), never file names, so one place decides
which picture stands for what.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

from officer_desk.resources_path import resource

if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

#: Semantic name -> Lucide file name (without ``.svg``).
NAMES: dict[str, str] = {
    # sidebar views
    "today": "house",
    "students": "users",
    "follow_ups": "calendar-clock",
    "outreach": "megaphone",
    "reports": "chart-column",
    "access_log": "scroll-text",
    "privacy": "shield-check",
    "settings": "settings",
    "student_page": "user-round-search",
    # actions
    "log_consultation": "notebook-pen",
    "new_student": "user-plus",
    "search": "search",
    "lock": "lock",
    "unlock": "lock-open",
    "import": "file-input",
    "export": "download",
    "upload": "upload",
    "print": "printer",
    "copy": "copy",
    "show": "eye",
    "hide": "eye-off",
    "done": "check",
    "close": "x",
    "missed": "calendar-x",
    "completed": "calendar-check",
    "reschedule": "calendar-clock",
    "undo": "undo-2",
    "help": "circle-help",
    "backup": "archive",
    "restore": "archive-restore",
    "erase": "trash-2",
    "warning": "triangle-alert",
    "info": "info",
    "passphrase": "key-round",
    "refresh": "refresh-cw",
    "pdf": "file-text",
    "save": "save",
    "open": "folder-open",
    "move": "arrow-right-left",
    "edit": "pencil",
    "add": "plus",
    "time": "clock",
    "history": "history",
    "checklist": "list-checks",
    "yes": "circle-check",
    "no": "circle-x",
    "note": "message-square-text",
    "schedule": "calendar-plus",
    "calendar": "calendar-days",
    "external": "external-link",
    "alert": "shield-alert",
    "encrypted_file": "file-lock",
    "save_file": "file-down",
    "language": "languages",
    "keyboard": "keyboard",
    "guide": "book-open",
}


@cache
def _svg_text(name: str) -> str:
    path = resource("icons", "ui", f"{NAMES[name]}.svg")
    return path.read_text(encoding="utf-8")


@cache
def _renderer(name: str, color: str) -> QSvgRenderer:
    from PySide6.QtSvg import QSvgRenderer  # loaded with the first icon painted

    svg = _svg_text(name).replace("currentColor", color)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def _color_for(mode: QIcon.Mode, palette: QPalette) -> QColor:
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _PaletteSvgEngine(QIconEngine):
    """Paints one Lucide SVG in the application palette's colour for the icon mode."""

    def __init__(self, name: str, color: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = self._color or _color_for(mode, QGuiApplication.palette())
        _renderer(self._name, color.name()).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(0, 0, 0, 0))  # transparent (no Qt enum: ui/startup.py)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(
            QSize(int(size.width() * scale), int(size.height() * scale)), mode, state
        )
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _PaletteSvgEngine(self._name, self._color)

    def key(self) -> str:
        return "officer-desk-lucide"

    def iconName(self) -> str:
        """``officer-desk:<semantic name>`` (``QIcon.name()``), so tests can tell the app's
        icons from the platform's."""
        return f"officer-desk:{self._name}"


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The icon for a semantic ``name`` (see ``NAMES``); drawn in the palette's text colour
    unless ``color`` is given (for example a warning colour)."""
    if name not in NAMES:
        raise KeyError(name)
    return QIcon(_PaletteSvgEngine(name, color))


def app_icon() -> QIcon:
    """The application and window icon: the PNG renderings of the app's SVG (the SVG itself
    goes to the desktop entry), so start-up needs no SVG renderer."""
    result = QIcon()
    for file_name in ("officer-desk-256.png", "officer-desk-128.png", "officer-desk-48.png"):
        path = resource("icons", file_name)
        if path.is_file():
            result.addFile(str(path))
    return result
