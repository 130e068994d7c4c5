"""Students: search names, numbers and note text; filter; a lazy SQL-backed list."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.domain.models import SearchHit, Student
from officer_desk.domain.validation import name_key
from officer_desk.errors import OfficerDeskError
from officer_desk.services import desk as change
from officer_desk.ui import style
from officer_desk.ui.icons import icon
from officer_desk.ui.models import NoteHitModel, StudentListModel
from officer_desk.ui.views.common import (
    BaseView,
    error_text,
    fill_vocab,
    heading,
    locale,
    make_table,
    select_code,
)

if TYPE_CHECKING:
    from officer_desk.ui.context import UiContext

SEARCH_DELAY_MS = 150
#: Note matches shown at most.
NOTE_LIMIT = 50
#: Prefix searches in notes start at this many characters: shorter prefixes match most of a
#: large vault's words and get slow (3-letter prefixes: ~3 ms median, 25 ms worst, newest first).
MIN_NOTE_PREFIX = 3


def note_query(text: str) -> str:
    """The part of ``text`` worth a full-text search: drop a too-short last word."""
    words = text.split()
    if words and len(words[-1]) < MIN_NOTE_PREFIX:
        words = words[:-1]
    return " ".join(words)


class SnippetDelegate(QStyledItemDelegate):
    """Draws a search snippet with the [matched] words in bold (the text is escaped)."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(self.to_html(text))
        painter.save()
        rect = opt.rect.adjusted(2, 0, -2, 0)
        painter.translate(
            rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2)
        )
        painter.setClipRect(0, 0, rect.width(), rect.height())
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(
                ctx.palette.ColorRole.Text, opt.palette.color(opt.palette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    @staticmethod
    def to_html(text: str) -> str:
        escaped = html.escape(text)
        return (
            "<span style='white-space:pre'>"
            + escaped.replace("[", "<b>").replace("]", "</b>")
            + "</span>"
        )


class StudentsView(BaseView):
    view_id = "students"
    kinds = frozenset({change.STUDENTS, change.CASES, change.CONSULTATIONS, change.FOLLOW_UPS})

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        lang = ctx.lang
        layout = style.view_layout(self)

        bar = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search names, student numbers and notes…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_edit)
        bar.addWidget(search_label)
        bar.addWidget(self.search_edit, 3)
        self.faculty_combo = QComboBox(self)
        fill_vocab(self.faculty_combo, "faculty", lang, any_label=self.tr("All faculties"))
        self.faculty_combo.setAccessibleName(self.tr("Faculty"))
        self.phase_combo = QComboBox(self)
        fill_vocab(self.phase_combo, "phase", lang, any_label=self.tr("All phases"))
        self.phase_combo.setAccessibleName(self.tr("Study phase"))
        self.open_check = QCheckBox(self.tr("Open &cases only"), self)
        self.new_button = QPushButton(self.tr("&New student…"), self)
        self.new_button.setIcon(icon("new_student"))
        for combo in (self.faculty_combo, self.phase_combo):
            # Long faculty names must not set the window's minimum width (1024 px).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
        bar.addWidget(self.faculty_combo, 1)
        bar.addWidget(self.phase_combo, 1)
        bar.addWidget(self.open_check)
        bar.addWidget(self.new_button)
        layout.addLayout(bar)

        self.model = StudentListModel(ctx.desk, lang, parent=self)
        self.table = make_table(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Students"))
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.activated.connect(self._open_row)
        self._size_columns()

        self.count_label = QLabel(self)

        notes = QWidget(self)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_heading = heading(self.tr("Matches in notes"), notes)
        self.notes_empty = QLabel(self.tr("No matches in notes."), notes)
        self.notes_empty.setEnabled(False)
        self.hits_model = NoteHitModel(lang, self)
        self.hits_table = make_table(notes)
        self.hits_table.setModel(self.hits_model)
        self.hits_table.setAccessibleName(self.tr("Matches in notes"))
        self.hits_table.setItemDelegateForColumn(3, SnippetDelegate(self.hits_table))
        self.hits_table.clicked.connect(self._open_hit)
        self.hits_table.activated.connect(self._open_hit)
        notes_layout.addWidget(self.notes_heading)
        notes_layout.addWidget(self.notes_empty)
        notes_layout.addWidget(self.hits_table, 1)
        self.notes_panel = notes
        self._names_small = False
        notes.hide()

        split = self.split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.count_label)
        split.addWidget(top)
        split.addWidget(notes)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.faculty_combo.currentIndexChanged.connect(self.apply_search)
        self.phase_combo.currentIndexChanged.connect(self.apply_search)
        self.open_check.toggled.connect(self.apply_search)
        self.new_button.clicked.connect(self.new_student)
        self._update_count()

    def title(self) -> str:
        return self.tr("Students")

    # -- search ------------------------------------------------------------------------------

    def apply_search(self) -> None:
        """Apply the search text and filters now (the debounce timer calls this)."""
        self._timer.stop()
        text = self.search_edit.text()
        self.model.set_filter(
            text=name_key(text),
            faculty=self.faculty_combo.currentData() or "",
            phase=self.phase_combo.currentData() or "",
            open_only=self.open_check.isChecked(),
        )
        self._update_count()
        self._search_notes(text)

    def _search_notes(self, text: str) -> None:
        query = note_query(text)
        if not query:
            self.hits_model.set_records([])
            self.notes_panel.setVisible(False)
            return
        try:
            found = self.ctx.desk.find_notes(query, limit=NOTE_LIMIT)
            hits, complete = found.hits, found.complete
        except OfficerDeskError:
            hits, complete = [], True
        self.hits_model.set_records(hits)
        small = self.model.total == 0 and bool(hits)
        if not self.notes_panel.isVisible() or small != self._names_small:
            # Only words in notes matched: give the matches the room (and back again).
            self._names_small = small
            height = max(200, self.split.height())
            names = 120 if small else height * 3 // 5
            self.split.setSizes([names, height - names])
        if small:  # "amara exam": no name has "exam", but notes do; say so, not just "no match"
            self.table.set_empty_text(
                self.tr("No name or student number has all these words. The notes below do.")
            )
        self.notes_panel.setVisible(True)
        self.hits_table.setVisible(bool(hits))
        self.notes_empty.setVisible(not hits)
        # Newest first by the consultation's date; "newest" only where it is true.
        if len(hits) < NOTE_LIMIT and complete:
            text = self.tr("Matches in notes ({count})").format(count=len(hits))
        elif complete:
            text = self.tr("Matches in notes (newest {count})").format(count=len(hits))
        else:
            text = self.tr(
                "Matches in notes ({count} shown, newest first; add a word to find older ones)"
            ).format(count=len(hits))
        self.notes_heading.setText(text)
        if hits:
            self.hits_table.resizeColumnToContents(0)
            self.hits_table.resizeColumnToContents(1)
            self.hits_table.resizeColumnToContents(2)

    def _update_count(self) -> None:
        total = self.model.total
        filtered = bool(
            self.search_edit.text().strip()
            or self.faculty_combo.currentData()
            or self.phase_combo.currentData()
            or self.open_check.isChecked()
        )
        self.table.set_empty_text(
            self.tr("No student matches. Clear the search or the filters to see everyone.")
            if filtered
            else self.tr(
                "No students yet. Press New student… to add one, or import a list with "
                "File › Import students and consultations…"
            )
        )
        self.count_label.setText(
            self.tr("1 student")
            if total == 1
            else self.tr("{count} students").format(count=locale(self.ctx.lang).toString(total))
        )

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        width = self.fontMetrics().horizontalAdvance
        for col, sample in enumerate(
            (
                "Maximiliaan van den Broeck",
                "s12345678",
                "Social Sciences",  # longer faculty and phase names are elided (tooltip)
                "Bachelor, later",
                "99",
                "30 Sep 2026",
                "30 Sep 2026",
            )
        ):
            label = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            # The header (in the display language) must fit too, with room for the sort arrow.
            header.resizeSection(col, max(width(sample) + 24, width(label) + 36))
        # The name takes the room that is left, so every column fits without scrolling.
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, max(header.sectionSize(0), width("Maximiliaan van den")))

    def refresh(self) -> None:
        self.model.reload()
        self._update_count()
        self._search_notes(self.search_edit.text())

    # -- navigation --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else 0
            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                self.table.setFocus()
                self.table.setCurrentIndex(self.model.index(0, 0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply_search()
                if self.model.rowCount() == 1:
                    self.ctx.open_student_requested.emit(self.model.student_id(0))
                return True
        return super().eventFilter(watched, event)

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_student_requested.emit(self.model.student_id(index.row()))

    def _open_hit(self, index: QModelIndex) -> None:
        """Open the student's page at the consultation of the note that matched."""
        if index.isValid():
            hit: SearchHit = self.hits_model.record(index.row())
            self.ctx.open_consultation_requested.emit(hit.student_id, hit.consultation_id)

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected (switching here, Ctrl+F)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def new_student(self) -> None:
        dialog = StudentDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_student is not None:
            self.ctx.open_student_requested.emit(dialog.result_student.id or 0)


class StudentDialog(QDialog):
    """Create or edit a student; warns about probable duplicates before saving."""

    def __init__(
        self, ctx: UiContext, student: Student | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student = student
        self.result_student: Student | None = None
        self._confirmed_duplicates: set[int] = set()
        self.setWindowTitle(self.tr("New student") if student is None else self.tr("Edit student"))
        lang = ctx.lang
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("e.g. s1234567 (optional)"))
        self.email_edit = QLineEdit(self)
        self.email_edit.setPlaceholderText(self.tr("optional"))
        self.programme_edit = QLineEdit(self)
        self.faculty_combo = QComboBox(self)
        fill_vocab(self.faculty_combo, "faculty", lang, any_label=self.tr("(not recorded)"))
        self.phase_combo = QComboBox(self)
        fill_vocab(self.phase_combo, "phase", lang)
        self.group_combo = QComboBox(self)
        fill_vocab(self.group_combo, "student_group", lang)
        for text, widget in (
            (self.tr("&Name:"), self.name_edit),
            (self.tr("Student n&umber:"), self.number_edit),
            (self.tr("&E-mail:"), self.email_edit),
            (self.tr("&Programme:"), self.programme_edit),
            (self.tr("&Faculty:"), self.faculty_combo),
            (self.tr("Study p&hase:"), self.phase_combo),
            (self.tr("&Group:"), self.group_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout.addLayout(form)

        self.duplicates_label = QLabel(self)
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setObjectName("duplicatesLabel")
        style.themed_css(self.duplicates_label, lambda: style.message_css("warning"))
        self.duplicates_list = QListWidget(self)
        self.duplicates_list.setMaximumHeight(110)
        self.duplicates_list.itemActivated.connect(self._open_duplicate)
        self.duplicates_label.hide()
        self.duplicates_list.hide()
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_list)

        self.error_label = style.error_label(self)
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        if student is not None:
            self.name_edit.setText(student.display_name)
            self.number_edit.setText(student.student_number)
            self.email_edit.setText(student.email)
            self.programme_edit.setText(student.programme)
            select_code(self.faculty_combo, student.faculty)
            select_code(self.phase_combo, student.phase)
            select_code(self.group_combo, student.student_group)
        else:
            select_code(self.faculty_combo, ctx.desk.setting("faculty"))
        for edit in (self.name_edit, self.number_edit, self.email_edit):
            edit.textEdited.connect(self._inputs_changed)
        self.resize(460, self.sizeHint().height())

    def _inputs_changed(self) -> None:
        self._confirmed_duplicates.clear()
        self.save_button.setText(self.tr("&Save"))

    def entered(self) -> Student:
        base = self.student or Student(None, "")
        return replace(
            base,
            display_name=self.name_edit.text(),
            student_number=self.number_edit.text(),
            email=self.email_edit.text(),
            programme=self.programme_edit.text(),
            faculty=self.faculty_combo.currentData() or "",
            phase=self.phase_combo.currentData(),
            student_group=self.group_combo.currentData(),
        )

    def save(self) -> bool:
        self.error_label.hide()
        desk = self.ctx.desk
        student = self.entered()
        try:
            duplicates = desk.find_duplicates(student)
            new = {d.id for d in duplicates if d.id is not None}
            if new and not new <= self._confirmed_duplicates:
                self._show_duplicates(duplicates)
                self._confirmed_duplicates = new
                return False
            if student.id is None:
                self.result_student = desk.create_student(student)
            else:
                self.result_student = desk.update_student(student)
        except OfficerDeskError as err:
            self.error_label.setText(error_text(err))
            self.error_label.show()
            field = getattr(err, "field", "")
            widget = {
                "display_name": self.name_edit,
                "student_number": self.number_edit,
                "email": self.email_edit,
                "programme": self.programme_edit,
                "faculty": self.faculty_combo,
            }.get(field)
            if widget is not None:
                widget.setFocus()
            return False
        self.accept()
        return True

    def _show_duplicates(self, duplicates: list[Student]) -> None:
        lang = self.ctx.lang
        self.duplicates_label.setText(
            self.tr(
                "This may be a student who is already in the vault. Open the existing "
                "record (double-click), or press Save anyway to add a new one."
            )
        )
        self.duplicates_list.clear()
        for d in duplicates:
            parts = [
                p
                for p in (
                    d.student_number,
                    d.email,
                    codebook.label("faculty", d.faculty, lang) if d.faculty else "",
                )
                if p
            ]
            item = QListWidgetItem(d.display_name + (f" ({', '.join(parts)})" if parts else ""))
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.duplicates_list.addItem(item)
        self.duplicates_label.show()
        self.duplicates_list.show()
        self.save_button.setText(self.tr("&Save anyway"))

    def duplicates_shown(self) -> list[str]:
        return [self.duplicates_list.item(i).text() for i in range(self.duplicates_list.count())]

    def _open_duplicate(self, item: QListWidgetItem) -> None:
        student_id = item.data(Qt.ItemDataRole.UserRole)
        if student_id:
            self.reject()
            self.ctx.open_student_requested.emit(int(student_id))
