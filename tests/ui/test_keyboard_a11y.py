"""Keyboard and accessibility of every screen, in English and Dutch: no two mnemonics of one
window (or one menu) share a letter, every control has an accessible name, Tab visits every
control of a view once in reading order, Enter presses the default button, date fields are one
Tab stop, and irreversible actions default to the safe answer.

The screens are walked with ``tests/ui/walk.py``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault
from officer_desk.ui import i18n
from officer_desk.ui.views.common import DatePickDialog
from officer_desk.vault import test_kdf
from tests.ui import walk
from tests.ui.conftest import PASSPHRASE, unlock

LANGS = ["en", "nl"]


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "vault"
    create_demo_vault(path, DEMO_PASSPHRASE, students=25, seed=3, kdf=test_kdf())
    return path


def _window(make_window, vault_dir: Path, lang: str):
    i18n.install(lang)
    return make_window(vault_dir, language=lang, language_forced=True)


def _every_screen(qtbot, make_window, demo_dir: Path, tmp_path: Path, lang: str):
    """(name, window) for every screen, shown when it is yielded."""
    fresh = _window(make_window, tmp_path / "new", lang)
    yield from walk.access_screens(fresh, PASSPHRASE)
    fresh.lock()
    window = _window(make_window, demo_dir, lang)
    yield from walk.locked_screens(window)
    unlock(qtbot, window, DEMO_PASSPHRASE)
    yield from walk.unlocked_screens(window, tmp_path)


def _menus(window) -> list[tuple[str, list[tuple[str, str]]]]:
    return [
        (f"menu {walk.strip_amp(m.title())!r}", walk.menu_mnemonics(m))
        for m in walk.all_menus(window)
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_mnemonics_share_a_letter_in_any_window_or_menu(
    qtbot, make_window, demo_dir, tmp_path, lang
):
    problems: list[str] = []
    windows_seen = 0
    for name, window in _every_screen(qtbot, make_window, demo_dir, tmp_path, lang):
        windows_seen += 1
        for letter, owners in walk.clashes(walk.window_mnemonics(window)).items():
            problems.append(f"{name}: &{letter} on {owners}")
        if name in ("unlock", "view today"):  # the menus, locked and unlocked
            for menu, pairs in _menus(window):
                for letter, owners in walk.clashes(pairs).items():
                    problems.append(f"{name} {menu}: &{letter} on {owners}")
    assert windows_seen > 25
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_every_control_has_an_accessible_name(qtbot, make_window, demo_dir, tmp_path, lang):
    problems: list[str] = []
    controls = 0
    for name, window in _every_screen(qtbot, make_window, demo_dir, tmp_path, lang):
        for widget in walk.focus_targets(window, disabled=True):
            controls += 1
            if not walk.accessible_name(widget):
                problems.append(f"{name}: {walk.describe(widget)} {widget.objectName()!r}")
    assert controls > 150
    assert not problems, "\n".join(problems)


def _check_tab_order(name: str, window) -> list[str]:
    targets = walk.focus_targets(window)
    start = walk.first_in_reading_order(targets)
    visited = [walk.owner(w, targets) for w in walk.tab_walk(window, start)]
    problems = []
    doubles = {walk.describe(w) for w in visited if visited.count(w) > 1}
    if doubles:
        problems.append(f"{name}: visited twice before coming back: {sorted(doubles)}")
    missed = [walk.describe(w) for w in targets if w not in visited]
    if missed:
        problems.append(f"{name}: never reached with Tab: {missed}")
    traps = [walk.describe(w) for w in visited if walk.uses_tab_itself(w)]
    if traps:
        problems.append(f"{name}: Tab types into {traps} instead of moving on")
    for jump in walk.reading_order_jumps(visited):
        problems.append(f"{name}: jumps back {jump}")
    if problems:
        problems.append("   walk: " + " > ".join(walk.describe(w) for w in visited))
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_tab_visits_every_control_of_each_view_once_in_reading_order(
    qtbot, make_window, demo_dir, tmp_path, lang
):
    problems: list[str] = []
    walked = 0
    for name, window in _every_screen(qtbot, make_window, demo_dir, tmp_path, lang):
        walked += 1
        problems.extend(_check_tab_order(name, window))
    assert walked > 25
    assert not problems, "\n".join(problems)


def _focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def test_date_and_time_fields_are_one_tab_stop(qtbot, unlocked):
    """Tab leaves "When" for Duration at once (and Shift+Tab comes back); arrow keys still
    change the date inside a field."""
    dialog = unlocked.open_consultation_dialog(None)
    when = dialog.when_edit
    _focus(qtbot, when)
    QTest.keyClick(when, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.duration_spin
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is when
    dialog.reject()

    unlocked.show_view("outreach")
    view = unlocked.views["outreach"]
    _focus(qtbot, view.date_edit)
    before = view.date_edit.date()
    QTest.keyClick(view.date_edit, Qt.Key.Key_Up)
    assert view.date_edit.date() != before
    QTest.keyClick(view.date_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.participants_spin


def _seen(widget):
    """What is on screen where ``widget`` is, with a margin (a focus ring drawn around it)."""
    parent = widget.parentWidget() or widget
    area = widget.geometry().adjusted(-3, -3, 3, 3) if parent is not widget else widget.rect()
    return parent.grab(area).toImage()


def _unfocused_looks_same(window) -> list:
    """Press Tab through ``window``; the controls that look the same with and without the
    keyboard focus (grabbed while focused, then after Tab moved on)."""
    targets = walk.focus_targets(window)
    start = walk.first_in_reading_order(targets)
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(start, Qt.Key.Key_Backtab)  # a real key press: keyboard focus is shown
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    same = []
    for _ in range(len(targets)):
        current = QApplication.focusWidget()
        shown = walk.owner(current, targets)
        focused = _seen(shown)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        if _seen(shown) == focused:
            same.append(shown)
    return same


def test_focus_is_visible_on_every_control(qtbot, make_window, demo_dir, tmp_path):
    problems: list[str] = []
    for name, window in _every_screen(qtbot, make_window, demo_dir, tmp_path, "en"):
        if not (name.startswith("view ") or name.endswith("dialog") or name == "student page"):
            continue
        for widget in _unfocused_looks_same(window):
            problems.append(f"{name}: {walk.describe(widget)}")
    assert not problems, "\n".join(sorted(set(problems)))


#: Dialogs where Enter in a field deliberately presses nothing: the consultation dialog (its
#: notes take Enter; Ctrl+Enter saves) and the erase dialog (Enter erases only once the
#: confirmation is typed, never by surprise).
NO_DEFAULT = {"consultation dialog", "consultation dialog (no student)", "erase dialog"}


def _enter_presses(window) -> str:
    """The button Enter in the first field of ``window`` presses: the dialog's enabled
    default button (QDialog and QWizard press it; looked up, not pressed, so an export or a
    save does not really run). An empty first field is typed into first."""
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

    fields = [
        w
        for w in walk.focus_targets(window)
        if isinstance(w, QLineEdit | QComboBox)
        and not (isinstance(w, QLineEdit) and w.isReadOnly())
    ]
    if fields:
        target = walk.first_in_reading_order(fields)
        window.activateWindow()
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(target, QLineEdit) and not target.text():
            QTest.keyClicks(target, "x")  # an empty field may hold the default button back
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window)]
    defaults = [b for b in buttons if b.isDefault()]
    if defaults and not any(b.isEnabled() for b in defaults):
        return "(default button waits for input)"
    return next((walk.strip_amp(b.text()) for b in defaults if b.isEnabled()), "")


def test_enter_in_the_reschedule_dialog_accepts_the_date(qtbot, unlocked):
    dialog = DatePickDialog("Reschedule", dt.date(2026, 3, 17), unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.calendar.hasFocus)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.date() == dt.date(2026, 3, 18)


def test_enter_presses_the_default_button_on_every_dialog_and_wizard_page(
    qtbot, make_window, demo_dir, tmp_path
):
    problems: list[str] = []
    seen = 0
    for name, window in _every_screen(qtbot, make_window, demo_dir, tmp_path, "en"):
        if name in NO_DEFAULT or not (name.endswith("dialog") or name.startswith("import wizard")):
            continue
        seen += 1
        pressed = _enter_presses(window)
        if not pressed or pressed.lower() in {"cancel", "< back", "back"}:
            problems.append(f"{name}: Enter pressed {pressed or 'nothing'}")
    assert seen >= 8
    assert not problems, "\n".join(problems)
