"""Data-protection commands: audit, export-student, erase-student, hold, purge, backup, restore.

Output never names a student: ids, counts, quarters and file names only. Data (the audit
listing, the dry-run table) goes to stdout; progress and results to stderr.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import sys
from pathlib import Path

from officer_desk.commands.common import add_vault_arg, open_session, read_passphrase, say, tr
from officer_desk.domain.texts import LANGUAGES
from officer_desk.errors import ValidationError, tr_noop


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("Cli", "expected a date as YYYY-MM-DD")) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help=tr("Cli", "list or verify the access log, or save it as CSV"))
    add_vault_arg(p)
    p.add_argument(
        "--verify",
        action="store_true",
        help=tr("Cli", "verify the hash chain and compare it with every anchor of its head"),
    )
    p.add_argument("--csv", type=Path, help=tr("Cli", "save the (filtered) log as CSV"))
    p.add_argument("--action", default="", help=tr("Cli", "only this action, e.g. exported"))
    p.add_argument("--record-type", default="", help=tr("Cli", "only this record type"))
    p.add_argument("--record-id", type=int, default=None, help=tr("Cli", "only this record id"))
    p.add_argument("--since", type=_date, help=tr("Cli", "from this date (YYYY-MM-DD)"))
    p.add_argument("--until", type=_date, help=tr("Cli", "up to and including this date"))
    p.add_argument("--limit", type=int, default=0, help=tr("Cli", "at most this many entries"))
    p.set_defaults(func=cmd_audit)

    p = sub.add_parser(
        "export-student",
        help=tr("Cli", "subject-access copy of everything held on one student (PDF and JSON)"),
    )
    add_vault_arg(p)
    p.add_argument(
        "--student",
        required=True,
        help=tr("Cli", "internal id (or id:N), student number, or exact e-mail"),
    )
    p.add_argument("--pdf", type=Path, help=tr("Cli", "where to save the readable PDF"))
    p.add_argument("--json", type=Path, help=tr("Cli", "where to save the machine-readable JSON"))
    p.add_argument("--lang", choices=LANGUAGES, default="en")
    p.set_defaults(func=cmd_export_student)

    p = sub.add_parser("erase-student", help=tr("Cli", "erase one student completely"))
    add_vault_arg(p)
    p.add_argument("--student", required=True, help=tr("Cli", "internal id, number or e-mail"))
    p.add_argument("--yes", action="store_true", help=tr("Cli", "really erase (no undo)"))
    p.set_defaults(func=cmd_erase_student)

    p = sub.add_parser("hold", help=tr("Cli", "set or release a student's legal hold"))
    add_vault_arg(p)
    p.add_argument("--student", required=True, help=tr("Cli", "internal id, number or e-mail"))
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--on", dest="hold", action="store_true")
    group.add_argument("--off", dest="hold", action="store_false")
    p.set_defaults(func=cmd_hold)

    p = sub.add_parser(
        "purge", help=tr("Cli", "delete students past the retention period (see --dry-run)")
    )
    add_vault_arg(p)
    p.add_argument("--dry-run", action="store_true", help=tr("Cli", "only show what would go"))
    p.add_argument("--yes", action="store_true", help=tr("Cli", "really delete (no undo)"))
    p.add_argument(
        "--years",
        type=int,
        default=None,
        help=tr("Cli", "retention period for this run (default: the saved setting)"),
    )
    p.set_defaults(func=cmd_purge)

    p = sub.add_parser("backup", help=tr("Cli", "write a verified backup (or list backups)"))
    add_vault_arg(p)
    p.add_argument("--to", type=Path, help=tr("Cli", "backup folder (default: the setting)"))
    p.add_argument("--list", action="store_true", help=tr("Cli", "list the backups instead"))
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore", help=tr("Cli", "restore a backup; the current vault is kept aside")
    )
    add_vault_arg(p)
    p.add_argument(
        "--from", dest="source", type=Path, required=True, help=tr("Cli", "the backup folder")
    )
    p.set_defaults(func=cmd_restore)


# --- audit ----------------------------------------------------------------------------------


AUDIT_COLUMNS = ("id", "at", "action", "record_type", "record_id", "detail", "hash")


def cmd_audit(args: argparse.Namespace) -> int:
    from officer_desk.services.files import save_private_file

    with open_session(args, read_only=True) as session:
        if args.verify:
            chain = session.desk.verify_access_log()
            anchors_ok = report_anchors(session)
            if not chain.ok:
                say(tr("Cli", "Access log: BROKEN at entry {id}").format(id=chain.first_broken_id))
                return 4
            if not anchors_ok:
                say(tr("Cli", "Access log: DOES NOT MATCH an anchor of its head (see above)"))
                return 4
            say(tr("Cli", "Access log: ok ({n} entries)").format(n=chain.entries))
            if args.csv is None and not _filtered(args):
                return 0
        entries = []
        offset = 0
        page = 5000
        while True:
            chunk = session.desk.access_log(
                action=args.action,
                record_type=args.record_type,
                record_id=args.record_id,
                since=args.since,
                until=args.until,
                offset=offset,
                limit=page,
                newest_first=False,
            )
            entries.extend(chunk)
            offset += page
            if len(chunk) < page or (args.limit and len(entries) >= args.limit):
                break
        if args.limit:
            entries = entries[: args.limit]
    rows = [
        (
            e.id,
            e.at.isoformat(timespec="seconds") if e.at else "",
            e.action,
            e.record_type,
            "" if e.record_id is None else e.record_id,
            e.detail,
            e.hash,
        )
        for e in entries
    ]
    if args.csv is not None:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(AUDIT_COLUMNS)
        writer.writerows(rows)
        save_private_file(args.csv, buf.getvalue().encode("utf-8"))
        say(tr("Cli", "{n} entries saved.").format(n=len(rows)))
        return 0
    out = sys.stdout
    for row in rows:
        out.write("\t".join(str(x) for x in row[:6]) + "\n")
    return 0


def report_anchors(session: object) -> bool:
    """Print one line per anchor of the access log's head; False if any disagrees."""
    from officer_desk.services import anchors as a
    from officer_desk.services.anchors import ANCHOR_CUT, ANCHOR_OK, ANCHOR_REWRITTEN

    checks = a.check_all(session)
    for c in checks:
        if c.source == a.KEY_FILE:
            where = tr("Cli", "Anchor in the key file")
        elif c.source == a.BACKUP:
            where = tr("Cli", "Anchor in backup {name}").format(name=c.name)
        else:
            where = tr("Cli", "Anchor in released report {name}").format(name=c.name)
        if c.outcome == ANCHOR_OK:
            what = tr("Cli", "ok ({n} entries)").format(n=c.entries)
        elif c.outcome == ANCHOR_CUT:
            what = tr(
                "Cli", "DISAGREES: the log has fewer than the {n} entries recorded (cut)"
            ).format(n=c.entries)
        elif c.outcome == ANCHOR_REWRITTEN:
            what = tr(
                "Cli", "DISAGREES: entry {n} is not the one recorded (the log was rewritten)"
            ).format(n=c.entries)
        elif c.outcome == a.SUPERSEDED:
            what = tr(
                "Cli",
                "made before a restore of an older backup; its later entries were rolled back",
            )
        elif c.outcome == a.INVALID:
            what = tr("Cli", "DISAGREES: the anchor was altered or made with another key")
        elif c.source == a.KEY_FILE:
            what = tr("Cli", "DISAGREES: the key file holds no anchor (it was removed)")
        else:
            what = tr("Cli", "none (made before anchors were recorded)")
        say(f"{where}: {what}")
    return all(c.ok for c in checks)


