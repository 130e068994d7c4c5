"""PDF rendering of a release with reportlab (platypus + reportlab.graphics). No Qt.

``render_pdf(release, lang)`` is deterministic: the document is built with ``invariant=1``
(fixed creation date and document id), so the same release and language give the same bytes.
Only the standard Helvetica fonts are used (WinAnsi encoding covers Dutch ë, ï, é).
Nothing but codebook labels, fixed texts and published numbers is drawn: no dates finer than
the quarter, no names, no free text.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.charts.textlabels import NA_Label
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from officer_desk.domain.codebook import SENSITIVE_TOPICS
from officer_desk.domain.codebook import label as codebook_label
from officer_desk.domain.period import display_label
from officer_desk.reports import labels as report_labels
from officer_desk.reports.build import DraftSummary
from officer_desk.reports.bundle import ALL_FACULTIES
from officer_desk.reports.labels import LANGS, METHOD, code_label, text
from officer_desk.reports.tables import ProtectedTable, Release

SYMBOL = "x"
AT_LEAST = "≥"  # derived reports: "≥ k" for a suppressed sum whose published parts add to k
PAGE_W, PAGE_H = A4
MARGIN = 2.0 * cm
CONTENT_W = PAGE_W - 2 * MARGIN - 12  # the frame keeps 6 pt padding on each side

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#2f5d8a")
LIGHT = colors.HexColor("#e8eef5")
ZEBRA = colors.HexColor("#f6f8fa")
RULE = colors.HexColor("#c5cfda")
MUTED = colors.HexColor("#5b6773")
BAR = colors.HexColor("#4f7cac")
BAR_LOWER = colors.HexColor("#a9bfd8")  # a bar of height k for "≥ k"

_BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=9.5, leading=13, textColor=INK)
STYLES = {
    "title": ParagraphStyle(
        "title", parent=_BASE, fontName="Helvetica-Bold", fontSize=24, leading=30
    ),
    "subtitle": ParagraphStyle("subtitle", parent=_BASE, fontSize=14, leading=20, textColor=MUTED),
    "h1": ParagraphStyle(
        "h1",
        parent=_BASE,
        fontName="Helvetica-Bold",
        fontSize=15,
        leading=20,
        spaceBefore=6,
        spaceAfter=8,
        textColor=ACCENT,
    ),
    "caption": ParagraphStyle(
        "caption", parent=_BASE, fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=4
    ),
    "body": _BASE,
    "note": ParagraphStyle("note", parent=_BASE, fontSize=8, leading=10.5, textColor=MUTED),
    "cell": ParagraphStyle("cell", parent=_BASE, fontSize=8, leading=9.5, alignment=TA_LEFT),
    "head": ParagraphStyle(
        "head", parent=_BASE, fontName="Helvetica-Bold", fontSize=7, leading=8.5, alignment=2
    ),
    "headl": ParagraphStyle(
        "headl", parent=_BASE, fontName="Helvetica-Bold", fontSize=7.5, leading=9
    ),
    "meta": ParagraphStyle("meta", parent=_BASE, fontSize=11, leading=16),
    "method": ParagraphStyle("method", parent=_BASE, fontSize=9.5, leading=13.5, spaceAfter=6),
}


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _num(v: int | None, lower: int | None = None) -> str:
    if v is not None:
        return str(v)
    return f"{AT_LEAST} {lower}" if lower else SYMBOL


def _faculty_label(code: str, lang: str) -> str:
    if code == ALL_FACULTIES:
        return text("all_faculties", lang)
    return codebook_label("faculty", code, lang)


def _source_label(ident: str, lang: str) -> str:
    fac, _, period = ident.partition("@")
    return f"{_faculty_label(fac, lang)} {display_label(period, lang)}"


# --- page furniture -------------------------------------------------------------------------


DRAFT_INK = colors.HexColor("#b3261e")
DRAFT_WASH = colors.Color(0.70, 0.15, 0.12, alpha=0.10)


def _draft_marks(c: rl_canvas.Canvas, lang: str) -> None:
    """DRAFT / CONCEPT across the page and a banner at its top (every page of a draft)."""
    c.saveState()
    c.setFillColor(DRAFT_WASH)
    c.setFont("Helvetica-Bold", 110)
    c.translate(PAGE_W / 2, PAGE_H / 2)
    c.rotate(50)
    c.drawCentredString(0, -36, text("draft_mark", lang))
    c.restoreState()
    c.saveState()
    c.setFillColor(DRAFT_INK)
    c.setFont("Helvetica-Bold", 9)
    c.drawRightString(PAGE_W - MARGIN, PAGE_H - 0.8 * cm, text("draft_banner", lang))
    c.restoreState()


def _numbered_canvas(lang: str, header: str, draft: bool = False) -> type:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]  # reportlab has no stubs
        """Two-pass page numbering: "Page n of N" needs the page count."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            n = self._pageNumber
            if draft:
                _draft_marks(self, lang)
            self.saveState()
            self.setFont("Helvetica", 7.5)
            self.setFillColor(MUTED)
            self.drawCentredString(PAGE_W / 2, 1.1 * cm, text("page", lang, n=n, total=total))
            if n > 1:
                self.drawString(MARGIN, PAGE_H - 1.2 * cm, header)
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(MARGIN, PAGE_H - 1.35 * cm, PAGE_W - MARGIN, PAGE_H - 1.35 * cm)
            self.restoreState()

    return NumberedCanvas


