"""Column mapping and value mapping for imports.

A :class:`Mapping` says which file column feeds which import field, and how free-text values
in category columns translate to codebook codes. It is guessed from the headers (Dutch and
English) and can be saved to / loaded from JSON:

.. code-block:: json

    {
      "version": 1,
      "columns": {"Naam": "name", "Studentnummer": "student_number", "Oud veld": ""},
      "values": {"topic": {"studieplanning": "study_stress"},
                 "channel": {"teams": "video"}}
    }

An empty field name (or a column missing from ``columns``) means the column is ignored.
Value keys compare case-insensitively with spaces collapsed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from officer_desk.domain import codebook
from officer_desk.errors import ValidationError, tr_noop
from officer_desk.io.readers import read_input_file

MAPPING_VERSION = 1
MAX_MAPPING_BYTES = 1024 * 1024

# Import fields: key -> (English label, vocabulary or "").
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", ""),
    "student_number": ("Student number", ""),
    "email": ("E-mail", ""),
    "programme": ("Programme", ""),
    "faculty": ("Faculty", "faculty"),
    "phase": ("Study phase", "phase"),
    "student_group": ("Student group", "student_group"),
    "date": ("Consultation date", ""),
    "time": ("Consultation time", ""),
    "duration": ("Duration (minutes)", ""),
    "channel": ("Channel", "channel"),
    "initiator": ("Initiated by", "initiator"),
    "topic": ("Topics", "topic"),
    "urgency": ("Urgency", "urgency"),
    "dossier_note": ("Dossier note", ""),
    "private_note": ("Private working note", ""),
    "destination": ("Referred to", "destination"),
    "referral_status": ("Referral status", "referral_status"),
    "follow_up_date": ("Follow-up date", ""),
    "follow_up_time": ("Follow-up time", ""),
    "follow_up_kind": ("Follow-up kind", "follow_up_kind"),
    "follow_up_status": ("Follow-up status", "follow_up_status"),
    "follow_up_note": ("Follow-up note", ""),
    "follow_up_done_on": ("Follow-up done on", ""),
}
# Fields that hold personal data: their cell values never appear in a report.
PERSONAL_FIELDS = frozenset(
    {
        "name",
        "student_number",
        "email",
        "programme",
        "dossier_note",
        "private_note",
        "follow_up_note",
    }
)
# Fields that may hold several codes in one cell ("stress; geld").
MULTI_VALUE_FIELDS = frozenset({"topic", "destination"})
VALUE_FIELDS = tuple(f for f, (_, vocab) in FIELDS.items() if vocab)

IGNORE = ""

_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "naam",
        "name",
        "student",
        "studentnaam",
        "student name",
        "volledige naam",
        "full name",
        "display name",
        "weergavenaam",
        "naam student",
    ),
    "student_number": (
        "studentnummer",
        "student number",
        "studentnr",
        "student nr",
        "snummer",
        "s nummer",
        "student id",
        "studentid",
        "nummer",
        "number",
    ),
    "email": (
        "e mail",
        "email",
        "e mailadres",
        "emailadres",
        "mail",
        "email address",
        "e mail address",
        "mailadres",
    ),
    "programme": (
        "opleiding",
        "programme",
        "program",
        "studie",
        "study programme",
        "study program",
    ),
    "faculty": ("faculteit", "faculty"),
    "phase": ("fase", "studiefase", "phase", "study phase", "studiejaar", "year"),
    "student_group": ("student group", "studentgroep", "groep", "herkomst"),
    "date": (
        "datum",
        "date",
        "gespreksdatum",
        "consultation date",
        "datum gesprek",
        "contactdatum",
        "date of contact",
        "datum contact",
        "gesprek",
        "consultation",
    ),
    "time": ("tijd", "time", "tijdstip", "aanvang", "consultation time", "tijd gesprek"),
    "duration": (
        "duur",
        "duration",
        "minuten",
        "duur min",
        "duration min",
        "duration minutes",
        "duur minuten",
    ),
    "channel": ("kanaal", "channel", "contactvorm", "wijze van contact", "contact type"),
    "initiator": ("initiatief", "initiated by", "initiator", "aangemeld door"),
    "topic": (
        "onderwerp",
        "onderwerpen",
        "topic",
        "topics",
        "thema",
        "themas",
        "reden",
        "reason",
        "hulpvraag",
    ),
    "urgency": ("urgentie", "urgency", "ernst"),
    "dossier_note": ("dossiernotitie", "dossier note", "dossier"),
    "private_note": (
        "notitie",
        "notities",
        "note",
        "notes",
        "opmerking",
        "opmerkingen",
        "aantekening",
        "aantekeningen",
        "werknotitie",
        "private note",
        "private working note",
        "persoonlijke werknotitie",
        "remarks",
        "comments",
        "verslag",
    ),
    "destination": (
        "doorverwezen naar",
        "verwezen naar",
        "referred to",
        "referral",
        "doorverwijzing",
        "verwijzing",
        "doorverwezen",
    ),
    "referral_status": ("status verwijzing", "referral status", "status doorverwijzing"),
    "follow_up_date": (
        "vervolgafspraak",
        "follow up",
        "followup",
        "vervolg",
        "follow up date",
        "datum vervolgafspraak",
        "vervolgdatum",
        "due date",
        "vervaldatum",
    ),
    "follow_up_time": ("tijd vervolgafspraak", "follow up time"),
    "follow_up_kind": ("soort vervolgafspraak", "follow up kind", "soort vervolg"),
    "follow_up_status": ("status vervolgafspraak", "follow up status"),
    "follow_up_note": ("notitie vervolgafspraak", "follow up note", "notitie vervolg"),
    "follow_up_done_on": ("follow up done on", "vervolgafspraak gedaan op", "gedaan op", "done on"),
}
# Columns of our own exports that must not be imported as something else.
_IGNORED_HEADERS = frozenset(
    {
        "open cases",
        "open dossiers",
        "last contact",
        "laatste contact",
        "next follow up",
        "volgende vervolgafspraak",
        "reference",
        "kenmerk",
        "referral date",
        "datum verwijzing",
        "status changed on",
        "status gewijzigd op",
        "outcome",
        "uitkomst",
    }
)


def norm(text: str) -> str:
    """Case-, accent- and punctuation-folded text for comparing headers and values."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


