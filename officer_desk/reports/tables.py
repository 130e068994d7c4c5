"""Report table types: raw ``CountTable`` (never leaves the process), ``ProtectedTable`` (what is
published) and ``Release`` (one faculty-period report, or a year-to-date / merged report).

Layout. A table has R rows and C columns of interior cells. A **two-way** table also has row
totals, column totals and a grand total; every row and every column is an additive equation.
A **one-way** table is C independent tallies (usually C = 1, "students"), each with a column
total. For multi-response tables (a student can be in several cells) the totals are *sums of
the cells* ("mentions"), so the equations stay exact; the number of distinct students behind
the table is kept separately as ``population`` and used only for the table minimum
(docs/DISCLOSURE.md, R3).

Positions in the *augmented* array are ``(i, j)`` with ``i == R`` the column-total row and, for
two-way tables, ``j == C`` the row-total column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from officer_desk.domain.codebook import VOCABULARIES

Value = int | None
Pos = tuple[int, int]

FORMAT_VERSION = 1

# Report-local vocabularies (codes that are not record vocabularies of the codebook).
REPORT_VOCABULARIES: dict[str, tuple[str, ...]] = {
    "measure": ("students", "activities", "participants"),
    "follow_up_outcome": ("on_time", "late", "overdue", "missed", "not_yet_due"),
}


def vocabulary_codes(vocab: str) -> tuple[str, ...]:
    """Codes of a codebook or report vocabulary, in canonical order."""
    if vocab in REPORT_VOCABULARIES:
        return REPORT_VOCABULARIES[vocab]
    return tuple(c.code for c in VOCABULARIES[vocab])


@dataclass(frozen=True, slots=True)
class TableSpec:
    """Shape and meaning of a table (shared by raw and protected tables)."""

    key: str
    row_vocab: str
    col_vocab: str
    rows: tuple[str, ...]
    cols: tuple[str, ...]
    two_way: bool = True
    multi_response: bool = False
    protected: bool = True  # False: not about students (outreach), published as is
    link: str | None = None  # tables with the same link share their grand total (R5)
    col_bound: str | None = None  # key of a two-way table whose row totals bound our columns
    sensitive_rows: frozenset[str] = field(default_factory=frozenset)
    sensitive_cols: frozenset[str] = field(default_factory=frozenset)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return len(self.cols)

    def positions(self) -> Iterator[Pos]:
        """Every augmented position in row-major order."""
        width = self.n_cols + (1 if self.two_way else 0)
        for i in range(self.n_rows + 1):
            for j in range(width):
                yield (i, j)

    def equations(self) -> list[tuple[tuple[Pos, ...], Pos]]:
        """(cells, total) pairs: sum of the cells equals the total."""
        r, c = self.n_rows, self.n_cols
        eqs: list[tuple[tuple[Pos, ...], Pos]] = []
        if self.two_way:
            for i in range(r + 1):
                eqs.append((tuple((i, j) for j in range(c)), (i, c)))
            for j in range(c + 1):
                eqs.append((tuple((i, j) for i in range(r)), (r, j)))
        else:
            for j in range(c):
                eqs.append((tuple((i, j) for i in range(r)), (r, j)))
        return eqs

    def grand_total_pos(self) -> Pos | None:
        if self.two_way:
            return (self.n_rows, self.n_cols)
        return (self.n_rows, 0) if self.n_cols == 1 else None

    def is_margin(self, pos: Pos) -> bool:
        return pos[0] == self.n_rows or pos[1] == self.n_cols

    def threshold_at(self, pos: Pos, threshold: int, sensitive: int) -> int:
        i, j = pos
        if i < self.n_rows and self.rows[i] in self.sensitive_rows:
            return sensitive
        if j < self.n_cols and self.cols[j] in self.sensitive_cols:
            return sensitive
        return threshold


@dataclass(frozen=True, slots=True)
class CountTable:
    """True distinct-student counts (interior cells). Never published or serialised."""

    spec: TableSpec
    cells: tuple[tuple[int, ...], ...]
    population: int | None = None  # distinct students (multi-response tables)

    @property
    def key(self) -> str:
        return self.spec.key

    def augmented(self) -> dict[Pos, int]:
        s = self.spec
        a: dict[Pos, int] = {}
        for i, row in enumerate(self.cells):
            for j, v in enumerate(row):
                a[(i, j)] = int(v)
            if s.two_way:
                a[(i, s.n_cols)] = sum(row)
        for j in range(s.n_cols + (1 if s.two_way else 0)):
            a[(s.n_rows, j)] = sum(a[(i, j)] for i in range(s.n_rows))
        return a

    @property
    def total(self) -> int:
        return sum(sum(r) for r in self.cells)

    def students(self) -> int:
        """Distinct students behind the table (the R3 table-minimum base)."""
        return self.population if self.population is not None else self.total

    def canonical(self) -> CountTable:
        """Rows and columns in codebook order (makes suppression order-independent)."""
        s = self.spec
        row_order = _order(s.row_vocab, s.rows)
        col_order = _order(s.col_vocab, s.cols)
        if row_order == list(range(s.n_rows)) and col_order == list(range(s.n_cols)):
            return self
        spec = TableSpec(
            key=s.key,
            row_vocab=s.row_vocab,
            col_vocab=s.col_vocab,
            rows=tuple(s.rows[i] for i in row_order),
            cols=tuple(s.cols[j] for j in col_order),
            two_way=s.two_way,
            multi_response=s.multi_response,
            protected=s.protected,
            link=s.link,
            col_bound=s.col_bound,
            sensitive_rows=s.sensitive_rows,
            sensitive_cols=s.sensitive_cols,
        )
        cells = tuple(tuple(self.cells[i][j] for j in col_order) for i in row_order)
        return CountTable(spec, cells, self.population)


def _order(vocab: str, items: tuple[str, ...]) -> list[int]:
    try:
        ref = vocabulary_codes(vocab)
    except KeyError:
        ref = ()
    rank = {c: k for k, c in enumerate(ref)}
    return sorted(range(len(items)), key=lambda k: (rank.get(items[k], len(rank)), items[k]))


@dataclass(frozen=True, slots=True)
class ProtectedTable:
    """A published table: ``None`` marks a suppressed cell (printed as one symbol, "x").

    A *withheld* table (R3: fewer than 3T students) publishes only ``band`` (e.g. "<15") and no
    cells. In a derived (merged / year-to-date) table, ``unknown`` lists the sources whose table
    was withheld, and ``unknown_max`` bounds the students they hold in total; the other figures
    are then lower bounds.

    ``lower`` (derived tables only, set by ``merge``): for a suppressed position that some
    sources published, ``((i, j), k)`` with k > 0 the sum of the published parts, printed as
    "≥ k". Sorted by position; implied by the sources, so it adds no information.
    """

    spec: TableSpec
    cells: tuple[tuple[Value, ...], ...]
    row_totals: tuple[Value, ...]  # () for one-way tables
    col_totals: tuple[Value, ...]
    total: Value  # grand total (None for one-way tables with several columns)
    band: str | None = None
    unknown: tuple[str, ...] = ()
    unknown_max: int = 0
    lower: tuple[tuple[Pos, int], ...] = ()

    @property
    def key(self) -> str:
        return self.spec.key

    def lower_bounds(self) -> dict[Pos, int]:
        """Position -> lower bound of a suppressed derived cell (empty for faculty tables)."""
        return dict(self.lower)

    @property
    def withheld(self) -> bool:
        return self.band is not None

    def augmented(self) -> dict[Pos, Value]:
        s = self.spec
        a: dict[Pos, Value] = {}
        for i in range(s.n_rows):
            for j in range(s.n_cols):
                a[(i, j)] = self.cells[i][j] if self.cells else None
            if s.two_way:
                a[(i, s.n_cols)] = self.row_totals[i] if self.row_totals else None
        for j in range(s.n_cols):
            a[(s.n_rows, j)] = self.col_totals[j] if self.col_totals else None
        if s.two_way:
            a[(s.n_rows, s.n_cols)] = self.total
        return a

    @classmethod
    def from_augmented(
        cls,
        spec: TableSpec,
        a: dict[Pos, Value],
        *,
        band: str | None = None,
        unknown: tuple[str, ...] = (),
        unknown_max: int = 0,
        lower: dict[Pos, int] | None = None,
    ) -> ProtectedTable:
        r, c = spec.n_rows, spec.n_cols
        if band is not None:
            return cls(spec, (), (), (), None, band, unknown, unknown_max)
        bounds = tuple(sorted((p, k) for p, k in (lower or {}).items() if a[p] is None and k > 0))
        cells = tuple(tuple(a[(i, j)] for j in range(c)) for i in range(r))
        row_totals = tuple(a[(i, c)] for i in range(r)) if spec.two_way else ()
        col_totals = tuple(a[(r, j)] for j in range(c))
        gt = spec.grand_total_pos()
        total = a[gt] if gt is not None else None
        return cls(spec, cells, row_totals, col_totals, total, None, unknown, unknown_max, bounds)

    def suppressed_count(self) -> int:
        return sum(1 for v in self.augmented().values() if v is None) if not self.withheld else 0

    def row_total(self, code: str) -> Value:
        """Published row total for ``code`` (two-way tables)."""
        if self.withheld or not self.row_totals:
            return None
        return self.row_totals[self.spec.rows.index(code)]


@dataclass(frozen=True, slots=True)
class Figure:
    """A single published number (``None`` = suppressed or not available)."""

    key: str
    value: int | None
    unit: str  # "students" | "consultations" | "days" | "percent"


@dataclass(frozen=True, slots=True)
class TrendPoint:
    period: str
    students_seen: int | None
    band: str | None = None


@dataclass(frozen=True, slots=True)
class ReleaseStamp:
    """What makes a faculty quarter a release; part of the signed payload.

    ``sequence`` counts the faculty's releases (1, 2, …; kept in the vault, never reused), so the
    central office can refuse a release older than one it has already seen (e.g. from a vault
    restored from an old backup). ``log_entries``/``log_head`` anchor the vault's access log
    at the moment of release (entries, hex hash of the last entry; "" when empty)."""

    sequence: int
    released_at: str  # UTC, ISO 8601 to the second ("2026-11-29T09:00:00Z")
    log_entries: int
    log_head: str


@dataclass(frozen=True, slots=True)
class Release:
    """One protected report: a faculty-quarter, or a merged / year-to-date combination."""

    period: str
    faculty: str
    codebook_version: str
    threshold: int
    sensitive_threshold: int
    tables: tuple[ProtectedTable, ...]
    figures: tuple[Figure, ...] = ()
    trend: tuple[TrendPoint, ...] = ()
    kind: str = "quarter"  # "quarter" | "ytd" | "merged"
    sources: tuple[str, ...] = ()  # idents of the releases a derived release was summed from
    generated_in: str = ""  # quarter label of generation (never an exact date)
    format_version: int = FORMAT_VERSION
    # An unreleased period's figures: shown on the officer's screen only, never signed, saved
    # as a bundle, merged or added up (docs/DISCLOSURE.md, "Drafts, releases, period kinds and
    # merging").
    draft: bool = False
    stamp: ReleaseStamp | None = None  # set on a faculty quarter when it is released

    @property
    def ident(self) -> str:
        return f"{self.faculty}@{self.period}"

    @property
    def band_limit(self) -> int:
        """Table minimum N_min = 3T (R3)."""
        return 3 * self.threshold

    def table(self, key: str) -> ProtectedTable:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)

    def figure(self, key: str) -> Figure:
        for f in self.figures:
            if f.key == key:
                return f
        raise KeyError(key)