def _filtered(args: argparse.Namespace) -> bool:
    return bool(
        args.action
        or args.record_type
        or args.record_id is not None
        or args.since
        or args.until
        or args.limit
    )


# --- subject access and erasure ----------------------------------------------------------------


def cmd_export_student(args: argparse.Namespace) -> int:
    from officer_desk.services.privacy import Privacy
    from officer_desk.services.subject_access import export_student

    if args.pdf is None and args.json is None:
        raise ValidationError(tr_noop("Give --pdf, --json or both."), field="path")
    with open_session(args) as session:
        sid = Privacy(session.desk).resolve_student(args.student)
        result = export_student(
            session.desk, sid, pdf_path=args.pdf, json_path=args.json, lang=args.lang
        )
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    say(tr("Cli", "Export of student {id} written ({counts}).").format(id=sid, counts=counts))
    return 0


def cmd_erase_student(args: argparse.Namespace) -> int:
    from officer_desk.services.privacy import Privacy

    with open_session(args) as session:
        privacy = Privacy(session.desk)
        sid = privacy.resolve_student(args.student)
        counts = privacy.record_counts(sid)
        summary = ", ".join(f"{k} {v}" for k, v in counts.items())
        if not args.yes:
            say(tr("Cli", "Student {id} holds: {counts}.").format(id=sid, counts=summary))
            say(tr("Cli", "Nothing was erased. Repeat with --yes to erase (there is no undo)."))
            return 0
        report = privacy.erase_student(sid)
    say(tr("Cli", "Student {id} erased ({counts}).").format(id=sid, counts=summary))
    if report.reclaimed is not None and not report.reclaimed.wal_truncated:
        say(tr("Cli", "Warning: the change log could not be emptied; close other windows."))
    return 0


