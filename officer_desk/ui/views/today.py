"""Today: follow-ups overdue, due today and in the coming week, and recent consultations."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from officer_desk.domain.models import FollowUp
from officer_desk.services import desk as change
from officer_desk.ui import style
from officer_desk.ui.icons import icon
from officer_desk.ui.models import ConsultationModel, FollowUpModel
from officer_desk.ui.views.common import (
    BaseView,
    ask_reschedule_day,
    change_follow_up,
    fmt_date,
    heading,
    make_table,
)

if TYPE_CHECKING:
    from officer_desk.ui.context import UiContext


class _Section:
    """A heading, a table of follow-ups and an 'empty' line."""

    def __init__(self, view: TodayView, title: str, empty: str, *, max_rows: int) -> None:
        self.title = title
        self.heading = heading(title, view)
        self.model = FollowUpModel(view.ctx.lang, view)
        self.table = make_table(view)
        self.table.setModel(self.model)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.max_rows = max_rows
        self.empty = QLabel(empty, view)
        self.empty.setEnabled(False)
        self.empty.setIndent(8)

    def set(self, rows: list[tuple[FollowUp, str]], today: dt.date) -> None:
        self.model.set_records(rows, today)
        self.heading.setText(f"{self.title} ({len(rows)})" if rows else self.title)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        shown = max(1, min(len(rows), self.max_rows))
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(
            header
            + shown * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.resizeColumnsToContents()


class TodayView(BaseView):
    view_id = "today"
    kinds = frozenset({change.FOLLOW_UPS, change.CONSULTATIONS, change.STUDENTS})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = style.view_layout(self)

        top = QHBoxLayout()
        self.date_label = heading("", self)
        top.addWidget(self.date_label, 1)
        self.log_button = QPushButton(self.tr("&Log consultation…"), self)
        self.log_button.setIcon(icon("log_consultation"))
        self.log_button.clicked.connect(lambda: ctx.log_consultation_requested.emit(0))
        top.addWidget(self.log_button)
        layout.addLayout(top)

        self.overdue = _Section(self, self.tr("Overdue"), self.tr("Nothing overdue."), max_rows=6)
        self.due_today = _Section(
            self, self.tr("Due today"), self.tr("Nothing due today."), max_rows=6
        )
        self.upcoming = _Section(
            self,
            self.tr("Coming week"),
            self.tr("Nothing planned for the coming week."),
            max_rows=8,
        )
        self.sections = (self.overdue, self.due_today, self.upcoming)
        for section in self.sections:
            layout.addWidget(section.heading)
            layout.addWidget(section.table)
            layout.addWidget(section.empty)
            section.table.doubleClicked.connect(self._open_student_at)
            section.table.activated.connect(self._open_student_at)
            section.table.selectionModel().currentRowChanged.connect(
                lambda current, _prev, s=section: self._follow_up_selected(s, current)
            )

        actions = style.FlowLayout()
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(self.tr("Mark the selected follow-up as done"))
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"), self)
        self.open_button = QPushButton(self.tr("&Open student"), self)
        self.done_button.setIcon(icon("done"))
        self.reschedule_button.setIcon(icon("reschedule"))
        self.open_button.setIcon(icon("students"))
        self.done_button.clicked.connect(self.mark_done)
        self.reschedule_button.clicked.connect(self.reschedule)
        self.open_button.clicked.connect(self.open_selected_student)
        self.selection_label = QLabel(self)
        self.selection_label.setEnabled(False)
        for button in (self.done_button, self.reschedule_button, self.open_button):
            actions.addWidget(button)
        actions.addWidget(self.selection_label)
        layout.addLayout(actions)

        self.recent_heading = heading(self.tr("Recent consultations"), self)
        self.recent_model = ConsultationModel(ctx.lang, self)
        self.recent_table = make_table(
            self,
            empty_text=self.tr(
                "No consultations yet. Press Ctrl+N to log your first consultation."
            ),
        )
        self.recent_table.setModel(self.recent_model)
        self.recent_table.doubleClicked.connect(self._open_recent)
        self.recent_table.activated.connect(self._open_recent)
        layout.addWidget(self.recent_heading)
        layout.addWidget(self.recent_table, 1)

        self._selected: tuple[FollowUp, str] | None = None
        self._update_actions()
        self.refresh()

    def title(self) -> str:
        return self.tr("Today")

    def refresh(self) -> None:
        desk = self.ctx.desk
        today = desk.clock.today()
        agenda = desk.agenda()
        self.date_label.setText(fmt_date(today, self.ctx.lang))
        selected_id = self._selected[0].id if self._selected else None
        self._selected = None
        self.overdue.set(agenda.overdue, today)
        self.due_today.set(agenda.today, today)
        self.upcoming.set(agenda.upcoming, today)
        self.recent_model.set_records(agenda.recent)
        self.recent_table.resizeColumnsToContents()
        if selected_id is not None:
            self.select_follow_up(selected_id)
        self._update_actions()

    # -- selection ---------------------------------------------------------------------------

    def _follow_up_selected(self, section: _Section, current: QModelIndex) -> None:
        if not current.isValid():
            return
        self._selected = section.model.record(current.row())
        for other in self.sections:
            if other is not section:
                other.table.clearSelection()
        self._update_actions()

    def select_follow_up(self, follow_up_id: int) -> bool:
        for section in self.sections:
            for row, (fu, _name) in enumerate(section.model.records()):
                if fu.id == follow_up_id:
                    section.table.setCurrentIndex(section.model.index(row, 0))
                    section.table.selectRow(row)
                    self._selected = section.model.record(row)
                    self._update_actions()
                    return True
        return False

    def selected(self) -> tuple[FollowUp, str] | None:
        return self._selected

    def _update_actions(self) -> None:
        has = self._selected is not None
        for button in (self.done_button, self.reschedule_button, self.open_button):
            button.setEnabled(has)
        if self._selected is None:
            self.selection_label.setText(self.tr("Select a follow-up."))
        else:
            fu, name = self._selected
            self.selection_label.setText(
                self.tr("{name}, due {date}").format(
                    name=name, date=fmt_date(fu.due_date, self.ctx.lang)
                )
            )

    # -- actions -----------------------------------------------------------------------------

    def mark_done(self) -> None:
        if self._selected is not None:
            change_follow_up(self, self.ctx.desk, self._selected[0], "done")

    def reschedule(self) -> None:
        if self._selected is None:
            return
        fu = self._selected[0]
        day = ask_reschedule_day(
            self, self.tr("Reschedule follow-up"), fu, self.ctx.desk.clock.today()
        )
        if day is not None:
            change_follow_up(self, self.ctx.desk, fu, "open", day)

    def open_selected_student(self) -> None:
        if self._selected is not None:
            self.ctx.open_student_requested.emit(self._selected[0].student_id)

    def _open_student_at(self, index: QModelIndex) -> None:
        record = index.data(Qt.ItemDataRole.UserRole)
        if record is not None:
            self.ctx.open_student_requested.emit(record[0].student_id)

    def _open_recent(self, index: QModelIndex) -> None:
        record = index.data(Qt.ItemDataRole.UserRole)
        if record is not None:
            self.ctx.open_student_requested.emit(record[0].student_id)

    def tables(self) -> list[QTableView]:
        tables: list[QTableView] = [s.table for s in self.sections]
        return [*tables, self.recent_table]
