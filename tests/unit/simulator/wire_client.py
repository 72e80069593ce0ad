"""A by-the-book Keeta Open Delivery caller for the simulator tests.

It speaks the wire exactly as Keeta documents it (token, bearer, `X-App-Signature` over URL & sorted
query & canonical JSON body) and shares nothing with the app's own client, so these tests pin the
simulator to the reference rather than to another implementation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from kds.platforms.keeta_od.signature import canonical_json, sign
from kds.simulator.keeta_od import SimulatorServer


class SignedClient:
    """A minimal, by-the-book Keeta Open Delivery caller over real HTTP."""

    def __init__(self, server: SimulatorServer, timeout: float = 5.0) -> None:
        self.server = server
        self.base = server.base_url
        self.creds = server.credentials
        self.http = httpx.Client(timeout=timeout)
        self._token: str | None = None

    def close(self) -> None:
        self.http.close()

    def fetch_token(self, **overrides: str) -> httpx.Response:
        form = {"client_id": self.creds.client_id, "client_secret": self.creds.client_secret,
                "grant_type": "client_credentials", **overrides}
        return self.http.post(self.base + "/oauth/token", data=form)

    @property
    def token(self) -> str:
        if self._token is None:
            response = self.fetch_token()
            assert response.status_code == 200, response.text
            self._token = response.json()["access_token"]
        return self._token

    def request(self, method: str, path: str, *, params: Sequence[tuple[str, str]] = (), json: Any = None,
                content: bytes | None = None, headers: Sequence[tuple[str, str]] = (), token: str | None = None,
                signature: str | None = None, timeout: float | None = None) -> httpx.Response:
        url = self.base + path
        body = content if content is not None else (canonical_json(json) if json is not None else b"")
        sig = signature if signature is not None else sign(self.creds.client_secret, url, list(params), body)
        all_headers = [("Authorization", f"Bearer {token or self.token}"), ("X-App-Signature", sig), *headers]
        if body:
            all_headers.append(("Content-Type", "application/json"))
        return self.http.request(method, url, params=list(params) or None, content=body or None,
                                 headers=all_headers,
                                 timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout)

    def poll(self, merchants: Sequence[str] = (), event_types: Sequence[str] = (),
             token: str | None = None) -> httpx.Response:
        params = [("eventType", t) for t in event_types]
        headers = [("x-polling-merchants", m) for m in merchants]
        return self.request("GET", "/v1/events:polling", params=params, headers=headers, token=token)

    def events(self, **kwargs: Any) -> list[dict[str, Any]]:
        """Poll once and return the events ([] on 204)."""
        response = self.poll(**kwargs)
        assert response.status_code in (200, 204), response.text
        return [] if response.status_code == 204 else response.json()

    def ack(self, events: Sequence[dict[str, Any]], token: str | None = None) -> httpx.Response:
        body = [{"id": e["eventId"], "orderId": e["orderId"], "eventType": e["eventType"]} for e in events]
        return self.request("POST", "/v1/events/acknowledgment", json=body, token=token)

    def drain(self) -> list[dict[str, Any]]:
        """Poll and acknowledge everything waiting; returns what was read."""
        events = self.events()
        if events:
            assert self.ack(events).status_code == 202
        return events

    def action(self, order_id: str, name: str, body: Any = None) -> httpx.Response:
        return self.request("POST", f"/v1/orders/{order_id}/{name}", json=body)

    def confirm(self, order_id: str, code: str = "KDS-1") -> httpx.Response:
        return self.action(order_id, "confirm", {"createdAt": "2026-01-01T12:00:30Z", "orderExternalCode": code})

    def order(self, order_id: str) -> httpx.Response:
        return self.request("GET", f"/v1/orders/{order_id}")


def types_of(events: Sequence[dict[str, Any]]) -> list[str]:
    return [e["eventType"] for e in events]
