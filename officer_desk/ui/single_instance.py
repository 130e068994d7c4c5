"""One app window per vault: a second start on the same vault raises the running window.

The first process listens on a local socket (``QLocalServer``; a Unix socket or a Windows named
pipe) whose name is a hash of the user and the vault folder, so the name reveals neither. A
second process on the same vault connects, asks the first to show its window and exits. The
vault's own lock file still refuses a second writer if anything slips past this (e.g. two
starts in the same instant).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_RAISE = b"raise\n"
_CONNECT_MS = 500


def server_name(vault_dir: Path) -> str:
    """The local-socket name for ``vault_dir``: stable per user and folder, opaque."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment
        user = ""
    folder = str(Path(vault_dir).expanduser().resolve())
    digest = hashlib.sha256(f"officer-desk\0{user}\0{folder}".encode()).hexdigest()
    return f"officer-desk-{digest[:32]}"


class SingleInstance(QObject):
    """``claim()`` returns True if this process now owns the vault's window, False if another
    process has it (that process was asked to raise its window)."""

    activation_requested = Signal()

    def __init__(self, vault_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(vault_dir)
        self.server: QLocalServer | None = None

    def notify_running(self) -> bool:
        """Ask a running instance to raise its window; True if one answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(_CONNECT_MS):
            return False
        socket.write(_RAISE)
        socket.flush()
        socket.waitForBytesWritten(_CONNECT_MS)
        socket.disconnectFromServer()
        return True

    def claim(self) -> bool:
        if self.notify_running():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Nobody answered: a socket left behind by a crashed process is stale.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            # Could not listen (e.g. a race with another start): run without it; the vault
            # lock still protects the data.
            log.warning("single-instance socket unavailable")
            return True
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

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
