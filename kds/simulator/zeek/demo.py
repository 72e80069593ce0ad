"""The Zeek demo stack: the simulated CKGo handing Circle K orders over through a real relay.

`start_demo` starts a relay (`kds.relay.server.RelayServer` on 127.0.0.1 with a temporary SQLite
file and one tenant whose Zeek secret, signature settings and path secret are the simulator's),
then the simulator, pointed at the tenant's callback base URL. The app then needs the relay URL
and tenant token to read orders, and the simulator's API address and client credentials to
Collect.
"""

from __future__ import annotations

import secrets
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kds.clock import Clock, SystemClock
from kds.domain.order import Platform
from kds.simulator.spec import DemoOptions, RunningDemo, SimulatorDemo
from kds.simulator.zeek.server import SimulatorServer
from kds.simulator.zeek.state import SimConfig

DEMO_TENANT = "zeek-demo"
DEMO_RELAY_WAIT = 5.0
"""Seconds the demo's adapter holds a relay poll open: short, so the demo stops quickly."""


@dataclass
class ZeekDemo:
    """A running relay + simulator pair and what the app needs to use them."""

    relay: Any  # kds.relay.server.RelayServer
    store: Any  # kds.relay.store.RelayStore
    sim: SimulatorServer
    tenant: str
    tenant_token: str = field(repr=False)
    relay_url: str
    api_url: str
    callback_url: str = field(repr=False)
    _tmp: Path | None = None

    @property
    def config(self) -> SimConfig:
        """The simulator's configuration (client credentials, callback secret...)."""
        return self.sim.state.config

    def values(self) -> dict[str, str]:
        """The Zeek fields' values for the app's adapter factory."""
        c = self.config
        return {"relay_url": self.relay_url, "tenant_token": self.tenant_token, "base_url": self.api_url,
                "client_id": c.client_id, "client_secret": c.client_secret, "region": c.region}

    def stop(self) -> None:
        """Stop the simulator, then the relay; remove the temporary relay database."""
        self.sim.stop()
        self.relay.stop()
        self.store.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)


def start_demo(config: SimConfig | None = None, *, clock: Clock | None = None,
               tick_interval: float = 0.05) -> ZeekDemo:
    """Start a relay on a temporary SQLite file and the simulator feeding it."""
    from kds.relay.hooks import ZEEK
    from kds.relay.hooks.base import PATH_SECRET
    from kds.relay.hooks.zeek import SIGNATURE_ENCODING, SIGNATURE_HEADER
    from kds.relay.server import RelayServer
    from kds.relay.store import PlatformSecret, open_store
    from kds.relay.tenants import create_tenant

    config = config or SimConfig()
    tmp = Path(tempfile.mkdtemp(prefix="kds-zeek-demo-"))
    store = open_store(tmp / "relay.sqlite3")
    path_secret = secrets.token_urlsafe(24)
    secret = PlatformSecret(config.callback_secret, None, {
        PATH_SECRET: path_secret, SIGNATURE_HEADER.key: config.signature_header,
        SIGNATURE_ENCODING.key: config.signature_encoding})
    token = create_tenant(store, DEMO_TENANT, now=(clock or SystemClock()).now(), secrets_by_platform={ZEEK: secret})
    relay = RelayServer(store)
    try:
        relay_url = relay.start()
        sim = SimulatorServer(config, clock=clock, tick_interval=tick_interval)
        api_url = sim.start()
    except BaseException:
        relay.stop()
        store.close()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    callback_url = f"{relay_url}/hooks/zeek/{DEMO_TENANT}/{path_secret}"
    sim.set_callback_url(callback_url)
    return ZeekDemo(relay, store, sim, DEMO_TENANT, token, relay_url, api_url, callback_url, tmp)


def start_app_demo(options: DemoOptions) -> RunningDemo:
    """The stack of `kds --demo`: relay and simulator, a realtime and an advanced order if asked."""
    demo = start_demo(SimConfig(time_scale=options.time_scale, seed=options.seed, order_pace=options.pace,
                                faults=min(options.faults, 0.2)), clock=options.clock)
    try:
        if options.first_orders:
            demo.sim.state.create_order("realtime")
            demo.sim.state.create_order("advanced")
        return RunningDemo(platform=Platform.ZEEK, handle=demo, stop=demo.stop, values=demo.values(),
                           banner=(f"Zeek (CKGo) simulator at {demo.api_url}, through the relay at {demo.relay_url}",),
                           relay_wait=DEMO_RELAY_WAIT)
    except BaseException:
        demo.stop()
        raise


DEMO = SimulatorDemo(platform=Platform.ZEEK, start=start_app_demo)
"""This simulator's entry in `kds.simulator.registry` (it feeds a relay, so `kds simulator` does not serve it)."""
