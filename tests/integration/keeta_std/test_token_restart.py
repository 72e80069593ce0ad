"""A renewed Keeta Standard token survives a restart: it is in the keyring from the moment of renewal.

The desktop runtime is built the way the app builds it (`start_runtime_from_settings` with the
station's settings and the keyring's entries) against the real simulator over HTTP, on a fake
clock shared by both. The simulator is strict: each refresh token works once, and a renewal
retires the access token it replaces, so a runtime that came back with the old pair could neither
call Keeta nor renew again. The keyring is the in-memory backend of every test (`tests/conftest.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.base import PlatformAuthError
from kds.platforms.keeta_std.adapter import KeetaStdAdapter
from kds.simulator.keeta_std import SimConfig, SimulatorServer
from kds.startup.runtime import Runtime, parse, read_credentials, start_runtime_from_settings
from kds.station.credentials import SecretStore
from kds.station.settings import PlatformSettings, Settings
from tests.conftest import MemoryKeyring

DAY = 86400.0


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sim(clock: FakeClock) -> Iterator[SimulatorServer]:
    server = SimulatorServer(SimConfig(seed=7), clock=clock)
    server.start()
    yield server
    server.stop()


def entry(keyring: MemoryKeyring, name: str) -> str:
    return keyring.store[("kds", f"keeta_std/{name}")]


def start(tmp_path: Path, sim: SimulatorServer, store: SecretStore,
          clock: FakeClock) -> tuple[Runtime, KeetaStdAdapter]:
    settings = Settings(platforms={Platform.KEETA_STD: PlatformSettings(
        enabled=True, base_url=sim.base_url, relay_url="http://127.0.0.1:9")})  # the relay is not needed here
    args = parse(["--data-dir", str(tmp_path / "kds")])
    runtime = start_runtime_from_settings(args, settings, read_credentials(settings, store), clock, secrets=store)
    assert runtime.problems == []
    adapter = runtime.engine.adapters[Platform.KEETA_STD]
    assert isinstance(adapter, KeetaStdAdapter)
    return runtime, adapter


async def stop(runtime: Runtime) -> None:
    await runtime.stop()
    runtime.close()


async def test_a_refreshed_token_survives_a_restart(tmp_path: Path, sim: SimulatorServer, clock: FakeClock,
                                                    memory_keyring: MemoryKeyring) -> None:
    store = SecretStore(backend=memory_keyring)
    creds = sim.credentials
    first_expiry = sim.state.tokens[creds.access_token]
    # What Settings saved: the relay tenant, the Keeta app, and the merchant's token from Keeta's authorization.
    for name, value in {"tenant_token": "kdsr_tenant", "app_id": str(creds.app_id), "app_secret": creds.app_secret,
                        "access_token": creds.access_token, "refresh_token": creds.refresh_token,
                        "token_expires_at": first_expiry.isoformat()}.items():
        store.set(f"keeta_std/{name}", value)

    runtime, adapter = start(tmp_path, sim, store, clock)
    try:
        clock.advance(86 * DAY)  # four days left: the renewal is due (5 days ahead)
        order_id = sim.state.create_order("pickup")
        shop = str(sim.state.orders[order_id].shop_id)
        info, _ = await adapter.client.get_order(order_id, shop)  # the call that needs the token renews it first
        assert info.baseOrder.orderViewId == order_id
        assert adapter.tokens is not None and adapter.tokens.refreshes == 1
        renewed = adapter.tokens.token
        # In the keyring at once: the new access token, the new single-use refresh token and the new expiry.
        assert entry(memory_keyring, "access_token") == renewed.access_token != creds.access_token
        assert entry(memory_keyring, "refresh_token") == renewed.refresh_token != creds.refresh_token
        expires = datetime.fromisoformat(entry(memory_keyring, "token_expires_at"))
        assert expires == renewed.expires_at == sim.state.tokens[renewed.access_token]
        assert expires - clock.now() == timedelta(days=90)
        assert creds.access_token not in sim.state.tokens  # the old one was retired by the renewal
    finally:
        await stop(runtime)

    # A new runtime from the same keyring: it uses the renewed token and has nothing to renew.
    runtime, adapter = start(tmp_path, sim, store, clock)
    try:
        assert adapter.tokens is not None
        kept = adapter.tokens.token
        assert (kept.access_token, kept.refresh_token, kept.expires_at) == (
            renewed.access_token, renewed.refresh_token, renewed.expires_at)
        await adapter.client.get_order(order_id, shop)  # the retired token would be refused here
        assert adapter.tokens.refreshes == 0
        status = adapter.credential_status()
        assert status is not None and status.expires_at == expires and not status.refresh_failed

        # The next renewal uses the refresh token that was stored (the spent one would be refused).
        clock.advance(86 * DAY)
        await adapter.client.get_order(order_id, shop)
        assert adapter.tokens.refreshes == 1 and adapter.tokens.refresh_error == ""
        assert entry(memory_keyring, "refresh_token") == adapter.tokens.token.refresh_token != renewed.refresh_token
        assert entry(memory_keyring, "access_token") == adapter.tokens.token.access_token
        # Keeta (the simulator) refuses a spent refresh token: reusing one would have broken the renewals.
        with pytest.raises(PlatformAuthError):
            await adapter.client.refresh_token(renewed.refresh_token)
    finally:
        await stop(runtime)
    assert renewed.refresh_token not in sim.state.refresh_tokens and creds.refresh_token not in sim.state.refresh_tokens
