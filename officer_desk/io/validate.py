"""Validating every row of an import and planning what it would create.

Pure logic over a :class:`~officer_desk.io.readers.Table` and a
:class:`~officer_desk.io.mapping.Mapping`; what the vault already holds comes in as an
:class:`Existing` snapshot (built by the import service). Nothing here writes anything.

Rules:
- one row is one consultation when it has a date; a row without a date only creates (or
  finds) the student, plus its follow-up if it has one;
- rows with the same student number are one student; without a number, the same e-mail, and
  without both the same name (accent- and case-folded) are one student;
- a student number (or, without one, an e-mail of exactly one student) already in the vault
  attaches the rows to that student; that student's details are not changed. A row with
  neither attaches to the one vault student with the same name only when that student has
  no number either (a warning says so); otherwise a same-name student is a warning and a new
  student is created (merge afterwards if needed);
- a row is refused, with every reason, when a field is invalid; a refused row creates nothing;
- a consultation or follow-up identical to one already in the vault for that student is
  skipped (a warning), so importing the same file twice does not double it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from officer_desk.domain import validation as v
from officer_desk.domain.models import ConsultationDraft, ReferralDraft, Student
from officer_desk.errors import ValidationError, tr_noop
from officer_desk.io.mapping import EMPTY_VALUES, FIELDS, Mapping, map_cell, norm
from officer_desk.io.readers import Problem, Table

_T = TypeVar("_T")

DEFAULT_TIME = dt.time(9, 0)
_TIME = re.compile(r"^(\d{1,2})[:.u](\d{2})(?::\d{2})?$")
_MOMENT_SPLIT = re.compile(r"^(\S+?)(?:[ T]+(\d{1,2}[:.u]\d{2}(?::\d{2})?))?$")


@dataclass(slots=True)
class Existing:
    """What the vault already holds, as far as the import needs it."""

    by_number: dict[str, int] = field(default_factory=dict)
    by_email: dict[str, int] = field(default_factory=dict)  # only e-mails of one student
    #: name key -> [(student id, has a student number)]
    name_keys: dict[str, list[tuple[int, bool]]] = field(default_factory=dict)
    #: student ids -> {(student_id, "YYYY-MM-DDTHH:MM")} of their consultations
    moments: Callable[[list[int]], set[tuple[int, str]]] = lambda ids: set()
    #: student ids -> {(student_id, "YYYY-MM-DD", kind)} of their follow-ups
    follow_ups: Callable[[list[int]], set[tuple[int, str, str]]] = lambda ids: set()


@dataclass(slots=True)
class PlannedStudent:
    key: str
    first_row: int
    student: Student
    existing_id: int | None = None
    matched_by: str = ""  # "student_number" | "email" | ""


@dataclass(slots=True)
class PlannedFollowUp:
    due_date: dt.date
    due_time: dt.time | None = None
    kind: str = "meeting"
    status: str = "open"
    note: str = ""
    done_on: dt.date | None = None


@dataclass(slots=True)
class PlannedRow:
    row: int
    student_key: str
    consultation: ConsultationDraft | None = None
    follow_up: PlannedFollowUp | None = None
    skipped_consultation: bool = False
    skipped_follow_up: bool = False


@dataclass(slots=True)
class Plan:
    students: dict[str, PlannedStudent] = field(default_factory=dict)
    rows: list[PlannedRow] = field(default_factory=list)
    refused: dict[int, list[Problem]] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    file_problems: list[Problem] = field(default_factory=list)
    total_rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.refused and not self.file_problems

    @property
    def new_students(self) -> int:
        return sum(1 for s in self.students.values() if s.existing_id is None)

    @property
    def matched_students(self) -> int:
        return sum(1 for s in self.students.values() if s.existing_id is not None)

    @property
    def consultations(self) -> int:
        return sum(1 for r in self.rows if r.consultation is not None)

    @property
    def follow_ups(self) -> int:
        return sum(1 for r in self.rows if r.follow_up is not None)

    @property
    def referrals(self) -> int:
        return sum(len(r.consultation.referrals) for r in self.rows if r.consultation)

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.total_rows,
            "accepted": len(self.rows),
            "refused": len(self.refused),
            "new_students": self.new_students,
            "existing_students": self.matched_students,
            "consultations": self.consultations,
            "referrals": self.referrals,
            "follow_ups": self.follow_ups,
            "warnings": len(self.warnings),
        }

    def all_problems(self) -> list[Problem]:
        out = list(self.file_problems)
        for problems in self.refused.values():
            out.extend(problems)
        out.extend(self.warnings)
        return sorted(out, key=lambda p: (p.row, p.warning))


def _problem(row: int, fname: str, template: str, **params: object) -> Problem:
    return Problem(row, fname, template, dict(params))


def _warn(row: int, fname: str, template: str, **params: object) -> Problem:
    return Problem(row, fname, template, dict(params), warning=True)


def parse_time(text: str, fname: str) -> dt.time:
    m = _TIME.match(v.clean_text(text).lower())
    if m:
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(tr_noop("This time is not valid."), field=fname)


def parse_moment(text: str, fname: str) -> tuple[dt.date, dt.time | None]:
    """A date with an optional time ('12-3-2026 14:30', '2026-03-12T14:30')."""
    m = _MOMENT_SPLIT.match(v.clean_text(text))
    if not m:
        raise ValidationError(tr_noop("This date is not valid."), field=fname)
    day = v.parse_date(m.group(1), fname)
    return day, (parse_time(m.group(2), fname) if m.group(2) else None)


class _RowReader:
    """Field access for one row that collects problems instead of raising."""

    def __init__(self, cells: list[str], index: dict[str, int], number: int, mapping: Mapping):
        self.cells = cells
        self.index = index
        self.number = number
        self.mapping = mapping
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def text(self, fname: str) -> str:
        i = self.index.get(fname)
        if i is None or i >= len(self.cells):
            return ""
        return self.cells[i]

    def optional(self, fname: str) -> str:
        """The cell, or '' when it holds a 'nothing' word (nee, n.v.t., -)."""
        text = self.text(fname)
        return "" if norm(text) in EMPTY_VALUES else text

    def check(self, fname: str, fn: Callable[[], _T]) -> _T | None:
        try:
            return fn()
        except ValidationError as exc:
            self.problems.append(Problem(self.number, fname, exc.template, dict(exc.params)))
            return None

    def codes(self, fname: str) -> list[str]:
        text = self.optional(fname)
        if not text:
            return []
        codes, unknown = map_cell(fname, text, self.mapping)
        if unknown:
            self.problems.append(
                _problem(
                    self.number,
                    fname,
                    tr_noop(
                        "{count} value(s) are not in the app's lists; choose what each one "
                        "means first."
                    ),
                    count=len(unknown),
                )
            )
        return list(dict.fromkeys(codes))

    def code(self, fname: str, default: str) -> str:
        codes = self.codes(fname)
        return codes[0] if codes else default


def plan_import(table: Table, mapping: Mapping, existing: Existing, *, today: dt.date) -> Plan:
    plan = Plan(total_rows=len(table.rows), file_problems=[p for p in table.problems if p.row == 0])
    index = mapping.index(table.headers)
    if "name" not in index and "student_number" not in index:
        plan.file_problems.append(
            _problem(0, "name", tr_noop("Map a column to Name or to Student number."))
        )
    for f in mapping.duplicate_fields():
        plan.warnings.append(
            _warn(0, f, tr_noop("Several columns map to one field; only the first is used."))
        )
    if plan.file_problems:
        return plan
    cell_problems: dict[int, list[Problem]] = {}
    for p in table.problems:
        if p.row and not p.warning:
            cell_problems.setdefault(p.row, []).append(p)

    pending: list[tuple[PlannedRow, Student, str, str]] = []
    for row in table.rows:
        rr = _RowReader(row.cells, index, row.number, mapping)
        rr.problems.extend(cell_problems.get(row.number, []))
        student = _student_of(rr)
        planned = PlannedRow(row.number, "")
        planned.consultation = _consultation_of(rr, today)
        planned.follow_up = _follow_up_of(rr, planned.consultation)
        if rr.problems:
            plan.refused[row.number] = rr.problems
            continue
        plan.warnings.extend(rr.warnings)
        pending.append((planned, student, student.student_number, student.email))

    _group_students(plan, pending, existing)
    _skip_already_imported(plan, existing)
    return plan


def _student_of(rr: _RowReader) -> Student:
    name = rr.text("name")
    number = rr.check("student_number", lambda: v.student_number(rr.text("student_number")))
    s = Student(
        id=None,
        display_name=v.clean_text(name),
        student_number=number or "",
        email=rr.check("email", lambda: v.email(rr.optional("email"))) or "",
        programme=rr.check(
            "programme", lambda: v.limit_text(rr.text("programme"), "programme", v.MAX_NAME_CHARS)
        )
        or "",
        faculty=rr.code("faculty", ""),
        phase=rr.code("phase", "bachelor_first"),
        student_group=rr.code("student_group", "domestic"),
    )
    if name:
        rr.check("name", lambda: v.require_text(name, "name", v.MAX_NAME_CHARS))
    elif not s.student_number:
        rr.problems.append(
            _problem(rr.number, "name", tr_noop("A row needs a name or a student number."))
        )
    return s


def _consultation_of(rr: _RowReader, today: dt.date) -> ConsultationDraft | None:
    date_text = rr.text("date")
    extras = [
        f
        for f in ("channel", "topic", "dossier_note", "private_note", "destination")
        if rr.optional(f)
    ]
    if not date_text:
        if extras:
            rr.problems.append(
                _problem(
                    rr.number,
                    "date",
                    tr_noop("This row has consultation details but no consultation date."),
                )
            )
        return None
    parsed = rr.check("date", lambda: parse_moment(date_text, "date"))
    # With a bad date, go on checking the other fields so the report lists every reason.
    day, time = parsed if parsed is not None else (today, None)
    if rr.text("time"):
        time = rr.check("time", lambda: parse_time(rr.text("time"), "time")) or time
    if day > today:
        rr.problems.append(
            _problem(rr.number, "date", tr_noop("A consultation cannot be logged in the future."))
        )
    duration = 30
    if rr.text("duration"):
        duration = rr.check("duration", lambda: _duration(rr.text("duration"))) or 0
    topics = rr.codes("topic")
    if not topics and not rr.text("topic"):
        topics = ["other"]
        rr.warnings.append(_warn(rr.number, "topic", tr_noop("No topic given; recorded as Other.")))
    referral_status = rr.code("referral_status", "made")
    referrals = [ReferralDraft(d, referral_status) for d in rr.codes("destination")]
    notes = {layer: _note(rr, layer) for layer in ("dossier_note", "private_note")}
    return ConsultationDraft(
        student_id=0,
        started_at=dt.datetime.combine(day, time or DEFAULT_TIME),
        duration_min=duration,
        channel=rr.code("channel", "in_person"),
        initiator=rr.code("initiator", "student"),
        topics=topics,
        primary_topic=topics[0] if topics else "",
        urgency=rr.code("urgency", "low"),
        dossier_note=notes["dossier_note"],
        private_note=notes["private_note"],
        referrals=referrals,
    )


def _note(rr: _RowReader, layer: str) -> str:
    return rr.check(layer, lambda: v.note_text(rr.text(layer), layer)) or ""


def _duration(text: str) -> int:
    try:
        minutes = int(float(text.replace(",", ".").lower().removesuffix("min").strip()))
    except ValueError:
        minutes = -1
    return v.duration(minutes)


def _follow_up_of(rr: _RowReader, consultation: ConsultationDraft | None) -> PlannedFollowUp | None:
    text = rr.optional("follow_up_date")
    if not text:
        return None
    if norm(text) in ("ja", "yes", "j", "y", "x"):
        rr.warnings.append(
            _warn(
                rr.number,
                "follow_up_date",
                tr_noop("A follow-up without a date was not imported."),
            )
        )
        return None
    parsed = rr.check("follow_up_date", lambda: parse_moment(text, "follow_up_date"))
    if parsed is None:
        return None
    due, time = parsed
    if rr.text("follow_up_time"):
        time = rr.check(
            "follow_up_time", lambda: parse_time(rr.text("follow_up_time"), "follow_up_time")
        )
    if consultation is not None and due < consultation.started_at.date():
        rr.problems.append(
            _problem(
                rr.number,
                "follow_up_date",
                tr_noop("A follow-up cannot be due before its consultation."),
            )
        )
    status = rr.code("follow_up_status", "open")
    done_on = None
    if rr.optional("follow_up_done_on"):
        done_on = rr.check(
            "follow_up_done_on",
            lambda: v.parse_date(rr.text("follow_up_done_on"), "follow_up_done_on"),
        )
    note = rr.check(
        "follow_up_note",
        lambda: v.limit_text(rr.text("follow_up_note"), "follow_up_note"),
    )
    return PlannedFollowUp(
        due_date=due,
        due_time=time,
        kind=rr.code("follow_up_kind", "meeting"),
        status=status,
        note=note or "",
        done_on=done_on,
    )


def _group_students(
    plan: Plan, pending: list[tuple[PlannedRow, Student, str, str]], existing: Existing
) -> None:
    """Give every accepted row a student key; match keys against the vault."""
    by_number: dict[str, str] = {}
    by_email: dict[str, str] = {}
    name_owner: dict[str, set[str]] = {}  # name key -> keys of numbered/e-mailed students
    for _, s, number, email in pending:
        if number:
            key = f"n:{number}"
        elif email and email in by_email:
            key = by_email[email]
        elif email:
            key = f"e:{email}"
        else:
            continue
        if email:
            by_email.setdefault(email, key)
        if number:
            by_number.setdefault(number, key)
        if s.display_name:
            name_owner.setdefault(v.name_key(s.display_name), set()).add(key)
    for planned, s, number, email in pending:
        if number:
            key = by_number[number]
        elif email:
            key = by_email[email]
        else:
            nk = v.name_key(s.display_name)
            owners = name_owner.get(nk, set())
            key = next(iter(owners)) if len(owners) == 1 else f"k:{nk}"
        planned.student_key = key
        plan.rows.append(planned)
        known = plan.students.get(key)
        if known is None:
            ps = PlannedStudent(key, planned.row, s)
            if number and number in existing.by_number:
                ps.existing_id, ps.matched_by = existing.by_number[number], "student_number"
            elif not number and email and email in existing.by_email:
                ps.existing_id, ps.matched_by = existing.by_email[email], "email"
            elif not number and not email and _unnumbered_namesake(s, existing) is not None:
                ps.existing_id, ps.matched_by = _unnumbered_namesake(s, existing), "name"
                plan.warnings.append(
                    _warn(
                        planned.row,
                        "name",
                        tr_noop(
                            "No student number or e-mail: attached to the one student in the"
                            " vault with the same name and no student number."
                        ),
                    )
                )
            elif s.display_name and v.name_key(s.display_name) in existing.name_keys:
                plan.warnings.append(
                    _warn(
                        planned.row,
                        "name",
                        tr_noop(
                            "A student with the same name is already in the vault; a new"
                            " student is created. Merge them afterwards if they are the same."
                        ),
                    )
                )
            if ps.existing_id is None and not s.display_name:
                plan.refused[planned.row] = [
                    _problem(
                        planned.row,
                        "name",
                        tr_noop("This student number is not in the vault, so a name is needed."),
                    )
                ]
                plan.rows.pop()
                continue
            plan.students[key] = ps
        else:
            _fill_student(plan, known, s, planned.row)


def _unnumbered_namesake(s: Student, existing: Existing) -> int | None:
    """The id of the only vault student with this exact name, if that one has no number."""
    if not s.display_name:
        return None
    matches = existing.name_keys.get(v.name_key(s.display_name), [])
    if len(matches) == 1 and not matches[0][1]:
        return matches[0][0]
    return None


def _fill_student(plan: Plan, known: PlannedStudent, s: Student, row: int) -> None:
    """Complete a student from a later row; report (without values) where rows disagree."""
    base = known.student
    for attr in ("display_name", "email", "programme", "faculty"):
        new, old = getattr(s, attr), getattr(base, attr)
        if new and not old:
            setattr(base, attr, new)
        elif new and old and new != old and attr != "display_name":
            plan.warnings.append(
                _warn(
                    row,
                    attr,
                    tr_noop("Differs from row {first} for the same student; kept the first."),
                    first=known.first_row,
                )
            )


def _skip_already_imported(plan: Plan, existing: Existing) -> None:
    ids = sorted({s.existing_id for s in plan.students.values() if s.existing_id is not None})
    if not ids:
        return
    moments = existing.moments(ids)
    follow_ups = existing.follow_ups(ids)
    for r in plan.rows:
        sid = plan.students[r.student_key].existing_id
        if sid is None:
            continue
        c = r.consultation
        if c is not None and (sid, c.started_at.isoformat(timespec="minutes")) in moments:
            r.consultation = None
            r.skipped_consultation = True
            plan.warnings.append(
                _warn(
                    r.row,
                    "date",
                    tr_noop("This consultation is already in the vault; skipped."),
                )
            )
        f = r.follow_up
        if f is not None and (sid, f.due_date.isoformat(), f.kind) in follow_ups:
            r.follow_up = None
            r.skipped_follow_up = True
            plan.warnings.append(
                _warn(
                    r.row,
                    "follow_up_date",
                    tr_noop("This follow-up is already in the vault; skipped."),
                )
            )


def field_label(fname: str) -> str:
    """English label of an import field (or the column header passed in)."""
    return FIELDS[fname][0] if fname in FIELDS else fname
