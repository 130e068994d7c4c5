"""Helpers shared by the CLI subcommands: passphrases, opening a session, messages."""

from __future__ import annotations

import argparse
import getpass
import locale
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from officer_desk.errors import OfficerDeskError, ValidationError, render_template, tr_noop

if TYPE_CHECKING:  # imported lazily at run time: the CLI starts without the services
    from officer_desk.services.session import Session

_translator_loaded: bool | None = None


def _ensure_translator() -> bool:
    """Load the Dutch catalogue into QtCore when the user's locale is Dutch (CLI only)."""
    global _translator_loaded
    if _translator_loaded is not None:
        return _translator_loaded
    _translator_loaded = False
    lang = (
        os.environ.get("OFFICER_DESK_LANG")
        or os.environ.get("LC_ALL")
        or os.environ.get("LC_MESSAGES")
        or os.environ.get("LANG")
        or (locale.getlocale()[0] or "")
    )
    if not lang.lower().startswith("nl"):
        return False
    try:
        from PySide6.QtCore import QCoreApplication, QTranslator

        from officer_desk.resources_path import translations_dir

        app = QCoreApplication.instance() or QCoreApplication([])
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / "officer_desk_nl.qm")):
            QCoreApplication.installTranslator(translator)
            _translator_loaded = True
    except ImportError:  # pragma: no cover - QtCore missing
        pass
    return _translator_loaded


def tr(context: str, text: str) -> str:
    """Translate a CLI message (English source) when a Dutch locale is active."""
    if not _ensure_translator():
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def translate(exc: OfficerDeskError) -> str:
    return render_template(exc.template, exc.params, tr)


def say(text: str) -> None:
    """A progress or result line for the user (stderr; stdout stays for data)."""
    print(text, file=sys.stderr)


def read_passphrase(
    prompt: str, *, env: str = "OFFICER_DESK_PASSPHRASE", confirm: bool = False
) -> str:
    value = os.environ.get(env)
    if value is not None:
        return _checked_text(value, env)
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(
            tr_noop("No passphrase given: type it at the prompt or set {variable}."),
            field="passphrase",
            variable=env,
        )
    first = _checked_text(getpass.getpass(prompt), "")
    if confirm:
        second = _checked_text(getpass.getpass(tr("Cli", "Repeat it: ")), "")
        if first != second:
            raise ValidationError(tr_noop("The two passphrases differ."), field="passphrase")
    return first


def _checked_text(value: str, variable: str) -> str:
    """A passphrase that is valid text. Bytes that are not UTF-8 reach Python as lone
    surrogates; encoding them later would raise an error quoting a character of the
    passphrase, so they are refused here, with a message that quotes nothing."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        if variable:
            raise ValidationError(
                tr_noop(
                    "The passphrase in {variable} is not valid text (UTF-8). Set it again, or"
                    " type it at the prompt."
                ),
                field="passphrase",
                variable=variable,
            ) from None
        raise ValidationError(
            tr_noop("The passphrase is not valid text (UTF-8). Type it again."),
            field="passphrase",
        ) from None
    return value


def add_vault_arg(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--vault", type=Path, required=required, help=tr("Cli", "the vault folder"))


def open_session(args: argparse.Namespace, *, read_only: bool = False) -> Session:
    """Prompt for the passphrase and open the vault named by ``args.vault``."""
    from officer_desk.services.session import Session, check_passphrase

    vault_dir: Path = args.vault
    passphrase = read_passphrase(tr("Cli", "Passphrase: "))
    # Only ``rotate-key`` (and the app) finish an interrupted key rotation: every other
    # command reports it instead of rewriting the key file on the side.
    key = check_passphrase(vault_dir, passphrase, finish_rotation=False)
    warn_if_no_recovery_key(key)
    return Session.open(key, read_only=read_only)


def warn_if_no_recovery_key(key: object) -> None:
    """A key rotation that was cut off after re-encrypting finished on the new key, but its
    new recovery key was never shown: say so, every time, until the key is rotated again."""
    if getattr(key, "needs_new_recovery_key", False):
        say(
            tr(
                "Cli",
                "Warning: an interrupted key rotation left this vault without a recovery key "
                "you have seen. Run 'officer-desk rotate-key' again to get a new one.",
            )
        )
