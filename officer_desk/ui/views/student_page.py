"""One student's page: profile, cases, and a timeline of consultations, referrals and
follow-ups (newest first) with a detail panel for the selected entry."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.domain.models import Case, Consultation, FollowUp, Note, Referral
from officer_desk.errors import OfficerDeskError
from officer_desk.services import desk as change
from officer_desk.services.desk import StudentPage
from officer_desk.services.privacy import ErasureReport, Privacy, close_worker, open_worker
from officer_desk.ui.export_dialog import ExportDialog
from officer_desk.ui.messages import error_message
from officer_desk.ui.models import CaseModel, TimelineItem, TimelineModel, build_timeline
from officer_desk.ui.tasks import WAIT, run_job
from officer_desk.ui.views.common import (
    BaseView,
    ask_reschedule_day,
    change_follow_up,
    error_text,
    fill_vocab,
    fmt_date,
    fmt_moment,
    heading,
    make_table,
    select_code,
    show_error,
)
from officer_desk.ui.views.students import StudentDialog

if TYPE_CHECKING:
    from officer_desk.ui.context import UiContext

EMPTY, CONSULTATION, REFERRAL, FOLLOW_UP = range(4)


class StudentPageView(BaseView):
    view_id = "student"
    kinds = frozenset(
        {change.STUDENTS, change.CASES, change.CONSULTATIONS, change.REFERRALS, change.FOLLOW_UPS}
    )

    def __init__(
        self,
        ctx: UiContext,
        student_id: int | QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if isinstance(student_id, QWidget):  # View(ctx, parent)
            student_id, parent = None, student_id
        super().__init__(ctx, parent)
        self.student_id: int | None = None
        self.page: StudentPage | None = None
        self._current: TimelineItem | None = None
        self._notes: list[Note] = []
        self._erasing = False
        self.privacy = Privacy(ctx.desk)
        lang = ctx.lang
        layout = QVBoxLayout(self)

        # Profile header.
        head = QHBoxLayout()
        names = QVBoxLayout()
        self.name_label = heading("", self)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.hold_label = QLabel(
            self.tr(
                "On legal hold: these records are kept from erasure and from the retention "
                "rule until the hold is released."
            ),
            self,
        )
        self.hold_label.setObjectName("legalHoldLabel")
        self.hold_label.setStyleSheet(
            "#legalHoldLabel { background: #fff7d6; border: 1px solid #e6c300;"
            " border-radius: 4px; padding: 2px 6px; color: #5c4a00; }"
        )
        self.hold_label.setWordWrap(True)
        self.hold_label.setAccessibleName(self.tr("Legal hold status"))
        self.hold_label.hide()
        names.addWidget(self.name_label)
        names.addWidget(self.details_label)
        names.addWidget(self.hold_label)
        head.addLayout(names, 1)
        self.edit_button = QPushButton(self.tr("&Edit profile…"), self)
        self.log_button = QPushButton(self.tr("&Log consultation…"), self)
        self.edit_button.clicked.connect(self.edit_profile)
        self.log_button.clicked.connect(
            lambda: ctx.log_consultation_requested.emit(self.student_id or 0)
        )
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self._build_privacy_button(), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(split, 1)

        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        cases_box = QGroupBox(self.tr("Cases"), left)
        cases_layout = QVBoxLayout(cases_box)
        self.case_model = CaseModel(lang, self)
        self.case_table = make_table(cases_box)
        self.case_table.setModel(self.case_model)
        self.case_table.selectionModel().currentRowChanged.connect(self._update_case_buttons)
        cases_layout.addWidget(self.case_table)
        case_buttons = QHBoxLayout()
        self.new_case_button = QPushButton(self.tr("Open new &case…"), cases_box)
        self.close_case_button = QPushButton(self.tr("Cl&ose case…"), cases_box)
        self.reopen_case_button = QPushButton(self.tr("Reo&pen case"), cases_box)
        self.new_case_button.clicked.connect(self._ask_open_case)
        self.close_case_button.clicked.connect(self._ask_close_case)
        self.reopen_case_button.clicked.connect(self._reopen_selected_case)
        for button in (self.new_case_button, self.close_case_button, self.reopen_case_button):
            case_buttons.addWidget(button)
        case_buttons.addStretch(1)
        cases_layout.addLayout(case_buttons)
        left_layout.addWidget(cases_box)

        left_layout.addWidget(heading(self.tr("Timeline"), left))
        self.timeline_model = TimelineModel(lang, self)
        self.timeline = make_table(left)
        self.timeline.setModel(self.timeline_model)
        self.timeline.selectionModel().currentRowChanged.connect(self._timeline_selected)
        left_layout.addWidget(self.timeline, 1)
        split.addWidget(left)

        self.detail = QStackedWidget(split)
        self.detail.addWidget(self._build_empty())
        self.detail.addWidget(self._build_consultation())
        self.detail.addWidget(self._build_referral())
        self.detail.addWidget(self._build_follow_up())
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self._update_case_buttons()
        self._show_hold(False)
        if student_id:
            self.show_student(student_id)

    def _build_privacy_button(self) -> QPushButton:
        """The header's Privacy menu: subject-access copy, legal hold, erasure."""
        self.privacy_button = QPushButton(self.tr("Privac&y"), self)
        self.privacy_button.setAccessibleName(self.tr("Privacy actions for this student"))
        self.privacy_button.setToolTip(
            self.tr("Export a copy of this student's data, legal hold, erase the student")
        )
        menu = QMenu(self.privacy_button)
        menu.setAccessibleName(self.tr("Privacy actions"))
        menu.setToolTipsVisible(True)
        self.export_action = menu.addAction(self.tr("&Export a copy…"))
        self.export_action.setToolTip(
            self.tr(
                "Subject access: everything held on this student as a PDF and a JSON file; "
                "the export is recorded in the access log."
            )
        )
        self.export_action.triggered.connect(self.open_export)
        self.hold_action = menu.addAction(self.tr("Legal &hold"))
        self.hold_action.setCheckable(True)
        self.hold_action.setToolTip(
            self.tr(
                "Keep this student's records, e.g. while a complaint is pending: no erasure "
                "and no deletion by the retention rule while the hold is on."
            )
        )
        self.hold_action.toggled.connect(self.set_legal_hold)
        menu.addSeparator()
        self.erase_action = menu.addAction(self.tr("E&rase student…"))
        self.erase_action.setToolTip(
            self.tr("Delete everything held on this student for good (right to erasure).")
        )
        self.erase_action.triggered.connect(self.ask_erase)
        self.privacy_button.setMenu(menu)
        self.privacy_menu = menu
        return self.privacy_button

    # -- detail pages ------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        label = QLabel(
            self.tr(
                "Select a consultation, referral or follow-up in the timeline to see its details."
            ),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    def _build_consultation(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cons_title = heading("", page)
        self.cons_info = QLabel(page)
        self.cons_info.setWordWrap(True)
        self.finalised_label = QLabel(page)
        self.finalised_label.setObjectName("finalisedLabel")
        self.finalised_label.setStyleSheet("#finalisedLabel { color: #1e6b35; }")
        layout.addWidget(self.cons_title)
        layout.addWidget(self.cons_info)
        layout.addWidget(self.finalised_label)
        self.dossier_edit = QPlainTextEdit(page)
        self.dossier_edit.setTabChangesFocus(True)
        self.private_edit = QPlainTextEdit(page)
        self.private_edit.setTabChangesFocus(True)
        dossier_label = QLabel(self.tr("&Dossier note (the student may see this):"), page)
        dossier_label.setBuddy(self.dossier_edit)
        private_label = QLabel(self.tr("Pri&vate working note:"), page)
        private_label.setBuddy(self.private_edit)
        layout.addWidget(dossier_label)
        layout.addWidget(self.dossier_edit, 3)
        layout.addWidget(private_label)
        layout.addWidget(self.private_edit, 2)
        self.addenda_label = QLabel(self.tr("Addenda:"), page)
        self.addenda_view = QTextBrowser(page)
        self.addenda_view.setMaximumHeight(140)
        layout.addWidget(self.addenda_label)
        layout.addWidget(self.addenda_view, 1)
        buttons = QHBoxLayout()
        self.save_notes_button = QPushButton(self.tr("&Save notes"), page)
        self.finalise_button = QPushButton(self.tr("&Finalise…"), page)
        self.finalise_button.setToolTip(
            self.tr("A finalised note can no longer be edited; later changes are addenda.")
        )
        self.addendum_button = QPushButton(self.tr("Add adde&ndum…"), page)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.finalise_button.clicked.connect(lambda: self.finalise(confirm=True))
        self.addendum_button.clicked.connect(self._ask_addendum)
        for button in (self.save_notes_button, self.finalise_button, self.addendum_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_referral(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.ref_title = heading("", page)
        self.ref_info = QLabel(page)
        self.ref_info.setWordWrap(True)
        layout.addWidget(self.ref_title)
        layout.addWidget(self.ref_info)
        form = QFormLayout()
        self.ref_status_combo = QComboBox(page)
        fill_vocab(self.ref_status_combo, "referral_status", self.ctx.lang)
        self.ref_outcome_edit = QLineEdit(page)
        self.ref_outcome_edit.setPlaceholderText(self.tr("What came of it (optional)"))
        status_label = QLabel(self.tr("S&tatus:"), page)
        status_label.setBuddy(self.ref_status_combo)
        outcome_label = QLabel(self.tr("O&utcome:"), page)
        outcome_label.setBuddy(self.ref_outcome_edit)
        form.addRow(status_label, self.ref_status_combo)
        form.addRow(outcome_label, self.ref_outcome_edit)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.update_ref_button = QPushButton(self.tr("&Update referral"), page)
        self.update_ref_button.clicked.connect(self.update_referral)
        row.addWidget(self.update_ref_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_follow_up(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fu_title = heading("", page)
        self.fu_info = QLabel(page)
        self.fu_info.setWordWrap(True)
        layout.addWidget(self.fu_title)
        layout.addWidget(self.fu_info)
        row = QHBoxLayout()
        self.fu_done_button = QPushButton(self.tr("&Done"), page)
        self.fu_missed_button = QPushButton(self.tr("&Missed"), page)
        self.fu_cancel_button = QPushButton(self.tr("C&ancel follow-up"), page)
        self.fu_reschedule_button = QPushButton(self.tr("&Reschedule…"), page)
        self.fu_done_button.clicked.connect(lambda: self.follow_up_action("done"))
        self.fu_missed_button.clicked.connect(lambda: self.follow_up_action("missed"))
        self.fu_cancel_button.clicked.connect(lambda: self.follow_up_action("cancelled"))
        self.fu_reschedule_button.clicked.connect(self._ask_reschedule)
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
        return page

    # -- loading -----------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Student")

    def show_student(self, student_id: int) -> None:
        """Show a student's page (records the view in the access log)."""
        self.student_id = student_id
        self._current = None
        self._load(log_view=True)
        self.detail.setCurrentIndex(EMPTY)
        self.timeline.scrollToTop()

    def refresh(self) -> None:
        if self.student_id is not None:
            self._load(log_view=False)

    def _load(self, *, log_view: bool) -> None:
        assert self.student_id is not None
        try:
            page = self.ctx.desk.open_student(self.student_id, log_view=log_view)
        except OfficerDeskError as err:
            self._clear()
            self.name_label.setText(error_text(err))
            return
        self.page = page
        lang = self.ctx.lang
        s = page.student
        self.name_label.setText(s.display_name)
        parts = [
            s.student_number,
            s.email,
            s.programme,
            codebook.label("faculty", s.faculty, lang) if s.faculty else "",
            codebook.label("phase", s.phase, lang),
            codebook.label("student_group", s.student_group, lang),
        ]
        self.details_label.setText(" · ".join(p for p in parts if p))
        try:
            on_hold = self.privacy.legal_hold(self.student_id)
        except OfficerDeskError:
            on_hold = False
        self._show_hold(on_hold)
        today = self.ctx.desk.clock.today()
        selected_case = self._selected_case()
        self.case_model.set_records(page.cases)
        self.case_table.resizeColumnsToContents()
        self._select_case(selected_case.id if selected_case else None)
        self.case_table.setFixedHeight(
            self.case_table.horizontalHeader().sizeHint().height()
            + max(1, min(4, len(page.cases)))
            * self.case_table.verticalHeader().defaultSectionSize()
            + 2 * self.case_table.frameWidth()
        )
        previous = self._current
        items = build_timeline(page.consultations, page.referrals, page.follow_ups)
        self.timeline_model.set_records(items, today)
        self.timeline.resizeColumnsToContents()
        if previous is not None and not self.select_item(type(previous), previous.id):
            self._current = None
            self.detail.setCurrentIndex(EMPTY)
        self._update_case_buttons()

    def _clear(self) -> None:
        """Show nothing (the student is gone or could not be read)."""
        self.page = None
        self._current = None
        self._notes = []
        self.name_label.clear()
        self.details_label.clear()
        self.case_model.set_records([])
        self.timeline_model.set_records([])
        for edit in (self.dossier_edit, self.private_edit):
            edit.clear()
            edit.document().setModified(False)
        self.addenda_view.clear()
        self.detail.setCurrentIndex(EMPTY)
        self._show_hold(False)
        self._update_case_buttons()

    # -- privacy -----------------------------------------------------------------------------

    def _read_only(self) -> bool:
        return bool(getattr(self.ctx.session.vault, "read_only", False))

    def _show_hold(self, on: bool) -> None:
        self.hold_action.blockSignals(True)
        self.hold_action.setChecked(on)
        self.hold_action.blockSignals(False)
        self.hold_label.setVisible(on)
        has_page = self.page is not None and not self._erasing
        writable = has_page and not self._read_only()
        self.privacy_button.setEnabled(has_page)
        self.export_action.setEnabled(writable)
        self.hold_action.setEnabled(writable)
        self.erase_action.setEnabled(writable)

    def open_export(self) -> ExportDialog | None:
        """The subject-access export (a PDF and a JSON file, 0600, logged as ``exported``)."""
        if self.student_id is None or self.page is None:
            return None
        dialog = ExportDialog(self.ctx, self.student_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()
        return dialog

    def set_legal_hold(self, on: bool) -> None:
        if self.student_id is None:
            return
        try:
            self.privacy.set_legal_hold(self.student_id, on)
        except OfficerDeskError as err:
            show_error(self, err)
        try:
            self._show_hold(self.privacy.legal_hold(self.student_id))
        except OfficerDeskError:
            self._show_hold(False)

    def ask_erase(self) -> EraseDialog | None:
        """Ask for a typed confirmation, then erase (refused while on legal hold)."""
        if self.student_id is None or self.page is None or self._erasing:
            return None
        try:
            on_hold = self.privacy.legal_hold(self.student_id)
            counts = self.privacy.record_counts(self.student_id)
        except OfficerDeskError as err:
            show_error(self, err)
            return None
        if on_hold:
            QMessageBox.information(
                self,
                self.tr("Erase student"),
                self.tr(
                    "This student is on legal hold, so the records cannot be erased. Release "
                    "the hold first (Privacy ▸ Legal hold) if the reason for it no longer "
                    "applies."
                ),
            )
            return None
        dialog = EraseDialog(self.page.student.display_name, counts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.accepted.connect(self.erase)
        dialog.open()
        return dialog

    def erase(self) -> None:
        """Erase the student on a worker thread with its own connection, then go back to the
        student list. Call only after the officer confirmed."""
        if self.student_id is None or self._erasing:
            return
        student_id = self.student_id
        session = self.ctx.session
        self._erasing = True
        self._show_hold(self.hold_action.isChecked())
        for button in (self.edit_button, self.log_button):
            button.setEnabled(False)
        self.details_label.setText(self.tr("Erasing the records and reclaiming space…"))

        def work(_cancel: object) -> ErasureReport:
            # Its own connection; a lock waits for the erasure and its VACUUM to end.
            worker = open_worker(session)
            try:
                return worker.erase_student(student_id)
            finally:
                close_worker(worker)

        run_job(
            work,
            self._erased,
            self._erase_failed,
            name="erase",
            on_lock=WAIT,
            pauses_autolock=True,
            writes=True,
        )

    def _erased(self, _report: ErasureReport) -> None:
        self._erasing = False
        self.student_id = None
        self._clear()
        for button in (self.edit_button, self.log_button):
            button.setEnabled(True)
        desk = self.ctx.desk
        desk._changed(change.STUDENTS, change.CASES, change.CONSULTATIONS, change.REFERRALS)
        desk._changed(change.FOLLOW_UPS, change.DRAFTS, change.ACCESS_LOG)
        self.ctx.show_view_requested.emit("students")

    def _erase_failed(self, exc: BaseException) -> None:
        self._erasing = False
        for button in (self.edit_button, self.log_button):
            button.setEnabled(True)
        self.refresh()
        QMessageBox.warning(self, self.tr("Erase student"), error_message(exc))

    # -- cases -------------------------------------------------------------------------------

    def _selected_case(self) -> Case | None:
        index = self.case_table.currentIndex()
        if index.isValid() and index.row() < self.case_model.rowCount():
            return self.case_model.record(index.row())
        return None

    def _select_case(self, case_id: int | None) -> None:
        for row, case in enumerate(self.case_model.records()):
            if case.id == case_id or (case_id is None and row == 0):
                self.case_table.setCurrentIndex(self.case_model.index(row, 0))
                return

    def _update_case_buttons(self, *_args: object) -> None:
        case = self._selected_case()
        has_open = bool(self.page and any(c.status == "open" for c in self.page.cases))
        self.new_case_button.setEnabled(self.page is not None and not has_open)
        self.close_case_button.setEnabled(case is not None and case.status == "open")
        self.reopen_case_button.setEnabled(
            case is not None and case.status == "closed" and not has_open
        )

    def open_case(self, primary_concern: str) -> None:
        if self.student_id is None:
            return
        try:
            self.ctx.desk.open_case(self.student_id, primary_concern)
        except OfficerDeskError as err:
            show_error(self, err)

    def close_case(self, case_id: int, reason: str) -> None:
        try:
            self.ctx.desk.close_case(case_id, reason)
        except OfficerDeskError as err:
            show_error(self, err)

    def _ask_open_case(self) -> None:
        code = self._ask_code(self.tr("Open new case"), self.tr("Primary concern:"), "topic")
        if code:
            self.open_case(code)

    def _ask_close_case(self) -> None:
        case = self._selected_case()
        if case is None or case.id is None:
            return
        code = self._ask_code(self.tr("Close case"), self.tr("Reason for closing:"), "close_reason")
        if code:
            self.close_case(case.id, code)

    def _reopen_selected_case(self) -> None:
        case = self._selected_case()
        if case is None or case.id is None:
            return
        try:
            self.ctx.desk.reopen_case(case.id)
        except OfficerDeskError as err:
            show_error(self, err)

    def _ask_code(self, title: str, label: str, vocabulary: str) -> str:
        codes = codebook.codes(vocabulary)
        labels = [codebook.label(vocabulary, c, self.ctx.lang) for c in codes]
        text, ok = QInputDialog.getItem(self, title, label, labels, 0, False)
        return codes[labels.index(text)] if ok and text in labels else ""

    def edit_profile(self) -> None:
        if self.page is None:
            return
        dialog = StudentDialog(self.ctx, self.page.student, self)
        dialog.exec()

    # -- timeline and details ----------------------------------------------------------------

    def select_item(self, kind: type, item_id: int) -> bool:
        """Select a timeline entry by type and id; returns whether it was found."""
        for row, item in enumerate(self.timeline_model.records()):
            if isinstance(item, kind) and item.id == item_id:
                self.timeline.setCurrentIndex(self.timeline_model.index(row, 0))
                self.timeline.selectRow(row)
                self._show_item(item)
                return True
        return False

    def _timeline_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_item(self.timeline_model.record(current.row()))

    def _show_item(self, item: TimelineItem) -> None:
        same = (
            self._current is not None
            and type(self._current) is type(item)
            and self._current.id == item.id
        )
        self._current = item
        if isinstance(item, Consultation):
            self._show_consultation(item, keep_edits=same)
            self.detail.setCurrentIndex(CONSULTATION)
        elif isinstance(item, Referral):
            self._show_referral(item)
            self.detail.setCurrentIndex(REFERRAL)
        else:
            self._show_follow_up(item)
            self.detail.setCurrentIndex(FOLLOW_UP)

    def _show_consultation(self, c: Consultation, *, keep_edits: bool) -> None:
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
            self.tr("Finalised on {when}. Changes are added as addenda.").format(
                when=fmt_moment(c.finalised_at, lang)
            )
            if finalised
            else self.tr("Not finalised: the notes can still be edited.")
        )
        self.save_notes_button.setEnabled(not finalised)
        self.finalise_button.setEnabled(not finalised)
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

    def _show_referral(self, ref: Referral) -> None:
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

    def _show_follow_up(self, fu: FollowUp) -> None:
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

    def current_item(self) -> TimelineItem | None:
        return self._current

    # -- consultation actions ----------------------------------------------------------------

    def save_notes(self) -> bool:
        c = self._current
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
        c = self._current
        if not isinstance(c, Consultation) or c.finalised_at is not None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Finalise notes"),
                self.tr(
                    "Finalise the notes of this consultation? They can no longer be "
                    "edited afterwards; later changes become addenda."
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
        c = self._current
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

    # -- referral and follow-up actions ------------------------------------------------------

    def update_referral(self) -> None:
        ref = self._current
        if not isinstance(ref, Referral):
            return
        try:
            self.ctx.desk.update_referral(
                ref.id, self.ref_status_combo.currentData(), self.ref_outcome_edit.text()
            )
        except OfficerDeskError as err:
            show_error(self, err)

    def follow_up_action(self, status: str, day: dt.date | None = None) -> None:
        fu = self._current
        if isinstance(fu, FollowUp):
            change_follow_up(self, self.ctx.desk, fu, status, day)

    def _ask_reschedule(self) -> None:
        fu = self._current
        if not isinstance(fu, FollowUp):
            return
        day = ask_reschedule_day(
            self, self.tr("Reschedule follow-up"), fu, self.ctx.desk.clock.today()
        )
        if day is not None:
            self.follow_up_action("open", day)


class AddendumDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add addendum"))
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
        text_label = QLabel(self.tr("&Addendum:"), self)
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


class EraseDialog(QDialog):
    """The serious confirmation before an erasure: what goes, what stays, and a typed word
    (ERASE, or the student's display name) before the Erase button comes alive."""

    def __init__(self, display_name: str, counts: dict[str, int], parent: QWidget) -> None:
        super().__init__(parent)
        self.display_name = display_name.strip()
        self.word = self.tr("ERASE")
        self.setWindowTitle(self.tr("Erase student"))
        self.setAccessibleName(self.tr("Erase student"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        title = heading(self.tr("Erase {name} for good?").format(name=self.display_name), self)
        title.setWordWrap(True)
        layout.addWidget(title)
        what = QLabel(
            self.tr(
                "This deletes everything held on this student: the profile, every case, "
                "consultation, note (dossier, private and addenda), referral, follow-up and "
                "unsaved draft."
            ),
            self,
        )
        what.setWordWrap(True)
        layout.addWidget(what)
        self.counts_label = QLabel(
            self.tr(
                "Cases: {cases} · Consultations: {consultations} · Notes: {notes} · "
                "Addenda: {addenda} · Referrals: {referrals} · Follow-ups: {follow_ups}"
            ).format(**{k: counts.get(k, 0) for k in _COUNT_KEYS}),
            self,
        )
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.counts_label)
        warning = QFrame(self)
        warning.setObjectName("eraseWarning")
        warning.setStyleSheet(
            "#eraseWarning { background: #fdecec; border: 1px solid #c81e1e; border-radius: 4px; }"
        )
        warning_layout = QVBoxLayout(warning)
        self.warning_label = QLabel(
            self.tr(
                "<b>This cannot be undone.</b> Released reports are not changed: they hold "
                'only protected counts. The access log keeps one entry "erased" with the '
                "internal id only, without any personal data. Backups made earlier still "
                "contain the records until they are replaced by newer ones."
            ),
            warning,
        )
        self.warning_label.setWordWrap(True)
        warning_layout.addWidget(self.warning_label)
        layout.addWidget(warning)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setAccessibleName(self.tr("Confirmation"))
        confirm_label = QLabel(
            self.tr("&To confirm, type {word} or the student's full name:").format(word=self.word),
            self,
        )
        confirm_label.setWordWrap(True)
        confirm_label.setBuddy(self.confirm_edit)
        layout.addWidget(confirm_label)
        layout.addWidget(self.confirm_edit)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setAccessibleName(self.tr("Erase the student for good"))
        self.erase_button.setEnabled(False)
        # No default button: Enter erases only once the confirmation is typed, never cancels
        # by surprise and never erases by accident.
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):  # a button box holds push buttons
                button.setAutoDefault(False)
                button.setDefault(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm_edit.textChanged.connect(self._check)
        self.confirm_edit.returnPressed.connect(self.accept)
        layout.addWidget(self.buttons)
        self.confirm_edit.setFocus()
        # Wrapped labels make the plain size hint too tall: fit the height to the width.
        width = max(self.minimumWidth(), self.sizeHint().width())
        self.resize(width, max(layout.totalHeightForWidth(width), layout.minimumSize().height()))

    def confirmed(self) -> bool:
        text = " ".join(self.confirm_edit.text().split())
        if not text:
            return False
        return text in {self.word, "ERASE"} or (
            bool(self.display_name) and text == " ".join(self.display_name.split())
        )

    def _check(self) -> None:
        self.erase_button.setEnabled(self.confirmed())

    def accept(self) -> None:
        if self.confirmed():
            super().accept()


_COUNT_KEYS = ("cases", "consultations", "notes", "addenda", "referrals", "follow_ups")
