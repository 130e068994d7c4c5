"""Composition root of the desktop app: QApplication, translator, main window.

``officer-desk`` without a subcommand calls :func:`main`. The default vault lives in the
user-data folder (platformdirs); ``--vault DIR`` opens another; ``--demo`` opens (creating it
if missing) a demo vault of invented students whose passphrase is shown on the unlock screen.
"""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Officer Desk"
APP_ID = "officer-desk"
ORG_NAME = "Officer Desk"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_vault_dir() -> Path:
    return user_data_dir() / "vault"


def demo_vault_dir() -> Path:
    return user_data_dir() / "demo-vault"


def main(vault: Path | None = None, demo: bool = False, lang: str | None = None) -> int:
    """Run the desktop app; returns the process exit code."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from officer_desk.process import harden_process
    from officer_desk.ui import error_dialog, i18n
    from officer_desk.ui.main_window import MainWindow
    from officer_desk.ui.tasks import wait_for_tasks

    harden_process()  # no core dumps with keys and notes in them (docs/SECURITY.md, A-P5)
    if sys.stderr is not None:
        faulthandler.enable()
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    instance = QApplication.instance()
    app = instance if isinstance(instance, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    error_dialog.install(app)  # uncaught errors: an error id and the private log (A-E6)
    preference = lang if lang in i18n.SUPPORTED else i18n.stored_preference()
    i18n.install(preference)

    demo_passphrase = None
    demo_factory = None
    if demo:
        from officer_desk.services import demo as demo_data

        vault_dir = vault or demo_vault_dir()
        demo_passphrase = demo_data.DEMO_PASSPHRASE
        demo_factory = _demo_factory
    else:
        vault_dir = vault or default_vault_dir()

    window = MainWindow(
        vault_dir,
        language=preference,
        language_forced=lang in i18n.SUPPORTED,
        demo_passphrase=demo_passphrase,
        demo_factory=demo_factory,
    )
    window.show()
    code = app.exec()
    wait_for_tasks()
    return int(code)


def _demo_factory(vault_dir: Path, passphrase: str) -> str:
    from officer_desk.services.demo import create_demo_vault

    return create_demo_vault(vault_dir, passphrase, students=200, seed=1)
