"""Inbound webhooks, one class per platform, and the route table `HOOKS` the app mounts.

Each platform turns a raw request into an `Inbound` event or raises `HookRejectedError` (401 for
anything unsigned or forged, 400 for anything malformed); nothing rejected is stored. The app
mounts every entry of `HOOKS` at ``POST /hooks/{path}/{tenant}``, verifies with the tenant's
secret for that platform, stores, and answers with the platform's own success body.

Adding a platform is one class with the `WebhookPlatform` shape plus one entry in `HOOKS`. Zeek
(Circle K) is not here: nothing public says how its `order_create` callback is authenticated, and
an unauthenticated route would let anyone inject orders.

This module is free of FastAPI so it can be tested (and reused) on its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict

from kds.relay.signatures import gofood_verify, keeta_std_verify
from kds.relay.store import PlatformSecret

KEETA_STD = "keeta_std"
GOFOOD = "gofood"

# Keeta keeps an order's events for 4 h 10 min (orders are final after 4 h, plus a buffer).
KEETA_TTL = timedelta(hours=4, minutes=10)
# GoFood documents no retention; its orders are long settled after the same horizon.
GOFOOD_TTL = timedelta(hours=4, minutes=10)

KEETA_KNOWN_EVENTS = range(1001, 1008)


class HookRejectedError(Exception):
    """A webhook the relay refuses: `status` is 400 or 401, `reason` is safe to log."""

    def __init__(self, status: int, reason: str) -> None:
        """Reject with HTTP `status` for `reason`."""
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True, slots=True)
class WebhookRequest:
    """What a platform class sees of a request: raw body, headers (lower-case keys), signed URL."""

    body: bytes = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)
    url: str


@dataclass(frozen=True, slots=True)
class Inbound:
    """A verified webhook, ready to store. `message_id` is the platform's dedupe key."""

    message_id: str
    event_type: str
    order_id: str
    metadata: dict[str, Any] = field(repr=False)
    payload: dict[str, Any] = field(repr=False)


class WebhookPlatform(Protocol):
    """One platform's webhook route."""

    path: str
    platform: str
    ttl: timedelta
    request_model: type[BaseModel]
    answer_model: type[BaseModel]
    openapi_headers: tuple[dict[str, Any], ...]

    def accept(self, request: WebhookRequest, secret: PlatformSecret) -> Inbound:
        """Verify and parse; raise `HookRejectedError` for anything not to store."""
        ...

    def answer(self, status: int, reason: str) -> dict[str, Any]:
        """The JSON body for a response with `status` (200 = accepted)."""
        ...


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=_no_constants)
_WS = re.compile(r"[ \t\n\r]*")


def _skip(text: str, pos: int) -> int:
    """The position after any JSON whitespace at `pos`."""
    match = _WS.match(text, pos)
    return match.end() if match else pos


def _members(body: bytes) -> dict[str, tuple[Any, str]]:
    """Each top-level member of a JSON object body: (decoded value, the value's exact JSON text).

    Hand-written over the stdlib scanner because Keeta signs JSON-valued parameters as they were
    sent, and `json.loads` keeps no raw text. Raises ValueError unless the body is one JSON object.
    """
    text = body.decode("utf-8")
    members: dict[str, tuple[Any, str]] = {}
    pos = _skip(text, 0)
    if text[pos:pos + 1] != "{":
        raise ValueError("not a JSON object")
    pos = _skip(text, pos + 1)
    closed = text[pos:pos + 1] == "}"
    if closed:
        pos += 1
    while not closed:
        if text[pos:pos + 1] != '"':
            raise ValueError("expected a key")
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos:pos + 1] != ":":
            raise ValueError("expected ':'")
        start = _skip(text, pos + 1)
        value, end = _DECODER.raw_decode(text, start)
        members[key] = (value, text[start:end])
        pos = _skip(text, end)
        separator, pos = text[pos:pos + 1], pos + 1
        if separator == "}":
            closed = True
        elif separator != ",":
            raise ValueError("expected ',' or '}'")
        else:
            pos = _skip(text, pos)
    if _skip(text, pos) != len(text):
        raise ValueError("data after the object")
    return members


def _id_text(value: Any) -> str | None:
    """An identifier that may arrive as a JSON number or string, as text; None if unusable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


class KeetaWebhook(BaseModel):
    """A Keeta Standard webhook envelope (reference §3.3)."""

    model_config = ConfigDict(extra="allow")

    sig: str
    eventId: int
    appId: int
    messageId: str
    shopId: int
    message: str
    timestamp: int


class KeetaAnswer(BaseModel):
    """Keeta's reply envelope: code 0 = received."""

    code: int
    message: str


