"""Derived reports print "≥ k" for a cell some sources hid and others published
(docs/DISCLOSURE.md, R9): k is the sum of the published parts, only when k > 0; faculty releases
never carry lower bounds; the bounds round-trip through the canonical JSON, reach the PDF, and
give the attacker nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re

import pytest
import reports_factory as F
from pypdf import PdfReader

from officer_desk.domain.period import Period
from officer_desk.errors import BundleRejected
from officer_desk.reports import (
    audit_releases,
    build_release_detailed,
    merge_releases,
    release_from_json,
    release_to_json,
    render_pdf,
    year_to_date,
)
from officer_desk.reports.bundle import release_to_obj
from officer_desk.reports.tables import ProtectedTable, Release
from officer_desk.store.aggregate import quarter_counts

TODAY = dt.date(2027, 1, 20)
QUARTERS = [Period.parse(f"2026-Q{q}") for q in (1, 2)]
SIZES = {"SCI": 110, "LAW": 60, "SOC": 80}


@pytest.fixture(scope="module")
def built():
    conn = F.new_db()
    for k, p in enumerate(QUARTERS):
        for n, (fac, size) in enumerate(SIZES.items()):
            F.populate(
                conn,
                start=p.start,
                end=p.end,
                students=size + 10 * k,
                seed=300 + 10 * n + k,
                faculty=fac,
                outreach=2,
            )
    out = {}
    for fac in SIZES:
        trend: list[Release] = []
        for p in QUARTERS:
            res = build_release_detailed(
                quarter_counts(conn, p, faculty=fac, today=TODAY),
                faculty=fac,
                period=p,
                trend=trend,
            )
            out[(fac, p.label)] = res
            trend.append(res.release)
    conn.close()
    return out


def _seen(release: Release, cells: list[list[int | None]], true: list[list[int]]) -> Release:
    """``release`` with its "seen" table replaced: interior ``cells`` (None = suppressed),
    margins published and computed from ``true``."""
    old = release.table("seen")
    spec = old.spec
    assert (spec.n_rows, spec.n_cols) == (len(true), len(true[0]))
    row_totals = tuple(sum(r) for r in true)
    col_totals = tuple(sum(r[j] for r in true) for j in range(spec.n_cols))
    table = ProtectedTable(
        spec,
        tuple(tuple(r) for r in cells),
        row_totals,
        col_totals,
        sum(row_totals),
    )
    tables = tuple(table if t.key == "seen" else t for t in release.tables)
    return dataclasses.replace(release, tables=tables)


# 5 phases x 3 student groups. A hides a rectangle; B publishes 7 where A hid (0, 0), 0 where
# A hid (0, 1), and hides (1, 1) too (all sources hid it).
TRUE_A = [[3, 6, 10], [9, 2, 12], [20, 8, 6], [5, 0, 9], [0, 0, 5]]
CELLS_A = [[None, None, 10], [None, None, 12], [20, 8, 6], [5, 0, 9], [0, 0, 5]]
TRUE_B = [[7, 0, 6], [8, 1, 5], [10, 5, 5], [6, 0, 0], [0, 0, 0]]
CELLS_B = [[7, 0, 6], [8, None, 5], [10, 5, 5], [6, 0, 0], [0, 0, 0]]


def _pair(built) -> tuple[Release, Release]:
    a = _seen(built[("SCI", "2026-Q2")].release, CELLS_A, TRUE_A)
    b = _seen(built[("LAW", "2026-Q2")].release, CELLS_B, TRUE_B)
    return a, b


def test_merged_cell_shows_lower_bound_and_round_trips(built):
    a, b = _pair(built)
    merged = merge_releases([a, b])
    seen = merged.table("seen")
    low = seen.lower_bounds()
    assert seen.cells[0][0] is None and low[(0, 0)] == 7  # A hid it, B published 7
    assert (0, 1) not in low  # B published 0: k == 0 keeps the plain "x"
    assert seen.cells[1][1] is None and (1, 1) not in low  # every source hid it
    assert low[(1, 0)] == 8
    assert seen.row_totals[0] == sum(TRUE_A[0]) + sum(TRUE_B[0])  # margins stay exact
    # faculty releases never carry lower bounds, and their JSON has no "lower" key
    for rel in (a, b):
        assert all(not t.lower for t in rel.tables)
        assert all("lower" not in t for t in release_to_obj(rel)["tables"])
    text = release_to_json(merged)
    back = release_from_json(text)
    assert back == merged
    assert release_to_json(back) == text  # canonical and deterministic
    assert release_to_json(merge_releases([b, a])) == text  # input order does not matter


def test_lower_bounds_in_margins_and_year_to_date(built):
    q1 = _seen(built[("SCI", "2026-Q1")].release, CELLS_B, TRUE_B)
    q2 = built[("SCI", "2026-Q2")].release
    q2 = _seen(q2, CELLS_A, TRUE_A)
    # hide a margin in Q2 only: the YTD row total becomes "≥ (Q1 row total)"
    seen = q2.table("seen")
    hidden = dataclasses.replace(seen, row_totals=(None, *seen.row_totals[1:]))
    q2 = dataclasses.replace(q2, tables=tuple(hidden if t.key == "seen" else t for t in q2.tables))
    ytd = year_to_date([q1, q2])
    assert ytd.kind == "ytd"
    low = ytd.table("seen").lower_bounds()
    c = ytd.table("seen").spec.n_cols
    assert ytd.table("seen").row_totals[0] is None and low[(0, c)] == sum(TRUE_B[0])
    assert low[(0, 0)] == 7
    assert release_from_json(release_to_json(ytd)) == ytd


def test_ytd_of_merges_adds_the_sources_lower_bounds(built):
    a1 = _seen(built[("SCI", "2026-Q1")].release, CELLS_A, TRUE_A)
    b1 = _seen(built[("LAW", "2026-Q1")].release, CELLS_B, TRUE_B)
    a2, b2 = _pair(built)
    ytd = year_to_date([merge_releases([a1, b1]), merge_releases([a2, b2])])
    assert ytd.table("seen").lower_bounds()[(0, 0)] == 14  # 7 + 7, each a published part


def test_invalid_lower_bounds_rejected(built):
    a, b = _pair(built)
    merged = merge_releases([a, b])
    obj = json.loads(release_to_json(merged))
    seen = next(t for t in obj["tables"] if t["key"] == "seen")

    def rejected(change) -> None:
        bad = json.loads(json.dumps(obj))
        change(next(t for t in bad["tables"] if t["key"] == "seen"), bad)
        with pytest.raises(BundleRejected):
            release_from_json(json.dumps(bad))

    rejected(lambda t, r: t.__setitem__("lower", [[2, 0, 9]]))  # a published position
    rejected(lambda t, r: t.__setitem__("lower", [[0, 0, 2]]))  # below the threshold
    rejected(lambda t, r: t.__setitem__("lower", [[0, 0, 10_000]]))  # exceeds its row total
    rejected(lambda t, r: t.__setitem__("lower", []))  # empty: canonical form omits it
    rejected(lambda t, r: t.__setitem__("lower", list(reversed(seen["lower"]))))  # unsorted
    rejected(lambda t, r: r.__setitem__("kind", "quarter"))  # faculty reports carry none


def test_faculty_json_has_no_lower_key(built):
    """A faculty release's canonical JSON is unchanged by this feature (no new keys)."""
    rel = built[("SCI", "2026-Q1")].release
    assert all(
        set(t) >= {"cells", "band"} and "lower" not in t for t in release_to_obj(rel)["tables"]
    )


