"""How strong a passphrase is, for the front ends' meters and checks (the rule itself lives
with the vault, which refuses a weak passphrase whatever the front end did)."""

from __future__ import annotations

from officer_desk.vault.strength import check_passphrase_strength, estimate_bits

__all__ = ["check_passphrase_strength", "estimate_bits"]