class KeetaStandardHooks:
    """Keeta Standard webhooks 1001-1007: `sig` over the callback URL, dedupe by `messageId`."""

    path = "keeta"
    platform = KEETA_STD
    ttl = KEETA_TTL
    request_model: type[BaseModel] = KeetaWebhook
    answer_model: type[BaseModel] = KeetaAnswer
    openapi_headers: tuple[dict[str, Any], ...] = ()

    def accept(self, request: WebhookRequest, secret: PlatformSecret) -> Inbound:
        """Verify `sig`, then parse the envelope and its double-encoded `message`."""
        try:
            members = _members(request.body)
        except (ValueError, RecursionError):
            raise HookRejectedError(400, "body is not a JSON object") from None
        sig = members.get("sig", (None, ""))[0]
        if not isinstance(sig, str) or not sig:
            raise HookRejectedError(401, "missing sig")
        # Strings are signed decoded, everything else as the JSON text it was sent as.
        params = {k: v if isinstance(v, str) else raw for k, (v, raw) in members.items() if k != "sig"}
        if not keeta_std_verify(request.url, params, secret.secret, sig):
            raise HookRejectedError(401, "bad sig")
        body = {k: v for k, (v, _) in members.items()}
        if secret.app_id is not None and _id_text(body.get("appId")) != secret.app_id:
            raise HookRejectedError(401, "appId is not this tenant's")
        event_id = _id_text(body.get("eventId"))
        if event_id is None or not event_id.isdigit():
            raise HookRejectedError(400, "eventId missing or not a number")
        message_id = _id_text(body.get("messageId"))
        if message_id is None:
            raise HookRejectedError(400, "messageId missing")
        try:
            message = json.loads(body["message"], parse_constant=_no_constants)
        except (KeyError, TypeError, ValueError, RecursionError):
            message = None
        if not isinstance(message, dict):
            raise HookRejectedError(400, "message is not a JSON object string")
        order_id = _keeta_order_id(message)
        if order_id is None and int(event_id) in KEETA_KNOWN_EVENTS:
            raise HookRejectedError(400, "message has no orderViewId")
        metadata = {"keetaEventId": int(event_id), "messageId": message_id, "appId": body.get("appId"),
                    "shopId": body.get("shopId"), "timestamp": body.get("timestamp")}
        return Inbound(message_id=message_id, event_type=f"KEETA_{int(event_id)}", order_id=order_id or "",
                       metadata=metadata, payload={**body, "message": message})

    def answer(self, status: int, reason: str) -> dict[str, Any]:
        """`{"code": 0, "message": "Success"}`, or the HTTP status as a non-zero code."""
        return {"code": 0, "message": "Success"} if status == 200 else {"code": status, "message": reason}


def _keeta_order_id(message: Mapping[str, Any]) -> str | None:
    """`orderViewId`: top level for 1002-1007, `orderInfo.baseOrder` for 1001."""
    found = _id_text(message.get("orderViewId"))
    if found is None:
        info = message.get("orderInfo")
        base = info.get("baseOrder") if isinstance(info, dict) else None
        found = _id_text(base.get("orderViewId")) if isinstance(base, dict) else None
    return found


def _object(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


class GoFoodWebhook(BaseModel):
    """A GoFood notification (reference §4): `header` with the event, `body` with the order."""

    model_config = ConfigDict(extra="allow")

    header: dict[str, Any]
    body: dict[str, Any]


class GoFoodAnswer(BaseModel):
    """The relay's reply to GoFood (any 2xx acknowledges)."""

    success: bool
    error: str | None = None


class GoFoodHooks:
    """GoFood notifications: `X-Go-Signature` HMAC of the raw body, dedupe by `header.event_id`."""

    path = "gofood"
    platform = GOFOOD
    ttl = GOFOOD_TTL
    request_model: type[BaseModel] = GoFoodWebhook
    answer_model: type[BaseModel] = GoFoodAnswer
    openapi_headers: tuple[dict[str, Any], ...] = (
        {"name": "X-Go-Signature", "in": "header", "required": True, "schema": {"type": "string"}},)

    def accept(self, request: WebhookRequest, secret: PlatformSecret) -> Inbound:
        """Verify the HMAC of the exact bytes, then read the header and the order number."""
        signature = request.headers.get("x-go-signature", "")
        if not signature:
            raise HookRejectedError(401, "missing X-Go-Signature")
        if not gofood_verify(request.body, secret.secret, signature):
            raise HookRejectedError(401, "bad X-Go-Signature")
        try:
            data = json.loads(request.body, parse_constant=_no_constants)
        except (ValueError, RecursionError):
            data = None
        header = data.get("header") if isinstance(data, dict) else None
        if not isinstance(data, dict) or not isinstance(header, dict):
            raise HookRejectedError(400, "body has no header object")
        event_id, event_name = _id_text(header.get("event_id")), header.get("event_name")
        if event_id is None or not isinstance(event_name, str) or not event_name:
            raise HookRejectedError(400, "header.event_id or header.event_name missing")
        content = _object(data.get("body"))
        order, outlet = _object(content.get("order")), _object(content.get("outlet"))
        metadata = {"eventName": event_name, "gofoodEventId": event_id, "outletId": _id_text(outlet.get("id"))}
        return Inbound(message_id=event_id, event_type=event_name,
                       order_id=_id_text(order.get("order_number")) or "", metadata=metadata, payload=data)

    def answer(self, status: int, reason: str) -> dict[str, Any]:
        """`{"success": true}`, or `success: false` with the reason."""
        return {"success": True} if status == 200 else {"success": False, "error": reason}


HOOKS: tuple[WebhookPlatform, ...] = (KeetaStandardHooks(), GoFoodHooks())
