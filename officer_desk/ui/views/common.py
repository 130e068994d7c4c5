"""Small pieces shared by the content views: formatting, vocabulary combos, error display,
the reschedule dialog and the base class that refreshes on change notifications."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QShowEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.errors import OfficerDeskError, VaultLocked
from officer_desk.ui import style
from officer_desk.ui.messages import error_message

if TYPE_CHECKING:
    from officer_desk.domain.models import FollowUp
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
    if isinstance(err, VaultLocked):  # the lock came first: nothing to tell, nothing done
        return
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
        self._columns_fitted = False

    def resizeColumnsToContents(self) -> None:
        """Size the columns to their content the first time the table has rows; afterwards
        keep the widths, so a refresh never collapses a column (an empty table would) nor
        undoes the officer's resizing."""
        model = self.model()
        if model is None or model.rowCount() == 0 or self._columns_fitted:
            return
        super().resizeColumnsToContents()
        self._columns_fitted = True

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
    """Pick a date (and, with ``with_time``, an optional time) with the keyboard or mouse;
    ``about`` says what is being moved (used for Reschedule…)."""

    def __init__(
        self,
        title: str,
        initial: dt.date,
        parent: QWidget | None = None,
        *,
        minimum: dt.date | None = None,
        about: str = "",
        detail: str = "",
        with_time: bool = False,
        time: dt.time | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.about = style.subheading(about, self)
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setVisible(bool(about))
        layout.addWidget(self.about)
        self.detail = QLabel(detail, self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setVisible(bool(detail))
        layout.addWidget(self.detail)
        if about or detail:
            self.setMinimumWidth(380)
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
        self.time_check = QCheckBox(QCoreApplication.translate("Views", "At a &time:"), self)
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        start = time or dt.time(9, 0)
        self.time_edit.setTime(QtCore.QTime(start.hour, start.minute))
        self.time_edit.setAccessibleName(QCoreApplication.translate("Views", "Time"))
        self.time_check.setChecked(time is not None)
        self.time_edit.setEnabled(time is not None)
        self.time_check.toggled.connect(self.time_edit.setEnabled)
        time_row = QHBoxLayout()
        time_row.addWidget(self.time_check)
        time_row.addWidget(self.time_edit)
        time_row.addStretch(1)
        layout.addLayout(time_row)
        for widget in (self.time_check, self.time_edit):
            widget.setVisible(with_time)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.calendar.setFocus()

    def date(self) -> dt.date:
        return pydate(self.calendar.selectedDate())

    def time(self) -> dt.time | None:
        if not self.time_check.isChecked():
            return None
        t = self.time_edit.time()
        return dt.time(t.hour(), t.minute())

    @staticmethod
    def ask(
        parent: QWidget, title: str, initial: dt.date, minimum: dt.date | None = None
    ) -> dt.date | None:
        dialog = DatePickDialog(title, initial, parent, minimum=minimum)
        return dialog.date() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @staticmethod
    def ask_when(
        parent: QWidget,
        title: str,
        initial: dt.date,
        *,
        about: str = "",
        detail: str = "",
        time: dt.time | None = None,
    ) -> tuple[dt.date, dt.time | None] | None:
        """A day and an optional time, or None when cancelled (or closed by a lock)."""
        dialog = DatePickDialog(
            title, initial, parent, about=about, detail=detail, with_time=True, time=time
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.date(), dialog.time()


def fmt_due(day: dt.date, time: dt.time | None, lang: str) -> str:
    """A due date with its time, if any ("3 Mar 2026 14:00")."""
    return fmt_date(day, lang) + (f" {time:%H:%M}" if time else "")


def follow_up_change_text(status: str, name: str, when: str = "") -> str:
    """What a follow-up action did, in words ("Follow-up with Sem de Boer marked done")."""
    tr = QCoreApplication.translate
    if status == "done":
        text = tr("Views", "Follow-up with {name} marked done")
    elif status == "missed":
        text = tr("Views", "Follow-up with {name} marked missed")
    elif status == "cancelled":
        text = tr("Views", "Follow-up with {name} cancelled")
    else:
        text = tr("Views", "Follow-up with {name} moved to {when}")
    return text.format(name=name, when=when)


def change_follow_up(
    parent: QWidget,
    ctx: UiContext,
    follow_up: FollowUp,
    status: str,
    day: dt.date | None = None,
    *,
    due_time: dt.time | None = None,
    name: str = "",
) -> bool:
    """Mark a follow-up done, missed or cancelled, or (status "open" with a day and an
    optional time) move it; a refusal from the service is shown to the officer. Says what
    happened in the window's message bar and offers Undo (through
    ``Desk.restore_follow_up``). Returns whether the change was made."""
    desk = ctx.desk
    try:
        previous = desk.follow_up(follow_up.id)
        if status == "done":
            desk.complete_follow_up(follow_up.id)
        elif status == "missed":
            desk.miss_follow_up(follow_up.id)
        elif status == "cancelled":
            desk.cancel_follow_up(follow_up.id)
        elif status == "open" and day is not None:
            desk.reschedule_follow_up(follow_up.id, day, due_time)
        else:
            return False
        who = name or desk.student(follow_up.student_id).display_name
        when = fmt_due(day, due_time, ctx.lang) if day is not None else ""
        ctx.report(
            follow_up_change_text(status, who, when),
            lambda: desk.restore_follow_up(previous),
        )
    except OfficerDeskError as err:
        show_error(parent, err)
        return False
    return True


def ask_reschedule(
    parent: QWidget, follow_up: FollowUp, name: str, today: dt.date, lang: str
) -> tuple[dt.date, dt.time | None] | None:
    """The new due day and time of a follow-up (default: a week after it or after today);
    the dialog says whose follow-up it is, what kind, and when it is due now."""
    kind = codebook.label("follow_up_kind", follow_up.kind, lang)
    about = QCoreApplication.translate("Views", "{kind} with {name}").format(kind=kind, name=name)
    detail = QCoreApplication.translate("Views", "Due now: {due}. Move it to:").format(
        due=fmt_due(follow_up.due_date, follow_up.due_time, lang)
    )
    return DatePickDialog.ask_when(
        parent,
        QCoreApplication.translate("Views", "Reschedule follow-up"),
        max(follow_up.due_date, today) + dt.timedelta(days=7),
        about=about,
        detail=detail,
        time=follow_up.due_time,
    )
