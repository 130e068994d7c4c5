"""Reports: pick a quarter, preview the anonymised PDF inside the app, export the PDF and the
signed bundle, release (freeze) a quarter, and merge faculty bundles (central office).

Building and rendering run on a worker thread; the PDF is previewed from memory (QBuffer),
never through a temp file. A quarter that is not released is a draft: its full figures are
shown here only, an exported draft PDF shows banded totals, and there is no bundle to export
(docs/DISCLOSURE.md, "Drafts, releases, period kinds and merging"). The vault reports in one
kind of quarter, chosen in Settings.
"""

from __future__ import annotations

import datetime as dt
import html
import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook, texts
from officer_desk.domain.period import Period, display_label
from officer_desk.errors import OfficerDeskError
from officer_desk.services.reporting import (
    Release,
    Reporting,
    ReportResult,
    bundle_claims,
    fingerprint,
    load_bundles,
    preload_libraries,
    render_pdf,
)
from officer_desk.services.workers import JobStopped, worker_desk
from officer_desk.ui import style
from officer_desk.ui.context import UiContext
from officer_desk.ui.icons import icon
from officer_desk.ui.messages import error_message
from officer_desk.ui.tasks import STOP, run_job, run_task
from officer_desk.ui.views.common import BaseView, fmt_date


def preload_report_libraries() -> None:
    """Import what building and rendering a report needs (run on a worker thread)."""
    preload_libraries()


def recent_periods(today: dt.date, kind: str, count: int = 8) -> list[Period]:
    """The current quarter and the ``count - 1`` before it, newest first."""
    out = [Period.containing(today, kind)]
    while len(out) < count:
        out.append(out[-1].previous())
    return out


