"""Note templates in the Log consultation dialog: the menu lists the officer's templates in
the display language (read afresh each time), and a choice goes in at the cursor of the note
last typed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from officer_desk.services.templates import BUILT_IN, NoteTemplates, Template
from officer_desk.ui.templates_dialog import TemplatesDialog
from officer_desk.ui.views.consultation_dialog import ConsultationDialog
from tests.ui.view_fixtures import add_student


@pytest.fixture(autouse=True)
def _never_block(monkeypatch):
    monkeypatch.setattr(ConsultationDialog, "ask_discard", lambda self: "discard")


def _open(qtbot, ctx, student_id) -> ConsultationDialog:
    dialog = ConsultationDialog(ctx, student_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _menu_names(dialog: ConsultationDialog) -> list[str]:
    dialog.template_menu.aboutToShow.emit()
    return [
        a.text().replace("&&", "&")
        for a in dialog.template_menu.actions()
        if not a.isSeparator() and a.isEnabled()
    ]


def _choose(dialog: ConsultationDialog, name: str) -> None:
    dialog.template_menu.aboutToShow.emit()
    for action in dialog.template_menu.actions():
        if action.text().replace("&&", "&") == name:
            action.trigger()
            return
    raise AssertionError(f"no template {name!r}")


def test_menu_lists_the_templates_of_the_display_language(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    dialog = _open(qtbot, ctx, sid)
    assert _menu_names(dialog) == [t.name for t in BUILT_IN["en"]]
    assert dialog.template_button.accessibleName()
    dialog.reject()
    ctx.lang = "nl"
    dutch = _open(qtbot, ctx, sid)
    assert _menu_names(dutch) == [t.name for t in BUILT_IN["nl"]]


def test_template_goes_into_the_dossier_note_at_the_cursor(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    dialog = _open(qtbot, ctx, sid)
    intake = BUILT_IN["en"][0]
    _choose(dialog, intake.name)  # nothing typed yet: the dossier note
    assert dialog.dossier_edit.toPlainText() == intake.body
    assert dialog.private_edit.toPlainText() == ""
    assert dialog.dossier_edit.hasFocus()

    dialog.dossier_edit.setPlainText("Before after")
    cursor = dialog.dossier_edit.textCursor()
    cursor.setPosition(len("Before"))
    dialog.dossier_edit.setTextCursor(cursor)
    dialog.insert_template(Template("Short", "[x]"))
    assert dialog.dossier_edit.toPlainText() == "Before\n[x] after"
    assert dialog.dirty  # the insertion is input like any other (kept as a draft)


def test_template_goes_into_the_private_note_when_it_had_the_focus(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    dialog = _open(qtbot, ctx, sid)
    dialog.private_edit.setFocus()
    qtbot.waitUntil(dialog.private_edit.hasFocus)
    qtbot.keyClicks(dialog.private_edit, "Own: ")
    dialog.template_button.setFocus()  # clicking the button takes the focus
    qtbot.waitUntil(dialog.template_button.hasFocus)
    follow = BUILT_IN["en"][1]
    _choose(dialog, follow.name)
    assert dialog.private_edit.toPlainText() == "Own: \n" + follow.body
    assert dialog.dossier_edit.toPlainText() == ""
    assert dialog.private_edit.hasFocus()


def test_keyboard_alt_l_opens_the_menu_and_enter_inserts(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    dialog = _open(qtbot, ctx, sid)
    assert QKeySequence.mnemonic(dialog.template_button.text()).toString() == "Alt+L"
    dialog.dossier_edit.setFocus()
    qtbot.waitUntil(dialog.dossier_edit.hasFocus)
    seen: list[bool] = []

    def pick() -> None:
        popup = QApplication.activePopupWidget()
        seen.append(isinstance(popup, QMenu))
        if popup is not None:
            qtbot.keyClick(popup, Qt.Key.Key_Down)
            qtbot.keyClick(popup, Qt.Key.Key_Return)

    QTimer.singleShot(200, pick)
    qtbot.keyClick(dialog.dossier_edit, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [True]
    qtbot.waitUntil(lambda: dialog.dossier_edit.toPlainText() == BUILT_IN["en"][0].body)


def test_edits_in_the_templates_dialog_are_offered_next_time(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    dialog = _open(qtbot, ctx, sid)
    assert "Crisis check" not in _menu_names(dialog)

    editor = TemplatesDialog(ctx)
    qtbot.addWidget(editor)
    editor._add()
    editor.name.setText("Crisis check")
    editor.body.setPlainText("Safety plan agreed:")
    editor.box.button(editor.box.StandardButton.Save).click()
    assert [t.name for t in NoteTemplates(desk).list("en")][-1] == "Crisis check"

    # The dialog that was already open offers it at once, and so does a new one.
    assert _menu_names(dialog)[-1] == "Crisis check"
    _choose(dialog, "Crisis check")
    assert dialog.dossier_edit.toPlainText() == "Safety plan agreed:"
    dialog.reject()
    assert _menu_names(_open(qtbot, ctx, sid))[-1] == "Crisis check"


def test_template_name_with_ampersand_is_shown_as_typed(qtbot, ctx, desk):
    NoteTemplates(desk).save("en", [Template("Study & money", "Money:")])
    sid = add_student(desk, "Anna de Vries")
    dialog = _open(qtbot, ctx, sid)
    assert _menu_names(dialog) == ["Study & money"]
    _choose(dialog, "Study & money")
    assert dialog.dossier_edit.toPlainText() == "Money:"
