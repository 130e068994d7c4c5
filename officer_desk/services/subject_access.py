"""Subject access (GDPR Art. 15): everything held on one student as a readable PDF and a
machine-readable JSON.

The copy holds the profile, every case, every consultation with both note layers (dossier
and private working notes, which Dutch case law treats as part of the access right) and
their addenda, referrals, follow-ups, unsaved drafts, and the access-log entries about these
records. Files are written owner-only (0600) with a safe save (temp file in the same folder,
fsync, rename); the PDF is built in memory, so no plaintext temp file is ever written. The
export is recorded in the access log as ``exported`` (internal id only).

``collect`` reads the store (call it on the thread that owns the session); ``render_pdf`` and
``render_json`` are pure and may run in a worker thread; ``write_export`` writes the files.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import officer_desk
from officer_desk.domain import codebook
from officer_desk.errors import NotFound, SaveFailed, ValidationError, tr_noop
from officer_desk.services.desk import ACCESS_LOG, Desk
from officer_desk.store import access_log
from officer_desk.store import privacy as p
from officer_desk.store import records as r
from officer_desk.vault.files import safe_write

log = logging.getLogger(__name__)

FORMAT = "officer_desk-subject-access"
VERSION = 1


@dataclass(slots=True)
class SubjectAccess:
    """Everything held on one student, as plain JSON-ready data."""

    student_id: int
    lang: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.data.get("counts", {}))


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
                "record_type": e.record_type,
                "record_id": e.record_id,
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


def render_json(sa: SubjectAccess) -> bytes:
    return (json.dumps(sa.data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


_TEXT = {
    "en": {
        "title": "Copy of personal data (GDPR art. 15)",
        "intro": (
            "This document contains everything the student well-being officer holds on you in "
            "Officer Desk: your profile, cases, consultations with the dossier notes and the "
            "officer's working notes, referrals, follow-ups, and the log of who opened or "
            "exported these records and when. A machine-readable copy (JSON) accompanies it."
        ),
        "generated": "Generated",
        "retention": "Retention rule: records are deleted {years} years after the last activity"
        " unless a case is open or a legal hold applies.",
        "profile": "Profile",
        "name": "Name",
        "number": "Student number",
        "email": "E-mail",
        "programme": "Programme",
        "faculty": "Faculty",
        "phase": "Study phase",
        "group": "Student group",
        "hold": "Legal hold",
        "created": "Record created",
        "cases": "Cases",
        "opened": "Opened",
        "concern": "Primary concern",
        "status": "Status",
        "closed": "Closed",
        "reason": "Close reason",
        "consultations": "Consultations",
        "when": "When",
        "duration": "Duration (min)",
        "channel": "Channel",
        "initiator": "Initiated by",
        "urgency": "Urgency",
        "topics": "Topics",
        "finalised": "Finalised",
        "dossier": "Dossier note",
        "private": "Working note",
        "addendum": "addendum",
        "referrals": "Referrals",
        "destination": "Destination",
        "proposed": "Proposed",
        "changed": "Status changed",
        "outcome": "Outcome",
        "follow_ups": "Follow-ups",
        "due": "Due",
        "kind": "Kind",
        "done": "Done",
        "note": "Note",
        "drafts": "Unsaved drafts",
        "log": "Access log",
        "action": "Action",
        "record": "Record",
        "detail": "Detail",
        "none": "None.",
        "yes": "yes",
        "no": "no",
        "page": "Page",
    },
    "nl": {
        "title": "Kopie van persoonsgegevens (AVG art. 15)",
        "intro": (
            "Dit document bevat alles wat de studentwelzijnsfunctionaris in Officer Desk over u "
            "bewaart: uw profiel, casussen, gesprekken met de dossieraantekeningen en de "
            "werkaantekeningen van de functionaris, verwijzingen, vervolgafspraken en het "
            "logboek van wie deze gegevens wanneer heeft geopend of geëxporteerd. Een "
            "machineleesbare kopie (JSON) hoort erbij."
        ),
        "generated": "Gemaakt op",
        "retention": "Bewaarregel: gegevens worden {years} jaar na de laatste activiteit "
        "verwijderd, tenzij een casus openstaat of een bewaarplicht geldt.",
        "profile": "Profiel",
        "name": "Naam",
        "number": "Studentnummer",
        "email": "E-mail",
        "programme": "Opleiding",
        "faculty": "Faculteit",
        "phase": "Studiefase",
        "group": "Studentgroep",
        "hold": "Bewaarplicht",
        "created": "Aangemaakt",
        "cases": "Casussen",
        "opened": "Geopend",
        "concern": "Hoofdonderwerp",
        "status": "Status",
        "closed": "Gesloten",
        "reason": "Reden van sluiten",
        "consultations": "Gesprekken",
        "when": "Wanneer",
        "duration": "Duur (min)",
        "channel": "Kanaal",
        "initiator": "Initiatief van",
        "urgency": "Urgentie",
        "topics": "Onderwerpen",
        "finalised": "Afgerond",
        "dossier": "Dossieraantekening",
        "private": "Werkaantekening",
        "addendum": "aanvulling",
        "referrals": "Verwijzingen",
        "destination": "Bestemming",
        "proposed": "Voorgesteld",
        "changed": "Status gewijzigd",
        "outcome": "Uitkomst",
        "follow_ups": "Vervolgafspraken",
        "due": "Gepland",
        "kind": "Soort",
        "done": "Gedaan",
        "note": "Notitie",
        "drafts": "Niet-opgeslagen concepten",
        "log": "Toegangslogboek",
        "action": "Actie",
        "record": "Gegeven",
        "detail": "Detail",
        "none": "Geen.",
        "yes": "ja",
        "no": "nee",
        "page": "Pagina",
    },
}

_FONT_CANDIDATES = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    (
        "/System/Library/Fonts/Supplemental/Arial.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    ),
)


def _fonts() -> tuple[str, str]:
    """A Unicode TrueType font pair (names like Öztürk, Łukasz, Nguyễn must print), falling
    back to reportlab's bundled Vera."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "OD-Regular" in pdfmetrics.getRegisteredFontNames():
        return "OD-Regular", "OD-Bold"
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts"
    candidates = [*_FONT_CANDIDATES, (str(vera / "Vera.ttf"), str(vera / "VeraBd.ttf"))]
    for regular, bold in candidates:
        if Path(regular).is_file() and Path(bold).is_file():
            try:
                pdfmetrics.registerFont(TTFont("OD-Regular", regular))
                pdfmetrics.registerFont(TTFont("OD-Bold", bold))
            except Exception:
                continue
            return "OD-Regular", "OD-Bold"
    return "Helvetica", "Helvetica-Bold"


