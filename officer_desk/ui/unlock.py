"""The screens shown while no vault is open: unlock, recovery, create, welcome and preparing.

Key derivation (Argon2id, ~1 s) and vault creation run in a worker thread; a busy indicator
shows meanwhile and the window stays responsive. Every error gets a translated message that
holds no personal data. ``AccessScreen.unlocked`` delivers the open ``Session``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.errors import (
    DatabaseDamaged,
    OfficerDeskError,
    VaultNotFound,
    WrongRecoveryKey,
)
from officer_desk.ui.messages import error_message
from officer_desk.ui.passphrase import NewPassphraseFields
from officer_desk.ui.tasks import run_task
from officer_desk.vault.names import DB_NAME, KEYFILE_BAK_NAME, KEYFILE_NAME

# The services, cryptography and SQLCipher load in the worker that derives the key (or in
# the background right after the window shows), not before the first window appears.
if TYPE_CHECKING:
    from officer_desk.services.session import Session
    from officer_desk.vault import UnlockedKey


def preload() -> None:
    """Import what unlocking needs (run in a worker thread while the user types)."""
    import officer_desk.services.session  # noqa: F401


# --- worker functions (no Qt, run off the GUI thread) ---------------------------------------


@dataclass
class Damaged:
    """The database failed its checks; ``key`` can still open it read-only."""

    key: UnlockedKey


def spare_key(key: UnlockedKey) -> UnlockedKey:
    """A copy of ``key`` (the vault wipes the one it was given when it closes)."""
    from officer_desk.vault import UnlockedKey

    return UnlockedKey(key.vault_dir, key.db_uuid, bytearray(key.dek), key.via_recovery)


def open_key(key: UnlockedKey, *, read_only: bool = False) -> Session | Damaged:
    """Open a session with ``key``; a damaged database yields ``Damaged`` (with a copy of
    the key for a read-only attempt) instead of an error."""
    from officer_desk.services.session import Session

    spare = spare_key(key)
    try:
        # The full page check runs in the background after the window shows (ui/duties.py);
        # a read-only open of a damaged vault checks first, to know what is damaged.
        session = Session.open(key, read_only=read_only, verify=read_only)
    except DatabaseDamaged:
        key.wipe()
        if read_only:
            spare.wipe()
            raise
        return Damaged(spare)
    except BaseException:
        key.wipe()
        spare.wipe()
        raise
    spare.wipe()
    return session


def unlock_with_passphrase(vault_dir: Path, passphrase: str) -> Session | Damaged:
    from officer_desk.vault import derive_key

    return open_key(derive_key(vault_dir, passphrase))


def unlock_with_recovery(
    vault_dir: Path, recovery_key: str, new_passphrase: str
) -> Session | Damaged:
    from officer_desk.services.session import change_passphrase_offline
    from officer_desk.vault import derive_key_with_recovery

    key = derive_key_with_recovery(vault_dir, recovery_key)
    try:
        change_passphrase_offline(key, new_passphrase, detail="recovery")
    except BaseException:
        key.wipe()
        raise
    return open_key(key)


def vault_exists(vault_dir: Path) -> bool:
    """True if ``vault_dir`` holds something that looks like a vault (even a damaged one)."""
    return any((vault_dir / name).exists() for name in (DB_NAME, KEYFILE_NAME, KEYFILE_BAK_NAME))


# --- widgets ---------------------------------------------------------------------------------


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    label.setWordWrap(True)
    return label


def _busy_bar(parent: QWidget, name: str) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # indeterminate: a busy indicator
    bar.setTextVisible(False)
    bar.setMaximumHeight(10)
    bar.setAccessibleName(name)
    bar.hide()
    return bar


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName(name)
    label.hide()
    return label


def _link_button(text: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setStyleSheet("text-align: left; color: palette(link); padding: 2px;")
    button.setAccessibleName(text.replace("&", ""))
    return button


class _Card(QFrame):
    """A centred column of fixed width on a plain background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(460)
        self.setMaximumWidth(560)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(28, 24, 28, 24)
        self.body.setSpacing(10)


def _centred(card: QWidget) -> QWidget:
    outer = QWidget()
    layout = QVBoxLayout(outer)
    layout.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 3)
    row.addStretch(1)
    layout.addLayout(row)
    layout.addStretch(2)
    return outer


