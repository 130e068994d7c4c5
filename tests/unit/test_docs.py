"""The repository explains itself: every ``docs/…`` file that code, tests, tools or docs cite
exists, every case id cited with it (``docs/SECURITY.md, K7``) is defined there, and nothing
cites notes that live outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: Where references are written: code, tests, tools, CI and the docs themselves.
SOURCES = sorted(
    {
        *ROOT.joinpath("officer_desk").rglob("*.py"),
        *ROOT.joinpath("officer_desk").rglob("*.sql"),
        *ROOT.joinpath("tests").rglob("*.py"),
        *ROOT.joinpath("tools").rglob("*.py"),
        *ROOT.joinpath("docs").glob("*.md"),
        ROOT / "README.md",
        ROOT / "CONTRIBUTING.md",
        ROOT / "pyproject.toml",
        ROOT / ".ci" / "run",
    }
    - {Path(__file__).resolve()}
)

#: Notes that are not part of the repository, and machine-specific paths.
FORBIDDEN = {
    "the design notes": re.compile(r"\bDESIGN\b|§"),
    "the research notes": re.compile(r"reference/|performance\.md|security-and-disclosure"),
    "a path on one machine": re.compile(r"/work/|/tmp/venv"),
}

_CITED_DOC = re.compile(r"\bdocs/([\w.-]+\.md)")
_MD_LINK = re.compile(r"\]\(([^)#:\s]+\.md)(?:#[^)]*)?\)")
_ID = r"[A-Z]\d+(?:[-–][A-Z]?\d+)?"
_CITED_IDS = re.compile(rf"\bdocs/([\w.-]+\.md),\s*({_ID}(?:(?:,\s*|\s+and\s+){_ID})*)")


def _text(path: Path) -> str:
    return path.read_text("utf-8")


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def _expand(ids: str) -> list[str]:
    """``"K1-K6, K8 and K11"`` -> K1 … K6, K8, K11."""
    out: list[str] = []
    for item in re.split(r",\s*|\s+and\s+", ids):
        m = re.fullmatch(r"([A-Z])(\d+)(?:[-–]([A-Z])?(\d+))?", item.strip())
        assert m, item
        letter, first, _letter2, last = m.groups()
        out += [f"{letter}{n}" for n in range(int(first), int(last or first) + 1)]
    return out


def test_the_sources_are_found():
    names = {_rel(p) for p in SOURCES}
    assert {"README.md", "CONTRIBUTING.md", "officer_desk/app.py", "docs/ARCHITECTURE.md"} <= names
    assert any(n.startswith("tests/unit/") for n in names)


def test_every_cited_doc_exists():
    missing = []
    for path in SOURCES:
        text = _text(path)
        cited = {f"docs/{name}" for name in _CITED_DOC.findall(text)}
        if path.parent == ROOT / "docs":
            cited |= {_rel((path.parent / link).resolve()) for link in _MD_LINK.findall(text)}
        elif path.parent == ROOT and path.suffix == ".md":
            cited |= set(_MD_LINK.findall(text))
        missing += [
            f"{_rel(path)} cites {doc}" for doc in sorted(cited) if not (ROOT / doc).is_file()
        ]
    assert not missing, "\n".join(missing)


def test_every_cited_case_id_is_defined_in_its_doc():
    undefined = []
    for path in SOURCES:
        for doc, ids in _CITED_IDS.findall(_text(path)):
            target = ROOT / "docs" / doc
            if not target.is_file():
                continue  # reported by test_every_cited_doc_exists
            defined = _text(target)
            for case in _expand(ids):
                if not re.search(rf"\b{case}\b", defined):
                    undefined.append(f"{_rel(path)} cites docs/{doc}, {case}")
    assert not undefined, "\n".join(undefined)


def test_nothing_cites_notes_outside_the_repository():
    found = []
    for path in SOURCES:
        for n, line in enumerate(_text(path).splitlines(), 1):
            for what, pattern in FORBIDDEN.items():
                if pattern.search(line):
                    found.append(f"{_rel(path)}:{n} cites {what}: {line.strip()[:80]}")
    assert not found, "\n".join(found)


def test_the_checks_catch_what_they_look_for():
    assert _CITED_IDS.findall("see docs/SECURITY.md, K1-K3, F2 and C4.") == [
        ("SECURITY.md", "K1-K3, F2 and C4")
    ]
    assert _expand("K1-K3, F2 and C4") == ["K1", "K2", "K3", "F2", "C4"]
    assert _CITED_DOC.findall("(docs/DISCLOSURE.md, R8)") == ["DISCLOSURE.md"]
    assert all(
        any(p.search(line) for p in FORBIDDEN.values())
        for line in ("DESIGN §2", "§A7", "reference/performance.md", "/work/shared/x")
    )
