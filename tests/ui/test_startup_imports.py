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
