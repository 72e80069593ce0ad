"""The adapter as the services see it: poll, acknowledge, fetch, perform, decrypt."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind, RawEvent
from kds.domain.order import Order, OrderType, Platform
from kds.domain.riders import Rider, Vehicle
from kds.platforms.base import (
    ActionRequest,
    InvalidStateError,
    PlatformAdapter,
    PlatformRejectedError,
    PlatformTransientError,
)
from kds.platforms.keeta_od import models as wire
from kds.platforms.keeta_od.adapter import KeetaODAdapter, create_adapter, read_event
from kds.platforms.keeta_od.client import KeetaODClient
from kds.platforms.keeta_od.mapping import map_order
from kds.platforms.registry import POLICIES
from tests.unit.platforms.keeta_od.conftest import BASE, CLIENT_ID, MERCHANTS, SECRET, FakeKeeta, load, problem

ORDER_ID = "3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10"


@pytest.fixture
async def adapter(keeta: FakeKeeta, clock: FakeClock) -> AsyncIterator[KeetaODAdapter]:
    http = httpx.AsyncClient(transport=httpx.MockTransport(keeta))
    adapter = KeetaODAdapter(KeetaODClient(http, BASE, CLIENT_ID, SECRET, MERCHANTS, clock), clock)
    yield adapter
    await adapter.aclose()
    assert keeta.bad_signatures == []


def order(name: str) -> Order:
    return map_order(wire.ORDER.validate_python(load(name)))


def test_it_is_a_platform_adapter(adapter: KeetaODAdapter) -> None:
    typed: PlatformAdapter = adapter
    assert typed.platform is Platform.KEETA_OD and typed.policy is POLICIES[Platform.KEETA_OD]


async def test_poll_reads_every_type_with_its_raw_form(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    raw = load("events_all_types.json")
    keeta.script("GET", "/v1/events:polling", httpx.Response(200, json=raw))
    result = await adapter.poll()
    assert result.bad == ()
    assert len(result.events) == 12
    for (event, stored), original in zip(result.events, raw, strict=True):
        assert stored == RawEvent(original["eventId"], original["orderId"], original["eventType"], original)
        assert (event.event_id, event.order_id, event.source_type) == (
            original["eventId"], original["orderId"], original["eventType"])
    assert result.server_offset is not None and abs(result.server_offset.total_seconds()) <= 1


async def test_bad_events_never_hold_back_good_ones(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    raw = load("events_mixed.json")
    keeta.script("GET", "/v1/events:polling", httpx.Response(200, json=raw))
    result = await adapter.poll()
    assert [(e.kind, r.event_id) for e, r in result.events] == [
        (EventKind.CREATED, "e0000002-0000-4000-8000-000000000001"),
        (EventKind.READY, "e0000002-0000-4000-8000-000000000009")]
    bad = {(b.event_id, b.event_type): b for b in result.bad}
    assert len(result.bad) == 7
    for event_id, kind in (("e0000002-0000-4000-8000-000000000002", "PREPARING"),
                           ("e0000002-0000-4000-8000-000000000003", "PLACED"),
                           ("e0000002-0000-4000-8000-000000000004", "%%garbage%%")):
        assert bad[(event_id, kind)].reason == "unknown event type"
        assert bad[(event_id, kind)].order_id
    missing_id = bad[("", "CONFIRMED")]
    assert "eventId" in missing_id.reason and missing_id.order_id == "4a2d3b0f-9c8e-4d2f-a04b-3c7e6f5d8b21"
    assert "createdAt" in bad[("e0000002-0000-4000-8000-000000000006", "CONFIRMED")].reason
    wrong_order_id = bad[("e0000002-0000-4000-8000-000000000008", "CANCELLED")]
    assert wrong_order_id.order_id == "" and "orderId" in wrong_order_id.reason
    not_object = bad[("", "")]
    assert not_object.raw == {"value": 42} and "int" in not_object.reason
    assert bad[("e0000002-0000-4000-8000-000000000002", "PREPARING")].raw == raw[1]


def test_read_event_of_a_list() -> None:
    result = read_event(["CREATED"])
    assert not isinstance(result, tuple) and result.raw == {"value": ["CREATED"]}


async def test_poll_with_nothing_new(adapter: KeetaODAdapter) -> None:
    result = await adapter.poll()
    assert result.events == () and result.bad == ()


async def test_acknowledge_sends_ids_and_skips_unidentifiable(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    events = [RawEvent(f"e-{i}", "o-1", "CREATED", {}) for i in range(150)]
    events.insert(3, RawEvent("", "o-1", "CREATED", {}))
    await adapter.acknowledge(events)
    bodies = keeta.bodies("/v1/events/acknowledgment")
    assert [len(b) for b in bodies] == [100, 50]
    assert bodies[0][0] == {"id": "e-0", "orderId": "o-1", "eventType": "CREATED"}


async def test_acknowledge_nothing_sends_nothing(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    await adapter.acknowledge([])
    assert keeta.requests == []


async def test_fetch_order_maps_and_implies_the_last_event(adapter: KeetaODAdapter, keeta: FakeKeeta,
                                                           clock: FakeClock) -> None:
    raw = load("order_self_delivery_enc.json")
    keeta.server_offset = timedelta(seconds=30)
    keeta.script("GET", f"/v1/orders/{raw['id']}", httpx.Response(200, json=raw))
    fetched = await adapter.fetch_order(raw["id"])
    assert isinstance(fetched.raw, str) and json.loads(fetched.raw) == raw
    assert fetched.order.type is OrderType.SELF_DELIVERY and fetched.order.display_id == "1203"
    (implied,) = fetched.events
    assert implied.kind is EventKind.ACCEPTED and implied.source_type == "CONFIRMED"
    assert abs((implied.created_at - (clock.now() + timedelta(seconds=30))).total_seconds()) <= 1


async def test_fetch_order_not_found(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    keeta.script("GET", "/v1/orders/gone", httpx.Response(404, json=load("problem_404.json")))
    with pytest.raises(PlatformRejectedError) as caught:
        await adapter.fetch_order("gone")
    assert (caught.value.code, caught.value.status) == ("not_found", 404)
    assert "Order not found" in str(caught.value)


async def test_cancel_on_a_cancelled_order_is_invalid_state(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    keeta.script("POST", f"/v1/orders/{ORDER_ID}/requestCancellation",
                 httpx.Response(422, json=load("problem_422_cancellation.json")))
    with pytest.raises(InvalidStateError, match="not in a valid state for requestCancellation"):
        await adapter.perform(request(Action.CANCEL, reason_code="OTHERS", reason="Closed early"))


async def test_poll_when_keeta_is_down(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    keeta.script("GET", "/v1/events:polling", httpx.Response(503, json=load("problem_503.json")))
    with pytest.raises(PlatformTransientError, match="Service unavailable"):
        await adapter.poll()


RIDER = Rider(7, "Ana Souza", "+55 11 91234-5678", Vehicle.MOTORBIKE, "FKD-4E21")
WALKER = Rider(8, "Bia", "", Vehicle.ON_FOOT)


def request(action: Action, name: str = "order_delivery_created.json", **kwargs: Any) -> ActionRequest:
    return ActionRequest(action=action, order=order(name), **kwargs)


PERFORM: list[tuple[ActionRequest, str, Any]] = [
    (request(Action.CONFIRM, preparation_minutes=15, external_code="KDS-7"), "confirm",
     {"createdAt": "2026-01-01T12:00:00Z", "orderExternalCode": "KDS-7", "preparationTime": 15}),
    (request(Action.CONFIRM), "confirm", {"createdAt": "2026-01-01T12:00:00Z", "orderExternalCode": "4821"}),
    (request(Action.READY), "readyForPickup", None),
    (request(Action.CANCEL, reason_code="INSUFFICIENT_MANPOWER"), "requestCancellation",
     {"reason": "insufficient manpower", "code": "INSUFFICIENT_MANPOWER", "mode": "MANUAL"}),
    (request(Action.CANCEL, reason_code="OTHERS", reason=" Oven broke "), "requestCancellation",
     {"reason": "Oven broke", "code": "OTHERS", "mode": "MANUAL"}),
    (request(Action.AGREE_REFUND), "acceptRefund", None),
    (request(Action.REJECT_REFUND, reason_code="OTHER", reason="Photo shows full cup"), "rejectRefund",
     {"reason": "Photo shows full cup", "code": "OTHER"}),
    (request(Action.DISPATCH, "order_self_delivery_enc.json"), "dispatch", None),
    (request(Action.DELIVERED, "order_self_delivery_enc.json"), "delivered", None),
    # Our rider, as far as Open Delivery's deliveryTrackingInfo allows (no phone in deliveryPerson).
    (request(Action.DISPATCH, "order_self_delivery_enc.json", extra=RIDER.to_extra()), "dispatch",
     {"deliveryTrackingInfo": {"event": {"type": "DELIVERY_ONGOING", "datetime": "2026-01-01T12:00:00Z"},
                               "deliveryPerson": {"id": "7", "name": "Ana Souza"},
                               "vehicle": {"type": ["MOTORBIKE_BOX"], "licencePlate": "FKD-4E21"}}}),
    (request(Action.DISPATCH, "order_self_delivery_enc.json", extra=WALKER.to_extra()), "dispatch",
     {"deliveryTrackingInfo": {"event": {"type": "DELIVERY_ONGOING", "datetime": "2026-01-01T12:00:00Z"},
                               "deliveryPerson": {"id": "8", "name": "Bia"}}}),
    (request(Action.DELIVERED, "order_self_delivery_enc.json", extra=RIDER.to_extra()), "delivered", None),
    (request(Action.CHANGE_RIDER, "order_self_delivery_enc.json", extra=WALKER.to_extra()), "tracking",
     {"deliveryTrackingInfo": {"event": {"type": "DELIVERY_ONGOING", "datetime": "2026-01-01T12:00:00Z"},
                               "deliveryPerson": {"id": "8", "name": "Bia"}}}),
]


@pytest.mark.parametrize(("action_request", "endpoint", "body"), PERFORM,
                         ids=[f"{r.action.value}-{i}" for i, (r, _, _) in enumerate(PERFORM)])
async def test_perform(adapter: KeetaODAdapter, keeta: FakeKeeta, action_request: ActionRequest, endpoint: str,
                       body: Any) -> None:
    await adapter.perform(action_request)
    (call,) = keeta.calls
    assert str(call.url) == f"{BASE}/v1/orders/{action_request.order.key.order_id}/{endpoint}"
    assert (keeta.bodies(keeta.path_of(call))[0] if call.content else None) == body


@pytest.mark.parametrize("action_request", [
    request(Action.COLLECT, "order_pickup_pt.json"),
    request(Action.PARTIAL_REFUND, items=(("a1000000-0000-4000-8000-000000000001", 1),)),
    request(Action.CANCEL, reason_code="UNAVAILABLE_ITEM"),
    request(Action.CANCEL),
    request(Action.REJECT_REFUND, reason_code="OTHERS"),
    request(Action.CHANGE_RIDER, "order_self_delivery_enc.json"),
], ids=["collect", "partial-refund", "od-cancel-code", "no-cancel-code", "bad-reject-code", "change-no-rider"])
async def test_perform_refuses_what_keeta_does_not_offer(adapter: KeetaODAdapter, keeta: FakeKeeta,
                                                         action_request: ActionRequest) -> None:
    with pytest.raises(PlatformRejectedError) as caught:
        await adapter.perform(action_request)
    assert not isinstance(caught.value, InvalidStateError)
    assert keeta.requests == []


async def test_perform_twice_surfaces_invalid_state(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    path = f"/v1/orders/{ORDER_ID}/confirm"
    keeta.script("POST", path, httpx.Response(202), httpx.Response(422, json=load("problem_422_confirm.json")))
    await adapter.perform(request(Action.CONFIRM))
    with pytest.raises(InvalidStateError, match="not in a valid state for confirm"):
        await adapter.perform(request(Action.CONFIRM))


async def test_decrypt_self_delivery_fields(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    keeta.script("POST", "/v1/batchDecrypt", httpx.Response(200, json=load("batch_decrypt.json")))
    mine = order("order_self_delivery_enc.json")
    assert mine.address is not None
    texts = [mine.customer.phone, mine.address.district, mine.address.number, mine.address.district, "plain"]
    plain = await adapter.decrypt(mine, texts)
    assert plain == {"ENC_#MQesaE=#1#": "+852 9123 4567", "ENC_#RGlzdA==#1#": "Central"}
    (body,) = keeta.bodies("/v1/batchDecrypt")
    assert body == {"cipherInfos": [{"cipherText": "ENC_#MQesaE=#1#"}, {"cipherText": "ENC_#RGlzdA==#1#"},
                                    {"cipherText": "ENC_#TnVtYmVy#1#"}]}


async def test_decrypt_is_not_asked_for_orders_keeta_delivers(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    theirs = order("order_delivery_created.json")
    assert await adapter.decrypt(theirs, [theirs.customer.phone]) == {}
    assert keeta.requests == []


async def test_decrypt_refused_is_empty(adapter: KeetaODAdapter, keeta: FakeKeeta) -> None:
    keeta.script("POST", "/v1/batchDecrypt", problem(400, "decrypt not allowed"))
    assert await adapter.decrypt(order("order_self_delivery_enc.json"), ["ENC_#MQesaE=#1#"]) == {}


async def test_injected_policy_is_used(keeta: FakeKeeta, clock: FakeClock) -> None:
    fast = POLICIES[Platform.KEETA_OD].scaled(60)
    http = httpx.AsyncClient(transport=httpx.MockTransport(keeta))
    adapter = KeetaODAdapter(KeetaODClient(http, BASE, CLIENT_ID, SECRET, MERCHANTS, clock), clock, fast)
    assert adapter.policy.accept_window == timedelta(seconds=5)
    await adapter.aclose()
    assert http.is_closed


async def test_create_adapter_builds_its_own_client(clock: FakeClock) -> None:
    adapter = create_adapter(BASE, CLIENT_ID, SECRET, MERCHANTS, clock, timeout=4.0)
    http = adapter.client.http
    assert http.timeout == httpx.Timeout(4.0, connect=4.0)
    assert adapter.policy is POLICIES[Platform.KEETA_OD] and adapter.client.merchant_ids == MERCHANTS
    await adapter.aclose()
    assert http.is_closed
    with pytest.raises(ValueError, match="at most 100 merchants"):
        create_adapter(BASE, CLIENT_ID, SECRET, [MERCHANTS[0]] * 101, clock)
