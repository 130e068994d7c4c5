#!/usr/bin/env python3
"""Screenshots of the desktop app in English and Dutch, light and dark, rendered offscreen.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--out DIR] [--lang en nl]
        [--theme light dark] [--size 1024x700 1600x1000]

Builds a throw-away demo vault (invented students) in a temporary folder, then saves PNGs of
the unlock screen, the create-vault flow, the recovery screen, every registered view (with the
selected sidebar item), the student page and the dialogs (log consultation, new student,
import, note templates, user guide, a question with Yes/Cancel, erase a student, the new
recovery key) to ``screenshots/`` (gitignored), named ``<lang>_<theme>_<size>_<nn>_<what>``.
"dark" is the dark palette Fusion uses with a dark colour scheme. Uses the fast test KDF:
never point it at a real vault.
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

from PySide6.QtCore import QCoreApplication, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget  # noqa: E402

from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault  # noqa: E402
from officer_desk.ui import i18n  # noqa: E402
from officer_desk.ui.lock import ScreenLockListener  # noqa: E402
from officer_desk.ui.main_window import MainWindow  # noqa: E402
from officer_desk.vault import test_kdf  # noqa: E402

SIZE = (1200, 780)
SIZES = ("1024x700", "1600x1000")
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


def dark_palette() -> QPalette:
    """The dark palette Fusion uses with a dark colour scheme (Qt 6.5+)."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#323232",
        QPalette.ColorRole.WindowText: "#f0f0f0",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QPalette.ColorRole.ToolTipBase: "#3c3c3c",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#f0f0f0",
        QPalette.ColorRole.Button: "#3c3c3c",
        QPalette.ColorRole.ButtonText: "#f0f0f0",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#505050",
        QPalette.ColorRole.Midlight: "#464646",
        QPalette.ColorRole.Mid: "#282828",
        QPalette.ColorRole.Dark: "#1e1e1e",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d7dd8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6fa8ff",
        QPalette.ColorRole.LinkVisited: "#b28cff",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return pal


def set_theme(app: QApplication, theme: str, light: QPalette) -> None:
    app.setPalette(dark_palette() if theme == "dark" else light)


def grab_dialog(dialog: QWidget, out: Path, name: str) -> None:
    dialog.show()
    pump(150)
    grab(dialog, out, name)


def grab_modal(out: Path, name: str, kind: type[QWidget], start: Callable[[], object]) -> None:
    """Start something that runs a modal dialog of ``kind``, grab it, then close it."""

    def take() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                pump(120)
                grab(widget, out, name)
                if isinstance(widget, QDialog):
                    widget.reject()
                return
        QTimer.singleShot(50, take)

    QTimer.singleShot(100, take)
    start()
    pump(50)


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


