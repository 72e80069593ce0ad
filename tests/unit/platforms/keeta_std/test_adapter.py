"""The adapter: relay events in, receipts of actions, acknowledgment, details, actions out (unreadable details:
`test_unreadable_details.py`)."""

from __future__ import annotations

import asyncio
import json
import logging
from decimal import Decimal

import httpx
import pytest

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind, RawEvent
from kds.domain.money import Money
from kds.domain.order import Order
from kds.domain.riders import Rider, Vehicle
from kds.platforms.base import ActionRequest, PlatformAuthError, PlatformRejectedError, PlatformTransientError
from kds.platforms.keeta_std import models as wire
from kds.platforms.keeta_std.adapter import COURIER_VEHICLES, RECEIPT_TYPE, KeetaStdAdapter, courier_info
from kds.platforms.keeta_std.client import KeetaStdClient
from kds.platforms.keeta_std.mapping import map_order
from kds.platforms.relay import RelayClient
from tests.unit.platforms.keeta_std.conftest import (
    ORDER_ID,
    RELAY,
    TENANT_TOKEN,
    FakeKeetaStd,
    FakeRelay,
    fail,
    load,
    ok,
)


def order(name: str = "event_1001_delivery.json") -> Order:
    return map_order(wire.OrderInfo.model_validate(load(name)["payload"]["message"]["orderInfo"]))


def events_reply(*names: str, extra: list[object] = ()) -> httpx.Response:
    return httpx.Response(200, json=[load(n) for n in names] + list(extra))


GOFOOD_EVENT = {"eventId": "g-1", "eventType": "gofood.order.created", "orderId": "F-1",
                "createdAt": "2026-01-01T12:00:00Z", "metadata": {"platform": "gofood"}, "payload": {}}


async def test_poll_maps_events_and_reports_bad_ones(adapter: KeetaStdAdapter, relay: FakeRelay) -> None:
    relay.polls.append(events_reply("event_1001_delivery.json", "event_1006_picked_up.json",
                                    extra=[load("events_bad.json")[2]]))
    result = await adapter.poll()
    assert [e.kind for e, _ in result.events] == [EventKind.CREATED, EventKind.RIDER_UPDATE, EventKind.PICKED_UP]
    assert [b.reason for b in result.bad] == ["unknown event type"]
    assert relay.poll_requests[0].url.params["wait"] == "0.5"
    # Only Keeta Standard events are asked for: another platform's backlog cannot crowd them out.
    assert relay.poll_requests[0].url.params.get_list("platform") == ["keeta_std"]


async def test_another_platforms_event_from_an_unfiltering_relay_is_skipped_and_logged(
        adapter: KeetaStdAdapter, relay: FakeRelay, caplog: pytest.LogCaptureFixture) -> None:
    relay.polls.append(events_reply("event_1002_accepted.json", extra=[GOFOOD_EVENT]))
    relay.polls.append(events_reply("event_1006_picked_up.json", extra=[GOFOOD_EVENT]))
    with caplog.at_level(logging.DEBUG, "kds.platforms.keeta_std.adapter"):
        first, second = await adapter.poll(), await adapter.poll()
    assert [e.kind for e, _ in first.events] == [EventKind.ACCEPTED] and first.bad == ()
    assert [e.kind for e, _ in second.events] == [EventKind.RIDER_UPDATE, EventKind.PICKED_UP]
    assert adapter.foreign_skipped == 2
    skipped = [r for r in caplog.records if "other platforms" in r.getMessage()]
    assert [r.levelno for r in skipped] == [logging.WARNING, logging.DEBUG]  # said once, then only counted


async def test_the_relay_reader_asks_for_the_platform_it_reads_for(relay: FakeRelay) -> None:
    async with httpx.AsyncClient(transport=httpx.MockTransport(relay.handler)) as http:
        reader = RelayClient(http, RELAY, TENANT_TOKEN, "gofood")
        assert await reader.poll(0) == [] and await reader.poll(3) == []
        with pytest.raises(PlatformRejectedError):  # the relay refuses a platform it does not know
            await RelayClient(http, RELAY, TENANT_TOKEN, "deliveroo").poll(0)
    assert [r.url.params.get_list("platform") for r in relay.poll_requests] == [["gofood"], ["gofood"], ["deliveroo"]]


async def test_idle_relay_and_refused_token(adapter: KeetaStdAdapter, relay: FakeRelay) -> None:
    assert (await adapter.poll()).events == ()  # 204
    relay.polls.append(httpx.Response(401))
    with pytest.raises(PlatformAuthError):
        await adapter.poll()
    relay.polls.append(httpx.Response(503))
    with pytest.raises(PlatformTransientError):
        await adapter.poll()


