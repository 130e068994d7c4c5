"""The unlock, create and recovery flows, locking, and the settings view, on real vaults."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from officer_desk.errors import VaultInUse, WrongPassphrase, WrongRecoveryKey
from officer_desk.services import session as sessions
from officer_desk.ui.main_window import MainWindow, available_views
from officer_desk.vault import DB_NAME, KEYFILE_NAME, derive_key, derive_key_with_recovery

from .conftest import PASSPHRASE, unlock

NEW_PASSPHRASE = "purple otter under seven bridges"


def _digest(vault_dir: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(vault_dir.iterdir())
        if p.is_file()
    }


def _err(exc_type: type) -> str:
    return QCoreApplication.translate("Errors", exc_type.template)


def test_create_vault_through_the_ui(make_window, tmp_path, qtbot):
    target = tmp_path / "new-vault"
    window = make_window(target)
    access = window.access
    assert access.currentWidget() is access.welcome_page
    access.welcome_page.create_button.click()
    page = access.create_page
    assert access.currentWidget() is page
    assert not page.next_button.isEnabled()
    page.fields.first.setText("short")
    page.fields.second.setText("short")
    assert not page.next_button.isEnabled()
    assert "weak" in page.fields.verdict.text().lower()
    page.fields.first.setText(PASSPHRASE)
    page.fields.second.setText(PASSPHRASE + "x")
    assert not page.next_button.isEnabled()
    page.fields.second.setText(PASSPHRASE)
    assert page.next_button.isEnabled()
    page.next_button.click()
    page.officer_name.setText("Sam Officer")
    page.faculty.setCurrentIndex(page.faculty.findData("LAW"))
    page.next_button.click()
    qtbot.waitUntil(lambda: page.steps.currentIndex() == 2, timeout=15_000)
    recovery = page.recovery_key.text()
    assert len(recovery.replace("-", "").replace(" ", "")) >= 40
    assert window.session is None  # not usable until the key is confirmed stored
    assert not page.next_button.isEnabled()
    page.stored.setChecked(True)
    page.next_button.click()
    assert window.session is not None
    assert page.recovery_key.text() == ""  # shown once
    desk = window.session.desk
    assert desk.setting("officer_name") == "Sam Officer"
    assert desk.setting("faculty") == "LAW"
    window.lock()
    derive_key_with_recovery(target, recovery).wipe()
    derive_key(target, PASSPHRASE).wipe()


def test_wrong_passphrase_shows_message_and_changes_nothing(make_window, vault, qtbot):
    window = make_window(vault.path)
    before = _digest(vault.path)
    page = window.access.unlock_page
    page.passphrase.setText("not the passphrase at all")
    page.unlock_button.click()
    assert page.busy.isVisible() or page.error.isVisible()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15_000)
    assert page.error.text() == _err(WrongPassphrase)
    assert window.session is None
    assert not page.busy.isVisible()
    assert _digest(vault.path) == before
    # and the right one still works
    unlock(qtbot, window, vault.passphrase)
    assert window.views


def test_unlock_runs_off_the_gui_thread(make_window, vault, qtbot):
    window = make_window(vault.path)
    page = window.access.unlock_page
    page.passphrase.setText(vault.passphrase)
    page.unlock_button.click()
    # The click returned before the key was derived: the busy indicator is up.
    assert window.session is None
    assert page.busy.isVisible()
    assert not page.passphrase.isEnabled()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)


def test_recovery_path_sets_a_new_passphrase(make_window, vault, qtbot):
    window = make_window(vault.path)
    window.access.unlock_page.recovery_link.click()
    page = window.access.recovery_page
    assert window.access.currentWidget() is page
    page.recovery_key.setText("AAAA-BBBB-CCCC")
    page.fields.first.setText(NEW_PASSPHRASE)
    page.fields.second.setText(NEW_PASSPHRASE)
    page.submit_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15_000)
    assert page.error.text() == _err(WrongRecoveryKey)
    page.recovery_key.setText(vault.recovery_key.lower())
    page.submit_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    window.lock()
    with pytest.raises(WrongPassphrase):
        derive_key(vault.path, vault.passphrase)
    derive_key(vault.path, NEW_PASSPHRASE).wipe()


def _assert_locked(window: MainWindow, session) -> None:
    assert window.session is None
    assert window.ctx is None
    assert window.views == {}
    assert window.stack.count() == 0
    assert window.sidebar.count() == 0
    assert window.root.currentWidget() is window.access
    assert session.vault.closed
    with pytest.raises(Exception, match="closed"):
        session.vault.connection.execute("SELECT 1")
    assert not window.act_lock.isEnabled()
    assert not window.act_log.isEnabled()


def test_views_are_registered_and_shown(unlocked):
    window = unlocked
    ids = [vid for vid, _cls in available_views()]
    assert "settings" in ids
    assert list(window.views) == ids
    assert window.sidebar.count() == len(ids)
    for view_id in ids:
        window.show_view(view_id)
        assert window.current_view_id() == view_id


def test_auto_lock_clears_every_view_and_closes_the_connection(unlocked, qtbot):
    window = unlocked
    session = window.session
    view_widgets = list(window.views.values())
    assert view_widgets
    window.lock_controller.set_timeout_ms(200)
    with qtbot.waitSignal(window.lock_controller.lock_requested, timeout=5000):
        pass
    _assert_locked(window, session)
    qtbot.waitUntil(lambda: all(_is_deleted(w) for w in view_widgets), timeout=3000)


def _is_deleted(widget) -> bool:
    from shiboken6 import Shiboken

    return not Shiboken.isValid(widget)


def test_input_restarts_the_idle_timer(unlocked, qtbot):
    window = unlocked
    # 12 key presses 120 ms apart span well over the 1 s timeout; each one restarts it (a
    # loaded machine may take a few hundred ms to show the next view, which stays inside it)
    window.lock_controller.set_timeout_ms(1000)
    for _ in range(12):
        qtbot.wait(120)
        qtbot.keyClick(window.sidebar, Qt.Key.Key_Down if _ % 2 == 0 else Qt.Key.Key_Up)
    assert window.session is not None
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)


def test_ctrl_l_locks(unlocked, qtbot):
    window = unlocked
    session = window.session
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_locked(window, session)
    assert window.access.unlock_page.passphrase.text() == ""


def test_screen_lock_signal_locks(unlocked, listener):
    window = unlocked
    session = window.session
    listener.locked.emit()
    _assert_locked(window, session)


def test_dbus_listener_slots_emit_locked(qtbot):
    from officer_desk.ui.lock import DBusScreenLockListener

    listener = DBusScreenLockListener()
    with qtbot.waitSignal(listener.locked, timeout=1000):
        listener.on_active_changed(True)
    with qtbot.assertNotEmitted(listener.locked):
        listener.on_active_changed(False)
        listener.on_prepare_for_sleep(False)
    with qtbot.waitSignal(listener.locked, timeout=1000):
        listener.on_prepare_for_sleep(True)


def test_settings_save(unlocked, qtbot):
    window = unlocked
    window.show_view("settings")
    view = window.views["settings"]
    view.officer_name.setText("Robin de Vries")
    view.faculty.setCurrentIndex(view.faculty.findData("MED"))
    view.autolock.setValue(12)
    view.backup_dir.setText("/media/backup/officer")
    view.save_button.click()
    desk = window.session.desk
    assert desk.setting("officer_name") == "Robin de Vries"
    assert desk.setting("faculty") == "MED"
    assert desk.setting("autolock_minutes") == "12"
    assert desk.setting("backup_dir") == "/media/backup/officer"
    assert window.lock_controller.timer.timeout_ms == 12 * 60_000
    assert view.saved_label.text() == "Settings saved."


def test_settings_language_switches_live_and_persists(unlocked, qtbot):
    from officer_desk.ui import i18n

    window = unlocked
    window.show_view("settings")
    view = window.views["settings"]
    view.language.setCurrentIndex(view.language.findData("nl"))
    view.save_button.click()
    qtbot.waitUntil(lambda: window.lang == "nl", timeout=3000)
    qtbot.waitUntil(lambda: window.views.get("settings") is not view, timeout=3000)
    assert window.current_view_id() == "settings"
    assert window.views["settings"].title() == "Instellingen"
    assert i18n.stored_preference() == "nl"
    assert window.session.desk.setting("language") == "nl"


def test_settings_change_passphrase(unlocked, vault, qtbot):
    window = unlocked
    window.show_view("settings")
    view = window.views["settings"]
    view.old_passphrase.setText("wrong old passphrase")
    view.new_fields.first.setText(NEW_PASSPHRASE)
    view.new_fields.second.setText(NEW_PASSPHRASE)
    assert view.change_button.isEnabled()
    view.change_button.click()
    qtbot.waitUntil(lambda: not view.change_busy.isVisible(), timeout=15_000)
    assert view.change_status.text() == _err(WrongPassphrase)
    view.old_passphrase.setText(vault.passphrase)
    view.change_button.click()
    qtbot.waitUntil(lambda: not view.change_busy.isVisible(), timeout=15_000)
    assert "changed" in view.change_status.text()
    assert view.old_passphrase.text() == ""
    with pytest.raises(WrongPassphrase):
        derive_key(vault.path, vault.passphrase)
    derive_key(vault.path, NEW_PASSPHRASE).wipe()


def test_vault_in_use_is_reported(make_window, vault, qtbot):
    other = sessions.unlock(vault.path, vault.passphrase)
    try:
        window = make_window(vault.path)
        page = window.access.unlock_page
        page.passphrase.setText(vault.passphrase)
        page.unlock_button.click()
        qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15_000)
        assert page.error.text() == _err(VaultInUse)
        assert window.session is None
    finally:
        other.close()


# Content views may meet the damaged page while they load; this test is about the unlock
# screen, so exceptions inside views are not fatal here.
@pytest.mark.qt_no_exception_capture
def test_damaged_vault_offers_read_only(make_window, vault, qtbot):
    db = vault.path / DB_NAME
    size = db.stat().st_size
    assert size > 4096 * 3
    with open(db, "r+b") as fh:  # flip a byte inside page 2
        fh.seek(4096 + 200)
        byte = fh.read(1)
        fh.seek(4096 + 200)
        fh.write(bytes([byte[0] ^ 0xFF]))
    window = make_window(vault.path)
    page = window.access.unlock_page
    page.passphrase.setText(vault.passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15_000)
    assert window.session is None
    assert "damaged" in page.error.text()
    assert "backup" in page.error.text()
    # Page 2 holds rows, not the schema: the vault opens read-only.
    assert page.read_only_button.isVisible()
    page.read_only_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)
    assert window.session.vault.read_only
    assert "damaged" in window.status_mode.text()
    assert not window.act_log.isEnabled()


def test_missing_key_file_is_not_a_crash(make_window, vault, qtbot):
    (vault.path / KEYFILE_NAME).write_bytes(b"{not json")
    window = make_window(vault.path)
    page = window.access.unlock_page
    page.passphrase.setText(vault.passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.error.isVisible(), timeout=15_000)
    assert "key file" in page.error.text()
    assert window.session is None


def test_ctrl_n_opens_the_consultation_dialog_and_lock_keeps_its_draft(unlocked, qtbot):
    window = unlocked
    assert window.act_log.isEnabled()
    window.act_log.trigger()
    assert len(window.dialogs) == 1
    dialog = window.dialogs[0]
    saved = []
    original = dialog.save_draft

    def spy():
        saved.append(True)
        return original()

    dialog.save_draft = spy
    session = window.session
    window.lock()
    assert saved == [True]
    assert window.dialogs == []
    _assert_locked(window, session)


def test_closing_with_an_open_dialog_asks_first(unlocked, qtbot, monkeypatch):
    window = unlocked
    assert window.act_log.isEnabled()
    window.act_log.trigger()
    asked = []

    def answer(*args, **kwargs):
        asked.append(True)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = window.dialogs[0]
    assert not window.has_unsaved_dialogs()  # nothing typed yet
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    edits = dialog.findChildren(QPlainTextEdit) or dialog.findChildren(QTextEdit)
    assert edits
    edits[0].setPlainText("half a thought")
    assert window.has_unsaved_dialogs()
    window.close()
    assert asked == [True]
    assert window.session is not None  # cancelled: still open
    # now agree: the draft is kept, the vault locks
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    key = dialog.key
    window.close()
    assert window.session is None
    window.show()
    unlock(qtbot, window, PASSPHRASE)
    assert window.session.desk.load_draft(key) is not None


def _controls(root):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QLineEdit | QAbstractButton | QComboBox | QAbstractSpinBox)
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]


def test_every_control_has_an_accessible_name(unlocked):
    window = unlocked
    roots = [
        window.access.unlock_page,
        window.access.recovery_page,
        window.access.create_page,
        window.access.welcome_page,
        window.views["settings"],
    ]
    unnamed = [
        f"{type(root).__name__}:{type(w).__name__}"
        for root in roots
        for w in _controls(root)
        if not w.accessibleName()
    ]
    assert not unnamed


def _next_tab_stop(widget):
    """The next widget Tab moves to (a field's show/hide button takes no focus)."""
    nxt = widget.nextInFocusChain()
    while nxt.focusPolicy() == Qt.FocusPolicy.NoFocus:
        nxt = nxt.nextInFocusChain()
    return nxt


def test_tab_order_follows_the_form(make_window, vault):
    window = make_window(vault.path)
    page = window.access.unlock_page
    assert _next_tab_stop(page.passphrase) is page.unlock_button
    create = window.access.create_page
    assert _next_tab_stop(create.fields.first) is create.fields.second


def test_restore_request_from_a_view_locks_and_restores(unlocked, vault, tmp_path, qtbot):
    from officer_desk.domain.models import Student
    from officer_desk.services import backups

    window = unlocked
    assert "privacy" in window.views
    desk = window.session.desk
    desk.create_student(Student(None, "Before Backup"))
    info = backups.backup_now(window.session, tmp_path / "backups")
    desk.create_student(Student(None, "After Backup"))
    window.views["privacy"].restore_requested.emit(str(info.path))
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    page = window.access.unlock_page
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=15_000)
    assert "back in place" in page.error.text()
    unlock(qtbot, window, vault.passphrase)
    names = {row.display_name for row in window.session.desk.list_students()}
    assert "Before Backup" in names
    assert "After Backup" not in names


def test_settings_passphrase_change_fails_when_it_cannot_be_logged(
    unlocked, vault, qtbot, monkeypatch
):
    """A passphrase change the access log cannot record is not done: the officer sees the
    error and the old passphrase still opens the vault."""
    from officer_desk.errors import SaveFailed
    from officer_desk.store import access_log

    window = unlocked
    window.show_view("settings")
    view = window.views["settings"]

    def refuse(*_a, **_k):
        raise SaveFailed()

    view.old_passphrase.setText(vault.passphrase)
    view.new_fields.first.setText(NEW_PASSPHRASE)
    view.new_fields.second.setText(NEW_PASSPHRASE)
    with monkeypatch.context() as m:
        m.setattr(access_log, "append", refuse)
        view.change_button.click()
        qtbot.waitUntil(lambda: not view.change_busy.isVisible(), timeout=15_000)
    assert view.change_status.text() == _err(SaveFailed)
    derive_key(vault.path, vault.passphrase).wipe()
    with pytest.raises(WrongPassphrase):
        derive_key(vault.path, NEW_PASSPHRASE)
