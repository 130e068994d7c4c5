"""One app window per vault: a second start on the same vault raises the running window.

The first process holds a lock file (``QLockFile``, in the same folder as Qt's local sockets)
and, once its window is painted, listens on a local socket (``QLocalServer``; a Unix socket or
a Windows named pipe). Both are named by a hash of the user and the vault folder, so neither
name reveals them. A second process on the same vault finds the lock taken, connects, asks the
first to show its window and exits. The lock costs a millisecond before the window shows;
Qt's network module (about ten) loads after the first paint (``ui/startup.py``) or only in a
second process. A lock left by a crashed process is stale and taken over (Qt checks the
process id). The vault's own lock file still refuses a second writer if anything slips past
this.
"""

from __future__ import annotations

import getpass
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCryptographicHash, QDir, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

_RAISE = b"raise\n"
_CONNECT_MS = 500
#: How long a second process keeps trying to reach the first (which may still be starting).
_REACH_MS = 3000


def server_name(vault_dir: Path) -> str:
    """The local-socket name for ``vault_dir``: stable per user and folder, opaque."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in this environment
        user = ""
    folder = str(Path(vault_dir).expanduser().resolve())
    data = QByteArray(f"officer-desk\0{user}\0{folder}".encode())
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256).toHex()
    return f"officer-desk-{bytes(digest.data()).decode()[:32]}"


class SingleInstance(QObject):
    """``claim()`` returns True if this process now owns the vault's window, False if another
    process has it (that process was asked to raise its window). The owner calls ``serve()``
    once its window shows, to hear from later starts."""

    activation_requested = Signal()

    def __init__(self, vault_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(vault_dir)
        self.server: QLocalServer | None = None
        self._lock: QLockFile | None = None

    def notify_running(self, patience_ms: int = _REACH_MS) -> bool:
        """Ask a running instance to raise its window; True if one answered (trying for up to
        ``patience_ms``: it may not listen yet)."""
        from PySide6.QtCore import QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(patience_ms)
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(_CONNECT_MS):
                socket.write(_RAISE)
                socket.flush()
                socket.waitForBytesWritten(_CONNECT_MS)
                socket.disconnectFromServer()
                return True
            if deadline.hasExpired():
                return False
            QThread.msleep(100)

    def claim(self) -> bool:
        lock = QLockFile(f"{QDir.tempPath()}/{self.name}.lock")
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        if lock.tryLock(0):
            self._lock = lock
            return True
        if self.notify_running():
            return False
        # Locked, but nobody answers (a hung first process?): run anyway; the vault's own
        # lock still protects the data.
        log.warning("single-instance lock held but nobody answered")
        return True

    def serve(self) -> None:
        """Listen for later starts on this vault (call once the window shows)."""
        if self._lock is None or self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock: a socket of that name was left behind by a crashed process.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Could not listen: run without it; the vault lock still protects the data.
            log.warning("single-instance socket unavailable")
            return
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        server = self.server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            # The client writes its request right after connecting: a short wait suffices.
            if socket.bytesAvailable() or socket.waitForReadyRead(_CONNECT_MS):
                if _RAISE.strip() in bytes(socket.readAll().data()):
                    self.activation_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
