"""The HTTP face of the simulator: Keeta's Standard endpoints under `{base_path}/...` (FastAPI).

The route reads the raw body itself: the platform must check `sig` against exactly what was sent
and answer malformed calls with Keeta's envelope, never a framework's validation error. Every
answer carries a `Date` header on the platform's clock, which the app uses to estimate the offset.
"""

from __future__ import annotations

from email.utils import format_datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from kds.simulator.keeta_std.api import handle
from kds.simulator.keeta_std.state import KeetaStdSimState


def create_app(state: KeetaStdSimState) -> FastAPI:
    """The simulator's ASGI app over `state`."""
    app = FastAPI(title="Keeta Standard API simulator", docs_url=None, redoc_url=None, openapi_url=None)
    base = state.config.base_path

    @app.post(base + "/{action:path}")
    async def call(action: str, request: Request) -> Any:
        body = await request.body()
        url = f"{request.url.scheme}://{request.headers.get('host', '')}{request.url.path}"
        reply = handle(state, action, body, url)
        return JSONResponse(reply, headers={"Date": format_datetime(state.now(), usegmt=True)})

    @app.get("/health")
    async def health() -> Any:
        return {"status": "ok", "orders": len(state.orders)}

    return app
