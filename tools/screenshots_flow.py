#!/usr/bin/env python3
"""Screenshots of the daily flow's feedback, in English and Dutch: Today with an unfinished
consultation (and the status bar's count), the message bar with Undo after a follow-up was
marked done, the Reschedule dialog, the message bar's "Saved for …" with Open record, and a
search whose words are only in notes.

    QT_QPA_PLATFORM=offscreen python tools/screenshots_flow.py [--out DIR]

Builds a throw-away vault (invented students, fast test KDF) and saves ``flow_<lang>_*.png``
to ``screenshots/`` (gitignored).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"  # throw-away vault with the test KDF
os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from officer_desk.domain.models import Student  # noqa: E402
from officer_desk.services import session as sessions  # noqa: E402
from officer_desk.ui import i18n  # noqa: E402
from officer_desk.ui.lock import ScreenLockListener  # noqa: E402
from officer_desk.ui.main_window import MainWindow  # noqa: E402
from officer_desk.ui.views.common import DatePickDialog  # noqa: E402
from officer_desk.vault import test_kdf  # noqa: E402

PASSPHRASE = "orange kettle sings at dawn"


def pump(ms: int = 80) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def save(widget: QWidget, out: Path, name: str) -> None:
    pump()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def make_vault(path: Path) -> None:
    import datetime as dt

    session, _recovery = sessions.create(
        path, PASSPHRASE, officer_name="Alex Jansen", faculty="SOC", kdf=test_kdf()
    )
    desk = session.desk
    today = desk.clock.today()
    for name, number, days, kind, at in (
        ("Sem de Boer", "s1234567", 0, "call", dt.time(14, 0)),
        ("Lotte Jansma", "s4455667", 0, "meeting", None),
        ("Amara Okafor", "s2345678", -2, "message", None),
        ("Daan Visser", "s3456789", 3, "meeting", dt.time(10, 30)),
    ):
        s = desk.create_student(Student(None, name, student_number=number))
        assert s.id is not None
        desk.schedule_follow_up(s.id, today + dt.timedelta(days=days), kind=kind, due_time=at)
    session.close()


def shoot(lang: str, vault: Path, out: Path) -> None:
    i18n.install(lang)
    w = MainWindow(
        vault, language=lang, language_forced=True, screen_lock_listener=ScreenLockListener()
    )
    w.resize(1200, 780)
    w.show()
    pump(100)
    page = w.access.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    end = time.monotonic() + 30
    while w.session is None and time.monotonic() < end:
        pump(50)
    assert w.session is not None and w.ctx is not None
    desk = w.session.desk

    # An unfinished consultation (kept as a draft when the vault locked).
    sem = desk.list_students(text="Sem")[0]
    w.ctx.log_consultation_requested.emit(sem.id or 0)
    pump(200)
    dialog = w.dialogs[0]
    dialog.dossier_edit.setPlainText("Talked about exam nerves")  # type: ignore[attr-defined]
    w.lock()
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    end = time.monotonic() + 30
    while w.session is None and time.monotonic() < end:
        pump(50)
    w.show_view("today")
    save(w, out, f"flow_{lang}_01_today_with_draft")

    # Done on Today: the message bar with Undo.
    today = w.views["today"]
    today.due_today.table.setFocus()  # type: ignore[attr-defined]
    today.due_today.table.selectRow(0)  # type: ignore[attr-defined]
    today.done_button.click()  # type: ignore[attr-defined]
    pump(150)
    save(w, out, f"flow_{lang}_02_message_bar_undo")

    # The Reschedule dialog, from the Follow-ups view.
    w.show_view("follow_ups")
    view = w.views["follow_ups"]
    view.table.setFocus()  # type: ignore[attr-defined]
    view.table.selectRow(0)  # type: ignore[attr-defined]

    def grab_dialog() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, DatePickDialog):
            save(modal, out, f"flow_{lang}_03_reschedule_dialog")
            modal.reject()
        else:
            QTimer.singleShot(50, grab_dialog)

    QTimer.singleShot(100, grab_dialog)
    view.reschedule_button.click()  # type: ignore[attr-defined]
    pump(100)

    # A consultation saved: the same message bar says for whom, with Open record.
    assert w.session is not None and w.ctx is not None  # the second unlock's session
    lotte = w.session.desk.list_students(text="Lotte")[0]
    w.ctx.log_consultation_requested.emit(lotte.id or 0)
    pump(200)
    dialog = w.dialogs[-1]
    topics = dialog.topic_list  # type: ignore[attr-defined]
    topics.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.dossier_edit.setPlainText("Talked about the resit")  # type: ignore[attr-defined]
    dialog.save()  # type: ignore[attr-defined]
    pump(200)
    save(w, out, f"flow_{lang}_04_message_bar_saved_for")

    # A word found only in notes: the empty names list points at the matches below.
    w.show_view("students")
    students = w.views["students"]
    students.search_edit.setText("resit")  # type: ignore[attr-defined]
    students.apply_search()  # type: ignore[attr-defined]
    pump(150)
    save(w, out, f"flow_{lang}_05_search_only_in_notes")
    w.lock()
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
    work = Path(tempfile.mkdtemp(prefix="officer-desk-flow-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in args.lang:
        vault = work / f"vault-{lang}"
        make_vault(vault)
        shoot(lang, vault, args.out)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
