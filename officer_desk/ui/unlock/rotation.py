"""Changing the vault key (a suspected compromise): the vault is closed, re-encrypted with a
new key in a worker, and the new recovery key is shown once before work goes on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from officer_desk.ui.recovery_key import RecoveryKeyPanel
from officer_desk.ui.unlock.widgets import Card, busy_bar, centred, error_label, title_label


class RotationPage(QWidget):
    """Progress while the key changes, then the new recovery key."""

    #: The officer has stored the new recovery key and wants to go on working.
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = Card(self)
        self.heading = title_label(self.tr("Changing the vault key…"), card)
        self.text = QLabel(card)
        self.text.setWordWrap(True)
        self.busy = busy_bar(card, self.tr("Changing the vault key"))
        self.panel = RecoveryKeyPanel(card)
        self.stored = QCheckBox(
            self.tr("I have &stored the new recovery key in a safe place"), card
        )
        self.stored.setAccessibleName(self.tr("I have stored the new recovery key"))
        self.continue_button = QPushButton(self.tr("&Continue"), card)
        self.continue_button.setDefault(True)
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.error = error_label(card, self.tr("Key change error"))
        b = card.body
        b.addWidget(self.heading)
        b.addWidget(self.text)
        b.addWidget(self.busy)
        b.addWidget(self.panel)
        b.addWidget(self.stored)
        b.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        b.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(centred(card))
        self.setTabOrder(self.panel.copy_button, self.panel.print_button)
        self.setTabOrder(self.panel.print_button, self.stored)
        self.setTabOrder(self.stored, self.continue_button)
        self.stored.toggled.connect(self._update)
        self.continue_button.clicked.connect(self._continue)
        self.show_progress()

    def show_progress(self) -> None:
        self.heading.setText(self.tr("Changing the vault key…"))
        self.text.setText(
            self.tr(
                "The vault is re-encrypted with a new key. This can take a while for a large "
                "vault. Please do not close Officer Desk."
            )
        )
        self.busy.show()
        self.error.hide()
        self.panel.clear()
        self.panel.hide()
        self.stored.setChecked(False)
        self.stored.hide()
        self.continue_button.hide()

    def show_recovery_key(self, recovery_key: str) -> None:
        self.heading.setText(self.tr("The vault key was changed"))
        self.text.setText(
            self.tr(
                "This is your NEW recovery key. It is shown only now: write it down or print "
                "it and keep it somewhere safe. The old recovery key no longer works. Backups "
                "made before today still open with the old key: make a new backup, then "
                "destroy the old ones."
            )
        )
        self.busy.hide()
        self.panel.set_key(recovery_key)
        self.panel.show()
        self.stored.show()
        self.continue_button.show()
        self._update()
        self.panel.copy_button.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.stored.setEnabled(not busy)
        self._update()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _update(self) -> None:
        self.continue_button.setEnabled(self.stored.isChecked() and not self.busy.isVisible())

    def _continue(self) -> None:
        if self.stored.isChecked():
            self.panel.clear()
            self.finished.emit()