async def test_acknowledge_in_batches_without_receipts_or_repeats(adapter: KeetaStdAdapter, relay: FakeRelay) -> None:
    raws = [RawEvent(f"e{i}", "1", "KEETA_1002", {}) for i in range(230)]
    raws += [RawEvent("e0", "1", "KEETA_1002", {}), RawEvent("receipt:1:confirm", "1", RECEIPT_TYPE, {})]
    await adapter.acknowledge(raws)
    assert [len(batch) for batch in relay.acks] == [100, 100, 30]
    assert relay.acks[0][0] == {"id": "e0", "orderId": "1", "eventType": "KEETA_1002"}
    assert all(item["eventType"] != RECEIPT_TYPE for batch in relay.acks for item in batch)


async def test_fetch_order_uses_the_shop_seen_in_events(adapter: KeetaStdAdapter, relay: FakeRelay,
                                                        keeta: FakeKeetaStd) -> None:
    relay.polls.append(events_reply("event_1002_accepted.json"))
    await adapter.poll()
    keeta.script("/order/get", httpx.Response(200, json=load("order_get_accepted.json")))
    fetched = await adapter.fetch_order(ORDER_ID)
    assert keeta.bodies("/order/get")[0]["shopId"] == 466663
    assert fetched.order.key.order_id == ORDER_ID and fetched.raw["baseOrder"]["status"] == 30
    assert [e.kind for e in fetched.events] == [EventKind.ACCEPTED]


async def test_unknown_shop(adapter: KeetaStdAdapter, keeta: FakeKeetaStd) -> None:
    with pytest.raises(PlatformRejectedError):
        await adapter.fetch_order("123")
    assert keeta.calls == []
    adapter.default_shop_id = "145541"
    keeta.script("/order/get", fail(209000101, "order does not exist"))
    with pytest.raises(PlatformRejectedError):
        await adapter.fetch_order("123")
    assert keeta.bodies("/order/get")[0]["shopId"] == 145541


@pytest.mark.parametrize(("action", "kwargs", "path", "fields", "receipt"), [
    (Action.CONFIRM, {}, "/order/confirm", {}, EventKind.ACCEPTED),
    (Action.READY, {}, "/order/prepare", {}, EventKind.READY),
    (Action.COLLECT, {}, "/order/collect", {}, EventKind.PICKED_UP),
    (Action.CANCEL, {"reason_code": "500000", "reason": "Gas cut"}, "/order/cancel",
     {"cancelCode": 500000, "cancelReason": "Gas cut"}, EventKind.CANCELLED),
    (Action.AGREE_REFUND, {}, "/order/agree", {}, None),
    (Action.REJECT_REFUND, {"reason_code": "100001"}, "/order/reject", {"rejectCode": 100001}, None),
    (Action.PARTIAL_REFUND, {"reason_code": "200001", "items": (("1234534224", 1),)}, "/order/refund/part/apply",
     {"products": [{"orderProductId": 1234534224, "refundCount": 1}], "partRefundType": 200001}, None),
    (Action.DISPATCH, {"extra": {"courierName": "陳大文", "courierVehicle": "2"}}, "/order/dispatched",
     {"courierInfo": {"courierName": "陳大文", "courierVehicle": 2}}, EventKind.DISPATCHED),
    (Action.DELIVERED, {}, "/order/delivered", {}, EventKind.DELIVERED),
    (Action.DISPATCH, {"extra": Rider(7, "Ana Souza", "+852 6123 4567", Vehicle.CAR, "AB 1234").to_extra()},
     "/order/dispatched", {"courierInfo": {
         "courierId": 7, "courierName": "Ana Souza", "courierFirstName": "Ana", "courierLastName": "Souza",
         "courierPhoneInterCode": "+852", "courierPhone": "61234567", "courierVehicle": 3,
         "vehiclePlateNumber": "AB 1234"}}, EventKind.DISPATCHED),
    (Action.DELIVERED, {"extra": Rider(8, "Bia", "61234567", Vehicle.BICYCLE).to_extra()}, "/order/delivered",
     {"courierInfo": {"courierId": 8, "courierName": "Bia", "courierPhone": "61234567", "courierVehicle": 2}},
     EventKind.DELIVERED),
    (Action.CHANGE_RIDER, {"extra": Rider(9, "Chan", "", Vehicle.ON_FOOT).to_extra()}, "/order/updateCourierInfo",
     {"courierInfo": {"courierId": 9, "courierName": "Chan", "courierVehicle": 4}}, None),
])
async def test_actions_and_their_receipts(adapter: KeetaStdAdapter, keeta: FakeKeetaStd, relay: FakeRelay,
                                          clock: FakeClock, action: Action, kwargs: dict[str, object], path: str,
                                          fields: dict[str, object], receipt: EventKind | None) -> None:
    await adapter.perform(ActionRequest(action=action, order=order(), **kwargs))  # type: ignore[arg-type]
    (body,) = keeta.bodies(path)
    assert {k: v for k, v in body.items() if k not in ("orderViewId", "shopId", "appId", "timestamp", "accessToken",
                                                       "sig")} == fields
    assert body["orderViewId"] == int(ORDER_ID) and body["shopId"] == 466663
    result = await adapter.poll()
    if receipt is None:
        assert result.events == ()
        assert relay.poll_requests[-1].url.params.get("wait") == "0.5"
        return
    ((event, raw),) = result.events
    # Stamped on Keeta's clock (the fake's Date headers: ours + the half second a truncated Date may hide).
    assert event.kind is receipt and event.created_at == adapter.client.platform_now() and event.actor == "merchant"
    assert raw.event_type == RECEIPT_TYPE and event.event_id == f"receipt:{ORDER_ID}:{action.value}"
    assert "wait" not in relay.poll_requests[-1].url.params  # a receipt does not wait for the relay
    assert relay.poll_requests[-1].url.params.get_list("platform") == ["keeta_std"]  # but still filters
    if action is Action.CANCEL:
        assert (event.code, event.reason) == ("500000", "Gas cut")


