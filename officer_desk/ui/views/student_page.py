"""One student's page: profile, cases, and a timeline of consultations, referrals and
follow-ups (newest first) with a detail panel for the selected entry."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.domain.models import Case, Consultation, FollowUp, Referral
from officer_desk.errors import OfficerDeskError
from officer_desk.services import desk as change
from officer_desk.services.desk import StudentPage
from officer_desk.services.privacy import ErasureReport, Privacy, close_worker, open_worker
from officer_desk.ui import style
from officer_desk.ui.export_dialog import ExportDialog
from officer_desk.ui.icons import icon
from officer_desk.ui.messages import error_message
from officer_desk.ui.models import CaseModel, TimelineItem, TimelineModel, build_timeline
from officer_desk.ui.tasks import WAIT, run_job
from officer_desk.ui.views.common import (
    BaseView,
    error_text,
    heading,
    make_table,
    show_error,
)
from officer_desk.ui.views.student_sections import (
    ConsultationSection,
    FollowUpSection,
    ReferralSection,
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
        self._erasing = False
        self.privacy = Privacy(ctx.desk)
        lang = ctx.lang
        layout = style.view_layout(self)

        # Profile header.
        head = QHBoxLayout()
        names = QVBoxLayout()
        self.name_label = heading("", self)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_label.setWordWrap(True)  # a long name must not widen the window
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
        style.themed_css(
            self.hold_label,
            lambda: style.banner_css("warning", "#legalHoldLabel").replace(
                " }", " padding: 2px 6px; }"
            ),
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
        self.edit_button.setIcon(icon("edit"))
        self.log_button.setIcon(icon("log_consultation"))
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
        self.case_table = make_table(
            cases_box, empty_text=self.tr("No cases. Logging a consultation opens one.")
        )
        self.case_table.setModel(self.case_model)
        self.case_table.setAccessibleName(self.tr("Cases"))
        self.case_table.selectionModel().currentRowChanged.connect(self._update_case_buttons)
        cases_layout.addWidget(self.case_table)
        case_buttons = style.FlowLayout()
        self.new_case_button = QPushButton(self.tr("Open new &case…"), cases_box)
        self.close_case_button = QPushButton(self.tr("Cl&ose case…"), cases_box)
        self.reopen_case_button = QPushButton(self.tr("Reo&pen case"), cases_box)
        self.new_case_button.clicked.connect(self._ask_open_case)
        self.close_case_button.clicked.connect(self._ask_close_case)
        self.reopen_case_button.clicked.connect(self._reopen_selected_case)
        self.new_case_button.setIcon(icon("add"))
        self.close_case_button.setIcon(icon("done"))
        self.reopen_case_button.setIcon(icon("undo"))
        for button in (self.new_case_button, self.close_case_button, self.reopen_case_button):
            case_buttons.addWidget(button)
        case_buttons.addStretch(1)
        cases_layout.addLayout(case_buttons)
        left_layout.addWidget(cases_box)

        left_layout.addWidget(heading(self.tr("Timeline"), left))
        self.timeline_model = TimelineModel(lang, self)
        self.timeline = make_table(
            left,
            empty_text=self.tr(
                "Nothing recorded for this student yet. Press Log consultation… to add the "
                "first consultation."
            ),
        )
        self.timeline.setModel(self.timeline_model)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.selectionModel().currentRowChanged.connect(self._timeline_selected)
        left_layout.addWidget(self.timeline, 1)
        split.addWidget(left)

        self.detail = QStackedWidget(split)
        self.detail.addWidget(self._build_empty())
        self.consultation = ConsultationSection(ctx, self)
        self.referral = ReferralSection(ctx, self)
        self.follow_up = FollowUpSection(ctx, self)
        for section in (self.consultation, self.referral, self.follow_up):
            self.detail.addWidget(section)
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
        self.privacy_button.setIcon(icon("privacy"))
        self.export_action.setIcon(icon("export"))
        self.erase_action.setIcon(icon("erase"))
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
            # room for the horizontal scroll bar a narrow window shows, so no row is cut
            + self.case_table.horizontalScrollBar().sizeHint().height()
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
        self.consultation.clear()
        self.name_label.clear()
        self.details_label.clear()
        self.case_model.set_records([])
        self.timeline_model.set_records([])
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
        desk.notify(change.STUDENTS, change.CASES, change.CONSULTATIONS, change.REFERRALS)
        desk.notify(change.FOLLOW_UPS, change.DRAFTS, change.ACCESS_LOG)
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

    def show_consultation(self, consultation_id: int) -> bool:
        """Select one consultation in the timeline, scrolled into view and with its details
        shown (a note match in the search, the notice after a save). False if not here."""
        if not self.select_item(Consultation, consultation_id):
            return False
        self.timeline.scrollTo(self.timeline.currentIndex())
        self.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

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
            self.consultation.show_consultation(item, keep_edits=same)
            self.detail.setCurrentIndex(CONSULTATION)
        elif isinstance(item, Referral):
            self.referral.show_referral(item)
            self.detail.setCurrentIndex(REFERRAL)
        else:
            self.follow_up.show_follow_up(item)
            self.detail.setCurrentIndex(FOLLOW_UP)

    def current_item(self) -> TimelineItem | None:
        return self._current

    # -- the detail sections' actions, for the entry shown ------------------------------------

    def save_notes(self) -> bool:
        if not isinstance(self._current, Consultation):
            return False
        return self.consultation.save_notes()

    def finalise(self, *, confirm: bool = True) -> None:
        if isinstance(self._current, Consultation):
            self.consultation.finalise(confirm=confirm)

    def add_addendum(self, layer: str, body: str) -> bool:
        if not isinstance(self._current, Consultation):
            return False
        return self.consultation.add_addendum(layer, body)

    def update_referral(self) -> None:
        if isinstance(self._current, Referral):
            self.referral.update_referral()

    def follow_up_action(self, status: str, day: dt.date | None = None) -> None:
        if isinstance(self._current, FollowUp):
            self.follow_up.follow_up_action(status, day)

    # -- consultation actions ----------------------------------------------------------------


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
                "consultation, note (dossier, private and what was added later), referral, "
                "follow-up and unsaved draft."
            ),
            self,
        )
        what.setWordWrap(True)
        layout.addWidget(what)
        self.counts_label = QLabel(
            self.tr(
                "Cases: {cases} · Consultations: {consultations} · Notes: {notes} · "
                "Added later: {addenda} · Referrals: {referrals} · Follow-ups: {follow_ups}"
            ).format(**{k: counts.get(k, 0) for k in _COUNT_KEYS}),
            self,
        )
        self.counts_label.setWordWrap(True)
        layout.addWidget(self.counts_label)
        warning = QFrame(self)
        warning.setObjectName("eraseWarning")
        style.themed_css(warning, lambda: style.banner_css("error", "#eraseWarning"))
        warning_layout = QVBoxLayout(warning)
        self.warning_label = QLabel(
            self.tr(
                "<b>This cannot be undone.</b> Released reports are not changed: they hold "
                'only protected counts. The access log keeps one entry "Erased a student" with '
                "the record's number only, without any personal data. Backups made earlier "
                "still contain the records until they are replaced by newer ones."
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
