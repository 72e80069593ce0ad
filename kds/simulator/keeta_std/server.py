"""The simulator's HTTP face, run on 127.0.0.1: in a background thread, or in the caller's loop.

`create_app` serves Keeta's Standard endpoints under `{base_path}/...` (FastAPI). Its route reads
the raw body itself: the platform must check `sig` against exactly what was sent and answer
malformed calls with Keeta's envelope, never a framework's validation error. Every answer carries
a `Date` header on the platform's clock, which the app uses to estimate the offset.

Like the Open Delivery simulator (`kds.simulator.keeta_od.server`): the socket is bound before
uvicorn starts (`kds.serving`), so port 0 gives a free port and the base URL is known at once.
Besides uvicorn the server runs a ticker (the platform acts on its own even when nobody calls it)
and the webhook sender, which the state wakes whenever it queues a webhook.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from email.utils import format_datetime
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import Response

from kds.clock import Clock
from kds.serving import LOCALHOST, AsyncServer, StateServer, ThreadedServer
from kds.simulator.keeta_std.api import respond
from kds.simulator.keeta_std.config import Credentials, SimConfig
from kds.simulator.keeta_std.state import KeetaStdSimState
from kds.simulator.keeta_std.webhooks import WebhookSender

HOST = LOCALHOST


def create_app(state: KeetaStdSimState) -> FastAPI:
    """The simulator's ASGI app over `state`."""
    app = FastAPI(title="Keeta Standard API simulator", docs_url=None, redoc_url=None, openapi_url=None)

    @app.post(state.config.base_path + "/{action:path}")
    async def call(action: str, request: Request) -> Any:
        body = await request.body()
        url = f"{request.url.scheme}://{request.headers.get('host', '')}{request.url.path}"
        answer = respond(state, action, body, url)
        return Response(answer.body, status_code=answer.status, media_type=answer.content_type,
                        headers={"Date": format_datetime(state.now(), usegmt=True)})

    @app.get("/health")
    async def health() -> Any:
        return {"status": "ok", "orders": len(state.orders)}

    return app


class _ServerBase(StateServer[SimConfig, KeetaStdSimState]):
    """What both servers share: the state, the uvicorn app, the ticker and the webhook sender.

    `base_url` is `http://127.0.0.1:PORT/api/open` once started (the app's `api_base_url`).
    """

    task_name = "keeta-std-simulator"
    label = "the simulator"

    default_tick_interval = 0.05

    def _new_state(self, config: SimConfig | None, clock: Clock | None) -> KeetaStdSimState:
        return KeetaStdSimState(config, clock)

    @property
    def credentials(self) -> Credentials:
        """App id and secret, the merchant token, and the shop ids."""
        return self.state.config.credentials

    def set_webhook_url(self, url: str) -> None:
        """Where webhooks go (`hook_url(relay, tenant)`)."""
        self.state.set_webhook_url(url)

    def _make_server(self, sock: socket.socket) -> uvicorn.Server:
        return self._quiet_server(sock, create_app(self.state), self.state.config.base_path)

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        def on_push(hook: Callable[[], None] | None) -> None:
            self.state.on_webhook = hook

        await self._serve_pushing(server, sock, WebhookSender(self.state), on_push, "keeta-std")



class SimulatorServer(_ServerBase, ThreadedServer):
    """The simulator in a background thread: `start()` returns the base URL, `stop()` ends it.

    Usable as a context manager. `state` is the on-demand API (`create_order`, `request_refund`,
    `calls`, `webhooks`, ...).
    """


class AsyncSimulatorServer(_ServerBase, AsyncServer):
    """The simulator as a task of the running event loop (`async with AsyncSimulatorServer() as sim:`)."""
