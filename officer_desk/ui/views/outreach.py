"""Outreach: prevention activities (type, date, participant count, short description)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.domain.models import OutreachActivity
from officer_desk.errors import OfficerDeskError
from officer_desk.services import desk as change
from officer_desk.ui import style
from officer_desk.ui.icons import icon
from officer_desk.ui.keyboard import one_tab_stop
from officer_desk.ui.models import OutreachModel
from officer_desk.ui.views.common import (
    BaseView,
    error_text,
    fill_vocab,
    fmt_date,
    heading,
    make_table,
    pydate,
    qdate,
    show_error,
)

if TYPE_CHECKING:
    from officer_desk.ui.context import UiContext


class OutreachView(BaseView):
    view_id = "outreach"
    kinds = frozenset({change.OUTREACH})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = style.view_layout(self)

        form_box = QGroupBox(self.tr("Record an activity"), self)
        grid = QGridLayout(form_box)
        self.type_combo = QComboBox(form_box)
        fill_vocab(self.type_combo, "outreach_type", ctx.lang)
        self.date_edit = one_tab_stop(QDateEdit(form_box))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.date_edit.setDate(qdate(ctx.desk.clock.today()))
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.participants_spin = QSpinBox(form_box)
        self.participants_spin.setRange(0, 100_000)
        self.participants_spin.setValue(0)
        self.description_edit = QLineEdit(form_box)
        self.description_edit.setMaxLength(500)
        self.description_edit.setPlaceholderText(self.tr("Optional; no names"))
        self.record_button = QPushButton(self.tr("&Record"), form_box)
        self.record_button.setIcon(icon("add"))
        self.record_button.clicked.connect(self.record)
        self.description_edit.returnPressed.connect(self.record)
        for col, (text, widget) in enumerate(
            (
                (self.tr("&Activity:"), self.type_combo),
                (self.tr("Da&te:"), self.date_edit),
                (self.tr("&Participants:"), self.participants_spin),
                (self.tr("D&escription:"), self.description_edit),
            )
        ):
            label = QLabel(text, form_box)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.record_button, 1, 4)
        grid.setColumnStretch(3, 1)
        self.error_label = style.error_label(form_box, wrap=False, reserve=True)
        grid.addWidget(self.error_label, 2, 0, 1, 5)
        layout.addWidget(form_box)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Activities"), self))
        self.summary_label = QLabel(self)
        self.summary_label.setEnabled(False)
        top.addWidget(self.summary_label, 1)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setIcon(icon("erase"))
        self.delete_button.clicked.connect(lambda: self.delete_selected(confirm=True))
        top.addWidget(self.delete_button)
        layout.addLayout(top)

        self.model = OutreachModel(ctx.lang, self)
        self.table = make_table(
            self,
            empty_text=self.tr(
                "No activities recorded yet. Use the form above to record a workshop, a talk "
                "or an information session."
            ),
        )
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Outreach activities"))
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_a: self.delete_button.setEnabled(self.selected() is not None)
        )
        layout.addWidget(self.table, 1)
        self.refresh()

    def title(self) -> str:
        return self.tr("Outreach")

    def refresh(self) -> None:
        activities = self.ctx.desk.outreach()
        self.model.set_records(activities)
        self.table.resizeColumnsToContents()
        total = sum(a.participants for a in activities)
        count = len(activities)
        self.summary_label.setText(
            (
                self.tr("1 activity")
                if count == 1
                else self.tr("{count} activities").format(count=count)
            )
            + " · "
            + (
                self.tr("1 participant in total")
                if total == 1
                else self.tr("{count} participants in total").format(count=total)
            )
        )
        self.delete_button.setEnabled(self.selected() is not None)

    def record(self) -> bool:
        self.error_label.hide()
        activity = OutreachActivity(
            None,
            self.type_combo.currentData(),
            pydate(self.date_edit.date()),
            self.participants_spin.value(),
            self.description_edit.text(),
        )
        desk = self.ctx.desk
        try:
            saved = desk.record_outreach(activity)
        except OfficerDeskError as err:
            self.error_label.setText(error_text(err))
            self.error_label.show()
            return False
        saved_id = saved.id
        if saved_id is not None:
            self.ctx.report(
                self.tr("Activity “{what}” of {date} recorded").format(**self._words(saved)),
                lambda: desk.delete_outreach(saved_id),
            )
        self.participants_spin.setValue(0)
        self.description_edit.clear()
        self.type_combo.setFocus()
        return True

    def selected(self) -> OutreachActivity | None:
        index = self.table.currentIndex()
        if index.isValid() and index.row() < self.model.rowCount():
            return self.model.record(index.row())
        return None

    def delete_selected(self, *, confirm: bool = True) -> bool:
        activity = self.selected()
        if activity is None or activity.id is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete activity"),
                self.tr("Delete the activity “{type}” of {date}?").format(
                    type=codebook.label("outreach_type", activity.activity_type, self.ctx.lang),
                    date=fmt_date(activity.held_on, self.ctx.lang),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        desk = self.ctx.desk
        try:
            desk.delete_outreach(activity.id)
        except OfficerDeskError as err:
            show_error(self, err)
            return False
        self.ctx.report(
            self.tr("Activity “{what}” of {date} deleted").format(**self._words(activity)),
            lambda: desk.restore_outreach(activity),
        )
        return True

    def _words(self, activity: OutreachActivity) -> dict[str, str]:
        return {
            "what": codebook.label("outreach_type", activity.activity_type, self.ctx.lang),
            "date": fmt_date(activity.held_on, self.ctx.lang),
        }
