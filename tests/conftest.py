"""Shared fixtures: real vaults in tmp_path with fast (test-only) key derivation."""

from __future__ import annotations

import datetime as dt
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from officer_desk.services.desk import Desk, FixedClock
from officer_desk.services.session import Session, create
from officer_desk.vault import test_kdf

PASSPHRASE = "a long test passphrase 42"
NOW = dt.datetime(2026, 11, 16, 10, 0)


@pytest.fixture(autouse=True)
def _no_insecure_test_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts without the test-only fast-KDF switch (even if the shell or another
    module set it); a directory's conftest or the test itself sets it where it is wanted."""
    monkeypatch.delenv("OFFICER_DESK_INSECURE_TEST_KDF", raising=False)
    # Command-line messages are asserted in English, whatever the machine's locale.
    monkeypatch.setenv("OFFICER_DESK_LANG", "en")


@pytest.fixture(autouse=True)
def _private_error_log(monkeypatch: pytest.MonkeyPatch, tmp_path_factory) -> None:
    """Unexpected errors met by a test are logged in a temporary folder, not the user's."""
    monkeypatch.setenv("OFFICER_DESK_LOG_DIR", str(tmp_path_factory.getbasetemp() / "error-log"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def session(tmp_path, clock) -> Session:
    s, _recovery = create(
        tmp_path / "vault",
        PASSPHRASE,
        officer_name="Test Officer",
        faculty="SOC",
        kdf=test_kdf(),
        clock=clock,
    )
    yield s
    s.close()


@pytest.fixture
def desk(session) -> Desk:
    return session.desk
