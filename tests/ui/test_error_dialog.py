"""An exception in a Qt slot (docs/SECURITY.md, A-E6): logged privately with files and lines
only, and shown as a translated dialog with the error id, never as a traceback."""

from __future__ import annotations

import re
import stat
import sys
import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from officer_desk.ui import error_dialog, i18n


@pytest.fixture
def reporter(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("OFFICER_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    reporter = error_dialog.install(qapp)
    yield reporter
    for box in list(reporter.dialogs):
        box.close()
    reporter.deleteLater()


def _slot_that_fails() -> None:
    secret = "CANARY-note-text"
    raise KeyError(secret)


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_clear_errors_exception_in_a_slot_shows_error_id_dialog(
    qtbot, reporter, tmp_path, lang, capsys
):
    i18n.install(lang)
    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(_slot_that_fails)
    button.show()
    button.click()
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    box = reporter.dialogs[-1]
    assert isinstance(box, QMessageBox) and box.isVisible()
    match = re.search(r"\b([0-9A-F]{8})\b", box.text())
    assert match, box.text()
    assert "CANARY" not in box.text()
    expected = "Onverwacht probleem" if lang == "nl" else "Unexpected problem"
    assert box.windowTitle() == expected
    if lang == "nl":
        assert "onverwacht probleem" in box.text()
    box.grab().save(str(tmp_path.parent / f"error-dialog-{lang}.png"))
    log = tmp_path / "logs" / "errors.log"
    text = log.read_text("utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600 or sys.platform == "win32"
    assert f"error {match.group(1)}" in text and "builtins.KeyError" in text
    assert re.search(r"test_error_dialog\.py:\d+ in _slot_that_fails", text)
    assert "CANARY" not in text
    captured = capsys.readouterr()
    assert "CANARY" not in captured.err and "Traceback" not in captured.err


@pytest.mark.qt_no_exception_capture
def test_clear_errors_exception_in_a_worker_thread_is_shown_on_the_gui_thread(qtbot, reporter):
    thread = threading.Thread(target=_slot_that_fails)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    box = reporter.dialogs[-1]
    assert box.thread() is QApplication.instance().thread()
    assert "CANARY" not in box.text()


def _unwritable(folder):
    """Make ``folder`` unwritable for this process; returns the undo, or skips."""
    import os
    import shutil
    import subprocess

    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None or subprocess.run([chattr, "+i", str(folder)]).returncode != 0:
            pytest.skip("root without a usable immutable flag")
        return lambda: subprocess.run([chattr, "-i", str(folder)], check=True)
    os.chmod(folder, 0o500)
    return lambda: os.chmod(folder, 0o700)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX folder flags")
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_clear_errors_unwritable_vault_folder_in_the_app(make_window, vault, qtbot, lang):
    from officer_desk.ui.tasks import wait_for_tasks

    i18n.install(lang)
    undo = _unwritable(vault.path)
    try:
        window = make_window(vault.path)
        page = window.access.unlock_page
        page.passphrase.setText(vault.passphrase)
        page.unlock_button.click()
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15_000)
        wait_for_tasks()
        text = page.error.text()
        window.grab().save(str(vault.path.parent.parent / f"unwritable-vault-{lang}.png"))
    finally:
        undo()
    expected = "kan niet schrijven in de map" if lang == "nl" else "cannot write to the vault"
    assert expected in text
    assert "damaged" not in text and "beschadigd" not in text
    assert window.session is None
