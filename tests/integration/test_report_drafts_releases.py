"""Drafts, releases, the one kind of quarter per vault, and frozen figures (docs/DISCLOSURE.md,
"Drafts, releases, period kinds and merging"). Each test is an attack or a journey that the
product used to fail: signed bundles of unreleased quarters, drafts that differ by one student,
calendar and academic quarters side by side, a generated-in quarter that was not the quarter
the report was made in."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from officer_desk.domain.models import ConsultationDraft, ReferralDraft, Student
from officer_desk.errors import Conflict
from officer_desk.reports import release_to_json, verify_bundle
from officer_desk.services.demo import populate
from officer_desk.services.desk import FixedClock
from officer_desk.services.reporting import Reporting
from officer_desk.services.session import create
from officer_desk.vault import test_kdf

PASS = "correct horse battery staple 9"
TODAY = dt.date(2026, 11, 29)  # in 2026-Q4 (running); 2026-Q3 has ended and is not released


def _vault(path, *, today=TODAY, students=70, seed=3, faculty="SOC"):
    session, _ = create(
        path,
        PASS,
        faculty=faculty,
        kdf=test_kdf(),
        clock=FixedClock(dt.datetime.combine(today, dt.time(9))),
    )
    populate(session.desk, students=students, seed=seed, today=today, faculty=faculty)
    return session


def _new_student(desk, when: dt.datetime, *, sensitive: bool) -> None:
    """One new student with one consultation: the sensitive one (suicidal thoughts, crisis
    urgency, crisis line) or an ordinary one with the same phase and group."""
    s = desk.create_student(Student(None, "New Student", "", "", "", "SOC", "master", "eea"))
    if sensitive:
        draft = ConsultationDraft(
            s.id,
            when,
            topics=["suicidality"],
            urgency="crisis",
            referrals=[ReferralDraft("crisis_line")],
        )
    else:
        draft = ConsultationDraft(s.id, when, topics=["study_stress"], urgency="low")
    desk.log_consultation(draft)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _env() -> dict[str, str]:
    return dict(
        os.environ,
        OFFICER_DESK_INSECURE_TEST_KDF="1",
        OFFICER_DESK_PASSPHRASE=PASS,
        OFFICER_DESK_LANG="en",
    )


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "officer_desk", *args],
        env=_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )


# --- 1. drafts are drafts ---------------------------------------------------------------------


def test_a_draft_is_never_saved_as_a_signed_bundle(tmp_path):
    session = _vault(tmp_path / "v")
    try:
        reporting = Reporting(session.desk)
        out, pdf = tmp_path / "draft.json", tmp_path / "draft.pdf"
        with pytest.raises(Conflict, match="not released"):
            reporting.export("2026-Q3", bundle=out, pdf=pdf)  # ended, but not released
        with pytest.raises(Conflict, match="not released"):
            reporting.export("2026-Q4", bundle=out)  # the running quarter
        assert not out.exists() and not pdf.exists()  # refused before anything is written
    finally:
        session.close()
    res = _cli("report", "--vault", str(tmp_path / "v"), "--period", "2026-Q3", "--json", str(out))
    assert res.returncode == 1, res.stderr
    assert "not released" in res.stderr and "Traceback" not in res.stderr
    assert not out.exists()


@pytest.mark.parametrize("period,when", [("2026-Q4", (2026, 11, 28)), ("2026-Q3", (2026, 9, 2))])
def test_two_drafts_around_one_new_student_reveal_nothing_about_them(tmp_path, period, when):
    """Paired vaults: the same data plus one new student, who is sensitive (suicidal thoughts,
    crisis urgency, crisis line) in one vault and ordinary in the other. The saved drafts of
    the running quarter, and of a past quarter into which the consultation is backdated, are
    the same bytes; against the draft from before, only banded totals can differ."""
    moment = dt.datetime(*when, 14, 0)
    drafts = {}
    for name in ("before", "sensitive", "ordinary"):
        session = _vault(tmp_path / name)
        try:
            if name != "before":
                _new_student(session.desk, moment, sensitive=name == "sensitive")
            out = tmp_path / f"{name}.pdf"
            result = Reporting(session.desk).export(period, pdf=out, lang="nl")
            assert not result.released
            drafts[name] = out.read_bytes()
        finally:
            session.close()
    assert drafts["sensitive"] == drafts["ordinary"]
    pages = _pages(drafts["sensitive"])
    assert all("CONCEPT" in page for page in pages)  # every page says it is a draft
    text = "\n".join(pages)
    for word in ("Suïcidale", "Crisis", "Studiefase", "Verwijzingen naar"):
        assert word not in text  # no table, no breakdown, no topic
    assert "Gesproken studenten" in text and "–" in text  # banded totals only
    before = "\n".join(_pages(drafts["before"]))
    changed = set(text.splitlines()) ^ set(before.splitlines())
    assert all("Gesproken studenten" in line or "Gesprekken" in line for line in changed)


def test_the_full_draft_is_for_the_screen_only(tmp_path):
    from officer_desk.services.reporting import render_pdf

    session = _vault(tmp_path / "v")
    try:
        result = Reporting(session.desk).build("2026-Q4")
        assert result.release.draft
        with pytest.raises(ValueError):
            render_pdf(result.release, "en")  # never into a file
        pages = _pages(render_pdf(result.release, "en", on_screen=True))
        assert len(pages) >= 3 and all("DRAFT" in page for page in pages)
        assert "Topics raised" in "\n".join(pages)
    finally:
        session.close()


def test_release_is_stamped_numbered_and_anchored_in_the_signed_payload(tmp_path):
    session = _vault(tmp_path / "v")
    try:
        desk = session.desk
        reporting = Reporting(desk)
        for n, period in enumerate(("2026-Q2", "2026-Q3"), start=1):
            result = reporting.release(period)
            out = tmp_path / f"{period}.json"
            reporting.export(period, bundle=out, result=result)
            payload = json.loads(out.read_bytes())["release"]
            assert payload["released"] is True
            assert payload["release_sequence"] == n
            at = dt.datetime(2026, 11, 29, 9).astimezone(dt.UTC)  # the clock is local time
            assert payload["released_at"] == at.strftime("%Y-%m-%dT%H:%M:%SZ")
            anchor = payload["access_log_anchor"]
            log = desk.access_log(limit=100_000, newest_first=False)
            # the anchor is the head at release time: the next entry is the release itself
            assert log[anchor["entries"] - 1].hash == anchor["head"]
            assert log[anchor["entries"]].action == "released"
            assert log[anchor["entries"]].detail == period
            assert verify_bundle(out.read_bytes()).stamp.sequence == n
        # the number lives in the vault: it goes on after a reopen
        assert reporting.release("2026-Q3").release.stamp.sequence == 2
    finally:
        session.close()


def test_released_figures_never_change_through_release_ytd_or_trend(tmp_path):
    """Release 2026-Q1..Q4, then backdate consultations into Q2 and Q4: the releases, year to
    date and the trend of the next quarter are unchanged."""
    today = dt.date(2027, 1, 20)
    session = _vault(tmp_path / "v", today=today, students=90)
    try:
        desk = session.desk
        reporting = Reporting(desk)
        quarters = [f"2026-Q{q}" for q in (1, 2, 3, 4)]
        for q in quarters:
            reporting.release(q)
        before = {q: release_to_json(reporting.build(q).release) for q in quarters}
        ytd_before = release_to_json(reporting.year_to_date("2026-Q4"))
        trend_before = reporting.build("2027-Q1").release.trend[:-1]
        assert [p.period for p in trend_before] == ["2026-Q2", "2026-Q3", "2026-Q4"]
        for day in (dt.datetime(2026, 5, 4, 10), dt.datetime(2026, 12, 1, 11)):
            for k in range(6):
                _new_student(desk, day + dt.timedelta(hours=k), sensitive=k % 2 == 0)
        assert {q: release_to_json(reporting.build(q).release) for q in quarters} == before
        assert release_to_json(reporting.year_to_date("2026-Q4")) == ytd_before
        assert reporting.build("2027-Q1").release.trend[:-1] == trend_before
        with pytest.raises(Conflict):
            reporting.year_to_date("2027-Q1")  # not released: no year to date from drafts
    finally:
        session.close()


def test_generated_in_is_the_quarter_the_report_was_made_in(tmp_path):
    session = _vault(tmp_path / "v")
    try:
        reporting = Reporting(session.desk)
        result = reporting.release("2026-Q2")  # made in 2026-Q4
        assert result.release.generated_in == "2026-Q4"
        out = tmp_path / "q2.pdf"
        reporting.export("2026-Q2", pdf=out, result=result)
        first = " ".join(_pages(out.read_bytes())[0].split())
        assert "Generated in Q4 2026" in first and "Released (release 1)" in first
    finally:
        session.close()


# --- 2. one kind of quarter per vault ---------------------------------------------------------


def test_june_cannot_be_computed_from_overlapping_kinds_of_quarter(tmp_path):
    """June = Q2 - (AQ3 - Q1) needs calendar and academic quarters of one vault: a vault
    reports in one kind only, chosen once."""
    session = _vault(tmp_path / "v")
    try:
        desk = session.desk
        reporting = Reporting(desk)
        reporting.release("2026-Q1")
        reporting.release("2026-Q2")
        for act in (reporting.build, reporting.release):
            with pytest.raises(Conflict, match="calendar quarters"):
                act("2025-26-AQ3")
        with pytest.raises(Conflict):
            desk.set_settings(period_kind="academic")  # released: the kind is fixed
        desk.set_settings(period_kind="calendar")  # saying the same again is fine
        assert reporting.period_kind() == "calendar"  # the default, then fixed
    finally:
        session.close()
    res = _cli(
        "report", "--vault", str(tmp_path / "v"), "--period", "2025-26-AQ3", "--pdf", "x.pdf"
    )
    assert res.returncode == 1 and "calendar quarters" in res.stderr


def test_academic_vault_refuses_calendar_quarters(tmp_path):
    session = _vault(tmp_path / "v")
    try:
        desk = session.desk
        desk.set_settings(period_kind="academic")  # nothing released yet: may be chosen
        reporting = Reporting(desk)
        assert reporting.release("2025-26-AQ3").released
        for label in ("2026-Q1", "2026-Q2"):
            with pytest.raises(Conflict, match="academic-year quarters"):
                reporting.release(label)
        with pytest.raises(Conflict):
            desk.set_settings(period_kind="calendar")
    finally:
        session.close()


# --- 3. merge: clear refusals, no traceback --------------------------------------------------

FP = "ab12" * 16


@pytest.mark.parametrize(
    "args,message",
    [
        (["/nonexistent.json", "--trust", f"LAW={FP}"], "Could not read the file nonexistent"),
        (["/nonexistent.json"], "Could not read the file nonexistent"),
        (["b.json", "--trust", FP], "Give each trusted key with its faculty"),
        (["b.json", "--trust", f"XYZ={FP}"], "Give each trusted key with its faculty"),
        (["b.json", "--trust-file", "/nonexistent-trust.txt"], "Could not read the trust file"),
        (["b.json", "--trust-file", "latin1.txt"], "Could not read the trust file"),
        (["b.json", "--trust-file", "bare.txt"], "Give each trusted key with its faculty"),
        # devices and pipes are never read (a bundle or trust file of /dev/zero would not end)
        (["/dev/zero", "--trust", f"LAW={FP}"], "not an ordinary file"),
        (["b.json", "--trust-file", "/dev/zero"], "Could not read the trust file"),
        (["fifo.json", "--trust", f"LAW={FP}"], "not an ordinary file"),
    ],
)
def test_merge_refuses_bad_input_clearly(tmp_path, args, message):
    (tmp_path / "latin1.txt").write_bytes(f"LAW={FP}  # \xe9cole\n".encode("latin-1"))
    (tmp_path / "bare.txt").write_text(f"# the old form\n{FP}\n", "utf-8")
    (tmp_path / "b.json").write_text("{}", "utf-8")
    os.mkfifo(tmp_path / "fifo.json")
    args = [
        str(tmp_path / a) if a.endswith((".txt", ".json")) and "/" not in a else a for a in args
    ]
    res = _cli("merge", *args, "--pdf", str(tmp_path / "m.pdf"))
    assert res.returncode == 2, res.stderr
    assert message in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "m.pdf").exists()


def test_cli_year_to_date_pdf_from_released_quarters_only(tmp_path):
    """`report --ytd --pdf` adds up the released quarters of the year; with a quarter not yet
    released it refuses and writes nothing."""
    today = dt.date(2026, 10, 20)
    session = _vault(tmp_path / "v", today=today, students=60)
    try:
        reporting = Reporting(session.desk)
        for q in ("2026-Q1", "2026-Q2"):
            reporting.release(q)
    finally:
        session.close()
    vault = str(tmp_path / "v")
    out = tmp_path / "ytd.pdf"
    res = _cli("report", "--vault", vault, "--period", "2026-Q3", "--ytd", "--pdf", str(out))
    assert res.returncode != 0 and "every quarter up to 2026-Q3" in res.stderr
    assert not out.exists()
    res = _cli("report", "--vault", vault, "--period", "2026-Q2", "--ytd", "--json", str(out))
    assert res.returncode == 2 and "--ytd makes a PDF only" in res.stderr
    res = _cli("report", "--vault", vault, "--period", "2026-Q2", "--ytd", "--pdf", str(out))
    assert res.returncode == 0, res.stderr
    assert "Year to date up to 2026-Q2 (2026-YTD-Q2)" in res.stderr
    text = " ".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "year to date" in text.lower()
