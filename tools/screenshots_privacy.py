#!/usr/bin/env python3
"""Offscreen screenshots of the privacy screens (access log, privacy, export dialog) on a
throw-away demo vault (fast test KDF; never point it at a real vault).

    QT_QPA_PLATFORM=offscreen python tools/screenshots_privacy.py [--out DIR] [--lang en nl]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["OFFICER_DESK_INSECURE_TEST_KDF"] = "1"
os.environ["OFFICER_DESK_TEST_RUN"] = "1"  # marks a test run: the switch works only then
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from officer_desk.services import backups  # noqa: E402
from officer_desk.services.demo import DEMO_PASSPHRASE, create_demo_vault  # noqa: E402
from officer_desk.services.session import unlock  # noqa: E402
from officer_desk.ui import i18n  # noqa: E402
from officer_desk.ui.context import UiContext  # noqa: E402
from officer_desk.ui.export_dialog import ExportDialog  # noqa: E402
from officer_desk.ui.tasks import wait_for_tasks  # noqa: E402
from officer_desk.ui.views.access_log import AccessLogView  # noqa: E402
from officer_desk.ui.views.privacy import PrivacyView  # noqa: E402


def pump(ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        wait_for_tasks(50)
        QApplication.processEvents()
        time.sleep(0.005)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=ROOT / "screenshots")
    ap.add_argument("--lang", nargs="+", default=["en", "nl"])
    ap.add_argument("--size", default="1000x760")
    args = ap.parse_args()
    w, h = (int(x) for x in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        vault = Path(tmp) / "vault"
        create_demo_vault(vault, students=400, seed=3, today=dt.date.today())
        session = unlock(vault, DEMO_PASSPHRASE)
        session.desk.set_settings(backup_dir=str(Path(tmp) / "backups"), retention_years="1")
        for i in range(3):
            backups.backup_now(session, now=dt.datetime.now() - dt.timedelta(days=3 - i))
        for lang in args.lang:
            i18n.install(lang)
            ctx = UiContext(session, lang)
            for cls, name in ((AccessLogView, "access_log"), (PrivacyView, "privacy")):
                view = cls(ctx)
                view.resize(w, h)
                view.show()
                pump(400)
                path = args.out / f"privacy_{name}_{lang}.png"
                view.grab().save(str(path))
                print(path)
                view.close()
                view.deleteLater()
            dialog = ExportDialog(ctx, 5)
            dialog.show()
            pump(200)
            path = args.out / f"privacy_export_dialog_{lang}.png"
            dialog.grab().save(str(path))
            print(path)
            dialog.close()
            ctx.detach()
        session.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
