"""Cell suppression and the attacker's LP (docs/DISCLOSURE.md, R2-R4, R6)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from officer_desk.reports.audit import table_intervals
from officer_desk.reports.protect import protect_table
from officer_desk.reports.tables import CountTable, ProtectedTable, TableSpec

T = 5
DUMBBELL = [[8, 9, 20, 20], [7, 6, 3, 20], [20, 20, 6, 7], [20, 20, 9, 8]]
DUMBBELL_NAIVE = {(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 2), (2, 3), (3, 2), (3, 3)}


def table2(cells, *, sensitive_rows=(), two_way=True) -> CountTable:
    r, c = len(cells), len(cells[0])
    spec = TableSpec(
        "t",
        "x",
        "y",
        tuple(f"r{i}" for i in range(r)),
        tuple(f"c{j}" for j in range(c)),
        two_way=two_way,
        sensitive_rows=frozenset(sensitive_rows),
    )
    return CountTable(spec, tuple(tuple(row) for row in cells))


def independent_intervals(table: ProtectedTable) -> dict[tuple[int, int], tuple[float, float]]:
    """The attacker's LP written from scratch (no project code): an (R+1)x(C+1) array,
    published cells fixed, every row and column summing to its margin, counts >= 0."""
    a = table.augmented()
    r, c = table.spec.n_rows, table.spec.n_cols
    free = sorted(p for p, v in a.items() if v is None)
    col = {p: k for k, p in enumerate(free)}
    rows, rhs = [], []
    lines = [[(i, j) for j in range(c)] + [(i, c)] for i in range(r + 1)]
    lines += [[(i, j) for i in range(r)] + [(r, j)] for j in range(c + 1)]
    for line in lines:
        coef = np.zeros(len(free))
        const = 0.0
        for k, p in enumerate(line):
            sign = -1 if k == len(line) - 1 else 1
            if p in col:
                coef[col[p]] += sign
            else:
                const += sign * a[p]
        if coef.any():
            rows.append(coef)
            rhs.append(-const)
    out = {}
    for p in free:
        obj = np.zeros(len(free))
        obj[col[p]] = 1
        kw = dict(A_eq=np.array(rows), b_eq=np.array(rhs), bounds=[(0, None)] * len(free))
        lo = linprog(obj, method="highs", **kw)
        hi = linprog(-obj, method="highs", **kw)
        out[p] = (lo.fun, math.inf if hi.status == 3 else -hi.fun)
    return out


def primaries(cells, thr=T) -> set[tuple[int, int]]:
    r, c = len(cells), len(cells[0])
    aug = {(i, j): cells[i][j] for i in range(r) for j in range(c)}
    for i in range(r):
        aug[(i, c)] = sum(cells[i])
    for j in range(c + 1):
        aug[(r, j)] = sum(aug[(i, j)] for i in range(r))
    return {p for p, v in aug.items() if 0 < v < thr}


# --- named cases ----------------------------------------------------------------------------


def test_dumbbell_naive_pattern_discloses_bridge_cell():
    """The reference's counter-example: the naive 'two per line' pattern pins (1,2) to 3."""
    t = table2(DUMBBELL)
    a = t.augmented()
    published = {p: (None if p in DUMBBELL_NAIVE else v) for p, v in a.items()}
    naive = ProtectedTable.from_augmented(t.spec, published)
    iv = table_intervals(naive)
    assert (iv[(1, 2)].lo, iv[(1, 2)].hi) == (3, 3)
    assert independent_intervals(naive)[(1, 2)] == pytest.approx((3, 3))


def test_dumbbell_regression_protected_output_passes_audit():
    prot = protect_table(table2(DUMBBELL))
    suppressed = prot.suppressed
    assert suppressed != DUMBBELL_NAIVE
    iv = independent_intervals(prot.table)
    assert iv[(1, 2)][1] - iv[(1, 2)][0] >= T
    assert all(hi - lo >= 1 for lo, hi in iv.values())  # no suppressed cell pinned to one value


def test_worked_example_from_reference():
    prot = protect_table(table2([[12, 3, 25], [30, 14, 9], [1, 22, 40]]))
    assert prot.suppressed == {(0, 0), (0, 1), (2, 0), (2, 1)}
    iv = independent_intervals(prot.table)
    assert iv[(0, 1)] == pytest.approx((2, 15))
    assert iv[(2, 0)] == pytest.approx((0, 13))


