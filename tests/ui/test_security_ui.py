"""The recovery key on screen (Copy, Print, the clipboard cleared again), changing the vault
key from Settings, and what the passphrase screens promise (docs/SECURITY.md)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter

from officer_desk.errors import WrongPassphrase, WrongRecoveryKey
from officer_desk.services import session as sessions
from officer_desk.ui.recovery_key import CLIPBOARD_SECONDS, RecoveryKeyPanel
from officer_desk.vault import derive_key, derive_key_with_recovery

KEY = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"


@pytest.fixture
def panel(qtbot) -> RecoveryKeyPanel:
    widget = RecoveryKeyPanel()
    qtbot.addWidget(widget)
    widget.set_key(KEY)
    yield widget
    QGuiApplication.clipboard().clear()


def test_copy_puts_the_key_on_the_clipboard_and_takes_it_off_after_a_minute(panel):
    clipboard = QGuiApplication.clipboard()
    panel.copy_button.click()
    assert clipboard.text() == KEY
    assert panel.clipboard_timer.isActive()
    assert panel.clipboard_timer.interval() == CLIPBOARD_SECONDS * 1000 == 60_000
    panel.clipboard_timer.timeout.emit()  # the minute is up
    assert clipboard.text() == ""
    assert "removed" in panel.status.text()


def test_a_clipboard_that_holds_something_else_is_left_alone(panel):
    clipboard = QGuiApplication.clipboard()
    panel.copy_button.click()
    clipboard.setText("the officer copied something else since")
    panel.clipboard_timer.timeout.emit()
    assert clipboard.text() == "the officer copied something else since"
    panel.copy_button.click()
    clipboard.setText("again something else")
    panel.clear()
    assert clipboard.text() == "again something else"


def test_moving_on_takes_the_key_off_the_clipboard(panel):
    panel.copy_button.click()
    panel.clear()  # what "Start working" / "Continue" do
    assert QGuiApplication.clipboard().text() == ""
    assert panel.label.text() == ""
    assert not panel.copy_button.isEnabled() and not panel.print_button.isEnabled()


def test_print_renders_the_key_for_the_printer(panel, tmp_path):
    # The app prints through QPrintDialog to a printer; here the same document goes to a
    # PDF printer so the test can read back what would be printed.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    panel.print_to(printer)
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "printed.pdf").pages)
    squeezed = "".join(text.split())  # pypdf splits words at odd places
    assert "ABCD-EFGH-IJKL-MNOP-QRST" in squeezed
    assert "UVWX-YZ23-4567" in squeezed
    assert "recoverykey" in squeezed.lower()


def test_the_print_dialog_offers_no_print_to_file(panel, monkeypatch):
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    seen = {}

    def fake_exec(dialog):
        seen["to_file"] = dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
        return 0  # cancelled

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    panel.print_button.click()
    assert seen == {"to_file": False}


def test_create_page_shows_copy_and_print(make_window, tmp_path, qtbot):
    window = make_window(tmp_path / "new-vault")
    access = window.access
    access.welcome_page.create_button.click()
    page = access.create_page
    page.fields.first.setText("correct horse battery staple")
    page.fields.second.setText("correct horse battery staple")
    page.next_button.click()
    page.next_button.click()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=15_000)
    assert page.recovery_panel.copy_button.isVisible()
    assert page.recovery_panel.print_button.isVisible()
    page.recovery_panel.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied and copied.replace("-", "") in page.recovery_key.text().replace("-", "").replace(
        "\n", ""
    )
    page.stored.setChecked(True)
    page.next_button.click()
    assert QGuiApplication.clipboard().text() == ""


def test_recovery_page_promises_nothing_untrue_and_no_previous_key_file(make_window, vault):
    window = make_window(vault.path)
    texts = " ".join(
        label.text()
        for label in window.access.recovery_page.findChildren(
            type(window.access.unlock_page.location)
        )
    )
    assert "stops working" not in texts
    assert "recovery key stays valid" in texts
    assert not hasattr(window.access.unlock_page, "previous_keyfile_button")


def test_settings_say_what_a_passphrase_change_cannot_revoke(unlocked):
    unlocked.show_view("settings")
    view = unlocked.views["settings"]
    assert "backups kept outside" in view.passphrase_limits.text()
    assert "change the vault key" in view.passphrase_limits.text()
    assert "someone may know your passphrase" in view.key_intro.text()


def test_change_the_vault_key_from_settings(unlocked, vault, qtbot):
    window = unlocked
    window.show_view("settings")
    view = window.views["settings"]
    assert view.rotate_button.isEnabled()
    view.rotate_key_requested.emit(vault.passphrase)  # what the confirmation dialog does
    page = window.access.rotation_page
    qtbot.waitUntil(lambda: window.session is None, timeout=5_000)
    qtbot.waitUntil(lambda: page.continue_button.isVisible(), timeout=30_000)
    new_recovery = page.panel.label.text().replace("\n", "-")
    assert new_recovery and not page.continue_button.isEnabled()
    with pytest.raises(WrongRecoveryKey):
        derive_key_with_recovery(vault.path, vault.recovery_key)
    page.stored.setChecked(True)
    page.continue_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert page.panel.label.text() == ""
    entries = window.session.desk.access_log(action="passphrase_changed")
    assert [e.detail for e in entries] == ["key rotated"]
    window.lock()
    derive_key_with_recovery(vault.path, new_recovery).wipe()
    derive_key(vault.path, vault.passphrase).wipe()


def test_a_wrong_passphrase_changes_no_key(unlocked, vault, qtbot):
    window = unlocked
    window.show_view("settings")
    key = sessions.check_passphrase(vault.path, vault.passphrase)
    before = bytes(key.dek)
    key.wipe()
    window.views["settings"].rotate_key_requested.emit("not the passphrase at all")
    page = window.access.unlock_page
    qtbot.waitUntil(
        lambda: window.access.currentWidget() is page and page.error.isVisible(), timeout=30_000
    )
    assert "not changed" in page.error.text()
    # The lock re-anchors the access log in keys.json; the data key itself is the same.
    key = sessions.check_passphrase(vault.path, vault.passphrase)
    assert bytes(key.dek) == before
    key.wipe()
    with pytest.raises(WrongPassphrase):
        sessions.check_passphrase(vault.path, "not the passphrase at all")
