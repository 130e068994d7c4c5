"""Work the app does by itself while a vault is open, always off the GUI thread:

- right after unlocking, the full page check of the database (SQLCipher's page HMACs and
  SQLite's quick check) — the window is usable at once and a damaged vault is reported as
  soon as the check ends;
- automatic verified backups: when one is due at unlock, then daily while the app runs, and
  once more when the app quits.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer, Signal

from officer_desk.ui.tasks import WAIT, job_board, run_job, run_task

if TYPE_CHECKING:  # loaded with the first unlock, not at start-up
    from officer_desk.services.backups import BackupInfo
    from officer_desk.services.session import Session

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 30 * 60 * 1000


class BackgroundDuties(QObject):
    #: The page check found damage (problems are page numbers, never content).
    damaged = Signal()
    #: A backup was made (its generation name) or failed (a translated message).
    backup_done = Signal(str)
    backup_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.backup_if_due)
        self._backup_running = False
        self.last_check_ok: bool | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self, session: Session) -> None:
        self.session = session
        self.last_check_ok = None
        vault = session.vault
        # Self-contained (its own connection and a copy of the key): a lock need not wait
        # for it, and drops its result.
        run_task(vault.check_job(full=False), self._checked, self._check_failed)
        if not vault.read_only:
            self._timer.start()
            QTimer.singleShot(5_000, self.backup_if_due)

    def stop(self) -> None:
        self._timer.stop()
        self.session = None

    # -- the page check ----------------------------------------------------------------------

    def _checked(self, report: object) -> None:
        ok = bool(getattr(report, "ok", False))
        self.last_check_ok = ok
        if not ok and self.session is not None and not self.session.vault.read_only:
            log.error("the background page check found damage")
            self.damaged.emit()

    def _check_failed(self, exc: BaseException) -> None:
        # A lock during the check closes the vault under it: that is not damage.
        if self.session is None or self.session.vault.closed:
            return
        self.last_check_ok = False
        log.error("the background page check failed: %s", type(exc).__name__)
        self.damaged.emit()

    # -- backups -----------------------------------------------------------------------------

    def _folder(self) -> Path:
        from officer_desk.services import backups

        assert self.session is not None
        return backups.backup_folder(self.session.desk, self.session.vault.dir)

    def backup_if_due(self) -> None:
        from officer_desk.services import backups

        session = self.session
        if session is None or session.vault.read_only or self._backup_running:
            return
        folder = self._folder()
        last = backups.last_backup_time(folder, session.vault.db_uuid)
        import datetime as dt  # not needed before the first unlock (start-up time)

        if backups.due_for_backup(last, dt.datetime.now()):
            self.backup_now()

    def backup_now(self) -> None:
        from officer_desk.services import backups

        session = self.session
        if session is None or session.vault.read_only or self._backup_running:
            return
        folder, keep = self._folder(), backups.backup_keep(session.desk)
        version = session.store.schema_version()
        vault = session.vault
        self._backup_running = True

        def work(_cancel: object) -> BackupInfo:
            # The online backup reads on a connection of its own and needs the key: a lock
            # waits for it to end before the key is wiped.
            return backups.make_backup(vault, folder, keep=keep, schema_version=version)

        run_job(
            work,
            self._backed_up,
            self._backup_error,
            name="backup",
            on_lock=WAIT,
            pauses_autolock=True,
        )

    def _backed_up(self, info: object) -> None:
        from officer_desk.services import backups

        self._backup_running = False
        assert isinstance(info, backups.BackupInfo)
        QSettings().setValue("backup/folder", str(info.path.parent))
        session = self.session

        def record() -> None:
            if self.session is session and session is not None and not session.vault.closed:
                backups.record_backup(session.desk, info)

        # The access-log entry waits for a running import or erasure to commit first.
        job_board().after_writes(record)
        self.backup_done.emit(info.name)

    def _backup_error(self, exc: BaseException) -> None:
        self._backup_running = False
        log.error("automatic backup failed: %s", type(exc).__name__)
        self.backup_failed.emit(exc)

    def backup_before_quit(self, timeout_ms: int = 120_000) -> None:
        """A last backup when the app quits (waits, with the event loop running)."""
        if self.session is None or self.session.vault.read_only:
            return
        loop = QEventLoop()
        self.backup_done.connect(loop.quit)
        self.backup_failed.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        if self._backup_running:
            loop.exec()
        self.backup_now()
        if self._backup_running:
            loop.exec()
        self.backup_done.disconnect(loop.quit)
        self.backup_failed.disconnect(loop.quit)
