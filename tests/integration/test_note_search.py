"""The note search of the Students view (store/search.py): every word matches the student's
name or number or the note's text; newest consultation first; "complete" only when it is."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from officer_desk.domain.models import ConsultationDraft, Student
from officer_desk.domain.validation import name_key
from officer_desk.services.desk import Desk
from officer_desk.store import search
from tests.conftest import NOW


def _student(desk: Desk, name: str, number: str) -> int:
    s = desk.create_student(Student(None, name, student_number=number))
    assert s.id is not None
    return s.id


def _note(desk: Desk, sid: int, days_ago: int, text: str) -> int:
    return desk.log_consultation(
        ConsultationDraft(
            student_id=sid,
            started_at=NOW - dt.timedelta(days=days_ago),
            topics=["study_stress"],
            dossier_note=text,
        )
    ).id


def test_name_and_note_words_together(desk):
    amara = _student(desk, "Amara Okafor", "s2233445")
    bram = _student(desk, "Bram Jansen", "s5566778")
    # saved out of date order: note ids do not follow the dates
    newest = _note(desk, amara, 2, "The exam went well")
    oldest = _note(desk, amara, 40, "Afraid of the exam")
    middle = _note(desk, amara, 9, "Exam resit planned")
    _note(desk, amara, 5, "Housing trouble")
    _note(desk, bram, 1, "Exam stress too, and Amara was mentioned")

    found = desk.find_notes("amara exam")
    assert found.complete
    by_amara = [h.consultation_id for h in found.hits if h.student_id == amara]
    assert by_amara == [newest, middle, oldest]  # newest first by date
    # Bram's note holds both words in its text: it matches too
    assert [h.student_id for h in found.hits if h.student_id != amara] == [bram]
    assert [h.started_at for h in found.hits] == sorted(
        (h.started_at for h in found.hits), reverse=True
    )
    # every word must match somewhere
    assert [h.consultation_id for h in desk.find_notes("okafor hous").hits] != []
    assert {h.student_id for h in desk.find_notes("okafor hous").hits} == {amara}
    assert desk.find_notes("okafor thesis").hits == []
    # a number works as the name part; a name alone is a match in the list of names
    assert {h.student_id for h in desk.find_notes("5566778 exam").hits} == {bram}
    assert desk.find_notes("okafor").hits == []
    assert desk.find_notes("").hits == [] and desk.find_notes("").complete


def test_a_search_that_looked_at_only_some_matches_says_so(desk, monkeypatch):
    sid = _student(desk, "Noor Bakker", "s5555555")
    ids = [_note(desk, sid, days, "deadline again") for days in (3, 30, 1, 20, 7, 12)]
    assert desk.find_notes("deadline").complete
    monkeypatch.setattr(search, "CANDIDATES", 4)
    found = desk.find_notes("deadline")
    assert not found.complete  # the four most recently written, not all six
    assert len(found.hits) == 4
    assert [h.started_at for h in found.hits] == sorted(
        (h.started_at for h in found.hits), reverse=True
    )
    assert {h.consultation_id for h in found.hits} == set(ids[2:])


WORDS = ["exam", "housing", "sleep", "thesis", "family", "money", "resit"]
PEOPLE = [("Amara Okafor", "s2233445"), ("Bram Jansen", "s5566778"), ("Amara Visser", "")]


def _matches_text(word: str, text: str, last: bool) -> bool:
    tokens = re.findall(r"\w+", text.casefold())
    return any(t.startswith(word) if last else t == word for t in tokens)


def _matches_name(word: str, name: str, number: str) -> bool:
    if any(ch.isdigit() for ch in word):
        return word in number
    return word in name_key(name)


@pytest.fixture
def corpus(desk) -> list[tuple[int, str, str, dt.datetime, str]]:
    """(note consultation, name, number, started_at, text), spread over dates and writers."""
    rows = []
    ids = {name: _student(desk, name, number) for name, number in PEOPLE}
    for i in range(24):
        name, number = PEOPLE[i % 3]
        text = " ".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 5))
        days = (i * 7) % 31 + 1
        cid = _note(desk, ids[name], days, text)
        rows.append((cid, name, number, NOW - dt.timedelta(days=days), text))
    return rows


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    query=st.lists(
        st.sampled_from([*WORDS, "ama", "amara", "okafor", "jansen", "2233", "vis", "res"]),
        min_size=1,
        max_size=3,
    )
)
@example(query=["res", "ama"])  # "ama" is in the name: "res" is the last note word, a prefix
def test_every_hit_matches_every_word_and_comes_newest_first(desk, corpus, query):
    found = desk.find_notes(" ".join(query), limit=500)
    assert found.complete
    last = len(query) - 1
    expected = set()
    for cid, name, number, _when, text in corpus:
        all_text = all(_matches_text(w, text, i == last) for i, w in enumerate(query))
        # Words found in the student's name or number; the others must all be in the note,
        # the last of those as a prefix (it is the last word typed for the note).
        in_name = [len(query) > 1 and _matches_name(w, name, number) for w in query]
        note_words = [w for w, named in zip(query, in_name, strict=True) if not named]
        mixed = (
            any(in_name)
            and bool(note_words)
            and all(
                _matches_text(w, text, i == len(note_words) - 1) for i, w in enumerate(note_words)
            )
        )
        if all_text or mixed:
            expected.add(cid)
    got = [h.consultation_id for h in found.hits if h.layer == "dossier"]
    assert set(got) == expected
    moments = [h.started_at for h in found.hits]
    assert moments == sorted(moments, reverse=True)
