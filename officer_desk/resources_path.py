"""Where the bundled resources (icons, translations, report assets) live."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    return _ROOT


def translations_dir() -> Path:
    return _ROOT / "translations"


def icons_dir() -> Path:
    return _ROOT / "icons"