_HEADER_INDEX = {norm(h): f for f, names in _HEADERS.items() for h in names}


# Common free-text values seen in hand-kept logs (folded keys) -> codes.
SYNONYMS: dict[str, dict[str, str]] = {
    "topic": {
        "stress": "study_stress",
        "studiestress": "study_stress",
        "deadlines": "study_stress",
        "deadline stress": "study_stress",
        "tentamenstress": "study_stress",
        "exam stress": "study_stress",
        "studievertraging": "study_stress",
        "studiekeuze": "uncertainty",
        "twijfel": "uncertainty",
        "study choice": "uncertainty",
        "onzekerheid": "uncertainty",
        "wonen": "housing",
        "huisvesting": "housing",
        "kamer": "housing",
        "geld": "finances",
        "financien": "finances",
        "financieel": "finances",
        "money": "finances",
        "finance": "finances",
        "schulden": "finances",
        "eenzaam": "loneliness",
        "eenzaamheid": "loneliness",
        "psychisch": "mental_health",
        "mentaal": "mental_health",
        "somberheid": "mental_health",
        "angst": "mental_health",
        "depressie": "mental_health",
        "gezondheid": "physical_health",
        "ziekte": "physical_health",
        "health": "physical_health",
        "familie": "family",
        "relatie": "family",
        "relaties": "family",
        "thuissituatie": "family",
        "discriminatie": "discrimination",
        "uitsluiting": "discrimination",
        "suicide": "suicidality",
        "suicidaal": "suicidality",
        "zelfmoordgedachten": "suicidality",
        "sgg": "sexual_violence",
        "grensoverschrijdend gedrag": "sexual_violence",
        "mantelzorg": "family_addiction",
        "mantelzorger": "family_addiction",
        "young carer": "family_addiction",
        "overig": "other",
        "anders": "other",
        "overige": "other",
    },
    "channel": {
        "face to face": "in_person",
        "f2f": "in_person",
        "live": "in_person",
        "op locatie": "in_person",
        "fysiek": "in_person",
        "spreekuur": "in_person",
        "balie": "in_person",
        "teams": "video",
        "zoom": "video",
        "online": "video",
        "beeldbellen": "video",
        "video": "video",
        "telefonisch": "phone",
        "tel": "phone",
        "bellen": "phone",
        "telefoon": "phone",
        "mail": "email",
        "e mail": "email",
        "whatsapp": "chat",
    },
    "destination": {
        "psycholoog": "student_psychologist",
        "studentenpsycholoog": "student_psychologist",
        "psychologist": "student_psychologist",
        "studieadviseur": "study_adviser",
        "decaan": "student_counsellor",
        "studentendecaan": "student_counsellor",
        "huisarts": "gp",
        "gp": "gp",
        "ggz": "mental_health_care",
        "113": "crisis_line",
        "113 zelfmoordpreventie": "crisis_line",
        "buddy": "buddy_programme",
        "e health": "ehealth",
        "lotgenoten": "support_group",
        "training": "workshop",
    },
    "phase": {
        "b1": "bachelor_first",
        "ba1": "bachelor_first",
        "bachelor 1": "bachelor_first",
        "propedeuse": "bachelor_first",
        "eerstejaars": "bachelor_first",
        "b2": "bachelor_later",
        "b3": "bachelor_later",
        "ba2": "bachelor_later",
        "ba3": "bachelor_later",
        "bachelor 2": "bachelor_later",
        "bachelor 3": "bachelor_later",
        "bachelor": "bachelor_later",
        "ma": "master",
        "m1": "master",
        "m2": "master",
        "promovendus": "phd",
        "phd": "phd",
    },
    "student_group": {
        "nl": "domestic",
        "nederland": "domestic",
        "dutch": "domestic",
        "eu": "eea",
        "eer": "eea",
        "international": "non_eea",
        "internationaal": "non_eea",
    },
    "urgency": {"laag": "low", "middel": "moderate", "hoog": "high", "acuut": "crisis"},
    "follow_up_kind": {
        "afspraak": "meeting",
        "bellen": "call",
        "telefoon": "call",
        "mail": "message",
        "e mail": "message",
    },
}
# Cell values that mean "nothing" in an optional column.
EMPTY_VALUES = frozenset({"", "nee", "no", "geen", "none", "n v t", "nvt", "n a", "na"})
_SPLIT = re.compile(r"\s*[;,/|+]\s*|\s*\n\s*")


