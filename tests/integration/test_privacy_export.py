"""Subject access (GDPR Art. 15): the export holds every record of the student, and nothing of
anyone else; files are 0600, safe-saved and logged. Also the audit CLI."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import stat
import subprocess
import sys

import pytest
from pypdf import PdfReader

from officer_desk.errors import NotFound, SaveFailed, ValidationError
from officer_desk.services import subject_access as sa
from officer_desk.services.privacy import Privacy
from officer_desk.store import privacy as sp
from officer_desk.store import records
from tests.integration.privacy_helpers import PASSPHRASE, add_student, child_env

OTHER_CANARY = "gnarwhalbrisket"


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def people(desk, clock):
    me = add_student(
        desk,
        "Łukasz Öztürk-Nguyễn",
        number="s2345678",
        email="lukasz@example.org",
        notes=("Dossier <b>&amp; text</b>\nsecond line", "Working note with ümlauts"),
        visits=3,
    )
    other = add_student(
        desk, "Gnarwhal Other", number="s8765432", notes=(OTHER_CANARY, OTHER_CANARY), visits=2
    )
    cons = records.consultations_of(desk.store, me)
    desk.finalise(cons[-1].id)
    desk.add_addendum(cons[-1].id, "private", "Addendum after finalising")
    desk.add_referral(me, "student_psychologist", status="proposed")
    desk.schedule_follow_up(me, dt.date(2026, 12, 1), kind="call", note="call back")
    desk.save_draft("consultation:new", {"student_id": me, "text": "half typed"}, None)
    desk.open_student(me)  # a 'viewed' entry
    desk.open_student(other)
    return me, other


def test_export_holds_everything_and_nothing_else(tmp_path, desk, people):
    me, other = people
    pdf, js = tmp_path / "copy.pdf", tmp_path / "copy.json"
    result = sa.export_student(desk, me, pdf_path=pdf, json_path=js)
    assert _mode(pdf) == 0o600 and _mode(js) == 0o600
    data = json.loads(js.read_text("utf-8"))
    store_counts = sp.record_counts(desk.store, me)
    assert len(data["cases"]) == store_counts["cases"] == 1
    assert len(data["consultations"]) == store_counts["consultations"] == 3
    notes = [n for c in data["consultations"] for n in c["notes"]]
    assert sum(n["kind"] == "note" for n in notes) == store_counts["notes"] == 6
    assert sum(n["kind"] == "addendum" for n in notes) == store_counts["addenda"] == 1
    assert {n["layer"] for n in notes} == {"dossier", "private"}
    assert len(data["referrals"]) == store_counts["referrals"] == 4
    assert len(data["follow_ups"]) == store_counts["follow_ups"] == 4
    assert len(data["drafts"]) == store_counts["drafts"] == 1
    topics = sum(len(c["topics"]) for c in data["consultations"])
    assert topics == store_counts["topics"]
    # Every note body of the student, verbatim.
    bodies = {n.body for c in records.consultations_of(desk.store, me) for n in desk.notes(c.id)}
    assert {n["body"] for n in notes} == bodies
    # Access-log entries about the student's records, including the view; none of the other's.
    log_ids = {e["id"] for e in data["access_log"]}
    exported = desk.access_log(limit=1)[0].id  # written after the files
    expected = {e.id for e in sp.access_entries_for_student(desk.store, me)} - {exported}
    assert log_ids == expected and len(log_ids) >= 12
    assert any(e["action"] == "viewed" for e in data["access_log"])
    other_records = {("student", other)} | {
        ("consultation", c.id) for c in records.consultations_of(desk.store, other)
    }
    assert not any((e["record_type"], e["record_id"]) in other_records for e in data["access_log"])
    assert result.counts["consultations"] == 3
    # Nothing of the other student, in either file.
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    for blob in (js.read_text("utf-8"), text):
        assert OTHER_CANARY not in blob and "Gnarwhal" not in blob and "s8765432" not in blob
    # The readable copy really is readable: name (Unicode), escaped markup, notes, addendum.
    flat = " ".join(text.split())
    assert "Łukasz Öztürk-Nguyễn" in flat
    assert "<b>&amp; text</b>" in flat
    assert "Working note with ümlauts" in flat and "Addendum after finalising" in flat
    # The log in words the student can read, not action codes.
    assert any(e["what"] == "Opened student record" for e in data["access_log"])
    assert "Opened student record" in flat and "Logged a consultation" in flat
    # Logged as 'exported', internal id only.
    last = desk.access_log(limit=1)[0]
    assert (last.action, last.record_type, last.record_id) == ("exported", "student", me)
    assert last.detail == "subject_access:pdf+json"
    assert desk.verify_access_log().ok


def test_export_in_dutch_and_json_only(tmp_path, desk, people):
    me, _ = people
    js = tmp_path / "alleen.json"
    sa.export_student(desk, me, json_path=js, lang="nl")
    data = json.loads(js.read_text("utf-8"))
    assert data["language"] == "nl" and data["format"] == sa.FORMAT
    assert data["consultations"][0]["channel"]["label"]
    whats = {e["what"] for e in data["access_log"]}
    assert "Gesprek vastgelegd" in whats
    assert any(e["record"].startswith("Gesprek ") for e in data["access_log"])
    assert not whats & {e["action"] for e in data["access_log"]}  # words, not codes
    pdf = sa.render_pdf(sa.collect(desk, me, lang="nl"))
    assert pdf.startswith(b"%PDF")


def test_export_errors_write_nothing(tmp_path, desk, people, monkeypatch):
    me, _ = people
    with pytest.raises(ValidationError):
        sa.export_student(desk, me)
    with pytest.raises(NotFound):
        sa.export_student(desk, 9999, json_path=tmp_path / "x.json")
    with pytest.raises(SaveFailed):
        sa.export_student(desk, me, json_path=tmp_path / "missing" / "x.json")
    # A failing fsync: the previous file survives, no temp file is left, nothing logged.
    target = tmp_path / "keep.json"
    target.write_text("previous")
    before = desk.access_log(limit=1)[0].id

    def boom(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(SaveFailed):
        sa.export_student(desk, me, json_path=target)
    monkeypatch.undo()
    assert target.read_text() == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.json", "vault"]
    assert desk.access_log(limit=1)[0].id == before


def test_internal_ids_are_never_reused_after_erasure(desk, tmp_path):
    first = add_student(desk, "First Holder", visits=1)
    desk.open_student(first)
    Privacy(desk).erase_student(first, reclaim=False)
    second = add_student(desk, "Second Holder", visits=1)
    assert second > first  # AUTOINCREMENT: an erased student's id is never handed out again
    entries = sa.collect(desk, second).data["access_log"]
    erased_at = desk.access_log(action="erased")[0].id
    assert entries and all(e["id"] > erased_at for e in entries)
    assert all(e["record_id"] != first or e["record_type"] != "student" for e in entries)


# --- CLI ----------------------------------------------------------------------------------------


def _cli(*args, **env):
    return subprocess.run(
        [sys.executable, "-m", "officer_desk", *args],
        capture_output=True,
        text=True,
        env=child_env(OFFICER_DESK_PASSPHRASE=PASSPHRASE, **env),
        timeout=120,
    )


def test_cli_export_student_and_audit(tmp_path, session, people):
    me, _ = people
    vault = session.vault.dir
    session.close()
    pdf, js = tmp_path / "a.pdf", tmp_path / "a.json"
    run = _cli(
        "export-student",
        "--vault",
        str(vault),
        "--student",
        "s2345678",
        "--pdf",
        str(pdf),
        "--json",
        str(js),
    )
    assert run.returncode == 0, run.stderr
    assert "Łukasz" not in run.stderr + run.stdout and "s2345678" not in run.stderr
    assert json.loads(js.read_text())["student"]["id"] == me
    run = _cli(
        "export-student",
        "--vault",
        str(vault),
        "--student",
        "nobody@example.org",
        "--json",
        str(tmp_path / "b.json"),
    )
    assert run.returncode == 1 and not (tmp_path / "b.json").exists()

    run = _cli("audit", "--vault", str(vault), "--verify")
    assert run.returncode == 0 and "ok" in run.stderr
    out = tmp_path / "log.csv"
    run = _cli("audit", "--vault", str(vault), "--csv", str(out), "--action", "exported")
    assert run.returncode == 0, run.stderr
    assert _mode(out) == 0o600
    with out.open() as fh:
        rows = list(csv.DictReader(fh))
    assert [r["record_id"] for r in rows] == [str(me)]
    run = _cli("audit", "--vault", str(vault), "--record-type", "student", "--since", "2020-01-01")
    assert run.returncode == 0 and run.stdout.count("\n") >= 3


def test_cli_audit_verify_reports_first_broken_link(tmp_path, session, desk, people):
    me, _ = people
    vault = session.vault.dir
    target = desk.access_log(newest_first=False, limit=10)[4].id
    conn = session.store.conn
    conn.execute("DROP TRIGGER access_log_no_update")
    conn.execute("UPDATE access_log SET detail = 'tampered' WHERE id = ?", (target,))
    session.close()
    run = _cli("audit", "--vault", str(vault), "--verify")
    assert run.returncode == 4
    assert f"entry {target}" in run.stderr
