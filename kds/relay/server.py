"""Running the relay under uvicorn: in the foreground (`kds relay`) or in a background thread.

`RelayServer` is the programmatic form used by the demo mode and by end-to-end tests: it binds
127.0.0.1 on a free port by default, `start()` returns the base URL once the server accepts
connections, and `stop()` returns once it has shut down (waiting long-polls are answered first).
"""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from kds.clock import Clock
from kds.relay.app import RelaySettings, create_app
from kds.relay.longpoll import Notifier
from kds.relay.store import RelayStore, open_store


class _Server(uvicorn.Server):
    """uvicorn's server, which also tells the relay when it is starting up and shutting down."""

    def __init__(self, config: uvicorn.Config, notifier: Notifier) -> None:
        super().__init__(config)
        self.notifier = notifier
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        self.ready.set()

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        # Answer the waiting long-polls first: uvicorn waits for open requests before it stops.
        self.notifier.close()
        await super().shutdown(sockets)


def make_server(app: FastAPI, *, host: str, port: int, access_log: bool = True,
                graceful_timeout: int = 5) -> uvicorn.Server:
    """A uvicorn server for a relay app (logging is left to the caller)."""
    config = uvicorn.Config(app, host=host, port=port, log_config=None, access_log=access_log,
                            lifespan="on", timeout_graceful_shutdown=graceful_timeout)
    return _Server(config, app.state.notifier)


class RelayServer:
    """The relay in a daemon thread, e.g. ``base_url = RelayServer(tmp_path / "relay.db").start()``."""

    def __init__(self, db: str | Path | RelayStore, *, host: str = "127.0.0.1", port: int = 0,
                 clock: Clock | None = None, settings: RelaySettings | None = None) -> None:
        """Serve `db` (a SQLite path, a `postgresql://` DSN, or an open store the caller keeps owning)."""
        self._db = db
        self.host, self.port = host, port
        self.clock, self.settings = clock, settings
        self.store: RelayStore | None = None
        self.app: FastAPI | None = None
        self.base_url = ""
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> str:
        """Start serving and return the base URL (``http://127.0.0.1:PORT``)."""
        if self._thread is not None:
            raise RuntimeError("the relay server is already running")
        self.store = self._db if not isinstance(self._db, str | Path) else open_store(self._db)
        self.app = app = create_app(self.store, clock=self.clock, settings=self.settings)
        server = make_server(app, host=self.host, port=self.port, access_log=False, graceful_timeout=2)
        assert isinstance(server, _Server)
        thread = threading.Thread(target=server.run, name="kds-relay", daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        waited = 0.0
        while not server.ready.wait(0.05):
            waited += 0.05
            if not thread.is_alive() or waited >= timeout:
                self.stop()
                raise RuntimeError(f"the relay did not start on {self.host}:{self.port}")
        port = server.servers[0].sockets[0].getsockname()[1]
        self.base_url = f"http://{self.host}:{port}"
        return self.base_url

    def stop(self, timeout: float = 10.0) -> None:
        """Shut down and wait for the thread; closes the store if this server opened it."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self.store is not None and self.store is not self._db:
            self.store.close()
        self._server = self._thread = None
        self.store = self.app = None
        self.base_url = ""

    def __enter__(self) -> RelayServer:
        """Start; the base URL is `self.base_url`."""
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop."""
        self.stop()
