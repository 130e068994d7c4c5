"""Input rules shared by services, import and UI. Messages never echo the value."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from officer_desk.domain import codebook
from officer_desk.errors import ValidationError, tr_noop

MAX_NOTE_CHARS = 20_000
MAX_NAME_CHARS = 200
MAX_SHORT_CHARS = 500
MAX_DURATION_MIN = 8 * 60

# Dutch university student numbers: 6-8 digits, optionally prefixed with s/u/p.
_STUDENT_NUMBER = re.compile(r"^[supSUP]?\d{6,8}$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")


def clean_text(text: str) -> str:
    """NFC-normalise and strip; drop control characters except newline and tab."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    return text.strip()


def require_text(text: str, field: str, max_chars: int = MAX_SHORT_CHARS) -> str:
    text = clean_text(text)
    if not text:
        raise ValidationError(tr_noop("This field is required."), field=field)
    return limit_text(text, field, max_chars)


def limit_text(text: str, field: str, max_chars: int = MAX_SHORT_CHARS) -> str:
    text = clean_text(text)
    if len(text) > max_chars:
        raise ValidationError(
            tr_noop("This text is too long (at most {limit} characters)."),
            field=field,
            limit=max_chars,
        )
    return text


def note_text(text: str, field: str) -> str:
    return limit_text(text, field, MAX_NOTE_CHARS)


def student_number(text: str) -> str:
    text = clean_text(text).replace(" ", "")
    if not text:
        return ""
    if not _STUDENT_NUMBER.match(text):
        raise ValidationError(
            tr_noop("A student number has 6 to 8 digits, optionally after s, u or p."),
            field="student_number",
        )
    return text.lower()


def email(text: str) -> str:
    text = clean_text(text)
    if not text:
        return ""
    if not _EMAIL.match(text) or len(text) > 254:
        raise ValidationError(tr_noop("This is not a valid e-mail address."), field="email")
    return text.lower()


def code(vocabulary: str, value: str, field: str | None = None) -> str:
    if not codebook.is_valid(vocabulary, value):
        raise ValidationError(
            tr_noop("Unknown value for {what}: choose one of the listed values."),
            field=field or vocabulary,
            what=field or vocabulary,
        )
    return value


def duration(minutes: int) -> int:
    if not isinstance(minutes, int) or minutes < 0 or minutes > MAX_DURATION_MIN:
        raise ValidationError(
            tr_noop("The duration must be between 0 and {limit} minutes."),
            field="duration_min",
            limit=MAX_DURATION_MIN,
        )
    return minutes


def plausible_date(day: dt.date, field: str) -> dt.date:
    if not isinstance(day, dt.date) or not (dt.date(2000, 1, 1) <= day <= dt.date(2100, 12, 31)):
        raise ValidationError(tr_noop("This date is not valid."), field=field)
    return day


def parse_date(text: str, field: str = "date") -> dt.date:
    """Parse ISO (2026-03-01) and Dutch (1-3-2026, 01/03/2026, 1.3.26) dates."""
    text = clean_text(text)
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", text)
    try:
        if m:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        else:
            m = re.match(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$", text)
            if not m:
                raise ValueError
            year = int(m.group(3))
            if year < 100:
                year += 2000
            day = dt.date(year, int(m.group(2)), int(m.group(1)))
    except ValueError:
        raise ValidationError(tr_noop("This date is not valid."), field=field) from None
    return plausible_date(day, field)


def name_key(name: str) -> str:
    """Accent- and case-folded name for duplicate detection and search."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())
