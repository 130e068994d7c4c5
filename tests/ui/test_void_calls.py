"""A platform trap: PySide6 6.12.0 on Python 3.11 loses a reference to None on every void Qt
call and aborts after a few thousand. The app must run on a combination that does not."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_twenty_thousand_void_qt_calls_do_not_abort(tmp_path):
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QObject
        from PySide6.QtGui import QStandardItem
        from PySide6.QtWidgets import QApplication, QLabel
        app = QApplication(sys.argv[:1])
        label = QLabel()
        item = QStandardItem()
        obj = QObject()
        for i in range(20_000):
            label.setText(str(i))
            item.setData(i)
            obj.setObjectName("x")
        print("ok", label.text())
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "ok 19999"
