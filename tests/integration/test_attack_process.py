"""Attack review through the real command line and app in subprocesses (docs/SECURITY.md,
A-F3, A-R4, A-P5, A-E6): no core dumps, no echoed passphrase, no traceback for any failure
(an error id and a private log instead), clear messages for an unwritable vault folder,
output paths that are not ordinary files and inputs that are devices or pipes."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import officer_desk

PASS = "correct horse battery staple 9"
ROOT = Path(__file__).resolve().parents[2]
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX processes and file modes")
ERROR_ID = re.compile(r"error ([0-9A-F]{8})")


def _env(tmp_path: Path, extra: dict | None = None) -> dict:
    env = dict(os.environ, OFFICER_DESK_INSECURE_TEST_KDF="1", OFFICER_DESK_LANG="en")
    env.pop("OFFICER_DESK_PASSPHRASE", None)
    env.pop("OFFICER_DESK_NEW_PASSPHRASE", None)
    env["OFFICER_DESK_LOG_DIR"] = str(tmp_path / "logs")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    env.update(extra or {})
    return env


def run(tmp_path: Path, *args: str, env: dict | None = None, code: str | None = None):
    argv = [sys.executable, "-c", code] if code else [sys.executable, "-m", "officer_desk"]
    return subprocess.run(
        [*argv, *args],
        env=_env(tmp_path, env),
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_memory if sys.platform != "win32" else None,
    )


def _limit_memory() -> None:
    import resource

    limit = 3 * 1024**3  # a runaway read fails with MemoryError instead of taking the machine
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _no_traceback(res) -> None:
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout


@pytest.fixture(scope="module")
def vault(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("attack")
    folder = tmp / "vault"
    res = run(
        tmp,
        "demo",
        "--vault",
        str(folder),
        "--students",
        "30",
        "--seed",
        "4",
        "--today",
        "2026-11-16",
        env={"OFFICER_DESK_PASSPHRASE": PASS},
    )
    assert res.returncode == 0, res.stderr
    return folder


def test_subprocesses_import_this_worktree(tmp_path):
    res = run(tmp_path, code="import officer_desk; print(officer_desk.__file__)")
    assert Path(res.stdout.strip()).resolve() == Path(officer_desk.__file__).resolve()
    assert Path(officer_desk.__file__).resolve().is_relative_to(ROOT)


# --- process hygiene (A-P5) -------------------------------------------------------------------

_LIMITS = """
import ctypes, resource, sys
{body}
libc = ctypes.CDLL(None)
print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))
"""


@POSIX
def test_process_hygiene_cli_disables_core_dumps(tmp_path):
    body = (
        "from officer_desk import cli\n"
        f"cli.main(['check', '--vault', {str(tmp_path / 'none')!r}])\n"
        "assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)\n"
    )
    res = run(tmp_path, code=_LIMITS.format(body=body))
    assert res.returncode == 0, res.stderr
    core, dumpable = res.stdout.strip().rsplit(") ", 1)
    assert core + ")" == "(0, 0)"
    if sys.platform.startswith("linux"):
        assert dumpable == "0"


@POSIX
def test_process_hygiene_app_disables_core_dumps(tmp_path):
    body = (
        "import os\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from pathlib import Path\n"
        "app = QApplication(['officer-desk'])\n"
        "QTimer.singleShot(0, app.quit)\n"
        "from officer_desk import app as desk_app\n"
        f"desk_app.main(Path({str(tmp_path / 'none')!r}), lang='en')\n"
    )
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    res = run(tmp_path, env=env, code=_LIMITS.format(body=body))
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip().startswith("(0, 0)")
    if sys.platform.startswith("linux"):
        assert res.stdout.strip().endswith(" 0")


def test_process_hygiene_demo_never_echoes_the_passphrase(tmp_path):
    secret = "my very own demo passphrase 58"
    res = run(
        tmp_path,
        "demo",
        "--vault",
        str(tmp_path / "v"),
        "--students",
        "3",
        env={"OFFICER_DESK_PASSPHRASE": secret},
    )
    assert res.returncode == 0, res.stderr
    assert secret not in res.stdout and secret not in res.stderr
    assert "OFFICER_DESK_PASSPHRASE" in res.stderr


# --- clear errors, never tracebacks (A-E6) ----------------------------------------------------

_BOOM = """
import sys
import officer_desk.vault as vault_package

def boom(*args, **kwargs):
    note = "CANARY-local-value"
    raise RuntimeError("CANARY-message " + note)

