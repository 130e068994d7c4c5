"""``import``, ``export`` and ``calendar`` subcommands.

    officer-desk import --vault DIR FILE [--mapping M.json] [--dry-run] [--skip-invalid]
                        [--save-mapping OUT.json]
    officer-desk export --vault DIR --what students|follow-ups|referrals --out F
                        [--format csv|xlsx] [--lang en|nl] [filters]
    officer-desk calendar --vault DIR --out F.ics [--from D] [--to D] [--lang en|nl]

Import policy: a dry run prints, row by row, what would be created or why a row is refused
(row number, field, reason — never a personal cell value) and exits 0 when every row is
accepted, 1 when some are refused. A real import with refused rows imports nothing (exit 1)
unless ``--skip-invalid`` is given; then only the accepted rows are imported. The import is
one transaction and is recorded in the access log.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from officer_desk.commands.common import add_vault_arg, open_session, say, tr
from officer_desk.domain import validation as v
from officer_desk.io.mapping import Mapping
from officer_desk.io.readers import Problem
from officer_desk.io.validate import Plan, field_label

CTX = "Cli"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser(
        "import",
        help=tr(CTX, "import a contact log from a CSV or Excel (.xlsx) file"),
        description=tr(
            CTX,
            "Import a contact log. Columns are matched by their headers (Dutch or English); "
            "a mapping file overrides the guess. With refused rows nothing is imported unless "
            "--skip-invalid is given.",
        ),
    )
    add_vault_arg(p)
    p.add_argument("file", type=Path, help=tr(CTX, "the CSV or .xlsx file"))
    p.add_argument("--mapping", type=Path, help=tr(CTX, "a JSON mapping of columns and values"))
    p.add_argument("--dry-run", action="store_true", help=tr(CTX, "check every row; write nothing"))
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help=tr(CTX, "import the accepted rows even when other rows are refused"),
    )
    p.add_argument(
        "--save-mapping",
        type=Path,
        help=tr(CTX, "write the mapping used (guessed or given) to this JSON file"),
    )
    p.set_defaults(func=run_import)

    e = subparsers.add_parser(
        "export", help=tr(CTX, "export students, follow-ups or referrals to CSV or Excel")
    )
    add_vault_arg(e)
    e.add_argument("--what", required=True, choices=("students", "follow-ups", "referrals"))
    e.add_argument("--out", required=True, type=Path, help=tr(CTX, "the file to write"))
    e.add_argument("--format", choices=("csv", "xlsx"), help=tr(CTX, "default: from --out"))
    e.add_argument("--lang", choices=("en", "nl"), default="en")
    e.add_argument("--text", default="", help=tr(CTX, "students: name or number contains"))
    e.add_argument("--faculty", default="", help=tr(CTX, "students: faculty code"))
    e.add_argument("--phase", default="", help=tr(CTX, "students: study phase code"))
    e.add_argument("--open-only", action="store_true", help=tr(CTX, "students: open cases only"))
    e.add_argument("--from", dest="start", help=tr(CTX, "follow-ups/referrals: from this date"))
    e.add_argument("--to", dest="end", help=tr(CTX, "follow-ups/referrals: before this date"))
    e.add_argument(
        "--status", help=tr(CTX, "follow-ups (default open; 'all' for every status)/referrals")
    )
    e.add_argument("--destination", help=tr(CTX, "referrals: destination code"))
    e.set_defaults(func=run_export)

    c = subparsers.add_parser(
        "calendar", help=tr(CTX, "write open follow-ups to an iCalendar (.ics) file")
    )
    add_vault_arg(c)
    c.add_argument("--out", required=True, type=Path, help=tr(CTX, "the .ics file to write"))
    c.add_argument("--from", dest="start", help=tr(CTX, "from this date"))
    c.add_argument("--to", dest="end", help=tr(CTX, "before this date"))
    c.add_argument("--lang", choices=("en", "nl"), default="en")
    c.set_defaults(func=run_calendar)


# --- import ---------------------------------------------------------------------------------


def _problem_text(p: Problem) -> str:
    where = field_label(p.field) if p.field else ""
    text = tr("Errors", p.template)
    try:
        text = text.format(**p.params)
    except (KeyError, IndexError, ValueError):
        pass
    return f"{where}: {text}" if where else text


def report_lines(plan: Plan) -> list[str]:
    """The dry-run report, one line per row (no personal cell values)."""
    warnings: dict[int, list[Problem]] = {}
    for w in plan.warnings:
        warnings.setdefault(w.row, []).append(w)
    lines: list[str] = []
    for p in plan.file_problems:
        lines.append(f"{tr(CTX, 'file')}: {tr(CTX, 'refused')} — {_problem_text(p)}")
    for w in warnings.get(0, []):
        lines.append(f"{tr(CTX, 'file')}: {tr(CTX, 'warning')} — {_problem_text(w)}")
    student_no = {key: i for i, key in enumerate(plan.students, start=1)}
    accepted = {r.row: r for r in plan.rows}
    for number in sorted(set(accepted) | set(plan.refused)):
        prefix = tr(CTX, "row {n}").format(n=number)
        if number in plan.refused:
            for p in plan.refused[number]:
                lines.append(f"{prefix}: {tr(CTX, 'refused')} — {_problem_text(p)}")
            continue
        r = accepted[number]
        ps = plan.students[r.student_key]
        if ps.existing_id is not None:
            parts = [tr(CTX, "existing student #{id}").format(id=ps.existing_id)]
        elif ps.first_row == number:
            parts = [tr(CTX, "new student S{n}").format(n=student_no[r.student_key])]
        else:
            parts = [
                tr(CTX, "student S{n} (from row {row})").format(
                    n=student_no[r.student_key], row=ps.first_row
                )
            ]
        if r.consultation is not None:
            parts.append(tr(CTX, "consultation"))
            if r.consultation.referrals:
                parts.append(tr(CTX, "{n} referral(s)").format(n=len(r.consultation.referrals)))
        if r.follow_up is not None:
            parts.append(tr(CTX, "follow-up"))
        lines.append(f"{prefix}: {tr(CTX, 'create')} " + ", ".join(parts))
        for w in warnings.get(number, []):
            lines.append(f"{prefix}: {tr(CTX, 'warning')} — {_problem_text(w)}")
    return lines


def summary_line(plan: Plan) -> str:
    c = plan.counts()
    return tr(
        CTX,
        "{rows} rows: {accepted} accepted, {refused} refused; {new_students} new students,"
        " {existing_students} existing, {consultations} consultations, {referrals} referrals,"
        " {follow_ups} follow-ups; {warnings} warnings.",
    ).format(**c)


def run_import(args: argparse.Namespace) -> int:
    from officer_desk.services.importer import Importer

    saved = None
    if args.mapping:
        try:
            saved = Mapping.from_file(args.mapping)
        except OSError:
            say(tr(CTX, "The mapping file could not be read."))
            return 2
    with open_session(args) as session:
        importer = Importer(session.desk)
        table = importer.read(args.file)
        mapping = importer.guess(table, saved)
        if args.save_mapping:
            from officer_desk.vault.files import safe_write

            safe_write(args.save_mapping, mapping.to_json().encode("utf-8"), mode=0o600)
        plan = importer.plan(table, mapping)
        if args.dry_run:
            for line in report_lines(plan):
                print(line)
            say(summary_line(plan))
            return 0 if plan.ok else 1
        result = importer.run(plan, skip_invalid=args.skip_invalid)
        say(summary_line(plan))
        say(
            tr(
                CTX,
                "Imported {rows} rows: {students} new students, {consultations} consultations,"
                " {follow_ups} follow-ups; {skipped} refused rows left out.",
            ).format(
                rows=result.rows_imported,
                students=result.students_created,
                consultations=result.consultations,
                follow_ups=result.follow_ups,
                skipped=result.rows_skipped,
            )
        )
    return 0


# --- export and calendar ----------------------------------------------------------------------


def _date(text: str | None, field: str) -> dt.date | None:
    return v.parse_date(text, field) if text else None


def run_export(args: argparse.Namespace) -> int:
    from officer_desk.services.exporter import Exporter

    filters: dict[str, object] = {}
    if args.what == "students":
        filters = {
            "text": args.text,
            "faculty": args.faculty,
            "phase": args.phase,
            "open_only": args.open_only,
        }
    else:
        filters = {"start": _date(args.start, "from"), "end": _date(args.end, "to")}
        if args.what == "follow-ups":
            filters["status"] = None if args.status == "all" else (args.status or "open")
        else:
            filters["status"] = args.status
            filters["destination"] = args.destination
    with open_session(args) as session:
        result = Exporter(session.desk).export(
            args.what, args.out, fmt=args.format, lang=args.lang, **filters
        )
    say(tr(CTX, "Exported {rows} rows ({fmt}).").format(rows=result.rows, fmt=result.fmt))
    return 0


def run_calendar(args: argparse.Namespace) -> int:
    from officer_desk.services.calendar import export_calendar

    start, end = _date(args.start, "from"), _date(args.end, "to")
    with open_session(args) as session:
        result = export_calendar(session.desk, args.out, start=start, end=end, lang=args.lang)
    say(tr(CTX, "Wrote {n} follow-ups to the calendar file.").format(n=result.events))
    return 0
