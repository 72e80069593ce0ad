"""The simulated CKGo on 127.0.0.1: Zeek's token and status endpoints, and the callback sender.

Callbacks are signed like the relay expects them (`kds.relay.hooks.zeek.zeek_signature`: an
HMAC-SHA256 of the exact body in the configured header and encoding). For each order the sender
first asks the store's inventory (products answered out of stock leave the basket; an empty basket
is not ordered), then posts `order_create`, once or twice, retrying a refused or failed delivery
up to three times.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
from collections.abc import Callable
from decimal import Decimal
from email.utils import format_datetime
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kds.clock import Clock
from kds.relay.hooks.zeek import zeek_signature
from kds.serving import AsyncServer, StateServer, ThreadedServer
from kds.simulator.zeek.state import Callback, SimConfig, ZeekSimState

log = logging.getLogger(__name__)

RETRIES = 3


def create_app(state: ZeekSimState) -> FastAPI:
    """The simulator's ASGI app over `state` (it reads raw bodies: answers are Zeek's, never FastAPI's)."""
    app = FastAPI(title="Zeek (CKGo) simulator", docs_url=None, redoc_url=None, openapi_url=None)

    @app.post("/{path:path}")
    async def call(path: str, request: Request) -> Any:
        answer = state.respond("/" + path, {k.lower(): v for k, v in request.headers.items()}, await request.body())
        return JSONResponse(answer.body, status_code=answer.status,
                            headers={"Date": format_datetime(state.now(), usegmt=True)})

    return app


class CallbackSender:
    """Posts the state's callbacks to the relay, signed."""

    def __init__(self, state: ZeekSimState, http: httpx.AsyncClient | None = None) -> None:
        """Send `state`'s callbacks with `http` (a new client when not given)."""
        self.state = state
        self.http = http or httpx.AsyncClient(timeout=10)
        self.delivered: list[str] = []

    def _headers(self, body: bytes) -> dict[str, str]:
        config = self.state.config
        return {"Content-Type": "application/json",
                config.signature_header: zeek_signature(body, config.callback_secret, config.signature_encoding)}

    async def _post(self, route: str, payload: dict[str, Any]) -> httpx.Response | None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        for attempt in range(RETRIES + 1):
            try:
                response = await self.http.post(f"{self.state.callback_url}/{route}", content=body,
                                                headers=self._headers(body))
                if response.status_code == 200:
                    return response
                log.info("CKGo %s answered %d", route, response.status_code)
            except httpx.HTTPError as exc:
                log.info("CKGo %s failed: %s", route, type(exc).__name__)
            if attempt < RETRIES:
                await asyncio.sleep(min(1.0, 2.0 ** attempt / self.state.config.time_scale))
        return None

    async def send(self, callback: Callback) -> None:
        """Check the store's stock, then hand the order over."""
        payload = callback.payload
        ids = [p["product_id"] for p in payload["products"]]
        answer = await self._post("inventory", {"store_id": self.state.config.store_id,
                                                "products": [{"product_id": i, "quantity": 1} for i in ids]})
        if answer is not None:
            stock = {p.get("product_id"): p.get("in_stock", True)
                     for p in answer.json().get("data", {}).get("products", [])}
            kept = [p for p in payload["products"] if stock.get(p["product_id"], True)]
            if not kept:
                self.state.orders.pop(callback.order_id, None)
                return
            if len(kept) != len(payload["products"]):
                _rebasket(payload, kept)
        for _ in range(callback.copies):
            if await self._post("order_create", payload) is not None:
                self.delivered.append(callback.order_id)

    async def run(self, wake: asyncio.Event, interval: float) -> None:
        """Send callbacks as they are queued, for ever (until cancelled)."""
        while True:
            for callback in self.state.take_callbacks():
                await self.send(callback)
            wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), interval)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.http.aclose()


def _rebasket(payload: dict[str, Any], kept: list[dict[str, Any]]) -> None:
    from kds.simulator.zeek.state import _line_total

    payload["products"] = kept
    subtotal = sum((_line_total(p) for p in kept), Decimal(0))
    fee = payload["fee"]
    fee["subtotal"] = int(subtotal)
    fee["coupon_discount"] = 10000 if subtotal >= 100000 else 0
    fee["total"] = int(subtotal) - fee["coupon_discount"]


class _ServerBase(StateServer[SimConfig, ZeekSimState]):
    """The uvicorn app, the ticker and the callback sender; `base_url` is Zeek's API address."""

    task_name = "zeek-simulator"
    label = "the Zeek simulator"
    default_tick_interval = 0.05

    def _new_state(self, config: SimConfig | None, clock: Clock | None) -> ZeekSimState:
        return ZeekSimState(config, clock)

    def set_callback_url(self, url: str) -> None:
        """Where callbacks go: ``<relay>/hooks/zeek/<tenant>/<path_secret>``."""
        self.state.callback_url = url.rstrip("/")

    def _make_server(self, sock: socket.socket) -> uvicorn.Server:
        return self._quiet_server(sock, create_app(self.state), "")

    async def _serve(self, server: uvicorn.Server, sock: socket.socket) -> None:
        def on_push(hook: Callable[[], None] | None) -> None:
            self.state.on_callback = hook

        self.sender = CallbackSender(self.state)
        await self._serve_pushing(server, sock, self.sender, on_push, "zeek")


class SimulatorServer(_ServerBase, ThreadedServer):
    """The simulator in a background thread: `start()` returns Zeek's API address, `stop()` ends it."""


class AsyncSimulatorServer(_ServerBase, AsyncServer):
    """The simulator as a task of the running event loop."""
