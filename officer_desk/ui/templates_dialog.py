"""Editing the consultation note templates (per language), with reset to the built-ins."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from officer_desk.errors import OfficerDeskError
from officer_desk.services.templates import LANGS, NoteTemplates, Template
from officer_desk.ui.context import UiContext
from officer_desk.ui.icons import icon
from officer_desk.ui.messages import error_message


class TemplatesDialog(QDialog):
    """List of templates on the left, the selected one's name and text on the right."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = NoteTemplates(ctx.desk)
        self.setWindowTitle(self.tr("Note templates"))
        self.setObjectName("templatesDialog")
        self.setAccessibleName(self.tr("Note templates"))
        self.resize(820, 540)
        lang = ctx.lang if ctx.lang in LANGS else "en"
        self._edited: dict[str, list[Template]] = {}
        self._lang = lang
        self._row = -1

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.setCurrentIndex(self.language.findData(lang))
        self.language.setAccessibleName(self.tr("Language of the templates"))
        lang_label = QLabel(self.tr("&Language:"))
        lang_label.setBuddy(self.language)
        top.addWidget(lang_label)
        top.addWidget(self.language)
        top.addStretch(1)
        layout.addLayout(top)

        split = QSplitter(self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add = QPushButton(self.tr("&Add"))
        self.add.setAccessibleName(self.tr("Add a template"))
        self.remove = QPushButton(self.tr("Re&move"))
        self.remove.setAccessibleName(self.tr("Remove the selected template"))
        self.reset = QPushButton(self.tr("Re&set…"))
        self.reset.setAccessibleName(self.tr("Reset to the built-in templates"))
        for b, name in ((self.add, "add"), (self.remove, "erase"), (self.reset, "undo")):
            b.setIcon(icon(name))
            buttons.addWidget(b)
        left_layout.addLayout(buttons)
        split.addWidget(left)

        right = QWidget()
        form = QFormLayout(right)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setMaxLength(80)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Template text"))
        self.body.setTabChangesFocus(True)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Text:"), self.body)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([260, 540])
        layout.addWidget(split, 1)

        self.hint = QLabel(
            self.tr(
                "Templates are offered when you log a consultation. They are stored in your vault."
            )
        )
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.box)

        self.box.accepted.connect(self._save)
        self.box.rejected.connect(self.reject)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.list.currentRowChanged.connect(self._select)
        self.add.clicked.connect(self._add)
        self.remove.clicked.connect(self._remove)
        self.reset.clicked.connect(self._reset)
        self.name.textEdited.connect(self._name_edited)
        self._load(lang)

    # -- state ---------------------------------------------------------------------------------

    def _templates(self) -> list[Template]:
        if self._lang not in self._edited:
            self._edited[self._lang] = self.service.list(self._lang)
        return self._edited[self._lang]

    def _store_current(self) -> None:
        items = self._templates()
        if 0 <= self._row < len(items):
            items[self._row] = Template(self.name.text(), self.body.toPlainText())

    def _load(self, lang: str) -> None:
        self._lang = lang
        self._row = -1
        self.list.blockSignals(True)
        self.list.clear()
        for t in self._templates():
            self.list.addItem(t.name)
        self.list.blockSignals(False)
        self.list.setCurrentRow(0 if self.list.count() else -1)
        self._select(self.list.currentRow())

    def _language_changed(self) -> None:
        self._store_current()
        self._load(self.language.currentData())

    def _select(self, row: int) -> None:
        if row != self._row:
            self._store_current()
        self._row = row
        items = self._templates()
        has = 0 <= row < len(items)
        self.name.setEnabled(has)
        self.body.setEnabled(has)
        self.remove.setEnabled(has)
        self.name.setText(items[row].name if has else "")
        self.body.setPlainText(items[row].body if has else "")

    def _name_edited(self, text: str) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setText(text)

    def _add(self) -> None:
        self._store_current()
        items = self._templates()
        items.append(Template(self.tr("New template"), ""))
        self.list.addItem(items[-1].name)
        self.list.setCurrentRow(len(items) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def _remove(self) -> None:
        row = self.list.currentRow()
        items = self._templates()
        if not 0 <= row < len(items):
            return
        del items[row]
        self._row = -1
        self.list.takeItem(row)
        self._select(self.list.currentRow())

    def _reset(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reset templates"),
            self.tr("Replace the templates in this language by the built-in ones?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # the safe answer is the default
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from officer_desk.services.templates import BUILT_IN

        self._edited[self._lang] = list(BUILT_IN[self._lang])
        self._load(self._lang)

    def _save(self) -> None:
        self._store_current()
        try:
            for lang, items in self._edited.items():
                if items != self.service.list(lang):
                    self.service.save(lang, items)
        except OfficerDeskError as exc:
            QMessageBox.warning(self, self.tr("Note templates"), error_message(exc))
            return
        self.accept()
