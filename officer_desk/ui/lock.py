"""Session hygiene (docs/SECURITY.md): idle lock, lock now and lock on screen lock.

``LockController.lock_requested`` fires when the vault should lock; the main window performs
the lock (save drafts, delete views, close the session, show the unlock screen).
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any, cast

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

#: Events that count as the officer being present.
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.InputMethod,
    }
)


class InactivityTimer(QObject):
    """Emits ``inactive`` once after ``timeout_ms`` without keyboard, mouse or touch input."""

    inactive = Signal()
    #: The first input after ``report_next_input()`` (once).
    input_seen = Signal()

    def __init__(self, timeout_ms: int = 5 * 60_000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expired)
        self._timer.setInterval(max(1, timeout_ms))
        self._active = False
        self._last_restart = 0.0
        self._report_input = False

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._active:
            self._restart(force=True)

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
        self._active = True
        self._restart(force=True)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False
        self._timer.stop()

    def report_next_input(self) -> None:
        """Emit ``input_seen`` at the next keyboard, mouse or touch input."""
        self._report_input = True

    def is_running(self) -> bool:
        return self._active and self._timer.isActive()

    def _restart(self, *, force: bool = False) -> None:
        # Restarting on every mouse move is wasteful; once per ~quarter interval is plenty.
        now = time.monotonic()
        throttle = min(1.0, self._timer.interval() / 4000.0)
        if force or now - self._last_restart >= throttle:
            self._last_restart = now
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT_EVENTS:
            if self._report_input:
                self._report_input = False
                self.input_seen.emit()
            self._restart()
        return False

    def _expired(self) -> None:
        if self._active:
            self.stop()
            self.inactive.emit()


class ScreenLockListener(QObject):
    """Tells when the desktop session locks, switches user or suspends. Tests emit
    ``locked`` directly; ``create_screen_lock_listener`` picks the platform implementation."""

    locked = Signal()


class DBusScreenLockListener(ScreenLockListener):
    """Linux: the freedesktop/GNOME screensaver ``ActiveChanged``, logind ``Lock`` and
    ``PrepareForSleep`` signals (the ones KeePassXC listens to). Silently does nothing when
    no D-Bus is available."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus missing from the wheel
            return
        session_bus = QDBusConnection.sessionBus()
        system_bus = QDBusConnection.systemBus()
        subscriptions = []
        if session_bus.isConnected():
            subscriptions += [
                (
                    session_bus,
                    "org.freedesktop.ScreenSaver",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver",
                    "ActiveChanged",
                    "on_active_changed(bool)",
                ),
                (
                    session_bus,
                    "org.gnome.ScreenSaver",
                    "/org/gnome/ScreenSaver",
                    "org.gnome.ScreenSaver",
                    "ActiveChanged",
                    "on_active_changed(bool)",
                ),
                (
                    session_bus,
                    "org.gnome.SessionManager",
                    "/org/gnome/SessionManager/Presence",
                    "org.gnome.SessionManager.Presence",
                    "StatusChanged",
                    "on_status_changed(uint)",
                ),
            ]
        if system_bus.isConnected():
            subscriptions += [
                (
                    system_bus,
                    "org.freedesktop.login1",
                    "/org/freedesktop/login1",
                    "org.freedesktop.login1.Manager",
                    "PrepareForSleep",
                    "on_prepare_for_sleep(bool)",
                ),
                (
                    system_bus,
                    "org.freedesktop.login1",
                    "",
                    "org.freedesktop.login1.Session",
                    "Lock",
                    "on_lock()",
                ),
            ]
        for bus, service, path, interface, name, slot in subscriptions:
            try:
                # PySide6's stubs lack the (receiver, SLOT string) overload this uses.
                if cast(Any, bus).connect(service, path, interface, name, self, SLOT(slot)):
                    self.connected.append(f"{interface}.{name}")
            except Exception:  # pragma: no cover - bus quirks must never break the app
                log.debug("could not subscribe to %s.%s", interface, name)

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot(int)
    def on_status_changed(self, status: int) -> None:
        if status == 3:  # GNOME presence "idle": the screen is locked or blanked
            self.locked.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.locked.emit()

    @Slot()
    def on_lock(self) -> None:
        self.locked.emit()


