"""Importing an existing contact log (CSV or .xlsx) into the vault.

Three steps, each usable on its own (the CLI runs them in a row; the wizard shows a page for
each):

1. :meth:`Importer.read` reads the file into a table and guesses the column mapping;
2. :meth:`Importer.plan` validates every row against the mapping and the vault (a dry run:
   nothing is written);
3. :meth:`Importer.run` writes the plan in **one transaction**, through the same
   :class:`~officer_desk.services.desk.Desk` use cases as typing it in, and records one
   ``imported`` entry in the access log (besides the usual ``created`` entries).

Policy: if any row is refused, :meth:`run` refuses the whole import (:class:`ImportRefused`)
unless ``skip_invalid=True``, in which case the refused rows are left out and every other row
is imported. A refused row never imports partly. A failure or a cancel during the write rolls
everything back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from officer_desk.errors import ImportCancelled, ImportRefused, tr_noop
from officer_desk.io.mapping import FIELDS as FIELDS  # re-exported for the front ends
from officer_desk.io.mapping import IGNORE as IGNORE
from officer_desk.io.mapping import Mapping as Mapping
from officer_desk.io.mapping import guess_mapping, header_score, unmapped_values
from officer_desk.io.mapping import norm as norm
from officer_desk.io.readers import Problem as Problem
from officer_desk.io.readers import Table as Table
from officer_desk.io.readers import read_table
from officer_desk.io.validate import Existing, PlannedRow, plan_import
from officer_desk.io.validate import Plan as Plan
from officer_desk.io.validate import field_label as field_label
from officer_desk.services.desk import Desk
from officer_desk.store import transfer

#: progress(done, total); return False to cancel (the import then rolls back).
Progress = Callable[[int, int], bool | None]


@dataclass(slots=True)
class ImportResult:
    students_created: int = 0
    students_matched: int = 0
    consultations: int = 0
    referrals: int = 0
    follow_ups: int = 0
    rows_imported: int = 0
    rows_skipped: int = 0

    def detail(self) -> str:
        return (
            f"rows={self.rows_imported};skipped={self.rows_skipped};"
            f"students={self.students_created};matched={self.students_matched};"
            f"consultations={self.consultations};referrals={self.referrals};"
            f"follow_ups={self.follow_ups}"
        )


class Importer:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # -- 1. read -----------------------------------------------------------------------------

    @staticmethod
    def read(path: Path) -> Table:
        """Read a CSV or .xlsx file; problems are reported in ``table.problems``."""
        return read_table(Path(path), header_score=header_score)

    @staticmethod
    def guess(table: Table, saved: Mapping | None = None) -> Mapping:
        """The guessed column mapping, overridden by a saved mapping where it has entries."""
        guess = guess_mapping(table.headers)
        return guess.merged_with(saved) if saved is not None else guess

    @staticmethod
    def unmapped(table: Table, mapping: Mapping) -> dict[str, dict[str, int]]:
        """Category values that do not map to a code yet (for the value-mapping step)."""
        return unmapped_values(table.headers, table.rows, mapping)

    # -- 2. plan (dry run) -------------------------------------------------------------------

    def existing(self) -> Existing:
        store = self.desk.store
        by_number, by_email, names = transfer.student_match_index(store)
        return Existing(
            by_number=by_number,
            by_email=by_email,
            name_keys=names,
            moments=lambda ids: transfer.consultation_moments(store, ids),
            follow_ups=lambda ids: transfer.follow_up_keys(store, ids),
        )

    def plan(self, table: Table, mapping: Mapping) -> Plan:
        return plan_import(table, mapping, self.existing(), today=self.desk.clock.today())

    # -- 3. write ----------------------------------------------------------------------------

    def run(
        self,
        plan: Plan,
        *,
        skip_invalid: bool = False,
        progress: Progress | None = None,
    ) -> ImportResult:
        """Write the plan in one transaction. See the module docstring for the policy."""
        if plan.file_problems:
            raise ImportRefused(
                tr_noop(
                    "Nothing was imported: the file could not be read, or no column is mapped"
                    " to Name or Student number."
                )
            )
        if plan.refused and not skip_invalid:
            raise ImportRefused(refused=len(plan.refused))
        result = ImportResult(rows_skipped=len(plan.refused))
        order = _write_order(plan)
        total = len(order)
        desk = self.desk
        ids: dict[str, int] = {}
        with desk.deferred_notifications(), desk.store.transaction():
            for done, row in enumerate(order, start=1):
                ps = plan.students[row.student_key]
                sid = ids.get(row.student_key)
                if sid is None:
                    if ps.existing_id is not None:
                        sid = ps.existing_id
                        result.students_matched += 1
                    else:
                        sid = desk.create_student(replace(ps.student, id=None)).id
                        result.students_created += 1
                    assert sid is not None
                    ids[row.student_key] = sid
                consultation_id = None
                if row.consultation is not None:
                    c = desk.log_consultation(replace(row.consultation, student_id=sid))
                    consultation_id = c.id
                    result.consultations += 1
                    result.referrals += len(row.consultation.referrals)
                fu = row.follow_up
                if fu is not None:
                    f = desk.schedule_follow_up(
                        sid,
                        fu.due_date,
                        kind=fu.kind,
                        due_time=fu.due_time,
                        note=fu.note,
                        consultation_id=consultation_id,
                    )
                    if fu.status == "done":
                        desk.complete_follow_up(f.id, on=fu.done_on or fu.due_date)
                    elif fu.status == "missed":
                        desk.miss_follow_up(f.id)
                    elif fu.status == "cancelled":
                        desk.cancel_follow_up(f.id)
                    result.follow_ups += 1
                result.rows_imported += 1
                if progress is not None and (done % 100 == 0 or done == total):
                    if progress(done, total) is False:
                        raise ImportCancelled()
            desk.log_event("imported", "import", None, result.detail())
        return result


def _write_order(plan: Plan) -> list[PlannedRow]:
    """Students in the order they first appear; each student's consultations oldest first
    (so the case opens on the first one), then rows without a consultation."""
    first: dict[str, int] = {}
    for i, r in enumerate(plan.rows):
        first.setdefault(r.student_key, i)
    far = dt.datetime.max

    def key(r: PlannedRow) -> tuple[int, dt.datetime, int]:
        when = r.consultation.started_at if r.consultation is not None else far
        return first[r.student_key], when, r.row

    return sorted(plan.rows, key=key)
