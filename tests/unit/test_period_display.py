"""Quarters on screen are written the way readers expect (Q3 2026 / K3 2026); the codes in
bundles, JSON and file names stay as they are."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from officer_desk.domain.period import Period, display_label


def test_calendar_and_academic_quarters_in_both_languages():
    assert display_label("2026-Q3", "en") == "Q3 2026"
    assert display_label("2026-Q4", "nl") == "K4 2026"
    assert display_label("2026-27-AQ1", "en") == "Q1 2026-27"
    assert display_label("2026-27-AQ2", "nl") == "K2 2026-27"


def test_year_to_date():
    assert display_label("2026-YTD-Q3", "en") == "Q1–Q3 2026"
    assert display_label("2026-YTD-Q3", "nl") == "K1–K3 2026"
    assert display_label("2026-YTD-Q1", "nl") == "K1 2026"
    assert display_label("2026-27-YTD-AQ2", "nl") == "K1–K2 2026-27"


def test_anything_else_is_left_alone():
    for text in ("2026-Q5", "", "officer-desk-backup-1", "Q3 2026", "2026-YTD"):
        assert display_label(text, "nl") == text


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_quarter_reads_back_to_its_code(day):
    for kind in ("calendar", "academic"):
        period = Period.containing(day, kind)
        shown = display_label(period.label, "nl")
        assert shown.startswith("K") and shown != period.label
        letter_q, _, year = shown.partition(" ")
        code = f"{year}-{'AQ' if kind == 'academic' else 'Q'}{letter_q[1:]}"
        assert Period.parse(code) == period