@dataclass(slots=True)
class Mapping:
    """Which column feeds which field, and user value maps per vocabulary."""

    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)

    def field_of(self, header: str) -> str:
        return self.columns.get(header, IGNORE)

    def index(self, headers: list[str]) -> dict[str, int]:
        """Field -> column index (first column wins when two map to one field)."""
        out: dict[str, int] = {}
        for i, h in enumerate(headers):
            f = self.columns.get(h, IGNORE)
            if f and f not in out:
                out[f] = i
        return out

    def duplicate_fields(self) -> list[str]:
        seen: dict[str, int] = {}
        for f in self.columns.values():
            if f:
                seen[f] = seen.get(f, 0) + 1
        return [f for f, n in seen.items() if n > 1]

    def set_value(self, vocabulary: str, text: str, code: str) -> None:
        self.values.setdefault(vocabulary, {})[norm(text)] = code

    def to_json(self) -> str:
        return json.dumps(
            {"version": MAPPING_VERSION, "columns": self.columns, "values": self.values},
            ensure_ascii=False,
            indent=2,
            sort_keys=True,
        )

    @classmethod
    def from_file(cls, path: Path) -> Mapping:
        """Load a saved mapping: an ordinary file of at most 1 MiB (``InputRefused``
        otherwise, ``OSError`` when it cannot be read)."""
        data = read_input_file(Path(path), MAX_MAPPING_BYTES)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise ValidationError(
                tr_noop("The mapping file is not valid JSON."), field="mapping"
            ) from None
        return cls.from_json(text)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            raise ValidationError(
                tr_noop("The mapping file is not valid JSON."), field="mapping"
            ) from None
        if not isinstance(data, dict) or data.get("version", MAPPING_VERSION) != MAPPING_VERSION:
            raise ValidationError(
                tr_noop("The mapping file has an unknown format."), field="mapping"
            )
        columns = data.get("columns", {})
        values = data.get("values", {})
        if not isinstance(columns, dict) or not isinstance(values, dict):
            raise ValidationError(
                tr_noop("The mapping file has an unknown format."), field="mapping"
            )
        mapping = cls()
        for header, f in columns.items():
            f = f or IGNORE
            if not isinstance(header, str) or not isinstance(f, str) or (f and f not in FIELDS):
                raise ValidationError(
                    tr_noop("The mapping file names an unknown field."), field="mapping"
                )
            mapping.columns[header] = f
        for vocab, table in values.items():
            if vocab not in codebook.VOCABULARIES or not isinstance(table, dict):
                raise ValidationError(
                    tr_noop("The mapping file names an unknown vocabulary."), field="mapping"
                )
            for text, code in table.items():
                if not isinstance(text, str) or not isinstance(code, str):
                    raise ValidationError(
                        tr_noop("The mapping file has an unknown format."), field="mapping"
                    )
                if code and not codebook.is_valid(vocab, code):
                    raise ValidationError(
                        tr_noop("The mapping file maps a value to an unknown code."),
                        field="mapping",
                    )
                mapping.set_value(vocab, text, code)
        return mapping

    def merged_with(self, other: Mapping) -> Mapping:
        """``other`` overrides this mapping (e.g. a saved mapping over the guess)."""
        out = Mapping(dict(self.columns), {k: dict(v) for k, v in self.values.items()})
        out.columns.update(other.columns)
        for vocab, table in other.values.items():
            out.values.setdefault(vocab, {}).update(table)
        return out