class ReportsView(BaseView):
    view_id = "reports"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.reporting = Reporting(ctx.desk)
        self._result: ReportResult | None = None
        self._pdf_bytes = b""
        self._buffer: QBuffer | None = None
        self._busy = False
        self._preloaded = False

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Calendar quarters"), "calendar")
        self.kind.addItem(self.tr("Academic-year quarters"), "academic")
        self.kind.setAccessibleName(self.tr("Kind of quarter"))
        # one kind of quarter per vault (overlapping kinds would give single months)
        self.kind.setCurrentIndex(max(0, self.kind.findData(self.reporting.period_kind())))
        self.kind.setEnabled(False)
        self.kind.setToolTip(
            self.tr("The vault reports in one kind of quarter; it is chosen in Settings.")
        )
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Quarter"))
        self.period.setMinimumContentsLength(12)
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("Nederlands", "nl")
        self.lang.setCurrentIndex(1 if ctx.lang == "nl" else 0)
        self.lang.setAccessibleName(self.tr("Language of the report"))
        self.build_button = QPushButton(self.tr("&Preview"))
        self.build_button.setAccessibleName(self.tr("Build the report preview"))

        self.build_button.setIcon(icon("show"))
        picker = style.FlowLayout()
        for label, widget in (
            (self.tr("&Quarters:"), self.kind),
            (self.tr("Q&uarter:"), self.period),
            (self.tr("&Language:"), self.lang),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            picker.addWidget(lab)
            picker.addWidget(widget)
        picker.addWidget(self.build_button)
        picker.addStretch(1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Report status"))
        style.reserve_space(self.status, lines=2)  # most statuses take one or two lines

        self.export_pdf = QPushButton(self.tr("Export P&DF…"))
        self.export_bundle = QPushButton(self.tr("Save for the &central office…"))
        self.release_button = QPushButton(self.tr("&Release quarter…"))
        self.merge_button = QPushButton(self.tr("Co&mbine faculty reports…"))
        for button, name in (
            (self.export_pdf, self.tr("Export the report as PDF")),
            (self.export_bundle, self.tr("Save the report file for the central office")),
            (self.release_button, self.tr("Release and freeze this quarter")),
            (self.merge_button, self.tr("Combine faculty report files into a university report")),
        ):
            button.setAccessibleName(name)
        self.export_pdf.setIcon(icon("pdf"))
        self.export_bundle.setIcon(icon("export"))
        self.release_button.setIcon(icon("lock"))
        self.merge_button.setIcon(icon("move"))
        self.export_bundle.setToolTip(
            self.tr(
                "Saves the released figures as a signed JSON file (a report bundle) that the "
                "central office combines with the other faculties' reports."
            )
        )
        self.merge_button.setToolTip(
            self.tr(
                "For the central office: checks the signature of each faculty's report bundle "
                "and adds up the released tables into one university report."
            )
        )
        actions = style.FlowLayout()
        actions.addWidget(self.export_pdf)
        actions.addWidget(self.export_bundle)
        actions.addWidget(self.release_button)
        actions.addStretch(1)
        actions.addWidget(self.merge_button)

        self.document = QPdfDocument(self)
        self.viewer = QPdfView(self)
        self.viewer.setDocument(self.document)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer.setAccessibleName(self.tr("Report preview"))
        # Before a preview: the last released report and what Preview and Release do,
        # instead of an empty grey area.
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.intro.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        self.intro.setObjectName("reportIntro")
        self.intro.setAccessibleName(self.tr("About reports"))
        self.preview = QStackedWidget()
        self.preview.addWidget(self.intro)
        self.preview.addWidget(self.viewer)

        self.key_label = QLabel()
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)

        layout = style.view_layout(self)
        layout.addLayout(picker)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.key_label)
        order = [self.kind, self.period, self.lang, self.build_button, self.export_pdf]
        order += [self.export_bundle, self.release_button, self.merge_button, self.viewer]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)  # the preview was made first: it goes last

        self.kind.currentIndexChanged.connect(self._fill_periods)
        self.build_button.clicked.connect(self.build)
        self.export_pdf.clicked.connect(self._export_pdf)
        self.export_bundle.clicked.connect(self._export_bundle)
        self.release_button.clicked.connect(self._release)
        self.merge_button.clicked.connect(self._merge)
        self.period.currentIndexChanged.connect(self._period_changed)
        self._fill_periods()
        self._show_key()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Reports")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        index = self.kind.findData(self.reporting.period_kind())  # may be changed in Settings
        if index >= 0 and index != self.kind.currentIndex():
            self.kind.setCurrentIndex(index)
        if not self._preloaded:
            # Load numpy/scipy/reportlab (~0.4 s, ~90 MB) now, while the officer picks a
            # quarter, so the first Preview is as quick as the next ones.
            self._preloaded = True
            run_task(preload_libraries, self._libraries_ready, self._libraries_ready)

    def _libraries_ready(self, _result: object) -> None:
        """Nothing to do: the next Preview finds the libraries loaded."""

    # -- state -------------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        kind = self.kind.currentData()
        today = self.ctx.desk.clock.today()
        released = {r.period for r in self.reporting.released()}
        self.period.blockSignals(True)
        self.period.clear()
        periods = recent_periods(today, kind)
        for p in periods:
            text = display_label(p.label, self.ctx.lang) + ("  ✓" if p.label in released else "")
            self.period.addItem(text, p.label)
        # Default: the last quarter that has ended.
        self.period.setCurrentIndex(1 if len(periods) > 1 else 0)
        self.period.blockSignals(False)
        self._period_changed()

    def _period_changed(self) -> None:
        self._result = None
        self._pdf_bytes = b""
        self.document.close()
        self.status.setText(self.tr("Choose a quarter and press Preview."))
        self._show_intro()
        self._update_buttons()

    def _figures_html(self, period: str) -> str:
        """The key figures of a released quarter as a short list (read from its frozen
        release; no counting)."""
        try:
            release = self.reporting.build(period).release
        except OfficerDeskError:
            return ""  # e.g. a quarter of the other kind than the vault reports in now
        lang = self.ctx.lang
        items = []
        for figure in release.figures:
            key = f"fig_{figure.key}"
            if key not in texts.REPORT:
                continue
            if figure.value is None:
                value = "x"
            elif figure.unit == "percent":
                value = f"{figure.value} %"
            elif figure.unit == "days":
                value = texts.say(texts.REPORT, "days", lang, n=figure.value)
            else:
                value = str(figure.value)
            items.append(f"<li>{html.escape(texts.pick(texts.REPORT[key], lang))}: {value}</li>")
        return f"<ul>{''.join(items)}</ul>" if items else ""

    def _show_intro(self) -> None:
        """What the area below the buttons says before a preview: the last released report
        of this vault (if any) and what Preview and Release do."""
        parts: list[str] = []
        released = sorted(self.reporting.released(), key=lambda r: r.released_at)
        if released:
            last = released[-1]
            parts.append(
                "<p><b>"
                + self.tr("Last released report: {quarter}, released on {date}.").format(
                    quarter=display_label(last.period, self.ctx.lang),
                    date=fmt_date(last.released_at.date(), self.ctx.lang),
                )
                + "</b> "
                + self.tr("Choose it above and press Preview to see it again.")
                + "</p>"
                + self._figures_html(last.period)
            )
        else:
            parts.append(
                "<p><b>" + self.tr("No quarter has been released in this vault yet.") + "</b></p>"
            )
        parts.append(
            "<p>"
            + self.tr(
                "<b>Preview</b> builds the anonymised report of the chosen quarter and shows "
                "it here. Small numbers are hidden so that no student can be recognised. "
                "Until a quarter is released the report is a draft: its figures follow your "
                "records and are shown only on this screen."
            )
            + "</p><p>"
            + self.tr(
                "<b>Release quarter</b> freezes the figures of a quarter that has ended. After "
                "that you can export the PDF and save the report for the central office, and "
                "the figures never change."
            )
            + "</p><p>"
            + self.tr("Press F1 for the user guide.")
            + "</p>"
        )
        self.intro.setText("".join(parts))
        self.preview.setCurrentWidget(self.intro)

    def _show_key(self) -> None:
        try:
            fp = self.reporting.fingerprint()
        except Exception as exc:
            self.key_label.setText(error_message(exc))
            return
        self.key_label.setText(
            self.tr(
                "Check code of your reports (give it to the central office, so it knows a "
                "report comes from you): {fp}"
            ).format(fp=fp)
        )
        self.key_label.setToolTip(
            self.tr("The fingerprint of this vault's report-signing key (Ed25519).")
        )

    def _ended(self) -> bool:
        label = self.period.currentData()
        return bool(label) and self.ctx.desk.clock.today() >= Period.parse(label).end

    def _update_buttons(self) -> None:
        ready = self._result is not None and not self._busy
        released = bool(self._result and self._result.released)
        self.export_pdf.setEnabled(ready)
        self.export_bundle.setEnabled(ready and released)  # drafts have no bundle
        self.release_button.setEnabled(ready and not released and self._ended())
        if not released and not self._ended():
            self.release_button.setToolTip(
                self.tr("A quarter can be released only after it has ended.")
            )
        else:
            self.release_button.setToolTip("")
        self.build_button.setEnabled(not self._busy)

    # -- build and preview -------------------------------------------------------------------

    def build(self) -> None:
        label = self.period.currentData()
        lang = self.lang.currentData()
        if not label or self._busy:
            return
        self._busy = True
        self._update_buttons()
        self.status.setText(self.tr("Building the report…"))
        session = self.ctx.session

        def work(cancel: threading.Event) -> tuple[ReportResult, bytes]:
            # Its own read-only connection: the GUI thread keeps the session's.
            with worker_desk(session, read_only=True) as desk:
                result = Reporting(desk).build(label)
            if cancel.is_set():
                raise JobStopped()
            # a draft's full figures: this screen only (kept in memory, never in a file)
            return result, render_pdf(result.release, lang, on_screen=True)

        run_job(work, self._built, self._failed, name="report build", on_lock=STOP)

    def _built(self, payload: tuple[ReportResult, bytes]) -> None:
        result, pdf = payload
        self._busy = False
        self._result = result
        self._pdf_bytes = pdf
        self._load_pdf(pdf)
        if result.released:
            self.status.setText(self.tr("Released: these figures are frozen and will not change."))
        elif self._ended():
            self.status.setText(
                self.tr(
                    "Draft, not released: these figures are shown only on this screen and "
                    "follow the data until you release the quarter. An exported draft PDF "
                    "shows rounded totals only (such as 30–39); the file for the central "
                    "office exists once the quarter is released."
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Draft: this quarter has not ended. These figures are shown only on this "
                    "screen; an exported draft PDF shows rounded totals only (such as 30–39). "
                    "The quarter can be released after it ends."
                )
            )
        self._update_buttons()

    def _failed(self, exc: object) -> None:
        self._busy = False
        self.status.setText(error_message(exc))  # type: ignore[arg-type]
        self._update_buttons()

    def _load_pdf(self, pdf: bytes) -> None:
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.preview.setCurrentWidget(self.viewer)

    # -- actions -----------------------------------------------------------------------------

    def _save_path(self, caption: str, suggested: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, caption, suggested, pattern)
        return Path(path) if path else None

    def _export_pdf(self) -> None:
        if self._result is None:
            return
        release = self._result.release
        path = self._save_path(
            self.tr("Export report PDF"),
            f"report-{release.faculty}-{release.period}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is not None:
            self._export(path, None)

    def _export_bundle(self) -> None:
        if self._result is None:
            return
        release = self._result.release
        path = self._save_path(
            self.tr("Save the report for the central office"),
            f"report-{release.faculty}-{release.period}.json",
            self.tr("Report files for the central office (*.json)"),
        )
        if path is not None:
            self._export(None, path)

    def _export(self, pdf: Path | None, bundle: Path | None) -> None:
        assert self._result is not None
        try:
            self.reporting.export(
                self._result.release.period,
                pdf=pdf,
                bundle=bundle,
                lang=self.lang.currentData(),
                result=self._result,
            )
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Reports"), error_message(exc))
            return
        self.status.setText(self.tr("Saved."))

    def _release(self) -> None:
        if self._result is None:
            return
        label = self._result.release.period
        if self._result.released or not self._ended():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Release quarter"),
            self.tr(
                "Release {period}? Its figures are then frozen for good: records added later "
                "never change this report."
            ).format(period=display_label(label, self.ctx.lang)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # the safe answer is the default
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._result = self.reporting.release(label)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Reports"), error_message(exc))
            return
        index = self.period.currentIndex()
        self._fill_periods()
        self.period.setCurrentIndex(index)
        self.build()

    def _merge(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the faculties' report files"),
            "",
            self.tr("Report files for the central office (*.json)"),
        )
        if not paths:
            return
        dialog = MergeDialog([Path(p) for p in paths], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            releases = load_bundles(dialog.paths, dialog.trusted())
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Reports"), error_message(exc))
            return
        out = self._save_path(
            self.tr("Save the university report"),
            "university-report.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if out is None:
            return
        try:
            merged: Release = self.reporting.merge(
                releases,
                pdf=out,
                json_out=out.with_suffix(".json"),
                lang=self.lang.currentData(),
            )
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Reports"), error_message(exc))
            return
        self._load_pdf(out.read_bytes())
        self.status.setText(
            self.tr("Merged {n} faculty reports for {period}; saved as PDF and JSON.").format(
                n=len(releases), period=display_label(merged.period, self.ctx.lang)
            )
        )


class MergeDialog(QDialog):
    """Shows the faculty each bundle claims and its signing-key fingerprint; the user ticks
    each faculty-and-key pair they trust (compare them with the fingerprints the faculties gave
    you). The merge then accepts a bundle only from the key ticked for its faculty."""

    def __init__(self, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check where the reports come from"))
        self.paths = paths
        self.boxes: list[tuple[QCheckBox, str, str]] = []
        form = QFormLayout()
        for path in paths:
            try:
                key, faculty = bundle_claims(path.read_bytes())
            except OSError:
                key, faculty = None, None
            if key is not None and faculty is not None:
                fp = fingerprint(key)
                text = self.tr("{faculty}: {fp}").format(
                    faculty=f"{codebook.label('faculty', faculty, self._lang())} ({faculty})",
                    fp=fp,
                )
            else:
                fp, faculty, text = "", "", self.tr("(not a report file that can be read)")
            box = QCheckBox(text)
            box.setEnabled(bool(fp))
            box.setAccessibleName(self.tr("Accept the report in {name}").format(name=path.name))
            form.addRow(path.name, box)
            self.boxes.append((box, faculty or "", fp))
        intro = QLabel(
            self.tr(
                "Tick each faculty whose check code matches the one that faculty gave you. A "
                "report is combined only when it carries the check code you ticked for its "
                "faculty."
            )
        )
        intro.setWordWrap(True)
        intro.setToolTip(
            self.tr(
                "The check code is the fingerprint of the faculty's report-signing key; each "
                "bundle's signature is verified against the key you tick."
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _lang(self) -> str:
        parent = self.parent()
        ctx = getattr(parent, "ctx", None)
        return getattr(ctx, "lang", "en")

    def trusted(self) -> dict[str, set[str]]:
        """The binding ticked: faculty code -> fingerprints of the keys that may speak for it."""
        out: dict[str, set[str]] = {}
        for box, faculty, fp in self.boxes:
            if box.isChecked() and faculty and fp:
                out.setdefault(faculty, set()).add(fp)
        return out
