"""Today, Follow-ups (calendar marks, status filter, actions) and Outreach views."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from officer_desk.domain.models import OutreachActivity
from officer_desk.ui.views.common import DatePickDialog
from officer_desk.ui.views.follow_ups import FollowUpsView, month_range
from officer_desk.ui.views.outreach import OutreachView
from officer_desk.ui.views.today import TodayView
from tests.ui.view_fixtures import TODAY, add_consultation, add_student, refreshed


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _agenda(desk):
    anna = add_student(desk, "Anna de Vries")
    bram = add_student(desk, "Bram Jansen")
    carla = add_student(desk, "Carla Smit")
    add_consultation(desk, anna, when=dt.datetime(2026, 3, 1, 9, 0), follow_up=dt.date(2026, 3, 6))
    add_consultation(desk, bram, when=dt.datetime(2026, 3, 2, 9, 0), follow_up=TODAY)
    add_consultation(
        desk, carla, when=dt.datetime(2026, 3, 3, 9, 0), follow_up=dt.date(2026, 3, 14)
    )
    return anna, bram, carla


def test_today_sections_highlight_and_actions(qtbot, ctx, desk, monkeypatch):
    anna, bram, carla = _agenda(desk)
    view = _show(qtbot, TodayView(ctx))
    assert view.title() == "Today"
    assert view.overdue.heading.text() == "Overdue (1)"
    assert view.overdue.model.index(0, 2).data() == "Anna de Vries"
    assert view.overdue.model.index(0, 4).data() == "Overdue"
    assert view.overdue.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert view.due_today.model.index(0, 2).data() == "Bram Jansen"
    assert view.upcoming.model.index(0, 2).data() == "Carla Smit"
    assert view.recent_model.rowCount() == 3
    assert not view.done_button.isEnabled()

    overdue_id = view.overdue.model.record(0)[0].id
    view.overdue.table.selectRow(0)
    assert view.selected()[0].id == overdue_id and view.done_button.isEnabled()
    monkeypatch.setattr(
        DatePickDialog, "ask_when", staticmethod(lambda *a, **k: (dt.date(2026, 3, 12), None))
    )
    view.reschedule_button.click()
    refreshed(qtbot, view)
    assert view.overdue.model.rowCount() == 0 and view.overdue.empty.isVisible()
    assert [f.id for f, _ in view.upcoming.model.records()][0] == overdue_id

    opened: list[int] = []
    ctx.open_student_requested.connect(opened.append)
    assert view.select_follow_up(overdue_id)
    view.open_button.click()
    assert opened == [anna]
    view.due_today.table.selectRow(0)
    view.done_button.click()
    refreshed(qtbot, view)
    assert view.due_today.model.rowCount() == 0
    assert desk.open_student(bram).follow_ups[0].status == "done"

    requested: list[int] = []
    ctx.log_consultation_requested.connect(requested.append)
    view.log_button.click()
    assert requested == [0]


def test_today_refreshes_lazily_when_hidden(qtbot, ctx, desk):
    view = TodayView(ctx)
    qtbot.addWidget(view)
    assert view.recent_model.rowCount() == 0
    sid = add_student(desk, "Anna de Vries")
    add_consultation(desk, sid)
    assert view.recent_model.rowCount() == 0  # hidden: marked stale only
    view.show()
    refreshed(qtbot, view)
    assert view.recent_model.rowCount() == 1


def test_follow_ups_calendar_marks_days_and_filters(qtbot, ctx, desk, monkeypatch):
    anna, bram, carla = _agenda(desk)
    add_consultation(desk, carla, when=dt.datetime(2026, 3, 4, 9, 0), follow_up=dt.date(2026, 4, 2))
    view = _show(qtbot, FollowUpsView(ctx))
    assert view.title() == "Follow-ups"
    assert view.marked_days() == {dt.date(2026, 3, 6): 1, TODAY: 1, dt.date(2026, 3, 14): 1}
    fmt = view.calendar.dateTextFormat(QDate(2026, 3, 14))
    assert fmt.fontWeight() == 700 and fmt.toolTip() == "1 open follow-up"
    assert view.calendar.dateTextFormat(QDate(2026, 3, 15)).fontWeight() != 700
    assert view.model.rowCount() == 3
    assert view.heading.text() == "March 2026"

    view.calendar.setCurrentPage(2026, 4)
    assert view.marked_days() == {dt.date(2026, 4, 2): 1}
    assert view.calendar.dateTextFormat(QDate(2026, 3, 14)).fontWeight() != 700
    assert view.model.rowCount() == 1
    view.calendar.setCurrentPage(2026, 3)

    view.calendar.setSelectedDate(QDate(2026, 3, 14))  # picking a day narrows the list
    assert view.day_check.isChecked() and view.model.rowCount() == 1
    assert view.model.index(0, 2).data() == "Carla Smit"
    view.table.selectRow(0)
    view.act("cancelled")
    refreshed(qtbot, view)
    assert view.model.rowCount() == 0
    assert dt.date(2026, 3, 14) not in view.marked_days()

    view.status_combo.setCurrentIndex(view.status_combo.findData("cancelled"))
    assert view.model.rowCount() == 1 and view.model.index(0, 4).data() == "Cancelled"
    view.table.selectRow(0)
    assert not view.done_button.isEnabled() and view.open_button.isEnabled()

    view.day_check.setChecked(False)
    view.status_combo.setCurrentIndex(view.status_combo.findData("open"))
    row = next(
        r for r in range(view.model.rowCount()) if view.model.index(r, 2).data() == "Anna de Vries"
    )
    view.table.selectRow(row)
    monkeypatch.setattr(
        DatePickDialog, "ask_when", staticmethod(lambda *a, **k: (dt.date(2026, 3, 25), None))
    )
    view.reschedule_button.click()
    refreshed(qtbot, view)
    assert dt.date(2026, 3, 25) in view.marked_days()
    row = next(
        r for r in range(view.model.rowCount()) if view.model.index(r, 2).data() == "Bram Jansen"
    )
    view.table.selectRow(row)
    view.missed_button.click()
    refreshed(qtbot, view)
    view.status_combo.setCurrentIndex(view.status_combo.findData(""))  # all
    assert view.model.rowCount() == 3


def test_month_range():
    assert month_range(2026, 12) == (dt.date(2026, 12, 1), dt.date(2027, 1, 1))
    assert month_range(2026, 2) == (dt.date(2026, 2, 1), dt.date(2026, 3, 1))


def test_outreach_record_list_and_delete(qtbot, ctx, desk, monkeypatch):
    view = _show(qtbot, OutreachView(ctx))
    assert view.title() == "Outreach"
    assert view.summary_label.text() == "0 activities · 0 participants in total"
    view.type_combo.setCurrentIndex(view.type_combo.findData("workshop"))
    view.participants_spin.setValue(24)
    view.description_edit.setText("Exam stress workshop")
    assert view.record()
    refreshed(qtbot, view)
    assert view.model.rowCount() == 1
    assert view.model.index(0, 1).data() == "Workshop"
    assert view.model.index(0, 2).data() == "24"
    assert view.description_edit.text() == "" and view.participants_spin.value() == 0
    desk.record_outreach(OutreachActivity(None, "other", TODAY - dt.timedelta(days=3), 1))
    refreshed(qtbot, view)
    assert view.summary_label.text() == "2 activities · 25 participants in total"

    view.description_edit.setText("x" * 501)  # the edit caps input; the service checks too
    assert len(view.description_edit.text()) == 500
    view.date_edit.setDate(QDate(2000, 1, 1))
    view.description_edit.setText("")
    assert view.record()  # 2000-01-01 is still a plausible date
    refreshed(qtbot, view)

    view.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not view.delete_selected(confirm=True)
    assert view.model.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert view.delete_selected(confirm=True)
    refreshed(qtbot, view)
    assert view.model.rowCount() == 2 and len(desk.outreach()) == 2


def test_outreach_shows_validation_errors_inline(qtbot, ctx, desk, monkeypatch):
    view = _show(qtbot, OutreachView(ctx))
    monkeypatch.setattr(view.date_edit, "date", lambda: QDate(1999, 12, 31))
    assert not view.record()
    assert view.error_label.text() == "This date is not valid."
    assert desk.outreach() == []


def test_one_save_refreshes_a_visible_view_once(qtbot, ctx, desk, monkeypatch):
    sid = add_student(desk, "Anna de Vries")
    view = _show(qtbot, TodayView(ctx))
    calls: list[int] = []
    original = TodayView.refresh
    monkeypatch.setattr(TodayView, "refresh", lambda self: (calls.append(1), original(self)))
    add_consultation(desk, sid, follow_up=TODAY + dt.timedelta(days=2))  # emits five kinds
    assert calls == []  # the save returns before any view work
    refreshed(qtbot, view)
    assert calls == [1]
    assert view.upcoming.model.rowCount() == 1