vault_package.derive_key = boom
from officer_desk import cli
sys.exit(cli.main(sys.argv[1:]))
"""


def test_clear_errors_unexpected_exception_gets_an_error_id_and_a_private_log(tmp_path, vault):
    res = run(
        tmp_path, "check", "--vault", str(vault), code=_BOOM, env={"OFFICER_DESK_PASSPHRASE": PASS}
    )
    assert res.returncode == 1
    _no_traceback(res)
    assert "CANARY" not in res.stderr + res.stdout
    match = ERROR_ID.search(res.stderr)
    assert match, res.stderr
    assert "unexpected problem" in res.stderr
    log = tmp_path / "logs" / "errors.log"
    assert str(log) in res.stderr
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert stat.S_IMODE(log.parent.stat().st_mode) == 0o700
    text = log.read_text("utf-8")
    assert f"error {match.group(1)}" in text
    assert "builtins.RuntimeError" in text
    assert re.search(r"officer_desk/cli\.py:\d+ in main", text)
    assert re.search(r"<string>:\d+ in boom", text)
    assert "CANARY" not in text and PASS not in text
    # A second failure appends under a new id.
    again = run(
        tmp_path, "check", "--vault", str(vault), code=_BOOM, env={"OFFICER_DESK_PASSPHRASE": PASS}
    )
    second = ERROR_ID.search(again.stderr).group(1)
    assert second != match.group(1) and f"error {second}" in log.read_text("utf-8")


def test_clear_errors_error_log_is_capped(tmp_path):
    from officer_desk import process

    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "errors.log").write_bytes(b"x" * process.LOG_MAX_BYTES)
    code = (
        "import sys\n"
        "from officer_desk import process\n"
        "try:\n    raise ValueError('CANARY')\n"
        "except ValueError as exc:\n    print(process.record_crash(exc))\n"
    )
    res = run(tmp_path, code=code)
    assert res.returncode == 0, res.stderr
    assert (logs / "errors.log.1").stat().st_size == process.LOG_MAX_BYTES
    current = (logs / "errors.log").read_text("utf-8")
    assert res.stdout.strip() in current and len(current) < 4096


@POSIX
def test_clear_errors_non_utf8_passphrase_in_the_environment(tmp_path, vault):
    env = _env(tmp_path)
    env_bytes = {os.fsencode(k): os.fsencode(v) for k, v in env.items()}
    env_bytes[b"OFFICER_DESK_PASSPHRASE"] = b"caf\xe9 horse battery staple"
    res = subprocess.run(
        [sys.executable, "-m", "officer_desk", "check", "--vault", str(vault)],
        env=env_bytes,
        capture_output=True,
        timeout=120,
    )
    out = res.stdout + res.stderr
    assert res.returncode == 2
    assert b"Traceback" not in out
    assert b"OFFICER_DESK_PASSPHRASE is not valid text" in res.stderr
    assert b"\xe9" not in out and "é".encode() not in out and b"udce9" not in out
    assert b"caf" not in out


def _make_unwritable(folder: Path) -> list[str]:
    """An immutable folder when running as root (root ignores modes), else mode 0500."""
    if os.geteuid() == 0:
        chattr = shutil.which("chattr")
        if chattr is None:
            pytest.skip("running as root without chattr: cannot make a folder unwritable")
        res = subprocess.run([chattr, "+i", str(folder)], capture_output=True)
        if res.returncode != 0:
            pytest.skip("this file system has no immutable flag")
        return [chattr, "-i", str(folder)]
    os.chmod(folder, 0o500)
    return []


@POSIX
def test_clear_errors_unwritable_vault_folder_is_not_called_damaged(tmp_path, vault):
    folder = tmp_path / "copy"
    shutil.copytree(vault, folder)
    os.chmod(folder, 0o700)
    undo = _make_unwritable(folder)
    try:
        env = {"OFFICER_DESK_PASSPHRASE": PASS}
        out = tmp_path / "students.csv"
        res = run(
            tmp_path,
            "export",
            "--vault",
            str(folder),
            "--what",
            "students",
            "--out",
            str(out),
            env=env,
        )
        _no_traceback(res)
        assert res.returncode == 1, res.stderr
        assert "cannot write to the vault folder" in res.stderr
        assert "damaged" not in res.stderr
        assert not out.exists()
        # A command that only reads still works on the intact database.
        res = run(tmp_path, "check", "--vault", str(folder), env=env)
        assert res.returncode == 0, res.stderr
        assert "All checks passed" in res.stderr
    finally:
        if undo:
            subprocess.run(undo, check=True)
        os.chmod(folder, 0o700)


# --- files and links, input bounds through the CLI (A-F3, A-R4) -------------------------------


@POSIX
def test_files_report_to_a_link_or_fifo_is_refused(tmp_path, vault):
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep")
    link = tmp_path / "report.pdf"
    link.symlink_to(target)
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    env = {"OFFICER_DESK_PASSPHRASE": PASS}
    for out in (link, fifo):
        res = run(
            tmp_path,
            "report",
            "--vault",
            str(vault),
            "--period",
            "2026-Q3",
            "--pdf",
            str(out),
            env=env,
        )
        _no_traceback(res)
        assert res.returncode == 2, res.stderr
        assert "not an ordinary file" in res.stderr
    assert link.is_symlink() and target.read_text() == "keep"
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@POSIX
def test_resource_bounds_import_of_a_device_or_fifo_is_refused_at_once(tmp_path, vault):
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)
    env = {"OFFICER_DESK_PASSPHRASE": PASS}
    for source in ("/dev/zero", str(fifo)):
        res = run(tmp_path, "import", "--vault", str(vault), source, "--dry-run", env=env)
        _no_traceback(res)
        assert res.returncode != 0
        assert "not an ordinary file" in res.stdout + res.stderr, res.stdout + res.stderr
    res = run(
        tmp_path,
        "import",
        "--vault",
        str(vault),
        str(tmp_path / "x.csv"),
        "--mapping",
        "/dev/zero",
        "--dry-run",
        env=env,
    )
    _no_traceback(res)
    assert res.returncode == 2 and "not an ordinary file" in res.stderr
