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

from officer_desk.domain import codebook, texts
from officer_desk.domain.models import ACCESS_LOG_ACTIONS, AccessLogEntry
from officer_desk.domain.period import display_label
from officer_desk.errors import NotFound
from officer_desk.services import desk as kinds
from officer_desk.services.desk import LogStudent
from officer_desk.services.files import save_private_file
from officer_desk.ui import style
from officer_desk.ui.context import UiContext
from officer_desk.ui.icons import icon
from officer_desk.ui.keyboard import one_tab_stop
from officer_desk.ui.messages import error_message
from officer_desk.ui.tasks import WAIT, run_job
from officer_desk.ui.views.common import (
    BaseView,
    fmt_date,
    fmt_moment,
    heading,
    make_table,
    pydate,
    qdate,
)

PAGE = 500
RECORD_TYPES = ("student", "case", "consultation", "referral", "follow_up", "vault", "report")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def tr(context: str, text: str) -> str:
    """``QCoreApplication.translate`` under the name ``tools/i18n.py`` extracts from."""
    return QCoreApplication.translate(context, text)


def _action_label(action: str) -> str:
    """An action as a filter choice ("Opened", "Erased", …)."""
    labels = {
        "vault_created": tr("AccessLogView", "Vault created"),
        "unlocked": tr("AccessLogView", "Vault unlocked"),
        "viewed": tr("AccessLogView", "Opened"),
        "created": tr("AccessLogView", "Added"),
        "updated": tr("AccessLogView", "Changed"),
        "exported": tr("AccessLogView", "Exported"),
        "reported": tr("AccessLogView", "Report made"),
        "released": tr("AccessLogView", "Report released"),
        "erased": tr("AccessLogView", "Erased"),
        "purged": tr("AccessLogView", "Deleted after the retention period"),
        "imported": tr("AccessLogView", "Imported"),
        "backup": tr("AccessLogView", "Backup made"),
        "restored": tr("AccessLogView", "Backup restored"),
        "passphrase_changed": tr("AccessLogView", "Passphrase or vault key changed"),
        "merged": tr("AccessLogView", "Faculty reports combined"),
        "moved": tr("AccessLogView", "Moved to another student"),
    }
    return labels.get(action, action)


def _type_label(record_type: str, lang: str) -> str:
    pair = texts.ACCESS_LOG_RECORD.get(record_type)
    return texts.pick(pair, lang) if pair else record_type


def _what(e: AccessLogEntry, lang: str = "en") -> str:
    """What happened, as a sentence an officer recognises ("Opened student record");
    the sentences live in ``domain/texts.py`` so the subject-access copy says the same."""
    key = texts.access_log_what(e.action, e.record_type, e.detail or "")
    return texts.say(texts.ACCESS_LOG_WHAT, key, lang) if key else e.action


def _detail_label(e: AccessLogEntry, lang: str) -> str:
    """The entry's detail in words (it is stored as codes, never personal data)."""
    detail = e.detail or ""
    if e.record_type == "follow_up" and codebook.is_valid("follow_up_status", detail):
        return codebook.label("follow_up_status", detail, lang)
    if e.record_type == "referral" and codebook.is_valid("referral_status", detail):
        return codebook.label("referral_status", detail, lang)
    head, _, tail = detail.partition(":")
    if detail in ("finalised", "closed", "reopened", "legal_hold:on", "legal_hold:off"):
        return ""  # said in full by the "What" column
    if detail in ("recovery", "key rotated"):
        return ""
    if head in ("note", "addendum") and codebook.is_valid("note_layer", tail):
        return codebook.label("note_layer", tail, lang)
    if e.action == "moved" and head == "from":
        parts = dict(p.split(":", 1) for p in detail.split(";") if ":" in p)
        return tr("AccessLogView", "from student {a} to student {b}").format(
            a=parts.get("from", "?"), b=parts.get("to", "?")
        )
    if head == "merged" and tail.isdigit():
        return tr("AccessLogView", "the duplicate's records now belong here")
    if head == "subject_access":
        return " + ".join(part.upper() for part in tail.split("+") if part)
    if head == "retention" and tail.endswith("y") and tail[:-1].isdigit():
        return QCoreApplication.translate(
            "AccessLogView", "kept %n year(s) after the last activity", "", int(tail[:-1])
        )
    if e.action == "reported" and tail in ("draft", "released"):
        state = (
            tr("AccessLogView", "released figures")
            if tail == "released"
            else tr("AccessLogView", "draft, not released")
        )
        return f"{display_label(head, lang)} · {state}"
    if e.action in ("released", "merged"):
        return display_label(detail, lang)
    if e.action == "exported" and e.record_type == "export":
        return _export_detail(detail)
    if e.action == "imported":
        return _import_detail(detail)
    return detail


