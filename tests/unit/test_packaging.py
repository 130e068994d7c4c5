"""The wheel carries everything the app needs at run time (CI also builds and smoke-tests it)."""

from __future__ import annotations

import fnmatch
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import officer_desk
from officer_desk import resources_path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]


def test_every_package_is_listed_for_the_wheel():
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for p in (ROOT / "officer_desk").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    listed = set(SETUPTOOLS["packages"])
    missing = found - listed
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    assert "officer_desk.resources" in listed
    assert SETUPTOOLS["package-dir"]["officer_desk.resources"] == "resources"


def test_every_run_time_resource_is_package_data():
    patterns = SETUPTOOLS["package-data"]["officer_desk.resources"]
    files = [
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".ts", ".pyc")
    ]
    assert any(f.endswith(".qm") for f in files)
    unshipped = [f for f in files if not any(fnmatch.fnmatch(f, pat) for pat in patterns)]
    assert not unshipped, f"not in the wheel: {unshipped}"
    sql = {p.name for p in (ROOT / "officer_desk" / "store").glob("*.sql")}
    assert sql and all(
        any(
            fnmatch.fnmatch(f"store/{n}", pat) for pat in SETUPTOOLS["package-data"]["officer_desk"]
        )
        for n in sql
    )


def test_the_version_has_one_source():
    assert "version" not in PYPROJECT["project"]
    assert "version" in PYPROJECT["project"]["dynamic"]
    assert SETUPTOOLS["dynamic"]["version"] == {"attr": "officer_desk.__version__"}
    out = subprocess.run(
        [sys.executable, "-m", "officer_desk", "--version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == f"officer-desk {officer_desk.__version__}"


def test_pyinstaller_is_a_build_extra_not_a_run_time_dependency():
    runtime = " ".join(PYPROJECT["project"]["dependencies"]).lower()
    assert "pyinstaller" not in runtime
    assert any("pyinstaller" in d for d in PYPROJECT["project"]["optional-dependencies"]["bundle"])


def test_a_source_checkout_uses_its_own_resources():
    assert resources_path.resources_dir() == ROOT / "resources"
    assert (resources_path.translations_dir() / "officer_desk_nl.qm").is_file()
    assert (resources_path.icons_dir() / "officer-desk.svg").is_file()
    assert (resources_path.desktop_dir() / "officer-desk.desktop").is_file()


def test_resource_names_cannot_leave_the_folder():
    import pytest

    for bad in ("..", "a/b", "", "."):
        with pytest.raises(ValueError):
            resources_path.resource("icons", bad)
    assert resources_path.resource("icons", "officer-desk.svg").is_file()


def test_the_user_guide_ships_in_both_languages():
    patterns = SETUPTOOLS["package-data"]["officer_desk.resources"]
    spec = (ROOT / "tools" / "officer_desk.spec").read_text(encoding="utf-8")
    assert '"help"' in spec  # the app bundle carries it too
    anchors = {}
    for lang in ("en", "nl"):
        guide = resources_path.resource("help", f"guide_{lang}.html")
        assert guide.is_file()
        assert any(fnmatch.fnmatch(f"help/{guide.name}", pat) for pat in patterns)
        text = guide.read_text(encoding="utf-8")
        assert "http" not in text  # no links out of the app
        anchors[lang] = re.findall(r'<h[23] id="([a-z_]+)"', text)
    assert anchors["en"] == anchors["nl"] and len(anchors["en"]) >= 10
