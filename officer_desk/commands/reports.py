"""Report commands: report, keys, merge."""

from __future__ import annotations

import argparse
from pathlib import Path

from officer_desk.commands.common import add_vault_arg, open_session, say, tr
from officer_desk.errors import ValidationError, tr_noop


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help=tr("Cli", "build the anonymised report for a quarter"))
    add_vault_arg(p)
    p.add_argument("--period", required=True, help="2026-Q3 or 2026-27-AQ1")
    p.add_argument("--pdf", type=Path, help=tr("Cli", "write the PDF report here"))
    p.add_argument("--json", type=Path, help=tr("Cli", "write the signed JSON bundle here"))
    p.add_argument("--lang", choices=("en", "nl"), default="en")
    p.add_argument(
        "--release",
        action="store_true",
        help=tr("Cli", "freeze the quarter: later runs return the same figures"),
    )
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("keys", help=tr("Cli", "show the report-signing public key"))
    add_vault_arg(p)
    p.set_defaults(func=cmd_keys)

    p = sub.add_parser(
        "merge", help=tr("Cli", "merge faculty report bundles into the university report")
    )
    p.add_argument("bundles", nargs="+", type=Path)
    p.add_argument("--pdf", type=Path)
    p.add_argument("--json", type=Path)
    p.add_argument("--lang", choices=("en", "nl"), default="en")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="FINGERPRINT",
        help=tr("Cli", "accept bundles signed by this key fingerprint (repeat per faculty)"),
    )
    p.add_argument(
        "--trust-file",
        type=Path,
        help=tr("Cli", "a file with one trusted fingerprint per line"),
    )
    p.add_argument(
        "--accept-unlisted",
        action="store_true",
        help=tr("Cli", "check signatures but accept any signer (prints the fingerprints)"),
    )
    p.set_defaults(func=cmd_merge)


def cmd_report(args: argparse.Namespace) -> int:
    from officer_desk.services.reporting import Reporting

    if not (args.pdf or args.json or args.release):
        raise ValidationError(
            tr_noop("Say what to make: --pdf, --json and/or --release."), field="output"
        )
    with open_session(args) as session:
        reporting = Reporting(session.desk)
        result = reporting.release(args.period) if args.release else None
        result = reporting.export(
            args.period, pdf=args.pdf, bundle=args.json, lang=args.lang, result=result
        )
    state = tr("Cli", "released (frozen)") if result.released else tr("Cli", "not released")
    say(tr("Cli", "Report {period}: {state}.").format(period=result.release.period, state=state))
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from officer_desk.services.reporting import Reporting

    with open_session(args) as session:
        reporting = Reporting(session.desk)
        print(f"public key (Ed25519, hex): {reporting.public_key_text()}")
        print(f"fingerprint: {reporting.fingerprint()}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from officer_desk.reports import fingerprint
    from officer_desk.reports.bundle import bundle_public_key
    from officer_desk.services.reporting import load_bundles, merge_bundles

    trusted = set(args.trust)
    if args.trust_file:
        trusted |= {
            line.strip()
            for line in args.trust_file.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        }
    if not trusted and not args.accept_unlisted:
        for path in args.bundles:
            key = bundle_public_key(path.read_bytes())
            say(f"{path.name}: {fingerprint(key) if key else '?'}")
        raise ValidationError(
            tr_noop(
                "List the faculties' key fingerprints with --trust (printed above), or use "
                "--accept-unlisted after checking them."
            ),
            field="trust",
        )
    releases = load_bundles(args.bundles, trusted or None)
    if args.accept_unlisted and not trusted:
        for path in args.bundles:
            key = bundle_public_key(path.read_bytes())
            say(f"{path.name}: {fingerprint(key) if key else '?'}")
    merged = merge_bundles(releases, pdf=args.pdf, json_out=args.json, lang=args.lang)
    say(
        tr("Cli", "Merged {n} faculty reports for {period}.").format(
            n=len(releases), period=merged.period
        )
    )
    return 0
