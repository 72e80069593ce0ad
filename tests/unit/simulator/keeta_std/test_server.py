"""The simulator over real HTTP: the app's own client talks to it (spoiled GETs too), and a real relay accepts its
webhooks."""

from __future__ import annotations

import json
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from kds.clock import SystemClock
from kds.platforms.base import (
    InvalidStateError,
    PlatformError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
)
from kds.platforms.keeta_std.client import KeetaStdClient, constant_token
from kds.relay.hooks import KEETA_STD
from kds.relay.server import RelayServer
from kds.relay.store import PlatformSecret, open_store
from kds.relay.tenants import create_tenant
from kds.simulator.keeta_std import SimConfig, SimulatorServer, hook_url, start_demo


@pytest.fixture
def server() -> SimulatorServer:
    sim = SimulatorServer(SimConfig(seed=7), tick_interval=0.02)
    sim.start()
    yield sim
    sim.stop()


async def test_the_apps_client_against_the_simulator(server: SimulatorServer) -> None:
    creds = server.credentials
    client = KeetaStdClient(httpx.AsyncClient(timeout=5), server.base_url, creds.app_id, creds.app_secret,
                            constant_token(creds.access_token), SystemClock())
    order_id = server.state.create_order("pickup")
    shop = str(server.state.orders[order_id].shop_id)
    info, _ = await client.get_order(order_id, shop)
    assert info.baseOrder.orderViewId == order_id
    await client.confirm(order_id, shop)
    with pytest.raises(InvalidStateError):
        await client.confirm(order_id, shop)
    assert client.server_offset is not None and abs(client.server_offset.total_seconds()) < 2
    assert [c.code for c in server.state.calls(order_id, "order/confirm")] == [0, 215000102]
    await client.aclose()


def test_webhooks_reach_a_real_relay(server: SimulatorServer, tmp_path: Path) -> None:
    store = open_store(tmp_path / "relay.sqlite3")
    creds = server.credentials
    token = create_tenant(store, "demo", now=datetime.now(UTC),
                          secrets_by_platform={KEETA_STD: PlatformSecret(creds.app_secret, str(creds.app_id))})
    relay = RelayServer(store)
    base = relay.start()
    try:
        server.set_webhook_url(hook_url(base, "demo"))
        order_id = server.state.create_order("delivery")
        deadline = time.monotonic() + 10
        while not all(h.delivered for h in server.state.webhooks(order_id)) and time.monotonic() < deadline:
            time.sleep(0.02)
        (hook,) = server.state.webhooks(order_id)
        assert hook.delivered and hook.answers == ["200 code=0"]
        response = httpx.get(f"{base}/v1/events:polling", headers={"Authorization": f"Bearer {token}"})
        (event,) = response.json()
        assert event["eventType"] == "KEETA_1001" and event["orderId"] == order_id
        assert event["payload"]["message"]["orderInfo"]["baseOrder"]["orderViewId"] == int(order_id)
    finally:
        relay.stop()
        store.close()


def test_demo_stack_reuses_its_relay_database_with_a_fresh_token(tmp_path: Path) -> None:
    first = start_demo(SimConfig(seed=1), relay_db=tmp_path / "relay.sqlite3")
    old_token = first.tenant_token
    first.stop()
    demo = start_demo(SimConfig(seed=2), relay_db=tmp_path / "relay.sqlite3")
    try:
        assert demo.tenant_token != old_token
        order_id = demo.sim.state.create_order("pickup")
        headers = {"Authorization": f"Bearer {demo.tenant_token}"}
        events = httpx.get(f"{demo.relay_url}/v1/events:polling?wait=5", headers=headers, timeout=10).json()
        assert [e["orderId"] for e in events] == [order_id]
        refused = httpx.get(f"{demo.relay_url}/v1/events:polling", headers={"Authorization": f"Bearer {old_token}"})
        assert refused.status_code == 401
        assert demo.credentials_kwargs() == {"app_id": demo.credentials.app_id,
                                             "app_secret": demo.credentials.app_secret,
                                             "access_token": demo.credentials.access_token}
    finally:
        demo.stop()


async def test_spoiled_gets_over_the_wire_are_sorted_by_the_apps_client(server: SimulatorServer) -> None:
    creds = server.credentials
    client = KeetaStdClient(httpx.AsyncClient(timeout=5), server.base_url, creds.app_id, creds.app_secret,
                            constant_token(creds.access_token), SystemClock())
    order_id = server.state.create_order("delivery", bad_gets=6, bad_kinds=[
        "incomplete", "not_found", "malformed", "system_error", "unavailable", "incomplete"])
    shop = str(server.state.orders[order_id].shop_id)
    expected: list[tuple[type[PlatformError], str, str]] = [
        (PlatformPayloadError, "payload", "incomplete order (products)"),
        (PlatformRejectedError, "209000101", "order does not exist"),
        (PlatformPayloadError, "payload", "not a Keeta envelope"),
        (PlatformTransientError, "309000000", "system error"),
        (PlatformTransientError, "server_error", "HTTP 503"),
        (PlatformPayloadError, "payload", "incomplete order (feeDtl)"),
    ]
    for kind, code, words in expected:
        with pytest.raises(kind, match=re.escape(words)) as caught:
            await client.get_order(order_id, shop)
        assert caught.value.code == code
    malformed = [c for c in server.state.calls(order_id, "order/get") if c.spoiled == "malformed"]
    assert len(malformed) == 1 and server.state.read_at(order_id) is None
    info, _ = await client.get_order(order_id, shop)
    assert info.baseOrder.orderViewId == order_id and info.products and info.feeDtl is not None
    assert server.state.read_at(order_id) is not None and server.state.bad_gets_sent(order_id) == 6
    await client.aclose()


async def test_a_truncated_answer_reaches_the_client_as_sent(server: SimulatorServer) -> None:
    creds = server.credentials
    client = KeetaStdClient(httpx.AsyncClient(timeout=5), server.base_url, creds.app_id, creds.app_secret,
                            constant_token(creds.access_token), SystemClock())
    order_id = server.state.create_order("pickup", bad_gets=1, bad_kinds=["malformed"])
    with pytest.raises(PlatformPayloadError) as caught:
        await client.get_order(order_id, str(server.state.orders[order_id].shop_id))
    whole = json.dumps({"code": 0, "message": "Success",
                        "data": {"orderInfo": server.state.orders[order_id].order_info("HKD")}},
                       ensure_ascii=False, separators=(",", ":"))
    assert caught.value.raw == whole[: len(whole) // 2]  # kept for the quarantine
    await client.aclose()
