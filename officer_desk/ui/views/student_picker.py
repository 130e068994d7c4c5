"""Choosing a student where a wrong choice files a note in the wrong record: the words that
tell namesakes apart (number, faculty, last contact), and the dialog that moves a
consultation to another student.

Names shown here are on the officer's own screen only; nothing of them is logged. The notice
that says for whom something was saved is the message bar (``ui/message_bar.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.domain.models import Consultation, Student, StudentRow
from officer_desk.errors import OfficerDeskError
from officer_desk.services.corrections import Corrections
from officer_desk.ui import style
from officer_desk.ui.views.common import error_text, fmt_date, fmt_moment

if TYPE_CHECKING:
    from officer_desk.ui.context import UiContext


def who(student: Student | StudentRow) -> str:
    """ "Lotte Jansma (s4455667)", or the name alone when there is no number."""
    if student.student_number:
        return QCoreApplication.translate("StudentPicker", "{name} ({number})").format(
            name=student.display_name, number=student.student_number
        )
    return student.display_name


def entry(row: StudentRow, lang: str) -> str:
    """A picker line that tells namesakes apart: name (number) · faculty · last contact."""
    parts = [who(row)]
    if row.faculty:
        parts.append(codebook.label("faculty", row.faculty, lang))
    parts.append(
        QCoreApplication.translate("StudentPicker", "last contact {date}").format(
            date=fmt_date(row.last_contact, lang)
        )
        if row.last_contact
        else QCoreApplication.translate("StudentPicker", "no contact yet")
    )
    return " · ".join(parts)


def number_in(text: str) -> str:
    """The typed text as a student number to rank first ("" when it is not one)."""
    word = "".join(text.split()).lower()
    digits = word[1:] if word[:1] in ("s", "u", "p") else word
    return word if digits.isdigit() and 6 <= len(digits) <= 8 else ""


def find_students(ctx: UiContext, text: str, limit: int = 15) -> list[StudentRow]:
    """Students whose name or number holds every typed word; an exact number first."""
    if not text.split():
        return []
    return ctx.desk.list_students(text=text, limit=limit, number_first=number_in(text))


class MoveConsultationDialog(QDialog):
    """Choose the student a consultation should have been saved for, confirm, move."""

    def __init__(
        self, ctx: UiContext, consultation: Consultation, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.consultation = consultation
        self.source = ctx.desk.student(consultation.student_id)
        self._rows: list[StudentRow] = []
        self.setWindowTitle(self.tr("Move consultation"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Move the consultation of {when} from {student} to another student. Its "
                "notes, addenda, and the referrals and follow-ups made in it go with it."
            ).format(when=fmt_moment(consultation.started_at, ctx.lang), student=who(self.source)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Type a name or student number"))
        search_label = QLabel(self.tr("&Move to:"), self)
        search_label.setBuddy(self.search_edit)
        layout.addWidget(search_label)
        layout.addWidget(self.search_edit)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Students found"))
        layout.addWidget(self.results, 1)
        self.error_label = style.error_label(self)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.move_button = self.buttons.addButton(
            self.tr("Move…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.move_button.setEnabled(False)
        self.move_button.setDefault(True)  # Enter in the search or the list moves (after asking)
        self.moved_to: StudentRow | None = None
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.installEventFilter(self)
        self.results.currentRowChanged.connect(
            lambda row: self.move_button.setEnabled(0 <= row < len(self._rows))
        )
        # Enter in the list reaches the default button; a double-click chooses too.
        self.results.itemDoubleClicked.connect(lambda _item: self.confirm())
        self.resize(560, 420)
        self.search_edit.setFocus()

    def _search(self, text: str) -> None:
        rows = find_students(self.ctx, text, limit=30)
        self._rows = [row for row in rows if row.id != self.source.id]
        self.results.clear()
        for row in self._rows:
            item = QListWidgetItem(entry(row, self.ctx.lang), self.results)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        if self._rows:
            self.results.setCurrentRow(0)
        self.move_button.setEnabled(bool(self._rows))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self._rows
        ):
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)

    def chosen(self) -> StudentRow | None:
        row = self.results.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def confirm(self) -> bool:
        """Ask, naming both students; then move. True when moved."""
        target = self.chosen()
        if target is None or self.moved_to is not None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Move consultation"),
            self.tr(
                "Move the consultation of {when} from {source} to {target}?\n\nIts notes, "
                "addenda, referrals and follow-ups go with it. The move is recorded in the "
                "access log."
            ).format(
                when=fmt_moment(self.consultation.started_at, self.ctx.lang),
                source=who(self.source),
                target=who(target),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            Corrections(self.ctx.desk).move_consultation(self.consultation.id, target.id)
        except OfficerDeskError as err:
            self.error_label.setText(error_text(err))
            self.error_label.show()
            return False
        self.moved_to = target
        self.accept()
        return True
