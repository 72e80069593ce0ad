"""`Retry-After` holds for every kind of request, and an acknowledgment never names an event twice."""

from __future__ import annotations

import httpx
import pytest

from kds.clock import FakeClock
from kds.domain.events import RawEvent
from kds.platforms.base import PlatformTransientError, RateLimitedError
from kds.platforms.keeta_od.adapter import KeetaODAdapter
from kds.platforms.keeta_od.client import KeetaODClient
from tests.unit.platforms.keeta_od.conftest import BASE, CLIENT_ID, MERCHANTS, SECRET, FakeKeeta, load, problem

ORDER = "3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10"


def _sent(keeta: FakeKeeta, path: str) -> int:
    return sum(1 for r in keeta.calls if keeta.path_of(r) == path)


@pytest.mark.parametrize("status", [503, 429])
async def test_order_details_wait_out_retry_after(client: KeetaODClient, keeta: FakeKeeta, clock: FakeClock,
                                                 status: int) -> None:
    path = f"/v1/orders/{ORDER}"
    keeta.script("GET", path, problem(status, "busy", {"Retry-After": "4"}))
    keeta.default[("GET", path)] = lambda _r: httpx.Response(200, json=load("order_delivery_created.json"))
    with pytest.raises(PlatformTransientError) as first:
        await client.get_order(ORDER)
    assert first.value.retry_after == 4
    assert isinstance(first.value, RateLimitedError) == (status == 429)
    clock.advance(2.8)  # what a careless client would do: ask again 2.8 s later
    with pytest.raises(PlatformTransientError) as held:
        await client.get_order(ORDER)
    assert held.value.code == "retry_after" and held.value.retry_after == pytest.approx(1.2)
    assert _sent(keeta, path) == 1, "the second request must not reach the platform"
    clock.advance(1.2)
    order, _ = await client.get_order(ORDER)
    assert order["id"] and _sent(keeta, path) == 2


async def test_an_action_waits_out_retry_after(client: KeetaODClient, keeta: FakeKeeta, clock: FakeClock) -> None:
    path = f"/v1/orders/{ORDER}/confirm"
    keeta.script("POST", path, problem(503, "busy", {"Retry-After": "10"}))
    with pytest.raises(PlatformTransientError):
        await client.confirm(ORDER, "1001")
    clock.advance(9)
    with pytest.raises(PlatformTransientError) as held:
        await client.confirm(ORDER, "1001")
    assert held.value.retry_after == pytest.approx(1)
    # Another kind of request is not held back by it.
    await client.ready_for_pickup(ORDER)
    clock.advance(1)
    await client.confirm(ORDER, "1001")
    assert _sent(keeta, path) == 2


async def test_acknowledgment_and_decrypt_wait_out_retry_after(client: KeetaODClient, keeta: FakeKeeta,
                                                              clock: FakeClock) -> None:
    keeta.script("POST", "/v1/events/acknowledgment", problem(503, "busy", {"Retry-After": "3"}))
    keeta.script("POST", "/v1/batchDecrypt", problem(429, "slow down", {"Retry-After": "5"}))
    adapter = KeetaODAdapter(client, clock)
    event = RawEvent("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", ORDER, "CREATED", {})
    for _ in range(2):
        with pytest.raises(PlatformTransientError):
            await adapter.acknowledge([event])
    assert _sent(keeta, "/v1/events/acknowledgment") == 1
    for _ in range(2):
        with pytest.raises(PlatformTransientError):
            await client.batch_decrypt(["ENC_x"])
    assert _sent(keeta, "/v1/batchDecrypt") == 1
    clock.advance(5)
    await adapter.acknowledge([event])
    assert len(await client.batch_decrypt(["ENC_x"])) == 1


async def test_the_token_waits_out_retry_after(keeta: FakeKeeta, clock: FakeClock) -> None:
    answers = [problem(503, "busy", {"Retry-After": "6"})]
    keeta.token_reply = lambda r: answers.pop(0) if answers else _token_ok(keeta)
    http = httpx.AsyncClient(transport=httpx.MockTransport(keeta))
    client = KeetaODClient(http, BASE, CLIENT_ID, SECRET, MERCHANTS, clock)
    try:
        for _ in range(2):
            with pytest.raises(PlatformTransientError):
                await client.token()
        assert len(keeta.token_requests) == 1
        clock.advance(6)
        assert await client.token()
    finally:
        await client.aclose()


def _token_ok(keeta: FakeKeeta) -> httpx.Response:
    keeta.valid_tokens.add("tok-late")
    return httpx.Response(200, json={"access_token": "tok-late", "token_type": "bearer", "expires_in": 7200})


async def test_an_acknowledgment_names_each_event_once(client: KeetaODClient, keeta: FakeKeeta,
                                                      clock: FakeClock) -> None:
    adapter = KeetaODAdapter(client, clock)
    one = RawEvent("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", ORDER, "CREATED", {})
    two = RawEvent("b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", ORDER, "CONFIRMED", {})
    await adapter.acknowledge([one, two, one, one, two])
    (body,) = keeta.bodies("/v1/events/acknowledgment")
    assert [item["id"] for item in body] == [one.event_id, two.event_id]
