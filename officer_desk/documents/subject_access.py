"""The subject-access copy as documents: a readable PDF and a machine-readable JSON.

Receives the data collected by ``services/subject_access.py`` (plain JSON-ready values) and
renders it; reads no database, writes no file. The PDF is built in memory (no temporary
file). Unlike ``reports/``, these documents hold one student's personal data by design: they
are that student's own copy.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import officer_desk
from officer_desk.domain.texts import SUBJECT_ACCESS, pick


@dataclass(slots=True)
class SubjectAccess:
    """Everything held on one student, as plain JSON-ready data."""

    student_id: int
    lang: str
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.data.get("counts", {}))


def render_json(sa: SubjectAccess) -> bytes:
    return (json.dumps(sa.data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode()


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
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

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
            except (OSError, TTFError):
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

    t = {key: pick(pair, sa.lang) for key, pair in SUBJECT_ACCESS.items()}
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
                        e.get("what") or e["action"],
                        e.get("record") or f"{e['record_type']} {_rid(e['record_id'])}",
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


__all__ = ["SubjectAccess", "render_json", "render_pdf"]
