"""The encrypted vault: key file, key derivation and wrapping, SQLCipher connection, checks,
backup and the single-writer lock. No Qt; no table SQL (only pragmas and probes).

Test-only switch: ``OFFICER_DESK_INSECURE_TEST_KDF=1`` makes ``create_vault`` default to
``test_kdf()`` and ``derive_key`` accept weak parameters, so CLI subprocess tests are fast.
Never set it outside tests.
"""

from officer_desk.vault.api import (
    UnlockedKey,
    change_passphrase,
    create_vault,
    derive_key,
    derive_key_with_recovery,
    use_previous_keyfile,
)
from officer_desk.vault.database import (
    APPLICATION_ID,
    DB_NAME,
    KEYFILE_BAK_NAME,
    KEYFILE_NAME,
    CheckReport,
    Vault,
)
from officer_desk.vault.kdf import (
    FLOOR,
    INSECURE_TEST_KDF_ENV,
    KdfParams,
    calibrate_kdf,
    test_kdf,
)
from officer_desk.vault.strength import check_passphrase_strength

__all__ = [
    "APPLICATION_ID",
    "DB_NAME",
    "FLOOR",
    "INSECURE_TEST_KDF_ENV",
    "KEYFILE_BAK_NAME",
    "KEYFILE_NAME",
    "CheckReport",
    "KdfParams",
    "UnlockedKey",
    "Vault",
    "calibrate_kdf",
    "change_passphrase",
    "check_passphrase_strength",
    "create_vault",
    "derive_key",
    "derive_key_with_recovery",
    "test_kdf",
    "use_previous_keyfile",
]
