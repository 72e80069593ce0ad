"""The GoFood demo stack: this simulator pushing its notifications through a real relay.

`start_demo` starts a relay (`kds.relay.server.RelayServer` on 127.0.0.1, SQLite, one tenant whose
GoFood notification secret is the simulator's), then the simulator pointed at the tenant's GoFood
URL. The app needs only what `GoFoodDemo` holds: the relay URL and tenant token to read events,
and the simulator's URL (API and sign-in) and credentials to act. The relay is imported here and
nowhere else in the simulator.

`kds --demo` serves two outlets behind the one tenant: the first in the acceptance mode of
`KDS_GOFOOD_MODE` (manual when unset), the second in auto-accept on timeout (manual when the first
is), and configures the app the same way (`outlet_modes`). The first order is the first outlet's,
the next generated one the second's (they take turns), so both countdowns show: "accept within"
(manual: GoFood rejects at 0:00) and "accepted automatically in" (GoFood accepts at 0:00).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kds.clock import Clock, SystemClock
from kds.domain.order import Platform
from kds.platforms.gofood.policy import AcceptanceMode, acceptance_mode
from kds.simulator.gofood.config import DEMO_SECOND_OUTLET_ID, Credentials, SimConfig, hook_url
from kds.simulator.gofood.server import SimulatorServer
from kds.simulator.spec import DemoOptions, RunningDemo, SimulatorDemo

DEMO_TENANT = "gofood-demo"
DEMO_RELAY_WAIT = 5.0
"""Seconds the demo's adapter holds a relay poll open (short, so the demo stops quickly)."""


@dataclass
class GoFoodDemo:
    """A running relay + simulator pair and what the app needs to use them."""

    relay: Any  # kds.relay.server.RelayServer
    store: Any  # kds.relay.records.RelayStore
    sim: SimulatorServer
    tenant: str
    tenant_token: str = field(repr=False)
    relay_url: str
    api_url: str
    _tmp: Path | None = None

    @property
    def credentials(self) -> Credentials:
        """The GoBiz app, the outlet and the notification secret."""
        return self.sim.credentials

    def values(self) -> dict[str, str | tuple[str, ...]]:
        """The GoFood settings values that reach this stack (`AdapterInputs.values`)."""
        c, config = self.credentials, self.sim.config
        return {"relay_url": self.relay_url, "tenant_token": self.tenant_token, "base_url": self.api_url,
                "auth_url": self.api_url, "merchant_ids": config.outlet_ids, "client_id": c.client_id,
                "client_secret": c.client_secret, "acceptance_mode": config.mode.value,
                "outlet_modes": ",".join(f"{outlet}={mode.value}" for outlet, mode in config.other_outlets)}

    def stop(self) -> None:
        """Stop the simulator, then the relay; remove the temporary relay database if one was made."""
        self.sim.stop()
        self.relay.stop()
        self.store.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)


def start_demo(config: SimConfig | None = None, *, relay_db: str | Path | None = None, tenant: str = DEMO_TENANT,
               clock: Clock | None = None, tick_interval: float = 0.05) -> GoFoodDemo:
    """Start a relay (temporary SQLite unless `relay_db` is given) and the simulator feeding it."""
    from kds.relay.hooks import GOFOOD
    from kds.relay.server import RelayServer
    from kds.relay.store import PlatformSecret, TenantExistsError, open_store
    from kds.relay.tenants import create_tenant, rotate_token

    config = config or SimConfig()
    tmp = Path(tempfile.mkdtemp(prefix="kds-gofood-demo-")) if relay_db is None else None
    store = open_store(tmp / "relay.sqlite3" if tmp is not None else relay_db)
    secret = PlatformSecret(config.notification_secret)
    try:
        token = create_tenant(store, tenant, now=(clock or SystemClock()).now(), secrets_by_platform={GOFOOD: secret})
    except TenantExistsError:
        store.set_secret(tenant, GOFOOD, secret)
        token = rotate_token(store, tenant)
    relay = RelayServer(store)
    try:
        relay_url = relay.start()
        sim = SimulatorServer(config, clock=clock, tick_interval=tick_interval)
        api_url = sim.start()
    except BaseException:
        relay.stop()
        store.close()
        raise
    sim.set_webhook_url(hook_url(relay_url, tenant))
    return GoFoodDemo(relay, store, sim, tenant, token, relay_url, api_url, tmp)


def start_app_demo(options: DemoOptions) -> RunningDemo:
    """The stack of `kds --demo`: relay and simulator, the first order if asked (no injected faults)."""
    mode = acceptance_mode(os.environ.get("KDS_GOFOOD_MODE", ""))
    second = AcceptanceMode.MANUAL if mode is AcceptanceMode.AUTO_ON_TIMEOUT else AcceptanceMode.AUTO_ON_TIMEOUT
    # GoFood has no refund requests: `first_refund_after` does not apply.
    demo = start_demo(SimConfig(time_scale=options.time_scale, seed=options.seed, mode=mode, order_pace=options.pace,
                                other_outlets=((DEMO_SECOND_OUTLET_ID, second),), customer_cancel_rate=0.1),
                      clock=options.clock)
    try:
        if options.first_orders:  # the manual outlet's; the next order is the other outlet's (they take turns)
            demo.sim.state.create_order("delivery", items=["Nasi goreng spesial", "Es teh manis"])
        return RunningDemo(platform=Platform.GOFOOD, handle=demo, stop=demo.stop, values=demo.values(),
                           banner=(f"GoFood simulator ({mode.value}; {DEMO_SECOND_OUTLET_ID}: {second.value}) at "
                                   f"{demo.api_url}, through the relay at {demo.relay_url}",),
                           relay_wait=DEMO_RELAY_WAIT)
    except BaseException:
        demo.stop()
        raise


DEMO = SimulatorDemo(platform=Platform.GOFOOD, start=start_app_demo)
"""This simulator's entry in `kds.simulator.registry` (it feeds a relay, so `kds simulator` does not serve it)."""
