"""Reporting periods: calendar quarters (``2026-Q3``) and academic-year quarters
(``2026-27-AQ1`` = Sep–Nov 2026, AQ2 Dec–Feb, AQ3 Mar–May, AQ4 Jun–Aug)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from officer_desk.errors import ValidationError, tr_noop

_CAL = re.compile(r"^(\d{4})-Q([1-4])$")
_ACAD = re.compile(r"^(\d{4})-(\d{2})-AQ([1-4])$")
#: A year-to-date label (``2026-YTD-Q3``, ``2026-27-YTD-AQ2``): the quarters of one year so far.
_YEAR_TO_DATE = re.compile(r"^(\d{4}(?:-\d{2})?)-YTD-(A?Q)([1-4])$")


@dataclass(frozen=True, slots=True)
class Period:
    """A half-open date range [start, end) with its canonical label."""

    label: str
    start: dt.date
    end: dt.date
    kind: str  # "calendar" | "academic"

    @classmethod
    def parse(cls, text: str) -> Period:
        text = text.strip().upper()
        m = _CAL.match(text)
        if m:
            year, q = int(m.group(1)), int(m.group(2))
            start = dt.date(year, 3 * (q - 1) + 1, 1)
            end = dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1)
            return cls(f"{year}-Q{q}", start, end, "calendar")
        m = _ACAD.match(text)
        if m:
            year, yy, q = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if (year + 1) % 100 != yy:
                raise ValidationError(
                    tr_noop("The academic year must be two consecutive years, like 2026-27."),
                    field="period",
                )
            month = 9 + 3 * (q - 1)  # 9, 12, 15, 18
            start = dt.date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
            month_end = month + 3
            end = dt.date(year + (month_end - 1) // 12, (month_end - 1) % 12 + 1, 1)
            return cls(f"{year}-{yy:02d}-AQ{q}", start, end, "academic")
        raise ValidationError(
            tr_noop("Unknown period. Use a quarter like 2026-Q3 or 2026-27-AQ1."), field="period"
        )

    @classmethod
    def containing(cls, day: dt.date, kind: str = "calendar") -> Period:
        if kind == "calendar":
            return cls.parse(f"{day.year}-Q{(day.month - 1) // 3 + 1}")
        year = day.year if day.month >= 9 else day.year - 1
        offset = (day.month - 9) % 12
        return cls.parse(f"{year}-{(year + 1) % 100:02d}-AQ{offset // 3 + 1}")

    def previous(self) -> Period:
        return Period.containing(self.start - dt.timedelta(days=1), self.kind)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day < self.end

    def __str__(self) -> str:
        return self.label


#: The letter of "quarter" on screen: Q(uarter) in English, K(wartaal) in Dutch.
_QUARTER_LETTER = {"en": "Q", "nl": "K"}


def display_label(label: str, lang: str = "en") -> str:
    """A period as officers write it: ``2026-Q3`` is "Q3 2026" in English and "K3 2026" in
    Dutch; ``2026-27-AQ1`` is "Q1 2026-27" / "K1 2026-27"; year to date ``2026-YTD-Q3`` is
    "Q1–Q3 2026" / "K1–K3 2026". Codes in bundles, JSON and file names stay as they are;
    anything that is not a period label is returned unchanged."""
    letter = _QUARTER_LETTER.get(lang, "Q")
    text = label.strip().upper()
    m = _CAL.match(text)
    if m:
        return f"{letter}{m.group(2)} {m.group(1)}"
    m = _ACAD.match(text)
    if m:
        return f"{letter}{m.group(3)} {m.group(1)}-{m.group(2)}"
    m = _YEAR_TO_DATE.match(text)
    if m:
        last = m.group(3)
        quarters = f"{letter}1" if last == "1" else f"{letter}1–{letter}{last}"
        return f"{quarters} {m.group(1)}"
    return label
