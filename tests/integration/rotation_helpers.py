"""The key file an interrupted key rotation leaves behind, for tests of its recovery."""

from __future__ import annotations

import os
from pathlib import Path

from officer_desk.vault import KEYFILE_NAME, derive_key, test_kdf
from officer_desk.vault.database import DB_NAME, connect_keyed, raw_rekey_pragma
from officer_desk.vault.keyfile import (
    Keyfile,
    format_recovery_key,
    key_check,
    make_passphrase_slot,
    make_recovery_slot,
    next_slot_ids,
)


def write_rotating(path: Path, passphrase: str, *, rekey: bool) -> tuple[bytes, bytes, str]:
    """Write the key file a rotation writes before its rekey (both keys, state "rotating");
    rekey the database when ``rekey`` (the state a rotation killed after its rekey leaves).
    Returns (old DEK, new DEK, new recovery key)."""
    key = derive_key(path, passphrase, allow_weak_params=True)
    old_dek = bytes(key.dek)
    current = Keyfile.parse((path / KEYFILE_NAME).read_bytes())
    new_dek, secret = os.urandom(32), os.urandom(32)
    generation = current.generation + 1
    pass_id, rec_id = sorted(next_slot_ids(generation))
    rotating = Keyfile(
        db_uuid=current.db_uuid,
        generation=generation,
        state="rotating",
        key_check=current.key_check,
        slots=[
            make_passphrase_slot(old_dek, passphrase, test_kdf(), current.db_uuid),
            current.slot("recovery"),
            make_passphrase_slot(new_dek, passphrase, test_kdf(), current.db_uuid, slot_id=pass_id),
            make_recovery_slot(new_dek, secret, current.db_uuid, slot_id=rec_id),
        ],
        next_key_check=key_check(new_dek, current.db_uuid),
    )
    (path / KEYFILE_NAME).write_bytes(rotating.to_bytes())
    if rekey:
        conn = connect_keyed(path / DB_NAME, old_dek)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(raw_rekey_pragma(new_dek.hex()))
        conn.close()
    return old_dek, new_dek, format_recovery_key(secret)
