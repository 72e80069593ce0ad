"""Command-line options and the wiring of one running KDS (store, adapters, engine, demo simulator).

Shared by the headless engine and the desktop app; `kds.app` decides which front end runs.
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from kds.clock import Clock, SystemClock
from kds.domain.actions import POLICIES
from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.poller import PollerSettings
from kds.store.db import Database

log = logging.getLogger(__name__)

APP_NAME = "kds"
DEMO_TIME_SCALE = 10.0


def data_dir(override: str | None = None) -> Path:
    """Where the store lives: `--data-dir`, else the platform's user data dir."""
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def build_parser() -> argparse.ArgumentParser:
    """The options of `kds` (the app and the headless engine)."""
    p = argparse.ArgumentParser(prog="kds", description="Kitchen display and order desk.")
    p.add_argument("--headless", action="store_true", help="run the engine without a window; one line per change")
    p.add_argument("--demo", action="store_true", help="run against the built-in platform simulator")
    p.add_argument("--base-url", help="Keeta Open Delivery base URL")
    p.add_argument("--merchant", action="append", default=[], help="merchant id to poll (repeatable)")
    p.add_argument("--poll-interval", type=float, default=None, help="seconds between polls (default 30)")
    p.add_argument("--auto-accept", action="store_true", help="confirm new orders automatically")
    p.add_argument("--run-for", type=float, default=None, help="exit 0 after this many seconds")
    p.add_argument("--data-dir", default=None, help="directory of the order database")
    p.add_argument("--time-scale", type=float, default=None,
                   help=f"how much faster platform time runs: deadlines and rate limits shrink by it "
                        f"(training and tests; default 1, or {DEMO_TIME_SCALE:g} with --demo)")
    p.add_argument("--demo-rate", type=float, default=3.0, help="demo only: new orders per minute")
    p.add_argument("--demo-faults", type=float, default=0.0, help="demo only: probability of injected faults")
    p.add_argument("--demo-seed", type=int, default=None, help="demo only: random seed of the simulator")
    p.add_argument("--screenshot", default=None, help="save a PNG of the main window to FILE, then exit")
    p.add_argument("--kiosk", action="store_true", help="fullscreen kiosk mode")
    p.add_argument("--verbose", "-v", action="store_true", help="log debug messages")
    return p


@dataclass
class Runtime:
    """Everything one running KDS owns. `close()` releases what `start_runtime` opened."""

    db: Database
    engine: Engine
    clock: Clock
    time_scale: float = 1.0
    simulator: Any = None  # the demo's Keeta Open Delivery simulator, when running one
    closers: list[Any] = field(default_factory=list)
    demo: dict[str, Any] = field(default_factory=dict)  # the demo's simulators (and relay), by platform

    def close(self) -> None:
        """Stop the demo platforms and close the database (after `engine.stop()`)."""
        for close in reversed(self.closers):
            try:
                close()
            except Exception:
                log.exception("stopping %r failed", close)
        self.closers.clear()
        self.db.close()


class ConfigError(Exception):
    """The options do not describe a runnable setup; the message says what to fix."""


def start_runtime(args: argparse.Namespace, clock: Clock | None = None) -> Runtime:
    """Open the store, start the demo platforms if asked, and build the engine (not started)."""
    clock = clock or SystemClock()
    scale = args.time_scale or (DEMO_TIME_SCALE if args.demo else 1.0)
    closers: list[Any] = []
    demo: dict[str, Any] = {}
    try:
        if args.demo:
            adapters, settings = _demo_platforms(args, clock, scale, closers, demo)
        else:
            adapters, settings = _configured_platforms(args, clock, scale)
        db = Database(data_dir(args.data_dir) / "kds.sqlite3")
    except BaseException:
        for close in reversed(closers):
            close()
        raise
    engine = Engine(db, adapters, clock, settings)
    return Runtime(db=db, engine=engine, clock=clock, time_scale=scale, closers=closers,
                   simulator=demo.get("keeta_od"), demo=demo)


def _settings(args: argparse.Namespace, scale: float, relay_platforms: frozenset[Platform]) -> EngineSettings:
    interval = args.poll_interval if args.poll_interval is not None else 30.0 / scale
    platforms = {Platform.KEETA_OD} | set(relay_platforms)
    return EngineSettings(
        poller=PollerSettings(interval=interval, auth_retry=max(interval, 60.0 / scale)),
        poll_limit=PollLimit(requests=2, window=60.0 / scale),
        # The relay holds each poll open until an event arrives (long-poll): poll again at once.
        poller_for={p: PollerSettings(interval=0.0, auth_retry=60.0 / scale) for p in relay_platforms},
        poll_limit_for={p: PollLimit(requests=30, window=60.0) for p in relay_platforms},
        auto_accept=frozenset(platforms) if args.auto_accept else frozenset(),
        undo_seconds=5.0,
    )