def _counts(detail: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in detail.replace(":", ";").split(";"):
        key, _, value = part.partition("=")
        if value.isdigit():
            out[key] = int(value)
    return out


def _export_detail(detail: str) -> str:
    """``students:csv:rows=12`` -> "Students (CSV), rows: 12"."""
    what, _, rest = detail.partition(":")
    fmt = rest.partition(":")[0].upper()
    counts = _counts(detail)
    names = {
        "students": tr("AccessLogView", "Students"),
        "follow-ups": tr("AccessLogView", "Follow-ups"),
        "referrals": tr("AccessLogView", "Referrals"),
        "calendar": tr("AccessLogView", "Calendar"),
    }
    if "events" in counts:
        amount = tr("AccessLogView", "appointments: {n}").format(n=counts["events"])
    else:
        amount = tr("AccessLogView", "rows: {n}").format(n=counts.get("rows", 0))
    return f"{names.get(what, what)} ({fmt}), {amount}"


def _import_detail(detail: str) -> str:
    counts = _counts(detail)
    if "rows" not in counts:
        return detail
    return tr("AccessLogView", "rows imported: {n}, left out: {skipped}").format(
        n=counts["rows"], skipped=counts.get("skipped", 0)
    )


class AccessLogModel(QAbstractTableModel):
    """Access-log entries, fetched a page at a time."""

    def __init__(self, ctx: UiContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filters: dict[str, Any] = {}
        self._rows: list[AccessLogEntry] = []
        #: Who each entry is about, looked up when shown (the log itself holds ids only).
        self._students: dict[int, LogStudent] = {}
        self._more = True
        self._headers = [
            tr("AccessLogView", "No."),
            tr("AccessLogView", "When"),
            tr("AccessLogView", "What"),
            tr("AccessLogView", "Student"),
            tr("AccessLogView", "Details"),
        ]

    def reload(self, **filters: Any) -> None:
        self.beginResetModel()
        self.filters = filters
        self._rows = []
        self._students = {}
        self._more = True
        self._fetch()
        self.endResetModel()

    def _fetch(self) -> list[AccessLogEntry]:
        chunk = self.ctx.desk.access_log(offset=len(self._rows), limit=PAGE, **self.filters)
        self._more = len(chunk) == PAGE
        self._rows.extend(chunk)
        self._students.update(self.ctx.desk.log_students(chunk))
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
        self._students.update(self.ctx.desk.log_students(chunk))
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

    def student(self, row: int) -> LogStudent | None:
        """The student the entry at ``row`` is about (None: the vault, a report, a list)."""
        return self._students.get(self._rows[row].id)

    def _who(self, e: AccessLogEntry) -> str:
        who = self._students.get(e.id)
        if who is None:
            return ""
        return tr("AccessLogView", "erased student") if who.erased else who.name

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY:
            e = self._rows[index.row()]
            col = index.column()
            if col == 0:
                return str(e.id)
            if col == 1:
                return fmt_moment(e.at, self.ctx.lang)  # to the minute
            if col == 2:
                return _what(e, self.ctx.lang)
            if col == 3:
                return self._who(e)
            return _detail_label(e, self.ctx.lang)
        if role == _ALIGN and index.column() == 0:
            return _RIGHT
        if role == _TOOLTIP:
            e = self._rows[index.row()]
            if index.column() == 1 and e.at:
                return fmt_date(e.at.date(), self.ctx.lang) + f" {e.at:%H:%M:%S}"
            if index.column() == 3 and e.record_id is not None:
                return tr("AccessLogView", "{record}, internal number {id}").format(
                    record=_type_label(e.record_type, self.ctx.lang), id=e.record_id
                )
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
                "Every time a student's record was opened, changed, exported or erased, and "
                "every report and backup, newest first. The log is protected against changes: "
                "Check the log tells you whether anything in it was altered or removed."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setToolTip(
            self.tr(
                "Each entry carries a SHA-256 hash of itself and of the entry before it (a hash "
                "chain); the newest hash is also kept in the key file and in backups."
            )
        )
        layout.addWidget(intro)

        filters = style.FlowLayout()
        self.action = QComboBox(self)
        self.action.addItem(self.tr("All actions"), "")
        self.action.setAccessibleName(self.tr("Action"))
        for action in ACCESS_LOG_ACTIONS:
            self.action.addItem(_action_label(action), action)
        self.record_type = QComboBox(self)
        self.record_type.addItem(self.tr("All records"), "")
        self.record_type.setAccessibleName(self.tr("Kind of record"))
        for rtype in RECORD_TYPES:
            self.record_type.addItem(_type_label(rtype, ctx.lang), rtype)
        self.use_since = QCheckBox(self.tr("From"), self)
        self.since = one_tab_stop(QDateEdit(self))
        self.since.setCalendarPopup(True)
        self.since.setAccessibleName(self.tr("From date"))
        self.since.setDisplayFormat("d MMM yyyy")
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.use_until = QCheckBox(self.tr("to"), self)
        self.until = one_tab_stop(QDateEdit(self))
        self.until.setCalendarPopup(True)
        self.until.setAccessibleName(self.tr("To date"))
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
        self.verify_button = QPushButton(self.tr("Check the &log"), self)
        self.verify_button.setToolTip(
            self.tr("Recompute the hash chain of every entry to find any change")
        )
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
        who = self.model.student(index.row())
        if who is None:
            return
        if who.student_id is not None:
            try:
                self.ctx.desk.student(who.student_id)
            except NotFound:  # erased since the list was read
                who = LogStudent(None, "")
            else:
                self.ctx.open_student_requested.emit(who.student_id)
                return
        self.status.setText(self.tr("This student's record no longer exists."))

    def verify(self) -> None:
        report = self.ctx.desk.verify_access_log()
        if report.ok:
            self.status.setText(
                self.tr(
                    "The log is intact: none of its %n entries was changed.", "", report.entries
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "The log was changed at entry no. {id}. Restore a backup and report this."
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
