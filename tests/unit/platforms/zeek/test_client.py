"""Zeek's API client: cached token, one re-fetch on 401, headers, and the error codes sorted."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.base import InvalidStateError, PlatformAuthError, PlatformPayloadError, PlatformTransientError
from kds.platforms.zeek.client import STATUS_PATH, TOKEN_PATH, ZeekClient


class FakeZeek:
    """Zeek's token and status endpoints, recording what they were sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.tokens = 0
        self.status_answers: list[tuple[int, dict[str, object]]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path == TOKEN_PATH:
            self.tokens += 1
            return httpx.Response(200, json={"error": 0, "data": {"access_token": f"t{self.tokens}",
                                                                   "expires_in": 86400}})
        status, body = self.status_answers.pop(0) if self.status_answers else (200, {"error": 0, "data": None})
        return httpx.Response(status, json=body)


def client(fake: FakeZeek, clock: FakeClock, language: str = "vi") -> ZeekClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(fake))
    return ZeekClient(http, "https://zeek.example", "cid", "csecret", clock, language=language)


async def test_collect_sends_status_5_with_every_header() -> None:
    fake, clock = FakeZeek(), FakeClock()
    await client(fake, clock).update_status("CKG1")
    token, status = fake.requests
    assert json.loads(token.content) == {"client_id": "cid", "client_secret": "csecret",
                                         "grant_type": "client_credentials", "scope": "all"}
    assert status.url.path == STATUS_PATH and json.loads(status.content) == {"order_id": "CKG1", "status": 5}
    assert status.headers["Authorization"] == "Bearer t1"
    assert status.headers["Content-Type"] == "application/json;charset=UTF-8"
    assert status.headers["KS-Lang"] == "vi" and status.headers["KS-Region"] == "SGN"
    ids = [r.headers["KS-Client-Request-Id"] for r in fake.requests]
    assert len(set(ids)) == 2 and all(uuid.UUID(i) for i in ids)


async def test_the_request_id_is_in_our_log_line(caplog: pytest.LogCaptureFixture) -> None:
    fake, clock = FakeZeek(), FakeClock()
    with caplog.at_level("INFO", logger="kds.platforms.zeek.client"):
        await client(fake, clock).update_status("CKG1")
    request_id = fake.requests[-1].headers["KS-Client-Request-Id"]
    assert any(request_id in r.getMessage() for r in caplog.records)


async def test_the_token_is_kept_until_shortly_before_it_expires() -> None:
    fake, clock = FakeZeek(), FakeClock()
    zeek = client(fake, clock, language="th")
    await zeek.update_status("A")
    clock.advance(timedelta(hours=23).total_seconds())
    await zeek.update_status("B")
    assert fake.tokens == 1
    clock.advance(timedelta(minutes=56).total_seconds())  # within the margin of the 24 hours
    await zeek.update_status("C")
    assert fake.tokens == 2 and fake.requests[-1].headers["KS-Lang"] == "en"


async def test_a_401_fetches_the_token_again_once() -> None:
    fake, clock = FakeZeek(), FakeClock()
    fake.status_answers = [(401, {"error": "40101", "error_msg": "token expired"})]
    await client(fake, clock).update_status("A")
    assert fake.tokens == 2 and fake.requests[-1].headers["Authorization"] == "Bearer t2"
    fake.status_answers = [(401, {"error": "40101", "error_msg": "bad"}), (401, {"error": "40101", "error_msg": "bad"})]
    with pytest.raises(PlatformAuthError):
        await client(fake, clock).update_status("A")


@pytest.mark.parametrize(("status", "body", "error"), [
    (200, {"error": "40401", "error_msg": "order not found"}, InvalidStateError),
    (400, {"error": "40001", "error_msg": "invalid param"}, PlatformPayloadError),
    (503, {"error": "50001", "error_msg": "busy"}, PlatformTransientError),
    (502, {}, PlatformTransientError),
])
async def test_errors_are_sorted(status: int, body: dict[str, object], error: type[Exception]) -> None:
    fake, clock = FakeZeek(), FakeClock()
    fake.status_answers = [(status, body)]
    with pytest.raises(error):
        await client(fake, clock).update_status("A")
