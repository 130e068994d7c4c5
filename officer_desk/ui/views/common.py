"""Small pieces shared by the content views: formatting, vocabulary combos, error display,
the reschedule dialog and the base class that refreshes on change notifications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.errors import OfficerDeskError
from officer_desk.ui import style
from officer_desk.ui.messages import error_message

if TYPE_CHECKING:
    from officer_desk.domain.models import FollowUp
    from officer_desk.services.desk import Desk
    from officer_desk.ui.context import UiContext

_LOCALES: dict[str, QLocale] = {}


def locale(lang: str) -> QLocale:
    loc = _LOCALES.get(lang)
    if loc is None:
        loc = QLocale(
            QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom,
        )
        _LOCALES[lang] = loc
    return loc


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def fmt_date(day: dt.date | None, lang: str) -> str:
    """Unambiguous short date in the display language ("3 Mar 2026" / "3 mrt 2026")."""
    if day is None:
        return ""
    return locale(lang).toString(qdate(day), "d MMM yyyy")


def fmt_moment(moment: dt.datetime | None, lang: str) -> str:
    if moment is None:
        return ""
    return f"{fmt_date(moment.date(), lang)} {moment:%H:%M}"


def error_text(err: OfficerDeskError) -> str:
    """The translated message of a service error (see ``officer_desk.ui.messages``)."""
    return error_message(err)


def show_error(parent: QWidget, err: OfficerDeskError) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Views", "Officer Desk"), error_text(err)
    )


def fill_vocab(
    combo: QComboBox,
    vocabulary: str,
    lang: str,
    *,
    any_label: str | None = None,
    only: Iterable[str] | None = None,
) -> None:
    """Fill ``combo`` with the labels of a codebook vocabulary (codes as item data)."""
    combo.clear()
    if any_label is not None:
        combo.addItem(any_label, "")
    allowed = set(only) if only is not None else None
    for code in codebook.codes(vocabulary):
        if allowed is None or code in allowed:
            combo.addItem(codebook.label(vocabulary, code, lang), code)


def select_code(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


class HouseTable(QTableView):
    """A read-only, row-selecting table with the house look. When its model has no rows it
    says what to do instead of showing a blank white block (``set_empty_text``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = ""

    def set_empty_text(self, text: str) -> None:
        """The hint painted in the middle of the table while it has no rows."""
        self._empty_text = text
        self.viewport().update()

    def empty_text(self) -> str:
        return self._empty_text

    def is_showing_empty_text(self) -> bool:
        model = self.model()
        return bool(self._empty_text) and (model is None or model.rowCount() == 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.is_showing_empty_text():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        rect = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self._empty_text
        )
        painter.end()


def make_table(parent: QWidget | None = None, *, empty_text: str = "") -> HouseTable:
    """A read-only, row-selecting table with the house look: no grid, columns sized to their
    content, long text elided at the right (the full text belongs in the model's tooltip)."""
    view = HouseTable(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    )
    # resizeColumnsToContents() looks at this many rows, not all of them (it asks data()
    # for every cell and role: 15 ms for 60 rows).
    view.horizontalHeader().setResizeContentsPrecision(25)
    if empty_text:
        view.set_empty_text(empty_text)
    return view


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A view's title (see ``officer_desk.ui.style``)."""
    return style.heading(text, parent)


class BaseView(QWidget):
    """A content view: refreshes when a record kind it shows changes.

    One save emits several kinds (a consultation also changes cases, referrals, follow-ups
    and the student list); the view refreshes once, on the next turn of the event loop, so
    the save returns at once. A hidden view only remembers that it is stale and refreshes
    when it is shown again."""

    #: The view's key in the window (sidebar, ``show_view``); set by every view.
    view_id = ""
    #: Record kinds (``officer_desk.services.desk.*``) that make this view refresh.
    kinds: frozenset[str] = frozenset()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_now)
        ctx.changed.connect(self._on_changed)

    def title(self) -> str:
        """The view's name in the sidebar, the View menu and the window title."""
        raise NotImplementedError

    def refresh(self) -> None:  # pragma: no cover - overridden
        """Re-read what the view shows."""

    @property
    def refresh_pending(self) -> bool:
        return self._refresh_timer.isActive() or self._stale

    def _on_changed(self, kind: str) -> None:
        if kind not in self.kinds:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def _refresh_now(self) -> None:
        self._stale = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh_timer.start()


def plain_weekends(calendar: QCalendarWidget) -> QCalendarWidget:
    """Saturdays and Sundays in the text colour like other days (Qt paints them red, which
    reads as "overdue" next to the follow-up marks)."""
    fmt = QTextCharFormat()
    fmt.setForeground(calendar.palette().brush(QPalette.ColorRole.Text))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, fmt)
    return calendar


class DatePickDialog(QDialog):
    """Pick a date with the keyboard or mouse (used for Reschedule…)."""

    def __init__(
        self,
        title: str,
        initial: dt.date,
        parent: QWidget | None = None,
        *,
        minimum: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setAccessibleName(title)
        plain_weekends(self.calendar)
        if minimum is not None:
            self.calendar.setMinimumDate(qdate(minimum))
        self.calendar.setSelectedDate(qdate(initial))
        self.calendar.activated.connect(self.accept)
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.calendar.setFocus()

    def date(self) -> dt.date:
        return pydate(self.calendar.selectedDate())

    @staticmethod
    def ask(
        parent: QWidget, title: str, initial: dt.date, minimum: dt.date | None = None
    ) -> dt.date | None:
        dialog = DatePickDialog(title, initial, parent, minimum=minimum)
        return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None


def change_follow_up(
    parent: QWidget,
    desk: Desk,
    follow_up: FollowUp,
    status: str,
    day: dt.date | None = None,
) -> None:
    """Mark a follow-up done, missed or cancelled, or (status "open" with a day) move it;
    a refusal from the service is shown to the officer."""
    try:
        if status == "done":
            desk.complete_follow_up(follow_up.id)
        elif status == "missed":
            desk.miss_follow_up(follow_up.id)
        elif status == "cancelled":
            desk.cancel_follow_up(follow_up.id)
        elif status == "open" and day is not None:
            desk.reschedule_follow_up(follow_up.id, day, follow_up.due_time)
    except OfficerDeskError as err:
        show_error(parent, err)


def ask_reschedule_day(
    parent: QWidget, title: str, follow_up: FollowUp, today: dt.date
) -> dt.date | None:
    """The new due day for a follow-up (default: a week after it or after today)."""
    return DatePickDialog.ask(parent, title, max(follow_up.due_date, today) + dt.timedelta(days=7))