async def test_failed_action_has_no_receipt(adapter: KeetaStdAdapter, keeta: FakeKeetaStd) -> None:
    keeta.script("/order/confirm", fail(215000101, "order status does not allow this operation"))
    with pytest.raises(PlatformRejectedError):
        await adapter.perform(ActionRequest(action=Action.CONFIRM, order=order()))
    assert (await adapter.poll()).events == ()


async def test_receipt_interrupts_a_long_poll(keeta: FakeKeetaStd, client: KeetaStdClient, clock: FakeClock) -> None:
    started = asyncio.Event()
    polls: list[httpx.Request] = []

    async def hold(request: httpx.Request) -> httpx.Response:
        polls.append(request)
        if "wait" in request.url.params:
            started.set()
            await asyncio.sleep(3600)  # a relay with nothing to say; cancelled when the receipt comes
        return httpx.Response(204)

    http = httpx.AsyncClient(transport=httpx.MockTransport(hold))
    adapter = KeetaStdAdapter(client, RelayClient(http, RELAY, TENANT_TOKEN, "keeta_std"), clock, wait=25)
    polling = asyncio.create_task(adapter.poll())
    await started.wait()
    await adapter.perform(ActionRequest(action=Action.READY, order=order()))
    result = await asyncio.wait_for(polling, 5)
    assert [e.kind for e, _ in result.events] == [EventKind.READY]
    await http.aclose()


async def test_stopping_during_an_abandoned_long_poll_is_not_swallowed(keeta: FakeKeetaStd, client: KeetaStdClient,
                                                                        clock: FakeClock) -> None:
    # The order of things when the engine stops just as a receipt arrives: the adapter gives up the
    # relay's long-poll, and the caller's cancel lands while that request is still winding down.
    # The cancel must reach the caller (Engine.stop waits for it), not be taken for the request's own.
    started, winding_down = asyncio.Event(), asyncio.Event()

    async def hold(request: httpx.Request) -> httpx.Response:
        if "wait" not in request.url.params:
            return httpx.Response(204)
        started.set()
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            winding_down.set()
            await asyncio.sleep(0.05)  # closing the connection takes a moment
            raise
        raise AssertionError("unreachable")  # pragma: no cover

    http = httpx.AsyncClient(transport=httpx.MockTransport(hold))
    adapter = KeetaStdAdapter(client, RelayClient(http, RELAY, TENANT_TOKEN, "keeta_std"), clock, wait=25)
    polling = asyncio.create_task(adapter.poll())
    await started.wait()
    await adapter.perform(ActionRequest(action=Action.READY, order=order()))
    await asyncio.wait_for(winding_down.wait(), 5)
    polling.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(polling, 5)
    assert polling.cancelled()
    await http.aclose()


