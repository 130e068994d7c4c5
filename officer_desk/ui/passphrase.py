"""Passphrase fields: a field that can show what was typed and warns while Caps Lock is on
(``PassphraseEdit``, ``CapsLockWarning``), and a new passphrase entered twice with strength
feedback (create, recovery, settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

# The rarer classes are looked up where used: the unlock screen's first paint builds only what
# it shows (ui/startup.py).
from PySide6 import QtGui, QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QToolButton, QWidget

from officer_desk.errors import WeakPassphrase
from officer_desk.ui import style

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QHideEvent, QKeyEvent, QMouseEvent
    from PySide6.QtWidgets import QMenu

#: Bits at which the meter is full.
_FULL_BITS = 90.0

#: The key that shows or hides a passphrase while its field has focus.
REVEAL_SHORTCUT = QKeySequence("Ctrl+H")


class _CapsLockState(QObject):
    """What the typed letters say about Caps Lock (Qt has no portable query for it).

    A letter whose case disagrees with Shift means Caps Lock is on; one that agrees means it is
    off; the Caps Lock key itself flips a known state. Unknown until the first letter.
    """

    changed = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.on = False

    def set(self, on: bool) -> None:
        if on != self.on:
            self.on = on
            self.changed.emit(on)

    def key_pressed(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt  # not at import: ui/startup.py

        if event.key() == Qt.Key.Key_CapsLock:
            self.set(not self.on)
            return
        text = event.text()
        if len(text) != 1 or text.lower() == text.upper():
            return  # not a letter with a case
        command = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if event.modifiers() & command:
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.set(text.isupper() != shift)


_caps: _CapsLockState | None = None


def caps_lock_state() -> _CapsLockState:
    """The one Caps Lock state shared by every passphrase field (the key is global)."""
    global _caps
    if _caps is None:
        _caps = _CapsLockState()
    return _caps


class PassphraseEdit(QLineEdit):
    """A password field with a show/hide button (eye icon, also Ctrl+H) that hides again when
    the field is hidden (a page change, a lock), and that tells ``CapsLockWarning`` when a
    letter shows Caps Lock is on.

    A shown passphrase is still not copied: Copy and Cut do nothing (keys and context menu),
    and a selection does not stay on X11's middle-click clipboard. Paste works as usual.
    """

    focus_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal_action = QAction(self)
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self._revealed)
        self.addAction(self.reveal_action, QLineEdit.ActionPosition.TrailingPosition)
        self._revealed(False)
        self.selectionChanged.connect(self._keep_off_selection_clipboard)

    def reveal_button(self) -> QToolButton | None:
        for button in self.findChildren(QToolButton):
            if button.defaultAction() is self.reveal_action:
                return button
        return None

    def set_revealed(self, revealed: bool) -> None:
        self.reveal_action.setChecked(revealed)

    def is_revealed(self) -> bool:
        return self.reveal_action.isChecked()

    def _revealed(self, revealed: bool) -> None:
        from officer_desk.ui.icons import icon

        self.setEchoMode(QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password)
        text = self.tr("Hide passphrase") if revealed else self.tr("Show passphrase")
        shortcut = REVEAL_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText)
        self.reveal_action.setIcon(icon("hide" if revealed else "show"))
        self.reveal_action.setText(text)
        self.reveal_action.setToolTip(f"{text} ({shortcut})")
        button = self.reveal_button()
        if button is not None:
            button.setAccessibleName(text)
        self.setAccessibleDescription(
            self.tr("Press {shortcut} to show or hide the passphrase.").format(shortcut=shortcut)
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._revealed(self.is_revealed())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if QKeySequence(event.keyCombination()) == REVEAL_SHORTCUT:
            self.set_revealed(not self.is_revealed())
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        ):
            event.accept()  # never onto the clipboard, shown or not
            return
        caps_lock_state().key_pressed(event)
        super().keyPressEvent(event)

    def createStandardContextMenu(self) -> QMenu:
        menu = super().createStandardContextMenu()
        for action in menu.actions():
            if action.objectName() in ("edit-copy", "edit-cut"):
                action.setEnabled(False)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        from PySide6.QtCore import Qt

        menu = self.createStandardContextMenu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self._clear_selection_clipboard()

    def _keep_off_selection_clipboard(self) -> None:
        if self.is_revealed():
            QTimer.singleShot(0, self._clear_selection_clipboard)

    def _clear_selection_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is None or not clipboard.supportsSelection() or not self.text():
            return
        if clipboard.text(QtGui.QClipboard.Mode.Selection) in (self.text(), self.selectedText()):
            clipboard.clear(QtGui.QClipboard.Mode.Selection)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_changed.emit(False)

    def hideEvent(self, event: QHideEvent) -> None:
        self.set_revealed(False)
        super().hideEvent(event)


class CapsLockWarning(QLabel):
    """ "Caps Lock is on", shown while Caps Lock is on and one of the watched fields has focus.

    It keeps its space while hidden, so nothing moves when it appears.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: list[PassphraseEdit] = []
        self.setWordWrap(True)
        style.themed_css(self, lambda: style.message_css("warning"))
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self._retranslate()
        caps_lock_state().changed.connect(self._update)
        self.hide()

    def _retranslate(self) -> None:
        self.setText(self.tr("Caps Lock is on: the passphrase may come out in capitals."))
        self.setAccessibleName(self.tr("Caps Lock is on"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def watch(self, *fields: PassphraseEdit) -> None:
        for field in fields:
            self._fields.append(field)
            field.focus_changed.connect(self._update)

    def _update(self, *_args: object) -> None:
        focused = any(f.hasFocus() for f in self._fields)
        self.setVisible(focused and caps_lock_state().on)


class NewPassphraseFields(QWidget):
    """Two password fields, a strength meter and a one-line verdict."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = PassphraseEdit(self)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = PassphraseEdit(self)
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter = QtWidgets.QProgressBar(self)
        self.meter.setRange(0, 100)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Passphrase feedback"))

        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        #: Callers may insert rows (recovery key, current passphrase) so labels line up.
        self.form = form
        form.addRow(self.tr("New &passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.verdict)
        #: "Caps Lock is on" while either field (or one a caller adds) has focus.
        self.caps_warning = CapsLockWarning(self)
        self.caps_warning.watch(self.first, self.second)
        form.addRow("", self.caps_warning)
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
        from officer_desk.services.passphrases import estimate_bits

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
        from officer_desk.services.passphrases import check_passphrase_strength

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
