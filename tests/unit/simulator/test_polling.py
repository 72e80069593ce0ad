"""Polling and acknowledgment: 204 when idle, redelivery until ack, filters, TTL, rate limit, duplicates."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from kds.clock import FakeClock
from kds.simulator.keeta_od import Faults, SimulatorServer
from tests.unit.simulator.wire_client import SignedClient, types_of

EVENT_REQUIRED = ("eventId", "eventType", "orderId", "orderURL", "createdAt")


def test_idle_poll_is_204_without_body(client: SignedClient) -> None:
    response = client.poll()
    assert response.status_code == 204
    assert response.content == b""


def test_created_event_is_well_formed_and_points_at_the_order(client: SignedClient, clock: FakeClock) -> None:
    order_id = client.server.state.create_order("delivery")
    [event] = client.events()
    assert all(event[key] for key in EVENT_REQUIRED)
    assert event["eventType"] == "CREATED"
    assert event["orderId"] == order_id
    assert event["createdAt"] == clock.now().isoformat(timespec="milliseconds").replace("+00:00", "Z")
    assert event["orderURL"] == f"{client.base}/v1/orders/{order_id}"
    details = client.request("GET", event["orderURL"].removeprefix(client.base))
    assert details.status_code == 200
    assert details.json()["id"] == order_id


def test_unacknowledged_events_come_back_until_acknowledged(client: SignedClient) -> None:
    client.server.state.create_order("pickup")
    first = client.events()
    assert client.events() == first  # not acknowledged: delivered again, same ids
    assert client.ack(first).status_code == 202
    assert client.poll().status_code == 204
    stats = client.server.state.stats()
    assert (stats.events_delivered, stats.events_acked) == (2, 1)


def test_acknowledgment_validates_its_body(client: SignedClient) -> None:
    for _ in range(3):
        client.server.state.create_order("pickup")
    events = client.events()
    too_many = [{"id": events[0]["eventId"], "orderId": events[0]["orderId"], "eventType": "CREATED"}] * 101
    assert client.request("POST", "/v1/events/acknowledgment", json=too_many).status_code == 400
    missing_type = [{"id": events[0]["eventId"], "orderId": events[0]["orderId"]}]
    assert client.request("POST", "/v1/events/acknowledgment", json=missing_type).status_code == 400
    assert client.request("POST", "/v1/events/acknowledgment", json={"id": "x"}).status_code == 400
    assert client.request("POST", "/v1/events/acknowledgment", content=b"[{").status_code == 400
    assert len(client.events()) == 3  # nothing was acknowledged by the refused calls
    unknown = [{"id": "00000000-0000-4000-8000-000000000000", "orderId": "x", "eventType": "CREATED"}]
    assert client.request("POST", "/v1/events/acknowledgment", json=unknown).status_code == 202
    assert client.server.state.stats().ack_unknown == 1


def test_polling_merchants_filter_by_repeated_header(client: SignedClient) -> None:
    sim = client.server.state
    first, second = client.creds.merchant_ids
    a = sim.create_order("delivery", merchant_id=first)
    b = sim.create_order("delivery", merchant_id=second)
    assert [e["orderId"] for e in client.events(merchants=[first])] == [a]
    assert [e["orderId"] for e in client.events(merchants=[second])] == [b]
    assert {e["orderId"] for e in client.events(merchants=[first, second])} == {a, b}
    assert {e["orderId"] for e in client.events()} == {a, b}  # header omitted: every merchant of ours


def test_unknown_polling_merchant_is_400(client: SignedClient) -> None:
    stranger = "99999999000199-00000000-0000-4000-8000-000000000000"
    response = client.poll(merchants=[client.creds.merchant_ids[0], stranger])
    assert response.status_code == 400
    assert response.json()["title"] == f"[{stranger}] is/are invalid"


def test_event_type_filter_acknowledges_the_other_types(client: SignedClient) -> None:
    sim = client.server.state
    order_id = sim.create_order("pickup")
    assert client.confirm(order_id).status_code == 202
    only_confirmed = client.events(event_types=["CONFIRMED"])
    assert types_of(only_confirmed) == ["CONFIRMED"]
    assert types_of(client.events()) == ["CONFIRMED"]  # CREATED was acknowledged by the filter
    assert sim.stats().auto_acked == 1
    assert client.poll(event_types=["PREPARATION_REQUESTED"]).status_code == 400  # not a Keeta type


def test_events_expire_after_four_hours_ten_minutes(client: SignedClient, clock: FakeClock) -> None:
    order_id = client.server.state.create_order("delivery")
    clock.advance(4 * 3600 + 10 * 60 - 1)
    assert "CREATED" in types_of(client.events())
    clock.advance(1)
    assert "CREATED" not in types_of(client.events())
    assert client.order(order_id).status_code == 404  # expired orders are gone too


def test_a_poll_returns_at_most_the_configured_number(make_sim: Callable[..., SimulatorServer],
                                                      make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(max_events_per_poll=3))
    ids = [client.server.state.create_order("pickup") for _ in range(5)]
    first = client.events()
    assert [e["orderId"] for e in first] == ids[:3]  # oldest first
    client.ack(first)
    assert [e["orderId"] for e in client.events()] == ids[3:]


def test_rate_limit_is_429_with_retry_after(make_sim: Callable[..., SimulatorServer],
                                            make_client: Callable[..., SignedClient], clock: FakeClock) -> None:
    client = make_client(make_sim(rate_limit_per_window=2))
    assert client.poll().status_code == 204
    clock.advance(20.5)
    assert client.poll().status_code == 204
    clock.advance(10)
    limited = client.poll()
    assert limited.status_code == 429
    assert limited.headers["content-type"] == "application/problem+json"
    assert limited.headers["Retry-After"] == str(math.ceil(60 - 30.5))  # until the first poll leaves
    clock.advance(29)
    assert client.poll().status_code == 429
    clock.advance(0.5)
    assert client.poll().status_code == 204
    [log] = client.server.state.poll_log().values()
    assert [r.status for r in log] == [204, 204, 429, 429, 204]
    assert client.server.state.stats().rate_limited == 2


def test_rate_limit_is_per_token(make_sim: Callable[..., SimulatorServer],
                                 make_client: Callable[..., SignedClient]) -> None:
    server = make_sim(rate_limit_per_window=2)
    one, two = make_client(server), make_client(server)
    assert [one.poll().status_code for _ in range(3)] == [204, 204, 429]
    assert [two.poll().status_code for _ in range(2)] == [204, 204]


def test_time_scale_shrinks_the_rate_window(make_sim: Callable[..., SimulatorServer],
                                            make_client: Callable[..., SignedClient], clock: FakeClock) -> None:
    client = make_client(make_sim(rate_limit_per_window=2, time_scale=10))
    assert [client.poll().status_code for _ in range(3)] == [204, 204, 429]
    clock.advance(5.9)
    assert client.poll().headers["Retry-After"] == "1"
    clock.advance(0.1)
    assert client.poll().status_code == 204


def test_fixed_window_mode_resets_on_the_minute(make_sim: Callable[..., SimulatorServer],
                                                make_client: Callable[..., SignedClient], clock: FakeClock) -> None:
    clock.set(datetime(2026, 1, 1, 12, 0, 50, tzinfo=UTC))
    client = make_client(make_sim(rate_limit_per_window=2, rate_limit_mode="fixed"))
    assert [client.poll().status_code for _ in range(3)] == [204, 204, 429]
    clock.advance(10)  # 12:01:00, a new window
    assert [client.poll().status_code for _ in range(3)] == [204, 204, 429]


def test_the_queue_belongs_to_the_client_id_not_the_token(client: SignedClient,
                                                          make_client: Callable[..., SignedClient]) -> None:
    client.server.state.create_order("pickup")
    events = client.events()
    successor = make_client(client.server)  # a new token of the same software service
    assert successor.events() == events
    successor.ack(events)
    assert client.poll().status_code == 204


def test_per_token_queues_when_configured(make_sim: Callable[..., SimulatorServer],
                                          make_client: Callable[..., SignedClient]) -> None:
    server = make_sim(queue_scope="token")
    one, two = make_client(server), make_client(server)
    server.state.create_order("pickup")
    one.drain()
    assert one.poll().status_code == 204
    assert types_of(two.events()) == ["CREATED"]


def test_duplicates_resend_already_acknowledged_events(make_sim: Callable[..., SimulatorServer],
                                                       make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(faults=Faults(duplicate_rate=1.0)))
    order_id = client.server.state.create_order("pickup")
    first = client.events()
    assert len(first) == 2 and first[0] == first[1]  # nothing acknowledged yet: a copy in the same answer
    created = first[0]
    assert client.ack(first).status_code == 202
    again = client.events()
    assert again == [created]  # the same event id, after it was acknowledged
    client.confirm(order_id)
    both = client.events()
    assert types_of(both)[0] == "CONFIRMED"
    assert both[1] == created  # an old CREATED trails the new events
    assert client.server.state.stats().duplicates_sent == 3


def test_events_of_one_order_arrive_in_order(client: SignedClient, clock: FakeClock) -> None:
    sim = client.server.state
    order_id = sim.create_order("pickup")
    clock.advance(10)
    client.confirm(order_id)
    clock.advance(10)
    client.action(order_id, "readyForPickup")
    events = client.events()
    assert types_of(events) == ["CREATED", "CONFIRMED", "READY_FOR_PICKUP"]
    stamps = [datetime.fromisoformat(e["createdAt"]) for e in events]
    assert stamps == sorted(stamps) and stamps[-1] - stamps[0] == timedelta(seconds=20)
