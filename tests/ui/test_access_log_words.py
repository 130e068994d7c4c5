"""The access log in an officer's words: who (the student's name while the record exists,
"erased student" after), what (a sentence, not an action code), when (to the minute), in
English and Dutch. Names are looked up when the log is shown; the log itself holds none."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt

from officer_desk.domain.models import ConsultationDraft
from officer_desk.services.desk import FixedClock
from officer_desk.services.privacy import Privacy
from officer_desk.services.session import create
from officer_desk.services.subject_access import record_export
from officer_desk.ui import i18n
from officer_desk.ui.context import UiContext
from officer_desk.ui.views.access_log import AccessLogView
from officer_desk.vault import test_kdf
from tests.ui.view_fixtures import add_student

MOMENT = dt.datetime(2026, 12, 1, 14, 5, 37)


@pytest.fixture
def logged(tmp_path, qapp):
    session, _ = create(
        tmp_path / "vault", "a long test passphrase 42", kdf=test_kdf(), clock=FixedClock(MOMENT)
    )
    desk = session.desk
    anna = add_student(desk, "Anna de Vries")
    bram = add_student(desk, "Bram Jansen")
    desk.open_student(anna)
    desk.log_consultation(
        ConsultationDraft(student_id=anna, started_at=MOMENT, topics=["study_stress"])
    )
    record_export(desk, anna, "pdf+json")
    desk.open_student(bram)
    Privacy(desk).erase_student(bram, reclaim=False)
    yield session, anna, bram
    session.close()


def rows(view: AccessLogView) -> list[dict[str, str]]:
    model = view.model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    return [
        {h: model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c, h in enumerate(headers)}
        for r in range(model.rowCount())
    ]


def make_view(qtbot, session, lang: str) -> AccessLogView:
    i18n.install(lang)
    ctx = UiContext(session, lang)
    view = AccessLogView(ctx)
    qtbot.addWidget(view)
    view.show()
    return view


def test_who_what_and_when_in_english(qtbot, logged):
    session, anna, bram = logged
    view = make_view(qtbot, session, "en")
    shown = rows(view)
    assert {"When", "What", "Student"} <= set(shown[0])
    whens = {row["When"] for row in shown}
    assert whens == {"1 Dec 2026 14:05"}, "to the minute, no seconds"
    opened = [row for row in shown if row["What"] == "Opened student record"]
    assert [row["Student"] for row in opened] == ["erased student", "Anna de Vries"]
    exported = [r for r in shown if r["What"] == "Exported data for a subject access request"]
    assert [row["Student"] for row in exported] == ["Anna de Vries"]
    logged_rows = [row for row in shown if row["What"] == "Logged a consultation"]
    assert [row["Student"] for row in logged_rows] == ["Anna de Vries"]
    erased = [row for row in shown if row["What"] == "Erased a student"]
    assert [row["Student"] for row in erased] == ["erased student"]
    unlocked = [row for row in shown if row["What"] == "Created the vault"]
    assert unlocked and unlocked[0]["Student"] == ""
    # No row still speaks in codes.
    codes = re.compile(
        r"viewed|created|exported|subject_access|pdf\+json|[Ss]tudent \d|\d:\d\d:\d\d"
    )
    assert not [row for row in shown if any(codes.search(text) for text in row.values())]
    # The names come from the records: the log itself never holds one.
    raw = session.desk.access_log(limit=1000)
    assert not [e for e in raw if "Anna" in (e.detail or "") or "Bram" in (e.detail or "")]


def test_who_what_and_when_in_dutch(qtbot, logged):
    session, anna, bram = logged
    view = make_view(qtbot, session, "nl")
    shown = rows(view)
    assert {"Wanneer", "Wat", "Student"} <= set(shown[0])
    assert {row["Wanneer"] for row in shown} == {"1 dec 2026 14:05"}
    opened = [row for row in shown if row["Wat"] == "Studentdossier geopend"]
    assert [row["Student"] for row in opened] == ["gewiste student", "Anna de Vries"]
    assert [
        r["Student"] for r in shown if r["Wat"] == "Gegevens geëxporteerd voor een inzageverzoek"
    ] == ["Anna de Vries"]


def test_every_access_log_string_is_dutch(qtbot, logged):
    session, _anna, _bram = logged
    english = make_view(qtbot, session, "en")
    en_rows = rows(english)
    en_filters = [english.action.itemText(i) for i in range(english.action.count())] + [
        english.record_type.itemText(i) for i in range(english.record_type.count())
    ]
    dutch = make_view(qtbot, session, "nl")
    nl_rows = rows(dutch)
    nl_filters = [dutch.action.itemText(i) for i in range(dutch.action.count())] + [
        dutch.record_type.itemText(i) for i in range(dutch.record_type.count())
    ]
    same_filters = [e for e, n in zip(en_filters, nl_filters, strict=True) if e == n]
    assert same_filters in ([], ["Student"]), same_filters
    for en_row, nl_row in zip(en_rows, nl_rows, strict=True):
        for (en_head, en_text), (_nl_head, nl_text) in zip(
            en_row.items(), nl_row.items(), strict=True
        ):
            if en_head in ("Student", "No."):
                continue  # names and numbers
            if en_text and not re.fullmatch(r"[A-Z0-9 +·.-]+", en_text):  # codes: PDF + JSON
                assert en_text != nl_text, (en_head, en_text)
    assert dutch.verify_button.text().replace("&", "") != english.verify_button.text().replace(
        "&", ""
    )


def test_a_merged_duplicate_shows_the_student_it_became(qtbot, tmp_path):
    session, _ = create(
        tmp_path / "v2", "a long test passphrase 42", kdf=test_kdf(), clock=FixedClock(MOMENT)
    )
    try:
        desk = session.desk
        keep = add_student(desk, "Carla Smit")
        dup = add_student(desk, "C. Smit")
        desk.open_student(dup)
        desk.merge_students(keep, dup)
        view = make_view(qtbot, session, "en")
        shown = rows(view)
        assert [r["Student"] for r in shown if r["What"] == "Opened student record"] == [
            "Carla Smit"
        ]
        merged = [r for r in shown if r["What"] == "Merged a duplicate into this student"]
        assert [r["Student"] for r in merged] == ["Carla Smit"]
        # Double-clicking an entry about a record opens its student.
        opened: list[int] = []
        view.ctx.open_student_requested.connect(opened.append)
        added = [i for i, r in enumerate(shown) if r["What"] == "Added a student"]
        assert [shown[i]["Student"] for i in added] == ["Carla Smit", "Carla Smit"]
        view._open(view.model.index(added[0], 0))  # the duplicate's entry
        assert opened == [keep]
    finally:
        session.close()
