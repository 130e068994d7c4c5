"""Anonymised quarterly reports: aggregate -> protect (suppression + LP audit) -> render (PDF)
-> bundle (canonical JSON + Ed25519 signature) -> merge / year to date.

Sees only codebook codes and counts (``domain/counts.py``, made by ``store/aggregate.py``).
No Qt. The service layer calls::

    counts = aggregate.quarter_counts(conn, period, faculty=..., today=...)
    release = build_release(counts, faculty="SCI", period=period, trend=earlier_releases)
    text = release_to_json(release)            # store in report_release.bundle
    digest = release_digest(release)           # store in report_release.sha256
    pdf = render_pdf(release, "nl")
    signed = sign_bundle(release, private_key)  # send to the central office
"""

from officer_desk.reports.audit import AuditReport, audit_release, audit_releases
from officer_desk.reports.build import build_release, build_release_detailed
from officer_desk.reports.bundle import (
    fingerprint,
    release_digest,
    release_from_json,
    release_to_json,
    sign_bundle,
    verify_bundle,
)
from officer_desk.reports.merge import merge_releases, year_to_date
from officer_desk.reports.tables import Figure, ProtectedTable, Release, TrendPoint


def __getattr__(name: str) -> object:
    # reportlab (~20 MB) loads only when a PDF is rendered, not when the app starts.
    if name == "render_pdf":
        from officer_desk.reports.render import render_pdf

        return render_pdf
    raise AttributeError(name)


__all__ = [
    "AuditReport",
    "Figure",
    "ProtectedTable",
    "Release",
    "TrendPoint",
    "audit_release",
    "audit_releases",
    "build_release",
    "build_release_detailed",
    "fingerprint",
    "merge_releases",
    "release_digest",
    "release_from_json",
    "release_to_json",
    "render_pdf",
    "sign_bundle",
    "verify_bundle",
    "year_to_date",
]
