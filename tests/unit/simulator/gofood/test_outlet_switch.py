"""Pausing GoFood: the simulator's strict outlet switch, and KDS's pause sent to it and undone at its time."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from kds.domain.order import Platform
from kds.platforms.gofood.adapter import GoFoodAdapter
from kds.platforms.gofood.client import GoBizClient
from kds.platforms.gofood.spec import SPEC
from kds.platforms.relay import RelayClient
from kds.services.bus import ChangeBus
from kds.services.store_control import StoreControlRunner
from kds.simulator.gofood import api
from kds.simulator.gofood.server import create_app
from kds.store.db import Database
from tests.unit.simulator.gofood.test_platform import bearer, platform

GOFOOD = Platform.GOFOOD


def switch(state: Any, token: str, body: Any, outlet: str | None = None) -> api.Answer:
    raw = json.dumps(body).encode() if body is not None else b""
    return api.outlet_properties(state, token, outlet or state.config.outlet_id, raw)


def test_force_close_closes_and_opens_the_outlet() -> None:
    state, _ = platform()
    token = bearer(state)
    assert switch(state, token, {"force_close": True}).status == 200
    assert state.force_closed
    assert switch(state, token, {"force_close": False}).status == 200
    assert not state.force_closed


@pytest.mark.parametrize("body", [{"force_close": "true"}, {"force_close": True, "status": "CLOSED"}, {}, None,
                                  ["force_close"]])
def test_a_wrong_body_is_refused_and_changes_nothing(body: Any) -> None:
    state, _ = platform()
    assert switch(state, bearer(state), body).status == 400
    assert not state.force_closed


def test_a_stranger_or_another_outlet_is_refused() -> None:
    state, _ = platform()
    assert switch(state, "Bearer nope", {"force_close": True}).status == 401
    assert switch(state, bearer(state), {"force_close": True}, outlet="G000000000").status == 404
    assert not state.force_closed


async def test_a_pause_closes_the_outlet_and_reopens_it_at_its_time(tmp_path: Path) -> None:
    state, clock = platform()
    c = state.config
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(state)))
    client = GoBizClient(http, "http://gobiz.test", "http://gobiz.test", c.client_id, c.client_secret, c.outlet_id,
                         clock)
    relay = RelayClient(httpx.AsyncClient(), "http://relay.test", "unused", GOFOOD)
    runner = StoreControlRunner({GOFOOD: GoFoodAdapter(client, relay, clock)}, {GOFOOD: SPEC.store},
                                Database(tmp_path / "kds.sqlite3"), clock, ChangeBus(), who="Counter")
    assert runner.can_pause(GOFOOD) and not runner.can_sell_out(GOFOOD)
    runner.pause([GOFOOD], clock.now() + timedelta(minutes=15))
    await runner.run_due()
    assert state.force_closed
    clock.advance(15 * 60)
    await runner.run_due()
    assert not state.force_closed
    assert [body for _, body, _ in state.property_calls] == [{"force_close": True}, {"force_close": False}]
    await client.aclose()
    await relay.http.aclose()
