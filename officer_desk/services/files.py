"""Files the front ends touch outside the vault's database: saving a file that may hold
personal data (an export, a mapping, an access-log extract) and telling whether a folder
holds a vault. Light to import (no cryptography, no SQLCipher)."""

from __future__ import annotations

from pathlib import Path

from officer_desk.vault.files import safe_write
from officer_desk.vault.names import DB_NAME, KEYFILE_BAK_NAME, KEYFILE_NAME


def save_private_file(path: Path, data: bytes) -> None:
    """Safe-save ``data`` at ``path`` with mode 0600 (a temporary file beside it, fsync,
    then an atomic replace). Raises ``SaveFailed``."""
    safe_write(Path(path), data, mode=0o600)


def vault_exists(vault_dir: Path) -> bool:
    """True if ``vault_dir`` holds something that looks like a vault (even a damaged one)."""
    return any(
        (Path(vault_dir) / name).exists() for name in (DB_NAME, KEYFILE_NAME, KEYFILE_BAK_NAME)
    )


__all__ = ["save_private_file", "vault_exists"]
