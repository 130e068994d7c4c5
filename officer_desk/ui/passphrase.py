"""A new passphrase entered twice, with strength feedback (create, recovery, settings)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from officer_desk.errors import WeakPassphrase
from officer_desk.services.passphrases import check_passphrase_strength, estimate_bits
from officer_desk.ui import style

#: Bits at which the meter is full.
_FULL_BITS = 90.0


class NewPassphraseFields(QWidget):
    """Two password fields, a strength meter and a one-line verdict."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter = QProgressBar(self)
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Passphrase feedback"))

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        #: Callers may insert rows (recovery key, current passphrase) so labels line up.
        self.form = form
        form.addRow(self.tr("New &passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.verdict)
        for label_field in (self.first, self.second):
            label = form.labelForField(label_field)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)
        self.setTabOrder(self.first, self.second)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        bits = estimate_bits(text) if text else 0.0
        self.meter.setValue(int(min(100.0, 100.0 * bits / _FULL_BITS)))
        problem = self.problem()
        weak = bool(text) and self._weak(text)
        colour = (
            style.tone("error").name()
            if weak
            else (style.tone("success").name() if text else "palette(mid)")
        )
        self.meter.setStyleSheet(
            "QProgressBar { border: 1px solid palette(mid); border-radius: 3px; }"
            f"QProgressBar::chunk {{ background: {colour}; }}"
        )
        self.verdict.setText(problem or self.tr("Strong enough."))
        self.meter.setAccessibleDescription(self.verdict.text())
        self.changed.emit()

    @staticmethod
    def _weak(text: str) -> bool:
        try:
            check_passphrase_strength(text)
        except WeakPassphrase:
            return True
        return False

    def problem(self) -> str:
        """Why the entry cannot be used yet (translated), or "" if it can."""
        text = self.first.text()
        if not text:
            return self.tr("Use at least 12 characters, for example four unrelated words.")
        if self._weak(text):
            return self.tr(
                "Too weak: use at least 12 characters, for example four unrelated words."
            )
        if self.second.text() != text:
            return self.tr("The two passphrases do not match.")
        return ""

    def passphrase(self) -> str | None:
        return None if self.problem() else self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
