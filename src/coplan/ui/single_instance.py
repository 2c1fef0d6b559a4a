"""One CoPlan per data folder on a computer; a second start brings the first window forward.

Two Qt pieces, each for what it is good at:

- `QLockFile` (`coplan.instance.lock` in the data folder) decides who is first. Taking it is
  atomic, and it records the process id, computer and program name, so a lock left by a CoPlan
  that was killed or crashed is recognised as stale and taken over at once. Its age-based
  staleness is switched off (`setStaleLockTime(0)`): by default Qt treats a lock older than 30 s
  as stale even when its process is alive, which would let a second CoPlan in mid-meeting.
- `QLocalServer`/`QLocalSocket` carry the one message "come forward" from the second start to
  the first. A local server alone cannot decide who is first: after a kill its socket file is
  left behind, and two starts at the same moment can both remove it and listen.

The server's name is derived from the data folder and the user, and the socket is the user's
only (`UserAccessOption`). Nothing but that one word is ever sent.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE_NAME = "coplan.instance.lock"
MESSAGE = b"come forward\n"
CONNECT_TIMEOUT_MS = 2000


def server_name(folder: Path) -> str:
    key = f"{getpass.getuser()}\0{Path(folder).resolve()}".encode()
    return "coplan-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    """Hold the data folder for this process (`acquire`), or knock on the holder's door."""

    come_forward = Signal()  # a second start asked this CoPlan to show itself

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.name = server_name(self.folder)
        self._lock = QLockFile(str(self.folder / LOCK_FILE_NAME))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> bool:
        """True when this is the only CoPlan on the folder now (and listens for knocks)."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.name)  # a socket a killed CoPlan left behind
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(self.name):
            log.warning("cannot listen for a second CoPlan: %s", self._server.errorString())
        self._server.newConnection.connect(self._knocked)
        return True

    def ask_first_to_come_forward(self) -> bool:
        """From a second start: ask the CoPlan holding the folder to show itself."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(MESSAGE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _knocked(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            connection.disconnectFromServer()
            self.come_forward.emit()
