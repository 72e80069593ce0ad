"""The HTTP face of the simulator: Keeta's Open Delivery endpoints as a Starlette ASGI app.

Starlette (which FastAPI is built on) is used bare on purpose: a fake platform must see the raw body
bytes to check `X-App-Signature`, and must answer bad bodies with Keeta's own 400 problem+json rather
than a framework's validation error.

`PlatformEdge` wraps the app with what happens at the platform's edge: the `Date` header on every
answer and the transport faults (5xx, hang, connection reset).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import struct
from collections.abc import Awaitable, Callable
from email.utils import format_datetime
from itertools import product
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kds.platforms.keeta_od.signature import canonical_json, verify
from kds.simulator.keeta_od.generator import to_json
from kds.simulator.keeta_od.polling import Reply, problem
from kds.simulator.keeta_od.state import KeetaSimState
from kds.simulator.keeta_od.validation import NO_BODY

log = logging.getLogger(__name__)

Handler = Callable[[Request], Awaitable[Response]]


def render(reply: Reply) -> Response:
    """A Starlette response for a `Reply`."""
    if reply.raw is not None:
        return Response(reply.raw, reply.status, reply.headers, reply.media_type)
    if reply.body is None:
        return Response(status_code=reply.status, headers=reply.headers)
    return Response(to_json(reply.body), reply.status, reply.headers, reply.media_type)


def _json_or_none(body: bytes) -> Any:
    if not body.strip():
        return NO_BODY
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None


def signature_ok(state: KeetaSimState, request: Request, body: bytes) -> bool:
    """Check `X-App-Signature` against every reasonable reading of the request.

    URL: as the client addressed us (Host header) or as our configured base URL, with the path
    decoded or raw. Query: decoded or raw values. Body: the exact bytes, or their canonical JSON.
    """
    signature = request.headers.get("x-app-signature")
    if not signature:
        return False
    path = request.scope["path"]
    raw_path = request.scope.get("raw_path", b"").decode("latin-1") or path
    origins = {f"{request.url.scheme}://{request.headers.get('host', '')}",
               state.base_url[: len(state.base_url) - len(state.config.base_path)]}
    urls = {origin + p for origin in origins for p in (path, raw_path)}
    raw_query = request.scope.get("query_string", b"").decode("latin-1")
    raw_params = [tuple(part.split("=", 1)) if "=" in part else (part, "") for part in raw_query.split("&") if part]
    param_sets = [list(request.query_params.multi_items()), [(k, v) for k, v in raw_params]]
    bodies: list[bytes] = [body]
    parsed = _json_or_none(body)
    if parsed is not None and parsed is not NO_BODY:
        bodies.append(canonical_json(parsed))
    secret = state.config.client_secret
    return any(verify(secret, signature, url, params, b)
               for url, params, b in product(urls, param_sets, bodies))


def create_app(state: KeetaSimState) -> PlatformEdge:
    """The simulator's ASGI application for `state`."""

    async def guarded(request: Request, inner: Callable[[str, bytes], Reply]) -> Response:
        body = await request.body()
        token = state.authenticate(request.headers.get("authorization"))
        if isinstance(token, Reply):
            return render(token)
        if state.config.require_signature and not signature_ok(state, request, body):
            return render(problem(401, "invalid X-App-Signature"))
        return render(inner(token, body))

    async def token(request: Request) -> Response:
        body = await request.body()
        content_type = request.headers.get("content-type", "")
        fields: dict[str, str]
        if "json" in content_type:
            parsed = _json_or_none(body)
            if not isinstance(parsed, dict):
                return render(problem(400, "malformed JSON body"))
            fields = {str(k): str(v) for k, v in parsed.items()}
        else:
            # Hand-parsed: Starlette's form parser needs python-multipart, not a dependency of ours.
            fields = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
        return render(state.issue_token(fields))

    async def polling(request: Request) -> Response:
        merchants = request.headers.getlist("x-polling-merchants")
        types = request.query_params.getlist("eventType")
        return await guarded(request, lambda tok, _: state.poll(tok, merchants, types))

    async def acknowledgment(request: Request) -> Response:
        def ack(tok: str, body: bytes) -> Reply:
            parsed = _json_or_none(body)
            return problem(400, "malformed JSON body") if parsed is None else state.acknowledge(tok, parsed)

        return await guarded(request, ack)

    async def order(request: Request) -> Response:
        order_id = request.path_params["order_id"]
        return await guarded(request, lambda _t, _b: state.get_order(order_id))

    async def action(request: Request) -> Response:
        order_id, name = request.path_params["order_id"], request.path_params["action"]

        def act(_tok: str, body: bytes) -> Reply:
            parsed = _json_or_none(body)
            return problem(400, "malformed JSON body") if parsed is None else state.act(order_id, name, parsed)

        return await guarded(request, act)

    async def decrypt(request: Request) -> Response:
        def run(_tok: str, body: bytes) -> Reply:
            parsed = _json_or_none(body)
            return problem(400, "malformed JSON body") if parsed is None else state.batch_decrypt(parsed)

        return await guarded(request, run)

    async def merchant_update(request: Request) -> Response:
        merchant_id = request.path_params["merchant_id"]

        def run(_tok: str, body: bytes) -> Reply:
            parsed = _json_or_none(body)
            return problem(400, "malformed JSON body") if parsed is None else state.merchant_update(merchant_id, parsed)

        return await guarded(request, run)

    async def http_error(request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return render(problem(status, "Not found" if status == 404 else str(getattr(exc, "detail", "error"))))

    base = state.config.base_path
    routes = [
        Route(f"{base}/oauth/token", token, methods=["POST"]),
        Route(f"{base}/v1/events:polling", polling, methods=["GET"]),
        Route(f"{base}/v1/events/acknowledgment", acknowledgment, methods=["POST"]),
        Route(f"{base}/v1/batchDecrypt", decrypt, methods=["POST"]),
        Route(f"{base}/v1/merchantUpdate/{{merchant_id}}", merchant_update, methods=["POST"]),
        Route(f"{base}/v1/orders/{{order_id}}", order, methods=["GET"]),
        Route(f"{base}/v1/orders/{{order_id}}/{{action}}", action, methods=["POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: http_error})
    return PlatformEdge(app, state)


class PlatformEdge:
    """ASGI middleware: the `Date` header on every answer, and injected transport faults."""

    def __init__(self, app: ASGIApp, state: KeetaSimState) -> None:
        """Wrap `app`, drawing faults from `state`."""
        self.app = app
        self.state = state
        self._released: asyncio.Event | None = None

    def release(self) -> None:
        """End every hang now by dropping its connection (the server is going away). Call in the loop."""
        self._release_event().set()

    def _release_event(self) -> asyncio.Event:
        if self._released is None:
            self._released = asyncio.Event()
        return self._released

    async def _wait_hang(self, seconds: float) -> bool:
        """Sleep `seconds` of real time; False when cut short by `release`."""
        try:
            await asyncio.wait_for(self._release_event().wait(), timeout=seconds)
        except TimeoutError:
            return True
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one request, perhaps badly."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        op, order_id = self._request_kind(scope["path"])
        self.state.note_request(op, order_id)
        stamped = self._stamped(send, op, order_id)
        fault = self.state.draw_fault(op)
        if fault is None:
            await self.app(scope, receive, stamped)
            return
        kind, status = fault
        log.info("injecting %s fault on %s %s", kind, scope["method"], scope["path"])
        if kind == "5xx":
            headers = self.state.retry_after_header() if status in (429, 503) else {}
            title = "Too many requests" if status == 429 else "Service temporarily unavailable"
            await render(problem(status, f"{title} (injected fault)", headers))(scope, receive, stamped)
        elif kind == "reset":
            await self._reset(receive, send)
        elif kind == "lost":
            await self._lost(scope, receive, send)
        else:
            await self._hang(scope, receive, stamped)

    def _request_kind(self, path: str) -> tuple[str, str]:
        """The kind of request (as `Faults.fault_ops` names them) and the order it is about ("" if none)."""
        rest = path.removeprefix(self.state.config.base_path)
        parts = [p for p in rest.split("/") if p]
        if rest == "/oauth/token":
            return "token", ""
        if rest == "/v1/events:polling":
            return "polling", ""
        if rest == "/v1/events/acknowledgment":
            return "acknowledgment", ""
        if rest == "/v1/batchDecrypt":
            return "decrypt", ""
        if len(parts) == 3 and parts[:2] == ["v1", "merchantUpdate"]:
            return "merchant", ""
        if len(parts) == 3 and parts[:2] == ["v1", "orders"]:
            return "order", parts[2]
        if len(parts) == 4 and parts[:2] == ["v1", "orders"]:
            return "action", parts[2]
        return "", ""

    def _stamped(self, send: Send, op: str = "", order_id: str = "") -> Send:
        async def stamped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                date = format_datetime(self.state.now(), usegmt=True).encode()
                message = {**message, "headers": [*headers, (b"date", date)]}
                retry = dict(headers).get(b"retry-after")
                if retry is not None and message.get("status") in (429, 503):
                    with contextlib.suppress(ValueError):
                        self.state.hold_off(op, order_id, float(retry))
            await send(message)

        return stamped

    async def _lost(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Do what was asked, then drop the connection instead of answering: the client cannot know."""

        async def discard(message: Message) -> None:
            return None

        await self.app(scope, receive, discard)
        await self._reset(receive, send)

    async def _hang(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer only after `hang_seconds` of real time; by default the request takes effect first."""
        faults = self.state.faults
        if faults.hang_before_processing:
            if await self._wait_hang(faults.hang_seconds):
                await self.app(scope, receive, send)
            else:
                await self._reset(receive, send)
            return
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        await self.app(scope, receive, hold)
        if not await self._wait_hang(faults.hang_seconds):
            await self._reset(receive, send)
            return
        for message in held:
            await send(message)

    @staticmethod
    async def _reset(receive: Receive, send: Send) -> None:
        """Drop the connection without a byte of answer.

        ASGI has no "abort" message, so this reaches for uvicorn's transport: `receive` is a bound
        method of uvicorn's request cycle, which holds the asyncio transport. With SO_LINGER 0 the
        close is a TCP RST (the client sees "connection reset"). Elsewhere it falls back to starting
        a response and never finishing it, which uvicorn ends by closing the connection.
        """
        transport = getattr(getattr(receive, "__self__", None), "transport", None)
        if isinstance(transport, asyncio.Transport):
            if transport.is_closing():  # the client has already gone
                return
            sock = transport.get_extra_info("socket")
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            transport.abort()
            # Let uvicorn see the connection as lost before we return, so it writes no 500.
            for _ in range(3):
                await asyncio.sleep(0)
            return
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
