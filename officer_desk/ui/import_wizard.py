"""The import wizard: choose a file, map its columns, map its values, check every row, import.

Reading the file, checking the rows and the import itself run off the GUI thread; the check
and the import are vault jobs (:func:`officer_desk.ui.tasks.run_job`) on connections of their
own, so the window's reads go on while the import writes, and a lock stops the import (it
rolls back) before the vault closes. The check page lists refused rows by row number, field
and reason — never a cell value of a personal field. The import is all-or-nothing: with
refused rows the officer must tick "leave out the refused rows" to import the others.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from officer_desk.domain import codebook
from officer_desk.errors import ImportCancelled, OfficerDeskError
from officer_desk.services import desk as kinds
from officer_desk.services.importer import (
    FIELDS,
    IGNORE,
    Importer,
    ImportResult,
    Mapping,
    Plan,
    Problem,
    Table,
    norm,
)
from officer_desk.services.workers import worker_desk
from officer_desk.ui.context import UiContext
from officer_desk.ui.icons import icon
from officer_desk.ui.messages import error_message, template_message
from officer_desk.ui.tasks import STOP, WAIT, run_job, run_task


def _error_text(exc: BaseException) -> str:
    return error_message(exc)


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    changed = Signal(int, int)


class ImportWizard(QWizard):
    """Import a contact log (CSV or Excel) into the open vault."""

    PAGE_FILE, PAGE_COLUMNS, PAGE_VALUES, PAGE_CHECK, PAGE_IMPORT = range(5)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.importer = Importer(ctx.desk)
        self.table: Table | None = None
        self.mapping = Mapping()
        self.saved_mapping: Mapping | None = None
        self.plan: Plan | None = None
        self.import_result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import a contact log"))
        self.setObjectName("importWizard")
        self.setAccessibleName(self.tr("Import wizard"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(760, 560)
        self.setPage(self.PAGE_FILE, FilePage(self))
        self.setPage(self.PAGE_COLUMNS, ColumnsPage(self))
        self.setPage(self.PAGE_VALUES, ValuesPage(self))
        self.setPage(self.PAGE_CHECK, CheckPage(self))
        self.setPage(self.PAGE_IMPORT, ImportPage(self))

    def reject(self) -> None:
        """While the import runs, closing asks it to stop (it then rolls back) instead."""
        page = cast(ImportPage, self.page(self.PAGE_IMPORT))
        if self.currentId() == self.PAGE_IMPORT and not page.isComplete():
            page.request_stop()
            return
        super().reject()

    def field_label(self, fname: str) -> str:
        labels = {
            IGNORE: self.tr("Do not import"),
            "name": self.tr("Name"),
            "student_number": self.tr("Student number"),
            "email": self.tr("E-mail"),
            "programme": self.tr("Programme"),
            "faculty": self.tr("Faculty"),
            "phase": self.tr("Study phase"),
            "student_group": self.tr("Student group"),
            "date": self.tr("Consultation date"),
            "time": self.tr("Consultation time"),
            "duration": self.tr("Duration (minutes)"),
            "channel": self.tr("Channel"),
            "initiator": self.tr("Initiated by"),
            "topic": self.tr("Topics"),
            "urgency": self.tr("Urgency"),
            "dossier_note": self.tr("Dossier note"),
            "private_note": self.tr("Private working note"),
            "destination": self.tr("Referred to"),
            "referral_status": self.tr("Referral status"),
            "follow_up_date": self.tr("Follow-up date"),
            "follow_up_time": self.tr("Follow-up time"),
            "follow_up_kind": self.tr("Follow-up kind"),
            "follow_up_status": self.tr("Follow-up status"),
            "follow_up_note": self.tr("Follow-up note"),
            "follow_up_done_on": self.tr("Follow-up done on"),
        }
        return labels.get(fname, fname)

    def vocabulary_label(self, vocab: str) -> str:
        labels = {
            "faculty": self.tr("Faculty"),
            "phase": self.tr("Study phase"),
            "student_group": self.tr("Student group"),
            "channel": self.tr("Channel"),
            "initiator": self.tr("Initiated by"),
            "topic": self.tr("Topics"),
            "urgency": self.tr("Urgency"),
            "destination": self.tr("Referred to"),
            "referral_status": self.tr("Referral status"),
            "follow_up_kind": self.tr("Follow-up kind"),
            "follow_up_status": self.tr("Follow-up status"),
        }
        return labels.get(vocab, vocab)

    def problem_text(self, p: Problem) -> str:
        return template_message(p.template, p.params)

    def problem_field(self, p: Problem) -> str:
        return self.field_label(p.field) if p.field in FIELDS else p.field


# --- 1. file --------------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self._reading = False
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel (.xlsx) file with one consultation or one student per row."
                " Nothing is written until the last step."
            )
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.path.editingFinished.connect(self._read)
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.setAccessibleName(self.tr("Browse for the file"))
        browse.clicked.connect(self._browse)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path)
        row.addWidget(label)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        browse.setIcon(icon("open"))

        mrow = QHBoxLayout()
        self.mapping_path = QLineEdit()
        self.mapping_path.setAccessibleName(self.tr("Saved mapping file (optional)"))
        self.mapping_path.setPlaceholderText(self.tr("Optional: a mapping saved earlier (.json)"))
        self.mapping_path.editingFinished.connect(self._load_mapping)
        mbrowse = QPushButton(self.tr("B&rowse…"))
        mbrowse.setAccessibleName(self.tr("Browse for a saved mapping"))
        mbrowse.clicked.connect(self._browse_mapping)
        mlabel = QLabel(self.tr("&Mapping:"))
        mlabel.setBuddy(self.mapping_path)
        mrow.addWidget(mlabel)
        mrow.addWidget(self.mapping_path, 1)
        mrow.addWidget(mbrowse)
        layout.addLayout(mrow)
        mbrowse.setIcon(icon("open"))

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAccessibleName(self.tr("File status"))
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            "",
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if name:
            self.path.setText(name)
            self._read()

    def _browse_mapping(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a saved mapping"), "", self.tr("Mappings (*.json)")
        )
        if name:
            self.mapping_path.setText(name)
            self._load_mapping()

    def _load_mapping(self) -> None:
        text = self.mapping_path.text().strip()
        self.w.saved_mapping = None
        if not text:
            return
        try:
            self.w.saved_mapping = Mapping.from_file(Path(text))
        except OSError:
            self.status.setText(self.tr("The mapping file could not be read."))
        except OfficerDeskError as exc:
            self.status.setText(_error_text(exc))
        else:
            if self.w.table is not None:
                self.w.mapping = self.w.importer.guess(self.w.table, self.w.saved_mapping)

    def read_now(self, path: Path) -> None:
        """Read synchronously (tests and screenshots)."""
        self.path.setText(str(path))
        self._done(Importer.read(path))

    def _read(self) -> None:
        text = self.path.text().strip()
        if not text or self._reading:
            return
        path = Path(text)
        if not path.is_file():
            self.status.setText(self.tr("There is no file at this path."))
            self.w.table = None
            self.completeChanged.emit()
            return
        self._reading = True
        self.status.setText(self.tr("Reading the file…"))
        run_task(lambda: Importer.read(path), self._done, self._failed)

    def _done(self, table: Table) -> None:
        self._reading = False
        self.w.table = table
        self.w.mapping = self.w.importer.guess(table, self.w.saved_mapping)
        self.w.plan = None
        if not table.ok:
            msgs = [self.w.problem_text(p) for p in table.problems if p.row == 0]
            self.status.setText(self.tr("This file cannot be imported:") + " " + " ".join(msgs))
        else:
            self.status.setText(
                self.tr(
                    "{rows} rows and {columns} columns; the headers are on row {header}."
                ).format(rows=len(table.rows), columns=len(table.headers), header=table.header_row)
            )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        self.w.table = None
        self.status.setText(_error_text(exc) or self.tr("The file could not be read."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.table is not None and self.w.table.ok and not self._reading


# --- 2. columns -----------------------------------------------------------------------------


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Officer Desk guessed what each column holds from its header. Correct it where"
                " needed; a Name or Student number column is required."
            )
        )
        layout = QVBoxLayout(self)
        self.grid = QTableWidget(0, 3)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table (its combos are stops)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Filled rows"), self.tr("Import as")]
        )
        self.grid.setAccessibleName(self.tr("Columns and what they are imported as"))
        self.grid.verticalHeader().setVisible(False)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.grid, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Column mapping status"))
        layout.addWidget(self.note)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        fields = [IGNORE, *FIELDS]
        for i, header in enumerate(table.headers):
            item = QTableWidgetItem(header)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.grid.setItem(i, 0, item)
            filled = sum(1 for c in table.column(i) if c)
            count = QTableWidgetItem(str(filled))
            count.setFlags(Qt.ItemFlag.ItemIsEnabled)
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(i, 1, count)
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import column {name} as").format(name=header))
            for f in fields:
                combo.addItem(self.w.field_label(f), f)
            combo.setCurrentIndex(max(0, fields.index(self.w.mapping.field_of(header))))
            combo.currentIndexChanged.connect(self._changed)
            self.grid.setCellWidget(i, 2, combo)
            self.combos.append(combo)
        if self.combos:
            self.grid.verticalHeader().setDefaultSectionSize(self.combos[0].sizeHint().height())
        self._changed()

    def _changed(self) -> None:
        table = self.w.table
        assert table is not None
        columns = {h: c.currentData() for h, c in zip(table.headers, self.combos, strict=True)}
        self.w.mapping = Mapping(columns, self.w.mapping.values)
        self.w.plan = None
        used = [f for f in columns.values() if f]
        dupes = sorted({self.w.field_label(f) for f in used if used.count(f) > 1})
        if "name" not in used and "student_number" not in used:
            self.note.setText(self.tr("Choose a column for Name or for Student number."))
        elif dupes:
            self.note.setText(
                self.tr(
                    "More than one column is imported as: {fields}. Only the first is used."
                ).format(fields=", ".join(dupes))
            )
        else:
            self.note.setText(
                self.tr("{count} of {total} columns will be imported.").format(
                    count=len(used), total=len(columns)
                )
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        used = set(self.w.mapping.columns.values())
        return bool(used & {"name", "student_number"})


# --- 3. values ------------------------------------------------------------------------------


class ValuesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Match the values"))
        self.setSubTitle(
            self.tr(
                "These values in category columns are not in the app's lists. Choose what "
                "each one means; rows with a value left unmatched are refused."
            )
        )
        layout = QVBoxLayout(self)
        self.grid = QTableWidget(0, 4)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table (its combos are stops)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("List"), self.tr("Value in the file"), self.tr("Rows"), self.tr("Means")]
        )
        self.grid.setAccessibleName(self.tr("Values that are not in the app's lists"))
        self.grid.verticalHeader().setVisible(False)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.grid, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Value mapping status"))
        layout.addWidget(self.note)
        self._rows: list[tuple[str, str, QComboBox]] = []

    def initializePage(self) -> None:
        table = self.w.table
        assert table is not None
        # Forget earlier choices for values no longer shown, keep the rest.
        unmapped = self.w.importer.unmapped(table, self.w.mapping)
        items = [(vocab, text, n) for vocab, vals in unmapped.items() for text, n in vals.items()]
        items.sort(key=lambda x: (x[0], -x[2], x[1].casefold()))
        self.grid.setRowCount(len(items))
        self._rows = []
        lang = self.w.ctx.lang
        for i, (vocab, text, n) in enumerate(items):
            for col, value in enumerate((self.w.vocabulary_label(vocab), text, str(n))):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.grid.setItem(i, col, item)
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Meaning of {value} in {list}").format(
                    value=text, list=self.w.vocabulary_label(vocab)
                )
            )
            combo.addItem(self.tr("— leave unmatched (refuse these rows) —"), "")
            for c in codebook.VOCABULARIES[vocab]:
                combo.addItem(c.label(lang), c.code)
            current = self.w.mapping.values.get(vocab, {}).get(norm(text), "")
            if current:
                combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.currentIndexChanged.connect(self._changed)
            self.grid.setCellWidget(i, 3, combo)
            self._rows.append((vocab, text, combo))
        if self._rows:
            height = self._rows[0][2].sizeHint().height()
            self.grid.verticalHeader().setDefaultSectionSize(height)
        if not items:
            self.note.setText(self.tr("Every value matches the app's lists."))
        else:
            self._changed()

    def _changed(self) -> None:
        left = 0
        for vocab, text, combo in self._rows:
            code = combo.currentData()
            if code:
                self.w.mapping.set_value(vocab, text, code)
            else:
                self.w.mapping.values.get(vocab, {}).pop(norm(text), None)
                left += 1
        self.w.plan = None
        self.note.setText(
            self.tr("{count} value(s) still unmatched.").format(count=left)
            if left
            else self.tr("Every value is matched.")
        )


# --- 4. check -------------------------------------------------------------------------------


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self._checking = False
        self.setTitle(self.tr("Check every row"))
        self.setSubTitle(
            self.tr("A trial run: this is what the import would do. Nothing has been written yet.")
        )
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary of the check"))
        layout.addWidget(self.summary)
        self.grid = QTableWidget(0, 4)
        self.grid.setTabKeyNavigation(False)  # Tab leaves the table (its combos are stops)
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Kind"), self.tr("Field"), self.tr("Reason")]
        )
        self.grid.setAccessibleName(self.tr("Refused rows and warnings"))
        self.grid.verticalHeader().setVisible(False)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(True)
        header = self.grid.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.grid, 1)
        row = QHBoxLayout()
        self.skip = QCheckBox(self.tr("&Leave out the refused rows and import the others"))
        self.skip.setAccessibleName(self.tr("Leave out the refused rows"))
        self.skip.toggled.connect(self.completeChanged)
        row.addWidget(self.skip, 1)
        save = QPushButton(self.tr("&Save mapping…"))
        save.setAccessibleName(self.tr("Save the column and value mapping for next time"))
        save.clicked.connect(self._save_mapping)
        save.setIcon(icon("save"))
        row.addWidget(save)
        layout.addLayout(row)

    def initializePage(self) -> None:
        self.skip.setChecked(False)
        self.skip.setVisible(False)
        self.grid.setRowCount(0)
        self.summary.setText(self.tr("Checking every row…"))
        self._checking = True
        self.completeChanged.emit()
        table, mapping = self.w.table, self.w.mapping
        assert table is not None  # the file page has read it
        session = self.w.ctx.session

        def work(_cancel: threading.Event) -> Plan:
            # Read-only, on a connection of its own (the GUI thread keeps the session's).
            with worker_desk(session, read_only=True) as desk:
                return Importer(desk).plan(table, mapping)

        run_job(work, self.show_plan, self._failed, name="import check", on_lock=WAIT)

    def check_now(self) -> None:
        """Check synchronously (tests and screenshots)."""
        assert self.w.table is not None
        self.show_plan(self.w.importer.plan(self.w.table, self.w.mapping))

    def show_plan(self, plan: Plan) -> None:
        self._checking = False
        self.w.plan = plan
        c = plan.counts()
        text = self.tr(
            "{rows} rows: {accepted} accepted, {refused} refused. Would create {new_students}"
            " new students (and use {existing_students} existing), {consultations}"
            " consultations, {referrals} referrals and {follow_ups} follow-ups."
        ).format(**c)
        if plan.refused:
            text += " " + self.tr(
                "With refused rows nothing is imported, unless you leave them out."
            )
        self.summary.setText(text)
        problems = plan.all_problems()
        shown = problems[:2000]
        self.grid.setRowCount(len(shown))
        for i, p in enumerate(shown):
            kind = self.tr("Warning") if p.warning else self.tr("Refused")
            cells = (
                str(p.row) if p.row else self.tr("file"),
                kind,
                self.w.problem_field(p),
                self.w.problem_text(p),
            )
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.grid.setItem(i, col, item)
        self.grid.resizeRowsToContents()
        self.skip.setVisible(bool(plan.refused) and not plan.file_problems and bool(plan.rows))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._checking = False
        self.summary.setText(_error_text(exc) or self.tr("The check failed."))
        self.completeChanged.emit()

    def _save_mapping(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the mapping"), "mapping.json", self.tr("Mappings (*.json)")
        )
        if not name:
            return
        from officer_desk.services.files import save_private_file

        try:
            save_private_file(Path(name), self.w.mapping.to_json().encode("utf-8"))
        except OfficerDeskError as exc:
            self.summary.setText(_error_text(exc))

    def isComplete(self) -> bool:
        plan = self.w.plan
        if self._checking or plan is None or plan.file_problems or not plan.rows:
            return False
        return not plan.refused or self.skip.isChecked()


# --- 5. import ------------------------------------------------------------------------------


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self._done = False
        self._cancel = threading.Event()
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("Everything is written in one step: all of it, or nothing if it fails.")
        )
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Import progress"))
        layout.addWidget(self.bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Import status"))
        layout.addWidget(self.status)
        self.cancel = QPushButton(self.tr("&Stop the import"))
        self.cancel.setAccessibleName(self.tr("Stop the import; nothing will be imported"))
        self.cancel.clicked.connect(self._cancel.set)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel)
        layout.addLayout(row)
        layout.addStretch(1)
        self._progress = _Progress()
        self._progress.changed.connect(self._on_progress)

    def initializePage(self) -> None:
        plan = self.w.plan
        assert plan is not None
        self._done = False
        self._cancel.clear()
        self.bar.setRange(0, max(1, len(plan.rows)))
        self.bar.setValue(0)
        self.cancel.setVisible(True)
        self.status.setText(self.tr("Importing…"))
        skip = cast(CheckPage, self.w.page(ImportWizard.PAGE_CHECK)).skip.isChecked()
        signal = self._progress.changed
        stop = self._cancel
        session = self.w.ctx.session

        def work(cancel: threading.Event) -> ImportResult:
            def progress(done: int, total: int) -> bool:
                signal.emit(done, total)
                # False rolls the whole import back: the officer stopped it, or a lock did.
                return not (stop.is_set() or cancel.is_set())

            # One write transaction on a connection of its own: the GUI thread's reads go on
            # (WAL) and never wait for this job.
            with worker_desk(session, read_only=False) as desk:
                return Importer(desk).run(plan, skip_invalid=skip, progress=progress)

        run_job(
            work,
            self.finished_ok,
            self._failed,
            name="import",
            on_lock=STOP,
            pauses_autolock=True,
            writes=True,
        )

    def request_stop(self) -> None:
        self._cancel.set()
        self.status.setText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setMaximum(max(1, total))
        self.bar.setValue(done)

    def finished_ok(self, result: ImportResult) -> None:
        self._done = True
        # The import wrote on its own connection: tell the open views once.
        self.w.ctx.desk._changed(
            kinds.STUDENTS,
            kinds.CASES,
            kinds.CONSULTATIONS,
            kinds.REFERRALS,
            kinds.FOLLOW_UPS,
            kinds.ACCESS_LOG,
        )
        self.w.import_result = result
        self.bar.setValue(self.bar.maximum())
        self.cancel.setVisible(False)
        self.status.setText(
            self.tr(
                "Imported {rows} rows: {students} new students, {consultations} consultations,"
                " {referrals} referrals and {follow_ups} follow-ups. Refused rows left out:"
                " {skipped}."
            ).format(
                rows=result.rows_imported,
                students=result.students_created,
                consultations=result.consultations,
                referrals=result.referrals,
                follow_ups=result.follow_ups,
                skipped=result.rows_skipped,
            )
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self._done = True
        self.cancel.setVisible(False)
        if isinstance(exc, ImportCancelled):
            self.status.setText(self.tr("The import was stopped. Nothing was imported."))
        else:
            self.status.setText(
                (_error_text(exc) or self.tr("The import failed."))
                + " "
                + self.tr("Nothing was imported.")
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._done