class UnlockPage(QWidget):
    """Passphrase entry for an existing vault."""

    submitted = Signal(str)
    recovery_requested = Signal()
    other_vault_requested = Signal()
    read_only_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = _Card(self)
        self.heading = _title(self.tr("Unlock your vault"), card)
        self.location = QLabel(card)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setAccessibleName(self.tr("Vault location"))
        self.demo_hint = QLabel(card)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setStyleSheet(
            "background: palette(alternate-base); border: 1px solid palette(mid); padding: 8px;"
        )
        self.demo_hint.setAccessibleName(self.tr("Demo passphrase"))
        self.demo_hint.hide()
        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.busy = _busy_bar(card, self.tr("Unlocking"))
        self.busy_label = QLabel(self.tr("Checking the passphrase…"), card)
        self.busy_label.hide()
        self.error = _error_label(card, self.tr("Unlock error"))
        self.read_only_button = QPushButton(self.tr("Open &read-only"), card)
        self.read_only_button.setAccessibleName(self.tr("Open read-only"))
        self.read_only_button.hide()
        self.restore_button = QPushButton(self.tr("Restore a &backup…"), card)
        self.restore_button.setAccessibleName(self.tr("Restore the latest verified backup"))
        self.restore_button.hide()
        self.recovery_link = _link_button(
            self.tr("Forgot the passphrase? Use the recovery key"), card
        )
        self.other_link = _link_button(self.tr("Open another vault…"), card)

        label = QLabel(self.tr("&Passphrase:"), card)
        label.setBuddy(self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        b = card.body
        b.addWidget(self.heading)
        b.addWidget(self.location)
        b.addWidget(self.demo_hint)
        b.addSpacing(6)
        b.addWidget(label)
        b.addLayout(row)
        b.addWidget(self.busy)
        b.addWidget(self.busy_label)
        b.addWidget(self.error)
        actions = QHBoxLayout()
        actions.addWidget(self.read_only_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        b.addLayout(actions)
        b.addSpacing(6)
        b.addWidget(self.recovery_link)
        b.addWidget(self.other_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred(card))

        self.setTabOrder(self.passphrase, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.read_only_button)
        self.setTabOrder(self.read_only_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.recovery_link)
        self.setTabOrder(self.recovery_link, self.other_link)
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.recovery_link.clicked.connect(self.recovery_requested)
        self.other_link.clicked.connect(self.other_vault_requested)
        self.read_only_button.clicked.connect(self.read_only_requested)
        self.restore_button.clicked.connect(self.restore_requested)

    def _submit(self) -> None:
        if self.passphrase.text() and self.unlock_button.isEnabled():
            self.submitted.emit(self.passphrase.text())

    def set_vault(self, vault_dir: Path, demo_passphrase: str | None) -> None:
        self.location.setText(self.tr("Vault: {path}").format(path=str(vault_dir)))
        if demo_passphrase:
            self.demo_hint.setText(
                self.tr(
                    "This is a demo vault with invented students. Its passphrase is:\n{passphrase}"
                ).format(passphrase=demo_passphrase)
            )
            self.demo_hint.show()
            self.passphrase.setText(demo_passphrase)
        else:
            self.demo_hint.hide()

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        if text:
            self.busy_label.setText(text)
        for w in (
            self.passphrase,
            self.unlock_button,
            self.recovery_link,
            self.other_link,
            self.read_only_button,
            self.restore_button,
        ):
            w.setEnabled(not busy)
        if busy:
            self.error.hide()

    def show_error(self, text: str, *, read_only: bool = False) -> None:
        self.error.setStyleSheet("color: #b00020;")
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.read_only_button.setVisible(read_only)
        self.restore_button.setVisible(read_only)

    def reset(self) -> None:
        self.passphrase.clear()
        self.show_error("")
        self.set_busy(False)
        self.passphrase.setFocus()


class RecoveryPage(QWidget):
    """The recovery key and a new passphrase."""

    submitted = Signal(str, str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = _Card(self)
        heading = _title(self.tr("Unlock with the recovery key"), card)
        intro = QLabel(
            self.tr(
                "Enter the recovery key you stored when the vault was created, then choose a "
                "new passphrase. Afterwards the old passphrase no longer opens this vault or the "
                "backups in its backup folder; copies kept elsewhere still open with it."
            ),
            card,
        )
        intro.setWordWrap(True)
        self.recovery_key = QLineEdit(card)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-…")
        self.fields = NewPassphraseFields(card)
        self.submit_button = QPushButton(self.tr("Set passphrase and &unlock"), card)
        self.submit_button.setDefault(True)
        self.submit_button.setAccessibleName(self.tr("Set passphrase and unlock"))
        self.back_button = QPushButton(self.tr("&Back"), card)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.busy = _busy_bar(card, self.tr("Unlocking"))
        self.error = _error_label(card, self.tr("Recovery error"))

        label = QLabel(self.tr("Recovery &key:"), card)
        label.setBuddy(self.recovery_key)
        self.fields.form.insertRow(0, label, self.recovery_key)
        b = card.body
        b.addWidget(heading)
        b.addWidget(intro)
        b.addWidget(self.fields)
        b.addWidget(self.busy)
        b.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        b.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred(card))

        self.setTabOrder(self.recovery_key, self.fields.first)
        self.setTabOrder(self.fields.first, self.fields.second)
        self.setTabOrder(self.fields.second, self.submit_button)
        self.setTabOrder(self.submit_button, self.back_button)
        self.fields.changed.connect(self._update)
        self.recovery_key.textChanged.connect(self._update)
        self.submit_button.clicked.connect(self._submit)
        self.back_button.clicked.connect(self.back_requested)
        self._update()

    def _update(self) -> None:
        self.submit_button.setEnabled(
            bool(self.recovery_key.text().strip())
            and self.fields.passphrase() is not None
            and not self.busy.isVisible()
        )

    def _submit(self) -> None:
        new = self.fields.passphrase()
        if new is not None and self.recovery_key.text().strip():
            self.submitted.emit(self.recovery_key.text(), new)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for w in (self.recovery_key, self.fields, self.back_button):
            w.setEnabled(not busy)
        if busy:
            self.error.hide()
        self._update()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def reset(self) -> None:
        self.recovery_key.clear()
        self.fields.clear()
        self.show_error("")
        self.set_busy(False)


class CreatePage(QWidget):
    """Create a vault: passphrase, profile, then the recovery key shown once."""

    create_requested = Signal(str, str, str)  # passphrase, officer name, faculty code
    finished = Signal()
    back_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = _Card(self)
        self.heading = _title(self.tr("Create a new vault"), card)
        self.step_label = QLabel(card)
        self.step_label.setAccessibleName(self.tr("Step"))
        self.steps = QStackedWidget(card)

        # step 1: passphrase
        s1 = QWidget()
        intro1 = QLabel(
            self.tr(
                "Everything you record is encrypted with a key protected by this passphrase. "
                "Choose one you can remember: four or more unrelated words work well."
            ),
            s1,
        )
        intro1.setWordWrap(True)
        self.fields = NewPassphraseFields(s1)
        l1 = QVBoxLayout(s1)
        l1.setContentsMargins(0, 0, 0, 0)
        l1.addWidget(intro1)
        l1.addWidget(self.fields)
        l1.addStretch(1)

        # step 2: profile
        s2 = QWidget()
        intro2 = QLabel(
            self.tr(
                "Your name and faculty appear on reports. You can change them later in Settings."
            ),
            s2,
        )
        intro2.setWordWrap(True)
        self.officer_name = QLineEdit(s2)
        self.officer_name.setAccessibleName(self.tr("Officer name"))
        self.faculty = QComboBox(s2)
        self.faculty.setAccessibleName(self.tr("Faculty"))
        self.faculty.addItem(self.tr("(not set)"), "")
        for code in codebook.codes("faculty"):
            self.faculty.addItem(codebook.label("faculty", code, lang), code)
        f2 = QFormLayout()
        f2.addRow(self.tr("Your &name:"), self.officer_name)
        f2.addRow(self.tr("&Faculty:"), self.faculty)
        for w in (self.officer_name, self.faculty):
            lab = f2.labelForField(w)
            if isinstance(lab, QLabel):
                lab.setBuddy(w)
        l2 = QVBoxLayout(s2)
        l2.setContentsMargins(0, 0, 0, 0)
        l2.addWidget(intro2)
        l2.addLayout(f2)
        l2.addStretch(1)

        # step 3: recovery key
        s3 = QWidget()
        intro3 = QLabel(
            self.tr(
                "This is your recovery key. It is shown only now. Write it down or print it and "
                "keep it somewhere safe, away from this computer: it is the only way back in if "
                "you forget the passphrase."
            ),
            s3,
        )
        intro3.setWordWrap(True)
        self.recovery_key = QLabel(s3)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        mono.setWeight(QFont.Weight.Bold)
        self.recovery_key.setFont(mono)
        self.recovery_key.setStyleSheet("border: 1px solid palette(mid); padding: 10px;")
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.stored = QCheckBox(self.tr("I have &stored the recovery key in a safe place"), s3)
        self.stored.setAccessibleName(self.tr("I have stored the recovery key"))
        l3 = QVBoxLayout(s3)
        l3.setContentsMargins(0, 0, 0, 0)
        l3.addWidget(intro3)
        l3.addWidget(self.recovery_key)
        l3.addWidget(self.stored)
        l3.addStretch(1)

        for s in (s1, s2, s3):
            self.steps.addWidget(s)

        self.busy = _busy_bar(card, self.tr("Creating the vault"))
        self.error = _error_label(card, self.tr("Create error"))
        self.back_button = QPushButton(self.tr("&Back"), card)
        self.back_button.setAccessibleName(self.tr("Back"))
        self.next_button = QPushButton(self.tr("&Next"), card)
        self.next_button.setDefault(True)
        self.next_button.setAccessibleName(self.tr("Next"))

        b = card.body
        b.addWidget(self.heading)
        b.addWidget(self.step_label)
        b.addWidget(self.steps)
        b.addWidget(self.busy)
        b.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        b.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred(card))

        self.setTabOrder(self.fields.first, self.fields.second)
        self.setTabOrder(self.fields.second, self.officer_name)
        self.setTabOrder(self.officer_name, self.faculty)
        self.setTabOrder(self.faculty, self.stored)
        self.setTabOrder(self.stored, self.next_button)
        self.setTabOrder(self.next_button, self.back_button)

        self.fields.changed.connect(self._update)
        self.stored.toggled.connect(self._update)
        self.next_button.clicked.connect(self._next)
        self.back_button.clicked.connect(self._back)
        self._busy = False
        self.reset()

    # -- steps --------------------------------------------------------------------------------

    def reset(self) -> None:
        self.fields.clear()
        self.officer_name.clear()
        self.faculty.setCurrentIndex(0)
        self.recovery_key.clear()
        self.stored.setChecked(False)
        self.error.hide()
        self._busy = False
        self.busy.hide()
        self._go(0)

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.step_label.setText(self.tr("Step {n} of 3").format(n=step + 1))
        self.next_button.setText(
            (self.tr("&Next"), self.tr("&Create vault"), self.tr("&Start working"))[step]
        )
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.back_button.setVisible(step < 2)
        focus = (self.fields.first, self.officer_name, self.stored)[step]
        focus.setFocus()
        self._update()

    def _update(self) -> None:
        step = self.steps.currentIndex()
        if self._busy:
            ok = False
        elif step == 0:
            ok = self.fields.passphrase() is not None
        elif step == 1:
            ok = True
        else:
            ok = self.stored.isChecked()
        self.next_button.setEnabled(ok)
        self.back_button.setEnabled(not self._busy)

    def _next(self) -> None:
        step = self.steps.currentIndex()
        if step == 0 and self.fields.passphrase() is not None:
            self._go(1)
        elif step == 1:
            passphrase = self.fields.passphrase() or ""
            self.create_requested.emit(
                passphrase, self.officer_name.text().strip(), self.faculty.currentData() or ""
            )
        elif step == 2 and self.stored.isChecked():
            self.recovery_key.clear()
            self.finished.emit()

    def _back(self) -> None:
        step = self.steps.currentIndex()
        if step == 1:
            self._go(0)
        elif step == 0:
            self.back_requested.emit()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.steps.setEnabled(not busy)
        if busy:
            self.error.hide()
        self._update()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def show_recovery_key(self, recovery_key: str) -> None:
        self.fields.clear()
        groups = recovery_key.split("-")
        lines = ["-".join(groups[i : i + 5]) for i in range(0, len(groups), 5)]
        self.recovery_key.setText("\n".join(lines))
        self._go(2)


class WelcomePage(QWidget):
    """No vault at this location yet."""

    create_requested = Signal()
    other_vault_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = _Card(self)
        heading = _title(self.tr("Welcome to Officer Desk"), card)
        self.text = QLabel(card)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Vault location"))
        self.create_button = QPushButton(self.tr("&Create a new vault"), card)
        self.create_button.setDefault(True)
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.other_button = QPushButton(self.tr("&Open an existing vault…"), card)
        self.other_button.setAccessibleName(self.tr("Open an existing vault"))
        b = card.body
        b.addWidget(heading)
        b.addWidget(self.text)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        b.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred(card))
        self.setTabOrder(self.create_button, self.other_button)
        self.create_button.clicked.connect(self.create_requested)
        self.other_button.clicked.connect(self.other_vault_requested)

    def set_vault(self, vault_dir: Path) -> None:
        self.text.setText(
            self.tr(
                "There is no vault at {path} yet. A vault keeps your consultation records "
                "encrypted on this computer."
            ).format(path=str(vault_dir))
        )


