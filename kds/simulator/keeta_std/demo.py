"""The Keeta Standard demo stack: this simulator pushing its webhooks through a real relay.

`start_demo` starts, in this order, a relay (`kds.relay.server.RelayServer` on 127.0.0.1 with a
SQLite file and one tenant whose Keeta secret and appId are the simulator's), then the simulator,
pointed at the tenant's webhook URL. The app then needs only what `KeetaStdDemo` holds: the relay
URL and the tenant token to read events, and the simulator's API URL and credentials to act::

    demo = start_demo(SimConfig(time_scale=10, order_rate_per_min=1.5, refund_request_rate=0.2))
    adapter = create_adapter(demo.relay_url, demo.tenant_token, demo.api_url, **demo.credentials_kwargs(),
                             clock=clock, policy=POLICIES[Platform.KEETA_STD].scaled(10))
    ...
    demo.stop()

The relay module is imported here and nowhere else in the simulator, so the simulator alone does
not need the relay's dependencies beyond FastAPI.

The app acknowledges events to the relay, not to Keeta, so the simulator alone cannot tell whether
an order's events were acknowledged before its details were read. The demo can: its relay's store
notes every acknowledgment with whether the simulator had answered the order's details truly by
then (`KeetaStdDemo.acks`, `acks_before_read`).
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kds.clock import Clock, SystemClock
from kds.domain.order import Platform
from kds.simulator.keeta_std.config import Credentials, SimConfig, hook_url
from kds.simulator.keeta_std.server import SimulatorServer
from kds.simulator.keeta_std.state import KeetaStdSimState
from kds.simulator.spec import DemoOptions, RunningDemo, SimulatorDemo

DEMO_TENANT = "keeta-demo"

DEMO_RELAY_WAIT = 5.0
"""Seconds the demo's adapter holds a relay poll open: shorter than a real station's, so the demo stops quickly."""


@dataclass(frozen=True, slots=True)
class RelayAck:
    """One event the app acknowledged to the relay.

    When (the relay's clock), the relay's event id, the order, and whether the order's details had been
    answered truly by the simulator by then.
    """

    at: datetime
    event_id: str
    order_id: str
    read: bool


class AckWatch:
    """The relay's store as the relay uses it, noting each acknowledgment of one of the simulator's events.

    Every other call goes straight to the store.
    """

    def __init__(self, store: Any, platform: str) -> None:
        """Watch `store` (a `RelayStore`) for events of `platform`; `state` is set once the simulator runs."""
        self._store = store
        self._platform = platform
        self._lock = threading.Lock()
        self.state: KeetaStdSimState | None = None
        self.notes: list[RelayAck] = []  # read with `taken()`

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def acknowledge(self, tenant: str, event_ids: Sequence[str], now: datetime) -> int:
        """Note, then do, the acknowledgment (noted first: the order's reading cannot be later than this)."""
        from kds.relay.store import event_id_for

        state = self.state
        if state is not None:
            hooks = {event_id_for(tenant, self._platform, h.message_id): h.order_id for h in state.webhooks()}
            notes = [RelayAck(now, event_id, hooks[event_id], state.read_at(hooks[event_id]) is not None)
                     for event_id in event_ids if event_id in hooks]
            with self._lock:
                self.notes.extend(notes)
        count: int = self._store.acknowledge(tenant, event_ids, now)
        return count

    def taken(self) -> list[RelayAck]:
        """Every acknowledgment noted so far, oldest first."""
        with self._lock:
            return list(self.notes)


@dataclass
class KeetaStdDemo:
    """A running relay + simulator pair and what the app needs to use them."""

    relay: Any  # kds.relay.server.RelayServer
    store: Any  # kds.relay.store.RelayStore
    sim: SimulatorServer
    tenant: str
    tenant_token: str = field(repr=False)
    relay_url: str
    api_url: str
    _tmp: Path | None = None
    watch: AckWatch | None = None

    def acks(self, order_id: str | None = None) -> list[RelayAck]:
        """The simulator's events the app acknowledged to the relay, oldest first (of one order)."""
        notes = self.watch.taken() if self.watch is not None else []
        return [n for n in notes if order_id is None or n.order_id == order_id]

    def acks_before_read(self) -> list[tuple[datetime, str]]:
        """Acknowledgments of events whose order's details the simulator had not answered truly yet.

        Each as (when, order id). An order given up on as unreadable is acknowledged so, after its deadline.
        """
        return [(n.at, n.order_id) for n in self.acks() if not n.read]

    @property
    def credentials(self) -> Credentials:
        """The simulator's app id and secret, merchant token and shops."""
        return self.sim.credentials

    def credentials_kwargs(self) -> dict[str, Any]:
        """`app_id`, `app_secret` and `access_token` as `create_adapter` takes them."""
        c = self.credentials
        return {"app_id": c.app_id, "app_secret": c.app_secret, "access_token": c.access_token}

    def stop(self) -> None:
        """Stop the simulator, then the relay; remove the temporary relay database if one was made."""
        self.sim.stop()
        self.relay.stop()
        self.store.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)


def start_demo(config: SimConfig | None = None, *, relay_db: str | Path | None = None, tenant: str = DEMO_TENANT,
               clock: Clock | None = None, tick_interval: float = 0.05) -> KeetaStdDemo:
    """Start a relay (temporary SQLite unless `relay_db` is given) and the simulator feeding it.

    With an existing `relay_db` the tenant is reused and given a fresh token (tokens are shown once).
    """
    from kds.relay.hooks import KEETA_STD
    from kds.relay.server import RelayServer
    from kds.relay.store import PlatformSecret, TenantExistsError, open_store
    from kds.relay.tenants import create_tenant, rotate_token

    config = config or SimConfig()
    tmp = Path(tempfile.mkdtemp(prefix="kds-keeta-demo-")) if relay_db is None else None
    store = open_store(tmp / "relay.sqlite3" if tmp is not None else relay_db)
    secret = PlatformSecret(config.app_secret, str(config.app_id))
    try:
        token = create_tenant(store, tenant, now=(clock or SystemClock()).now(),
                              secrets_by_platform={KEETA_STD: secret})
    except TenantExistsError:
        store.set_secret(tenant, KEETA_STD, secret)
        token = rotate_token(store, tenant)
    watch = AckWatch(store, KEETA_STD)
    relay = RelayServer(watch)
    try:
        relay_url = relay.start()
        sim = SimulatorServer(config, clock=clock, tick_interval=tick_interval)
        api_url = sim.start()
    except BaseException:
        relay.stop()
        store.close()
        raise
    watch.state = sim.state
    sim.set_webhook_url(hook_url(relay_url, tenant))
    return KeetaStdDemo(relay, store, sim, tenant, token, relay_url, api_url, tmp, watch)


def start_app_demo(options: DemoOptions) -> RunningDemo:
    """The stack of `kds --demo`: relay and simulator, and the first order if asked (no injected faults)."""
    demo = start_demo(SimConfig(time_scale=options.time_scale, seed=options.seed, order_pace=options.pace,
                                first_refund_after=options.first_refund_after, refund_request_rate=0.25,
                                closed_after_timeout=60.0), clock=options.clock)
    try:
        if options.first_orders:
            demo.sim.state.create_order("pickup")
        c = demo.credentials
        return RunningDemo(
            platform=Platform.KEETA_STD, handle=demo, stop=demo.stop,
            values={"relay_url": demo.relay_url, "tenant_token": demo.tenant_token, "base_url": demo.api_url,
                    "app_id": str(c.app_id), "app_secret": c.app_secret, "access_token": c.access_token},
            banner=(f"Keeta Standard simulator at {demo.api_url}, through the relay at {demo.relay_url}",),
            relay_wait=DEMO_RELAY_WAIT)
    except BaseException:
        demo.stop()
        raise


DEMO = SimulatorDemo(platform=Platform.KEETA_STD, start=start_app_demo)
"""This simulator's entry in `kds.simulator.registry` (it feeds a relay, so `kds simulator` does not serve it)."""
