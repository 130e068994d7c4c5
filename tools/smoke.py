#!/usr/bin/env python3
"""Smoke test of an INSTALLED Officer Desk: a wheel in a venv, or the app bundle.

    python tools/smoke.py --exe /path/to/venv/bin/officer-desk
    python tools/smoke.py --exe dist/officer-desk/officer-desk     (the bundle)

Runs from a fresh temporary folder, with PYTHONPATH removed, so nothing from a source
checkout can be picked up:

1. ``officer-desk --version``
2. ``init`` a vault (the real key derivation)
3. ``demo --students 50``
4. ``report`` for the last full quarter (PDF and signed JSON read back)
5. ``--install-desktop-entry`` into a throw-away XDG data folder
6. the app offscreen on the demo vault with ``--lang nl --self-check``: the unlock screen must
   show its Dutch texts (and none of the English ones)

Prints a JSON summary (timings included) and exits non-zero on the first failure. Only the
standard library is used: the script runs with any Python 3.11+, outside the installation.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "smoke test harbour lantern violet"
#: English source → Dutch translation of texts on the unlock screen.
EXPECTED_DUTCH = {
    "Unlock your vault": "Ontgrendel uw kluis",
    "&Unlock": "&Ontgrendelen",
}


class SmokeFailure(Exception):
    pass


def _env(work: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "OFFICER_DESK_"))}
    env.update(
        {
            "OFFICER_DESK_PASSPHRASE": PASSPHRASE,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(work / "home"),
            "XDG_CONFIG_HOME": str(work / "home" / ".config"),
            "XDG_DATA_HOME": str(work / "home" / ".local" / "share"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        }
    )
    return env


def _run(exe: list[str], args: list[str], work: Path, timeout: int = 600) -> tuple[str, float]:
    start = time.perf_counter()
    proc = subprocess.run(
        [*exe, *args],
        cwd=work,
        env=_env(work),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SmokeFailure(
            f"`officer-desk {' '.join(args)}` exited {proc.returncode}:\n"
            f"{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}"
        )
    return proc.stdout, elapsed


def last_full_quarter(today: dt.date) -> str:
    quarter = (today.month - 1) // 3 + 1
    year = today.year
    quarter -= 1
    if quarter == 0:
        year, quarter = year - 1, 4
    return f"{year}-Q{quarter}"


def run_smoke(exe: list[str], starts: int = 3) -> dict[str, object]:
    summary: dict[str, object] = {"exe": " ".join(exe)}
    with tempfile.TemporaryDirectory(prefix="officer-desk-smoke-") as tmp:
        work = Path(tmp)
        (work / "home").mkdir()

        out, _ = _run(exe, ["--version"], work)
        if not out.startswith("officer-desk "):
            raise SmokeFailure(f"--version printed {out!r}")
        summary["version"] = out.strip().split()[-1]

        _, seconds = _run(exe, ["init", "--vault", str(work / "vault")], work)
        for name in ("officer.db", "keys.json"):
            if not (work / "vault" / name).is_file():
                raise SmokeFailure(f"init made no {name}")
        summary["init_s"] = round(seconds, 2)

        demo = work / "demo"
        _, seconds = _run(exe, ["demo", "--vault", str(demo), "--students", "50"], work)
        summary["demo_s"] = round(seconds, 2)

        period = last_full_quarter(dt.date.today())
        pdf, bundle = work / "report.pdf", work / "report.json"
        _, seconds = _run(
            exe,
            ["report", "--vault", str(demo), "--period", period, "--pdf", str(pdf)]
            # Only a released quarter has a signed bundle (a draft is never signed).
            + ["--json", str(bundle), "--lang", "nl", "--release"],
            work,
        )
        if not pdf.read_bytes().startswith(b"%PDF-"):
            raise SmokeFailure("the report is not a PDF")
        json.loads(bundle.read_text("utf-8"))
        summary["report_s"] = round(seconds, 2)
        summary["report_period"] = period

        out, _ = _run(exe, ["--install-desktop-entry"], work)
        apps = work / "home" / ".local" / "share" / "applications" / "officer-desk.desktop"
        entry = apps.read_text("utf-8") if apps.is_file() else ""
        if "Exec=" not in entry or "Icon=officer-desk" not in entry:
            raise SmokeFailure("no desktop entry installed")

        times = []
        shown: dict[str, object] = {}
        for _ in range(max(1, starts)):
            out, seconds = _run(
                exe, ["--vault", str(demo), "--lang", "nl", "--self-check"], work, timeout=120
            )
            times.append(seconds)
            shown = json.loads(out[out.index("{") :])
        texts = [str(t) for t in shown.get("texts", [])]  # type: ignore[union-attr]
        for english, dutch in EXPECTED_DUTCH.items():
            if dutch not in texts:
                raise SmokeFailure(f"the unlock screen does not show {dutch!r}: {texts}")
            if english in texts:
                raise SmokeFailure(f"the unlock screen shows English {english!r}")
        summary["unlock_screen"] = texts[:3]
        summary["sqlcipher"] = shown.get("sqlcipher")
        summary["start_s_median"] = round(statistics.median(times), 2)
        summary["start_s_all"] = [round(t, 2) for t in times]
    return summary


def time_starts(exes: list[list[str]], starts: int = 5) -> list[list[float]]:
    """Seconds from process start to the unlock screen shown (``--self-check``) for each
    launcher, runs interleaved so that changing machine load hits all of them alike."""
    with tempfile.TemporaryDirectory(prefix="officer-desk-timing-") as tmp:
        work = Path(tmp)
        (work / "home").mkdir()
        _run(exes[0], ["init", "--vault", str(work / "vault")], work)
        times: list[list[float]] = [[] for _ in exes]
        for _ in range(max(1, starts)):
            for i, exe in enumerate(exes):
                _, seconds = _run(exe, ["--vault", str(work / "vault"), "--self-check"], work)
                times[i].append(round(seconds, 2))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exe", required=True, help="the installed officer-desk launcher")
    parser.add_argument("--starts", type=int, default=3, help="app starts to time")
    args = parser.parse_args(argv)
    exe = shutil.which(args.exe) or args.exe
    if not Path(exe).exists():
        print(f"smoke: no such launcher: {args.exe}", file=sys.stderr)
        return 2
    try:
        summary = run_smoke([str(Path(exe).resolve())], starts=args.starts)
    except (SmokeFailure, subprocess.TimeoutExpired, ValueError, OSError) as exc:
        print(f"smoke: FAILED: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    print("smoke: OK", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
