#!/usr/bin/env python3
"""Make the committed vault fixture of the CURRENT schema version.

    python tools/make_vault_fixture.py        -> tests/fixtures/vaults/v<N>/

Run it once whenever ``officer_desk.store.db.SCHEMA_VERSION`` goes up, BEFORE changing the
schema further, and commit the folder: ``tests/integration/test_schema_upgrades.py`` opens every
committed version with the current app and checks that its data is all there. A fixture is
never regenerated afterwards (it stands for vaults officers already have).

The vault uses the test-only fast key derivation and the passphrase in ``PASSPHRASE``; its
students are invented (the demo generator). ``expected.json`` beside it records what the test
must find.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "schema fixture passphrase 2026"
TODAY = dt.date(2026, 6, 30)
#: Row counts the upgrade test compares.
COUNT_QUERIES = {
    "student": "SELECT count(*) FROM student",
    "case_record": "SELECT count(*) FROM case_record",
    "consultation": "SELECT count(*) FROM consultation",
    "note": "SELECT count(*) FROM note",
    "referral": "SELECT count(*) FROM referral",
    "follow_up": "SELECT count(*) FROM follow_up",
    "outreach": "SELECT count(*) FROM outreach",
    "access_log": "SELECT count(*) FROM access_log",
}


def main() -> int:
    os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
    from officer_desk.services.demo import populate
    from officer_desk.services.session import create
    from officer_desk.store.db import SCHEMA_VERSION
    from officer_desk.vault import test_kdf

    target = ROOT / "tests" / "fixtures" / "vaults" / f"v{SCHEMA_VERSION}"
    if target.exists() and "--force" not in sys.argv:
        print(f"{target} exists; fixtures are never regenerated (--force to override)")
        return 1
    shutil.rmtree(target, ignore_errors=True)
    work = target.parent / f".v{SCHEMA_VERSION}-work"
    shutil.rmtree(work, ignore_errors=True)
    session, _recovery = create(
        work, PASSPHRASE, officer_name="Fixture Officer", faculty="SOC", kdf=test_kdf()
    )
    try:
        populate(session.desk, students=6, seed=7, today=TODAY, faculty="SOC")
        store = session.store
        counts = {t: int(store.scalar(q)) for t, q in COUNT_QUERIES.items()}
        first = session.desk.list_students()[0]
        student = session.desk.student(first.id)
        note = store.one("SELECT id, body FROM note ORDER BY id LIMIT 1")
        settings = {k: session.desk.setting(k) for k in ("officer_name", "faculty")}
        store.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        session.close()
    target.mkdir(parents=True)
    for name in ("officer.db", "keys.json"):
        shutil.copy2(work / name, target / name)
    shutil.rmtree(work)
    expected = {
        "schema_version": SCHEMA_VERSION,
        "passphrase": PASSPHRASE,
        "counts": counts,
        "student": {
            "id": student.id,
            "student_number": student.student_number,
            "display_name": student.display_name,
        },
        "note": {"id": note[0], "body_start": str(note[1])[:40]},
        "settings": settings,
    }
    (target / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", "utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
