"""The relay as the app sees it: Open Delivery polling with long-poll, and acknowledgment.

One reader for every relay-fed platform: its adapter builds a `RelayClient` for the platform it
reads and maps the events itself. The relay (`kds relay`) stores platform webhooks and serves them as described in
`kds.relay.contract`: `GET /v1/events:polling?platform=P&wait=N` with the tenant's bearer token
answers a JSON array of the tenant's unacknowledged events of platform P (204 when none arrived
within `wait` seconds), and `POST /v1/events/acknowledgment` takes at most 100
`{id, orderId, eventType}` per call. Each reader asks for its own platform only, so another
platform's backlog on the same tenant can neither delay its events nor push them out of a poll.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from kds.clock import Clock, SystemClock
from kds.domain.events import RawEvent
from kds.domain.order import Platform
from kds.platforms.base import PlatformError, PlatformPayloadError
from kds.platforms.http_errors import error_for_exception, error_for_status, parse_http_date, parse_retry_after

log = logging.getLogger(__name__)

RECEIPT_TYPE = "KDS_RECEIPT"
"""`RawEvent.event_type` of a receipt (see `kds.platforms.relay.receipts`): ours, never the relay's."""

ACK_BATCH = 100
AVAILABILITY_BATCH = 1000  # the relay's `MAX_PRODUCTS_PER_PUSH`
WHOLE_STORE = "*"  # the product id that speaks for the whole store (the relay's `contract.WHOLE_STORE`)
"""Most events one acknowledgment may name (Open Delivery `maxItems`)."""
DEFAULT_WAIT = 25.0
"""Seconds a poll waits at the relay for an event (the relay caps it at 30)."""
_SLACK = 15.0  # the read timeout outlasts the relay's own wait by this much


class RelayClient:
    """Reads one tenant's events of one platform from the relay and acknowledges them."""

    def __init__(self, http: httpx.AsyncClient, relay_url: str, tenant_token: str, platform: Platform | str,
                 clock: Clock | None = None) -> None:
        """Use `http` against the relay at `relay_url` (e.g. `https://relay.example.com`).

        Args:
            http: The HTTP client (owned by the caller).
            relay_url: The relay's base URL.
            tenant_token: The tenant's bearer token.
            platform: The platform read: its `Platform`, or the relay's name of it (the events'
                `metadata.platform`).
            clock: Measures a `Retry-After` HTTP-date when the answer has no `Date` (the system clock
                when not given).
        """
        self.http = http
        self.platform = str(platform)
        self._base = relay_url.rstrip("/")
        self._auth = {"Authorization": f"Bearer {tenant_token}"}
        self._clock = clock or SystemClock()

    async def poll(self, wait: float = DEFAULT_WAIT) -> list[Any]:
        """The platform's unacknowledged events as raw JSON values ([] on 204), waiting up to `wait` s."""
        params = {"platform": self.platform}
        if wait > 0:
            params["wait"] = f"{wait:g}"
        timeout = httpx.Timeout(wait + _SLACK, connect=min(10.0, wait + _SLACK))
        response = await self._send("GET", "/v1/events:polling", "relay polling", params=params, timeout=timeout)
        if response.status_code == 204 or not response.content.strip():
            return []
        try:
            # ValueError: not JSON (truncated, HTML) or not UTF-8; RecursionError: absurdly nested.
            data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:
            raise PlatformPayloadError("relay polling: answer is not JSON", code="payload") from exc
        if not isinstance(data, list):
            raise PlatformPayloadError("relay polling: answer is not a list of events", code="payload")
        return data

    async def acknowledge(self, items: Sequence[dict[str, str]]) -> None:
        """Acknowledge `items` (`{id, orderId, eventType}`), at most 100 per request, in order."""
        for start in range(0, len(items), ACK_BATCH):
            batch = list(items[start:start + ACK_BATCH])
            await self._send("POST", "/v1/events/acknowledgment", "relay acknowledgment", json=batch)

    async def acknowledge_events(self, events: Sequence[RawEvent]) -> None:
        """Acknowledge stored relay events; our own receipts and repeats are left out."""
        items: list[dict[str, str]] = []
        seen: set[str] = set()
        for event in events:
            if event.event_type == RECEIPT_TYPE or not event.event_id or event.event_id in seen:
                continue
            seen.add(event.event_id)
            items.append({"id": event.event_id, "orderId": event.order_id, "eventType": event.event_type})
        await self.acknowledge(items)

    async def push_availability(self, products: Mapping[str, bool]) -> None:
        """Tell the relay which products are available (`PUT /v1/availability`, 1,000 per call).

        The product `WHOLE_STORE` speaks for the whole store: False answers every product out of stock.
        """
        items = [{"productId": p, "available": a} for p, a in products.items()]
        for start in range(0, len(items), AVAILABILITY_BATCH):
            body = {"platform": self.platform, "products": items[start:start + AVAILABILITY_BATCH]}
            await self._send("PUT", "/v1/availability", "relay availability", json=body)

    async def _send(self, method: str, path: str, operation: str, **kwargs: Any) -> httpx.Response:
        try:
            response = await self.http.request(method, self._base + path, headers=self._auth, **kwargs)
        except httpx.HTTPError as exc:
            raise error_for_exception(exc, operation) from exc
        if response.is_success:
            return response
        raise self._error(response, operation)

    def _error(self, response: httpx.Response, operation: str) -> PlatformError:
        """The error of a refused request; a `Retry-After` (429, 503) is kept, in seconds or as a date."""
        status = response.status_code
        text = f"{operation}: HTTP {status}"
        server_now = parse_http_date(response.headers.get("Date")) or self._clock.now()
        return error_for_status(status, text, auth_message=f"{text} (the relay refused the tenant token)",
                                retry_after=parse_retry_after(response.headers.get("Retry-After"), server_now))
