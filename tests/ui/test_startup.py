"""The unlock screen appears before PySide6 builds the Qt namespace's enums, is complete at its
first paint, and the deferred start-up work runs right after it (ui/startup.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from officer_desk.services.session import Session
from officer_desk.ui import startup

ROOT = Path(__file__).resolve().parents[2]

# Starts the app through its real entry point on an empty folder (the welcome page) or a vault
# (the unlock page) and reports what it saw at the first paint and once the loop was next idle.
_PROBE = r"""
import json, sys
from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from officer_desk.ui.main_window import MainWindow

seen = {}
def first_paint_seen(window):
    seen["qt_at_paint"] = "Qt" in vars(QtCore)
    page = window.access.currentWidget()
    seen["page"] = type(page).__name__
    seen["field_visible"] = any(f.isVisible() for f in page.findChildren(QLineEdit))
    seen["shortcuts_at_paint"] = window.act_lock.shortcut().toString()
    QTimer.singleShot(0, lambda: idle(window))
def idle(window):
    seen["qt_after"] = "Qt" in vars(QtCore)
    seen["shortcuts_after"] = window.act_lock.shortcut().toString()
    seen["workspace_after"] = window.workspace is not None
    print(json.dumps(seen))
    window.access.discard()
    QApplication.quit()
app_paint = MainWindow.paintEvent
def paint(self, event):
    if not seen:
        seen["posted"] = True
        QTimer.singleShot(0, lambda: first_paint_seen(self))
    app_paint(self, event)
MainWindow.paintEvent = paint
from officer_desk.cli import main
main(["--vault", sys.argv[1], "--lang", "en"])
"""


def _start(vault: Path) -> dict[str, object]:
    res = subprocess.run(
        [sys.executable, "-c", _PROBE, str(vault)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert res.returncode == 0, res.stderr
    result: dict[str, object] = json.loads(res.stdout.strip().splitlines()[-1])
    return result


def test_the_unlock_screen_paints_before_the_qt_enums_are_built(session: Session) -> None:
    vault = session.vault.dir
    session.close()
    seen = _start(vault)
    assert seen["page"] == "UnlockPage" and seen["field_visible"] is True
    assert seen["qt_at_paint"] is False
    assert seen["shortcuts_at_paint"] == ""
    # Right after the paint: the enums, the shortcuts and the unlocked window's frame.
    assert seen["qt_after"] is True
    assert seen["shortcuts_after"] == "Ctrl+L"
    assert seen["workspace_after"] is True


def test_the_welcome_page_also_paints_first(tmp_path: Path) -> None:
    seen = _start(tmp_path / "no-vault-yet")
    assert seen["page"] == "WelcomePage"
    assert seen["qt_at_paint"] is False and seen["qt_after"] is True


def test_the_plain_values_are_the_qt_enums(qtbot: QtBot) -> None:
    assert startup.TEXT_SELECTABLE_BY_MOUSE == Qt.TextInteractionFlag.TextSelectableByMouse.value
    assert startup.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert startup.STRONG_FOCUS == Qt.FocusPolicy.StrongFocus.value
    label = QLabel("x")
    qtbot.addWidget(label)
    startup.selectable(label)
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    startup.plain_text(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    button = QPushButton("y")
    qtbot.addWidget(button)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    startup.strong_focus(button)
    assert button.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_shortcuts_are_in_place_once_the_window_has_painted(qtbot: QtBot, tmp_path: Path) -> None:
    from officer_desk.ui.main_window import MainWindow

    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace is not None)
    assert window.act_log.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.act_lock.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    window.access.discard()
