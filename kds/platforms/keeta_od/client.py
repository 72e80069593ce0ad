"""HTTP client of Keeta Open Delivery: token, signed requests, polling, acknowledgment and actions.

Every request except the token call carries `Authorization: Bearer` and `X-App-Signature`. Bodies
are serialised once with `canonical_json`, signed, and sent as exactly those bytes, so the bytes
Keeta verifies are the bytes it received. Errors come out sorted into `kds.platforms.base` errors.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
from pydantic import ValidationError

from kds.clock import Clock
from kds.platforms.base import PlatformAuthError, PlatformPayloadError
from kds.platforms.gate import RequestGate
from kds.platforms.http_errors import ServerClock
from kds.platforms.keeta_od import models as wire
from kds.platforms.keeta_od.errors import error_for_exception, error_for_response, parse_http_date
from kds.platforms.keeta_od.signature import canonical_json, sign

log = logging.getLogger(__name__)

ACK_BATCH = 100
"""Most events one acknowledgment may carry (Open Delivery `maxItems`)."""
DECRYPT_BATCH = 50
"""Most texts one batchDecrypt call may carry."""
MAX_POLLING_MERCHANTS = 100
"""Most merchant ids one poll may name (`x-polling-merchants` `maxItems`)."""
MAX_OUT_OF_STOCK = 100
"""Most item ids `requestCancellation` takes in `outOfStockItems`."""
DEFAULT_TOKEN_LIFETIME = 3600.0
"""Assumed token lifetime when Keeta omits `expires_in` (a 401 still triggers a fresh token)."""

_M = TypeVar("_M", bound=wire.Wire)


class KeetaODClient:
    """Talks to one Keeta Open Delivery account (one software-level client id for all its merchants)."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, client_id: str, client_secret: str,
                 merchant_ids: Sequence[str], clock: Clock) -> None:
        """Use `http` (owned by the caller until `aclose`) against `base_url`.

        For example `https://open.mykeeta.com/api/open/opendelivery`.
        """
        if len(merchant_ids) > MAX_POLLING_MERCHANTS:
            raise ValueError(f"at most {MAX_POLLING_MERCHANTS} merchants can be polled together")
        self.http = http
        self._base = base_url.rstrip("/")
        self._client_id = client_id
        self._secret = client_secret
        self.merchant_ids = tuple(merchant_ids)
        self._clock = clock
        self._token: str | None = None
        self._token_expires = 0.0  # on clock.monotonic()
        self._token_lock = asyncio.Lock()
        self._server_clock = ServerClock()
        self._gate = RequestGate(clock, "Keeta")

    @property
    def account(self) -> str:
        """Which token this client polls with, named without saying it: a digest of the address and client id.

        Stations sharing a store poll each account once (`kds.store.leases`), whatever its merchants.
        """
        return hashlib.sha256(f"{self._base}\0{self._client_id}".encode()).hexdigest()[:12]

    @property
    def server_offset(self) -> timedelta | None:
        """Platform clock minus ours, estimated from the answers so far."""
        return self._server_clock.offset

    def platform_now(self) -> datetime:
        """Our best estimate of the platform's current time."""
        return self._clock.now() + (self.server_offset or timedelta(0))

    def _server_now(self, response: httpx.Response) -> datetime:
        """The platform's time when it answered: its own `Date`, else our estimate."""
        return parse_http_date(response.headers.get("Date")) or self.platform_now()

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.http.aclose()

    # --- token ---------------------------------------------------------------------------------

    async def token(self) -> str:
        """A valid access token, fetched when there is none or it is about to expire."""
        async with self._token_lock:
            if self._token is None or self._clock.monotonic() >= self._token_expires:
                await self._fetch_token()
            assert self._token is not None
            return self._token

    async def _refresh_token(self, rejected: str) -> str:
        """Fetch a new token after `rejected` got a 401, unless another task already did."""
        async with self._token_lock:
            if self._token is None or self._token == rejected:
                await self._fetch_token()
            assert self._token is not None
            return self._token

    async def _fetch_token(self) -> None:
        self._token = None
        self._gate.check("token")
        form = {"client_id": self._client_id, "client_secret": self._secret, "grant_type": "client_credentials"}
        response = await self._exchange("POST", "/oauth/token", "token", data=form)
        if response.status_code != 200:
            error = error_for_response(response, "token", self._server_now(response))
            self._gate.observe("token", error)
            raise error
        token = _parse(wire.TokenResponse, response, "token")
        lifetime = token.expires_in or DEFAULT_TOKEN_LIFETIME
        # Renew a little early: 60 s, or 10 % of a short lifetime.
        self._token_expires = self._clock.monotonic() + lifetime - min(60.0, lifetime * 0.1)
        self._token = token.access_token
        log.info("Keeta token obtained (valid %.0f s)", lifetime)

    # --- plumbing ------------------------------------------------------------------------------

    async def _exchange(self, method: str, path: str, operation: str, **kwargs: Any) -> httpx.Response:
        sent = self._clock.now()
        try:
            response = await self.http.request(method, self._base + path, **kwargs)
        except httpx.HTTPError as exc:
            raise error_for_exception(exc, operation) from exc
        self._server_clock.observe(response.headers.get("Date"), sent, self._clock.now())
        return response

    async def _call(self, method: str, path: str, operation: str, *, body: Any = None,
                    params: Sequence[tuple[str, str]] = (),
                    headers: Sequence[tuple[str, str]] = ()) -> httpx.Response:
        """A signed, authorised request; one fresh token and retry on 401; errors sorted.

        Never sent while an earlier answer's `Retry-After` for this kind of request runs.
        """
        self._gate.check(operation)
        content = canonical_json(body) if body is not None else b""
        url = _sent_url(self._base + path)
        signature = sign(self._secret, url, params, content)
        extra = [("X-App-Signature", signature), *headers]
        if body is not None:
            extra.append(("Content-Type", "application/json"))
        token = await self.token()
        for attempt in (1, 2):
            response = await self._exchange(
                method, path, operation, params=list(params) or None, content=content or None,
                headers=[("Authorization", f"Bearer {token}"), *extra],
            )
            if response.status_code == 401 and attempt == 1:
                log.info("Keeta %s: token refused, fetching a new one", operation)
                token = await self._refresh_token(token)
                continue
            if response.is_success:
                return response
            error = error_for_response(response, operation, self._server_now(response))
            self._gate.observe(operation, error)
            if isinstance(error, PlatformAuthError):
                self._token = None if self._token == token else self._token
            raise error
        raise AssertionError("unreachable")  # pragma: no cover

    # --- events --------------------------------------------------------------------------------

    async def poll_events(self, event_types: Sequence[str] = ()) -> list[Any]:
        """New events as raw JSON values (parsed one by one by the caller); [] on 204.

        `event_types` narrows the poll; Keeta then acknowledges every other type by itself.
        """
        params = [("eventType", t) for t in event_types]
        headers = [("x-polling-merchants", m) for m in self.merchant_ids]
        response = await self._call("GET", "/v1/events:polling", "polling", params=params, headers=headers)
        if response.status_code == 204 or not response.content.strip():
            return []
        data = _json(response, "polling")
        if not isinstance(data, list):
            raise PlatformPayloadError("Keeta polling: answer is not a list of events", code="payload")
        return data

    async def acknowledge(self, events: Sequence[wire.AckEvent]) -> None:
        """Acknowledge `events`, at most 100 per request, in order."""
        for start in range(0, len(events), ACK_BATCH):
            batch = [e.model_dump(by_alias=True) for e in events[start:start + ACK_BATCH]]
            await self._call("POST", "/v1/events/acknowledgment", "acknowledgment", body=batch)

    # --- orders --------------------------------------------------------------------------------

    async def get_order(self, order_id: str) -> tuple[wire.Order, str]:
        """An order's details: parsed, and as the JSON text received (stored as is, never re-encoded).

        The order is validated straight from the bytes received (pydantic's own JSON parser): no
        intermediate Python structure, which roughly halves the cost of reading an order.
        """
        response = await self._call("GET", f"/v1/orders/{order_id}", "order details")
        try:
            text = response.content.decode("utf-8")  # RFC 8259: JSON between systems is UTF-8
            order = wire.ORDER.validate_json(response.content)
        except UnicodeDecodeError as exc:
            raise PlatformPayloadError("Keeta order details: answer is not UTF-8 JSON", code="payload",
                                       raw=response.content.decode("utf-8", "replace")) from exc
        except ValidationError as exc:
            raise PlatformPayloadError(f"Keeta order details: {_json_problem(exc)}", code="payload",
                                       raw=text) from exc
        return order, text

    async def confirm(self, order_id: str, order_external_code: str, preparation_time: int | None = None,
                      reason: str = "") -> None:
        """Accept the order (`createdAt` is the platform time now, in UTC)."""
        body: dict[str, Any] = {"createdAt": iso_utc(self.platform_now()), "orderExternalCode": order_external_code}
        if preparation_time is not None:
            body["preparationTime"] = int(preparation_time)
        if reason:
            body["reason"] = reason
        await self._call("POST", f"/v1/orders/{order_id}/confirm", "confirm", body=body)

    async def ready_for_pickup(self, order_id: str) -> None:
        """Mark the food ready."""
        await self._call("POST", f"/v1/orders/{order_id}/readyForPickup", "readyForPickup")

    async def request_cancellation(self, order_id: str, reason: str, code: str, mode: str = "MANUAL",
                                   out_of_stock: Sequence[str] = ()) -> None:
        """Ask Keeta to cancel; the answer (`CANCELLED`) arrives as an event.

        `out_of_stock` names the order's items that ran out (their `id`s: `outOfStockItems`, at most 100).
        """
        if code not in wire.CANCEL_CODES:
            raise ValueError(f"Keeta does not accept cancellation code {code!r}")
        body: dict[str, Any] = {"reason": reason, "code": code, "mode": mode}
        if out_of_stock:
            body["outOfStockItems"] = list(dict.fromkeys(out_of_stock))[:MAX_OUT_OF_STOCK]
        await self._call("POST", f"/v1/orders/{order_id}/requestCancellation", "requestCancellation", body=body)

    async def merchant_update(self, merchant_id: str, available: bool) -> None:
        """Open or close the store of `merchant_id` (Keeta 1.0.2: `merchantStatus`, alone).

        Keeta refuses `merchantStatus` together with `entityType`: a menu update is a separate call.
        """
        body = {"merchantStatus": "AVAILABLE" if available else "UNAVAILABLE"}
        await self._call("POST", f"/v1/merchantUpdate/{merchant_id}", "merchantUpdate", body=body)

    async def accept_refund(self, order_id: str) -> None:
        """Agree to the customer's refund request."""
        await self._call("POST", f"/v1/orders/{order_id}/acceptRefund", "acceptRefund")

    async def reject_refund(self, order_id: str, reason: str, code: str) -> None:
        """Reject the customer's refund request."""
        if code not in wire.REJECT_REFUND_CODES:
            raise ValueError(f"Keeta does not accept refund rejection code {code!r}")
        body = {"reason": reason, "code": code}
        await self._call("POST", f"/v1/orders/{order_id}/rejectRefund", "rejectRefund", body=body)

    async def dispatch(self, order_id: str, tracking_info: dict[str, Any] | None = None) -> None:
        """Our rider left with the order (self-delivery)."""
        body = {"deliveryTrackingInfo": tracking_info} if tracking_info else None
        await self._call("POST", f"/v1/orders/{order_id}/dispatch", "dispatch", body=body)

    async def delivered(self, order_id: str) -> None:
        """Our rider delivered the order (self-delivery)."""
        await self._call("POST", f"/v1/orders/{order_id}/delivered", "delivered")

    async def tracking(self, order_id: str, tracking_info: dict[str, Any]) -> None:
        """Send a delivery update of our rider."""
        body = {"deliveryTrackingInfo": tracking_info}
        await self._call("POST", f"/v1/orders/{order_id}/tracking", "tracking", body=body)

    async def batch_decrypt(self, cipher_texts: Sequence[str]) -> list[wire.PlainInfo]:
        """Decrypt `ENC_` texts, at most 50 per request."""
        results: list[wire.PlainInfo] = []
        for start in range(0, len(cipher_texts), DECRYPT_BATCH):
            chunk = cipher_texts[start:start + DECRYPT_BATCH]
            body = {"cipherInfos": [{"cipherText": text} for text in chunk]}
            response = await self._call("POST", "/v1/batchDecrypt", "batchDecrypt", body=body)
            results.extend(_parse(wire.BatchDecryptResponse, response, "batchDecrypt").plain_infos)
        return results


