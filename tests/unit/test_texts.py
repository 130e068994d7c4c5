"""What the app says in two languages outside Qt (domain/texts.py): every text in both
languages with the same placeholders, the languages listed once, one way to fill in an
error template."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

import officer_desk
from officer_desk.domain import texts
from officer_desk.errors import NotFound, ValidationError, render_template

PKG = Path(officer_desk.__file__).parent


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("table", sorted(texts.TABLES))
def test_every_text_is_there_in_both_languages_with_the_same_placeholders(table):
    rows = texts.TABLES[table]
    assert rows, table
    for key, pair in rows.items():
        assert len(pair) == len(texts.LANGUAGES), (table, key)
        assert all(isinstance(t, str) and t.strip() for t in pair), (table, key)
        en, *others = pair
        for other in others:
            assert _placeholders(other) == _placeholders(en), (table, key)


def test_pick_and_say_fall_back_to_the_default_language():
    pair = ("Follow-up", "Vervolgafspraak")
    assert texts.pick(pair, "nl") == "Vervolgafspraak"
    assert texts.pick(pair, "fr") == texts.pick(pair, None) == "Follow-up"
    assert texts.say(texts.REPORT, "days", "nl", n=3) == "3 dagen"


def test_the_languages_are_listed_once():
    """No module spells out ("en", "nl") itself: they take ``texts.LANGUAGES``."""
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG).as_posix()
        if rel == "domain/texts.py":
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Tuple | ast.List | ast.Set):
                values = [
                    e.value
                    for e in node.elts
                    if isinstance(e, ast.Constant) and isinstance(e.value, str)
                ]
                if sorted(values) == ["en", "nl"]:
                    bad.append(f"{rel}:{node.lineno}")
    assert not bad, bad


def test_an_error_template_is_translated_then_filled():
    err = ValidationError("At most {limit} templates.", field="templates", limit=50)
    dutch = {"At most {limit} templates.": "Hoogstens {limit} sjablonen."}

    def translate(context: str, text: str) -> str:
        assert context == "Errors"
        return dutch.get(text, text)

    assert render_template(err.template, err.params, translate) == "Hoogstens 50 sjablonen."
    assert render_template(err.template, err.params) == "At most 50 templates."
    assert err.message == "At most 50 templates."


def test_a_translation_with_wrong_placeholders_is_shown_unfilled():
    def broken(_context: str, _text: str) -> str:
        return "Niet gevonden: {wat}"

    assert render_template(NotFound.template, {}, broken) == "Niet gevonden: {wat}"
