"""aggregate -> protect -> audit: ``build_release`` turns ``QuarterCounts`` into a ``Release``.

Pure and deterministic: the same counts (and trend releases) give the same release, whatever
the order of the inputs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from officer_desk.domain.codebook import (
    CODEBOOK_VERSION,
    REFERRAL_CLOSED_STATUSES,
    SENSITIVE_TOPICS,
    is_valid,
)
from officer_desk.domain.period import Period
from officer_desk.errors import ReportsIncompatible, ValidationError, tr_noop
from officer_desk.reports.audit import CellRef, audit_releases, table_intervals
from officer_desk.reports.protect import (
    DEFAULT_THRESHOLD,
    SENSITIVE_THRESHOLD,
    Protection,
    breakdown_only,
    protect_table,
)
from officer_desk.reports.tables import (
    CountTable,
    Figure,
    Pos,
    ProtectedTable,
    Release,
    TableSpec,
    TrendPoint,
)
from officer_desk.store.aggregate import QuarterCounts, Tally

SEEN_LINK = "students_seen"
TREND_POINTS = 4  # this quarter and up to three released quarters before it

# The order of tables in a release (and of sections in the PDF).
TABLE_KEYS = ("seen", "initiator", "urgency", "topics", "referrals", "follow_ups", "outreach")
FIGURE_KEYS = (
    "consultations",
    "students_case_opened",
    "students_case_closed",
    "referral_loop_closed_pct",
    "follow_up_median_days",
)


def _spec(key: str, row_vocab: str, col_vocab: str, tally: Tally, **kw: object) -> TableSpec:
    return TableSpec(key, row_vocab, col_vocab, tally.rows, tally.cols, **kw)


def count_tables(counts: QuarterCounts) -> list[CountTable]:
    """The raw tables of a quarter, in codebook order (never published)."""
    seen_total = counts.students_seen.total

    def linked(tally: Tally) -> str | None:
        # tables partitioning the students seen share their total (only if it really holds)
        return SEEN_LINK if tally.total == seen_total else None

    tables = [
        CountTable(
            _spec("seen", "phase", "student_group", counts.students_seen, link=SEEN_LINK),
            counts.students_seen.cells,
        ),
        CountTable(
            _spec(
                "initiator",
                "initiator",
                "measure",
                counts.initiator,
                two_way=False,
                link=linked(counts.initiator),
            ),
            counts.initiator.cells,
        ),
        CountTable(
            _spec(
                "urgency",
                "urgency",
                "measure",
                counts.urgency,
                two_way=False,
                link=linked(counts.urgency),
            ),
            counts.urgency.cells,
        ),
        CountTable(
            _spec(
                "topics",
                "topic",
                "phase",
                counts.topics,
                multi_response=True,
                col_bound="seen",
                sensitive_rows=SENSITIVE_TOPICS,
            ),
            counts.topics.cells,
            population=counts.students_with_topic,
        ),
        CountTable(
            _spec(
                "referrals", "destination", "referral_status", counts.referrals, multi_response=True
            ),
            counts.referrals.cells,
            population=counts.students_referred,
        ),
        CountTable(
            _spec("follow_ups", "follow_up_outcome", "measure", counts.follow_ups, two_way=False),
            counts.follow_ups.cells,
        ),
        CountTable(
            _spec(
                "outreach",
                "outreach_type",
                "measure",
                counts.outreach,
                two_way=False,
                protected=False,
            ),
            counts.outreach.cells,
        ),
    ]
    return [t.canonical() for t in tables]


@dataclass(frozen=True, slots=True)
class BuildResult:
    """The release plus the protector's private audit requirements (for tests and logs of
    counts only; never published)."""

    release: Release
    required: dict[CellRef, int] = field(default_factory=dict)
    primary: frozenset[CellRef] = frozenset()
    withheld: tuple[str, ...] = ()


def build_release(
    counts: QuarterCounts,
    *,
    faculty: str,
    period: Period,
    trend: Sequence[Release] = (),
    threshold: int = DEFAULT_THRESHOLD,
    sensitive_threshold: int = SENSITIVE_THRESHOLD,
) -> Release:
    """Protect and audit one faculty-quarter. See ``build_release_detailed``."""
    return build_release_detailed(
        counts,
        faculty=faculty,
        period=period,
        trend=trend,
        threshold=threshold,
        sensitive_threshold=sensitive_threshold,
    ).release


def build_release_detailed(
    counts: QuarterCounts,
    *,
    faculty: str,
    period: Period,
    trend: Sequence[Release] = (),
    threshold: int = DEFAULT_THRESHOLD,
    sensitive_threshold: int = SENSITIVE_THRESHOLD,
) -> BuildResult:
    if not is_valid("faculty", faculty):
        raise ValidationError(tr_noop("Unknown faculty code."), field="faculty")
    if counts.period != period.label or counts.codebook_version != CODEBOOK_VERSION:
        raise ReportsIncompatible()
    if threshold < 3 or sensitive_threshold < threshold:
        raise ValidationError(tr_noop("The report threshold is not allowed."), field="threshold")

    raw = {t.key: t for t in count_tables(counts)}
    forced: dict[str, set[Pos]] = {k: set() for k in raw}
    audit_withheld: set[str] = set()  # publish the grand total only
    blanked: set[str] = set()  # publish nothing (cross-table constraints still failed)
    ident = f"{faculty}@{period.label}"

    while True:
        prot = _protect_all(raw, forced, audit_withheld, blanked, threshold, sensitive_threshold)
        # R5: tables sharing a total must share its suppression status
        changed = _sync_links(raw, prot, forced)
        if changed:
            continue
        release = _assemble(counts, prot, faculty, period, trend, threshold, sensitive_threshold)
        required = {
            (ident, key, *pos): need for key, p in prot.items() for pos, need in p.required.items()
        }
        report = audit_releases([release], required=required, exact=False)
        failing = {ref[1] for ref in report.failures(required)} | {
            ref[1] for ref in report.exposed()
        }
        if not failing:
            primary = frozenset((ident, key, *pos) for key, p in prot.items() for pos in p.primary)
            withheld = tuple(t.key for t in release.tables if t.withheld)
            return BuildResult(release, required, primary, withheld)
        # the stacked audit failed: publish only the total, then nothing, for those tables
        if failing <= blanked:
            raise RuntimeError("stacked audit cannot be satisfied")  # pragma: no cover
        blanked |= failing & audit_withheld
        audit_withheld |= failing


def _protect_all(
    raw: dict[str, CountTable],
    forced: dict[str, set[Pos]],
    audit_withheld: set[str],
    blanked: set[str],
    threshold: int,
    sensitive_threshold: int,
) -> dict[str, Protection]:
    prot: dict[str, Protection] = {}
    for key in TABLE_KEYS:
        table = raw[key]
        if key in audit_withheld and table.students() >= 3 * threshold:
            prot[key] = breakdown_only(table, keep_total=key not in blanked)
            continue
        upper = None
        bound = table.spec.col_bound
        if bound and bound in prot and not prot[bound].table.withheld:
            seen = prot[bound].table
            hidden = table_intervals(seen)  # what the attacker knows of hidden seen totals
            upper = {}
            for j, code in enumerate(table.spec.cols):
                if code not in seen.spec.rows:
                    continue
                r = seen.spec.rows.index(code)
                limit = seen.row_total(code)
                if limit is None:
                    limit = hidden[(r, seen.spec.n_cols)].hi
                for i in range(table.spec.n_rows):
                    upper[(i, j)] = float(limit)
        prot[key] = protect_table(
            table,
            threshold=threshold,
            sensitive_threshold=sensitive_threshold,
            forced=forced[key],
            upper=upper,
        )
    return prot


def _sync_links(
    raw: dict[str, CountTable], prot: dict[str, Protection], forced: dict[str, set[Pos]]
) -> bool:
    groups: dict[str, list[str]] = {}
    for key in TABLE_KEYS:
        if raw[key].spec.link:
            groups.setdefault(raw[key].spec.link, []).append(key)
    changed = False
    for keys in groups.values():
        states = {key: (prot[key].table.withheld, prot[key].table.total is None) for key in keys}
        if len(set(states.values())) <= 1:
            continue
        # any suppressed / withheld linked total -> suppress it everywhere
        for key in keys:
            gt = raw[key].spec.grand_total_pos()
            if gt is not None and gt not in forced[key] and not prot[key].table.withheld:
                forced[key].add(gt)
                changed = True
    return changed


def _assemble(
    counts: QuarterCounts,
    prot: dict[str, Protection],
    faculty: str,
    period: Period,
    trend: Sequence[Release],
    threshold: int,
    sensitive_threshold: int,
) -> Release:
    tables = tuple(prot[key].table for key in TABLE_KEYS)
    seen = prot["seen"].table
    follow = prot["follow_ups"].table

    def thresholded(n: int) -> int | None:
        # a quarter under the table minimum publishes bands only, no figures
        if seen.withheld:
            return None
        return n if n == 0 or n >= threshold else None

    figures = (
        Figure("consultations", None if seen.withheld else counts.consultations, "consultations"),
        Figure("students_case_opened", thresholded(counts.students_case_opened), "students"),
        Figure("students_case_closed", thresholded(counts.students_case_closed), "students"),
        Figure("referral_loop_closed_pct", loop_closed_pct(prot["referrals"].table), "percent"),
        Figure(
            "follow_up_median_days",
            counts.follow_up_median_days
            if counts.follow_up_median_students >= threshold and not follow.withheld
            else None,
            "days",
        ),
    )
    return Release(
        period=period.label,
        faculty=faculty,
        codebook_version=counts.codebook_version,
        threshold=threshold,
        sensitive_threshold=sensitive_threshold,
        tables=tables,
        figures=figures,
        trend=trend_points(trend, faculty, period, seen),
        kind="quarter",
        sources=(),
        generated_in=counts.generated_in,
    )


def loop_closed_pct(referrals: ProtectedTable) -> int | None:
    """Share (whole percent) of student-referral pairs whose status closes the loop; computed
    from published totals only (post-processing), None when any needed figure is suppressed."""
    if referrals.withheld or not referrals.total:
        return None
    closed = 0
    for j, code in enumerate(referrals.spec.cols):
        if code in REFERRAL_CLOSED_STATUSES:
            v = referrals.col_totals[j]
            if v is None:
                return None
            closed += v
    return (200 * closed + referrals.total) // (2 * referrals.total)  # round half up


def trend_points(
    trend: Sequence[Release], faculty: str, period: Period, seen: ProtectedTable
) -> tuple[TrendPoint, ...]:
    """This quarter plus up to three earlier released quarters of the same faculty and kind of
    period, oldest first; values copied from what those releases published."""
    earlier: dict[str, Release] = {}
    for rel in trend:
        if rel.kind != "quarter" or rel.faculty != faculty:
            raise ReportsIncompatible()
        p = Period.parse(rel.period)
        if p.kind != period.kind or p.start >= period.start:
            continue
        earlier[p.label] = rel
    chosen = sorted(earlier.values(), key=lambda r: Period.parse(r.period).start)
    chosen = chosen[-(TREND_POINTS - 1) :]
    points = [_point(r.period, r.table("seen")) for r in chosen]
    points.append(_point(period.label, seen))
    return tuple(points)


def _point(label: str, seen: ProtectedTable) -> TrendPoint:
    return TrendPoint(label, None if seen.withheld else seen.total, seen.band)
