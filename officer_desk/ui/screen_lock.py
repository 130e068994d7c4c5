"""Screen-lock hooks for Windows and macOS (Linux uses D-Bus: ``lock.DBusScreenLockListener``).

* **Windows**: the app registers a hidden window for session notifications with
  ``WTSRegisterSessionNotification``; a native event filter watches for
  ``WM_WTSSESSION_CHANGE`` and locks the vault on ``WTS_SESSION_LOCK`` (the officer pressed
  Win+L), ``WTS_CONSOLE_DISCONNECT`` / ``WTS_REMOTE_DISCONNECT`` (switch user, a remote session
  dropped) and ``WTS_SESSION_LOGOFF``.
* **macOS**: an observer on the distributed notification centre for
  ``com.apple.screenIsLocked`` (through CoreFoundation with ``ctypes``; no extra dependency).

The decisions (which message or notification means "lock now") are pure functions, tested on
every platform; the registration itself runs only on its own platform.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, QTimer

from officer_desk.ui.lock import ScreenLockListener

log = logging.getLogger(__name__)

# --- Windows -------------------------------------------------------------------------------

WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_CONNECT = 0x1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_CONNECT = 0x3
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOGON = 0x5
WTS_SESSION_LOGOFF = 0x6
WTS_SESSION_LOCK = 0x7
WTS_SESSION_UNLOCK = 0x8
NOTIFY_FOR_THIS_SESSION = 0

#: Session changes after which nobody (or somebody else) sits at this session.
_LOCKING_WTS_EVENTS = frozenset(
    {WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOGOFF}
)
#: The ``eventType`` Qt passes to native event filters for Win32 messages.
_WINDOWS_EVENT_TYPES = frozenset({b"windows_generic_MSG", b"windows_dispatcher_MSG"})


class MSG(ctypes.Structure):
    """The Win32 ``MSG`` structure (winuser.h), declared with portable ctypes types."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),  # WPARAM: UINT_PTR
        ("lParam", ctypes.c_ssize_t),  # LPARAM: LONG_PTR
        ("time", ctypes.c_ulong),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    ]


def windows_message_locks(message: int, wparam: int) -> bool:
    """True if a Win32 message means the session was locked or left."""
    return message == WM_WTSSESSION_CHANGE and wparam in _LOCKING_WTS_EVENTS


def windows_native_event_locks(event_type: bytes, address: int) -> bool:
    """True if the native event (``eventType``, pointer to a ``MSG``) locks the session."""
    if bytes(event_type) not in _WINDOWS_EVENT_TYPES or not address:
        return False
    msg = MSG.from_address(int(address))
    return windows_message_locks(int(msg.message), int(msg.wParam))


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Any) -> None:
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, eventType: Any, message: Any) -> Any:
        try:
            kind = eventType.data() if hasattr(eventType, "data") else eventType  # QByteArray
            if windows_native_event_locks(bytes(kind), int(message)):
                self._on_lock()
        except Exception:  # a hook must never break the event loop
            log.debug("session-change message not understood")
        return False, 0


class WindowsScreenLockListener(ScreenLockListener):
    """Windows: ``WTSRegisterSessionNotification`` on a hidden window + a native event filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtGui import QWindow

        self.registered = False
        self._window = QWindow()  # never shown; it only needs a native handle
        self._window.create()
        self._filter = _WindowsSessionFilter(self._emit_locked)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
        try:
            wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            hwnd = ctypes.c_void_p(int(self._window.winId()))
            self.registered = bool(
                wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION)
            )
        except (AttributeError, OSError):
            log.warning("session notifications unavailable; the idle lock still applies")
        self.destroyed.connect(self._unregister)

    def _emit_locked(self) -> None:
        self.locked.emit()

    def _unregister(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeNativeEventFilter(self._filter)
        if self.registered:
            try:
                wtsapi32 = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
                wtsapi32.WTSUnRegisterSessionNotification(
                    ctypes.c_void_p(int(self._window.winId()))
                )
            except (AttributeError, OSError):
                pass


# --- macOS ---------------------------------------------------------------------------------

MAC_SCREEN_LOCKED = "com.apple.screenIsLocked"
MAC_SCREEN_UNLOCKED = "com.apple.screenIsUnlocked"
MAC_SCREENSAVER_STARTED = "com.apple.screensaver.didstart"
_MAC_LOCKING = frozenset({MAC_SCREEN_LOCKED})
_K_CF_STRING_ENCODING_UTF8 = 0x08000100
_DELIVER_IMMEDIATELY = 4  # CFNotificationSuspensionBehaviorDeliverImmediately


def mac_notification_locks(name: str | None) -> bool:
    """True if a distributed notification's name means the screen locked."""
    return name in _MAC_LOCKING


