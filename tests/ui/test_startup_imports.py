"""The app starts without the heavy report libraries: numpy and scipy (~90 MB) and reportlab
load only when a report is built. Checked in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from officer_desk.ui.main_window import MainWindow, available_views
assert len(available_views()) >= 7
heavy = sorted(m for m in ("numpy", "scipy", "reportlab", "openpyxl", "pypdf") if m in sys.modules)
print(",".join(heavy))
"""


def test_views_load_without_report_libraries():
    res = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == ""


UNLOCK_SCREEN = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from officer_desk.ui.main_window import MainWindow
window = MainWindow(Path(sys.argv[1]))
window.show()
app.processEvents()
assert window.access.currentWidget() is window.access.unlock_page
window.grab()  # painted
late = (
    "PySide6.QtPrintSupport", "officer_desk.ui.house_style",
    "officer_desk.services.desk", "officer_desk.services.session", "sqlcipher3",
    "cryptography", "officer_desk.ui.unlock.create", "ctypes.util",
)
print(",".join(m for m in late if m in sys.modules))
assert window.act_log.icon().isNull()  # the menus get their icons with the first unlock
window.access.discard()
"""


def test_unlock_screen_paints_before_services_and_sqlcipher_load(vault):
    """The message-box style, the menus' icons, the services, cryptography and SQLCipher load
    after the unlock screen's first paint (docs/BENCHMARKS.md, start-up). (The icon set
    itself loads with the first icon painted: the passphrase field's show/hide eye.)"""
    res = subprocess.run(
        [sys.executable, "-c", UNLOCK_SCREEN, str(vault.path)],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == ""
