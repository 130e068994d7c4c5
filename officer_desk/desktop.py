"""Linux desktop integration: the application-menu entry and icon for this user.

``officer-desk --install-desktop-entry`` writes ``officer-desk.desktop`` into
``$XDG_DATA_HOME/applications`` and the icon into ``$XDG_DATA_HOME/icons/hicolor`` (no root
needed). The entry starts the very launcher that ran the command: a pip/pipx install's
``officer-desk`` script or the app bundle's executable.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from officer_desk.resources_path import desktop_dir, icons_dir

APP_ID = "officer-desk"
_PNG_SIZES = (48, 128, 256)


def xdg_data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec: a relative value is invalid and must be ignored.
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that starts this installation of the app."""
    if getattr(sys, "frozen", False):  # an app bundle (PyInstaller)
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name == APP_ID and script.exists():
        return [str(script.resolve())]
    found = shutil.which(APP_ID)
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "officer_desk"]


def quote_exec_arg(arg: str) -> str:
    """Quote one argument of a desktop entry's ``Exec`` key (Desktop Entry spec 1.5)."""
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`%="):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    escaped = escaped.replace("%", "%%")
    return f'"{escaped}"'


def desktop_entry_text(command: list[str]) -> str:
    """The shipped desktop entry with its ``Exec`` line pointing at ``command``."""
    template = (desktop_dir() / f"{APP_ID}.desktop").read_text("utf-8")
    exec_line = "Exec=" + " ".join(quote_exec_arg(a) for a in command)
    lines = [exec_line if line.startswith("Exec=") else line for line in template.splitlines()]
    return "\n".join(lines) + "\n"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def install_desktop_entry(data_home: Path | None = None) -> list[Path]:
    """Install the menu entry and icons for the current user; returns the files written."""
    base = data_home if data_home is not None else xdg_data_home()
    written: list[Path] = []
    entry = base / "applications" / f"{APP_ID}.desktop"
    _write(entry, desktop_entry_text(launcher_command()).encode("utf-8"))
    written.append(entry)
    svg = base / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    _write(svg, (icons_dir() / f"{APP_ID}.svg").read_bytes())
    written.append(svg)
    for size in _PNG_SIZES:
        source = icons_dir() / f"{APP_ID}-{size}.png"
        if source.is_file():
            png = base / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
            _write(png, source.read_bytes())
            written.append(png)
    return written
