"""Pausing the store on Keeta Open Delivery: the simulator's strict `merchantUpdate`, and KDS's
store controls sent to it, reopening by themselves at their time, also after a restart."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.keeta_od.adapter import KeetaODAdapter, create_adapter
from kds.platforms.keeta_od.spec import SPEC
from kds.services.bus import ChangeBus
from kds.services.store_control import StoreControlRunner
from kds.simulator.keeta_od import SimulatorServer
from kds.store.db import Database
from kds.store.outbox import ActionState, ErrorKind
from tests.unit.simulator.wire_client import SignedClient

KEETA = Platform.KEETA_OD


def test_merchant_status_alone_closes_and_opens_the_store(client: SignedClient) -> None:
    state, merchant = client.server.state, client.creds.merchant_ids[0]
    path = f"/v1/merchantUpdate/{merchant}"
    assert client.request("POST", path, json={"merchantStatus": "UNAVAILABLE"}).status_code == 204
    assert state.merchant_status(merchant) == "UNAVAILABLE"
    assert client.request("POST", path, json={"merchantStatus": "AVAILABLE"}).status_code == 204
    assert state.merchant_status(merchant) == "AVAILABLE"


@pytest.mark.parametrize("body", [
    {"merchantStatus": "UNAVAILABLE", "entityType": "MERCHANT"},  # the seed's rule: never together
    {"merchantStatus": "UNAVAILABLE", "updatedObjects": []},
    {"merchantStatus": "CLOSED"},
    {},
    ["merchantStatus", "UNAVAILABLE"],
])
def test_a_wrong_shape_is_refused_and_changes_nothing(client: SignedClient, body: Any) -> None:
    merchant = client.creds.merchant_ids[0]
    response = client.request("POST", f"/v1/merchantUpdate/{merchant}", json=body)
    assert response.status_code == 400
    assert client.server.state.merchant_status(merchant) == "AVAILABLE"


def test_an_unknown_merchant_is_404(client: SignedClient) -> None:
    response = client.request("POST", "/v1/merchantUpdate/" + "9" * 40, json={"merchantStatus": "UNAVAILABLE"})
    assert response.status_code == 404


def adapter_for(sim: SimulatorServer, clock: FakeClock) -> KeetaODAdapter:
    c = sim.credentials
    return create_adapter(sim.base_url, c.client_id, c.client_secret, c.merchant_ids, clock)


def runner_for(adapter: KeetaODAdapter, db: Database, clock: FakeClock) -> StoreControlRunner:
    return StoreControlRunner({KEETA: adapter}, {KEETA: SPEC.store}, db, clock, ChangeBus(), who="Counter")


async def test_a_pause_for_30_minutes_closes_every_merchant_and_reopens_after_a_restart(
        sim: SimulatorServer, clock: FakeClock, tmp_path: Path) -> None:
    path = tmp_path / "kds.sqlite3"
    adapter = adapter_for(sim, clock)
    runner = runner_for(adapter, Database(path), clock)
    runner.pause([KEETA], clock.now() + timedelta(minutes=30))
    await runner.run_due()
    assert {sim.state.merchant_status(m) for m in sim.credentials.merchant_ids} == {"UNAVAILABLE"}
    assert runner.paused(KEETA) is not None
    assert [body for _, _, body, _ in sim.state.status_calls()] == \
        [{"merchantStatus": "UNAVAILABLE"}] * len(sim.credentials.merchant_ids)
    await adapter.aclose()
    runner.repo.db.close()

    clock.advance(20 * 60)  # KDS was stopped meanwhile
    adapter = adapter_for(sim, clock)
    runner = runner_for(adapter, Database(path), clock)
    await runner.run_due()
    assert sim.state.merchant_status() == "UNAVAILABLE"  # not yet
    clock.advance(10 * 60)
    assert runner.paused(KEETA) is None
    await runner.run_due()
    assert {sim.state.merchant_status(m) for m in sim.credentials.merchant_ids} == {"AVAILABLE"}
    assert len(sim.state.status_calls()) == 2 * len(sim.credentials.merchant_ids)  # each told once
    await adapter.aclose()


async def test_a_resume_that_meets_an_outage_is_retried_until_it_lands(
        sim: SimulatorServer, clock: FakeClock, tmp_path: Path) -> None:
    adapter = adapter_for(sim, clock)
    runner = runner_for(adapter, Database(tmp_path / "kds.sqlite3"), clock)
    runner.pause([KEETA], clock.now() + timedelta(minutes=15))
    await runner.run_due()
    sim.state.set_faults(fault_5xx=1.0, fault_ops=frozenset({"merchant"}))
    clock.advance(15 * 60)
    for _ in range(8):  # more failures than an order action would be allowed
        await runner.run_due()
        (pending,) = runner.repo.in_state(ActionState.PENDING)
        assert pending.error_kind is ErrorKind.TRANSIENT
        clock.advance(120)
    sim.state.set_faults(fault_5xx=0.0)
    clock.advance(120)
    await runner.run_due()
    assert sim.state.merchant_status() == "AVAILABLE"
    assert runner.repo.in_state(ActionState.PENDING) == []
    await adapter.aclose()


async def test_sold_out_is_refused_by_open_delivery_and_recorded_as_such(
        sim: SimulatorServer, clock: FakeClock, tmp_path: Path) -> None:
    adapter = adapter_for(sim, clock)
    runner = runner_for(adapter, Database(tmp_path / "kds.sqlite3"), clock)
    assert runner.can_pause(KEETA) and not runner.can_sell_out(KEETA)
    assert SPEC.store.sold_out_note  # the Store sheet says why
    await adapter.aclose()
