"""The use cases of the daily work. Both the Qt app and the CLI call these.

Every write validates first (nothing is written on bad input), runs in one transaction,
records what it did in the access log where it concerns a student's record, and then emits
one change notification so open views refresh.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import Any

from officer_desk.domain import codebook
from officer_desk.domain import validation as v
from officer_desk.domain.models import (
    AccessLogEntry,
    Case,
    Consultation,
    ConsultationDraft,
    FollowUp,
    Note,
    NoteSearch,
    OutreachActivity,
    Referral,
    SearchHit,
    Student,
    StudentRow,
)
from officer_desk.errors import Conflict, NotFound, OfficerDeskError, ValidationError, tr_noop
from officer_desk.store import access_log
from officer_desk.store import records as r
from officer_desk.store import releases as report_releases
from officer_desk.store import search as note_search
from officer_desk.store.db import (
    DB_ERRORS as DB_ERRORS,  # for front ends that must survive a busy database
)
from officer_desk.store.db import Store

log = logging.getLogger(__name__)

# Change kinds carried by notifications.
STUDENTS = "students"
CASES = "cases"
CONSULTATIONS = "consultations"
REFERRALS = "referrals"
FOLLOW_UPS = "follow_ups"
OUTREACH = "outreach"
SETTINGS = "settings"
ACCESS_LOG = "access_log"
DRAFTS = "drafts"


class Clock:
    """Source of 'now' (tests inject a fixed one)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(second=0, microsecond=0)

    def today(self) -> dt.date:
        return self.now().date()


class FixedClock(Clock):
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += dt.timedelta(**delta)


@dataclass(slots=True)
class StudentPage:
    student: Student
    cases: list[Case]
    consultations: list[Consultation]
    referrals: list[Referral]
    follow_ups: list[FollowUp]


