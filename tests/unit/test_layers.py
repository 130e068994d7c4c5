"""One-way layers (docs/ARCHITECTURE.md): ui → services → (reports, store, io) → vault →
domain; the command line (``cli.py``, ``commands/``) and the composition root (``app.py``)
talk to services only. Checked on the source with the ast module."""

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
    "reports": {"reports", "domain", "errors"},
    "io": {"io", "domain", "errors"},
    # one student's own copy (subject access), rendered from data the service hands over
    "documents": {"documents", "domain", "errors"},
    "services": {"services", "store", "vault", "reports", "io", "documents", "domain", "errors"},
    # the front ends: services, plain values and errors (and where resources live)
    # process (core dumps off, the private error log) and desktop (the Linux menu entry) are
    # process-wide helpers below the front ends that hold no personal data.
    "ui": {"ui", "services", "domain", "errors", "resources_path", "process"},
    "commands": {"commands", "services", "domain", "errors", "resources_path"},
    # the entry point: subcommands, or the desktop app when there is none
    "cli.py": {
        "commands",
        "app",
        "services",
        "domain",
        "errors",
        "resources_path",
        "process",
        "desktop",
    },
    "app.py": {"ui", "services", "domain", "errors", "resources_path", "process"},
}
NO_QT = {"domain", "vault", "store", "reports", "io", "documents", "services"}


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
    if layer.endswith(".py"):
        return [PKG / layer]
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
                if target == "__version__":
                    continue
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


def test_reports_never_import_the_store():
    """reports/ receives counts (domain/counts.py) and never reaches for the records."""
    for path in _layer_files("reports"):
        for name in _imports(path):
            assert not name.startswith("officer_desk.store"), (path, name)


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


# Private names of other libraries that have no public equivalent (module, attribute).
FOREIGN_PRIVATE_OK = {
    ("io/readers.py", "_archive"),  # openpyxl: the workbook's zip, to read a sheet's size
    ("io/readers.py", "_worksheet_path"),
    ("reports/render.py", "_pageNumber"),  # reportlab: a Canvas subclass numbering pages
    ("reports/render.py", "_startPage"),
    ("commands/common.py", "_SubParsersAction"),  # argparse: the type of add_subparsers()
    ("commands/io.py", "_SubParsersAction"),
    ("commands/privacy.py", "_SubParsersAction"),
    ("commands/reports.py", "_SubParsersAction"),
    ("commands/vault.py", "_SubParsersAction"),
}


def _defined_names(tree: ast.AST) -> set[str]:
    """Names a module defines: functions, classes, attributes it assigns (``x._a = …``)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def test_no_private_member_of_another_module_is_used():
    """A module uses another module's ``_private`` names only through its public API:
    neither ``from x import _name`` nor ``obj._name`` for a name it does not define itself
    (``desk._changed`` from a view, ``store._conn`` from a service, …)."""
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        tree = ast.parse(path.read_text("utf-8"))
        own = _defined_names(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        bad.append(f"{rel}:{node.lineno} imports {node.module}.{alias.name}")
            elif isinstance(node, ast.Attribute):
                name = node.attr
                if not name.startswith("_") or name.startswith("__"):
                    continue
                if name in own or (rel, name) in FOREIGN_PRIVATE_OK:
                    continue
                bad.append(f"{rel}:{node.lineno} uses {ast.unparse(node)}")
    assert not bad, "\n".join(bad)


# Where a bare ``except Exception`` is still deliberate (a foreign API with no narrower
# error) or not yet narrowed by the module's owner.
BROAD_EXCEPT_OK = {
    "ui/lock.py",  # the session bus: any D-Bus quirk must not break the app
    "ui/screen_lock.py",  # native hooks: a message not understood must not break the app
    "cli.py",  # the last resort: any failure becomes an error id and a private log entry
    "ui/views/reports.py",
    "io/readers.py",
    "vault/database.py",
}


def test_no_bare_except_exception():
    """Errors are caught by their type (``OfficerDeskError``, a driver error, ``OSError``):
    ``except Exception`` would also swallow programming errors."""
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if rel in BROAD_EXCEPT_OK:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                names = [
                    n.id
                    for n in ast.walk(node.type)
                    if isinstance(n, ast.Name) and n.id in {"Exception"}
                ]
                if names:
                    bad.append(f"{rel}:{node.lineno}")
    assert not bad, "\n".join(bad)
