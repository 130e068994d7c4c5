"""PDF output (canaries, no dates finer than the quarter, one symbol: docs/DISCLOSURE.md, R10;
determinism, both languages)."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
import reports_factory as F
from pypdf import PdfReader

from officer_desk.domain.period import Period, display_label
from officer_desk.reports import (
    build_release,
    merge_releases,
    render_pdf,
    year_to_date,
)
from officer_desk.store.aggregate import quarter_counts

PERIODS = [Period.parse(p) for p in ("2026-Q1", "2026-Q2", "2026-Q3")]
TODAY = dt.date(2026, 10, 12)

HEADINGS = {
    "en": [
        "Student well-being report",
        "1 Students reached",
        "2 How students came and how urgent",
        "3 Topics",
        "4 Referrals",
        "5 Follow-up",
        "6 Prevention and outreach",
        "7 About these figures",
        "Key figures",
        "Trend over the last four released quarters",
        "Page 1 of",
    ],
    "nl": [
        "Rapportage studentenwelzijn",
        "1 Bereikte studenten",
        "2 Hoe studenten kwamen en urgentie",
        "3 Onderwerpen",
        "4 Verwijzingen",
        "5 Vervolgafspraken",
        "6 Voorlichting en activiteiten",
        "7 Over deze cijfers",
        "Kerncijfers",
        "Suïcidale gedachten",
        "Geld en financiën",
        "Pagina 1 van",
    ],
}

MONTHS_DAYS = (
    "january february march april may june july august september october november december "
    "januari februari maart mei juni juli augustus oktober "
    "monday tuesday wednesday thursday friday saturday sunday "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
).split()


@pytest.fixture(scope="module")
def releases():
    conn = F.new_db()
    special = F.add_student(conn, name=F.CANARY_NAME, number=F.CANARY_NUMBER, phase="phd")
    for k, p in enumerate(PERIODS):
        F.populate(conn, start=p.start, end=p.end, students=70 + 15 * k, seed=40 + k)
        F.populate(
            conn, start=p.start, end=p.end, students=8, seed=90 + k, faculty="LAW", outreach=1
        )
    case = F.add_case(conn, special, dt.date(2026, 8, 4), None)
    F.add_consultation(conn, special, case, dt.date(2026, 8, 4), note=F.CANARY_NOTE)
    out = {"SCI": [], "LAW": []}
    for fac in out:
        for p in PERIODS:
            counts = quarter_counts(conn, p, faculty=fac, today=TODAY)
            out[fac].append(build_release(counts, faculty=fac, period=p, trend=out[fac]))
    conn.close()
    return out


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_headings_and_no_canaries(releases, lang):
    release = releases["SCI"][-1]
    data = render_pdf(release, lang)
    assert data.startswith(b"%PDF")
    text = squash(pdf_text(data))
    for heading in HEADINGS[lang]:
        assert heading in text, heading
    low = text.lower()
    for canary in (F.CANARY, F.CANARY_NAME, F.CANARY_NUMBER, "canarystraat", "example.org"):
        assert canary.lower() not in low, canary
    assert F.CANARY_NUMBER[1:] not in text
    # No dates, month or weekday names (apart from the period label and codebook version)
    scrubbed = text.replace(display_label(release.period, lang), " ")
    scrubbed = scrubbed.replace(release.codebook_version, " ")
    for p in release.trend:
        scrubbed = scrubbed.replace(display_label(p.period, lang), " ")
    assert not re.search(r"\d{1,2}[-/.]\d{1,2}", scrubbed), re.findall(
        r".{20}\d{1,2}[-/.]\d{1,2}.{20}", scrubbed
    )
    words = set(re.findall(r"[a-zà-ÿ]+", low))
    assert not words & set(MONTHS_DAYS), words & set(MONTHS_DAYS)
    assert not re.search(r"\b(19|20)\d\d-\d\d-\d\d\b", text)


def test_one_suppression_symbol(releases):
    text = pdf_text(render_pdf(releases["SCI"][-1], "en"))
    tokens = set(text.split())
    assert "x" in tokens  # suppressed cells exist and use the symbol
    for other in ("n/a", "-", "–", "?", "<5", "<10", "..", "*x"):
        assert other not in tokens, other


def test_render_is_deterministic(releases):
    r = releases["SCI"][-1]
    assert render_pdf(r, "nl") == render_pdf(r, "nl")
    assert render_pdf(r, "en") != render_pdf(r, "nl")
    assert b"CreationDate" not in render_pdf(r, "en") or b"D:2000" in render_pdf(r, "en")


def test_withheld_faculty_report_shows_bands(releases):
    small = releases["LAW"][0]
    text = squash(pdf_text(render_pdf(small, "en")))
    assert "Fewer than 15 students" in text and "<15" in text
    text_nl = squash(pdf_text(render_pdf(small, "nl")))
    assert "Minder dan 15 studenten" in text_nl


def test_merged_and_year_to_date_reports_render(releases):
    merged = merge_releases([releases["SCI"][-1], releases["LAW"][-1]])
    text = squash(pdf_text(render_pdf(merged, "en")))
    assert "All faculties" in text and "Combined from" in text
    assert "Not included: Law Q3 2026" in text  # LAW's tables were withheld
    ytd = year_to_date(releases["SCI"])
    text = squash(pdf_text(render_pdf(ytd, "nl")))
    assert "K1–K3 2026" in text and "Jaar tot nu toe is de som" in text
    assert "2026-YTD-Q3" not in text  # the code stays in the bundle, not on paper


def test_unknown_language_refused(releases):
    with pytest.raises(ValueError):
        render_pdf(releases["SCI"][-1], "de")
