"""Command-line front end over the services (docs/ARCHITECTURE.md, composition root).

Exit codes: 0 success, 2 usage error, 3 wrong passphrase or recovery key, 4 vault missing,
damaged or not a vault, 1 any other failure. Messages go to stderr and never contain
personal data. Passphrases come from a prompt or ``OFFICER_DESK_PASSPHRASE`` (a new one:
``OFFICER_DESK_NEW_PASSPHRASE``).

Subcommands live in ``officer_desk/commands/*.py``; each module has
``register(subparsers) -> None`` and is listed in ``COMMAND_MODULES``, its command names in
``COMMAND_NAMES``. Starting the app (no command named) builds no subcommand parsers: they
import the command modules, and that would delay the unlock screen (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, NoReturn

from officer_desk import __version__
from officer_desk.domain.texts import LANGUAGES
from officer_desk.errors import OfficerDeskError
from officer_desk.process import harden_process, install_hooks, internal_error

if TYPE_CHECKING:  # argparse loads only for a command, help or an error (see app_options)
    import argparse

COMMAND_MODULES = (
    "officer_desk.commands.vault",
    "officer_desk.commands.reports",
    "officer_desk.commands.privacy",
    "officer_desk.commands.io",
)

#: Every subcommand's name (a test checks it against the modules' ``register``).
COMMAND_NAMES = frozenset(
    {
        # commands/vault.py
        "init",
        "demo",
        "check",
        "passwd",
        "recover",
        "rotate-key",
        # commands/reports.py
        "report",
        "keys",
        "merge",
        # commands/privacy.py
        "audit",
        "export-student",
        "erase-student",
        "hold",
        "purge",
        "backup",
        "restore",
        # commands/io.py
        "import",
        "export",
        "calendar",
    }
)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The command line's parser; without ``commands``, only the app's own options (what
    starting the app needs; see the module doc)."""
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:  # argparse exits 2 already; be explicit
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: error: {message}\n")

    parser = _Parser(
        prog="officer-desk",
        description="Officer Desk: confidential case tracking for student well-being officers.",
    )
    parser.add_argument("--version", action="version", version=f"officer-desk {__version__}")
    parser.add_argument("--vault", help="vault folder to open in the app")
    parser.add_argument("--demo", action="store_true", help="open the app on a demo vault")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the app")
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="show the start screen, print what it shows as JSON and quit (installation check)",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Officer Desk to this user's application menu (Linux)",
    )
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _names_a_command(argv: Sequence[str]) -> bool:
    """Whether the arguments may name a subcommand or ask for help (then the whole parser is
    built; a vault folder called like a command only costs that time)."""
    return any(arg in COMMAND_NAMES or arg in ("-h", "--help") for arg in argv)


#: The app's own options (``build_parser``): its flags, and the two that take a value.
_APP_FLAGS = {
    "--demo": "demo",
    "--self-check": "self_check",
    "--install-desktop-entry": "install_desktop_entry",
}
_APP_VALUES = {"--vault": "vault", "--lang": "lang"}


def app_options(argv: Sequence[str]) -> SimpleNamespace | None:
    """The app's options when ``argv`` holds nothing else, read without argparse (building a
    parser costs milliseconds of the app's start: argparse loads gettext and locale); None
    for anything else (a command, help, an error, an abbreviation), which argparse then
    reads. A property test checks that both agree wherever this one answers."""
    found: dict[str, object] = {"command": None, "vault": None, "lang": None}
    found.update(dict.fromkeys(_APP_FLAGS.values(), False))
    args = list(argv)
    while args:
        arg = args.pop(0)
        name, eq, value = arg.partition("=")
        if not eq and arg in _APP_FLAGS:
            found[_APP_FLAGS[arg]] = True
            continue
        if name not in _APP_VALUES:
            return None
        if not eq:
            if not args or args[0].startswith("-"):
                return None
            value = args.pop(0)
        if name == "--lang" and value not in LANGUAGES:
            return None
        found[_APP_VALUES[name]] = value
    return SimpleNamespace(**found)


def _say_error(exc: OfficerDeskError) -> int:
    from officer_desk.commands.common import translate

    print(f"officer-desk: {translate(exc)}", file=sys.stderr)
    return exc.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or a subcommand. Every unexpected exception ends here: a generic,
    translated message with an error id on stderr, the details (no message, no values) in
    the private error log (``officer_desk.process``); never a traceback."""
    harden_process()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        args: Any = app_options(argv)
        if args is None:
            args = build_parser(commands=_names_a_command(argv)).parse_args(argv)
        if args.command is None and args.install_desktop_entry:
            from officer_desk.desktop import install_desktop_entry

            for path in install_desktop_entry():
                print(path)
            return 0
        if args.command is None:
            from pathlib import Path

            from officer_desk.app import main as app_main

            return app_main(
                Path(args.vault) if args.vault else None,
                demo=args.demo,
                lang=args.lang,
                self_check=args.self_check,
            )
        install_hooks(_say_error)  # a subcommand's other threads: logged like the rest
        return int(args.func(args) or 0)
    except OfficerDeskError as exc:
        return _say_error(exc)
    except KeyboardInterrupt:
        from officer_desk.commands.common import tr

        print(f"officer-desk: {tr('Cli', 'interrupted')}", file=sys.stderr)
        return 1
    except Exception as exc:
        error = internal_error(exc)
        try:
            return _say_error(error)
        except Exception:
            print(f"officer-desk: {error}", file=sys.stderr)
            return 1


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
