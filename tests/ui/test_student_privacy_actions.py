"""The student page's Privacy menu: subject-access export, legal hold and erasure, on real
vaults (the erasure runs on a worker thread with its own connection)."""

from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from officer_desk.errors import NotFound
from officer_desk.services.privacy import Privacy
from officer_desk.ui.tasks import wait_for_tasks
from officer_desk.ui.views.student_page import EraseDialog, StudentPageView
from tests.ui.view_fixtures import add_consultation, add_student


def _page(qtbot, ctx, sid) -> StudentPageView:
    view = StudentPageView(ctx, sid)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def _log(desk, action: str, sid: int) -> list[str]:
    rows = desk.store.all(
        "SELECT detail FROM access_log WHERE action = ? AND record_type = 'student'"
        " AND record_id = ? ORDER BY id",
        (action, sid),
    )
    return [r[0] for r in rows]


@pytest.fixture
def boxes(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes answered without blocking: (kind, text) of each one shown."""
    shown: list[tuple[str, str]] = []

    def record(kind: str):
        def box(_parent, _title, text, *_a, **_k):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def test_privacy_menu_has_the_three_actions(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    view = _page(qtbot, ctx, sid)
    assert view.privacy_button.isEnabled()
    assert view.privacy_button.accessibleName()
    texts = [a.text() for a in view.privacy_menu.actions() if not a.isSeparator()]
    assert texts == ["&Export a copy…", "Legal &hold", "E&rase student…"]
    assert view.hold_action.isCheckable() and not view.hold_action.isChecked()
    assert all(a.isEnabled() for a in (view.export_action, view.hold_action, view.erase_action))


def test_export_writes_both_files_owner_only_and_logs(qtbot, ctx, desk, tmp_path):
    sid = add_student(desk, "Anna de Vries", "s1234567")
    add_consultation(desk, sid, dossier="Talked about exams", private="Seemed tired")
    view = _page(qtbot, ctx, sid)
    view.export_action.trigger()
    dialogs = [d for d in view.findChildren(QDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.student_id == sid
    pdf, js = tmp_path / "copy.pdf", tmp_path / "copy.json"
    dialog.pdf_path.setText(str(pdf))
    dialog.json_path.setText(str(js))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(_log(desk, "exported", sid)), timeout=20_000)
    wait_for_tasks()
    assert _log(desk, "exported", sid) == ["subject_access:pdf+json"]
    for path in (pdf, js):
        assert path.is_file() and path.stat().st_size > 0
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert pdf.read_bytes().startswith(b"%PDF")
    assert b"Talked about exams" in js.read_bytes()


def test_legal_hold_toggles_shows_and_persists(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    view = _page(qtbot, ctx, sid)
    assert not view.hold_label.isVisibleTo(view)
    view.hold_action.trigger()
    assert Privacy(desk).legal_hold(sid)
    assert view.hold_action.isChecked() and view.hold_label.isVisibleTo(view)
    assert _log(desk, "updated", sid)[-1] == "legal_hold:on"

    again = _page(qtbot, ctx, sid)  # a fresh page reads the state from the vault
    assert again.hold_action.isChecked() and again.hold_label.isVisibleTo(again)

    again.hold_action.trigger()
    assert not Privacy(desk).legal_hold(sid)
    assert not again.hold_action.isChecked() and not again.hold_label.isVisibleTo(again)
    assert _log(desk, "updated", sid)[-1] == "legal_hold:off"


def test_erase_refused_and_explained_while_on_legal_hold(qtbot, ctx, desk, boxes):
    sid = add_student(desk, "Anna de Vries")
    Privacy(desk).set_legal_hold(sid, True)
    view = _page(qtbot, ctx, sid)
    assert view.ask_erase() is None
    assert len(boxes) == 1 and "legal hold" in boxes[0][1]
    # Even past the dialog, the service refuses and the page says why.
    view.erase()
    qtbot.waitUntil(lambda: len(boxes) == 2, timeout=10_000)
    assert boxes[1][0] == "warning" and "legal hold" in boxes[1][1]
    assert desk.student(sid).display_name == "Anna de Vries"
    assert view.student_id == sid and view.name_label.text() == "Anna de Vries"
    assert not _log(desk, "erased", sid)


def test_erase_with_wrong_confirmation_does_nothing(qtbot, ctx, desk):
    sid = add_student(desk, "Anna de Vries")
    add_consultation(desk, sid, dossier="Talked about exams")
    view = _page(qtbot, ctx, sid)
    navigated: list[str] = []
    ctx.show_view_requested.connect(navigated.append)
    dialog = view.ask_erase()
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    assert "cannot be undone" in dialog.warning_label.text()
    assert "Released reports" in dialog.warning_label.text()
    assert "Consultations: 1" in dialog.counts_label.text()
    for wrong in ("", "erase", "Anna", "ERASE!", "Anna de Vries Jr"):
        dialog.confirm_edit.setText(wrong)
        assert not dialog.erase_button.isEnabled()
        dialog.accept()  # e.g. Enter in the field: refused
        assert dialog.isVisible()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.reject()
    wait_for_tasks()
    assert desk.student(sid).display_name == "Anna de Vries"
    assert not _log(desk, "erased", sid) and navigated == []
    assert view.student_id == sid


@pytest.mark.parametrize("confirmation", ["ERASE", "Anna de Vries"])
def test_erase_with_right_confirmation_removes_and_navigates(qtbot, ctx, desk, confirmation):
    sid = add_student(desk, "Anna de Vries", "s1234567")
    other = add_student(desk, "Bram Jansen")
    add_consultation(desk, sid, dossier="Talked about exams", referral="gp")
    view = _page(qtbot, ctx, sid)
    dialog = view.ask_erase()
    assert dialog is not None
    qtbot.keyClicks(dialog.confirm_edit, confirmation)
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(ctx.show_view_requested, timeout=20_000) as nav:
        dialog.erase_button.click()
    assert nav.args == ["students"]
    with pytest.raises(NotFound):
        desk.student(sid)
    assert desk.student(other).display_name == "Bram Jansen"
    assert _log(desk, "erased", sid) == [""]  # the internal id only, no personal data
    assert view.student_id is None and view.name_label.text() == ""
    assert view.timeline_model.rowCount() == 0 and view.case_model.rowCount() == 0
    assert not view.privacy_button.isEnabled()
