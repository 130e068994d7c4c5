"""Where the app's run-time resources (translations, icons, desktop entry) live.

The repository keeps them in ``resources/`` at its top; the build installs that folder as the
package ``officer_desk.resources`` (``package-dir`` in ``pyproject.toml``), so a wheel, an
editable install and a PyInstaller bundle all find them through ``importlib.resources``.

A source checkout run straight from the tree (``PYTHONPATH=<checkout>``, as the tests and the
tools do) uses the checkout's own ``resources/``, even when another checkout is installed in
editable mode in the same environment: the strings and ``.qm`` files then always match the code.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def source_tree_resources() -> Path | None:
    """``resources/`` beside the package in a source checkout, or None when installed."""
    root = _PACKAGE_DIR.parent
    candidate = root / "resources"
    if (root / "pyproject.toml").is_file() and (candidate / "translations").is_dir():
        return candidate
    return None


@cache
def resources_dir() -> Path:
    """The resources folder as a real directory (Qt loaders need file paths)."""
    tree = source_tree_resources()
    if tree is not None:
        return tree
    installed = _PACKAGE_DIR / "resources"
    if (installed / "translations").is_dir():
        # A wheel or an app bundle: the folder beside the package (found without loading
        # importlib.resources and zipfile, which costs start-up time).
        return installed
    from importlib import resources  # only for installs that are not plain folders

    try:
        files = resources.files("officer_desk.resources")
    except ModuleNotFoundError:
        files = None
    if isinstance(files, Path):  # wheels and editable installs unpack to real files
        return files
    # An app bundle copies the folder beside the package without making it a module (or it
    # imports as a namespace package, whose files() is not a single folder).
    return _PACKAGE_DIR / "resources"


def resource(*parts: str) -> Path:
    """One resource file, e.g. ``resource("icons", "officer-desk.svg")``."""
    for part in parts:
        if part in ("", ".", "..") or "/" in part or "\\" in part:
            raise ValueError("resource path parts must be plain names")
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def desktop_dir() -> Path:
    return resources_dir() / "desktop"