def _rid(record_id: object) -> str:
    return "" if record_id is None else str(record_id)


def _para_text(text: str | None) -> str:
    return escape(text or "").replace("\n", "<br/>")


def render_pdf(sa: SubjectAccess) -> bytes:
    """The readable copy, built in memory."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    t = _TEXT[sa.lang]
    d = sa.data
    regular, bold = _fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", parent=body, fontName=bold, fontSize=16, leading=20, spaceAfter=6)
    h2 = ParagraphStyle(
        "h2", parent=body, fontName=bold, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
    )
    h3 = ParagraphStyle("h3", parent=body, fontName=bold, fontSize=10, leading=13, spaceBefore=6)
    label = ParagraphStyle("label", parent=body, fontName=bold, spaceBefore=2)
    grid = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf2")),
            ("FONTNAME", (0, 0), (-1, 0), bold),
        ]
    )
    kv_style = TableStyle(
        [
            ("FONTNAME", (0, 0), (0, -1), bold),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
        ]
    )

    def P(text: str | None, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(_para_text(text), style)

    def when(text: str | None) -> str:
        return (text or "").replace("T", " ")

    def lbl(value: dict[str, str] | None) -> str:
        return (value or {}).get("label", "")

    def table(header: list[str], rows: list[list[str | None]], widths: list[float]) -> Table:
        data = [[P(h, small) for h in header]] + [[P(c, small) for c in row] for row in rows]
        tbl = Table(data, colWidths=widths, repeatRows=1)
        tbl.setStyle(grid)
        return tbl

    st = d["student"]
    story: list[Any] = [
        Paragraph(escape(t["title"]), h1),
        P(t["intro"]),
        Spacer(1, 3 * mm),
        P(f"{t['generated']}: {when(d['generated_at'])}", small),
        P(t["retention"].format(years=d.get("retention_years", "")), small),
        Paragraph(escape(t["profile"]), h2),
    ]
    kv = [
        (t["name"], st["display_name"]),
        (t["number"], st["student_number"]),
        (t["email"], st["email"]),
        (t["programme"], st["programme"]),
        (t["faculty"], lbl(st["faculty"])),
        (t["phase"], lbl(st["phase"])),
        (t["group"], lbl(st["student_group"])),
        (t["hold"], t["yes"] if st["legal_hold"] else t["no"]),
        (t["created"], when(st["created_at"])),
    ]
    kv_table = Table([[P(k), P(v)] for k, v in kv], colWidths=[40 * mm, 130 * mm])
    kv_table.setStyle(kv_style)
    story.append(kv_table)

    story.append(Paragraph(escape(t["cases"]), h2))
    if d["cases"]:
        story.append(
            table(
                ["#", t["opened"], t["concern"], t["status"], t["closed"], t["reason"]],
                [
                    [
                        str(c["id"]),
                        c["opened_on"],
                        lbl(c["primary_concern"]),
                        lbl(c["status"]),
                        c["closed_on"] or "",
                        lbl(c["close_reason"]),
                    ]
                    for c in d["cases"]
                ],
                [12 * mm, 22 * mm, 45 * mm, 18 * mm, 22 * mm, 51 * mm],
            )
        )
    else:
        story.append(P(t["none"]))

    story.append(Paragraph(escape(t["consultations"]), h2))
    if not d["consultations"]:
        story.append(P(t["none"]))
    for c in d["consultations"]:
        head = Paragraph(
            escape(f"#{c['id']} — {when(c['started_at'])} ({c['duration_min']} min)"), h3
        )
        facts = (
            f"{t['channel']}: {lbl(c['channel'])} · {t['initiator']}: {lbl(c['initiator'])} · "
            f"{t['urgency']}: {lbl(c['urgency'])} · "
            f"{t['topics']}: {', '.join(lbl(x) for x in c['topics'])}"
        )
        if c["finalised_at"]:
            facts += f" · {t['finalised']}: {when(c['finalised_at'])}"
        block: list[Any] = [head, P(facts, small)]
        for n in c["notes"]:
            name = t["dossier"] if n["layer"] == "dossier" else t["private"]
            if n["kind"] == "addendum":
                name = f"{name} — {t['addendum']} ({when(n['created_at'])})"
            block.append(Paragraph(escape(name), label))
            block.append(P(n["body"] or "—"))
        story.append(KeepTogether(block[:3]))
        story.extend(block[3:])

    story.append(Paragraph(escape(t["referrals"]), h2))
    if d["referrals"]:
        story.append(
            table(
                ["#", t["destination"], t["status"], t["proposed"], t["changed"], t["outcome"]],
                [
                    [
                        str(f["id"]),
                        lbl(f["destination"]),
                        lbl(f["status"]),
                        f["proposed_on"],
                        f["status_changed_on"],
                        f["outcome"],
                    ]
                    for f in d["referrals"]
                ],
                [12 * mm, 45 * mm, 25 * mm, 22 * mm, 22 * mm, 44 * mm],
            )
        )
    else:
        story.append(P(t["none"]))

    story.append(Paragraph(escape(t["follow_ups"]), h2))
    if d["follow_ups"]:
        story.append(
            table(
                ["#", t["due"], t["kind"], t["status"], t["done"], t["note"]],
                [
                    [
                        str(f["id"]),
                        f"{f['due_date']} {f['due_time'] or ''}".strip(),
                        lbl(f["kind"]),
                        lbl(f["status"]),
                        f["done_on"] or "",
                        f["note"],
                    ]
                    for f in d["follow_ups"]
                ],
                [12 * mm, 28 * mm, 30 * mm, 22 * mm, 22 * mm, 56 * mm],
            )
        )
    else:
        story.append(P(t["none"]))

    if d["drafts"]:
        story.append(Paragraph(escape(t["drafts"]), h2))
        for dr in d["drafts"]:
            story.append(P(f"{dr['key']} ({when(dr['updated_at'])})", small))
            story.append(P(dr["payload"], small))

    story.append(Paragraph(escape(t["log"]), h2))
    if d["access_log"]:
        story.append(
            table(
                ["#", t["when"], t["action"], t["record"], t["detail"]],
                [
                    [
                        str(e["id"]),
                        when(e["at"]),
                        e["action"],
                        f"{e['record_type']} {_rid(e['record_id'])}",
                        e["detail"],
                    ]
                    for e in d["access_log"]
                ],
                [14 * mm, 38 * mm, 28 * mm, 38 * mm, 52 * mm],
            )
        )
    else:
        story.append(P(t["none"]))

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{t['page']} {doc.page}")
        canvas.restoreState()

    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
        title=t["title"],
        author="Officer Desk",
        creator=f"Officer Desk {officer_desk.__version__}",
        invariant=1,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


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
