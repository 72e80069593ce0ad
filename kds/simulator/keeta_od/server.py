"""Run the simulator on 127.0.0.1: in a background thread with its own event loop, or in the caller's loop.

Each server binds its socket before uvicorn starts (`kds.serving`), so port 0 gives a free port and
the base URL is known before the first request. A ticker task lets the platform act on its own (new orders,
timeouts, riders) even when nobody calls it; every request also brings it up to date first.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

import uvicorn

from kds.clock import Clock
from kds.serving import LOCALHOST, AsyncServer, StateServer, ThreadedServer
from kds.simulator.keeta_od.app import PlatformEdge, create_app
from kds.simulator.keeta_od.config import Credentials, SimConfig
from kds.simulator.keeta_od.state import KeetaSimState

HOST = LOCALHOST


class _ServerBase(StateServer[SimConfig, KeetaSimState]):
    """What both servers share: the state, the uvicorn app and the ticker.

    `base_url` is `http://127.0.0.1:PORT/api/open/opendelivery` once started.
    """

    task_name = "keeta-simulator"
    label = "the simulator"

    default_tick_interval = 0.1
    _edge: PlatformEdge | None = None
    _loop: asyncio.AbstractEventLoop | None = None

    def _new_state(self, config: SimConfig | None, clock: Clock | None) -> KeetaSimState:
        return KeetaSimState(config, clock)

    @property
    def credentials(self) -> Credentials:
        """The client id, secret and merchant ids a client needs."""
        return self.state.config.credentials

    def _make_server(self, sock: socket.socket) -> uvicorn.Server:
        self._edge = create_app(self.state)
        return self._quiet_server(sock, self._edge, self.state.config.base_path)

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        self._loop = asyncio.get_running_loop()
        ticker = asyncio.create_task(self._tick_forever(), name="keeta-simulator-ticker")
        try:
            await server.serve(sockets=[sock])
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker

    def _request_exit(self) -> None:
        if self._edge is not None and self._loop is not None and not self._loop.is_closed():
            # Hanging (fault-injected) requests end now, with a dropped connection.
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._edge.release)
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True


class SimulatorServer(_ServerBase, ThreadedServer):
    """The simulator in a background thread: `start()` returns the base URL, `stop()` ends it.

    Usable as a context manager. `state` is the on-demand API (`create_order`, `calls`, ...).
    """


class AsyncSimulatorServer(_ServerBase, AsyncServer):
    """The simulator as a task of the running event loop (`async with AsyncSimulatorServer() as sim:`)."""
