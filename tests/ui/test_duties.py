"""Background duties: the page check after unlocking, automatic backups, restore offer."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from officer_desk.domain.models import Student
from officer_desk.services import backups
from officer_desk.services.session import unlock as open_session
from officer_desk.vault import DB_NAME

from .conftest import unlock


def _fill(vault, n=150):
    with open_session(vault.path, vault.passphrase, log_unlock=False) as s:
        for i in range(n):
            s.desk.create_student(Student(None, f"Student number {i}", programme="x" * 150))


def test_unlock_backs_up_when_due_and_on_quit(make_window, vault, qtbot):
    window = make_window(vault.path)
    unlock(qtbot, window, vault.passphrase)
    folder = backups.default_backup_dir(vault.path)
    assert backups.last_backup_time(folder) is None
    with qtbot.waitSignal(window.duties.backup_done, timeout=30_000):
        window.duties.backup_if_due()
    found = backups.list_backups(folder)
    assert len(found) == 1 and found[0].verified
    assert [e.action for e in window.session.desk.access_log(action="backup")] == ["backup"]
    window.duties.backup_if_due()  # not due again the same day
    assert not window.duties._backup_running
    window.close()
    assert window.session is None
    assert len(backups.list_backups(folder)) == 2  # one more on quit


def test_background_check_finds_damage_and_offers_the_backup(
    make_window, vault, qtbot, monkeypatch
):
    _fill(vault)
    window = make_window(vault.path)
    unlock(qtbot, window, vault.passphrase)
    with qtbot.waitSignal(window.duties.backup_done, timeout=30_000):
        window.duties.backup_now()
    qtbot.waitUntil(lambda: window.duties.last_check_ok is not None, timeout=30_000)
    assert window.duties.last_check_ok is True
    window.lock()
    window.wait_until_locked()  # an automatic backup may still be running: the lock waits
    # Damage a page near the end, which opening the vault does not read.
    db = vault.path / DB_NAME
    pages = db.stat().st_size // 4096
    with open(db, "r+b") as fh:
        fh.seek(4096 * (pages - 2) + 300)
        byte = fh.read(1)
        fh.seek(4096 * (pages - 2) + 300)
        fh.write(bytes([byte[0] ^ 0x5A]))
    page = window.access.unlock_page
    page.passphrase.setText(vault.passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(
        lambda: window.session is None and page.restore_button.isVisible(), timeout=30_000
    )
    assert "damaged" in page.error.text()
    assert page.read_only_button.isVisible()

    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )
    page.restore_button.click()
    qtbot.waitUntil(
        lambda: any(
            p.name.startswith(vault.path.name + ".before-restore")
            for p in vault.path.parent.iterdir()
        ),
        timeout=30_000,
    )
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=30_000)
    unlock(qtbot, window, vault.passphrase)
    assert window.session.desk.count_students() == 150
    report = window.session.vault.check(full=True)
    assert report.ok
