"""Test support: every string a user can see on a widget tree, keyed by where it is, and
every screen and dialog of the app walked in one language (``walk_app``).

``visible_texts(root)`` walks ``root`` and its children in creation order and returns
``{key: text}`` for window titles, labels, buttons, group boxes, placeholders, combo-box and
list items, tab texts, table headers (and the first rows of table cells, marked ``cell``),
tooltips, spin-box suffixes, wizard titles and the texts of menus and actions. Two walks of
the same screen built in two languages give the same keys, so the texts can be compared one
by one (``tests/ui/test_dutch_complete.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from officer_desk.services.demo import DEMO_PASSPHRASE
from officer_desk.ui import i18n
from officer_desk.ui.export_dialog import ExportDialog
from officer_desk.ui.import_wizard import ImportWizard
from officer_desk.ui.main_window import MainWindow
from officer_desk.ui.templates_dialog import TemplatesDialog
from officer_desk.ui.views.common import DatePickDialog
from officer_desk.ui.views.consultation_dialog import ConsultationDialog
from officer_desk.ui.views.reports import MergeDialog
from officer_desk.ui.views.settings import RotateKeyDialog
from officer_desk.ui.views.student_page import EraseDialog
from officer_desk.ui.views.student_sections import AddendumDialog
from officer_desk.ui.views.students import StudentDialog

#: How many rows of a table's cells are read.
CELL_ROWS = 15

_TAGS = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """The text as read: rich-text tags and mnemonic ampersands removed, spaces collapsed."""
    text = _TAGS.sub(" ", text).replace("&nbsp;", " ").replace("&&", "\0").replace("&", "")
    return " ".join(text.replace("\0", "&").split())


def _menu_texts(menu: QMenu | QMenuBar, key: str, out: dict[str, str]) -> None:
    for i, action in enumerate(menu.actions()):
        if action.isSeparator():
            continue
        out[f"{key}/action{i}"] = action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            out[f"{key}/action{i}:tooltip"] = action.toolTip()
        if action.statusTip():
            out[f"{key}/action{i}:statustip"] = action.statusTip()
        sub = action.menu()
        if isinstance(sub, QMenu):
            _menu_texts(sub, f"{key}/action{i}", out)


def _widget_texts(w: QWidget, key: str, out: dict[str, str]) -> None:
    if w.isWindow() and w.windowTitle():
        out[f"{key}:title"] = w.windowTitle()
    if w.toolTip():
        out[f"{key}:tooltip"] = w.toolTip()
    if isinstance(w, QLabel):
        out[f"{key}:text"] = w.text()
    elif isinstance(w, QAbstractButton):
        out[f"{key}:text"] = w.text()
    elif isinstance(w, QGroupBox):
        out[f"{key}:title"] = w.title()
    elif isinstance(w, QLineEdit):
        out[f"{key}:placeholder"] = w.placeholderText()
    elif isinstance(w, (QTextEdit, QPlainTextEdit)):
        out[f"{key}:placeholder"] = w.placeholderText()
    elif isinstance(w, QComboBox):
        for i in range(w.count()):
            out[f"{key}:item{i}"] = w.itemText(i)
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            out[f"{key}:tab{i}"] = w.tabText(i)
            if w.tabToolTip(i):
                out[f"{key}:tab{i}:tooltip"] = w.tabToolTip(i)
    elif isinstance(w, (QSpinBox, QDoubleSpinBox)):
        out[f"{key}:suffix"] = w.suffix()
        out[f"{key}:prefix"] = w.prefix()
        out[f"{key}:special"] = w.specialValueText()
    elif isinstance(w, QMenuBar):
        _menu_texts(w, key, out)
    elif isinstance(w, QWizardPage):
        out[f"{key}:page-title"] = w.title()
        out[f"{key}:page-subtitle"] = w.subTitle()
    if isinstance(w, QAbstractSpinBox) and not isinstance(w, (QSpinBox, QDoubleSpinBox)):
        pass  # dates and times: the locale writes them
    if isinstance(w, QListWidget):
        for i in range(w.count()):
            out[f"{key}:row{i}"] = w.item(i).text()
    elif (
        isinstance(w, QAbstractItemView)
        and not isinstance(w, QHeaderView)  # read through its table
        and not _inside_combo(w)  # a combo box's popup: read as its items
        and w.model() is not None
    ):
        model = w.model()
        for c in range(model.columnCount()):
            header = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                out[f"{key}:header{c}"] = header
            for r in range(min(CELL_ROWS, model.rowCount())):
                value = model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    out[f"{key}:cell{r},{c}"] = value
    for i, action in enumerate(w.actions()):
        if action.text():
            out[f"{key}:action{i}"] = action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            out[f"{key}:action{i}:tooltip"] = action.toolTip()
    if isinstance(w, QWizard):
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            out[f"{key}:wizard-button{int(which.value)}"] = w.buttonText(which)


def _inside_combo(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def visible_texts(root: QWidget) -> dict[str, str]:
    """``{key: plain text}`` of everything readable on ``root`` and its children (hidden ones
    too: an error line or a second wizard page is shown sooner or later)."""
    out: dict[str, str] = {}
    widgets = [root, *root.findChildren(QWidget)]
    for i, w in enumerate(widgets):
        if w is not root and isinstance(w, QMenu):
            continue  # walked through the menu bar's actions
        _widget_texts(w, f"{i}:{type(w).__name__}", out)
    return {key: plain(text) for key, text in out.items() if plain(text)}


def screens(window: MainWindow, qtbot) -> dict[str, dict[str, str]]:
    """Every screen of the app on ``window``'s demo vault: ``{screen: {key: text}}``, plus
    ``"_data"``: the names, numbers and paths of the vault (shown as they are)."""
    texts: dict[str, dict[str, str]] = {}
    access = window.access
    for name in ("unlock_page", "recovery_page", "create_page", "welcome_page"):
        texts[name] = visible_texts(getattr(access, name))
    texts["rotation_page"] = visible_texts(access.rotation_page)
    texts["preparing_page"] = visible_texts(access.preparing_page)
    page = access.unlock_page
    page.passphrase.setText(DEMO_PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    for view_id in list(window.views):
        window.show_view(view_id)
        qtbot.wait(20)
        texts[f"view {view_id}"] = visible_texts(window.views[view_id])
    texts["main window"] = {
        k: v for k, v in visible_texts(window).items() if ":" in k and "/action" in k
    }
    texts["main window"].update(
        {k: v for k, v in visible_texts(window.statusBar()).items()}
        | {"title": window.windowTitle()}
    )
    ctx = window.ctx
    assert ctx is not None
    desk = ctx.desk
    student = next(
        row.id
        for row in desk.list_students(open_only=True, limit=40)
        if desk.open_student(row.id, log_view=False).referrals
    )
    ctx.open_student_requested.emit(student)
    qtbot.wait(50)
    current = window.stack.currentWidget()
    texts["student page"] = visible_texts(current)
    s = desk.student(student)
    dialogs: dict[str, Callable[[], QDialog]] = {
        "consultation dialog": lambda: ConsultationDialog(ctx, student, window),
        "new student": lambda: StudentDialog(ctx, None, window),
        "edit student": lambda: StudentDialog(ctx, s, window),
        "erase": lambda: EraseDialog(s.display_name, {"consultations": 3, "notes": 2}, window),
        "export": lambda: ExportDialog(ctx, student, window),
        "addendum": lambda: AddendumDialog(ctx.lang, window),
        "templates": lambda: TemplatesDialog(ctx, window),
        "import wizard": lambda: ImportWizard(ctx, window),
        "rotate key": lambda: RotateKeyDialog(window),
        "merge": lambda: MergeDialog([], window),
        "date": lambda: DatePickDialog("", dt.date(2026, 3, 1), window),
    }
    for name, make in dialogs.items():
        dialog = make()
        qtbot.addWidget(dialog)
        texts[name] = visible_texts(dialog)
    data = {
        value
        for row in desk.list_students(limit=1000)
        for value in (row.display_name, row.student_number)
    }
    data |= {s.programme, s.email, str(window.vault_dir)}
    texts["_data"] = {str(i): v for i, v in enumerate(sorted(x for x in data if x))}
    return texts


def walk_app(lang: str, demo_vault: Path, make_window, qtbot) -> dict[str, dict[str, str]]:
    """Open the demo vault in ``lang`` (``make_window`` and ``qtbot`` are the fixtures) and
    walk every screen and dialog."""
    i18n.install(lang)
    window = make_window(demo_vault, language=lang, language_forced=True)
    texts = screens(window, qtbot)
    window.lock()
    return texts
