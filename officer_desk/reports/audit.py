"""The attacker's linear and integer programs (docs/DISCLOSURE.md, R4/R5; tests T3/T9/T10).

The attacker knows every published value and every fact the product enforces; all of them are
written down once, in ``_facts`` below, with a comment per fact. For a suppressed cell the
*feasibility interval* ``[lo, hi]`` is the min and max of that cell over all whole-number
solutions. Each bound is first computed by a linear program (``scipy.optimize.linprog``,
HiGHS); when the optimal vertex is not whole-numbered, an integer program
(``scipy.optimize.milp``) computes the true whole-number bound, which can be narrower. A
primary cell is protected when ``hi - lo >= T``.

LP bounds of a single two-way table with margins are integral (network matrix), so the integer
program only runs for stacked systems whose extra facts (inequalities, shared totals, sums of
sources) give fractional vertices — in practice the small hidden cells.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from officer_desk.reports.tables import Pos, ProtectedTable, Release, TableSpec, Value

_EPS = 1e-6
INF = math.inf
SEEN_LINK = "students_seen"  # the link shared by the students seen and the tables splitting it


@dataclass(frozen=True, slots=True)
class Interval:
    lo: int
    hi: float  # math.inf when unbounded

    @property
    def width(self) -> float:
        return self.hi - self.lo


class LinearSystem:
    """Variables (fixed = published, or free >= 0 with an optional upper bound), equalities
    ``sum(coef * x) == 0`` and inequalities ``sum(coef * x) <= 0``."""

    def __init__(self) -> None:
        self._fixed: list[int | None] = []
        self._ub: list[float | None] = []
        self._eqs: list[dict[int, int]] = []
        self._les: list[dict[int, int]] = []
        self._compiled: tuple[Any, ...] | None = None
        self._seen_lo: dict[int, float] = {}
        self._seen_hi: dict[int, float] = {}
        self._exact: dict[int, Interval] = {}
        self._hi: dict[int, float] = {}
        self.points: list[dict[int, float]] = []  # optimal vertices found (free vars only)
        self.integer_programs = 0  # how many integer programs ran (for tests and benchmarks)

    def var(self, value: Value, ub: float | None = None) -> int:
        self._fixed.append(value)
        self._ub.append(ub)
        self._compiled = None
        return len(self._fixed) - 1

    def set_fixed(self, var: int, value: Value) -> None:
        self._fixed[var] = value
        self._compiled = None

    def is_free(self, var: int) -> bool:
        return self._fixed[var] is None

    def eq(self, coefs: Mapping[int, int]) -> None:
        self._eqs.append(dict(coefs))
        self._compiled = None

    def le(self, coefs: Mapping[int, int]) -> None:
        self._les.append(dict(coefs))
        self._compiled = None

    def _rows(self, rows: list[dict[int, int]], col: dict[int, int]) -> tuple[Any, ...]:
        import numpy as np  # loaded with the first audit, not at app start-up

        mat, rhs = [], []
        for coefs in rows:
            row = np.zeros(len(col))
            const = 0
            used = False
            for v, k in coefs.items():
                fixed = self._fixed[v]
                if fixed is None:
                    row[col[v]] += k
                    used = True
                else:
                    const += k * fixed
            if used:
                mat.append(row)
                rhs.append(-const)
        if not mat:
            return None, None
        return np.array(mat), np.array(rhs, dtype=float)

    def _compile(self) -> tuple[Any, ...]:
        if self._compiled is None:
            free = [v for v, f in enumerate(self._fixed) if f is None]
            col = {v: k for k, v in enumerate(free)}
            a_eq, b_eq = self._rows(self._eqs, col)
            a_ub, b_ub = self._rows(self._les, col)
            bounds = [(0, self._ub[v]) for v in free]
            self._compiled = (col, a_eq, b_eq, a_ub, b_ub, bounds)
            self._seen_lo = {}
            self._seen_hi = {}
            self._exact = {}
            self._hi = {}
        return self._compiled

    def _solve(self, var: int, sign: float) -> tuple[int, float]:
        """Minimise sign * x[var]; record the optimal vertex as an observed feasible point."""
        # Imported here: numpy and scipy cost ~90 MB of memory, needed only for reports.
        import numpy as np
        from scipy.optimize import linprog

        col, a_eq, b_eq, a_ub, b_ub, bounds = self._compile()
        c = np.zeros(len(col))
        c[col[var]] = sign

        res = linprog(c, A_eq=a_eq, b_eq=b_eq, A_ub=a_ub, b_ub=b_ub, bounds=bounds, method="highs")
        if res.status == 2:
            raise ValueError("published figures are inconsistent (infeasible system)")
        if res.status != 0:
            return res.status, 0.0
        x = res.x
        if not _integral(x):
            # the LP optimum is fractional: the whole-number attacker may do better
            whole = self._solve_integer(c)
            if whole is None:  # pragma: no cover - published figures come from whole numbers
                return 0, float(res.fun)  # the LP bound is still a valid outer bound
            x = whole
        point = {v: float(round(x[k])) for v, k in col.items()}
        self._record(point)
        return 0, float(sign * point[var])

    def _record(self, point: dict[int, float]) -> None:
        """Keep a whole-number feasible point: it proves widths without new programs."""
        self.points.append(point)
        for v, x in point.items():
            if x < self._seen_lo.get(v, INF):
                self._seen_lo[v] = x
            if x > self._seen_hi.get(v, -INF):
                self._seen_hi[v] = x

    def _solve_integer(self, c: object) -> object:
        """Minimiser of ``c . x`` over whole numbers (scipy ``milp``); None if none found."""
        import numpy as np
        from scipy.optimize import Bounds, LinearConstraint, milp

        _col, a_eq, b_eq, a_ub, b_ub, bounds = self._compile()
        constraints = []
        if a_eq is not None:
            constraints.append(LinearConstraint(a_eq, b_eq, b_eq))
        if a_ub is not None:
            constraints.append(LinearConstraint(a_ub, -np.inf, b_ub))
        lb = np.array([lo for lo, _ in bounds], dtype=float)
        ub = np.array([np.inf if hi is None else hi for _, hi in bounds], dtype=float)
        self.integer_programs += 1
        res = milp(
            c, constraints=constraints, integrality=np.ones(len(bounds)), bounds=Bounds(lb, ub)
        )
        return res.x if res.status == 0 else None

    def observe(self, point: Mapping[int, float]) -> None:
        """Record a known whole-number feasible point (e.g. the true table) to prune later
        programs. Fractional points prove nothing to a whole-number attacker: ignored."""
        self._compile()
        if not _integral(list(point.values())):
            return
        for v, x in point.items():
            if self._fixed[v] is None:
                self._seen_lo[v] = min(self._seen_lo.get(v, INF), x)
                self._seen_hi[v] = max(self._seen_hi.get(v, -INF), x)

    def interval(self, var: int) -> Interval:
        """Exact feasibility interval of a variable (a fixed one returns its value twice)."""
        fixed = self._fixed[var]
        if fixed is not None:
            return Interval(fixed, fixed)
        self._compile()
        if var in self._exact:
            return self._exact[var]
        hi = self._upper(var)
        st_lo, f_lo = self._solve(var, 1.0)
        lo = math.ceil(f_lo - _EPS) if st_lo == 0 else 0
        self._exact[var] = Interval(max(lo, 0), hi)
        return self._exact[var]

    def _upper(self, var: int) -> float:
        if var not in self._hi:
            st_hi, f_hi = self._solve(var, -1.0)
            self._hi[var] = math.floor(-f_hi + _EPS) if st_hi == 0 else INF
        return self._hi[var]

    def proven_width(self, var: int) -> float:
        """A lower bound on the width from feasible points seen so far (no new LP)."""
        if self._fixed[var] is not None:
            return 0.0
        self._compile()
        lo, hi = self._seen_lo.get(var), self._seen_hi.get(var)
        if lo is None or hi is None:
            return 0.0
        return math.floor(hi + _EPS) - math.ceil(lo - _EPS)

    def observed(self, var: int) -> Interval:
        """The exact interval if computed, else the inner interval spanned by the feasible
        points seen so far."""
        if var in self._exact:
            return self._exact[var]
        lo, hi = self._seen_lo.get(var, 0.0), self._seen_hi.get(var, 0.0)
        return Interval(math.ceil(lo - _EPS), math.floor(hi + _EPS))

    def wide_enough(self, var: int, need: float) -> bool:
        """Is the feasibility interval of ``var`` at least ``need`` wide? Programs only if
        needed, the maximum first (small cells sit near their minimum, which the known points
        usually show already)."""
        if self.proven_width(var) >= need:
            return True
        if var not in self._exact:
            self._compile()
            self._upper(var)
            if self.proven_width(var) >= need:
                return True
        return self.interval(var).width >= need


def _integral(values: Iterable[float]) -> bool:
    return all(abs(x - round(x)) <= _EPS for x in values)


# --- table systems --------------------------------------------------------------------------


def add_table(
    system: LinearSystem,
    spec: TableSpec,
    values: Mapping[Pos, Value],
    *,
    upper: Mapping[Pos, float] | None = None,
    total_bound: float | None = None,
) -> dict[Pos, int]:
    """Add one table's cells and equations; returns position -> variable."""
    upper = upper or {}
    varmap: dict[Pos, int] = {}
    for pos in spec.positions():
        ub = upper.get(pos)
        if pos == spec.grand_total_pos() and total_bound is not None:
            ub = total_bound if ub is None else min(ub, total_bound)
        varmap[pos] = system.var(values.get(pos), ub)
    for cells, total in spec.equations():
        coefs: dict[int, int] = {varmap[p]: 1 for p in cells}
        coefs[varmap[total]] = coefs.get(varmap[total], 0) - 1
        system.eq(coefs)
    return varmap


