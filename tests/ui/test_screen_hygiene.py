"""Screen hygiene on a real window: calendars do not paint weekends like overdue days, a
quarter that has not ended cannot be released (and the button says why), irreversible
actions default to the safe answer, Settings and Privacy show the same backup folder, and
leaving a student page repaints the whole view."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from officer_desk.domain.models import OutreachActivity, Student
from officer_desk.domain.period import Period, display_label
from officer_desk.domain.validation import name_key
from officer_desk.services import backups
from officer_desk.store import records
from officer_desk.ui.views.common import DatePickDialog
from tests.ui.view_fixtures import add_consultation, add_student, refreshed


def _weekend_colours(calendar) -> list[str]:
    return [
        calendar.weekdayTextFormat(day).foreground().color().name()
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday)
    ]


def test_calendars_paint_weekends_in_the_text_colour_not_red(qtbot, unlocked):
    unlocked.show_view("follow_ups")
    calendar = unlocked.views["follow_ups"].calendar
    text = calendar.palette().color(QPalette.ColorRole.Text).name()
    assert _weekend_colours(calendar) == [text, text]
    dialog = DatePickDialog("Reschedule", dt.date(2026, 3, 17), unlocked)
    qtbot.addWidget(dialog)
    assert _weekend_colours(dialog.calendar) == [text, text]
    weekday = calendar.weekdayTextFormat(Qt.DayOfWeek.Monday).foreground().color().name()
    assert weekday in (text, "#000000")


class _Answer:
    """Records the default button of the next message box and answers it with Escape."""

    def __init__(self) -> None:
        self.default: str | None = None
        self.buttons: list[str] = []

    def arm(self) -> None:
        QTimer.singleShot(0, self._look)

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, self._look)
            return
        default = box.defaultButton()
        self.default = box.standardButton(default).name if default is not None else "none"
        self.buttons = [box.standardButton(b).name for b in box.buttons()]
        box.reject()


def test_release_is_disabled_with_a_reason_for_a_quarter_that_has_not_ended(qtbot, unlocked):
    unlocked.show_view("reports")
    view = unlocked.views["reports"]
    view.period.setCurrentIndex(0)  # the current quarter
    assert not view.release_button.isEnabled()
    assert "ended" in view.release_button.toolTip()
    view.period.setCurrentIndex(1)  # the last quarter, ended: the reason goes
    assert "ended" not in view.release_button.toolTip()


def test_settings_and_privacy_show_the_same_backup_folder(qtbot, unlocked):
    unlocked.show_view("settings")
    settings = unlocked.views["settings"].backup_dir.text()
    unlocked.show_view("privacy")
    refreshed(qtbot, unlocked.views["privacy"])
    privacy = unlocked.views["privacy"].folder.text()
    assert settings == privacy
    assert settings


def _default_answer(qtbot, trigger) -> _Answer:
    """Trigger a confirmation; returns what its message box offered (answered No/Cancel)."""
    answer = _Answer()
    answer.arm()
    trigger()
    qtbot.waitUntil(lambda: answer.default is not None, timeout=5000)
    return answer


def test_irreversible_actions_default_to_the_safe_answer(qtbot, unlocked, tmp_path):
    desk = unlocked.session.desk
    today = desk.clock.today()
    long_ago = dt.datetime(today.year - 12, 2, 3, 10, 0)
    with desk.store.transaction():  # a student last seen twelve years ago
        records.insert_student(
            desk.store, Student(None, "Sanne Oud", "s1234567"), name_key("Sanne Oud"), long_ago
        )
    desk.record_outreach(OutreachActivity(None, "workshop", today, 12))
    safe = {"No", "Cancel"}

    # purge (privacy: delete students due under the retention rule)
    unlocked.show_view("privacy")
    privacy = unlocked.views["privacy"]
    refreshed(qtbot, privacy)
    privacy.years.setValue(2)
    privacy.refresh_candidates()
    assert privacy.purge_button.isEnabled()
    assert _default_answer(qtbot, privacy.purge_button.click).default in safe
    # restore a backup
    backups.backup_now(unlocked.session)
    privacy.refresh_backups()
    qtbot.waitUntil(privacy.restore_button.isEnabled, timeout=10_000)
    assert _default_answer(qtbot, privacy.restore_button.click).default in safe
    assert unlocked.session is not None  # nothing was restored

    # release a quarter (reports)
    unlocked.show_view("reports")
    reports = unlocked.views["reports"]
    reports.period.setCurrentIndex(1)  # the last quarter: it has ended
    reports.build_button.click()
    qtbot.waitUntil(reports.release_button.isEnabled, timeout=30_000)
    assert _default_answer(qtbot, reports.release_button.click).default in safe
    assert not reports.reporting.released()

    # delete an outreach activity
    unlocked.show_view("outreach")
    outreach = unlocked.views["outreach"]
    refreshed(qtbot, outreach)
    outreach.table.selectRow(0)
    assert _default_answer(qtbot, outreach.delete_selected).default in safe
    assert outreach.model.rowCount() == 1

    # reset the note templates to the built-in ones
    dialog = unlocked.open_templates_dialog()
    try:
        answer = _default_answer(qtbot, dialog._reset)
    finally:
        dialog.reject()
    assert answer.default in safe, answer.buttons


def _first_page(pdf: bytes) -> str:
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())


def test_report_says_the_quarter_it_was_made_in_on_screen_and_in_the_pdf(qtbot, unlocked, tmp_path):
    """A report on the last quarter, made now: the preview and the exported PDF name the
    current quarter as the one it was made in (a quarter, never a date: docs/DISCLOSURE.md)."""
    today = unlocked.session.desk.clock.today()
    now_quarter = Period.containing(today, "calendar").label
    last_quarter = Period.containing(today, "calendar").previous().label
    unlocked.show_view("reports")
    view = unlocked.views["reports"]
    view.period.setCurrentIndex(view.period.findData(last_quarter))
    view.build_button.click()
    qtbot.waitUntil(lambda: view.export_pdf.isEnabled(), timeout=30_000)
    shown = _first_page(view._pdf_bytes)
    assert f"Period {display_label(last_quarter)}" in shown
    assert f"Generated in {display_label(now_quarter)}" in shown
    out = tmp_path / "draft.pdf"
    view._export(out, None)
    exported = _first_page(out.read_bytes())
    assert f"Generated in {display_label(now_quarter)}" in exported
    assert today.strftime("%Y-%m-%d") not in exported  # no exact date


def test_leaving_a_student_page_for_students_repaints_the_whole_view(qtbot, unlocked):
    """Today → a student (Enter on a recent consultation) → Ctrl+2: the screen shows the
    Students view only; what the window has painted equals a fresh rendering of it."""
    desk = unlocked.session.desk
    sid = add_student(desk, "Lotte Jansma", "s4455667")
    add_consultation(desk, sid, when=desk.clock.now() - dt.timedelta(hours=1))
    unlocked.show_view("today")
    today = unlocked.views["today"]
    refreshed(qtbot, today)
    table = today.recent_table
    unlocked.activateWindow()
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlocked.current_view_id() == "student")
    QTest.keyClick(unlocked, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: unlocked.current_view_id() == "students")
    students = unlocked.views["students"]
    refreshed(qtbot, students)
    QTest.qWait(50)
    assert not today.isVisible() and not unlocked.student_page.isVisible()
    assert students.geometry() == unlocked.stack.rect()
    painted = unlocked.screen().grabWindow(unlocked.winId()).toImage()
    fresh = unlocked.grab().toImage()
    assert painted.size() == fresh.size()
    assert painted == fresh.convertToFormat(painted.format())
