"""SQL for correcting where a record is filed: moving one consultation (with what it brought)
to another student. The rules are in ``services/corrections.py``."""

from __future__ import annotations

from officer_desk.store.db import Store


def other_records_in_case(store: Store, case_id: int, consultation_id: int) -> int:
    """How many records of the case did not come from ``consultation_id``: its other
    consultations, and referrals and follow-ups made outside that consultation."""
    return int(
        store.scalar(
            "SELECT (SELECT count(*) FROM consultation WHERE case_id = ?1 AND id != ?2)"
            " + (SELECT count(*) FROM referral WHERE case_id = ?1"
            "    AND consultation_id IS NOT ?2)"
            " + (SELECT count(*) FROM follow_up WHERE case_id = ?1"
            "    AND consultation_id IS NOT ?2)",
            (case_id, consultation_id),
        )
    )


def move_consultation(store: Store, consultation_id: int, to_student: int, to_case: int) -> None:
    """File the consultation, its notes and addenda, and the referrals and follow-ups made
    in it under ``to_student`` and ``to_case``."""
    store.execute(
        "UPDATE consultation SET student_id = ?, case_id = ? WHERE id = ?",
        (to_student, to_case, consultation_id),
    )
    store.execute(
        "UPDATE note SET student_id = ? WHERE consultation_id = ?", (to_student, consultation_id)
    )
    for table in ("referral", "follow_up"):
        store.execute(
            f"UPDATE {table} SET student_id = ?, case_id = ? WHERE consultation_id = ?",
            (to_student, to_case, consultation_id),
        )


def move_case(store: Store, case_id: int, to_student: int) -> None:
    store.execute("UPDATE case_record SET student_id = ? WHERE id = ?", (to_student, case_id))


def delete_empty_case(store: Store, case_id: int) -> None:
    """Delete a case that holds no record any more."""
    store.execute(
        "DELETE FROM case_record WHERE id = ?1"
        " AND NOT EXISTS (SELECT 1 FROM consultation WHERE case_id = ?1)"
        " AND NOT EXISTS (SELECT 1 FROM referral WHERE case_id = ?1)"
        " AND NOT EXISTS (SELECT 1 FROM follow_up WHERE case_id = ?1)",
        (case_id,),
    )
