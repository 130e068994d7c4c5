"""The simple pages before a vault is open: unlock, recovery, welcome and preparing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from officer_desk.ui import startup
from officer_desk.ui.passphrase import CapsLockWarning, NewPassphraseFields, PassphraseEdit
from officer_desk.ui.unlock.widgets import (
    Card,
    busy_bar,
    centred,
    error_label,
    link_button,
    title_label,
)


class UnlockPage(QWidget):
    """Passphrase entry for an existing vault."""

    submitted = Signal(str)
    recovery_requested = Signal()
    other_vault_requested = Signal()
    read_only_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = Card(self)
        self.heading = title_label(self.tr("Unlock your vault"), card)
        self.location = QLabel(card)
        self.location.setWordWrap(True)
        startup.selectable(self.location)
        self.location.setAccessibleName(self.tr("Vault location"))
        self.demo_hint = QLabel(card)
        self.demo_hint.setWordWrap(True)
        startup.selectable(self.demo_hint)
        self.demo_hint.setStyleSheet(
            "background: palette(alternate-base); border: 1px solid palette(mid); padding: 8px;"
        )
        self.demo_hint.setAccessibleName(self.tr("Demo passphrase"))
        self.demo_hint.hide()
        self.passphrase = PassphraseEdit(card)
        self.caps_warning = CapsLockWarning(card)
        self.caps_warning.watch(self.passphrase)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.unlock_button = QPushButton(self.tr("&Unlock"), card)
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.busy = busy_bar(card, self.tr("Unlocking"))
        self.busy_label = QLabel(self.tr("Checking the passphrase…"), card)
        self.busy_label.hide()
        self.error = error_label(card, self.tr("Unlock error"))
        self.read_only_button = QPushButton(self.tr("Open &read-only"), card)
        self.read_only_button.setAccessibleName(self.tr("Open read-only"))
        self.read_only_button.hide()
        self.restore_button = QPushButton(self.tr("Restore a &backup…"), card)
        self.restore_button.setAccessibleName(self.tr("Restore the latest verified backup"))
        self.restore_button.hide()
        self.recovery_link = link_button(
            self.tr("Forgot the passphrase? Use the recovery key"), card
        )
        self.other_link = link_button(self.tr("Open another vault…"), card)

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
        b.addWidget(self.caps_warning)
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
        layout.addWidget(centred(card))

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
        card = Card(self)
        heading = title_label(self.tr("Unlock with the recovery key"), card)
        intro = QLabel(
            self.tr(
                "Enter the recovery key you stored when the vault was created, then choose a "
                "new passphrase. Afterwards the old passphrase no longer opens this vault or the "
                "backups in its backup folder; copies kept elsewhere still open with it. The "
                "recovery key stays valid: keep it where it is."
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
        self.busy = busy_bar(card, self.tr("Unlocking"))
        self.error = error_label(card, self.tr("Recovery error"))

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
        layout.addWidget(centred(card))

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


class WelcomePage(QWidget):
    """No vault at this location yet."""

    create_requested = Signal()
    other_vault_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = Card(self)
        heading = title_label(self.tr("Welcome to Officer Desk"), card)
        self.text = QLabel(card)
        self.text.setWordWrap(True)
        startup.selectable(self.text)
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
        layout.addWidget(centred(card))
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
        card = Card(self)
        self.heading = title_label(self.tr("Preparing the demo vault…"), card)
        self.text = QLabel(
            self.tr("Inventing students and consultations. This takes a few seconds."), card
        )
        self.text.setWordWrap(True)
        self.busy = busy_bar(card, self.tr("Preparing"))
        self.busy.show()
        self.error = error_label(card, self.tr("Demo error"))
        card.body.addWidget(self.heading)
        card.body.addWidget(self.text)
        card.body.addWidget(self.busy)
        card.body.addWidget(self.error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(centred(card))
