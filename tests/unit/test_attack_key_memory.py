"""Attack review, process hygiene (docs/SECURITY.md, A-P5): the hex form of the data key that
``PRAGMA key`` needs lives only while the statement runs; the strings holding it are wiped in
place afterwards (the data key itself stays in a ``bytearray`` that ``close()`` wipes)."""

from __future__ import annotations

import secrets
import sys

import pytest

from officer_desk.vault.database import connect_keyed, execute_key_pragma, wipe_text

cpython = pytest.mark.skipif(sys.implementation.name != "cpython", reason="CPython strings")


@cpython
def test_process_hygiene_wipe_text_overwrites_a_string_in_place():
    text = secrets.token_bytes(32).hex()
    before = id(text)
    wipe_text(text)
    assert id(text) == before and text == "0" * 64


class _Recording:
    """A real connection that remembers the statements it ran."""

    def __init__(self, conn):
        self.conn = conn
        self.statements: list[str] = []

    def execute(self, sql, *args):
        self.statements.append(sql)
        return self.conn.execute(sql, *args)


@cpython
def test_process_hygiene_key_pragma_leaves_no_hex_key_in_python_strings(tmp_path):
    dek = bytearray(secrets.token_bytes(32))
    conn = connect_keyed(tmp_path / "x.db", dek, create=True)
    conn.execute("CREATE TABLE t(x)")
    conn.execute("INSERT INTO t VALUES ('kept')")
    conn.close()
    import sqlcipher3

    raw = sqlcipher3.connect(str(tmp_path / "x.db"), isolation_level=None)
    recording = _Recording(raw)
    execute_key_pragma(recording, dek)
    assert raw.execute("SELECT x FROM t").fetchone() == ("kept",)  # the key did work
    raw.close()
    [statement] = recording.statements
    assert dek.hex() not in statement
    assert statement == "0" * len(statement)  # the whole statement text, wiped in place


def test_process_hygiene_key_pragma_rejects_bad_keys_without_running():
    recording = _Recording(None)
    with pytest.raises(ValueError):
        execute_key_pragma(recording, bytearray(31))
    assert recording.statements == []