_CFNotificationCallback = ctypes.CFUNCTYPE(
    None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p
)


def _cf_string_to_str(cf: Any, ref: int | None) -> str | None:
    if not ref:
        return None
    buffer = ctypes.create_string_buffer(256)
    if cf.CFStringGetCString(ctypes.c_void_p(ref), buffer, 256, _K_CF_STRING_ENCODING_UTF8):
        return buffer.value.decode("utf-8", "replace")
    return None


class MacScreenLockListener(ScreenLockListener):
    """macOS: ``com.apple.screenIsLocked`` from the distributed notification centre. Qt's
    Cocoa event loop runs the main run loop, which delivers the notification."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.registered = False
        self._callback = _CFNotificationCallback(self._on_notification)
        import ctypes.util  # macOS only; it loads subprocess and more (start-up time)

        path = ctypes.util.find_library("CoreFoundation")
        if not path:
            return
        try:
            cf = ctypes.cdll.LoadLibrary(path)
            cf.CFNotificationCenterGetDistributedCenter.restype = ctypes.c_void_p
            cf.CFStringCreateWithCString.restype = ctypes.c_void_p
            cf.CFStringCreateWithCString.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_uint32,
            ]
            cf.CFStringGetCString.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_long,
                ctypes.c_uint32,
            ]
            cf.CFNotificationCenterAddObserver.argtypes = [
                ctypes.c_void_p,
                ctypes.c_void_p,
                _CFNotificationCallback,
                ctypes.c_void_p,
                ctypes.c_void_p,
                ctypes.c_long,
            ]
            self._cf = cf
            center = cf.CFNotificationCenterGetDistributedCenter()
            name = cf.CFStringCreateWithCString(
                None, MAC_SCREEN_LOCKED.encode(), _K_CF_STRING_ENCODING_UTF8
            )
            cf.CFNotificationCenterAddObserver(
                center, ctypes.c_void_p(id(self)), self._callback, name, None, _DELIVER_IMMEDIATELY
            )
            self.registered = True
        except (AttributeError, OSError):
            log.warning("screen-lock notifications unavailable; the idle lock still applies")

    def _on_notification(
        self, _center: int, _observer: int, name: int, _object: int, _info: int
    ) -> None:
        try:
            if mac_notification_locks(_cf_string_to_str(self._cf, name)):
                # Leave the CoreFoundation callback before the lock closes windows.
                QTimer.singleShot(0, self.locked.emit)
        except Exception:
            log.debug("screen-lock notification not understood")


# --- choice --------------------------------------------------------------------------------


def listener_kind(platform: str) -> str:
    """Which listener a ``sys.platform`` value gets: "dbus", "windows", "mac" or "none"."""
    if platform.startswith("linux") or platform.startswith("freebsd"):
        return "dbus"
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "mac"
    return "none"


def create_platform_listener(parent: QObject | None = None) -> ScreenLockListener:
    from officer_desk.ui.lock import DBusScreenLockListener

    kind = listener_kind(sys.platform)
    try:
        if kind == "dbus":
            return DBusScreenLockListener(parent)
        if kind == "windows":
            return WindowsScreenLockListener(parent)
        if kind == "mac":
            return MacScreenLockListener(parent)
    except Exception:  # the idle lock still applies without a hook
        log.warning("no screen-lock hook on this platform")
    return ScreenLockListener(parent)
