"""Consultation note templates: built-in ones in English and Dutch, editable by the officer.

The officer's own versions are kept per language in the vault's ``setting`` table (key
``note_templates``, JSON ``{"en": [{"name": ..., "body": ...}, ...], "nl": [...]}``); a
language without saved templates uses the built-ins. The consultation dialog calls
:func:`templates_for` and inserts a template's body into the note.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass

from officer_desk.domain import validation as v
from officer_desk.domain.texts import LANGUAGES, NOTE_TEMPLATES, language, pick
from officer_desk.errors import NotFound, ValidationError, tr_noop
from officer_desk.services.desk import Desk

SETTING_KEY = "note_templates"
LANGS = LANGUAGES
MAX_TEMPLATES = 50
MAX_NAME_CHARS = 80
MAX_BODY_CHARS = 5000


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    body: str


#: The built-in templates per language (their texts: domain/texts.py).
BUILT_IN: dict[str, tuple[Template, ...]] = {
    lang: tuple(Template(pick(name, lang), pick(body, lang)) for name, body in NOTE_TEMPLATES)
    for lang in LANGS
}


def _lang(lang: str) -> str:
    return language(lang)


class NoteTemplates:
    """List, get, save and reset the officer's note templates per language."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def _saved(self) -> dict[str, list[dict[str, str]]]:
        text = self.desk.setting(SETTING_KEY)
        if not text:
            return {}
        try:
            data = json.loads(text)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def is_customised(self, lang: str) -> bool:
        return _lang(lang) in self._saved()

    def list(self, lang: str) -> list[Template]:
        lang = _lang(lang)
        saved = self._saved().get(lang)
        if isinstance(saved, list):
            out = [
                Template(str(t.get("name", "")), str(t.get("body", "")))
                for t in saved
                if isinstance(t, dict)
            ]
            return [t for t in out if t.name]
        return list(BUILT_IN[lang])

    def get(self, lang: str, name: str) -> Template:
        for t in self.list(lang):
            if t.name == name:
                return t
        raise NotFound()

    def save(self, lang: str, templates: builtins.list[Template]) -> builtins.list[Template]:
        """Replace the templates of one language (validated; nothing saved on bad input)."""
        lang = _lang(lang)
        if len(templates) > MAX_TEMPLATES:
            raise ValidationError(
                tr_noop("At most {limit} templates."), field="templates", limit=MAX_TEMPLATES
            )
        clean: builtins.list[Template] = []
        seen: set[str] = set()
        for t in templates:
            name = v.require_text(t.name, "template_name", MAX_NAME_CHARS)
            body = v.limit_text(t.body, "template_body", MAX_BODY_CHARS)
            if name.casefold() in seen:
                raise ValidationError(
                    tr_noop("Two templates have the same name."), field="template_name"
                )
            seen.add(name.casefold())
            clean.append(Template(name, body))
        data = self._saved()
        data[lang] = [{"name": t.name, "body": t.body} for t in clean]
        self.desk.set_settings(**{SETTING_KEY: json.dumps(data, ensure_ascii=False)})
        return clean

    def reset(self, lang: str | None = None) -> None:
        """Back to the built-in templates (one language, or all)."""
        data = self._saved()
        if lang is None:
            data = {}
        else:
            data.pop(_lang(lang), None)
        self.desk.set_settings(**{SETTING_KEY: json.dumps(data) if data else ""})


def templates_for(desk: Desk, lang: str) -> list[Template]:
    """The templates the consultation dialog offers in ``lang``."""
    return NoteTemplates(desk).list(lang)
