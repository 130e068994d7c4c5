"""No plaintext leak (docs/SECURITY.md, test matrix): a whole session with canary name, number,
e-mail and note words, DEBUG logging to a file and a private temp dir; afterwards no file
written anywhere we look holds a canary in plain text (encrypted files are scanned too: they
must not contain them either). Only the subject-access export the officer asked for may contain
them, and it is written elsewhere."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from pypdf import PdfReader

from tests.integration.privacy_helpers import PASSPHRASE, child_env, scan_files

NAME = "Quillon Canarybeck"
NUMBER = "s6061726"
EMAIL = "quillon.canarybeck@student.example.nl"
WORDS = ["vorpalmimsy", "slithytoves", "brilligwabe"]
CANARIES = [NAME, "Canarybeck", NUMBER, EMAIL, *WORDS]

_SESSION = """
import datetime as dt, logging, sys
from pathlib import Path
from officer_desk.domain.models import (ConsultationDraft, FollowUpDraft, ReferralDraft,
                                        Student)
from officer_desk.errors import OfficerDeskError
from officer_desk.services import backups, subject_access
from officer_desk.services.privacy import Privacy
from officer_desk.services.session import create
root = Path(sys.argv[1])
logging.basicConfig(filename=str(root / "debug.log"), level=logging.DEBUG, force=True)
name, number, email, w1, w2, w3 = sys.argv[2:8]
session, recovery = create(root / "vault", sys.argv[8], officer_name="Canary Officer",
                           faculty="SOC")
desk = session.desk
log = logging.getLogger("canary-test")
s = desk.create_student(Student(None, name, student_number=number, email=email))
day = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(days=40)
for i in range(3):
    desk.log_consultation(ConsultationDraft(
        s.id, day + dt.timedelta(days=i), topics=["housing", "loneliness"],
        primary_topic="housing", dossier_note=f"{w1} dossier {i}",
        private_note=f"{w2} private {i}",
        referrals=[ReferralDraft("gp", outcome=f"{w3} outcome")],
        follow_up=FollowUpDraft(day.date() + dt.timedelta(days=30), note=f"{w3} call")))
for bad in (Student(None, name, email=f"{w1}@@bad"), Student(None, "", student_number=number)):
    try:
        desk.create_student(bad)
    except OfficerDeskError as exc:
        log.exception("refused: %s", exc)
        print("refused:", exc)
hits = desk.search_notes(w1)
assert hits, "search"
page = desk.open_student(s.id)
desk.save_draft("consultation:new", {"student_id": s.id, "text": f"{w2} half"}, s.id)
desk.add_addendum(page.consultations[0].id, "dossier", f"{w1} addendum")
subject_access.export_student(desk, s.id, pdf_path=root / "exports" / "copy.pdf",
                              json_path=root / "exports" / "copy.json")
info = backups.backup_now(session, root / "backups")
print("backup", info.name)
session.close()
print("done")
"""


def test_no_canary_outside_the_encrypted_vault(tmp_path):
    temp = tmp_path / "tmp"
    home = tmp_path / "home"
    for d in (temp, home, tmp_path / "exports"):
        d.mkdir()
    env = {
        "TMPDIR": str(temp),
        "TEMP": str(temp),
        "TMP": str(temp),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "OFFICER_DESK_PASSPHRASE": PASSPHRASE,
    }
    run = subprocess.run(
        [sys.executable, "-c", _SESSION, str(tmp_path), NAME, NUMBER, EMAIL, *WORDS, PASSPHRASE],
        capture_output=True,
        text=True,
        env=child_env(**env),
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "done" in run.stdout and "refused" in run.stdout
    vault = tmp_path / "vault"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "officer_desk", *args],
            capture_output=True,
            text=True,
            env=child_env(**env),
            timeout=120,
        )

    outputs = tmp_path / "outputs"
    outputs.mkdir()
    audit = cli("audit", "--vault", str(vault), "--csv", str(outputs / "log.csv"))
    assert audit.returncode == 0, audit.stderr
    day = dt.date.today() - dt.timedelta(days=40)
    period = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    report = cli(
        "report", "--vault", str(vault), "--period", period,
        "--pdf", str(outputs / "report.pdf"), "--json", str(outputs / "report.json"),
    )  # fmt: skip
    texts = [run.stdout, run.stderr, audit.stdout, audit.stderr, report.stdout, report.stderr]
    if (outputs / "report.pdf").exists():
        pdf_text = "".join(p.extract_text() for p in PdfReader(str(outputs / "report.pdf")).pages)
        texts.append(pdf_text)
    else:  # the report module is someone else's; its absence must not hide our own results
        print("report not built:", report.returncode, report.stderr[-500:])
    # Positive control: the canaries are really in the vault (decrypted) and the export.
    export = (tmp_path / "exports" / "copy.json").read_text("utf-8")
    assert all(c in export for c in CANARIES)
    assert (tmp_path / "debug.log").stat().st_size > 0
    roots = [vault, tmp_path / "backups", temp, home, outputs, tmp_path / "debug.log"]
    hits = scan_files(roots, CANARIES)
    assert hits == [], hits
    for text in texts:
        for canary in CANARIES:
            assert canary.lower() not in text.lower(), canary
    # Nothing else appeared next to them (no stray temp files, no plaintext side files).
    top = sorted(p.name for p in tmp_path.iterdir())
    assert top == ["backups", "debug.log", "exports", "home", "outputs", "tmp", "vault"]
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == ["copy.json", "copy.pdf"]
    assert list(temp.rglob("*")) == []
