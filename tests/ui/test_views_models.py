"""The item models pass pytest-qt's model tester; the student list pages from SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from officer_desk.domain.models import OutreachActivity
from officer_desk.ui.models import (
    CaseModel,
    ConsultationModel,
    FollowUpModel,
    NoteHitModel,
    OutreachModel,
    StudentListModel,
    TimelineModel,
    build_timeline,
)
from officer_desk.ui.views.common import make_table
from tests.ui.view_fixtures import TODAY, add_consultation, add_many_students, add_student


def test_student_list_model_pages_and_passes_the_model_tester(qtmodeltester, qtlog, desk):
    add_many_students(desk, 450)
    model = StudentListModel(desk, "en", page_size=200)
    assert model.total == 450 and model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    # Qt's own tester watches every later reset and insert (pytest-qt's Python tester runs
    # its checks before it has seen the end of a reset, so fetchMore there looks nested).
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == sorted(names) and len(set(names)) == 450

    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 1).data() == "s1000449"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.index(449, 1).data() == "s1000000"

    model.set_filter(text="student 0001")
    expected = [
        i for i in range(450) if "0001" in f"student {i:05d}" or "0001" in f"s{1000000 + i}"
    ]
    assert model.total == len(expected) == model.rowCount()
    model.set_filter(text="nobody")
    assert model.total == 0 and model.rowCount() == 0
    model.set_filter(text="")
    assert model.rowCount() == 200
    del tester
    assert not [r.message for r in qtlog.records if "FAIL" in r.message]
    qtmodeltester.check(model, force_py=True)  # the Python tester on the settled model


def test_the_view_fetches_more_as_it_scrolls(qtbot, desk):
    add_many_students(desk, 700)
    model = StudentListModel(desk, "en", page_size=200)
    view = make_table()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 200

    def scrolled_to_the_end() -> bool:
        view.scrollToBottom()  # each scroll to the bottom fetches the next page
        return model.rowCount() == 700

    qtbot.waitUntil(scrolled_to_the_end, timeout=5000)
    assert model.index(699, 0).data() == "Student 00699"


@pytest.fixture
def models(desk):
    sid = add_student(desk, "Anna de Vries", "s1234567", faculty="SOC")
    add_consultation(
        desk,
        sid,
        when=dt.datetime(2026, 3, 2, 9, 0),
        dossier="talked about exams",
        referral="gp",
        follow_up=TODAY - dt.timedelta(days=2),
    )
    add_consultation(desk, sid, when=dt.datetime(2026, 3, 1, 9, 0), private="calm")
    desk.record_outreach(OutreachActivity(None, "other", TODAY, 3))
    desk.record_outreach(OutreachActivity(None, "workshop", TODAY, 25, "Stress workshop"))
    page = desk.open_student(sid)

    follow_ups = FollowUpModel("en")
    follow_ups.set_records(desk.overdue(), TODAY)
    consultations = ConsultationModel("nl")
    consultations.set_records(desk.recent_consultations())
    hits = NoteHitModel("en")
    hits.set_records(desk.search_notes("exams"))
    cases = CaseModel("en")
    cases.set_records(page.cases)
    timeline = TimelineModel("en")
    timeline.set_records(build_timeline(page.consultations, page.referrals, page.follow_ups), TODAY)
    outreach = OutreachModel("en")
    outreach.set_records(desk.outreach())
    return {
        "follow_ups": follow_ups,
        "consultations": consultations,
        "hits": hits,
        "cases": cases,
        "timeline": timeline,
        "outreach": outreach,
    }


@pytest.mark.parametrize(
    "name", ["follow_ups", "consultations", "hits", "cases", "timeline", "outreach"]
)
def test_list_models_pass_the_model_tester(qtmodeltester, models, name):
    model = models[name]
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    records = model.records()
    model.set_records([])
    assert model.rowCount() == 0
    model.set_records(records)


def test_list_model_contents(models):
    assert models["follow_ups"].index(0, 4).data() == "Overdue"
    assert models["follow_ups"].index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert models["consultations"].index(0, 3).data() == "Studie- en deadlinestress"
    assert models["hits"].index(0, 3).data() == "talked about [exams]"
    assert models["outreach"].index(0, 2).data() in ("3", "25")
    assert models["cases"].index(0, 2).data() == "Open"


def test_timeline_is_newest_first(desk):
    sid = add_student(desk, "Anna de Vries")
    add_consultation(desk, sid, when=dt.datetime(2026, 2, 1, 9, 0), referral="gp")
    add_consultation(desk, sid, when=dt.datetime(2026, 3, 9, 9, 0), follow_up=dt.date(2026, 3, 20))
    page = desk.open_student(sid)
    model = TimelineModel("en")
    model.set_records(build_timeline(page.consultations, page.referrals, page.follow_ups), TODAY)
    kinds = [model.index(r, 1).data() for r in range(model.rowCount())]
    dates = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert kinds == ["Follow-up", "Consultation", "Consultation", "Referral"]
    assert dates[0] == "20 Mar 2026" and dates[1] == "9 Mar 2026 09:00"
