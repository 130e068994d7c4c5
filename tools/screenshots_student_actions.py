#!/usr/bin/env python3
"""Screenshots of the student page's Privacy menu (export, legal hold, erase) and the Log
consultation dialog's Insert template menu, in English and Dutch.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_student_actions.py [--out DIR]

Builds a throw-away vault (one invented student, fast test KDF) and saves
``actions_<lang>_*.png`` to ``screenshots/`` (gitignored). Open menus are drawn onto the
window's picture where they would pop up (an offscreen grab has no popups).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"  # throw-away vault with the test KDF
os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QPoint  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QPushButton, QWidget  # noqa: E402

from officer_desk.domain.models import (  # noqa: E402
    ConsultationDraft,
    FollowUpDraft,
    ReferralDraft,
    Student,
)
from officer_desk.services import session as sessions  # noqa: E402
from officer_desk.services.desk import FixedClock  # noqa: E402
from officer_desk.services.privacy import Privacy  # noqa: E402
from officer_desk.ui import i18n  # noqa: E402
from officer_desk.ui.context import UiContext  # noqa: E402
from officer_desk.ui.views.consultation_dialog import ConsultationDialog  # noqa: E402
from officer_desk.ui.views.student_page import StudentPageView  # noqa: E402
from officer_desk.vault import test_kdf  # noqa: E402

PASSPHRASE = "screenshots passphrase 2026"
NOW = dt.datetime(2026, 3, 10, 10, 30)


def pump() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def save(pixmap: QPixmap, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    pixmap.save(str(path))
    print(path)


def with_menu(window: QWidget, button: QPushButton, menu: QMenu) -> QPixmap:
    """The window's picture with ``menu`` drawn below ``button``, as it pops up."""
    menu.aboutToShow.emit()
    menu.adjustSize()
    menu.ensurePolished()
    menu.resize(menu.sizeHint())
    menu.setActiveAction(next((a for a in menu.actions() if a.isEnabled() and a.text()), None))
    pump()
    picture = window.grab()
    at = button.mapTo(window, QPoint(0, button.height()))
    if at.x() + menu.width() > picture.width():
        at.setX(button.mapTo(window, QPoint(button.width(), 0)).x() - menu.width())
    painter = QPainter(picture)
    painter.drawPixmap(at, menu.grab())
    painter.end()
    return picture


def make_vault(path: Path) -> int:
    session, _ = sessions.create(
        path, PASSPHRASE, officer_name="Screenshots", faculty="SOC", kdf=test_kdf()
    )
    desk = session.desk
    student = desk.create_student(
        Student(
            None,
            "Anna de Vries",
            student_number="s1234567",
            email="anna.devries@student.example.nl",
            programme="Psychology",
            faculty="SOC",
        )
    )
    assert student.id is not None
    for days, dossier, referral in (
        (30, "First talk about exam stress and sleep.", "study_adviser"),
        (9, "Exams went better; still tired.", None),
    ):
        desk.log_consultation(
            ConsultationDraft(
                student_id=student.id,
                started_at=NOW - dt.timedelta(days=days),
                topics=["study_stress"],
                dossier_note=dossier,
                private_note="",
                referrals=[ReferralDraft(referral)] if referral else [],
                follow_up=FollowUpDraft(NOW.date() + dt.timedelta(days=7)) if days < 10 else None,
            )
        )
    session.close()
    return student.id


def shoot(lang: str, vault_dir: Path, student_id: int, out: Path) -> None:
    i18n.install(lang)
    session = sessions.unlock(vault_dir, PASSPHRASE, log_unlock=False, clock=FixedClock(NOW))
    ctx = UiContext(session, lang=lang)
    p = f"actions_{lang}"
    try:
        page = StudentPageView(ctx, student_id)
        page.resize(1100, 720)
        page.show()
        pump()
        save(with_menu(page, page.privacy_button, page.privacy_menu), out, f"{p}_10_privacy_menu")
        Privacy(session.desk).set_legal_hold(student_id, True)
        page.refresh()
        pump()
        save(with_menu(page, page.privacy_button, page.privacy_menu), out, f"{p}_11_legal_hold")
        Privacy(session.desk).set_legal_hold(student_id, False)
        page.refresh()
        pump()
        erase = page.ask_erase()
        assert erase is not None
        pump()
        save(erase.grab(), out, f"{p}_12_erase_confirm")
        erase.confirm_edit.setText(erase.word)
        pump()
        save(erase.grab(), out, f"{p}_13_erase_confirmed")
        erase.reject()
        export = page.open_export()
        assert export is not None
        export.adjustSize()
        pump()
        save(export.grab(), out, f"{p}_14_export")
        export.reject()
        page.close()

        dialog = ConsultationDialog(ctx, student_id)
        dialog.show()
        pump()
        save(
            with_menu(dialog, dialog.template_button, dialog.template_menu),
            out,
            f"{p}_20_template_menu",
        )
        dialog.insert_template(dialog.note_templates()[0])
        pump()
        save(dialog.grab(), out, f"{p}_21_template_inserted")
        dialog.desk.discard_draft(dialog.key)
        dialog._dirty = dialog._has_input = False
        dialog.close()
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()
        ctx.detach()
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "nl"])
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory(prefix="od_actions_") as tmp:
        vault_dir = Path(tmp) / "vault"
        student_id = make_vault(vault_dir)
        for lang in args.lang:
            shoot(lang, vault_dir, student_id, args.out)


if __name__ == "__main__":
    main()
