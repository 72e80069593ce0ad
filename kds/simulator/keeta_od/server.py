"""Run the simulator on 127.0.0.1: in a background thread with its own event loop, or in the caller's loop.

Each server binds its socket itself before uvicorn starts, so port 0 gives a free port and the base
URL is known before the first request. A ticker task lets the platform act on its own (new orders,
timeouts, riders) even when nobody calls it; every request also brings it up to date first.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from types import TracebackType
from typing import Self

import uvicorn

from kds.clock import Clock
from kds.simulator.keeta_od.app import PlatformEdge, create_app
from kds.simulator.keeta_od.config import Credentials, SimConfig
from kds.simulator.keeta_od.state import KeetaSimState

HOST = "127.0.0.1"


class _ServerBase:
    """What both servers share: the state, the socket, the uvicorn server and the ticker."""

    def __init__(self, config: SimConfig | None = None, *, clock: Clock | None = None, port: int = 0,
                 state: KeetaSimState | None = None, tick_interval: float = 0.1,
                 log_level: str = "warning") -> None:
        """Serve `state` (or a new one for `config` on `clock`) on 127.0.0.1:`port` (0 = any free port)."""
        self.state = state or KeetaSimState(config, clock)
        self.port = port
        self.tick_interval = tick_interval
        self.log_level = log_level
        self._server: uvicorn.Server | None = None
        self._sock: socket.socket | None = None
        self._base_url = ""
        self._edge: PlatformEdge | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT/api/open/opendelivery` once started."""
        if not self._base_url:
            raise RuntimeError("the simulator is not started")
        return self._base_url

    @property
    def credentials(self) -> Credentials:
        """The client id, secret and merchant ids a client needs."""
        return self.state.config.credentials

    @property
    def config(self) -> SimConfig:
        """The simulator's configuration."""
        return self.state.config

    def _prepare(self) -> uvicorn.Server:
        # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY only on accepted sockets whose `proto` says
        # TCP (CPython bpo-27456), and without it each keep-alive answer waits ~40 ms for a delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, self.port))
        except OSError:
            sock.close()
            raise
        self._sock = sock
        self.port = sock.getsockname()[1]
        self._base_url = f"http://{HOST}:{self.port}{self.state.config.base_path}"
        self.state.base_url = self._base_url
        self._edge = create_app(self.state)
        config = uvicorn.Config(
            self._edge, lifespan="off", log_config=None, log_level=self.log_level,
            access_log=False, date_header=False, server_header=False, timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        return self._server

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        self._loop = asyncio.get_running_loop()
        ticker = asyncio.create_task(self._tick_forever(), name="keeta-simulator-ticker")
        try:
            await server.serve(sockets=[sock])
        finally:
            ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticker

    async def _tick_forever(self) -> None:
        # Real-time pacing on purpose: a FakeClock's sleepers belong to the test's loop, not this one.
        while True:
            self.state.tick()
            await asyncio.sleep(self.tick_interval)

    def _request_exit(self) -> None:
        if self._edge is not None and self._loop is not None and not self._loop.is_closed():
            # Hanging (fault-injected) requests end now, with a dropped connection.
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._edge.release)
        if self._server is not None:
            self._server.should_exit = True
            self._server.force_exit = True


class SimulatorServer(_ServerBase):
    """The simulator in a background thread: `start()` returns the base URL, `stop()` ends it.

    Usable as a context manager. `state` is the on-demand API (`create_order`, `calls`, ...).
    """

    _thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; returns the base URL once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("already started")
        server = self._prepare()
        sock = self._sock
        assert sock is not None
        errors: list[BaseException] = []

        def run() -> None:
            try:
                asyncio.run(self._serve(server, sock))
            except Exception as exc:  # noqa: BLE001 - handed over to the starting thread
                errors.append(exc)

        self._thread = threading.Thread(target=run, name="keeta-simulator", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if errors or not self._thread.is_alive():
                raise RuntimeError("the simulator failed to start") from (errors[0] if errors else None)
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError("the simulator did not start in time")
            time.sleep(0.005)
        return self.base_url

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the thread to end."""
        self._request_exit()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def __enter__(self) -> Self:
        """Start on entry."""
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Stop on exit."""
        self.stop()


class AsyncSimulatorServer(_ServerBase):
    """The simulator as a task of the running event loop (`async with AsyncSimulatorServer() as sim:`)."""

    _task: asyncio.Task[None] | None = None

    async def start(self, timeout: float = 10.0) -> str:
        """Start serving in the current loop; returns the base URL."""
        if self._task is not None:
            raise RuntimeError("already started")
        server = self._prepare()
        assert self._sock is not None
        self._task = asyncio.create_task(self._serve(server, self._sock), name="keeta-simulator")
        async with asyncio.timeout(timeout):
            while not server.started:
                if self._task.done():
                    self._task.result()
                    raise RuntimeError("the simulator stopped while starting")
                await asyncio.sleep(0.005)
        return self.base_url

    async def stop(self) -> None:
        """Stop serving and wait for the server task."""
        self._request_exit()
        if self._task is not None:
            task, self._task = self._task, None
            await task
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    async def __aenter__(self) -> Self:
        """Start on entry."""
        await self.start()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        """Stop on exit."""
        await self.stop()
