#!/usr/bin/env python3
"""Qt Linguist translations for Officer Desk, without pyside6-lupdate.

    tools/i18n.py update            extract strings from officer_desk/ and merge them into
                                    resources/translations/officer_desk_nl.ts
    tools/i18n.py release           build officer_desk_nl.qm with pyside6-lrelease
    tools/i18n.py missing [FILE]    write the unfinished strings as JSON {context: {source: ""}}
    tools/i18n.py apply FILE        take translations from such a JSON file (marks them finished);
                                    plural messages (``tr(text, "", n)``) take a list of two
                                    forms, singular and plural, each with %n

Extraction uses the ``ast`` module and finds:
  * ``self.tr("...")``                           context = the enclosing class name
  * ``QCoreApplication.translate("Ctx", "...")``  (also ``QApplication.translate``)
  * ``tr_noop("...")``                           context "Errors" (officer_desk.errors)
  * ``tr("Ctx", "...")``                          the command line's helper (commands/common.py)
  * ``QT_TRANSLATE_NOOP("Ctx", "...")``

Merging keeps existing translations, marks new strings ``unfinished`` and strings that are no
longer in the source ``vanished`` (kept so a translation can come back; lrelease skips them).
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "officer_desk"
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "officer_desk_nl.ts"
QM_FILE = TRANSLATIONS / "officer_desk_nl.qm"
LANGUAGE = "nl_NL"


@dataclass
class Message:
    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: str = ""
    kind: str = "unfinished"  # "" (finished), "unfinished" or "vanished"
    comment: str = ""
    #: A plural message (``tr(text, "", n)``): ``forms`` holds the Dutch singular and plural.
    numerus: bool = False
    forms: list[str] = field(default_factory=list)

    @property
    def translated(self) -> bool:
        if self.numerus:
            return len(self.forms) >= 2 and all(f.strip() for f in self.forms)
        return bool(self.translation.strip())


# --- extraction --------------------------------------------------------------------------------


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Extractor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.classes: list[str] = []
        # context, source, line, comment, numerus
        self.found: list[tuple[str, str, int, str, bool]] = []
        self.warnings: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        owner = func.value if isinstance(func, ast.Attribute) else None
        if name == "tr" and isinstance(owner, ast.Name) and owner.id == "self" and node.args:
            text = _literal(node.args[0])
            comment = _literal(node.args[1]) if len(node.args) > 1 else ""
            if text is None:
                self.warnings.append(f"{self.path}:{node.lineno}: self.tr() of a non-literal")
            elif not self.classes:
                self.warnings.append(f"{self.path}:{node.lineno}: self.tr() outside a class")
            else:
                numerus = len(node.args) > 2 or any(k.arg == "n" for k in node.keywords)
                self.found.append((self.classes[-1], text, node.lineno, comment or "", numerus))
        elif (
            name == "translate"
            and isinstance(owner, ast.Name)
            and owner.id
            in (
                "QCoreApplication",
                "QApplication",
                "QGuiApplication",
            )
        ):
            self._two_args(node, "translate")
        elif name == "QT_TRANSLATE_NOOP":
            self._two_args(node, "QT_TRANSLATE_NOOP")
        elif name == "tr" and owner is None and len(node.args) >= 2:
            # The command line's tr("Cli", "...") (officer_desk/commands/common.py).
            self._two_args(node, "tr")
        elif name == "tr_noop" and node.args:
            text = _literal(node.args[0])
            if text is not None:
                self.found.append(("Errors", text, node.lineno, "", False))
        self.generic_visit(node)

    def _two_args(self, node: ast.Call, what: str) -> None:
        if len(node.args) < 2:
            return
        ctx, text = _literal(node.args[0]), _literal(node.args[1])
        if ctx is None or text is None:
            # translate("Errors", err.template) and the like: the template is extracted
            # where it is defined.
            return
        comment = _literal(node.args[2]) if len(node.args) > 2 else ""
        numerus = what == "translate" and (
            len(node.args) > 3 or any(k.arg == "n" for k in node.keywords)
        )
        self.found.append((ctx, text, node.lineno, comment or "", numerus))


def extract(source_dir: Path = SOURCE_DIR) -> tuple[dict[tuple[str, str], Message], list[str]]:
    """Every translatable string in ``source_dir``: {(context, source): Message}."""
    messages: dict[tuple[str, str], Message] = {}
    warnings: list[str] = []
    for path in sorted(source_dir.rglob("*.py")):
        rel = os.path.relpath(path, TRANSLATIONS).replace(os.sep, "/")
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        visitor = _Extractor(str(path.relative_to(source_dir.parent)))
        visitor.visit(tree)
        warnings.extend(visitor.warnings)
        for ctx, text, line, comment, numerus in visitor.found:
            msg = messages.setdefault(
                (ctx, text), Message(ctx, text, comment=comment, numerus=numerus)
            )
            msg.locations.append((rel, line))
    return messages, warnings


# --- .ts reading and writing ---------------------------------------------------------------------


def read_ts(path: Path = TS_FILE) -> dict[tuple[str, str], Message]:
    if not path.is_file():
        return {}
    out: dict[tuple[str, str], Message] = {}
    root = ET.parse(path).getroot()
    for context in root.findall("context"):
        ctx = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            text = (tr.text or "") if tr is not None else ""
            kind = tr.get("type", "") if tr is not None else "unfinished"
            comment = message.findtext("comment") or ""
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in tr.findall("numerusform")] if tr is not None else []
            out[(ctx, source)] = Message(ctx, source, [], text, kind, comment, numerus, forms)
    return out


def merge(
    extracted: dict[tuple[str, str], Message], existing: dict[tuple[str, str], Message]
) -> dict[tuple[str, str], Message]:
    merged: dict[tuple[str, str], Message] = {}
    for key, msg in extracted.items():
        old = existing.get(key)
        if old is not None:
            msg.translation = old.translation
            msg.forms = old.forms if msg.numerus == old.numerus else []
            if msg.numerus != old.numerus:
                msg.kind = "unfinished"
            elif old.kind in ("vanished", "obsolete"):
                msg.kind = "" if old.translated else "unfinished"
            else:
                msg.kind = old.kind
        merged[key] = msg
    for key, old in existing.items():
        if key not in merged:
            if not old.translated:
                continue  # nothing worth keeping
            old.kind = "vanished"
            old.locations = []
            merged[key] = old
    return merged


def write_ts(messages: dict[tuple[str, str], Message], path: Path = TS_FILE) -> None:
    root = ET.Element("TS", version="2.1", language=LANGUAGE, sourcelanguage="en")
    by_context: dict[str, list[Message]] = {}
    for msg in messages.values():
        by_context.setdefault(msg.context, []).append(msg)
    for ctx in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = ctx
        for msg in sorted(by_context[ctx], key=lambda m: m.source):
            message = ET.SubElement(context, "message")
            if msg.numerus:
                message.set("numerus", "yes")
            for filename, line in msg.locations:
                ET.SubElement(message, "location", filename=filename, line=str(line))
            ET.SubElement(message, "source").text = msg.source
            if msg.comment:
                ET.SubElement(message, "comment").text = msg.comment
            tr = ET.SubElement(message, "translation")
            if msg.kind:
                tr.set("type", msg.kind)
            if msg.numerus:
                for form in msg.forms or ["", ""]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = msg.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# --- commands ------------------------------------------------------------------------------------


def cmd_update(_args: argparse.Namespace) -> int:
    extracted, warnings = extract()
    merged = merge(extracted, read_ts())
    write_ts(merged)
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    live = [m for m in merged.values() if m.kind != "vanished"]
    unfinished = sum(1 for m in live if m.kind == "unfinished" or not m.translated)
    print(f"{TS_FILE.relative_to(ROOT)}: {len(live)} strings, {unfinished} unfinished")
    return 0


def lrelease_path() -> str:
    candidates = [
        Path(sys.executable).parent / "pyside6-lrelease",
        shutil.which("pyside6-lrelease"),
        shutil.which("lrelease"),
    ]
    for c in candidates:
        if c and Path(c).exists():
            return str(c)
    raise SystemExit("pyside6-lrelease not found (install PySide6)")


def cmd_release(_args: argparse.Namespace) -> int:
    proc = subprocess.run(
        [lrelease_path(), str(TS_FILE), "-qm", str(QM_FILE)], capture_output=True, text=True
    )
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    return proc.returncode


def cmd_missing(args: argparse.Namespace) -> int:
    out: dict[str, dict[str, str]] = {}
    for msg in read_ts().values():
        if msg.kind == "unfinished" or (msg.kind != "vanished" and not msg.translated):
            out.setdefault(msg.context, {})[msg.source] = (
                msg.forms or ["", ""] if msg.numerus else msg.translation
            )
    text = json.dumps(out, ensure_ascii=False, indent=2)
    if args.file:
        Path(args.file).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    data = json.loads(Path(args.file).read_text(encoding="utf-8"))
    messages = read_ts()
    extracted, _ = extract()
    messages = merge(extracted, messages)
    applied = unknown = 0
    for ctx, entries in data.items():
        for source, translation in entries.items():
            msg = messages.get((ctx, source))
            if msg is None:
                unknown += 1
                print(f"unknown: [{ctx}] {source!r}", file=sys.stderr)
                continue
            if isinstance(translation, list) and msg.numerus:
                msg.forms = [str(t) for t in translation]
            elif isinstance(translation, str) and translation and not msg.numerus:
                msg.translation = translation
            else:
                if translation:
                    print(f"wrong shape: [{ctx}] {source!r}", file=sys.stderr)
                    unknown += 1
                continue
            if msg.translated:
                msg.kind = "" if msg.kind != "vanished" else "vanished"
                applied += 1
    write_ts(messages)
    print(f"applied {applied} translations ({unknown} unknown)")
    return 1 if unknown else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="extract strings and merge them into the .ts file")
    sub.add_parser("release", help="build the .qm file with pyside6-lrelease")
    p = sub.add_parser("missing", help="list unfinished strings as JSON")
    p.add_argument("file", nargs="?")
    p = sub.add_parser("apply", help="apply translations from a JSON file")
    p.add_argument("file")
    args = parser.parse_args(argv)
    return {
        "update": cmd_update,
        "release": cmd_release,
        "missing": cmd_missing,
        "apply": cmd_apply,
    }[args.command](args)


if __name__ == "__main__":
    raise SystemExit(main())
