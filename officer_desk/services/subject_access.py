"""Subject access (GDPR Art. 15): everything held on one student as a readable PDF and a
machine-readable JSON.

The copy holds the profile, every case, every consultation with both note layers (dossier
and private working notes, which Dutch case law treats as part of the access right) and
their addenda, referrals, follow-ups, unsaved drafts, and the access-log entries about these
records. Files are written owner-only (0600) with a safe save (temp file in the same folder,
fsync, rename); the PDF is built in memory, so no plaintext temp file is ever written. The
export is recorded in the access log as ``exported`` (internal id only).

``collect`` reads the store (call it on the thread that owns the session); the documents
(``documents/subject_access.py``: ``render_pdf``, ``render_json``) are pure and may run in a
worker thread; ``write_export`` renders and writes the files.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import officer_desk
from officer_desk.documents.subject_access import SubjectAccess, render_json, render_pdf
from officer_desk.domain import codebook, texts
from officer_desk.errors import NotFound, SaveFailed, ValidationError, tr_noop
from officer_desk.services.desk import ACCESS_LOG, Desk
from officer_desk.store import access_log
from officer_desk.store import privacy as p
from officer_desk.store import records as r
from officer_desk.vault.files import safe_write

log = logging.getLogger(__name__)

FORMAT = "officer_desk-subject-access"
VERSION = 1


@dataclass(frozen=True, slots=True)
class ExportResult:
    student_id: int
    pdf_path: Path | None
    json_path: Path | None
    counts: dict[str, int]


# --- collecting -------------------------------------------------------------------------------


def _d(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _m(moment: dt.datetime | None) -> str | None:
    return moment.isoformat(timespec="minutes") if moment is not None else None


def _coded(vocabulary: str, code: str, lang: str) -> dict[str, str]:
    if not code:
        return {"code": "", "label": ""}
    try:
        label = codebook.label(vocabulary, code, lang)
    except (KeyError, ValueError):
        label = code
    return {"code": code, "label": label}


def collect(desk: Desk, student_id: int, *, lang: str = "en") -> SubjectAccess:
    """Read everything held on ``student_id`` (no access-log entry is written here)."""
    store = desk.store
    s = r.get_student(store, student_id)
    if s is None:
        raise NotFound()
    lang = "nl" if lang == "nl" else "en"
    cases = r.cases_of(store, student_id)
    consultations = r.consultations_of(store, student_id)
    referrals = r.referrals_of(store, student_id)
    follow_ups = r.follow_ups_of(store, student_id)
    cons_out = []
    n_notes = n_addenda = 0
    for c in sorted(consultations, key=lambda c: (c.started_at, c.id)):
        notes = r.notes_of(store, c.id)
        n_notes += sum(1 for n in notes if n.kind == "note")
        n_addenda += sum(1 for n in notes if n.kind == "addendum")
        cons_out.append(
            {
                "id": c.id,
                "case_id": c.case_id,
                "started_at": _m(c.started_at),
                "duration_min": c.duration_min,
                "channel": _coded("channel", c.channel, lang),
                "initiator": _coded("initiator", c.initiator, lang),
                "urgency": _coded("urgency", c.urgency, lang),
                "primary_topic": _coded("topic", c.primary_topic, lang),
                "topics": [_coded("topic", t, lang) for t in c.topics],
                "finalised_at": _m(c.finalised_at),
                "notes": [
                    {
                        "id": n.id,
                        "layer": n.layer,
                        "kind": n.kind,
                        "created_at": _m(n.created_at),
                        "body": n.body,
                    }
                    for n in notes
                ],
            }
        )
    drafts = [
        {"key": key, "payload": payload, "updated_at": updated}
        for key, payload, updated in p.drafts_of(store, student_id)
    ]
    entries = p.access_entries_for_student(store, student_id)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": officer_desk.__version__,
        "generated_at": desk.clock.now().isoformat(timespec="minutes"),
        "language": lang,
        "codebook_version": codebook.CODEBOOK_VERSION,
        "retention_years": desk.setting("retention_years"),
        "officer_name": desk.setting("officer_name"),
        "student": {
            "id": s.id,
            "display_name": s.display_name,
            "student_number": s.student_number,
            "email": s.email,
            "programme": s.programme,
            "faculty": _coded("faculty", s.faculty, lang),
            "phase": _coded("phase", s.phase, lang),
            "student_group": _coded("student_group", s.student_group, lang),
            "legal_hold": s.legal_hold,
            "created_at": _m(s.created_at),
        },
        "cases": [
            {
                "id": c.id,
                "opened_on": _d(c.opened_on),
                "primary_concern": _coded("topic", c.primary_concern, lang),
                "status": _coded("case_status", c.status, lang),
                "closed_on": _d(c.closed_on),
                "close_reason": _coded("close_reason", c.close_reason, lang),
            }
            for c in sorted(cases, key=lambda c: (c.opened_on, c.id or 0))
        ],
        "consultations": cons_out,
        "referrals": [
            {
                "id": f.id,
                "case_id": f.case_id,
                "consultation_id": f.consultation_id,
                "destination": _coded("destination", f.destination, lang),
                "status": _coded("referral_status", f.status, lang),
                "proposed_on": _d(f.proposed_on),
                "status_changed_on": _d(f.status_changed_on),
                "outcome": f.outcome,
            }
            for f in sorted(referrals, key=lambda f: (f.proposed_on, f.id))
        ],
        "follow_ups": [
            {
                "id": f.id,
                "case_id": f.case_id,
                "consultation_id": f.consultation_id,
                "due_date": _d(f.due_date),
                "due_time": f.due_time.isoformat(timespec="minutes") if f.due_time else None,
                "kind": _coded("follow_up_kind", f.kind, lang),
                "status": _coded("follow_up_status", f.status, lang),
                "done_on": _d(f.done_on),
                "note": f.note,
            }
            for f in sorted(follow_ups, key=lambda f: (f.due_date, f.id))
        ],
        "drafts": drafts,
        "access_log": [
            {
                "id": e.id,
                "at": e.at.isoformat(timespec="seconds") if e.at else None,
                "action": e.action,
                "what": _log_what(e.action, e.record_type, e.detail or "", lang),
                "record_type": e.record_type,
                "record_id": e.record_id,
                "record": _log_record(e.record_type, e.record_id, lang),
                "detail": e.detail,
            }
            for e in entries
        ],
    }
    data["counts"] = {
        "cases": len(cases),
        "consultations": len(consultations),
        "notes": n_notes,
        "addenda": n_addenda,
        "referrals": len(referrals),
        "follow_ups": len(follow_ups),
        "drafts": len(drafts),
        "access_log": len(entries),
    }
    return SubjectAccess(student_id, lang, data)


# --- rendering --------------------------------------------------------------------------------


__all__ = [
    "FORMAT",
    "VERSION",
    "ExportResult",
    "SubjectAccess",
    "collect",
    "export_student",
    "record_export",
    "render_json",
    "render_pdf",
    "write_export",
]


# --- writing ----------------------------------------------------------------------------------


def write_export(
    sa: SubjectAccess, *, pdf_path: Path | None = None, json_path: Path | None = None
) -> None:
    """Render and safe-save the requested files (0600). Pure file work: worker-thread safe."""
    if pdf_path is None and json_path is None:
        raise ValidationError(tr_noop("Choose where to save the export."), field="path")
    outputs: list[tuple[Path, bytes]] = []
    if pdf_path is not None:
        outputs.append((Path(pdf_path), render_pdf(sa)))
    if json_path is not None:
        outputs.append((Path(json_path), render_json(sa)))
    for path, data in outputs:
        if not path.parent.is_dir():
            raise SaveFailed()
        safe_write(path, data, mode=0o600)


def _log_what(action: str, record_type: str, detail: str, lang: str) -> str:
    """An access-log entry as a sentence in ``lang`` (the entry itself holds codes)."""
    key = texts.access_log_what(action, record_type, detail)
    return texts.say(texts.ACCESS_LOG_WHAT, key, lang) if key else action


def _log_record(record_type: str, record_id: int | None, lang: str) -> str:
    pair = texts.ACCESS_LOG_RECORD.get(record_type)
    kind = texts.pick(pair, lang) if pair else record_type
    return kind if record_id is None else f"{kind} {record_id}"


def record_export(desk: Desk, student_id: int, kinds: str) -> None:
    """The access-log entry ``exported`` (internal id and file kinds only)."""
    with desk.store.transaction():
        access_log.append(
            desk.store,
            "exported",
            "student",
            student_id,
            f"subject_access:{kinds}",
            now=desk.clock.now(),
        )
    desk.notify(ACCESS_LOG)


def export_student(
    desk: Desk,
    student_id: int,
    *,
    pdf_path: Path | None = None,
    json_path: Path | None = None,
    lang: str = "en",
) -> ExportResult:
    """Collect, render, safe-save and log in one call (CLI and tests)."""
    if pdf_path is None and json_path is None:
        raise ValidationError(tr_noop("Choose where to save the export."), field="path")
    sa = collect(desk, student_id, lang=lang)
    write_export(sa, pdf_path=pdf_path, json_path=json_path)
    kinds = "+".join(k for k, v in (("pdf", pdf_path), ("json", json_path)) if v is not None)
    record_export(desk, student_id, kinds)
    log.info("subject-access export written (internal id %d)", student_id)
    return ExportResult(student_id, pdf_path, json_path, sa.counts)
