"""The main window: the unlock screen while locked; a sidebar and the views while unlocked.

The views are listed in ``view_classes()``; each is a ``BaseView`` (``ui/views/common.py``)
with the hooks the window uses (``view_id``, ``title()``, refresh on change). Locking saves
drafts of open dialogs, deletes every view and dialog, detaches the context, closes the
session and shows the unlock screen again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# QtCore.Qt and QtWidgets' rarer classes are looked up where used: PySide6 builds a class (and
# its enums) on first access, and only what the unlock screen needs is built before its first
# paint (ui/startup.py).
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QSettings, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk import __version__
from officer_desk.errors import OfficerDeskError
from officer_desk.ui import i18n, startup, style
from officer_desk.ui.context import UiContext
from officer_desk.ui.lock import LOCK_KEYS, LockController, ScreenLockListener
from officer_desk.ui.messages import error_message
from officer_desk.ui.tasks import job_board, run_task
from officer_desk.ui.unlock import AccessScreen, preload

if TYPE_CHECKING:  # the services load with the first unlock, not at start-up
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QDialog

    from officer_desk.services.session import Session
    from officer_desk.ui.views.common import BaseView
    from officer_desk.ui.views.student_page import StudentPageView

log = logging.getLogger(__name__)

#: The services, cryptography and SQLCipher load on a worker this long after the window is
#: built: after the unlock screen's first paint (a loading thread holding the interpreter
#: lock would slow that paint down), long before a passphrase is typed.
PRELOAD_DELAY_MS = 300


def view_classes() -> list[type[BaseView]]:
    """The sidebar's views, in order. Imported with the first unlock, not at start-up (they
    load the services)."""
    from officer_desk.ui.views.access_log import AccessLogView
    from officer_desk.ui.views.follow_ups import FollowUpsView
    from officer_desk.ui.views.outreach import OutreachView
    from officer_desk.ui.views.privacy import PrivacyView
    from officer_desk.ui.views.reports import ReportsView
    from officer_desk.ui.views.settings import SettingsView
    from officer_desk.ui.views.students import StudentsView
    from officer_desk.ui.views.today import TodayView

    return [
        TodayView,
        StudentsView,
        FollowUpsView,
        OutreachView,
        ReportsView,
        AccessLogView,
        PrivacyView,
        SettingsView,
    ]


def available_views() -> list[tuple[str, type[BaseView]]]:
    """(view id, class) of the sidebar's views, in order."""
    return [(cls.view_id, cls) for cls in view_classes()]


def _dismiss(window: QWidget) -> None:
    """Close a window at once: a dialog through the base ``QDialog.done`` (its ``exec()``
    returns "rejected"; no override gets to ask a question), anything else hidden."""
    if isinstance(window, QtWidgets.QDialog):
        QtWidgets.QDialog.done(window, QtWidgets.QDialog.DialogCode.Rejected)
    window.hide()


def _icon(view_id: str) -> QIcon:
    from officer_desk.ui import icons

    return icons.icon(view_id if view_id in icons.NAMES else "info")


