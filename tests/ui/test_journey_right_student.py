"""Journeys of issue 11, "the right student, always" and "new student from the consultation
dialog": the real main window on a real vault, driven with keys and clicks, checked by what is
on screen.

Which student Ctrl+N (File ▸ Log consultation…) fills in:
- on a student's page: that student, fixed (as the page's own button does);
- everywhere else, including the Students list with a row selected: nobody. A highlighted row
  may only be where the arrow keys stopped while browsing; filling it in would put the note in
  the wrong file, the very trap this journey is about. The officer types a name instead.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from officer_desk.domain.models import Consultation
from officer_desk.ui.views.consultation_dialog import ConsultationDialog
from officer_desk.ui.views.students import StudentDialog
from tests.ui.view_fixtures import add_consultation, add_student

CTRL = Qt.KeyboardModifier.ControlModifier


def _key(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def _focused():
    return QApplication.focusWidget()


def _ctrl_n(qtbot, window) -> ConsultationDialog:
    window.activateWindow()
    before = len(window.dialogs)
    _key(qtbot, window, Qt.Key.Key_N, CTRL)
    assert len(window.dialogs) == before + 1
    dialog = window.dialogs[-1]
    assert isinstance(dialog, ConsultationDialog)
    qtbot.waitExposed(dialog)
    _activate(qtbot, dialog)
    return dialog


def _activate(qtbot, window) -> None:
    window.activateWindow()  # a window manager does this; offscreen, the test does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _discard(dialog: ConsultationDialog) -> None:
    """Cancel, answering "Discard" to the question about what was typed."""
    dialog.ask_discard = lambda: "discard"
    dialog.cancel_button.click()


def _go_to_student_by_number(qtbot, window, number: str) -> None:
    window.activateWindow()
    _key(qtbot, window, Qt.Key.Key_F, CTRL)  # Ctrl+F: the Students search, from anywhere
    students = window.views["students"]
    assert _focused() is students.search_edit
    qtbot.keyClicks(students.search_edit, number)
    _key(qtbot, students.search_edit, Qt.Key.Key_Return)  # one match: opens the page
    qtbot.waitUntil(lambda: window.current_view_id() == "student")


def _tick_first_topic_and_note(qtbot, dialog: ConsultationDialog, note: str) -> None:
    dialog.topic_list.setFocus()
    _key(qtbot, dialog.topic_list, Qt.Key.Key_Space)
    dialog.dossier_edit.setFocus()
    qtbot.keyClicks(dialog.dossier_edit, note)


def _saved_notice(window) -> tuple[QLabel, QPushButton]:
    notice = window.message_bar
    assert notice is not None and notice.isVisible()
    return notice.label, notice.open_button


def test_ctrl_n_on_a_student_page_logs_for_that_student_and_says_so(unlocked, qtbot):
    window = unlocked
    desk = window.session.desk
    lotte = add_student(desk, "Lotte Jansma", "s4455667", faculty="SOC")
    add_student(desk, "Lotte Jansma", "s1111111", faculty="LAW")
    _go_to_student_by_number(qtbot, window, "s4455667")
    page = window.student_page
    assert page.name_label.text() == "Lotte Jansma" and "s4455667" in page.details_label.text()

    dialog = _ctrl_n(qtbot, window)
    # That student, fixed: no picker to type another name into.
    assert not dialog.student_edit.isVisible()
    assert dialog.student_label.isVisible()
    assert dialog.student_label.text() == "Lotte Jansma (s4455667)"
    _tick_first_topic_and_note(qtbot, dialog, "Talked about the resit.")
    _key(qtbot, dialog.dossier_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    consultations = desk.open_student(lotte, log_view=False).consultations
    assert len(consultations) == 1

    label, open_button = _saved_notice(window)
    assert label.text() == "Saved for Lotte Jansma (s4455667)"
    assert open_button.isVisible() and open_button.isEnabled()
    assert open_button.focusPolicy() & Qt.FocusPolicy.TabFocus  # keyboard reachable

    # From elsewhere, the notice's button opens the record at the consultation.
    _activate(qtbot, window)
    _key(qtbot, window, Qt.Key.Key_1, CTRL)
    assert window.current_view_id() == "today"
    open_button.setFocus()
    _key(qtbot, open_button, Qt.Key.Key_Space)
    assert window.current_view_id() == "student"
    assert window.student_page.name_label.text() == "Lotte Jansma"
    current = window.student_page.current_item()
    assert isinstance(current, Consultation) and current.id == consultations[0].id

    # File ▸ Log consultation… on the page: the same student.
    window.act_log.trigger()
    dialog = window.dialogs[-1]
    assert dialog.student_label.text() == "Lotte Jansma (s4455667)"
    dialog.cancel_button.click()


def test_ctrl_n_elsewhere_starts_with_an_empty_picker(unlocked, qtbot):
    window = unlocked
    desk = window.session.desk
    add_student(desk, "Lotte Jansma", "s4455667")
    assert window.current_view_id() == "today"
    dialog = _ctrl_n(qtbot, window)
    assert dialog.student_edit.isVisible() and dialog.student_edit.text() == ""
    assert _focused() is dialog.student_edit
    dialog.cancel_button.click()

    # The Students list with a row selected is not "a student in context" (see above).
    _activate(qtbot, window)
    _key(qtbot, window, Qt.Key.Key_2, CTRL)
    students = window.views["students"]
    assert _focused() is students.search_edit
    qtbot.waitUntil(lambda: students.model.rowCount() == 1)
    _key(qtbot, students.search_edit, Qt.Key.Key_Down)
    assert students.table.currentIndex().isValid()
    dialog = _ctrl_n(qtbot, window)
    assert dialog.student_edit.isVisible() and dialog.student_edit.text() == ""
    dialog.cancel_button.click()


def test_picker_tells_namesakes_apart_and_ranks_an_exact_number_first(unlocked, qtbot):
    window = unlocked
    desk = window.session.desk
    soc = add_student(desk, "Lotte Jansma", "s4455667", faculty="SOC")
    add_student(desk, "Lotte Jansma", "", faculty="LAW")
    add_student(desk, "Zoë Visser", "s445566", faculty="SOC")
    add_consultation(desk, soc, when=dt.datetime.now() - dt.timedelta(days=3))

    dialog = _ctrl_n(qtbot, window)
    qtbot.keyClicks(dialog.student_edit, "lotte")
    entries = dialog.picker_entries()
    assert len(entries) == 2  # two namesakes, both offered
    soc_entry = next(e for e in entries if "s4455667" in e)
    law_entry = next(e for e in entries if "s4455667" not in e)
    assert "Social and Behavioural Sciences" in soc_entry and "last contact" in soc_entry
    assert "Law" in law_entry and "no contact yet" in law_entry
    popup = dialog.completer.popup()
    assert popup.isVisible()
    shown = [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())]
    assert shown == entries

    dialog.student_edit.clear()
    qtbot.keyClicks(dialog.student_edit, "s445566")
    entries = dialog.picker_entries()
    assert entries[0].startswith("Zoë Visser (s445566)")  # exact number first, then by name
    assert entries[1].startswith("Lotte Jansma (s4455667)")
    # Down and Enter in the popup choose it.
    _key(qtbot, popup, Qt.Key.Key_Down)
    _key(qtbot, popup, Qt.Key.Key_Return)
    assert dialog.student_id is not None
    assert desk.student(dialog.student_id).student_number == "s445566"
    _discard(dialog)


def test_a_new_student_from_the_consultation_dialog(unlocked, qtbot):
    window = unlocked
    desk = window.session.desk
    add_student(desk, "Lotte Jansma", "s4455667")
    dialog = _ctrl_n(qtbot, window)
    assert not dialog.new_student_button.isVisible()
    qtbot.keyClicks(dialog.student_edit, "lot")
    assert not dialog.new_student_button.isVisible()  # there is a match

    dialog.student_edit.clear()
    qtbot.keyClicks(dialog.student_edit, "Amara Okafor s7654321")
    assert dialog.new_student_button.isVisible()
    assert dialog.new_student_button.text().replace("&", "") == "New student…"
    _tick_first_topic_and_note(qtbot, dialog, "Exam anxiety before the resit.")
    # Saving without a student says what to do instead of "Choose a student".
    _key(qtbot, dialog.dossier_edit, Qt.Key.Key_Return, CTRL)
    assert "New student" in dialog.error
    assert dialog.isVisible()

    # Keyboard: from the picker, Tab reaches the offer; Space opens the new-student form.
    dialog.student_edit.setFocus()
    _key(qtbot, dialog.student_edit, Qt.Key.Key_Tab)
    assert _focused() is dialog.new_student_button
    _key(qtbot, dialog.new_student_button, Qt.Key.Key_Space)
    form = dialog.findChild(StudentDialog)
    assert form is not None and form.isVisible()
    assert form.name_edit.text() == "Amara Okafor"
    assert form.number_edit.text() == "s7654321"
    _key(qtbot, form.name_edit, Qt.Key.Key_Return)  # Save is the form's default button
    qtbot.waitUntil(lambda: not form.isVisible())

    assert dialog.student_edit.text().startswith("Amara Okafor (s7654321)")
    assert not dialog.new_student_button.isVisible()
    assert dialog.dossier_edit.toPlainText() == "Exam anxiety before the resit."
    assert dialog.error == ""
    _key(qtbot, dialog.dossier_edit, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    label, _button = _saved_notice(window)
    assert label.text() == "Saved for Amara Okafor (s7654321)"
    amara = [row for row in desk.list_students(text="amara")]
    assert len(amara) == 1
    assert len(desk.open_student(amara[0].id, log_view=False).consultations) == 1


def test_move_a_consultation_to_the_right_student(unlocked, qtbot, monkeypatch):
    window = unlocked
    desk = window.session.desk
    wrong = add_student(desk, "Lotte Jansma", "s1111111")
    right = add_student(desk, "Lotte Jansma", "s4455667")
    cid = add_consultation(desk, wrong, dossier="Misfiled note", when=dt.datetime.now())

    _go_to_student_by_number(qtbot, window, "s1111111")
    page = window.student_page
    page.timeline.setFocus()
    page.select_item(Consultation, cid)
    section = page.consultation
    assert section.move_button.isVisible() and section.move_button.isEnabled()
    dialog = section.ask_move()
    assert dialog is not None and dialog.isVisible()
    _activate(qtbot, dialog)
    qtbot.keyClicks(dialog.search_edit, "lotte")
    # the student it is on now is not offered
    assert [dialog.results.item(i).text() for i in range(dialog.results.count())] == [
        dialog.results.item(0).text()
    ]
    assert "s4455667" in dialog.results.item(0).text()
    _key(qtbot, dialog.search_edit, Qt.Key.Key_Down)
    assert _focused() is dialog.results

    asked: list[str] = []

    def confirm(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.StandardButton.Yes

    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", confirm)
    _key(qtbot, dialog.results, Qt.Key.Key_Return)
    assert len(asked) == 1
    assert "Lotte Jansma (s1111111)" in asked[0] and "Lotte Jansma (s4455667)" in asked[0]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert desk.consultation(cid).student_id == right
    # The page of the wrong student no longer shows it; a message says where it went.
    qtbot.waitUntil(lambda: page.timeline_model.rowCount() == 0)
    label, _button = _saved_notice(window)
    assert label.text() == "Moved to Lotte Jansma (s4455667)"
    assert [e.action for e in desk.access_log(action="moved")] == ["moved"]