#: The key that locks the vault from anywhere in the app.
LOCK_KEYS = QKeySequence("Ctrl+L")


class LockKeyFilter(QObject):
    """Sees the lock key everywhere in the application, also while a modal dialog, a message
    box or a file dialog is open (an ``ApplicationShortcut`` is blocked by a modal window;
    an application event filter is not). Installed while the vault is unlocked."""

    pressed = Signal()

    def __init__(self, keys: QKeySequence = LOCK_KEYS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = keys
        self._active = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._active:
            app.installEventFilter(self)
            self._active = True

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._active:
            app.removeEventFilter(self)
        self._active = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(
            event, QKeyEvent
        ):
            from PySide6.QtCore import Qt  # not at import: ui/startup.py

            combination = event.keyCombination()
            modifiers = combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if QKeySequence(QKeyCombination(modifiers, combination.key())) == self._keys:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.pressed.emit()
                return True
        return False


def create_screen_lock_listener(parent: QObject | None = None) -> ScreenLockListener:
    """D-Bus on Linux, WTS session notifications on Windows, ``com.apple.screenIsLocked`` on
    macOS (``officer_desk/ui/screen_lock.py``); elsewhere only the idle lock applies."""
    if sys.platform.startswith(("linux", "freebsd")):
        # The Windows and macOS hooks (ctypes) are not even loaded here (start-up time).
        return DBusScreenLockListener(parent)
    from officer_desk.ui.screen_lock import create_platform_listener

    return create_platform_listener(parent)


class LockController(QObject):
    """Decides *when* to lock: idle timeout, screen lock, or ``lock_now()`` (Ctrl+L, seen
    from anywhere in the app through ``LockKeyFilter``, modal dialogs included).

    ``set_paused(True)`` while a long write job runs (import, erase, purge, backup): an idle
    timeout then waits for the job and locks when it ends, unless the officer used the
    keyboard or mouse meanwhile. Ctrl+L and the screen lock are never paused (the lock
    itself then stops or waits for the job before it wipes the key)."""

    lock_requested = Signal()

    def __init__(
        self, listener: ScreenLockListener | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.timer = InactivityTimer(parent=self)
        self.timer.inactive.connect(self._idle)
        #: The screen-lock listener; the platform's own is made with the first ``arm`` (there
        #: is nothing to lock before, and D-Bus need not load before the first paint).
        self.listener: ScreenLockListener | None = None
        if listener is not None:
            self._listen(listener)
        self.timer.input_seen.connect(self._input_seen)
        self.keys = LockKeyFilter(parent=self)
        self.keys.pressed.connect(self.lock_now)
        self._armed = False
        self._paused = False
        self._idle_pending = False

    def _listen(self, listener: ScreenLockListener) -> None:
        self.listener = listener
        listener.locked.connect(self._request)

    def arm(self, minutes: float) -> None:
        """Start watching (after unlock) with an idle timeout of ``minutes``."""
        if self.listener is None:
            self._listen(create_screen_lock_listener(self))
        self._armed = True
        self._idle_pending = False
        self.timer.set_timeout_ms(int(minutes * 60_000))
        self.timer.start()
        self.keys.start()

    def set_timeout_ms(self, ms: int) -> None:
        self.timer.set_timeout_ms(ms)

    def disarm(self) -> None:
        self._armed = False
        self._idle_pending = False
        self.timer.stop()
        self.keys.stop()

    def set_paused(self, paused: bool) -> None:
        """Pause (or resume) the idle lock; resuming after an idle timeout locks now."""
        self._paused = paused
        if not paused and self._idle_pending:
            self._idle_pending = False
            self._request()

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def idle_lock_pending(self) -> bool:
        """The idle timeout passed while paused: the lock follows when the job ends."""
        return self._idle_pending

    def _idle(self) -> None:
        if not self._armed:
            return
        if not self._paused:
            self._request()
            return
        self._idle_pending = True
        # Keep watching: input before the job ends means the officer is here after all.
        self.timer.report_next_input()
        self.timer.start()

    def _input_seen(self) -> None:
        self._idle_pending = False

    @property
    def armed(self) -> bool:
        return self._armed

    def lock_now(self) -> None:
        self._request()

    def _request(self) -> None:
        if self._armed:
            self.disarm()
            self.lock_requested.emit()