async def test_refund_preview(adapter: KeetaStdAdapter, keeta: FakeKeetaStd) -> None:
    keeta.script("/order/refund/part/products/preview", httpx.Response(200, json=load("preview_two_teas.json")),
                 httpx.Response(200, json=load("preview_refundable.json")))
    preview = await adapter.refund_preview(order(), [("1234534224", 2)])
    assert preview.amount == Money(Decimal("46.00"), "HKD")
    assert preview.items == (("1234534224", 2),) and preview.refundable == (("1234534224", 2),)
    assert keeta.bodies("/order/refund/part/products/preview")[0]["products"] == [
        {"orderProductId": 1234534224, "refundCount": 2}]
    listing = await adapter.refund_preview(order(), [])
    assert listing.amount == Money(Decimal("0.00"), "HKD")
    assert listing.refundable == (("1234534224", 2), ("1234534225", 0))


async def test_decrypt_only_for_self_delivery(adapter: KeetaStdAdapter, keeta: FakeKeetaStd) -> None:
    delivery = order()
    assert await adapter.decrypt(delivery, [delivery.customer.phone]) == {}
    assert keeta.calls == []
    own = order("event_1001_self_delivery.json")
    keeta.script("/base/batchDecrypt", httpx.Response(200, json=load("batch_decrypt.json")))
    texts = [own.address.formatted, own.customer.phone, "plain text", own.address.formatted]
    assert await adapter.decrypt(own, texts) == {"ENC_Hn4Jw8Qe2Rt6Yu0Io3Pa7Sd1": "Nathan Road, Tsim Sha Tsui"}
    (body,) = keeta.bodies("/base/batchDecrypt")
    assert [c["cipherText"] for c in body["cipherInfos"]] == [own.address.formatted, own.customer.phone]


async def test_decrypt_refused(adapter: KeetaStdAdapter, keeta: FakeKeetaStd) -> None:
    keeta.script("/base/batchDecrypt", fail(109000000, "param error"))
    own = order("event_1001_self_delivery.json")
    assert await adapter.decrypt(own, [own.customer.phone]) == {}


def test_every_vehicle_has_a_keeta_courier_vehicle() -> None:
    assert set(COURIER_VEHICLES) == set(Vehicle) and set(COURIER_VEHICLES.values()) == {1, 2, 3, 4}


async def test_change_rider_without_a_rider_is_refused(adapter: KeetaStdAdapter, keeta: FakeKeetaStd) -> None:
    with pytest.raises(PlatformRejectedError):
        await adapter.perform(ActionRequest(action=Action.CHANGE_RIDER, order=order()))
    assert keeta.calls == []


def test_courier_info_from_extra() -> None:
    assert courier_info({}) is None
    assert courier_info({"courierId": "42", "courierPhone": " +852 6123 ", "other": "x"}) == {
        "courierId": 42, "courierPhone": "+852 6123"}


async def test_update_courier_info(adapter: KeetaStdAdapter, keeta: FakeKeetaStd) -> None:
    keeta.script("/order/updateCourierInfo", ok())
    await adapter.update_courier_info(order("event_1001_self_delivery.json"), {"courierName": "Siu Ming"})
    (body,) = keeta.bodies("/order/updateCourierInfo")
    assert body["courierInfo"] == {"courierName": "Siu Ming"} and json.dumps(body)


async def test_only_foreign_events_do_not_make_the_poller_spin(adapter: KeetaStdAdapter, relay: FakeRelay,
                                                               clock: FakeClock) -> None:
    gofood = {"eventId": "g-1", "eventType": "gofood.order.created", "orderId": "F-1",
              "createdAt": "2026-01-01T12:00:00Z", "metadata": {"platform": "gofood"}, "payload": {}}
    relay.polls += [httpx.Response(200, json=[gofood]), httpx.Response(200, json=[gofood])]
    polling = asyncio.create_task(adapter.poll())
    for _ in range(20):
        await asyncio.sleep(0)
    assert not polling.done()  # idling instead of returning at once
    clock.advance(0.5)
    assert (await asyncio.wait_for(polling, 5)).events == ()
    assert relay.acks == []  # another platform's events are not ours to acknowledge
    polling = asyncio.create_task(adapter.poll())
    for _ in range(20):
        await asyncio.sleep(0)
    await adapter.perform(ActionRequest(action=Action.CONFIRM, order=order()))  # a receipt ends the idling
    result = await asyncio.wait_for(polling, 5)
    assert [e.kind for e, _ in result.events] == [EventKind.ACCEPTED]


async def test_receipts_survive_a_failed_poll(adapter: KeetaStdAdapter, relay: FakeRelay) -> None:
    await adapter.perform(ActionRequest(action=Action.READY, order=order()))
    relay.polls.append(httpx.Response(503))
    with pytest.raises(PlatformTransientError):
        await adapter.poll()
    assert [e.kind for e, _ in (await adapter.poll()).events] == [EventKind.READY]
