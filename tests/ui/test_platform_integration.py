"""Platform integration: screen-lock dispatch (Windows and macOS decisions), one window per
vault (two QLocalServer owners), the desktop entry and the app's self-check.

The Windows and macOS registrations (WTSRegisterSessionNotification, the distributed
notification centre) cannot run on this Linux test machine; what is tested here everywhere is
the decision logic they feed: which message or notification locks the vault, read from a real
``MSG`` structure in memory.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from officer_desk import desktop
from officer_desk.ui import screen_lock
from officer_desk.ui.lock import LockController, ScreenLockListener
from officer_desk.ui.single_instance import SingleInstance, server_name

# --- screen-lock dispatch ------------------------------------------------------------------


def _msg(message: int, wparam: int) -> screen_lock.MSG:
    return screen_lock.MSG(hwnd=None, message=message, wParam=wparam, lParam=0, time=0)


@pytest.mark.parametrize(
    ("wparam", "locks"),
    [
        (screen_lock.WTS_SESSION_LOCK, True),
        (screen_lock.WTS_CONSOLE_DISCONNECT, True),
        (screen_lock.WTS_REMOTE_DISCONNECT, True),
        (screen_lock.WTS_SESSION_LOGOFF, True),
        (screen_lock.WTS_SESSION_UNLOCK, False),
        (screen_lock.WTS_SESSION_LOGON, False),
        (screen_lock.WTS_CONSOLE_CONNECT, False),
        (screen_lock.WTS_REMOTE_CONNECT, False),
    ],
)
def test_windows_session_change_decides_the_lock(wparam, locks):
    msg = _msg(screen_lock.WM_WTSSESSION_CHANGE, wparam)
    assert screen_lock.windows_message_locks(msg.message, msg.wParam) is locks
    address = ctypes.addressof(msg)
    assert screen_lock.windows_native_event_locks(b"windows_generic_MSG", address) is locks
    assert screen_lock.windows_native_event_locks(b"windows_dispatcher_MSG", address) is locks


def test_other_windows_messages_and_event_types_never_lock():
    wm_paint = 0x000F
    msg = _msg(wm_paint, screen_lock.WTS_SESSION_LOCK)
    assert not screen_lock.windows_native_event_locks(b"windows_generic_MSG", ctypes.addressof(msg))
    lock_msg = _msg(screen_lock.WM_WTSSESSION_CHANGE, screen_lock.WTS_SESSION_LOCK)
    # An xcb or Cocoa event with the same bytes is not a Win32 message.
    assert not screen_lock.windows_native_event_locks(b"xcb_generic_event_t", 1)
    assert not screen_lock.windows_native_event_locks(b"windows_generic_MSG", 0)
    lock_address = ctypes.addressof(lock_msg)
    assert screen_lock.windows_native_event_locks(b"windows_generic_MSG", lock_address)


def test_windows_filter_calls_back_only_on_a_lock():
    calls = []
    native_filter = screen_lock._WindowsSessionFilter(lambda: calls.append("lock"))
    unlock = _msg(screen_lock.WM_WTSSESSION_CHANGE, screen_lock.WTS_SESSION_UNLOCK)
    lock = _msg(screen_lock.WM_WTSSESSION_CHANGE, screen_lock.WTS_SESSION_LOCK)
    assert native_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(unlock)) == (
        False,
        0,
    )
    assert calls == []
    native_filter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(lock))
    assert calls == ["lock"]


@pytest.mark.parametrize(
    ("name", "locks"),
    [
        ("com.apple.screenIsLocked", True),
        ("com.apple.screenIsUnlocked", False),
        ("com.apple.screensaver.didstop", False),
        ("", False),
        (None, False),
    ],
)
def test_mac_notification_decides_the_lock(name, locks):
    assert screen_lock.mac_notification_locks(name) is locks


@pytest.mark.parametrize(
    ("platform", "kind"),
    [("linux", "dbus"), ("win32", "windows"), ("darwin", "mac"), ("emscripten", "none")],
)
def test_each_platform_gets_its_listener(platform, kind):
    assert screen_lock.listener_kind(platform) == kind


def test_the_platform_listener_here_feeds_the_lock_controller(qtbot):
    owner = QObject()
    listener = screen_lock.create_platform_listener(owner)
    assert isinstance(listener, ScreenLockListener)
    controller = LockController(listener=listener)
    controller.arm(5)
    with qtbot.waitSignal(controller.lock_requested, timeout=1000):
        listener.locked.emit()
    assert not controller.armed


# --- one window per vault ------------------------------------------------------------------


def test_socket_name_is_stable_per_vault_and_hides_the_path(tmp_path):
    vault = tmp_path / "Jansen-vault"
    name = server_name(vault)
    assert name == server_name(vault / ".." / "Jansen-vault")
    assert name != server_name(tmp_path / "other")
    assert "Jansen" not in name and str(tmp_path) not in name
    assert name.startswith("officer-desk-") and len(name) < 64


def test_second_start_on_the_same_vault_raises_the_first(qtbot, tmp_path):
    vault = tmp_path / "vault"
    first = SingleInstance(vault)
    assert first.claim() is True
    assert first.server is None  # it listens once its window shows
    first.serve()
    assert first.server is not None and first.server.isListening()
    try:
        second = SingleInstance(vault)
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert second.claim() is False
        assert second.server is None
        other = SingleInstance(tmp_path / "another-vault")
        assert other.claim() is True
        other.release()
    finally:
        first.release()
    # Once the first is gone, the vault is free again.
    third = SingleInstance(vault)
    assert third.claim() is True
    third.release()


def test_a_second_process_raises_the_running_window(qtbot, tmp_path):
    vault = tmp_path / "vault"
    first = SingleInstance(vault)
    assert first.claim()
    # The first window paints (and starts listening) a moment after the second start: the
    # second waits for it rather than opening a second window.
    QTimer.singleShot(400, first.serve)
    code = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from officer_desk.ui.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\n"
        "sys.exit(0 if SingleInstance(Path(sys.argv[1])).claim() is False else 5)\n"
    )
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=15000):
            proc = subprocess.Popen([sys.executable, "-c", code, str(vault)])
            qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        assert proc.returncode == 0
    finally:
        first.release()


# --- desktop entry --------------------------------------------------------------------------


def test_install_desktop_entry_writes_entry_and_icons(tmp_path, monkeypatch):
    monkeypatch.setattr(desktop, "launcher_command", lambda: ["/opt/Officer Desk/officer-desk"])
    written = desktop.install_desktop_entry(tmp_path)
    entry = (tmp_path / "applications" / "officer-desk.desktop").read_text("utf-8")
    assert 'Exec="/opt/Officer Desk/officer-desk"' in entry
    assert "Icon=officer-desk" in entry and "Comment[nl]=" in entry
    assert entry.count("Exec=") == 1
    svg = tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "officer-desk.svg"
    assert svg in written and svg.read_bytes().startswith(b"<svg")
    png = tmp_path / "icons" / "hicolor" / "256x256" / "apps" / "officer-desk.png"
    assert png.read_bytes()[:4] == b"\x89PNG"
    # Again: replaced in place, nothing duplicated or left behind.
    desktop.install_desktop_entry(tmp_path)
    assert not list(tmp_path.rglob("*.tmp"))


@pytest.mark.parametrize(
    ("arg", "quoted"),
    [
        ("/usr/bin/officer-desk", "/usr/bin/officer-desk"),
        ("/home/a b/x", '"/home/a b/x"'),
        ('/p/"q"$', '"/p/\\"q\\"\\$"'),
        ("/p/100%", '"/p/100%%"'),
    ],
)
def test_exec_arguments_are_quoted_per_the_desktop_entry_spec(arg, quoted):
    assert desktop.quote_exec_arg(arg) == quoted


def test_xdg_data_home_ignores_relative_values(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", "relative/path")
    assert desktop.xdg_data_home() == Path.home() / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop.xdg_data_home() == tmp_path


def test_window_icon_renders(qapp):
    from PySide6.QtGui import QIcon

    from officer_desk.resources_path import icons_dir

    icon = QIcon(str(icons_dir() / "officer-desk.svg"))
    image = icon.pixmap(64, 64).toImage()
    assert not image.isNull()
    assert image.pixelColor(32, 32).alpha() == 255  # drawn, not a blank pixmap
    assert QCoreApplication.instance() is not None


# --- the app's self-check (what CI's smoke test reads) ----------------------------------------


def test_self_check_shows_the_dutch_unlock_screen(tmp_path):

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OFFICER_DESK_INSECURE_TEST_KDF="1")
    env["OFFICER_DESK_PASSPHRASE"] = "correct horse battery staple"
    vault = tmp_path / "vault"
    subprocess.run(
        [sys.executable, "-m", "officer_desk", "init", "--vault", str(vault)],
        env=env,
        check=True,
        capture_output=True,
    )
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    out = subprocess.run(
        [sys.executable, "-m", "officer_desk", "--vault", str(vault), "--lang", "nl"]
        + ["--self-check"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    shown = json.loads(out)
    assert "Ontgrendel uw kluis" in shown["texts"]
    assert "Unlock your vault" not in shown["texts"]
    assert shown["language"] == "nl_NL" and shown["icon"] is True
    assert shown["sqlcipher"].startswith("4.")


def test_windows_filter_takes_qt_argument_types():
    from PySide6.QtCore import QByteArray

    calls = []
    native_filter = screen_lock._WindowsSessionFilter(lambda: calls.append("lock"))
    lock = _msg(screen_lock.WM_WTSSESSION_CHANGE, screen_lock.WTS_SESSION_LOCK)
    native_filter.nativeEventFilter(QByteArray(b"windows_generic_MSG"), ctypes.addressof(lock))
    assert calls == ["lock"]
