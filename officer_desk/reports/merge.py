"""Derived reports from released protected tables only (docs/DISCLOSURE.md, R9).

* ``merge_releases``: several faculties, one period -> the university report.
* ``year_to_date``: one faculty's quarters Q1..Qn of one year -> year to date.

Both are pure post-processing: a derived cell is the sum of the same published cell in every
source, and is suppressed when any source suppressed it: printed "≥ k" with k the sum of the
published parts when k > 0, else "x". A source whose table was withheld
(fewer than 3T students, only a band) is left out of that table's sums and named in
``unknown``; the derived figures are then lower bounds and the PDF says so. Nothing here can
touch raw data: the inputs are ``Release`` objects (e.g. from verified bundles).

Year to date sums quarterly counts, so a student seen in two quarters counts twice there
("student-quarters"); the method note says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from officer_desk.domain.period import Period
from officer_desk.errors import OfficerDeskError, ReportsIncompatible, tr_noop
from officer_desk.reports.build import loop_closed_pct
from officer_desk.reports.bundle import (
    ALL_FACULTIES,
    POLICY_SENSITIVE_THRESHOLD,
    POLICY_THRESHOLD,
    release_digest,
)
from officer_desk.reports.tables import Figure, Pos, ProtectedTable, Release, TrendPoint, Value

_SUMMABLE_UNITS = ("students", "consultations")


def _band_max(band: str) -> int:
    return int(band.lstrip("<")) - 1


def _check_common(releases: Sequence[Release]) -> None:
    if not releases:
        raise ReportsIncompatible(tr_noop("There are no reports to combine."))
    first = releases[0]
    for rel in releases:
        if rel.draft:
            # a draft's figures still follow the data: adding them up would let two derived
            # reports be subtracted (docs/DISCLOSURE.md, "Drafts, releases, period kinds and
            # merging")
            raise ReportsIncompatible(
                tr_noop("A draft cannot be combined: only released quarters can be added up.")
            )
        if rel.codebook_version != first.codebook_version:
            raise ReportsIncompatible(
                tr_noop(
                    "These reports use different versions of the category lists and cannot be "
                    "combined."
                )
            )
        if (rel.threshold, rel.sensitive_threshold) != (
            first.threshold,
            first.sensitive_threshold,
        ):
            raise ReportsIncompatible(
                tr_noop("These reports use different thresholds and cannot be combined.")
            )
        if rel.format_version != first.format_version:
            raise ReportsIncompatible(
                tr_noop("These reports use different report formats and cannot be combined.")
            )
        if [t.spec for t in rel.tables] != [t.spec for t in first.tables]:
            raise ReportsIncompatible(
                tr_noop("These reports contain different tables and cannot be combined.")
            )
        if [f.key for f in rel.figures] != [f.key for f in first.figures]:
            raise ReportsIncompatible()
    seen: set[str] = set()
    for rel in releases:
        if rel.ident in seen:
            raise ReportsIncompatible(
                tr_noop(
                    "There are two reports of {faculty} for {period}: a faculty releases a "
                    "quarter only once."
                ),
                faculty=rel.faculty,
                period=rel.period,
            )
        seen.add(rel.ident)


def _sum_table(parts: Sequence[tuple[str, ProtectedTable]]) -> ProtectedTable:
    spec = parts[0][1].spec
    unknown: list[str] = []
    unknown_max = 0
    known: list[ProtectedTable] = []
    for ident, table in parts:
        unknown.extend(table.unknown)
        unknown_max += table.unknown_max
        if table.withheld:
            unknown.append(ident)
            unknown_max += _band_max(table.band or "<1")
        else:
            known.append(table)
    unknown_t = tuple(sorted(set(unknown)))
    if not known:
        return ProtectedTable.from_augmented(
            spec, {}, band=f"<{unknown_max + 1}", unknown=unknown_t, unknown_max=unknown_max
        )
    augs = [(t.augmented(), t.lower_bounds()) for t in known]
    summed: dict[Pos, Value] = {}
    lower: dict[Pos, int] = {}
    for pos in augs[0][0]:
        values = [a[pos] for a, _ in augs]
        if any(v is None for v in values):
            summed[pos] = None
            # "≥ k": the published parts (and the sources' own lower bounds) are known, the
            # hidden parts are >= 0, so k adds nothing an attacker could not compute.
            k = sum(_or(a[pos], low.get(pos, 0)) for a, low in augs)
            if k > 0:
                lower[pos] = k
        else:
            summed[pos] = sum(values)  # type: ignore[arg-type]
    return ProtectedTable.from_augmented(
        spec, summed, unknown=unknown_t, unknown_max=unknown_max, lower=lower
    )


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def _sum_figures(
    releases: Sequence[Release], tables: Sequence[ProtectedTable]
) -> tuple[Figure, ...]:
    figures = []
    for k, fig in enumerate(releases[0].figures):
        if fig.key == "referral_loop_closed_pct":
            ref = next((t for t in tables if t.key == "referrals"), None)
            value = loop_closed_pct(ref) if ref is not None and not ref.unknown else None
        elif fig.unit in _SUMMABLE_UNITS:
            values = [r.figures[k].value for r in releases]
            value = None if any(v is None for v in values) else sum(values)  # type: ignore[arg-type]
        else:  # medians and other non-additive figures cannot be combined
            value = None
        figures.append(Figure(fig.key, value, fig.unit))
    return tuple(figures)


def _combine(
    releases: Sequence[Release],
) -> tuple[tuple[ProtectedTable, ...], tuple[Figure, ...]]:
    tables = tuple(
        _sum_table([(r.ident, r.tables[k]) for r in releases])
        for k in range(len(releases[0].tables))
    )
    return tables, _sum_figures(releases, tables)


def _latest(labels: Sequence[str]) -> str:
    def key(label: str) -> tuple[int, str]:
        try:
            return (0, Period.parse(label).start.isoformat())
        except OfficerDeskError:
            return (1, label)

    return max(labels, key=key) if labels else ""


def merge_releases(releases: Sequence[Release]) -> Release:
    """The university report for one period from the faculties' releases (or year-to-date
    releases). Refuses mixed codebook versions, thresholds, formats or periods, duplicate
    faculties, and releases that are themselves merges."""
    releases = sorted(releases, key=lambda r: r.faculty)
    _check_common(releases)
    for rel in releases:
        if rel.threshold < POLICY_THRESHOLD or rel.sensitive_threshold < POLICY_SENSITIVE_THRESHOLD:
            raise ReportsIncompatible(
                tr_noop(
                    "The report of {faculty} uses a threshold below the policy (at least {t} "
                    "students, {s} for sensitive topics) and cannot be merged."
                ),
                faculty=rel.faculty,
                t=POLICY_THRESHOLD,
                s=POLICY_SENSITIVE_THRESHOLD,
            )
    if len({r.period for r in releases}) != 1:
        raise ReportsIncompatible(
            tr_noop("These reports cover different periods and cannot be merged.")
        )
    if len({r.faculty for r in releases}) != len(releases):
        raise ReportsIncompatible(tr_noop("A faculty appears twice in the merge."))
    if len({r.kind for r in releases}) != 1 or releases[0].kind not in ("quarter", "ytd"):
        raise ReportsIncompatible()
    if any(r.faculty == ALL_FACULTIES for r in releases):
        raise ReportsIncompatible()
    tables, figures = _combine(releases)
    return Release(
        period=releases[0].period,
        faculty=ALL_FACULTIES,
        codebook_version=releases[0].codebook_version,
        threshold=releases[0].threshold,
        sensitive_threshold=releases[0].sensitive_threshold,
        tables=tables,
        figures=figures,
        trend=_merge_trend(releases),
        kind="merged",
        sources=tuple(r.ident for r in releases),
        generated_in=_latest([r.generated_in for r in releases]),
        format_version=releases[0].format_version,
    )


def _merge_trend(releases: Sequence[Release]) -> tuple[TrendPoint, ...]:
    common = set.intersection(*({p.period for p in r.trend} for r in releases))
    points = []
    for label in sorted(common, key=lambda lab: Period.parse(lab).start):
        values = [next(p for p in r.trend if p.period == label) for r in releases]
        if any(p.students_seen is None for p in values):
            points.append(TrendPoint(label, None, None))
        else:
            points.append(TrendPoint(label, sum(p.students_seen or 0 for p in values), None))
    return tuple(points)


def year_to_date(releases: Sequence[Release]) -> Release:
    """Year to date for one faculty (or the merged university) from the released quarters
    Q1..Qn of one (calendar or academic) year: the sum of the released tables."""
    _check_common(releases)
    if len({r.faculty for r in releases}) != 1:
        raise ReportsIncompatible(tr_noop("Year to date needs the reports of one faculty."))
    if len({r.kind for r in releases}) != 1 or releases[0].kind not in ("quarter", "merged"):
        raise ReportsIncompatible()
    try:
        periods = sorted((Period.parse(r.period) for r in releases), key=lambda p: p.start)
    except OfficerDeskError as exc:
        raise ReportsIncompatible() from exc
    first = periods[0]
    year = first.label.rsplit("-", 1)[0]  # "2026" or "2026-27"
    tag = "AQ" if first.kind == "academic" else "Q"
    expected = [f"{year}-{tag}{n}" for n in range(1, len(periods) + 1)]
    if [p.label for p in periods] != expected:
        raise ReportsIncompatible(
            tr_noop("Year to date needs the quarters of one year, from the first quarter on.")
        )
    ordered = sorted(releases, key=lambda r: Period.parse(r.period).start)
    tables, figures = _combine(ordered)
    trend = tuple(
        next((p for p in r.trend if p.period == r.period), TrendPoint(r.period, None, None))
        for r in ordered
    )
    return Release(
        period=f"{year}-YTD-{tag}{len(periods)}",
        faculty=ordered[0].faculty,
        codebook_version=ordered[0].codebook_version,
        threshold=ordered[0].threshold,
        sensitive_threshold=ordered[0].sensitive_threshold,
        tables=tables,
        figures=figures,
        trend=trend,
        kind="ytd",
        sources=tuple(r.ident for r in ordered),
        generated_in=_latest([r.generated_in for r in ordered]),
        format_version=ordered[0].format_version,
    )


# --- the central office's ledger of merged releases ----------------------------------------

LEDGER_FORMAT = "officer-desk-merge-ledger"


def empty_ledger() -> dict[str, Any]:
    return {"format": LEDGER_FORMAT, "version": 1, "faculties": {}}


def _valid_ledger(ledger: object) -> dict[str, Any]:
    ok = (
        isinstance(ledger, dict)
        and ledger.get("format") == LEDGER_FORMAT
        and ledger.get("version") == 1
        and isinstance(ledger.get("faculties"), dict)
    )
    if ok:
        for entry in ledger["faculties"].values():  # type: ignore[index]
            if not (
                isinstance(entry, dict)
                and type(entry.get("last_sequence")) is int
                and isinstance(entry.get("periods"), dict)
                and all(
                    isinstance(v, dict)
                    and type(v.get("sequence")) is int
                    and isinstance(v.get("sha256"), str)
                    for v in entry["periods"].values()
                )
            ):
                ok = False
    if not ok:
        raise ReportsIncompatible(tr_noop("The merge ledger is damaged or not a merge ledger."))
    return ledger  # type: ignore[return-value]


def record_releases(ledger: object, releases: Sequence[Release]) -> dict[str, Any]:
    """Check faculty releases against what the central office merged before and return the
    ledger with them added (the input is not changed).

    Per faculty the ledger keeps the highest release number seen and, per quarter, the number
    and SHA-256 of the release merged. Refused: a different release of a quarter already merged
    (a quarter is released once; a second one would let the two be subtracted), and a release
    whose number is lower than one already seen (e.g. from a vault restored from an old backup).
    Merging the same release again is fine."""
    ledger = _valid_ledger(ledger)
    faculties = {
        fac: {"last_sequence": e["last_sequence"], "periods": dict(e["periods"])}
        for fac, e in ledger["faculties"].items()
    }
    for rel in sorted(releases, key=lambda r: (r.faculty, r.stamp.sequence if r.stamp else 0)):
        if rel.stamp is None or rel.draft:
            raise ReportsIncompatible(
                tr_noop("A draft cannot be combined: only released quarters can be added up.")
            )
        entry = faculties.setdefault(rel.faculty, {"last_sequence": 0, "periods": {}})
        digest = release_digest(rel)
        before = entry["periods"].get(rel.period)
        if before is not None:
            if before["sha256"] != digest:
                raise ReportsIncompatible(
                    tr_noop(
                        "A different release of {faculty} for {period} was merged before: a "
                        "faculty releases a quarter only once."
                    ),
                    faculty=rel.faculty,
                    period=rel.period,
                )
            continue
        if rel.stamp.sequence <= entry["last_sequence"]:
            raise ReportsIncompatible(
                tr_noop(
                    "This release of {faculty} has number {number}, older than release "
                    "{seen} already seen; it may come from a restored or copied vault."
                ),
                faculty=rel.faculty,
                number=rel.stamp.sequence,
                seen=entry["last_sequence"],
            )
        entry["last_sequence"] = rel.stamp.sequence
        entry["periods"][rel.period] = {"sequence": rel.stamp.sequence, "sha256": digest}
    return {"format": LEDGER_FORMAT, "version": 1, "faculties": faculties}
