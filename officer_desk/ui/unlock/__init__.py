"""The screens shown while no vault is open: unlock, recovery, create, welcome and preparing.

Key derivation (Argon2id, ~1 s) and vault creation run in a worker thread; a busy indicator
shows meanwhile and the window stays responsive. Every error gets a translated message that
holds no personal data. ``AccessScreen.unlocked`` delivers the open ``Session``.

``screen.py`` holds the access screen and the work behind it; ``pages.py`` the unlock,
recovery, welcome and preparing pages; ``create.py`` the create-a-vault steps;
``widgets.py`` their shared building blocks.
"""

from __future__ import annotations

from officer_desk.services.files import vault_exists
from officer_desk.ui.unlock.screen import AccessScreen


def preload() -> None:
    """Import what unlocking needs (run in a worker thread while the user types)."""
    import officer_desk.services.session  # noqa: F401


__all__ = ["AccessScreen", "preload", "vault_exists"]
