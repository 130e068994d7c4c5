"""Plain records (docs/ARCHITECTURE.md, Layers). No Qt, no SQL, no I/O.

Dates are ``datetime.date``; moments are naive local ``datetime.datetime`` at minute
precision (the officer's own clock), stored as ISO text by the store.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class Student:
    id: int | None
    display_name: str
    student_number: str = ""
    email: str = ""
    programme: str = ""
    faculty: str = ""
    phase: str = "bachelor_first"
    student_group: str = "domestic"
    legal_hold: bool = False
    created_at: dt.datetime | None = None


@dataclass(slots=True)
class Case:
    id: int | None
    student_id: int
    opened_on: dt.date
    primary_concern: str
    status: str = "open"
    closed_on: dt.date | None = None
    close_reason: str = ""


@dataclass(slots=True)
class ReferralDraft:
    """A referral as entered with a consultation."""

    destination: str
    status: str = "made"
    outcome: str = ""


@dataclass(slots=True)
class FollowUpDraft:
    """A follow-up as entered with a consultation."""

    due_date: dt.date
    kind: str = "meeting"
    due_time: dt.time | None = None
    note: str = ""


@dataclass(slots=True)
class ConsultationDraft:
    """Everything the officer enters when logging one consultation."""

    student_id: int
    started_at: dt.datetime
    duration_min: int = 30
    channel: str = "in_person"
    initiator: str = "student"
    topics: list[str] = field(default_factory=list)
    primary_topic: str = ""
    urgency: str = "low"
    dossier_note: str = ""
    private_note: str = ""
    case_id: int | None = None  # None: use the open case, or open a new one
    referrals: list[ReferralDraft] = field(default_factory=list)
    follow_up: FollowUpDraft | None = None


@dataclass(slots=True)
class Consultation:
    id: int
    student_id: int
    case_id: int
    started_at: dt.datetime
    duration_min: int
    channel: str
    initiator: str
    urgency: str
    primary_topic: str
    topics: list[str]
    finalised_at: dt.datetime | None = None


@dataclass(slots=True)
class Note:
    id: int
    consultation_id: int
    layer: str  # "dossier" | "private"
    kind: str  # "note" | "addendum"
    body: str
    created_at: dt.datetime


@dataclass(slots=True)
class Referral:
    id: int
    student_id: int
    case_id: int
    consultation_id: int | None
    destination: str
    status: str
    proposed_on: dt.date
    status_changed_on: dt.date
    outcome: str = ""


@dataclass(slots=True)
class FollowUp:
    id: int
    student_id: int
    case_id: int | None
    consultation_id: int | None
    due_date: dt.date
    kind: str
    status: str
    due_time: dt.time | None = None
    note: str = ""
    done_on: dt.date | None = None

    def is_overdue(self, today: dt.date) -> bool:
        return self.status == "open" and self.due_date < today


@dataclass(slots=True)
class OutreachActivity:
    id: int | None
    activity_type: str
    held_on: dt.date
    participants: int
    description: str = ""


#: What an access-log entry can record (the entry holds ids and these names only).
ACCESS_LOG_ACTIONS: tuple[str, ...] = (
    "vault_created",
    "unlocked",
    "viewed",
    "created",
    "updated",
    "exported",
    "reported",
    "released",
    "erased",
    "purged",
    "imported",
    "backup",
    "restored",
    "passphrase_changed",
    "merged",
    "moved",
)


@dataclass(slots=True)
class AccessLogEntry:
    id: int
    at: dt.datetime
    action: str
    record_type: str
    record_id: int | None
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class StudentRow:
    """One line of the student list (no note text)."""

    id: int
    display_name: str
    student_number: str
    faculty: str
    phase: str
    open_cases: int
    last_contact: dt.date | None
    next_follow_up: dt.date | None
    snippet: str = ""


@dataclass(frozen=True, slots=True)
class SearchHit:
    note_id: int
    consultation_id: int
    student_id: int
    display_name: str
    started_at: dt.datetime
    layer: str
    snippet: str


@dataclass(frozen=True, slots=True)
class NoteSearch:
    """Note matches, newest consultation first. ``complete`` is False when the search looked
    only at the most recently written matches (a very common word): then the rows are in
    date order but need not be the newest of all."""

    hits: list[SearchHit]
    complete: bool
