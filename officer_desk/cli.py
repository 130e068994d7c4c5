"""Command-line front end over the services (docs/ARCHITECTURE.md, composition root).

Exit codes: 0 success, 2 usage error, 3 wrong passphrase or recovery key, 4 vault missing,
damaged or not a vault, 1 any other failure. Messages go to stderr and never contain
personal data. Passphrases come from a prompt or ``OFFICER_DESK_PASSPHRASE`` (a new one:
``OFFICER_DESK_NEW_PASSPHRASE``).

Subcommands live in ``officer_desk/commands/*.py``; each module has
``register(subparsers) -> None`` and is listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import NoReturn

from officer_desk import __version__
from officer_desk.errors import OfficerDeskError

COMMAND_MODULES = (
    "officer_desk.commands.vault",
    "officer_desk.commands.reports",
    "officer_desk.commands.privacy",
    "officer_desk.commands.io",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits 2 already; keep it explicit
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="officer-desk",
        description="Officer Desk: confidential case tracking for student well-being officers.",
    )
    parser.add_argument("--version", action="version", version=f"officer-desk {__version__}")
    parser.add_argument("--vault", help="vault folder to open in the app")
    parser.add_argument("--demo", action="store_true", help="open the app on a demo vault")
    parser.add_argument("--lang", choices=("en", "nl"), help="language of the app")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from pathlib import Path

        from officer_desk.app import main as app_main

        return app_main(Path(args.vault) if args.vault else None, demo=args.demo, lang=args.lang)
    try:
        return int(args.func(args) or 0)
    except OfficerDeskError as exc:
        from officer_desk.commands.common import translate

        print(f"officer-desk: {translate(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("officer-desk: interrupted", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
