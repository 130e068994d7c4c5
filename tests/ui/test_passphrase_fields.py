"""Every passphrase field (unlock, create, recovery, Settings, changing the vault key) can show
what was typed and hides it again, from the mouse and the keyboard, and warns while Caps Lock
is on — in English and Dutch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

from officer_desk.ui import i18n
from officer_desk.ui.views.settings import RotateKeyDialog
from tests.ui.conftest import unlock

SHOW = {"en": "Show passphrase", "nl": "Wachtzin tonen"}
HIDE = {"en": "Hide passphrase", "nl": "Wachtzin verbergen"}
CAPS = {"en": "Caps Lock is on", "nl": "Caps Lock staat aan"}


def reveal_button(edit: QLineEdit) -> QToolButton:
    buttons = [b for b in edit.findChildren(QToolButton) if b.isVisibleTo(edit)]
    assert len(buttons) == 1, "a passphrase field has one show/hide button"
    return buttons[0]


def caps_warnings(root: QWidget) -> list[QLabel]:
    return [
        label
        for label in root.findChildren(QLabel)
        if label.isVisible() and label.text().startswith(tuple(CAPS.values()))
    ]


def focus(qtbot, edit: QLineEdit) -> None:
    window = edit.window()
    window.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2_000)


def check_show_hide(qtbot, edit: QLineEdit, lang: str) -> None:
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    button = reveal_button(edit)
    assert button.accessibleName() == SHOW[lang]
    button.click()  # the mouse
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert reveal_button(edit).accessibleName() == HIDE[lang]
    QTest.keyClick(edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # the keyboard
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    QTest.keyClick(edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert edit.text() == "", "the shortcut types nothing"
    assert "Ctrl+H" in edit.accessibleDescription()  # a screen reader says how


def all_fields(window) -> list[tuple[str, QLineEdit]]:
    access = window.access
    return [
        ("unlock", access.unlock_page.passphrase),
        ("recovery new", access.recovery_page.fields.first),
        ("recovery repeat", access.recovery_page.fields.second),
        ("create new", access.create_page.fields.first),
        ("create repeat", access.create_page.fields.second),
    ]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_field_before_unlock_shows_and_hides(make_window, vault, qtbot, lang):
    i18n.install(lang)
    window = make_window(vault.path)
    for _name, edit in all_fields(window):
        edit.window().show()
        check_show_hide(qtbot, edit, lang)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_settings_and_key_change_fields_show_and_hide(make_window, vault, qtbot, lang):
    i18n.install(lang)
    window = make_window(vault.path)
    unlock(qtbot, window, vault.passphrase)
    window.show_view("settings")
    view = window.views["settings"]
    for edit in (view.old_passphrase, view.new_fields.first, view.new_fields.second):
        check_show_hide(qtbot, edit, lang)
    dialog = RotateKeyDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    check_show_hide(qtbot, dialog.passphrase, lang)


def test_a_shown_passphrase_is_hidden_again_on_page_change_and_lock(make_window, vault, qtbot):
    window = make_window(vault.path)
    page = window.access.unlock_page
    reveal_button(page.passphrase).click()
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    page.recovery_link.click()  # another page
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert reveal_button(page.passphrase).accessibleName() == SHOW["en"]
    recovery = window.access.recovery_page
    reveal_button(recovery.fields.first).click()
    recovery.back_button.click()
    assert recovery.fields.first.echoMode() == QLineEdit.EchoMode.Password

    reveal_button(page.passphrase).click()
    unlock(qtbot, window, vault.passphrase)
    window.show_view("settings")
    settings = window.views["settings"]
    reveal_button(settings.old_passphrase).click()
    window.lock()
    qtbot.waitUntil(lambda: window.access.currentWidget() is page, timeout=5_000)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert page.passphrase.text() == ""


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_caps_lock_warning_on_the_unlock_page(make_window, vault, qtbot, lang):
    i18n.install(lang)
    window = make_window(vault.path)
    edit = window.access.unlock_page.passphrase
    focus(qtbot, edit)
    QTest.keyClicks(edit, "a")  # lower case without Shift: Caps Lock is off
    assert caps_warnings(window) == []
    QTest.keyClick(edit, "B", Qt.KeyboardModifier.NoModifier)  # Caps Lock on
    warnings = caps_warnings(window)
    assert len(warnings) == 1 and warnings[0].text().startswith(CAPS[lang])
    assert warnings[0].accessibleName()
    # Shift with Caps Lock on types a small letter: still on.
    QTest.keyClick(edit, "c", Qt.KeyboardModifier.ShiftModifier)
    assert len(caps_warnings(window)) == 1
    # Caps Lock pressed again, then a small letter: off.
    QTest.keyClick(edit, Qt.Key.Key_CapsLock)
    QTest.keyClick(edit, "d", Qt.KeyboardModifier.NoModifier)
    assert caps_warnings(window) == []
    # Shift and a capital: Caps Lock is off.
    QTest.keyClick(edit, "E", Qt.KeyboardModifier.ShiftModifier)
    assert caps_warnings(window) == []
    assert edit.text() == "aBcdE"


def test_caps_lock_warning_follows_focus_and_the_key(make_window, vault, qtbot):
    window = make_window(vault.path)
    page = window.access.recovery_page
    window.access.unlock_page.recovery_link.click()
    focus(qtbot, page.fields.first)
    QTest.keyClick(page.fields.first, "X", Qt.KeyboardModifier.NoModifier)
    assert len(caps_warnings(window)) == 1
    # Moving to the plain recovery-key field hides the warning; back to a passphrase shows it.
    focus(qtbot, page.recovery_key)
    assert caps_warnings(window) == []
    focus(qtbot, page.fields.second)
    assert len(caps_warnings(window)) == 1
    # Pressing the Caps Lock key toggles what we know.
    QTest.keyClick(page.fields.second, Qt.Key.Key_CapsLock)
    assert caps_warnings(window) == []


def test_caps_lock_warning_in_settings(make_window, vault, qtbot):
    window = make_window(vault.path)
    unlock(qtbot, window, vault.passphrase)
    window.show_view("settings")
    view = window.views["settings"]
    focus(qtbot, view.old_passphrase)
    QTest.keyClick(view.old_passphrase, "Q", Qt.KeyboardModifier.NoModifier)
    assert len(caps_warnings(view)) == 1
    QTest.keyClick(view.old_passphrase, "q", Qt.KeyboardModifier.NoModifier)
    assert caps_warnings(view) == []


def test_recovery_key_copy_and_print_speak_dutch(qtbot, tmp_path, monkeypatch):
    from pypdf import PdfReader
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from officer_desk.ui.recovery_key import RecoveryKeyPanel

    i18n.install("nl")
    panel = RecoveryKeyPanel()
    qtbot.addWidget(panel)
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    panel.set_key(key)
    assert (panel.copy_button.text(), panel.print_button.text()) == ("&Kopiëren", "&Afdrukken…")
    assert "klembord" in panel.copy_button.toolTip()
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == key
    assert panel.status.text().startswith("Gekopieerd.")
    panel.clipboard_timer.timeout.emit()
    assert QGuiApplication.clipboard().text() == ""
    assert "van het klembord gehaald" in panel.status.text()

    titles = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: titles.append(d.windowTitle()) or 0)
    panel.print_button.click()
    assert titles == ["De herstelsleutel afdrukken"]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "nl.pdf"))
    panel.print_to(printer)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "nl.pdf").pages)
    squeezed = "".join(text.split()).lower()
    assert "officerdesk:herstelsleutel" in squeezed
    assert "bewaardezepagina" in squeezed
    assert "ABCD-EFGH-IJKL-MNOP-QRST".lower() in squeezed


def test_a_shown_passphrase_cannot_be_copied_or_cut(make_window, vault, qtbot):
    from PySide6.QtGui import QClipboard, QGuiApplication, QKeySequence

    window = make_window(vault.path)
    edit = window.access.unlock_page.passphrase
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something the officer copied")
    edit.setText("correct horse")
    reveal_button(edit).click()
    edit.selectAll()
    for key in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut):
        QTest.keySequence(edit, QKeySequence(key))
    assert clipboard.text() == "something the officer copied"
    assert edit.text() == "correct horse"  # Cut cut nothing
    menu = edit.createStandardContextMenu()
    offered = {a.objectName(): a.isEnabled() for a in menu.actions() if a.objectName()}
    assert offered.get("edit-copy") is False and offered.get("edit-cut") is False
    assert offered.get("edit-paste") is True  # pasting from a password manager still works
    menu.deleteLater()
    if clipboard.supportsSelection():  # X11's middle-click selection
        assert clipboard.text(QClipboard.Mode.Selection) != "correct horse"
