"""Column guessing (Dutch and English), value mapping onto the codebook, mapping JSON, and
row validation (pure; the vault is represented by an ``Existing`` snapshot)."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from officer_desk.errors import ValidationError
from officer_desk.io.mapping import (
    Mapping,
    guess_field,
    guess_mapping,
    map_cell,
    map_value,
    unmapped_values,
)
from officer_desk.io.readers import read_csv_bytes
from officer_desk.io.validate import Existing, parse_moment, plan_import
from officer_desk.io.writers import csv_bytes, escape_cell

TODAY = dt.date(2026, 11, 16)


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Naam", "name"),
        ("Naam ", "name"),
        ("Studentnummer", "student_number"),
        ("Datum", "date"),
        ("Datum (dd-mm-jjjj)", "date"),
        ("Onderwerp", "topic"),
        ("Doorverwezen naar", "destination"),
        ("Vervolgafspraak", "follow_up_date"),
        ("E-mail", "email"),
        ("Opleiding", "programme"),
        ("Faculteit", "faculty"),
        ("Kanaal", "channel"),
        ("Notitie", "private_note"),
        ("Student number", "student_number"),
        ("Referred to", "destination"),
        ("Follow-up", "follow_up_date"),
        ("Next follow-up", ""),
        ("Open cases", ""),
        ("Something else", ""),
    ],
)
def test_guess_field(header, field):
    assert guess_field(header) == field


def test_guess_mapping_follow_up_list_context():
    m = guess_mapping(["Name", "Due date", "Time", "Status", "Note"])
    assert m.columns == {
        "Name": "name",
        "Due date": "follow_up_date",
        "Time": "follow_up_time",
        "Status": "follow_up_status",
        "Note": "follow_up_note",
    }


def test_two_columns_never_map_to_one_field():
    m = guess_mapping(["Naam", "Name", "Datum"])
    assert m.columns["Name"] == ""


@pytest.mark.parametrize(
    ("vocab", "text", "code"),
    [
        ("topic", "Geld en financiën", "finances"),
        ("topic", "geld en financien", "finances"),
        ("topic", " STRESS ", "study_stress"),
        ("channel", "teams", "video"),
        ("channel", "Telefoon", "phone"),
        ("destination", "Huisarts", "gp"),
        ("destination", "GGZ", "mental_health_care"),
        ("faculty", "Sociale en Gedragswetenschappen", "SOC"),
        ("faculty", "law", "LAW"),
        ("topic", "iets raars", None),
    ],
)
def test_map_value(vocab, text, code):
    assert map_value(vocab, text) == code


def test_user_value_map_wins_and_multi_values_split():
    m = Mapping(values={})
    m.set_value("topic", "Studieplanning", "study_stress")
    assert map_cell("topic", "studieplanning ; geld", m) == (["study_stress", "finances"], [])
    codes, unknown = map_cell("topic", "geld / iets raars", m)
    assert codes == ["finances"] and unknown == ["iets raars"]


def test_mapping_json_round_trip_and_rejects_bad_files():
    m = Mapping({"Naam": "name", "Oud": ""}, {})
    m.set_value("channel", "Balie", "in_person")
    again = Mapping.from_json(m.to_json())
    assert again.columns == m.columns and again.values == m.values
    for bad in (
        "{",
        '{"version": 9}',
        '{"columns": {"Naam": "nope"}}',
        '{"values": {"topic": {"x": "not_a_code"}}}',
        '{"values": {"nope": {}}}',
    ):
        with pytest.raises(ValidationError):
            Mapping.from_json(bad)


def test_unmapped_values_lists_category_values_only():
    t = read_csv_bytes(
        "Naam;Onderwerp;Kanaal\nZoë;stress;teams\nPiet;raar;duif\nAn;raar;nee\n".encode()
    )
    out = unmapped_values(t.headers, t.rows, guess_mapping(t.headers))
    assert out == {"topic": {"raar": 2}, "channel": {"duif": 1}}


@pytest.mark.parametrize(
    ("text", "day", "time"),
    [
        ("2026-03-01", dt.date(2026, 3, 1), None),
        ("1-3-2026", dt.date(2026, 3, 1), None),
        ("01/03/2026 14:30", dt.date(2026, 3, 1), dt.time(14, 30)),
        ("1.3.26", dt.date(2026, 3, 1), None),
        ("2026-03-01T09:05", dt.date(2026, 3, 1), dt.time(9, 5)),
        ("2026-03-01 9.05", dt.date(2026, 3, 1), dt.time(9, 5)),
    ],
)
def test_parse_moment(text, day, time):
    assert parse_moment(text, "date") == (day, time)


# --- validation -------------------------------------------------------------------------------

HEADER = "Naam;Studentnummer;Datum;Onderwerp;Doorverwezen naar;Vervolgafspraak;E-mail;Kanaal\n"


def _plan(body: str, existing: Existing | None = None):
    t = read_csv_bytes((HEADER + body).encode())
    return plan_import(t, guess_mapping(t.headers), existing or Existing(), today=TODAY)


def test_rows_of_one_student_group_by_number_and_name():
    plan = _plan(
        "Zoë de Vries;s1234567;1-3-2026;stress;;;;teams\n"
        "Zoë de Vries;s1234567;2026-03-08;geld;huisarts;15-3-2026;;\n"
        "zoe de vries;;9-3-2026;stress;;;;\n"  # no number: same name as a numbered student
        "Piet;;10-3-2026;stress;;;;\n"
    )
    assert plan.ok
    assert plan.counts()["new_students"] == 2
    assert plan.consultations == 4 and plan.referrals == 1 and plan.follow_ups == 1


def test_refusals_name_row_and_field_but_never_the_value():
    plan = _plan(
        "Geheime Naam;12;31-02-2026;onbekend onderwerp;;;geheim@;\n"
        "Ander;s1234567;1-3-2030;stress;;;;\n"
        "Derde;s1234568;1-3-2026;stress;;28-2-2026;;\n"
        ";;1-3-2026;stress;;;;\n"
        "Vierde;s1234569;;;huisarts;;;\n"
    )
    assert not plan.ok
    assert sorted(plan.refused) == [2, 3, 4, 5, 6]
    fields = {p.field for p in plan.refused[2]}
    assert fields == {"student_number", "email", "date", "topic"}
    assert {p.field for p in plan.refused[3]} == {"date"}  # in the future
    assert {p.field for p in plan.refused[4]} == {"follow_up_date"}  # before consultation
    assert {p.field for p in plan.refused[5]} == {"name"}
    assert {p.field for p in plan.refused[6]} == {"date"}  # referral without a consultation
    text = " ".join(p.message for p in plan.all_problems())
    for secret in ("Geheime", "geheim@", "onbekend", "12", "31-02"):
        assert secret not in text


def test_existing_student_number_attaches_and_duplicates_are_skipped():
    existing = Existing(
        by_number={"s1234567": 42},
        name_keys={"piet": [(7, True)]},
        moments=lambda ids: {(42, "2026-03-01T09:00")},
    )
    plan = _plan(
        "Zoë;s1234567;1-3-2026;stress;;;;\nZoë;s1234567;2-3-2026;stress;;;;\nPiet;;2-3-2026;x;;;;\n",
        existing,
    )
    assert plan.students["n:s1234567"].existing_id == 42
    assert plan.consultations == 1  # the 1 March one is already in the vault
    warnings = {(w.row, w.field) for w in plan.warnings}
    assert (2, "date") in warnings
    assert 4 in plan.refused  # unknown topic "x"


def test_no_name_or_number_column_is_a_file_problem():
    t = read_csv_bytes(b"Datum;Onderwerp\n1-3-2026;stress\n")
    plan = plan_import(t, guess_mapping(t.headers), Existing(), today=TODAY)
    assert plan.file_problems and not plan.ok


@given(st.text(max_size=30))
@example('"=')  # a quote is part of the value: the cell starts with '"', not a formula
def test_escape_cell_never_leaves_a_formula_trigger(text):
    out = escape_cell(text)
    assert not out or out[0] not in "=+-@\t\r" or out == text == ""
    data = csv_bytes(["h"], [[text]]).decode("utf-8-sig")
    (value,) = next(csv.reader(io.StringIO(data.split("\r\n", 1)[1], newline="")))
    assert value[:1] not in ("=", "+", "-", "@")
