from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from officer_desk.domain import codebook, validation
from officer_desk.domain.period import Period
from officer_desk.errors import ValidationError


def test_calendar_and_academic_quarters():
    q = Period.parse("2026-q3")
    assert (q.label, q.start, q.end) == ("2026-Q3", dt.date(2026, 7, 1), dt.date(2026, 10, 1))
    assert Period.parse("2026-Q4").end == dt.date(2027, 1, 1)
    a = Period.parse("2026-27-AQ2")
    assert (a.start, a.end) == (dt.date(2026, 12, 1), dt.date(2027, 3, 1))
    assert Period.parse("2026-27-AQ4").end == dt.date(2027, 9, 1)
    assert Period.parse("2026-Q1").previous().label == "2025-Q4"
    assert Period.parse("2026-27-AQ1").previous().label == "2025-26-AQ4"
    for bad in ("2026-Q5", "2026", "2026-28-AQ1", "Q3 2026", ""):
        with pytest.raises(ValidationError):
            Period.parse(bad)


@given(
    st.dates(min_value=dt.date(2001, 1, 1), max_value=dt.date(2098, 12, 31)),
    st.sampled_from(["calendar", "academic"]),
)
def test_every_day_falls_in_exactly_its_period(day, kind):
    p = Period.containing(day, kind)
    assert p.contains(day)
    assert not p.previous().contains(day)
    assert p.previous().end == p.start
    assert Period.parse(p.label) == p


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-03-01", dt.date(2026, 3, 1)),
        ("1-3-2026", dt.date(2026, 3, 1)),
        ("01/03/2026", dt.date(2026, 3, 1)),
        ("1.3.26", dt.date(2026, 3, 1)),
        (" 31-12-2025 ", dt.date(2025, 12, 31)),
    ],
)
def test_dates_in_dutch_and_iso(text, expected):
    assert validation.parse_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-2026", "2026-13-01", "tomorrow", "", "1-1-1850"])
def test_bad_dates_refused(text):
    with pytest.raises(ValidationError):
        validation.parse_date(text)


def test_student_numbers_and_email():
    assert validation.student_number(" S1234567 ") == "s1234567"
    assert validation.student_number("1234567") == "1234567"
    assert validation.student_number("") == ""
    for bad in ("12345", "s123456789", "abc1234", "12 34 56 78 9"):
        with pytest.raises(ValidationError):
            validation.student_number(bad)
    assert validation.email("A.B@Uni.NL") == "a.b@uni.nl"
    with pytest.raises(ValidationError):
        validation.email("a@b")


def test_codebook_is_complete_and_bilingual():
    for name, vocab in codebook.VOCABULARIES.items():
        codes = [c.code for c in vocab]
        assert len(codes) == len(set(codes)), name
        for c in vocab:
            assert c.en.strip() and c.nl.strip(), (name, c.code)
    assert codebook.SENSITIVE_TOPICS <= set(codebook.codes("topic"))
    assert codebook.find("topic", "  huisvesting ") == "housing"
    assert codebook.find("destination", "Huisarts") == "gp"
    assert codebook.find("channel", "telepathy") is None
    assert {c.group for c in codebook.DESTINATIONS} == {"internal", "external"}


@given(st.text(max_size=300))
def test_clean_text_never_keeps_control_characters(text):
    out = validation.clean_text(text)
    assert all(ch in "\n\t" or ord(ch) >= 32 and ord(ch) != 127 for ch in out if ord(ch) < 160)