@dataclass(slots=True)
class Agenda:
    """What the Today view shows."""

    overdue: list[tuple[FollowUp, str]] = field(default_factory=list)
    today: list[tuple[FollowUp, str]] = field(default_factory=list)
    upcoming: list[tuple[FollowUp, str]] = field(default_factory=list)
    recent: list[tuple[Consultation, str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """An unfinished consultation kept as a draft: whose and when, never what."""

    key: str
    student_id: int | None
    student_name: str | None
    saved_at: dt.datetime | None


DEFAULT_SETTINGS = {
    "officer_name": "",
    "faculty": "",
    "autolock_minutes": "5",
    "language": "",
    "backup_dir": "",
    "backup_keep": "10",
    "retention_years": "7",
    # JSON {"en": [{"name": ..., "body": ...}], "nl": [...]}; "" = the built-in templates
    # (officer_desk.services.templates).
    "note_templates": "",
    # "calendar" (2026-Q3) or "academic" (2026-27-AQ1); "" = calendar, or the kind of the
    # quarters already released. Fixed once a quarter is released (see ``period_kind``).
    "period_kind": "",
}
PERIOD_KINDS = ("calendar", "academic")
# Settings that hold longer text than the 1000-character default.
_SETTING_LIMITS = {"note_templates": 200_000}


class Desk:
    """Facade over the store for the daily work of one officer."""

    def __init__(self, store: Store, *, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or Clock()
        self._listeners: list[Callable[[str], None]] = []
        self._deferred: list[str] | None = None
        #: Set by a writable ``Session``: records the access log's head in the key file
        #: (docs/SECURITY.md, "Anchors"). Called with this desk's store.
        self.anchor_hook: Callable[..., None] | None = None

    def anchor_log(self) -> None:
        """Anchor the access log now (after a backup, release, erasure or purge). A failed
        save is logged and left to the next anchor (at the latest, the lock)."""
        if self.anchor_hook is None:
            return
        try:
            self.anchor_hook(self.store)
        except OfficerDeskError:
            log.warning("the access-log anchor could not be saved")

    # -- notifications -----------------------------------------------------------------------

    def subscribe(self, callback: Callable[[str], None]) -> None:
        self._listeners.append(callback)

    def unsubscribe(self, callback: Callable[[str], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)

    @contextmanager
    def deferred_notifications(self) -> Iterator[None]:
        """Hold change notifications back until the block ends (bulk work such as an import
        in one transaction); each changed kind is then emitted once. Nothing is emitted if
        the block fails (its transaction rolled back)."""
        if self._deferred is not None:
            yield
            return
        self._deferred = []
        try:
            yield
            kinds = list(dict.fromkeys(self._deferred))
        finally:
            self._deferred = None
        self._changed(*kinds)

    def _changed(self, *kinds: str) -> None:
        if self._deferred is not None:
            self._deferred.extend(kinds)
            return
        for kind in kinds:
            for callback in list(self._listeners):
                callback(kind)

    def _log(self, action: str, record_type: str, record_id: int | None, detail: str = "") -> None:
        access_log.append(self.store, action, record_type, record_id, detail, now=self.clock.now())

    def notify(self, *kinds: str) -> None:
        """Tell the subscribers which kinds of record changed (for a write made outside the
        desk's own methods, e.g. by another service)."""
        self._changed(*kinds)

    def log_access(
        self, action: str, record_type: str, record_id: int | None = None, detail: str = ""
    ) -> None:
        """Append an access-log entry inside the caller's open transaction (it commits or
        rolls back with the write it records)."""
        self._log(action, record_type, record_id, detail)

    @contextmanager
    def muted(self) -> Iterator[None]:
        """No change notifications at all inside the block (bulk generation of demo data,
        where no view is open to refresh)."""
        saved, self._listeners = self._listeners, []
        try:
            yield
        finally:
            self._listeners = saved

    # -- settings ----------------------------------------------------------------------------

    def setting(self, key: str) -> str:
        value = r.get_setting(self.store, key)
        return value if value is not None else DEFAULT_SETTINGS.get(key, "")

    def period_kind(self) -> str:
        """The vault's one kind of reporting quarter: the setting, else the kind of the
        quarters already released, else calendar quarters."""
        kind = self.setting("period_kind")
        if kind in PERIOD_KINDS:
            return kind
        stored = report_releases.list_releases(self.store)
        if stored and "AQ" in stored[0].period:
            return "academic"
        return "calendar"

    def period_kind_fixed(self) -> bool:
        """True once a quarter has been released: the kind of quarter can no longer change."""
        return bool(report_releases.list_releases(self.store))

    def set_settings(self, **values: str) -> None:
        for key in values:
            if key not in DEFAULT_SETTINGS:
                raise ValidationError(tr_noop("Unknown setting."), field=key)
        if "faculty" in values and values["faculty"]:
            v.code("faculty", values["faculty"])
        if "autolock_minutes" in values:
            try:
                minutes = int(values["autolock_minutes"])
            except ValueError:
                minutes = -1
            if not 1 <= minutes <= 240:
                raise ValidationError(
                    tr_noop("Auto-lock must be between 1 and 240 minutes."),
                    field="autolock_minutes",
                )
        if "language" in values and values["language"] not in ("", "en", "nl"):
            raise ValidationError(tr_noop("Unknown language."), field="language")
        if "period_kind" in values:
            kind = values["period_kind"]
            if kind not in ("", *PERIOD_KINDS):
                raise ValidationError(tr_noop("Unknown kind of quarter."), field="period_kind")
            if kind and kind != self.period_kind() and self.period_kind_fixed():
                # overlapping kinds of quarter would give single months (docs/DISCLOSURE.md)
                raise Conflict(
                    tr_noop("The kind of quarter cannot change once a quarter has been released.")
                )
        with self.store.transaction():
            for key, value in values.items():
                limit = _SETTING_LIMITS.get(key, 1000)
                r.put_setting(self.store, key, v.limit_text(str(value), key, limit))
        self._changed(SETTINGS)

    # -- students ----------------------------------------------------------------------------

    def _clean_student(self, s: Student) -> Student:
        return replace(
            s,
            display_name=v.require_text(s.display_name, "display_name", v.MAX_NAME_CHARS),
            student_number=v.student_number(s.student_number),
            email=v.email(s.email),
            programme=v.limit_text(s.programme, "programme", v.MAX_NAME_CHARS),
            faculty=v.code("faculty", s.faculty) if s.faculty else "",
            phase=v.code("phase", s.phase),
            student_group=v.code("student_group", s.student_group),
        )

    def find_duplicates(self, s: Student) -> list[Student]:
        """Existing students that are probably the same person: same number, same e-mail,
        or a very similar name."""
        s = self._clean_student(s)
        key = v.name_key(s.display_name)
        out: list[Student] = []
        for other in r.duplicate_candidates(self.store, s.student_number, s.email, key, s.id):
            same_number = bool(s.student_number) and other.student_number == s.student_number
            same_email = bool(s.email) and other.email == s.email
            ratio = difflib.SequenceMatcher(None, key, v.name_key(other.display_name)).ratio()
            if same_number or same_email or ratio >= 0.85:
                out.append(other)
        return out

    def create_student(self, s: Student) -> Student:
        """Create a student. A student number that is already in use is refused; callers show
        :meth:`find_duplicates` first as a warning for the softer matches."""
        s = self._clean_student(s)
        if s.student_number and r.student_number_taken(self.store, s.student_number, None):
            raise ValidationError(
                tr_noop("Another student already has this student number."),
                field="student_number",
            )
        now = self.clock.now()
        with self.store.transaction():
            sid = r.insert_student(self.store, s, v.name_key(s.display_name), now)
            self._log("created", "student", sid)
        self._changed(STUDENTS)
        return replace(s, id=sid, created_at=now)

    def update_student(self, s: Student) -> Student:
        if s.id is None or r.get_student(self.store, s.id) is None:
            raise NotFound()
        s = self._clean_student(s)
        if s.student_number and r.student_number_taken(self.store, s.student_number, s.id):
            raise ValidationError(
                tr_noop("Another student already has this student number."),
                field="student_number",
            )
        with self.store.transaction():
            r.update_student(self.store, s, v.name_key(s.display_name), self.clock.now())
            self._log("updated", "student", s.id)
        self._changed(STUDENTS)
        return s

    def merge_students(self, keep_id: int, merge_id: int) -> None:
        """Move every record of ``merge_id`` to ``keep_id`` and delete the duplicate."""
        if keep_id == merge_id:
            raise ValidationError(tr_noop("Choose two different students."), field="student")
        for sid in (keep_id, merge_id):
            if r.get_student(self.store, sid) is None:
                raise NotFound()
        with self.store.transaction():
            r.move_student_records(self.store, merge_id, keep_id)
            r.refresh_student_summary(self.store, keep_id)
            self._log("updated", "student", keep_id, f"merged:{merge_id}")
        self._changed(STUDENTS, CASES, CONSULTATIONS, REFERRALS, FOLLOW_UPS)

    def student(self, student_id: int) -> Student:
        s = r.get_student(self.store, student_id)
        if s is None:
            raise NotFound()
        return s

    def open_student(self, student_id: int, *, log_view: bool = True) -> StudentPage:
        """Everything on a student's page; records the view in the access log.

        ``log_view=False`` re-reads a page that is already open (after a change
        notification) without logging a second view."""
        s = self.student(student_id)
        if log_view:
            with self.store.transaction():
                self._log("viewed", "student", student_id)
        return StudentPage(
            student=s,
            cases=r.cases_of(self.store, student_id),
            consultations=r.consultations_of(self.store, student_id),
            referrals=r.referrals_of(self.store, student_id),
            follow_ups=r.follow_ups_of(self.store, student_id),
        )

    def list_students(self, **filters: Any) -> list[StudentRow]:
        return r.list_students(self.store, **filters)

    def count_students(self, **filters: Any) -> int:
        return r.count_listed_students(self.store, **filters)

    # -- cases -------------------------------------------------------------------------------

    def open_case(self, student_id: int, primary_concern: str, on: dt.date | None = None) -> Case:
        self.student(student_id)
        v.code("topic", primary_concern, "primary_concern")
        on = v.plausible_date(on or self.clock.today(), "opened_on")
        with self.store.transaction():
            case = Case(None, student_id, on, primary_concern)
            case.id = r.insert_case(self.store, case)
            r.refresh_student_summary(self.store, student_id)
            self._log("created", "case", case.id)
        self._changed(CASES, STUDENTS)
        return case

    def close_case(self, case_id: int, reason: str, on: dt.date | None = None) -> None:
        case = r.get_case(self.store, case_id)
        if case is None:
            raise NotFound()
        if case.status == "closed":
            raise Conflict(tr_noop("This case is already closed."))
        v.code("close_reason", reason, "close_reason")
        on = v.plausible_date(on or self.clock.today(), "closed_on")
        if on < case.opened_on:
            raise ValidationError(
                tr_noop("A case cannot close before it was opened."), field="closed_on"
            )
        with self.store.transaction():
            r.set_case_status(self.store, case_id, "closed", on, reason)
            r.refresh_student_summary(self.store, case.student_id)
            self._log("updated", "case", case_id, "closed")
        self._changed(CASES, STUDENTS)

    def reopen_case(self, case_id: int) -> None:
        case = r.get_case(self.store, case_id)
        if case is None:
            raise NotFound()
        if case.status == "open":
            raise Conflict(tr_noop("This case is already open."))
        with self.store.transaction():
            r.set_case_status(self.store, case_id, "open", None, "")
            r.refresh_student_summary(self.store, case.student_id)
            self._log("updated", "case", case_id, "reopened")
        self._changed(CASES, STUDENTS)

    # -- consultations -----------------------------------------------------------------------

    def _validate_consultation(self, d: ConsultationDraft) -> ConsultationDraft:
        self.student(d.student_id)
        if not isinstance(d.started_at, dt.datetime):
            raise ValidationError(tr_noop("This date is not valid."), field="started_at")
        v.plausible_date(d.started_at.date(), "started_at")
        if d.started_at > self.clock.now() + dt.timedelta(days=1):
            raise ValidationError(
                tr_noop("A consultation cannot be logged in the future."), field="started_at"
            )
        v.duration(d.duration_min)
        v.code("channel", d.channel)
        v.code("initiator", d.initiator)
        v.code("urgency", d.urgency)
        topics = list(dict.fromkeys(d.topics))
        if not topics:
            raise ValidationError(tr_noop("Choose at least one topic."), field="topics")
        for t in topics:
            v.code("topic", t, "topics")
        primary = d.primary_topic or topics[0]
        if primary not in topics:
            raise ValidationError(
                tr_noop("The primary topic must be one of the chosen topics."),
                field="primary_topic",
            )
        for ref in d.referrals:
            v.code("destination", ref.destination, "destination")
            v.code("referral_status", ref.status, "referral_status")
            ref.outcome = v.limit_text(ref.outcome, "outcome")
        fu = d.follow_up
        if fu is not None:
            v.plausible_date(fu.due_date, "due_date")
            v.code("follow_up_kind", fu.kind, "follow_up_kind")
            if fu.due_date < d.started_at.date():
                raise ValidationError(
                    tr_noop("A follow-up cannot be due before its consultation."),
                    field="due_date",
                )
            fu.note = v.limit_text(fu.note, "follow_up_note")
        if d.case_id is not None:
            case = r.get_case(self.store, d.case_id)
            if case is None or case.student_id != d.student_id:
                raise ValidationError(tr_noop("Choose one of this student's cases."), field="case")
        return replace(
            d,
            topics=topics,
            primary_topic=primary,
            dossier_note=v.note_text(d.dossier_note, "dossier_note"),
            private_note=v.note_text(d.private_note, "private_note"),
        )

    def log_consultation(self, draft: ConsultationDraft, *, draft_key: str = "") -> Consultation:
        """Save a consultation with its topics, notes, referrals and optional follow-up in
        one transaction. Uses the student's open case or opens one. Discards ``draft_key``."""
        d = self._validate_consultation(draft)
        now = self.clock.now()
        day = d.started_at.date()
        with self.store.transaction():
            case_id = d.case_id
            if case_id is None:
                case = r.open_case_of(self.store, d.student_id)
                if case is None:
                    case = Case(None, d.student_id, day, d.primary_topic)
                    case.id = r.insert_case(self.store, case)
                    self._log("created", "case", case.id)
                case_id = case.id
            assert case_id is not None
            cid = r.insert_consultation(
                self.store,
                student_id=d.student_id,
                case_id=case_id,
                started_at=d.started_at,
                duration_min=d.duration_min,
                channel=d.channel,
                initiator=d.initiator,
                urgency=d.urgency,
                primary_topic=d.primary_topic,
                topics=d.topics,
                now=now,
            )
            for layer, body in (("dossier", d.dossier_note), ("private", d.private_note)):
                r.insert_note(
                    self.store,
                    consultation_id=cid,
                    student_id=d.student_id,
                    layer=layer,
                    kind="note",
                    body=body,
                    now=now,
                )
            for ref in d.referrals:
                rid = r.insert_referral(
                    self.store,
                    student_id=d.student_id,
                    case_id=case_id,
                    consultation_id=cid,
                    destination=ref.destination,
                    status=ref.status,
                    on=day,
                    outcome=ref.outcome,
                )
                self._log("created", "referral", rid)
            if d.follow_up is not None:
                fid = r.insert_follow_up(
                    self.store,
                    student_id=d.student_id,
                    case_id=case_id,
                    consultation_id=cid,
                    due_date=d.follow_up.due_date,
                    due_time=d.follow_up.due_time,
                    kind=d.follow_up.kind,
                    note=d.follow_up.note,
                    created_on=day,
                )
                self._log("created", "follow_up", fid)
            r.refresh_student_summary(self.store, d.student_id)
            self._log("created", "consultation", cid)
            if draft_key:
                r.delete_draft(self.store, draft_key)
        self._changed(CONSULTATIONS, CASES, REFERRALS, FOLLOW_UPS, STUDENTS)
        if draft_key:
            self._changed(DRAFTS)
        result = r.get_consultation(self.store, cid)
        assert result is not None
        return result

    def consultation(self, consultation_id: int) -> Consultation:
        c = r.get_consultation(self.store, consultation_id)
        if c is None:
            raise NotFound()
        return c

    def notes(self, consultation_id: int) -> list[Note]:
        """The note bodies of one consultation (fetched only when a note is opened)."""
        self.consultation(consultation_id)
        return r.notes_of(self.store, consultation_id)

    def edit_note(self, consultation_id: int, layer: str, body: str) -> None:
        """Change a note that is not finalised yet."""
        c = self.consultation(consultation_id)
        if c.finalised_at is not None:
            raise Conflict(tr_noop("This note is finalised; use Add to the note instead."))
        v.code("note_layer", layer, "layer")
        body = v.note_text(body, f"{layer}_note")
        note = r.main_note(self.store, consultation_id, layer)
        with self.store.transaction():
            if note is None:
                r.insert_note(
                    self.store,
                    consultation_id=consultation_id,
                    student_id=c.student_id,
                    layer=layer,
                    kind="note",
                    body=body,
                    now=self.clock.now(),
                )
            else:
                r.update_note_body(self.store, note.id, body)
            self._log("updated", "consultation", consultation_id, f"note:{layer}")
        self._changed(CONSULTATIONS)

    def finalise(self, consultation_id: int) -> None:
        c = self.consultation(consultation_id)
        if c.finalised_at is not None:
            return
        with self.store.transaction():
            r.set_finalised(self.store, consultation_id, self.clock.now())
            self._log("updated", "consultation", consultation_id, "finalised")
        self._changed(CONSULTATIONS)

    def add_addendum(self, consultation_id: int, layer: str, body: str) -> int:
        c = self.consultation(consultation_id)
        v.code("note_layer", layer, "layer")
        body = v.note_text(body, "addendum")
        if not body:
            raise ValidationError(tr_noop("This field is required."), field="addendum")
        with self.store.transaction():
            nid = r.insert_note(
                self.store,
                consultation_id=consultation_id,
                student_id=c.student_id,
                layer=layer,
                kind="addendum",
                body=body,
                now=self.clock.now(),
            )
            self._log("updated", "consultation", consultation_id, f"addendum:{layer}")
        self._changed(CONSULTATIONS)
        return nid

    def recent_consultations(self, limit: int = 20) -> list[tuple[Consultation, str]]:
        return r.recent_consultations(self.store, limit)

    def search_notes(
        self, text: str, *, limit: int = 50, relevance: bool = False
    ) -> list[SearchHit]:
        return r.search_notes(self.store, text, limit=limit, relevance=relevance)

    def find_notes(self, text: str, *, limit: int = 50) -> NoteSearch:
        """Notes where every word matches the student's name or number or the note's text
        ("amara exam"), newest consultation first (``store/search.py``)."""
        return note_search.find_notes(self.store, text, limit=limit)

    # -- referrals ---------------------------------------------------------------------------

    def add_referral(
        self, student_id: int, destination: str, *, status: str = "proposed", outcome: str = ""
    ) -> Referral:
        self.student(student_id)
        v.code("destination", destination)
        v.code("referral_status", status)
        outcome = v.limit_text(outcome, "outcome")
        with self.store.transaction():
            case = r.open_case_of(self.store, student_id)
            if case is None:
                raise Conflict(tr_noop("Open a case for this student first."))
            rid = r.insert_referral(
                self.store,
                student_id=student_id,
                case_id=case.id,  # type: ignore[arg-type]
                consultation_id=None,
                destination=destination,
                status=status,
                on=self.clock.today(),
                outcome=outcome,
            )
            self._log("created", "referral", rid)
        self._changed(REFERRALS)
        ref = r.get_referral(self.store, rid)
        assert ref is not None
        return ref

    def update_referral(self, referral_id: int, status: str, outcome: str | None = None) -> None:
        ref = r.get_referral(self.store, referral_id)
        if ref is None:
            raise NotFound()
        v.code("referral_status", status)
        outcome = ref.outcome if outcome is None else v.limit_text(outcome, "outcome")
        with self.store.transaction():
            r.set_referral_status(self.store, referral_id, status, outcome, self.clock.today())
            self._log("updated", "referral", referral_id, status)
        self._changed(REFERRALS)

    # -- follow-ups --------------------------------------------------------------------------

    def schedule_follow_up(
        self,
        student_id: int,
        due_date: dt.date,
        *,
        kind: str = "meeting",
        due_time: dt.time | None = None,
        note: str = "",
        consultation_id: int | None = None,
    ) -> FollowUp:
        self.student(student_id)
        v.plausible_date(due_date, "due_date")
        v.code("follow_up_kind", kind)
        note = v.limit_text(note, "follow_up_note")
        if consultation_id is not None:
            c = self.consultation(consultation_id)
            if due_date < c.started_at.date():
                raise ValidationError(
                    tr_noop("A follow-up cannot be due before its consultation."),
                    field="due_date",
                )
        with self.store.transaction():
            case = r.open_case_of(self.store, student_id)
            fid = r.insert_follow_up(
                self.store,
                student_id=student_id,
                case_id=case.id if case else None,
                consultation_id=consultation_id,
                due_date=due_date,
                due_time=due_time,
                kind=kind,
                note=note,
                created_on=self.clock.today(),
            )
            r.refresh_student_summary(self.store, student_id)
            self._log("created", "follow_up", fid)
        self._changed(FOLLOW_UPS, STUDENTS)
        fu = r.get_follow_up(self.store, fid)
        assert fu is not None
        return fu

    def _set_follow_up(
        self,
        follow_up_id: int,
        status: str,
        *,
        due_date: dt.date | None = None,
        due_time: dt.time | None = None,
        on: dt.date | None = None,
    ) -> None:
        fu = r.get_follow_up(self.store, follow_up_id)
        if fu is None:
            raise NotFound()
        if fu.status != "open" and status != "open":
            raise Conflict(tr_noop("This follow-up is no longer open."))
        new_due = fu.due_date if due_date is None else v.plausible_date(due_date, "due_date")
        done_on = None
        if status in ("done", "missed"):
            done_on = on or self.clock.today()
        with self.store.transaction():
            r.set_follow_up(
                self.store,
                follow_up_id,
                status=status,
                done_on=done_on,
                due_date=new_due,
                due_time=due_time if due_date is not None else fu.due_time,
            )
            r.refresh_student_summary(self.store, fu.student_id)
            self._log("updated", "follow_up", follow_up_id, status)
        self._changed(FOLLOW_UPS, STUDENTS)

    def complete_follow_up(self, follow_up_id: int, on: dt.date | None = None) -> None:
        self._set_follow_up(follow_up_id, "done", on=on)

    def miss_follow_up(self, follow_up_id: int) -> None:
        self._set_follow_up(follow_up_id, "missed")

    def cancel_follow_up(self, follow_up_id: int) -> None:
        self._set_follow_up(follow_up_id, "cancelled")

    def reschedule_follow_up(
        self, follow_up_id: int, due_date: dt.date, due_time: dt.time | None = None
    ) -> None:
        fu = r.get_follow_up(self.store, follow_up_id)
        if fu is None:
            raise NotFound()
        if fu.status != "open":
            raise Conflict(tr_noop("This follow-up is no longer open."))
        if fu.consultation_id is not None:
            c = self.consultation(fu.consultation_id)
            if due_date < c.started_at.date():
                raise ValidationError(
                    tr_noop("A follow-up cannot be due before its consultation."),
                    field="due_date",
                )
        self._set_follow_up(follow_up_id, "open", due_date=due_date, due_time=due_time)

    def follow_up(self, follow_up_id: int) -> FollowUp:
        fu = r.get_follow_up(self.store, follow_up_id)
        if fu is None:
            raise NotFound()
        return fu

    def restore_follow_up(self, previous: FollowUp) -> None:
        """Undo a change of a follow-up (done, missed, cancelled, moved): put back the
        status, due date and time and closing day it had before. Logged as an update
        (detail "undo")."""
        current = self.follow_up(previous.id)
        if current.student_id != previous.student_id:
            raise Conflict(tr_noop("This follow-up has changed since; nothing was undone."))
        v.code("follow_up_status", previous.status)
        v.plausible_date(previous.due_date, "due_date")
        with self.store.transaction():
            r.set_follow_up(
                self.store,
                previous.id,
                status=previous.status,
                done_on=previous.done_on,
                due_date=previous.due_date,
                due_time=previous.due_time,
            )
            r.refresh_student_summary(self.store, previous.student_id)
            self._log("updated", "follow_up", previous.id, "undo")
        self._changed(FOLLOW_UPS, STUDENTS)

    def agenda(self, *, days_ahead: int = 7, recent: int = 15) -> Agenda:
        today = self.clock.today()
        return Agenda(
            overdue=r.follow_ups_between(self.store, None, today),
            today=r.follow_ups_between(self.store, today, today + dt.timedelta(days=1)),
            upcoming=r.follow_ups_between(
                self.store, today + dt.timedelta(days=1), today + dt.timedelta(days=days_ahead + 1)
            ),
            recent=r.recent_consultations(self.store, recent),
        )

    def due_today(self) -> list[tuple[FollowUp, str]]:
        today = self.clock.today()
        return r.follow_ups_between(self.store, today, today + dt.timedelta(days=1))

    def overdue(self) -> list[tuple[FollowUp, str]]:
        return r.follow_ups_between(self.store, None, self.clock.today())

    def upcoming(self, days: int = 7) -> list[tuple[FollowUp, str]]:
        today = self.clock.today()
        return r.follow_ups_between(
            self.store, today + dt.timedelta(days=1), today + dt.timedelta(days=days + 1)
        )

    def follow_ups(
        self, start: dt.date | None, end: dt.date | None, status: str | None = "open"
    ) -> list[tuple[FollowUp, str]]:
        if status:
            v.code("follow_up_status", status)
        return r.follow_ups_between(self.store, start, end, status=status)

    def follow_up_days(self, start: dt.date, end: dt.date) -> dict[dt.date, int]:
        return r.follow_up_days(self.store, start, end)

    # -- outreach ----------------------------------------------------------------------------

    def record_outreach(self, a: OutreachActivity) -> OutreachActivity:
        v.code("outreach_type", a.activity_type)
        v.plausible_date(a.held_on, "held_on")
        if not isinstance(a.participants, int) or not 0 <= a.participants <= 100_000:
            raise ValidationError(
                tr_noop("The number of participants must be between 0 and 100000."),
                field="participants",
            )
        a = replace(a, description=v.limit_text(a.description, "description"))
        with self.store.transaction():
            a.id = r.insert_outreach(self.store, a)
        self._changed(OUTREACH)
        return a

    def outreach(self, limit: int = 1000) -> list[OutreachActivity]:
        return r.list_outreach(self.store, limit)

    def delete_outreach(self, activity_id: int) -> None:
        with self.store.transaction():
            r.delete_outreach(self.store, activity_id)
        self._changed(OUTREACH)

    def restore_outreach(self, activity: OutreachActivity) -> OutreachActivity:
        """Undo the deletion of an activity: record it again (it gets a new id)."""
        return self.record_outreach(replace(activity, id=None))

    # -- drafts ------------------------------------------------------------------------------

    def save_draft(self, key: str, payload: dict[str, Any], student_id: int | None = None) -> None:
        """Store a half-typed form, encrypted in the vault like everything else."""
        text = json.dumps(payload, ensure_ascii=False, sort_keys=True)
        if len(text) > 4 * v.MAX_NOTE_CHARS:
            raise ValidationError(tr_noop("This draft is too large to keep."), field="draft")
        with self.store.transaction():
            new = r.get_draft(self.store, key) is None
            r.put_draft(self.store, key, student_id, text, self.clock.now())
        if new:  # the list of drafts changed (not on every keystroke's rewrite)
            self._changed(DRAFTS)

    def load_draft(self, key: str) -> dict[str, Any] | None:
        text = r.get_draft(self.store, key)
        return json.loads(text) if text else None

    def discard_draft(self, key: str) -> None:
        with self.store.transaction():
            existed = r.get_draft(self.store, key) is not None
            r.delete_draft(self.store, key)
        if existed:
            self._changed(DRAFTS)

    def draft_keys(self) -> list[str]:
        return r.draft_keys(self.store)

    def unfinished_consultations(self) -> list[DraftSummary]:
        """The consultations kept as drafts (whose and when, newest first), for Today and
        the status bar; the drafts' content is not read."""
        return [
            DraftSummary(key, student_id, name, saved_at)
            for key, student_id, name, saved_at in r.draft_summaries(self.store, "consultation:")
        ]

    # -- access log --------------------------------------------------------------------------

    def log_event(
        self, action: str, record_type: str, record_id: int | None = None, detail: str = ""
    ) -> None:
        """Record an export, report, backup, … that happened outside a record write."""
        with self.store.transaction():
            self._log(action, record_type, record_id, detail)
        self._changed(ACCESS_LOG)

    def verify_access_log(self) -> access_log.ChainReport:
        return access_log.verify(self.store)

    def access_log(self, **filters: Any) -> list[Any]:
        return access_log.entries(self.store, **filters)

    def log_students(self, entries: Iterable[AccessLogEntry]) -> dict[int, LogStudent]:
        """Who each access-log entry is about, looked up now (the log holds ids only).

        Entries about a student's records map to that student while the record exists and to
        ``LogStudent(None, "")`` (an erased or purged student) after; entries about the vault,
        reports or exports are left out. Not logged: it shows only what the log already
        refers to."""
        refs = [
            (e.record_type, e.record_id)
            for e in entries
            if e.record_id is not None and e.record_type in LOG_STUDENT_RECORDS
        ]
        found = r.students_of_records(self.store, refs)
        # A case a move left empty was deleted (services/corrections.py): its student was
        # not erased, so its entries name nobody rather than "an erased student".
        removed = {
            int(part.partition(":")[2])
            for m in access_log.entries(self.store, action="moved")
            for part in (m.detail or "").split(";")
            if part.startswith("removed:") and part.partition(":")[2].isdigit()
        }
        out: dict[int, LogStudent] = {}
        for e in entries:
            if e.record_id is None or e.record_type not in LOG_STUDENT_RECORDS:
                continue
            if e.record_type == "case" and e.record_id in removed:
                continue
            hit = found.get((e.record_type, e.record_id))
            out[e.id] = LogStudent(*hit) if hit else LogStudent(None, "")
        return out


#: Access-log record kinds that belong to one student.
LOG_STUDENT_RECORDS = frozenset({"student", "case", "consultation", "referral", "follow_up"})


@dataclass(frozen=True, slots=True)
class LogStudent:
    """The student an access-log entry is about: ``student_id`` is None once erased."""

    student_id: int | None
    name: str

    @property
    def erased(self) -> bool:
        return self.student_id is None


def label(vocabulary: str, code: str, lang: str = "en") -> str:
    """Convenience re-export for front ends."""
    return codebook.label(vocabulary, code, lang)
