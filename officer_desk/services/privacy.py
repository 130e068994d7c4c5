"""Erasure, legal hold and the retention rule (GDPR Art. 5(1)(e), 17, 18).

* ``erase_student`` deletes everything held on one student (records, notes and their
  full-text index entries, drafts) in one transaction and leaves one access-log entry
  ``erased`` with the internal id only. Released reports are not changed.
* The retention rule deletes students ``retention_years`` after their last activity (last
  case closed, last consultation, follow-up or referral change) when they have no open case,
  no open follow-up and no legal hold. ``purge_candidates`` is the dry run; ``purge`` deletes
  the confirmed ids after checking each one again.
* After deleting, ``reclaim`` merges the full-text index, truncates the WAL and VACUUMs, so
  erased text does not linger in free pages of the database file or in its WAL.

Nothing here logs or raises with personal data: ids and counts only.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from officer_desk.errors import Conflict, NotFound, ValidationError, tr_noop
from officer_desk.services.desk import (
    ACCESS_LOG,
    CASES,
    CONSULTATIONS,
    DRAFTS,
    FOLLOW_UPS,
    REFERRALS,
    STUDENTS,
    Desk,
)
from officer_desk.store import access_log
from officer_desk.store import privacy as p

log = logging.getLogger(__name__)

MIN_RETENTION_YEARS = 1
MAX_RETENTION_YEARS = 100
PURGE_BATCH = 100


def quarter_of(day: dt.date) -> str:
    """``2024-Q3``: the coarse date shown for a student about to be purged."""
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def years_before(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` earlier (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True, slots=True)
class ErasureReport:
    student_id: int
    counts: dict[str, int]
    reclaimed: p.ReclaimReport | None = None


@dataclass(frozen=True, slots=True)
class PurgeCandidate:
    """A student the retention rule would delete: internal id, counts, last-contact quarter."""

    student_id: int
    last_activity: dt.date
    cases: int
    consultations: int
    notes: int
    referrals: int
    follow_ups: int

    @property
    def quarter(self) -> str:
        return quarter_of(self.last_activity)


@dataclass(slots=True)
class PurgeReport:
    purged: list[int] = field(default_factory=list)
    #: Ids confirmed for purging that no longer qualify (new contact, hold, open case).
    skipped: list[int] = field(default_factory=list)
    reclaimed: p.ReclaimReport | None = None
    #: True when the purge was stopped (a lock) before every confirmed id was handled.
    stopped: bool = False


class Privacy:
    """Data-protection use cases over one open session's :class:`Desk`."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.store = desk.store

    # -- finding -------------------------------------------------------------------------

    def resolve_student(self, ref: str) -> int:
        """The internal id of the one student matching ``ref`` (internal id or ``id:N``,
        student number, or exact e-mail). Raises ``NotFound`` or, when ``ref`` matches more
        than one student, ``ValidationError``."""
        ids = p.find_student_ids(self.store, ref)
        if not ids:
            raise NotFound()
        if len(ids) > 1:
            raise ValidationError(
                tr_noop(
                    "This reference matches more than one student; use the internal id as id:N."
                ),
                field="student",
            )
        return ids[0]

    # -- legal hold ----------------------------------------------------------------------

    def set_legal_hold(self, student_id: int, on: bool) -> None:
        """Keep (``on``) or release a student from erasure and the retention rule, e.g. while a
        complaint is pending. Logged as ``updated`` with ``legal_hold:on|off``."""
        if not p.student_exists(self.store, student_id):
            raise NotFound()
        with self.store.transaction():
            p.set_legal_hold(self.store, student_id, on)
            self.desk.log_access(
                "updated", "student", student_id, f"legal_hold:{'on' if on else 'off'}"
            )
        self.desk.notify(STUDENTS, ACCESS_LOG)

    def legal_hold(self, student_id: int) -> bool:
        if not p.student_exists(self.store, student_id):
            raise NotFound()
        return p.legal_hold(self.store, student_id)

    def held_students(self) -> list[int]:
        return p.held_students(self.store)

    # -- erasure -------------------------------------------------------------------------

    def record_counts(self, student_id: int) -> dict[str, int]:
        if not p.student_exists(self.store, student_id):
            raise NotFound()
        return p.record_counts(self.store, student_id)

    def erase_student(self, student_id: int, *, reclaim: bool = True) -> ErasureReport:
        """Erase one student completely. Refused while the student is on legal hold."""
        if not p.student_exists(self.store, student_id):
            raise NotFound()
        if p.legal_hold(self.store, student_id):
            raise Conflict(
                tr_noop("This student is on legal hold. Release the hold before erasing.")
            )
        p.secure_delete_on(self.store)
        with p.bulk_delete(self.store), self.store.transaction():
            counts = p.delete_student(self.store, student_id)
            access_log.append(
                self.store, "erased", "student", student_id, "", now=self.desk.clock.now()
            )
        log.info("erased one student (internal id %d)", student_id)
        self.desk.notify(STUDENTS, CASES, CONSULTATIONS, REFERRALS, FOLLOW_UPS, DRAFTS)
        self.desk.notify(ACCESS_LOG)
        self.desk.anchor_log()
        report = p.reclaim(self.store) if reclaim else None
        return ErasureReport(student_id, counts, report)

    def reclaim(self, *, vacuum: bool = True) -> p.ReclaimReport:
        return p.reclaim(self.store, vacuum=vacuum)

    # -- retention -----------------------------------------------------------------------

    def retention_years(self) -> int:
        try:
            years = int(self.desk.setting("retention_years"))
        except ValueError:
            years = 7
        return min(max(years, MIN_RETENTION_YEARS), MAX_RETENTION_YEARS)

    def set_retention_years(self, years: int) -> None:
        _check_years(years)
        self.desk.set_settings(retention_years=str(years))

    def retention_cutoff(self, today: dt.date | None = None, years: int | None = None) -> dt.date:
        """Students whose last activity is on or before this day are due for deletion."""
        today = today or self.desk.clock.today()
        return years_before(today, self.retention_years() if years is None else years)

    def purge_candidates(
        self, today: dt.date | None = None, *, years: int | None = None
    ) -> list[PurgeCandidate]:
        """The dry run: who the retention rule would delete today (ids, counts, dates).
        ``years`` overrides the saved retention period for this call."""
        _check_years(years)
        rows = p.retention_candidates(self.store, self.retention_cutoff(today, years))
        return [PurgeCandidate(*_fields(r)) for r in rows]

    def purge(
        self,
        student_ids: list[int],
        *,
        today: dt.date | None = None,
        years: int | None = None,
        reclaim: bool = True,
        progress: Callable[[int, int], bool | None] | None = None,
    ) -> PurgeReport:
        """Delete the confirmed students that still qualify under the rule, in batches of
        one transaction each; each leaves an access-log entry ``purged`` (internal id only).

        ``progress(done, total)`` returning False stops before the next batch (a lock): the
        batches done stay deleted, the rest is left as it was (``report.stopped``), and the
        space of what was deleted is still reclaimed."""
        _check_years(years)
        cutoff = self.retention_cutoff(today, years)
        wanted = list(dict.fromkeys(int(x) for x in student_ids))
        report = PurgeReport()
        if not wanted:
            return report
        p.secure_delete_on(self.store)
        years = self.retention_years() if years is None else years
        done = 0
        for start in range(0, len(wanted), PURGE_BATCH):
            batch = wanted[start : start + PURGE_BATCH]
            with p.bulk_delete(self.store), self.store.transaction():
                eligible = {
                    r.student_id for r in p.retention_candidates(self.store, cutoff, only=batch)
                }
                for sid in batch:
                    if sid not in eligible:
                        report.skipped.append(sid)
                        continue
                    p.delete_student(self.store, sid)
                    access_log.append(
                        self.store,
                        "purged",
                        "student",
                        sid,
                        f"retention:{years}y",
                        now=self.desk.clock.now(),
                    )
                    report.purged.append(sid)
            done += len(batch)
            if progress is not None and progress(done, len(wanted)) is False:
                report.stopped = done < len(wanted)
                break
        log.info("purged %d students, skipped %d", len(report.purged), len(report.skipped))
        if report.purged:
            self.desk.notify(STUDENTS, CASES, CONSULTATIONS, REFERRALS, FOLLOW_UPS, DRAFTS)
            self.desk.notify(ACCESS_LOG)
            self.desk.anchor_log()
            if reclaim:
                report.reclaimed = p.reclaim(self.store)
        return report


