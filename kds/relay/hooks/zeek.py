"""Zeek (Circle K, CKGo) callbacks at ``POST /hooks/zeek/{tenant}/{path_secret}/…``.

CKGo calls the store's `OrderCreateCallback` with the whole order and `CheckProviderInventory`
before checkout. Zeek's seed document says only that "a HMAC-SHA256 generated signature will be
included. Details will be provided later", so each callback must pass two locks, both required:

1. the path secret, an unguessable per-tenant value (192 random bits) in the URL, rotatable with
   ``kds relay rotate-zeek-path NAME`` (checked by the app, in constant time);
2. an HMAC-SHA256 of the raw body keyed with the tenant's Zeek secret, in the header and encoding
   (lowercase hex or standard Base64) the tenant's settings name, by default `X-Zeek-Signature`,
   hex, until Zeek publishes them. The value must be the bare digest (no ``sha256=`` prefix);
   hex is compared case-insensitively, Base64 exactly; both in constant time.

`order_create` is stored like any webhook, deduped by its `order_id` and answered
``{"status": "OK"}`` as the seed says. `inventory` is answered at once from the availability the
station pushed (``PUT /v1/availability``); a product never pushed is in stock, unless the tenant's
``--zeek-unknown-products out-of-stock`` says otherwise. The seed does not spell the inventory
question out; we read ``{"store_id", "products": [{"product_id", "quantity"}]}`` (or
``"product_ids": [...]``) and answer ``{"status": "OK", "data": {"products": [{"product_id",
"in_stock"}]}}``: the choice is ours, kept in this one module.

An event as the relay serves it (`kds.relay.contract`)::

    "eventType": "order_create"
    "orderId":   "CK123"             # payload.order_id
    "metadata":  {"platform": "zeek", "storeId": "…" (str | None)}
    "payload":   the callback body as received
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from datetime import timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict

from kds.relay.hooks.base import (
    HookRejectedError,
    Inbound,
    InventoryQuery,
    TenantOptions,
    TenantSetting,
    WebhookRequest,
    id_text,
    json_object,
    no_constants,
)
from kds.relay.records import PlatformSecret

ZEEK = "zeek"

# The seed names no retention; CKGo pickup orders are long collected after 4 h 10 min, as for the others.
ZEEK_TTL = timedelta(hours=4, minutes=10)

ORDER_CREATE = "order_create"
"""The relay's `eventType` of a stored `OrderCreateCallback`."""

SIGNATURE_HEADER = TenantSetting(
    "--zeek-signature-header", "signature_header",
    "header carrying Zeek's HMAC-SHA256 signature (default %(default)s)", "X-Zeek-Signature")
SIGNATURE_ENCODING = TenantSetting(
    "--zeek-signature-encoding", "signature_encoding",
    "encoding of Zeek's signature: hex or base64 (default %(default)s)", "hex", ("hex", "base64"))
UNKNOWN_PRODUCTS = TenantSetting(
    "--zeek-unknown-products", "unknown_products",
    "how the inventory check answers for a product the station never pushed (default %(default)s)",
    "in-stock", ("in-stock", "out-of-stock"))


def zeek_signature(body: bytes, secret: str, encoding: str = "hex") -> str:
    """The HMAC-SHA256 of a raw body keyed with `secret`, as lowercase hex or standard Base64."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode() if encoding == "base64" else digest.hex()


def zeek_verify(body: bytes, secret: str, signature: str, encoding: str = "hex") -> bool:
    """True when `signature` is the HMAC of `body` in `encoding` (compared on the digest, in constant time)."""
    expected = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    text = signature.strip()
    try:
        given = base64.b64decode(text, validate=True) if encoding == "base64" else bytes.fromhex(text)
    except (ValueError, binascii.Error):
        return False
    return hmac.compare_digest(expected, given)


class ZeekOrderCreate(BaseModel):
    """Zeek's `OrderCreateCallback` body: the whole order (read by the app's adapter)."""

    model_config = ConfigDict(extra="allow")

    order_id: str | int


class ZeekInventoryCheck(BaseModel):
    """Zeek's `CheckProviderInventory` question (our reading; see the module docstring)."""

    model_config = ConfigDict(extra="allow")

    store_id: str | int | None = None
    products: list[dict[str, Any]] = []
    product_ids: list[str | int] = []


