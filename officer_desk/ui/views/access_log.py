"""The access log: every view, change, export, report, erasure, purge and backup, newest
first, filterable by action, record type and date; verify the hash chain; save as CSV.

The list pages from SQL (``canFetchMore``/``fetchMore``); entries hold internal ids and action
names only, never personal data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.domain.models import ACCESS_LOG_ACTIONS, AccessLogEntry
from officer_desk.errors import NotFound
from officer_desk.services import desk as kinds
from officer_desk.services.files import save_private_file
from officer_desk.ui import style
from officer_desk.ui.context import UiContext
from officer_desk.ui.icons import icon
from officer_desk.ui.messages import error_message
from officer_desk.ui.tasks import WAIT, run_job
from officer_desk.ui.views.common import BaseView, fmt_date, heading, make_table, pydate, qdate

PAGE = 500
RECORD_TYPES = ("student", "case", "consultation", "referral", "follow_up", "vault", "report")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _t(text: str) -> str:
    return QCoreApplication.translate("AccessLogView", text)


def _action_label(action: str) -> str:
    labels = {
        "vault_created": _t("Vault created"),
        "unlocked": _t("Unlocked"),
        "viewed": _t("Viewed"),
        "created": _t("Created"),
        "updated": _t("Changed"),
        "exported": _t("Exported"),
        "reported": _t("Report made"),
        "released": _t("Report released"),
        "erased": _t("Erased"),
        "purged": _t("Deleted (retention)"),
        "imported": _t("Imported"),
        "backup": _t("Backup"),
        "restored": _t("Restored"),
        "passphrase_changed": _t("Passphrase changed"),
        "merged": _t("Merged"),
    }
    return labels.get(action, action)


def _type_label(record_type: str) -> str:
    labels = {
        "student": _t("Student"),
        "case": _t("Case"),
        "consultation": _t("Consultation"),
        "referral": _t("Referral"),
        "follow_up": _t("Follow-up"),
        "vault": _t("Vault"),
        "report": _t("Report"),
    }
    return labels.get(record_type, record_type)


def _detail_label(e: AccessLogEntry, lang: str) -> str:
    """The entry's detail in words (it is stored as codes, never personal data)."""
    detail = e.detail or ""
    tr = QCoreApplication.translate
    if e.record_type == "follow_up" and codebook.is_valid("follow_up_status", detail):
        return codebook.label("follow_up_status", detail, lang)
    if e.record_type == "referral" and codebook.is_valid("referral_status", detail):
        return codebook.label("referral_status", detail, lang)
    head, _, tail = detail.partition(":")
    if detail == "finalised":
        return tr("AccessLogView", "note finalised")
    if detail == "closed":
        return tr("AccessLogView", "case closed")
    if detail == "reopened":
        return tr("AccessLogView", "case reopened")
    if head == "note" and codebook.is_valid("note_layer", tail):
        return tr("AccessLogView", "edited: {note}").format(
            note=codebook.label("note_layer", tail, lang)
        )
    if head == "addendum" and codebook.is_valid("note_layer", tail):
        return tr("AccessLogView", "addendum to: {note}").format(
            note=codebook.label("note_layer", tail, lang)
        )
    if head == "merged" and tail.isdigit():
        return tr("AccessLogView", "merged with student {id}").format(id=tail)
    if detail in ("legal_hold:on", "legal_hold:off"):
        on = detail.endswith("on")
        return tr("AccessLogView", "legal hold on") if on else tr("AccessLogView", "legal hold off")
    if detail == "recovery":
        return tr("AccessLogView", "with the recovery key")
    if detail == "key rotated":
        return tr("AccessLogView", "vault key replaced")
    if e.action == "reported" and tail in ("draft", "released"):
        state = (
            tr("AccessLogView", "released figures")
            if tail == "released"
            else tr("AccessLogView", "not released")
        )
        return f"{head} · {state}"
    return detail


