"""Key derivation: Argon2id (Scrypt only where Argon2id is unavailable), parameters and floor.

Never PBKDF2. Parameters are stored in the key file slot and checked against the floor before
any derivation runs, so a downgraded key file is refused rather than used.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from officer_desk.errors import InsecureTestKdf, KeyfileRejected

#: Test-only switch. When ``OFFICER_DESK_INSECURE_TEST_KDF=1`` is set *inside a test run*,
#: ``create_vault`` uses ``test_kdf()`` by default and ``derive_key`` accepts parameters below
#: the floor, so CLI tests running in subprocesses are fast. A test run is marked by pytest's
#: own ``PYTEST_CURRENT_TEST`` (inherited by child processes) or, for the benchmark and
#: screenshot scripts, ``OFFICER_DESK_TEST_RUN=1``. The switch without a marker is refused
#: with ``InsecureTestKdf`` (docs/SECURITY.md, A9): a vault made with it can be brute-forced
#: cheaply.
INSECURE_TEST_KDF_ENV = "OFFICER_DESK_INSECURE_TEST_KDF"
TEST_RUN_MARKERS = ("PYTEST_CURRENT_TEST", "OFFICER_DESK_TEST_RUN")

KEY_LEN = 32
SALT_LEN = 16
SCRYPT_R = 8

# Ceilings (docs/SECURITY.md, A5): checked before any derivation runs, so a tampered key file
# cannot make the app allocate gigabytes or spin for minutes. Calibration never goes above
# 256 MiB/t=3/p=4 (about 1 s); the ceilings leave room for a faster PC (4x the memory, 3x the
# passes) and stop near 1 GiB and a few seconds.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 10
MAX_LANES = 8
#: memory x passes: 1 GiB x 3 passes (about 5 s where 256 MiB x 3 takes 1.2 s).
MAX_WORK_KIB = 3 * 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    """Passphrase KDF parameters as stored in a key file slot.

    For ``kdf="argon2id"`` the fields are Argon2's m (KiB), t and p. For ``kdf="scrypt"``
    (fallback only) ``memory_kib`` is scrypt's memory use ``128 * r * n / 1024`` with r = 8
    fixed, ``lanes`` is scrypt's p and ``iterations`` is unused (1).
    """

    kdf: str
    memory_kib: int
    iterations: int
    lanes: int


#: RFC 9106 "second recommended" option: 64 MiB, t=3, p=4.
FLOOR = KdfParams("argon2id", 64 * 1024, 3, 4)
#: Scrypt fallback (docs/SECURITY.md, K11): n = 2**17, r = 8, p = 1 -> 128 MiB.
SCRYPT_FALLBACK = KdfParams("scrypt", 128 * SCRYPT_R * 2**17 // 1024, 1, 1)
_SCRYPT_TEST = KdfParams("scrypt", 128 * SCRYPT_R * 2**10 // 1024, 1, 1)
_CALIBRATION_START = KdfParams("argon2id", 256 * 1024, 3, 4)


def insecure_test_kdf_enabled() -> bool:
    """True when the test-only ``OFFICER_DESK_INSECURE_TEST_KDF`` switch is on in a test run.

    Raises ``InsecureTestKdf`` when the switch is set (to anything) outside a test run: a
    forgotten variable must never quietly make weak vaults."""
    value = os.environ.get(INSECURE_TEST_KDF_ENV)
    if value is None or value == "":
        return False
    if value != "1" or not any(os.environ.get(m) for m in TEST_RUN_MARKERS):
        raise InsecureTestKdf(variable=INSECURE_TEST_KDF_ENV)
    return True


def test_kdf() -> KdfParams:
    """Tiny Argon2id parameters for tests only (milliseconds per derivation)."""
    lanes = 1
    return KdfParams("argon2id", 8 * lanes, 1, lanes)


# pytest would otherwise try to collect ``test_kdf`` when it is imported into a test module.
test_kdf.__test__ = False  # type: ignore[attr-defined]


def scrypt_n(params: KdfParams) -> int:
    """Scrypt's n for ``params`` (memory_kib = 128 * r * n / 1024)."""
    return params.memory_kib * 1024 // (128 * SCRYPT_R)