def test_t5_singleton_pair_needs_a_third_cell():
    prot = protect_table(table2([[1, 2, 40], [10, 12, 30], [20, 20, 20]]))
    row0 = {p for p in prot.suppressed if p[0] == 0}
    assert {(0, 0), (0, 1)} <= row0
    assert len(row0) >= 3  # the two primaries (sum 3 < T) are not each other's only cover
    iv = independent_intervals(prot.table)
    assert iv[(0, 0)][1] - iv[(0, 0)][0] >= T
    assert iv[(0, 1)][1] - iv[(0, 1)][0] >= T


def test_t7_disclosive_zeros_row_not_published_as_is():
    prot = protect_table(table2([[0, 0, 8, 0], [10, 12, 9, 7], [11, 9, 15, 20]]))
    row = prot.table.cells[0]
    assert row[2] is None  # the dominant cell is hidden
    assert prot.table.row_totals[0] == 8  # only the row total is certain
    iv = independent_intervals(prot.table)
    assert iv[(0, 2)][0] <= 8 - T  # the attacker cannot tell everyone is in one category


def test_t7_one_way_table_all_in_one_category():
    prot = protect_table(table2([[0], [0], [40], [0]], two_way=False))
    assert prot.table.cells == ((None,), (None,), (None,), (None,))
    assert prot.table.total == 40


def test_t8_table_minimum_publishes_band_only():
    prot = protect_table(table2([[3, 2, 1], [4, 1, 1]]))  # 12 students
    assert prot.table.withheld and prot.table.band == "<15"
    assert prot.table.cells == () and prot.table.total is None


def test_zero_table_is_published_as_zeros():
    prot = protect_table(table2([[0, 0], [0, 0]]))
    assert not prot.table.withheld and prot.table.total == 0


def test_sensitive_rows_use_the_higher_threshold():
    cells = [[7, 20, 30], [25, 30, 40], [20, 22, 31]]
    prot = protect_table(table2(cells, sensitive_rows={"r0"}))
    assert prot.table.cells[0][0] is None  # 7 < 10 in a sensitive row
    iv = independent_intervals(prot.table)
    assert iv[(0, 0)][1] - iv[(0, 0)][0] >= 10
    plain = protect_table(table2(cells))
    assert plain.table.cells[0][0] == 7


def test_threshold_below_three_refused():
    with pytest.raises(ValueError):
        protect_table(table2([[10, 10], [10, 10]]), threshold=2)


# --- properties -----------------------------------------------------------------------------

_value = st.one_of(st.integers(0, 6), st.integers(0, 6), st.integers(5, 40))


@st.composite
def tables(draw):
    r = draw(st.integers(2, 5))
    c = draw(st.integers(2, 5))
    return [[draw(_value) for _ in range(c)] for _ in range(r)]


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_every_published_count_safe_and_every_primary_wide(cells):
    prot = protect_table(table2(cells))
    t = prot.table
    if t.withheld:
        assert 0 < sum(map(sum, cells)) < 3 * T
        return
    published = [v for v in t.augmented().values() if v is not None]
    assert all(v == 0 or v >= T for v in published)  # 0 or at least the threshold
    iv = independent_intervals(t)
    for p in primaries(cells):
        lo, hi = iv[p]
        assert hi - lo >= T - 1e-6, (cells, p, lo, hi)  # R4
    assert all(hi - lo >= 1 - 1e-6 for lo, hi in iv.values())  # nothing suppressed is pinned
    assert t.total == sum(map(sum, cells))  # the grand total is always published


@given(tables(), st.randoms(use_true_random=False))
def test_pattern_independent_of_row_and_column_order(cells, rnd):
    t = table2(cells)
    rows = list(range(len(cells)))
    cols = list(range(len(cells[0])))
    rnd.shuffle(rows)
    rnd.shuffle(cols)
    spec = TableSpec(
        "t",
        "x",
        "y",
        tuple(t.spec.rows[i] for i in rows),
        tuple(t.spec.cols[j] for j in cols),
    )
    shuffled = CountTable(spec, tuple(tuple(cells[i][j] for j in cols) for i in rows))
    assert protect_table(t).table == protect_table(shuffled).table