class PreparingPage(QWidget):
    """A busy indicator while the demo vault is generated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = _Card(self)
        self.heading = _title(self.tr("Preparing the demo vault…"), card)
        self.text = QLabel(
            self.tr("Inventing students and consultations. This takes a few seconds."), card
        )
        self.text.setWordWrap(True)
        self.busy = _busy_bar(card, self.tr("Preparing"))
        self.busy.show()
        self.error = _error_label(card, self.tr("Demo error"))
        card.body.addWidget(self.heading)
        card.body.addWidget(self.text)
        card.body.addWidget(self.busy)
        card.body.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred(card))


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
        self.unlock_page = UnlockPage(self)
        self.recovery_page = RecoveryPage(self)
        self.create_page = CreatePage(lang, self)
        self.welcome_page = WelcomePage(self)
        self.preparing_page = PreparingPage(self)
        for page in (
            self.unlock_page,
            self.recovery_page,
            self.create_page,
            self.welcome_page,
            self.preparing_page,
        ):
            self.addWidget(page)
        self._created_session: Session | None = None

        self.unlock_page.submitted.connect(self._unlock)
        self.unlock_page.recovery_requested.connect(self._show_recovery)
        self.unlock_page.other_vault_requested.connect(self._choose_vault)
        self.unlock_page.read_only_requested.connect(self._open_read_only)
        self.unlock_page.restore_requested.connect(self._choose_backup)
        self.recovery_page.submitted.connect(self._recover)
        self.recovery_page.back_requested.connect(self.show_start)
        self.create_page.create_requested.connect(self._create)
        self.create_page.finished.connect(self._creation_confirmed)
        self.create_page.back_requested.connect(self.show_start)
        self.welcome_page.create_requested.connect(self._show_create)
        self.welcome_page.other_vault_requested.connect(self._choose_vault)
        self.show_start()

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
        chosen = QFileDialog.getExistingDirectory(
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
        run_task(
            lambda: unlock_with_passphrase(vault_dir, passphrase), self._opened, self._unlock_failed
        )

    def _opened(self, result: object) -> None:
        self.unlock_page.set_busy(False)
        self.recovery_page.set_busy(False)
        if isinstance(result, Damaged):
            self.show_damaged(result.key)
            return
        from officer_desk.services.session import Session

        assert isinstance(result, Session)
        if result.vault.key.via_recovery and not result.vault.read_only:
            try:
                result.desk.log_event("passphrase_changed", "vault", None, "recovery")
            except OfficerDeskError:
                pass
        self.unlock_page.passphrase.clear()
        self.recovery_page.reset()
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
                "The vault's database is damaged, so it cannot be opened for work. You can "
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
            chosen = QFileDialog.getExistingDirectory(
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
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Restore the backup made on {when}? The damaged vault is kept beside it, not "
                "deleted. Work done after that backup is not in it."
            ).format(when=found.created_at.strftime("%Y-%m-%d %H:%M") if found.created_at else "?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
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
        run_task(lambda: open_key(key, read_only=True), self._opened, self._unlock_failed)

    # -- recovery -----------------------------------------------------------------------------

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        self.recovery_page.set_busy(True)
        vault_dir = self.vault_dir
        run_task(
            lambda: unlock_with_recovery(vault_dir, recovery_key, new_passphrase),
            self._opened,
            self._recover_failed,
        )

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

    def discard(self) -> None:
        """Drop anything held (called on quit)."""
        self._forget_damaged()
        if self._created_session is not None:
            self._created_session.close()
            self._created_session = None


__all__ = [
    "AccessScreen",
    "Damaged",
    "open_key",
    "unlock_with_passphrase",
    "unlock_with_recovery",
    "vault_exists",
]
