#!/usr/bin/env python3
"""Screenshots of the content views in interesting states, in English and Dutch.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_views.py [--out DIR] [--lang en nl]

Builds a throw-away demo vault (invented students, fast test KDF) and saves
``views_<lang>_*.png`` to ``screenshots/`` (gitignored): Today, Students with a search that
matches notes, the New student dialog with a duplicate warning, a student page with a
consultation's notes open, the Log consultation dialog (empty, filled, restored draft with
an error), Follow-ups with the month calendar, Outreach.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from officer_desk.domain.models import Consultation, Student  # noqa: E402
from officer_desk.services import session as sessions  # noqa: E402
from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault  # noqa: E402
from officer_desk.ui import i18n  # noqa: E402
from officer_desk.ui.context import UiContext  # noqa: E402
from officer_desk.ui.views.consultation_dialog import ConsultationDialog  # noqa: E402
from officer_desk.ui.views.follow_ups import FollowUpsView  # noqa: E402
from officer_desk.ui.views.outreach import OutreachView  # noqa: E402
from officer_desk.ui.views.student_page import StudentPageView  # noqa: E402
from officer_desk.ui.views.students import StudentDialog, StudentsView  # noqa: E402
from officer_desk.ui.views.today import TodayView  # noqa: E402
from officer_desk.vault import test_kdf  # noqa: E402

SIZE = (1100, 720)  # the content area of a 1200×780 main window with its sidebar


def pump() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def grab(widget: QWidget, out: Path, name: str) -> None:
    pump()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def show(widget: QWidget, size: tuple[int, int] = SIZE) -> QWidget:
    widget.resize(*size)
    widget.show()
    pump()
    return widget


def shoot(lang: str, vault_dir: Path, out: Path) -> None:
    i18n.install(lang)
    session = sessions.unlock(vault_dir, DEMO_PASSPHRASE, log_unlock=False)
    ctx = UiContext(session, lang=lang)
    desk = session.desk
    p = f"views_{lang}"
    try:
        today = show(TodayView(ctx))
        grab(today, out, f"{p}_10_today")
        today.close()

        students = show(StudentsView(ctx))
        grab(students, out, f"{p}_20_students")
        students.search_edit.setText("stress" if lang == "en" else "stress")
        students.apply_search()
        grab(students, out, f"{p}_21_students_search_notes")
        students.search_edit.setText("de")
        students.apply_search()
        grab(students, out, f"{p}_22_students_search_short")
        students.close()

        some = desk.list_students(limit=1)[0]
        dialog = StudentDialog(ctx, None)
        dialog.name_edit.setText(some.display_name)
        dialog.save()  # shows the duplicate warning, saves nothing
        show(dialog, (dialog.width(), dialog.sizeHint().height()))
        grab(dialog, out, f"{p}_23_new_student_duplicate")
        dialog.close()

        rows = desk.list_students(order="last_contact", descending=True, limit=20)
        busy = max(rows, key=lambda r: len(desk.open_student(r.id, log_view=False).referrals))
        page = show(StudentPageView(ctx, busy.id))
        grab(page, out, f"{p}_30_student_page")
        first = page.timeline_model.records()
        cons = next(i for i in first if isinstance(i, Consultation))
        page.select_item(Consultation, cons.id)
        grab(page, out, f"{p}_31_student_consultation")
        from officer_desk.domain.models import FollowUp, Referral

        ref = next((i for i in first if isinstance(i, Referral)), None)
        if ref is not None:
            page.select_item(Referral, ref.id)
            grab(page, out, f"{p}_32_student_referral")
        fu = next((i for i in first if isinstance(i, FollowUp)), None)
        if fu is not None:
            page.select_item(FollowUp, fu.id)
            grab(page, out, f"{p}_33_student_follow_up")
        page.close()

        dialog = ConsultationDialog(ctx, None)
        show(dialog, (dialog.width(), dialog.height()))
        grab(dialog, out, f"{p}_40_log_consultation_empty")
        dialog.student_edit.setText(busy.display_name)
        dialog._resolve_student()
        for row in (0, 4):
            dialog.topic_list.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.urgency_combo.setCurrentIndex(2)
        dialog.dossier_edit.setPlainText(
            "Talked about the thesis deadline and sleeping badly. Agreed to contact the "
            "study adviser this week."
            if lang == "en"
            else "Gesproken over de scriptiedeadline en slecht slapen. Afgesproken dat de student "
            "deze week de studieadviseur mailt."
        )
        dialog.private_edit.setPlainText(
            "Seems tired; check in on the family situation."
            if lang == "en"
            else "Lijkt moe; navragen hoe het thuis gaat."
        )
        dialog._add_referral()
        dialog.destination_combo.setCurrentIndex(1)
        dialog._add_referral()
        dialog._quick_pick(days=14)
        grab(dialog, out, f"{p}_41_log_consultation_filled")
        dialog.save_draft()
        dialog.reject()
        dialog = ConsultationDialog(ctx, None)
        show(dialog, (dialog.width(), dialog.height()))
        dialog.when_edit.setDateTime(dialog.when_edit.dateTime().addDays(3))
        dialog.save()  # in the future: an inline error
        grab(dialog, out, f"{p}_42_log_consultation_restored_error")
        dialog._start_over()
        dialog.close()

        follow_ups = show(FollowUpsView(ctx))
        grab(follow_ups, out, f"{p}_50_follow_ups")
        follow_ups.close()

        outreach = show(OutreachView(ctx))
        grab(outreach, out, f"{p}_60_outreach")
        outreach.close()
    finally:
        ctx.detach()
        session.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--lang", nargs="+", default=["en", "nl"])
    parser.add_argument("--students", type=int, default=200)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841
    with tempfile.TemporaryDirectory(prefix="od_views_") as tmp:
        vault_dir = Path(tmp) / "demo"
        create_demo_vault(
            vault_dir,
            DEMO_PASSPHRASE,
            students=args.students,
            seed=1,
            today=dt.date.today(),
            kdf=test_kdf(),
        )
        session = sessions.unlock(vault_dir, DEMO_PASSPHRASE, log_unlock=False)
        session.desk.create_student(Student(None, "Anna de Vries", "s2345678", faculty="SOC"))
        session.close()
        for lang in args.lang:
            shoot(lang, vault_dir, args.out)
    os._exit(0)  # skip Qt teardown


if __name__ == "__main__":
    raise SystemExit(main())
