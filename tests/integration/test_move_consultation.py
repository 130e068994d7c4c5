"""Moving a consultation saved to the wrong student (services/corrections.py): what moves
with it, what stays, what is refused, and what the access log says."""

from __future__ import annotations

import datetime as dt

import pytest

from officer_desk.domain.models import ConsultationDraft, FollowUpDraft, ReferralDraft, Student
from officer_desk.errors import Conflict, NotFound, ValidationError
from officer_desk.services.corrections import Corrections
from officer_desk.services.desk import Desk
from officer_desk.services.privacy import Privacy
from officer_desk.store import records as r
from tests.conftest import NOW


def _student(desk: Desk, name: str, number: str, faculty: str = "SOC") -> int:
    s = desk.create_student(Student(None, name, student_number=number, faculty=faculty))
    assert s.id is not None
    return s.id


def _log(desk: Desk, sid: int, *, days_ago: int = 1, note: str = "", follow_up: bool = False):
    return desk.log_consultation(
        ConsultationDraft(
            student_id=sid,
            started_at=NOW - dt.timedelta(days=days_ago),
            topics=["study_stress"],
            dossier_note=note,
            private_note="private " + note,
            referrals=[ReferralDraft("study_adviser")],
            follow_up=FollowUpDraft(NOW.date() + dt.timedelta(days=7)) if follow_up else None,
        )
    )


def test_a_consultation_that_opened_its_case_takes_the_case_with_it(desk):
    wrong = _student(desk, "Lotte Jansma", "s1111111")
    right = _student(desk, "Lotte Jansma", "s4455667")
    c = _log(desk, wrong, note="Worried about the exam", follow_up=True)
    case_id = c.case_id
    Corrections(desk).move_consultation(c.id, right)

    moved = desk.consultation(c.id)
    assert moved.student_id == right and moved.case_id == case_id
    assert r.get_case(desk.store, case_id).student_id == right
    right_page = desk.open_student(right, log_view=False)
    assert [x.id for x in right_page.consultations] == [c.id]
    assert len(right_page.referrals) == 1 and len(right_page.follow_ups) == 1
    assert {n.body for n in desk.notes(c.id)} == {
        "Worried about the exam",
        "private Worried about the exam",
    }
    wrong_page = desk.open_student(wrong, log_view=False)
    assert wrong_page.cases == [] and wrong_page.consultations == []
    assert wrong_page.referrals == [] and wrong_page.follow_ups == []
    # the list's summary columns follow
    rows = {row.id: row for row in desk.list_students()}
    assert rows[right].last_contact == moved.started_at.date() and rows[right].open_cases == 1
    assert rows[wrong].last_contact is None and rows[wrong].open_cases == 0
    # note search finds it under the right student
    assert [h.student_id for h in desk.search_notes("exam")] == [right, right]


def test_a_consultation_in_a_shared_case_leaves_the_case_behind(desk):
    wrong = _student(desk, "Sam de Boer", "s2222222")
    right = _student(desk, "Sam de Boer", "s3333333")
    earlier = _log(desk, wrong, days_ago=20, note="first talk")
    c = _log(desk, wrong, days_ago=1, note="misfiled talk", follow_up=True)
    assert c.case_id == earlier.case_id
    Corrections(desk).move_consultation(c.id, right)

    wrong_page = desk.open_student(wrong, log_view=False)
    assert [x.id for x in wrong_page.consultations] == [earlier.id]
    assert len(wrong_page.cases) == 1 and len(wrong_page.referrals) == 1
    assert wrong_page.follow_ups == []
    right_page = desk.open_student(right, log_view=False)
    # a new case for the right student, opened on the consultation's day with its topic
    assert len(right_page.cases) == 1
    new_case = right_page.cases[0]
    assert new_case.id != earlier.case_id and new_case.opened_on == c.started_at.date()
    assert new_case.primary_concern == c.primary_topic
    assert desk.consultation(c.id).case_id == new_case.id
    assert {f.case_id for f in right_page.follow_ups} == {new_case.id}
    assert {x.case_id for x in right_page.referrals} == {new_case.id}


def test_it_joins_the_right_students_open_case_and_an_emptied_case_is_removed(desk):
    wrong = _student(desk, "Noor Bakker", "s5555555")
    right = _student(desk, "Noor Bakker", "s6666666")
    theirs = _log(desk, right, days_ago=10, note="their own talk")
    c = _log(desk, wrong, days_ago=1, note="misfiled")
    emptied = c.case_id
    Corrections(desk).move_consultation(c.id, right)
    assert desk.consultation(c.id).case_id == theirs.case_id
    assert r.get_case(desk.store, emptied) is None  # only existed because of the mistake
    # the access log names nobody for it (not "an erased student": nobody was erased)
    created = desk.access_log(record_type="case", record_id=emptied)
    assert [e.action for e in created] == ["created"]
    assert desk.log_students(created) == {}
    moved = desk.access_log(action="moved")[0]
    assert moved.detail == f"from:{wrong};to:{right};case:joined:{theirs.case_id};removed:{emptied}"
    assert desk.open_student(wrong, log_view=False).cases == []
    right_page = desk.open_student(right, log_view=False)
    assert [k.id for k in right_page.cases] == [theirs.case_id]


def test_the_move_is_access_logged_with_ids_only(desk):
    wrong = _student(desk, "Lotte Jansma", "s1111111")
    right = _student(desk, "Lotte Jansma", "s4455667")
    c = _log(desk, wrong, note="Worried about the exam")
    Corrections(desk).move_consultation(c.id, right)
    entries = [e for e in desk.access_log() if e.action == "moved"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry.record_type == "consultation" and entry.record_id == c.id
    assert entry.detail.startswith(f"from:{wrong};to:{right}")
    for secret in ("Lotte", "Jansma", "s1111111", "s4455667", "exam"):
        assert secret not in entry.detail
    assert desk.verify_access_log().ok


def test_from_a_namesake_of_another_faculty_to_the_vaults_faculty(desk):
    law = _student(desk, "Lotte Jansma", "s7777777", faculty="LAW")
    soc = _student(desk, "Lotte Jansma", "s4455667", faculty="SOC")
    c = _log(desk, law, note="x")
    Corrections(desk).move_consultation(c.id, soc)
    assert desk.consultation(c.id).student_id == soc


def test_refusals_change_nothing(desk):
    wrong = _student(desk, "Lotte Jansma", "s1111111")
    right = _student(desk, "Lotte Jansma", "s4455667")
    law = _student(desk, "Lotte Jansma", "s7777777", faculty="LAW")
    c = _log(desk, wrong, note="x")
    before = len(desk.access_log())
    moves = Corrections(desk)
    with pytest.raises(ValidationError) as same:
        moves.move_consultation(c.id, wrong)
    assert same.value.template == "This consultation already belongs to this student."
    with pytest.raises(NotFound):
        moves.move_consultation(c.id, 999_999)  # erased or never there
    with pytest.raises(NotFound):
        moves.move_consultation(999_999, right)
    with pytest.raises(Conflict) as faculty:  # the vault is SOC's
        moves.move_consultation(c.id, law)
    assert "another faculty" in faculty.value.template
    Privacy(desk).set_legal_hold(wrong, True)
    before = len(desk.access_log())
    with pytest.raises(Conflict) as hold:
        moves.move_consultation(c.id, right)
    assert "legal hold" in hold.value.template
    assert desk.consultation(c.id).student_id == wrong
    assert len(desk.access_log()) == before
