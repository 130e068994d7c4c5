"""Compare the access log with every anchor of its head that can be found (docs/SECURITY.md,
"Anchors"): the key file, the manifests of the backups in the backup folder and the released
reports stored in the vault. Each anchor says "the log had ``entries`` entries, the last with
hash ``head``"; the log must still hold exactly that entry (later entries may follow).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from officer_desk.services.backups import backup_anchors, backup_folder
from officer_desk.store import access_log, releases
from officer_desk.vault import read_log_anchor
from officer_desk.vault.keyfile import anchor_shape_ok

_MINUTE = dt.timedelta(minutes=1)

#: Where an anchor was found.
KEY_FILE = "key_file"
BACKUP = "backup"
RELEASE = "release"

#: Outcomes besides ``access_log.ANCHOR_OK``/``ANCHOR_CUT``/``ANCHOR_REWRITTEN``.
MISSING = "missing"  # no anchor there (a backup or release made before anchors existed)
INVALID = "invalid"  # present but its MAC does not verify: altered, or another key
#: A backup made after the one the vault was restored from, and before that restore: the
#: restore rolled its later entries back, as the log's own "restored" entry records.
SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class AnchorCheck:
    source: str  # KEY_FILE, BACKUP or RELEASE
    name: str  # the backup folder's name or the released quarter; "" for the key file
    outcome: str
    entries: int | None = None

    @property
    def ok(self) -> bool:
        """False when the log disagrees with this anchor. A missing anchor disagrees only
        in the key file (every save writes one, so it was removed)."""
        if self.outcome in (access_log.ANCHOR_OK, SUPERSEDED):
            return True
        return self.outcome == MISSING and self.source != KEY_FILE


def _release_anchor(text: str) -> tuple[int, str] | None:
    try:
        doc = json.loads(text)
    except ValueError:
        return None
    if not isinstance(doc, dict):
        return None
    obj = doc.get("access_log_anchor")
    if obj is None and isinstance(doc.get("release"), dict):
        obj = doc["release"].get("access_log_anchor")
    if not isinstance(obj, dict):
        return None
    entries, head = obj.get("entries"), obj.get("head")
    probe = {"entries": entries, "head": head, "mac": "0" * 64}
    if not anchor_shape_ok(probe):
        return None
    return int(entries), str(head)  # type: ignore[arg-type]


def check_all(session: object) -> list[AnchorCheck]:
    """Every anchor of ``session``'s vault compared with its access log."""
    store = session.store  # type: ignore[attr-defined]
    vault = session.vault  # type: ignore[attr-defined]
    desk = session.desk  # type: ignore[attr-defined]
    out: list[AnchorCheck] = []

    status, found = read_log_anchor(vault.dir, vault.key)
    if found is None:
        out.append(AnchorCheck(KEY_FILE, "", MISSING if status == "missing" else INVALID))
    else:
        out.append(AnchorCheck(KEY_FILE, "", access_log.check_anchor(store, *found), found[0]))

    restores = [
        (e.detail, e.at) for e in access_log.entries(store, action="restored", limit=10_000)
    ]

    def superseded(name: str, made: dt.datetime | None) -> bool:
        # Log times may be kept to the minute: a backup made in the restore's minute counts.
        return any(
            name > restored and (made is None or at is None or made < at + _MINUTE)
            for restored, at in restores
        )

    for item in backup_anchors(backup_folder(desk, vault.dir), vault.db_uuid, vault.key.dek):
        if item.anchor is not None:
            outcome = access_log.check_anchor(store, *item.anchor)
            if outcome != access_log.ANCHOR_OK and superseded(item.name, item.created_at):
                out.append(AnchorCheck(BACKUP, item.name, SUPERSEDED, item.anchor[0]))
                continue
        if item.anchor is None:
            out.append(
                AnchorCheck(BACKUP, item.name, MISSING if item.status == "missing" else INVALID)
            )
        else:
            outcome = access_log.check_anchor(store, *item.anchor)
            out.append(AnchorCheck(BACKUP, item.name, outcome, item.anchor[0]))

    for stored in releases.list_releases(store):
        anchor = _release_anchor(stored.bundle)
        if anchor is None:
            out.append(AnchorCheck(RELEASE, stored.period, MISSING))
        else:
            outcome = access_log.check_anchor(store, *anchor)
            out.append(AnchorCheck(RELEASE, stored.period, outcome, anchor[0]))
    return out


__all__ = [
    "BACKUP",
    "INVALID",
    "KEY_FILE",
    "MISSING",
    "RELEASE",
    "SUPERSEDED",
    "AnchorCheck",
    "check_all",
]


# The outcomes of a check, for the front ends (they do not import the store).
ANCHOR_OK = access_log.ANCHOR_OK
ANCHOR_CUT = access_log.ANCHOR_CUT
ANCHOR_REWRITTEN = access_log.ANCHOR_REWRITTEN
