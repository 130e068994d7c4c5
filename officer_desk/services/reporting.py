"""Quarterly reports as the officer runs them: build, preview, export, release, keys, merge.

The report pipeline (``officer_desk.reports``) sees only counts. This service adds what
needs the vault: the faculty from the settings, frozen releases (R8: a released quarter
always returns the same figures), the trend from earlier releases, the Ed25519 signing key
kept in the encrypted database, and access-log entries for every report made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from officer_desk.domain import codebook
from officer_desk.domain.period import Period
from officer_desk.errors import Conflict, ValidationError, tr_noop
from officer_desk.reports import (
    Release,
    build_release,
    fingerprint,
    merge_releases,
    release_digest,
    release_from_json,
    release_to_json,
    sign_bundle,
    verify_bundle,
)
from officer_desk.services.desk import Desk
from officer_desk.store import aggregate, releases
from officer_desk.vault.files import safe_write

TREND_QUARTERS = 4


@dataclass(frozen=True, slots=True)
class ReportResult:
    release: Release
    released: bool  # True: the frozen figures of a released quarter


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
        """The report for a quarter: the frozen release if it was released, else fresh."""
        period = Period.parse(period_label)
        stored = self._stored(period)
        if stored is not None:
            return ReportResult(stored, True)
        today = self.desk.clock.today()
        if period.start > today:
            raise ValidationError(tr_noop("This quarter has not started yet."), field="period")
        counts = aggregate.quarter_counts(self.store.conn, period, today=min(today, period.end))
        release = build_release(
            counts, faculty=self.faculty(), period=period, trend=self._trend(period)
        )
        return ReportResult(release, False)

    def release(self, period_label: str) -> ReportResult:
        """Freeze a quarter that has ended: from now on it always returns these figures."""
        period = Period.parse(period_label)
        stored = self._stored(period)
        if stored is not None:
            return ReportResult(stored, True)
        if self.desk.clock.today() < period.end:
            raise Conflict(tr_noop("A quarter can be released only after it has ended."))
        result = self.build(period_label)
        with self.store.transaction():
            releases.put_release(
                self.store,
                period.label,
                release_to_json(result.release),
                release_digest(result.release),
                self.desk.clock.now(),
            )
            self.desk.log_event("released", "report", None, period.label)
        self.desk.anchor_log()
        return ReportResult(result.release, True)

    def export(
        self,
        period_label: str,
        *,
        pdf: Path | None = None,
        bundle: Path | None = None,
        lang: str = "en",
        result: ReportResult | None = None,
    ) -> ReportResult:
        """Write the PDF and/or the signed JSON bundle; recorded in the access log."""
        result = result or self.build(period_label)
        if pdf is not None:
            safe_write(Path(pdf), render_pdf(result.release, lang), mode=0o644)
        if bundle is not None:
            safe_write(Path(bundle), sign_bundle(result.release, self.signing_key()), mode=0o644)
        state = "released" if result.released else "draft"
        self.desk.log_event("reported", "report", None, f"{result.release.period}:{state}")
        return result


def render_pdf(release: Release, lang: str) -> bytes:
    """The report as PDF bytes (reportlab is loaded on first use, not at start-up)."""
    from officer_desk.reports.render import render_pdf as render

    return render(release, lang)


def load_bundles(paths: Iterable[Path], trusted: set[str] | None) -> list[Release]:
    """Read and verify signed faculty bundles (``BundleRejected`` names no content)."""
    out = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError(
                tr_noop("Could not read the file {name}."), field="bundle", name=Path(path).name
            ) from exc
        out.append(verify_bundle(data, trusted))
    return out


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
