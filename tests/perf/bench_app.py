"""Benchmark the app's start and unlock (a script, not a test).

    QT_QPA_PLATFORM=offscreen python tests/perf/bench_app.py [--vault DIR] [--runs 7]

1. Process start to the unlock screen shown, against a bare PySide6 window, each in a fresh
   process (median of --runs, alternating): goal <= 1.5x.
2. Key derived to a usable main window (vault opened, views built, Today view painted) on a
   vault (default: the 20,000-student benchmark vault of bench_store.py): goal <= 300 ms.
Prints a table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASS = "benchmark passphrase 2026 long"

BARE = """
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(900, 600); w.show()
def done():
    print(time.time() - t0); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

APP = """
import time, sys
t0 = float(sys.argv[1])
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication
from officer_desk.ui import i18n
from officer_desk.ui.main_window import MainWindow
app = QApplication([])
i18n.install("en")
w = MainWindow(Path(sys.argv[2]))
w.show()
def done():
    print(time.time() - t0); w.access.discard(); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def start_times(code: str, vault: Path, runs: int) -> list[float]:
    out = []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # Measure as installed apps run: with cached bytecode (pip compiles it on install; some
    # sandboxes set PYTHONDONTWRITEBYTECODE, which would make every start compile the sources).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for _ in range(runs):
        t0 = time.time()
        res = subprocess.run(
            [sys.executable, "-c", code, repr(t0), str(vault)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        out.append(float(res.stdout.strip().splitlines()[-1]) * 1000)
    return out


def unlock_to_window(vault: Path, runs: int) -> list[float]:
    os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
    os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
    from PySide6.QtWidgets import QApplication

    from officer_desk.services.session import open_key, spare_key
    from officer_desk.ui import i18n
    from officer_desk.ui.main_window import MainWindow
    from officer_desk.ui.tasks import wait_for_tasks
    from officer_desk.vault import derive_key

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    key = derive_key(vault, PASS)  # not timed: the goal starts once the key is derived
    window = MainWindow(vault)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        session = open_key(spare_key(key))
        window.access.unlocked.emit(session)
        app.processEvents()
        window.grab()  # the Today view painted with its data
        times.append((time.perf_counter() - t) * 1000)
        wait_for_tasks()
        app.processEvents()
        window.lock()
        window.wait_until_locked()  # a backup due at unlock may still run
        app.processEvents()
    window.access.discard()
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--vault", type=Path, default=Path("/tmp/officer-desk-bench/vault-20000"))
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    if not args.vault.exists():
        print("build the benchmark vault first: python tests/perf/bench_store.py", file=sys.stderr)
        return 2
    bare, app = [], []
    start_times(BARE, args.vault, 1)  # warm-up: OS file cache and bytecode cache
    start_times(APP, args.vault, 1)
    for _ in range(args.runs):  # alternate, so machine load hits both alike
        bare += start_times(BARE, args.vault, 1)
        app += start_times(APP, args.vault, 1)
    unlock = unlock_to_window(args.vault, args.runs)
    b, a, u = statistics.median(bare), statistics.median(app), statistics.median(unlock)
    print(f"\nOfficer Desk app benchmark (median of {args.runs}, vault {args.vault.name})\n")
    print(f"| {'measure':<48} | {'ms':>8} | {'vs bare':>7} |")
    print(f"|{'-' * 50}|{'-' * 10}|{'-' * 9}|")
    print(f"| {'bare PySide6 window: process start to shown':<48} | {b:8.0f} | {1:7.2f} |")
    print(f"| {'officer-desk: process start to unlock screen':<48} | {a:8.0f} | {a / b:7.2f} |")
    print(f"| {'key derived -> main window usable (Today painted)':<48} | {u:8.0f} | {'':>7} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
