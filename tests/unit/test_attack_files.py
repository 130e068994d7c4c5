"""Attack review, files and links (docs/SECURITY.md, A-F3): the vault folder is private, marker
and lock files never follow a planted link, and a safe save never replaces something that is
not an ordinary file (a device, a FIFO, a symbolic link)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from officer_desk.errors import UnsafeOutputPath, VaultFolderUnsafe
from officer_desk.vault import Vault, create_vault, derive_key, test_kdf
from officer_desk.vault.database import OPEN_MARKER_NAME
from officer_desk.vault.files import LOCK_NAME, safe_write

PASS = "a long test passphrase 42"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and links")


def _mode(path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def test_files_vault_created_in_existing_open_folder_is_private(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o777)
    vault, _recovery = create_vault(folder, PASS, kdf=test_kdf())
    vault.close()
    assert _mode(folder) == 0o700


def test_files_group_writable_vault_folder_is_made_private_on_open(tmp_path):
    folder = tmp_path / "v"
    vault, _ = create_vault(folder, PASS, kdf=test_kdf())
    vault.close()
    os.chmod(folder, 0o775)
    with Vault.open(derive_key(folder, PASS, allow_weak_params=True)):
        assert _mode(folder) == 0o700


def test_files_open_folder_that_cannot_be_made_private_is_refused(tmp_path, monkeypatch):
    folder = tmp_path / "v"
    vault, _ = create_vault(folder, PASS, kdf=test_kdf())
    vault.close()
    os.chmod(folder, 0o777)
    key = derive_key(folder, PASS, allow_weak_params=True)

    def refuse(path, mode, *args, **kwargs):  # a folder owned by someone else, or FAT
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chmod", refuse)
    with pytest.raises(VaultFolderUnsafe) as info:
        Vault.open(key)
    assert "Other users" in info.value.message
    assert not (folder / OPEN_MARKER_NAME).exists()


@pytest.mark.parametrize("name", [OPEN_MARKER_NAME, LOCK_NAME])
def test_files_marker_and_lock_never_follow_a_planted_link(tmp_path, name):
    folder = tmp_path / "v"
    vault, _ = create_vault(folder, PASS, kdf=test_kdf())
    vault.close()
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"the officer's own file")
    (folder / name).unlink(missing_ok=True)
    os.symlink(precious, folder / name)
    try:
        with Vault.open(derive_key(folder, PASS, allow_weak_params=True)):
            pass
    except VaultFolderUnsafe:
        pass  # refusing is fine too; following the link is not
    assert precious.read_bytes() == b"the officer's own file"


def test_files_lock_link_is_refused_with_a_clear_message(tmp_path):
    folder = tmp_path / "v"
    vault, _ = create_vault(folder, PASS, kdf=test_kdf())
    vault.close()
    (folder / LOCK_NAME).unlink(missing_ok=True)
    os.symlink(tmp_path / "elsewhere", folder / LOCK_NAME)
    with pytest.raises(VaultFolderUnsafe) as info:
        Vault.open(derive_key(folder, PASS, allow_weak_params=True))
    assert "link" in info.value.message
    assert not (tmp_path / "elsewhere").exists()


def _fifo(path):
    os.mkfifo(path)
    return path


def _symlink_to_file(path):
    target = path.with_name("target.txt")
    target.write_bytes(b"keep me")
    os.symlink(target, path)
    return path


def _dangling_symlink(path):
    os.symlink(path.with_name("nowhere.pdf"), path)
    return path


def _device(path):
    if os.geteuid() != 0:
        pytest.skip("creating a device node needs root")
    os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 7))  # like /dev/full
    return path


@pytest.mark.parametrize("make", [_fifo, _symlink_to_file, _dangling_symlink, _device])
def test_files_safe_write_refuses_non_regular_target(tmp_path, make):
    target = make(tmp_path / "out.pdf")
    before = os.lstat(target)
    with pytest.raises(UnsafeOutputPath) as info:
        safe_write(target, b"%PDF-1.4 report")
    after = os.lstat(target)
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode)
    assert after.st_ino == before.st_ino
    assert "not an ordinary file" in info.value.message
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    if (tmp_path / "target.txt").exists():
        assert (tmp_path / "target.txt").read_bytes() == b"keep me"


def test_files_safe_write_refuses_a_folder_and_still_replaces_files(tmp_path):
    (tmp_path / "dir").mkdir()
    with pytest.raises(UnsafeOutputPath):
        safe_write(tmp_path / "dir", b"x")
    regular = tmp_path / "report.pdf"
    regular.write_bytes(b"old")
    safe_write(regular, b"new")
    assert regular.read_bytes() == b"new" and _mode(regular) == 0o600


def test_files_restore_ready_marker_never_follows_a_planted_link(tmp_path):
    from officer_desk.errors import VaultFolderLink
    from officer_desk.services import backups

    staging = tmp_path / "staging"
    staging.mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"the officer's own file")
    os.symlink(precious, staging / backups.READY_MARKER)
    with pytest.raises(VaultFolderLink):
        backups._copy_ready_marker(staging)
    assert precious.read_bytes() == b"the officer's own file"
