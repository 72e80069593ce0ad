"""Running the relay under uvicorn: in the foreground (`kds relay`) or in a background thread.

`RelayServer` is the programmatic form used by the demo mode and by end-to-end tests: it binds
127.0.0.1 on a free port by default (`kds.serving`), `start()` returns the base URL once the server
accepts connections, and `stop()` returns once it has shut down (waiting long-polls are answered
first).
"""

from __future__ import annotations

import socket
from pathlib import Path

import uvicorn
from fastapi import FastAPI

from kds.clock import Clock
from kds.relay.app import RelaySettings, create_app
from kds.relay.logs import redact_access_log
from kds.relay.longpoll import Notifier
from kds.relay.store import RelayStore, open_store
from kds.serving import ThreadedServer


class _Server(uvicorn.Server):
    """uvicorn's server, which also tells the relay when it is shutting down."""

    def __init__(self, config: uvicorn.Config, notifier: Notifier) -> None:
        super().__init__(config)
        self.notifier = notifier

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        # Answer the waiting long-polls first: uvicorn waits for open requests before it stops.
        self.notifier.close()
        await super().shutdown(sockets)


def make_server(app: FastAPI, *, host: str, port: int, access_log: bool = True,
                graceful_timeout: int = 5) -> uvicorn.Server:
    """A uvicorn server for a relay app (logging is left to the caller; path secrets never reach it)."""
    redact_access_log()
    config = uvicorn.Config(app, host=host, port=port, log_config=None, access_log=access_log,
                            lifespan="on", timeout_graceful_shutdown=graceful_timeout)
    return _Server(config, app.state.notifier)


class RelayServer(ThreadedServer):
    """The relay in a daemon thread, e.g. ``base_url = RelayServer(tmp_path / "relay.db").start()``."""

    task_name = "kds-relay"
    label = "the relay"

    def __init__(self, db: str | Path | RelayStore, *, host: str = "127.0.0.1", port: int = 0,
                 clock: Clock | None = None, settings: RelaySettings | None = None) -> None:
        """Serve `db` (a SQLite path, a `postgresql://` DSN, or an open store the caller keeps owning)."""
        self._db = db
        self.host, self.port = host, port
        self.clock, self.settings = clock, settings
        self.store: RelayStore | None = None
        self.app: FastAPI | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` while running, ``""`` otherwise."""
        return self._base_url

    def start(self, timeout: float = 10.0) -> str:
        """Start serving and return the base URL (``http://127.0.0.1:PORT``)."""
        if self._thread is not None:
            raise RuntimeError("the relay server is already running")
        return super().start(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """Shut down and wait for the thread; closes the store if this server opened it."""
        super().stop(timeout)
        if self.store is not None and self.store is not self._db:
            self.store.close()
        self._server = None
        self.store = self.app = None
        self._base_url = ""

    def _make_server(self, sock: socket.socket) -> uvicorn.Server:
        self.store = self._db if not isinstance(self._db, str | Path) else open_store(self._db)
        self.app = app = create_app(self.store, clock=self.clock, settings=self.settings)
        self._base_url = f"http://{self.host}:{sock.getsockname()[1]}"
        return make_server(app, host=self.host, port=self.port, access_log=False, graceful_timeout=2)

    def _start_error(self, cause: BaseException | None, *, timed_out: bool) -> Exception:
        return RuntimeError(f"the relay did not start on {self.host}:{self.port}")
