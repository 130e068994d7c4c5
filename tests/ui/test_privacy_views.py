"""The privacy screens on a real vault: access log paging/filter/verify/CSV, the privacy view's
dry run, purge and backup in workers, and the subject-access export dialog."""

from __future__ import annotations

import datetime as dt
import json
import stat

import pytest

from officer_desk.services import backups
from officer_desk.services.desk import FixedClock
from officer_desk.services.session import create
from officer_desk.ui.context import UiContext
from officer_desk.ui.export_dialog import ExportDialog
from officer_desk.ui.tasks import wait_for_tasks
from officer_desk.ui.views.access_log import PAGE, AccessLogView
from officer_desk.ui.views.privacy import PrivacyView
from officer_desk.vault import test_kdf
from tests.integration.privacy_helpers import add_student


@pytest.fixture
def ui_session(tmp_path, qapp):
    clock = FixedClock(dt.datetime(2026, 11, 16, 10, 0))
    s, _ = create(tmp_path / "vault", "a long test passphrase 42", kdf=test_kdf(), clock=clock)
    old = add_student(
        s.desk, "Old Student", start=dt.datetime(2017, 1, 9, 10), close_on=dt.date(2017, 2, 1)
    )
    new = add_student(s.desk, "New Student", start=dt.datetime(2026, 9, 1, 10))
    s.desk.set_settings(backup_dir=str(tmp_path / "bk"), retention_years="5")
    ctx = UiContext(s, "en")
    yield ctx, old, new
    wait_for_tasks()
    ctx.detach()
    s.close()


def _settle(qtbot, cond) -> None:
    qtbot.waitUntil(lambda: (wait_for_tasks(50), cond())[1], timeout=20_000)


def test_access_log_view_pages_filters_verifies_and_saves(qtbot, ui_session, tmp_path):
    ctx, old, _new = ui_session
    for _ in range(PAGE):
        ctx.desk.open_student(old)
    view = AccessLogView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == PAGE and view.model.canFetchMore()
    view.model.fetchMore()
    assert view.model.rowCount() > PAGE
    view.action.setCurrentIndex(view.action.findData("created"))
    view.record_type.setCurrentIndex(view.record_type.findData("student"))
    assert view.model.rowCount() == 2
    view.verify()
    assert "intact" in view.status.text()
    out = tmp_path / "log.csv"
    view.write_csv(out)
    _settle(qtbot, lambda: out.exists() and view.csv_button.isEnabled())
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_text().count("\n") == 3
    opened = []
    ctx.open_student_requested.connect(opened.append)
    view._open(view.model.index(0, 0))
    assert opened and opened[0] in (old, _new)


def test_privacy_view_dry_run_purge_and_backup(qtbot, ui_session, monkeypatch):
    ctx, old, new = ui_session
    view = PrivacyView(ctx)
    qtbot.addWidget(view)
    assert view.candidates.rows == []  # nothing is read until the view is shown
    view.show()
    qtbot.waitUntil(lambda: [c.student_id for c in view.candidates.rows] == [old], timeout=5000)
    assert view.years.value() == 5
    view.backup_now()
    _settle(qtbot, lambda: view.backup_model.rowCount() == 1)
    assert view.backup_model.rows[0].verified
    assert ctx.desk.access_log(limit=1)[0].action == "backup"
    changed = []
    ctx.changed.connect(changed.append)
    view.purge([old])
    _settle(qtbot, lambda: not view._busy)
    assert view.candidates.rowCount() == 0 and "STUDENTS".lower() in changed
    assert ctx.desk.access_log(action="purged")[0].record_id == old
    # Restore asks the main window to lock first.
    asked = []
    view.restore_requested.connect(asked.append)
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.confirm_restore()
    assert asked and backups.inspect_backup(asked[0]).verified


def test_export_dialog_writes_both_files_and_logs(qtbot, ui_session, tmp_path):
    ctx, _old, new = ui_session
    dialog = ExportDialog(ctx, new)
    qtbot.addWidget(dialog)
    dialog.pdf_path.setText(str(tmp_path / "x.pdf"))
    dialog.json_path.setText(str(tmp_path / "x.json"))
    dialog.export()
    _settle(qtbot, lambda: bool(dialog.result_paths))
    assert json.loads((tmp_path / "x.json").read_text())["student"]["id"] == new
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    last = ctx.desk.access_log(limit=1)[0]
    assert (last.action, last.record_id) == ("exported", new)
    dialog2 = ExportDialog(ctx, new)
    qtbot.addWidget(dialog2)
    dialog2.pdf_check.setChecked(False)
    dialog2.json_check.setChecked(False)
    dialog2.export()
    assert "save" in dialog2.status.text().lower()


def test_access_log_details_are_words_not_codes(qtbot, ui_session):
    from officer_desk.domain.models import AccessLogEntry
    from officer_desk.ui.views.access_log import _detail_label, _what

    def entry(action, record_type, detail):
        return AccessLogEntry(1, None, action, record_type, 3, detail, "", "")

    assert _detail_label(entry("updated", "referral", "in_progress"), "en") == "In progress"
    assert _detail_label(entry("updated", "follow_up", "done"), "nl") == "Gedaan"
    finalised = entry("updated", "consultation", "finalised")
    assert (_what(finalised), _detail_label(finalised, "en")) == ("Finalised the notes", "")
    assert _what(finalised, "nl") == "Notities definitief gemaakt"
    addendum = entry("updated", "consultation", "addendum:private")
    assert (_what(addendum), _detail_label(addendum, "en")) == (
        "Added to a finalised note",
        "Private working note",
    )
    assert _detail_label(entry("reported", "report", "2026-Q3:draft"), "en") == (
        "Q3 2026 · draft, not released"
    )
    assert _detail_label(entry("reported", "report", "2026-Q3:draft"), "nl") == (
        "K3 2026 · draft, not released"  # the translator is not installed in this test
    )
    assert _detail_label(entry("backup", "vault", "officer-desk-backup-1"), "en") == (
        "officer-desk-backup-1"
    )
    assert _detail_label(entry("exported", "export", "students:csv:rows=12"), "en") == (
        "Students (CSV), rows: 12"
    )
