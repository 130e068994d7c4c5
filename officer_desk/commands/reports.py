"""Report commands: report, keys, merge."""

from __future__ import annotations

import argparse
from pathlib import Path

from officer_desk.commands.common import add_vault_arg, open_session, say, tr
from officer_desk.domain.texts import LANGUAGES
from officer_desk.errors import InputRefused, ValidationError, tr_noop


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("report", help=tr("Cli", "build the anonymised report for a quarter"))
    add_vault_arg(p)
    p.add_argument(
        "--period",
        required=True,
        help=tr("Cli", "2026-Q3, or 2026-27-AQ1 in a vault that reports in academic quarters"),
    )
    p.add_argument(
        "--pdf",
        type=Path,
        help=tr("Cli", "write the PDF report here (an unreleased quarter: a banded draft)"),
    )
    p.add_argument(
        "--json",
        type=Path,
        help=tr("Cli", "write the signed JSON bundle here (released quarters only)"),
    )
    p.add_argument("--lang", choices=LANGUAGES, default="en")
    p.add_argument(
        "--release",
        action="store_true",
        help=tr("Cli", "freeze the quarter: later runs return the same figures"),
    )
    p.add_argument(
        "--ytd",
        action="store_true",
        help=tr(
            "Cli",
            "with --pdf: the year to date up to this quarter, from the released quarters only",
        ),
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
    p.add_argument("--lang", choices=LANGUAGES, default="en")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="FACULTY=FINGERPRINT",
        help=tr(
            "Cli",
            "accept this faculty's bundles only when signed by the key with this fingerprint "
            "(repeat per faculty)",
        ),
    )
    p.add_argument(
        "--trust-file",
        type=Path,
        help=tr("Cli", "a UTF-8 file with one FACULTY=FINGERPRINT per line (# comments)"),
    )
    p.add_argument(
        "--ledger",
        type=Path,
        help=tr(
            "Cli",
            "a file recording the releases merged before (created if missing): refuses a "
            "second release of a quarter and an older release number",
        ),
    )
    p.set_defaults(func=cmd_merge)


def cmd_report(args: argparse.Namespace) -> int:
    from officer_desk.domain.period import Period
    from officer_desk.services.reporting import Reporting

    if not (args.pdf or args.json or args.release):
        raise ValidationError(
            tr_noop("Say what to make: --pdf, --json and/or --release."), field="output"
        )
    Period.parse(args.period)  # a bad period is a usage error before the vault is opened
    if args.ytd:
        return _report_year_to_date(args)
    with open_session(args) as session:
        reporting = Reporting(session.desk)
        result = reporting.release(args.period) if args.release else None
        result = reporting.export(
            args.period, pdf=args.pdf, bundle=args.json, lang=args.lang, result=result
        )
    if result.released and result.release.stamp is not None:
        state = tr("Cli", "released (frozen), release {n}").format(n=result.release.stamp.sequence)
    elif result.released:
        state = tr("Cli", "released (frozen)")
    else:
        state = tr("Cli", "draft, not released (the PDF shows banded totals only)")
    say(tr("Cli", "Report {period}: {state}.").format(period=result.release.period, state=state))
    return 0


def _report_year_to_date(args: argparse.Namespace) -> int:
    from officer_desk.services.reporting import Reporting

    if args.json or args.release or not args.pdf:
        raise ValidationError(
            tr_noop(
                "--ytd makes a PDF only (--pdf): year to date adds up quarters that are already "
                "released, so there is nothing to release or sign."
            ),
            field="output",
        )
    with open_session(args) as session:
        ytd = Reporting(session.desk).export_year_to_date(args.period, pdf=args.pdf, lang=args.lang)
    say(
        tr(
            "Cli", "Year to date up to {period} ({label}): added up from the released quarters."
        ).format(period=args.period, label=ytd.period)
    )
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from officer_desk.services.reporting import Reporting

    with open_session(args) as session:
        reporting = Reporting(session.desk)
        faculty = session.desk.setting("faculty") or "?"
        print(f"public key (Ed25519, hex): {reporting.public_key_text()}")
        print(f"fingerprint: {reporting.fingerprint()}")
        print(f"trust: --trust {faculty}={reporting.fingerprint().replace(' ', '')}")
    return 0


def _bad_trust(value: str) -> ValidationError:
    return ValidationError(
        tr_noop(
            "Give each trusted key with its faculty, like --trust LAW=1a2b…: a faculty code "
            "from the codebook, '=', and the 64 hex digits of the fingerprint. Not accepted: "
            "{value}"
        ),
        field="trust",
        value=value[:80],
    )


def read_trust(values: list[str], trust_file: Path | None) -> dict[str, set[str]]:
    """``LAW=FP`` bindings from --trust and --trust-file (usage error for anything else)."""
    from officer_desk.services.reporting import parse_trust, read_trust_file

    lines = list(values)
    if trust_file is not None:
        try:
            text = read_trust_file(trust_file)
        except (OSError, UnicodeDecodeError, InputRefused) as exc:
            raise ValidationError(
                tr_noop("Could not read the trust file {name}: it must exist and be UTF-8 text."),
                field="trust_file",
                name=trust_file.name,
            ) from exc
        lines += [
            line.strip()
            for line in text.splitlines()
            if line.strip() and not line.strip().startswith("#")
        ]
    trust: dict[str, set[str]] = {}
    for value in lines:
        try:
            faculty, fp = parse_trust(value)
        except ValueError:
            raise _bad_trust(value) from None
        trust.setdefault(faculty, set()).add(fp)
    return trust


def cmd_merge(args: argparse.Namespace) -> int:
    from officer_desk.services.reporting import (
        bundle_claims,
        fingerprint,
        load_bundles,
        merge_bundles,
        read_bundle,
        read_ledger,
        record_releases,
        write_ledger,
    )

    trust = read_trust(args.trust, args.trust_file)
    if not trust:
        for path in args.bundles:
            key, faculty = bundle_claims(read_bundle(path))
            fp = fingerprint(key).replace(" ", "") if key else "?"
            say(f"{path.name}: --trust {faculty or '?'}={fp}")
        raise ValidationError(
            tr_noop(
                "Say which key may speak for which faculty with --trust FACULTY=FINGERPRINT "
                "(the bundles' claims are printed above: check each fingerprint with the "
                "faculty before you use it)."
            ),
            field="trust",
        )
    releases = load_bundles(args.bundles, trust)
    ledger = record_releases(read_ledger(args.ledger), releases) if args.ledger else None
    merged = merge_bundles(releases, pdf=args.pdf, json_out=args.json, lang=args.lang)
    if args.ledger and ledger is not None:
        write_ledger(args.ledger, ledger)
    say(
        tr("Cli", "Merged {n} faculty reports for {period}.").format(
            n=len(releases), period=merged.period
        )
    )
    return 0
