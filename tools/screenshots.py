#!/usr/bin/env python3
"""Screenshots of the desktop app in English and Dutch, rendered offscreen.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out DIR] [--lang en nl]

Builds a throw-away demo vault (invented students) in a temporary folder, then saves PNGs of
the unlock screen, the create-vault flow, the recovery screen and every registered view to
``screenshots/`` (gitignored). Uses the fast test KDF: never point it at a real vault.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault  # noqa: E402
from officer_desk.ui import i18n  # noqa: E402
from officer_desk.ui.lock import ScreenLockListener  # noqa: E402
from officer_desk.ui.main_window import MainWindow  # noqa: E402
from officer_desk.vault import test_kdf  # noqa: E402

SIZE = (1200, 780)
PASSPHRASE = "orange kettle sings at dawn"


def pump(ms: int = 50) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def wait(cond: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("screenshot step timed out")
        pump(20)
    pump(80)


def grab(widget: QWidget, out: Path, name: str) -> None:
    pump(80)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def new_window(vault_dir: Path, lang: str, **kwargs: object) -> MainWindow:
    window = MainWindow(
        vault_dir,
        language=lang,
        language_forced=True,
        screen_lock_listener=ScreenLockListener(),
        **kwargs,  # type: ignore[arg-type]
    )
    window.resize(*SIZE)
    window.show()
    pump(100)
    return window


def shoot_language(lang: str, demo_dir: Path, work: Path, out: Path) -> None:
    i18n.install(lang)

    # -- create flow on an empty folder ----------------------------------------------------------
    empty = work / f"new-{lang}"
    w = new_window(empty, lang)
    grab(w, out, f"{lang}_01_welcome")
    w.access.welcome_page.create_button.click()
    page = w.access.create_page
    page.fields.first.setText("tulip")
    page.fields.second.setText("tulip")
    grab(w, out, f"{lang}_02_create_passphrase_weak")
    page.fields.first.setText(PASSPHRASE)
    page.fields.second.setText(PASSPHRASE)
    grab(w, out, f"{lang}_03_create_passphrase_ok")
    page.next_button.click()
    page.officer_name.setText("Alex Jansen")
    page.faculty.setCurrentIndex(page.faculty.findData("SOC"))
    grab(w, out, f"{lang}_04_create_profile")
    page.next_button.click()
    wait(lambda: page.steps.currentIndex() == 2)
    grab(w, out, f"{lang}_05_create_recovery_key")
    page.stored.setChecked(True)
    page.next_button.click()
    wait(lambda: w.session is not None)
    w.lock()
    w.close()

    # -- demo vault: unlock, errors, recovery ------------------------------------------------
    w = new_window(demo_dir, lang, demo_passphrase=DEMO_PASSPHRASE)
    grab(w, out, f"{lang}_10_unlock_demo")
    unlock = w.access.unlock_page
    unlock.passphrase.setText("not the right passphrase")
    unlock.unlock_button.click()
    wait(lambda: unlock.error.isVisible())
    grab(w, out, f"{lang}_11_unlock_wrong_passphrase")
    unlock.recovery_link.click()
    rec = w.access.recovery_page
    rec.recovery_key.setText("ABCD-EFGH-")
    rec.fields.first.setText(PASSPHRASE)
    rec.fields.second.setText(PASSPHRASE)
    grab(w, out, f"{lang}_12_recovery")
    rec.back_button.click()
    unlock.passphrase.setText(DEMO_PASSPHRASE)
    unlock.unlock_button.click()
    wait(lambda: w.session is not None)

    # -- every registered view -----------------------------------------------------------------
    for i, view_id in enumerate(list(w.views)):
        w.show_view(view_id)
        pump(150)
        grab(w, out, f"{lang}_2{i}_view_{view_id}")
    if w.session is not None and "students" in w.views:
        rows = w.session.desk.list_students(open_only=True, limit=1)
        if rows and w.ctx is not None:
            w.ctx.open_student_requested.emit(rows[0].id)
            pump(200)
            grab(w, out, f"{lang}_30_student_page")
    if "settings" in w.views:  # the whole settings column, not only what fits the window
        from PySide6.QtWidgets import QScrollArea

        w.show_view("settings")
        pump(100)
        scroll = w.views["settings"].findChild(QScrollArea)
        if scroll is not None and scroll.widget() is not None:
            grab(scroll.widget(), out, f"{lang}_29_settings_full")
    if w.act_log.isEnabled():
        w.act_log.trigger()
        pump(200)
        if w.dialogs:
            grab(w.dialogs[0], out, f"{lang}_31_consultation_dialog")
            w.dialogs[0].reject()
            pump(50)
    if "settings" in w.views:  # change the vault key: the new recovery key, once
        w.show_view("settings")
        w.views["settings"].rotate_key_requested.emit(DEMO_PASSPHRASE)
        rotation = w.access.rotation_page
        wait(lambda: rotation.continue_button.isVisible(), timeout=120)
        rotation.panel.copy_button.click()
        grab(w, out, f"{lang}_41_new_recovery_key")
        rotation.stored.setChecked(True)
        rotation.continue_button.click()
        wait(lambda: w.session is not None)
    w.lock()
    grab(w, out, f"{lang}_40_locked")
    w.close()
    pump(50)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "nl"], choices=["en", "nl"])
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    QCoreApplication.setOrganizationName("OfficerDeskScreenshots")
    QCoreApplication.setApplicationName("OfficerDeskScreenshots")
    work = Path(tempfile.mkdtemp(prefix="officer-desk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        demo_dir = work / "demo-vault"
        create_demo_vault(demo_dir, DEMO_PASSPHRASE, students=200, seed=1, kdf=test_kdf())
        for lang in args.lang:
            shoot_language(lang, demo_dir, work, args.out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
