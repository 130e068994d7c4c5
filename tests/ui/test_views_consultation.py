"""The Log consultation dialog: keyboard-only journey, validation, encrypted drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from officer_desk.ui.views.consultation_dialog import NEW_KEY, ConsultationDialog, draft_key
from officer_desk.ui.views.today import TodayView
from tests.ui.view_fixtures import TODAY, add_student, refreshed


@pytest.fixture(autouse=True)
def _never_block(monkeypatch):
    """Closing a dialog with input asks with a modal box; tests answer without one."""
    monkeypatch.setattr(ConsultationDialog, "ask_discard", lambda self: "discard")


def _open(qtbot, ctx, student_id=None) -> ConsultationDialog:
    dialog = ConsultationDialog(ctx, student_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(_focus(), key, modifier)


def _alt(qtbot, letter: str) -> None:
    _key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def _tab_until(qtbot, target: QWidget, limit: int = 8) -> None:
    for _ in range(limit):
        if _focus() is target:
            return
        _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is target


def _consultations(desk) -> int:
    return int(desk.store.scalar("SELECT count(*) FROM consultation"))


def test_keyboard_only_journey_then_today_and_done(qtbot, ctx, desk):
    anna = add_student(desk, "Anna de Vries", "s1234567")
    add_student(desk, "Bram Jansen", "s7654321")
    dialog = _open(qtbot, ctx)
    assert _focus() is dialog.student_edit

    qtbot.keyClicks(_focus(), "anna")
    qtbot.waitUntil(lambda: dialog.completer.popup().isVisible())
    qtbot.keyClick(dialog.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.completer.popup(), Qt.Key.Key_Return)
    assert dialog.student_id == anna
    # The offscreen platform does not hand activation back after a popup; a desktop does.
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.when_edit

    _alt(qtbot, "t")  # &Topics
    assert _focus() is dialog.topic_list
    _key(qtbot, Qt.Key.Key_Space)  # study_stress
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Space)  # housing
    assert dialog._checked_topics() == ["study_stress", "housing"]
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.primary_combo
    _key(qtbot, Qt.Key.Key_Down)  # primary = housing

    _alt(qtbot, "r")  # U&rgency
    assert _focus() is dialog.urgency_combo
    _key(qtbot, Qt.Key.Key_Down)  # moderate

    _alt(qtbot, "d")
    assert _focus() is dialog.dossier_edit
    qtbot.keyClicks(_focus(), "Discussed exam anxiety and sleep.")
    _key(qtbot, Qt.Key.Key_Tab)
    assert _focus() is dialog.private_edit
    qtbot.keyClicks(_focus(), "Seems exhausted.")

    _alt(qtbot, "f")  # Re&ferral to
    assert _focus() is dialog.destination_combo
    _key(qtbot, Qt.Key.Key_Down)  # study adviser
    _alt(qtbot, "a")  # &Add referral (a mnemonic animates the click)
    qtbot.waitUntil(lambda: dialog.ref_list.count() == 1)

    _alt(qtbot, "h")  # Sc&hedule a follow-up: ticks it and moves on to the due date
    qtbot.waitUntil(dialog.follow_up_check.isChecked)
    assert _focus() is dialog.due_edit
    _tab_until(qtbot, dialog.week_button)
    _key(qtbot, Qt.Key.Key_Space)  # +1 week
    _alt(qtbot, "k")
    assert _focus() is dialog.kind_combo
    _key(qtbot, Qt.Key.Key_Down)  # call

    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error
    saved = dialog.saved
    assert saved is not None and saved.student_id == anna
    assert saved.topics == ["housing", "study_stress"] and saved.primary_topic == "housing"
    assert saved.urgency == "moderate"
    page = desk.open_student(anna)
    assert [r.destination for r in page.referrals] == ["study_adviser"]
    (fu,) = page.follow_ups
    assert fu.due_date == TODAY + dt.timedelta(days=7) and fu.kind == "call"
    bodies = {n.layer: n.body for n in desk.notes(saved.id)}
    assert bodies == {"dossier": "Discussed exam anxiety and sleep.", "private": "Seems exhausted."}
    assert desk.load_draft(NEW_KEY) is None

    today = TodayView(ctx)
    qtbot.addWidget(today)
    today.show()
    assert [f.id for f, _ in today.upcoming.model.records()] == [fu.id]
    assert today.upcoming.model.index(0, 2).data() == "Anna de Vries"
    assert today.select_follow_up(fu.id)
    qtbot.mouseClick(today.done_button, Qt.MouseButton.LeftButton)
    refreshed(qtbot, today)
    assert today.upcoming.model.rowCount() == 0
    assert desk.open_student(anna).follow_ups[0].status == "done"


def test_tab_order_visits_every_field_once(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    dialog = _open(qtbot, ctx, sid)
    assert _focus() is dialog.when_edit
    seen: list[QWidget] = []
    for _ in range(60):
        widget = _focus()
        if widget not in seen:
            seen.append(widget)
        if widget is dialog.save_button:
            break
        _key(qtbot, Qt.Key.Key_Tab)
    expected = [
        dialog.when_edit,
        dialog.duration_spin,
        dialog.channel_combo,
        dialog.initiator_combo,
        dialog.urgency_combo,
        dialog.topic_list,
        dialog.primary_combo,
        dialog.dossier_edit,
        dialog.private_edit,
        dialog.template_button,  # Insert template (also Alt+L from anywhere)
        dialog.destination_combo,
        dialog.ref_status_combo,
        dialog.add_ref_button,
    ]
    assert seen[: len(expected)] == expected
    assert seen[-1] is dialog.save_button


def test_bad_input_is_shown_inline_and_nothing_is_saved(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    dialog = _open(qtbot, ctx)
    dialog.save()
    assert dialog.error == "Choose a student."
    assert dialog.isVisible()

    dialog = _open(qtbot, ctx, sid)
    dialog.dossier_edit.setPlainText("Some text")
    assert not dialog.save()  # no topic ticked
    assert dialog.error == "Choose at least one topic."
    assert _focus() is dialog.topic_list
    assert _consultations(desk) == 0

    dialog.topic_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(5))
    assert not dialog.save()
    assert dialog.error == "A consultation cannot be logged in the future."
    assert _consultations(desk) == 0

    dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(-5))
    assert dialog.save()
    assert dialog.error == ""
    assert _consultations(desk) == 1


def test_draft_survives_closing_and_is_restored(qtbot, ctx, desk, monkeypatch):
    sid = add_student(desk, "Anna de Vries")
    key = draft_key(sid)
    dialog = _open(qtbot, ctx, sid)
    dialog.topic_list.item(4).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.dossier_edit, "Half-typed note about loneliness")
    qtbot.waitUntil(lambda: desk.load_draft(key) is not None, timeout=3000)  # debounced write
    assert desk.load_draft(key)["dossier_note"] == "Half-typed note about loneliness"
    qtbot.keyClicks(dialog.private_edit, "more")

    monkeypatch.setattr(ConsultationDialog, "ask_discard", lambda self: "keep")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert desk.load_draft(key)["private_note"] == "more"

    again = _open(qtbot, ctx, sid)
    assert again.banner.isVisible()
    assert again.dossier_edit.toPlainText() == "Half-typed note about loneliness"
    assert again.private_edit.toPlainText() == "more"
    assert again._checked_topics() == ["loneliness"]
    again.topic_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert again.save()
    assert desk.load_draft(key) is None  # saved consultation discards the draft


def test_escape_asks_and_can_discard_or_continue(qtbot, ctx, desk, monkeypatch):
    sid = add_student(desk, "Anna de Vries")
    key = draft_key(sid)
    dialog = _open(qtbot, ctx, sid)
    qtbot.keyClicks(dialog.dossier_edit, "text")
    answers = iter(["cancel", "discard"])
    monkeypatch.setattr(ConsultationDialog, "ask_discard", lambda self: next(answers))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # continue editing
    dialog.save_draft()
    assert desk.load_draft(key) is not None
    dialog._changed()  # typed more after the explicit save
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert desk.load_draft(key) is None

    # An untouched dialog closes without asking.
    monkeypatch.setattr(ConsultationDialog, "ask_discard", lambda self: pytest.fail("asked"))
    quiet = _open(qtbot, ctx, sid)
    qtbot.keyClick(quiet, Qt.Key.Key_Escape)
    assert not quiet.isVisible()


def test_lock_keeps_the_draft_without_asking(qtbot, ctx, desk, session, monkeypatch):
    add_student(desk, "Anna de Vries", "s1234567")
    dialog = _open(qtbot, ctx)
    qtbot.keyClicks(dialog.student_edit, "anna")
    qtbot.keyClicks(dialog.private_edit, "private thought")
    monkeypatch.setattr(ConsultationDialog, "ask_discard", lambda self: pytest.fail("asked"))
    assert dialog.save_draft()  # what the lock controller does …
    dialog.reject()  # … before closing every dialog
    draft = desk.load_draft(NEW_KEY)
    assert draft["private_note"] == "private thought" and draft["student_text"] == "anna"
    vault_dir = session.vault.dir
    for path in vault_dir.iterdir():  # the draft is inside the encrypted database only
        if path.is_file():
            assert b"private thought" not in path.read_bytes(), path.name

    restored = _open(qtbot, ctx)
    assert restored.private_edit.toPlainText() == "private thought"
    qtbot.mouseClick(restored.start_over_button, Qt.MouseButton.LeftButton)
    assert restored.private_edit.toPlainText() == ""
    assert desk.load_draft(NEW_KEY) is None


def test_quick_picks_and_leaving_the_picker_with_one_match(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries", "s1234567")
    dialog = _open(qtbot, ctx)
    qtbot.keyClicks(dialog.student_edit, "1234567")
    dialog.completer.popup().hide()
    dialog.student_edit.editingFinished.emit()
    assert dialog.student_id == sid
    # the chosen student with what tells namesakes apart
    assert dialog.student_edit.text() == "Anna de Vries (s1234567) · no contact yet"
    qtbot.mouseClick(dialog.month_button, Qt.MouseButton.LeftButton)
    assert dialog.follow_up_check.isChecked()
    assert dialog.due_edit.date().toPython() == dt.date(2026, 4, 10)
    qtbot.mouseClick(dialog.two_weeks_button, Qt.MouseButton.LeftButton)
    assert dialog.due_edit.date().toPython() == dt.date(2026, 3, 24)


def test_delete_in_the_referral_list_removes_the_selected_referral(qtbot, ctx, desk):
    dialog = _open(qtbot, ctx, add_student(desk, "Anna de Vries"))
    for index in (0, 1):
        dialog.destination_combo.setCurrentIndex(index)
        dialog._add_referral()
    assert dialog.ref_list.count() == 2
    dialog.ref_list.setFocus()
    dialog.ref_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: _focus() is dialog.ref_list)
    _key(qtbot, Qt.Key.Key_Delete)
    assert dialog.ref_list.count() == 1
    second = dialog.destination_combo.itemData(1)
    assert [r.destination for r in dialog._referrals] == [second]
