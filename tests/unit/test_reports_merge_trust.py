"""Bundles say who may speak (docs/DISCLOSURE.md, "Drafts, releases, period kinds and
merging"): a faculty code is bound to its key, drafts and unsigned reports are refused, a
quarter is merged once per faculty, release numbers never go back, thresholds keep the floor."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json

import pytest
import reports_factory as F
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from officer_desk.domain.period import Period
from officer_desk.errors import BundleRejected, ReportsIncompatible
from officer_desk.reports import (
    build_release,
    fingerprint,
    merge_releases,
    release_to_json,
    sign_bundle,
    verify_bundle,
    year_to_date,
)
from officer_desk.reports.bundle import _SIGNING_CONTEXT, _canonical, parse_trust, release_to_obj
from officer_desk.reports.merge import empty_ledger, record_releases
from officer_desk.reports.tables import ReleaseStamp
from officer_desk.store.aggregate import quarter_counts

Q3 = Period.parse("2026-Q3")
TODAY = dt.date(2026, 11, 2)


@pytest.fixture(scope="module")
def counts():
    conn = F.new_db()
    for k, fac in enumerate(("LAW", "SCI")):
        F.populate(conn, start=Q3.start, end=Q3.end, students=80, seed=40 + k, faculty=fac)
    out = {fac: quarter_counts(conn, Q3, faculty=fac, today=TODAY) for fac in ("LAW", "SCI")}
    conn.close()
    return out


@pytest.fixture(scope="module")
def keys():
    return {"LAW": Ed25519PrivateKey.generate(), "SCI": Ed25519PrivateKey.generate()}


def _stamp(sequence: int) -> ReleaseStamp:
    return ReleaseStamp(sequence, "2026-11-02T10:00:00Z", 40 + sequence, f"{sequence:064x}")


@pytest.fixture(scope="module")
def releases(counts):
    return {
        fac: dataclasses.replace(
            build_release(counts[fac], faculty=fac, period=Q3), stamp=_stamp(3)
        )
        for fac in counts
    }


def _trust(keys):
    return {fac: {fingerprint(k.public_key())} for fac, k in keys.items()}


def _sign_payload(payload: dict, key: Ed25519PrivateKey) -> bytes:
    """Sign any payload the way a tampered client could (bypassing ``sign_bundle``)."""
    raw = key.public_key().public_bytes_raw()
    return _canonical(
        {
            "bundle": "officer-desk-signed-report",
            "version": 1,
            "release": payload,
            "signature": {
                "algorithm": "Ed25519",
                "public_key": base64.b64encode(raw).decode(),
                "value": base64.b64encode(
                    key.sign(_SIGNING_CONTEXT + _canonical(payload))
                ).decode(),
            },
        }
    )


def test_trusted_bindings_merge(releases, keys):
    bundles = [sign_bundle(releases[f], keys[f]) for f in ("LAW", "SCI")]
    got = [verify_bundle(b, _trust(keys)) for b in bundles]
    assert [r.faculty for r in got] == ["LAW", "SCI"]
    assert merge_releases(got).sources == ("LAW@2026-Q3", "SCI@2026-Q3")


def test_a_faculty_key_cannot_speak_for_another_faculty(releases, keys):
    # LAW's officer signs a report that claims to be SCI's
    forged = sign_bundle(dataclasses.replace(releases["SCI"]), keys["LAW"])
    with pytest.raises(BundleRejected, match="says it comes from SCI") as info:
        verify_bundle(forged, _trust(keys))
    assert info.value.params == {"faculty": "SCI", "signer": "LAW"}
    # a key nobody bound is refused with its own message
    with pytest.raises(BundleRejected, match="not on the trusted list"):
        verify_bundle(sign_bundle(releases["SCI"], Ed25519PrivateKey.generate()), _trust(keys))


def test_drafts_and_unsigned_reports_are_refused(releases, keys):
    draft = dataclasses.replace(releases["LAW"], draft=True, stamp=None)
    with pytest.raises(BundleRejected, match="Only a released quarter"):
        sign_bundle(draft, keys["LAW"])
    with pytest.raises(BundleRejected, match="Only a released quarter"):
        sign_bundle(dataclasses.replace(releases["LAW"], stamp=None), keys["LAW"])
    # a draft payload signed by a modified client, and a stamped payload that says released
    # false, are refused by the merge as not signed releases
    payload = release_to_obj(draft)
    assert payload["released"] is False
    with pytest.raises(BundleRejected, match="not a signed faculty release"):
        verify_bundle(_sign_payload(payload, keys["LAW"]), _trust(keys))
    unstamped = release_to_obj(dataclasses.replace(releases["LAW"], stamp=None))
    with pytest.raises(BundleRejected, match="not a signed faculty release"):
        verify_bundle(_sign_payload(unstamped, keys["LAW"]), _trust(keys))
    # an unsigned report (the plain JSON of a release or of a merged report)
    with pytest.raises(BundleRejected, match="not a signed faculty release"):
        verify_bundle(release_to_json(releases["LAW"]).encode(), _trust(keys))
    with pytest.raises(ReportsIncompatible, match="draft"):
        merge_releases([draft, releases["SCI"]])
    with pytest.raises(ReportsIncompatible, match="draft"):
        year_to_date([dataclasses.replace(releases["LAW"], draft=True)])


def test_release_stamp_is_validated(releases, keys):
    good = release_to_obj(releases["LAW"])
    for key, bad in (
        ("released_at", "2026-11-02 10:00"),
        ("release_sequence", 0),
        ("access_log_anchor", {"entries": 3, "head": ""}),
        ("access_log_anchor", {"entries": 3, "head": "zz" * 32}),
        ("access_log_anchor", {"entries": 0, "head": "ab" * 32}),
        ("access_log_anchor", {"entries": -1, "head": ""}),
        ("access_log_anchor", [3, "ab" * 32]),
    ):
        payload = dict(good, **{key: bad})
        with pytest.raises(BundleRejected, match="not a valid"):
            verify_bundle(_sign_payload(payload, keys["LAW"]), _trust(keys))
    anchor = verify_bundle(_sign_payload(good, keys["LAW"]), _trust(keys)).stamp
    assert (anchor.log_entries, anchor.log_head) == (43, f"{3:064x}")


def test_second_bundle_of_a_faculty_and_quarter_is_refused(releases):
    again = dataclasses.replace(releases["LAW"], stamp=_stamp(4))
    with pytest.raises(ReportsIncompatible, match="two reports of LAW for 2026-Q3"):
        merge_releases([releases["LAW"], again, releases["SCI"]])


def test_threshold_below_the_policy_floor_is_refused(counts, keys):
    low = dataclasses.replace(
        build_release(counts["LAW"], faculty="LAW", period=Q3, threshold=4, sensitive_threshold=10),
        stamp=_stamp(1),
    )
    with pytest.raises(BundleRejected, match="below the policy"):
        verify_bundle(sign_bundle(low, keys["LAW"]), _trust(keys))
    lax = dataclasses.replace(
        build_release(counts["SCI"], faculty="SCI", period=Q3, threshold=5, sensitive_threshold=8),
        stamp=_stamp(1),
    )
    with pytest.raises(BundleRejected, match="below the policy"):
        verify_bundle(sign_bundle(lax, keys["SCI"]), _trust(keys))
    with pytest.raises(ReportsIncompatible, match="below the policy"):
        merge_releases([low, dataclasses.replace(low, faculty="SCI")])


def test_the_ledger_refuses_a_second_release_and_an_older_number(releases):
    law, sci = releases["LAW"], releases["SCI"]
    ledger = record_releases(empty_ledger(), [law, sci])
    assert ledger["faculties"]["LAW"]["last_sequence"] == 3
    assert record_releases(ledger, [law, sci]) == ledger  # the same releases again: fine
    # a different release of the same quarter (e.g. from a restored vault, released again)
    other = dataclasses.replace(law, stamp=_stamp(5), generated_in="2026-Q4")
    with pytest.raises(ReportsIncompatible, match="different release of LAW for 2026-Q3"):
        record_releases(ledger, [other])
    # a later quarter with a number already used or lower
    q4 = dataclasses.replace(law, period="2026-Q4", stamp=_stamp(2))
    with pytest.raises(ReportsIncompatible, match="number 2, older than release 3"):
        record_releases(ledger, [q4])
    newer = record_releases(ledger, [dataclasses.replace(q4, stamp=_stamp(4))])
    assert newer["faculties"]["LAW"]["periods"]["2026-Q4"]["sequence"] == 4
    assert ledger["faculties"]["LAW"]["last_sequence"] == 3  # the input is not changed
    with pytest.raises(ReportsIncompatible, match="ledger"):
        record_releases({"format": "something else"}, [law])
    json.dumps(newer)  # it is plain JSON


def test_trust_values_need_a_faculty_and_a_full_fingerprint(keys):
    fp = fingerprint(keys["LAW"].public_key())
    assert parse_trust(f"law={fp}") == ("LAW", fp.replace(" ", ""))
    for bad in (fp, f"XYZ={fp}", "LAW=abcd", f"LAW{fp}"):
        with pytest.raises(ValueError):
            parse_trust(bad)
