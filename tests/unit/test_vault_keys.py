"""Key file, key derivation, wrapping and recovery (docs/SECURITY.md, K1-K6, K8, K11)."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest
from cryptography.exceptions import UnsupportedAlgorithm
from hypothesis import given
from hypothesis import strategies as st

import officer_desk.vault.kdf as kdf_mod
from officer_desk.errors import (
    KeyfileCorrupt,
    KeyfileRejected,
    NewerSchema,
    NotAVault,
    SaveFailed,
    VaultExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryKey,
)
from officer_desk.vault import (
    FLOOR,
    KdfParams,
    Vault,
    change_passphrase,
    check_passphrase_strength,
    create_vault,
    derive_key,
    derive_key_with_recovery,
    test_kdf,
)
from officer_desk.vault.database import raw_key_pragma
from officer_desk.vault.keyfile import body_hash, format_recovery_key, parse_recovery_key

PASS = "correct horse battery staple"
NEW_PASS = "violet anchor mumbles quietly"


def _derive(vault_dir: Path, passphrase: str = PASS):
    return derive_key(vault_dir, passphrase, allow_weak_params=True)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    vault, _recovery = create_vault(tmp_path / "vault", PASS, kdf=test_kdf())
    with vault:
        vault.connection.execute("CREATE TABLE t(x TEXT)")
        vault.connection.execute("INSERT INTO t VALUES ('row one')")
    return tmp_path / "vault"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _snapshot(vault_dir: Path) -> dict[str, tuple[str, int]]:
    return {
        p.name: (_sha(p), p.stat().st_mtime_ns)
        for p in vault_dir.iterdir()
        if p.is_file() and p.name != "officer.lock"
    }


def _load(vault_dir: Path) -> dict:
    return json.loads((vault_dir / "keys.json").read_text())


def _save(vault_dir: Path, doc: dict, *, rehash: bool) -> None:
    if rehash:
        body = {k: v for k, v in doc.items() if k != "body_sha256"}
        doc["body_sha256"] = body_hash(body)
    (vault_dir / "keys.json").write_text(json.dumps(doc))


# --- creation ---------------------------------------------------------------------------------


def test_create_layout_modes_and_recovery_format(tmp_path: Path) -> None:
    vault, recovery = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    with vault:
        assert vault.db_path.name == "officer.db"
        assert vault.keyfile_path.name == "keys.json"
        assert len(vault.key.dek) == 32
    d = tmp_path / "v"
    assert stat.S_IMODE(d.stat().st_mode) == 0o700
    assert stat.S_IMODE((d / "keys.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((d / "officer.db").stat().st_mode) == 0o600
    groups = recovery.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    doc = _load(d)
    assert doc["format"] == "officer_desk-keys" and doc["version"] == 1
    assert doc["state"] == "ok" and doc["generation"] == 1
    assert {s["type"] for s in doc["slots"]} == {"passphrase", "recovery"}


def test_create_refuses_existing_vault(vault_dir: Path) -> None:
    before = _snapshot(vault_dir)
    with pytest.raises(VaultExists):
        create_vault(vault_dir, PASS, kdf=test_kdf())
    assert _snapshot(vault_dir) == before


def test_create_checks_strength_first(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        create_vault(tmp_path / "v", "password1234", kdf=test_kdf())
    assert not (tmp_path / "v").exists()


def test_create_into_existing_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "v").mkdir()
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    vault.close()
    assert (tmp_path / "v" / "keys.json").is_file()


# --- K1 wrong passphrase ----------------------------------------------------------------------


def test_k1_wrong_passphrase_touches_nothing(vault_dir: Path) -> None:
    before = _snapshot(vault_dir)
    with pytest.raises(WrongPassphrase) as info:
        _derive(vault_dir, "not the passphrase at all")
    assert info.value.exit_code == 3
    assert _snapshot(vault_dir) == before


def test_correct_passphrase_unlocks_and_opens(vault_dir: Path) -> None:
    key = _derive(vault_dir)
    with Vault.open(key) as vault:
        assert vault.connection.execute("SELECT x FROM t").fetchall() == [("row one",)]
    assert key.wiped


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    composed = "caf\u00e9 horse battery staple"
    decomposed = "cafe\u0301 horse battery staple"
    vault, _ = create_vault(tmp_path / "v", composed, kdf=test_kdf())
    vault.close()
    derive_key(tmp_path / "v", decomposed, allow_weak_params=True).wipe()


# --- K3 / K4 key file corruption and tampering -----------------------------------------------


def test_k3_flipped_byte_in_wrapped_key_is_corrupt_not_wrong_passphrase(vault_dir: Path) -> None:
    doc = _load(vault_dir)
    wrapped = doc["slots"][0]["wrapped"]
    doc["slots"][0]["wrapped"] = ("B" if wrapped[0] != "B" else "C") + wrapped[1:]
    _save(vault_dir, doc, rehash=False)
    with pytest.raises(KeyfileCorrupt) as info:
        _derive(vault_dir)
    assert "backup" in info.value.message


def test_k3_flipped_kdf_parameter_is_corrupt(vault_dir: Path) -> None:
    doc = _load(vault_dir)
    doc["slots"][0]["iterations"] += 1
    _save(vault_dir, doc, rehash=False)
    with pytest.raises(KeyfileCorrupt):
        _derive(vault_dir)


@pytest.mark.parametrize("offset_fraction", [0.1, 0.3, 0.5, 0.7, 0.9])
def test_k3_random_byte_flip_anywhere_is_corrupt(vault_dir: Path, offset_fraction: float) -> None:
    path = vault_dir / "keys.json"
    raw = bytearray(path.read_bytes())
    i = int(len(raw) * offset_fraction)
    while chr(raw[i]) in ' \n\t:,{}[]"':
        i += 1
    raw[i] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises((KeyfileCorrupt, NotAVault)):
        _derive(vault_dir)


def test_k3_garbage_and_empty_keyfile(vault_dir: Path) -> None:
    for content in (b"", b"\x00\xff" * 10, b"[1,2]", b"{not json"):
        (vault_dir / "keys.json").write_bytes(content)
        with pytest.raises(KeyfileCorrupt):
            _derive(vault_dir)


def test_k4_consistent_tampering_fails_authentication(vault_dir: Path) -> None:
    doc = _load(vault_dir)
    doc["slots"][0]["memory_kib"] *= 2  # still weak-allowed, rehashed: only the AAD notices
    _save(vault_dir, doc, rehash=True)
    with pytest.raises(WrongPassphrase):
        _derive(vault_dir)


def test_k4_moved_slot_to_other_vault_fails(vault_dir: Path, tmp_path: Path) -> None:
    other, _ = create_vault(tmp_path / "other", PASS, kdf=test_kdf())
    other.close()
    mine, theirs = _load(vault_dir), _load(tmp_path / "other")
    theirs["slots"] = mine["slots"]
    theirs["key_check"] = mine["key_check"]
    _save(tmp_path / "other", theirs, rehash=True)
    with pytest.raises(WrongPassphrase):
        _derive(tmp_path / "other")


def test_k4_params_below_floor_rejected_before_kdf(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    real = kdf_mod.derive_kek
    monkeypatch.setattr(kdf_mod, "derive_kek", lambda *a: calls.append(a) or real(*a))
    with pytest.raises(KeyfileRejected):
        derive_key(vault_dir, PASS)  # test params are below the floor
    assert calls == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("kdf", "pbkdf2"), ("kdf", "none"), ("memory_kib", 2**40), ("iterations", 10_000)],
)
def test_k4_unknown_or_absurd_kdf_rejected(vault_dir: Path, field: str, value: object) -> None:
    doc = _load(vault_dir)
    doc["slots"][0][field] = value
    _save(vault_dir, doc, rehash=True)
    with pytest.raises(KeyfileRejected):
        _derive(vault_dir)


def test_other_json_file_is_not_a_vault(vault_dir: Path) -> None:
    (vault_dir / "keys.json").write_text('{"name": "something else"}')
    with pytest.raises(NotAVault):
        _derive(vault_dir)


def test_newer_keyfile_version(vault_dir: Path) -> None:
    doc = _load(vault_dir)
    doc["version"] = 2
    _save(vault_dir, doc, rehash=True)
    with pytest.raises(NewerSchema):
        _derive(vault_dir)


def test_floor_params_accepted_without_allow_weak(tmp_path: Path) -> None:
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=FLOOR)
    vault.close()
    derive_key(tmp_path / "v", PASS).wipe()


def test_insecure_test_kdf_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFICER_DESK_INSECURE_TEST_KDF", "1")
    vault, _ = create_vault(tmp_path / "v", PASS)
    vault.close()
    assert _load(tmp_path / "v")["slots"][0]["memory_kib"] == test_kdf().memory_kib
    derive_key(tmp_path / "v", PASS).wipe()
    monkeypatch.delenv("OFFICER_DESK_INSECURE_TEST_KDF")
    with pytest.raises(KeyfileRejected):
        derive_key(tmp_path / "v", PASS)


# --- K5 passphrase change, recovery, previous key file ---------------------------------------


def test_k5_change_passphrase_rewraps_only(vault_dir: Path) -> None:
    db_before = _sha(vault_dir / "officer.db")
    old_keys = (vault_dir / "keys.json").read_bytes()
    key = _derive(vault_dir)
    with Vault.open(key) as vault:
        change_passphrase(vault.dir, vault.key, NEW_PASS, kdf=test_kdf())
    assert _sha(vault_dir / "officer.db") == db_before
    assert not (vault_dir / "keys.bak").exists()  # kept only while the save is in flight
    assert (vault_dir / "keys.json").read_bytes() != old_keys
    assert stat.S_IMODE((vault_dir / "keys.json").stat().st_mode) == 0o600
    assert _load(vault_dir)["generation"] == 2
    with pytest.raises(WrongPassphrase):
        _derive(vault_dir, PASS)
    with Vault.open(_derive(vault_dir, NEW_PASS)) as vault:
        assert vault.connection.execute("SELECT x FROM t").fetchall() == [("row one",)]
    assert _sha(vault_dir / "officer.db") == _sha(vault_dir / "officer.db")


def test_change_passphrase_refuses_foreign_key_and_weak(vault_dir: Path, tmp_path: Path) -> None:
    other, _ = create_vault(tmp_path / "other", PASS, kdf=test_kdf())
    other_key = other.key
    with pytest.raises(KeyfileCorrupt):
        change_passphrase(vault_dir, other_key, NEW_PASS, kdf=test_kdf())
    with pytest.raises(WeakPassphrase):
        change_passphrase(vault_dir, other_key, "aaaaaaaaaaaaaaa", kdf=test_kdf())
    other.close()
    assert not (vault_dir / "keys.bak").exists()


def test_recovery_key_opens_and_survives_passphrase_change(tmp_path: Path) -> None:
    vault, recovery = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    vault.close()
    key = derive_key_with_recovery(tmp_path / "v", recovery)
    assert key.via_recovery
    change_passphrase(tmp_path / "v", key, NEW_PASS, kdf=test_kdf())
    sloppy = recovery.lower().replace("-", " ")
    with Vault.open(derive_key_with_recovery(tmp_path / "v", sloppy)) as v:
        assert v.connection.execute("PRAGMA application_id").fetchone()[0] == 0x4F444B31


def test_wrong_recovery_key(vault_dir: Path) -> None:
    fake = format_recovery_key(os.urandom(32))
    with pytest.raises(WrongRecoveryKey) as info:
        derive_key_with_recovery(vault_dir, fake)
    assert info.value.exit_code == 3
    for garbage in ("", "ABCD-EFGH", fake[:-1] + ("A" if fake[-1] != "A" else "B")):
        with pytest.raises(WrongRecoveryKey):
            derive_key_with_recovery(vault_dir, garbage)


@given(st.binary(min_size=32, max_size=32))
def test_recovery_key_roundtrip(secret: bytes) -> None:
    text = format_recovery_key(secret)
    assert parse_recovery_key(text) == secret
    assert parse_recovery_key(" " + text.lower().replace("-", "  ") + "\n") == secret
    # Digits the alphabet does not use are read as the letters they resemble.
    assert parse_recovery_key(text.replace("O", "0").replace("I", "1")) == secret


def test_missing_keyfile_with_bak_is_corrupt(vault_dir: Path) -> None:
    # A crash can leave keys.bak, never a missing keys.json; if keys.json goes anyway, the
    # vault says "key file damaged" (not "no vault here") and nothing is put back silently.
    (vault_dir / "keys.bak").write_bytes((vault_dir / "keys.json").read_bytes())
    (vault_dir / "keys.json").unlink()
    with pytest.raises(KeyfileCorrupt):
        _derive(vault_dir)
    assert not (vault_dir / "keys.json").exists()


# --- K6 crash or failure during the key file save ---------------------------------------------


def test_k6_replace_failure_keeps_old_keyfile(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = (vault_dir / "keys.json").read_bytes()
    key = _derive(vault_dir)

    def boom(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(SaveFailed):
        change_passphrase(vault_dir, key, NEW_PASS, kdf=test_kdf())
    monkeypatch.undo()
    assert (vault_dir / "keys.json").read_bytes() == old
    assert not [p for p in vault_dir.iterdir() if p.name.endswith(".tmp")]
    with Vault.open(_derive(vault_dir, PASS)):
        pass


def test_k6_fsync_failure_keeps_old_keyfile(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = (vault_dir / "keys.json").read_bytes()
    key = _derive(vault_dir)
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(5, "I/O error")))
    with pytest.raises(SaveFailed):
        change_passphrase(vault_dir, key, NEW_PASS, kdf=test_kdf())
    monkeypatch.undo()
    assert (vault_dir / "keys.json").read_bytes() == old
    _derive(vault_dir, PASS).wipe()


def test_k6_failure_after_the_rename_puts_the_previous_file_back(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = (vault_dir / "keys.json").read_bytes()
    key = _derive(vault_dir)
    real_unlink = Path.unlink
    calls: list[str] = []

    def failing_unlink(self: Path, *args: object, **kwargs: object) -> None:
        if self.name == "keys.bak" and not calls:
            calls.append(self.name)
            raise OSError(13, "Permission denied")
        real_unlink(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "unlink", failing_unlink)
    with pytest.raises(SaveFailed):
        change_passphrase(vault_dir, key, NEW_PASS, kdf=test_kdf())
    monkeypatch.setattr(Path, "unlink", real_unlink)
    assert calls == ["keys.bak"]
    assert (vault_dir / "keys.json").read_bytes() == old  # nothing changed
    assert not (vault_dir / "keys.bak").exists()
    _derive(vault_dir, PASS).wipe()


# --- K8 raw key validation ----------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        "x'00'; ATTACH DATABASE 'p.db' AS p KEY ''",
        "a" * 63,
        "a" * 65,
        "A" * 64,
        "g" * 64,
        "0" * 62 + "'\"",
        "",
        "0" * 64 + "\n",
    ],
)
def test_k8_raw_key_validator(bad: str) -> None:
    with pytest.raises(ValueError):
        raw_key_pragma(bad)


def test_k8_valid_raw_key() -> None:
    assert raw_key_pragma("0f" * 32) == "PRAGMA key = \"x'" + "0f" * 32 + "'\""


# --- K11 KDF unavailable ------------------------------------------------------------------


def test_k11_scrypt_fallback_when_argon2_unsupported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsupported(*args: object, **kwargs: object) -> None:
        raise UnsupportedAlgorithm("argon2id not supported by this OpenSSL")

    monkeypatch.setattr(kdf_mod, "Argon2id", unsupported)
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=test_kdf())
    vault.close()
    slot = _load(tmp_path / "v")["slots"][0]
    assert slot["kdf"] == "scrypt"
    derive_key(tmp_path / "v", PASS, allow_weak_params=True).wipe()
    assert kdf_mod.calibrate_kdf() == kdf_mod.SCRYPT_FALLBACK
    # Production fallback parameters meet the floor without allow_weak_params.
    vault, _ = create_vault(tmp_path / "w", PASS, kdf=FLOOR)
    vault.close()
    slot = _load(tmp_path / "w")["slots"][0]
    assert (slot["kdf"], slot["memory_kib"]) == ("scrypt", 131072)
    derive_key(tmp_path / "w", PASS).wipe()


def test_k11_argon2_slot_without_argon2_is_rejected(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unsupported(*args: object, **kwargs: object) -> None:
        raise UnsupportedAlgorithm("argon2id not supported")

    monkeypatch.setattr(kdf_mod, "Argon2id", unsupported)
    with pytest.raises(KeyfileRejected):
        _derive(vault_dir)


# --- passphrase strength ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "weak",
    [
        "short",
        "aaaaaaaaaaaaaaaa",
        "abcdefghijklmnop",
        "123456789012",
        "qwertyuiop12",
        "Password1234",
        "passwordpassword",
        "Welkom01welkom",
        "abcabcabcabcabc",
        "P@ssw0rd!2024",
        "wachtwoord123",
    ],
)
def test_weak_passphrases_rejected(weak: str) -> None:
    with pytest.raises(WeakPassphrase):
        check_passphrase_strength(weak)


@pytest.mark.parametrize(
    "strong",
    [PASS, NEW_PASS, "purple-tiger-sings-42", "Mijn kat heet Poes!", "zomervakantie in Gent 2024"],
)
def test_strong_passphrases_accepted(strong: str) -> None:
    check_passphrase_strength(strong)


@given(st.text(max_size=11))
def test_anything_short_is_weak(text: str) -> None:
    with pytest.raises(WeakPassphrase):
        check_passphrase_strength(text)


@given(st.characters(), st.integers(min_value=12, max_value=40))
def test_single_repeated_character_is_weak(ch: str, n: int) -> None:
    with pytest.raises(WeakPassphrase):
        check_passphrase_strength(ch * n)


def test_kdf_params_dataclass() -> None:
    assert FLOOR == KdfParams("argon2id", 65536, 3, 4)
    tk = test_kdf()
    assert tk.memory_kib == 8 * tk.lanes and tk.iterations == 1
    with pytest.raises(AttributeError):
        FLOOR.memory_kib = 1  # type: ignore[misc]
