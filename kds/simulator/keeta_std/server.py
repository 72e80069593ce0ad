"""The simulator's HTTP face, run on 127.0.0.1: in a background thread, or in the caller's loop.

`create_app` serves Keeta's Standard endpoints under `{base_path}/...` (FastAPI). Its route reads
the raw body itself: the platform must check `sig` against exactly what was sent and answer
malformed calls with Keeta's envelope, never a framework's validation error. Every answer carries
a `Date` header on the platform's clock, which the app uses to estimate the offset.

Like the Open Delivery simulator (`kds.simulator.keeta_od.server`): the socket is bound before
uvicorn starts, so port 0 gives a free port and the base URL is known at once. Besides uvicorn the
server runs a ticker (the platform acts on its own even when nobody calls it) and the webhook
sender, which the state wakes whenever it queues a webhook.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from email.utils import format_datetime
from types import TracebackType
from typing import Any, Self

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kds.clock import Clock
from kds.simulator.keeta_std.api import handle
from kds.simulator.keeta_std.config import Credentials, SimConfig
from kds.simulator.keeta_std.state import KeetaStdSimState
from kds.simulator.keeta_std.webhooks import WebhookSender

HOST = "127.0.0.1"


def create_app(state: KeetaStdSimState) -> FastAPI:
    """The simulator's ASGI app over `state`."""
    app = FastAPI(title="Keeta Standard API simulator", docs_url=None, redoc_url=None, openapi_url=None)

    @app.post(state.config.base_path + "/{action:path}")
    async def call(action: str, request: Request) -> Any:
        body = await request.body()
        url = f"{request.url.scheme}://{request.headers.get('host', '')}{request.url.path}"
        reply = handle(state, action, body, url)
        return JSONResponse(reply, headers={"Date": format_datetime(state.now(), usegmt=True)})

    @app.get("/health")
    async def health() -> Any:
        return {"status": "ok", "orders": len(state.orders)}

    return app


class _ServerBase:
    """What both servers share: the state, the socket, uvicorn, the ticker and the webhook sender."""

    def __init__(self, config: SimConfig | None = None, *, clock: Clock | None = None, port: int = 0,
                 state: KeetaStdSimState | None = None, tick_interval: float = 0.05,
                 log_level: str = "warning") -> None:
        """Serve `state` (or a new one for `config` on `clock`) on 127.0.0.1:`port` (0 = any free port)."""
        self.state = state or KeetaStdSimState(config, clock)
        self.port = port
        self.tick_interval = tick_interval
        self.log_level = log_level
        self._server: uvicorn.Server | None = None
        self._sock: socket.socket | None = None
        self._base_url = ""

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT/api/open` once started (the app's `api_base_url`)."""
        if not self._base_url:
            raise RuntimeError("the simulator is not started")
        return self._base_url

    @property
    def credentials(self) -> Credentials:
        """App id and secret, the merchant token, and the shop ids."""
        return self.state.config.credentials

    @property
    def config(self) -> SimConfig:
        """The simulator's configuration."""
        return self.state.config

    def set_webhook_url(self, url: str) -> None:
        """Where webhooks go (`hook_url(relay, tenant)`)."""
        self.state.set_webhook_url(url)

    def _prepare(self) -> uvicorn.Server:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
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
        config = uvicorn.Config(create_app(self.state), lifespan="off", log_config=None, log_level=self.log_level,
                                access_log=False, date_header=False, server_header=False,
                                timeout_graceful_shutdown=1)
        self._server = uvicorn.Server(config)
        return self._server

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()

        def woken() -> None:
            loop.call_soon_threadsafe(wake.set)

        self.state.on_webhook = woken
        sender = WebhookSender(self.state)
        tasks = [asyncio.create_task(self._tick_forever(), name="keeta-std-simulator-ticker"),
                 asyncio.create_task(sender.run(wake, self.tick_interval), name="keeta-std-simulator-webhooks")]
        try:
            await server.serve(sockets=[sock])
        finally:
            self.state.on_webhook = None
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await sender.aclose()

    async def _tick_forever(self) -> None:
        # Real-time pacing on purpose: a FakeClock's sleepers belong to the test's loop, not this one.
        while True:
            self.state.tick()
            await asyncio.sleep(self.tick_interval)

    def _request_exit(self) -> None:
        if self._server is not None:
            self._server.should_exit = True


class SimulatorServer(_ServerBase):
    """The simulator in a background thread: `start()` returns the base URL, `stop()` ends it.

    Usable as a context manager. `state` is the on-demand API (`create_order`, `request_refund`,
    `calls`, `webhooks`, ...).
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
            except BaseException as exc:  # noqa: BLE001 - handed to the starting thread, which raises it
                errors.append(exc)

        self._thread = threading.Thread(target=run, name="keeta-std-simulator", daemon=True)
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
        self._task = asyncio.create_task(self._serve(server, self._sock), name="keeta-std-simulator")
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
