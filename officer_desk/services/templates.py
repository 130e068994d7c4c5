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
from officer_desk.errors import NotFound, ValidationError, tr_noop
from officer_desk.services.desk import Desk

SETTING_KEY = "note_templates"
LANGS = ("en", "nl")
MAX_TEMPLATES = 50
MAX_NAME_CHARS = 80
MAX_BODY_CHARS = 5000


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    body: str


BUILT_IN: dict[str, tuple[Template, ...]] = {
    "en": (
        Template(
            "First intake",
            "Reason for contact:\n\n"
            "Situation (study, housing, finances, social):\n\n"
            "What the student has tried so far:\n\n"
            "Risk check (urgency, safety):\n\n"
            "Agreed next steps:\n\n"
            "Referral(s) discussed:\n\n"
            "Follow-up:\n",
        ),
        Template(
            "Follow-up conversation",
            "Since last contact:\n\n"
            "Progress on agreed steps:\n\n"
            "New concerns:\n\n"
            "Agreed next steps:\n\n"
            "Follow-up:\n",
        ),
        Template(
            "Referral check",
            "Referred to:\n\n"
            "Did the student make contact? (yes / no / waiting)\n\n"
            "Experience so far:\n\n"
            "Is further support from the officer needed?\n\n"
            "Close the referral as:\n",
        ),
    ),
    "nl": (
        Template(
            "Eerste gesprek (intake)",
            "Aanleiding voor het contact:\n\n"
            "Situatie (studie, wonen, financiën, sociaal):\n\n"
            "Wat de student al heeft geprobeerd:\n\n"
            "Inschatting (urgentie, veiligheid):\n\n"
            "Afgesproken vervolgstappen:\n\n"
            "Besproken doorverwijzing(en):\n\n"
            "Vervolgafspraak:\n",
        ),
        Template(
            "Vervolggesprek",
            "Sinds het vorige contact:\n\n"
            "Voortgang afgesproken stappen:\n\n"
            "Nieuwe zorgen:\n\n"
            "Afgesproken vervolgstappen:\n\n"
            "Vervolgafspraak:\n",
        ),
        Template(
            "Controle doorverwijzing",
            "Doorverwezen naar:\n\n"
            "Heeft de student contact opgenomen? (ja / nee / wacht nog)\n\n"
            "Ervaring tot nu toe:\n\n"
            "Is verdere ondersteuning door de functionaris nodig?\n\n"
            "Verwijzing afsluiten als:\n",
        ),
    ),
}


def _lang(lang: str) -> str:
    return lang if lang in LANGS else "en"


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
