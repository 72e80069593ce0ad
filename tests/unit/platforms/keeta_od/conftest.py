"""A scripted Keeta Open Delivery server behind `httpx.MockTransport`, and fixture loading.

The fake checks what the real one checks: the token on every call, and `X-App-Signature`
recomputed from the request exactly as it arrived (absolute URL without query, sorted raw query
items, the body bytes). A request that fails either check is answered like Keeta would, and the
failure is recorded so tests can assert there were none.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.keeta_od.client import KeetaODClient
from kds.platforms.keeta_od.signature import sign

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "platforms" / "keeta_od"
BASE = "https://keeta.test/api/open/opendelivery"
CLIENT_ID = "kds-client"
SECRET = "s3cret-od"
MERCHANTS = ("22815773000169-dbc7e35a-c936-4665-9e13-eb55eb8b6824",
             "22815773000169-0f9e8d7c-6b5a-4c3d-9e2f-1a0b9c8d7e6f")

Handler = Callable[[httpx.Request], httpx.Response]


def load(name: str) -> Any:
    """A JSON fixture, parsed."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def problem(status: int, title: str, headers: dict[str, str] | None = None) -> httpx.Response:
    """A problem+json answer."""
    return httpx.Response(status, json={"title": title, "status": status},
                          headers={"Content-Type": "application/problem+json", **(headers or {})})


@dataclass
class FakeKeeta:
    """Routes requests by (method, path below the base URL); unscripted calls get sensible defaults."""

    clock: FakeClock
    token_ttl: float | None = 7200
    server_offset: timedelta = timedelta(0)
    send_date: bool = True
    requests: list[httpx.Request] = field(default_factory=list)
    calls: list[httpx.Request] = field(default_factory=list)  # everything but the token endpoint
    token_requests: list[httpx.Request] = field(default_factory=list)
    bad_signatures: list[str] = field(default_factory=list)
    valid_tokens: set[str] = field(default_factory=set)
    token_reply: Handler | None = None
    scripted: dict[tuple[str, str], list[Handler | httpx.Response]] = field(default_factory=dict)
    default: dict[tuple[str, str], Handler] = field(default_factory=dict)

    def script(self, method: str, path: str, *replies: Handler | httpx.Response) -> None:
        """Answer the next calls to `path` with `replies`, in order (then fall back to the default)."""
        self.scripted.setdefault((method, path), []).extend(replies)

    def revoke_tokens(self) -> None:
        """Make every token issued so far invalid (as after a credential rotation)."""
        self.valid_tokens.clear()

    def path_of(self, request: httpx.Request) -> str:
        """The request path below the base URL."""
        return str(request.url.copy_with(query=None))[len(BASE):]

    def bodies(self, path: str) -> list[Any]:
        """Parsed JSON bodies of the calls to `path`."""
        return [json.loads(r.content) for r in self.calls if self.path_of(r) == path]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = self._answer(request)
        if self.send_date and "Date" not in response.headers:
            response.headers["Date"] = format_datetime(self.clock.now() + self.server_offset, usegmt=True)
        return response

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = self.path_of(request)
        if path == "/oauth/token":
            return self._token(request)
        self.calls.append(request)
        expected = sign(SECRET, str(request.url.copy_with(query=None)),
                        request.url.params.multi_items(), request.content)
        if request.headers.get("X-App-Signature") != expected:
            self.bad_signatures.append(path)
            return problem(401, "invalid signature")
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer ") or auth[7:] not in self.valid_tokens:
            return problem(401, "Invalid or expired token")
        queue = self.scripted.get((request.method, path))
        if queue:
            reply = queue.pop(0)
            return reply if isinstance(reply, httpx.Response) else reply(request)
        handler = self.default.get((request.method, path))
        if handler is not None:
            return handler(request)
        if request.method == "GET" and path == "/v1/events:polling":
            return httpx.Response(204)
        if request.method == "POST" and path == "/v1/batchDecrypt":
            infos = json.loads(request.content)["cipherInfos"]
            return httpx.Response(200, json={"plainInfos": [
                {"cipherText": i["cipherText"], "plainText": "plain:" + i["cipherText"], "errorCode": 0,
                 "errorMsg": "success"} for i in infos]})
        if request.method == "POST":
            return httpx.Response(202)
        return problem(404, "Not found")

    def _token(self, request: httpx.Request) -> httpx.Response:
        self.token_requests.append(request)
        if self.token_reply is not None:
            return self.token_reply(request)
        form = dict(parse_qsl(request.content.decode()))
        if form != {"client_id": CLIENT_ID, "client_secret": SECRET, "grant_type": "client_credentials"}:
            return problem(401, "invalid client")
        token = f"tok-{len(self.token_requests)}"
        self.valid_tokens.add(token)
        body: dict[str, Any] = {"access_token": token, "token_type": "bearer"}
        if self.token_ttl is not None:
            body["expires_in"] = self.token_ttl
        return httpx.Response(200, json=body)


@pytest.fixture
def clock() -> FakeClock:
    """A fake clock at 2026-01-01 12:00 UTC."""
    return FakeClock()


@pytest.fixture
def keeta(clock: FakeClock) -> FakeKeeta:
    """The fake Keeta server."""
    return FakeKeeta(clock)


@pytest.fixture
async def client(keeta: FakeKeeta, clock: FakeClock) -> AsyncIterator[KeetaODClient]:
    """A client wired to the fake server."""
    http = httpx.AsyncClient(transport=httpx.MockTransport(keeta))
    client = KeetaODClient(http, BASE, CLIENT_ID, SECRET, MERCHANTS, clock)
    yield client
    await client.aclose()
    assert keeta.bad_signatures == [], "every signed request must verify"
