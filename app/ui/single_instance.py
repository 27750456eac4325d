"""One running app per data directory: a second start hands over to the first and exits.

    guard = SingleInstance(data_dir)
    if not guard.claim():      # another instance answered: it was asked to come forward
        return 0
    guard.activated.connect(window_to_front)

Uses a QLocalServer (a Unix socket or a Windows named pipe) named after the data directory and
the user, so two stations on one machine, or two users, do not block each other. A socket left
behind by a crashed instance is removed when nothing answers on it.
"""
from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.ui.qtfix import emit

_HELLO = b"come-forward\n"
_TIMEOUT_MS = 1500


def instance_name(data_dir: Path) -> str:
    key = f"{getpass.getuser()}|{Path(data_dir).resolve()}".encode("utf-8")
    return "station-ledger-" + hashlib.sha256(key).hexdigest()[:20]


class SingleInstance(QObject):
    activated = Signal()  # a second start asked this instance to come forward

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = instance_name(data_dir)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this is the only instance (now listening). False: another one is running and
        has been asked to come forward."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(_TIMEOUT_MS):
            probe.write(_HELLO)
            probe.waitForBytesWritten(_TIMEOUT_MS)
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)  # a stale socket from a crashed run
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            return True  # cannot listen (unusual platform limits): run without the guard
        self.server.newConnection.connect(self._greeted)
        return True

    def _greeted(self) -> None:
        asked = False
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # the greeting is 13 bytes sent at once; waiting briefly here is simpler and safer
            # than keeping half-read sockets alive across events
            if socket.bytesAvailable() or socket.waitForReadyRead(_TIMEOUT_MS):
                asked |= bytes(socket.readAll().data()).startswith(_HELLO.strip())
            socket.abort()
            socket.deleteLater()
        if asked:
            emit(self.activated)

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
