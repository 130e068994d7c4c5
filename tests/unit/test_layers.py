"""One-way layers (docs/ARCHITECTURE.md, Layers). Checked on the source with the ast module."""

from __future__ import annotations

import ast
from pathlib import Path

import officer_desk

PKG = Path(officer_desk.__file__).parent

# layer -> packages it may import from officer_desk
ALLOWED = {
    "domain": {"domain", "errors"},
    "vault": {"vault", "domain", "errors"},
    "store": {"store", "domain", "errors"},
    "reports": {"reports", "domain", "errors", "store.aggregate"},
    "io": {"io", "domain", "errors"},
    "services": {"services", "store", "vault", "reports", "io", "domain", "errors"},
}
NO_QT = {"domain", "vault", "store", "reports", "io", "services"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def _layer_files(layer: str) -> list[Path]:
    return sorted((PKG / layer).rglob("*.py"))


def test_every_layer_exists():
    for layer in ALLOWED:
        assert _layer_files(layer), layer


def test_layers_import_only_downwards():
    bad = []
    for layer, allowed in ALLOWED.items():
        for path in _layer_files(layer):
            for name in _imports(path):
                if not name.startswith("officer_desk."):
                    continue
                target = name.removeprefix("officer_desk.")
                if target.split(".")[0] == layer:
                    continue
                if not any(target == a or target.startswith(a + ".") for a in allowed):
                    # allow "from officer_desk import errors"-style module names
                    if target in {"errors", "domain"}:
                        continue
                    bad.append(f"{path.relative_to(PKG)} imports {name}")
    assert not bad, "\n".join(bad)


def test_no_qt_below_ui():
    bad = [
        f"{path.relative_to(PKG)}: {name}"
        for layer in NO_QT
        for path in _layer_files(layer)
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert not bad, bad


def test_reports_see_only_the_aggregate_module_of_the_store():
    for path in _layer_files("reports"):
        for name in _imports(path):
            if name.startswith("officer_desk.store"):
                assert name.startswith("officer_desk.store.aggregate"), (path, name)


def test_only_the_store_runs_sql():
    needles = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE TABLE")
    bad = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG)
        if rel.parts[0] in {"store", "vault"}:
            continue
        text = path.read_text("utf-8")
        for needle in needles:
            for line in text.splitlines():
                stripped = line.strip()
                if needle in stripped and (
                    "execute(" in stripped or stripped.startswith(('"', 'f"'))
                ):
                    bad.append(f"{rel}: {stripped[:80]}")
    assert not bad, "\n".join(bad)
