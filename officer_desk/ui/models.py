"""Item models of the content views.

The student list is lazy: it pages from SQL (``canFetchMore``/``fetchMore``) and sorts and
filters in SQL, so 20,000 students cost one page of rows (docs/ARCHITECTURE.md, "How views
refresh"). The other lists are short (an agenda, one student's records, search hits) and are
list-backed; they are reset as a whole when their data changes.

``data()`` compares the role against pre-computed ints and returns early for every role it
does not serve (measured: ~2,200 ``data()`` calls per painted page).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from officer_desk.domain import codebook
from officer_desk.domain.models import (
    Case,
    Consultation,
    FollowUp,
    OutreachActivity,
    Referral,
    SearchHit,
    StudentRow,
)
from officer_desk.services.desk import Desk
from officer_desk.ui import style
from officer_desk.ui.views.common import fmt_date, fmt_moment

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_USER = int(Qt.ItemDataRole.UserRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_HORIZONTAL = Qt.Orientation.Horizontal
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: Item data role carrying the record (or its id) of a row.
RecordRole = _USER

_BRUSHES: dict[tuple[int, str], QBrush] = {}


def _brush(kind: str) -> QBrush:
    """A signal colour from the current palette (light or dark), cached per palette."""
    pal = style.palette()
    key = (pal.cacheKey(), kind)
    brush = _BRUSHES.get(key)
    if brush is None:
        if kind == "overdue_fg":
            brush = QBrush(style.tone("error", pal))
        elif kind == "overdue_bg":
            brush = QBrush(style.tint("error", pal))
        else:
            brush = QBrush(style.muted(pal))
        if len(_BRUSHES) > 32:
            _BRUSHES.clear()
        _BRUSHES[key] = brush
    return brush


Index = QModelIndex | QPersistentModelIndex


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _Labels:
    """Codebook labels for one language, looked up once (``codebook.label`` scans)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, vocabulary: str, code: str) -> str:
        key = (vocabulary, code)
        text = self._cache.get(key)
        if text is None:
            text = codebook.label(vocabulary, code, self.lang) if code else ""
            self._cache[key] = text
        return text


# --- the lazy student list ------------------------------------------------------------------


