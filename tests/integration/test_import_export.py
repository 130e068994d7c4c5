"""Import, export and calendar on real vaults, and through the CLI in subprocesses."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys

import io_samples as samples  # tests/integration is on sys.path
import pytest
from icalendar import Calendar

from officer_desk.domain.models import ConsultationDraft, FollowUpDraft, Student
from officer_desk.errors import ImportCancelled, ImportRefused, ValidationError
from officer_desk.io.mapping import Mapping
from officer_desk.io.readers import read_bytes
from officer_desk.services import session as session_mod
from officer_desk.services.calendar import build_calendar, export_calendar
from officer_desk.services.exporter import Exporter
from officer_desk.services.importer import Importer
from officer_desk.services.templates import BUILT_IN, NoteTemplates, Template, templates_for
from officer_desk.vault import test_kdf

CANARY_NAME = "Xylofoonia Quarkwood"
CANARY_NOTE = "zebrapinguin"


def _counts(desk):
    store = desk.store
    return {
        t: store.scalar(f"SELECT count(*) FROM {t}")
        for t in ("student", "consultation", "follow_up", "referral", "case_record")
    }


def _import(desk, path, **kw):
    imp = Importer(desk)
    table = imp.read(path)
    plan = imp.plan(table, imp.guess(table, kw.pop("mapping", None)))
    return imp, plan


# --- import -------------------------------------------------------------------------------------


def test_a_large_file_dry_run_and_import_are_complete(desk, tmp_path):
    # Speed is measured in tests/perf/bench_io.py (10,000 rows); this test checks completeness.
    path = samples.write_csv(tmp_path / "log.csv", samples.contact_rows(3_000), blank_every=97)
    imp, plan = _import(desk, path)
    assert plan.ok, plan.all_problems()[:5]
    assert plan.consultations == 3_000
    before = _counts(desk)
    result = imp.run(plan)
    after = _counts(desk)
    assert after["consultation"] - before["consultation"] == 3_000
    assert after["student"] - before["student"] == result.students_created == 1000
    assert result.follow_ups == 600
    log = desk.access_log(action="imported")
    assert len(log) == 1 and "rows=3000" in log[0].detail
    assert desk.verify_access_log().ok


def test_windows_1252_xlsx_and_bom_files_import_alike(desk, tmp_path):
    rows = samples.contact_rows(60, seed=3)
    files = [
        samples.write_csv(tmp_path / "a.csv", rows, encoding="cp1252"),
        samples.write_csv(tmp_path / "b.csv", rows, encoding="utf-8-sig", delimiter=","),
        samples.write_xlsx(tmp_path / "c.xlsx", rows),
    ]
    plans = [_import(desk, f)[1] for f in files]
    for plan in plans:
        assert plan.ok, [p.message for p in plan.all_problems()]
    assert len({tuple(sorted(p.counts().items())) for p in plans}) == 1
    names = {s.student.display_name for s in plans[0].students.values()}
    assert any("ë" in n for n in names)  # Chloë / Zoë survived Windows-1252


def test_refused_row_means_nothing_is_imported_unless_skip_invalid(desk, tmp_path):
    rows = samples.contact_rows(30, seed=5)
    rows[10][2] = "31-02-2026"  # not a date
    rows[20][1] = "12"  # not a student number
    path = samples.write_csv(tmp_path / "bad.csv", rows)
    imp, plan = _import(desk, path)
    assert sorted(plan.refused) == [12, 22]  # header is row 1
    before = _counts(desk)
    with pytest.raises(ImportRefused):
        imp.run(plan)
    assert _counts(desk) == before
    assert not desk.access_log(action="imported")
    result = imp.run(plan, skip_invalid=True)
    assert result.rows_imported == 28 and result.rows_skipped == 2


def test_failure_half_way_rolls_everything_back(desk, tmp_path):
    path = samples.write_csv(tmp_path / "log.csv", samples.contact_rows(300, seed=9))
    imp, plan = _import(desk, path)
    before = _counts(desk)
    with pytest.raises(ImportCancelled):
        imp.run(plan, progress=lambda done, total: done < 200)
    assert _counts(desk) == before
    assert desk.verify_access_log().ok


def test_existing_number_attaches_and_reimport_does_not_double(desk, tmp_path):
    s = desk.create_student(Student(None, "Bestaande Student", student_number="s2000000"))
    path = samples.write_csv(tmp_path / "log.csv", samples.contact_rows(30, seed=1))
    imp, plan = _import(desk, path)
    assert plan.students["n:s2000000"].existing_id == s.id
    imp.run(plan)
    assert desk.student(s.id).display_name == "Bestaande Student"  # not changed
    _, again = _import(desk, path)
    assert again.consultations == 0 and again.follow_ups == 0
    assert again.new_students == 0


def test_value_map_from_mapping_file(desk, tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "Naam;Datum;Onderwerp;Kanaal\nZoë;1-3-2026;studieplanning;balie\n", encoding="utf-8"
    )
    _, plan = _import(desk, path)
    assert 2 in plan.refused
    m = Mapping.from_json(
        '{"values": {"topic": {"Studieplanning": "study_stress"},'
        ' "channel": {"balie": "in_person"}}}'
    )
    _, plan = _import(desk, path, mapping=m)
    assert plan.ok


# --- export -------------------------------------------------------------------------------------


def _seed(desk):
    a = desk.create_student(
        Student(None, CANARY_NAME, student_number="s1111111", email="x@example.org", faculty="LAW")
    )
    b = desk.create_student(Student(None, '=HYPERLINK("http://evil")', student_number="2222222"))
    c = desk.create_student(Student(None, "@Plus Min", phase="master", student_group="eea"))
    desk.log_consultation(
        ConsultationDraft(
            a.id,
            dt.datetime(2026, 11, 10, 14, 0),
            topics=["housing"],
            private_note=f"the word {CANARY_NOTE} is secret",
            follow_up=FollowUpDraft(dt.date(2026, 11, 20), "call", dt.time(15, 30), CANARY_NOTE),
        )
    )
    desk.schedule_follow_up(b.id, dt.date(2026, 11, 25), kind="meeting", note="-2+3")
    f = desk.schedule_follow_up(c.id, dt.date(2026, 11, 12), kind="message")
    desk.complete_follow_up(f.id, on=dt.date(2026, 11, 13))
    return a, b, c


def test_exports_escape_formulas_are_0600_and_logged(desk, tmp_path):
    _seed(desk)
    ex = Exporter(desk)
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"students.{fmt}"
        result = ex.export("students", out)
        assert result.rows == 3
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
        table = read_bytes(out.read_bytes())
        raw = out.read_bytes()
        if fmt == "csv":
            text = raw.decode("utf-8-sig")
            assert "'=HYPERLINK" in text and "'@Plus" in text
            assert "\n=" not in text and ",=" not in text
        else:
            from openpyxl import load_workbook

            wb = load_workbook(out)
            values = [c.value for row in wb.active.iter_rows() for c in row]
            assert all(not (isinstance(v, str) and v[:1] in "=+-@") for v in values)
            assert all(c.data_type != "f" for row in wb.active.iter_rows() for c in row)
        # our reader takes the apostrophe off again
        assert '=HYPERLINK("http://evil")' in [r.cells[0] for r in table.rows]
    log = desk.access_log(action="exported")
    assert len(log) == 2 and all(e.detail.startswith("students:") for e in log)
    assert not any(CANARY_NAME in e.detail or "students.csv" in e.detail for e in log)


def test_export_filters_follow_the_screens(desk, tmp_path):
    _seed(desk)
    ex = Exporter(desk)
    assert ex.export("students", tmp_path / "law.csv", faculty="LAW").rows == 1
    assert ex.export("follow-ups", tmp_path / "open.csv", status="open").rows == 2
    assert ex.export("follow-ups", tmp_path / "all.csv", status=None).rows == 3
    assert (
        ex.export(
            "follow-ups", tmp_path / "w.csv", start=dt.date(2026, 11, 21), end=dt.date(2026, 12, 1)
        ).rows
        == 1
    )
    assert ex.export("referrals", tmp_path / "r.xlsx").rows == 0
    with pytest.raises(ValidationError):
        ex.export("students", tmp_path / "x.csv", status="open")
    with pytest.raises(ValidationError):
        ex.export("follow-ups", tmp_path / "x.csv", status="nope")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_round_trip_export_then_import_into_a_fresh_vault(desk, tmp_path, clock, fmt, lang):
    path = samples.write_csv(tmp_path / "log.csv", samples.contact_rows(90, seed=11))
    imp, plan = _import(desk, path)
    imp.run(plan)
    _seed(desk)
    ex = Exporter(desk)
    students_file = tmp_path / f"students.{fmt}"
    follow_ups_file = tmp_path / f"follow_ups.{fmt}"
    ex.export("students", students_file, lang=lang)
    ex.export("follow-ups", follow_ups_file, lang=lang, status=None)

    fresh, _ = session_mod.create(
        tmp_path / "fresh", "another passphrase 123", kdf=test_kdf(), clock=clock
    )
    try:
        for f in (students_file, follow_ups_file):
            imp2, plan2 = _import(fresh.desk, f)
            assert plan2.ok, [(p.row, p.field, p.message) for p in plan2.all_problems()]
            imp2.run(plan2)

        def students(d):
            return sorted(
                (
                    s.display_name,
                    s.student_number,
                    s.email,
                    s.programme,
                    s.faculty,
                    s.phase,
                    s.student_group,
                )
                for s in (d.student(r.id) for r in d.list_students(limit=100_000))
            )

        def follow_ups(d):
            return sorted(
                (name, f.due_date, f.due_time, f.kind, f.status, f.note, f.done_on)
                for f, name in d.follow_ups(None, None, status=None)
            )

        assert students(fresh.desk) == students(desk)
        assert follow_ups(fresh.desk) == follow_ups(desk)
    finally:
        fresh.close()


# --- calendar -----------------------------------------------------------------------------------


def test_ics_validates_has_alarms_and_no_personal_data(desk, tmp_path):
    _seed(desk)
    out = tmp_path / "fu.ics"
    result = export_calendar(desk, out, lang="nl")
    assert result.events == 2  # open ones only
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    raw = out.read_bytes()
    for secret in (CANARY_NAME, CANARY_NOTE, "HYPERLINK", "s1111111", "example.org", "-2+3"):
        assert secret.encode() not in raw
    cal = Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    assert len(events) == 2
    timed = next(e for e in events if isinstance(e.decoded("dtstart"), dt.datetime))
    all_day = next(e for e in events if not isinstance(e.decoded("dtstart"), dt.datetime))
    assert timed.decoded("dtstart") == dt.datetime(2026, 11, 20, 15, 30)
    assert str(timed["summary"]).startswith("Vervolgafspraak OD-FU-")
    assert timed.walk("VALARM")[0].decoded("trigger") == -dt.timedelta(minutes=15)
    assert all_day.walk("VALARM")[0].decoded("trigger") == dt.timedelta(hours=9)
    # stable UIDs
    again = Calendar.from_ical(build_calendar(desk)[0])
    assert sorted(str(e["uid"]) for e in again.walk("VEVENT")) == sorted(
        str(e["uid"]) for e in events
    )
    assert desk.access_log(action="exported")[0].detail == "calendar:ics:events=2"


# --- templates ----------------------------------------------------------------------------------


def test_note_templates_built_in_edit_and_reset(desk):
    nt = NoteTemplates(desk)
    assert [t.name for t in templates_for(desk, "nl")] == [t.name for t in BUILT_IN["nl"]]
    assert len(templates_for(desk, "en")) == 3
    long_body = "Intro\n" + "regel\n" * 400
    nt.save("nl", [Template("Mijn intake", long_body), Template("Kort", "")])
    assert [t.name for t in templates_for(desk, "nl")] == ["Mijn intake", "Kort"]
    assert nt.get("nl", "Mijn intake").body == long_body.strip()
    assert templates_for(desk, "en") == list(BUILT_IN["en"])  # other language untouched
    with pytest.raises(ValidationError):
        nt.save("nl", [Template("A", "x"), Template("a", "y")])
    with pytest.raises(ValidationError):
        nt.save("nl", [Template("  ", "x")])
    nt.reset("nl")
    assert templates_for(desk, "nl") == list(BUILT_IN["nl"])


# --- CLI through subprocesses ---------------------------------------------------------------------

PASS = "cli passphrase for import tests"


def _cli(*args):
    env = dict(os.environ, OFFICER_DESK_INSECURE_TEST_KDF="1", OFFICER_DESK_PASSPHRASE=PASS)
    env.pop("OFFICER_DESK_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "officer_desk", *map(str, args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def cli_vault(tmp_path):
    vault = tmp_path / "vault"
    s, _ = session_mod.create(vault, PASS, kdf=test_kdf())
    s.close()
    return vault


def test_cli_import_dry_run_real_export_and_calendar(cli_vault, tmp_path):
    rows = samples.contact_rows(40, seed=2)
    rows[5][0] = CANARY_NAME
    rows[5][1] = "12"  # refused
    rows[5][10] = CANARY_NOTE
    path = samples.write_csv(tmp_path / "log.csv", rows)

    dry = _cli(
        "import", "--vault", cli_vault, path, "--dry-run", "--save-mapping", tmp_path / "m.json"
    )
    assert dry.returncode == 1, dry.stderr
    assert "row 7: refused — Student number:" in dry.stdout
    assert "row 2: create new student S1, consultation" in dry.stdout
    assert CANARY_NAME not in dry.stdout + dry.stderr and CANARY_NOTE not in dry.stdout
    assert Mapping.from_json((tmp_path / "m.json").read_text()).columns["Datum"] == "date"

    real = _cli("import", "--vault", cli_vault, path, "--mapping", tmp_path / "m.json")
    assert real.returncode == 1 and "Nothing was imported" in real.stderr

    ok = _cli("import", "--vault", cli_vault, path, "--skip-invalid")
    assert ok.returncode == 0, ok.stderr
    assert "Imported 39 rows" in ok.stderr

    out = tmp_path / "students.xlsx"
    res = _cli("export", "--vault", cli_vault, "--what", "students", "--out", out)
    assert res.returncode == 0, res.stderr
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    res = _cli(
        "export",
        "--vault",
        cli_vault,
        "--what",
        "follow-ups",
        "--out",
        tmp_path / "f.csv",
        "--status",
        "all",
        "--lang",
        "nl",
    )
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "f.csv").read_bytes().decode("utf-8-sig").startswith("Kenmerk;")

    ics = tmp_path / "fu.ics"
    res = _cli("calendar", "--vault", cli_vault, "--out", ics)
    assert res.returncode == 0, res.stderr
    assert Calendar.from_ical(ics.read_bytes()).walk("VEVENT") is not None

    bad = _cli("export", "--vault", cli_vault, "--what", "nope", "--out", out)
    assert bad.returncode == 2
    missing = _cli("import", "--vault", tmp_path / "nowhere", path, "--dry-run")
    assert missing.returncode == 4
