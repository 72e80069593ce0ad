"""Run a uvicorn server on a socket bound beforehand: in a background thread, or in the caller's loop.

Binding the socket before uvicorn starts means port 0 gives a free port and the URL is known before
the first request. The simulators and the relay subclass `ThreadedServer` (own thread, own event
loop; blocking `start()`/`stop()`, a context manager) or `AsyncServer` (a task of the running loop;
`async with`). A subclass says how to build its uvicorn server for the bound socket
(`_make_server`), and may add work that runs next to it in the same loop (`_serve`) or more to do
when asked to stop (`_request_exit`). `StateServer` adds what the platform simulators share: a state
object served by a quiet uvicorn, which a ticker task brings up to date even when nobody calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar

import uvicorn

from kds.clock import Clock

LOCALHOST = "127.0.0.1"


def bind_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to `host`:`port` (0 = any free port), not yet listening."""
    # IPPROTO_TCP spelled out: asyncio sets TCP_NODELAY only on accepted sockets whose `proto` says
    # TCP (CPython bpo-27456), and without it each keep-alive answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


class ServerBase:
    """What both runners share: the bound socket, the uvicorn server and the hooks subclasses fill in."""

    host: str = LOCALHOST
    port: int = 0
    #: Names the thread or task the server runs in.
    task_name: str = "uvicorn"
    #: Names the server in error messages.
    label: str = "the server"
    _server: uvicorn.Server | None = None
    _sock: socket.socket | None = None
    _base_url: str = ""

    @property
    def base_url(self) -> str:
        """The URL `start()` returned; `RuntimeError` before the server is started."""
        if not self._base_url:
            raise RuntimeError(f"{self.label} is not started")
        return self._base_url

    def _make_server(self, sock: socket.socket) -> uvicorn.Server:
        """The uvicorn server for `sock` (bound, not listening); also sets `_base_url`."""
        raise NotImplementedError

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        """Serve until asked to exit; override to run more tasks next to uvicorn."""
        await server.serve(sockets=[sock])

    def _request_exit(self) -> None:
        """Ask the server to shut down (callable from any thread)."""
        if self._server is not None:
            self._server.should_exit = True

    def _open(self) -> uvicorn.Server:
        sock = bind_socket(self.host, self.port)
        try:
            self._server = self._make_server(sock)
        except BaseException:
            sock.close()
            raise
        self._sock = sock
        return self._server

    def _close_socket(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


class ThreadedServer(ServerBase):
    """A uvicorn server in a daemon thread with its own event loop; a context manager."""

    _thread: threading.Thread | None = None

    def _start_error(self, cause: BaseException | None, *, timed_out: bool) -> Exception:
        """The exception `start()` raises when the server failed (`cause`) or did not start in time."""
        if timed_out:
            return TimeoutError(f"{self.label} did not start in time")
        return RuntimeError(f"{self.label} failed to start")

    def start(self, timeout: float = 10.0) -> str:
        """Start serving; returns the base URL once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("already started")
        server = self._open()
        sock = self._sock
        assert sock is not None
        errors: list[BaseException] = []

        def run() -> None:
            try:
                asyncio.run(self._serve(server, sock))
            except BaseException as exc:  # noqa: BLE001 - handed to the starting thread, which raises it
                errors.append(exc)

        self._thread = thread = threading.Thread(target=run, name=self.task_name, daemon=True)
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            failed = bool(errors) or not thread.is_alive()
            if failed or time.monotonic() > deadline:
                self.stop()
                cause = errors[0] if errors else None
                raise self._start_error(cause, timed_out=not failed) from cause
            time.sleep(0.005)
        return self._base_url

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving and wait for the thread to end."""
        self._request_exit()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._close_socket()

    def __enter__(self) -> Self:
        """Start on entry."""
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Stop on exit."""
        self.stop()


class AsyncServer(ServerBase):
    """A uvicorn server as a task of the running event loop (`async with Server() as server:`)."""

    _task: asyncio.Task[None] | None = None

    async def start(self, timeout: float = 10.0) -> str:
        """Start serving in the current loop; returns the base URL."""
        if self._task is not None:
            raise RuntimeError("already started")
        server = self._open()
        assert self._sock is not None
        self._task = task = asyncio.create_task(self._serve(server, self._sock), name=self.task_name)
        async with asyncio.timeout(timeout):
            while not server.started:
                if task.done():
                    task.result()
                    raise RuntimeError(f"{self.label} stopped while starting")
                await asyncio.sleep(0.005)
        return self._base_url

    async def stop(self) -> None:
        """Stop serving and wait for the server task."""
        self._request_exit()
        if self._task is not None:
            task, self._task = self._task, None
            await task
        self._close_socket()

    async def __aenter__(self) -> Self:
        """Start on entry."""
        await self.start()
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        """Stop on exit."""
        await self.stop()


class TickingState(Protocol):
    """A state object that acts on its own when ticked and learns the URL it is served at."""

    base_url: str

    @property
    def config(self) -> Any:
        """Its configuration."""

    def tick(self) -> object:
        """Bring the state up to date with its clock."""


class Pusher(Protocol):
    """What a simulator pushes to the app by itself (webhooks, callbacks), with retries of its own."""

    async def run(self, wake: asyncio.Event, idle: float) -> None:
        """Send what is due, waiting up to `idle` seconds (or for `wake`) between rounds."""

    async def aclose(self) -> None:
        """Close the sender's HTTP client."""


ConfigT = TypeVar("ConfigT")
StateT = TypeVar("StateT", bound=TickingState)


class StateServer(ServerBase, Generic[ConfigT, StateT]):
    """Serves a state object at `http://127.0.0.1:PORT{path}`; combine with `ThreadedServer` or `AsyncServer`.

    Subclasses set `default_tick_interval` and `_new_state`, which makes the state for a configuration
    (None: the defaults) on a clock (None: the system clock).
    """

    default_tick_interval: float = 0.1

    def __init__(self, config: ConfigT | None = None, *, clock: Clock | None = None, port: int = 0,
                 state: StateT | None = None, tick_interval: float | None = None,
                 log_level: str = "warning") -> None:
        """Serve `state` (or a new one for `config` on `clock`) on 127.0.0.1:`port` (0 = any free port)."""
        self.state: StateT = state or self._new_state(config, clock)
        self.port = port
        self.tick_interval = self.default_tick_interval if tick_interval is None else tick_interval
        self.log_level = log_level

    @property
    def config(self) -> ConfigT:
        """The served state's configuration."""
        config: ConfigT = self.state.config
        return config

    def _new_state(self, config: ConfigT | None, clock: Clock | None) -> StateT:
        raise NotImplementedError

    def _quiet_server(self, sock: socket.socket, app: Any, path: str) -> uvicorn.Server:
        """A uvicorn server for `app` without lifespan, access log or extra headers; sets the URLs."""
        self.port = sock.getsockname()[1]
        self._base_url = self.state.base_url = f"http://{self.host}:{self.port}{path}"
        return uvicorn.Server(uvicorn.Config(
            app, lifespan="off", log_config=None, log_level=self.log_level,
            access_log=False, date_header=False, server_header=False, timeout_graceful_shutdown=1,
        ))

    async def _serve_pushing(self, server: uvicorn.Server, sock: socket.socket, sender: Pusher,
                             on_push: Callable[[Callable[[], None] | None], None], name: str) -> None:
        """Serve, tick and run `sender`; `on_push(hook)` sets the state's hook that wakes the sender at once."""
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()

        def woken() -> None:
            loop.call_soon_threadsafe(wake.set)

        on_push(woken)
        tasks = [asyncio.create_task(self._tick_forever(), name=f"{name}-simulator-ticker"),
                 asyncio.create_task(sender.run(wake, self.tick_interval), name=f"{name}-simulator-sender")]
        try:
            await server.serve(sockets=[sock])
        finally:
            on_push(None)
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
