"""Vault commands: init, demo, check, passwd, recover, rotate-key."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from officer_desk.commands.common import (
    add_vault_arg,
    read_passphrase,
    say,
    tr,
    warn_if_no_recovery_key,
)
from officer_desk.domain import codebook
from officer_desk.errors import DatabaseDamaged, ValidationError, tr_noop


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help=tr("Cli", "create a new vault"))
    add_vault_arg(p)
    p.add_argument("--officer", default=None, help=tr("Cli", "your name as officer"))
    p.add_argument("--faculty", default=None, help=tr("Cli", "your faculty code, e.g. SOC"))
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help=tr("Cli", "create a vault filled with synthetic demo data"))
    add_vault_arg(p)
    p.add_argument("--students", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--faculty", default="SOC", help=tr("Cli", "faculty code of the demo officer"))
    p.add_argument(
        "--today",
        type=str,
        default=None,
        help=tr("Cli", "anchor date of the two years of data (default: today)"),
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser(
        "check", help=tr("Cli", "verify key file, database integrity and the access log")
    )
    add_vault_arg(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("passwd", help=tr("Cli", "change the passphrase"))
    add_vault_arg(p)
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", help=tr("Cli", "set a new passphrase with the recovery key"))
    add_vault_arg(p)
    p.set_defaults(func=cmd_recover)

    rotate_help = tr(
        "Cli",
        "replace the database key and the recovery key (suspected compromise); "
        "existing backups keep the old key",
    )
    p = sub.add_parser("rotate-key", help=rotate_help, description=rotate_help)
    add_vault_arg(p)
    p.set_defaults(func=cmd_rotate_key)


def _ask(prompt: str, given: str | None) -> str:
    if given is not None:
        return given
    if sys.stdin and sys.stdin.isatty():
        return input(prompt).strip()
    return ""


def cmd_init(args: argparse.Namespace) -> int:
    from officer_desk.services.passphrases import check_passphrase_strength
    from officer_desk.services.session import create

    passphrase = read_passphrase(tr("Cli", "New passphrase: "), confirm=True)
    check_passphrase_strength(passphrase)
    officer = _ask(tr("Cli", "Your name (optional): "), args.officer)
    faculty = _ask(tr("Cli", "Faculty code (optional): "), args.faculty).upper()
    if faculty and not codebook.is_valid("faculty", faculty):
        raise ValidationError(tr_noop("Unknown faculty code."), field="faculty")
    say(tr("Cli", "Creating the vault; deriving the key takes about a second…"))
    session, recovery_key = create(args.vault, passphrase, officer_name=officer, faculty=faculty)
    session.close()
    say(tr("Cli", "Vault created."))
    say(
        tr(
            "Cli",
            "Recovery key (shown only once; print it and keep it somewhere safe and offline):",
        )
    )
    print(recovery_key)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault

    if args.students < 1 or args.students > 200_000:
        raise ValidationError(
            tr_noop("The number of students must be between 1 and 200000."), field="students"
        )
    faculty = args.faculty.upper()
    if not codebook.is_valid("faculty", faculty):
        raise ValidationError(tr_noop("Unknown faculty code."), field="faculty")
    try:
        today = dt.date.fromisoformat(args.today) if args.today else None
    except ValueError:
        raise ValidationError(tr_noop("This date is not valid."), field="today") from None
    from_env = os.environ.get("OFFICER_DESK_PASSPHRASE") is not None
    passphrase = read_passphrase("") if from_env else DEMO_PASSPHRASE

    def progress(done: int, total: int) -> None:
        if done == total or done % 2000 == 0:
            say(tr("Cli", "{done} of {total} students").format(done=done, total=total))

    recovery_key = create_demo_vault(
        args.vault,
        passphrase,
        students=args.students,
        seed=args.seed,
        today=today,
        faculty=faculty,
        progress=progress,
    )
    if from_env:  # never echo a passphrase the user chose (docs/SECURITY.md, A-P5)
        say(tr("Cli", "Demo vault created. Its passphrase is the one in OFFICER_DESK_PASSPHRASE."))
    else:  # the public demo passphrase, the same for every demo vault
        say(
            tr("Cli", "Demo vault created. Its passphrase is: {passphrase}").format(
                passphrase=passphrase
            )
        )
    say(tr("Cli", "Recovery key:"))
    print(recovery_key)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from officer_desk.services.session import Session, check_passphrase

    passphrase = read_passphrase(tr("Cli", "Passphrase: "))
    key = check_passphrase(args.vault, passphrase, finish_rotation=False)
    say(tr("Cli", "Key file: ok"))
    warn_if_no_recovery_key(key)
    try:
        session = Session.open(key, read_only=True, log_unlock=False)
    except DatabaseDamaged:
        say(tr("Cli", "Database: DAMAGED (it does not pass its integrity checks)"))
        raise
    with session:
        report = session.vault.check(full=True)
        problems = 0
        if report.integrity:
            problems += 1
            say(tr("Cli", "SQLite integrity check: {n} problem(s)").format(n=len(report.integrity)))
            for line in report.integrity[:20]:
                say(f"  {line}")
        else:
            say(tr("Cli", "SQLite integrity check: ok"))
        if report.cipher:
            problems += 1
            say(tr("Cli", "SQLCipher page check: {n} problem(s)").format(n=len(report.cipher)))
            for line in report.cipher[:20]:
                say(f"  {line}")
        else:
            say(tr("Cli", "SQLCipher page check: ok"))
        chain = session.desk.verify_access_log()
        if chain.ok:
            say(tr("Cli", "Access log: ok ({n} entries)").format(n=chain.entries))
        else:
            problems += 1
            say(tr("Cli", "Access log: BROKEN at entry {id}").format(id=chain.first_broken_id))
        from officer_desk.commands.privacy import report_anchors
        from officer_desk.services.session import stale_local_copies

        if not report_anchors(session):
            problems += 1
        stale = stale_local_copies(session.vault.dir, session.vault.key)
        if stale:
            problems += 1
            say(
                tr(
                    "Cli",
                    "Copies inside the vault folder with an old key file: {n} (they may open "
                    "with an old passphrase or key; run 'officer-desk rotate-key')",
                ).format(n=len(stale))
            )
    if problems:
        return 4
    say(tr("Cli", "All checks passed."))
    return 0


def _new_passphrase() -> str:
    from officer_desk.services.passphrases import check_passphrase_strength

    new = read_passphrase(
        tr("Cli", "New passphrase: "), env="OFFICER_DESK_NEW_PASSPHRASE", confirm=True
    )
    check_passphrase_strength(new)
    return new


def _what_a_change_cannot_revoke() -> None:
    say(
        tr(
            "Cli",
            "No file in the vault folder or its backup folder opens with the old passphrase "
            "any more. Copies made elsewhere (a backup on another disk, a copied key file) "
            "still do: if someone may know the old passphrase, run 'officer-desk rotate-key'.",
        )
    )


def cmd_passwd(args: argparse.Namespace) -> int:
    from officer_desk.services.session import change_passphrase_offline, check_passphrase

    old = read_passphrase(tr("Cli", "Current passphrase: "))
    key = check_passphrase(args.vault, old, finish_rotation=False)
    try:
        new = _new_passphrase()
        change_passphrase_offline(key, new)
    finally:
        key.wipe()
    say(tr("Cli", "Passphrase changed."))
    _what_a_change_cannot_revoke()
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from officer_desk.services.session import (
        Damaged,
        check_recovery_key,
        open_and_set_passphrase,
    )

    value = os.environ.get("OFFICER_DESK_RECOVERY_KEY")
    if value is None:
        if not (sys.stdin and sys.stdin.isatty()):
            raise ValidationError(
                tr_noop("No recovery key given: type it at the prompt or set {variable}."),
                field="recovery_key",
                variable="OFFICER_DESK_RECOVERY_KEY",
            )
        value = input(tr("Cli", "Recovery key: "))
    key = check_recovery_key(
        Path(args.vault), value, finish_rotation=False
    )  # a wrong key fails before the prompt
    new = _new_passphrase()
    opened = open_and_set_passphrase(key, new, verify=True, log_unlock=False)
    if isinstance(opened, Damaged):
        opened.key.wipe()
        raise DatabaseDamaged()
    opened.close()
    say(tr("Cli", "A new passphrase is set. Keep using the same recovery key."))
    _what_a_change_cannot_revoke()
    return 0


def cmd_rotate_key(args: argparse.Namespace) -> int:
    from officer_desk.services.session import open_after_rotation, rotate_key

    passphrase = read_passphrase(tr("Cli", "Passphrase: "))
    say(tr("Cli", "Re-encrypting the database with a new key…"))
    new_key, recovery_key = rotate_key(args.vault, passphrase)
    say(tr("Cli", "Key rotated. The old recovery key no longer works."))
    say(
        tr(
            "Cli",
            "New recovery key (shown only once; print it and keep it somewhere safe and offline):",
        )
    )
    print(recovery_key, flush=True)
    say(
        tr(
            "Cli",
            "Existing backups still open with the old key: make a new backup, then destroy "
            "the old ones.",
        )
    )
    open_after_rotation(new_key).close()
    return 0