class AccessLogModel(QAbstractTableModel):
    """Access-log entries, fetched a page at a time."""

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filters: dict[str, Any] = {}
        self._rows: list[AccessLogEntry] = []
        self._more = True
        self._headers = [
            _t("#"),
            _t("When"),
            _t("Action"),
            _t("Record"),
            _t("Detail"),
        ]

    def reload(self, **filters: Any) -> None:
        self.beginResetModel()
        self.filters = filters
        self._rows = []
        self._more = True
        self._fetch()
        self.endResetModel()

    def _fetch(self) -> list[AccessLogEntry]:
        chunk = self.ctx.desk.access_log(offset=len(self._rows), limit=PAGE, **self.filters)
        self._more = len(chunk) == PAGE
        self._rows.extend(chunk)
        return chunk

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or not self._more:
            return
        start = len(self._rows)
        chunk = self.ctx.desk.access_log(offset=start, limit=PAGE, **self.filters)
        if not chunk:
            self._more = False
            return
        self.beginInsertRows(QModelIndex(), start, start + len(chunk) - 1)
        self._rows.extend(chunk)
        self._more = len(chunk) == PAGE
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def entry(self, row: int) -> AccessLogEntry:
        return self._rows[row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            e = self._rows[index.row()]
            col = index.column()
            if col == 0:
                return str(e.id)
            if col == 1:
                return f"{fmt_date(e.at.date(), self.ctx.lang)} {e.at:%H:%M:%S}" if e.at else ""
            if col == 2:
                return _action_label(e.action)
            if col == 3:
                rid = "" if e.record_id is None else f" {e.record_id}"
                return f"{_type_label(e.record_type)}{rid}"
            return _detail_label(e, self.ctx.lang)
        if role == _ALIGN and index.column() == 0:
            return _RIGHT
        if role == _USER:
            return self._rows[index.row()]
        return None


class AccessLogView(BaseView):
    view_id = "access_log"
    kinds = frozenset(
        {
            kinds.ACCESS_LOG,
            kinds.STUDENTS,
            kinds.CASES,
            kinds.CONSULTATIONS,
            kinds.REFERRALS,
            kinds.FOLLOW_UPS,
            kinds.SETTINGS,
        }
    )

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = style.view_layout(self)
        layout.addWidget(heading(self.tr("Access log"), self))
        intro = QLabel(
            self.tr(
                "Every view, change, export, report, erasure and backup, newest first. Entries "
                "are chained by hashes, so any later change to the log shows when you verify it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        filters = style.FlowLayout()
        self.action = QComboBox(self)
        self.action.addItem(self.tr("All actions"), "")
        for action in ACCESS_LOG_ACTIONS:
            self.action.addItem(_action_label(action), action)
        self.record_type = QComboBox(self)
        self.record_type.addItem(self.tr("All records"), "")
        for rtype in RECORD_TYPES:
            self.record_type.addItem(_type_label(rtype), rtype)
        self.use_since = QCheckBox(self.tr("From"), self)
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("d MMM yyyy")
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.use_until = QCheckBox(self.tr("to"), self)
        self.until = QDateEdit(self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("d MMM yyyy")
        self.until.setDate(QDate.currentDate())
        for combo in (self.action, self.record_type):
            filters.addWidget(combo)
        filters.addSpacing(12)
        for widget in (self.use_since, self.since, self.use_until, self.until):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = AccessLogModel(ctx, self)
        self.table = make_table(
            self,
            empty_text=self.tr(
                "No entries match these filters. Choose All actions and All "
                "records, or widen the dates."
            ),
        )
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Access log entries"))
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.clicked.connect(self.verify)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"), self)
        self.csv_button.clicked.connect(self.save_csv)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.csv_button)
        layout.addLayout(bottom)
        style.reserve_space(self.status, lines=2)
        self.verify_button.setIcon(icon("checklist"))
        self.csv_button.setIcon(icon("save_file"))

        self.action.currentIndexChanged.connect(self.refresh)
        self.record_type.currentIndexChanged.connect(self.refresh)
        for box in (self.use_since, self.use_until):
            box.toggled.connect(self.refresh)
        self.since.dateChanged.connect(self._date_changed)
        self.until.dateChanged.connect(self._date_changed)
        self.since.setEnabled(False)
        self.until.setEnabled(False)
        self.use_since.toggled.connect(self.since.setEnabled)
        self.use_until.toggled.connect(self.until.setEnabled)
        self.refresh()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 170))
        self.table.setColumnWidth(2, max(self.table.columnWidth(2), 150))
        self.table.setColumnWidth(3, max(self.table.columnWidth(3), 140))

    def title(self) -> str:
        return self.tr("Access log")

    def filters(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "action": self.action.currentData() or "",
            "record_type": self.record_type.currentData() or "",
        }
        if self.use_since.isChecked():
            out["since"] = pydate(self.since.date())
        if self.use_until.isChecked():
            out["until"] = pydate(self.until.date())
        return out

    def _date_changed(self) -> None:
        if self.use_since.isChecked() or self.use_until.isChecked():
            self.refresh()

    def refresh(self) -> None:
        self.model.reload(**self.filters())

    def set_date_range(self, since: dt.date | None, until: dt.date | None) -> None:
        if since is not None:
            self.since.setDate(qdate(since))
        if until is not None:
            self.until.setDate(qdate(until))
        self.use_since.setChecked(since is not None)
        self.use_until.setChecked(until is not None)
        self.refresh()

    def _open(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry.record_type == "student" and entry.record_id is not None:
            try:
                self.ctx.desk.student(entry.record_id)
            except NotFound:  # erased or purged: nothing to open
                self.status.setText(self.tr("This student's record no longer exists."))
                return
            self.ctx.open_student_requested.emit(entry.record_id)

    def verify(self) -> None:
        report = self.ctx.desk.verify_access_log()
        if report.ok:
            self.status.setText(self.tr("The chain of %n entries is intact.", "", report.entries))
        else:
            self.status.setText(
                self.tr(
                    "The log was changed: the chain breaks at entry {id}. "
                    "Restore a backup and report this."
                ).format(id=report.first_broken_id)
            )

    def save_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save access log"), "access-log.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.write_csv(Path(path))

    def write_csv(self, path: Path) -> None:
        """Collect the filtered entries here, write the file (0600, safe save) in a worker."""
        rows: list[AccessLogEntry] = []
        while True:
            chunk = self.ctx.desk.access_log(offset=len(rows), limit=5000, **self.filters())
            rows.extend(chunk)
            if len(chunk) < 5000:
                break
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(("id", "at", "action", "record_type", "record_id", "detail", "hash"))
        for e in reversed(rows):
            writer.writerow(
                (
                    e.id,
                    e.at.isoformat(timespec="seconds") if e.at else "",
                    e.action,
                    e.record_type,
                    "" if e.record_id is None else e.record_id,
                    e.detail,
                    e.hash,
                )
            )
        data = buf.getvalue().encode("utf-8")
        self.csv_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        count = len(rows)
        run_job(
            lambda _cancel: save_private_file(path, data),
            lambda _r: self._saved(count),
            self._failed,
            name="access log export",
            on_lock=WAIT,
        )

    def _saved(self, count: int) -> None:
        self.csv_button.setEnabled(True)
        self.status.setText(self.tr("%n entries saved.", "", count))

    def _failed(self, exc: BaseException) -> None:
        self.csv_button.setEnabled(True)
        self.status.setText("")
        QMessageBox.warning(self, self.tr("Access log"), error_message(exc))
