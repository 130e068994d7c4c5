"""Journey of issue 11, "search finds what the officer means": the real main window on a real
vault, driven with keys, checked by what is on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from officer_desk.domain.models import Consultation
from officer_desk.ui.views.common import fmt_date
from tests.ui.view_fixtures import add_consultation, add_student

CTRL = Qt.KeyboardModifier.ControlModifier


def _rows(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_name_and_note_words_together_newest_first_and_open_at_the_match(unlocked, qtbot):
    window = unlocked
    desk = window.session.desk
    now = dt.datetime.now().replace(second=0, microsecond=0)
    amara = add_student(desk, "Amara Okafor", "s2233445")
    bram = add_student(desk, "Bram Jansen", "s5566778")

    # Logged out of date order (as an import or a late entry does): the newest consultation
    # is saved first, so note ids do not follow the dates.
    def ago(days: int) -> dt.datetime:
        return now - dt.timedelta(days=days)

    newest = add_consultation(desk, amara, when=ago(2), dossier="Exam went well")
    oldest = add_consultation(desk, amara, when=ago(40), dossier="Afraid of the exam")
    middle = add_consultation(desk, amara, when=ago(9), dossier="Exam resit planned")
    add_consultation(desk, amara, when=ago(5), dossier="Housing trouble")
    add_consultation(desk, bram, when=ago(1), dossier="Exam stress too")
    assert newest < oldest < middle  # saved in this order

    # Switching to Students puts the cursor in the search box.
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    students = window.views["students"]
    assert window.current_view_id() == "students"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is students.search_edit)

    qtbot.keyClicks(students.search_edit, "amara exam")
    qtbot.waitUntil(lambda: students.hits_model.rowCount() == 3, timeout=3000)
    assert set(_rows(students.hits_model, 0)) == {"Amara Okafor"}
    # newest first, by the consultation's date
    assert _rows(students.hits_model, 1) == [fmt_date(ago(d).date(), "en") for d in (2, 9, 40)]
    assert students.notes_heading.isVisible()
    # Words found only in notes: the empty names list points at them, not just "no match".
    students.search_edit.clear()
    qtbot.keyClicks(students.search_edit, "exam")
    students.apply_search()  # now, not after the typing pause
    assert students.hits_model.rowCount() > 0
    assert students.model.rowCount() == 0
    assert students.table.empty_text() == (
        "No name or student number has all these words. The notes below do."
    )
    # Every word must match: "amara housing" finds the housing note only.
    students.search_edit.clear()
    qtbot.keyClicks(students.search_edit, "okafor hous")
    qtbot.waitUntil(lambda: students.hits_model.rowCount() == 1, timeout=3000)
    assert "Housing" in students.hits_model.index(0, 3).data()
    # A number and a note word work the same way.
    students.search_edit.clear()
    qtbot.keyClicks(students.search_edit, "s5566778 exam")
    qtbot.waitUntil(lambda: _rows(students.hits_model, 0) == ["Bram Jansen"], timeout=3000)

    students.search_edit.clear()
    qtbot.keyClicks(students.search_edit, "amara exam")
    qtbot.waitUntil(lambda: students.hits_model.rowCount() == 3, timeout=3000)
    # Activating the second match opens Amara's page at that consultation.
    students.hits_table.setFocus()
    students.hits_table.setCurrentIndex(students.hits_model.index(1, 0))
    qtbot.keyClick(students.hits_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_view_id() == "student")
    page = window.student_page
    assert page.name_label.text() == "Amara Okafor"
    current = page.current_item()
    assert isinstance(current, Consultation) and current.id == middle
    row = page.timeline.currentIndex().row()
    assert page.timeline.selectionModel().isRowSelected(row)
    assert (
        page.timeline.viewport()
        .rect()
        .intersects(page.timeline.visualRect(page.timeline_model.index(row, 0)))
    )
    assert page.consultation.dossier_edit.toPlainText() == "Exam resit planned"

    # Ctrl+F from the student page goes back to the search, text selected for a new query.
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.current_view_id() == "students"
    assert QApplication.focusWidget() is students.search_edit
    assert students.search_edit.selectedText() == "amara exam"
