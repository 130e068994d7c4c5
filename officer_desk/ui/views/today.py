"""Today: follow-ups overdue, due today and in the coming week, and recent consultations."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from officer_desk.domain.models import FollowUp
from officer_desk.errors import OfficerDeskError
from officer_desk.services import desk as change
from officer_desk.ui import style
from officer_desk.ui.icons import icon
from officer_desk.ui.models import ConsultationModel, FollowUpModel
from officer_desk.ui.views.common import (
    BaseView,
    ask_reschedule,
    change_follow_up,
    fmt_date,
    fmt_moment,
    heading,
    make_table,
    show_error,
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
        self.table.setAccessibleName(title)
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
    kinds = frozenset({change.FOLLOW_UPS, change.CONSULTATIONS, change.STUDENTS, change.DRAFTS})

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
        layout.addWidget(self._build_drafts())

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
        self.recent_table.setAccessibleName(self.tr("Recent consultations"))
        self.recent_table.doubleClicked.connect(self._open_recent)
        self.recent_table.activated.connect(self._open_recent)
        layout.addWidget(self.recent_heading)
        layout.addWidget(self.recent_table, 1)

        self._selected: tuple[FollowUp, str] | None = None
        self._update_actions()
        self.refresh()

    def _build_drafts(self) -> QFrame:
        """The consultations kept as drafts: how many, whose and when (never what), with
        Resume and Discard."""
        self.drafts_box = QFrame(self)
        self.drafts_box.setObjectName("draftsBox")
        self.drafts_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.drafts_box.setStyleSheet(
            "#draftsBox { background: palette(alternate-base); border-radius: 4px; }"
        )
        row = QHBoxLayout(self.drafts_box)
        row.setContentsMargins(10, 6, 10, 6)
        self.drafts_label = QLabel(self.drafts_box)
        bold = self.drafts_label.font()
        bold.setBold(True)
        self.drafts_label.setFont(bold)
        row.addWidget(self.drafts_label)
        self.draft_choice = QComboBox(self.drafts_box)
        self.draft_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.draft_only = QLabel(self.drafts_box)
        self.draft_choice.setAccessibleName(self.tr("Unfinished consultation"))
        self.draft_only.setAccessibleName(self.tr("Unfinished consultation"))
        row.addWidget(self.draft_choice)
        row.addWidget(self.draft_only)
        row.addStretch(1)
        self.resume_button = QPushButton(self.tr("Resu&me"), self.drafts_box)
        self.resume_button.setToolTip(self.tr("Open the consultation and go on typing"))
        self.discard_button = QPushButton(self.tr("Disc&ard…"), self.drafts_box)
        self.discard_button.setToolTip(self.tr("Delete what was typed, after asking"))
        self.resume_button.clicked.connect(self.resume_draft)
        self.discard_button.clicked.connect(lambda: self.discard_draft(confirm=True))
        row.addWidget(self.resume_button)
        row.addWidget(self.discard_button)
        self._drafts: list[change.DraftSummary] = []
        return self.drafts_box

    def _draft_text(self, draft: change.DraftSummary) -> str:
        who = draft.student_name or self.tr("no student chosen yet")
        if draft.saved_at is None:
            return who
        return self.tr("{student}, kept {when}").format(
            student=who, when=fmt_moment(draft.saved_at, self.ctx.lang)
        )

    def _show_drafts(self, drafts: list[change.DraftSummary]) -> None:
        self._drafts = drafts
        self.drafts_box.setVisible(bool(drafts))
        self.drafts_label.setText(self.tr("%n unfinished consultation(s)", "", len(drafts)))
        current = self.selected_draft()
        self.draft_choice.blockSignals(True)
        self.draft_choice.clear()
        for draft in drafts:
            self.draft_choice.addItem(self._draft_text(draft), draft.key)
        index = self.draft_choice.findData(current.key) if current is not None else -1
        self.draft_choice.setCurrentIndex(max(0, index))
        self.draft_choice.blockSignals(False)
        self.draft_only.setText(self._draft_text(drafts[0]) if len(drafts) == 1 else "")
        self.draft_choice.setVisible(len(drafts) > 1)
        self.draft_only.setVisible(len(drafts) == 1)

    def selected_draft(self) -> change.DraftSummary | None:
        if not self._drafts:
            return None
        key = self.draft_choice.currentData() if len(self._drafts) > 1 else self._drafts[0].key
        return next((d for d in self._drafts if d.key == key), self._drafts[0])

    def resume_draft(self) -> None:
        draft = self.selected_draft()
        if draft is not None:
            self.ctx.log_consultation_requested.emit(draft.student_id or 0)

    def discard_draft(self, *, confirm: bool = True) -> bool:
        draft = self.selected_draft()
        if draft is None:
            return False
        if confirm:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Discard unfinished consultation"))
            box.setText(
                self.tr("Discard the unfinished consultation ({draft})?").format(
                    draft=self._draft_text(draft)
                )
            )
            box.setInformativeText(self.tr("What was typed is deleted; this cannot be undone."))
            discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
            keep = box.addButton(self.tr("&Keep it"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not discard:
                return False
        try:
            self.ctx.desk.discard_draft(draft.key)
        except OfficerDeskError as err:
            show_error(self, err)
            return False
        return True

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
        self._show_drafts(desk.unfinished_consultations())
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
            fu, name = self._selected
            change_follow_up(self, self.ctx, fu, "done", name=name)

    def reschedule(self) -> None:
        if self._selected is None:
            return
        fu, name = self._selected
        when = ask_reschedule(self, fu, name, self.ctx.desk.clock.today(), self.ctx.lang)
        if when is not None:
            change_follow_up(self, self.ctx, fu, "open", when[0], due_time=when[1], name=name)

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
