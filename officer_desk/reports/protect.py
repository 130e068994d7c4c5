"""Cell suppression for one table (docs/DISCLOSURE.md, R2, R3, R4, R6).

1. **R3 table minimum**: fewer than 3T distinct students (but at least one) -> the table is
   *withheld*: only the band "<3T" is published.
2. **R2 primary suppression**: every cell or total with ``1 <= n < T`` (T = 10 in rows or
   columns of sensitive categories).
3. **R6 disclosive zeros**: in any row or column (totals included) with a total >= 1 and at
   least two categories where *all* units fall into one category, the whole line's cells are
   suppressed and the dominant cell must be protected like a primary.
4. **Closure rule** (cheap): no equation may hold exactly one suppressed cell, and primaries may
   not be each other's only protection when their sum is below T (tau-ARGUS singletons).
5. **Audit rule**: for every protected cell the attacker's LP interval must be at least T
   wide. For a failing cell the cheapest *rectangle* (a cycle of four cells along which the
   cell can move while every sum stays the same) wide enough is added; in one-way tables the
   cheapest other cell of the column. Repeat until every protected cell passes.
6. If the heuristic runs out of candidates (it never suppresses the grand total as a secondary)
   no breakdown is published: only the grand total.

A primary's required width is its threshold, capped by an upper bound the attacker knows a
priori (e.g. a topic cell cannot exceed the published students seen in that phase): the full
a-priori range [0, bound] is the most uncertainty any suppression can leave. When such bounds
come from another published table (``bounding``), the audit of step 5 runs on both tables
together, with the bounds as variables, exactly as the release's stacked audit will: constant
bounds alone overstate the attacker's uncertainty (raising one topic cell to its bound forces
the seen table to move elsewhere, which the other topic cells may not allow).

Deterministic: all choices are ordered by (cost, row, column) on canonical (codebook-ordered)
tables; nothing random, nothing depending on dict or set iteration order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from officer_desk.reports.audit import LinearSystem, add_table
from officer_desk.reports.tables import CountTable, Pos, ProtectedTable, TableSpec, Value

#: The order in which cells are chosen for suppression (smallest first).
_Cost = Callable[[Pos], tuple[bool, bool, int, Pos]]

DEFAULT_THRESHOLD = 5
SENSITIVE_THRESHOLD = 10


@dataclass(frozen=True, slots=True)
class Protection:
    """A protected table plus the protector's private bookkeeping (never published)."""

    table: ProtectedTable
    primary: frozenset[Pos] = frozenset()
    required: Mapping[Pos, int] = field(default_factory=dict)  # protected cell -> min width
    withheld_reason: str = ""  # "", "minimum", "audit"

    @property
    def suppressed(self) -> frozenset[Pos]:
        if self.table.withheld:
            return frozenset()
        return frozenset(p for p, v in self.table.augmented().items() if v is None)


def publish_count(n: int, threshold: int) -> int | None:
    """R2 for a single figure (consultations, students with a new or closed case): 0 or at
    least T is published, 1..T-1 is not (None)."""
    return n if n == 0 or n >= threshold else None


def band_text(threshold: int) -> str:
    return f"<{3 * threshold}"


def withhold(table: CountTable, threshold: int, reason: str = "minimum") -> Protection:
    """R3: publish only the band "<3T" (the table has fewer than 3T students)."""
    band = band_text(threshold)
    return Protection(
        ProtectedTable.from_augmented(table.spec, {}, band=band), withheld_reason=reason
    )


def breakdown_only(
    table: CountTable,
    *,
    keep_total: bool = True,
    primary: Iterable[Pos] = (),
    required: Mapping[Pos, int] | None = None,
) -> Protection:
    """Publish no breakdown: every cell and total suppressed except (optionally) the grand
    total. Used when the heuristic or the stacked audit cannot protect the table otherwise.
    ``primary`` / ``required`` keep the table's protection requirements so that the stacked
    audit still checks them (see ``requirements``)."""
    spec = table.spec
    gt = spec.grand_total_pos()
    a = table.augmented()
    published: dict[Pos, Value] = {p: (v if keep_total and p == gt else None) for p, v in a.items()}
    return Protection(
        ProtectedTable.from_augmented(spec, published),
        primary=frozenset(primary),
        required=dict(required or {}),
        withheld_reason="audit" if keep_total else "blank",
    )


