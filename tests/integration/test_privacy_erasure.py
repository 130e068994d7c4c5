"""Erasure, legal hold and the retention rule on real vaults (GDPR Art. 17, 5(1)(e)).

Leftover text is looked for in the *decrypted* pages of the database file and its WAL (free
pages and old WAL frames included), so the tests show what someone holding the key could
still recover, not merely that the files are encrypted.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from officer_desk.domain.models import ConsultationDraft, Student
from officer_desk.errors import Conflict, NotFound, ValidationError
from officer_desk.services.privacy import Privacy, quarter_of, years_before
from officer_desk.store import access_log, records
from officer_desk.store import privacy as sp
from tests.integration.privacy_helpers import add_student, leftover

CANARY_NOTE = "quokkaflurb"
CANARY_PRIVATE = "zebrawombat"
CANARY_NAME = "Xylophia Canarywood"
CANARY_NUMBER = "s7734901"
CANARY_MAIL = "xylophia.canarywood@student.example.nl"


@pytest.fixture
def privacy(desk):
    return Privacy(desk)


def _dek(session) -> bytes:
    return bytes(session.vault.key.dek)


def test_erase_removes_every_trace_from_file_wal_and_index(session, desk, privacy):
    sid = add_student(
        desk,
        CANARY_NAME,
        number=CANARY_NUMBER,
        email=CANARY_MAIL,
        notes=(CANARY_NOTE, CANARY_PRIVATE),
        visits=3,
    )
    other = add_student(desk, "Other Student", notes=("keepme dossier", "keepme private"))
    desk.add_addendum(records.consultations_of(desk.store, sid)[0].id, "dossier", "quokkaflurb add")
    desk.save_draft("consultation:new", {"student_id": sid, "text": CANARY_NOTE}, None)
    desk.save_draft(f"student:{sid}", {"text": CANARY_PRIVATE}, sid)
    desk.store.execute(  # a released report must survive untouched
        "INSERT INTO report_release(period, released_at, bundle, sha256) VALUES (?,?,?,?)",
        ("2024-Q1", "2024-04-02T10:00", '{"tables": []}', "ab" * 32),
    )
    dek = _dek(session)
    # Positive control: before erasure the decrypted files do hold the canaries.
    session.store.execute("PRAGMA wal_checkpoint(PASSIVE)")
    assert leftover(session.vault.dir, dek, CANARY_NOTE)
    assert sp.fts_matches(desk.store, CANARY_NOTE) == 4

    report = privacy.erase_student(sid)

    assert report.counts["consultations"] == 3 and report.counts["notes"] == 6
    assert report.counts["addenda"] == 1 and report.counts["drafts"] == 2
    assert report.reclaimed is not None and report.reclaimed.wal_truncated
    for word in (
        CANARY_NOTE,
        CANARY_PRIVATE,
        CANARY_NAME,
        "Canarywood",
        CANARY_NUMBER,
        CANARY_MAIL,
    ):
        assert leftover(session.vault.dir, dek, word) == [], word
    assert sp.fts_matches(desk.store, CANARY_NOTE) == 0
    assert not sp.fts_index_contains(desk.store, CANARY_NOTE)
    assert not sp.fts_index_contains(desk.store, CANARY_PRIVATE)
    assert sp.fts_index_contains(desk.store, "keepme")
    assert desk.store.scalar("SELECT count(*) FROM draft") == 0
    for table in ("case_record", "consultation", "note", "referral", "follow_up"):
        assert desk.store.scalar(f"SELECT count(*) FROM {table} WHERE student_id = ?", (sid,)) == 0
    assert desk.store.scalar("SELECT count(*) FROM consultation_topic") == 4  # the other one
    assert desk.store.scalar("SELECT count(*) FROM report_release") == 1
    # The other student is untouched, and still found by search.
    assert len(records.consultations_of(desk.store, other)) == 2
    assert desk.search_notes("keepme")
    # One entry "erased", internal id only; the chain still verifies.
    last = desk.access_log(limit=1)[0]
    assert (last.action, last.record_type, last.record_id, last.detail) == (
        "erased",
        "student",
        sid,
        "",
    )
    assert desk.verify_access_log().ok
    with pytest.raises(NotFound):
        desk.student(sid)
    # Closing the vault afterwards leaves nothing either.
    vault_dir = session.vault.dir
    session.close()
    assert leftover(vault_dir, dek, CANARY_NOTE) == []


def test_without_reclaim_text_would_linger(session, desk, privacy):
    """Negative control: the reclaim step is what makes the difference."""
    sid = add_student(desk, "Lingering Person", notes=(CANARY_NOTE, CANARY_PRIVATE))
    privacy.erase_student(sid, reclaim=False)
    assert sp.fts_matches(desk.store, CANARY_NOTE) == 0  # no longer *found*…
    assert leftover(session.vault.dir, _dek(session), CANARY_NOTE)  # …but still recoverable
    privacy.reclaim()
    assert leftover(session.vault.dir, _dek(session), CANARY_NOTE) == []


def test_legal_hold_blocks_erasure_and_is_logged(desk, privacy):
    sid = add_student(desk, "Held Person")
    privacy.set_legal_hold(sid, True)
    assert privacy.legal_hold(sid) and privacy.held_students() == [sid]
    with pytest.raises(Conflict):
        privacy.erase_student(sid)
    privacy.set_legal_hold(sid, False)
    privacy.erase_student(sid, reclaim=False)
    details = [e.detail for e in desk.access_log(record_type="student", record_id=sid)]
    assert "legal_hold:on" in details and "legal_hold:off" in details
    with pytest.raises(NotFound):
        privacy.set_legal_hold(sid, True)


def test_resolve_student_by_id_number_and_email(desk, privacy):
    a = add_student(desk, "Ref One", number="s1234567", email="Ref.One@Example.org", visits=0)
    b = add_student(desk, "Ref Two", number="7654321", visits=0)
    assert privacy.resolve_student("s1234567") == a
    assert privacy.resolve_student("ref.one@example.org") == a
    assert privacy.resolve_student(str(a)) == a
    assert privacy.resolve_student(f"id:{b}") == b
    assert privacy.resolve_student("7654321") == b
    for missing in ("nobody@example.org", "id:999", "", "id:x"):
        with pytest.raises(NotFound):
            privacy.resolve_student(missing)
    # A bare number that is one student's internal id and another's student number.
    desk.store.execute("UPDATE student SET id = 7654321 WHERE id = ?", (a,))
    with pytest.raises(ValidationError):
        privacy.resolve_student("7654321")
    assert privacy.resolve_student("id:7654321") == 7654321


# --- retention -----------------------------------------------------------------------------------


def _population(desk, clock):
    """Students in every situation the rule distinguishes (clock: 2026-11-16, 7 years)."""
    ids = {}
    ids["old_closed"] = add_student(
        desk, "Old Closed", start=dt.datetime(2017, 2, 1, 10), close_on=dt.date(2017, 3, 1)
    )
    ids["recent_closed"] = add_student(
        desk, "Recent Closed", start=dt.datetime(2021, 2, 1, 10), close_on=dt.date(2021, 3, 1)
    )
    ids["old_open"] = add_student(desk, "Old Open", start=dt.datetime(2016, 2, 1, 10))
    ids["old_held"] = add_student(
        desk, "Old Held", start=dt.datetime(2016, 2, 1, 10), close_on=dt.date(2016, 3, 1)
    )
    Privacy(desk).set_legal_hold(ids["old_held"], True)
    # Closed long ago, but came back later (new case, closed again recently).
    ids["returned"] = add_student(
        desk, "Returned", start=dt.datetime(2016, 2, 1, 10), close_on=dt.date(2016, 3, 1)
    )
    desk.log_consultation(
        ConsultationDraft(ids["returned"], dt.datetime(2022, 5, 2, 10), topics=["housing"])
    )
    case = records.open_case_of(desk.store, ids["returned"])
    desk.close_case(case.id, "resolved", on=dt.date(2022, 6, 1))
    return ids


def test_dry_run_lists_exactly_the_students_past_retention(desk, clock, privacy):
    ids = _population(desk, clock)
    candidates = privacy.purge_candidates()
    assert [c.student_id for c in candidates] == [ids["old_closed"]]
    c = candidates[0]
    assert (c.cases, c.consultations, c.notes, c.referrals, c.follow_ups) == (1, 2, 4, 2, 2)
    assert c.quarter == "2017-Q1"
    # A shorter period brings the recently closed student in; the others never.
    got = {c.student_id for c in privacy.purge_candidates(years=4)}
    assert got == {ids["old_closed"], ids["recent_closed"], ids["returned"]}
    assert privacy.purge_candidates(years=30) == []
    with pytest.raises(ValidationError):
        privacy.purge_candidates(years=0)


def test_purge_deletes_confirmed_and_rechecks(desk, clock, privacy, session):
    ids = _population(desk, clock)
    privacy.set_retention_years(4)
    assert privacy.retention_years() == 4
    candidates = [c.student_id for c in privacy.purge_candidates()]
    # Between the dry run and the confirmation, one of them gets a legal hold.
    privacy.set_legal_hold(ids["recent_closed"], True)
    before = access_log.count(desk.store)
    report = privacy.purge(candidates + [ids["old_open"]])
    assert sorted(report.purged) == sorted([ids["old_closed"], ids["returned"]])
    assert sorted(report.skipped) == sorted([ids["recent_closed"], ids["old_open"]])
    assert report.reclaimed is not None and report.reclaimed.wal_truncated
    purged = desk.access_log(action="purged")
    assert sorted(e.record_id for e in purged) == sorted(report.purged)
    assert all(e.detail == "retention:4y" for e in purged)
    assert access_log.count(desk.store) == before + 2
    assert desk.verify_access_log().ok
    remaining = set(records.student_ids(desk.store))
    assert remaining == {ids["recent_closed"], ids["old_open"], ids["old_held"]}
    assert sp.fts_integrity_ok(desk.store)
    assert leftover(session.vault.dir, bytes(session.vault.key.dek), "Old Closed") == []


def test_retention_years_setting_is_validated(privacy):
    for bad in (0, 101, -3, True):
        with pytest.raises(ValidationError):
            privacy.set_retention_years(bad)


@given(
    st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.integers(1, 100),
)
def test_years_before_is_never_later_than_n_years(day, years):
    before = years_before(day, years)
    assert (before.year, before.month) == (day.year - years, day.month)
    assert before.day == day.day or (day.month, day.day, before.day) == (2, 29, 28)
    assert quarter_of(before) == f"{before.year}-Q{(before.month + 2) // 3}"


@given(
    closed=st.lists(st.integers(0, 4000), min_size=1, max_size=3),
    hold=st.booleans(),
    open_case=st.booleans(),
    years=st.integers(1, 12),
)
def test_rule_holds_for_any_history(tmp_path_factory, closed, hold, open_case, years):
    """A student is a candidate iff: no hold, no open case, last activity <= cutoff."""
    from officer_desk.services.desk import FixedClock
    from officer_desk.services.session import create
    from officer_desk.vault import test_kdf

    clock = FixedClock(dt.datetime(2026, 11, 16, 10, 0))
    session, _ = create(
        tmp_path_factory.mktemp("rule") / "v",
        "a long test passphrase 42",
        kdf=test_kdf(),
        clock=clock,
    )
    try:
        desk = session.desk
        clock.moment = dt.datetime(2010, 1, 1, 9, 0)
        s = desk.create_student(Student(None, "Rule Person"))
        clock.moment = dt.datetime(2026, 11, 16, 10, 0)
        last = None
        for days_ago in sorted(closed, reverse=True):
            day = dt.date(2026, 11, 16) - dt.timedelta(days=days_ago)
            desk.log_consultation(
                ConsultationDraft(s.id, dt.datetime.combine(day, dt.time(10)), topics=["housing"])
            )
            case = records.open_case_of(desk.store, s.id)
            desk.close_case(case.id, "resolved", on=day)
            last = day
        if open_case:
            desk.open_case(s.id, "housing", on=dt.date(2026, 11, 16) - dt.timedelta(days=4000))
        p = Privacy(desk)
        if hold:
            p.set_legal_hold(s.id, True)
        cutoff = years_before(dt.date(2026, 11, 16), years)
        expected = (not hold) and (not open_case) and last is not None and last <= cutoff
        got = [c.student_id for c in p.purge_candidates(years=years)]
        assert (got == [s.id]) == expected
    finally:
        session.close()
