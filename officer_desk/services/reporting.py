"""Quarterly reports as the officer runs them: build, preview, export, release, keys, merge.

The report pipeline (``officer_desk.reports``) sees only counts. This service adds what
needs the vault: the faculty and the kind of quarter from the settings, frozen releases (a
released quarter always returns the same figures: docs/DISCLOSURE.md, R8) with their release
number and access-log anchor, the trend and year to date from earlier releases only, the
Ed25519 signing key kept in the encrypted database, and access-log entries for every report
made.

Drafts (docs/DISCLOSURE.md, "Drafts, releases, period kinds and merging"): an unreleased
period's full figures are for the officer's screen only; a saved draft PDF shows two banded
totals and no table, and a draft is never signed or saved as a bundle.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from officer_desk.domain import codebook
from officer_desk.domain.counts import QuarterCounts
from officer_desk.domain.period import Period
from officer_desk.errors import Conflict, ReportsIncompatible, ValidationError, tr_noop
from officer_desk.io.readers import read_input_file
from officer_desk.reports import Release as Release
from officer_desk.reports import (
    build_release,
    merge_releases,
    release_digest,
    release_from_json,
    release_to_json,
    sign_bundle,
    verify_bundle,
    year_to_date,
)
from officer_desk.reports import fingerprint as fingerprint
from officer_desk.reports.build import DraftSummary, draft_summary
from officer_desk.reports.bundle import bundle_claims as bundle_claims  # for the front ends
from officer_desk.reports.bundle import parse_trust as parse_trust
from officer_desk.reports.merge import empty_ledger
from officer_desk.reports.merge import record_releases as record_releases
from officer_desk.reports.tables import ReleaseStamp
from officer_desk.services.desk import Desk
from officer_desk.store import access_log, aggregate, releases
from officer_desk.vault.files import safe_write

TREND_QUARTERS = 4


@dataclass(frozen=True, slots=True)
class ReportResult:
    release: Release
    released: bool  # True: the frozen figures of a released quarter
    draft: DraftSummary | None = None  # drafts only: what a saved or printed draft shows


@dataclass(frozen=True, slots=True)
class ReleaseInfo:
    period: str
    released_at: dt.datetime
    sha256: str


class Reporting:
    """Report use cases on one open vault."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.store = desk.store

    # -- configuration -----------------------------------------------------------------------

    def faculty(self) -> str:
        code = self.desk.setting("faculty")
        if not code or not codebook.is_valid("faculty", code):
            raise ValidationError(
                tr_noop("Set your faculty in Settings before making a report."), field="faculty"
            )
        return code

    def period_kind(self) -> str:
        """The vault's one kind of quarter: "calendar" or "academic" (see ``Desk``)."""
        return self.desk.period_kind()

    def _check_kind(self, period: Period) -> None:
        if period.kind == self.period_kind():
            return
        if period.kind == "academic":
            raise Conflict(
                tr_noop(
                    "This vault reports in calendar quarters (like 2026-Q3). Academic quarters "
                    "overlap them by a month, so reporting both could reveal single months."
                )
            )
        raise Conflict(
            tr_noop(
                "This vault reports in academic-year quarters (like 2026-27-AQ1). Calendar "
                "quarters overlap them by a month, so reporting both could reveal single months."
            )
        )

    # -- signing key -------------------------------------------------------------------------

    def signing_key(self) -> Ed25519PrivateKey:
        """The vault's report-signing key, made on first use and kept in the encrypted db."""
        value = releases.signing_key_hex(self.store)
        if value is None:
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes_raw()
            with self.store.transaction():
                if releases.signing_key_hex(self.store) is None:
                    releases.put_signing_key_hex(self.store, raw.hex())
            value = releases.signing_key_hex(self.store)
        assert value is not None
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(value))

    def public_key_text(self) -> str:
        raw = self.signing_key().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return raw.hex()

    def fingerprint(self) -> str:
        return fingerprint(self.signing_key().public_key())

    # -- releases ----------------------------------------------------------------------------

    def released(self) -> list[ReleaseInfo]:
        return [
            ReleaseInfo(r.period, r.released_at, r.sha256)
            for r in releases.list_releases(self.store)
        ]

    def _stored(self, period: Period) -> Release | None:
        row = releases.get_release(self.store, period.label)
        return release_from_json(row.bundle) if row else None

    def _trend(self, period: Period) -> list[Release]:
        """The last four released quarters before ``period`` (same kind of quarter)."""
        out: list[Release] = []
        p = period.previous()
        for _ in range(TREND_QUARTERS):
            stored = self._stored(p)
            if stored is not None:
                out.append(stored)
            p = p.previous()
        return list(reversed(out))

    def build(self, period_label: str) -> ReportResult:
        """The report for a quarter: the frozen release if it was released, else a draft.

        Every query runs in one read transaction on this service's own connection, so the
        linked tables count the same snapshot even while consultations are being saved. A
        background job builds on a connection of its own
        (:func:`officer_desk.services.workers.worker_desk`), never the session's."""
        period = Period.parse(period_label)
        with self.store.read_transaction():
            self._check_kind(period)
            stored = self._stored(period)
            if stored is not None:
                return ReportResult(stored, True)
            today = self.desk.clock.today()
            if period.start > today:
                raise ValidationError(tr_noop("This quarter has not started yet."), field="period")
            release, counts = self._fresh(period)
        summary = draft_summary(
            counts, faculty=release.faculty, period=period, generated_in=release.generated_in
        )
        return ReportResult(dataclasses.replace(release, draft=True), False, summary)

    def _fresh(self, period: Period) -> tuple[Release, QuarterCounts]:
        today = self.desk.clock.today()
        # One snapshot for every query (joins the caller's read transaction, if any).
        with self.store.read_transaction():
            counts = aggregate.quarter_counts(self.store.conn, period, today=min(today, period.end))
            faculty, trend = self.faculty(), self._trend(period)
        release = build_release(counts, faculty=faculty, period=period, trend=trend)
        # the quarter the report was made in (never an exact date)
        made_in = Period.containing(today, period.kind).label
        return dataclasses.replace(release, generated_in=made_in), counts

    def release(self, period_label: str) -> ReportResult:
        """Freeze a quarter that has ended: from now on it always returns these figures. The
        release carries the faculty's next release number, the time and the access-log head."""
        period = Period.parse(period_label)
        self._check_kind(period)
        stored = self._stored(period)
        if stored is not None:
            return ReportResult(stored, True)
        if self.desk.clock.today() < period.end:
            raise Conflict(tr_noop("A quarter can be released only after it has ended."))
        release, _counts = self._fresh(period)
        now = self.desk.clock.now()
        at = now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self.store.transaction():
            sequence = releases.last_sequence(self.store, release.faculty) + 1
            entries, head = access_log.head(self.store)
            release = dataclasses.replace(release, stamp=ReleaseStamp(sequence, at, entries, head))
            releases.put_release(
                self.store,
                period.label,
                release_to_json(release),
                release_digest(release),
                now,
            )
            releases.put_sequence(self.store, release.faculty, sequence)
            self.desk.log_event("released", "report", None, period.label)
        self.desk.anchor_log()
        return ReportResult(release, True)

    def year_to_date(self, period_label: str) -> Release:
        """Year to date up to ``period_label`` from the stored releases only (never from the
        records): every quarter of the year up to it must have been released."""
        period = Period.parse(period_label)
        self._check_kind(period)
        quarters = [period]
        while quarters[-1].label[-1] != "1":
            quarters.append(quarters[-1].previous())
        stored = []
        for p in reversed(quarters):
            rel = self._stored(p)
            if rel is None:
                raise Conflict(
                    tr_noop("Year to date needs every quarter up to {period} released."),
                    period=period.label,
                )
            stored.append(rel)
        return year_to_date(stored)

    def export_year_to_date(self, period_label: str, *, pdf: Path, lang: str = "en") -> Release:
        """Write the year-to-date PDF up to ``period_label`` (stored releases only; see
        ``year_to_date``); recorded in the access log."""
        ytd = self.year_to_date(period_label)
        safe_write(Path(pdf), render_pdf(ytd, lang), mode=0o644)
        self.desk.log_event("reported", "report", None, f"{ytd.period}:ytd")
        return ytd

    def export(
        self,
        period_label: str,
        *,
        pdf: Path | None = None,
        bundle: Path | None = None,
        lang: str = "en",
        result: ReportResult | None = None,
    ) -> ReportResult:
        """Write the PDF and/or the signed JSON bundle; recorded in the access log. A draft
        is saved as the banded draft PDF only; asking for its bundle is refused before anything
        is written."""
        result = result or self.build(period_label)
        if bundle is not None and not result.released:
            raise Conflict(
                tr_noop(
                    "{period} is not released, so there is no bundle to save: only a released "
                    "quarter is signed and sent to the central office. Release it once it has "
                    "ended."
                ),
                period=result.release.period,
            )
        if pdf is not None:
            if result.released:
                data = render_pdf(result.release, lang)
            else:
                data = render_draft_pdf(self._summary(result), lang)
            safe_write(Path(pdf), data, mode=0o644)
        if bundle is not None:
            safe_write(Path(bundle), sign_bundle(result.release, self.signing_key()), mode=0o644)
        state = "released" if result.released else "draft"
        self.desk.log_event("reported", "report", None, f"{result.release.period}:{state}")
        return result

    def _summary(self, result: ReportResult) -> DraftSummary:
        if result.draft is not None:
            return result.draft
        rebuilt = self.build(result.release.period)  # pragma: no cover - drafts carry one
        assert rebuilt.draft is not None
        return rebuilt.draft

    # -- the central office's ledger (UI merges) ---------------------------------------------

    def merge_ledger(self) -> dict[str, Any]:
        text = releases.merge_ledger_text(self.store)
        return json.loads(text) if text else empty_ledger()

    def merge(
        self,
        bundles: Sequence[Release],
        *,
        pdf: Path | None = None,
        json_out: Path | None = None,
        lang: str = "en",
    ) -> Release:
        """Merge verified faculty releases, checked against and recorded in this vault's
        ledger of releases merged before."""
        ledger = record_releases(self.merge_ledger(), bundles)
        merged = merge_bundles(bundles, pdf=pdf, json_out=json_out, lang=lang)
        with self.store.transaction():
            releases.put_merge_ledger_text(self.store, json.dumps(ledger, sort_keys=True))
            self.desk.log_event("merged", "report", None, merged.period)
        return merged


