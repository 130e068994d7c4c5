"""The Reports view: preview from memory, export, release, merge dialog."""

from __future__ import annotations

import datetime as dt

from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QMessageBox

from officer_desk.reports import verify_bundle
from officer_desk.services.demo import populate
from officer_desk.services.desk import FixedClock
from officer_desk.services.session import create
from officer_desk.ui.context import UiContext
from officer_desk.ui.views.reports import MergeDialog, ReportsView, recent_periods
from officer_desk.vault import test_kdf

TODAY = dt.date(2026, 11, 29)


def _ctx(tmp_path, qapp, lang="en"):
    session, _ = create(
        tmp_path / "v",
        "a long test passphrase 42",
        faculty="SOC",
        kdf=test_kdf(),
        clock=FixedClock(dt.datetime.combine(TODAY, dt.time(9))),
    )
    populate(session.desk, students=120, seed=4, today=TODAY)
    return session, UiContext(session, lang=lang)


def test_recent_periods():
    labels = [p.label for p in recent_periods(TODAY, "calendar", 3)]
    assert labels == ["2026-Q4", "2026-Q3", "2026-Q2"]
    assert recent_periods(TODAY, "academic", 1)[0].label == "2026-27-AQ1"


def test_preview_export_and_release(tmp_path, qtbot, qapp, monkeypatch):
    session, ctx = _ctx(tmp_path, qapp)
    try:
        view = ReportsView(ctx)
        qtbot.addWidget(view)
        view.resize(1000, 800)
        view.show()
        assert view.period.currentData() == "2026-Q3"  # last ended quarter
        assert not view.kind.isEnabled() and view.kind.currentData() == "calendar"
        assert not view.export_pdf.isEnabled()
        view.build()
        qtbot.waitUntil(lambda: view._result is not None, timeout=30_000)
        assert view.document.status() == QPdfDocument.Status.Ready
        assert view.document.pageCount() >= 3
        assert "Draft, not released" in view.status.text()
        assert view.release_button.isEnabled()
        assert not view.export_bundle.isEnabled()  # a draft has no bundle

        out = tmp_path / "draft.pdf"
        monkeypatch.setattr(
            "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(out), "")
        )
        view._export_pdf()  # the saved draft: banded totals, no table
        assert len(PdfReader(str(out)).pages) == 1
        assert "DRAFT" in PdfReader(str(out)).pages[0].extract_text()

        asked = []

        def question(*args, **kwargs):
            asked.append(args)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", question)
        view._release()
        # the confirmation offers Yes and No, with No (the safe answer) as the default
        assert asked[0][4] == QMessageBox.StandardButton.No
        assert asked[0][3] & QMessageBox.StandardButton.No
        qtbot.waitUntil(lambda: view._result is not None and not view._busy, timeout=30_000)
        assert view._result.released and "frozen" in view.status.text()
        assert not view.release_button.isEnabled()
        assert view.export_bundle.isEnabled()
        assert "✓" in view.period.itemText(view.period.currentIndex())
        assert [e.action for e in session.desk.access_log(action="released")] == ["released"]

        bundle = tmp_path / "bundle.json"
        monkeypatch.setattr(
            "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(bundle), "")
        )
        view._export_bundle()
        trust = {"SOC": {view.reporting.fingerprint()}}
        assert verify_bundle(bundle.read_bytes(), trust).stamp.sequence == 1
        if __import__("os").environ.get("OFFICER_DESK_SCREENSHOTS"):
            view.grab().save(str(tmp_path / "reports.png"))
    finally:
        ctx.detach()
        session.close()


def test_running_quarter_cannot_be_released(tmp_path, qtbot, qapp, monkeypatch):
    session, ctx = _ctx(tmp_path, qapp)
    try:
        view = ReportsView(ctx)
        qtbot.addWidget(view)
        view.show()
        view.period.setCurrentIndex(view.period.findData("2026-Q4"))  # has not ended
        view.build()
        qtbot.waitUntil(lambda: view._result is not None, timeout=30_000)
        assert "has not ended" in view.status.text()
        assert view.export_pdf.isEnabled()
        assert not view.release_button.isEnabled()
        assert not view.export_bundle.isEnabled()
        assert "after it has ended" in view.release_button.toolTip()
        monkeypatch.setattr(
            "PySide6.QtWidgets.QMessageBox.question",
            lambda *a, **k: QMessageBox.StandardButton.Yes,
        )
        view._release()  # even if called, nothing is released
        assert not view.reporting.released()
    finally:
        ctx.detach()
        session.close()


def test_merge_dialog_lists_fingerprints(tmp_path, qtbot, qapp):
    session, ctx = _ctx(tmp_path, qapp)
    try:
        view = ReportsView(ctx)
        qtbot.addWidget(view)
        path = tmp_path / "b.json"
        view.reporting.release("2026-Q3")
        view.reporting.export("2026-Q3", bundle=path)
        junk = tmp_path / "junk.json"
        junk.write_text("{}")
        dialog = MergeDialog([path, junk, tmp_path / "missing.json"])
        qtbot.addWidget(dialog)
        assert dialog.trusted() == {}
        box, faculty, fp = dialog.boxes[0]
        assert (faculty, fp) == ("SOC", view.reporting.fingerprint())
        assert "(SOC)" in box.text() and fp in box.text()
        assert not dialog.boxes[1][0].isEnabled() and not dialog.boxes[2][0].isEnabled()
        box.setChecked(True)
        assert dialog.trusted() == {"SOC": {fp}}  # the faculty is bound to the key
    finally:
        ctx.detach()
        session.close()


def test_settings_choose_the_kind_of_quarter_until_the_first_release(tmp_path, qtbot, qapp):
    from officer_desk.ui.views.settings import SettingsView

    session, ctx = _ctx(tmp_path, qapp, lang="nl")
    try:
        settings = SettingsView(ctx)
        qtbot.addWidget(settings)
        assert settings.period_kind.isEnabled()
        assert settings.period_kind.currentData() == "calendar"  # the default
        settings.period_kind.setCurrentIndex(settings.period_kind.findData("academic"))
        assert settings.save()
        view = ReportsView(ctx)
        qtbot.addWidget(view)
        assert view.kind.currentData() == "academic"
        assert view.period.currentData() == "2025-26-AQ4"  # the last ended academic quarter
        view.reporting.release("2025-26-AQ4")
        settings.load()
        assert not settings.period_kind.isEnabled()  # fixed after the first release
        settings.period_kind.setCurrentIndex(settings.period_kind.findData("calendar"))
        assert not settings.save()  # and refused by the service too, with a message
        assert session.desk.period_kind() == "academic"
        assert settings.saved_label.text()
        if __import__("os").environ.get("OFFICER_DESK_SCREENSHOTS"):
            settings.resize(900, 700)
            settings.grab().save(str(tmp_path / "settings.png"))
    finally:
        ctx.detach()
        session.close()