def shoot_language(
    lang: str, demo_dir: Path, work: Path, out: Path, theme: str = "light", size: str = ""
) -> None:
    global SIZE
    i18n.install(lang)
    if size:
        width, height = (int(n) for n in size.split("x"))
        SIZE = (width, height)
    tag = f"{lang}_{theme}_{SIZE[0]}x{SIZE[1]}"

    # -- create flow on an empty folder ----------------------------------------------------------
    empty = work / f"new-{tag}"
    w = new_window(empty, lang)
    grab(w, out, f"{tag}_01_welcome")
    w.access.welcome_page.create_button.click()
    page = w.access.create_page
    page.fields.first.setText("tulip")
    page.fields.second.setText("tulip")
    grab(w, out, f"{tag}_02_create_passphrase_weak")
    page.fields.first.setText(PASSPHRASE)
    page.fields.second.setText(PASSPHRASE)
    grab(w, out, f"{tag}_03_create_passphrase_ok")
    page.next_button.click()
    page.officer_name.setText("Alex Jansen")
    page.faculty.setCurrentIndex(page.faculty.findData("SOC"))
    grab(w, out, f"{tag}_04_create_profile")
    page.next_button.click()
    wait(lambda: page.steps.currentIndex() == 2)
    grab(w, out, f"{tag}_05_create_recovery_key")
    page.stored.setChecked(True)
    page.next_button.click()
    wait(lambda: w.session is not None)
    w.lock()
    w.close()

    # -- demo vault: unlock, errors, recovery ------------------------------------------------
    w = new_window(demo_dir, lang, demo_passphrase=DEMO_PASSPHRASE)
    grab(w, out, f"{tag}_10_unlock_demo")
    unlock = w.access.unlock_page
    unlock.passphrase.setText("not the right passphrase")
    unlock.unlock_button.click()
    wait(lambda: unlock.error.isVisible())
    grab(w, out, f"{tag}_11_unlock_wrong_passphrase")
    unlock.recovery_link.click()
    rec = w.access.recovery_page
    rec.recovery_key.setText("ABCD-EFGH-")
    rec.fields.first.setText(PASSPHRASE)
    rec.fields.second.setText(PASSPHRASE)
    grab(w, out, f"{tag}_12_recovery")
    rec.back_button.click()
    unlock.passphrase.setText(DEMO_PASSPHRASE)
    unlock.unlock_button.click()
    wait(lambda: w.session is not None)

    # -- every registered view -----------------------------------------------------------------
    for i, view_id in enumerate(list(w.views)):
        w.show_view(view_id)
        pump(150)
        grab(w, out, f"{tag}_2{i}_view_{view_id}")
    if w.session is not None and "reports" in w.views:  # the summary of a released quarter
        from officer_desk.services.reporting import Reporting

        reports = w.views["reports"]
        last_ended = reports.period.itemData(1)  # type: ignore[attr-defined]
        if last_ended not in {r.period for r in Reporting(w.session.desk).released()}:
            Reporting(w.session.desk).release(last_ended)
        w.show_view("reports")
        reports.period.setCurrentIndex(0)  # type: ignore[attr-defined]
        grab(w, out, f"{tag}_28_reports_after_a_release")
    if w.session is not None and "students" in w.views:
        rows = w.session.desk.list_students(open_only=True, limit=1)
        if rows and w.ctx is not None:
            w.ctx.open_student_requested.emit(rows[0].id)
            pump(200)
            grab(w, out, f"{tag}_30_student_page")
    if "settings" in w.views:  # the whole settings column, not only what fits the window
        from PySide6.QtWidgets import QScrollArea

        w.show_view("settings")
        pump(100)
        scroll = w.views["settings"].findChild(QScrollArea)
        if scroll is not None and scroll.widget() is not None:
            grab(scroll.widget(), out, f"{tag}_29_settings_full")
    if w.act_log.isEnabled():
        w.act_log.trigger()
        pump(200)
        if w.dialogs:
            grab(w.dialogs[0], out, f"{tag}_31_consultation_dialog")
            w.dialogs[0].reject()
            pump(50)
    shoot_dialogs(w, out, tag)
    if "settings" in w.views:  # change the vault key: the new recovery key, once
        w.show_view("settings")
        w.views["settings"].rotate_key_requested.emit(DEMO_PASSPHRASE)
        rotation = w.access.rotation_page
        wait(lambda: rotation.continue_button.isVisible(), timeout=120)
        rotation.panel.copy_button.click()
        grab(w, out, f"{tag}_41_new_recovery_key")
        rotation.stored.setChecked(True)
        rotation.continue_button.click()
        wait(lambda: w.session is not None)
    w.lock()
    grab(w, out, f"{tag}_40_locked")
    w.close()
    pump(50)


def shoot_dialogs(w: MainWindow, out: Path, tag: str) -> None:
    """The other dialogs: new student, import, templates, guide, a question, erase."""
    from officer_desk.ui.views.students import StudentDialog

    if w.ctx is None:
        return
    w.show_view("today")
    pump(50)
    w.open_guide("reports")
    pump(150)
    from officer_desk.ui.help import GuideDialog

    for guide in w.findChildren(GuideDialog):
        grab(guide, out, f"{tag}_32_user_guide")
        guide.close()
    pump(50)
    student = StudentDialog(w.ctx, None, w)
    grab_dialog(student, out, f"{tag}_33_new_student")
    student.reject()
    for name, opener in (
        ("34_import", w.open_import_wizard),
        ("35_templates", w.open_templates_dialog),
    ):
        dialog = opener()
        if dialog is not None:
            pump(150)
            grab(dialog, out, f"{tag}_{name}")
            dialog.reject()
            pump(50)
    grab_modal(
        out,
        f"{tag}_36_question",
        QMessageBox,
        lambda: QMessageBox.question(
            w,
            QCoreApplication.translate("Views", "Officer Desk"),
            QCoreApplication.translate("OutreachView", "Delete activity"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        ),
    )
    if w.student_page is not None:
        w.stack.setCurrentWidget(w.student_page)
        pump(50)
        erase = w.student_page.ask_erase()
        if erase is not None:
            pump(150)
            grab(erase, out, f"{tag}_37_erase_student")
            erase.reject()
            pump(50)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "nl"], choices=["en", "nl"])
    parser.add_argument("--theme", nargs="+", default=["light"], choices=["light", "dark"])
    parser.add_argument("--size", nargs="+", default=[f"{SIZE[0]}x{SIZE[1]}"])
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
        light = QApplication.palette()
        assert isinstance(app, QApplication)
        for theme in args.theme:
            set_theme(app, theme, light)
            for size in args.size:
                for lang in args.lang:
                    shoot_language(lang, demo_dir, work, args.out, theme, size)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
