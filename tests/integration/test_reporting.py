"""Reports from real vaults: release freezing, signing keys, the CLI, merge and canaries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from officer_desk.domain.models import ConsultationDraft, Student
from officer_desk.errors import BundleRejected, Conflict, ReportsIncompatible, ValidationError
from officer_desk.reports import verify_bundle
from officer_desk.services.demo import populate
from officer_desk.services.desk import FixedClock
from officer_desk.services.reporting import Reporting, load_bundles, merge_bundles
from officer_desk.services.session import create
from officer_desk.vault import test_kdf

PASS = "correct horse battery staple 9"
TODAY = dt.date(2026, 11, 29)
CANARIES = ("Zebedeus Quackenbush", "s7654321", "canary.mail@example.org", "xylofoonkanarie")


def _vault(path, faculty="SOC", students=150, seed=1):
    session, _ = create(
        path,
        PASS,
        faculty=faculty,
        kdf=test_kdf(),
        clock=FixedClock(dt.datetime.combine(TODAY, dt.time(9))),
    )
    populate(session.desk, students=students, seed=seed, today=TODAY, faculty=faculty)
    return session


@pytest.fixture
def reporting(tmp_path):
    session = _vault(tmp_path / "v")
    desk = session.desk
    s = desk.create_student(
        Student(
            None, CANARIES[0], CANARIES[1], CANARIES[2], "Canary studies", "SOC", "phd", "non_eea"
        )
    )
    desk.log_consultation(
        ConsultationDraft(
            s.id,
            dt.datetime(2026, 8, 12, 10, 0),
            topics=["sexual_violence"],
            dossier_note=f"Note with {CANARIES[3]} inside",
        )
    )
    yield Reporting(desk)
    session.close()


def test_release_freezes_the_quarter(reporting, tmp_path):
    desk = reporting.desk
    with pytest.raises(Conflict):
        reporting.release("2026-Q4")  # not ended yet
    first = reporting.release("2026-Q3")
    assert first.released
    a = tmp_path / "a.json"
    reporting.export("2026-Q3", bundle=a)
    # A late Q3 record does not change the released figures (docs/DISCLOSURE.md, R8) ...
    s = desk.create_student(Student(None, "Late Entry", "", "", "", "SOC", "master", "eea"))
    for day in (1, 2, 3, 4, 5, 6, 7):
        desk.log_consultation(
            ConsultationDraft(s.id, dt.datetime(2026, 9, day, 9), topics=["other"])
        )
    b = tmp_path / "b.json"
    again = reporting.export("2026-Q3", bundle=b)
    assert again.released and again.release == first.release
    assert json.loads(a.read_bytes())["release"] == json.loads(b.read_bytes())["release"]
    assert [r.period for r in reporting.released()] == ["2026-Q3"]
    actions = [e.action for e in desk.access_log(action="released")]
    assert actions == ["released"]
    assert len(desk.access_log(action="reported")) == 2


def test_unreleased_quarters_follow_the_data(reporting):
    before = reporting.build("2026-Q4")
    assert not before.released
    with pytest.raises(ValidationError):
        reporting.build("2027-Q2")  # has not started


def test_signing_key_is_stable_and_verifies(reporting, tmp_path):
    fp = reporting.fingerprint()
    assert fp == reporting.fingerprint() and len(fp.replace(" ", "")) == 64
    out = tmp_path / "bundle.json"
    reporting.release("2026-Q3")
    reporting.export("2026-Q3", bundle=out)
    release = verify_bundle(out.read_bytes(), {"SOC": {fp}})
    assert release.faculty == "SOC" and release.period == "2026-Q3"
    with pytest.raises(BundleRejected):
        verify_bundle(out.read_bytes(), {"SOC": {"0000 " * 16}})
    tampered = out.read_bytes().replace(b'"SOC"', b'"LAW"')
    with pytest.raises(BundleRejected):
        verify_bundle(tampered, None)


def test_pdf_and_bundle_hold_no_personal_data(reporting, tmp_path):
    pdf, bundle = tmp_path / "r.pdf", tmp_path / "r.json"
    reporting.release("2026-Q3")
    reporting.export("2026-Q3", pdf=pdf, bundle=bundle, lang="nl")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "Bereikte studenten" in text
    raw = pdf.read_bytes() + bundle.read_bytes()
    for canary in CANARIES:
        assert canary not in text
        assert canary.encode() not in raw
    # Students' names from the demo data are absent as well.
    from officer_desk.services.demo import LAST_NAMES

    assert not [n for n in LAST_NAMES if len(n) > 5 and n in text]


def test_faculty_is_required(tmp_path):
    session, _ = create(tmp_path / "v", PASS, kdf=test_kdf())
    with session:
        with pytest.raises(ValidationError):
            Reporting(session.desk).build("2026-Q3")


def test_merge_of_faculty_bundles(tmp_path):
    bundles, trusted = [], {}
    for i, fac in enumerate(("SOC", "LAW", "FEB")):
        session = _vault(tmp_path / fac, faculty=fac, students=120, seed=i + 1)
        with session:
            rep = Reporting(session.desk)
            rep.release("2026-Q3")
            path = tmp_path / f"{fac}.json"
            rep.export("2026-Q3", bundle=path)
            bundles.append(path)
            trusted[fac] = {rep.fingerprint()}
    releases = load_bundles(bundles, trusted)
    merged = merge_bundles(releases, pdf=tmp_path / "m.pdf", json_out=tmp_path / "m.json")
    assert merged.kind == "merged" and merged.period == "2026-Q3"
    assert sorted(merged.sources) == sorted(r.ident for r in releases)
    with pytest.raises(BundleRejected):
        load_bundles(bundles, {k: v for k, v in trusted.items() if k != "LAW"})

    # The CLI: refuses without trusted fingerprints, merges with them.
    env = dict(os.environ, OFFICER_DESK_INSECURE_TEST_KDF="1")
    cmd = [sys.executable, "-m", "officer_desk", "merge", *map(str, bundles)]
    res = subprocess.run(
        cmd + ["--pdf", str(tmp_path / "c.pdf")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 2 and "--trust" in res.stderr
    trust_args = [
        a for fac, fps in trusted.items() for fp in fps for a in ("--trust", f"{fac}={fp}")
    ]
    ledger = tmp_path / "ledger.json"
    for _ in range(2):  # the same releases again are fine; the ledger remembers them
        res = subprocess.run(
            cmd + trust_args + ["--pdf", str(tmp_path / "c.pdf"), "--ledger", str(ledger)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert res.returncode == 0, res.stderr
        assert PdfReader(str(tmp_path / "c.pdf")).pages
    assert set(json.loads(ledger.read_text())["faculties"]) == {"SOC", "LAW", "FEB"}

    # The Reports view's merge keeps the same ledger in the vault of whoever merges.
    central, _ = create(tmp_path / "central", PASS, kdf=test_kdf())
    with central:
        rep = Reporting(central.desk)
        rep.merge(releases)
        rep.merge(releases)
        assert rep.merge_ledger()["faculties"]["LAW"]["last_sequence"] == 1
        assert [e.detail for e in central.desk.access_log(action="merged")] == ["2026-Q3"] * 2
        with pytest.raises(ReportsIncompatible, match="different release"):
            rep.merge([dataclasses.replace(releases[0], generated_in="2027-Q1"), *releases[1:]])


def test_report_cli(tmp_path):
    session = _vault(tmp_path / "v", students=60)
    session.close()
    env = dict(os.environ, OFFICER_DESK_INSECURE_TEST_KDF="1", OFFICER_DESK_PASSPHRASE=PASS)
    base = [sys.executable, "-m", "officer_desk"]
    res = subprocess.run(
        base
        + [
            "report",
            "--vault",
            str(tmp_path / "v"),
            "--period",
            "2026-Q3",
            "--pdf",
            str(tmp_path / "r.pdf"),
            "--json",
            str(tmp_path / "r.json"),
            "--lang",
            "nl",
            "--release",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    res = subprocess.run(
        base
        + [
            "report",
            "--vault",
            str(tmp_path / "v"),
            "--period",
            "2026-Q9",
            "--pdf",
            str(tmp_path / "x.pdf"),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 2 and not (tmp_path / "x.pdf").exists()
    res = subprocess.run(
        base + ["keys", "--vault", str(tmp_path / "v")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0 and "fingerprint:" in res.stdout
