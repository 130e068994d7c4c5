"""Canonical JSON of a release, and the Ed25519-signed bundle the central office merges.

* ``release_to_json`` / ``release_from_json``: the canonical, deterministic JSON text
  (sorted keys, no whitespace, UTF-8) that is frozen in ``report_release.bundle``;
  ``release_digest`` is its SHA-256 for ``report_release.sha256``.
* ``sign_bundle(release, private_key)``: ``{"bundle": ..., "release": {...}, "signature":
  {"algorithm": "Ed25519", "public_key": <base64 raw key>, "value": <base64>}}``. The signature
  covers a domain-separation prefix plus the canonical release JSON.
* ``verify_bundle(data, trusted_fingerprints)``: checks the signature, the signer's fingerprint
  (when a trusted set is given) and the content: format and codebook version, closed
  vocabularies, shapes, arithmetic, and that every published count of a protected table is 0 or
  at least the threshold. Anything else raises ``BundleRejected``.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal, overload

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from officer_desk.domain.codebook import CODEBOOK_VERSION, is_valid
from officer_desk.domain.period import Period
from officer_desk.errors import BundleRejected, OfficerDeskError, tr_noop
from officer_desk.reports.tables import (
    FORMAT_VERSION,
    REPORT_VOCABULARIES,
    Figure,
    ProtectedTable,
    Release,
    ReleaseStamp,
    TableSpec,
    TrendPoint,
    vocabulary_codes,
)

RELEASE_FORMAT = "officer-desk-report"
BUNDLE_FORMAT = "officer-desk-signed-report"
_SIGNING_CONTEXT = b"officer-desk/report-bundle/v1\x00"
MAX_BUNDLE_BYTES = 4 * 1024 * 1024
ALL_FACULTIES = "ALL"
KINDS = ("quarter", "ytd", "merged")
UNITS = ("students", "consultations", "days", "percent")
_YTD = re.compile(r"^(\d{4}(?:-\d{2})?)-YTD-(A?Q)([1-4])$")
_RELEASED_AT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_HASH = re.compile(r"^[0-9a-f]{64}$")
# The policy floor the central office accepts (docs/DISCLOSURE.md, R2).
POLICY_THRESHOLD = 5
POLICY_SENSITIVE_THRESHOLD = 10


# --- canonical JSON -------------------------------------------------------------------------


def _canonical(obj: Any) -> bytes:
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _table_obj(t: ProtectedTable) -> dict[str, Any]:
    s = t.spec
    obj = {
        "key": s.key,
        "row_vocab": s.row_vocab,
        "col_vocab": s.col_vocab,
        "rows": list(s.rows),
        "cols": list(s.cols),
        "two_way": s.two_way,
        "multi_response": s.multi_response,
        "protected": s.protected,
        "link": s.link,
        "col_bound": s.col_bound,
        "sensitive_rows": sorted(s.sensitive_rows),
        "sensitive_cols": sorted(s.sensitive_cols),
        "cells": [list(r) for r in t.cells],
        "row_totals": list(t.row_totals),
        "col_totals": list(t.col_totals),
        "total": t.total,
        "band": t.band,
        "unknown": list(t.unknown),
        "unknown_max": t.unknown_max,
    }
    if t.lower:  # derived tables only: faculty (quarter) JSON is unchanged
        obj["lower"] = [[i, j, k] for (i, j), k in t.lower]
    return obj


def release_to_obj(release: Release) -> dict[str, Any]:
    obj: dict[str, Any] = {
        "format": RELEASE_FORMAT,
        "format_version": release.format_version,
        "codebook_version": release.codebook_version,
        "threshold": release.threshold,
        "sensitive_threshold": release.sensitive_threshold,
        "period": release.period,
        "faculty": release.faculty,
        "kind": release.kind,
        "sources": list(release.sources),
        "generated_in": release.generated_in,
        "tables": [_table_obj(t) for t in release.tables],
        "figures": [{"key": f.key, "value": f.value, "unit": f.unit} for f in release.figures],
        "trend": [
            {"period": p.period, "students_seen": p.students_seen, "band": p.band}
            for p in release.trend
        ],
    }
    if release.draft:
        obj["released"] = False
    elif release.stamp is not None:
        st = release.stamp
        obj["released"] = True
        obj["released_at"] = st.released_at
        obj["release_sequence"] = st.sequence
        obj["access_log_anchor"] = {"entries": st.log_entries, "head": st.log_head}
    return obj


def release_to_json(release: Release) -> str:
    """Canonical JSON text of a release (deterministic: same release -> same text)."""
    return _canonical(release_to_obj(release)).decode("utf-8")


def release_digest(release: Release) -> str:
    """SHA-256 (hex) of the canonical JSON, as stored beside it in ``report_release``."""
    return hashlib.sha256(_canonical(release_to_obj(release))).hexdigest()


# --- parsing and validation -----------------------------------------------------------------


class _Bad(Exception):
    """Internal: content check failed (the public error carries no details)."""


def _reject_constant(name: str) -> Any:
    raise _Bad(name)


def _loads(text: str | bytes) -> Any:
    try:
        return json.loads(
            text,
            parse_float=_reject_constant,
            parse_constant=_reject_constant,
        )
    except (ValueError, UnicodeDecodeError) as exc:
        raise _Bad("json") from exc


@overload
def _int(v: Any, *, none: Literal[False] = False, minimum: int = 0) -> int: ...
@overload
def _int(v: Any, *, none: bool, minimum: int = 0) -> int | None: ...
def _int(v: Any, *, none: bool = False, minimum: int = 0) -> int | None:
    if v is None and none:
        return None
    if type(v) is not int or v < minimum:
        raise _Bad("int")
    return v


@overload
def _str(v: Any, *, none: Literal[False] = False) -> str: ...
@overload
def _str(v: Any, *, none: bool) -> str | None: ...
def _str(v: Any, *, none: bool = False) -> str | None:
    if v is None and none:
        return None
    if not isinstance(v, str) or len(v) > 200:
        raise _Bad("str")
    return v


def _strs(v: Any) -> tuple[str, ...]:
    if not isinstance(v, list):
        raise _Bad("list")
    return tuple(_str(x) for x in v)


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise _Bad("bool")
    return v


def _valid_period(label: str, kind: str) -> None:
    if kind == "ytd":
        if not _YTD.match(label):
            raise _Bad("period")
        return
    try:
        Period.parse(label)
    except OfficerDeskError as exc:
        if kind == "merged" and _YTD.match(label):
            return
        raise _Bad("period") from exc


def _lower_from(
    obj: Any, table: ProtectedTable, kind: str, threshold: int, sensitive: int
) -> tuple[tuple[tuple[int, int], int], ...]:
    """Check the "≥ k" lower bounds of a derived table: suppressed positions only, sorted, each
    at least the threshold there, and consistent with every published total."""
    spec = table.spec
    if kind == "quarter" or not isinstance(obj, list) or not obj:
        raise _Bad("lower")
    a = table.augmented()
    lower: list[tuple[tuple[int, int], int]] = []
    for item in obj:
        if not isinstance(item, list) or len(item) != 3:
            raise _Bad("lower")
        i, j, k = (_int(v) for v in item)
        pos = (i, j)
        if pos not in a or a[pos] is not None or k < 1:
            raise _Bad("lower")
        if spec.protected and k < spec.threshold_at(pos, threshold, sensitive):
            raise _Bad("lower")
        lower.append((pos, k))
    if [p for p, _ in lower] != sorted({p for p, _ in lower}):
        raise _Bad("lower")
    bounds = dict(lower)
    for cells_pos, total_pos in spec.equations():
        if a[total_pos] is None:
            continue
        floor = sum(a[p] if a[p] is not None else bounds.get(p, 0) for p in cells_pos)  # type: ignore[misc]
        if floor > a[total_pos]:  # type: ignore[operator]
            raise _Bad("arithmetic")
    return tuple(lower)


def _table_from(obj: Any, threshold: int, sensitive: int, kind: str = "quarter") -> ProtectedTable:
    if not isinstance(obj, dict):
        raise _Bad("table")
    spec = TableSpec(
        key=_str(obj["key"]),
        row_vocab=_str(obj["row_vocab"]),
        col_vocab=_str(obj["col_vocab"]),
        rows=_strs(obj["rows"]),
        cols=_strs(obj["cols"]),
        two_way=_bool(obj["two_way"]),
        multi_response=_bool(obj["multi_response"]),
        protected=_bool(obj["protected"]),
        link=_str(obj["link"], none=True),
        col_bound=_str(obj["col_bound"], none=True),
        sensitive_rows=frozenset(_strs(obj["sensitive_rows"])),
        sensitive_cols=frozenset(_strs(obj["sensitive_cols"])),
    )
    for vocab, items in ((spec.row_vocab, spec.rows), (spec.col_vocab, spec.cols)):
        try:
            known = vocabulary_codes(vocab)
        except KeyError as exc:
            raise _Bad("vocabulary") from exc
        if not items or len(set(items)) != len(items) or not set(items) <= set(known):
            raise _Bad("codes")  # closed vocabularies only
    if not spec.sensitive_rows <= set(spec.rows) or not spec.sensitive_cols <= set(spec.cols):
        raise _Bad("sensitive")
    band = _str(obj["band"], none=True)
    unknown = _strs(obj["unknown"])
    unknown_max = _int(obj["unknown_max"])
    r, c = spec.n_rows, spec.n_cols
    if band is not None:
        if (
            not re.fullmatch(r"<\d{1,7}", band)
            or obj["cells"]
            or obj["total"] is not None
            or "lower" in obj
        ):
            raise _Bad("band")
        return ProtectedTable(spec, (), (), (), None, band, unknown, unknown_max)
    cells_obj = obj["cells"]
    if not isinstance(cells_obj, list) or len(cells_obj) != r:
        raise _Bad("shape")
    cells = []
    for row in cells_obj:
        if not isinstance(row, list) or len(row) != c:
            raise _Bad("shape")
        cells.append(tuple(_int(v, none=True) for v in row))
    row_totals = tuple(_int(v, none=True) for v in obj["row_totals"])
    col_totals = tuple(_int(v, none=True) for v in obj["col_totals"])
    if len(row_totals) != (r if spec.two_way else 0) or len(col_totals) != c:
        raise _Bad("shape")
    total = _int(obj["total"], none=True)
    table = ProtectedTable(
        spec, tuple(cells), row_totals, col_totals, total, None, unknown, unknown_max
    )
    a = table.augmented()
    for cells_pos, total_pos in spec.equations():
        values = [a[p] for p in cells_pos]
        published = [v for v in values if v is not None]
        total_v = a[total_pos]
        if total_v is not None and len(published) == len(values) and sum(published) != total_v:
            raise _Bad("arithmetic")
        if total_v is not None and any(v > total_v for v in published):
            raise _Bad("arithmetic")
    if spec.protected:
        for pos, v in a.items():
            if v is not None and 0 < v < spec.threshold_at(pos, threshold, sensitive):
                raise _Bad("threshold")  # a small count must never be published
    if "lower" in obj:
        lower = _lower_from(obj["lower"], table, kind, threshold, sensitive)
        table = dataclasses.replace(table, lower=lower)
    return table


_STAMP_KEYS = ("released_at", "release_sequence", "access_log_anchor")


def _stamp_from(obj: dict[str, Any], kind: str) -> tuple[bool, ReleaseStamp | None]:
    """(draft, stamp) from the optional release keys: absent (a derived report), ``released:
    false`` (a draft, nothing else) or ``released: true`` with time, sequence and anchor."""
    if "released" not in obj:
        if any(k in obj for k in _STAMP_KEYS):
            raise _Bad("released")
        return False, None
    if not _bool(obj["released"]):
        if any(k in obj for k in _STAMP_KEYS):
            raise _Bad("released")
        return True, None
    if kind != "quarter":
        raise _Bad("released")
    at = _str(obj["released_at"])
    if not _RELEASED_AT.match(at or ""):
        raise _Bad("released_at")
    sequence = _int(obj["release_sequence"], minimum=1)
    anchor = obj["access_log_anchor"]
    if not isinstance(anchor, dict) or set(anchor) != {"entries", "head"}:
        raise _Bad("anchor")
    entries = _int(anchor["entries"])
    head = _str(anchor["head"])
    # an empty log's head is "" (or the chain's all-zero genesis hash)
    if (entries == 0 and head not in ("", "0" * 64)) or (entries and not _HASH.match(head or "")):
        raise _Bad("anchor")
    return False, ReleaseStamp(sequence, at, entries, head)


def release_from_obj(obj: Any) -> Release:
    if not isinstance(obj, dict):
        raise _Bad("release")
    if obj.get("format") != RELEASE_FORMAT or obj.get("format_version") != FORMAT_VERSION:
        raise _Bad("format")
    if obj.get("codebook_version") != CODEBOOK_VERSION:
        raise _Bad("codebook")
    threshold = _int(obj["threshold"], minimum=3)
    sensitive = _int(obj["sensitive_threshold"], minimum=threshold)
    kind = _str(obj["kind"])
    if kind not in KINDS:
        raise _Bad("kind")
    period = _str(obj["period"])
    _valid_period(period, kind)
    faculty = _str(obj["faculty"])
    if faculty != ALL_FACULTIES and not is_valid("faculty", faculty):
        raise _Bad("faculty")
    if not isinstance(obj["tables"], list) or not isinstance(obj["figures"], list):
        raise _Bad("release")
    tables = tuple(_table_from(t, threshold, sensitive, kind) for t in obj["tables"])
    if len({t.key for t in tables}) != len(tables):
        raise _Bad("tables")
    figures = []
    for f in obj["figures"]:
        unit = _str(f["unit"])
        if unit not in UNITS:
            raise _Bad("unit")
        figures.append(Figure(_str(f["key"]), _int(f["value"], none=True), unit))
    trend = tuple(
        TrendPoint(
            _str(p["period"]), _int(p["students_seen"], none=True), _str(p["band"], none=True)
        )
        for p in obj["trend"]
    )
    draft, stamp = _stamp_from(obj, kind)
    return Release(
        period=period,
        faculty=faculty,
        codebook_version=CODEBOOK_VERSION,
        threshold=threshold,
        sensitive_threshold=sensitive,
        tables=tables,
        figures=tuple(figures),
        trend=trend,
        kind=kind,
        sources=_strs(obj["sources"]),
        generated_in=_str(obj["generated_in"]),
        format_version=FORMAT_VERSION,
        draft=draft,
        stamp=stamp,
    )


def release_from_json(text: str | bytes) -> Release:
    """Parse and validate canonical release JSON (e.g. from ``report_release.bundle``)."""
    try:
        return release_from_obj(_loads(text))
    except (_Bad, KeyError, TypeError, AttributeError) as exc:
        raise BundleRejected(
            tr_noop("The report data is not a valid Officer Desk report.")
        ) from exc


# --- signatures -----------------------------------------------------------------------------


def _raw_public(key: Ed25519PublicKey | Ed25519PrivateKey | bytes) -> bytes:
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    if isinstance(key, Ed25519PublicKey):
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if isinstance(key, bytes) and len(key) == 32:
        return key
    raise TypeError("an Ed25519 key is required")


def fingerprint(public_key: Ed25519PublicKey | Ed25519PrivateKey | bytes) -> str:
    """SHA-256 of the raw 32-byte public key, as 16 groups of 4 hex digits."""
    digest = hashlib.sha256(_raw_public(public_key)).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def _norm_fp(text: str) -> str:
    return re.sub(r"[^0-9a-f]", "", text.lower())


def sign_bundle(release: Release, private_key: Ed25519PrivateKey) -> bytes:
    """The signed bundle (canonical JSON bytes) for a released faculty quarter. A draft, a
    derived report or a quarter without its release stamp is never signed."""
    if release.draft or release.stamp is None or release.kind != "quarter":
        raise BundleRejected(
            tr_noop(
                "Only a released quarter can be saved as a signed bundle. This report is a "
                "draft: release the quarter first (possible once it has ended)."
            )
        )
    payload = release_to_obj(release)
    signature = private_key.sign(_SIGNING_CONTEXT + _canonical(payload))
    return _canonical(
        {
            "bundle": BUNDLE_FORMAT,
            "version": 1,
            "release": payload,
            "signature": {
                "algorithm": "Ed25519",
                "public_key": base64.b64encode(_raw_public(private_key)).decode("ascii"),
                "value": base64.b64encode(signature).decode("ascii"),
            },
        }
    )


Trust = Mapping[str, Iterable[str]]


def parse_trust(text: str) -> tuple[str, str]:
    """``LAW=FINGERPRINT`` -> (faculty code, normalised fingerprint); ``ValueError`` if the
    faculty code is unknown or the fingerprint is not 64 hex digits."""
    faculty, sep, fp = text.partition("=")
    faculty = faculty.strip().upper()
    norm = _norm_fp(fp)
    if not sep or not is_valid("faculty", faculty) or not _HASH.match(norm):
        raise ValueError("LAW=FINGERPRINT expected")
    return faculty, norm


def _not_a_release() -> BundleRejected:
    return BundleRejected(
        tr_noop(
            "This file is not a signed faculty release: drafts, unsigned and combined reports "
            "cannot be merged."
        )
    )


def verify_bundle(data: bytes, trust: Trust | None = None) -> Release:
    """Check a signed faculty release and return it.

    ``trust`` binds faculty codes to the fingerprints of the keys that may speak for them
    (``fingerprint`` format; spaces and case are ignored): a bundle is accepted only from a key
    bound to the faculty it names. ``None`` checks the signature against the key in the bundle
    only (integrity, not origin). Drafts, unsigned reports and thresholds below the policy
    floor are refused, each with its own message."""
    if not isinstance(data, bytes | bytearray) or len(data) > MAX_BUNDLE_BYTES:
        raise BundleRejected()
    try:
        obj = _loads(bytes(data))
    except _Bad as exc:
        raise BundleRejected() from exc
    if isinstance(obj, dict) and obj.get("format") == RELEASE_FORMAT:
        raise _not_a_release()  # a plain (unsigned) report, e.g. a merged report's JSON
    try:
        if not isinstance(obj, dict) or obj.get("bundle") != BUNDLE_FORMAT:
            raise _Bad("bundle")
        if obj.get("version") != 1:
            raise _Bad("version")
        sig = obj["signature"]
        if not isinstance(sig, dict) or sig.get("algorithm") != "Ed25519":
            raise _Bad("algorithm")
        raw = base64.b64decode(_str(sig["public_key"]), validate=True)
        value = base64.b64decode(_str(sig["value"]), validate=True)
        public = Ed25519PublicKey.from_public_bytes(raw)
        payload = obj["release"]
        public.verify(value, _SIGNING_CONTEXT + _canonical(payload))
        claimed = _str(payload["faculty"])
    except (_Bad, KeyError, TypeError, ValueError, binascii.Error, InvalidSignature) as exc:
        raise BundleRejected() from exc
    if trust is not None:
        signer = _norm_fp(fingerprint(public))
        bound = {fac for fac, fps in trust.items() if signer in {_norm_fp(f) for f in fps}}
        if not bound:
            raise BundleRejected(
                tr_noop("The report bundle was signed by a key that is not on the trusted list.")
            )
        if claimed not in bound:
            raise BundleRejected(
                tr_noop(
                    "The report bundle says it comes from {faculty}, but it was signed with the "
                    "key trusted for {signer}."
                ),
                faculty=str(claimed),
                signer=", ".join(sorted(bound)),
            )
    try:
        release = release_from_obj(payload)
    except (_Bad, KeyError, TypeError, AttributeError) as exc:
        raise BundleRejected(
            tr_noop("The report data is not a valid Officer Desk report.")
        ) from exc
    if release.draft or release.stamp is None or release.kind != "quarter":
        raise _not_a_release()
    if (
        release.threshold < POLICY_THRESHOLD
        or release.sensitive_threshold < POLICY_SENSITIVE_THRESHOLD
    ):
        raise BundleRejected(
            tr_noop(
                "The report of {faculty} uses a threshold below the policy (at least {t} "
                "students, {s} for sensitive topics) and cannot be merged."
            ),
            faculty=release.faculty,
            t=POLICY_THRESHOLD,
            s=POLICY_SENSITIVE_THRESHOLD,
        )
    return release


__all__ = [
    "REPORT_VOCABULARIES",
    "fingerprint",
    "parse_trust",
    "release_digest",
    "release_from_json",
    "release_to_json",
    "sign_bundle",
    "verify_bundle",
]


def bundle_public_key(data: bytes) -> bytes | None:
    """The raw public key a bundle claims to be signed with (unverified), for showing its
    fingerprint to the person who must decide whether to trust it; None if unreadable."""
    try:
        obj = _loads(bytes(data))
        raw = base64.b64decode(_str(obj["signature"]["public_key"]), validate=True)
    except (_Bad, KeyError, TypeError, ValueError):
        return None
    return raw if len(raw) == 32 else None


def bundle_claims(data: bytes) -> tuple[bytes | None, str | None]:
    """(raw public key, faculty code) a bundle claims, unverified, for showing the person who
    must decide whether to trust that key for that faculty; None where unreadable."""
    key = bundle_public_key(data)
    try:
        faculty = _loads(bytes(data))["release"]["faculty"]
    except (_Bad, KeyError, TypeError, ValueError):
        return key, None
    ok = isinstance(faculty, str) and is_valid("faculty", faculty)
    return key, faculty if ok else None
