"""Helpers for the privacy and crash tests: decrypting SQLCipher pages to look for leftover
text, building small vaults, running child processes and checking vault invariants."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from officer_desk.domain.models import ConsultationDraft, FollowUpDraft, ReferralDraft, Student
from officer_desk.services.desk import Desk
from officer_desk.services.session import Session
from officer_desk.vault import derive_key
from officer_desk.vault.database import connect_keyed, run_checks

REPO = Path(__file__).resolve().parents[2]
PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
PASSPHRASE = "a long test passphrase 42"


# --- looking inside the encrypted files --------------------------------------------------------


def _decrypt_page(dek: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    start = 16 if first else 0  # page 1 starts with the salt
    dec = Cipher(algorithms.AES(dek), modes.CBC(iv)).decryptor()
    return dec.update(page[start : PAGE - RESERVE]) + dec.finalize()


def decrypted_db(path: Path, dek: bytes) -> bytes:
    """Every page of a SQLCipher 4 database decrypted with its raw key, free pages included:
    what an attacker holding the key would see in the file."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    return b"".join(
        _decrypt_page(dek, data[i : i + PAGE], i == 0) for i in range(0, len(data) - PAGE + 1, PAGE)
    )


def decrypted_wal(path: Path, dek: bytes) -> bytes:
    """Every frame of a WAL file decrypted (old, already checkpointed frames included)."""
    if not path.exists():
        return b""
    data = path.read_bytes()[32:]
    frame = 24 + PAGE
    out = []
    for i in range(0, len(data) - frame + 1, frame):
        pgno = int.from_bytes(data[i : i + 4], "big")
        out.append(_decrypt_page(dek, data[i + 24 : i + frame], pgno == 1))
    return b"".join(out)


def leftover(vault_dir: Path, dek: bytes, word: str) -> list[str]:
    """Where ``word`` can still be found in the decrypted db file or its WAL."""
    needle = word.encode()
    found = []
    if needle in decrypted_db(vault_dir / "officer.db", dek):
        found.append("officer.db")
    if needle in decrypted_wal(vault_dir / "officer.db-wal", dek):
        found.append("officer.db-wal")
    return found


def scan_files(roots: list[Path], needles: list[str]) -> list[tuple[str, str]]:
    """(file, needle) for every plain occurrence of a needle (UTF-8 and UTF-16) in any file."""
    hits = []
    forms = []
    for n in needles:
        forms += [(n, n.encode()), (n, n.encode("utf-16-le")), (n, n.lower().encode())]
    for root in roots:
        paths = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            for name, form in forms:
                if form in data:
                    hits.append((str(path), name))
    return hits


# --- building records ---------------------------------------------------------------------------


def add_student(
    desk: Desk,
    name: str,
    *,
    number: str = "",
    email: str = "",
    notes: tuple[str, str] = ("dossier text", "private text"),
    visits: int = 2,
    start: dt.datetime = dt.datetime(2024, 3, 4, 10, 0),
    close_on: dt.date | None = None,
) -> int:
    moment = getattr(desk.clock, "moment", None)
    if moment is not None:  # a FixedClock: create the student at the first visit
        desk.clock.moment = min(moment, start)
    try:
        s = desk.create_student(Student(None, name, student_number=number, email=email))
    finally:
        if moment is not None:
            desk.clock.moment = moment
    assert s.id is not None
    for i in range(visits):
        when = start + dt.timedelta(days=7 * i)
        desk.log_consultation(
            ConsultationDraft(
                s.id,
                when,
                topics=["housing", "finances"],
                primary_topic="housing",
                dossier_note=f"{notes[0]} {i}",
                private_note=f"{notes[1]} {i}",
                referrals=[ReferralDraft("gp")],
                follow_up=FollowUpDraft(when.date() + dt.timedelta(days=7)),
            )
        )
    if close_on is not None:
        from officer_desk.store import records

        for fu in records.follow_ups_of(desk.store, s.id):
            if fu.status == "open":
                desk.complete_follow_up(fu.id, on=fu.due_date)
        case = records.open_case_of(desk.store, s.id)
        assert case is not None and case.id is not None
        desk.close_case(case.id, "resolved", on=close_on)
    return s.id


def open_session(vault_dir: Path, passphrase: str = PASSPHRASE, **kw: object) -> Session:
    key = derive_key(vault_dir, passphrase, allow_weak_params=True)
    return Session.open(key, **kw)  # type: ignore[arg-type]


def checks_pass(vault_dir: Path, passphrase: str = PASSPHRASE) -> bool:
    """integrity_check and cipher_integrity_check, on a read-only connection."""
    key = derive_key(vault_dir, passphrase, allow_weak_params=True)
    conn = connect_keyed(vault_dir / "officer.db", key.dek, read_only=True)
    try:
        integrity, cipher = run_checks(conn, full=True)
    finally:
        conn.close()
        key.wipe()
    return not integrity and not cipher


# --- child processes ----------------------------------------------------------------------------


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
    env.update(extra)
    return env


def spawn(script: str, *args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(**env),
        cwd=str(REPO),
    )
