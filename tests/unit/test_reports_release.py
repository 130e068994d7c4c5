"""Releases: build (aggregate -> protect -> audit), canonical JSON, signed bundles, merge and
year to date with stacked audits (docs/DISCLOSURE.md, R5, R8, R9)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zlib

import pytest
import reports_factory as F
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from officer_desk.domain.period import Period
from officer_desk.errors import BundleRejected, ReportsIncompatible
from officer_desk.reports import (
    audit_release,
    audit_releases,
    build_release,
    build_release_detailed,
    fingerprint,
    merge_releases,
    release_from_json,
    release_to_json,
    sign_bundle,
    verify_bundle,
    year_to_date,
)
from officer_desk.reports.bundle import release_digest
from officer_desk.reports.tables import ReleaseStamp
from officer_desk.store.aggregate import Tally, quarter_counts

QUARTERS = [Period.parse(f"2026-Q{q}") for q in (1, 2, 3, 4)]
TODAY = dt.date(2027, 1, 20)
FACULTY_SIZES = {"SCI": 110, "LAW": 50, "HUM": 9}  # HUM: below the table minimum


@pytest.fixture(scope="module")
def db():
    conn = F.new_db()
    for k, p in enumerate(QUARTERS):
        for fac, n in FACULTY_SIZES.items():
            F.populate(
                conn,
                start=p.start,
                end=p.end,
                students=n + 10 * k,
                seed=zlib.crc32(f"{fac}-{k}".encode()) % 10_000,  # stable across runs
                faculty=fac,
                outreach=3,
            )
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def counts(db):
    return {
        (fac, p.label): quarter_counts(db, p, faculty=fac, today=TODAY)
        for fac in FACULTY_SIZES
        for p in QUARTERS
    }


@pytest.fixture(scope="module")
def built(counts):
    out = {}
    for fac in FACULTY_SIZES:
        trend = []
        for p in QUARTERS:
            res = build_release_detailed(counts[(fac, p.label)], faculty=fac, period=p, trend=trend)
            out[(fac, p.label)] = res
            trend.append(res.release)
    return out


def rel(built, fac, q):
    return built[(fac, f"2026-Q{q}")].release


# --- build ----------------------------------------------------------------------------------


def test_release_passes_its_own_stacked_audit(built):
    res = built[("SCI", "2026-Q3")]
    report = audit_release(res.release)
    assert report.intervals, "some cells should be suppressed in a faculty of this size"
    assert not report.exposed()
    assert not report.failures(res.required)
    assert res.primary  # there were small cells to protect
    for t in res.release.tables:
        if t.spec.protected and not t.withheld:
            assert all(v is None or v == 0 or v >= 5 for v in t.augmented().values())


def test_linked_tables_share_their_total(built):
    r = rel(built, "SCI", 2)
    totals = {r.table(k).total for k in ("seen", "initiator", "urgency")}
    assert len(totals) == 1 and None not in totals


def test_small_faculty_publishes_bands_only(built):
    r = rel(built, "HUM", 1)
    for t in r.tables:
        if t.spec.protected and t.total != 0:  # an empty table (no referral at all) stays 0
            assert t.withheld and t.band == "<15"
    assert all(f.value is None for f in r.figures)
    assert r.trend[-1].band == "<15"


def test_t12_build_is_deterministic_and_order_independent(counts, built):
    c = counts[("SCI", "2026-Q4")]
    trend = [rel(built, "SCI", q) for q in (1, 2, 3)]
    a = build_release(c, faculty="SCI", period=QUARTERS[3], trend=trend)
    # same counts with rows and columns listed in another order, trend shuffled
    seen = c.students_seen
    flipped = Tally(
        tuple(reversed(seen.rows)),
        tuple(reversed(seen.cols)),
        tuple(tuple(reversed(r)) for r in reversed(seen.cells)),
    )
    c2 = dataclasses.replace(c, students_seen=flipped)
    b = build_release(c2, faculty="SCI", period=QUARTERS[3], trend=list(reversed(trend)))
    assert release_to_json(a) == release_to_json(b)
    assert release_digest(a) == release_digest(b)
    assert [p.period for p in a.trend] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]


def test_r8_regeneration_from_stored_json_is_identical(built):
    r = rel(built, "LAW", 2)
    stored = release_to_json(r)
    again = release_from_json(stored)
    assert again == r
    assert release_to_json(again) == stored


def test_period_and_faculty_checked(counts):
    with pytest.raises(ReportsIncompatible):
        build_release(counts[("SCI", "2026-Q1")], faculty="SCI", period=QUARTERS[1])
    with pytest.raises(Exception, match="faculty"):
        build_release(counts[("SCI", "2026-Q1")], faculty="XYZ", period=QUARTERS[0])


# --- year to date --------------------------------------------------------------------------------


def test_t9_year_to_date_is_sum_of_published_quarters_and_audit_passes(built, db):
    quarters = [rel(built, "SCI", q) for q in (1, 2, 3)]
    ytd = year_to_date(list(reversed(quarters)))  # input order does not matter
    assert ytd.period == "2026-YTD-Q3" and ytd.kind == "ytd"
    for key in ("seen", "topics", "referrals"):
        qs = [q.table(key).augmented() for q in quarters]
        for pos, v in ytd.table(key).augmented().items():
            parts = [a[pos] for a in qs]
            assert v == (None if None in parts else sum(parts))
    required = {}
    for q in (1, 2, 3):
        required.update(built[("SCI", f"2026-Q{q}")].required)
    report = audit_releases([*quarters, ytd], required=required, exact=False)
    assert not report.failures(required)  # every quarterly primary keeps width >= T
    assert not report.exposed()
    assert ytd.figure("follow_up_median_days").value is None  # medians do not add up


def test_t9_year_to_date_needs_no_database(built):
    quarters = [rel(built, "LAW", q) for q in (1, 2)]
    closed = F.new_db()
    closed.close()  # any touch of a database would raise; YTD takes releases only
    ytd = year_to_date(quarters)
    assert ytd.sources == ("LAW@2026-Q1", "LAW@2026-Q2")


def test_year_to_date_refuses_gaps_and_mixed_faculties(built):
    with pytest.raises(ReportsIncompatible):
        year_to_date([rel(built, "SCI", 1), rel(built, "SCI", 3)])
    with pytest.raises(ReportsIncompatible):
        year_to_date([rel(built, "SCI", 2), rel(built, "SCI", 3)])
    with pytest.raises(ReportsIncompatible):
        year_to_date([rel(built, "SCI", 1), rel(built, "LAW", 2)])


# --- merge -----------------------------------------------------------------------------------


def test_t10_merge_adds_no_information(built):
    parts = [rel(built, fac, 1) for fac in FACULTY_SIZES]
    merged = merge_releases(parts)
    assert merged.faculty == "ALL" and merged.kind == "merged"
    seen = merged.table("seen")
    assert seen.unknown == ("HUM@2026-Q1",) and seen.unknown_max == 14  # HUM withheld
    sci, law = rel(built, "SCI", 1).table("seen"), rel(built, "LAW", 1).table("seen")
    assert seen.total == sci.total + law.total
    required = {}
    for fac in FACULTY_SIZES:
        required.update(built[(fac, "2026-Q1")].required)
    report = audit_releases([*parts, merged], required=required, exact=False)
    assert not report.failures(required)
    assert not report.exposed()


def test_merge_of_year_to_date_and_ytd_of_merges(built):
    ytds = [year_to_date([rel(built, fac, q) for q in (1, 2)]) for fac in ("SCI", "LAW")]
    merged_ytd = merge_releases(ytds)
    merged_q = [merge_releases([rel(built, f, q) for f in ("SCI", "LAW")]) for q in (1, 2)]
    ytd_merged = year_to_date(merged_q)
    assert merged_ytd.table("seen").total == ytd_merged.table("seen").total
    assert merged_ytd.period == ytd_merged.period == "2026-YTD-Q2"


def test_t14_mismatches_are_refused(built):
    a, b = rel(built, "SCI", 3), rel(built, "LAW", 3)
    with pytest.raises(ReportsIncompatible):
        merge_releases([a, dataclasses.replace(b, codebook_version="2025.9")])
    with pytest.raises(ReportsIncompatible):
        merge_releases([a, dataclasses.replace(b, threshold=10)])
    with pytest.raises(ReportsIncompatible):
        merge_releases([a, rel(built, "LAW", 2)])  # different periods
    with pytest.raises(ReportsIncompatible):
        merge_releases([a, a])  # duplicate faculty
    with pytest.raises(ReportsIncompatible):
        merge_releases([merge_releases([a, b]), rel(built, "HUM", 3)])
    with pytest.raises(ReportsIncompatible):
        year_to_date([rel(built, "SCI", 1), dataclasses.replace(rel(built, "SCI", 2), threshold=6)])


# --- signed bundles -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def key():
    return Ed25519PrivateKey.generate()


def released(r, sequence=1):
    """``r`` as the service releases it (release number, time, access-log anchor)."""
    stamp = ReleaseStamp(sequence, "2027-01-20T09:00:00Z", 12, "ab" * 32)
    return dataclasses.replace(r, stamp=stamp)


def test_sign_and_verify_round_trip(built, key):
    r = released(rel(built, "SCI", 3))
    data = sign_bundle(r, key)
    fp = fingerprint(key.public_key())
    assert verify_bundle(data, {"SCI": {fp}}) == r
    assert verify_bundle(data, None) == r
    assert sign_bundle(r, key) == data  # Ed25519 is deterministic
    assert len(fp.split()) == 16 and all(len(g) == 4 for g in fp.split())
    assert verify_bundle(data, {"SCI": [fp.upper().replace(" ", ":")]}) == r
    assert release_from_json(release_to_json(r)) == r  # the stamp survives the round trip


def test_tampered_bundle_rejected(built, key):
    data = sign_bundle(released(rel(built, "SCI", 3)), key)
    obj = json.loads(data)
    seen = next(t for t in obj["release"]["tables"] if t["key"] == "seen")
    seen["total"] += 1
    with pytest.raises(BundleRejected):
        verify_bundle(json.dumps(obj).encode(), None)
    flipped = bytearray(data)
    flipped[len(flipped) // 2] ^= 0x01
    with pytest.raises(BundleRejected):
        verify_bundle(bytes(flipped), None)
    with pytest.raises(BundleRejected):
        verify_bundle(b"not json", None)


def test_untrusted_signer_rejected(built, key):
    data = sign_bundle(released(rel(built, "SCI", 3)), key)
    other = Ed25519PrivateKey.generate()
    with pytest.raises(BundleRejected, match="trusted"):
        verify_bundle(data, {"SCI": {fingerprint(other.public_key())}})


def test_signed_but_unsafe_content_rejected(built, key):
    """A correctly signed bundle that publishes a small count is still refused."""
    r = rel(built, "SCI", 3)
    obj = json.loads(release_to_json(r))
    seen = next(t for t in obj["tables"] if t["key"] == "seen")
    # publish a count of 3 consistently (cell, row total, column total, grand total)
    seen["cells"][0][0], seen["row_totals"][0], seen["col_totals"][0] = 3, None, None
    seen["total"] = None
    bad = dataclasses.replace(r)
    with pytest.raises(BundleRejected):
        release_from_json(json.dumps(obj))
    obj2 = json.loads(release_to_json(bad))
    obj2["tables"][0]["rows"][0] = "Jane Doe"  # not a codebook code (closed vocabularies)
    with pytest.raises(BundleRejected):
        release_from_json(json.dumps(obj2))
    obj3 = json.loads(release_to_json(bad))
    obj3["codebook_version"] = "1999.1"
    with pytest.raises(BundleRejected):
        release_from_json(json.dumps(obj3))
