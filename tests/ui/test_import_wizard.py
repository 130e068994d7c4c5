"""The import wizard and the note-templates dialog on a real vault (offscreen).

Set ``OFFICER_DESK_SCREENSHOTS=/some/dir`` to save a picture of every page there."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QWizard

from officer_desk.services.templates import BUILT_IN, templates_for
from officer_desk.ui.import_wizard import ImportWizard
from officer_desk.ui.tasks import wait_for_tasks
from officer_desk.ui.templates_dialog import TemplatesDialog
from tests.ui.view_fixtures import TODAY

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
import io_samples as samples

SHOTS = os.environ.get("OFFICER_DESK_SCREENSHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _messy_file(tmp_path: Path) -> Path:
    rows = samples.contact_rows(120, seed=4, today=TODAY - dt.timedelta(days=2))
    rows[3][3] = "studieplanning"  # not in the codebook
    rows[8][3] = "studieplanning"
    rows[9][9] = "postduif"
    rows[12][2] = "31-02-2025"  # refused
    headers = [*samples.HEADERS_NL[:10], "Oude kolom"]
    return samples.write_xlsx(tmp_path / "contacten.xlsx", rows, headers=headers)


def test_wizard_maps_checks_and_imports(qtbot, ctx, desk, tmp_path):
    path = _messy_file(tmp_path)
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.page(ImportWizard.PAGE_FILE)
    page.read_now(path)
    assert page.isComplete()
    _shot(wizard, "import-1-file")

    wizard.next()
    columns = wizard.page(ImportWizard.PAGE_COLUMNS)
    assert wizard.mapping.columns["Datum"] == "date"
    assert wizard.mapping.columns["Oude kolom"] == ""
    assert columns.isComplete()
    _shot(wizard, "import-2-columns")

    wizard.next()
    values = wizard.page(ImportWizard.PAGE_VALUES)
    shown = {(vocab, text) for vocab, text, _ in values._rows}
    assert shown == {("topic", "studieplanning"), ("channel", "postduif")}
    _shot(wizard, "import-3-values")
    for vocab, _text, combo in values._rows:
        combo.setCurrentIndex(combo.findData("study_stress" if vocab == "topic" else "in_person"))

    wizard.next()
    check = wizard.page(ImportWizard.PAGE_CHECK)
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    assert sorted(wizard.plan.refused) == [16]  # title row + header row + 13 data rows
    assert not check.isComplete()
    assert check.skip.isVisibleTo(wizard)
    texts = [check.grid.item(r, 3).text() for r in range(check.grid.rowCount())]
    assert "This date is not valid." in texts
    _shot(wizard, "import-4-check")
    check.skip.setChecked(True)
    assert check.isComplete()

    before = desk.count_students()
    wizard.next()
    imp = wizard.page(ImportWizard.PAGE_IMPORT)
    qtbot.waitUntil(imp.isComplete, timeout=30_000)
    wait_for_tasks()
    assert wizard.import_result is not None and wizard.import_result.rows_imported == 119
    assert desk.count_students() - before == wizard.import_result.students_created
    _shot(wizard, "import-5-done")
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_refuses_unreadable_file(qtbot, ctx, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01\x02")
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    page = wizard.page(ImportWizard.PAGE_FILE)
    page.read_now(bad)
    assert not page.isComplete()
    assert "encoding" in page.status.text()


def test_templates_dialog_edits_per_language_and_saves(qtbot, ctx, desk):
    dialog = TemplatesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == len(BUILT_IN["en"])
    _shot(dialog, "templates-dialog")
    dialog.add.click()
    dialog.name.setText("Crisis check")
    dialog._name_edited("Crisis check")
    dialog.body.setPlainText("Safety plan:\nWho to call:")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.list.item(0).text() == BUILT_IN["nl"][0].name
    _shot(dialog, "templates-dialog-nl")
    dialog.box.accepted.emit()
    names = [t.name for t in templates_for(desk, "en")]
    assert names[-1] == "Crisis check" and len(names) == 4
    assert templates_for(desk, "nl") == list(BUILT_IN["nl"])
