"""Keyboard and accessibility of every screen, in English and Dutch: no two mnemonics of one
window (or one menu) share a letter, every control has an accessible name, Tab visits every
control of a view once in reading order, Enter presses the default button, date fields are one
Tab stop, and irreversible actions default to the safe answer.

The screens are walked with ``tests/ui/walk.py``."""

from __future__ import annotations

from pathlib import Path

import pytest

from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault
from officer_desk.ui import i18n
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
