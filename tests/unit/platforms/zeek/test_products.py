"""BatchUpdateProduct: the client's body passes the simulator's strict check; wrong bodies do not."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.base import PlatformPayloadError
from kds.platforms.zeek.client import ZeekClient
from kds.simulator.zeek.server import create_app
from kds.simulator.zeek.state import PRODUCT_UPDATE_PATH, SimConfig, ZeekSimState


def simulated(clock: FakeClock) -> tuple[ZeekSimState, ZeekClient]:
    state = ZeekSimState(SimConfig(seed=1, client_secret="s"), clock)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(state)))
    return state, ZeekClient(http, "http://zeek.test", state.config.client_id, "s", clock)


async def test_products_are_switched_off_and_on_with_launch_status_0_and_1() -> None:
    state, client = simulated(FakeClock())
    await client.update_products(PRODUCT_UPDATE_PATH, ["P-2003", "P-1105"], False)
    await client.update_products(PRODUCT_UPDATE_PATH, ["P-2003"], True)
    assert state.product_calls == [{"P-2003": 0, "P-1105": 0}, {"P-2003": 1}]
    assert state.launched == {"P-2003": 1, "P-1105": 0}


async def test_a_product_it_does_not_sell_is_refused() -> None:
    state, client = simulated(FakeClock())
    with pytest.raises(PlatformPayloadError):
        await client.update_products(PRODUCT_UPDATE_PATH, ["NOPE"], False)
    assert state.product_calls == []


@pytest.mark.parametrize("body", [
    {"products": [{"product_id": "P-2003", "launch": {"status": True}}]},  # a boolean is not 0 / 1
    {"products": [{"product_id": "P-2003", "launch": {"status": 2}}]},
    {"products": [{"product_id": "P-2003", "status": 0}]},  # launch.status, not status
    {"products": [{"product_id": "P-2003", "launch": {"status": 0}, "name": "x"}]},
    {"products": [{"product_id": "P-2003", "launch": {"status": 0}}], "store_id": "CK"},
    {"products": []},
])
async def test_the_simulator_refuses_any_other_shape(body: dict[str, object]) -> None:
    clock = FakeClock()
    state, client = simulated(clock)
    token = await client.access_token()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json;charset=UTF-8",
               "KS-Client-Request-Id": str(uuid.uuid4()), "KS-Lang": "vi", "KS-Region": "SGN"}
    answer = state.respond(PRODUCT_UPDATE_PATH, {k.lower(): v for k, v in headers.items()}, json.dumps(body).encode())
    assert (answer.status, answer.body["error"]) == (400, "40001")
    assert state.product_calls == []
