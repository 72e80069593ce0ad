"""KDS over the simulators of every platform KDS can pause, for the Store tests on the real window.

Keeta Open Delivery runs its simulator over real HTTP; GoFood's simulator app and the relay (with
Zeek's tenant) are reached in process. Zeek is "closed" when the relay answers its simulator's
inventory check for an order with every product out of stock, so the order is never placed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.platforms.gofood.adapter import GoFoodAdapter
from kds.platforms.gofood.client import GoBizClient
from kds.platforms.keeta_od.adapter import create_adapter as keeta_adapter
from kds.platforms.relay import RelayClient
from kds.platforms.zeek.adapter import ZeekAdapter
from kds.platforms.zeek.client import ZeekClient
from kds.platforms.zeek.mapping import RELAY_PLATFORM
from kds.relay.app import create_app as relay_app
from kds.relay.hooks.base import PATH_SECRET
from kds.relay.records import PlatformSecret
from kds.relay.store import RelayStore, open_store
from kds.relay.tenants import create_tenant
from kds.services.engine import Engine, EngineSettings
from kds.simulator.gofood.config import SimConfig as GoFoodConfig
from kds.simulator.gofood.server import create_app as gofood_app
from kds.simulator.gofood.state import GoFoodSimState
from kds.simulator.keeta_od import SimConfig, SimulatorServer
from kds.simulator.zeek.server import CallbackSender
from kds.simulator.zeek.state import SimConfig as ZeekConfig
from kds.simulator.zeek.state import ZeekSimState
from kds.station.settings import Settings
from kds.store.db import Database
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow

RELAY = "http://relay.test"
ZEEK_PATH = "k3Jw9x2QvT0bqL7mZp4sYc8dHf1uNa6E"


@dataclass
class Platforms:
    """The simulators, and the relay Zeek goes through."""

    keeta: SimulatorServer
    gofood: GoFoodSimState
    zeek: ZeekSimState
    relay: FastAPI
    relay_store: RelayStore
    relay_token: str

    def relay_http(self) -> httpx.AsyncClient:
        """A client of the in-process relay."""
        return httpx.AsyncClient(transport=httpx.ASGITransport(app=self.relay), base_url=RELAY)

    async def zeek_closed(self) -> bool:
        """True when a CKGo customer cannot order: the relay answers every product out of stock."""
        order_id = self.zeek.create_order()
        sender = CallbackSender(self.zeek, self.relay_http())
        try:
            for callback in self.zeek.take_callbacks():
                await sender.send(callback)
        finally:
            await sender.aclose()
        return order_id not in sender.delivered

    async def closed(self) -> dict[str, bool]:
        """Which platform reports the store closed (Keeta: every merchant id; GoFood: force-closed)."""
        keeta = {self.keeta.state.merchant_status(m) for m in self.keeta.credentials.merchant_ids}
        return {"keeta": keeta == {"UNAVAILABLE"}, "gofood": self.gofood.force_closed,
                "zeek": await self.zeek_closed()}


@pytest.fixture
def platforms(clock: FakeClock, tmp_path: Path) -> Iterator[Platforms]:
    """Keeta OD, GoFood and Zeek (through a relay tenant) simulated on `clock`."""
    keeta = SimulatorServer(SimConfig(seed=15, rate_limit_per_window=1000, order_rate_per_min=0), clock=clock,
                            tick_interval=0.02)
    keeta.start()
    zeek = ZeekSimState(ZeekConfig(seed=15), clock)
    store = open_store(tmp_path / "relay.db")
    token = create_tenant(store, "shop", now=datetime.now(UTC), secrets_by_platform={
        RELAY_PLATFORM: PlatformSecret(zeek.config.callback_secret, None, {PATH_SECRET: ZEEK_PATH})})
    zeek.callback_url = f"{RELAY}/hooks/zeek/shop/{ZEEK_PATH}"
    gofood = GoFoodSimState(GoFoodConfig(seed=15, webhook_url=f"{RELAY}/hooks/gofood/t"), clock)
    yield Platforms(keeta, gofood, zeek, relay_app(store, clock=clock), store, token)
    keeta.stop()
    store.close()


def adapters(sims: Platforms, clock: FakeClock, *, gofood_outlet: str = "") -> list[PlatformAdapter]:
    """Keeta OD, GoFood (its outlet: `gofood_outlet`, default the simulator's) and Zeek, as the launcher builds them."""
    c = sims.keeta.credentials
    g = sims.gofood.config
    gobiz = GoBizClient(httpx.AsyncClient(transport=httpx.ASGITransport(app=gofood_app(sims.gofood))),
                        "http://gobiz.test", "http://gobiz.test", g.client_id, g.client_secret,
                        gofood_outlet or g.outlet_id, clock)
    gofood = GoFoodAdapter(gobiz, RelayClient(httpx.AsyncClient(), RELAY, "unused", Platform.GOFOOD), clock)
    zeek = ZeekAdapter(ZeekClient(httpx.AsyncClient(), "http://zeek.test", sims.zeek.config.client_id,
                                  sims.zeek.config.client_secret, clock),
                       RelayClient(sims.relay_http(), RELAY, sims.relay_token, RELAY_PLATFORM, clock), clock)
    return [keeta_adapter(sims.keeta.base_url, c.client_id, c.client_secret, c.merchant_ids, clock), gofood, zeek]


def start_kds(path: Path, sims: Platforms, clock: FakeClock, sounds: SoundBoard, *,
              settings: Settings | None = None, gofood_outlet: str = "") -> tuple[MainWindow, Engine]:
    """KDS as the launcher starts it: a store, an engine over the platforms, the window (not ticking)."""
    engine = Engine(Database(path), adapters(sims, clock, gofood_outlet=gofood_outlet), clock,
                    EngineSettings(undo_seconds=0, station_name="Counter"))
    station = StationContext(settings=settings or Settings(), path=path.with_name("settings.json"))
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False, station=station)
    window.resize(1600, 1000)
    window.show()
    return window, engine


async def stop_kds(window: MainWindow, engine: Engine) -> None:
    """Stop the engine, close the store and let Qt delete the window."""
    await engine.stop()
    engine.db.close()
    retire(window)
