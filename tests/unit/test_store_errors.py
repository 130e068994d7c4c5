"""SQLite errors are classified by their result code, not by the words of the message."""

from __future__ import annotations

import os
import sqlite3

import pytest
import sqlcipher3

from officer_desk.store.db import is_damage_error
from officer_desk.vault.database import is_notadb


@pytest.mark.parametrize("module", [sqlite3, sqlcipher3])
def test_a_file_that_is_not_a_database_is_damage(tmp_path, module):
    path = tmp_path / "noise.db"
    path.write_bytes(os.urandom(8192))
    conn = module.connect(str(path))
    with pytest.raises(module.DatabaseError) as info:
        conn.execute("SELECT * FROM sqlite_master")
    conn.close()
    assert is_damage_error(info.value)
    assert is_notadb(info.value)


@pytest.mark.parametrize("module", [sqlite3, sqlcipher3])
def test_an_ordinary_error_is_not_damage(module):
    conn = module.connect(":memory:")
    with pytest.raises(module.OperationalError) as info:
        conn.execute("SELECT * FROM no_such_table")
    conn.close()
    assert not is_damage_error(info.value)
    assert not is_notadb(info.value)


def test_the_message_text_alone_decides_nothing():
    reworded = sqlite3.DatabaseError("database disk image is malformed")  # no result code
    assert not is_damage_error(reworded)
    assert not is_notadb(sqlite3.DatabaseError("file is not a database"))
    coded = sqlite3.DatabaseError("worded differently by a newer SQLite")
    coded.sqlite_errorcode = 11 | (1 << 8)  # an extended SQLITE_CORRUPT code
    assert is_damage_error(coded)