def cmd_hold(args: argparse.Namespace) -> int:
    from officer_desk.services.privacy import Privacy

    with open_session(args) as session:
        privacy = Privacy(session.desk)
        sid = privacy.resolve_student(args.student)
        privacy.set_legal_hold(sid, args.hold)
    if args.hold:
        say(tr("Cli", "Student {id} is on legal hold.").format(id=sid))
    else:
        say(tr("Cli", "Legal hold of student {id} released.").format(id=sid))
    return 0


# --- retention -----------------------------------------------------------------------------------


def cmd_purge(args: argparse.Namespace) -> int:
    from officer_desk.services.privacy import Privacy

    if not args.dry_run and not args.yes:
        raise ValidationError(
            tr_noop("Run with --dry-run to see what would be deleted, then with --yes."),
            field="yes",
        )
    with open_session(args) as session:
        privacy = Privacy(session.desk)
        years = args.years if args.years is not None else privacy.retention_years()
        candidates = privacy.purge_candidates(years=years)
        cutoff = privacy.retention_cutoff(years=years)
        out = sys.stdout
        if args.dry_run:
            out.write("id\tlast_activity\tcases\tconsultations\tnotes\treferrals\tfollow_ups\n")
            for c in candidates:
                out.write(
                    f"{c.student_id}\t{c.quarter}\t{c.cases}\t{c.consultations}\t{c.notes}"
                    f"\t{c.referrals}\t{c.follow_ups}\n"
                )
            say(
                tr(
                    "Cli",
                    "{n} student(s) past the retention period of {years} year(s) "
                    "(last activity on or before {cutoff}). Nothing was deleted.",
                ).format(n=len(candidates), years=years, cutoff=cutoff.isoformat())
            )
            return 0

        def progress(done: int, total: int) -> None:
            say(tr("Cli", "{done} of {total}").format(done=done, total=total))

        report = privacy.purge([c.student_id for c in candidates], years=years, progress=progress)
    say(
        tr("Cli", "{n} student(s) deleted; {skipped} no longer due.").format(
            n=len(report.purged), skipped=len(report.skipped)
        )
    )
    return 0


# --- backups -------------------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from officer_desk.services import backups

    if args.list:
        folder = args.to
        if folder is None:
            with open_session(args, read_only=True) as session:
                folder = backups.backup_folder(session.desk, session.vault.dir)
        found = backups.list_backups(folder)
        for info in found:
            when = info.created_at.isoformat(timespec="seconds") if info.created_at else "?"
            sys.stdout.write(f"{info.name}\t{when}\t{info.status}\t{info.size}\n")
        say(tr("Cli", "{n} backup(s).").format(n=len(found)))
        return 0
    with open_session(args) as session:
        say(tr("Cli", "Writing and verifying the backup…"))
        info = backups.backup_now(session, args.to)
    say(tr("Cli", "Backup written and verified: {name}").format(name=info.name))
    print(info.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from officer_desk.services.session import restore_with_passphrase

    source: Path = args.source
    if source.name == "officer.db":
        source = source.parent
    passphrase = read_passphrase(tr("Cli", "Passphrase of the backup: "))
    restored = restore_with_passphrase(source, args.vault, passphrase)
    result, report = restored.result, restored.report
    if result.aside is not None:
        say(
            tr("Cli", "Backup {name} restored. The previous vault was kept as {aside}.").format(
                name=result.backup.name, aside=result.aside.name
            )
        )
    else:
        say(tr("Cli", "Backup {name} restored.").format(name=result.backup.name))
    if not report.ok:
        say(tr("Cli", "Warning: the restored vault does not pass its checks."))
        return 4
    return 0
