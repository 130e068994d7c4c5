"""The encrypted vault: key file, key derivation and wrapping, SQLCipher connection, checks,
backup and the single-writer lock. No Qt; no table SQL (only pragmas and probes).

Test-only switch: ``OFFICER_DESK_INSECURE_TEST_KDF=1`` makes ``create_vault`` default to
``test_kdf()`` and ``derive_key`` accept weak parameters, so CLI subprocess tests are fast.
It works only inside a test run (see ``officer_desk.vault.kdf``) and is refused elsewhere.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from officer_desk.vault.names import APPLICATION_ID, DB_NAME, KEYFILE_BAK_NAME, KEYFILE_NAME

# The rest loads on first use (PEP 562), so the app's window can show before cryptography
# and SQLCipher are imported; they load while the user types the passphrase.
_LAZY = {
    "UnlockedKey": "api",
    "change_passphrase": "api",
    "create_vault": "api",
    "derive_key": "api",
    "derive_key_with_recovery": "api",
    "rotate_key": "api",
    "PreparedPassphrase": "api",
    "prepare_passphrase_change": "api",
    "commit_passphrase_change": "api",
    "save_log_anchor": "api",
    "read_log_anchor": "api",
    "stale_local_copies": "api",
    "CheckReport": "database",
    "Vault": "database",
    "FLOOR": "kdf",
    "INSECURE_TEST_KDF_ENV": "kdf",
    "KdfParams": "kdf",
    "calibrate_kdf": "kdf",
    "test_kdf": "kdf",
    "check_passphrase_strength": "strength",
}

if TYPE_CHECKING:  # pragma: no cover
    from officer_desk.vault.api import (
        PreparedPassphrase,
        UnlockedKey,
        change_passphrase,
        commit_passphrase_change,
        create_vault,
        derive_key,
        derive_key_with_recovery,
        prepare_passphrase_change,
        read_log_anchor,
        rotate_key,
        save_log_anchor,
        stale_local_copies,
    )
    from officer_desk.vault.database import CheckReport, Vault
    from officer_desk.vault.kdf import (
        FLOOR,
        INSECURE_TEST_KDF_ENV,
        KdfParams,
        calibrate_kdf,
        test_kdf,
    )
    from officer_desk.vault.strength import check_passphrase_strength


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'officer_desk.vault' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"officer_desk.vault.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "APPLICATION_ID",
    "DB_NAME",
    "FLOOR",
    "INSECURE_TEST_KDF_ENV",
    "KEYFILE_BAK_NAME",
    "KEYFILE_NAME",
    "CheckReport",
    "KdfParams",
    "PreparedPassphrase",
    "UnlockedKey",
    "Vault",
    "calibrate_kdf",
    "change_passphrase",
    "check_passphrase_strength",
    "commit_passphrase_change",
    "create_vault",
    "derive_key",
    "derive_key_with_recovery",
    "prepare_passphrase_change",
    "read_log_anchor",
    "rotate_key",
    "save_log_anchor",
    "stale_local_copies",
    "test_kdf",
]
