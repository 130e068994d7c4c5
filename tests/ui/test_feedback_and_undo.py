"""Feedback and undo: Done, Missed, Cancel and Reschedule on follow-ups (Today, Follow-ups, a
student's page) and recording or deleting outreach say what happened in the message bar and
offer Undo for a few seconds (button or Ctrl+Z), undone through the services and logged; the
Reschedule dialog says whose follow-up it moves and has a time; tables keep their column
widths when they refresh."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget

from officer_desk.domain.models import OutreachActivity, Student
from officer_desk.services import session as sessions
from officer_desk.ui.main_window import MainWindow
from officer_desk.ui.views.common import DatePickDialog, fmt_date

from .conftest import PASSPHRASE, unlock

CALL_AT = dt.time(14, 0)


@pytest.fixture
def window(make_window, vault, qtbot) -> MainWindow:
    session = sessions.unlock(vault.path, PASSPHRASE)
    try:
        desk = session.desk
        sem = desk.create_student(Student(None, "Sem de Boer", student_number="s1234567"))
        assert sem.id is not None
        desk.schedule_follow_up(sem.id, desk.clock.today(), kind="call", due_time=CALL_AT)
    finally:
        session.close()
    w = make_window(vault.path)
    unlock(qtbot, w, vault.passphrase)
    return w


def _follow_up(window: MainWindow):
    desk = window.session.desk
    (fu, _name), *_rest = desk.follow_ups(None, None, status=None)
    return fu


def _undo_entries(window: MainWindow) -> int:
    entries = window.session.desk.access_log(record_type="follow_up")
    return sum(1 for e in entries if e.detail == "undo")


def _when_modal(find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> list:
    seen: list[QWidget] = []
    deadline = time.monotonic() + 5

    def poll() -> None:
        widget = find()
        if widget is not None and widget.isVisible():
            seen.append(widget)
            act(widget)
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def test_done_on_today_says_so_and_ctrl_z_undoes_it(window, qtbot):
    today = window.views["today"]
    assert today.due_today.heading.text() == "Due today (1)"
    today.due_today.table.setFocus()
    today.due_today.table.selectRow(0)
    logged = _undo_entries(window)
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)
    bar = window.message_bar
    assert bar.isVisible()
    assert bar.text() == "Follow-up with Sem de Boer marked done"
    assert bar.undo_button.isVisible()
    assert _follow_up(window).status == "done"
    qtbot.waitUntil(lambda: today.due_today.model.rowCount() == 0)

    today.recent_table.setFocus()
    QTest.keyClick(today.recent_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    fu = _follow_up(window)
    assert (fu.status, fu.done_on, fu.due_time) == ("open", None, CALL_AT)
    assert bar.text() == "Undone."
    assert not bar.undo_button.isVisible()
    assert _undo_entries(window) == logged + 1
    qtbot.waitUntil(lambda: today.due_today.model.rowCount() == 1)
    assert today.due_today.heading.text() == "Due today (1)"

    # A second Ctrl+Z does nothing more.
    QTest.keyClick(today.recent_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _undo_entries(window) == logged + 1


@pytest.mark.parametrize(
    ("button", "status", "said"),
    [
        ("done_button", "done", "marked done"),
        ("missed_button", "missed", "marked missed"),
        ("cancel_button", "cancelled", "cancelled"),
    ],
)
def test_follow_ups_view_actions_say_what_happened_and_undo(window, qtbot, button, status, said):
    window.show_view("follow_ups")
    view = window.views["follow_ups"]
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.mouseClick(getattr(view, button), Qt.MouseButton.LeftButton)
    assert _follow_up(window).status == status
    assert window.message_bar.text() == f"Follow-up with Sem de Boer {said}"
    qtbot.mouseClick(window.message_bar.undo_button, Qt.MouseButton.LeftButton)
    assert _follow_up(window).status == "open"


def test_reschedule_dialog_says_whose_and_has_a_time(window, qtbot):
    window.show_view("follow_ups")
    view = window.views["follow_ups"]
    view.table.setFocus()
    view.table.selectRow(0)
    before = _follow_up(window)
    target = before.due_date + dt.timedelta(days=8)
    seen_about: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, DatePickDialog)
        seen_about.append(f"{dialog.about.text()} | {dialog.detail.text()}")
        assert dialog.time_edit.isVisible() and dialog.time_check.isChecked()
        assert dialog.time_edit.time() == QTime(14, 0)
        QTest.keyClick(dialog.calendar.findChild(QAbstractItemView), Qt.Key.Key_Right)
        dialog.time_edit.setTime(QTime(15, 30))
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    seen = _when_modal(QApplication.activeModalWidget, fill)
    qtbot.mouseClick(view.reschedule_button, Qt.MouseButton.LeftButton)
    assert seen, "no Reschedule dialog"
    due = fmt_date(before.due_date, "en")
    assert seen_about == [f"Call with Sem de Boer | Due now: {due} 14:00. Move it to:"]
    after = _follow_up(window)
    assert (after.due_date, after.due_time) == (target, dt.time(15, 30))
    assert window.message_bar.text() == (
        f"Follow-up with Sem de Boer moved to {fmt_date(target, 'en')} 15:30"
    )
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = _follow_up(window)
    assert (restored.due_date, restored.due_time, restored.status) == (
        before.due_date,
        CALL_AT,
        "open",
    )


def test_student_page_follow_up_done_and_undo(window, qtbot):
    fu = _follow_up(window)
    window.open_student(fu.student_id)
    page = window.student_page
    assert page.select_item(type(fu), fu.id)
    qtbot.mouseClick(page.follow_up.fu_done_button, Qt.MouseButton.LeftButton)
    assert window.message_bar.text() == "Follow-up with Sem de Boer marked done"
    qtbot.mouseClick(window.message_bar.undo_button, Qt.MouseButton.LeftButton)
    assert _follow_up(window).status == "open"


def test_outreach_record_and_delete_say_so_and_undo(window, qtbot):
    window.show_view("outreach")
    view = window.views["outreach"]
    desk = window.session.desk
    view.participants_spin.setValue(14)
    qtbot.mouseClick(view.record_button, Qt.MouseButton.LeftButton)
    day = fmt_date(desk.clock.today(), "en")
    assert window.message_bar.text() == f"Activity “Workshop” of {day} recorded" or (
        window.message_bar.text().endswith(f"of {day} recorded")
    )
    assert len(desk.outreach()) == 1
    qtbot.mouseClick(window.message_bar.undo_button, Qt.MouseButton.LeftButton)
    assert desk.outreach() == []

    desk.record_outreach(OutreachActivity(None, "workshop", desk.clock.today(), 9, "Sleep"))
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.setFocus()
    view.table.selectRow(0)

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    _when_modal(QApplication.activeModalWidget, yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert desk.outreach() == []
    assert window.message_bar.text() == f"Activity “Workshop” of {day} deleted"
    window.activateWindow()  # back from the question
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = desk.outreach()
    assert (back.activity_type, back.participants, back.description) == ("workshop", 9, "Sleep")


def test_undo_goes_after_a_few_seconds_and_with_the_lock(window, qtbot):
    today = window.views["today"]
    today.due_today.table.setFocus()
    today.due_today.table.selectRow(0)
    bar = window.message_bar
    bar.show_ms = 50  # the bar's time, shortened for the test
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)
    QTest.keyClick(today.recent_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _follow_up(window).status == "done"

    bar.show_ms = 10_000
    window.show_view("follow_ups")
    view = window.views["follow_ups"]
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))  # all, done ones too
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    bar.show_message("Follow-up with Sem de Boer marked done", lambda: None)
    assert bar.isVisible() and bar.can_undo
    window.lock()
    assert not bar.isVisible() and not bar.can_undo and bar.label.text() == ""


def test_column_widths_survive_a_refresh(window, qtbot):
    today = window.views["today"]
    table = today.due_today.table
    header = table.horizontalHeader()
    header.resizeSection(2, 260)  # the officer widens the name column
    widths = [header.sectionSize(i) for i in range(header.count())]
    table.setFocus()
    table.selectRow(0)
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today.due_today.model.rowCount() == 0)
    qtbot.mouseClick(window.message_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today.due_today.model.rowCount() == 1)
    assert [header.sectionSize(i) for i in range(header.count())] == widths
    assert all(w >= header.sectionSizeHint(i) for i, w in enumerate(widths)), (
        "a column is narrower than its heading"
    )

    window.show_view("follow_ups")
    view = window.views["follow_ups"]
    vheader = view.table.horizontalHeader()
    vheader.resizeSection(1, 200)
    before = [vheader.sectionSize(i) for i in range(vheader.count())]
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)  # the open list empties
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert [vheader.sectionSize(i) for i in range(vheader.count())] == before
    qtbot.mouseClick(window.message_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert [vheader.sectionSize(i) for i in range(vheader.count())] == before


def test_feedback_in_dutch(make_window, vault, qtbot):
    from officer_desk.ui import i18n

    session = sessions.unlock(vault.path, PASSPHRASE)
    try:
        sem = session.desk.create_student(Student(None, "Sem de Boer"))
        assert sem.id is not None
        session.desk.schedule_follow_up(sem.id, session.desk.clock.today(), kind="call")
    finally:
        session.close()
    i18n.install("nl")
    window = make_window(vault.path, language="nl", language_forced=True)
    unlock(qtbot, window, PASSPHRASE)
    today = window.views["today"]
    today.due_today.table.setFocus()
    today.due_today.table.selectRow(0)
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)
    bar = window.message_bar
    assert bar.text() == "Vervolgafspraak met Sem de Boer als gedaan gemarkeerd"
    assert bar.undo_button.text() == "Onge&daan maken"
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    assert bar.text() == "Ongedaan gemaakt."


def test_one_message_at_a_time_and_the_lock_forgets_the_name(window, qtbot):
    bar = window.message_bar
    sem = window.session.desk.list_students(text="Sem")[0]
    window.statusBar().showMessage("Backup made and verified.")
    window.ctx.notice_requested.emit("Saved for Sem de Boer (s1234567)", sem.id, 0)
    assert bar.text() == "Saved for Sem de Boer (s1234567)"
    assert bar.open_button.isVisible() and not bar.undo_button.isVisible()
    assert window.statusBar().currentMessage() == ""  # one message, not two
    # A newer message replaces the notice and its Open record.
    bar.show_message("Follow-up with Sem de Boer marked done", lambda: None)
    assert not bar.open_button.isVisible() and bar.undo_button.isVisible()
    window.ctx.notice_requested.emit("Saved for Sem de Boer (s1234567)", sem.id, 0)
    window.lock()
    assert not bar.isVisible() and bar.label.text() == ""
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
    assert not any("Sem de Boer" in t for t in texts)
    # The stale button does nothing once the vault is locked (the target is forgotten).
    with qtbot.assertNotEmitted(bar.open_requested):
        bar.open_button.click()
