"""GoFood notifications as the relay serves them, a scripted GoBiz API and relay behind `httpx.MockTransport`.

The fixtures under `tests/fixtures/platforms/gofood/` are notifications written from GoBiz's
documentation (the event list's sample, and a sandbox payload with `null`s). `relay_event` turns one
into the relay's event exactly as the relay does: signed with `X-Go-Signature`, read by the relay's
own GoFood hook, stored and served (`kds.relay.contract.to_wire`).
"""

from __future__ import annotations

import base64
import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.gofood.adapter import GoFoodAdapter
from kds.platforms.gofood.client import GoBizClient
from kds.platforms.relay import RelayClient
from kds.relay.contract import to_wire
from kds.relay.hooks.base import WebhookRequest
from kds.relay.hooks.gofood import GoFoodHooks, gofood_signature
from kds.relay.records import PlatformSecret, StoredEvent, event_id_for

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "platforms" / "gofood"
API = "https://gobiz.test"
AUTH = "https://goauth.test"
RELAY = "https://relay.test"
CLIENT_ID, CLIENT_SECRET = "gofood-client", "gofood-secret"
OUTLET = "G123456789"
NOTIFY_SECRET = "notification-secret"
TENANT_TOKEN = "kdsr_tenant-token"
ORDER = "F-123456789"

Reply = httpx.Response | Callable[[httpx.Request], httpx.Response]


def load(name: str) -> Any:
    """A JSON fixture, parsed."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def notification(name: str, **header: Any) -> dict[str, Any]:
    """A fixture notification with some header fields replaced (`event_id`, `timestamp`)."""
    found = copy.deepcopy(load(name))
    found["header"].update(header)
    return found


def relay_event(note: dict[str, Any], received_at: datetime | None = None, tenant: str = "counter") -> dict[str, Any]:
    """`note` as the relay serves it after GoFood posted it (verified and read by the relay's hook)."""
    body = json.dumps(note).encode()
    request = WebhookRequest(body, {"x-go-signature": gofood_signature(body, NOTIFY_SECRET)}, "https://relay.test/")
    inbound = GoFoodHooks().accept(request, PlatformSecret(NOTIFY_SECRET))
    at = received_at or datetime(2026, 1, 1, 12, tzinfo=UTC)
    stored = StoredEvent(event_id=event_id_for(tenant, "gofood", inbound.message_id), tenant=tenant, platform="gofood",
                         event_type=inbound.event_type, order_id=inbound.order_id, received_at=at,
                         expires_at=at + timedelta(hours=4), metadata=inbound.metadata, payload=inbound.payload)
    return to_wire(stored)


def answer(name: str, status: int = 200) -> httpx.Response:
    """A GoBiz answer from a fixture."""
    return httpx.Response(status, json=load(name))


@dataclass
class FakeGoBiz:
    """GoBiz: the token endpoint (HTTP Basic, form) and the order endpoints, scripted per path."""

    clock: FakeClock
    tokens_issued: int = 0
    valid: set[str] = field(default_factory=set)
    lifetime: int = 3599
    token_forms: list[dict[str, list[str]]] = field(default_factory=list)
    calls: list[tuple[str, str, Any]] = field(default_factory=list)  # (method, path, body)
    scripted: dict[str, list[Reply]] = field(default_factory=dict)

    def script(self, path: str, *replies: Reply) -> None:
        """Answer the next calls to `path` (below the API, or "/oauth2/token") with `replies`, in order."""
        self.scripted.setdefault(path, []).extend(replies)

    def paths(self) -> list[str]:
        """Every order call's path, in order."""
        return [path for _, path, _ in self.calls]

    def handler(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        if url.startswith(AUTH):
            response = self._token(request)
        else:
            path = url[len(API):]
            body = json.loads(request.content) if request.content else None
            self.calls.append((request.method, path, body))
            auth = request.headers.get("Authorization", "")
            if not auth.startswith("Bearer ") or auth[7:] not in self.valid:
                response = httpx.Response(401, json={"success": False, "errors": [
                    {"message_title": "Unauthorized", "message": "token expired"}]})
            else:
                response = self._reply(path) or answer("success.json")
        response.headers["Date"] = format_datetime(self.clock.now(), usegmt=True)
        return response

    def _token(self, request: httpx.Request) -> httpx.Response:
        form = parse_qs(request.content.decode())
        self.token_forms.append(form)
        scripted = self._reply("/oauth2/token")
        if scripted is not None:
            return scripted
        expected = "Basic " + base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if request.headers.get("Authorization") != expected or form.get("grant_type") != ["client_credentials"]:
            return httpx.Response(401, json={"error": "invalid_client"})
        self.tokens_issued += 1
        token = f"token-{self.tokens_issued}"
        self.valid.add(token)
        return httpx.Response(200, json={"access_token": token, "expires_in": self.lifetime, "token_type": "bearer",
                                         "scope": form.get("scope", [""])[0]})

    def _reply(self, path: str) -> httpx.Response | None:
        replies = self.scripted.get(path)
        if not replies:
            return None
        reply = replies.pop(0)
        return reply(httpx.Request("GET", API + path)) if callable(reply) else reply


@dataclass
class FakeRelay:
    """The relay's polling (queued answers) and acknowledgment (recorded)."""

    polls: list[Reply] = field(default_factory=list)
    poll_requests: list[httpx.Request] = field(default_factory=list)
    acks: list[list[dict[str, str]]] = field(default_factory=list)

    def serve(self, *events: dict[str, Any]) -> None:
        """Answer the next poll with `events`."""
        self.polls.append(httpx.Response(200, json=list(events)))

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") != f"Bearer {TENANT_TOKEN}":
            return httpx.Response(401, json={"title": "Unauthorized", "status": 401})
        if request.url.path == "/v1/events:polling":
            self.poll_requests.append(request)
            if not self.polls:
                return httpx.Response(204)
            reply = self.polls.pop(0)
            return reply(request) if callable(reply) else reply
        if request.url.path == "/v1/events/acknowledgment":
            self.acks.append(json.loads(request.content))
            return httpx.Response(202)
        return httpx.Response(404)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def gobiz(clock: FakeClock) -> FakeGoBiz:
    return FakeGoBiz(clock)


@pytest.fixture
def relay() -> FakeRelay:
    return FakeRelay()


@pytest.fixture
async def client(gobiz: FakeGoBiz, clock: FakeClock) -> GoBizClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(gobiz.handler))
    found = GoBizClient(http, API, AUTH, CLIENT_ID, CLIENT_SECRET, OUTLET, clock)
    yield found
    await found.aclose()


@pytest.fixture
async def adapter(client: GoBizClient, relay: FakeRelay, clock: FakeClock) -> GoFoodAdapter:
    http = httpx.AsyncClient(transport=httpx.MockTransport(relay.handler))
    found = GoFoodAdapter(client, RelayClient(http, RELAY, TENANT_TOKEN, "gofood"), clock, wait=0.0)
    yield found
    await http.aclose()
