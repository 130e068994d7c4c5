"""Keeping the unlock screen quick to appear: no ``Qt`` namespace before its first paint.

PySide6 builds every Python enum of ``PySide6.QtCore.Qt`` (about ninety, from ``AlignmentFlag``
to ``WindowType``) the first time any one of them is touched; on Python 3.11 that alone takes
25-40 ms, a fifth of a bare PySide6 window's whole start. So the modules the unlock screen
needs (the main window, the unlock pages, the passphrase field, style, icons, keyboard, lock,
the error dialog) import ``Qt`` inside the functions that use it, never at module level, and
the few enum-typed properties the unlock screen sets while it is built go through Qt's
property system as the plain values named here. ``tests/ui/test_startup.py`` checks the values
against Qt and that the window paints before the namespace exists; ``warm_up`` builds it right
after, while the officer reads the screen, so the first key press does not wait for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

#: ``Qt.TextInteractionFlag.TextSelectableByMouse``
TEXT_SELECTABLE_BY_MOUSE = 1
#: ``Qt.TextFormat.PlainText``
PLAIN_TEXT = 0
#: ``Qt.FocusPolicy.StrongFocus``
STRONG_FOCUS = 11


def _set(obj: QObject, name: str, value: int) -> None:
    if not obj.setProperty(name, value):  # pragma: no cover - a Qt without that property
        raise AttributeError(name)


def selectable(label: QLabel) -> QLabel:
    """Let the mouse select (and copy) ``label``'s text; returns ``label``."""
    _set(label, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
    return label


def plain_text(label: QLabel) -> QLabel:
    """Show ``label``'s text as typed, never as rich text; returns ``label``."""
    _set(label, "textFormat", PLAIN_TEXT)
    return label


def strong_focus(widget: QWidget) -> QWidget:
    """Tab and click both give ``widget`` the focus (also on macOS); returns ``widget``."""
    _set(widget, "focusPolicy", STRONG_FOCUS)
    return widget


def warm_up() -> None:
    """Build the ``Qt`` namespace now (after the first paint), not on the first key press."""
    from PySide6.QtCore import Qt

    Qt.AlignmentFlag  # noqa: B018 - touching it is the point
