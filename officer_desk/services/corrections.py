"""Correcting where a record is filed: a consultation saved to the wrong student is moved to
the right one, without retyping it.

What moves, and why (a records system must not leave half of a conversation behind, nor take
records that were never part of it):

- **The consultation and everything made in it** go to the right student: its topics, both
  notes and their addenda (a finalised note stays finalised; moving changes whom it is
  about, not what it says), the referrals made in it and the follow-ups it scheduled.
  Follow-ups and referrals added later on their own belong to the case, not to the
  consultation, and stay.
- **Its case** depends on what else the case holds:
  - nothing else (the consultation opened the case, which is what a first save for the wrong
    student does): the case was only ever about this conversation, so it moves with it,
    keeping its dates, status and concern. If the right student already has an open case
    and the moved case is open too, the consultation joins that open case instead (a
    student has at most one open case) and the emptied case is deleted: it existed only
    because of the mistake, and keeping it would leave a false record about the other
    student.
  - other records (the case is the wrong student's real episode of support): the case stays
    where it is; the consultation joins the right student's open case, or a new case opened
    for the right student on the consultation's day with its primary topic (as saving a
    consultation for them would have done).

Refused, changing nothing: the same student, a student who no longer exists (erased), a
student recorded under another faculty than the vault's (this vault's reports count its
faculty's students; a move must not carry a consultation out of them into a record that
belongs to another faculty's officer), and a consultation of a student on legal hold (the
hold keeps the records as they are). Moving *from* a student of another faculty to one of
the vault's faculty is allowed: that is the usual correction when two namesakes study at
different faculties.

Everything happens in one transaction with one access-log entry ``moved`` on the
consultation whose detail holds only ids: ``from:<student>;to:<student>;case:<what>``
(docs/SECURITY.md, "What the access log records").
"""

from __future__ import annotations

from dataclasses import dataclass

from officer_desk.domain.models import Case
from officer_desk.errors import Conflict, NotFound, ValidationError, tr_noop
from officer_desk.services import desk as change
from officer_desk.services.desk import Desk
from officer_desk.store import corrections as c
from officer_desk.store import records as r


@dataclass(frozen=True, slots=True)
class Moved:
    """The outcome of a move: where the consultation is filed now."""

    consultation_id: int
    from_student: int
    to_student: int
    case_id: int
    #: "moved" (the case went along), "joined" (an open case of the right student),
    #: "new" (a case opened for the right student)
    case: str


class Corrections:
    """Use cases that correct where records are filed (one desk, its store)."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.store = desk.store

    def move_consultation(self, consultation_id: int, to_student: int) -> Moved:
        """Move a consultation (and what was made in it) to another student; see the module
        docstring for what moves with it and what is refused."""
        desk = self.desk
        consultation = desk.consultation(consultation_id)  # NotFound if gone
        source = desk.student(consultation.student_id)
        target = r.get_student(self.store, to_student)
        if target is None:
            raise NotFound()
        if target.id == source.id:
            raise ValidationError(
                tr_noop("This consultation already belongs to this student."), field="student"
            )
        faculty = desk.setting("faculty")
        if faculty and target.faculty and target.faculty != faculty:
            raise Conflict(
                tr_noop(
                    "This student belongs to another faculty than this vault: a consultation "
                    "cannot be moved to them."
                )
            )
        if source.legal_hold:
            raise Conflict(
                tr_noop(
                    "This student is on legal hold: their records stay as they are until the "
                    "hold is released."
                )
            )
        old_case = r.get_case(self.store, consultation.case_id)
        assert old_case is not None and old_case.id is not None  # NOT NULL foreign key
        with self.store.transaction():
            alone = c.other_records_in_case(self.store, old_case.id, consultation_id) == 0
            open_case = r.open_case_of(self.store, to_student)
            if alone and not (old_case.status == "open" and open_case is not None):
                how, case_id = "moved", old_case.id
                c.move_case(self.store, case_id, to_student)
                c.move_consultation(self.store, consultation_id, to_student, case_id)
            else:
                if open_case is not None:
                    how, case_id = "joined", open_case.id  # type: ignore[assignment]
                else:
                    how = "new"
                    day = consultation.started_at.date()
                    case_id = r.insert_case(
                        self.store, Case(None, to_student, day, consultation.primary_topic)
                    )
                    desk.log_access("created", "case", case_id)
                assert case_id is not None
                c.move_consultation(self.store, consultation_id, to_student, case_id)
                if alone:
                    c.delete_empty_case(self.store, old_case.id)
            for student_id in (source.id, to_student):
                assert student_id is not None
                r.refresh_student_summary(self.store, student_id)
            detail = f"from:{source.id};to:{to_student};case:{how}:{case_id}"
            if alone and how == "joined":
                detail += f";removed:{old_case.id}"
            desk.log_access("moved", "consultation", consultation_id, detail)
        desk.notify(
            change.CONSULTATIONS, change.CASES, change.REFERRALS, change.FOLLOW_UPS, change.STUDENTS
        )
        desk.notify(change.ACCESS_LOG)
        assert source.id is not None
        return Moved(consultation_id, source.id, to_student, case_id, how)
