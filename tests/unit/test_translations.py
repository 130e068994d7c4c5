"""Every translatable string has a finished Dutch translation with the same placeholders,
and the committed .qm matches the .ts (run ``tools/i18n.py update`` / ``release``)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool():
    spec = importlib.util.spec_from_file_location(
        "officer_desk_i18n_tool", ROOT / "tools" / "i18n.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)?(?:[!:][^{}]*)?\}(?!\})")
TAG = re.compile(r"</?([a-zA-Z0-9]+)[^>]*>")


def _placeholders(text: str) -> list[str]:
    return sorted(m.group(0) for m in PLACEHOLDER.finditer(text))


@pytest.fixture(scope="module")
def extracted():
    messages, _warnings = tool.extract()
    return messages


@pytest.fixture(scope="module")
def ts():
    return tool.read_ts()


def test_extraction_finds_strings_of_every_kind(extracted):
    contexts = {ctx for ctx, _ in extracted}
    assert "Errors" in contexts  # tr_noop in officer_desk.errors
    assert "MainWindow" in contexts  # self.tr
    assert ("Errors", "The passphrase is not correct.") in extracted


def test_every_string_has_a_finished_dutch_translation(extracted, ts):
    missing = []
    for key in sorted(extracted):
        msg = ts.get(key)
        if msg is None or msg.kind in ("unfinished", "vanished") or not msg.translated:
            missing.append(f"[{key[0]}] {key[1]!r}")
    assert not missing, (
        f"{len(missing)} strings lack a Dutch translation; run tools/i18n.py update, "
        "translate, then tools/i18n.py release:\n" + "\n".join(missing[:50])
    )


def test_translations_keep_placeholders_and_markup(extracted, ts):
    bad = []
    for key in sorted(extracted):
        msg = ts.get(key)
        if msg is None or not msg.translated:
            continue
        texts = msg.forms if msg.numerus else [msg.translation]
        for text in texts:
            if _placeholders(key[1]) != _placeholders(text):
                bad.append(f"[{key[0]}] {key[1]!r} -> {text!r}")
            if sorted(TAG.findall(key[1])) != sorted(TAG.findall(text)):
                bad.append(f"[{key[0]}] markup differs: {key[1]!r}")
            if ("%n" in key[1]) != ("%n" in text):
                bad.append(f"[{key[0]}] %n differs: {key[1]!r}")
        if msg.numerus and len(msg.forms) != 2:
            bad.append(f"[{key[0]}] Dutch has two plural forms: {key[1]!r}")
    assert not bad, "\n".join(bad)


def test_released_qm_matches_the_ts(extracted, ts):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(tool.QM_FILE)), "build it with tools/i18n.py release"
    stale = []
    for key in sorted(extracted):
        msg = ts.get(key)
        if msg is None or not msg.translated or msg.kind:
            continue
        comment = msg.comment or None
        if msg.numerus:
            got = [translator.translate(key[0], key[1], comment, n) for n in (1, 5)]
            want = [f.replace("%n", str(n)) for f, n in zip(msg.forms, (1, 5), strict=True)]
            # QTranslator returns the form with %n still in it; compare both ways
            if got != msg.forms and got != want:
                stale.append(f"[{key[0]}] {key[1]!r}")
        elif translator.translate(key[0], key[1], comment) != msg.translation:
            stale.append(f"[{key[0]}] {key[1]!r}")
    assert not stale, "the .qm is out of date; run tools/i18n.py release:\n" + "\n".join(stale[:20])
