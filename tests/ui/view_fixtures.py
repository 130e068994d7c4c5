"""Factories for the content-view tests (students, consultations, a waiting helper) and the
fixed moment their vaults live at. The fixtures (``session``, ``desk``, ``ctx``) are in
``tests/ui/conftest.py``; import only these helpers into a test module."""

from __future__ import annotations

import datetime as dt

from officer_desk.domain.models import ConsultationDraft, FollowUpDraft, ReferralDraft, Student
from officer_desk.services.desk import Desk

PASSPHRASE = "a long test passphrase 42"
NOW = dt.datetime(2026, 3, 10, 10, 30)
TODAY = NOW.date()


def add_student(desk: Desk, name: str, number: str = "", **kw: object) -> int:
    s = desk.create_student(Student(None, name, student_number=number, **kw))  # type: ignore[arg-type]
    assert s.id is not None
    return s.id


def add_consultation(
    desk: Desk,
    student_id: int,
    *,
    when: dt.datetime | None = None,
    topics: tuple[str, ...] = ("study_stress",),
    dossier: str = "",
    private: str = "",
    referral: str | None = None,
    follow_up: dt.date | None = None,
) -> int:
    draft = ConsultationDraft(
        student_id=student_id,
        started_at=when or NOW - dt.timedelta(hours=2),
        topics=list(topics),
        dossier_note=dossier,
        private_note=private,
        referrals=[ReferralDraft(referral)] if referral else [],
        follow_up=FollowUpDraft(follow_up) if follow_up else None,
    )
    return desk.log_consultation(draft).id


def add_many_students(desk: Desk, n: int) -> None:
    """``n`` students in one transaction (fast), named so the order is predictable."""
    from officer_desk.domain.validation import name_key
    from officer_desk.store import records as r

    with desk.store.transaction():
        for i in range(n):
            name = f"Student {i:05d}"
            r.insert_student(
                desk.store,
                Student(None, name, student_number=f"s{1000000 + i}"),
                name_key(name),
                NOW,
            )


def refreshed(qtbot, view) -> None:
    """Wait for a visible view's coalesced refresh after a change notification."""
    qtbot.waitUntil(lambda: not view.refresh_pending, timeout=3000)
