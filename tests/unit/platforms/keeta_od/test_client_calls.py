"""The client's requests: signed bytes, polling headers, batching, and every action's endpoint and body."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.base import PlatformPayloadError
from kds.platforms.keeta_od import models as wire
from kds.platforms.keeta_od.client import KeetaODClient
from kds.platforms.keeta_od.signature import canonical_json, sign
from tests.unit.platforms.keeta_od.conftest import BASE, MERCHANTS, SECRET, FakeKeeta, load

ORDER_ID = "3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10"
ORDER = f"/v1/orders/{ORDER_ID}"


def acks(n: int) -> list[wire.AckEvent]:
    return [wire.AckEvent(id=f"e-{i:03}", order_id=f"o-{i % 7}", event_type="CREATED") for i in range(n)]


async def test_signature_covers_the_exact_bytes_sent(client: KeetaODClient, keeta: FakeKeeta) -> None:
    await client.reject_refund(ORDER_ID, "Já saiu para entrega — 已出發", "OUT_FOR_DELIVERY")
    (request,) = keeta.calls
    body = {"reason": "Já saiu para entrega — 已出發", "code": "OUT_FOR_DELIVERY"}
    assert request.content == canonical_json(body)
    assert request.headers["Content-Type"] == "application/json"
    url = f"{BASE}{ORDER}/rejectRefund"
    assert str(request.url) == url
    assert request.headers["X-App-Signature"] == sign(SECRET, url, [], request.content)
    # The fixture recomputes every signature from what arrived; one wrong byte would fail it.
    assert sign(SECRET, url, [], request.content + b" ") != request.headers["X-App-Signature"]


async def test_calls_without_body_send_no_body_and_sign_the_url(client: KeetaODClient, keeta: FakeKeeta) -> None:
    await client.ready_for_pickup(ORDER_ID)
    (request,) = keeta.calls
    assert request.content == b"" and "Content-Type" not in request.headers
    assert request.headers["X-App-Signature"] == sign(SECRET, f"{BASE}{ORDER}/readyForPickup")


async def test_polling_repeats_the_merchant_header(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.script("GET", "/v1/events:polling", httpx.Response(200, json=load("events_all_types.json")))
    events = await client.poll_events()
    assert len(events) == 12
    (request,) = keeta.calls
    assert request.headers.get_list("x-polling-merchants") == list(MERCHANTS)
    raw_lines = [k for k, _ in request.headers.raw if k.lower() == b"x-polling-merchants"]
    assert len(raw_lines) == 2  # one header line per merchant, not a comma-joined list
    assert str(request.url) == f"{BASE}/v1/events:polling"


async def test_polling_204_is_no_events(client: KeetaODClient) -> None:
    assert await client.poll_events() == []


async def test_polling_200_with_empty_body_is_no_events(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.script("GET", "/v1/events:polling", httpx.Response(200, content=b""))
    assert await client.poll_events() == []


async def test_polling_by_event_type_signs_the_sorted_query(client: KeetaODClient, keeta: FakeKeeta) -> None:
    await client.poll_events(["USER_REFUND_REQUEST", "CREATED"])
    (request,) = keeta.calls
    assert request.url.params.get_list("eventType") == ["USER_REFUND_REQUEST", "CREATED"]
    expected = sign(SECRET, f"{BASE}/v1/events:polling", [("eventType", "CREATED"),
                                                          ("eventType", "USER_REFUND_REQUEST")])
    assert request.headers["X-App-Signature"] == expected


async def test_polling_without_merchants_omits_the_header(keeta: FakeKeeta, clock: FakeClock) -> None:
    client = KeetaODClient(httpx.AsyncClient(transport=httpx.MockTransport(keeta)), BASE, "kds-client",
                           SECRET, [], clock)
    await client.poll_events()
    await client.aclose()
    assert "x-polling-merchants" not in keeta.calls[0].headers


@pytest.mark.parametrize(("count", "sizes"), [(250, [100, 100, 50]), (100, [100]), (1, [1]), (0, [])])
async def test_acknowledgment_batches_of_100(client: KeetaODClient, keeta: FakeKeeta, count: int,
                                             sizes: list[int]) -> None:
    await client.acknowledge(acks(count))
    bodies = keeta.bodies("/v1/events/acknowledgment")
    assert [len(b) for b in bodies] == sizes
    flat = [item for body in bodies for item in body]
    assert [item["id"] for item in flat] == [f"e-{i:03}" for i in range(count)]
    assert all(set(item) == {"id", "orderId", "eventType"} for item in flat)
    assert all(r.method == "POST" and r.headers["Content-Type"] == "application/json" for r in keeta.calls)


async def test_batch_decrypt_chunks_of_50(client: KeetaODClient, keeta: FakeKeeta) -> None:
    texts = [f"ENC_#{i}#1#" for i in range(120)]
    infos = await client.batch_decrypt(texts)
    bodies = keeta.bodies("/v1/batchDecrypt")
    assert [len(b["cipherInfos"]) for b in bodies] == [50, 50, 20]
    assert [c["cipherText"] for b in bodies for c in b["cipherInfos"]] == texts
    assert [i.cipher_text for i in infos] == texts and all(i.ok for i in infos)


async def test_batch_decrypt_answer_unreadable(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.script("POST", "/v1/batchDecrypt", httpx.Response(200, json={"plainInfos": [{"plainText": "x"}]}))
    with pytest.raises(PlatformPayloadError):
        await client.batch_decrypt(["ENC_#a#1#"])


async def test_get_order_returns_model_and_raw(client: KeetaODClient, keeta: FakeKeeta) -> None:
    raw = load("order_delivery_created.json")
    keeta.script("GET", ORDER, httpx.Response(200, json=raw))
    order, got = await client.get_order(ORDER_ID)
    assert json.loads(got) == raw and order["display_id"] == "4821"
    assert keeta.calls[0].method == "GET" and keeta.calls[0].content == b""


async def test_confirm_body_uses_platform_time(client: KeetaODClient, keeta: FakeKeeta, clock: FakeClock) -> None:
    keeta.server_offset = timedelta(minutes=3)
    await client.poll_events()  # learn the platform clock
    await client.confirm(ORDER_ID, "KDS-000123", preparation_time=20, reason="station 1")
    (body,) = keeta.bodies(f"{ORDER}/confirm")
    assert body == {"createdAt": "2026-01-01T12:03:00Z", "orderExternalCode": "KDS-000123",
                    "preparationTime": 20, "reason": "station 1"}


async def test_confirm_minimal_body(client: KeetaODClient, keeta: FakeKeeta) -> None:
    await client.confirm(ORDER_ID, "4821")
    assert keeta.bodies(f"{ORDER}/confirm") == [{"createdAt": "2026-01-01T12:00:00Z", "orderExternalCode": "4821"}]


ACTIONS: list[tuple[str, tuple[Any, ...], str, Any]] = [
    ("ready_for_pickup", (), "readyForPickup", None),
    ("request_cancellation", ("Sem queijo", "INSUFFICIENT_DISHES"), "requestCancellation",
     {"reason": "Sem queijo", "code": "INSUFFICIENT_DISHES", "mode": "MANUAL"}),
    ("accept_refund", (), "acceptRefund", None),
    ("reject_refund", ("Already cooked", "DISH_ALREADY_DONE"), "rejectRefund",
     {"reason": "Already cooked", "code": "DISH_ALREADY_DONE"}),
    ("dispatch", (), "dispatch", None),
    ("dispatch", ({"deliveryPerson": {"name": "Ka Ho"}},), "dispatch",
     {"deliveryTrackingInfo": {"deliveryPerson": {"name": "Ka Ho"}}}),
    ("delivered", (), "delivered", None),
    ("tracking", ({"eta": {"deliveryEtaInMinutes": 7}},), "tracking",
     {"deliveryTrackingInfo": {"eta": {"deliveryEtaInMinutes": 7}}}),
]


@pytest.mark.parametrize(("method", "args", "endpoint", "body"), ACTIONS)
async def test_actions_hit_their_endpoint_with_their_body(client: KeetaODClient, keeta: FakeKeeta, method: str,
                                                          args: tuple[Any, ...], endpoint: str, body: Any) -> None:
    await getattr(client, method)(ORDER_ID, *args)
    (request,) = keeta.calls
    assert request.method == "POST" and str(request.url) == f"{BASE}{ORDER}/{endpoint}"
    assert (json.loads(request.content) if request.content else None) == body


@pytest.mark.parametrize(("method", "code"), [("request_cancellation", "UNAVAILABLE_ITEM"),
                                              ("reject_refund", "OTHERS")])
async def test_codes_keeta_does_not_accept_are_not_sent(client: KeetaODClient, keeta: FakeKeeta, method: str,
                                                        code: str) -> None:
    with pytest.raises(ValueError, match=code):
        await getattr(client, method)(ORDER_ID, "reason", code)
    assert keeta.calls == []


async def test_trailing_slash_in_base_url(keeta: FakeKeeta, clock: FakeClock) -> None:
    client = KeetaODClient(httpx.AsyncClient(transport=httpx.MockTransport(keeta)), BASE + "/", "kds-client",
                           SECRET, MERCHANTS, clock)
    await client.delivered(ORDER_ID)
    await client.aclose()
    assert str(keeta.calls[0].url) == f"{BASE}{ORDER}/delivered"
    assert keeta.bad_signatures == []
