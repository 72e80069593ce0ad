"""What the platform does by itself over (fake) time: timeouts, riders, customers, refunds, the 4 h end."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from kds.clock import FakeClock
from kds.simulator.keeta_od import KeetaSimState, SimConfig, SimulatorServer
from tests.unit.simulator.wire_client import SignedClient, types_of

ONE_SECOND = timedelta(seconds=1)


def test_unconfirmed_order_is_cancelled_after_five_minutes(client: SignedClient, clock: FakeClock) -> None:
    order_id = client.server.state.create_order("delivery")
    clock.advance(5 * 60 - 1)
    assert types_of(client.drain()) == ["CREATED"]
    clock.advance(1)
    [cancelled] = client.drain()
    assert cancelled["eventType"] == "CANCELLED"
    assert cancelled["metadata"]["code"] == "TIMEOUT"
    assert "timeout" in cancelled["metadata"]["reason"]
    assert datetime.fromisoformat(cancelled["createdAt"]) == clock.now()
    assert client.confirm(order_id).status_code == 422


def test_a_late_clock_jump_stamps_the_cancel_at_the_deadline(client: SignedClient, clock: FakeClock) -> None:
    client.server.state.create_order("pickup")
    created_at = clock.now()
    clock.advance(3600)
    events = client.events()
    assert types_of(events) == ["CREATED", "CANCELLED"]
    assert datetime.fromisoformat(events[1]["createdAt"]) == created_at + timedelta(minutes=5)


def test_confirmed_order_is_not_auto_cancelled(client: SignedClient, clock: FakeClock) -> None:
    order_id = client.server.state.create_order("delivery")
    client.confirm(order_id)
    clock.advance(10 * 60)
    assert client.server.state.order_state(order_id).status == "CONFIRMED"


def test_time_scale_divides_the_acceptance_window(make_sim: Callable[..., SimulatorServer],
                                                  make_client: Callable[..., SignedClient],
                                                  clock: FakeClock) -> None:
    client = make_client(make_sim(time_scale=10))
    order_id = client.server.state.create_order("delivery")
    clock.advance(29)
    assert client.server.state.order_state(order_id).status == "CREATED"
    clock.advance(1)
    assert client.server.state.order_state(order_id).status == "CANCELLED"


def test_refund_request_metadata_and_timeout(client: SignedClient, clock: FakeClock) -> None:
    sim = client.server.state
    order_id = sim.create_order("delivery")
    client.confirm(order_id)
    client.drain()
    sim.request_refund(order_id, reason="Comida chegou fria")
    [request] = client.drain()
    assert request["eventType"] == "USER_REFUND_REQUEST"
    meta = request["metadata"]
    order = client.order(order_id).json()
    assert meta["type"] == "FULL"
    assert meta["reason"] == "Comida chegou fria"
    assert meta["refundAmount"] == order["total"]["orderAmount"]
    assert {i["itemId"] for i in meta["items"]} == {line["id"] for line in order["items"]}
    assert all(set(i) == {"itemId", "name", "quantity"} for i in meta["items"])
    assert sim.order_state(order_id).refund_pending
    clock.advance(15 * 60 - 1)
    assert client.poll().status_code == 204
    clock.advance(1)
    [refunded] = client.drain()
    assert refunded["eventType"] == "REFUNDED"
    assert refunded["metadata"]["code"] == "TIMEOUT"
    assert refunded["metadata"]["refundAmount"] == meta["refundAmount"]
    assert client.action(order_id, "acceptRefund").status_code == 422


def test_partial_refund_is_priced_from_the_items(client: SignedClient) -> None:
    sim = client.server.state
    order_id = sim.create_order("pickup", items=["Açaí 500ml", "Coxinha de frango"])
    client.confirm(order_id)
    coxinha = client.order(order_id).json()["items"][1]
    sim.request_refund(order_id, full=False, items=[(coxinha["id"], 1)])
    meta = client.events()[-1]["metadata"]
    assert meta["type"] == "PARTIAL"
    assert meta["items"] == [{"itemId": coxinha["id"], "name": "Coxinha de frango", "quantity": 1}]
    assert meta["refundAmount"] == {"value": 8.9, "currency": "BRL"}


def test_refund_requests_need_an_accepted_order(client: SignedClient) -> None:
    sim = client.server.state
    order_id = sim.create_order("delivery")
    with pytest.raises(ValueError, match="cannot take a refund"):
        sim.request_refund(order_id)
    client.confirm(order_id)
    sim.request_refund(order_id)
    with pytest.raises(ValueError, match="cannot take a refund"):
        sim.request_refund(order_id)  # one at a time


def test_keeta_rider_picks_up_delivers_and_concludes(make_sim: Callable[..., SimulatorServer],
                                                     make_client: Callable[..., SignedClient],
                                                     clock: FakeClock) -> None:
    client = make_client(make_sim(rider_pickup_delay=(180, 180), rider_delivery_delay=(900, 900)))
    order_id = client.server.state.create_order("delivery")
    client.confirm(order_id)
    client.action(order_id, "readyForPickup")
    client.drain()
    steps = [(179, []), (1, ["DISPATCHED"]), (899, []), (1, ["DELIVERED"]), (59, []), (1, ["CONCLUDED"])]
    for seconds, expected in steps:
        clock.advance(seconds)
        assert types_of(client.drain()) == expected
    state = client.server.state.order_state(order_id)
    assert state.history == ("CREATED", "CONFIRMED", "READY_FOR_PICKUP", "DISPATCHED", "DELIVERED", "CONCLUDED")


def test_rider_progress_scales_with_time(make_sim: Callable[..., SimulatorServer],
                                         make_client: Callable[..., SignedClient], clock: FakeClock) -> None:
    client = make_client(make_sim(time_scale=60))
    order_id = client.server.state.create_order("delivery")
    client.confirm(order_id)
    client.action(order_id, "readyForPickup")
    clock.advance((8 + 25 + 1) * 60 / 60)  # the slowest rider, at 60x
    assert client.server.state.order_state(order_id).status == "CONCLUDED"


def test_pickup_customer_collects_and_it_concludes(client: SignedClient, clock: FakeClock) -> None:
    order_id = client.server.state.create_order("pickup")
    client.confirm(order_id)
    client.action(order_id, "readyForPickup")
    clock.advance(11 * 60)
    assert client.server.state.order_state(order_id).history[-2:] == ("PICKED_UP", "CONCLUDED")


def test_pickup_never_marked_ready_concludes_by_itself(client: SignedClient, clock: FakeClock) -> None:
    order_id = client.server.state.create_order("pickup")
    client.confirm(order_id)
    clock.advance(3600 - 1)
    assert client.server.state.order_state(order_id).status == "CONFIRMED"
    clock.advance(1)
    assert client.server.state.order_state(order_id).status == "CONCLUDED"


def test_self_delivery_concludes_after_delivered(client: SignedClient, clock: FakeClock) -> None:
    order_id = client.server.state.create_order("self_delivery")
    client.confirm(order_id)
    client.action(order_id, "dispatch")
    client.action(order_id, "delivered")
    clock.advance(60)
    assert client.server.state.order_state(order_id).status == "CONCLUDED"


def test_every_order_is_final_after_four_hours(client: SignedClient, clock: FakeClock) -> None:
    order_id = client.server.state.create_order("self_delivery")
    client.confirm(order_id)  # and nobody ever dispatches it
    clock.advance(4 * 3600 - 1)
    assert client.server.state.order_state(order_id).status == "CONFIRMED"
    clock.advance(1)
    assert client.server.state.order_state(order_id).history[-1] == "CONCLUDED"


def test_customer_cancel(client: SignedClient) -> None:
    sim = client.server.state
    order_id = sim.create_order("delivery")
    client.confirm(order_id)
    sim.customer_cancel(order_id)
    cancelled = client.events()[-1]
    assert cancelled["eventType"] == "CANCELLED"
    assert cancelled["metadata"]["code"] == "CONSUMER_CANCELLATION_REQUESTED"
    assert sim.order_state(order_id).cancelled_by == "customer"
    with pytest.raises(ValueError, match="cannot be cancelled by the customer"):
        sim.customer_cancel(order_id)


def test_generated_orders_arrive_at_the_configured_rate(make_sim: Callable[..., SimulatorServer],
                                                        clock: FakeClock) -> None:
    sim = make_sim(order_rate_per_min=2).state
    for _ in range(60):
        clock.advance(10)
        sim.tick()
    count = len(sim.order_ids())
    assert 10 <= count <= 35  # Poisson, mean 20 over 10 minutes (deterministic with the fixed seed)
    kinds = {sim.order_state(i).kind for i in sim.order_ids()}
    assert len(kinds) == 3


def test_generator_rate_is_per_scaled_minute(clock: FakeClock) -> None:
    state = KeetaSimState(SimConfig(seed=5, order_rate_per_min=2, time_scale=10), clock)
    for _ in range(60):
        clock.advance(1)
        state.tick()
    assert 10 <= len(state.order_ids()) <= 35  # one real minute = ten platform minutes


def test_random_customers_cancel_and_ask_refunds_when_enabled(clock: FakeClock) -> None:
    state = KeetaSimState(SimConfig(seed=9, order_rate_per_min=3, customer_cancel_rate=0.3,
                                    refund_request_rate=0.5, closed_after_timeout=0), clock)
    confirmed: set[str] = set()
    for _ in range(120):
        clock.advance(15)
        for order_id in state.order_ids():
            if order_id not in confirmed and state.order_state(order_id).status == "CREATED":
                state.act(order_id, "confirm", {"createdAt": "2026-01-01T12:00:00Z", "orderExternalCode": "x"})
                confirmed.add(order_id)
    histories = [state.order_state(i).history for i in state.order_ids()]
    assert any("USER_REFUND_REQUEST" in h for h in histories)
    assert any(state.order_state(i).cancel_code == "CONSUMER_CANCELLATION_REQUESTED" for i in state.order_ids())


def test_store_closes_for_a_while_after_an_acceptance_timeout(clock: FakeClock) -> None:
    state = KeetaSimState(SimConfig(seed=3, order_rate_per_min=6, closed_after_timeout=1800), clock)
    for _ in range(6 * 6):  # six minutes: the first orders time out
        clock.advance(10)
        state.tick()
    timeouts = [i for i in state.order_ids() if state.order_state(i).cancel_code == "TIMEOUT"]
    assert timeouts
    first_timeout = min(state.order_state(i).created_at for i in timeouts) + timedelta(minutes=5)
    for _ in range(6 * 10):
        clock.advance(10)
        state.tick()
    created = [state.order_state(i).created_at for i in state.order_ids()]
    assert not [c for c in created if first_timeout < c < first_timeout + timedelta(minutes=15)]


def test_the_background_ticker_acts_without_requests(make_sim: Callable[..., SimulatorServer],
                                                     clock: FakeClock) -> None:
    sim = make_sim().state
    sim.create_order("pickup")
    before = sim.stats().events_created
    clock.advance(301)
    deadline = time.monotonic() + 5
    while sim.stats().events_created == before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert sim.stats().events_created == before + 1  # the auto-cancel, with no request in between
