"""Crash and fault injection on real vaults in child processes (docs/SECURITY.md, C1, C4, K6)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from officer_desk.vault import Vault, change_passphrase, create_vault, derive_key, test_kdf

PASS = "correct horse battery staple"
NEW_PASS = "violet anchor mumbles quietly"
REPO = Path(__file__).resolve().parents[2]
BATCH = 50

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and rlimits")


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _open(vault_dir: Path) -> Vault:
    return Vault.open(derive_key(vault_dir, PASS, allow_weak_params=True))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    vault, _ = create_vault(tmp_path / "vault", PASS, kdf=test_kdf())
    with vault:
        vault.connection.execute(
            "CREATE TABLE batch_rows(batch INTEGER NOT NULL, i INTEGER NOT NULL, pad TEXT)"
        )
        vault.connection.execute("CREATE TABLE marker(x TEXT)")
        vault.connection.execute("INSERT INTO marker VALUES ('before')")
    return tmp_path / "vault"


# --- C1 kill -9 while writing committed batches ----------------------------------------------

_WRITER = f"""
import os, sys
from pathlib import Path
from officer_desk.vault import Vault, derive_key
vault = Vault.open(derive_key(Path(sys.argv[1]), {PASS!r}, allow_weak_params=True))
c = vault.connection
batch = int(sys.argv[2])
print("ready", flush=True)
while True:
    c.execute("BEGIN IMMEDIATE")
    for i in range({BATCH}):
        c.execute("INSERT INTO batch_rows VALUES (?, ?, ?)", (batch, i, os.urandom(64).hex()))
    c.execute("COMMIT")
    print(batch, flush=True)
    batch += 1
"""


def test_c1_kill_during_committed_batches(vault_dir: Path) -> None:
    seed = int(os.environ.get("VAULT_C1_SEED", time.time_ns() % 100_000))
    rng = random.Random(seed)
    next_batch = 0
    total_acked = 0
    for trial in range(20):
        child = _child(_WRITER, str(vault_dir), str(next_batch))
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        time.sleep(rng.uniform(0.0, 0.25))
        child.kill()
        out, _err = child.communicate(timeout=20)
        acked = [int(line) for line in out.split()]
        total_acked += len(acked)
        with _open(vault_dir) as vault:
            report = vault.check()
            assert report.ok, (seed, trial, report.problems)
            rows = vault.connection.execute(
                "SELECT batch, count(*) FROM batch_rows GROUP BY batch ORDER BY batch"
            ).fetchall()
            assert all(n == BATCH for _b, n in rows), (seed, trial, "partial batch")
            batches = [b for b, _n in rows]
            assert batches == list(range(len(batches))), (seed, trial, "gap")
            if acked:
                assert batches[-1] >= acked[-1], (seed, trial, "acknowledged batch lost")
            assert vault.connection.execute("SELECT x FROM marker").fetchall() == [("before",)]
            next_batch = len(batches)
    assert total_acked > 20, "the writer hardly committed: the trials proved little"
    print(f"C1 seed={seed} acknowledged batches={total_acked}")


# --- C4 disk full ------------------------------------------------------------------------------

_FILLER = f"""
import os, resource, signal, sys
from pathlib import Path
import sqlcipher3
from officer_desk.vault import Vault, derive_key
d = Path(sys.argv[1])
vault = Vault.open(derive_key(d, {PASS!r}, allow_weak_params=True))
c = vault.connection
sizes = [p.stat().st_size for p in d.iterdir() if p.is_file()]
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = max(sizes) + 256 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
batch = 0
try:
    while True:
        c.execute("BEGIN IMMEDIATE")
        for i in range(10):
            c.execute("INSERT INTO batch_rows VALUES (?, ?, ?)", (batch, i, os.urandom(1000).hex()))
        c.execute("COMMIT")
        print(batch, flush=True)
        batch += 1
except sqlcipher3.Error as exc:
    print("ERROR", type(exc).__name__, exc, flush=True)
    try:
        c.execute("ROLLBACK")
    except sqlcipher3.Error:
        pass
vault.close()
"""


def test_c4_disk_full_keeps_earlier_data(vault_dir: Path) -> None:
    child = _child(_FILLER, str(vault_dir))
    out, err = child.communicate(timeout=60)
    lines = out.splitlines()
    assert lines and lines[-1].startswith("ERROR"), (out, err)
    assert "OperationalError" in lines[-1] or "DatabaseError" in lines[-1]
    assert "disk I/O error" in lines[-1] or "full" in lines[-1]
    acked = [int(x) for x in lines[:-1]]
    assert len(acked) >= 3, "the limit hit before anything was saved: nothing proven"
    with _open(vault_dir) as vault:
        report = vault.check()
        assert report.ok, report.problems
        c = vault.connection
        assert c.execute("SELECT x FROM marker").fetchall() == [("before",)]
        rows = c.execute("SELECT batch, count(*) FROM batch_rows GROUP BY batch").fetchall()
        assert all(n == 10 for _b, n in rows)
        assert [b for b, _n in rows] == acked


# --- K6 kill between fsync and replace of the key file ---------------------------------------

_REWRAP = f"""
import os, signal, sys
from pathlib import Path
from officer_desk.vault import change_passphrase, derive_key, test_kdf
d = Path(sys.argv[1])
key = derive_key(d, {PASS!r}, allow_weak_params=True)
real_replace = os.replace
def dying_replace(src, dst):
    if Path(dst).name == "keys.json":
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(src, dst)
os.replace = dying_replace
change_passphrase(d, key, {NEW_PASS!r}, kdf=test_kdf())
print("not reached", flush=True)
"""


def test_k6_killed_between_fsync_and_replace(vault_dir: Path) -> None:
    old = (vault_dir / "keys.json").read_bytes()
    child = _child(_REWRAP, str(vault_dir))
    out, _err = child.communicate(timeout=30)
    assert child.returncode == -9 and "not reached" not in out
    assert (vault_dir / "keys.json").read_bytes() == old
    temps = [p for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    assert temps and all(p.stat().st_size > 0 for p in temps)
    with _open(vault_dir) as vault:  # the old passphrase still works; temp files are cleaned
        assert vault.connection.execute("SELECT x FROM marker").fetchall() == [("before",)]
    assert not [p for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    # And the interrupted change can simply be done again.
    key = derive_key(vault_dir, PASS, allow_weak_params=True)
    change_passphrase(vault_dir, key, NEW_PASS, kdf=test_kdf())
    derive_key(vault_dir, NEW_PASS, allow_weak_params=True).wipe()
