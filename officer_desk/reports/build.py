"""aggregate -> protect -> audit: ``build_release`` turns ``QuarterCounts`` into a ``Release``.

Pure and deterministic: the same counts (and trend releases) give the same release, whatever
the order of the inputs.

Every table is protected on its own (``protect_table``), then the whole release is audited as
one stacked system (R5). Where that audit still finds a protected cell too narrow, the table
holding it degrades one step at a time: full breakdown -> grand total only -> nothing at all
(then the tables around it, then every table). Suppressed cells that the stacked attacker pins
to one value anyway are published (they add no information). The ladder is finite and
"nothing published" always passes the audit, so a valid ``QuarterCounts`` always gives a
release; ``BuildResult.degraded`` lists the tables that had to degrade.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from officer_desk.domain.codebook import (
    CODEBOOK_VERSION,
    REFERRAL_CLOSED_STATUSES,
    SENSITIVE_DESTINATIONS,
    SENSITIVE_TOPICS,
    SENSITIVE_URGENCIES,
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
    publish_count,
    requirements,
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


def _spec(key: str, row_vocab: str, col_vocab: str, tally: Tally, **kw: Any) -> TableSpec:
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
                sensitive_rows=SENSITIVE_URGENCIES,
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
                "referrals",
                "destination",
                "referral_status",
                counts.referrals,
                multi_response=True,
                sensitive_rows=SENSITIVE_DESTINATIONS,
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
    # tables that publish less than the per-table protection would: (key, "total_only" or
    # "nothing") because the stacked audit over the whole release required it
    degraded: tuple[tuple[str, str], ...] = ()


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
    ident = f"{faculty}@{period.label}"
    truth = {(ident, key, *pos): v for key, t in raw.items() for pos, v in t.augmented().items()}
    protectable = [k for k in TABLE_KEYS if _can_degrade(raw[k], threshold)]
    # Degradation ladder per table (monotone, so the loop terminates): FULL -> TOTAL_ONLY
    # (publish only the grand total) -> NOTHING (publish no figure of the table at all).
    level: dict[str, int] = {k: FULL for k in raw}
    forced: dict[str, set[Pos]] = {k: set() for k in raw}
    # Suppressed cells the stacked attacker computes exactly anyway: published (no "x" that
    # hides nothing). Valid only for the configuration they were found in, so they are
    # forgotten whenever a level or a forced suppression changes.
    reveal: dict[str, dict[Pos, int]] = {k: {} for k in raw}

    for _ in range(_MAX_ROUNDS):
        prot = _protect_all(raw, forced, level, reveal, threshold, sensitive_threshold)
        # R5: tables sharing a total must share its suppression status
        if _sync_links(raw, prot, forced):
            _forget(reveal)
            continue
        release = _assemble(counts, prot, faculty, period, trend, threshold, sensitive_threshold)
        required = {
            (ident, key, *pos): need for key, p in prot.items() for pos, need in p.required.items()
        }
        report = audit_releases([release], required=required, exact=False, truth=truth)
        failing = set(report.failures(required))
        failing |= {ref for ref in report.exposed() if ref in required}
        if failing:
            # a protected cell is too narrow in the stacked system: publish less
            if not _escalate(sorted({ref[1] for ref in failing}), raw, level, protectable):
                break  # pragma: no cover - every protectable table already publishes nothing
            _forget(reveal)
            continue
        exposed = [ref for ref in report.exposed() if ref not in required]
        if exposed:
            # pinned by the attacker anyway: publishing the value adds no information
            stuck = set()
            for _ident, key, i, j in exposed:
                if (i, j) in reveal[key] or prot[key].table.withheld:
                    stuck.add(key)  # pragma: no cover - cannot be published: publish less
                else:
                    reveal[key][(i, j)] = raw[key].augmented()[(i, j)]
            if stuck:  # pragma: no cover
                if not _escalate(sorted(stuck), raw, level, protectable):
                    break
                _forget(reveal)
            continue
        primary = frozenset((ident, key, *pos) for key, p in prot.items() for pos in p.primary)
        withheld = tuple(t.key for t in release.tables if t.withheld)
        degraded = tuple((k, _LEVEL_NAMES[level[k]]) for k in TABLE_KEYS if level[k] > FULL)
        return BuildResult(release, required, primary, withheld, degraded)
    # Unreachable in practice (the ladder is finite and "publish nothing" for every table always
    # passes the audit); kept as an invariant so that an unprotected release is never returned.
    raise RuntimeError("stacked audit cannot be satisfied")  # pragma: no cover


FULL, TOTAL_ONLY, NOTHING = 0, 1, 2
_LEVEL_NAMES = {FULL: "full", TOTAL_ONLY: "total_only", NOTHING: "nothing"}
_MAX_ROUNDS = 1000  # far above what the monotone ladder can use (a guard, never reached)


def _can_degrade(table: CountTable, threshold: int) -> bool:
    """Tables that protection applies to and that publish some breakdown (not withheld under the
    table minimum, not all zeros)."""
    return table.spec.protected and table.total > 0 and table.students() >= 3 * threshold


def _forget(reveal: dict[str, dict[Pos, int]]) -> None:
    for cells in reveal.values():
        cells.clear()


def _neighbours(raw: dict[str, CountTable], key: str) -> list[str]:
    """Tables whose published figures constrain ``key`` in the stacked system (a shared total,
    or column bounds in either direction)."""
    spec = raw[key].spec
    out = []
    for k in TABLE_KEYS:
        other = raw[k].spec
        if k == key:
            continue
        if (spec.link and other.link == spec.link) or key == other.col_bound or k == spec.col_bound:
            out.append(k)
    return out


def _escalate(
    keys: Sequence[str], raw: dict[str, CountTable], level: dict[str, int], protectable: list[str]
) -> bool:
    """Publish less for the tables holding failing cells; when a table already publishes
    nothing the narrowing comes from the tables around it, then from anywhere. False when
    nothing can publish less."""
    changed = False
    for key in keys:
        if key in protectable and level[key] < NOTHING:
            level[key] += 1
            changed = True
    if changed:
        return True
    for key in keys:
        for k in _neighbours(raw, key):
            if k in protectable and level[k] < NOTHING:
                level[k] += 1
                changed = True
    if changed:
        return True
    for k in protectable:
        if level[k] < NOTHING:
            level[k] = NOTHING
            changed = True
    return changed


def _protect_all(
    raw: dict[str, CountTable],
    forced: dict[str, set[Pos]],
    level: dict[str, int],
    reveal: dict[str, dict[Pos, int]],
    threshold: int,
    sensitive_threshold: int,
) -> dict[str, Protection]:
    prot: dict[str, Protection] = {}
    for key in TABLE_KEYS:
        table = raw[key]
        upper: dict[Pos, float] | None = None
        bound = table.spec.col_bound
        if bound and bound in prot and not prot[bound].table.withheld:
            seen = prot[bound].table
            hidden = table_intervals(seen)  # what the attacker knows of hidden seen totals
            upper = {}
            for j, code in enumerate(table.spec.cols):
                if code not in seen.spec.rows:
                    continue
                r = seen.spec.rows.index(code)
                published = seen.row_total(code)
                limit = hidden[(r, seen.spec.n_cols)].hi if published is None else published
                for i in range(table.spec.n_rows):
                    upper[(i, j)] = float(limit)
        if level[key] > FULL and _can_degrade(table, threshold):
            primary, required = requirements(
                table, threshold=threshold, sensitive_threshold=sensitive_threshold, upper=upper
            )
            gt = table.spec.grand_total_pos()
            keep = level[key] == TOTAL_ONLY and gt not in forced[key]
            p = breakdown_only(table, keep_total=keep, primary=primary, required=required)
        else:
            p = protect_table(
                table,
                threshold=threshold,
                sensitive_threshold=sensitive_threshold,
                forced=forced[key],
                upper=upper,
                bounding=prot[bound].table if bound and bound in prot else None,
                bounding_required=prot[bound].required if bound and bound in prot else None,
            )
        prot[key] = _with_revealed(p, reveal[key])
    return prot


def _with_revealed(p: Protection, cells: dict[Pos, int]) -> Protection:
    """Publish ``cells`` (values the attacker computes exactly anyway) in a protection."""
    if not cells or p.table.withheld:
        return p
    published = dict(p.table.augmented())
    for pos, value in cells.items():
        if published.get(pos, 0) is None and pos not in p.required:
            published[pos] = value
    table = ProtectedTable.from_augmented(p.table.spec, published)
    return dataclasses.replace(p, table=table)


def _sync_links(
    raw: dict[str, CountTable], prot: dict[str, Protection], forced: dict[str, set[Pos]]
) -> bool:
    groups: dict[str, list[str]] = {}
    for key in TABLE_KEYS:
        link = raw[key].spec.link
        if link:
            groups.setdefault(link, []).append(key)
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
        # a quarter under the table minimum publishes bands only, no figures; every count
        # passes the same gate as the table cells (R2: 0 or at least T)
        if seen.withheld:
            return None
        return publish_count(n, threshold)

    figures = (
        Figure("consultations", thresholded(counts.consultations), "consultations"),
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


# --- drafts ---------------------------------------------------------------------------------

DRAFT_BAND = 10  # a saved draft shows the number of students and consultations in bands of ten


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """What a saved or printed draft shows: no table, only two totals in bands.

    A draft's figures still follow the data, so two drafts made at different times differ by
    whoever came in between. Only totals that say nothing about any student's phase, group,
    topic, urgency, referral or follow-up are shown, and only in bands of ten (below the table
    minimum, its band): comparing two drafts tells at most that a band boundary was crossed."""

    period: str
    faculty: str
    codebook_version: str
    generated_in: str
    threshold: int
    students_seen: str
    consultations: str


def draft_band(n: int, threshold: int = DEFAULT_THRESHOLD) -> str:
    """``n`` as a band of ten ("20–29"); below the table minimum 3T its band ("<15"), and the
    band that holds 3T starts there ("15–19")."""
    floor = 3 * threshold
    if n < floor:
        return f"<{floor}"
    low = n // DRAFT_BAND * DRAFT_BAND
    return f"{max(low, floor)}–{low + DRAFT_BAND - 1}"


def draft_summary(
    counts: QuarterCounts,
    *,
    faculty: str,
    period: Period,
    generated_in: str,
    threshold: int = DEFAULT_THRESHOLD,
) -> DraftSummary:
    """The saved/printed form of a draft (see ``DraftSummary``)."""
    if not is_valid("faculty", faculty):
        raise ValidationError(tr_noop("Unknown faculty code."), field="faculty")
    if counts.period != period.label or counts.codebook_version != CODEBOOK_VERSION:
        raise ReportsIncompatible()
    seen = counts.students_seen.total
    small = seen < 3 * threshold  # a faculty under the table minimum shows its band only
    return DraftSummary(
        period=period.label,
        faculty=faculty,
        codebook_version=counts.codebook_version,
        generated_in=generated_in,
        threshold=threshold,
        students_seen=draft_band(seen, threshold),
        consultations="" if small else draft_band(counts.consultations, threshold),
    )