def requirements(
    table: CountTable,
    *,
    threshold: int = DEFAULT_THRESHOLD,
    sensitive_threshold: int = SENSITIVE_THRESHOLD,
    upper: Mapping[Pos, float] | None = None,
) -> tuple[frozenset[Pos], dict[Pos, int]]:
    """The primary cells (R2) and the minimum attacker-interval width of every protected cell
    (R2 primaries and R6 dominant cells), each capped by the a-priori ``upper`` bound."""
    table = table.canonical()
    spec = table.spec
    a = table.augmented()
    thr = {p: spec.threshold_at(p, threshold, sensitive_threshold) for p in a}
    upper = upper or {}

    def need(p: Pos) -> int:
        # an a-priori bound the attacker has anyway caps what suppression can achieve
        return int(min(thr[p], upper.get(p, thr[p])))

    primary = frozenset(
        p
        for p, v in a.items()
        if 1 <= v < thr[p] or (_sensitive_zero(p, v, thr, threshold) and need(p) > 0)
    )
    required: dict[Pos, int] = {p: need(p) for p in sorted(primary)}
    for cells, total in spec.equations():
        if a[total] >= 1 and len(cells) >= 2:
            positive = [p for p in cells if a[p] > 0]
            if len(positive) == 1:
                required.setdefault(positive[0], need(positive[0]))
    return primary, required


def _sensitive_zero(p: Pos, v: int, thr: Mapping[Pos, int], threshold: int) -> bool:
    """R2b: in a sensitive line a zero is protected like a count of 1..T-1. Otherwise "0"
    against "x" would tell whether one student with a sensitive topic, a crisis or a
    crisis-line referral exists (docs/DISCLOSURE.md, R2b). Zeros the attacker knows anyway
    (a phase with no students seen: the a-priori bound is 0) stay zeros."""
    return v == 0 and thr[p] > threshold


def protect_table(
    table: CountTable,
    *,
    threshold: int = DEFAULT_THRESHOLD,
    sensitive_threshold: int = SENSITIVE_THRESHOLD,
    forced: Iterable[Pos] = (),
    upper: Mapping[Pos, float] | None = None,
    bounding: ProtectedTable | None = None,
    bounding_required: Mapping[Pos, int] | None = None,
) -> Protection:
    """Protect one table. ``forced`` positions are suppressed in any case (linked tables);
    ``upper`` gives attacker-known upper bounds on cells (e.g. students seen per phase).
    ``bounding`` is the published table named by ``spec.col_bound`` (its row totals bound our
    columns): the audit then runs on both tables together, as the release's stacked audit
    does, instead of on constant bounds alone. ``bounding_required`` are the bounding table's
    protected cells and widths: our published figures bound them too (topic mentions in a
    phase are at least the students seen there), so they must stay wide as well."""
    if threshold < 3:
        raise ValueError("threshold below 3 is not allowed")
    table = table.canonical()
    spec = table.spec
    a = table.augmented()
    if not spec.protected:
        return Protection(ProtectedTable.from_augmented(spec, dict(a)))
    students = table.students()
    if 0 < students < 3 * threshold:
        return withhold(table, threshold, "minimum")
    gt = spec.grand_total_pos()
    if table.total == 0:
        return Protection(ProtectedTable.from_augmented(spec, dict(a)))

    thr = {p: spec.threshold_at(p, threshold, sensitive_threshold) for p in a}
    upper = dict(upper or {})
    primary_set, required = requirements(
        table, threshold=threshold, sensitive_threshold=sensitive_threshold, upper=upper
    )
    primary = set(primary_set)
    forced_set = set(forced)
    suppressed: set[Pos] = set(primary) | forced_set
    equations = spec.equations()

    # R6: a line whose units all fall into one category (its dominant cell is in ``required``)
    for cells, total in equations:
        if a[total] >= 1 and len(cells) >= 2:
            positive = [p for p in cells if a[p] > 0]
            if len(positive) == 1:
                suppressed.update(cells)

    if gt is not None and gt in suppressed and gt not in primary and gt not in forced_set:
        suppressed.discard(gt)  # the grand total is published unless the table is withheld

    def cost(p: Pos) -> tuple[bool, bool, int, Pos]:
        # Order: non-zero before zero, interior before margin, smallest value first
        return (a[p] == 0, spec.is_margin(p), a[p], p)

    auditor = _Auditor(spec, a, upper, bounding)
    outer = dict(bounding_required or {}) if auditor.bounding is not None else {}
    verified: set[Pos] = set()
    outer_verified: set[Pos] = set()
    while True:
        _closure(equations, a, suppressed, primary, thr, gt, cost)
        bad = None
        for p in sorted(required):
            if p in verified:
                continue
            if auditor.wide_enough(p, suppressed, required[p]):
                verified.add(p)  # widths only grow as more cells are suppressed
            else:
                bad = p
                break
        if bad is None:
            for q in sorted(outer):
                if q in outer_verified:
                    continue
                if auditor.wide_enough_outer(q, suppressed, outer[q]):
                    outer_verified.add(q)
                    continue
                # our published figures narrow a protected cell of the bounding table: hide
                # the cheapest figure of the column(s) coded like its row
                extra = _outer_complement(spec, a, suppressed, auditor.outer_columns(q), gt, cost)
                if not extra:
                    return breakdown_only(
                        table, keep_total=gt not in forced_set, primary=primary, required=required
                    )
                suppressed.update(extra)
                break
            else:
                break
            continue
        extra = _complement(spec, a, suppressed, bad, required[bad], gt, cost)
        if not extra:
            return breakdown_only(
                table, keep_total=gt not in forced_set, primary=primary, required=required
            )
        suppressed.update(extra)

    # A suppressed cell that is neither primary nor protected and that the attacker can compute
    # exactly anyway is published: it adds no information, and no "x" is left that hides
    # nothing (no suppressed cell may have lo == hi).
    for p in auditor.pinned(suppressed):
        if p not in primary and p not in required:
            suppressed.discard(p)
    published: dict[Pos, Value] = {p: (None if p in suppressed else v) for p, v in a.items()}
    return Protection(
        ProtectedTable.from_augmented(spec, published),
        primary=frozenset(primary),
        required=dict(required),
    )


