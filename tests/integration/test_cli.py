"""The command line through real subprocesses (exit codes: README.md, "Command line")."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

PASS = "correct horse battery staple 9"
NEW = "another long passphrase for tests 7"


def run(*args, env=None, input=None):
    full_env = dict(os.environ, OFFICER_DESK_INSECURE_TEST_KDF="1")
    full_env.pop("OFFICER_DESK_PASSPHRASE", None)
    full_env.pop("OFFICER_DESK_NEW_PASSPHRASE", None)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "officer_desk", *args],
        env=full_env,
        capture_output=True,
        text=True,
        input=input,
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory):
    vault = tmp_path_factory.mktemp("cli") / "vault"
    res = run(
        "demo",
        "--vault",
        str(vault),
        "--students",
        "40",
        "--seed",
        "3",
        env={"OFFICER_DESK_PASSPHRASE": PASS},
    )
    assert res.returncode == 0, res.stderr
    return vault, res.stdout.strip()


def test_init_then_check(tmp_path):
    vault = tmp_path / "v"
    res = run(
        "init",
        "--vault",
        str(vault),
        "--officer",
        "Jo",
        "--faculty",
        "LAW",
        env={"OFFICER_DESK_PASSPHRASE": PASS},
    )
    assert res.returncode == 0, res.stderr
    recovery = res.stdout.strip()
    assert len(recovery.replace("-", "")) >= 52  # 32 bytes in Base32
    assert (vault / "officer.db").exists() and (vault / "keys.json").exists()
    assert oct((vault / "keys.json").stat().st_mode & 0o777) == "0o600"
    res = run("check", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 0, res.stderr
    assert "All checks passed" in res.stderr
    # Creating again over an existing vault is refused.
    res = run("init", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode != 0


def test_init_refuses_weak_passphrase_and_bad_faculty(tmp_path):
    res = run("init", "--vault", str(tmp_path / "v"), env={"OFFICER_DESK_PASSPHRASE": "short"})
    assert res.returncode == 2 and "too weak" in res.stderr
    assert not (tmp_path / "v").exists()
    res = run(
        "init",
        "--vault",
        str(tmp_path / "v"),
        "--faculty",
        "NOPE",
        env={"OFFICER_DESK_PASSPHRASE": PASS},
    )
    assert res.returncode == 2


def test_exit_codes(tmp_path, demo_vault):
    vault, _ = demo_vault
    assert (
        run(
            "check", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": "wrong passphrase"}
        ).returncode
        == 3
    )
    assert (
        run(
            "check", "--vault", str(tmp_path / "missing"), env={"OFFICER_DESK_PASSPHRASE": PASS}
        ).returncode
        == 4
    )
    (tmp_path / "notavault").mkdir()
    (tmp_path / "notavault" / "hello.txt").write_text("hi")
    assert (
        run(
            "check", "--vault", str(tmp_path / "notavault"), env={"OFFICER_DESK_PASSPHRASE": PASS}
        ).returncode
        == 4
    )
    assert run("frobnicate").returncode == 2
    assert run("check").returncode == 2  # --vault missing
    # No passphrase and no terminal: a clear usage error, not a hang.
    res = run("check", "--vault", str(vault), input="")
    assert res.returncode == 2 and "OFFICER_DESK_PASSPHRASE" in res.stderr


def test_passwd_and_recover_leave_database_untouched(tmp_path):
    vault = tmp_path / "v"
    res = run("init", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": PASS})
    recovery = res.stdout.strip()
    db = vault / "officer.db"
    run("check", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": PASS})
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    res = run(
        "passwd",
        "--vault",
        str(vault),
        env={"OFFICER_DESK_PASSPHRASE": PASS, "OFFICER_DESK_NEW_PASSPHRASE": NEW},
    )
    assert res.returncode == 0, res.stderr
    assert (
        run("check", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": PASS}).returncode == 3
    )
    assert run("check", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": NEW}).returncode == 0
    res = run(
        "recover",
        "--vault",
        str(vault),
        env={"OFFICER_DESK_RECOVERY_KEY": "AAAA-BBBB", "OFFICER_DESK_NEW_PASSPHRASE": PASS},
    )
    assert res.returncode == 3
    res = run(
        "recover",
        "--vault",
        str(vault),
        env={
            "OFFICER_DESK_RECOVERY_KEY": recovery.lower().replace("-", " "),
            "OFFICER_DESK_NEW_PASSPHRASE": PASS,
        },
    )
    assert res.returncode == 0, res.stderr
    assert (
        run("check", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": PASS}).returncode == 0
    )
    # The previous key file is gone once each save was verified (docs/SECURITY.md, A1).
    assert not (vault / "keys.bak").exists()
    del before  # the database itself is compared byte for byte in the vault unit tests


def test_demo_is_deterministic(tmp_path, demo_vault):
    from officer_desk.services.session import unlock

    vault_a, _ = demo_vault
    vault_b = tmp_path / "b"
    res = run(
        "demo",
        "--vault",
        str(vault_b),
        "--students",
        "40",
        "--seed",
        "3",
        env={"OFFICER_DESK_PASSPHRASE": PASS},
    )
    assert res.returncode == 0

    def content(vault):
        os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
        try:
            with unlock(vault, PASS, log_unlock=False) as s:
                return [
                    s.store.all(f"SELECT * FROM {t} ORDER BY 1")
                    for t in (
                        "student",
                        "consultation",
                        "consultation_topic",
                        "referral",
                        "follow_up",
                        "outreach",
                    )
                ] + [s.store.all("SELECT layer, body FROM note ORDER BY id")]
        finally:
            del os.environ["OFFICER_DESK_INSECURE_TEST_KDF"]

    a, b = content(vault_a), content(vault_b)
    # created_at columns carry the demo clock, so whole rows must match.
    assert a == b
    assert len(a[0]) == 40 and len(a[1]) > 40


def test_messages_never_contain_personal_data(demo_vault):
    vault, _ = demo_vault
    res = run("check", "--vault", str(vault), env={"OFFICER_DESK_PASSPHRASE": PASS})
    assert res.returncode == 0
    from officer_desk.services.demo import FIRST_NAMES, LAST_NAMES

    out = res.stdout + res.stderr
    assert not any(f" {n} " in f" {out} " for n in FIRST_NAMES + LAST_NAMES if len(n) > 3)
