"""Benchmark (not a test): KDF calibration and unlock timing on this machine.

Run: python tests/perf/bench_kdf.py [target_seconds]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from officer_desk.vault import FLOOR, Vault, calibrate_kdf, create_vault, derive_key
from officer_desk.vault.kdf import KdfParams, time_params

PASS = "correct horse battery staple"


def main() -> None:
    target = float(sys.argv[1]) if len(sys.argv) > 1 else 0.7
    for mib in (64, 128, 192, 256):
        params = KdfParams("argon2id", mib * 1024, 3, 4)
        print(f"argon2id {mib:4d} MiB t=3 p=4: {time_params(params, rounds=3):.3f} s")
    start = time.perf_counter()
    params = calibrate_kdf(target)
    print(f"calibrate_kdf({target}) -> {params} in {time.perf_counter() - start:.2f} s")
    print(f"floor: {FLOOR}")
    with tempfile.TemporaryDirectory() as tmp:
        vault_dir = Path(tmp) / "v"
        start = time.perf_counter()
        vault, _ = create_vault(vault_dir, PASS, kdf=params)
        vault.close()
        print(f"create_vault: {time.perf_counter() - start:.3f} s")
        for _ in range(3):
            start = time.perf_counter()
            key = derive_key(vault_dir, PASS)
            derived = time.perf_counter() - start
            with Vault.open(key):
                pass
            total = time.perf_counter() - start
            print(f"unlock: derive {derived:.3f} s, derive+open {total:.3f} s")


if __name__ == "__main__":
    main()
