"""Privacy: the retention rule with its dry run and purge, and the backups (folder, number of
generations, back up now, the list with verification status, restore).

Purging, backing up, checking backups and restoring run in worker threads. The purge works on
its own connection and the view emits the change notifications afterwards.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    SIGNAL,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.period import display_label
from officer_desk.errors import OfficerDeskError
from officer_desk.services import backups
from officer_desk.services import desk as kinds
from officer_desk.services.privacy import Privacy, PurgeCandidate, close_worker, open_worker
from officer_desk.ui import style
from officer_desk.ui.context import UiContext
from officer_desk.ui.icons import icon
from officer_desk.ui.messages import error_message
from officer_desk.ui.tasks import STOP, WAIT, job_board, run_job, run_task
from officer_desk.ui.views.common import BaseView, fmt_date, heading, make_table

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _ListModel(QAbstractTableModel):
    """A short list of rows with fixed headers; ``cells(row)`` gives the display texts."""

    def __init__(self, headers: list[str], cells: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._cells = cells
        self.rows: list[Any] = []
        self._text: list[list[str]] = []
        self.right: set[int] = set()

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._text = [self._cells(r) for r in self.rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            return self._text[index.row()][index.column()]
        if role == _ALIGN and index.column() in self.right:
            return _RIGHT
        return None


class PrivacyView(BaseView):
    view_id = "privacy"
    kinds = frozenset({kinds.SETTINGS, kinds.STUDENTS, kinds.CASES})

    #: Emitted with a backup folder after the officer confirmed a restore. The main window
    #: locks the vault, calls ``backups.restore(path, vault_dir)`` and shows the unlock screen
    #: (a vault cannot be replaced while it is open).
    restore_requested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.privacy = Privacy(ctx.desk)
        self._busy = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        layout = style.view_layout(body)
        layout.addWidget(heading(self.tr("Privacy and backups"), body))
        layout.addWidget(self._retention_box(body), 1)
        layout.addWidget(self._backup_box(body), 1)
        # The retention scan reads every student: do it when the view is first shown, not
        # while the app unlocks.
        self._stale = True

    def title(self) -> str:
        return self.tr("Privacy")

    # -- retention ---------------------------------------------------------------------------

    def _retention_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Retention"), parent)
        v = QVBoxLayout(box)
        rule = style.FlowLayout()
        rule.addWidget(QLabel(self.tr("Delete a student's records"), box))
        self.years = QSpinBox(box)
        self.years.setRange(1, 100)
        self.years.setSuffix(self.tr(" year(s)"))
        self.years.setAccessibleName(self.tr("Retention period in years"))
        rule.addWidget(self.years)
        rule.addWidget(QLabel(self.tr("after their last activity."), box))
        self.save_years = QPushButton(self.tr("&Save rule"), box)
        self.save_years.clicked.connect(self._save_years)
        rule.addWidget(self.save_years)
        rule.addStretch(1)
        v.addLayout(rule)
        explain = QLabel(
            self.tr(
                "Last activity is the latest of: a case closed, a consultation, a follow-up or "
                "a referral update. Students with an open case, an open follow-up or a legal "
                "hold are always kept. Released reports are not affected."
            ),
            box,
        )
        explain.setWordWrap(True)
        v.addWidget(explain)
        self.dry_label = QLabel(box)
        self.dry_label.setWordWrap(True)
        v.addWidget(self.dry_label)
        self.candidates = _ListModel(
            [
                self.tr("No."),
                self.tr("Last activity"),
                self.tr("Cases"),
                self.tr("Consultations"),
                self.tr("Notes"),
                self.tr("Referrals"),
                self.tr("Follow-ups"),
            ],
            lambda c: [
                str(c.student_id),
                display_label(c.quarter, self.ctx.lang),
                str(c.cases),
                str(c.consultations),
                str(c.notes),
                str(c.referrals),
                str(c.follow_ups),
            ],
            self,
        )
        self.candidates.right = {0, 2, 3, 4, 5, 6}
        self.candidate_table = make_table(
            box,
            empty_text=self.tr(
                "No student is due for deletion under this rule. Nothing needs to be done."
            ),
        )
        self.candidate_table.setModel(self.candidates)
        self.candidate_table.horizontalHeader().setStretchLastSection(False)
        self.candidate_table.setAccessibleName(self.tr("Students due for deletion"))
        self.candidate_table.setMinimumHeight(150)
        self.candidate_table.doubleClicked.connect(self._open_candidate)
        v.addWidget(self.candidate_table, 1)
        buttons = QHBoxLayout()
        self.hold_button = QPushButton(self.tr("&Keep (legal hold)"), box)
        self.hold_button.setToolTip(
            self.tr("Keep the selected student, e.g. while a complaint is pending.")
        )
        self.hold_button.clicked.connect(self._hold_selected)
        self.purge_button = QPushButton(self.tr("&Delete these students…"), box)
        self.purge_button.clicked.connect(self.confirm_purge)
        buttons.addWidget(self.hold_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)
        v.addLayout(buttons)
        self.hold_button.setIcon(icon("lock"))
        self.purge_button.setIcon(icon("erase"))
        return box

    def _save_years(self) -> None:
        try:
            self.privacy.set_retention_years(self.years.value())
        except OfficerDeskError as exc:
            QMessageBox.warning(self, self.tr("Retention"), error_message(exc))
            return
        self.refresh()

    def refresh_candidates(self) -> None:
        rows = self.privacy.purge_candidates(years=self.years.value())
        self.candidates.set_rows(rows)
        self.candidate_table.resizeColumnsToContents()
        cutoff = self.privacy.retention_cutoff(years=self.years.value())
        if rows:
            self.dry_label.setText(
                self.tr(
                    "%n student(s) had their last activity on or before {date} and would be "
                    "deleted. Double-click one to check it first.",
                    "",
                    len(rows),
                ).format(date=fmt_date(cutoff, self.ctx.lang))
            )
        else:
            self.dry_label.setText(
                self.tr(
                    "Nobody is past the retention period (last activity before {date})."
                ).format(date=fmt_date(cutoff, self.ctx.lang))
            )
        self.purge_button.setEnabled(bool(rows) and not self._busy)
        self.hold_button.setEnabled(bool(rows))

    def _selected_candidate(self) -> PurgeCandidate | None:
        index = self.candidate_table.currentIndex()
        if not index.isValid():
            return None
        candidate: PurgeCandidate = self.candidates.rows[index.row()]
        return candidate

    def _open_candidate(self, index: QModelIndex) -> None:
        self.ctx.open_student_requested.emit(self.candidates.rows[index.row()].student_id)

    def _hold_selected(self) -> None:
        c = self._selected_candidate()
        if c is None:
            return
        self.privacy.set_legal_hold(c.student_id, True)
        self.refresh_candidates()

    def confirm_purge(self) -> None:
        ids = [c.student_id for c in self.candidates.rows]
        if not ids or self._busy:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete students"),
            self.tr(
                "Delete all records of %n student(s) for good? This cannot be undone; each "
                "deletion is recorded in the access log.",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.purge(ids)

    def purge(self, ids: list[int]) -> None:
        """Delete ``ids`` (those still due) on a worker thread with its own connection."""
        years = self.years.value()
        session = self.ctx.session
        self._set_busy(True)
        self.dry_label.setText(self.tr("Deleting and reclaiming space…"))

        def work(cancel: threading.Event) -> Any:
            # Its own connection; a lock stops it between batches (each batch is one
            # transaction, so the vault stays consistent).
            worker = open_worker(session)
            try:
                return worker.purge(
                    ids, years=years, progress=lambda _done, _total: not cancel.is_set()
                )
            finally:
                close_worker(worker)

        run_job(
            work,
            self._purged,
            self._failed,
            name="purge",
            on_lock=STOP,
            pauses_autolock=True,
            writes=True,
        )

    def _purged(self, report: Any) -> None:
        self._set_busy(False)
        desk = self.ctx.desk
        for kind in (kinds.STUDENTS, kinds.CASES, kinds.CONSULTATIONS, kinds.REFERRALS):
            desk.notify(kind)
        desk.notify(kinds.FOLLOW_UPS)
        desk.notify(kinds.ACCESS_LOG)
        self.refresh_candidates()
        self.dry_label.setText(
            self.tr("%n student(s) deleted.", "", len(report.purged))
            + (
                " " + self.tr("%n no longer qualified and were kept.", "", len(report.skipped))
                if report.skipped
                else ""
            )
        )

    # -- backups -----------------------------------------------------------------------------

    def _backup_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"), parent)
        v = QVBoxLayout(box)
        form = QFormLayout()
        folder_row = QHBoxLayout()
        self.folder = QLineEdit(box)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.folder.setMinimumWidth(200)
        choose = QPushButton(self.tr("Ch&oose…"), box)
        choose.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        choose.setIcon(icon("open"))
        form.addRow(self.tr("Backup folder:"), folder_row)
        self.keep = QSpinBox(box)
        self.keep.setRange(1, 1000)
        self.keep.setSuffix(self.tr(" backups"))
        self.keep.setAccessibleName(self.tr("Number of backups to keep"))
        self.keep.editingFinished.connect(self._save_keep)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        form.addRow(self.tr("Keep the newest:"), keep_row)
        v.addLayout(form)
        hint = QLabel(
            self.tr(
                "Each backup is an encrypted copy with its key file, checked before it is "
                "kept. Choose a folder on another disk. Backups open with the passphrase that "
                "was valid when they were made."
            ),
            box,
        )
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.backup_model = _ListModel(
            [self.tr("Made"), self.tr("Status"), self.tr("Size"), self.tr("Name")],
            self._backup_cells,
            self,
        )
        self.backup_model.right = {2}
        self.backup_table = make_table(
            box,
            empty_text=self.tr("No backups yet. Press Back up now to make the first one."),
        )
        self.backup_table.setModel(self.backup_model)
        self.backup_table.setAccessibleName(self.tr("Backups"))
        self.backup_table.setMinimumHeight(150)
        v.addWidget(self.backup_table, 1)
        row = QHBoxLayout()
        self.backup_status = QLabel(box)
        self.backup_status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("&Back up now"), box)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore…"), box)
        self.restore_button.clicked.connect(self.confirm_restore)
        self.restore_button.setEnabled(False)  # until the list shows a verified backup
        row.addWidget(self.backup_status, 1)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        v.addLayout(row)
        self.backup_button.setIcon(icon("backup"))
        self.restore_button.setIcon(icon("restore"))
        return box

    def _backup_cells(self, info: backups.BackupInfo) -> list[str]:
        when = (
            f"{fmt_date(info.created_at.date(), self.ctx.lang)} {info.created_at:%H:%M}"
            if info.created_at
            else "?"
        )
        status = {
            backups.VERIFIED: self.tr("Verified"),
            backups.DAMAGED: self.tr("DAMAGED"),
            backups.INCOMPLETE: self.tr("Incomplete"),
        }.get(info.status, info.status)
        size = self.tr("{mb} MB").format(mb=f"{info.size / 1_048_576:.1f}")
        return [when, status, size, info.name]

    def _folder(self) -> Path:
        return backups.backup_folder(self.ctx.desk, self.ctx.session.vault.dir)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), str(self._folder()))
        if path:
            self.set_backup_folder(Path(path))

    def set_backup_folder(self, path: Path) -> None:
        try:
            self.ctx.desk.set_settings(backup_dir=str(path))
        except OfficerDeskError as exc:
            QMessageBox.warning(self, self.tr("Backups"), error_message(exc))
        self.refresh()

    def _save_keep(self) -> None:
        if str(self.keep.value()) != self.ctx.desk.setting("backup_keep"):
            self.ctx.desk.set_settings(backup_keep=str(self.keep.value()))

    def refresh_backups(self) -> None:
        folder = self._folder()
        self.folder.setText(str(folder))
        self.backup_status.setText(self.tr("Checking backups…"))
        run_task(lambda: backups.list_backups(folder), self._listed, self._failed)

    def _listed(self, found: list[backups.BackupInfo]) -> None:
        self.backup_model.set_rows(found)
        self.backup_table.resizeColumnsToContents()
        verified = [b for b in found if b.verified]
        damaged = [b for b in found if b.status == backups.DAMAGED]
        if not found:
            text = self.tr("No backups yet.")
        else:
            last = verified[0].created_at if verified else None
            text = self.tr("%n backup(s).", "", len(found))
            if last is not None:
                text += " " + self.tr("Last verified backup: {when}.").format(
                    when=f"{fmt_date(last.date(), self.ctx.lang)} {last:%H:%M}"
                )
            if damaged:
                text += " " + self.tr("%n backup(s) damaged.", "", len(damaged))
        if not self._busy:
            self.backup_status.setText(text)
        self.restore_button.setEnabled(bool(verified) and not self._busy)

    def backup_now(self) -> None:
        if self._busy:
            return
        vault = self.ctx.session.vault
        folder = self._folder()
        keep = backups.backup_keep(self.ctx.desk)
        schema = self.ctx.session.store.schema_version()
        now = dt.datetime.now()
        self._set_busy(True, self.tr("Writing and checking the backup…"))
        run_job(
            lambda _cancel: backups.make_backup(
                vault, folder, keep=keep, now=now, schema_version=schema
            ),
            self._backed_up,
            self._failed,
            name="backup",
            on_lock=WAIT,
            pauses_autolock=True,
        )

    def _backed_up(self, info: backups.BackupInfo) -> None:
        self._set_busy(False)
        desk = self.ctx.desk
        # The access-log entry waits for a running import or erasure to commit first.
        job_board().after_writes(lambda: backups.record_backup(desk, info))
        self.refresh_backups()

    def confirm_restore(self) -> None:
        index = self.backup_table.currentIndex()
        rows = self.backup_model.rows
        info = rows[index.row()] if index.isValid() else next((b for b in rows if b.verified), None)
        if info is None:
            return
        if not info.verified:
            QMessageBox.warning(
                self, self.tr("Restore"), self.tr("This backup is damaged; choose another one.")
            )
            return
        when = self._backup_cells(info)[0]
        answer = QMessageBox.question(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace the vault with the backup of {when}? Changes made since then will not "
                "be in it. The current vault is not deleted: it is kept beside it as "
                "'…before-restore'. The vault locks now; unlock it with the passphrase that was "
                "valid when the backup was made."
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.receivers(SIGNAL("restore_requested(QString)")) == 0:  # nobody can lock it
            QMessageBox.information(
                self,
                self.tr("Restore backup"),
                self.tr("Close the vault first, then run: officer-desk restore --vault … --from …"),
            )
            return
        self.restore_requested.emit(str(info.path))

    # -- common ------------------------------------------------------------------------------

    def refresh(self) -> None:
        years = self.privacy.retention_years()
        self.years.blockSignals(True)
        self.years.setValue(years)
        self.years.blockSignals(False)
        self.keep.setValue(backups.backup_keep(self.ctx.desk))
        self.refresh_candidates()
        self.refresh_backups()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        for button in (self.purge_button, self.backup_button, self.restore_button):
            button.setEnabled(not busy)
        if text:
            self.backup_status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.backup_status.setText("")
        QMessageBox.warning(self, self.tr("Privacy"), error_message(exc))