class _Auditor:
    """The attacker's LP on one table as suppressions grow. Feasible points found earlier stay
    feasible when more cells are freed, so they keep proving widths without new LPs."""

    def __init__(
        self,
        spec: TableSpec,
        a: Mapping[Pos, int],
        upper: Mapping[Pos, float],
        bounding: ProtectedTable | None = None,
    ) -> None:
        self.spec = spec
        self.a = a
        self.upper = upper
        self.bounding = None if bounding is None or bounding.withheld else bounding
        self._key: frozenset[Pos] | None = None
        self._system: LinearSystem | None = None
        self._vars: dict[Pos, int] = {}
        self._bvars: dict[Pos, int] = {}
        self._points: list[dict[Pos, float]] = [{p: float(v) for p, v in a.items()}]

    def _system_for(self, suppressed: set[Pos]) -> LinearSystem:
        key = frozenset(suppressed)
        if key != self._key:
            self._harvest()
            system = LinearSystem()
            values = {p: (None if p in suppressed else v) for p, v in self.a.items()}
            self._vars = add_table(system, self.spec, values, upper=self.upper)
            if self.bounding is not None:
                self._bvars = _add_bounds(system, self.spec, self._vars, self.bounding)
            for point in self._points:
                system.observe({var: point[p] for p, var in self._vars.items()})
            self._system, self._key = system, key
        assert self._system is not None
        return self._system

    def _harvest(self) -> None:
        if self._system is None:
            return
        by_var = {var: p for p, var in self._vars.items()}
        for point in self._system.points:
            full = {p: float(v) for p, v in self.a.items()}
            full.update({by_var[var]: x for var, x in point.items() if var in by_var})
            self._points.append(full)
        self._system.points.clear()

    def wide_enough(self, pos: Pos, suppressed: set[Pos], need: float) -> bool:
        system = self._system_for(suppressed)
        return system.wide_enough(self._vars[pos], need)

    def wide_enough_outer(self, pos: Pos, suppressed: set[Pos], need: float) -> bool:
        """Is a cell of the bounding table still at least ``need`` wide?"""
        system = self._system_for(suppressed)
        var = self._bvars.get(pos)
        return var is None or not system.is_free(var) or system.wide_enough(var, need)

    def outer_columns(self, pos: Pos) -> list[int]:
        """Our columns coded like the bounding table's row of ``pos`` (all for its total row)."""
        assert self.bounding is not None
        bspec = self.bounding.spec
        if pos[0] < bspec.n_rows:
            code = bspec.rows[pos[0]]
            return [j for j, c in enumerate(self.spec.cols) if c == code]
        return list(range(self.spec.n_cols))

    def pinned(self, suppressed: set[Pos]) -> list[Pos]:
        """Suppressed cells the attacker can compute exactly."""
        system = self._system_for(suppressed)
        return [p for p in sorted(suppressed) if not system.wide_enough(self._vars[p], 1)]


def _add_bounds(
    system: LinearSystem, spec: TableSpec, varmap: Mapping[Pos, int], bounding: ProtectedTable
) -> dict[Pos, int]:
    """The bounding table's published figures, ``cell(i, j) <= bounding row total`` and
    ``column total j >= bounding row total`` for every column ``j`` coded like a bounding row
    (the same facts as the release audit: topic <= seen, every consultation has a topic).
    Returns the bounding table's position -> variable."""
    bspec = bounding.spec
    bvars = add_table(system, bspec, bounding.augmented())
    for j, code in enumerate(spec.cols):
        if code not in bspec.rows:
            continue
        bvar = bvars[(bspec.rows.index(code), bspec.n_cols)]
        for i in range(spec.n_rows):
            system.le({varmap[(i, j)]: 1, bvar: -1})
        system.le({bvar: 1, varmap[(spec.n_rows, j)]: -1})
    return bvars