def _check_years(years: int | None) -> None:
    if years is None:
        return
    if (
        isinstance(years, bool)
        or not isinstance(years, int)
        or not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS
    ):
        raise ValidationError(
            tr_noop("The retention period must be between 1 and 100 years."),
            field="retention_years",
        )


def open_worker(session: object) -> Privacy:
    """A :class:`Privacy` on its own connection, for a worker thread (erase, purge, VACUUM)
    while the GUI thread keeps using the session's connection. Close it with
    :func:`close_worker`; then emit the change notifications on the session's desk."""
    from officer_desk.store.db import Store

    desk: Desk = session.desk  # type: ignore[attr-defined]
    conn = session.vault.new_connection()  # type: ignore[attr-defined]
    worker = Desk(Store(conn), clock=desk.clock)
    worker.anchor_hook = desk.anchor_hook
    return Privacy(worker)


def close_worker(privacy: Privacy) -> None:
    """Close the worker's connection (on the thread that opened it); the vault forgets it."""
    conn = privacy.store.conn
    privacy.store.close()
    conn.close()


def _fields(r: p.RetentionRow) -> tuple[int, dt.date, int, int, int, int, int]:
    return (
        r.student_id,
        r.last_activity,
        r.cases,
        r.consultations,
        r.notes,
        r.referrals,
        r.follow_ups,
    )
