"""The access screen: the stack of pages shown while no vault is open, and the work behind
them (unlocking, recovery, creating, the demo vault, a damaged vault). Key derivation and
vault creation run in a worker thread (``services/session.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets  # dialogs looked up when used: not before the first paint
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from officer_desk.errors import OfficerDeskError, VaultNotFound, WrongRecoveryKey
from officer_desk.services.files import vault_exists
from officer_desk.ui.messages import error_message
from officer_desk.ui.tasks import run_task
from officer_desk.ui.unlock.pages import PreparingPage, RecoveryPage, UnlockPage, WelcomePage

# The services, cryptography and SQLCipher load in the worker that derives the key (or in
# the background right after the window shows), not before the first window appears.
if TYPE_CHECKING:
    from officer_desk.services.session import Session, UnlockedKey
    from officer_desk.ui.unlock.create import CreatePage
    from officer_desk.ui.unlock.rotation import RotationPage


class AccessScreen(QStackedWidget):
    """Everything before a session is open. Emits ``unlocked(Session)``."""

    unlocked = Signal(object)
    vault_changed = Signal(object)  # Path
    #: The user chose a verified backup to put in place of a damaged vault (its path).
    restore_requested = Signal(str)

    def __init__(
        self,
        vault_dir: Path,
        *,
        lang: str = "en",
        demo_passphrase: str | None = None,
        demo_factory: Callable[[Path, str], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.demo_passphrase = demo_passphrase
        self._demo_factory = demo_factory
        self._damaged_key: UnlockedKey | None = None
        self._lang = lang
        self.unlock_page = UnlockPage(self)
        self.addWidget(self.unlock_page)
        # Built when first needed (start-up time): see welcome_page, preparing_page,
        # recovery_page, create_page and rotation_page.
        self._welcome_page: WelcomePage | None = None
        self._preparing_page: PreparingPage | None = None
        self._recovery_page: RecoveryPage | None = None
        self._create_page: CreatePage | None = None
        self._rotation_page: RotationPage | None = None
        self._created_session: Session | None = None
        self._rotated_key: UnlockedKey | None = None

        self.unlock_page.submitted.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(self._show_recovery)
        self.unlock_page.other_vault_requested.connect(self._choose_vault)
        self.unlock_page.read_only_requested.connect(self._open_read_only)
        self.unlock_page.restore_requested.connect(self._choose_backup)
        self.show_start()

    @property
    def welcome_page(self) -> WelcomePage:
        """No vault here yet (built the first time it is needed)."""
        if self._welcome_page is None:
            page = WelcomePage(self)
            self.addWidget(page)
            page.create_requested.connect(self._show_create)
            page.other_vault_requested.connect(self._choose_vault)
            self._welcome_page = page
        return self._welcome_page

    @property
    def preparing_page(self) -> PreparingPage:
        """The demo vault being made (built the first time it is needed)."""
        if self._preparing_page is None:
            self._preparing_page = PreparingPage(self)
            self.addWidget(self._preparing_page)
        return self._preparing_page

    @property
    def recovery_page(self) -> RecoveryPage:
        """Unlock with the recovery key (built the first time it is needed)."""
        if self._recovery_page is None:
            page = RecoveryPage(self)
            self.addWidget(page)
            page.submitted.connect(self._recover)
            page.back_requested.connect(self.show_start)
            self._recovery_page = page
        return self._recovery_page

    @property
    def create_page(self) -> CreatePage:
        """The create-vault steps (built the first time they are needed)."""
        if self._create_page is None:
            from officer_desk.ui.unlock.create import CreatePage

            page = CreatePage(self._lang, self)
            self.addWidget(page)
            page.create_requested.connect(self._create)
            page.finished.connect(self._creation_confirmed)
            page.back_requested.connect(self.show_start)
            self._create_page = page
        return self._create_page

    @property
    def rotation_page(self) -> RotationPage:
        """The vault-key change and its new recovery key (built the first time it is needed)."""
        if self._rotation_page is None:
            from officer_desk.ui.unlock.rotation import RotationPage

            page = RotationPage(self)
            self.addWidget(page)
            page.finished.connect(self._rotation_confirmed)
            self._rotation_page = page
        return self._rotation_page

    # -- navigation ---------------------------------------------------------------------------

    def show_start(self) -> None:
        """The unlock page if a vault exists here, else the welcome page (or the demo)."""
        self._forget_damaged()
        if self._demo_factory is not None and not vault_exists(self.vault_dir):
            self._prepare_demo()
            return
        if vault_exists(self.vault_dir):
            self.unlock_page.set_vault(self.vault_dir, self.demo_passphrase)
            self.unlock_page.reset()
            if self.demo_passphrase:
                self.unlock_page.passphrase.setText(self.demo_passphrase)
            self.setCurrentWidget(self.unlock_page)
            self.unlock_page.passphrase.setFocus()
        else:
            self.welcome_page.set_vault(self.vault_dir)
            self.setCurrentWidget(self.welcome_page)
            self.welcome_page.create_button.setFocus()

    def _show_recovery(self) -> None:
        self._forget_damaged()
        self.recovery_page.reset()
        self.setCurrentWidget(self.recovery_page)
        self.recovery_page.recovery_key.setFocus()

    def _show_create(self) -> None:
        self.create_page.reset()
        self.setCurrentWidget(self.create_page)
        self.create_page.fields.first.setFocus()

    def _choose_vault(self) -> None:
        chosen = QtWidgets.QFileDialog.getExistingDirectory(
            self, self.tr("Choose the vault folder"), str(self.vault_dir.parent)
        )
        if chosen:
            self.set_vault_dir(Path(chosen))

    def set_vault_dir(self, vault_dir: Path) -> None:
        self.vault_dir = Path(vault_dir)
        self.demo_passphrase = None
        self._demo_factory = None
        self.vault_changed.emit(self.vault_dir)
        self.show_start()

    def _forget_damaged(self) -> None:
        if self._damaged_key is not None:
            self._damaged_key.wipe()
            self._damaged_key = None

    # -- demo -------------------------------------------------------------------------------

    def _prepare_demo(self) -> None:
        assert self._demo_factory is not None and self.demo_passphrase
        factory, vault_dir, passphrase = self._demo_factory, self.vault_dir, self.demo_passphrase
        self._demo_factory = None
        self.preparing_page.error.hide()
        self.preparing_page.busy.show()
        self.setCurrentWidget(self.preparing_page)
        run_task(lambda: factory(vault_dir, passphrase), self._demo_ready, self._demo_failed)

    def _demo_ready(self, _recovery_key: object) -> None:
        self.show_start()

    def _demo_failed(self, exc: BaseException) -> None:
        self.preparing_page.busy.hide()
        self.preparing_page.error.setText(error_message(exc))
        self.preparing_page.error.show()

    # -- unlock -------------------------------------------------------------------------------

    def _unlock(self, passphrase: str) -> None:
        self._forget_damaged()
        self.unlock_page.set_busy(True, self.tr("Checking the passphrase…"))
        vault_dir = self.vault_dir

        def work() -> object:
            from officer_desk.services.session import unlock_with_passphrase

            return unlock_with_passphrase(vault_dir, passphrase)

        run_task(work, self._opened, self._unlock_failed)

    def _opened(self, result: object) -> None:
        self.unlock_page.set_busy(False)
        if self._recovery_page is not None:
            self._recovery_page.set_busy(False)
        from officer_desk.services.session import Damaged, Session

        if isinstance(result, Damaged):
            self.show_damaged(result.key)
            return
        assert isinstance(result, Session)
        self.unlock_page.passphrase.clear()
        if self._recovery_page is not None:
            self._recovery_page.reset()
        self.unlocked.emit(result)

    def show_damaged(self, key: UnlockedKey) -> None:
        """Say plainly that the database is damaged; offer read-only with ``key``."""
        self._forget_damaged()
        self._damaged_key = key
        if self.currentWidget() is not self.unlock_page:
            self.unlock_page.set_vault(self.vault_dir, self.demo_passphrase)
            self.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.clear()
        self.unlock_page.show_error(
            self.tr(
                "The vault is damaged, so it cannot be opened for work. You can "
                "open it read-only to look things up. To continue working, restore the "
                "latest verified backup: the damaged vault is kept aside, not overwritten."
            ),
            read_only=True,
        )

    def _choose_backup(self) -> None:
        """Offer the newest verified backup of this vault (from the folder backups were last
        made to, or beside the vault); let the user pick a folder when none is found."""
        from officer_desk.services import backups

        db_uuid = self._damaged_key.db_uuid if self._damaged_key is not None else None
        folders = [backups.default_backup_dir(self.vault_dir)]
        remembered = QSettings().value("backup/folder", "", str)
        if remembered:
            folders.insert(0, Path(str(remembered)))
        found = None
        for folder in folders:
            if folder.is_dir():
                found = backups.latest_verified_backup(folder, db_uuid)
                if found is not None:
                    break
        if found is None:
            chosen = QtWidgets.QFileDialog.getExistingDirectory(
                self, self.tr("Choose the backup folder or one backup in it")
            )
            if not chosen:
                return
            path = Path(chosen)
            found = backups.latest_verified_backup(path, db_uuid)
            if found is None:
                try:
                    found = backups.inspect_backup(path)
                except OfficerDeskError as exc:
                    self.unlock_page.show_error(error_message(exc), read_only=True)
                    return
                if not found.verified:
                    self.unlock_page.show_error(
                        self.tr("No verified backup of this vault was found there."),
                        read_only=True,
                    )
                    return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Restore the backup made on {when}? The damaged vault is kept beside it, not "
                "deleted. Work done after that backup is not in it."
            ).format(when=found.created_at.strftime("%Y-%m-%d %H:%M") if found.created_at else "?"),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,  # the safe answer is the default
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self._forget_damaged()
            self.restore_requested.emit(str(found.path))

    def _unlock_failed(self, exc: BaseException) -> None:
        self.unlock_page.set_busy(False)
        page = self.unlock_page
        page.passphrase.selectAll()
        page.passphrase.setFocus()
        if isinstance(exc, VaultNotFound) and not vault_exists(self.vault_dir):
            self.show_start()
            return
        page.show_error(error_message(exc))

    def _open_read_only(self) -> None:
        key, self._damaged_key = self._damaged_key, None
        if key is None:
            return
        self.unlock_page.set_busy(True, self.tr("Opening read-only…"))
        from officer_desk.services.session import open_key

        run_task(lambda: open_key(key, read_only=True), self._opened, self._unlock_failed)

    # -- recovery -----------------------------------------------------------------------------

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        self.recovery_page.set_busy(True)
        vault_dir = self.vault_dir

        def work() -> object:
            from officer_desk.services.session import unlock_with_recovery

            return unlock_with_recovery(vault_dir, recovery_key, new_passphrase)

        run_task(work, self._opened, self._recover_failed)

    def _recover_failed(self, exc: BaseException) -> None:
        self.recovery_page.set_busy(False)
        self.recovery_page.show_error(error_message(exc))
        if isinstance(exc, WrongRecoveryKey):
            self.recovery_page.recovery_key.selectAll()
            self.recovery_page.recovery_key.setFocus()

    # -- create -------------------------------------------------------------------------------

    def _create(self, passphrase: str, officer_name: str, faculty: str) -> None:
        self.create_page.set_busy(True)
        vault_dir = self.vault_dir
        from officer_desk.services import session as sessions

        run_task(
            lambda: sessions.create(
                vault_dir, passphrase, officer_name=officer_name, faculty=faculty
            ),
            self._created,
            self._create_failed,
        )

    def _created(self, result: tuple[Session, str]) -> None:
        session, recovery_key = result
        self._created_session = session
        self.create_page.set_busy(False)
        self.create_page.show_recovery_key(recovery_key)
        self.vault_changed.emit(self.vault_dir)

    def _create_failed(self, exc: BaseException) -> None:
        self.create_page.set_busy(False)
        self.create_page.show_error(error_message(exc))

    def _creation_confirmed(self) -> None:
        session, self._created_session = self._created_session, None
        if session is not None:
            self.unlocked.emit(session)

    # -- changing the vault key ---------------------------------------------------------------

    def rotate_key(self, passphrase: str) -> None:
        """Re-encrypt the (closed) vault with a new key in a worker, then show the new
        recovery key; work goes on when the officer has stored it."""
        self._forget_damaged()
        page = self.rotation_page
        page.show_progress()
        self.setCurrentWidget(page)
        vault_dir = self.vault_dir

        def work() -> object:
            from officer_desk.services.session import rotate_key

            return rotate_key(vault_dir, passphrase)

        run_task(work, self._rotated, self._rotation_failed)

    def _rotated(self, result: tuple[UnlockedKey, str]) -> None:
        key, recovery_key = result
        self._forget_rotated()
        self._rotated_key = key
        self.rotation_page.show_recovery_key(recovery_key)

    def _rotation_failed(self, exc: BaseException) -> None:
        self.show_start()
        self.unlock_page.show_error(
            self.tr("The vault key was not changed.") + " " + error_message(exc)
        )

    def _rotation_confirmed(self) -> None:
        key, self._rotated_key = self._rotated_key, None
        if key is None:
            return
        self.rotation_page.set_busy(True)

        def work() -> object:
            from officer_desk.services.session import open_after_rotation

            return open_after_rotation(key, log_unlock=True)

        run_task(work, self._opened, self._rotation_open_failed)

    def _rotation_open_failed(self, exc: BaseException) -> None:
        """The key changed, but the vault could not be opened or the change not logged."""
        self.show_start()
        self.unlock_page.show_error(
            self.tr("The vault key was changed, but the vault could not be opened with it.")
            + " "
            + error_message(exc)
        )

    def _forget_rotated(self) -> None:
        if self._rotated_key is not None:
            self._rotated_key.wipe()
            self._rotated_key = None

    def discard(self) -> None:
        """Drop anything held (called on quit)."""
        self._forget_damaged()
        self._forget_rotated()
        if self._rotation_page is not None:
            self._rotation_page.panel.clear()
        if self._create_page is not None:
            self._create_page.recovery_panel.clear()
        if self._created_session is not None:
            self._created_session.close()
            self._created_session = None
