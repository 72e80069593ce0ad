"""A network line we can cut: a TCP relay between a client and a server on this machine.

Tests point a station at the relay to lose the restaurant's database the way a station does when
a cable is pulled or the server restarts (every open connection dropped, new ones refused) without
stopping the PostgreSQL server other tests use.
"""

from __future__ import annotations

import socket
import threading
from contextlib import suppress
from urllib.parse import urlsplit, urlunsplit


class CuttableLine:
    """Relays 127.0.0.1:`port` to `host`:`target_port` until `cut()`; `restore()` carries on."""

    def __init__(self, host: str, target_port: int) -> None:
        """Listen on a free port of 127.0.0.1 for connections to relay to `host`:`target_port`."""
        self.target = (host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = int(self._listener.getsockname()[1])
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._cut = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="cuttable-line", daemon=True)
        self._thread.start()

    @classmethod
    def to(cls, dsn: str) -> tuple[CuttableLine, str]:
        """A line to the server of PostgreSQL URL `dsn`, and the same URL through it."""
        parts = urlsplit(dsn)
        line = cls(parts.hostname or "127.0.0.1", parts.port or 5432)
        credentials = parts.netloc.rpartition("@")[0]
        netloc = f"{credentials}@127.0.0.1:{line.port}" if credentials else f"127.0.0.1:{line.port}"
        return line, urlunsplit(parts._replace(netloc=netloc))

    def cut(self) -> None:
        """Drop every open connection and refuse new ones (they are closed as soon as they come)."""
        self._cut.set()
        with self._lock:
            sockets, self._open = list(self._open), set()
        for sock in sockets:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def restore(self) -> None:
        """Relay new connections again."""
        self._cut.clear()

    def close(self) -> None:
        """Cut, stop listening and wait for the thread."""
        self._stop.set()
        self.cut()
        self._thread.join(2)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._cut.is_set():
                client.close()
                continue
            try:
                server = socket.create_connection(self.target, timeout=2)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open.update((client, server))
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), name="cuttable-line-pump",
                                 daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        source.settimeout(None)
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
            with self._lock:
                self._open.difference_update((source, sink))
