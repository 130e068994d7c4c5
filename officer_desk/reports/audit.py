"""The attacker's linear program (docs/DISCLOSURE.md, R4, R5).

The attacker knows every published value, every additive relation between published figures
(row and column sums, tables sharing a total, derived tables being sums of their sources),
some inequalities (a topic cell cannot exceed the students seen in that phase; a derived cell
printed "≥ k" is at least k) and that counts are non-negative. For a suppressed cell the
*feasibility interval* ``[lo, hi]`` is the min and max of that cell over all non-negative
solutions, computed with ``scipy.optimize.linprog`` (HiGHS). A primary cell is protected
when ``hi - lo >= T``.

LP bounds of a single two-way table with margins are integral (network matrix); for stacked
systems we round inwards (``ceil(lo)``, ``floor(hi)``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from officer_desk.reports.tables import Pos, ProtectedTable, Release, TableSpec, Value

_EPS = 1e-6
INF = math.inf


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
        self.points: list[dict[int, float]] = []  # optimal vertices found (free vars only)

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
        if res.status == 0:
            point = {v: float(res.x[k]) for v, k in col.items()}
            self.points.append(point)
            for v, x in point.items():
                if x < self._seen_lo.get(v, INF):
                    self._seen_lo[v] = x
                if x > self._seen_hi.get(v, -INF):
                    self._seen_hi[v] = x
        return res.status, (res.fun if res.status == 0 else 0.0)

    def observe(self, point: Mapping[int, float]) -> None:
        """Record a known feasible point (e.g. the true table) to prune later LPs."""
        self._compile()
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
        st_lo, f_lo = self._solve(var, 1.0)
        st_hi, f_hi = self._solve(var, -1.0)
        lo = math.ceil(f_lo - _EPS) if st_lo == 0 else 0
        hi = math.floor(-f_hi + _EPS) if st_hi == 0 else INF
        self._exact[var] = Interval(max(lo, 0), hi)
        return self._exact[var]

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
        """Is the feasibility interval of ``var`` at least ``need`` wide? LPs only if needed."""
        if self.proven_width(var) >= need:
            return True
        return self.interval(var).width >= need


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


def _release_system(
    releases: Sequence[Release], *, lower_bounds: bool = True
) -> tuple[LinearSystem, dict[CellRef, int]]:
    system = LinearSystem()
    refs: dict[CellRef, int] = {}
    by_ident = {r.ident: r for r in releases}
    if len(by_ident) != len(releases):
        raise ValueError("duplicate release in audit")
    for rel in releases:
        links: dict[str, int] = {}
        for table in rel.tables:
            spec = table.spec
            if not spec.protected:
                continue
            if table.withheld:
                gt = spec.grand_total_pos()
                if gt is None:
                    continue
                bound = None if spec.multi_response else rel.band_limit - 1
                var = system.var(None, bound)
                refs[(rel.ident, spec.key, *gt)] = var
                varmap = {gt: var}
            else:
                varmap = add_table(system, spec, table.augmented())
                for pos, var in varmap.items():
                    refs[(rel.ident, spec.key, *pos)] = var
                if lower_bounds:  # a derived "≥ k": k - cell <= 0, with k a fixed variable
                    for pos, k in table.lower:
                        system.le({varmap[pos]: -1, system.var(k): 1})
            gt = spec.grand_total_pos()
            if spec.link and gt is not None:
                if spec.link in links:
                    system.eq({varmap[gt]: 1, links[spec.link]: -1})
                else:
                    links[spec.link] = varmap[gt]
        # inequalities: a cell of a column-bounded table <= the bounding table's row total
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
                bound_ref = (rel.ident, bounding.key, bounding.spec.rows.index(code))
                bvar = refs[(*bound_ref, bounding.spec.n_cols)]
                for i in range(spec.n_rows):
                    system.le({refs[(rel.ident, spec.key, i, j)]: 1, bvar: -1})
    # derived releases: each figure is the sum of the same figure in its (non-withheld) sources
    for rel in releases:
        if not rel.sources or not all(s in by_ident for s in rel.sources):
            continue
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
    return system, refs


def audit_releases(
    releases: Iterable[Release],
    *,
    required: Mapping[CellRef, int] | None = None,
    exact: bool = True,
    lower_bounds: bool = True,
) -> AuditReport:
    """Run the attacker's LP over the stacked system of all tables of all ``releases``
    (one release; quarters plus their year-to-date; faculties plus their merge).

    With ``exact=True`` every suppressed cell gets its exact interval. With ``exact=False`` a
    cell gets an exact interval only when the feasible points found so far do not already
    prove it at least ``required[cell]`` (default 1) wide; otherwise the reported interval is
    the proven inner one (its width is a lower bound, which is all a check needs).

    The "≥ k" lower bounds of derived tables are constraints the attacker knows; they are
    included unless ``lower_bounds=False`` (used to show that they change nothing)."""
    rels = list(releases)
    required = required or {}
    system, refs = _release_system(rels, lower_bounds=lower_bounds)
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
