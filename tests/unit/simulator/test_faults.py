"""Fault injection: 5xx, connection resets, hangs and malformed events, at the configured rates."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

import httpx
import pytest

from kds.simulator.keeta_od import Faults, SimulatorServer
from kds.simulator.keeta_od.events import KEETA_EVENT_TYPES
from tests.unit.simulator.wire_client import SignedClient

REQUESTS = 200


def test_5xx_at_roughly_the_configured_rate(make_sim: Callable[..., SimulatorServer],
                                            make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(faults=Faults(fault_5xx=0.25)))
    statuses = [client.fetch_token().status_code for _ in range(REQUESTS)]
    failed = [s for s in statuses if s >= 500]
    assert set(statuses) - {200} <= {500, 502, 503, 504}
    assert 0.15 * REQUESTS <= len(failed) <= 0.35 * REQUESTS
    assert client.server.state.stats().faults == {"5xx": len(failed)}


def test_a_5xx_is_problem_json_and_does_nothing(make_sim: Callable[..., SimulatorServer],
                                                make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim())
    sim = client.server.state
    order_id = sim.create_order("delivery")
    client.token  # noqa: B018 - fetched before the fault is switched on
    sim.set_faults(fault_5xx=1.0)
    response = client.confirm(order_id)
    assert response.status_code >= 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == response.status_code
    assert "Date" in response.headers
    assert sim.order_state(order_id).status == "CREATED"
    assert sim.calls() == []


def test_resets_drop_the_connection_at_roughly_the_configured_rate(
        make_sim: Callable[..., SimulatorServer], make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(faults=Faults(fault_reset=0.25)))
    dropped = 0
    for _ in range(REQUESTS):
        try:
            assert client.fetch_token().status_code == 200
        except httpx.TransportError:  # ReadError "connection reset", or RemoteProtocolError
            dropped += 1
    assert 0.15 * REQUESTS <= dropped <= 0.35 * REQUESTS
    assert client.server.state.stats().faults == {"reset": dropped}


def test_a_hang_times_the_client_out_but_the_action_went_through(
        make_sim: Callable[..., SimulatorServer], make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim())
    sim = client.server.state
    order_id = sim.create_order("delivery")
    client.token  # noqa: B018 - fetched before the fault is switched on
    sim.set_faults(fault_timeout=1.0, hang_seconds=5.0)
    with pytest.raises(httpx.ReadTimeout):
        client.request("POST", f"/v1/orders/{order_id}/confirm", timeout=0.2,
                       json={"createdAt": "2026-01-01T12:00:30Z", "orderExternalCode": "KDS-1"})
    sim.set_faults(fault_timeout=0.0)
    assert sim.order_state(order_id).status == "CONFIRMED"
    assert client.confirm(order_id).status_code == 422  # the retry finds it done
    assert [c.status for c in sim.calls(order_id)] == [202, 422]


def test_a_hang_before_processing_changes_nothing_until_it_ends(
        make_sim: Callable[..., SimulatorServer], make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim())
    sim = client.server.state
    order_id = sim.create_order("delivery")
    client.token  # noqa: B018 - fetched before the fault is switched on
    sim.set_faults(fault_timeout=1.0, hang_seconds=5.0, hang_before_processing=True)
    with pytest.raises(httpx.ReadTimeout):
        client.request("POST", f"/v1/orders/{order_id}/confirm", timeout=0.2,
                       json={"createdAt": "2026-01-01T12:00:30Z", "orderExternalCode": "KDS-1"})
    assert sim.order_state(order_id).status == "CREATED"
    assert sim.calls() == []


def test_stop_ends_hanging_requests(make_sim: Callable[..., SimulatorServer],
                                    make_client: Callable[..., SignedClient]) -> None:
    server = make_sim(faults=Faults(fault_timeout=1.0, hang_seconds=60.0))
    client = make_client(server, timeout=30.0)
    outcome: list[BaseException | int] = []

    def call() -> None:
        try:
            outcome.append(client.fetch_token().status_code)
        except httpx.TransportError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    while not server.state.stats().faults:
        threading.Event().wait(0.01)
    server.stop()
    worker.join(10)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], httpx.TransportError)


def test_malformed_events_break_the_event_schema_and_stay_until_acked(
        make_sim: Callable[..., SimulatorServer], make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(faults=Faults(fault_malformed=1.0)))
    client.server.state.create_order("pickup")
    bad_ones: list[dict[str, object]] = []
    for _ in range(12):
        events = client.events()
        bad_ones.extend(e for e in events if not _well_formed(e))
        client.ack(events)
    assert len(bad_ones) == 12  # one per poll
    assert all(e["eventId"] and e["orderId"] for e in bad_ones)  # still acknowledgeable
    kinds = {_what_is_wrong(e) for e in bad_ones}
    assert kinds == {"unknown type", "bad createdAt", "no orderURL", "metadata not an object"}
    client.server.state.set_faults(fault_malformed=0.0)
    assert client.poll().status_code == 204  # acknowledged malformed events are gone
    assert client.server.state.stats().malformed_sent == 12


def test_malformed_events_at_roughly_the_configured_rate(make_sim: Callable[..., SimulatorServer],
                                                        make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(faults=Faults(fault_malformed=0.3)))
    polls = 100
    for _ in range(polls):
        client.drain()
    malformed = client.server.state.stats().malformed_sent
    assert 0.2 * polls <= malformed <= 0.4 * polls


def test_malformed_events_are_redelivered_like_any_other(make_sim: Callable[..., SimulatorServer],
                                                         make_client: Callable[..., SignedClient]) -> None:
    client = make_client(make_sim(faults=Faults(fault_malformed=1.0)))
    first = client.events()
    client.server.state.set_faults(fault_malformed=0.0)
    assert client.events() == first


def test_faults_are_validated_and_the_preset_splits_the_level() -> None:
    with pytest.raises(ValueError, match=r"fault_5xx must be within \[0, 1\]"):
        Faults(fault_5xx=1.5)
    with pytest.raises(ValueError, match="add up to more than 1"):
        Faults(fault_5xx=0.6, fault_reset=0.6)
    preset = Faults.uniform(0.3, hang_seconds=12)
    assert preset.fault_5xx + preset.fault_timeout + preset.fault_reset == pytest.approx(0.3)
    assert (preset.fault_malformed, preset.duplicate_rate, preset.hang_seconds) == (0.3, 0.3, 12)


def test_same_seed_same_faults(make_sim: Callable[..., SimulatorServer],
                               make_client: Callable[..., SignedClient]) -> None:
    runs = []
    for _ in range(2):
        client = make_client(make_sim(faults=Faults(fault_5xx=0.5)))
        runs.append([client.fetch_token().status_code for _ in range(30)])
    assert runs[0] == runs[1]


def _what_is_wrong(event: dict[str, object]) -> str:
    if event["eventType"] not in KEETA_EVENT_TYPES:
        return "unknown type"
    if "orderURL" not in event:
        return "no orderURL"
    if "metadata" in event and not isinstance(event["metadata"], dict):
        return "metadata not an object"
    try:
        datetime.fromisoformat(str(event["createdAt"]))
    except ValueError:
        return "bad createdAt"
    return ""


def _well_formed(event: dict[str, object]) -> bool:
    return _what_is_wrong(event) == ""
