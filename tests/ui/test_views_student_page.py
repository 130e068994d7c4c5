"""Student page: profile, cases, timeline, notes (edit, finalise, addenda), referrals and
follow-up actions; refreshes without logging extra views."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from officer_desk.domain.models import Consultation, FollowUp, Referral
from officer_desk.ui.views import student_page as sp
from officer_desk.ui.views.common import DatePickDialog
from officer_desk.ui.views.student_page import StudentPageView
from tests.ui.view_fixtures import TODAY, add_consultation, add_student, refreshed


def _views_logged(desk, sid) -> int:
    return int(
        desk.store.scalar(
            "SELECT count(*) FROM access_log WHERE action = 'viewed' AND record_id = ?", (sid,)
        )
    )


def _page(qtbot, ctx, sid) -> StudentPageView:
    view = StudentPageView(ctx, sid)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_page_shows_profile_cases_and_newest_first_timeline(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries", "s1234567", faculty="SOC", programme="Psychology")
    add_consultation(desk, sid, when=dt.datetime(2026, 2, 2, 9, 0), referral="gp")
    add_consultation(
        desk,
        sid,
        when=dt.datetime(2026, 3, 9, 14, 0),
        follow_up=dt.date(2026, 3, 5) + dt.timedelta(days=20),
    )
    view = _page(qtbot, ctx, sid)
    assert view.name_label.text() == "Anna de Vries"
    assert "s1234567" in view.details_label.text() and "Psychology" in view.details_label.text()
    assert "Social and Behavioural Sciences" in view.details_label.text()
    assert view.case_model.rowCount() == 1 and view.case_model.index(0, 2).data() == "Open"
    kinds = [view.timeline_model.index(r, 1).data() for r in range(view.timeline_model.rowCount())]
    assert kinds == ["Follow-up", "Consultation", "Consultation", "Referral"]
    assert _views_logged(desk, sid) == 1

    add_consultation(desk, sid, when=dt.datetime(2026, 3, 10, 9, 0))  # a change elsewhere
    refreshed(qtbot, view)
    assert view.timeline_model.rowCount() == 5
    assert _views_logged(desk, sid) == 1  # a refresh is not a new view
    view.show_student(sid)
    assert _views_logged(desk, sid) == 2


def test_notes_edit_finalise_and_addendum(qtbot, ctx, desk, monkeypatch):
    sid = add_student(desk, "Anna de Vries")
    cid = add_consultation(desk, sid, dossier="First version", private="Own thoughts")
    view = _page(qtbot, ctx, sid)
    assert view.select_item(Consultation, cid)
    assert view.detail.currentIndex() == sp.CONSULTATION
    assert view.consultation.dossier_edit.toPlainText() == "First version"
    assert view.consultation.private_edit.toPlainText() == "Own thoughts"
    assert (
        not view.consultation.dossier_edit.isReadOnly()
        and view.consultation.save_notes_button.isEnabled()
    )

    view.consultation.dossier_edit.selectAll()
    view.consultation.dossier_edit.insertPlainText("Second version")
    assert view.save_notes()
    assert {n.layer: n.body for n in desk.notes(cid)}["dossier"] == "Second version"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    view.finalise(confirm=True)
    assert desk.consultation(cid).finalised_at is None  # declined
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.finalise(confirm=True)
    refreshed(qtbot, view)
    assert desk.consultation(cid).finalised_at is not None
    assert (
        view.consultation.dossier_edit.isReadOnly()
        and not view.consultation.save_notes_button.isEnabled()
    )
    assert view.consultation.finalised_label.text().startswith("Finalised on")
    assert view.timeline_model.index(0, 2).data() == "Finalised"

    assert view.add_addendum("private", "Called back: doing better.")
    refreshed(qtbot, view)
    assert view.consultation.addenda_view.isVisible()
    assert "Called back: doing better." in view.consultation.addenda_view.toPlainText()
    notes = desk.notes(cid)
    assert [n.kind for n in notes].count("addendum") == 1


def test_unsaved_note_edits_survive_a_refresh(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    cid = add_consultation(desk, sid, dossier="Original")
    view = _page(qtbot, ctx, sid)
    view.select_item(Consultation, cid)
    view.consultation.dossier_edit.insertPlainText("typing… ")
    desk.schedule_follow_up(sid, TODAY + dt.timedelta(days=3))  # triggers a refresh
    refreshed(qtbot, view)
    assert view.consultation.dossier_edit.toPlainText().startswith("typing… ")
    assert isinstance(view.current_item(), Consultation)


def test_referral_status_and_outcome(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    add_consultation(desk, sid, referral="student_psychologist")
    ref = desk.open_student(sid).referrals[0]
    view = _page(qtbot, ctx, sid)
    assert view.select_item(Referral, ref.id)
    assert view.detail.currentIndex() == sp.REFERRAL
    assert view.referral.ref_title.text() == "Referral to Student psychologist"
    view.referral.ref_status_combo.setCurrentIndex(
        view.referral.ref_status_combo.findData("completed")
    )
    view.referral.ref_outcome_edit.setText("Intake done")
    view.update_referral()
    refreshed(qtbot, view)
    ref = desk.open_student(sid).referrals[0]
    assert (ref.status, ref.outcome) == ("completed", "Intake done")
    assert isinstance(view.current_item(), Referral)  # still selected after the refresh


def test_follow_up_actions(qtbot, ctx, desk, monkeypatch):
    sid = add_student(desk, "Anna de Vries")
    add_consultation(desk, sid, when=dt.datetime(2026, 3, 1, 9, 0), follow_up=dt.date(2026, 3, 5))
    fu = desk.open_student(sid).follow_ups[0]
    view = _page(qtbot, ctx, sid)
    assert view.select_item(FollowUp, fu.id)
    assert view.follow_up.fu_info.text().startswith("Due 5 Mar 2026; overdue.")
    monkeypatch.setattr(
        DatePickDialog, "ask_when", staticmethod(lambda *a, **k: (dt.date(2026, 3, 20), None))
    )
    view.follow_up.fu_reschedule_button.click()
    refreshed(qtbot, view)
    assert desk.open_student(sid).follow_ups[0].due_date == dt.date(2026, 3, 20)
    view.select_item(FollowUp, fu.id)
    view.follow_up.fu_missed_button.click()
    refreshed(qtbot, view)
    assert desk.open_student(sid).follow_ups[0].status == "missed"
    view.select_item(FollowUp, fu.id)
    assert not view.follow_up.fu_done_button.isEnabled()


def test_cases_close_reopen_and_new(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    add_consultation(desk, sid)
    view = _page(qtbot, ctx, sid)
    case = view.case_model.record(0)
    assert view.close_case_button.isEnabled() and not view.new_case_button.isEnabled()
    view.close_case(case.id, "resolved")
    refreshed(qtbot, view)
    assert view.case_model.index(0, 2).data() == "Closed"
    assert view.case_model.index(0, 4).data() == "Resolved"
    assert view.reopen_case_button.isEnabled() and view.new_case_button.isEnabled()
    view.reopen_case_button.click()
    refreshed(qtbot, view)
    assert view.case_model.index(0, 2).data() == "Open"
    view.close_case(case.id, "no_response")
    view.open_case("housing")
    refreshed(qtbot, view)
    assert view.case_model.rowCount() == 2
    assert view.case_model.index(0, 1).data() == "Housing"


def test_constructed_like_every_other_view(qtbot, ctx, desk):
    view = StudentPageView(ctx, None)
    qtbot.addWidget(view)
    assert view.student_id is None and view.title() == "Student"
    sid = add_student(desk, "Anna de Vries")
    view.show_student(sid)
    assert view.name_label.text() == "Anna de Vries"


def test_case_rows_are_not_cut_off_in_a_narrow_window(qtbot, ctx, desk):
    """At the smallest supported window the cases table scrolls sideways; its scroll bar
    must not cover the case rows."""
    sid = add_student(desk, "Anna de Vries", "s1234567", faculty="SOC")
    add_consultation(desk, sid, when=dt.datetime(2026, 2, 2, 9, 0))
    view = _page(qtbot, ctx, sid)
    view.resize(800, 600)
    qtbot.wait(50)
    table = view.case_table
    rows = table.model().rowCount()
    assert rows >= 1
    shown = table.viewport().height()
    needed = rows * table.verticalHeader().defaultSectionSize()
    assert shown >= needed, (shown, needed)
