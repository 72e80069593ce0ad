"""GoFood notifications at ``POST /hooks/gofood/{tenant}``.

GoFood signs each notification with `X-Go-Signature` (reference §4): the lowercase hex HMAC-SHA256
of the raw request body, keyed with the outlet's notification secret. The body carries a `header`
(event id and name) and a `body` (the order and the outlet).

An event as the relay serves it (`kds.relay.contract`)::

    "eventType": "gofood.order.…"    # header.event_name, as sent
    "orderId":   "F-123"             # body.order.order_number ("" if none)
    "metadata":  {"platform": "gofood", "eventName": "…" (str), "gofoodEventId": "…" (str),
                  "outletId": "…" (str | None)}
    "payload":   the notification body as received
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict

from kds.relay.hooks.base import (
    HookRejectedError,
    Inbound,
    TenantOptions,
    WebhookRequest,
    id_text,
    json_object,
    no_constants,
)
from kds.relay.records import PlatformSecret

GOFOOD = "gofood"

# GoFood documents no retention; its orders are long settled after 4 h 10 min, as for the others.
GOFOOD_TTL = timedelta(hours=4, minutes=10)


def gofood_signature(body: bytes, secret: str) -> str:
    """GoFood's `X-Go-Signature` of a raw body: lowercase hex HMAC-SHA256 keyed with `secret`."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def gofood_verify(body: bytes, secret: str, signature: str) -> bool:
    """True when `signature` is GoFood's signature of `body` (constant-time comparison)."""
    return hmac.compare_digest(gofood_signature(body, secret).encode(), signature.strip().lower().encode())


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
    tenant_options = TenantOptions(
        secret="--gofood-secret", secret_help="GoFood notification secret key ('-': read from stdin)")

    def accept(self, request: WebhookRequest, secret: PlatformSecret) -> Inbound:
        """Verify the HMAC of the exact bytes, then read the header and the order number."""
        signature = request.headers.get("x-go-signature", "")
        if not signature:
            raise HookRejectedError(401, "missing X-Go-Signature")
        if not gofood_verify(request.body, secret.secret, signature):
            raise HookRejectedError(401, "bad X-Go-Signature")
        try:
            data = json.loads(request.body, parse_constant=no_constants)
        except (ValueError, RecursionError):
            data = None
        header = data.get("header") if isinstance(data, dict) else None
        if not isinstance(data, dict) or not isinstance(header, dict):
            raise HookRejectedError(400, "body has no header object")
        event_id, event_name = id_text(header.get("event_id")), header.get("event_name")
        if event_id is None or not isinstance(event_name, str) or not event_name:
            raise HookRejectedError(400, "header.event_id or header.event_name missing")
        content = json_object(data.get("body"))
        order, outlet = json_object(content.get("order")), json_object(content.get("outlet"))
        metadata = {"eventName": event_name, "gofoodEventId": event_id, "outletId": id_text(outlet.get("id"))}
        return Inbound(message_id=event_id, event_type=event_name,
                       order_id=id_text(order.get("order_number")) or "", metadata=metadata, payload=data)

    def answer(self, status: int, reason: str) -> dict[str, Any]:
        """`{"success": true}`, or `success: false` with the reason."""
        return {"success": True} if status == 200 else {"success": False, "error": reason}
