"""The Settings page's passphrase change and its access-log entry (docs/SECURITY.md, A4):
the key file and the entry change together, or neither does."""

from __future__ import annotations

import pytest

from officer_desk.errors import SaveFailed, WrongPassphrase
from officer_desk.store import access_log
from officer_desk.vault import derive_key

from .conftest import unlock

NEW_PASSPHRASE = "purple otter under seven bridges"


def _change(view, qtbot, old: str) -> None:
    view.old_passphrase.setText(old)
    view.new_fields.first.setText(NEW_PASSPHRASE)
    view.new_fields.second.setText(NEW_PASSPHRASE)
    view.change_button.click()
    qtbot.waitUntil(lambda: not view.change_busy.isVisible(), timeout=15_000)


def test_a4_settings_passphrase_change_is_logged(make_window, vault, qtbot) -> None:
    window = make_window(vault.path)
    unlock(qtbot, window, vault.passphrase)
    window.show_view("settings")
    _change(window.views["settings"], qtbot, vault.passphrase)
    actions = [e.action for e in access_log.entries(window.session.store)]
    assert actions[0] == "passphrase_changed"
    assert not (vault.path / "keys.bak").exists()


def test_a4_settings_change_fails_when_its_entry_cannot_be_written(
    make_window, vault, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(vault.path)
    unlock(qtbot, window, vault.passphrase)
    window.show_view("settings")
    view = window.views["settings"]
    real = access_log.append

    def failing(store, action, *args, **kwargs):
        if action == "passphrase_changed":
            raise SaveFailed()
        return real(store, action, *args, **kwargs)

    monkeypatch.setattr(access_log, "append", failing)
    _change(view, qtbot, vault.passphrase)
    monkeypatch.setattr(access_log, "append", real)
    # The failure is shown, not swallowed.
    assert view.change_status.text().startswith("Could not save")
    # Nothing changed: the old passphrase still opens, the new one does not.
    derive_key(vault.path, vault.passphrase).wipe()
    with pytest.raises(WrongPassphrase):
        derive_key(vault.path, NEW_PASSPHRASE)
