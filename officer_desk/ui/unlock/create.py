"""Creating a vault: passphrase, profile, then the recovery key shown once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from officer_desk.domain import codebook
from officer_desk.ui.passphrase import NewPassphraseFields
from officer_desk.ui.recovery_key import RecoveryKeyPanel
from officer_desk.ui.unlock.widgets import Card, busy_bar, centred, error_label, title_label


class CreatePage(QWidget):
    """Create a vault: passphrase, profile, then the recovery key shown once."""

    create_requested = Signal(str, str, str)  # passphrase, officer name, faculty code
    finished = Signal()
    back_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = Card(self)
        self.heading = title_label(self.tr("Create a new vault"), card)
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
        f2.addRow(self.tr("F&aculty:"), self.faculty)
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
        self.recovery_panel = RecoveryKeyPanel(s3)
        self.recovery_key = self.recovery_panel.label
        self.stored = QCheckBox(self.tr("I have &stored the recovery key in a safe place"), s3)
        self.stored.setAccessibleName(self.tr("I have stored the recovery key"))
        l3 = QVBoxLayout(s3)
        l3.setContentsMargins(0, 0, 0, 0)
        l3.addWidget(intro3)
        l3.addWidget(self.recovery_panel)
        l3.addWidget(self.stored)
        l3.addStretch(1)

        for s in (s1, s2, s3):
            self.steps.addWidget(s)

        self.busy = busy_bar(card, self.tr("Creating the vault"))
        self.error = error_label(card, self.tr("Create error"))
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
        layout.addWidget(centred(card))

        self.setTabOrder(self.fields.first, self.fields.second)
        self.setTabOrder(self.fields.second, self.officer_name)
        self.setTabOrder(self.officer_name, self.faculty)
        self.setTabOrder(self.faculty, self.recovery_panel.copy_button)
        self.setTabOrder(self.recovery_panel.copy_button, self.recovery_panel.print_button)
        self.setTabOrder(self.recovery_panel.print_button, self.stored)
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
        self.recovery_panel.clear()
        self.stored.setChecked(False)
        self.error.hide()
        self._busy = False
        self.busy.hide()
        self._go(0)

    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        self.step_label.setText(self.tr("Step {n} of 3").format(n=step + 1))
        self.next_button.setText(
            (self.tr("&Next"), self.tr("&Create vault"), self.tr("Start &working"))[step]
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
            self.recovery_panel.clear()
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
        self.recovery_panel.set_key(recovery_key)
        self._go(2)