class StudentListModel(QAbstractTableModel):
    """Students paged from SQL via :meth:`Desk.list_students`; sort and filter run in SQL."""

    NAME, NUMBER, FACULTY, PHASE, OPEN_CASES, LAST_CONTACT, NEXT_FOLLOW_UP = range(7)
    _ORDER = ("name", "number", "faculty", "phase", "open_cases", "last_contact", "next_follow_up")

    def __init__(
        self,
        desk: Desk,
        lang: str = "en",
        *,
        page_size: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self.page_size = page_size
        self._labels = _Labels(lang)
        self._rows: list[StudentRow] = []
        self._total = 0
        self._filters: dict[str, Any] = {"text": "", "faculty": "", "phase": "", "open_only": False}
        self._order = "name"
        self._descending = False
        self._busy = False
        self._today = dt.date.today()
        self._headers = (
            self.tr("Name"),
            self.tr("Number"),
            self.tr("Faculty"),
            self.tr("Phase"),
            self.tr("Open cases"),
            self.tr("Last contact"),
            self.tr("Next follow-up"),
        )
        self.reload()

    # -- loading -----------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """Number of students matching the current filter (all pages)."""
        return self._total

    def set_filter(
        self,
        *,
        text: str | None = None,
        faculty: str | None = None,
        phase: str | None = None,
        open_only: bool | None = None,
    ) -> None:
        changes = {"text": text, "faculty": faculty, "phase": phase, "open_only": open_only}
        new = dict(self._filters)
        new.update({k: v for k, v in changes.items() if v is not None})
        if new != self._filters:
            self._filters = new
            self.reload()

    def reload(self) -> None:
        """Re-read the first page (after a filter, a sort or a change notification)."""
        self._busy = True
        try:
            self.beginResetModel()
            self._today = self.desk.clock.today()
            self._total = self.desk.count_students(**self._filters)
            self._rows = self._page(0)
            self.endResetModel()
        finally:
            # Views and testers may ask for more while modelReset is being delivered;
            # rows inserted then would nest inside the reset. They ask again afterwards.
            self._busy = False

    def _page(self, offset: int) -> list[StudentRow]:
        return self.desk.list_students(
            **self._filters,
            order=self._order,
            descending=self._descending,
            offset=offset,
            limit=self.page_size,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._busy:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._busy:
            return
        rows = self._page(len(self._rows))
        # A write between pages can shift rows; never show one twice.
        seen = {r.id for r in self._rows[-self.page_size :]}
        rows = [r for r in rows if r.id not in seen]
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self._busy = True  # no nested fetch from handlers of the insert signals
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        finally:
            self._busy = False

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < 7:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return row.display_name
            if col == 1:
                return row.student_number
            if col == 2:
                return self._labels("faculty", row.faculty)
            if col == 3:
                return self._labels("phase", row.phase)
            if col == 4:
                return str(row.open_cases) if row.open_cases else ""
            if col == 5:
                return fmt_date(row.last_contact, self.lang)
            if col == 6:
                return fmt_date(row.next_follow_up, self.lang)
            return None
        if role == _USER:
            return row.id
        if role == _TOOLTIP and col in (0, 2, 3):  # the full text of an elided cell
            return self.data(index, _DISPLAY) or None
        if role == _ALIGN:
            return _RIGHT if col == 4 else None
        if role == _FOREGROUND:
            if col == 6 and row.next_follow_up is not None and row.next_follow_up < self._today:
                return _brush("overdue_fg")
            return None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < 7:
            return
        self._order = self._ORDER[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def student_id(self, row: int) -> int:
        return self._rows[row].id


# --- list-backed models ---------------------------------------------------------------------

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], Any]
    align_right: bool = False


class RecordListModel(QAbstractTableModel, Generic[T]):
    """A short list of records shown read-only in columns; ``set_records`` resets it."""

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.labels = _Labels(lang)
        self._records: list[T] = []
        self._columns: list[Column[T]] = self.columns()

    def columns(self) -> list[Column[T]]:  # pragma: no cover - overridden
        return []

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == _HORIZONTAL and 0 <= section < len(self._columns):
            return self._columns[section].header
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        if role == _DISPLAY:
            value = self._columns[index.column()].text(record)
            return value if isinstance(value, str) else str(value)
        if role == _USER:
            return record
        if role == _ALIGN:
            return _RIGHT if self._columns[index.column()].align_right else None
        extra = self.extra(record, index.column(), role)
        if extra is None and role == _TOOLTIP:
            # The full text of a cell the table elides.
            value = self._columns[index.column()].text(record)
            return (value if isinstance(value, str) else str(value)) or None
        return extra

    def extra(self, record: T, column: int, role: int) -> Any:
        """Other roles (colours, fonts, tooltips) for subclasses."""
        return None


class FollowUpModel(RecordListModel[tuple[FollowUp, str]]):
    """Follow-ups with their student's name; overdue ones are highlighted."""

    def __init__(
        self, lang: str = "en", parent: QObject | None = None, *, show_student: bool = True
    ) -> None:
        self.show_student = show_student
        self.today = dt.date.today()
        super().__init__(lang, parent)

    def columns(self) -> list[Column[tuple[FollowUp, str]]]:
        cols: list[Column[tuple[FollowUp, str]]] = [
            Column(self.tr("Due"), lambda r: fmt_date(r[0].due_date, self.lang)),
            Column(
                self.tr("Time"), lambda r: r[0].due_time.strftime("%H:%M") if r[0].due_time else ""
            ),
        ]
        if self.show_student:
            cols.append(Column(self.tr("Student"), lambda r: r[1]))
        cols += [
            Column(self.tr("Kind"), lambda r: self.labels("follow_up_kind", r[0].kind)),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Note"), lambda r: r[0].note),
        ]
        return cols

    def _status(self, r: tuple[FollowUp, str]) -> str:
        if r[0].is_overdue(self.today):
            return self.tr("Overdue")
        return self.labels("follow_up_status", r[0].status)

    def set_records(
        self, records: Sequence[tuple[FollowUp, str]], today: dt.date | None = None
    ) -> None:
        self.today = today or dt.date.today()
        super().set_records(records)

    def extra(self, record: tuple[FollowUp, str], column: int, role: int) -> Any:
        fu = record[0]
        if fu.is_overdue(self.today):
            if role == _FOREGROUND:
                return _brush("overdue_fg")
            if role == _BACKGROUND:
                return _brush("overdue_bg")
            if role == _FONT and column == 0:
                return _bold()
        elif fu.status != "open" and role == _FOREGROUND:
            return _brush("muted")
        return None


class ConsultationModel(RecordListModel[tuple[Consultation, str]]):
    """Consultations with the student's name (the Today view's recent list)."""

    def columns(self) -> list[Column[tuple[Consultation, str]]]:
        return [
            Column(self.tr("When"), lambda r: fmt_moment(r[0].started_at, self.lang)),
            Column(self.tr("Student"), lambda r: r[1]),
            Column(self.tr("Channel"), lambda r: self.labels("channel", r[0].channel)),
            Column(self.tr("Topic"), lambda r: self.labels("topic", r[0].primary_topic)),
            Column(self.tr("Urgency"), lambda r: self.labels("urgency", r[0].urgency)),
            Column(self.tr("Minutes"), lambda r: r[0].duration_min, align_right=True),
        ]

    def extra(self, record: tuple[Consultation, str], column: int, role: int) -> Any:
        if role == _FOREGROUND and column == 4 and record[0].urgency in ("high", "crisis"):
            return _brush("overdue_fg")
        return None


class NoteHitModel(RecordListModel[SearchHit]):
    """Full-text matches in notes; the snippet marks matches with [brackets]."""

    def columns(self) -> list[Column[SearchHit]]:
        return [
            Column(self.tr("Student"), lambda h: h.display_name),
            Column(self.tr("Consultation"), lambda h: fmt_date(h.started_at.date(), self.lang)),
            Column(self.tr("Note"), lambda h: self.labels("note_layer", h.layer)),
            Column(self.tr("Match"), lambda h: " ".join(h.snippet.split())),
        ]


class CaseModel(RecordListModel[Case]):
    def columns(self) -> list[Column[Case]]:
        return [
            Column(self.tr("Opened"), lambda c: fmt_date(c.opened_on, self.lang)),
            Column(self.tr("Primary concern"), lambda c: self.labels("topic", c.primary_concern)),
            Column(self.tr("Status"), lambda c: self.labels("case_status", c.status)),
            Column(self.tr("Closed"), lambda c: fmt_date(c.closed_on, self.lang)),
            Column(self.tr("Reason"), lambda c: self.labels("close_reason", c.close_reason)),
        ]

    def extra(self, record: Case, column: int, role: int) -> Any:
        if role == _FONT and record.status == "open" and column == 2:
            return _bold()
        if role == _FOREGROUND and record.status == "closed":
            return _brush("muted")
        return None


TimelineItem = Consultation | Referral | FollowUp


def timeline_date(item: TimelineItem) -> dt.datetime:
    if isinstance(item, Consultation):
        return item.started_at
    if isinstance(item, Referral):
        return dt.datetime.combine(item.proposed_on, dt.time(0, 0))
    return dt.datetime.combine(item.due_date, item.due_time or dt.time(0, 0))


def build_timeline(
    consultations: Sequence[Consultation],
    referrals: Sequence[Referral],
    follow_ups: Sequence[FollowUp],
) -> list[TimelineItem]:
    """Everything on one student's timeline, newest first (a referral made in a
    consultation sorts just after it)."""
    kind_rank = {Consultation: 0, Referral: 1, FollowUp: 2}
    items: list[TimelineItem] = [*consultations, *referrals, *follow_ups]
    items.sort(
        key=lambda i: (
            timeline_date(i).date(),
            kind_rank[type(i)] == 2,
            timeline_date(i),
            -kind_rank[type(i)],
            i.id,
        ),
        reverse=True,
    )
    return items


class TimelineModel(RecordListModel[TimelineItem]):
    """A student's consultations, referrals and follow-ups, newest first."""

    def __init__(self, lang: str = "en", parent: QObject | None = None) -> None:
        self.today = dt.date.today()
        super().__init__(lang, parent)

    def columns(self) -> list[Column[TimelineItem]]:
        return [
            Column(self.tr("Date"), self._date),
            Column(self.tr("What"), self._kind),
            Column(self.tr("Status"), self._status),
            Column(self.tr("Details"), self._details),
        ]

    def set_records(self, records: Sequence[TimelineItem], today: dt.date | None = None) -> None:
        self.today = today or dt.date.today()
        super().set_records(records)

    def _date(self, item: TimelineItem) -> str:
        if isinstance(item, Consultation):
            return fmt_moment(item.started_at, self.lang)
        if isinstance(item, Referral):
            return fmt_date(item.proposed_on, self.lang)
        text = fmt_date(item.due_date, self.lang)
        return f"{text} {item.due_time:%H:%M}" if item.due_time else text

    def _kind(self, item: TimelineItem) -> str:
        if isinstance(item, Consultation):
            return self.tr("Consultation")
        if isinstance(item, Referral):
            return self.tr("Referral")
        return self.tr("Follow-up")

    def _status(self, item: TimelineItem) -> str:
        if isinstance(item, Consultation):
            return self.tr("Finalised") if item.finalised_at else self.tr("Editable")
        if isinstance(item, Referral):
            return self.labels("referral_status", item.status)
        if item.is_overdue(self.today):
            return self.tr("Overdue")
        return self.labels("follow_up_status", item.status)

    def _details(self, item: TimelineItem) -> str:
        if isinstance(item, Consultation):
            topics = ", ".join(self.labels("topic", t) for t in item.topics)
            return self.tr("{channel}, {minutes} min · {topics} · urgency {urgency}").format(
                channel=self.labels("channel", item.channel),
                minutes=item.duration_min,
                topics=topics,
                urgency=self.labels("urgency", item.urgency).lower(),
            )
        if isinstance(item, Referral):
            text = self.labels("destination", item.destination)
            return f"{text} · {item.outcome}" if item.outcome else text
        text = self.labels("follow_up_kind", item.kind)
        return f"{text} · {item.note}" if item.note else text

    def extra(self, record: TimelineItem, column: int, role: int) -> Any:
        if role == _TOOLTIP and column == 3:
            return self._details(record)  # the column is often too narrow for all of it
        if isinstance(record, FollowUp):
            if record.is_overdue(self.today):
                if role == _FOREGROUND:
                    return _brush("overdue_fg")
                if role == _BACKGROUND:
                    return _brush("overdue_bg")
            elif record.status != "open" and role == _FOREGROUND:
                return _brush("muted")
        elif isinstance(record, Consultation) and role == _FONT and column == 1:
            return _bold()
        return None


class OutreachModel(RecordListModel[OutreachActivity]):
    def columns(self) -> list[Column[OutreachActivity]]:
        return [
            Column(self.tr("Date"), lambda a: fmt_date(a.held_on, self.lang)),
            Column(self.tr("Activity"), lambda a: self.labels("outreach_type", a.activity_type)),
            Column(self.tr("Participants"), lambda a: a.participants, align_right=True),
            Column(self.tr("Description"), lambda a: a.description),
        ]
