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
    simulator: Any = None
    closers: list[Any] = field(default_factory=list)

    def close(self) -> None:
        """Stop the simulator and close the database (after `engine.stop()`)."""
        if self.simulator is not None:
            self.simulator.stop()
        self.db.close()


class ConfigError(Exception):
    """The options do not describe a runnable setup; the message says what to fix."""


def start_runtime(args: argparse.Namespace, clock: Clock | None = None) -> Runtime:
    """Open the store, start the demo simulator if asked, and build the engine (not started)."""
    clock = clock or SystemClock()
    scale = args.time_scale or 1.0
    simulator = None
    if args.demo:
        from kds.simulator.keeta_od import Faults, SimConfig, SimulatorServer

        scale = args.time_scale or DEMO_TIME_SCALE
        config = SimConfig(
            time_scale=scale, seed=args.demo_seed,
            order_rate_per_min=args.demo_rate / scale,  # the simulator counts in platform minutes
            customer_cancel_rate=0.05, refund_request_rate=0.15,
            # A demo store is never "closed" for long after a missed order: the show must go on.
            closed_after_timeout=60.0,
            faults=Faults.uniform(args.demo_faults, hang_seconds=15.0) if args.demo_faults else Faults(),
        )
        simulator = SimulatorServer(config)
        base_url = simulator.start()
        client_id, client_secret = simulator.credentials.client_id, simulator.credentials.client_secret
        merchants = list(simulator.credentials.merchant_ids)
    else:
        base_url = args.base_url or os.environ.get("KDS_KEETA_BASE_URL", "")
        client_id = os.environ.get("KDS_KEETA_CLIENT_ID", "")
        client_secret = os.environ.get("KDS_KEETA_CLIENT_SECRET", "")
        merchants = list(args.merchant) or [m for m in os.environ.get("KDS_KEETA_MERCHANTS", "").split(",") if m]
        missing = [name for name, value in (("--base-url", base_url), ("KDS_KEETA_CLIENT_ID", client_id),
                                            ("KDS_KEETA_CLIENT_SECRET", client_secret), ("--merchant", merchants))
                   if not value]
        if missing:
            raise ConfigError("missing " + ", ".join(missing) + " (or use --demo to try the built-in simulator)")

    from kds.platforms.keeta_od.adapter import create_adapter

    policy = POLICIES[Platform.KEETA_OD].scaled(scale)
    adapter = create_adapter(base_url, client_id, client_secret, merchants, clock, policy=policy)
    interval = args.poll_interval if args.poll_interval is not None else 30.0 / scale
    settings = EngineSettings(
        poller=PollerSettings(interval=interval, auth_retry=max(interval, 60.0 / scale)),
        poll_limit=PollLimit(requests=2, window=60.0 / scale),
        auto_accept=frozenset({Platform.KEETA_OD}) if args.auto_accept else frozenset(),
        undo_seconds=5.0,
    )
    db = Database(data_dir(args.data_dir) / "kds.sqlite3")
    engine = Engine(db, [adapter], clock, settings)
    return Runtime(db=db, engine=engine, clock=clock, time_scale=scale, simulator=simulator)


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse `kds` options."""
    return build_parser().parse_args(list(argv))
