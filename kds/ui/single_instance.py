"""One KDS per user session: a second launch asks the running one to show itself, then exits.

The first instance takes a lock file and listens on a local socket (a Unix domain socket, or a
named pipe on Windows) named after the key and the user. A later launch fails to take the lock,
connects, sends one line of JSON (`{"command": "show", "argv": [...]}`) and gets False from
`acquire()`, so it exits; the first instance emits `show_requested` with that launch's arguments.

The lock file, not the socket, decides who is first: two launches at the same instant could both
fail to connect and both listen, and QLockFile also recognises a lock left by a crashed instance
(its process is gone) and takes it over. The stale socket such a crash leaves on Unix is removed
before listening.

Usage in the launcher::

    instance = SingleInstance("kds")
    if not instance.acquire():
        return 0  # the running KDS was asked to come to the front
    instance.show_requested.connect(lambda argv: (window.showNormal(), window.raise_(), window.activateWindow()))
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW = "show"
MAX_MESSAGE = 64 * 1024  # a launch's arguments; anything longer is not from KDS


def server_name(key: str) -> str:
    """The local socket name for `key`, unique per user (named pipes on Windows are machine-wide)."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment or the password database
        user = "user"
    digest = hashlib.sha256(f"{key}\0{user}".encode()).hexdigest()[:16]
    return f"{key}-{digest}"


class SingleInstance(QObject):
    """Makes this process the one instance for `key`, or hands over to the one already running."""

    show_requested = Signal(list)
    """Another launch asked to be shown; the argument is its command line (a list of str)."""

    def __init__(self, key: str, parent: QObject | None = None, *, timeout_ms: int = 1000) -> None:
        """Nothing happens until `acquire()`.

        Args:
            key: names the instance ("kds"; tests use a unique key).
            parent: Qt parent.
            timeout_ms: how long a second launch waits for the first to take its message.
        """
        super().__init__(parent)
        self.key = key
        self.name = server_name(key)
        self.timeout_ms = timeout_ms
        self._lock = QLockFile(QDir(QDir.tempPath()).filePath(f"{self.name}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def is_primary(self) -> bool:
        """True after `acquire()` returned True and until `release()`."""
        return self._server is not None

    def acquire(self, argv: Sequence[str] = ()) -> bool:
        """Become the running instance (True), or ask the running one to show itself (False).

        Args:
            argv: this launch's arguments, passed on to the running instance when there is one.
        """
        if self._server is not None:
            return True
        if not self._lock.tryLock(0):
            self._notify(argv)
            return False
        # A crashed instance leaves its Unix socket file behind; we hold the lock, so nobody else uses it.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single instance: cannot listen on %s: %s", self.name, server.errorString())
            self._lock.unlock()
            # Running twice is better than not running at all.
            return True
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def release(self) -> None:
        """Stop being the running instance (on quit)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
            self._lock.unlock()

    def _notify(self, argv: Sequence[str]) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(self.timeout_ms):
            log.warning("another KDS holds the lock but does not answer: %s", socket.errorString())
            return
        message = json.dumps({"command": SHOW, "argv": list(argv)}).encode() + b"\n"
        socket.write(QByteArray(message))
        socket.waitForBytesWritten(self.timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(self.timeout_ms)

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        buffer = self._buffers[socket] + bytes(socket.readAll().data())
        while b"\n" in buffer:
            line, buffer = buffer.split(b"\n", 1)
            self._handle(line)
        if len(buffer) > MAX_MESSAGE:
            log.warning("single instance: dropping an oversized message")
            buffer = b""
            socket.abort()
        self._buffers[socket] = buffer

    def _drop(self, socket: QLocalSocket) -> None:
        self._read(socket)  # what arrived together with the disconnect
        rest = self._buffers.pop(socket, b"")
        if rest.strip():
            self._handle(rest)
        socket.deleteLater()

    def _handle(self, line: bytes) -> None:
        try:
            message = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError):
            log.warning("single instance: ignoring a message that is not JSON")
            return
        if not isinstance(message, dict) or message.get("command") != SHOW:
            log.warning("single instance: ignoring an unknown message")
            return
        argv = message.get("argv", [])
        argv = [str(a) for a in argv] if isinstance(argv, list) else []
        self.show_requested.emit(argv)
