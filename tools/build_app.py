#!/usr/bin/env python3
"""Build the self-contained Officer Desk app (PyInstaller, one folder) and smoke-test it.

    pip install '.[bundle]'                 # PyInstaller and build, build-time only
    python tools/build_app.py               # -> dist-app/officer-desk/ (+ smoke test)
    python tools/build_app.py --compare-with .venv/bin/officer-desk

The bundle carries its own Python, Qt (only the modules the app uses), SQLCipher and the
translations. It is built for the platform the command runs on (docs/PACKAGING.md has the
Windows and macOS steps, signing and notarisation). After the build the same smoke test as CI's
wheel check (tools/smoke.py) runs against the bundle's launcher; the summary printed at the end
has the build time, the bundle's size and its start time (median of the self-check starts).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "tools" / "officer_desk.spec"
NAME = "officer-desk"

sys.path.insert(0, str(ROOT / "tools"))
import smoke  # noqa: E402


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def launcher(dist: Path) -> Path:
    if sys.platform == "win32":
        return dist / NAME / f"{NAME}.exe"
    return dist / NAME / NAME


def make_platform_icon(work: Path) -> Path:
    """Windows wants an .ico, macOS an .icns: rendered from the SVG with Qt at build time."""
    work.mkdir(parents=True, exist_ok=True)
    if sys.platform not in ("win32", "darwin"):
        return ROOT / "resources" / "icons"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / f"{NAME}.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    suffix = "ico" if sys.platform == "win32" else "icns"
    if not image.save(str(work / f"{NAME}.{suffix}")):
        print(f"build_app: could not write a .{suffix} icon; building without", file=sys.stderr)
    del app
    return work


def strip_symbols(bundle: Path) -> int:
    """Linux: drop the symbol tables and debug info of the bundle's shared libraries (libpython,
    SQLCipher, numpy, scipy and cryptography ship them: about 40 MB). The auditwheel-patched
    libraries in ``*.libs`` folders are left alone: stripped, they no longer load. Returns the
    number of files stripped (0 where ``strip`` is missing or on other platforms)."""
    strip = shutil.which("strip")
    if not sys.platform.startswith("linux") or strip is None:
        return 0
    count = 0
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        if any(part.endswith(".libs") for part in path.relative_to(bundle).parts):
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        done = subprocess.run([strip, "--strip-unneeded", str(path)], capture_output=True)
        count += done.returncode == 0
    return count


def build(dist: Path, work: Path) -> float:
    import officer_desk

    env = dict(os.environ)
    env["OFFICER_DESK_ICON_DIR"] = str(make_platform_icon(work / "icon"))
    env["OFFICER_DESK_VERSION"] = officer_desk.__version__
    env.pop("PYTHONPATH", None)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
        + ["--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    strip_symbols(dist / NAME)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist-app", help="output folder")
    parser.add_argument("--no-build", action="store_true", help="only smoke-test the bundle")
    parser.add_argument("--no-smoke", action="store_true", help="only build")
    parser.add_argument("--starts", type=int, default=5, help="timed app starts")
    parser.add_argument(
        "--compare-with", help="another officer-desk launcher (e.g. a pip install) to time"
    )
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build_app: PyInstaller is missing: pip install '.[bundle]'", file=sys.stderr)
        return 2

    summary: dict[str, object] = {"platform": sys.platform}
    dist = args.dist.resolve()
    if not args.no_build:
        with tempfile.TemporaryDirectory(prefix="officer-desk-build-") as tmp:
            summary["build_s"] = round(build(dist, Path(tmp)), 1)
    exe = launcher(dist)
    if not exe.exists():
        print(f"build_app: no launcher at {exe}", file=sys.stderr)
        return 1
    summary["bundle"] = str(exe.parent)
    summary["bundle_mb"] = round(folder_size(exe.parent) / 1e6, 1)
    if args.no_smoke:
        print(json.dumps(summary, indent=1))
        return 0
    try:
        summary["smoke"] = smoke.run_smoke([str(exe)], starts=args.starts)
        if args.compare_with:
            other = str(Path(args.compare_with).resolve())
            bundle_times, other_times = smoke.time_starts([[str(exe)], [other]], args.starts)
            summary["start_s"] = {"bundle": bundle_times, other: other_times}
            summary["start_ratio"] = round(
                statistics.median(bundle_times) / statistics.median(other_times), 2
            )
    except (smoke.SmokeFailure, subprocess.TimeoutExpired, ValueError, OSError) as exc:
        print(json.dumps(summary, indent=1))
        print(f"build_app: smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    print("build_app: bundle built and smoke-tested", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
