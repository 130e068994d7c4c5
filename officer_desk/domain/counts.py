"""The counts a quarterly report is built from: frozen grids of integers keyed by codebook
codes, made by ``store/aggregate.py`` and read by ``reports/``. No ids, names or dates finer
than the period. No Qt, no SQL, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# Report-specific categories (not vocabularies of the records; labelled in reports/labels.py).
FOLLOW_UP_OUTCOMES: tuple[str, ...] = ("on_time", "late", "overdue", "missed", "not_yet_due")
STUDENTS = ("students",)
OUTREACH_MEASURES: tuple[str, ...] = ("activities", "participants")


@dataclass(frozen=True, slots=True)
class Tally:
    """A rows × cols grid of counts keyed by codes (interior cells only, no margins)."""

    rows: tuple[str, ...]
    cols: tuple[str, ...]
    cells: tuple[tuple[int, ...], ...]

    def get(self, row: str, col: str) -> int:
        return self.cells[self.rows.index(row)][self.cols.index(col)]

    @property
    def total(self) -> int:
        return sum(sum(r) for r in self.cells)

    @classmethod
    def from_mapping(
        cls, rows: tuple[str, ...], cols: tuple[str, ...], counts: Mapping[tuple[str, str], int]
    ) -> Tally:
        return cls(rows, cols, tuple(tuple(int(counts.get((r, c), 0)) for c in cols) for r in rows))


@dataclass(frozen=True, slots=True)
class QuarterCounts:
    """Everything a quarterly report may show, as distinct-student counts keyed by codes."""

    period: str
    generated_in: str  # the quarter in which the counts were taken (no exact date)
    codebook_version: str
    students_seen: Tally  # phase × student_group
    consultations: int  # margin-only figure (consultations are not people)
    students_case_opened: int
    students_case_closed: int
    initiator: Tally  # initiator × ("students",)
    urgency: Tally  # urgency × ("students",)
    topics: Tally  # topic × phase, multi-response
    students_with_topic: int
    referrals: Tally  # destination × referral_status, multi-response
    students_referred: int
    follow_ups: Tally  # FOLLOW_UP_OUTCOMES × ("students",)
    follow_up_median_days: int | None
    follow_up_median_students: int
    outreach: Tally  # outreach_type × OUTREACH_MEASURES (not students)


__all__ = ["FOLLOW_UP_OUTCOMES", "OUTREACH_MEASURES", "STUDENTS", "QuarterCounts", "Tally"]
