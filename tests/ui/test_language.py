"""The words on every screen, in English and Dutch.

* Complete Dutch: the same screens are built on one demo vault in English and in Dutch, every
  visible string is read (labels, buttons, headers, menu items, tooltips, placeholders, table
  headers and cells, window titles), and a Dutch string that equals its English counterpart
  fails — unless it is a name, a code, a number, or a word that is truly the same in both
  languages (the allow-list below, each entry checked Dutch).
* Plain words: officers are counsellors, not IT staff. An engineer's term (hash chain,
  fingerprint, bundle, codebook, addenda, EEA, internal id, …) may stand in a tooltip, where
  the precise term helps, but not in a label, button, header or menu.
* Quarters are written the way readers expect: "Q3 2026" in English, "K3 2026" in Dutch."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from officer_desk.domain import codebook
from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault
from officer_desk.vault import test_kdf
from tests.ui.visible_text import plain, walk_app

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "officer_desk_nl.ts"

#: Words that are the same in English and Dutch and correct Dutch on these screens.
SAME_IN_BOTH = {
    "Officer Desk",  # the product's name
    "Student",
    "Status",
    "Privacy",
    "OK",
    "E-mail",
    "Master",  # the study phase
    "Ctrl+H",
    "Caps Lock",
    "min",  # minutes, as a spin-box suffix
    "Workshop",  # a referral destination and an outreach type: "de workshop" in Dutch
    "Open",  # a follow-up's or case's status: "open" in Dutch
    "Chat",  # a channel
    "Crisis",  # an urgency
    "Help",  # the menu, as in Dutch Windows, macOS and KDE
    "+1 week",
    "English",  # each language is offered in its own name
    "Nederlands",
}

_CODE = re.compile(r"[A-Z0-9][A-Z0-9 +·.,/()*:_…-]*")  # PDF, CSV, SOC, K3 2026, …
_NO_LETTERS = re.compile(r"[^A-Za-zÀ-ÿ]*")
_FILE_FILTER = re.compile(r"[A-Za-z]+ \(\*\.[a-z]+\)")  # "JSON (*.json)"


def english_sources() -> set[str]:
    """Every English text the app can show: the translation sources and codebook labels."""
    root = ET.parse(TS_FILE).getroot()
    texts = {plain(m.findtext("source") or "") for m in root.iter("message")}
    for vocabulary in codebook.VOCABULARIES.values():
        texts.update(c.en for c in vocabulary)
    return texts


def allowed(text: str, data: set[str]) -> bool:
    text = text.removesuffix(":")
    if _NO_LETTERS.fullmatch(text) or _CODE.fullmatch(text) or _FILE_FILTER.fullmatch(text):
        return True
    if text in SAME_IN_BOTH or text in data:
        return True
    if "/" in text or "\\" in text:  # a path
        return True
    return any(value and value in text for value in data)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "vault"
    create_demo_vault(path, DEMO_PASSPHRASE, students=40, seed=3, kdf=test_kdf())
    return path


def test_every_screen_and_dialog_speaks_dutch(demo_vault, make_window, qtbot):
    english = walk_app("en", demo_vault, make_window, qtbot)
    dutch = walk_app("nl", demo_vault, make_window, qtbot)
    data = set(english.pop("_data").values()) | set(dutch.pop("_data").values())
    known = english_sources()
    assert set(english) == set(dutch)
    untranslated: list[str] = []
    for screen, en_texts in english.items():
        nl_texts = dutch[screen]
        for key, en in en_texts.items():
            nl = nl_texts.get(key)
            if nl is None or nl != en or allowed(en, data):
                continue
            if ":cell" in key and en not in known:
                continue  # a name, a number or a date in a table
            untranslated.append(f"{screen} [{key}]: {en!r}")
    assert not untranslated, "\n".join(untranslated)


def test_the_walk_reads_what_is_on_screen(demo_vault, make_window, qtbot):
    """The walker finds labels, buttons, headers, menus and tooltips (so the test above
    compares something)."""
    dutch = walk_app("nl", demo_vault, make_window, qtbot)
    everything = {text for screen in dutch.values() for text in screen.values()}
    for expected in ("Ontgrendel uw kluis", "Toegangslogboek", "Wachtzin tonen", "Bestand"):
        assert expected in everything, expected
    assert any(key.endswith(":header1") for key in dutch["view access_log"])


#: Engineer's words that may appear only in tooltips (English and Dutch).
JARGON = {
    "en": re.compile(
        r"\bhash|\bchain\b|fingerprint|\bbundles?\b|codebook|addend|(?<!EU/)\bEEA\b|internal id|"
        r"re-protect|SQLCipher|Argon|\bschema\b|\bsign(ed|ing|ature)|\bverify\b|"
        r"\d{4}-Q\d|AQ\d|dry run|\bdatabase\b",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"\bhash|\bketen\b|vingerafdruk|\bbundel|codeboek|(?<!EU/)\bEER\b|intern nummer|"
        r"SQLCipher|Argon|ondertek|\d{4}-Q\d|AQ\d|\bQ\d \d{4}|proefrun|\bdatabase\b",
        re.IGNORECASE,
    ),
}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_screens_speak_plain_words(demo_vault, make_window, qtbot, lang):
    texts = walk_app(lang, demo_vault, make_window, qtbot)
    data = set(texts.pop("_data").values())
    jargon = [
        f"{screen} [{key}]: {text!r}"
        for screen, found in texts.items()
        for key, text in found.items()
        if not key.endswith(":tooltip")
        and ":cell" not in key
        and text not in data
        and JARGON[lang].search(text)
    ]
    assert not jargon, "\n".join(jargon)
