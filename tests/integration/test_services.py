"""The Desk services on real SQLCipher vaults."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from officer_desk.domain.models import (
    ConsultationDraft,
    FollowUp,
    FollowUpDraft,
    OutreachActivity,
    ReferralDraft,
    Student,
)
from officer_desk.errors import Conflict, NotFound, ValidationError
from officer_desk.store import records

NOW = dt.datetime(2026, 11, 16, 10, 0)  # the fixed clock of tests/conftest.py


def _student(desk, name="Anna de Vries", number="s1234567", email="anna@example.nl"):
    return desk.create_student(
        Student(None, name, number, email, "Psychology", "SOC", "bachelor_first", "domestic")
    )


def _consult(desk, sid, **kw):
    base = dict(
        student_id=sid,
        started_at=NOW - dt.timedelta(hours=1),
        topics=["study_stress", "housing"],
        primary_topic="housing",
        urgency="moderate",
        dossier_note="Thesis deadline stress and a lost room",
        private_note="Seemed tired",
        referrals=[ReferralDraft("study_adviser")],
        follow_up=FollowUpDraft(NOW.date() + dt.timedelta(days=7)),
    )
    base.update(kw)
    return desk.log_consultation(ConsultationDraft(**base))


def _counts(desk):
    return {
        t: desk.store.scalar(f"SELECT count(*) FROM {t}")
        for t in (
            "student",
            "case_record",
            "consultation",
            "consultation_topic",
            "note",
            "referral",
            "follow_up",
            "access_log",
        )
    }


def test_log_consultation_writes_everything_in_one_go(desk):
    s = _student(desk)
    c = _consult(desk, s.id)
    page = desk.open_student(s.id)
    assert c.topics == ["housing", "study_stress"] and c.primary_topic == "housing"
    assert len(page.cases) == 1 and page.cases[0].status == "open"
    assert page.referrals[0].destination == "study_adviser"
    assert page.follow_ups[0].due_date == NOW.date() + dt.timedelta(days=7)
    bodies = {n.layer: n.body for n in desk.notes(c.id)}
    assert bodies == {
        "dossier": "Thesis deadline stress and a lost room",
        "private": "Seemed tired",
    }
    row = desk.list_students(text="anna")[0]
    assert row.open_cases == 1 and row.last_contact == NOW.date()
    assert row.next_follow_up == NOW.date() + dt.timedelta(days=7)
    # A second consultation joins the open case.
    _consult(desk, s.id, referrals=[], follow_up=None)
    assert len(desk.open_student(s.id).cases) == 1


@pytest.mark.parametrize(
    "change, field",
    [
        (dict(topics=[]), "topics"),
        (dict(topics=["nonsense"]), "topics"),
        (dict(primary_topic="loneliness"), "primary_topic"),
        (dict(urgency="extreme"), "urgency"),
        (dict(channel="pigeon"), "channel"),
        (dict(duration_min=-5), "duration_min"),
        (dict(dossier_note="x" * 20_001), "dossier_note"),
        (dict(follow_up=FollowUpDraft(NOW.date() - dt.timedelta(days=3))), "due_date"),
        (dict(referrals=[ReferralDraft("astrologer")]), "destination"),
        (dict(started_at=NOW + dt.timedelta(days=30)), "started_at"),
    ],
)
def test_bad_consultation_is_refused_and_changes_nothing(desk, change, field):
    s = _student(desk)
    before = _counts(desk)
    with pytest.raises(ValidationError) as err:
        _consult(desk, s.id, **change)
    assert err.value.field == field
    assert _counts(desk) == before
    # The message is about the field, never the value.
    assert "x" * 50 not in str(err.value)


@pytest.mark.parametrize(
    "student, field",
    [
        (Student(None, "   "), "display_name"),
        (Student(None, "Bo", student_number="12ab"), "student_number"),
        (Student(None, "Bo", email="not-an-email"), "email"),
        (Student(None, "Bo", phase="toddler"), "phase"),
        (Student(None, "Bo", faculty="XYZ"), "faculty"),
    ],
)
def test_bad_student_is_refused(desk, student, field):
    with pytest.raises(ValidationError) as err:
        desk.create_student(student)
    assert err.value.field == field
    assert desk.count_students() == 0


def test_duplicates_are_flagged_and_numbers_unique(desk):
    _student(desk)
    assert desk.find_duplicates(Student(None, "Ana de Vries"))  # very similar name
    assert desk.find_duplicates(Student(None, "Someone Else", student_number="s1234567"))
    assert desk.find_duplicates(Student(None, "X Y", email="ANNA@example.nl"))
    assert not desk.find_duplicates(Student(None, "Piet Jansen"))
    with pytest.raises(ValidationError):
        _student(desk, name="Other Person", email="")
    a = _student(desk, name="Ana de Vries", number="", email="")
    b = desk.list_students(text="anna")[0]
    _consult(desk, a.id)
    desk.merge_students(b.id, a.id)
    assert desk.count_students() == 1
    assert len(desk.open_student(b.id).consultations) == 1


def test_cases_close_and_reopen(desk):
    s = _student(desk)
    case = desk.open_case(s.id, "loneliness")
    with pytest.raises(ValidationError):
        desk.close_case(case.id, "whatever")
    desk.close_case(case.id, "resolved")
    with pytest.raises(Conflict):
        desk.close_case(case.id, "resolved")
    assert desk.list_students()[0].open_cases == 0
    desk.reopen_case(case.id)
    assert desk.open_student(s.id).cases[0].status == "open"


def test_finalised_notes_take_addenda_only(desk):
    s = _student(desk)
    c = _consult(desk, s.id)
    desk.edit_note(c.id, "dossier", "Corrected text")
    desk.finalise(c.id)
    with pytest.raises(Conflict):
        desk.edit_note(c.id, "dossier", "Sneaky rewrite")
    desk.add_addendum(c.id, "dossier", "Student called back: found a room")
    notes = desk.notes(c.id)
    assert [n.kind for n in notes if n.layer == "dossier"] == ["note", "addendum"]
    assert notes[0].body == "Corrected text"
    hits = desk.search_notes("room")
    assert {h.consultation_id for h in hits} == {c.id}


def test_referral_status_and_outcome(desk):
    s = _student(desk)
    _consult(desk, s.id)
    ref = desk.open_student(s.id).referrals[0]
    desk.update_referral(ref.id, "completed", "Had two sessions")
    ref = desk.open_student(s.id).referrals[0]
    assert (ref.status, ref.outcome) == ("completed", "Had two sessions")
    with pytest.raises(ValidationError):
        desk.update_referral(ref.id, "teleported")
    with pytest.raises(NotFound):
        desk.update_referral(9999, "completed")


def test_follow_up_lifecycle_and_agenda(desk, clock):
    s = _student(desk)
    today = clock.today()
    over = desk.schedule_follow_up(s.id, today - dt.timedelta(days=2))
    due = desk.schedule_follow_up(s.id, today, kind="call", due_time=dt.time(14, 0))
    soon = desk.schedule_follow_up(s.id, today + dt.timedelta(days=3))
    later = desk.schedule_follow_up(s.id, today + dt.timedelta(days=30))
    agenda = desk.agenda()
    assert [f.id for f, _ in agenda.overdue] == [over.id]
    assert [f.id for f, _ in agenda.today] == [due.id]
    assert [f.id for f, _ in agenda.upcoming] == [soon.id]
    assert agenda.today[0][1] == "Anna de Vries"
    desk.complete_follow_up(due.id)
    desk.miss_follow_up(over.id)
    desk.reschedule_follow_up(soon.id, today + dt.timedelta(days=10))
    desk.cancel_follow_up(later.id)
    with pytest.raises(Conflict):
        desk.complete_follow_up(later.id)
    assert desk.agenda().overdue == [] and desk.agenda().today == []
    statuses = {f.id: f.status for f in desk.open_student(s.id).follow_ups}
    assert statuses == {over.id: "missed", due.id: "done", soon.id: "open", later.id: "cancelled"}
    days = desk.follow_up_days(today, today + dt.timedelta(days=31))
    assert days == {today + dt.timedelta(days=10): 1}


def test_outreach_and_settings(desk):
    desk.record_outreach(OutreachActivity(None, "workshop", dt.date(2026, 10, 1), 25))
    with pytest.raises(ValidationError):
        desk.record_outreach(OutreachActivity(None, "workshop", dt.date(2026, 10, 1), -1))
    with pytest.raises(ValidationError):
        desk.record_outreach(OutreachActivity(None, "rave", dt.date(2026, 10, 1), 10))
    assert [a.participants for a in desk.outreach()] == [25]
    desk.set_settings(autolock_minutes="10", language="nl")
    assert desk.setting("autolock_minutes") == "10"
    with pytest.raises(ValidationError):
        desk.set_settings(autolock_minutes="0")
    assert desk.setting("officer_name") == "Test Officer"


def test_drafts_roundtrip(desk):
    desk.save_draft("consultation:new", {"dossier_note": "half typed", "topics": ["housing"]})
    assert desk.load_draft("consultation:new")["dossier_note"] == "half typed"
    assert desk.draft_keys() == ["consultation:new"]
    desk.discard_draft("consultation:new")
    assert desk.load_draft("consultation:new") is None


def test_saving_consultation_discards_its_draft(desk):
    s = _student(desk)
    desk.save_draft("consultation:new", {"dossier_note": "half"})
    desk.log_consultation(
        ConsultationDraft(s.id, NOW, topics=["other"]), draft_key="consultation:new"
    )
    assert desk.load_draft("consultation:new") is None


def test_fts_stays_in_sync_and_handles_operators(desk):
    s = _student(desk)
    c = _consult(desk, s.id, dossier_note="Zorgen over de huisvesting in Groningen")
    assert desk.search_notes("huisvest")  # prefix while typing
    assert desk.search_notes("HUISVESTING groningen")
    assert desk.search_notes("groningen")[0].snippet.count("[") == 1
    desk.edit_note(c.id, "dossier", "Only about money now")
    assert not desk.search_notes("groningen")
    for hostile in ['"', "AND OR NOT", "a*b(", "NEAR(", "'; DROP TABLE note; --", "-x"]:
        desk.search_notes(hostile)  # never raises
    assert desk.store.scalar("SELECT count(*) FROM note") == 2


# The vault is read-only here, so sharing one across examples is sound.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_search_never_fails_on_any_input(desk, text):
    assert isinstance(desk.search_notes(text), list)


def test_access_log_chain_detects_tampering(desk):
    s = _student(desk)
    _consult(desk, s.id)
    desk.open_student(s.id)
    report = desk.verify_access_log()
    assert report.ok and report.entries >= 6
    actions = [e.action for e in desk.access_log(newest_first=False)]
    assert actions[:2] == ["vault_created", "created"] and "viewed" in actions
    # Append-only: the triggers refuse edits ...
    with pytest.raises(Exception, match="append-only"):
        desk.store.execute("UPDATE access_log SET detail = 'x' WHERE id = 3")
    # ... and an edit made around them breaks the chain at that entry.
    desk.store.execute("DROP TRIGGER access_log_no_update")
    desk.store.execute("UPDATE access_log SET record_id = 99 WHERE id = 3")
    assert desk.verify_access_log().first_broken_id == 3


def test_list_students_filters_sorts_and_pages(desk):
    for i in range(30):
        desk.create_student(
            Student(
                None,
                f"Student {i:02d}",
                f"s10000{i:02d}",
                "",
                "",
                "SOC" if i % 2 else "LAW",
                "master" if i % 3 == 0 else "bachelor_later",
                "domestic",
            )
        )
    assert desk.count_students() == 30
    assert desk.count_students(faculty="LAW") == 15
    assert desk.count_students(phase="master", faculty="LAW") == 5
    page1 = desk.list_students(limit=10)
    page2 = desk.list_students(limit=10, offset=10)
    assert [r.display_name for r in page1][:2] == ["Student 00", "Student 01"]
    assert not {r.id for r in page1} & {r.id for r in page2}
    desc = desk.list_students(order="number", descending=True, limit=1)
    assert desc[0].student_number == "s1000029"
    assert desk.list_students(text="s100001")[0].display_name == "Student 10"
    assert desk.list_students(text="100%") == []  # LIKE wildcards are literal


def test_change_notifications(desk):
    seen = []
    desk.subscribe(seen.append)
    s = _student(desk)
    _consult(desk, s.id)
    assert "students" in seen and "consultations" in seen and "follow_ups" in seen


def test_store_queries_use_indexes(desk):
    plan = " ".join(
        str(r[3])
        for r in desk.store.all(
            "EXPLAIN QUERY PLAN SELECT id FROM follow_up WHERE status='open' AND due_date < ?",
            ("2026-01-01",),
        )
    )
    assert "follow_up_open" in plan or "follow_up_due" in plan
    plan = " ".join(
        str(r[3])
        for r in desk.store.all(
            "EXPLAIN QUERY PLAN SELECT id FROM consultation WHERE student_id = ? "
            "ORDER BY started_at DESC",
            (1,),
        )
    )
    assert "consultation_student" in plan
    assert records.count_students(desk.store) == 0


def test_undo_of_a_follow_up_change_restores_it_and_is_logged(desk, clock):
    s = _student(desk)
    today = clock.today()
    fu = desk.schedule_follow_up(s.id, today, kind="call", due_time=dt.time(14, 0))
    for change in (
        lambda: desk.complete_follow_up(fu.id),
        lambda: desk.miss_follow_up(fu.id),
        lambda: desk.cancel_follow_up(fu.id),
        lambda: desk.reschedule_follow_up(fu.id, today + dt.timedelta(days=9), None),
    ):
        before = desk.follow_up(fu.id)
        change()
        assert desk.follow_up(fu.id) != before
        logged = len(desk.access_log(record_type="follow_up", record_id=fu.id))
        desk.restore_follow_up(before)
        assert desk.follow_up(fu.id) == before
        entries = desk.access_log(record_type="follow_up", record_id=fu.id)
        assert len(entries) == logged + 1
        assert (entries[0].action, entries[0].detail) == ("updated", "undo")
    assert [f.id for f, _ in desk.agenda().today] == [fu.id]
    with pytest.raises(NotFound):
        desk.restore_follow_up(FollowUp(10_000, s.id, None, None, today, "call", "open"))


def test_undo_of_an_outreach_deletion_records_it_again(desk):
    a = desk.record_outreach(OutreachActivity(None, "workshop", dt.date(2026, 10, 1), 25, "x"))
    desk.delete_outreach(a.id)
    assert desk.outreach() == []
    back = desk.restore_outreach(a)
    assert [
        (o.activity_type, o.held_on, o.participants, o.description) for o in desk.outreach()
    ] == [("workshop", dt.date(2026, 10, 1), 25, "x")]
    assert back.id is not None


def test_unfinished_consultations_say_whose_and_when_never_what(desk, clock):
    s = _student(desk)
    seen: list[str] = []
    desk.subscribe(seen.append)
    desk.save_draft("consultation:new", {"dossier_note": "half typed"})
    desk.save_draft(f"consultation:student:{s.id}", {"dossier_note": "more"}, s.id)
    desk.save_draft("consultation:new", {"dossier_note": "half typed, more"})
    assert seen.count("drafts") == 2  # the list changed twice; a rewrite is not a change
    drafts = desk.unfinished_consultations()
    assert {(d.key, d.student_id, d.student_name) for d in drafts} == {
        ("consultation:new", None, None),
        (f"consultation:student:{s.id}", s.id, "Anna de Vries"),
    }
    assert all(d.saved_at == clock.now().replace(second=0, microsecond=0) for d in drafts)
    assert "half" not in repr(drafts) and "more" not in repr(drafts)
    desk.discard_draft("consultation:new")
    assert seen.count("drafts") == 3
    assert [d.key for d in desk.unfinished_consultations()] == [f"consultation:student:{s.id}"]
