"""Students view: lazy list, search (names, numbers, notes), filters, new-student dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from officer_desk.domain.models import Student
from officer_desk.ui.views.students import SnippetDelegate, StudentDialog, StudentsView, note_query
from tests.ui.view_fixtures import add_consultation, add_many_students, add_student, refreshed


def _view(qtbot, ctx) -> StudentsView:
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def test_list_pages_with_a_few_hundred_students(qtbot, ctx, desk):
    add_many_students(desk, 650)
    view = _view(qtbot, ctx)
    assert view.model.rowCount() == 200
    assert view.count_label.text() == "650 students"

    def scrolled_to_the_end() -> bool:
        view.table.scrollToBottom()  # each scroll to the bottom fetches the next page
        return view.model.rowCount() == 650

    qtbot.waitUntil(scrolled_to_the_end, timeout=5000)
    # sorting is SQL: clicking the number header sorts all 650, not the fetched page
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert view.model.index(0, 1).data() == "s1000649"


def test_search_names_numbers_and_notes(qtbot, ctx, desk):
    anna = add_student(desk, "Anna de Vries", "s1234567", faculty="SOC")
    bram = add_student(desk, "Bram Jansen", "s7654321", faculty="LAW")
    add_student(desk, "José Álvarez", "s1111111")
    add_consultation(desk, bram, dossier="Worried about the thesis deadline and money.")
    opened: list[int] = []
    ctx.open_student_requested.connect(opened.append)
    at: list[tuple[int, int]] = []
    ctx.open_consultation_requested.connect(lambda sid, cid: at.append((sid, cid)))
    view = _view(qtbot, ctx)
    assert view.model.rowCount() == 3

    qtbot.keyClicks(view.search_edit, "ann")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # after the 150 ms debounce
    assert view.model.index(0, 0).data() == "Anna de Vries"
    assert view.notes_panel.isVisible() and view.notes_empty.isVisible()

    view.search_edit.setText("7654")
    view.apply_search()
    assert [view.model.index(r, 0).data() for r in range(view.model.rowCount())] == ["Bram Jansen"]
    view.search_edit.setText("jose")  # accents and case do not matter
    view.apply_search()
    assert view.model.index(0, 0).data() == "José Álvarez"

    view.search_edit.setText("thesis")
    view.apply_search()
    assert view.model.rowCount() == 0  # no student is called "thesis" …
    assert view.hits_model.rowCount() == 1  # … but a note mentions it
    assert view.notes_heading.text() == "Matches in notes (1)"
    snippet = view.hits_model.index(0, 3).data()
    assert "[thesis]" in snippet
    assert view.hits_model.index(0, 0).data() == "Bram Jansen"
    rect = view.hits_table.visualRect(view.hits_model.index(0, 3))
    qtbot.mouseClick(view.hits_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    # a note match opens the student's page at that consultation
    assert at and set(at) == {(bram, view.hits_model.record(0).consultation_id)}

    view.search_edit.setText("")
    view.apply_search()
    assert not view.notes_panel.isVisible()
    view.faculty_combo.setCurrentIndex(view.faculty_combo.findData("SOC"))
    assert view.model.rowCount() == 1 and view.model.student_id(0) == anna
    view.faculty_combo.setCurrentIndex(0)
    view.open_check.setChecked(True)
    assert view.model.rowCount() == 1 and view.model.student_id(0) == bram


def test_enter_and_double_click_open_the_student(qtbot, ctx, desk):
    anna = add_student(desk, "Anna de Vries", "s1234567")
    add_student(desk, "Bram Jansen")
    opened: list[int] = []
    ctx.open_student_requested.connect(opened.append)
    view = _view(qtbot, ctx)
    qtbot.keyClicks(view.search_edit, "vries")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)  # one match: open it
    assert opened == [anna]
    view.search_edit.clear()
    view.apply_search()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)  # into the list
    assert view.table.hasFocus() and view.table.currentIndex().row() == 0
    rect = view.table.visualRect(view.model.index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [anna, anna]


def test_list_follows_change_notifications(qtbot, ctx, desk):
    view = _view(qtbot, ctx)
    assert view.model.rowCount() == 0
    sid = add_student(desk, "Anna de Vries")
    refreshed(qtbot, view)
    assert view.model.rowCount() == 1
    add_consultation(desk, sid, follow_up=dt.date(2026, 3, 20))
    refreshed(qtbot, view)
    assert view.model.index(0, 4).data() == "1"  # open cases
    assert view.model.index(0, 6).data() == "20 Mar 2026"


def test_new_student_warns_about_duplicates_before_saving(qtbot, ctx, desk):
    existing = add_student(desk, "Anna de Vries", "s1234567", email="anna@example.org")
    dialog = StudentDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Anna de Vrles")
    assert not dialog.save()  # very similar name: warn first
    assert dialog.duplicates_list.isVisible()
    assert dialog.duplicates_shown() == ["Anna de Vries (s1234567, anna@example.org)"]
    assert dialog.save_button.text() == "&Save anyway"
    assert desk.count_students() == 1
    assert dialog.save()  # confirmed
    assert desk.count_students() == 2 and dialog.result_student is not None

    again = StudentDialog(ctx, None)
    qtbot.addWidget(again)
    again.name_edit.setText("Someone Else")
    again.number_edit.setText("s1234567")
    assert not again.save()  # same number: warned …
    assert not again.save()  # … and then refused by the service, shown inline
    assert again.error_label.text() == "Another student already has this student number."
    opened: list[int] = []
    ctx.open_student_requested.connect(opened.append)
    again.duplicates_list.itemActivated.emit(again.duplicates_list.item(0))
    assert opened == [existing]

    bad = StudentDialog(ctx, None)
    qtbot.addWidget(bad)
    bad.name_edit.setText("Carla")
    bad.email_edit.setText("not-an-address")
    assert not bad.save()
    assert bad.error_label.text() == "This is not a valid e-mail address."
    assert desk.count_students() == 2


def test_edit_student_keeps_the_same_record(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries", "s1234567")
    dialog = StudentDialog(ctx, desk.student(sid))
    qtbot.addWidget(dialog)
    dialog.programme_edit.setText("Psychology")
    assert dialog.save()  # its own number is not a duplicate
    assert desk.student(sid).programme == "Psychology"
    assert isinstance(dialog.result_student, Student)


def test_note_query_and_snippet_markup():
    assert note_query("th") == ""
    assert note_query("thesis de") == "thesis"
    assert note_query("thes") == "thes"
    html = SnippetDelegate.to_html("a <b> [word] & more")
    assert html == "<span style='white-space:pre'>a &lt;b&gt; <b>word</b> &amp; more</span>"


def test_open_row_ignores_invalid_index(qtbot, ctx):
    view = _view(qtbot, ctx)
    view._open_row(QModelIndex())
