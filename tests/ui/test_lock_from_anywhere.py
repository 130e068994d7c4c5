"""Lock means lock, from anywhere (docs/SECURITY.md, L1–L4): Ctrl+L, the screen lock and the
idle timer lock at once while a modal dialog, a message box, a file dialog or a nested
``exec()`` is open; every window goes, the unlock screen shows, a consultation being typed
is kept as an encrypted draft and offered again on Today after the next unlock, and code that
waited on a closed question writes nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from officer_desk.domain.models import OutreachActivity, Student
from officer_desk.services import session as sessions
from officer_desk.ui.main_window import MainWindow

from .conftest import PASSPHRASE, unlock

TRIGGERS = ("ctrl_l", "screen_lock", "idle")


def _seed(vault_dir: Path) -> None:
    """One student with a follow-up due today, and one outreach activity."""
    session = sessions.unlock(vault_dir, PASSPHRASE)
    try:
        desk = session.desk
        student = desk.create_student(Student(None, "Sem de Boer", student_number="s1234567"))
        assert student.id is not None
        desk.schedule_follow_up(student.id, desk.clock.today(), kind="call")
        desk.record_outreach(
            OutreachActivity(None, "workshop", desk.clock.today(), 12, "Exam stress")
        )
    finally:
        session.close()


@pytest.fixture
def window(make_window, vault, qtbot) -> MainWindow:
    _seed(vault.path)
    w = make_window(vault.path)
    unlock(qtbot, w, vault.passphrase)
    return w


def _visible_windows(window: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]


def _trigger(kind: str, window: MainWindow, listener, target: QWidget) -> None:
    if kind == "ctrl_l":
        focus = QApplication.focusWidget()
        QTest.keyClick(
            focus if focus is not None else target,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier,
        )
    elif kind == "screen_lock":
        listener.locked.emit()
    else:
        window.lock_controller.set_timeout_ms(30)


class _WhileShown:
    """Acts once ``find()`` returns a visible widget (while a modal ``exec()`` may be running)
    and, should the lock fail to close it, rejects every modal after a few seconds so that a
    failing test fails instead of hanging."""

    def __init__(self, find: Callable[[], QWidget | None], act: Callable[[QWidget], None]):
        self.find = find
        self.act = act
        self.seen: QWidget | None = None
        self.rescued = False
        self.done = False
        self.deadline = time.monotonic() + 10
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        if self.done:
            return
        widget = self.find()
        if widget is not None and widget.isVisible() and self.seen is None:
            self.seen = widget
            self.act(widget)
            QTimer.singleShot(4000, self._rescue)
            return
        if time.monotonic() < self.deadline:
            QTimer.singleShot(20, self._poll)

    def _rescue(self) -> None:
        if self.done:
            return
        for _ in range(10):
            modal = QApplication.activeModalWidget()
            if modal is None:
                break
            self.rescued = True
            if isinstance(modal, QDialog):
                QDialog.done(modal, QDialog.DialogCode.Rejected)
            else:
                modal.close()


def _modal() -> QWidget | None:
    return QApplication.activeModalWidget()


def _assert_locked_and_nothing_shown(qtbot, window: MainWindow, watcher: _WhileShown) -> None:
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    watcher.done = True
    assert watcher.seen is not None, "the dialog never showed"
    assert not watcher.rescued, "the lock left a modal dialog open"
    assert window.root.currentWidget() is window.access
    assert window.access.isVisible()
    qtbot.waitUntil(lambda: _visible_windows(window) == [], timeout=3000)
    assert QApplication.activeModalWidget() is None


def _select_first_due_today(window: MainWindow) -> None:
    today = window.views["today"]
    table = today.due_today.table
    table.setFocus()
    table.selectRow(0)
    assert today.reschedule_button.isEnabled()


# --- the consultation dialog: its text becomes a draft, offered again on Today ------------


@pytest.mark.parametrize("kind", TRIGGERS)
def test_lock_while_logging_a_consultation_keeps_the_draft_and_offers_it(
    window, listener, qtbot, kind
):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _modal() is not None and _modal().isVisible(), timeout=3000)
    dialog = _modal()
    dialog.dossier_edit.setFocus()
    QTest.keyClicks(dialog.dossier_edit, "Talked about exam nerves")
    watcher = _WhileShown(_modal, lambda w: _trigger(kind, window, listener, w))
    _assert_locked_and_nothing_shown(qtbot, window, watcher)

    unlock(qtbot, window, PASSPHRASE)
    today = window.views["today"]
    assert window.current_view_id() == "today"
    assert today.drafts_label.isVisible()
    assert today.drafts_label.text() == "1 unfinished consultation"
    assert "exam" not in today.drafts_label.text().lower()
    resume = [b for b in today.findChildren(QPushButton) if b.text() == "Resu&me"]
    assert len(resume) == 1 and resume[0].isVisible()
    qtbot.mouseClick(resume[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _modal() is not None and _modal().isVisible(), timeout=3000)
    assert _modal().dossier_edit.toPlainText() == "Talked about exam nerves"
    QDialog.done(_modal(), QDialog.DialogCode.Rejected)


# --- modal dialogs run with exec() (nested event loops) ------------------------------------


@pytest.mark.parametrize("kind", TRIGGERS)
def test_lock_while_the_reschedule_dialog_is_open(window, listener, qtbot, kind):
    _select_first_due_today(window)
    today = window.views["today"]
    watcher = _WhileShown(_modal, lambda w: _trigger(kind, window, listener, w))
    qtbot.mouseClick(today.reschedule_button, Qt.MouseButton.LeftButton)  # runs exec()
    _assert_locked_and_nothing_shown(qtbot, window, watcher)


@pytest.mark.parametrize("kind", TRIGGERS)
def test_lock_from_a_confirmation_box_writes_nothing_afterwards(window, listener, qtbot, kind):
    window.show_view("outreach")
    outreach = window.views["outreach"]
    outreach.table.setFocus()
    outreach.table.selectRow(0)
    assert outreach.delete_button.isEnabled()

    def act(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        _trigger(kind, window, listener, box)

    watcher = _WhileShown(_modal, act)
    qtbot.mouseClick(outreach.delete_button, Qt.MouseButton.LeftButton)  # QMessageBox.question
    _assert_locked_and_nothing_shown(qtbot, window, watcher)

    session = sessions.unlock(window.vault_dir, PASSPHRASE)
    try:
        assert len(session.desk.outreach()) == 1, "a write happened after the lock"
    finally:
        session.close()


@pytest.mark.parametrize("kind", TRIGGERS)
def test_lock_from_a_nested_message_box_inside_the_consultation_dialog(
    window, listener, qtbot, kind
):
    """Esc in a typed-in consultation asks "keep or discard?" (a nested exec()); the lock
    neither waits for the answer nor loses the text."""
    window.act_log.trigger()
    qtbot.waitUntil(lambda: _modal() is not None and _modal().isVisible(), timeout=3000)
    dialog = _modal()
    QTest.keyClicks(dialog.dossier_edit, "Nested question")
    watcher = _WhileShown(
        lambda: _modal() if isinstance(_modal(), QMessageBox) else None,
        lambda w: _trigger(kind, window, listener, w),
    )
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # reject() asks in a QMessageBox.exec()
    _assert_locked_and_nothing_shown(qtbot, window, watcher)

    session = sessions.unlock(window.vault_dir, PASSPHRASE)
    try:
        drafts = session.desk.draft_keys()
        assert len(drafts) == 1
        assert session.desk.load_draft(drafts[0])["dossier_note"] == "Nested question"
    finally:
        session.close()


@pytest.mark.parametrize("kind", TRIGGERS)
def test_lock_while_a_file_dialog_is_open(window, listener, qtbot, kind):
    window.show_view("access_log")
    view = window.views["access_log"]
    button = next(b for b in view.findChildren(QPushButton) if "CSV" in b.text() and b.isEnabled())
    watcher = _WhileShown(
        lambda: _modal() if isinstance(_modal(), QFileDialog) else None,
        lambda w: _trigger(kind, window, listener, w),
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # QFileDialog.getSaveFileName
    _assert_locked_and_nothing_shown(qtbot, window, watcher)


def test_lock_while_a_student_page_asks_for_a_reason(window, listener, qtbot):
    """QInputDialog.getItem (Close case…) on a student page."""
    from PySide6.QtWidgets import QInputDialog

    student_id = window.session.desk.list_students()[0].id
    window.open_student(student_id)
    page = window.student_page
    watcher = _WhileShown(
        lambda: _modal() if isinstance(_modal(), QInputDialog) else None,
        lambda w: _trigger("ctrl_l", window, listener, w),
    )
    page._ask_code("Close case", "Reason:", "close_reason")
    _assert_locked_and_nothing_shown(qtbot, window, watcher)


# --- window-modal dialogs opened with open() ------------------------------------------------


@pytest.mark.parametrize("kind", TRIGGERS)
@pytest.mark.parametrize("which", ["import", "templates", "export"])
def test_lock_while_a_window_modal_dialog_is_open(window, listener, qtbot, kind, which):
    if which == "import":
        window.act_import.trigger()
    elif which == "templates":
        window.act_templates.trigger()
    else:
        student_id = window.session.desk.list_students()[0].id
        window.open_student(student_id)
        window.student_page.open_export()
    qtbot.waitUntil(lambda: _modal() is not None and _modal().isVisible(), timeout=3000)
    watcher = _WhileShown(_modal, lambda w: _trigger(kind, window, listener, w))
    _assert_locked_and_nothing_shown(qtbot, window, watcher)


def test_lock_in_a_file_dialog_opened_from_a_window_modal_dialog(window, listener, qtbot):
    """Two levels: the import wizard (open()) and its Browse… file dialog (exec())."""
    window.act_import.trigger()
    qtbot.waitUntil(lambda: _modal() is not None and _modal().isVisible(), timeout=3000)
    wizard = _modal()
    browse = next(b for b in wizard.findChildren(QPushButton) if b.text() == "&Browse…")
    watcher = _WhileShown(
        lambda: _modal() if isinstance(_modal(), QFileDialog) else None,
        lambda w: _trigger("ctrl_l", window, listener, w),
    )
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    _assert_locked_and_nothing_shown(qtbot, window, watcher)


def test_lock_hides_non_modal_windows_parented_anywhere(window, qtbot):
    today = window.views["today"]
    loose = QDialog(today)  # a non-modal dialog parented to a view
    loose.setWindowTitle("Sem de Boer")
    loose.show()
    box = QMessageBox(QMessageBox.Icon.Information, "Sem", "Sem de Boer", parent=window)
    box.setModal(False)
    box.show()
    orphan = QWidget()  # a top-level window parented to nothing
    orphan.setWindowTitle("Sem de Boer")
    orphan.show()
    qtbot.addWidget(orphan)
    assert loose.isVisible() and box.isVisible() and orphan.isVisible()
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session is None, timeout=5000)
    assert _visible_windows(window) == []


def test_only_ctrl_l_is_the_lock_key(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from officer_desk.ui.lock import LockKeyFilter

    keys = LockKeyFilter()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    pressed: list[bool] = []
    keys.pressed.connect(lambda: pressed.append(True))
    keys.start()
    try:
        QTest.keyClicks(edit, "lL")
        QTest.keyClick(
            edit,
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        QTest.keyClick(edit, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert pressed == [] and edit.text() == "lL"
        QTest.keyClick(edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert pressed == [True]
        assert edit.text() == "lL"  # the key went to the lock, not into the field
    finally:
        keys.stop()
    QTest.keyClick(edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert pressed == [True]  # stopped: no longer watching