def render_pdf(release: Release, lang: str, *, on_screen: bool = False) -> bytes:
    """The report as PDF bytes (reportlab is loaded on first use, not at start-up). A draft's
    full figures only with ``on_screen`` (the in-memory preview)."""
    from officer_desk.reports.render import render_pdf as render

    return render(release, lang, on_screen=on_screen)


def render_draft_pdf(summary: DraftSummary, lang: str) -> bytes:
    """A saved or printed draft: banded totals, no table, DRAFT on every page."""
    from officer_desk.reports.render import render_draft_pdf as render

    return render(summary, lang)


def preload_libraries() -> None:
    """Import what building and rendering a report needs (run on a worker thread, so the
    first report does not wait for scipy and reportlab)."""
    import scipy.optimize  # noqa: F401

    import officer_desk.reports.render  # noqa: F401


#: A signed faculty release is a few hundred kilobytes; anything far larger is not one.
MAX_BUNDLE_BYTES = 16 * 1024 * 1024
#: The central office's merge ledger: one line per faculty and quarter.
MAX_LEDGER_BYTES = 16 * 1024 * 1024


def read_bundle(path: Path) -> bytes:
    """A bundle file's bytes: only an ordinary file of at most ``MAX_BUNDLE_BYTES`` is read
    (a device, pipe or huge file raises ``InputRefused`` at once)."""
    try:
        return read_input_file(Path(path), MAX_BUNDLE_BYTES)
    except OSError as exc:
        raise ValidationError(
            tr_noop("Could not read the file {name}."), field="bundle", name=Path(path).name
        ) from exc