@pytest.mark.parametrize(
    "faculties",
    [
        pytest.param(("SCI", "LAW"), id="two"),
        # The three-faculty stacked system takes minutes of LP solving: a slow variant.
        pytest.param(tuple(SIZES), id="three", marks=pytest.mark.slow),
    ],
)
def test_lower_bounds_give_the_attacker_nothing(built, faculties):
    """Stacked audit of the faculty releases plus their merge: every faculty primary's LP
    interval is the same with and without the merged "≥ k" constraints, and still wide."""
    period = "2026-Q1"
    parts = [built[(fac, period)].release for fac in faculties]
    merged = merge_releases(parts)
    n_lower = sum(len(t.lower) for t in merged.tables)
    assert n_lower > 0, "the faculties' suppression patterns should differ somewhere"
    assert release_from_json(release_to_json(merged)) == merged
    required: dict = {}
    primary: set = set()
    for fac in faculties:
        required.update(built[(fac, period)].required)
        primary |= built[(fac, period)].primary
    assert primary
    with_lb = audit_releases([*parts, merged], lower_bounds=True)
    without = audit_releases([*parts, merged], lower_bounds=False)
    assert with_lb.intervals == without.intervals  # every suppressed cell, primaries included
    for ref in primary:
        assert with_lb.intervals[ref] == without.intervals[ref]
    assert not with_lb.failures(required)
    assert not with_lb.exposed()
    # the printed bound was already implied: the merged cell's interval starts at k or above
    for t in merged.tables:
        for (i, j), k in t.lower:
            assert with_lb.intervals[(merged.ident, t.key, i, j)].lo >= k


def _pdf_text(data: bytes) -> str:
    return re.sub(
        r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    )


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_pdf_shows_lower_bound(built, lang):
    a, b = _pair(built)
    merged = merge_releases([a, b])
    data = render_pdf(merged, lang)
    assert data == render_pdf(merged, lang)  # deterministic
    text = _pdf_text(data)
    assert "≥ 7" in text and "≥ 8" in text
    note = "≥ k = at least k" if lang == "en" else "≥ k = ten minste k"
    assert note in text
    method = "sum of the parts that were shown" if lang == "en" else "som van de getoonde delen"
    assert method in text
    # faculty reports are unchanged: no "≥" anywhere
    assert "≥" not in _pdf_text(render_pdf(a, lang))


def test_key_figure_shows_at_least_for_a_hidden_total(built):
    a, b = _pair(built)
    seen = a.table("seen")
    a = dataclasses.replace(
        a,
        tables=tuple(
            dataclasses.replace(seen, total=None) if t.key == "seen" else t for t in a.tables
        ),
    )
    merged = merge_releases([a, b])
    k = sum(map(sum, TRUE_B))
    assert merged.table("seen").total is None
    assert merged.table("seen").lower_bounds()[merged.table("seen").spec.grand_total_pos()] == k
    assert f"Students seen at least {k}" in _pdf_text(render_pdf(merged, "en"))
    assert f"Gesproken studenten ten minste {k}" in _pdf_text(render_pdf(merged, "nl"))
