"""The detail panels of a student's page: the selected consultation (notes, finalising,
addenda), referral or follow-up, each with its own actions. The page shows one of them for
the entry selected in its timeline."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.domain.models import Consultation, FollowUp, Note, Referral
from officer_desk.errors import OfficerDeskError
from officer_desk.ui import style
from officer_desk.ui.icons import icon
from officer_desk.ui.views.common import (
    ask_reschedule,
    change_follow_up,
    fill_vocab,
    fmt_date,
    fmt_moment,
    heading,
    select_code,
    show_error,
)
from officer_desk.ui.views.student_picker import MoveConsultationDialog, who

if TYPE_CHECKING:
    from officer_desk.ui.context import UiContext


class ConsultationSection(QWidget):
    """A consultation's details and notes: edit, finalise, add an addendum."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: Consultation | None = None
        self._notes: list[Note] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cons_title = heading("", self)
        self.cons_info = QLabel(self)
        self.cons_info.setWordWrap(True)
        self.finalised_label = QLabel(self)
        self.finalised_label.setObjectName("finalisedLabel")
        style.themed_css(self.finalised_label, lambda: style.message_css("success"))
        layout.addWidget(self.cons_title)
        layout.addWidget(self.cons_info)
        layout.addWidget(self.finalised_label)
        self.dossier_edit = QPlainTextEdit(self)
        self.dossier_edit.setTabChangesFocus(True)
        self.private_edit = QPlainTextEdit(self)
        self.private_edit.setTabChangesFocus(True)
        dossier_label = QLabel(self.tr("&Dossier note (the student may see this):"), self)
        dossier_label.setBuddy(self.dossier_edit)
        private_label = QLabel(self.tr("Pri&vate working note:"), self)
        private_label.setBuddy(self.private_edit)
        layout.addWidget(dossier_label)
        layout.addWidget(self.dossier_edit, 3)
        layout.addWidget(private_label)
        layout.addWidget(self.private_edit, 2)
        self.addenda_label = QLabel(self.tr("Added later:"), self)
        self.addenda_view = QTextBrowser(self)
        self.addenda_view.setMaximumHeight(140)
        layout.addWidget(self.addenda_label)
        layout.addWidget(self.addenda_view, 1)
        buttons = style.FlowLayout()
        self.save_notes_button = QPushButton(self.tr("&Save notes"), self)
        self.finalise_button = QPushButton(self.tr("&Finalise…"), self)
        self.finalise_button.setToolTip(
            self.tr(
                "A finalised note can no longer be edited; what you add later is kept beside it "
                "with its date (an addendum)."
            )
        )
        self.addendum_button = QPushButton(self.tr("Add to the &note…"), self)
        self.move_button = QPushButton(self.tr("Move to &another student…"), self)
        self.move_button.setToolTip(
            self.tr("Saved for the wrong student? Move this consultation to the right one.")
        )
        self.move_button.clicked.connect(self.ask_move)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.finalise_button.clicked.connect(lambda: self.finalise(confirm=True))
        self.addendum_button.clicked.connect(self._ask_addendum)
        self.save_notes_button.setIcon(icon("save"))
        self.finalise_button.setIcon(icon("lock"))
        self.addendum_button.setIcon(icon("note"))
        for button in (self.save_notes_button, self.finalise_button, self.addendum_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.move_button)
        layout.addLayout(buttons)

    def show_consultation(self, c: Consultation, *, keep_edits: bool) -> None:
        self.current = c
        lang = self.ctx.lang
        self.cons_title.setText(
            self.tr("Consultation of {when}").format(when=fmt_moment(c.started_at, lang))
        )
        topics = ", ".join(codebook.label("topic", t, lang) for t in c.topics)
        self.cons_info.setText(
            self.tr(
                "{channel}, {minutes} min, initiated by: {initiator}. Urgency: {urgency}.\n"
                "Topics: {topics}"
            ).format(
                channel=codebook.label("channel", c.channel, lang),
                minutes=c.duration_min,
                initiator=codebook.label("initiator", c.initiator, lang).lower(),
                urgency=codebook.label("urgency", c.urgency, lang).lower(),
                topics=topics,
            )
        )
        try:
            self._notes = self.ctx.desk.notes(c.id)
        except OfficerDeskError as err:
            self._notes = []
            show_error(self, err)
        main = {n.layer: n.body for n in self._notes if n.kind == "note"}
        edits = [(self.dossier_edit, "dossier"), (self.private_edit, "private")]
        for edit, layer in edits:
            if keep_edits and edit.document().isModified():
                continue
            edit.setPlainText(main.get(layer, ""))
            edit.document().setModified(False)
        finalised = c.finalised_at is not None
        for edit, _layer in edits:
            edit.setReadOnly(finalised)
        self.finalised_label.setText(
            self.tr("Finalised on {when}. What you add is kept beside the note.").format(
                when=fmt_moment(c.finalised_at, lang)
            )
            if finalised
            else self.tr("Not finalised: the notes can still be edited.")
        )
        self.save_notes_button.setEnabled(not finalised)
        self.finalise_button.setEnabled(not finalised)
        self.move_button.setEnabled(not getattr(self.ctx.session.vault, "read_only", False))
        addenda = [n for n in self._notes if n.kind == "addendum"]
        self.addenda_label.setVisible(bool(addenda))
        self.addenda_view.setVisible(bool(addenda))
        parts = []
        for note in addenda:
            layer = codebook.label("note_layer", note.layer, lang)
            body = html.escape(note.body).replace("\n", "<br>")
            parts.append(
                f"<p><b>{fmt_moment(note.created_at, lang)} · {html.escape(layer)}"
                f"</b><br>{body}</p>"
            )
        self.addenda_view.setHtml("".join(parts))

    def ask_move(self) -> MoveConsultationDialog | None:
        """Move the consultation shown to another student (picker, then a confirmation
        naming both); the window's notice says where it went."""
        c = self.current
        if not isinstance(c, Consultation):
            return None
        try:
            dialog = MoveConsultationDialog(self.ctx, c, self)
        except OfficerDeskError as err:
            show_error(self, err)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(lambda d=dialog, cid=c.id: self._moved(d, cid))
        dialog.open()
        return dialog

    def _moved(self, dialog: MoveConsultationDialog, consultation_id: int) -> None:
        target = dialog.moved_to
        if target is not None:
            self.ctx.notice_requested.emit(
                self.tr("Moved to {student}").format(student=who(target)),
                target.id,
                consultation_id,
            )

    def clear(self) -> None:
        self.current = None
        self._notes = []
        for edit in (self.dossier_edit, self.private_edit):
            edit.clear()
            edit.document().setModified(False)
        self.addenda_view.clear()

    def save_notes(self) -> bool:
        c = self.current
        if not isinstance(c, Consultation):
            return False
        try:
            for edit, layer in ((self.dossier_edit, "dossier"), (self.private_edit, "private")):
                if edit.document().isModified():
                    self.ctx.desk.edit_note(c.id, layer, edit.toPlainText())
                    edit.document().setModified(False)
        except OfficerDeskError as err:
            show_error(self, err)
            return False
        return True

    def finalise(self, *, confirm: bool = True) -> None:
        c = self.current
        if not isinstance(c, Consultation) or c.finalised_at is not None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Finalise notes"),
                self.tr(
                    "Finalise the notes of this consultation? They can no longer be "
                    "edited afterwards; what you add later is kept beside them with its date."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if not self.save_notes():
            return
        try:
            self.ctx.desk.finalise(c.id)
        except OfficerDeskError as err:
            show_error(self, err)

    def add_addendum(self, layer: str, body: str) -> bool:
        c = self.current
        if not isinstance(c, Consultation):
            return False
        try:
            self.ctx.desk.add_addendum(c.id, layer, body)
        except OfficerDeskError as err:
            show_error(self, err)
            return False
        return True

    def _ask_addendum(self) -> None:
        dialog = AddendumDialog(self.ctx.lang, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_addendum(dialog.layer(), dialog.body())


class ReferralSection(QWidget):
    """A referral's details: change its status and outcome."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: Referral | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.ref_title = heading("", self)
        self.ref_info = QLabel(self)
        self.ref_info.setWordWrap(True)
        layout.addWidget(self.ref_title)
        layout.addWidget(self.ref_info)
        form = QFormLayout()
        self.ref_status_combo = QComboBox(self)
        fill_vocab(self.ref_status_combo, "referral_status", ctx.lang)
        self.ref_outcome_edit = QLineEdit(self)
        self.ref_outcome_edit.setPlaceholderText(self.tr("What came of it (optional)"))
        status_label = QLabel(self.tr("S&tatus:"), self)
        status_label.setBuddy(self.ref_status_combo)
        outcome_label = QLabel(self.tr("O&utcome:"), self)
        outcome_label.setBuddy(self.ref_outcome_edit)
        form.addRow(status_label, self.ref_status_combo)
        form.addRow(outcome_label, self.ref_outcome_edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.update_ref_button = QPushButton(self.tr("&Update referral"), self)
        self.update_ref_button.clicked.connect(self.update_referral)
        row.addWidget(self.update_ref_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_referral(self, ref: Referral) -> None:
        self.current = ref
        lang = self.ctx.lang
        self.ref_title.setText(
            self.tr("Referral to {destination}").format(
                destination=codebook.label("destination", ref.destination, lang)
            )
        )
        self.ref_info.setText(
            self.tr("Proposed on {proposed}; status last changed on {changed}.").format(
                proposed=fmt_date(ref.proposed_on, lang),
                changed=fmt_date(ref.status_changed_on, lang),
            )
        )
        select_code(self.ref_status_combo, ref.status)
        self.ref_outcome_edit.setText(ref.outcome)

    def update_referral(self) -> None:
        ref = self.current
        if not isinstance(ref, Referral):
            return
        try:
            self.ctx.desk.update_referral(
                ref.id, self.ref_status_combo.currentData(), self.ref_outcome_edit.text()
            )
        except OfficerDeskError as err:
            show_error(self, err)


class FollowUpSection(QWidget):
    """A follow-up's details: done, missed, cancelled or rescheduled."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: FollowUp | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fu_title = heading("", self)
        self.fu_info = QLabel(self)
        self.fu_info.setWordWrap(True)
        layout.addWidget(self.fu_title)
        layout.addWidget(self.fu_info)
        row = style.FlowLayout()
        self.fu_done_button = QPushButton(self.tr("&Done"), self)
        self.fu_missed_button = QPushButton(self.tr("&Missed"), self)
        self.fu_cancel_button = QPushButton(self.tr("C&ancel follow-up"), self)
        self.fu_reschedule_button = QPushButton(self.tr("&Reschedule…"), self)
        self.fu_done_button.clicked.connect(lambda: self.follow_up_action("done"))
        self.fu_missed_button.clicked.connect(lambda: self.follow_up_action("missed"))
        self.fu_cancel_button.clicked.connect(lambda: self.follow_up_action("cancelled"))
        self.fu_reschedule_button.clicked.connect(self._ask_reschedule)
        self.fu_done_button.setIcon(icon("done"))
        self.fu_missed_button.setIcon(icon("missed"))
        self.fu_cancel_button.setIcon(icon("close"))
        self.fu_reschedule_button.setIcon(icon("reschedule"))
        for button in (
            self.fu_done_button,
            self.fu_missed_button,
            self.fu_cancel_button,
            self.fu_reschedule_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_follow_up(self, fu: FollowUp) -> None:
        self.current = fu
        lang = self.ctx.lang
        kind = codebook.label("follow_up_kind", fu.kind, lang)
        self.fu_title.setText(self.tr("Follow-up: {kind}").format(kind=kind))
        due = fmt_date(fu.due_date, lang) + (f" {fu.due_time:%H:%M}" if fu.due_time else "")
        status = (
            self.tr("overdue")
            if fu.is_overdue(self.ctx.desk.clock.today())
            else codebook.label("follow_up_status", fu.status, lang).lower()
        )
        text = self.tr("Due {due}; {status}.").format(due=due, status=status)
        if fu.done_on:
            text += " " + self.tr("Closed on {day}.").format(day=fmt_date(fu.done_on, lang))
        if fu.note:
            text += "\n" + fu.note
        self.fu_info.setText(text)
        is_open = fu.status == "open"
        for button in (
            self.fu_done_button,
            self.fu_missed_button,
            self.fu_cancel_button,
            self.fu_reschedule_button,
        ):
            button.setEnabled(is_open)

    def follow_up_action(
        self, status: str, day: dt.date | None = None, due_time: dt.time | None = None
    ) -> None:
        fu = self.current
        if isinstance(fu, FollowUp):
            change_follow_up(self, self.ctx, fu, status, day, due_time=due_time)

    def _ask_reschedule(self) -> None:
        fu = self.current
        if not isinstance(fu, FollowUp):
            return
        try:
            name = self.ctx.desk.student(fu.student_id).display_name
        except OfficerDeskError as err:
            show_error(self, err)
            return
        when = ask_reschedule(self, fu, name, self.ctx.desk.clock.today(), self.ctx.lang)
        if when is not None:
            self.follow_up_action("open", when[0], when[1])


class AddendumDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to a finalised note"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.layer_combo = QComboBox(self)
        fill_vocab(self.layer_combo, "note_layer", lang)
        layer_label = QLabel(self.tr("&To:"), self)
        layer_label.setBuddy(self.layer_combo)
        form.addRow(layer_label, self.layer_combo)
        layout.addLayout(form)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        text_label = QLabel(self.tr("&Addition:"), self)
        text_label.setBuddy(self.text_edit)
        layout.addWidget(text_label)
        layout.addWidget(self.text_edit, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.text_edit.setFocus()
        self.resize(480, 300)

    def layer(self) -> str:
        return str(self.layer_combo.currentData())

    def body(self) -> str:
        return self.text_edit.toPlainText()