CellRef = tuple[str, str, int, int]  # (release ident, table key, i, j)


@dataclass(slots=True)
class AuditReport:
    """Feasibility intervals of every suppressed cell in a stacked system of releases."""

    intervals: dict[CellRef, Interval] = field(default_factory=dict)

    @property
    def min_width(self) -> float:
        return min((iv.width for iv in self.intervals.values()), default=INF)

    def exposed(self) -> list[CellRef]:
        """Suppressed cells the attacker can pin to one value (must be empty)."""
        return sorted(ref for ref, iv in self.intervals.items() if iv.width < 1)

    def failures(self, required: Mapping[CellRef, int]) -> list[CellRef]:
        """Cells whose interval is narrower than required (e.g. primaries: T)."""
        return sorted(
            ref
            for ref, need in required.items()
            if ref in self.intervals and self.intervals[ref].width < need
        )

    @property
    def ok(self) -> bool:
        return not self.exposed()


# Figures besides table cells that enter the attacker's system (counts of consultations and of
# students; percentages and medians are not additive and carry no count).
COUNT_FIGURES = ("consultations", "students_case_opened", "students_case_closed")


def _release_system(
    releases: Sequence[Release], *, lower_bounds: bool = True
) -> tuple[LinearSystem, dict[CellRef, int]]:
    system = LinearSystem()
    refs: dict[CellRef, int] = {}
    figures: dict[tuple[str, str], int] = {}
    by_ident = {r.ident: r for r in releases}
    if len(by_ident) != len(releases):
        raise ValueError("duplicate release in audit")
    for rel in releases:
        _facts_of_release(system, rel, refs, figures, lower_bounds=lower_bounds)
    for rel in releases:
        _facts_across_releases(system, rel, by_ident, refs, figures)
    return system, refs


