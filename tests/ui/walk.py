"""Walking the app's windows for keyboard and accessibility checks (a test-support module).

What a keyboard or screen-reader user meets in a window:

* ``mnemonic(text)``: the letter an ``&`` makes an Alt-shortcut of ("&Save" -> "s").
* ``window_mnemonics(window)``: the mnemonics of the visible widgets of one window (buttons,
  check boxes, labels with a buddy, group boxes, tab titles, menu titles), each with what it
  belongs to; ``menu_mnemonics(menu)`` those of a menu's items among themselves;
  ``clashes(pairs)`` the letters taken twice.
* ``accessible_name(widget)``: the name assistive technology announces, as Qt's accessibility
  bridge builds it (the accessible name, else the text of a button, check box or group box,
  else the text of the label whose buddy the widget is). A combo box's current item or a line
  edit's content is NOT a name.
* ``focus_targets(window)``: the visible, enabled widgets the Tab key can reach.
* ``tab_walk(window)``: presses Tab from the first control and records where focus goes until
  it comes back (or gives up).
* ``reading_order_jumps(widgets)``: steps of a walk that go back up and to the left.

The checks are the tests' own (``tests/ui/test_keyboard_a11y.py``); these helpers only see.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def mnemonic(text: str) -> str:
    """The mnemonic letter of ``text`` (lower case), or "" ("&&" is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return ""


def strip_amp(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible on screen in ``window`` (every ancestor up to it is visible)."""
    return widget.isVisibleTo(window) and (window.isVisible() or not window.isHidden())


def visible_widgets(window: QWidget) -> Iterator[QWidget]:
    for w in window.findChildren(QWidget):
        if w.window() is window and w.isVisibleTo(window):
            yield w


def window_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, what) for every mnemonic of the visible widgets of ``window``."""
    out: list[tuple[str, str]] = []

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            out.append((letter, f"{what} {strip_amp(text)!r}"))

    for w in visible_widgets(window):
        if isinstance(w, QAbstractButton):  # a disabled button still owns its letter
            add(w.text(), type(w).__name__)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            if w.buddy().isVisibleTo(window):
                add(w.text(), "QLabel")
        elif isinstance(w, QGroupBox):
            add(w.title(), "QGroupBox")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
        elif isinstance(w, QMenuBar):
            for act in w.actions():
                if act.isVisible():
                    add(act.text(), "menu")
    return out


def menu_mnemonics(menu: QMenu) -> list[tuple[str, str]]:
    out = []
    for act in menu.actions():
        if act.isVisible() and not act.isSeparator():
            letter = mnemonic(act.text())
            if letter:
                out.append((letter, f"item {strip_amp(act.text())!r}"))
    return out


def all_menus(window: QWidget) -> list[QMenu]:
    """The menus of the window's menu bar (and their sub-menus)."""
    menus: list[QMenu] = []
    bar = window.findChild(QMenuBar)
    stack = [a.menu() for a in bar.actions() if a.menu() is not None] if bar else []
    while stack:
        menu = stack.pop(0)
        menus.append(menu)
        stack.extend(a.menu() for a in menu.actions() if a.menu() is not None)
    return menus


def clashes(pairs: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """Letters that two or more entries claim, with the entries."""
    seen: dict[str, list[str]] = {}
    for letter, what in pairs:
        seen.setdefault(letter, []).append(what)
    return {k: v for k, v in seen.items() if len(v) > 1}


# -- accessible names ----------------------------------------------------------------------------


def buddy_label(widget: QWidget) -> QLabel | None:
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label
    return None


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget`` (see the module doc)."""
    name = widget.accessibleName().strip()
    if name:
        return name
    if isinstance(widget, QAbstractButton) and strip_amp(widget.text()).strip():
        return strip_amp(widget.text()).strip()
    if isinstance(widget, QGroupBox) and strip_amp(widget.title()).strip():
        return strip_amp(widget.title()).strip()
    label = buddy_label(widget)
    if label is not None and strip_amp(label.text()).strip():
        return strip_amp(label.text()).strip()
    return ""


# -- focus -----------------------------------------------------------------------------------


def _inner_part(widget: QWidget) -> bool:
    """A part of a composite control that is not a Tab stop of its own (the line edit of a
    spin box or an editable combo box, a scroll area's viewport and scroll bars, a calendar's
    own navigation). A widget placed in a table cell is a control of its own."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QCalendarWidget):
            return True
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QScrollArea):
            # the viewport and scroll bars are parts; a widget in a cell is a control
            return child is not parent.viewport() or widget is child
        if isinstance(parent, QTabWidget) and isinstance(widget, QAbstractButton):
            return True  # the tab bar's scroll arrows
        child, parent = parent, parent.parentWidget()
    return False


def focus_targets(window: QWidget, *, disabled: bool = False) -> list[QWidget]:
    """Visible, enabled widgets that take focus with Tab, in no particular order (with
    ``disabled``, also those that will once enabled)."""
    out = []
    for w in visible_widgets(window):
        if _inner_part(w):
            continue
        if w.focusProxy() is not None and not isinstance(w, QCalendarWidget):
            continue
        if not w.isEnabled() and not disabled:
            continue
        policy = (w.focusProxy() or w).focusPolicy()
        if not (policy & Qt.FocusPolicy.TabFocus):
            continue
        out.append(w)
    return out


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = accessible_name(widget) or widget.objectName()
    return f"{type(widget).__name__}({name!r})"


def first_in_reading_order(widgets: list[QWidget]) -> QWidget:
    """The top row's leftmost widget (a row: the widgets beside the topmost centre)."""
    top = min(widgets, key=lambda w: top_left(w).y() + w.height() / 2)
    middle = top_left(top).y() + top.height() / 2
    row = [w for w in widgets if top_left(w).y() <= middle <= top_left(w).y() + w.height()]
    return min(row, key=lambda w: top_left(w).x())


def top_left(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def tab_walk(window: QWidget, start: QWidget, limit: int = 200) -> list[QWidget]:
    """Focus ``start``, press Tab until focus is back on it; the widgets visited in order
    (``start`` first, not repeated at the end). Stops after ``limit`` presses."""
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    seen = [QApplication.focusWidget()]
    for _ in range(limit):
        current = QApplication.focusWidget()
        QTest.keyClick(current if current is not None else window, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        while now is not None and now.focusProxy() is not None:
            now = now.focusProxy()
        if now is seen[0] or now is None:
            break
        seen.append(now)
        if now is current:  # Tab did not move: a trap
            break
    return [w for w in seen if w is not None]


def owner(widget: QWidget, targets: list[QWidget]) -> QWidget:
    """The Tab stop ``widget`` belongs to (itself, or the composite control holding it)."""
    w: QWidget | None = widget
    while w is not None:
        if w in targets:
            return w
        w = w.parentWidget()
    # A control whose focus lives in a part of it (a calendar's day table)
    for t in targets:
        if t.focusProxy() is widget:
            return t
    return widget


def reading_order_jumps(walk: list[QWidget], tolerance: int = 8) -> list[str]:
    """Steps of the Tab cycle that go back up AND to the left (beyond ``tolerance`` pixels):
    not a reading order. Moving down, right along a row, or up into a column further right is
    fine; so is the one step from the last control back to the first."""
    bad = []
    for a, b in zip(walk, [*walk[1:], walk[0]], strict=True):
        pa, pb = top_left(a), top_left(b)
        up = pb.y() + b.height() <= pa.y() + tolerance  # b is wholly above a
        new_column = pb.x() >= pa.x() + a.width() - tolerance
        if up and not new_column:
            bad.append(f"{describe(a)} -> {describe(b)}")
    return bad if len(bad) > 1 else []


def uses_tab_itself(widget: QWidget) -> bool:
    """A text box that types a tab character instead of moving on (a keyboard trap)."""
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.tabChangesFocus()
    return False


# -- every screen ----------------------------------------------------------------------------


def pump(ms: int = 30) -> None:
    QTest.qWait(ms)


def settle() -> None:
    """Let the screen's background reads finish and their results arrive."""
    from officer_desk.ui.tasks import wait_for_tasks

    pump(30)
    wait_for_tasks()
    pump(30)


def access_screens(window: QWidget, passphrase: str) -> Iterator[tuple[str, QWidget]]:
    """The screens of a window opened on an empty folder: welcome, the three steps of
    creating a vault (the last shows the recovery key). Leaves the new vault unlocked."""
    access = window.access  # type: ignore[attr-defined]
    yield "welcome", window
    access.welcome_page.create_button.click()
    page = access.create_page
    page.fields.first.setText(passphrase)
    page.fields.second.setText(passphrase)
    yield "create: passphrase", window
    page.next_button.click()
    page.officer_name.setText("Alex Jansen")
    yield "create: profile", window
    page.next_button.click()
    _wait(lambda: page.steps.currentIndex() == 2)
    yield "create: recovery key", window


def _wait(cond, timeout_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDeadlineTimer

    deadline = QDeadlineTimer(timeout_ms)
    while not cond():
        if deadline.hasExpired():
            raise TimeoutError("the screen did not appear")
        pump(20)


def locked_screens(window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """A window on an existing, locked vault: the unlock page and the recovery page."""
    access = window.access  # type: ignore[attr-defined]
    yield "unlock", window
    access.unlock_page.recovery_link.click()
    yield "recovery", window
    access.recovery_page.back_button.click()


def unlocked_screens(window: QWidget, tmp_dir: object) -> Iterator[tuple[str, QWidget]]:
    """An unlocked window: every view, the student page, and every dialog a user can open from
    them (each closed again before the next)."""
    import datetime as dt
    from pathlib import Path

    from officer_desk.ui.views.common import DatePickDialog

    win = window
    for view_id in list(win.views):  # type: ignore[attr-defined]
        win.show_view(view_id)  # type: ignore[attr-defined]
        settle()
        yield f"view {view_id}", win
    desk = win.session.desk  # type: ignore[attr-defined]
    rows = desk.list_students(open_only=False, limit=1)
    student_id = rows[0].id
    win.ctx.open_student_requested.emit(student_id)  # type: ignore[attr-defined]
    pump(60)
    yield "student page", win
    page = win.student_page  # type: ignore[attr-defined]

    def dialog_of(opener):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QDialog

        found: list[QDialog] = []

        def grab() -> None:
            w = QApplication.activeModalWidget()
            if isinstance(w, QDialog):
                found.append(w)
            else:
                QTimer.singleShot(20, grab)

        QTimer.singleShot(0, grab)
        return opener, found

    # dialogs the window keeps (non-blocking)
    for name, open_it in (
        ("consultation dialog", lambda: win.open_consultation_dialog(student_id)),
        ("consultation dialog (no student)", lambda: win.open_consultation_dialog(None)),
        ("templates dialog", win.open_templates_dialog),  # type: ignore[attr-defined]
    ):
        dialog = open_it()
        pump(60)
        yield name, dialog
        if shiboken6.isValid(dialog):
            dialog.reject()
        pump(20)
    wizard = win.open_import_wizard()  # type: ignore[attr-defined]
    pump(60)
    yield "import wizard: file", wizard
    sample = Path(str(tmp_dir)) / "walk-import.csv"
    sample.write_text(
        "Naam,Studentnummer,Datum,Onderwerp\nAmara Walk,s7654321,2026-01-12,studiestress\n",
        encoding="utf-8",
    )
    from officer_desk.ui.import_wizard import ImportWizard

    wizard.page(ImportWizard.PAGE_FILE).read_now(sample)
    for step in ("columns", "values", "check"):
        if not wizard.currentPage().isComplete():
            break
        wizard.next()
        pump(60)
        yield f"import wizard: {step}", wizard
    if shiboken6.isValid(wizard):
        wizard.reject()
    pump(20)

    # modal dialogs built directly, shown non-modally so the walk can look at them
    from officer_desk.ui.export_dialog import ExportDialog
    from officer_desk.ui.views.settings import RotateKeyDialog
    from officer_desk.ui.views.student_page import EraseDialog
    from officer_desk.ui.views.student_sections import AddendumDialog
    from officer_desk.ui.views.students import StudentDialog

    student = desk.student(student_id)
    for name, make in (
        ("export dialog", lambda: ExportDialog(win.ctx, student_id, page)),
        ("new student dialog", lambda: StudentDialog(win.ctx, None, win)),
        ("edit student dialog", lambda: StudentDialog(win.ctx, student, win)),
        ("erase dialog", lambda: EraseDialog(student.display_name, {}, page)),
        ("addendum dialog", lambda: AddendumDialog(win.ctx.lang, page)),
        ("rotate key dialog", lambda: RotateKeyDialog(win)),
        (
            "reschedule dialog",
            lambda: DatePickDialog("Reschedule", dt.date(2026, 3, 17), win),
        ),
    ):
        dialog = make()
        dialog.show()
        pump(60)
        yield name, dialog
        if shiboken6.isValid(dialog):
            dialog.reject()
            dialog.deleteLater()
        pump(20)
