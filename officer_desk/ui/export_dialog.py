"""Subject-access export of one student (GDPR Art. 15): a readable PDF and a machine-readable
JSON of everything held on the student, both owner-only (0600) and safe-saved.

The records are read on the GUI thread (one student: fast); rendering and writing the files
run in a worker; the access-log entry ``exported`` is written once both files are saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk.errors import OfficerDeskError, ValidationError, tr_noop
from officer_desk.services import subject_access
from officer_desk.ui.context import UiContext
from officer_desk.ui.icons import icon
from officer_desk.ui.messages import error_message
from officer_desk.ui.tasks import WAIT, run_job


class ExportDialog(QDialog):
    """Choose where to save the PDF and the JSON, then export."""

    def __init__(self, ctx: UiContext, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id = student_id
        self.result_paths: list[Path] = []
        self.setWindowTitle(self.tr("Copy of personal data"))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything held on this student: profile, cases, consultations with dossier "
                "and working notes, referrals, follow-ups and the access log about them. Hand "
                "the files over securely; they are not encrypted."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        base = Path.home() / f"subject-access-{student_id}"
        self.pdf_check, self.pdf_path = self._path_row(
            form, self.tr("&Readable (PDF):"), base.with_suffix(".pdf"), self.tr("PDF (*.pdf)")
        )
        self.json_check, self.json_path = self._path_row(
            form,
            self.tr("&Machine-readable (JSON):"),
            base.with_suffix(".json"),
            self.tr("JSON (*.json)"),
        )
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem(self.tr("Dutch"), "nl")
        self.lang.setCurrentIndex(1 if ctx.lang == "nl" else 0)
        lang_label = QLabel(self.tr("&Language:"), self)
        lang_label.setBuddy(self.lang)
        form.addRow(lang_label, self.lang)
        layout.addLayout(form)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _path_row(
        self, form: QFormLayout, label: str, default: Path, pattern: str
    ) -> tuple[QCheckBox, QLineEdit]:
        row = QHBoxLayout()
        check = QCheckBox(self)
        check.setChecked(True)
        edit = QLineEdit(str(default), self)
        edit.setMinimumWidth(300)
        edit.setAccessibleName(
            self.tr("Where to save: {what}").format(what=label.replace("&", "").rstrip(":"))
        )
        browse = QPushButton(self.tr("Browse…"), self)

        def choose() -> None:
            path, _ = QFileDialog.getSaveFileName(
                self, label.replace("&", ""), edit.text(), pattern
            )
            if path:
                edit.setText(path)

        browse.clicked.connect(choose)
        browse.setIcon(icon("open"))
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(browse.setEnabled)
        row.addWidget(check)
        row.addWidget(edit, 1)
        row.addWidget(browse)
        caption = QLabel(label, self)
        caption.setBuddy(check)
        form.addRow(caption, row)
        return check, edit

    def paths(self) -> tuple[Path | None, Path | None]:
        pdf = Path(self.pdf_path.text()).expanduser() if self.pdf_check.isChecked() else None
        js = Path(self.json_path.text()).expanduser() if self.json_check.isChecked() else None
        return pdf, js

    def export(self) -> None:
        pdf, js = self.paths()
        try:
            if pdf is None and js is None:
                raise ValidationError(tr_noop("Choose where to save the export."), field="path")
            data = subject_access.collect(
                self.ctx.desk, self.student_id, lang=self.lang.currentData()
            )
        except OfficerDeskError as exc:
            self.status.setText(error_message(exc))
            return
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing the files…"))
        # Files only (the records were read above); a lock lets the files finish.
        run_job(
            lambda _cancel: subject_access.write_export(data, pdf_path=pdf, json_path=js),
            lambda _r: self._done(pdf, js),
            self._failed,
            name="subject access export",
            on_lock=WAIT,
        )

    def _done(self, pdf: Path | None, js: Path | None) -> None:
        kinds = "+".join(k for k, v in (("pdf", pdf), ("json", js)) if v is not None)
        subject_access.record_export(self.ctx.desk, self.student_id, kinds)
        self.result_paths = [p for p in (pdf, js) if p is not None]
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved. The export is recorded in the access log."))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(error_message(exc))