def _facts_of_release(
    system: LinearSystem,
    rel: Release,
    refs: dict[CellRef, int],
    figures: dict[tuple[str, str], int],
    *,
    lower_bounds: bool,
) -> None:
    """Every fact the attacker knows about one release. THE list of facts the product enforces
    (docs/DISCLOSURE.md, "Attacker model"); the attacker in the tests states the same list
    independently. A fact left out here would make the audit weaker than the attacker."""
    links: dict[str, int] = {}
    for table in rel.tables:
        spec = table.spec
        if not spec.protected:
            continue  # outreach: activities and head-counts, not students; not in any equation
        gt = spec.grand_total_pos()
        if table.withheld:
            if gt is None:
                continue
            # Fact (bands): a withheld table holds between 1 and 3T - 1 students (a table with
            # no students is published as zeros); a multi-response table counts mentions,
            # at least one per student, so only the lower bound holds there.
            bound = None if spec.multi_response else rel.band_limit - 1
            var = system.var(None, bound)
            system.le({system.var(1): 1, var: -1})
            refs[(rel.ident, spec.key, *gt)] = var
            varmap = {gt: var}
        else:
            # Facts (published figures, non-negative whole numbers, margins): every published
            # value is fixed, every hidden one is a whole number >= 0, every row and column of
            # a table adds up to its totals.
            varmap = add_table(system, spec, table.augmented())
            for pos, var in varmap.items():
                refs[(rel.ident, spec.key, *pos)] = var
            if lower_bounds:
                # Fact (lower bounds): a derived cell printed "≥ k" is at least k.
                for pos, k in table.lower:
                    system.le({varmap[pos]: -1, system.var(k): 1})
        # Fact (shared totals): tables splitting the students seen (first initiator, highest
        # urgency) have the students-seen total as their total.
        if spec.link and gt is not None:
            if spec.link in links:
                system.eq({varmap[gt]: 1, links[spec.link]: -1})
            else:
                links[spec.link] = varmap[gt]
    for table in rel.tables:
        spec = table.spec
        if not spec.protected or table.withheld or not spec.col_bound:
            continue
        try:
            bounding = rel.table(spec.col_bound)
        except KeyError:
            continue
        if bounding.withheld:
            continue
        for j, code in enumerate(spec.cols):
            if code not in bounding.spec.rows:
                continue
            seen_phase = refs[
                (rel.ident, bounding.key, bounding.spec.rows.index(code), bounding.spec.n_cols)
            ]
            # Fact (topic <= seen): a student counts once per topic, so a topic cell of a
            # phase is at most the students seen in that phase.
            for i in range(spec.n_rows):
                system.le({refs[(rel.ident, spec.key, i, j)]: 1, seen_phase: -1})
            # Fact (every consultation has a topic): the app refuses a consultation without
            # one, so topic mentions in a phase are at least the students seen in that phase.
            mentions = refs[(rel.ident, spec.key, spec.n_rows, j)]
            system.le({seen_phase: 1, mentions: -1})
    for fig in rel.figures:
        if fig.key in COUNT_FIGURES:
            figures[(rel.ident, fig.key)] = system.var(fig.value)
    seen_total = links.get(SEEN_LINK)
    consultations = figures.get((rel.ident, "consultations"))
    if rel.kind == "quarter" and seen_total is not None and consultations is not None:
        # Fact (consultations >= students seen): each student seen had a consultation.
        system.le({seen_total: 1, consultations: -1})