def iso_utc(when: datetime) -> str:
    """RFC 3339 UTC with a `Z`, to the second (the form Open Delivery's examples use)."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _json(response: httpx.Response, operation: str) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise PlatformPayloadError(f"Keeta {operation}: answer is not JSON", code="payload") from exc


def _parse(model: type[_M], response: httpx.Response, operation: str) -> _M:
    data = _json(response, operation)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise PlatformPayloadError(f"Keeta {operation}: unreadable answer ({_fields(exc)})",
                                   code="payload") from exc


def _json_problem(exc: ValidationError) -> str:
    """Why an answer validated from JSON text was refused, without the values."""
    kinds = {error["type"] for error in exc.errors()}
    if "json_invalid" in kinds:
        return "answer is not JSON"
    if kinds <= {"model_type", "dict_type"} and all(len(error["loc"]) == 0 for error in exc.errors()):
        return "answer is not an object"
    return f"unreadable order ({_fields(exc)})"


def _fields(exc: ValidationError) -> str:
    """Where validation failed, without the values (they may be customer data)."""
    locations = {".".join(str(p) for p in error["loc"]) or "body" for error in exc.errors()}
    return ", ".join(sorted(locations)[:5])



_PLAIN_URL = re.compile(r"^https?://[A-Za-z0-9.\-:\[\]]+(/[A-Za-z0-9/_\-.:~]*)?$")


def _sent_url(url: str) -> str:
    """The URL as httpx sends it (and Keeta signs it): normalised only when it has anything to normalise.

    Every request is signed over its URL; running httpx's full URL parser per request cost more than
    the rest of signing, and plain ASCII URLs (ours: fixed paths and uuid order ids) are already normal.
    """
    if _PLAIN_URL.match(url):
        authority = url.partition("://")[2].partition("/")[0]
        if authority == authority.lower() and not authority.endswith((":80", ":443")):
            return url
    return str(httpx.URL(url))
