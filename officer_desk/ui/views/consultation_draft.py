"""Keeping a consultation that is being typed as an encrypted draft in the vault.

``DraftKeeper`` owns the when and whether: a change starts a debounced write (~1 s), ``keep``
writes now (before an auto-lock), ``discard`` drops the draft. It knows nothing of the
dialog's layout: the dialog hands it a function that returns what is typed as a plain
dict, and a function that shows an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from officer_desk.errors import OfficerDeskError
from officer_desk.services.desk import Desk

DRAFT_DELAY_MS = 1000
NEW_KEY = "consultation:new"


def draft_key(student_id: int | None) -> str:
    """The draft's key: one draft per student, and one for a consultation without a student."""
    return NEW_KEY if student_id is None else f"consultation:student:{student_id}"


class DraftKeeper(QObject):
    """The draft state of one consultation dialog."""

    def __init__(
        self,
        desk: Desk,
        key: str,
        payload: Callable[[], tuple[dict[str, Any], int | None]],
        on_error: Callable[[OfficerDeskError], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.key = key
        self._payload = payload
        self._on_error = on_error
        self.unwritten = False  # changed since the last draft write
        self.has_input = False  # anything typed (or restored) that is not saved
        self.kept = False  # keep() was called and nothing changed since
        self.saved = False  # the consultation itself was saved: no draft any more
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.write)

    @property
    def dirty(self) -> bool:
        """Whether the dialog holds input that is not saved as a consultation."""
        return self.has_input and not self.saved

    def changed(self) -> None:
        """Something was typed: write a draft after a short pause."""
        self.unwritten = True
        self.has_input = True
        self.kept = False
        self.timer.start()

    def write(self) -> bool:
        """Write the draft now if something changed since the last write."""
        self.timer.stop()
        if not self.unwritten or self.saved:
            return False
        payload, student_id = self._payload()
        payload = {"saved_at": self.desk.clock.now().isoformat(timespec="minutes"), **payload}
        try:
            self.desk.save_draft(self.key, payload, student_id)
        except OfficerDeskError as err:
            self._on_error(err)
            return False
        self.unwritten = False
        return True

    def keep(self) -> bool:
        """Keep what is typed as a draft now; returns whether the input is kept."""
        self.write()
        self.kept = self.dirty and not self.unwritten
        return self.kept

    def load(self) -> tuple[dict[str, Any], dt.datetime | None] | None:
        """The stored draft and when it was saved, or None. Counts as input once applied."""
        try:
            payload = self.desk.load_draft(self.key)
        except (OfficerDeskError, ValueError):
            return None
        if not payload:
            return None
        try:
            when: dt.datetime | None = dt.datetime.fromisoformat(str(payload.get("saved_at")))
        except ValueError:
            when = None
        self.has_input = True
        return payload, when

    def discard(self) -> None:
        """Drop the stored draft and forget the input."""
        self.timer.stop()
        self.desk.discard_draft(self.key)
        self.unwritten = self.has_input = self.kept = False

    def mark_saved(self) -> None:
        """The consultation was saved (its draft is deleted in the same transaction)."""
        self.timer.stop()
        self.saved = True
        self.unwritten = self.has_input = False
