"""Fixtures for the pytest-qt tests of the desktop app (offscreen, fast KDF, real vaults)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths

from officer_desk.services import session as sessions
from officer_desk.services.desk import Desk, FixedClock
from officer_desk.services.session import Session
from officer_desk.ui import i18n
from officer_desk.ui.context import UiContext
from officer_desk.ui.lock import ScreenLockListener
from officer_desk.ui.main_window import MainWindow
from officer_desk.ui.tasks import wait_for_tasks
from officer_desk.vault import test_kdf
from tests.ui import view_fixtures

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _insecure_test_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Vaults the app creates in these tests (the create-vault screen) use the fast test-only
    KDF. Set per test, not at import time, so it never leaks into other test directories."""
    monkeypatch.setenv("OFFICER_DESK_INSECURE_TEST_KDF", "1")


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory, qapp):
    """Keep QSettings (geometry, language mirror) out of the real user profile."""
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("OfficerDeskTests")
    QCoreApplication.setApplicationName("OfficerDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )
    QSettings().clear()
    i18n.install("en")
    yield
    wait_for_tasks()
    # Deliver the finished jobs' results, so no job of this test stays on the job board.
    QCoreApplication.processEvents()
    i18n.install("en")


@dataclass
class MadeVault:
    path: Path
    passphrase: str
    recovery_key: str


@pytest.fixture
def vault(tmp_path: Path) -> MadeVault:
    """A real vault (fast KDF) with a profile, closed again."""
    path = tmp_path / "vault"
    session, recovery = sessions.create(
        path, PASSPHRASE, officer_name="Test Officer", faculty="SOC", kdf=test_kdf()
    )
    session.close()
    return MadeVault(path, PASSPHRASE, recovery)


@pytest.fixture
def listener() -> ScreenLockListener:
    return ScreenLockListener()


@pytest.fixture
def make_window(qtbot, listener):
    windows: list[MainWindow] = []

    def make(vault_dir: Path, **kwargs) -> MainWindow:
        window = MainWindow(vault_dir, screen_lock_listener=listener, **kwargs)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    wait_for_tasks()
    for window in windows:
        window.lock()


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    page = window.access.unlock_page
    assert window.access.currentWidget() is page
    page.passphrase.setText(passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: window.session is not None, timeout=15_000)


@pytest.fixture
def unlocked(make_window, vault, qtbot) -> MainWindow:
    window = make_window(vault.path)
    unlock(qtbot, window, vault.passphrase)
    return window


# --- the content views: a fresh vault per test at view_fixtures.NOW, and a UiContext --------
# These replace tests/conftest.py's ``session`` and ``desk`` for every test under tests/ui.


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s, _recovery = sessions.create(
        tmp_path / "v",
        view_fixtures.PASSPHRASE,
        kdf=test_kdf(),
        clock=FixedClock(view_fixtures.NOW),
    )
    yield s
    s.close()


@pytest.fixture
def desk(session: Session) -> Desk:
    return session.desk


@pytest.fixture
def ctx(qapp, session: Session) -> Iterator[UiContext]:
    c = UiContext(session, lang="en")
    yield c
    c.detach()
