"""Settings: officer profile and faculty, auto-lock, language, passphrase, backup folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.errors import OfficerDeskError
from officer_desk.services import backups
from officer_desk.services.session import commit_passphrase
from officer_desk.ui import style
from officer_desk.ui.context import UiContext
from officer_desk.ui.icons import icon
from officer_desk.ui.messages import error_message
from officer_desk.ui.passphrase import CapsLockWarning, NewPassphraseFields, PassphraseEdit
from officer_desk.ui.tasks import WAIT, run_job
from officer_desk.ui.views.common import BaseView

# The session services (cryptography, SQLCipher) load on first use, not with the window.
if TYPE_CHECKING:
    from officer_desk.services.session import PreparedPassphrase


def _buddy(form: QFormLayout, field: QWidget) -> None:
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setBuddy(field)


class SettingsView(BaseView):
    """The officer's preferences, stored in the vault (the language also in QSettings, so
    the unlock screen can use it)."""

    view_id = "settings"
    #: Emitted after a backup folder was chosen and saved (hook for the backup feature).
    backup_dir_changed = Signal(str)
    #: The officer confirmed a change of the vault key with this passphrase; the main window
    #: closes the vault and runs it (``AccessScreen.rotate_key``).
    rotate_key_requested = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        read_only = ctx.session.vault.read_only

        # -- profile and preferences -----------------------------------------------------------
        self.officer_name = QLineEdit()
        self.officer_name.setAccessibleName(self.tr("Your name"))
        self.officer_name.setMaxLength(200)
        self.faculty = QComboBox()
        self.faculty.setAccessibleName(self.tr("Faculty"))
        self.faculty.addItem(self.tr("(not set)"), "")
        for code in codebook.codes("faculty"):
            self.faculty.addItem(codebook.label("faculty", code, ctx.lang), code)
        self.period_kind = QComboBox()
        self.period_kind.setAccessibleName(self.tr("Kind of report quarters"))
        self.period_kind.addItem(
            self.tr("Calendar quarters (Q3 2026 = July to September)"), "calendar"
        )
        self.period_kind.addItem(
            self.tr("Academic-year quarters (Q1 2026-27 = September to November)"), "academic"
        )
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 240)
        self.autolock.setSuffix(self.tr(" min"))
        self.autolock.setAccessibleName(self.tr("Lock after minutes without activity"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.backup_dir = QLineEdit()
        self.backup_dir.setAccessibleName(self.tr("Backup folder"))
        self.backup_dir.setPlaceholderText(self.tr("Not chosen yet"))
        self.backup_browse = QPushButton(self.tr("Ch&oose…"))
        self.backup_browse.setAccessibleName(self.tr("Choose the backup folder"))
        backup_row = QHBoxLayout()
        backup_row.setContentsMargins(0, 0, 0, 0)
        backup_row.addWidget(self.backup_dir, 1)
        backup_row.addWidget(self.backup_browse)
        self.backup_browse.setIcon(icon("open"))

        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setDefault(True)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(self.tr("Settings status"))
        self.saved_label.setWordWrap(True)

        profile = QGroupBox(self.tr("Profile and preferences"))
        form = QFormLayout(profile)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Your &name:"), self.officer_name)
        form.addRow(self.tr("Facul&ty:"), self.faculty)
        form.addRow(self.tr("Report &quarters:"), self.period_kind)
        form.addRow(self.tr("&Lock after:"), self.autolock)
        form.addRow(self.tr("L&anguage:"), self.language)
        form.addRow(self.tr("&Backup folder:"), backup_row)
        for w in (self.officer_name, self.faculty, self.period_kind, self.autolock, self.language):
            _buddy(form, w)
        label = form.labelForField(backup_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.backup_dir)
        hint = QLabel(
            self.tr(
                "The vault locks itself after this many minutes without keyboard or mouse "
                "activity, and whenever the computer's screen locks. Backups are written to "
                "the backup folder, which should be on another disk."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(hint)
        save_row = QHBoxLayout()
        save_row.addWidget(self.saved_label, 1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)

        # -- passphrase ----------------------------------------------------------------------
        self.old_passphrase = PassphraseEdit()
        self.old_passphrase.setAccessibleName(self.tr("Current passphrase"))
        self.new_fields = NewPassphraseFields()
        self.new_fields.caps_warning.watch(self.old_passphrase)
        self.change_button = QPushButton(self.tr("&Change passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_busy = QProgressBar()
        self.change_busy.setRange(0, 0)
        self.change_busy.setTextVisible(False)
        self.change_busy.setMaximumHeight(8)
        self.change_busy.setAccessibleName(self.tr("Changing the passphrase"))
        self.change_busy.hide()
        self.change_status = QLabel()
        self.change_status.setWordWrap(True)
        self.change_status.setAccessibleName(self.tr("Passphrase status"))

        passphrase_box = QGroupBox(self.tr("Passphrase"))
        pv = QVBoxLayout(passphrase_box)
        intro = QLabel(
            self.tr(
                "Changing the passphrase is quick: your records stay as they are and "
                "the recovery key stays valid. Afterwards the old passphrase no longer opens "
                "this vault or the backups in its backup folder."
            )
        )
        intro.setToolTip(
            self.tr(
                "The vault key is wrapped again with a key derived from the new passphrase; "
                "the database itself is not re-encrypted."
            )
        )
        intro.setWordWrap(True)
        self.passphrase_limits = QLabel(
            self.tr(
                "A new passphrase cannot take back what was copied elsewhere: backups kept "
                "outside the backup folder and copies of the key file still open with the old "
                "passphrase. If someone may know your passphrase, change the vault key instead "
                "(below)."
            )
        )
        self.passphrase_limits.setWordWrap(True)
        self.passphrase_limits.setStyleSheet("color: palette(placeholder-text);")
        self.new_fields.form.insertRow(0, self.tr("C&urrent passphrase:"), self.old_passphrase)
        _buddy(self.new_fields.form, self.old_passphrase)
        pv.addWidget(intro)
        pv.addWidget(self.passphrase_limits)
        pv.addWidget(self.new_fields)
        pv.addWidget(self.change_busy)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_status, 1)
        change_row.addWidget(self.change_button)
        pv.addLayout(change_row)

        # -- vault key -----------------------------------------------------------------------
        key_box = QGroupBox(self.tr("Vault key"))
        kv = QVBoxLayout(key_box)
        self.key_intro = QLabel(
            self.tr(
                "Use this if someone may know your passphrase or may have a copy of the "
                "vault: the whole vault is re-encrypted with a new key and you get a new "
                "recovery key (the old one stops working). The vault closes while this "
                "runs. Backups made before keep the old key: make a new backup afterwards "
                "and destroy the old ones."
            )
        )
        self.key_intro.setWordWrap(True)
        self.rotate_button = QPushButton(self.tr("Change the vault &key…"))
        self.rotate_button.setAccessibleName(self.tr("Change the vault key"))
        self.rotate_button.clicked.connect(self.ask_key_rotation)
        kv.addWidget(self.key_intro)
        key_row = QHBoxLayout()
        key_row.addStretch(1)
        key_row.addWidget(self.rotate_button)
        kv.addLayout(key_row)
        self.rotate_button.setIcon(icon("passphrase"))

        # -- layout --------------------------------------------------------------------------
        title = style.heading(self.title())
        content = QWidget()
        column = style.view_layout(content)
        column.addWidget(title)
        column.addWidget(profile)
        column.addWidget(passphrase_box)
        column.addWidget(key_box)
        column.addStretch(1)
        content.setMaximumWidth(760)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the Tab stops
        holder = QWidget()
        hl = QHBoxLayout(holder)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(content, 3)
        hl.addStretch(1)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        order = [
            self.officer_name,
            self.faculty,
            self.period_kind,
            self.autolock,
            self.language,
            self.backup_dir,
            self.backup_browse,
            self.save_button,
            self.old_passphrase,
            self.new_fields.first,
            self.new_fields.second,
            self.change_button,
            self.rotate_button,
        ]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)

        self.save_button.clicked.connect(self.save)
        self.backup_browse.clicked.connect(self._choose_backup_dir)
        self.change_button.clicked.connect(self.change_passphrase)
        self.new_fields.changed.connect(self._update_change_button)
        self.old_passphrase.textChanged.connect(self._update_change_button)
        for w in (self.officer_name, self.backup_dir):
            w.textEdited.connect(lambda _t: self.saved_label.clear())

        if read_only:
            for box in (profile, passphrase_box, key_box):
                box.setEnabled(False)
        self.load()
        self._update_change_button()

    def title(self) -> str:
        return self.tr("Settings")

    # -- profile ----------------------------------------------------------------------------

    def load(self) -> None:
        desk = self.ctx.desk
        self.officer_name.setText(desk.setting("officer_name"))
        index = self.faculty.findData(desk.setting("faculty"))
        self.faculty.setCurrentIndex(max(0, index))
        # one kind of quarter per vault, fixed once a quarter is released
        self.period_kind.setCurrentIndex(max(0, self.period_kind.findData(desk.period_kind())))
        fixed = desk.period_kind_fixed()
        self.period_kind.setEnabled(not fixed)
        self.period_kind.setToolTip(
            self.tr("Fixed: a quarter has been released in this kind.")
            if fixed
            else self.tr("Choose once: it cannot change after the first release.")
        )
        try:
            self.autolock.setValue(int(desk.setting("autolock_minutes")))
        except ValueError:
            self.autolock.setValue(5)
        index = self.language.findData(desk.setting("language"))
        self.language.setCurrentIndex(max(0, index))
        # the folder backups go to, as Privacy shows it (the default one until chosen)
        self.backup_dir.setText(str(backups.backup_folder(desk, self.ctx.session.vault.dir)))

    def _backup_dir_setting(self) -> str:
        """The folder typed or chosen; "" while it is the default one beside the vault."""
        text = self.backup_dir.text().strip()
        default = backups.default_backup_dir(self.ctx.session.vault.dir)
        return "" if text and Path(text).expanduser() == default else text

    def save(self) -> bool:
        backup_before = self.ctx.desk.setting("backup_dir")
        values = {
            "officer_name": self.officer_name.text().strip(),
            "faculty": self.faculty.currentData() or "",
            "period_kind": self.period_kind.currentData() or "",
            "autolock_minutes": str(self.autolock.value()),
            "language": self.language.currentData() or "",
            "backup_dir": self._backup_dir_setting(),
        }
        try:
            self.ctx.desk.set_settings(**values)
        except OfficerDeskError as exc:
            self.saved_label.setStyleSheet(style.message_css("error"))
            self.saved_label.setText(error_message(exc))
            return False
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(self.tr("Settings saved."))
        if values["backup_dir"] != backup_before:
            self.backup_dir_changed.emit(values["backup_dir"])
        return True

    def _choose_backup_dir(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.backup_dir.text() or str(Path.home())
        )
        if chosen:
            self.backup_dir.setText(chosen)
            self.saved_label.clear()

    # -- passphrase -------------------------------------------------------------------------

    def _update_change_button(self) -> None:
        self.change_button.setEnabled(
            bool(self.old_passphrase.text())
            and self.new_fields.passphrase() is not None
            and not self.change_busy.isVisible()
        )

    def change_passphrase(self) -> None:
        new = self.new_fields.passphrase()
        old = self.old_passphrase.text()
        if new is None or not old:
            return
        if new == old:
            self._show_change_status(
                self.tr("The new passphrase is the same as the current one."), error=True
            )
            return
        self.change_busy.show()
        self.change_status.setText(self.tr("Changing the passphrase…"))
        self.change_status.setStyleSheet("")
        for w in (self.old_passphrase, self.new_fields):
            w.setEnabled(False)
        self._update_change_button()
        vault_dir = self.ctx.session.vault.dir

        def work(_cancel: object) -> PreparedPassphrase:
            from officer_desk.services.session import check_and_rewrap

            return check_and_rewrap(vault_dir, old, new)

        # Key derivation and the key file only; a lock lets it finish.
        run_job(
            work,
            self._changed,
            self._change_failed,
            name="passphrase change",
            on_lock=WAIT,
        )

    def _finish_change(self) -> None:
        self.change_busy.hide()
        for w in (self.old_passphrase, self.new_fields):
            w.setEnabled(True)
        self._update_change_button()

    def _changed(self, prepared: PreparedPassphrase) -> None:

        try:  # the key file and its access-log entry are saved together, or neither
            commit_passphrase(self.ctx.session, prepared)
        except OfficerDeskError as exc:
            self._change_failed(exc)
            return
        self.old_passphrase.clear()
        self.new_fields.clear()
        self._finish_change()
        self._show_change_status(
            self.tr("The passphrase was changed. Use the new one from now on.")
        )

    def _change_failed(self, exc: BaseException) -> None:
        self._finish_change()
        self.old_passphrase.selectAll()
        self.old_passphrase.setFocus()
        self._show_change_status(error_message(exc), error=True)

    def _show_change_status(self, text: str, *, error: bool = False) -> None:
        self.change_status.setStyleSheet(style.message_css("error") if error else "")
        self.change_status.setText(text)

    # -- vault key ----------------------------------------------------------------------------

    def ask_key_rotation(self) -> None:
        dialog = RotateKeyDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rotate_key_requested.emit(dialog.passphrase.text())


class RotateKeyDialog(QDialog):
    """Confirm a change of the vault key with the current passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the vault key"))
        text = QLabel(
            self.tr(
                "The vault closes, is re-encrypted with a new key, and opens again after you "
                "have stored the new recovery key. The old recovery key stops working. "
                "Enter your current passphrase to go on."
            ),
            self,
        )
        text.setWordWrap(True)
        self.passphrase = PassphraseEdit(self)
        self.caps_warning = CapsLockWarning(self)
        self.caps_warning.watch(self.passphrase)
        self.passphrase.setAccessibleName(self.tr("Current passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.passphrase)
        form.addRow("", self.caps_warning)
        _buddy(form, self.passphrase)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change the &key"))
        self.ok_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t)))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, 200)
