"""What every view receives: the services of the open session, a Qt bridge for change
notifications, the display language and navigation requests.

Views never keep personal data beyond their widgets and models; on lock the main window
deletes every view, so nothing personal survives a lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the services load with the first unlock, not at start-up
    from officer_desk.services.desk import Desk
    from officer_desk.services.session import Session


class UiContext(QObject):
    """Shared by the views of one unlocked session."""

    #: A record kind changed (``officer_desk.services.desk.STUDENTS`` …): refresh what you show.
    changed = Signal(str)
    #: An action was done: what happened, and a function that undoes it (or None).
    reported = Signal(str, object)
    #: Ask the main window to show a student's page.
    open_student_requested = Signal(int)
    #: Ask the main window to open the Log consultation dialog (optional student id, 0 = none).
    log_consultation_requested = Signal(int)
    #: Ask the main window to switch to a named view ("today", "students", …).
    show_view_requested = Signal(str)
    #: Ask the main window to show a student's page at one consultation (student, consultation).
    open_consultation_requested = Signal(int, int)
    #: Say in the main window for whom something was saved or moved, with a way to open the
    #: record: (text, student id, consultation id or 0). Names stay on screen, never in logs.
    notice_requested = Signal(str, int, int)

    def __init__(self, session: Session, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        session.desk.subscribe(self._emit_changed)

    @property
    def desk(self) -> Desk:
        return self.session.desk

    def report(self, message: str, undo: Callable[[], object] | None = None) -> None:
        """Say what an action did (the window's message bar), offering ``undo`` for a while."""
        self.reported.emit(message, undo)

    def _emit_changed(self, kind: str) -> None:
        self.changed.emit(kind)

    def detach(self) -> None:
        """Stop listening (called on lock before the session closes)."""
        self.session.desk.unsubscribe(self._emit_changed)
