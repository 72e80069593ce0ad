"""A scripted Keeta Standard API and relay behind `httpx.MockTransport`, and fixture loading.

The fake API checks what Keeta checks: `sig` recomputed from the body exactly as it arrived, with
the relay's own (independent) implementation of the algorithm, plus appId and accessToken. A call
that fails a check is answered like Keeta would and recorded, so tests can assert there were none.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.keeta_std.adapter import KeetaStdAdapter
from kds.platforms.keeta_std.client import KeetaStdClient, constant_token
from kds.platforms.relay import RelayClient
from kds.relay.hooks import HOOKS
from kds.relay.hooks.keeta_std import keeta_std_verify

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "platforms" / "keeta_std"
API = "https://keeta.test/api/open"
RELAY = "https://relay.test"
APP_ID = 3084446411
SECRET = "s3cret-std"
TOKEN = "merchant-token"
TENANT_TOKEN = "kdsr_tenant-token"
ORDER_ID, SHOP_ID = "756823555555859", "466663"

RELAY_PLATFORMS = {hook.platform for hook in HOOKS}
"""The `?platform=` values the relay knows (any other is answered 400)."""

Reply = httpx.Response | Callable[[httpx.Request], httpx.Response]


def load(name: str) -> Any:
    """A JSON fixture, parsed."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def ok(data: Any = None) -> httpx.Response:
    """Keeta's success envelope."""
    body: dict[str, Any] = {"code": 0, "message": "Success"}
    if data is not None:
        body["data"] = data
    return httpx.Response(200, json=body)


def fail(code: int, message: str = "error") -> httpx.Response:
    """Keeta's failure envelope (HTTP 200, non-zero code)."""
    return httpx.Response(200, json={"code": code, "message": message})


@dataclass
class FakeKeetaStd:
    """Keeta's Standard API: scripted answers per path (below the base), default success."""

    clock: FakeClock
    tokens: set[str] = field(default_factory=lambda: {TOKEN})
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    raw: list[httpx.Request] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)
    scripted: dict[str, list[Reply]] = field(default_factory=dict)

    def script(self, path: str, *replies: Reply) -> None:
        """Answer the next calls to `path` with `replies`, in order."""
        self.scripted.setdefault(path, []).extend(replies)

    def bodies(self, path: str) -> list[dict[str, Any]]:
        """Parsed bodies of the calls to `path`."""
        return [body for p, body in self.calls if p == path]

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.raw.append(request)
        url = str(request.url)
        path = url[len(API):]
        body = json.loads(request.content)
        self.calls.append((path, body))
        params = {k: v for k, v in body.items() if k != "sig"}
        if not keeta_std_verify(url, params, SECRET, str(body.get("sig", ""))):
            self.bad.append(f"sig {path}")
            return fail(115000101, "sig verification failed")
        if body.get("appId") != APP_ID or not isinstance(body.get("timestamp"), int):
            self.bad.append(f"envelope {path}")
            return fail(115000104, "appId is invalid")
        if path != "/base/oauth/token" and body.get("accessToken") not in self.tokens:
            return fail(115000102, "accessToken is invalid")
        replies = self.scripted.get(path)
        if replies:
            reply = replies.pop(0)
            response = reply(request) if callable(reply) else reply
        else:
            response = ok()
        response.headers["Date"] = format_datetime(self.clock.now(), usegmt=True)
        return response


@dataclass
class FakeRelay:
    """The relay's polling and acknowledgment: queued answers for polls, acks recorded.

    The queued answers are served whatever `?platform=` asks for, as a relay that ignores the
    filter would (the adapter must cope); an unknown platform is refused like the relay does.
    """

    polls: list[Reply] = field(default_factory=list)
    poll_requests: list[httpx.Request] = field(default_factory=list)
    acks: list[list[dict[str, str]]] = field(default_factory=list)

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.headers.get("Authorization") != f"Bearer {TENANT_TOKEN}":
            return httpx.Response(401, json={"title": "Unauthorized", "status": 401})
        if request.url.path == "/v1/events:polling":
            self.poll_requests.append(request)
            if any(p not in RELAY_PLATFORMS for p in request.url.params.get_list("platform")):
                return httpx.Response(400, json={"title": "Bad Request", "status": 400})
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
def keeta(clock: FakeClock) -> FakeKeetaStd:
    return FakeKeetaStd(clock)


@pytest.fixture
def relay() -> FakeRelay:
    return FakeRelay()


@pytest.fixture
async def client(keeta: FakeKeetaStd, clock: FakeClock) -> KeetaStdClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(keeta.handler))
    found = KeetaStdClient(http, API, APP_ID, SECRET, constant_token(TOKEN), clock)
    yield found
    await found.aclose()


@pytest.fixture
async def adapter(client: KeetaStdClient, relay: FakeRelay, clock: FakeClock) -> KeetaStdAdapter:
    http = httpx.AsyncClient(transport=httpx.MockTransport(relay.handler))
    found = KeetaStdAdapter(client, RelayClient(http, RELAY, TENANT_TOKEN, "keeta_std"), clock, wait=0.5)
    yield found
    await http.aclose()