class MainWindow(QMainWindow):
    #: The unlock screen is on screen and the deferred start-up work is done.
    started = Signal()

    def __init__(
        self,
        vault_dir: Path,
        *,
        language: str = "",
        language_forced: bool = False,
        demo_passphrase: str | None = None,
        demo_factory: Any = None,
        screen_lock_listener: ScreenLockListener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session: Session | None = None
        self.ctx: UiContext | None = None
        self.views: dict[str, BaseView] = {}
        self.student_page: StudentPageView | None = None
        self.dialogs: list[QDialog] = []
        self._language_pref = language
        self._language_forced = language_forced
        self._vault_language = ""
        self.lang = i18n.effective_language(language)
        self.vault_dir = Path(vault_dir)
        self.access = AccessScreen(
            self.vault_dir,
            lang=self.lang,
            demo_passphrase=demo_passphrase,
            demo_factory=demo_factory,
        )
        self.access.unlocked.connect(self.on_unlocked)
        self.access.restore_requested.connect(self.restore_backup)
        # Load the services, cryptography and SQLCipher while the user types the passphrase.
        QTimer.singleShot(
            PRELOAD_DELAY_MS, lambda: run_task(preload, self._preloaded, self._preloaded)
        )
        self.access.vault_changed.connect(self._vault_changed)

        self.root = QStackedWidget(self)
        self.root.addWidget(self.access)
        self.setCentralWidget(self.root)
        # The sidebar, the views' stack and the message bar: see _build_workspace.
        self.workspace: QWidget | None = None
        # Also built then: self.duties (backups and checks) and self.reminder (follow-ups due).

        self.lock_controller = LockController(screen_lock_listener, self)
        self.lock_controller.lock_requested.connect(self.lock)
        #: True from a lock request until the vault is closed (running jobs end first).
        self.locking = False
        self._jobs = job_board()
        self._jobs.changed.connect(self._jobs_changed)
        self._jobs.idle.connect(self._jobs_idle)

        self.status_vault = QLabel(self)
        self.status_mode = QLabel(self)
        self.statusBar().addWidget(self.status_vault, 1)
        self.statusBar().addPermanentWidget(self.status_mode)

        self.status_drafts = QLabel(self)  # "1 unfinished consultation", a link to Today
        self.status_drafts.setObjectName("statusDrafts")
        self.status_drafts.linkActivated.connect(lambda _link: self.show_view("today"))
        self.status_drafts.hide()
        self.statusBar().removeWidget(self.status_mode)  # the count goes left of the mode
        self.statusBar().addPermanentWidget(self.status_drafts)
        self.statusBar().addPermanentWidget(self.status_mode)
        self.status_mode.show()

        self._create_actions()
        self._retranslate()
        self._set_unlocked_ui(False)
        self.resize(1180, 760)
        geometry = QSettings().value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # -- actions and menus --------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.act_log = QAction(self)
        # On a student's page: that student (as the page's own button); elsewhere nobody.
        self.act_log.triggered.connect(
            lambda: self.open_consultation_dialog(self.student_in_context())
        )
        self.act_find = QAction(self)
        self.act_find.triggered.connect(self.focus_search)
        self.act_import = QAction(self)
        self.act_import.triggered.connect(self.open_import_wizard)
        self.act_templates = QAction(self)
        self.act_templates.triggered.connect(self.open_templates_dialog)
        self.dialog_actions: dict[str, QAction] = {
            "import": self.act_import,
            "templates": self.act_templates,
        }
        self.act_lock = QAction(self)
        self.act_lock.triggered.connect(self.lock_controller.lock_now)
        self.act_quit = QAction(self)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_quit.triggered.connect(self.close)
        self.act_guide = QAction(self)
        self.act_guide.triggered.connect(lambda: self.open_guide())
        self.act_about = QAction(self)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_about.triggered.connect(self._about)
        self.act_about_qt = QAction(self)
        self.act_about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.act_about_qt.triggered.connect(QApplication.aboutQt)
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self.view_actions: dict[str, QAction] = {}
        for act in (self.act_log, self.act_find, self.act_lock, self.act_quit, self.act_guide):
            self.addAction(act)
        self._started = False  # see _after_first_paint
        self._actions_finished = False

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Officer Desk"))
        self.act_log.setText(self.tr("&Log consultation…"))
        self.act_log.setStatusTip(self.tr("Record a consultation (Ctrl+N)"))
        self.act_find.setText(self.tr("Find a student"))
        self.act_find.setStatusTip(self.tr("Search names, student numbers and notes (Ctrl+F)"))
        self.act_lock.setText(self.tr("Loc&k"))
        self.act_lock.setStatusTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_about.setText(self.tr("&About Officer Desk"))
        self.act_about_qt.setText(self.tr("About &Qt"))
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_log)
        self.act_import.setText(self.tr("&Import students and consultations…"))
        self.act_templates.setText(self.tr("Note &templates…"))
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_templates)
        file_menu.addSeparator()
        file_menu.addAction(self.act_lock)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.view_menu = bar.addMenu(self.tr("&View"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self.act_guide.setText(self.tr("&User guide"))
        self.act_guide.setStatusTip(self.tr("How to use Officer Desk (F1)"))
        help_menu.addAction(self.act_guide)
        help_menu.addSeparator()
        help_menu.addAction(self.act_about)
        help_menu.addAction(self.act_about_qt)
        self._name_workspace()
        self.status_vault.setAccessibleName(self.tr("Vault"))
        self.status_mode.setAccessibleName(self.tr("Vault state"))
        self._fill_view_menu()
        self._update_status()

    def _fill_view_menu(self) -> None:
        self.view_menu.clear()
        for i, (view_id, widget) in enumerate(self.views.items()):
            act = self.view_actions.get(view_id)
            if act is None:
                act = QAction(_icon(view_id), "", self)
                act.setCheckable(True)
                act.triggered.connect(lambda _checked=False, v=view_id: self.show_view(v))
                self.view_group.addAction(act)
                self.view_actions[view_id] = act
                self.addAction(act)
            act.setText(self._view_title(widget))
            if i < 9:
                act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            self.view_menu.addAction(act)
        if not self.views:
            placeholder = self.view_menu.addAction(self.tr("Unlock the vault to see your views"))
            placeholder.setEnabled(False)

    # -- unlock / lock ------------------------------------------------------------------------

    def on_unlocked(self, session: Session) -> None:
        if self.session is not None:  # should not happen; never hold two sessions
            session.close()
            return
        self._after_first_paint()  # a window unlocked before it was ever painted (tests)
        self.session = session
        self.vault_dir = session.vault.dir
        pref = session.desk.setting("language")
        self._vault_language = pref
        if pref and pref != self._language_pref and not self._language_forced:
            self._apply_language(pref, rebuild=False)
        self.ctx = UiContext(session, self.lang, self)
        self.ctx.reported.connect(self._report)
        self.ctx.open_student_requested.connect(self.open_student)
        self.ctx.log_consultation_requested.connect(
            lambda sid: self.open_consultation_dialog(sid or None)
        )
        self.ctx.show_view_requested.connect(self.show_view)
        self.ctx.open_consultation_requested.connect(self.open_consultation)
        self.ctx.notice_requested.connect(self._show_notice)
        self.ctx.changed.connect(self._data_changed)
        style.install_house_style()  # at the latest now (normally after the preload)
        self._build_views()
        self._finish_actions()
        self._set_unlocked_ui(True)
        assert self.workspace is not None  # built by _after_first_paint
        self.root.setCurrentWidget(self.workspace)
        self.show_view(next(iter(self.views), ""))
        self.lock_controller.arm(self._autolock_minutes())
        self._update_drafts()
        self.reminder.start(session.desk)
        self.duties.start(session)
        if getattr(session.vault.key, "needs_new_recovery_key", False):
            QTimer.singleShot(0, self._warn_no_recovery_key)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._after_first_paint)

    def _build_workspace(self) -> None:
        """What only an unlocked vault needs, built right after the first paint (nothing of it
        shows on the unlock screen): the window's frame (sidebar, views' stack, message bar),
        the background duties and the follow-up reminder."""
        from officer_desk.ui.duties import BackgroundDuties
        from officer_desk.ui.message_bar import MessageBar
        from officer_desk.ui.reminders import FollowUpReminder

        self.duties = BackgroundDuties(self)
        self.duties.damaged.connect(self._background_check_failed)
        self.duties.backup_done.connect(
            lambda _name: self.statusBar().showMessage(self.tr("Backup made and verified."), 8000)
        )
        self.duties.backup_failed.connect(
            lambda exc: self.statusBar().showMessage(
                self.tr("The automatic backup failed: {reason}").format(reason=error_message(exc)),
                30000,
            )
        )
        self.reminder = FollowUpReminder(self, self)
        self.reminder.due.connect(self._follow_ups_due)
        self.workspace = QWidget()
        self.sidebar = QtWidgets.QListWidget(self.workspace)
        self.sidebar.setIconSize(QSize(style.SIDEBAR_ICON, style.SIDEBAR_ICON))
        self.sidebar.setSpacing(2)
        self.sidebar.setFrameShape(QtWidgets.QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet(
            "QListWidget { background: palette(alternate-base); padding: 6px; }"
            "QListWidget::item { padding: 6px 8px; }"
        )
        self.stack = QStackedWidget(self.workspace)
        ws = QHBoxLayout(self.workspace)
        ws.setContentsMargins(0, 0, 0, 0)
        ws.setSpacing(0)
        ws.addWidget(self.sidebar)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        self.message_bar = MessageBar(self, self.workspace)  # cleared on lock (names)
        self.message_bar.open_requested.connect(self.open_consultation)
        column.addWidget(self.message_bar)
        ws.addLayout(column, 1)
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        # A click or Enter on Students puts the cursor in its search; arrow keys stay here.
        self.sidebar.itemClicked.connect(lambda _item: self._focus_view())
        self.sidebar.itemActivated.connect(lambda _item: self._focus_view())
        self.root.addWidget(self.workspace)
        self._name_workspace()

    def _name_workspace(self) -> None:
        if self.workspace is not None:
            self.message_bar.retranslate()
            self.sidebar.setAccessibleName(self.tr("Navigation"))
            self.stack.setAccessibleName(self.tr("Current view"))

    def _after_first_paint(self) -> None:
        """What waits until the unlock screen is on screen (ui/startup.py): the Qt enums, the
        focus ring, the unlocked window's frame and the keyboard shortcuts (setting one builds
        the enums). At the latest with the first unlock (a window that was never painted)."""
        if self._started:
            return
        self._started = True
        startup.warm_up()
        from officer_desk.ui.keyboard import install_focus_ring

        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_focus_ring(app)  # the keyboard focus is always visible
        self._build_workspace()
        keys = QKeySequence.StandardKey
        for act, key in (
            (self.act_log, keys.New),
            (self.act_find, keys.Find),
            (self.act_quit, keys.Quit),
            (self.act_guide, keys.HelpContents),
        ):
            act.setShortcuts(key)  # every key the platform has for it
        self.act_lock.setShortcut(LOCK_KEYS)
        # These work in every window of the app (dialogs, the guide), not only this one.
        for act in (self.act_log, self.act_lock, self.act_guide):
            act.setShortcutContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)
        self.started.emit()

    def _finish_actions(self) -> None:
        """The menus' icons, set with the first unlock: the icon set is not loaded before
        anything shows it (start-up time)."""
        if self._actions_finished:
            return
        from officer_desk.ui import icons

        for act, name in (
            (self.act_log, "log_consultation"),
            (self.act_find, "search"),
            (self.act_import, "import"),
            (self.act_templates, "note"),
            (self.act_lock, "lock"),
            (self.act_guide, "guide"),
            (self.act_about, "info"),
        ):
            act.setIcon(icons.icon(name))
        self._actions_finished = True

    def _autolock_minutes(self) -> float:
        if self.session is None:
            return 5.0
        try:
            return float(int(self.session.desk.setting("autolock_minutes")))
        except (ValueError, OfficerDeskError):
            return 5.0

    def _build_views(self) -> None:
        assert self.ctx is not None
        from officer_desk.ui.views.privacy import PrivacyView
        from officer_desk.ui.views.settings import SettingsView

        self.sidebar.blockSignals(True)
        for cls in view_classes():
            view_id = cls.view_id
            try:
                # Built without a parent: if the constructor fails, nothing half-built
                # stays behind in the stack (it would outlive a lock).
                widget = cls(self.ctx, None)
            except OfficerDeskError as exc:  # e.g. a damaged vault opened read-only
                log.error("view %s failed to build: %s", view_id, type(exc).__name__)
                continue
            widget.setObjectName(f"view_{view_id}")
            if isinstance(widget, PrivacyView):
                widget.restore_requested.connect(self.restore_backup)
            if isinstance(widget, SettingsView):
                widget.rotate_key_requested.connect(self.rotate_key)
            self.views[view_id] = widget
            self.stack.addWidget(widget)
            item = QtWidgets.QListWidgetItem(_icon(view_id), self._view_title(widget))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, view_id)
            item.setToolTip(self._view_title(widget))
            self.sidebar.addItem(item)
        self.sidebar.blockSignals(False)
        self.sidebar.setFixedWidth(max(180, self.sidebar.sizeHintForColumn(0) + 36))
        self._fill_view_menu()

    @staticmethod
    def _view_title(widget: BaseView) -> str:
        return widget.title()

    def _clear_views(self) -> None:
        self.message_bar.clear()  # it may name a student
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.sidebar.blockSignals(False)
        for widget in [*self.views.values(), self.student_page]:
            if widget is None:
                continue
            # Pending refresh timers must not fire into a closed session before the
            # deferred delete runs.
            for timer in widget.findChildren(QTimer):
                timer.stop()
            self.stack.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.views.clear()
        self.student_page = None
        for act in self.view_actions.values():
            self.view_group.removeAction(act)
            self.removeAction(act)
            act.deleteLater()
        self.view_actions.clear()
        self._fill_view_menu()

    def _close_dialogs(self, *, keep_drafts: bool = True) -> None:
        """Close every window but this one, without asking anything (docs/SECURITY.md, L1).

        A consultation being typed is kept as a draft first. Then popups go, then every modal
        dialog, innermost first: closed with the base ``QDialog.done`` (a dialog's own
        ``reject()`` may ask a question, and a lock never waits for an answer), so each
        ``exec()`` running below this call returns "rejected" and its caller does nothing.
        Last, every other window, whoever its parent, is hidden."""
        from officer_desk.ui.views.consultation_dialog import ConsultationDialog

        def others() -> list[QWidget]:
            return [
                w
                for w in QApplication.topLevelWidgets()
                if w is not self and not isinstance(w, MainWindow)
            ]

        if keep_drafts:
            consultations = [w for w in others() if isinstance(w, ConsultationDialog)]
            for dialog in dict.fromkeys([*self.dialogs, *consultations]):
                try:
                    if isinstance(dialog, ConsultationDialog):
                        dialog.save_draft()
                except OfficerDeskError as exc:
                    log.error("could not keep a draft: %s", type(exc).__name__)
        QtWidgets.QToolTip.hideText()
        for _ in range(20):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()
        for _ in range(50):
            modal = QApplication.activeModalWidget()
            if modal is None or modal is self or isinstance(modal, MainWindow):
                break
            _dismiss(modal)
        for dialog in list(self.dialogs):
            for timer in dialog.findChildren(QTimer):
                timer.stop()
            _dismiss(dialog)
            dialog.setParent(None)
            dialog.deleteLater()
        self.dialogs.clear()
        for widget in others():
            if widget.isVisible():
                _dismiss(widget)

    def lock(self) -> None:
        """Lock now: keep drafts, drop every widget with personal data, close the vault.

        Background jobs never see the vault closed under them: the jobs that may stop (an
        import, a purge, a report build) are asked to stop at their next safe point (they
        roll back), and the vault is closed and the key wiped only when every job has ended.
        Meanwhile the unlock screen shows, busy, with a message saying what it waits for."""
        if self.session is None or self.locking:
            return
        self.locking = True
        self._jobs.cancel_all()
        self.lock_controller.disarm()
        self.reminder.stop()
        self.duties.stop()
        # Hide the workspace first: removing pages from a visible stack would show (and so
        # refresh) the next page while the session is closing.
        self.root.setCurrentWidget(self.access)
        self._close_dialogs(keep_drafts=True)
        self._clear_views()
        if self.ctx is not None:
            self.ctx.detach()
            self.ctx.deleteLater()
            self.ctx = None
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None and clipboard.ownsClipboard():
            clipboard.clear()
        self.status_drafts.hide()
        running = self._jobs.running()
        if running:
            # The vault stays open (nothing is shown) until the last job has ended. Job names
            # are fixed labels given in the code ("import", "backup"), never personal data.
            log.info("lock waits for: %s", ", ".join(job.name for job in running))
            text = self.tr("Locking: finishing %n background task(s) first…", "", len(running))
            self.act_lock.setEnabled(False)
            self.act_log.setEnabled(False)
            for act in self.dialog_actions.values():
                act.setEnabled(False)
            self.view_menu.setEnabled(False)
            self._update_status()
            self.access.show_start()
            # The unlock screen says what the lock waits for; the status bar says "Locking…".
            self.access.unlock_page.set_busy(True, text)
            self.statusBar().clearMessage()
            return
        self._close_session()

    def _jobs_idle(self) -> None:
        if self.locking and self.session is not None:
            self.access.unlock_page.set_busy(False)
            self._close_session()

    def _jobs_changed(self) -> None:
        # Long write jobs hold the idle lock back; Ctrl+L and the screen lock still lock.
        self.lock_controller.set_paused(self._jobs.pausing_autolock())

    def _close_session(self) -> None:
        from officer_desk.services.desk import DB_ERRORS  # loaded with the first unlock

        session, self.session = self.session, None
        try:
            if session is not None:
                session.close()
        except (OfficerDeskError, OSError, *DB_ERRORS) as exc:  # type: ignore[misc]
            log.error("closing the session failed: %s", type(exc).__name__)
        self.locking = False
        self._update_drafts()
        self._set_unlocked_ui(False)
        self.access.show_start()
        self.root.setCurrentWidget(self.access)
        # The status bar's state label says "Locked": no second message saying the same.
        self.statusBar().clearMessage()

    def wait_until_locked(self, timeout_ms: int = 0) -> bool:
        """Run the event loop until a pending lock has closed the vault (quit, tests).
        ``timeout_ms`` 0 waits as long as the jobs run. True when locked."""
        if self.locking:
            loop = QtCore.QEventLoop()
            self._jobs.idle.connect(loop.quit)
            if timeout_ms:
                QTimer.singleShot(timeout_ms, loop.quit)
            while self.locking:
                loop.exec()
                if timeout_ms:
                    break
            self._jobs.idle.disconnect(loop.quit)
        return self.session is None

    @property
    def locked(self) -> bool:
        return self.session is None

    def _set_unlocked_ui(self, unlocked: bool) -> None:
        self.act_log.setEnabled(
            unlocked and not (self.session is not None and self.session.vault.read_only)
        )
        self.act_lock.setEnabled(unlocked)
        writable = unlocked and not (self.session is not None and self.session.vault.read_only)
        for act in self.dialog_actions.values():
            act.setEnabled(writable)
        self.view_menu.setEnabled(unlocked)
        if not unlocked:
            self.root.setCurrentWidget(self.access)
        self._update_status()

    def _update_status(self) -> None:
        self.status_vault.setText(self.tr("Vault: {path}").format(path=str(self.vault_dir)))
        if self.session is None:
            self.status_mode.setText(self.tr("Locked"))
        elif self.locking:
            self.status_mode.setText(self.tr("Locking…"))
        elif self.session.vault.read_only:
            self.status_mode.setText(self.tr("Read-only: the vault is damaged"))
        else:
            minutes = int(self._autolock_minutes())
            self.status_mode.setText(
                self.tr("Unlocked · locks after {minutes} min idle").format(minutes=minutes)
            )

    def _vault_changed(self, vault_dir: Path) -> None:
        self.vault_dir = Path(vault_dir)
        self._update_status()

    # -- navigation ---------------------------------------------------------------------------

    def show_view(self, view_id: str, *, focus: bool = True) -> None:
        widget = self.views.get(view_id)
        if widget is None:
            return
        self._set_page(widget)
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(QtCore.Qt.ItemDataRole.UserRole) == view_id:
                self.sidebar.blockSignals(True)
                self.sidebar.setCurrentRow(row)
                self.sidebar.blockSignals(False)
        act = self.view_actions.get(view_id)
        if act is not None:
            act.setChecked(True)
        if focus:
            self._focus_view()
        self.setWindowTitle(self.tr("{view} — Officer Desk").format(view=self._view_title(widget)))

    def _report(self, text: str, undo: Callable[[], object] | None = None) -> None:
        """What an action did (with Undo): one message at a time, so the status bar's goes."""
        self.statusBar().clearMessage()
        self.message_bar.show_message(text, undo)

    def _show_notice(self, text: str, student_id: int, consultation_id: int) -> None:
        """ "Saved for …" with Open record: one message at a time, as ``_report``."""
        self.statusBar().clearMessage()
        self.message_bar.show_notice(text, student_id, consultation_id)

    def _focus_view(self) -> None:
        """Switching to Students puts the cursor in its search box."""
        focus = getattr(self.stack.currentWidget(), "focus_search", None)
        if callable(focus):
            focus()

    def focus_search(self) -> None:
        """Ctrl+F: the Students search, from anywhere."""
        self.show_view("students")  # focuses its search

    def student_in_context(self) -> int | None:
        """The student whose page is showing, else None (a selected row in a list is no
        clear choice; tests/ui/test_journey_right_student.py)."""
        page = self.student_page
        if page is not None and self.stack.currentWidget() is page:
            return page.student_id
        return None

    def open_consultation(self, student_id: int, consultation_id: int) -> None:
        """A student's page at one consultation (a note match, the notice after a save)."""
        self.open_student(student_id)
        page = self.student_page
        if consultation_id and page is not None and page.student_id == student_id:
            page.show_consultation(consultation_id)

    def current_view_id(self) -> str:
        for view_id, widget in self.views.items():
            if self.stack.currentWidget() is widget:
                return view_id
        return "student" if self.stack.currentWidget() is self.student_page else ""

    def _set_page(self, page: QWidget) -> None:
        """Show ``page`` in the stack. The focus leaving the old page may land on the sidebar
        and move its row; that must not switch views in the middle (two pages would show)."""
        self._switching = True
        try:
            self.stack.setCurrentWidget(page)
        finally:
            self._switching = False

    def _sidebar_changed(self, row: int) -> None:
        item = self.sidebar.item(row)
        # arrow keys in the sidebar keep the focus there
        if item is not None and not getattr(self, "_switching", False):
            self.show_view(item.data(QtCore.Qt.ItemDataRole.UserRole), focus=False)

    def open_student(self, student_id: int) -> None:
        if self.ctx is None:
            return
        from officer_desk.ui.views.student_page import StudentPageView

        try:
            if self.student_page is not None:
                self.student_page.show_student(student_id)
                page = self.student_page
            else:
                page = StudentPageView(self.ctx, student_id, self.stack)
        except OfficerDeskError as exc:
            QtWidgets.QMessageBox.warning(self, self.tr("Officer Desk"), error_message(exc))
            return
        if page is not self.student_page:
            if self.student_page is not None:
                self.stack.removeWidget(self.student_page)
                self.student_page.deleteLater()
            self.student_page = page
            page.setObjectName("view_student")
            self.stack.addWidget(page)
        self._set_page(page)
        self.sidebar.blockSignals(True)
        self.sidebar.clearSelection()
        self.sidebar.setCurrentRow(-1)
        self.sidebar.blockSignals(False)
        self.setWindowTitle(self.tr("{view} — Officer Desk").format(view=self._view_title(page)))

    def open_consultation_dialog(self, student_id: int | None) -> QDialog | None:
        if self.ctx is None or self.session is None or self.session.vault.read_only:
            return None
        from officer_desk.ui.views.consultation_dialog import ConsultationDialog

        return self._open(ConsultationDialog(self.ctx, student_id, self))

    def open_import_wizard(self) -> QDialog | None:
        if self.ctx is None:
            return None
        from officer_desk.ui.import_wizard import ImportWizard

        return self._open(ImportWizard(self.ctx, self))

    def open_templates_dialog(self) -> QDialog | None:
        if self.ctx is None:
            return None
        from officer_desk.ui.templates_dialog import TemplatesDialog

        return self._open(TemplatesDialog(self.ctx, self))

    def _open(self, dialog: QDialog) -> QDialog:
        """Show ``dialog`` window-modal; it is closed on lock like every other dialog."""
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_finished(d))
        # F1 works in the dialog too (the window-modal dialog blocks the window's shortcuts).
        dialog.addAction(self.act_guide)
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: QDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)

    # -- settings changes ---------------------------------------------------------------------

    def _update_drafts(self) -> None:
        """The status bar's count of unfinished consultations (a link to Today)."""
        count = 0
        if self.session is not None and not self.locking:
            from officer_desk.services.desk import DB_ERRORS  # loaded with the first unlock

            try:
                count = len(self.session.desk.unfinished_consultations())
            except (OfficerDeskError, *DB_ERRORS):  # type: ignore[misc]
                count = 0
        text = self.tr("%n unfinished consultation(s)", "", count)
        self.status_drafts.setText(f'<a href="today">{text}</a>')
        self.status_drafts.setAccessibleName(text)
        self.status_drafts.setToolTip(self.tr("Show them on Today"))
        self.status_drafts.setVisible(count > 0)

    def _data_changed(self, kind: str) -> None:
        if kind in ("drafts", "consultations"):
            self._update_drafts()
        if kind != "settings" or self.session is None:
            return
        if self.lock_controller.armed:
            self.lock_controller.arm(self._autolock_minutes())
        pref = self.session.desk.setting("language")
        if pref != self._vault_language:
            self._vault_language = pref
            # Rebuild after the settings view's slot has returned.
            QTimer.singleShot(0, lambda p=pref: self._apply_language(p, rebuild=True))
        self._update_status()

    def _apply_language(self, pref: str, *, rebuild: bool) -> None:
        self._language_pref = pref
        i18n.store_preference(pref)
        self.lang = i18n.install(pref)
        if self.ctx is not None:
            self.ctx.lang = self.lang
        self._retranslate()
        if rebuild and self.ctx is not None:
            current = self.current_view_id()
            self._clear_views()
            self._build_views()
            self.show_view(current if current in self.views else next(iter(self.views), ""))

    # -- restore ------------------------------------------------------------------------------

    def _warn_no_recovery_key(self) -> None:
        QtWidgets.QMessageBox.warning(
            self,
            self.tr("No recovery key"),
            self.tr(
                "A replacement of the vault's key was interrupted. The vault is complete and "
                "opens with your passphrase, but its new recovery key was never shown. Ask "
                "your support desk to run 'officer-desk rotate-key' for this vault to get a "
                "new recovery key."
            ),
        )

    def _preloaded(self, _result: object) -> None:
        """The modules are in place for the first unlock. Now, well after the first paint,
        put the app's icons on message boxes and dialog buttons (``ui/house_style.py``)."""
        style.install_house_style()

    def _background_check_failed(self) -> None:
        """The page check after unlocking found damage: stop working in this vault, keep a
        copy of the key for a read-only look, and offer the latest verified backup."""
        if self.session is None:
            return
        from officer_desk.services.session import spare_key

        spare = spare_key(self.session.vault.key)
        self.lock()
        self.wait_until_locked()
        self.access.show_damaged(spare)

    def rotate_key(self, passphrase: str) -> None:
        """Lock, then change the vault key on the access screen (in a worker). Deferred so
        the settings view's slot returns before the view is deleted."""
        QTimer.singleShot(0, lambda: self._rotate_locked(passphrase))

    def _rotate_locked(self, passphrase: str) -> None:
        self.lock()
        self.access.rotate_key(passphrase)

    def restore_backup(self, backup_path: str) -> None:
        """Lock, put the backup in place of the vault (in a worker), show the unlock screen.
        Deferred so the requesting view's slot returns before the view is deleted."""
        vault_dir = self.session.vault.dir if self.session is not None else self.vault_dir
        QTimer.singleShot(0, lambda: self._restore_locked(Path(backup_path), vault_dir))

    def _restore_locked(self, backup_path: Path, vault_dir: Path) -> None:
        from officer_desk.services import backups

        self.lock()
        # The restore replaces the vault's files: only once no job uses them any more.
        self.wait_until_locked()
        page = self.access.unlock_page
        page.set_busy(True, self.tr("Restoring the backup…"))
        run_task(
            lambda: backups.restore(backup_path, vault_dir), self._restored, self._restore_failed
        )

    def _restored(self, _result: object) -> None:
        page = self.access.unlock_page
        page.set_busy(False)
        self.access.show_start()
        page.show_error(
            self.tr(
                "The backup is back in place; the previous vault was kept beside it. Unlock "
                "with the passphrase that was valid when the backup was made."
            )
        )
        page.error.setStyleSheet("")

    def _restore_failed(self, exc: BaseException) -> None:
        page = self.access.unlock_page
        page.set_busy(False)
        page.show_error(self.tr("The backup was not restored.") + " " + error_message(exc))

    def _follow_ups_due(self, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("Follow-ups due now: {count}").format(count=count), 30_000
        )

    # -- help ---------------------------------------------------------------------------------

    def open_guide(self, section: str = "") -> QDialog:
        """The user guide, at ``section`` or at the part about the current view (F1). It holds
        nothing personal, so it also opens while the vault is locked."""
        from officer_desk.ui.help import GuideDialog, section_for_view

        for dialog in self.findChildren(GuideDialog):
            dialog.close()
        # Over an open dialog (Log consultation is window-modal) the guide must be its child,
        # or the dialog would block it.
        modal = QApplication.activeModalWidget()
        guide = GuideDialog(
            self.lang,
            section or (section_for_view(self.current_view_id()) if self.session else "start"),
            modal if modal is not None else self,
        )
        guide.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, True)
        guide.show()
        return guide

    def _about(self) -> None:
        QtWidgets.QMessageBox.about(
            self,
            self.tr("About Officer Desk"),
            self.tr(
                "<h3>Officer Desk {version}</h3><p>Confidential case tracking and anonymised "
                "reporting for student well-being officers.</p><p>Everything you record stays "
                "encrypted on this computer. The app makes no network connections.</p>"
                "<p>Licence: EUPL-1.2</p>"
            ).format(version=__version__),
        )

    # -- closing ------------------------------------------------------------------------------

    def has_unsaved_dialogs(self) -> bool:
        """True if an open dialog holds unsaved input: a consultation being logged with
        changes, or any other open dialog (the import wizard and the templates editor
        cannot tell, so they count as unsaved)."""
        from officer_desk.ui.views.consultation_dialog import ConsultationDialog

        for dialog in self.dialogs:
            if not dialog.isVisible():
                continue
            if isinstance(dialog, ConsultationDialog) and not dialog.dirty:
                continue
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_unsaved_dialogs():
            buttons = QtWidgets.QMessageBox.StandardButton
            answer = QtWidgets.QMessageBox.question(
                self,
                self.tr("Quit Officer Desk?"),
                self.tr(
                    "Some work in an open window has not been saved. A consultation you are "
                    "logging is kept as a draft and can be finished after the next unlock; "
                    "other unsaved changes are lost. Quit anyway?"
                ),
                buttons.Yes | buttons.Cancel,
                buttons.Cancel,
            )
            if answer != buttons.Yes:
                event.ignore()
                return
        QSettings().setValue("ui/geometry", self.saveGeometry())
        if self.session is not None and not self.session.vault.read_only:
            self.statusBar().showMessage(self.tr("Making a backup before closing…"))
            self.duties.backup_before_quit()
        self.lock()
        self.wait_until_locked()
        self.access.discard()
        self.lock_controller.disarm()
        event.accept()
