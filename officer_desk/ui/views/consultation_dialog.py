"""Log a consultation: keyboard-only from start to save.

Ctrl+Enter saves, Esc asks before discarding, every field has a mnemonic. What is typed is
kept as an encrypted draft in the vault (debounced ~1 s, and on demand through
:meth:`ConsultationDialog.save_draft` before an auto-lock) and restored the next time the
dialog opens for the same key.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QStringListModel, Qt, QTime
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.domain.models import (
    Consultation,
    ConsultationDraft,
    FollowUpDraft,
    ReferralDraft,
    StudentRow,
)
from officer_desk.errors import OfficerDeskError, ValidationError
from officer_desk.services.templates import Template, templates_for
from officer_desk.ui import style
from officer_desk.ui.keyboard import one_tab_stop
from officer_desk.ui.views.common import error_text, fill_vocab, fmt_moment, pydate, select_code
from officer_desk.ui.views.consultation_draft import NEW_KEY, DraftKeeper, draft_key
from officer_desk.ui.views.student_picker import entry, find_students, number_in, who
from officer_desk.ui.views.students import StudentDialog

__all__ = ["NEW_KEY", "ConsultationDialog", "draft_key"]

if TYPE_CHECKING:
    from officer_desk.ui.context import UiContext

log = logging.getLogger(__name__)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    return day  # pragma: no cover


class ConsultationDialog(QDialog):
    """Enter one consultation with topics, notes, referrals and an optional follow-up."""

    def __init__(
        self, ctx: UiContext, student_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        student_id = student_id or None  # 0 means "no student" in UiContext signals
        self.ctx = ctx
        self.desk = ctx.desk
        self.lang = ctx.lang
        self.fixed_student = student_id
        self.student_id: int | None = student_id
        self.key = draft_key(student_id)
        self.saved: Consultation | None = None
        self.drafts = DraftKeeper(
            self.desk,
            self.key,
            lambda: (self._payload(), self.student_id),
            self._show_error,
            self,
        )
        self._invalid: QWidget | None = None
        self._loading = True
        self._quick = False
        self._referrals: list[ReferralDraft] = []
        self._picks: dict[str, int] = {}
        self.setWindowTitle(self.tr("Log consultation"))
        self.setModal(True)
        self._build()
        self._connect_changes()
        self._loading = False
        self._restore_draft()
        self._first_focus().setFocus()

    # -- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.addWidget(self._build_banner())
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        columns.addLayout(self._build_who_and_what(), 2)  # who, when, how, what about
        columns.addLayout(self._build_notes(), 3)
        bottom = QHBoxLayout()  # referrals and follow-up side by side
        outer.addLayout(bottom)
        bottom.addWidget(self._build_referrals(), 1)
        bottom.addWidget(self._build_follow_up(), 1)
        self._build_buttons(outer)
        self._set_tab_order()
        self.resize(980, 720)

    def _build_banner(self) -> QFrame:
        """The line that says a draft was restored, with "Start new"."""
        self.banner = QFrame(self)
        self.banner.setObjectName("draftBanner")
        style.themed_css(self.banner, lambda: style.banner_css("warning", "#draftBanner"))
        banner_row = QHBoxLayout(self.banner)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.start_over_button = QPushButton(self.tr("Start &new"), self.banner)
        self.start_over_button.setAutoDefault(False)
        self.start_over_button.clicked.connect(self._start_over)
        banner_row.addWidget(self.banner_label, 1)
        banner_row.addWidget(self.start_over_button)
        self.banner.hide()

        return self.banner

    def _build_who_and_what(self) -> QFormLayout:
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.student_edit = QLineEdit(self)
        self.student_label = QLabel(self)
        self.new_student_button = QPushButton(self.tr("N&ew student…"), self)
        if self.fixed_student is None:
            self.student_edit.setPlaceholderText(self.tr("Type a name or student number"))
            self._completer_model = QStringListModel(self)
            self.completer = QCompleter(self._completer_model, self)
            self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.completer.setMaxVisibleItems(12)
            self.student_edit.setCompleter(self.completer)
            self.completer.activated.connect(self._picked)
            self.student_edit.textEdited.connect(self._student_typed)
            self.student_edit.editingFinished.connect(self._resolve_student)
            # Offered when what is typed matches nobody: create the student right here.
            self.new_student_button.setToolTip(
                self.tr("No student matches what you typed: add a new student with this name")
            )
            self.new_student_button.clicked.connect(self.new_student)
            self.new_student_button.hide()
            picker = QHBoxLayout()
            picker.setContentsMargins(0, 0, 0, 0)
            picker.addWidget(self.student_edit, 1)
            picker.addWidget(self.new_student_button)
            label = QLabel(self.tr("&Student:"), self)
            label.setBuddy(self.student_edit)
            left.addRow(label, picker)
            self.student_label.hide()
        else:
            # Not in the layout: it would show as a stray box over the "Student:" label.
            self.student_edit.hide()
            self.new_student_button.hide()
            student = self.desk.student(self.fixed_student)
            self.student_label.setText(who(student))
            self.student_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            font = self.student_label.font()
            font.setBold(True)
            self.student_label.setFont(font)
            left.addRow(self.tr("Student:"), self.student_label)

        now = self.desk.clock.now()
        self.when_edit = one_tab_stop(QDateTimeEdit(self))
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("d MMM yyyy  HH:mm")
        self.when_edit.setDateTime(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self._add_row(left, self.tr("&When:"), self.when_edit)

        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 480)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setValue(30)
        self.duration_spin.setSuffix(self.tr(" min"))
        self._add_row(left, self.tr("D&uration:"), self.duration_spin)

        self.channel_combo = QComboBox(self)
        fill_vocab(self.channel_combo, "channel", self.lang)
        self._add_row(left, self.tr("&Channel:"), self.channel_combo)

        self.initiator_combo = QComboBox(self)
        fill_vocab(self.initiator_combo, "initiator", self.lang)
        self._add_row(left, self.tr("&Initiated by:"), self.initiator_combo)

        self.urgency_combo = QComboBox(self)
        fill_vocab(self.urgency_combo, "urgency", self.lang)
        self._add_row(left, self.tr("U&rgency:"), self.urgency_combo)

        self.topic_list = QListWidget(self)
        self.topic_list.setToolTip(self.tr("Space ticks or unticks the current topic"))
        for code in codebook.codes("topic"):
            item = QListWidgetItem(codebook.label("topic", code, self.lang), self.topic_list)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        self.topic_list.setCurrentRow(0)
        self.topic_list.setMinimumHeight(self.topic_list.sizeHintForRow(0) * 7)
        self._add_row(left, self.tr("&Topics:"), self.topic_list)

        self.primary_combo = QComboBox(self)
        self.primary_combo.setPlaceholderText(self.tr("Tick a topic first"))
        self._add_row(left, self.tr("&Primary topic:"), self.primary_combo)

        return left

    def _build_notes(self) -> QVBoxLayout:
        """The dossier note and the private working note."""
        right = QVBoxLayout()
        self.dossier_edit = QPlainTextEdit(self)
        self.dossier_edit.setTabChangesFocus(True)
        self.dossier_edit.setPlaceholderText(
            self.tr("What happened and what was agreed. The student may see this on request.")
        )
        dossier_label = QLabel(self.tr("&Dossier note (the student may see this):"), self)
        dossier_label.setBuddy(self.dossier_edit)
        dossier_row = QHBoxLayout()
        dossier_row.addWidget(dossier_label, 1)
        dossier_row.addWidget(self._build_template_button())
        right.addLayout(dossier_row)
        right.addWidget(self.dossier_edit, 3)
        self.private_edit = QPlainTextEdit(self)
        self.private_edit.setTabChangesFocus(True)
        self.private_edit.setPlaceholderText(self.tr("Your own working notes and impressions."))
        private_label = QLabel(self.tr("Pri&vate working note:"), self)
        private_label.setBuddy(self.private_edit)
        right.addWidget(private_label)
        right.addWidget(self.private_edit, 2)
        for edit in (self.dossier_edit, self.private_edit):
            edit.installEventFilter(self)  # remembers the note a template goes into

        return right

    def _build_referrals(self) -> QGroupBox:
        ref_box = QGroupBox(self.tr("Referrals"), self)
        ref_grid = QGridLayout(ref_box)
        self.destination_combo = QComboBox(ref_box)
        fill_vocab(self.destination_combo, "destination", self.lang)
        self.ref_status_combo = QComboBox(ref_box)
        fill_vocab(self.ref_status_combo, "referral_status", self.lang)
        select_code(self.ref_status_combo, "made")
        self.ref_status_combo.setAccessibleName(self.tr("Referral status"))
        self.add_ref_button = QPushButton(self.tr("&Add referral"), ref_box)
        self.add_ref_button.clicked.connect(self._add_referral)
        self.ref_list = QListWidget(ref_box)
        self.ref_list.setAccessibleName(self.tr("Referrals to save"))
        self.ref_list.setMaximumHeight(
            self.ref_list.sizeHintForRow(0) * 4 + 8 if self.ref_list.count() else 80
        )
        self.remove_ref_button = QPushButton(self.tr("Re&move"), ref_box)
        self.remove_ref_button.clicked.connect(self._remove_referral)
        dest_label = QLabel(self.tr("Re&ferral to:"), ref_box)
        dest_label.setBuddy(self.destination_combo)
        ref_grid.addWidget(dest_label, 0, 0)
        ref_grid.addWidget(self.destination_combo, 0, 1)
        ref_grid.addWidget(self.ref_status_combo, 0, 2)
        ref_grid.addWidget(self.add_ref_button, 0, 3)
        ref_grid.addWidget(self.ref_list, 1, 0, 1, 3)
        ref_grid.addWidget(self.remove_ref_button, 1, 3, Qt.AlignmentFlag.AlignTop)
        ref_grid.setColumnStretch(1, 1)

        return ref_box

    def _build_follow_up(self) -> QGroupBox:
        now = self.desk.clock.now()
        fu_box = QGroupBox(self.tr("Follow-up"), self)
        fu_grid = QGridLayout(fu_box)
        self.follow_up_check = QCheckBox(self.tr("Sc&hedule a follow-up"), fu_box)
        self.due_edit = one_tab_stop(QDateEdit(fu_box))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setAccessibleName(self.tr("Follow-up date"))
        self.due_edit.setDisplayFormat("d MMM yyyy")
        self.due_edit.setDate(QDate(now.year, now.month, now.day).addDays(14))
        self.week_button = QPushButton(self.tr("+1 week"), fu_box)
        self.two_weeks_button = QPushButton(self.tr("+2 weeks"), fu_box)
        self.month_button = QPushButton(self.tr("+1 month"), fu_box)
        self.week_button.clicked.connect(lambda: self._quick_pick(days=7))
        self.two_weeks_button.clicked.connect(lambda: self._quick_pick(days=14))
        self.month_button.clicked.connect(lambda: self._quick_pick(months=1))
        self.kind_combo = QComboBox(fu_box)
        fill_vocab(self.kind_combo, "follow_up_kind", self.lang)
        self.fu_note_edit = QLineEdit(fu_box)
        self.fu_note_edit.setPlaceholderText(self.tr("Optional short note"))
        self.fu_note_edit.setAccessibleName(self.tr("Follow-up note"))
        kind_label = QLabel(self.tr("&Kind:"), fu_box)
        kind_label.setBuddy(self.kind_combo)
        fu_grid.addWidget(self.follow_up_check, 0, 0, 1, 4)
        fu_grid.addWidget(QLabel(self.tr("Due:"), fu_box), 1, 0)
        fu_grid.addWidget(self.due_edit, 1, 1)
        quick = QHBoxLayout()
        for button in (self.week_button, self.two_weeks_button, self.month_button):
            quick.addWidget(button)
        fu_grid.addLayout(quick, 1, 2, 1, 2)
        fu_grid.addWidget(kind_label, 2, 0)
        fu_grid.addWidget(self.kind_combo, 2, 1)
        fu_grid.addWidget(self.fu_note_edit, 2, 2, 1, 2)
        fu_grid.setColumnStretch(1, 1)
        self._follow_up_toggled(False)
        self.follow_up_check.toggled.connect(self._follow_up_toggled)

        return fu_box

    def _build_buttons(self, outer: QVBoxLayout) -> None:
        """The error line, Cancel and Save, and the keyboard shortcuts."""
        self.error_label = style.error_label(self, reserve=True)
        outer.addWidget(self.error_label)

        buttons = QHBoxLayout()
        self.hint_label = QLabel(self.tr("Ctrl+Enter saves · Esc cancels"), self)
        self.hint_label.setEnabled(False)
        buttons.addWidget(self.hint_label, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the consultation (Ctrl+Enter)"))
        for button in (self.cancel_button, self.save_button):
            buttons.addWidget(button)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        outer.addLayout(buttons)

        # Enter in a field must never save by accident: no default buttons.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.save)
        remove = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.ref_list)
        remove.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove.activated.connect(self._remove_referral)

    def _set_tab_order(self) -> None:
        order: list[QWidget] = []
        if self.fixed_student is None:
            order += [self.student_edit, self.new_student_button]
        order += [
            self.when_edit,
            self.duration_spin,
            self.channel_combo,
            self.initiator_combo,
            self.urgency_combo,
            self.topic_list,
            self.primary_combo,
            self.template_button,  # above the notes, beside the dossier note's label
            self.dossier_edit,
            self.private_edit,
            self.destination_combo,
            self.ref_status_combo,
            self.add_ref_button,
            self.ref_list,
            self.remove_ref_button,
            self.follow_up_check,
            self.due_edit,
            self.week_button,
            self.two_weeks_button,
            self.month_button,
            self.kind_combo,
            self.fu_note_edit,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_template_button(self) -> QPushButton:
        """The "Insert template" menu: the officer's note templates in the display language,
        read from the vault each time it opens (so edits in File ▸ Note templates… show at
        once). The body goes in at the cursor of the note last typed in (the dossier note
        until the private note had the focus)."""
        self._target_note = self.dossier_edit
        self.template_button = QPushButton(self.tr("Insert temp&late"), self)
        self.template_button.setAccessibleName(self.tr("Insert a note template"))
        self.template_button.setToolTip(
            self.tr(
                "Insert a template at the cursor of the note you were typing in (the dossier "
                "note if you have not typed in a note yet). Edit the templates in File ▸ Note "
                "templates…"
            )
        )
        self.template_menu = QMenu(self.template_button)
        self.template_menu.setAccessibleName(self.tr("Note templates"))
        self.template_menu.aboutToShow.connect(self._fill_template_menu)
        self.template_button.setMenu(self.template_menu)
        return self.template_button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in (
            getattr(self, "dossier_edit", None),
            getattr(self, "private_edit", None),
        ):
            self._target_note = watched  # type: ignore[assignment]
        return super().eventFilter(watched, event)

    def note_templates(self) -> list[Template]:
        """The templates offered now (read from the vault: edits show without reopening)."""
        try:
            return templates_for(self.desk, self.lang)
        except OfficerDeskError as err:
            self._show_error(err)
            return []

    def _fill_template_menu(self) -> None:
        menu = self.template_menu
        menu.clear()
        target = (
            self.tr("Into the dossier note")
            if self._target_note is self.dossier_edit
            else self.tr("Into the private working note")
        )
        menu.addSection(target)
        templates = self.note_templates()
        for template in templates:
            # A "&" in a template name is shown as typed, not as a mnemonic.
            action = menu.addAction(template.name.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, t=template: self.insert_template(t))
        if not templates:
            empty = menu.addAction(self.tr("No templates (add them in File ▸ Note templates…)"))
            empty.setEnabled(False)

    def insert_template(self, template: Template, edit: QPlainTextEdit | None = None) -> None:
        """Insert ``template``'s body at the cursor of ``edit`` (default: the note last typed
        in) and give that note the focus."""
        edit = edit or self._target_note
        if edit.isReadOnly():
            return
        cursor = edit.textCursor()
        body = template.body
        # Start on a line of its own when the cursor is in the middle of text.
        if cursor.positionInBlock() > 0 and body and not body.startswith("\n"):
            body = "\n" + body
        cursor.insertText(body)
        edit.setTextCursor(cursor)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    def _first_focus(self) -> QWidget:
        return self.student_edit if self.fixed_student is None else self.when_edit

    def _connect_changes(self) -> None:
        changed = self._changed
        self.student_edit.textChanged.connect(changed)
        self.when_edit.dateTimeChanged.connect(changed)
        self.duration_spin.valueChanged.connect(changed)
        for combo in (
            self.channel_combo,
            self.initiator_combo,
            self.urgency_combo,
            self.primary_combo,
            self.kind_combo,
        ):
            combo.currentIndexChanged.connect(changed)
        self.topic_list.itemChanged.connect(self._topics_changed)
        self.dossier_edit.textChanged.connect(changed)
        self.private_edit.textChanged.connect(changed)
        self.follow_up_check.toggled.connect(changed)
        self.due_edit.dateChanged.connect(changed)
        self.fu_note_edit.textChanged.connect(changed)

    # -- student picker ----------------------------------------------------------------------

    def _student_typed(self, text: str) -> None:
        self.student_id = None
        self._picks = {}
        entries: list[str] = []
        for row in find_students(self.ctx, text, limit=15):
            text_shown = entry(row, self.lang)
            if text_shown in self._picks:  # namesakes alike in every shown detail
                text_shown += f" · #{row.id}"
            self._picks[text_shown] = row.id
            entries.append(text_shown)
        self._completer_model.setStringList(entries)
        self.new_student_button.setVisible(bool(text.strip()) and not entries)
        popup = self.completer.popup()
        if entries and popup is not None:
            # Wide enough for number, faculty and last contact: what tells namesakes apart.
            metrics = popup.fontMetrics()
            width = max(metrics.horizontalAdvance(e) for e in entries) + 48
            popup.setMinimumWidth(min(max(width, self.student_edit.width()), 760))

    def picker_entries(self) -> list[str]:
        """The students the picker offers for what is typed, in order."""
        return list(self._completer_model.stringList())

    def _picked(self, text: str) -> None:
        if text in self._picks:
            self.student_id = self._picks[text]
            self.new_student_button.hide()
            self._clear_error()

    def _resolve_student(self) -> None:
        """Leaving the field with exactly one match chooses it."""
        if self.fixed_student is not None or self.student_id is not None:
            return
        text = self.student_edit.text()
        if text in self._picks:
            self.student_id = self._picks[text]
            return
        if not text.strip():
            return
        rows = find_students(self.ctx, text, limit=2)
        if len(rows) == 1:
            self._choose(rows[0])

    def _choose(self, row: StudentRow) -> None:
        self.student_id = row.id
        shown = entry(row, self.lang)
        self._picks[shown] = row.id
        self._loading = True
        self.student_edit.setText(shown)
        self.student_edit.setCursorPosition(0)  # the name first, the details after it
        self._loading = False
        self.new_student_button.hide()
        self._clear_error()

    def new_student(self) -> StudentDialog:
        """The new-student form, filled in with what was typed (a student number goes to
        its own field); saving it chooses the new student here, the notes untouched."""
        words = self.student_edit.text().split()
        numbers = [w for w in words if number_in(w)]
        form = StudentDialog(self.ctx, None, self)
        form.name_edit.setText(" ".join(w for w in words if w not in numbers))
        if numbers:
            form.number_edit.setText(numbers[0])
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        form.accepted.connect(lambda f=form: self._student_created(f))
        form.open()
        return form

    def _student_created(self, form: StudentDialog) -> None:
        student = form.result_student
        if student is None or student.id is None:
            return
        rows = [r for r in find_students(self.ctx, student.display_name, 50) if r.id == student.id]
        if rows:
            self._choose(rows[0])
        self._changed()
        self.when_edit.setFocus()

    # -- topics, referrals, follow-up --------------------------------------------------------

    def _checked_topics(self) -> list[str]:
        out = []
        for i in range(self.topic_list.count()):
            item = self.topic_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _topics_changed(self) -> None:
        current = self.primary_combo.currentData()
        chosen = self._checked_topics()
        self.primary_combo.blockSignals(True)
        self.primary_combo.clear()
        for code in chosen:
            self.primary_combo.addItem(codebook.label("topic", code, self.lang), code)
        if current in chosen:
            select_code(self.primary_combo, current)
        elif chosen:
            self.primary_combo.setCurrentIndex(0)
        self.primary_combo.blockSignals(False)
        self._changed()

    def _add_referral(self) -> None:
        ref = ReferralDraft(
            self.destination_combo.currentData(), self.ref_status_combo.currentData()
        )
        if any(r.destination == ref.destination for r in self._referrals):
            return
        self._referrals.append(ref)
        self._show_referrals()
        self.ref_list.setCurrentRow(self.ref_list.count() - 1)
        self._changed()

    def _remove_referral(self) -> None:
        row = self.ref_list.currentRow()
        if 0 <= row < len(self._referrals):
            del self._referrals[row]
            self._show_referrals()
            self._changed()

    def _show_referrals(self) -> None:
        self.ref_list.clear()
        for ref in self._referrals:
            self.ref_list.addItem(
                f"{codebook.label('destination', ref.destination, self.lang)} — "
                f"{codebook.label('referral_status', ref.status, self.lang)}"
            )
        self.remove_ref_button.setEnabled(bool(self._referrals))

    def _follow_up_toggled(self, on: bool) -> None:
        for widget in (self.due_edit, self.kind_combo, self.fu_note_edit):
            widget.setEnabled(on)
        if on and not self._loading and not self._quick:
            self.due_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _quick_pick(self, *, days: int = 0, months: int = 0) -> None:
        start = pydate(self.when_edit.date())
        due = _add_months(start, months) + dt.timedelta(days=days)
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        self._quick = True
        self.follow_up_check.setChecked(True)
        self._quick = False

    # -- values ------------------------------------------------------------------------------

    def _started_at(self) -> dt.datetime:
        value = self.when_edit.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def build_draft(self) -> ConsultationDraft:
        """The consultation as entered (not validated: the service does that)."""
        if self.student_id is None:
            self._resolve_student()
        if self.student_id is None:
            raise LookupError("no student chosen")
        follow_up = None
        if self.follow_up_check.isChecked():
            follow_up = FollowUpDraft(
                pydate(self.due_edit.date()),
                self.kind_combo.currentData(),
                note=self.fu_note_edit.text(),
            )
        topics = self._checked_topics()
        return ConsultationDraft(
            student_id=self.student_id,
            started_at=self._started_at(),
            duration_min=self.duration_spin.value(),
            channel=self.channel_combo.currentData(),
            initiator=self.initiator_combo.currentData(),
            topics=topics,
            primary_topic=self.primary_combo.currentData() or (topics[0] if topics else ""),
            urgency=self.urgency_combo.currentData(),
            dossier_note=self.dossier_edit.toPlainText(),
            private_note=self.private_edit.toPlainText(),
            referrals=[ReferralDraft(r.destination, r.status, r.outcome) for r in self._referrals],
            follow_up=follow_up,
        )

    def _payload(self) -> dict[str, Any]:
        return {
            "version": 1,
            "student_id": self.student_id,
            "student_text": self.student_edit.text() if self.fixed_student is None else "",
            "started_at": self._started_at().isoformat(timespec="minutes"),
            "duration_min": self.duration_spin.value(),
            "channel": self.channel_combo.currentData(),
            "initiator": self.initiator_combo.currentData(),
            "urgency": self.urgency_combo.currentData(),
            "topics": self._checked_topics(),
            "primary_topic": self.primary_combo.currentData() or "",
            "dossier_note": self.dossier_edit.toPlainText(),
            "private_note": self.private_edit.toPlainText(),
            "referrals": [[r.destination, r.status] for r in self._referrals],
            "follow_up": self.follow_up_check.isChecked(),
            "due_date": pydate(self.due_edit.date()).isoformat(),
            "kind": self.kind_combo.currentData(),
            "follow_up_note": self.fu_note_edit.text(),
        }

    def _apply(self, p: dict[str, Any]) -> None:
        self._loading = True
        try:
            if self.fixed_student is None:
                self.student_edit.setText(str(p.get("student_text", "")))
                sid = p.get("student_id")
                if isinstance(sid, int):
                    try:
                        self.desk.student(sid)
                        self.student_id = sid
                        self._picks[self.student_edit.text()] = sid
                    except OfficerDeskError:
                        self.student_id = None
                typed = self.student_edit.text()
                if self.student_id is None and typed.strip():
                    self.new_student_button.setVisible(not find_students(self.ctx, typed, 1))
            try:
                when = dt.datetime.fromisoformat(str(p.get("started_at")))
                self.when_edit.setDateTime(
                    QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute))
                )
            except ValueError:
                pass
            duration = p.get("duration_min")
            if isinstance(duration, int):
                self.duration_spin.setValue(duration)
            select_code(self.channel_combo, str(p.get("channel", "")))
            select_code(self.initiator_combo, str(p.get("initiator", "")))
            select_code(self.urgency_combo, str(p.get("urgency", "")))
            topics = set(p.get("topics") or [])
            for i in range(self.topic_list.count()):
                item = self.topic_list.item(i)
                checked = item.data(Qt.ItemDataRole.UserRole) in topics
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self._topics_changed()
            select_code(self.primary_combo, str(p.get("primary_topic", "")))
            self.dossier_edit.setPlainText(str(p.get("dossier_note", "")))
            self.private_edit.setPlainText(str(p.get("private_note", "")))
            self._referrals = [
                ReferralDraft(d, s)
                for d, s in p.get("referrals") or []
                if codebook.is_valid("destination", d) and codebook.is_valid("referral_status", s)
            ]
            self._show_referrals()
            try:
                due = dt.date.fromisoformat(str(p.get("due_date")))
                self.due_edit.setDate(QDate(due.year, due.month, due.day))
            except ValueError:
                pass
            select_code(self.kind_combo, str(p.get("kind", "")))
            self.fu_note_edit.setText(str(p.get("follow_up_note", "")))
            self.follow_up_check.setChecked(bool(p.get("follow_up")))
        finally:
            self._loading = False

    # -- drafts (when and whether: consultation_draft.DraftKeeper) ---------------------------

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.drafts.changed()

    @property
    def dirty(self) -> bool:
        """Whether the dialog holds input that is not saved as a consultation."""
        return self.drafts.dirty

    def save_draft(self) -> bool:
        """Keep what is typed as an encrypted draft now (the lock controller calls this
        before locking; closing the dialog right after does not ask again). Returns whether
        the input is kept as a draft."""
        return self.drafts.keep()

    def _restore_draft(self) -> None:
        found = self.drafts.load()
        if found is None:
            return
        payload, saved_at = found
        self._apply(payload)
        when = fmt_moment(saved_at, self.lang) if saved_at is not None else ""
        self.banner_label.setText(
            self.tr("Restored the consultation you had not saved yet ({when}).").format(when=when)
        )
        self.banner.show()

    def _start_over(self) -> None:
        self.drafts.discard()
        self.banner.hide()
        self._loading = True
        if self.fixed_student is None:
            self.student_id = None
            self.student_edit.clear()
        self.dossier_edit.clear()
        self.private_edit.clear()
        for i in range(self.topic_list.count()):
            self.topic_list.item(i).setCheckState(Qt.CheckState.Unchecked)
        self._topics_changed()
        self._referrals = []
        self._show_referrals()
        self.follow_up_check.setChecked(False)
        self.fu_note_edit.clear()
        self._loading = False
        self._first_focus().setFocus()

    # -- saving and closing ------------------------------------------------------------------

    def _field_widget(self, name: str) -> QWidget | None:
        return {
            "student": self.student_edit,
            "case": self.student_edit,
            "started_at": self.when_edit,
            "duration_min": self.duration_spin,
            "channel": self.channel_combo,
            "initiator": self.initiator_combo,
            "urgency": self.urgency_combo,
            "topics": self.topic_list,
            "primary_topic": self.primary_combo,
            "dossier_note": self.dossier_edit,
            "private_note": self.private_edit,
            "destination": self.destination_combo,
            "referral_status": self.ref_status_combo,
            "outcome": self.ref_list,
            "due_date": self.due_edit,
            "follow_up_kind": self.kind_combo,
            "follow_up_note": self.fu_note_edit,
        }.get(name)

    def _show_error(self, err: OfficerDeskError) -> None:
        self._show_message(error_text(err), self._field_widget(getattr(err, "field", "")))

    def _show_message(self, text: str, widget: QWidget | None) -> None:
        self._clear_error()
        self.error_label.setText(text)
        self.error_label.show()
        if widget is not None and widget.isEnabled():
            widget.setStyleSheet(f"border: 2px solid {style.tone('error').name()};")
            self._invalid = widget
            widget.setFocus()

    def _clear_error(self) -> None:
        widget = getattr(self, "_invalid", None)
        if widget is not None:
            widget.setStyleSheet("")
            self._invalid = None
        self.error_label.hide()
        self.error_label.clear()

    @property
    def error(self) -> str:
        """The error shown, if any (for tests and accessibility)."""
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def save(self) -> bool:
        """Validate and save in one transaction; on bad input nothing is saved."""
        self.drafts.timer.stop()
        self._clear_error()
        try:
            draft = self.build_draft()
        except LookupError:
            if self.new_student_button.isVisible():
                self._show_message(
                    self.tr(
                        "No student matches what you typed. Press New student… to add them, "
                        "or correct the name."
                    ),
                    self.student_edit,
                )
            else:
                self._show_message(self.tr("Choose a student."), self.student_edit)
            return False
        try:
            self.saved = self.desk.log_consultation(draft, draft_key=self.key)
        except ValidationError as err:
            self._show_error(err)
            self.drafts.write()
            return False
        except OfficerDeskError as err:
            self._show_error(err)
            return False
        self.drafts.mark_saved()
        self._say_saved(self.saved)
        self.accept()
        return True

    def _say_saved(self, saved: Consultation) -> None:
        """The window's notice names whom it was saved for (on screen only, never logged)."""
        try:
            student = self.desk.student(saved.student_id)
        except OfficerDeskError:
            return
        self.ctx.notice_requested.emit(
            self.tr("Saved for {student}").format(student=who(student)),
            saved.student_id,
            saved.id,
        )

    def ask_discard(self) -> str:
        """Ask what to do with unsaved input: 'discard', 'keep' (as a draft) or 'cancel'."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved consultation"))
        box.setText(self.tr("This consultation has not been saved."))
        box.setInformativeText(
            self.tr("Keep it as a draft to finish later, or discard what you typed?")
        )
        keep = box.addButton(self.tr("&Keep as draft"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(self.tr("Continue &editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is discard:
            return "discard"
        if clicked is keep:
            return "keep"
        return "cancel"

    def reject(self) -> None:
        drafts = self.drafts
        drafts.timer.stop()
        if drafts.dirty and not drafts.kept:
            choice = self.ask_discard()
            if choice == "cancel":
                if drafts.unwritten:
                    drafts.timer.start()
                return
            if choice == "keep":
                drafts.write()
            else:
                drafts.discard()
        elif not drafts.dirty and self.saved is None:
            drafts.discard()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter alone must not close the dialog (no default button); Esc goes to reject().
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)