def _demo_platforms(args: argparse.Namespace, clock: Clock, scale: float, closers: list[Any],
                    demo: dict[str, Any]) -> tuple[list[PlatformAdapter], EngineSettings]:
    """Keeta Open Delivery (simulated, polled directly) and Keeta Standard (simulated, through a relay)."""
    from kds.platforms.keeta_od.adapter import create_adapter as create_od
    from kds.platforms.keeta_std.adapter import create_adapter as create_std
    from kds.simulator.keeta_od import Faults, SimConfig, SimulatorServer
    from kds.simulator.keeta_std import SimConfig as StdConfig
    from kds.simulator.keeta_std.demo import start_demo

    faults = Faults.uniform(args.demo_faults, hang_seconds=15.0) if args.demo_faults else Faults()
    # The simulators count in platform minutes; --demo-rate is per real minute, shared by both.
    rate = args.demo_rate / scale / 2
    od = SimulatorServer(SimConfig(
        time_scale=scale, seed=args.demo_seed, order_rate_per_min=rate, customer_cancel_rate=0.05,
        refund_request_rate=0.15, closed_after_timeout=60.0, faults=faults))
    od.start()
    closers.append(od.stop)
    demo["keeta_od"] = od
    std = start_demo(StdConfig(time_scale=scale, seed=args.demo_seed, order_rate_per_min=rate,
                               refund_request_rate=0.25, closed_after_timeout=60.0))
    closers.append(std.stop)
    demo["keeta_std"] = std
    creds = od.credentials
    adapters: list[PlatformAdapter] = [
        create_od(od.base_url, creds.client_id, creds.client_secret, list(creds.merchant_ids), clock,
                  policy=POLICIES[Platform.KEETA_OD].scaled(scale)),
        create_std(std.relay_url, std.tenant_token, std.api_url, **std.credentials_kwargs(), clock=clock,
                   policy=POLICIES[Platform.KEETA_STD].scaled(scale), wait=5.0),
    ]
    return adapters, _settings(args, scale, frozenset({Platform.KEETA_STD}))


def _configured_platforms(args: argparse.Namespace, clock: Clock,
                          scale: float) -> tuple[list[PlatformAdapter], EngineSettings]:
    """Platforms configured by options and environment (the headless engine's way; the desktop app
    reads its settings and the OS keyring)."""
    env = os.environ
    adapters: list[PlatformAdapter] = []
    relay_platforms: set[Platform] = set()
    base_url = args.base_url or env.get("KDS_KEETA_BASE_URL", "")
    merchants = list(args.merchant) or [m for m in env.get("KDS_KEETA_MERCHANTS", "").split(",") if m]
    if base_url or merchants:
        client_id, client_secret = env.get("KDS_KEETA_CLIENT_ID", ""), env.get("KDS_KEETA_CLIENT_SECRET", "")
        missing = [name for name, value in (("--base-url", base_url), ("KDS_KEETA_CLIENT_ID", client_id),
                                            ("KDS_KEETA_CLIENT_SECRET", client_secret), ("--merchant", merchants))
                   if not value]
        if missing:
            raise ConfigError("Keeta Open Delivery: missing " + ", ".join(missing))
        from kds.platforms.keeta_od.adapter import create_adapter as create_od

        adapters.append(create_od(base_url, client_id, client_secret, merchants, clock,
                                  policy=POLICIES[Platform.KEETA_OD].scaled(scale)))
    std_names = ("KDS_KEETA_STD_RELAY_URL", "KDS_KEETA_STD_TENANT_TOKEN", "KDS_KEETA_STD_API_URL",
                 "KDS_KEETA_STD_APP_ID", "KDS_KEETA_STD_APP_SECRET", "KDS_KEETA_STD_ACCESS_TOKEN")
    if any(env.get(n) for n in std_names):
        missing = [n for n in std_names if not env.get(n)]
        if missing:
            raise ConfigError("Keeta Standard: missing " + ", ".join(missing))
        from kds.platforms.keeta_std.adapter import create_adapter as create_std

        adapters.append(create_std(env[std_names[0]], env[std_names[1]], env[std_names[2]], int(env[std_names[3]]),
                                   env[std_names[4]], env[std_names[5]], clock,
                                   policy=POLICIES[Platform.KEETA_STD].scaled(scale)))
        relay_platforms.add(Platform.KEETA_STD)
    if not adapters:
        raise ConfigError("no platform configured: give --base-url and --merchant (with KDS_KEETA_CLIENT_ID and "
                          "KDS_KEETA_CLIENT_SECRET), or use --demo to try the built-in simulators")
    return adapters, _settings(args, scale, frozenset(relay_platforms))


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse `kds` options."""
    return build_parser().parse_args(list(argv))
