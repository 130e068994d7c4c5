"""Drafts are visible: Today and the status bar say how many consultations are unfinished
(never what was typed), with Resume and Discard; Discard asks first and its safe answer is
the default."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from officer_desk.domain.models import Student
from officer_desk.services import session as sessions
from officer_desk.ui.main_window import MainWindow

from .conftest import PASSPHRASE, unlock

NOTE = "Worried about the resit"


@pytest.fixture
def window(make_window, vault, qtbot) -> MainWindow:
    session = sessions.unlock(vault.path, PASSPHRASE)
    try:
        session.desk.create_student(Student(None, "Sem de Boer", student_number="s1234567"))
    finally:
        session.close()
    w = make_window(vault.path)
    unlock(qtbot, w, vault.passphrase)
    return w


def _modal() -> QWidget | None:
    return QApplication.activeModalWidget()


def _when_box_shows(act: Callable[[QMessageBox], None]) -> list[QMessageBox]:
    """Run ``act`` on the next message box while its exec() runs."""
    seen: list[QMessageBox] = []
    deadline = time.monotonic() + 5

    def poll() -> None:
        box = _modal()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box)
            act(box)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _type_and_keep(qtbot, window: MainWindow, text: str, *, student: bool) -> None:
    """Ctrl+N, or the student page's Log consultation button; type, Esc, Enter on "Keep as
    draft"."""
    if student:
        window.open_student(window.session.desk.list_students()[0].id)
        qtbot.mouseClick(window.student_page.log_button, Qt.MouseButton.LeftButton)
    else:  # from Today: nobody is chosen yet
        window.show_view("today")
        window.activateWindow()  # back from the last dialog
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _modal() is not None and _modal().isVisible(), timeout=3000)
    dialog = _modal()
    QTest.keyClicks(dialog.dossier_edit, text)
    seen = _when_box_shows(lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen, "no keep-or-discard question"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def _today(window: MainWindow):
    window.show_view("today")
    return window.views["today"]


def test_today_and_status_bar_show_the_unfinished_consultation(window, qtbot):
    today = _today(window)
    assert not today.drafts_box.isVisible()
    assert not window.status_drafts.isVisible()

    _type_and_keep(qtbot, window, NOTE, student=False)
    qtbot.waitUntil(lambda: today.drafts_box.isVisible(), timeout=3000)
    assert today.drafts_label.text() == "1 unfinished consultation"
    assert window.status_drafts.isVisible()
    assert window.status_drafts.accessibleName() == "1 unfinished consultation"
    shown = [w.text() for w in today.drafts_box.findChildren(QWidget) if hasattr(w, "text")]
    assert all("resit" not in str(t) for t in shown), "the draft's content is on screen"
    assert "no student chosen yet" in today.draft_only.text()

    # Discard asks; Enter takes the safe default (keep) and nothing is deleted.
    seen = _when_box_shows(lambda box: QTest.keyClick(box, Qt.Key.Key_Return))
    qtbot.mouseClick(today.discard_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].defaultButton().text() == "&Keep it"
    assert today.drafts_box.isVisible()
    assert len(window.session.desk.draft_keys()) == 1

    # Choosing Discard deletes the draft: Today and the status bar say so at once.
    def press_discard(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == "&Discard")
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    _when_box_shows(press_discard)
    qtbot.mouseClick(today.discard_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not today.drafts_box.isVisible(), timeout=3000)
    assert not window.status_drafts.isVisible()
    assert window.session.desk.draft_keys() == []


def test_two_drafts_are_counted_and_each_resumes_where_it_was(window, qtbot):
    today = _today(window)
    _type_and_keep(qtbot, window, NOTE, student=True)
    _type_and_keep(qtbot, window, "Second one", student=False)
    today = _today(window)
    qtbot.waitUntil(lambda: today.drafts_label.text() == "2 unfinished consultations")
    assert window.status_drafts.accessibleName() == "2 unfinished consultations"
    choices = [today.draft_choice.itemText(i) for i in range(today.draft_choice.count())]
    assert today.draft_choice.isVisible() and len(choices) == 2
    sem = next(i for i, text in enumerate(choices) if text.startswith("Sem de Boer"))
    today.draft_choice.setFocus()
    today.draft_choice.setCurrentIndex(sem)
    QTest.keyClick(today.resume_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _modal() is not None and _modal().isVisible(), timeout=3000)
    dialog = _modal()
    assert dialog.dossier_edit.toPlainText() == NOTE
    assert dialog.student_id is not None
    QDialog.done(dialog, QDialog.DialogCode.Rejected)


def test_status_bar_link_shows_today(window, qtbot):
    _type_and_keep(qtbot, window, NOTE, student=False)
    window.show_view("students")
    qtbot.waitUntil(lambda: window.status_drafts.isVisible(), timeout=3000)
    window.status_drafts.linkActivated.emit("today")
    assert window.current_view_id() == "today"


def test_drafts_count_in_dutch(make_window, vault, qtbot):
    from officer_desk.ui import i18n

    i18n.install("nl")
    window = make_window(vault.path, language="nl", language_forced=True)
    unlock(qtbot, window, vault.passphrase)
    _type_and_keep(qtbot, window, NOTE, student=False)
    today = _today(window)
    qtbot.waitUntil(lambda: today.drafts_box.isVisible(), timeout=3000)
    assert today.drafts_label.text() == "1 onafgemaakt gesprek"
    assert window.status_drafts.accessibleName() == "1 onafgemaakt gesprek"
