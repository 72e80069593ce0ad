"""The simulator's HTTP face on 127.0.0.1: GoBiz's OAuth and order endpoints, in a thread or in the caller's loop.

One base URL serves both the OAuth server (`POST /oauth2/token`) and the API, so the app's API and
sign-in addresses are the same here. Every answer carries a `Date` on the platform's clock. Besides
uvicorn the server runs a ticker (GoFood acts on its own: windows, riders, customers) and the
notification sender, which the state wakes whenever it queues a notification.
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
from kds.serving import AsyncServer, StateServer, ThreadedServer
from kds.simulator.gofood import api
from kds.simulator.gofood.config import Credentials, SimConfig
from kds.simulator.gofood.state import GoFoodSimState
from kds.simulator.gofood.webhooks import WebhookSender


def create_app(state: GoFoodSimState) -> FastAPI:
    """The simulator's ASGI app over `state`."""
    app = FastAPI(title="GoBiz API simulator", docs_url=None, redoc_url=None, openapi_url=None)

    def respond(answer: api.Answer) -> Response:
        return Response(answer.content, status_code=answer.status, media_type="application/json",
                        headers={"Date": format_datetime(state.now(), usegmt=True)})

    @app.post("/oauth2/token")
    async def token(request: Request) -> Any:
        return respond(api.token(state, request.headers.get("authorization", ""), await request.body()))

    @app.put("/integrations/gofood/outlets/{outlet_id}/v1/orders/{order_type}/{order_id}/{action}")
    async def order_action(outlet_id: str, order_type: str, order_id: str, action: str, request: Request) -> Any:
        return respond(api.order_action(state, request.headers.get("authorization", ""), outlet_id, order_type,
                                        order_id, action, await request.body()))

    @app.patch("/integrations/gofood/outlets/{outlet_id}/v1/properties")
    async def outlet_properties(outlet_id: str, request: Request) -> Any:
        return respond(api.outlet_properties(state, request.headers.get("authorization", ""), outlet_id,
                                             await request.body()))

    @app.get("/health")
    async def health() -> Any:
        return {"status": "ok", "orders": len(state.orders)}

    return app


class _ServerBase(StateServer[SimConfig, GoFoodSimState]):
    """What both servers share: the state, the uvicorn app, the ticker and the notification sender."""

    task_name = "gofood-simulator"
    label = "the GoFood simulator"
    default_tick_interval = 0.05

    def _new_state(self, config: SimConfig | None, clock: Clock | None) -> GoFoodSimState:
        return GoFoodSimState(config, clock)

    @property
    def credentials(self) -> Credentials:
        """The GoBiz app, the outlet and the notification secret."""
        return self.state.config.credentials

    def set_webhook_url(self, url: str) -> None:
        """Where notifications go (`hook_url(relay, tenant)`)."""
        self.state.set_webhook_url(url)

    def _make_server(self, sock: socket.socket) -> uvicorn.Server:
        return self._quiet_server(sock, create_app(self.state), "")

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        def on_push(hook: Callable[[], None] | None) -> None:
            self.state.on_webhook = hook

        await self._serve_pushing(server, sock, WebhookSender(self.state), on_push, "gofood")


class SimulatorServer(_ServerBase, ThreadedServer):
    """The simulator in a background thread: `start()` returns the base URL, `stop()` ends it."""


class AsyncSimulatorServer(_ServerBase, AsyncServer):
    """The simulator as a task of the running event loop (`async with AsyncSimulatorServer() as sim:`)."""
