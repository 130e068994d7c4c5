"""Composition root of the desktop app: QApplication, translator, main window.

``officer-desk`` without a subcommand calls :func:`main`. The default vault lives in the
user-data folder (platformdirs); ``--vault DIR`` opens another; ``--demo`` opens (creating it
if missing) a demo vault of invented students whose passphrase is shown on the unlock screen.
"""

from __future__ import annotations

import faulthandler
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

APP_NAME = "Officer Desk"
APP_ID = "officer-desk"
ORG_NAME = "Officer Desk"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def default_vault_dir() -> Path:
    return user_data_dir() / "vault"


def demo_vault_dir() -> Path:
    return user_data_dir() / "demo-vault"


def main(
    vault: Path | None = None,
    demo: bool = False,
    lang: str | None = None,
    self_check: bool = False,
) -> int:
    """Run the desktop app; returns the process exit code.

    ``self_check`` shows the start screen, prints what it shows (see :func:`_self_check`) and
    quits: it proves an installation or app bundle has its Qt plugins, translations and
    SQLCipher, without opening the vault.
    """
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from officer_desk.process import harden_process
    from officer_desk.ui import error_dialog, i18n, style
    from officer_desk.ui.icons import app_icon
    from officer_desk.ui.main_window import MainWindow
    from officer_desk.ui.single_instance import SingleInstance
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
    app.setWindowIcon(app_icon())
    style.follow_system_colour_scheme()
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

    single: SingleInstance | None = None
    if not self_check:
        single = SingleInstance(vault_dir)
        if not single.claim():
            return 0  # the running window for this vault was raised instead

    window = MainWindow(
        vault_dir,
        language=preference,
        language_forced=lang in i18n.SUPPORTED,
        demo_passphrase=demo_passphrase,
        demo_factory=demo_factory,
    )
    if single is not None:
        single.activation_requested.connect(lambda: _bring_to_front(window))
        window.started.connect(single.serve)  # Qt's network module after the first paint
    window.show()
    if self_check:
        result: dict[str, object] = {}
        QTimer.singleShot(0, lambda: (result.update(_self_check(window)), app.quit()))
    code = app.exec()
    wait_for_tasks()
    if single is not None:
        single.release()
    if self_check:
        import json

        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0 if result.get("texts") else 1
    return int(code)


def _bring_to_front(window: QWidget) -> None:
    from PySide6.QtCore import Qt

    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def _self_check(window: object) -> dict[str, object]:
    """What the start screen shows, for installation checks: the visible texts of the window
    (the unlock screen holds no personal data), the Qt platform, the language and SQLCipher's
    version."""
    import sqlcipher3
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

    from officer_desk import __version__

    texts: list[str] = []
    assert isinstance(window, QWidget)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLineEdit):
            text = widget.placeholderText()
        else:
            continue
        if text and text not in texts:
            texts.append(text)
    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return {
        "version": __version__,
        "platform": QGuiApplication.platformName(),
        "language": QLocale().name(),
        "title": window.windowTitle(),
        "sqlcipher": cipher[0] if cipher else "",
        "icon": not QApplication.windowIcon().pixmap(32, 32).isNull(),
        "texts": texts,
    }


def _demo_factory(vault_dir: Path, passphrase: str) -> str:
    from officer_desk.services.demo import create_demo_vault

    return create_demo_vault(vault_dir, passphrase, students=200, seed=1)
