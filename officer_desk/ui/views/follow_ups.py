"""Follow-ups: a month calendar with marked days and a filtered list with actions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain.models import FollowUp
from officer_desk.errors import OfficerDeskError
from officer_desk.services import desk as change
from officer_desk.ui import style
from officer_desk.ui.icons import icon
from officer_desk.ui.models import FollowUpModel
from officer_desk.ui.views.common import (
    BaseView,
    ask_reschedule,
    change_follow_up,
    fill_vocab,
    heading,
    make_table,
    plain_weekends,
    pydate,
    qdate,
    show_error,
)

if TYPE_CHECKING:
    from officer_desk.ui.context import UiContext


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    end = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, end


class FollowUpsView(BaseView):
    view_id = "follow_ups"
    kinds = frozenset({change.FOLLOW_UPS, change.STUDENTS})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._marked: dict[dt.date, int] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.setSpacing(style.SPACING)

        left = QVBoxLayout()
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setAccessibleName(self.tr("Calendar of follow-ups"))
        plain_weekends(self.calendar)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        today = ctx.desk.clock.today()
        self.calendar.setSelectedDate(qdate(today))
        self.calendar.setMinimumSize(300, 240)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.selectionChanged.connect(self._day_selected)
        left.addWidget(self.calendar)
        self.legend = QLabel(self.tr("Days with open follow-ups are shaded (red: overdue)."), self)
        self.legend.setWordWrap(True)
        self.legend.setEnabled(False)
        left.addWidget(self.legend)
        left.addStretch(1)
        layout.addLayout(left)

        right = QVBoxLayout()
        self.heading = heading("", self)
        right.addWidget(self.heading)
        bar = style.FlowLayout()
        status_label = QLabel(self.tr("S&tatus:"), self)
        self.status_combo = QComboBox(self)
        fill_vocab(self.status_combo, "follow_up_status", ctx.lang)
        self.status_combo.addItem(self.tr("All"), "")
        status_label.setBuddy(self.status_combo)
        self.day_check = QCheckBox(self.tr("Selected &day only"), self)
        bar.addWidget(status_label)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.day_check)
        right.addLayout(bar)

        self.model = FollowUpModel(ctx.lang, self)
        self.table = make_table(
            self,
            empty_text=self.tr(
                "No follow-ups here. Plan one when you log a consultation (Ctrl+N), or pick "
                "another month, day or status."
            ),
        )
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.activated.connect(self._open_student_at)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        right.addWidget(self.table, 1)

        actions = style.FlowLayout()
        self.done_button = QPushButton(self.tr("D&one"), self)
        self.missed_button = QPushButton(self.tr("&Missed"), self)
        self.cancel_button = QPushButton(self.tr("&Cancel follow-up"), self)
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"), self)
        self.open_button = QPushButton(self.tr("Open st&udent"), self)
        self.done_button.setIcon(icon("done"))
        self.missed_button.setIcon(icon("missed"))
        self.cancel_button.setIcon(icon("close"))
        self.reschedule_button.setIcon(icon("reschedule"))
        self.open_button.setIcon(icon("students"))
        self.done_button.clicked.connect(lambda: self.act("done"))
        self.missed_button.clicked.connect(lambda: self.act("missed"))
        self.cancel_button.clicked.connect(lambda: self.act("cancelled"))
        self.reschedule_button.clicked.connect(self._ask_reschedule)
        self.open_button.clicked.connect(self._open_selected)
        for button in (
            self.done_button,
            self.missed_button,
            self.cancel_button,
            self.reschedule_button,
            self.open_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        right.addLayout(actions)
        layout.addLayout(right, 1)

        self.status_combo.currentIndexChanged.connect(self.refresh)
        self.day_check.toggled.connect(self.refresh)
        self.refresh()

    def title(self) -> str:
        return self.tr("Follow-ups")

    # -- data --------------------------------------------------------------------------------

    def refresh(self) -> None:
        desk = self.ctx.desk
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        start, end = month_range(year, month)
        self._mark_days(desk.follow_up_days(start, end), desk.clock.today())
        status = self.status_combo.currentData() or None
        if self.day_check.isChecked():
            start = pydate(self.calendar.selectedDate())
            end = start + dt.timedelta(days=1)
            self.heading.setText(
                self.calendar.locale().toString(self.calendar.selectedDate(), "d MMMM yyyy")
            )
        else:
            self.heading.setText(
                self.calendar.locale().toString(QDate(year, month, 1), "MMMM yyyy")
            )
        try:
            rows = desk.follow_ups(start, end, status)
        except OfficerDeskError as err:
            show_error(self, err)
            rows = []
        selected = self.selected()
        self.model.set_records(rows, desk.clock.today())
        self.table.resizeColumnsToContents()
        if selected is not None:
            for row, (fu, _name) in enumerate(rows):
                if fu.id == selected[0].id:
                    self.table.selectRow(row)
        self._update_actions()

    def _mark_days(self, days: dict[dt.date, int], today: dt.date) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all marks
        self._marked = dict(days)
        for day, count in days.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(700)
            fmt.setBackground(QBrush(style.tint("error" if day < today else "mark")))
            fmt.setToolTip(
                self.tr("1 open follow-up")
                if count == 1
                else self.tr("{count} open follow-ups").format(count=count)
            )
            self.calendar.setDateTextFormat(qdate(day), fmt)

    def marked_days(self) -> dict[dt.date, int]:
        """The days marked in the calendar page shown, with their open follow-ups."""
        return dict(self._marked)

    def _day_selected(self) -> None:
        if self.day_check.isChecked():
            self.refresh()
        else:
            self.day_check.setChecked(True)

    # -- actions -----------------------------------------------------------------------------

    def selected(self) -> tuple[FollowUp, str] | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            return self.model.record(index.row())
        return None

    def _update_actions(self) -> None:
        current = self.selected()
        is_open = current is not None and current[0].status == "open"
        for button in (
            self.done_button,
            self.missed_button,
            self.cancel_button,
            self.reschedule_button,
        ):
            button.setEnabled(is_open)
        self.open_button.setEnabled(current is not None)

    def act(self, status: str, day: dt.date | None = None, due_time: dt.time | None = None) -> None:
        current = self.selected()
        if current is not None:
            fu, name = current
            change_follow_up(self, self.ctx, fu, status, day, due_time=due_time, name=name)

    def _ask_reschedule(self) -> None:
        current = self.selected()
        if current is None:
            return
        fu, name = current
        when = ask_reschedule(self, fu, name, self.ctx.desk.clock.today(), self.ctx.lang)
        if when is not None:
            self.act("open", when[0], when[1])

    def _open_selected(self) -> None:
        current = self.selected()
        if current is not None:
            self.ctx.open_student_requested.emit(current[0].student_id)

    def _open_student_at(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_student_requested.emit(self.model.record(index.row())[0].student_id)