def load_bundles(paths: Iterable[Path], trust: Mapping[str, Iterable[str]] | None) -> list[Release]:
    """Read and verify signed faculty releases against a faculty -> fingerprints binding
    (``BundleRejected`` names no content)."""
    return [verify_bundle(read_bundle(path), trust) for path in paths]


def read_trust_file(path: Path) -> str:
    """The text of a trust file (``LAW=FP`` lines): an ordinary UTF-8 file of at most 1 MiB.
    Raises ``OSError``, ``UnicodeDecodeError`` or ``InputRefused``."""
    return read_input_file(Path(path), 1024 * 1024).decode("utf-8")


def read_ledger(path: Path) -> dict[str, Any]:
    """The central office's merge ledger file (missing: empty)."""
    try:
        text = read_input_file(Path(path), MAX_LEDGER_BYTES).decode("utf-8")
    except FileNotFoundError:
        return empty_ledger()
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            tr_noop("Could not read the file {name}."), field="ledger", name=Path(path).name
        ) from exc
    try:
        ledger: dict[str, Any] = json.loads(text)
    except ValueError as exc:
        raise ReportsIncompatible(
            tr_noop("The merge ledger is damaged or not a merge ledger.")
        ) from exc
    return ledger


def write_ledger(path: Path, ledger: dict[str, Any]) -> None:
    safe_write(Path(path), json.dumps(ledger, sort_keys=True, indent=1).encode("utf-8"), mode=0o644)


def merge_bundles(
    bundles: Sequence[Release],
    *,
    pdf: Path | None = None,
    json_out: Path | None = None,
    lang: str = "en",
) -> Release:
    """The university report from faculty bundles alone (post-processing only)."""
    merged = merge_releases(list(bundles))
    if pdf is not None:
        safe_write(Path(pdf), render_pdf(merged, lang), mode=0o644)
    if json_out is not None:
        safe_write(Path(json_out), release_to_json(merged).encode("utf-8"), mode=0o644)
    return merged
