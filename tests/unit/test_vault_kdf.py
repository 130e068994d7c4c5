"""KDF parameters: floor, validation, calibration (and one test on production parameters)."""

from __future__ import annotations

from pathlib import Path

import pytest

import officer_desk.vault.kdf as kdf_mod
from officer_desk.errors import KeyfileRejected
from officer_desk.vault import (
    FLOOR,
    KdfParams,
    Vault,
    calibrate_kdf,
    create_vault,
    derive_key,
    test_kdf,
)
from officer_desk.vault.kdf import SCRYPT_FALLBACK, meets_floor, validate_params

PASS = "correct horse battery staple"


def test_floor_and_fallback_meet_floor() -> None:
    assert meets_floor(FLOOR) and meets_floor(SCRYPT_FALLBACK)
    assert not meets_floor(test_kdf())
    assert not meets_floor(KdfParams("argon2id", FLOOR.memory_kib - 1, 3, 4))
    assert not meets_floor(KdfParams("argon2id", FLOOR.memory_kib, 2, 4))
    assert not meets_floor(KdfParams("pbkdf2", 10**6, 10**6, 1))


@pytest.mark.parametrize(
    "params",
    [
        KdfParams("argon2id", 16, 1, 4),  # memory < 8 * lanes
        KdfParams("argon2id", 0, 1, 1),
        KdfParams("argon2id", 8, 0, 1),
        KdfParams("argon2id", 8 * 2**22, 3, 4),  # 32 GiB
        KdfParams("argon2id", FLOOR.memory_kib, 1000, 4),
        KdfParams("scrypt", 1000, 1, 1),  # n not a power of two
        KdfParams("pbkdf2-sha512", FLOOR.memory_kib, 3, 4),
        KdfParams("argon2id", True, 3, 4),  # type: ignore[arg-type]
    ],
)
def test_validate_rejects(params: KdfParams) -> None:
    with pytest.raises(KeyfileRejected):
        validate_params(params, allow_weak=True)


def test_validate_floor() -> None:
    validate_params(FLOOR, allow_weak=False)
    validate_params(SCRYPT_FALLBACK, allow_weak=False)
    validate_params(test_kdf(), allow_weak=True)
    with pytest.raises(KeyfileRejected):
        validate_params(test_kdf(), allow_weak=False)


def test_calibration_steps_down_but_never_below_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[KdfParams] = []

    def slow_machine(params: KdfParams, *, rounds: int = 1) -> float:
        tried.append(params)
        return params.memory_kib / 1024 * 0.05  # 64 MiB would take 3.2 s

    monkeypatch.setattr(kdf_mod, "time_params", slow_machine)
    assert calibrate_kdf(0.7) == FLOOR
    assert tried[0] == KdfParams("argon2id", 256 * 1024, 3, 4)
    assert all(meets_floor(p) for p in tried)


def test_calibration_keeps_start_on_fast_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf_mod, "time_params", lambda params, rounds=1: 0.1)
    assert calibrate_kdf(0.7) == KdfParams("argon2id", 256 * 1024, 3, 4)


def test_calibration_lands_near_target(monkeypatch: pytest.MonkeyPatch) -> None:
    # Time linear in memory: 256 MiB -> 1.4 s, so ~0.7 s is 128 MiB.
    monkeypatch.setattr(
        kdf_mod, "time_params", lambda p, rounds=1: p.memory_kib / (256 * 1024) * 1.4
    )
    params = calibrate_kdf(0.7)
    assert params.memory_kib == 128 * 1024 and params.iterations == 3 and params.lanes == 4


def test_production_parameters_open_the_vault(tmp_path: Path) -> None:
    """The calibrated production parameters (never below the floor) create and unlock a
    vault through the production path. Their timing is measured in tests/perf/bench_kdf.py,
    not asserted here."""
    params = calibrate_kdf()
    assert meets_floor(params)
    assert params.memory_kib >= FLOOR.memory_kib and params.iterations >= FLOOR.iterations
    vault, _ = create_vault(tmp_path / "v", PASS, kdf=params)
    vault.close()
    key = derive_key(tmp_path / "v", PASS)  # no allow_weak_params: production path
    with Vault.open(key) as vault:
        assert vault.connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
