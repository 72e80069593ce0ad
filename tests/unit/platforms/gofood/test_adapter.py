"""The GoFood adapter: relay events in, the order from its newest notification, actions with receipts."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.domain.order import OrderType
from kds.platforms.base import ActionRequest, InvalidStateError, PlatformTransientError, WarningKind
from kds.platforms.gofood.adapter import GoFoodAdapter
from kds.platforms.gofood.client import GoBizClient
from kds.platforms.gofood.policy import AcceptanceMode, policy_for
from kds.platforms.relay import RECEIPT_TYPE, RelayClient
from tests.unit.platforms.gofood.conftest import (
    ORDER,
    OUTLET,
    RELAY,
    TENANT_TOKEN,
    FakeGoBiz,
    FakeRelay,
    answer,
    notification,
    relay_event,
)

BASE = f"/integrations/gofood/outlets/{OUTLET}/v1/orders"


async def test_poll_maps_each_event_and_leaves_the_unreadable_apart(adapter: GoFoodAdapter, relay: FakeRelay) -> None:
    relay.serve(relay_event(notification("awaiting_delivery.json")), relay_event(notification("webhook_error.json")),
                {"eventId": "x", "eventType": "gofood.order.merchant_accepted", "orderId": "F-1"})
    result = await adapter.poll()
    assert [e.kind for e, _ in result.events] == [EventKind.CREATED]
    assert len(result.bad) == 2 and adapter.webhook_errors == 1
    (warning,) = result.warnings  # GoFood's notification error, for the status bar
    assert (warning.kind, warning.detail) == (WarningKind.NOTIFICATION_ERROR, "timeout")
    assert warning.at == datetime(2019, 8, 24, 7, 40, tzinfo=UTC)
    assert relay.poll_requests[0].url.params.get_list("platform") == ["gofood"]


async def test_events_of_other_platforms_are_left_alone(adapter: GoFoodAdapter, relay: FakeRelay) -> None:
    keeta = {"eventId": "k1", "eventType": "KEETA_1001", "orderId": "1", "createdAt": "2026-01-01T12:00:00Z",
             "metadata": {"platform": "keeta_std"}, "payload": {}}
    relay.serve(keeta, relay_event(notification("merchant_accepted.json")))
    result = await adapter.poll()
    assert [e.kind for e, _ in result.events] == [EventKind.ACCEPTED] and result.bad == ()
    assert adapter.foreign_skipped == 1


async def test_the_order_is_read_from_its_newest_notification(adapter: GoFoodAdapter, relay: FakeRelay) -> None:
    newer = notification("driver_arrived.json")
    newer["body"]["order"]["pin"] = "9999"  # GoFood's newest word on the order wins, whatever came first
    relay.serve(relay_event(newer), relay_event(notification("awaiting_delivery.json")))
    await adapter.poll()
    fetched = await adapter.fetch_order(ORDER)
    assert fetched.order.pickup_code == "9999" and fetched.order.type is OrderType.DELIVERY
    assert fetched.events == () and isinstance(fetched.raw, dict) and fetched.raw["order"]["order_number"] == ORDER


async def test_an_order_never_seen_cannot_be_read(adapter: GoFoodAdapter) -> None:
    with pytest.raises(PlatformTransientError, match="no notification"):
        await adapter.fetch_order("F-0")


async def test_acknowledgment_leaves_receipts_and_repeats_out(adapter: GoFoodAdapter, relay: FakeRelay) -> None:
    event = relay_event(notification("awaiting_delivery.json"))
    relay.serve(event, event)
    result = await adapter.poll()
    order = (await adapter.fetch_order(ORDER)).order
    await adapter.perform(ActionRequest(Action.CONFIRM, order))
    receipts = await adapter.poll()
    await adapter.acknowledge([raw for _, raw in (*result.events, *receipts.events)])
    assert relay.acks == [[{"id": event["eventId"], "orderId": ORDER, "eventType": event["eventType"]}]]


@pytest.mark.parametrize(("action", "path", "kind"), [(Action.CONFIRM, "accepted", EventKind.ACCEPTED),
                                                      (Action.READY, "food-prepared", EventKind.READY),
                                                      (Action.CANCEL, "cancelled", EventKind.CANCELLED)])
async def test_a_successful_action_is_on_the_next_poll_as_a_receipt(adapter: GoFoodAdapter, relay: FakeRelay,
                                                                    gobiz: FakeGoBiz, action: Action, path: str,
                                                                    kind: EventKind) -> None:
    relay.serve(relay_event(notification("awaiting_pickup_sandbox_nulls.json")))
    await adapter.poll()
    order = (await adapter.fetch_order("F-987654321")).order
    await adapter.perform(ActionRequest(action, order, reason_code="HIGH_DEMAND"))
    assert gobiz.paths() == [f"{BASE}/pickup/F-987654321/{path}"]
    result = await adapter.poll()
    (event, raw), = result.events
    assert (event.kind, raw.event_type, event.actor) == (kind, RECEIPT_TYPE, "merchant")


@pytest.mark.parametrize(("words", "sent"), [("Kompor rusak", "Kompor rusak"), ("", "Restaurant is too busy"),
                                             ("ok", "Restaurant is too busy: ok")])
async def test_a_reject_always_carries_a_description_gobiz_takes(adapter: GoFoodAdapter, relay: FakeRelay,
                                                                 gobiz: FakeGoBiz, words: str, sent: str) -> None:
    relay.serve(relay_event(notification("awaiting_delivery.json")))
    await adapter.poll()
    order = (await adapter.fetch_order(ORDER)).order
    await adapter.perform(ActionRequest(Action.CANCEL, order, reason_code="HIGH_DEMAND", reason=words))
    assert gobiz.calls[0][2] == {"cancel_reason_code": "HIGH_DEMAND", "cancel_reason_description": sent}


@pytest.mark.parametrize(("fixture", "kind"), [("error_409_accepted.json", EventKind.ACCEPTED),
                                               ("error_409_cancelled.json", EventKind.CANCELLED)])
async def test_already_accepted_or_cancelled_is_reconciled_from_gobiz_words(adapter: GoFoodAdapter, relay: FakeRelay,
                                                                           gobiz: FakeGoBiz, fixture: str,
                                                                           kind: EventKind) -> None:
    relay.serve(relay_event(notification("awaiting_delivery.json")))
    await adapter.poll()
    order = (await adapter.fetch_order(ORDER)).order
    gobiz.script(f"{BASE}/delivery/{ORDER}/accepted", answer(fixture, 409))
    with pytest.raises(InvalidStateError):
        await adapter.perform(ActionRequest(Action.CONFIRM, order))
    fetched = await adapter.fetch_order(ORDER)  # what the outbox does on an invalid state
    assert [e.kind for e in fetched.events] == [kind]
    assert (await adapter.poll()).events == ()  # no receipt: nothing was done


async def test_reconciling_after_a_restart_needs_no_notification(adapter: GoFoodAdapter, relay: FakeRelay,
                                                                 gobiz: FakeGoBiz) -> None:
    relay.serve(relay_event(notification("awaiting_delivery.json")))
    await adapter.poll()
    order = (await adapter.fetch_order(ORDER)).order
    adapter._copies.clear()  # a restart: nothing in memory but the stored order the outbox hands over
    gobiz.script(f"{BASE}/delivery/{ORDER}/accepted", answer("error_409_accepted.json", 409))
    with pytest.raises(InvalidStateError):
        await adapter.perform(ActionRequest(Action.CONFIRM, order))
    fetched = await adapter.fetch_order(ORDER)
    assert fetched.order == order and [e.kind for e in fetched.events] == [EventKind.ACCEPTED]


async def test_a_failed_poll_keeps_its_receipts(adapter: GoFoodAdapter, relay: FakeRelay) -> None:
    relay.serve(relay_event(notification("awaiting_delivery.json")))
    await adapter.poll()
    order = (await adapter.fetch_order(ORDER)).order
    await adapter.perform(ActionRequest(Action.READY, order))
    relay.polls.append(httpx.Response(503))
    with pytest.raises(PlatformTransientError):
        await adapter.poll()
    assert [e.kind for e, _ in (await adapter.poll()).events] == [EventKind.READY]


@pytest.mark.parametrize("action", [Action.CONFIRM, Action.READY, Action.CANCEL])
async def test_an_action_goes_to_the_orders_own_outlet(adapter: GoFoodAdapter, relay: FakeRelay, gobiz: FakeGoBiz,
                                                       action: Action) -> None:
    note = notification("awaiting_delivery.json")
    note["body"]["outlet"]["id"] = "G987654321"  # a second outlet behind the same relay tenant
    relay.serve(relay_event(note))
    await adapter.poll()
    order = (await adapter.fetch_order(ORDER)).order
    await adapter.perform(ActionRequest(action, order, reason_code="HIGH_DEMAND", reason="Kompor rusak"))
    (path,) = gobiz.paths()
    assert path.startswith(f"/integrations/gofood/outlets/G987654321/v1/orders/delivery/{ORDER}/")


async def test_an_order_carries_the_window_of_its_outlets_mode(client: GoBizClient, relay: FakeRelay,
                                                               clock: FakeClock) -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(relay.handler))
    adapter = GoFoodAdapter(client, RelayClient(http, RELAY, TENANT_TOKEN, "gofood"), clock, wait=0.0,
                            outlet_policies={"G987654321": policy_for(AcceptanceMode.AUTO_ON_TIMEOUT)})
    other = notification("awaiting_delivery.json")
    other["body"]["outlet"]["id"] = "G987654321"  # auto-accept on timeout, while the tenant's mode is manual
    other["body"]["order"]["order_number"] = "F-2"
    relay.serve(relay_event(notification("awaiting_delivery.json")), relay_event(other))
    await adapter.poll()
    own = (await adapter.fetch_order("F-2")).order
    assert own.accept_window_seconds == 60.0 and own.accepts_on_timeout is True
    plain = (await adapter.fetch_order(ORDER)).order
    assert plain.accept_window_seconds is None and plain.accepts_on_timeout is None  # the platform's policy
    await http.aclose()