# --- tables ---------------------------------------------------------------------------------


def _grid(
    t: ProtectedTable, lang: str, *, first_col: float, total_label: str | None = None
) -> Table:
    """A readable table: labels in the first column, numbers right-aligned, totals bold."""
    s = t.spec
    two_way = s.two_way
    low = t.lower_bounds()
    r, c = s.n_rows, s.n_cols
    col_heads = [Paragraph(_esc(code_label(s.col_vocab, c, lang)), STYLES["head"]) for c in s.cols]
    tot_label = total_label or text("total", lang)
    header: list[object] = [Paragraph("", STYLES["headl"]), *col_heads]
    if two_way:
        header.append(Paragraph(_esc(tot_label), STYLES["head"]))
    rows: list[list[object]] = [header]
    for i, code in enumerate(s.rows):
        name = code_label(s.row_vocab, code, lang)
        if code in s.sensitive_rows:
            name += " *"
        line: list[object] = [Paragraph(_esc(name), STYLES["cell"])]
        line += [_num(v, low.get((i, j))) for j, v in enumerate(t.cells[i])]
        if two_way:
            line.append(_num(t.row_totals[i], low.get((i, c))))
        rows.append(line)
    if s.protected or two_way or len(s.cols) > 1:
        foot: list[object] = [Paragraph(f"<b>{_esc(tot_label)}</b>", STYLES["cell"])]
        foot += [_num(v, low.get((r, j))) for j, v in enumerate(t.col_totals)]
        if two_way:
            foot.append(_num(t.total, low.get((r, c))))
        rows.append(foot)
    n_num = len(s.cols) + (1 if two_way else 0)
    heads = [code_label(s.col_vocab, c, lang) for c in s.cols] + [tot_label]
    widest = max(stringWidth(w, "Helvetica-Bold", 7) for h in heads for w in h.split())
    min_num = max(widest + 6.5, 1.2 * cm)  # 2 + 4 padding: never split a header word
    num_w = min(2.6 * cm, max(min_num, (CONTENT_W - first_col) / max(n_num, 1)))
    first_col = min(first_col, CONTENT_W - num_w * n_num)
    table = Table(rows, colWidths=[first_col] + [num_w] * n_num, repeatRows=1)
    style = [
        ("FONT", (1, 1), (-1, -1), "Helvetica", 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ("FONT", (1, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (1, 0), (-1, -1), 2),
        ("RIGHTPADDING", (1, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 3),
        ("RIGHTPADDING", (0, 0), (0, -1), 2),
    ]
    if two_way:
        style += [
            ("FONT", (-1, 1), (-1, -1), "Helvetica-Bold", 8.5),
            ("LINEBEFORE", (-1, 0), (-1, -1), 0.5, RULE),
        ]
    for r in range(1, len(rows) - 1):
        if r % 2 == 0:
            style.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    table.setStyle(TableStyle(style))
    return table


def _all_hidden(t: ProtectedTable) -> bool:
    values = [v for row in t.cells for v in row] + list(t.row_totals) + list(t.col_totals)
    return all(v is None for v in values) and not t.lower


def _table_block(
    release: Release,
    t: ProtectedTable,
    lang: str,
    caption: str,
    *,
    first_col: float = 5.2 * cm,
    notes: Sequence[str] = (),
    total_label: str | None = None,
    keep: bool = True,
) -> list[object]:
    out: list[object] = [Paragraph(_esc(caption), STYLES["caption"])]
    if t.withheld:
        n = release.band_limit
        out.append(Paragraph(_esc(text("withheld", lang, n=n, band=t.band)), STYLES["body"]))
    elif t.spec.protected and _all_hidden(t):
        if t.total is None:
            out.append(Paragraph(_esc(text("not_published", lang)), STYLES["body"]))
        else:
            why = "breakdown_combined" if release.sources else "breakdown_only"
            out.append(Paragraph(_esc(text(why, lang)), STYLES["body"]))
            out.append(Paragraph(f"{_esc(text('total', lang))}: <b>{t.total}</b>", STYLES["body"]))
    else:
        out.append(_grid(t, lang, first_col=first_col, total_label=total_label))
    for note in notes:
        out.append(Spacer(1, 3))
        out.append(Paragraph(_esc(note), STYLES["note"]))
    if t.unknown:
        who = ", ".join(_source_label(u, lang) for u in t.unknown)
        out.append(Spacer(1, 3))
        out.append(
            Paragraph(
                _esc(text("unknown_note", lang, who=who, n=release.band_limit, max=t.unknown_max)),
                STYLES["note"],
            )
        )
    out.append(Spacer(1, 12))
    return [KeepTogether(out)] if keep else out


def _side_by_side(left: list[object], right: list[object]) -> Table:
    outer = Table([[left, right]], colWidths=[CONTENT_W / 2, CONTENT_W / 2])
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return outer


# --- charts ---------------------------------------------------------------------------------


def _chart_title(d: Drawing, title: str) -> None:
    d.add(String(0, d.height - 11, title, fontName="Helvetica-Bold", fontSize=9, fillColor=INK))


def _no_chart(title: str, lang: str) -> Drawing:
    d = Drawing(CONTENT_W, 34)
    _chart_title(d, title)
    d.add(String(0, 6, text("chart_none", lang), fontName="Helvetica", fontSize=8, fillColor=MUTED))
    return d


def _bar_values(
    values: list[int | None], lows: Sequence[int | None] | None
) -> tuple[list[int | None], list[str], list[int]]:
    """Bar heights, bar labels and the indexes of "≥ k" bars: a suppressed value with a lower
    bound k is drawn as a bar of height k labelled "≥ k"; without one it stays the symbol."""
    lows = lows or [None] * len(values)
    data: list[int | None] = []
    labels: list[str] = []
    lower_idx: list[int] = []
    for k, (v, low) in enumerate(zip(values, lows, strict=True)):
        if v is None and low:
            data.append(low)
            labels.append(f"{AT_LEAST} {low}")
            lower_idx.append(k)
        else:
            data.append(v)
            labels.append("" if v is None else str(v))
    return data, labels, lower_idx


def _style_bars(
    bc: VerticalBarChart | HorizontalBarChart,
    data: list[int | None],
    labels: list[str],
    lower_idx: list[int],
    names: list[str],
    *,
    label_size: float,
    na_size: float,
) -> None:
    """The house style shared by the vertical and horizontal bar charts."""
    bc.data = [data]
    bc.bars[0].fillColor = BAR
    bc.bars[0].strokeColor = None
    for k in lower_idx:
        bc.bars[(0, k)].fillColor = BAR_LOWER
    bc.valueAxis.valueMin = 0
    bc.valueAxis.labels.fontName = "Helvetica"
    bc.valueAxis.labels.fontSize = 7
    bc.valueAxis.gridStrokeColor = RULE
    bc.valueAxis.visibleGrid = True
    bc.valueAxis.strokeColor = RULE
    bc.categoryAxis.categoryNames = names
    bc.categoryAxis.labels.fontName = "Helvetica"
    bc.categoryAxis.labels.fontSize = label_size
    bc.categoryAxis.strokeColor = RULE
    bc.barLabelFormat = "values"
    bc.barLabelArray = [labels]
    bc.barLabels.fontName = "Helvetica"
    bc.barLabels.fontSize = 7
    bc.naLabel = NA_Label()
    bc.naLabel.text = SYMBOL
    bc.naLabel.fontName = "Helvetica"
    bc.naLabel.fontSize = na_size


def _vbar(
    title: str,
    names: list[str],
    values: list[int | None],
    lang: str,
    lows: Sequence[int | None] | None = None,
) -> Drawing:
    data, labels, lower_idx = _bar_values(values, lows)
    if sum(1 for v in data if v) < 2:
        return _no_chart(title, lang)
    d = Drawing(CONTENT_W, 190)
    _chart_title(d, title)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 36, 42, CONTENT_W - 50, 118
    _style_bars(bc, data, labels, lower_idx, names, label_size=7, na_size=8)
    bc.categoryAxis.labels.boxAnchor = "n"
    bc.barLabels.nudge = 6
    bc.barWidth = 10
    d.add(bc)
    return d


def _hbar(
    title: str,
    names: list[str],
    values: list[int | None],
    lang: str,
    lows: Sequence[int | None] | None = None,
) -> Drawing:
    data, labels, lower_idx = _bar_values(values, lows)
    if sum(1 for v in data if v) < 2:
        return _no_chart(title, lang)
    row_h = 13
    height = 30 + row_h * len(names) + 22
    d = Drawing(CONTENT_W, height)
    _chart_title(d, title)
    bc = HorizontalBarChart()
    label_w = 175
    bc.x, bc.y = label_w, 20
    bc.width, bc.height = CONTENT_W - label_w - 30, row_h * len(names)
    # Horizontal charts list the first category at the top: reverse everything.
    last = len(data) - 1
    _style_bars(
        bc,
        list(reversed(data)),
        list(reversed(labels)),
        [last - k for k in lower_idx],
        list(reversed(names)),
        label_size=7.5,
        na_size=7.5,
    )
    bc.categoryAxis.labels.boxAnchor = "e"
    bc.categoryAxis.labels.dx = -4
    bc.barLabels.boxAnchor = "w"
    bc.barLabels.dx = 3
    bc.naLabel.boxAnchor = "w"
    bc.naLabel.dx = 3
    bc.barWidth = 9
    d.add(bc)
    return d


def _trend(title: str, release: Release, lang: str) -> Drawing:
    """Students seen per quarter; a quarter without a published figure is a gap in the line
    (its label shows the band or the symbol)."""
    points = list(release.trend)
    known = [p.students_seen for p in points if p.students_seen is not None]
    if len(points) < 2 or not known:
        return _no_chart(title, lang)
    runs: list[list[tuple[int, int]]] = [[]]
    for k, p in enumerate(points):
        if p.students_seen is None:
            runs.append([])
        else:
            runs[-1].append((k, p.students_seen))
    runs = [r for r in runs if r]
    names = [
        display_label(p.period, lang)
        if p.students_seen is not None
        else f"{display_label(p.period, lang)} ({p.band or SYMBOL})"
        for p in points
    ]
    d = Drawing(CONTENT_W, 170)
    _chart_title(d, title)
    lp = LinePlot()
    lp.x, lp.y, lp.width, lp.height = 40, 30, CONTENT_W - 70, 110
    lp.data = runs
    lp.lineLabelFormat = "%d"
    lp.lineLabels.fontName = "Helvetica"
    lp.lineLabels.fontSize = 7.5
    lp.lineLabels.dy = 8
    for k, run in enumerate(runs):
        lp.lines[k].strokeColor = ACCENT if len(run) > 1 else None
        lp.lines[k].strokeWidth = 2
        lp.lines[k].symbol = makeMarker("FilledCircle", size=4, fillColor=ACCENT)
    x = lp.xValueAxis
    x.valueMin, x.valueMax, x.valueStep = -0.5, len(points) - 0.5, 1
    x.valueSteps = list(range(len(points)))
    x.labelTextFormat = lambda v: names[int(round(v))] if 0 <= round(v) < len(names) else ""
    x.labels.fontName = "Helvetica"
    x.labels.fontSize = 7.5
    x.labels.boxAnchor = "n"
    x.strokeColor = RULE
    y = lp.yValueAxis
    y.valueMin = 0
    y.valueMax = max(10, int(max(known) * 1.25) + 1)
    y.labels.fontName = "Helvetica"
    y.labels.fontSize = 7
    y.visibleGrid = True
    y.gridStrokeColor = RULE
    y.strokeColor = RULE
    d.add(lp)
    return d


# --- sections -------------------------------------------------------------------------------


def _key_figures(release: Release, lang: str) -> list[object]:
    seen = release.table("seen")
    seen_text = seen.band if seen.withheld else _num(seen.total)
    gt = seen.spec.grand_total_pos()
    lower = seen.lower_bounds().get(gt) if gt is not None else None
    if seen.unknown and seen.total is not None:
        seen_text = text("at_least", lang, n=seen.total)  # withheld sources are not in it
    elif seen.total is None and lower:
        seen_text = text("at_least", lang, n=lower)  # a source hid its total: "≥ k"
    rows: list[list[object]] = [
        [Paragraph(_esc(text("fig_students_seen", lang)), STYLES["cell"]), seen_text or SYMBOL]
    ]
    for f in release.figures:
        if f.value is None:
            shown = SYMBOL
        elif f.unit == "percent":
            shown = f"{f.value}%"
        elif f.unit == "days":
            shown = text("days", lang, n=f.value)
        else:
            shown = str(f.value)
        rows.append([Paragraph(_esc(text(f"fig_{f.key}", lang)), STYLES["cell"]), shown])
    table = Table(rows, colWidths=[9.5 * cm, 3.2 * cm])
    style = [
        ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 10),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
        ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
    ]
    table.setStyle(TableStyle(style))
    table.hAlign = "LEFT"
    return [
        Paragraph(_esc(text("key_figures", lang)), STYLES["caption"]),
        table,
        Spacer(1, 14),
    ]


def _title_page(release: Release, lang: str) -> list[object]:
    sub = {"quarter": "subtitle_quarter", "ytd": "subtitle_ytd", "merged": "subtitle_merged"}
    meta = [
        (text("faculty", lang), _faculty_label(release.faculty, lang)),
        (text("period", lang), display_label(release.period, lang)),
    ]
    if release.generated_in:
        meta.append((text("generated", lang), display_label(release.generated_in, lang)))
    meta.append((text("codebook", lang), release.codebook_version))
    if release.draft:
        meta.append((text("status", lang), text("status_draft", lang)))
    elif release.stamp is not None:
        meta.append((text("status", lang), text("status_released", lang, n=release.stamp.sequence)))
    elif release.sources:
        meta.append((text("status", lang), text("status_derived", lang)))
    meta_rows = [
        [Paragraph(_esc(k), STYLES["meta"]), Paragraph(f"<b>{_esc(v)}</b>", STYLES["meta"])]
        for k, v in meta
    ]
    meta_table = Table(meta_rows, colWidths=[5 * cm, CONTENT_W - 5 * cm])
    meta_table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out: list[object] = [
        Spacer(1, 4.5 * cm),
        Paragraph(_esc(text("title", lang)), STYLES["title"]),
        Spacer(1, 4),
        Paragraph(
            _esc(text("subtitle_draft" if release.draft else sub[release.kind], lang)),
            STYLES["subtitle"],
        ),
        Spacer(1, 1.2 * cm),
        meta_table,
        Spacer(1, 1.0 * cm),
    ]
    if release.sources:
        names = ", ".join(_source_label(s, lang) for s in release.sources)
        out.append(
            Paragraph(f"<b>{_esc(text('sources', lang))}:</b> {_esc(names)}", STYLES["body"])
        )
        out.append(Spacer(1, 8))
    out += [
        Paragraph(
            _esc(
                text(
                    "threshold_line",
                    lang,
                    t=release.threshold,
                    s=release.sensitive_threshold,
                )
            ),
            STYLES["body"],
        ),
        Paragraph(_esc(text("symbol_line", lang)), STYLES["body"]),
    ]
    if any(t.lower for t in release.tables):
        out.append(Paragraph(_esc(text("lower_line", lang)), STYLES["body"]))
    out += [
        Spacer(1, 8),
        Paragraph(_esc(text("confidential", lang)), STYLES["note"]),
        PageBreak(),
    ]
    return out


def _protection(release: Release, lang: str) -> list[object]:
    """The method note's paragraphs on what is protected and how (docs/DISCLOSURE.md)."""
    subjects = [codebook_label("topic", c, lang).lower() for c in sorted(SENSITIVE_TOPICS)]
    subjects += report_labels.PROTECTION_SUBJECTS["nl" if lang == "nl" else "en"]
    params = dict(
        tm=release.threshold - 1,
        sm=release.sensitive_threshold - 1,
        t=release.threshold,
        s=release.sensitive_threshold,
        sensitive=", ".join(subjects),
    )
    return [
        Paragraph(_esc(para.format(**params)), STYLES["method"])
        for para in report_labels.PROTECTION["nl" if lang == "nl" else "en"]
    ]


def _method(release: Release, lang: str) -> list[object]:
    sensitive = ", ".join(
        codebook_label("topic", c, lang).lower() for c in sorted(SENSITIVE_TOPICS)
    )
    params = dict(
        tm=release.threshold - 1,
        sm=release.sensitive_threshold - 1,
        t=release.threshold,
        sensitive=sensitive,
        n=release.band_limit,
        band=f"<{release.band_limit}",
        codebook=release.codebook_version,
    )
    out: list[object] = [
        CondPageBreak(8 * cm),
        Paragraph(_esc(text("sec_method", lang)), STYLES["h1"]),
    ]
    paragraphs = METHOD["nl" if lang == "nl" else "en"]
    out.append(Paragraph(_esc(paragraphs[0].format(**params)), STYLES["method"]))
    out += _protection(release, lang)
    for para in paragraphs[1:]:
        out.append(Paragraph(_esc(para.format(**params)), STYLES["method"]))
    if release.kind == "ytd":
        out.append(Paragraph(_esc(text("ytd_note", lang)), STYLES["method"]))
    if release.kind != "quarter":
        out.append(Paragraph(_esc(text("lower_note", lang)), STYLES["method"]))
    for key in ("method_drafts", "method_period_kind", "method_merge"):
        out.append(Paragraph(_esc(text(key, lang)), STYLES["method"]))
    return out


def _story(release: Release, lang: str) -> list[object]:
    story = _title_page(release, lang)
    seen = release.table("seen")

    # 1 reach
    story.append(Paragraph(_esc(text("sec_reach", lang)), STYLES["h1"]))
    story += _key_figures(release, lang)
    story += _table_block(release, seen, lang, text("cap_seen", lang), first_col=5.0 * cm)
    if not seen.withheld:
        names = [code_label("phase", c, lang) for c in seen.spec.rows]
        story.append(
            _vbar(
                text("chart_seen", lang),
                _wrap_names(names),
                list(seen.row_totals),
                lang,
                _margin_lows(seen, rows=True),
            )
        )
        story.append(Spacer(1, 10))
    trend_title = text("chart_ytd_trend" if release.kind == "ytd" else "chart_trend", lang)
    story.append(_trend(trend_title, release, lang))

    # 2 access
    story.append(PageBreak())
    story.append(Paragraph(_esc(text("sec_access", lang)), STYLES["h1"]))
    half = 4.4 * cm
    story.append(
        _side_by_side(
            _table_block(
                release,
                release.table("initiator"),
                lang,
                text("cap_initiator", lang),
                first_col=half,
                keep=False,
            ),
            _table_block(
                release,
                release.table("urgency"),
                lang,
                text("cap_urgency", lang),
                first_col=half,
                keep=False,
                notes=[text("sensitive_note", lang, s=release.sensitive_threshold)],
            ),
        )
    )

    sensitive = text("sensitive_note", lang, s=release.sensitive_threshold)
    # 3 topics, 4 referrals, 5 follow-up, 6 outreach
    story += _section(
        release,
        lang,
        "topics",
        "sec_topics",
        CondPageBreak(9 * cm),
        first_col=6.0 * cm,
        notes=[text("multi_note", lang), sensitive],
        chart=("chart_topics", "topic", True),
    )
    story += _section(
        release,
        lang,
        "referrals",
        "sec_referrals",
        PageBreak(),
        first_col=4.2 * cm,
        notes=[text("multi_note_ref", lang), sensitive],
        chart=("chart_referrals", "referral_status", False),
    )
    story += _section(
        release,
        lang,
        "follow_ups",
        "sec_follow_up",
        CondPageBreak(7 * cm),
        first_col=7 * cm,
        notes=[text("follow_note", lang)],
    )
    story += _section(
        release,
        lang,
        "outreach",
        "sec_outreach",
        CondPageBreak(7 * cm),
        first_col=7 * cm,
        notes=[text("outreach_note", lang)],
    )

    # 7 method
    story += _method(release, lang)
    return story


def _section(
    release: Release,
    lang: str,
    key: str,
    heading: str,
    page_break: object,
    *,
    first_col: float,
    notes: list[str],
    chart: tuple[str, str, bool] | None = None,
) -> list[object]:
    """One table section: a page break, the heading, the table with its notes and, when
    ``chart`` = (title text, vocabulary, by rows) is given and the table shows figures, a bar
    chart of its row totals (horizontal) or column totals (vertical)."""
    table = release.table(key)
    out: list[object] = [page_break, Paragraph(_esc(text(heading, lang)), STYLES["h1"])]
    out += _table_block(
        release, table, lang, text(f"cap_{key}", lang), first_col=first_col, notes=notes
    )
    if chart is not None and not table.withheld and not _all_hidden(table):
        title, vocabulary, by_rows = chart
        codes = table.spec.rows if by_rows else table.spec.cols
        names = [code_label(vocabulary, c, lang) for c in codes]
        totals = list(table.row_totals if by_rows else table.col_totals)
        bar = _hbar if by_rows else _vbar
        out.append(bar(text(title, lang), names, totals, lang, _margin_lows(table, rows=by_rows)))
    return out


def _margin_lows(t: ProtectedTable, *, rows: bool) -> list[int | None]:
    """Lower bounds of the row totals (``rows``) or the column totals, in chart order."""
    low = t.lower_bounds()
    r, c = t.spec.n_rows, t.spec.n_cols
    if rows:
        return [low.get((i, c)) for i in range(r)]
    return [low.get((r, j)) for j in range(c)]


def _wrap_names(names: list[str]) -> list[str]:
    """Break long category names over two lines for vertical bar charts."""
    out = []
    for n in names:
        if len(n) > 14 and ", " in n:
            a, b = n.split(", ", 1)
            out.append(f"{a},\n{b}")
        else:
            out.append(n)
    return out


def _doc(buf: io.BytesIO, title: str, subject: str, lang: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Officer Desk",
        subject=subject,
        creator="Officer Desk",
        invariant=1,
        lang=lang,
    )


def render_pdf(release: Release, lang: str = "en", *, on_screen: bool = False) -> bytes:
    """The report as PDF bytes (deterministic for the same release and language).

    A draft's full figures are for the officer's own screen only (``on_screen=True``: the
    preview is kept in memory, never in a file); a draft that is saved or printed is made by
    ``render_draft_pdf`` instead. Every page of a draft is marked DRAFT / CONCEPT."""
    if lang not in LANGS:
        raise ValueError("lang must be 'en' or 'nl'")
    if release.draft and not on_screen:
        raise ValueError("a draft's full figures are shown on screen only")
    buf = io.BytesIO()
    faculty = _faculty_label(release.faculty, lang)
    period = display_label(release.period, lang)
    header = f"{text('title', lang)}  ·  {faculty}  ·  {period}"
    mark = f"{text('draft_mark', lang)} " if release.draft else ""
    doc = _doc(
        buf,
        f"{mark}{text('title', lang)} {faculty} {period}",
        text("subtitle_draft" if release.draft else "subtitle_" + release.kind, lang),
        lang,
    )
    doc.build(_story(release, lang), canvasmaker=_numbered_canvas(lang, header, release.draft))
    return buf.getvalue()


def render_draft_pdf(draft: DraftSummary, lang: str = "en") -> bytes:
    """A saved or printed draft: marked DRAFT / CONCEPT on every page, no table, only the
    number of students and consultations in bands (``DraftSummary``)."""
    if lang not in LANGS:
        raise ValueError("lang must be 'en' or 'nl'")
    buf = io.BytesIO()
    faculty = _faculty_label(draft.faculty, lang)
    period = display_label(draft.period, lang)
    header = f"{text('title', lang)}  ·  {faculty}  ·  {period}"
    doc = _doc(
        buf,
        f"{text('draft_mark', lang)} {text('title', lang)} {faculty} {period}",
        text("subtitle_draft", lang),
        lang,
    )
    meta = [
        (text("faculty", lang), faculty),
        (text("period", lang), period),
        (text("generated", lang), display_label(draft.generated_in, lang)),
        (text("codebook", lang), draft.codebook_version),
        (text("status", lang), text("status_draft", lang)),
    ]
    meta_table = Table(
        [
            [Paragraph(_esc(k), STYLES["meta"]), Paragraph(f"<b>{_esc(v)}</b>", STYLES["meta"])]
            for k, v in meta
        ],
        colWidths=[5 * cm, CONTENT_W - 5 * cm],
    )
    meta_table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    hidden = text("draft_hidden", lang)
    figures = Table(
        [
            [Paragraph(_esc(text("draft_students", lang)), STYLES["cell"]), draft.students_seen],
            [
                Paragraph(_esc(text("draft_consultations", lang)), STYLES["cell"]),
                draft.consultations or hidden,
            ],
        ],
        colWidths=[9.5 * cm, 3.2 * cm],
    )
    figures.setStyle(
        TableStyle(
            [
                ("FONT", (1, 0), (1, -1), "Helvetica-Bold", 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("BOX", (0, 0), (-1, -1), 0.6, ACCENT),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    figures.hAlign = "LEFT"
    story: list[object] = [
        Spacer(1, 3.5 * cm),
        Paragraph(_esc(text("title", lang)), STYLES["title"]),
        Spacer(1, 4),
        Paragraph(_esc(text("subtitle_draft", lang)), STYLES["subtitle"]),
        Spacer(1, 1.0 * cm),
        meta_table,
        Spacer(1, 0.8 * cm),
        Paragraph(_esc(text("draft_figures", lang)), STYLES["caption"]),
        figures,
        Spacer(1, 10),
        Paragraph(_esc(text("draft_intro", lang)), STYLES["body"]),
        Spacer(1, 14),
        Paragraph(_esc(text("sec_method", lang).split("  ", 1)[-1]), STYLES["h1"]),
    ]
    for key in ("method_drafts", "method_period_kind", "method_merge"):
        story.append(Paragraph(_esc(text(key, lang)), STYLES["method"]))
    story.append(Paragraph(_esc(text("confidential", lang)), STYLES["note"]))
    doc.build(story, canvasmaker=_numbered_canvas(lang, header, True))
    return buf.getvalue()