def _facts_across_releases(
    system: LinearSystem,
    rel: Release,
    by_ident: Mapping[str, Release],
    refs: dict[CellRef, int],
    figures: dict[tuple[str, str], int],
) -> None:
    """Facts linking releases audited together."""
    # Fact (earlier releases): the trend of a release repeats the students-seen totals of
    # earlier releases of the same faculty; a repeated figure is the same unknown.
    for point in rel.trend:
        earlier = by_ident.get(f"{rel.faculty}@{point.period}")
        if earlier is None or earlier is rel or rel.kind != "quarter":
            continue
        spec = earlier.table("seen").spec
        ref = (earlier.ident, "seen", *spec.grand_total_pos())  # type: ignore[misc]
        if ref in refs and point.students_seen is not None:
            system.eq({refs[ref]: 1, system.var(point.students_seen): -1})
    # Facts (year to date, merged reports): a derived figure is the sum of the same figure in
    # its (non-withheld) sources; this holds for table cells and count figures alike.
    if not rel.sources or not all(s in by_ident for s in rel.sources):
        return
    for table in rel.tables:
        spec = table.spec
        if not spec.protected or table.withheld:
            continue
        parts = [s for s in rel.sources if s not in table.unknown]
        for pos in spec.positions():
            coefs: dict[int, int] = {refs[(rel.ident, spec.key, *pos)]: -1}
            complete = True
            for src in parts:
                ref = (src, spec.key, *pos)
                if ref not in refs:
                    complete = False
                    break
                coefs[refs[ref]] = coefs.get(refs[ref], 0) + 1
            if complete:
                system.eq(coefs)
    for name in COUNT_FIGURES:
        if (rel.ident, name) not in figures:
            continue
        coefs = {figures[(rel.ident, name)]: -1}
        if all((src, name) in figures for src in rel.sources):
            for src in rel.sources:
                coefs[figures[(src, name)]] = coefs.get(figures[(src, name)], 0) + 1
            system.eq(coefs)


def audit_releases(
    releases: Iterable[Release],
    *,
    required: Mapping[CellRef, int] | None = None,
    exact: bool = True,
    lower_bounds: bool = True,
    truth: Mapping[CellRef, int] | None = None,
) -> AuditReport:
    """Run the attacker's LP over the stacked system of all tables of all ``releases``
    (one release; quarters plus their year-to-date; faculties plus their merge).

    With ``exact=True`` every suppressed cell gets its exact interval. With ``exact=False`` a
    cell gets an exact interval only when the feasible points found so far do not already
    prove it at least ``required[cell]`` (default 1) wide; otherwise the reported interval is
    the proven inner one (its width is a lower bound, which is all a check needs).

    The "≥ k" lower bounds of derived tables are constraints the attacker knows; they are
    included unless ``lower_bounds=False`` (used to show that they change nothing).

    ``truth`` (the protector only): the true value of cells, a known whole-number solution
    that saves programs; it never changes an interval."""
    rels = list(releases)
    required = required or {}
    system, refs = _release_system(rels, lower_bounds=lower_bounds)
    if truth:
        # the protector's true counts are one whole-number solution: they prove part of every
        # width without a program (never used to narrow anything)
        system.observe({refs[ref]: float(v) for ref, v in truth.items() if ref in refs})
    report = AuditReport()
    for ref in sorted(refs):
        var = refs[ref]
        if not system.is_free(var):
            continue
        if exact or not system.wide_enough(var, required.get(ref, 1)):
            report.intervals[ref] = system.interval(var)
        else:
            report.intervals[ref] = system.observed(var)
    return report


def audit_release(release: Release, *others: Release) -> AuditReport:
    """Audit one release (stacked over all its tables), optionally together with others."""
    return audit_releases([release, *others])


def table_intervals(table: ProtectedTable) -> dict[Pos, Interval]:
    """Intervals of the suppressed cells of one table on its own (no other tables)."""
    if table.withheld:
        return {}
    system = LinearSystem()
    varmap = add_table(system, table.spec, table.augmented())
    return {pos: system.interval(v) for pos, v in varmap.items() if system.is_free(v)}
