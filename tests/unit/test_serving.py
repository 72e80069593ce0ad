"""The shared uvicorn runners: a pre-bound socket, a server thread or a task, start failures, stop."""

from __future__ import annotations

import socket
from typing import Any

import httpx
import pytest
import uvicorn

from kds.serving import LOCALHOST, AsyncServer, ServerBase, ThreadedServer, bind_socket

# A taken port: "Address already in use" (POSIX) or WSAEADDRINUSE's text (Windows).
ADDRESS_IN_USE = r"(?i)address already in use|only one usage of each socket address"


async def _hello(scope: dict[str, Any], receive: Any, send: Any) -> None:
    assert scope["type"] == "http"
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"hello"})


class _Hello(ServerBase):
    label = "the hello server"

    def _make_server(self, sock: socket.socket) -> uvicorn.Server:
        self._base_url = f"http://{LOCALHOST}:{sock.getsockname()[1]}"
        return uvicorn.Server(uvicorn.Config(_hello, lifespan="off", log_config=None, access_log=False))


class ThreadedHello(_Hello, ThreadedServer):
    pass


class AsyncHello(_Hello, AsyncServer):
    pass


class Broken(ThreadedHello):
    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        raise ValueError("no")


def test_bind_socket_picks_a_free_tcp_port() -> None:
    sock = bind_socket(LOCALHOST, 0)
    try:
        assert sock.getsockname()[1] > 0
        assert sock.proto == socket.IPPROTO_TCP  # asyncio sets TCP_NODELAY only then
    finally:
        sock.close()


def test_bind_socket_raises_when_the_port_is_taken() -> None:
    with socket.socket() as taken:
        taken.bind((LOCALHOST, 0))
        taken.listen()
        with pytest.raises(OSError, match=ADDRESS_IN_USE):
            bind_socket(LOCALHOST, taken.getsockname()[1])


def test_threaded_server_serves_until_stopped() -> None:
    server = ThreadedHello()
    with pytest.raises(RuntimeError, match="the hello server is not started"):
        _ = server.base_url
    with server:
        assert server.base_url.startswith(f"http://{LOCALHOST}:")
        assert httpx.get(server.base_url).text == "hello"
        with pytest.raises(RuntimeError, match="already started"):
            server.start()
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.base_url)


def test_a_server_that_fails_raises_from_start_with_the_cause() -> None:
    server = Broken()
    with pytest.raises(RuntimeError, match="the hello server failed to start") as caught:
        server.start()
    assert isinstance(caught.value.__cause__, ValueError)
    assert server._sock is None  # stopped: the socket is closed


async def test_async_server_serves_in_the_running_loop() -> None:
    async with httpx.AsyncClient() as client:
        async with AsyncHello() as server:
            assert (await client.get(server.base_url)).text == "hello"
        with pytest.raises(httpx.ConnectError):
            await client.get(server.base_url)