def guess_field(header: str) -> str:
    key = norm(header)
    if key in _IGNORED_HEADERS:
        return IGNORE
    if key in _HEADER_INDEX:
        return _HEADER_INDEX[key]
    # "Datum (dd-mm-jjjj)", "Onderwerp gesprek": try the leading words.
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:n])
        if prefix in _IGNORED_HEADERS:
            return IGNORE
        if prefix in _HEADER_INDEX:
            return _HEADER_INDEX[prefix]
    return IGNORE


def header_score(cells: list[str]) -> int:
    """How many cells look like known headers (used to find the header row)."""
    return sum(1 for c in cells if c and guess_field(c))


def guess_mapping(headers: list[str]) -> Mapping:
    mapping = Mapping()
    used: set[str] = set()
    guesses = [guess_field(h) for h in headers]
    has_date = "date" in guesses
    has_follow_up = "follow_up_date" in guesses
    for header, f in zip(headers, guesses, strict=True):
        if norm(header) == "status":
            f = "follow_up_status" if has_follow_up else "referral_status"
        if not has_date and has_follow_up:
            # A follow-up list: its time, kind and note belong to the follow-up.
            f = {"time": "follow_up_time", "private_note": "follow_up_note"}.get(f, f)
        if norm(header) in ("kind", "soort"):
            f = "follow_up_kind"
        if f in used:
            f = IGNORE
        if f:
            used.add(f)
        mapping.columns[header] = f
    return mapping


def map_value(vocabulary: str, text: str, user: dict[str, str] | None = None) -> str | None:
    """A code for one free-text value: the user's map, then the codebook, then synonyms."""
    key = norm(text)
    if user and key in user:
        return user[key] or None
    found = codebook.find(vocabulary, text)
    if found:
        return found
    for c in codebook.VOCABULARIES[vocabulary]:
        if key in (norm(c.code), norm(c.en), norm(c.nl)):
            return c.code
    return SYNONYMS.get(vocabulary, {}).get(key)


def split_values(field_name: str, text: str) -> list[str]:
    """The separate values of one cell (several topics or destinations in one cell)."""
    text = text.strip()
    if not text:
        return []
    if field_name not in MULTI_VALUE_FIELDS:
        return [text]
    return [part for part in _SPLIT.split(text) if part.strip()]


def map_cell(field_name: str, text: str, mapping: Mapping) -> tuple[list[str], list[str]]:
    """(codes, unmapped parts) of a category cell."""
    vocab = FIELDS[field_name][1]
    user = mapping.values.get(vocab)
    whole = map_value(vocab, text, user)
    if whole:
        return [whole], []
    codes: list[str] = []
    unknown: list[str] = []
    for part in split_values(field_name, text):
        code = map_value(vocab, part, user)
        if code:
            codes.append(code)
        else:
            unknown.append(part)
    return codes, unknown


def unmapped_values(
    headers: list[str], rows: list[Any], mapping: Mapping
) -> dict[str, dict[str, int]]:
    """Per vocabulary: the distinct values that do not map to a code, with their counts.
    Only category columns are scanned (never personal fields)."""
    out: dict[str, dict[str, int]] = {}
    for f, col in mapping.index(headers).items():
        vocab = FIELDS[f][1]
        if not vocab:
            continue
        for row in rows:
            text = row.cells[col] if col < len(row.cells) else ""
            if norm(text) in EMPTY_VALUES:
                continue
            _, unknown = map_cell(f, text, mapping)
            for part in unknown:
                bucket = out.setdefault(vocab, {})
                bucket[part] = bucket.get(part, 0) + 1
    return out