class ZeekAnswer(BaseModel):
    """The relay's reply to Zeek: ``{"status": "OK"}`` (with `data` for the inventory check)."""

    status: str
    message: str | None = None
    data: dict[str, Any] | None = None


class ZeekHooks:
    """Zeek callbacks: path secret + HMAC-SHA256 of the raw body, dedupe by `order_id`."""

    path = "zeek"
    platform = ZEEK
    ttl = ZEEK_TTL
    event_route = ORDER_CREATE
    inventory_route = "inventory"
    request_model: type[BaseModel] = ZeekOrderCreate
    answer_model: type[BaseModel] = ZeekAnswer
    inventory_request_model: type[BaseModel] = ZeekInventoryCheck
    inventory_answer_model: type[BaseModel] = ZeekAnswer
    openapi_headers: tuple[dict[str, Any], ...] = (
        {"name": SIGNATURE_HEADER.default, "in": "header", "required": True, "schema": {"type": "string"},
         "description": "HMAC-SHA256 of the raw body (header name and encoding are tenant settings)"},)
    tenant_options = TenantOptions(
        secret="--zeek-secret", secret_help="Zeek (CKGo) callback signing secret ('-': read from stdin)",
        settings=(SIGNATURE_HEADER, SIGNATURE_ENCODING, UNKNOWN_PRODUCTS), path_secret=True,
        url_label="callback base URL")

    def _verified(self, request: WebhookRequest, secret: PlatformSecret) -> dict[str, Any]:
        """The body as a JSON object once its signature is right; raises `HookRejectedError` otherwise."""
        header = SIGNATURE_HEADER.value(secret)
        signature = request.headers.get(header.lower(), "")
        if not signature:
            raise HookRejectedError(401, f"missing {header}")
        if not zeek_verify(request.body, secret.secret, signature, SIGNATURE_ENCODING.value(secret)):
            raise HookRejectedError(401, f"bad {header}")
        try:
            data = json.loads(request.body, parse_constant=no_constants)
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):
            raise HookRejectedError(400, "body is not a JSON object")
        return data

    def accept(self, request: WebhookRequest, secret: PlatformSecret) -> Inbound:
        """Verify the HMAC of the exact bytes, then read the order id (the dedupe key)."""
        data = self._verified(request, secret)
        order_id = id_text(data.get("order_id"))
        if order_id is None:
            raise HookRejectedError(400, "order_id missing")
        store = json_object(data.get("store"))
        metadata = {"storeId": id_text(data.get("store_id")) or id_text(store.get("id"))}
        return Inbound(message_id=order_id, event_type=ORDER_CREATE, order_id=order_id, metadata=metadata,
                       payload=data)

    def read_inventory(self, request: WebhookRequest, secret: PlatformSecret) -> InventoryQuery:
        """Verify the HMAC, then read which products are asked about."""
        data = self._verified(request, secret)
        products = data.get("products", [])
        listed = data.get("product_ids", [])
        if not isinstance(products, list) or not isinstance(listed, list):
            raise HookRejectedError(400, "products is not a list")
        ids = [id_text(p.get("product_id") or p.get("id")) if isinstance(p, dict) else None for p in products]
        ids += [id_text(p) for p in listed]
        if not ids or any(i is None for i in ids):
            raise HookRejectedError(400, "no product ids, or a product without one")
        wanted = tuple(dict.fromkeys(i for i in ids if i is not None))
        unknown_in_stock = UNKNOWN_PRODUCTS.value(secret) != "out-of-stock"

        def answer(available: Any) -> dict[str, Any]:
            return {"status": "OK", "data": {"products": [
                {"product_id": p, "in_stock": bool(available.get(p, unknown_in_stock))} for p in wanted]}}

        return InventoryQuery(wanted, answer, store_id=id_text(data.get("store_id")) or "")

    def answer(self, status: int, reason: str) -> dict[str, Any]:
        """``{"status": "OK"}``, or ``{"status": "ERROR", "message": reason}``."""
        return {"status": "OK"} if status == 200 else {"status": "ERROR", "message": reason}