def meets_floor(params: KdfParams) -> bool:
    """True if ``params`` are at least as strong as the production floor for their KDF."""
    if params.kdf == "argon2id":
        return params.memory_kib >= FLOOR.memory_kib and params.iterations >= FLOOR.iterations
    if params.kdf == "scrypt":
        return params.memory_kib >= SCRYPT_FALLBACK.memory_kib
    return False


def validate_params(params: KdfParams, *, allow_weak: bool) -> None:
    """Raise ``KeyfileRejected`` for unknown, malformed, absurd or (unless allowed) weak params."""
    for value in (params.memory_kib, params.iterations, params.lanes):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise KeyfileRejected()
    if params.memory_kib > MAX_MEMORY_KIB or params.iterations > MAX_ITERATIONS:
        raise KeyfileRejected()
    if params.lanes > MAX_LANES or params.memory_kib * params.iterations > MAX_WORK_KIB:
        raise KeyfileRejected()
    if params.kdf == "argon2id":
        if params.memory_kib < 8 * params.lanes:
            raise KeyfileRejected()
    elif params.kdf == "scrypt":
        n = scrypt_n(params)
        if n < 2 or n & (n - 1) or params.memory_kib * 1024 != n * 128 * SCRYPT_R:
            raise KeyfileRejected()
        if params.iterations != 1:
            raise KeyfileRejected()
    else:
        raise KeyfileRejected()
    if not allow_weak and not meets_floor(params):
        raise KeyfileRejected()


def derive_kek(params: KdfParams, salt: bytes, secret: bytes) -> bytearray:
    """Derive a 32-byte key-encryption key. May raise ``UnsupportedAlgorithm`` for Argon2id."""
    out = bytearray(KEY_LEN)
    if params.kdf == "argon2id":
        kdf: Argon2id | Scrypt = Argon2id(
            salt=salt,
            length=KEY_LEN,
            iterations=params.iterations,
            lanes=params.lanes,
            memory_cost=params.memory_kib,
        )
    elif params.kdf == "scrypt":
        kdf = Scrypt(salt=salt, length=KEY_LEN, n=scrypt_n(params), r=SCRYPT_R, p=params.lanes)
    else:  # pragma: no cover - validate_params runs first
        raise KeyfileRejected()
    kdf.derive_into(secret, out)
    return out


def scrypt_fallback_for(params: KdfParams) -> KdfParams:
    """The Scrypt parameters used when Argon2id is unavailable (K11)."""
    return SCRYPT_FALLBACK if meets_floor(params) else _SCRYPT_TEST


def argon2_available() -> bool:
    """True if this ``cryptography`` build can run Argon2id."""
    try:
        derive_kek(test_kdf(), b"\0" * SALT_LEN, b"probe")
    except UnsupportedAlgorithm:
        return False
    return True


def time_params(params: KdfParams, *, rounds: int = 1) -> float:
    """Seconds for one derivation with ``params`` (the best of ``rounds``)."""
    best = float("inf")
    salt = os.urandom(SALT_LEN)
    for _ in range(rounds):
        start = time.perf_counter()
        derive_kek(params, salt, b"calibration passphrase")
        best = min(best, time.perf_counter() - start)
    return best


def calibrate_kdf(target_seconds: float = 0.7) -> KdfParams:
    """Strongest Argon2id parameters (from 256 MiB/t3/p4 down) that take about ``target_seconds``.

    Memory steps down by 32 MiB while a derivation takes longer than the target, never below the
    floor (64 MiB/t3/p4). Falls back to Scrypt (n=2**17) when Argon2id is unavailable.
    """
    if not argon2_available():
        return SCRYPT_FALLBACK
    step = 32 * 1024
    params = _CALIBRATION_START
    while True:
        if params.memory_kib <= FLOOR.memory_kib:
            return FLOOR
        elapsed = time_params(params, rounds=2)
        if elapsed <= target_seconds:
            return params
        # Jump close to the target at once (time is roughly linear in memory), then step.
        scaled = int(params.memory_kib * target_seconds / elapsed) // step * step
        smaller = min(params.memory_kib - step, max(scaled, FLOOR.memory_kib))
        params = KdfParams("argon2id", max(smaller, FLOOR.memory_kib), params.iterations, 4)