def _closure(
    equations: list[tuple[tuple[Pos, ...], Pos]],
    a: Mapping[Pos, int],
    suppressed: set[Pos],
    primary: set[Pos],
    thr: Mapping[Pos, int],
    gt: Pos | None,
    cost: _Cost,
) -> None:
    changed = True
    while changed:
        changed = False
        for cells, total in equations:
            line = (*cells, total)
            s = [p for p in line if p in suppressed]
            if not s:
                continue
            need = len(s) == 1
            if not need and all(p in primary for p in s):
                need = sum(a[p] for p in s) < max(thr[p] for p in s)
            if need:
                candidates = sorted((p for p in line if p not in suppressed and p != gt), key=cost)
                if candidates:
                    suppressed.add(candidates[0])
                    changed = True


def _outer_complement(
    spec: TableSpec,
    a: Mapping[Pos, int],
    suppressed: set[Pos],
    columns: list[int],
    gt: Pos | None,
    cost: Callable[[Pos], tuple[bool, bool, int, Pos]],
) -> list[Pos]:
    """A published figure of ``columns`` to hide: the column total first (it bounds the
    bounding row total directly), then the cheapest cell."""
    totals = [(spec.n_rows, j) for j in columns if (spec.n_rows, j) not in suppressed]
    if totals:
        return totals[:1]
    candidates = sorted(
        ((i, j) for j in columns for i in range(spec.n_rows) if (i, j) not in suppressed),
        key=cost,
    )
    return candidates[:1]


def _complement(
    spec: TableSpec,
    a: Mapping[Pos, int],
    suppressed: set[Pos],
    bad: Pos,
    need: int,
    gt: Pos | None,
    cost: _Cost,
) -> list[Pos]:
    """Cells to add so that ``bad`` gains width; [] when nothing can be added."""
    r, c = spec.n_rows, spec.n_cols
    bi, bj = bad
    if spec.two_way:
        best_ok: tuple[Any, list[Pos]] | None = None
        best_any: tuple[Any, list[Pos]] | None = None
        for i2 in range(r + 1):
            if i2 == bi:
                continue
            for j2 in range(c + 1):
                if j2 == bj:
                    continue
                corners = [(bi, j2), (i2, bj), (i2, j2)]
                if gt in corners and gt not in suppressed:
                    continue
                new = [p for p in corners if p not in suppressed]
                if not new:
                    continue
                width = _rectangle_width(spec, a, bad, i2, j2)
                key = (
                    sum(1 for p in new if spec.is_margin(p)),
                    len(new),
                    sum(a[p] for p in new),
                    (i2, j2),
                )
                if width >= need:
                    if best_ok is None or key < best_ok[0]:
                        best_ok = (key, new)
                elif width > 0 and (best_any is None or (-width, key) < best_any[0]):
                    best_any = ((-width, key), new)
        if best_ok is not None:
            return sorted(best_ok[1])
        if best_any is not None:
            return sorted(best_any[1])
    # one-way tables, or no useful rectangle: cheapest free cell on a line through ``bad``
    lines = [(cells, total) for cells, total in spec.equations() if bad in (*cells, total)]
    candidates = sorted(
        {p for cells, total in lines for p in (*cells, total) if p not in suppressed and p != gt},
        key=cost,
    )
    return candidates[:1]


def _rectangle_width(spec: TableSpec, a: Mapping[Pos, int], bad: Pos, i2: int, j2: int) -> float:
    """How far ``bad`` can move (up + down) along the rectangle through (i2, j2) when its four
    corners are suppressed. Margins move with the same sign as their cells (sigma = -1)."""
    r, c = spec.n_rows, spec.n_cols
    bi, bj = bad

    def sigma(i: int, j: int) -> int:
        return (-1 if i == r else 1) * (-1 if j == c else 1)

    eps = sigma(bi, bj)
    # b-space move: +1 at bad and (i2, j2), -1 at (bi, j2) and (i2, bj); a-delta = sigma * b
    others = [((bi, j2), -1), ((i2, bj), -1), ((i2, j2), 1)]
    up = float("inf")
    down = float(a[bad])
    for pos, sign in others:
        # when bad rises by d (b-delta eps*d at bad), pos changes by sigma(pos) * sign * eps * d
        delta = sigma(*pos) * sign * eps
        if delta < 0:
            up = min(up, a[pos])
        else:
            down = min(down, a[pos])
    return up + down
