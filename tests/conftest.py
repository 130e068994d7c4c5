"""Shared fixtures: real vaults in tmp_path with fast (test-only) key derivation; and the
Hypothesis profiles.

Property tests take their example counts from the active profile, never from their own
``@settings``: ``default`` runs a few examples of each (the everyday suite stays fast), ``slow``
runs thousands. ``slow`` is active with ``HYPOTHESIS_PROFILE=slow`` (the usual selection, every
property test) and with ``pytest -m slow`` (the soak variants and every property test).
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from officer_desk.services.desk import Desk, FixedClock
from officer_desk.services.session import Session, create
from officer_desk.vault import test_kdf

PASSPHRASE = "a long test passphrase 42"
NOW = dt.datetime(2026, 11, 16, 10, 0)

# Examples touch real vaults, solve LPs or build PDFs: no per-example deadline on a loaded
# machine. derandomize=False: a failure prints the seed and the falsifying example.
settings.register_profile("default", max_examples=10, deadline=None)
settings.register_profile("slow", max_examples=2_000, deadline=None)


def _hypothesis_profile(config: pytest.Config) -> str:
    chosen = os.environ.get("HYPOTHESIS_PROFILE", "")
    if chosen:
        return chosen
    return "slow" if _selects_slow(config) else "default"


def _selects_slow(config: pytest.Config) -> bool:
    """``-m slow`` given on the command line (it replaces the ``-m 'not slow'`` of addopts)."""
    return (config.getoption("markexpr", default="") or "").strip() == "slow"


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("hypothesis_profile", default=None):  # --hypothesis-profile wins
        settings.load_profile(_hypothesis_profile(config))


@pytest.hookimpl(tryfirst=True)  # before -m deselects anything
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """With ``-m slow``, every property test runs too (with the thousands of ``slow``)."""
    if not _selects_slow(config):
        return
    for item in items:
        if getattr(getattr(item, "obj", None), "is_hypothesis_test", False):
            item.add_marker(pytest.mark.slow)


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
