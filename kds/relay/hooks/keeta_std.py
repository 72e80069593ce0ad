"""Keeta Standard webhooks 1001-1007 at ``POST /hooks/keeta/{tenant}``.

Keeta signs each webhook with `sig` (reference §3.1): the lowercase hex SHA-256 (a plain hash, not
an HMAC) of ``URL + "?" + k1=v1&k2=v2… + appSecret`` over every parameter except `sig`, sorted by
key in ASCII order, with no URL-encoding; the URL is the tenant's registered callback URL. The
algorithm lives once, with the Keeta Standard client (`kds.platforms.keeta_std.signature`, a
standard-library-only module): the client, this route and the simulator all sign through it,
tested against Keeta's official vectors. Values are rendered as:

- ``str``: as is (so a JSON-valued parameter that arrived as text is signed as exactly that text);
- ``bool``: ``true`` / ``false`` (JSON spelling, as a Java signer prints it);
- ``int`` / ``float``: their JSON text;
- ``None``: the empty string ("empty params are included"; what Keeta does for a top-level null is
  not documented, this is our reading);
- ``dict`` / ``list``: compact JSON in insertion order, non-ASCII kept (no inner key sorting).

An event as the relay serves it (`kds.relay.contract`)::

    "eventType": "KEETA_1002"        # KEETA_<Keeta eventId>
    "orderId":   "553440887574627"   # orderViewId as text ("" only for an eventId outside
                                     # 1001-1007 that names no order)
    "metadata":  {"platform": "keeta_std", "keetaEventId": 1002 (int), "messageId": "…" (str),
                  "appId": …, "shopId": …, "timestamp": …}   # the last three as Keeta sent them
                                                               # (int when Keeta sent a number)
    "payload":   the webhook body, its double-encoded "message" string replaced by the object it
                 encodes
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict

from kds.platforms.keeta_std import signature
from kds.relay.hooks.base import (
    HookRejectedError,
    Inbound,
    TenantOptions,
    WebhookRequest,
    id_text,
    json_members,
    no_constants,
)
from kds.relay.records import PlatformSecret

KEETA_STD = "keeta_std"

# Keeta keeps an order's events for 4 h 10 min (orders are final after 4 h, plus a buffer).
KEETA_TTL = timedelta(hours=4, minutes=10)

KEETA_KNOWN_EVENTS = range(1001, 1008)


def keeta_std_signing_string(url: str, params: Mapping[str, object], secret: str) -> str:
    """The exact text Keeta Standard hashes: ``url?k=v&…`` (sorted, `sig` left out) + `secret`."""
    return signature.signing_string(url, params, secret)


def keeta_std_sig(url: str, params: Mapping[str, object], secret: str) -> str:
    """The Keeta Standard `sig` of a request or webhook (the URL is the callback URL for a webhook)."""
    return signature.sign(url, params, secret)


def keeta_std_verify(url: str, params: Mapping[str, object], secret: str, sig: str) -> bool:
    """True when `sig` is the Keeta Standard signature of `params` (constant-time comparison)."""
    return signature.verify(url, params, secret, sig)


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
    tenant_options = TenantOptions(
        secret="--keeta-app-secret", secret_help="Keeta Standard app secret ('-': read from stdin)",
        app_id="--keeta-app-id", app_id_help="Keeta Standard appId (webhooks from another app are refused)")

    def accept(self, request: WebhookRequest, secret: PlatformSecret) -> Inbound:
        """Verify `sig`, then parse the envelope and its double-encoded `message`."""
        try:
            members = json_members(request.body)
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
        if secret.app_id is not None and id_text(body.get("appId")) != secret.app_id:
            raise HookRejectedError(401, "appId is not this tenant's")
        event_id = id_text(body.get("eventId"))
        if event_id is None or not event_id.isdigit():
            raise HookRejectedError(400, "eventId missing or not a number")
        message_id = id_text(body.get("messageId"))
        if message_id is None:
            raise HookRejectedError(400, "messageId missing")
        try:
            message = json.loads(body["message"], parse_constant=no_constants)
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
    found = id_text(message.get("orderViewId"))
    if found is None:
        info = message.get("orderInfo")
        base = info.get("baseOrder") if isinstance(info, dict) else None
        found = id_text(base.get("orderViewId")) if isinstance(base, dict) else None
    return found
