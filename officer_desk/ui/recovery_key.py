"""The recovery key on screen, once: large and monospaced, with Copy and Print.

Copy puts the key on the clipboard and takes it off again after ``CLIPBOARD_SECONDS`` (and
when the panel is cleared, e.g. when the officer moves on), but only if the clipboard still
holds the key: something the officer copied since is left alone. Print goes through Qt's
print dialog straight to a printer; printing to a file is not offered, so the key is never
written to disk by the app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from officer_desk.ui.icons import icon

if TYPE_CHECKING:  # Qt's print support loads when the key is printed, not at start-up
    from PySide6.QtPrintSupport import QPrinter

#: How long a copied recovery key stays on the clipboard.
CLIPBOARD_SECONDS = 60


def grouped(recovery_key: str) -> str:
    """The key in lines of five dash-separated groups (easier to copy by hand)."""
    groups = recovery_key.split("-")
    return "\n".join("-".join(groups[i : i + 5]) for i in range(0, len(groups), 5))


class RecoveryKeyPanel(QWidget):
    """Shows one recovery key with Copy and Print buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = ""
        self._copied = ""
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        mono.setWeight(QFont.Weight.Bold)
        self.label.setFont(mono)
        self.label.setStyleSheet("border: 1px solid palette(mid); padding: 10px;")
        self.label.setAccessibleName(self.tr("Recovery key"))
        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.setToolTip(
            self.tr("Copy the key; it is removed from the clipboard after {n} seconds.").format(
                n=CLIPBOARD_SECONDS
            )
        )
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Recovery key status"))
        self.clipboard_timer = QTimer(self)
        self.clipboard_timer.setSingleShot(True)
        self.clipboard_timer.setInterval(CLIPBOARD_SECONDS * 1000)
        self.clipboard_timer.timeout.connect(self.clear_clipboard)
        self.copy_button.setIcon(icon("copy"))
        self.print_button.setIcon(icon("print"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.copy_button.clicked.connect(self.copy)
        self.print_button.clicked.connect(self.print_key)
        self.set_key("")

    # -- the key ------------------------------------------------------------------------------

    def set_key(self, recovery_key: str) -> None:
        self._key = recovery_key
        self.label.setText(grouped(recovery_key) if recovery_key else "")
        self.status.clear()
        for button in (self.copy_button, self.print_button):
            button.setEnabled(bool(recovery_key))

    def clear(self) -> None:
        """Forget the key (and take it off the clipboard if it is still there)."""
        self.clear_clipboard()
        self.set_key("")

    # -- copy ---------------------------------------------------------------------------------

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if not self._key or clipboard is None:
            return
        clipboard.setText(self._key)
        self._copied = self._key
        self.clipboard_timer.start()
        self.status.setText(
            self.tr(
                "Copied. Paste it where you keep it safe: it is removed from the clipboard "
                "in {n} seconds."
            ).format(n=CLIPBOARD_SECONDS)
        )

    def clear_clipboard(self) -> None:
        """Take the key off the clipboard, if the clipboard still holds it."""
        self.clipboard_timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self._copied and clipboard is not None and clipboard.text() == self._copied:
            clipboard.clear()
        if self._copied:
            self.status.setText(self.tr("The recovery key was removed from the clipboard."))
        self._copied = ""

    # -- print --------------------------------------------------------------------------------

    def document(self) -> QTextDocument:
        """What is printed: a heading, the key and a line on where to keep it."""
        doc = QTextDocument(self)
        doc.setPlainText(
            "\n\n".join(
                [
                    self.tr("Officer Desk: recovery key"),
                    grouped(self._key),
                    self.tr(
                        "Keep this page somewhere safe, away from the computer. With it you "
                        "can set a new passphrase if you forget yours."
                    ),
                ]
            )
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(14)
        doc.setDefaultFont(mono)
        return doc

    def print_to(self, printer: QPrinter) -> None:
        self.document().print_(printer)

    def print_key(self) -> None:
        """Ask for a printer (not a file) and print the key."""
        if not self._key:
            return
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)
            self.status.setText(self.tr("Sent to the printer."))
