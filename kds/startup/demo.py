"""`kds --demo`: every registered simulator started, and each platform's adapter built against it.

The simulators come from `kds.simulator.registry`; each hands back the values its platform's spec
builds the adapter from (`kds.platforms.spec.PlatformSpec.build`), so nothing here names a platform.
The demo prints into a file instead of a printer.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from kds.clock import Clock
from kds.platforms.base import PlatformAdapter
from kds.platforms.registry import spec_for
from kds.platforms.spec import AdapterInputs
from kds.startup.options import data_dir

if TYPE_CHECKING:
    from kds.printing.config import PrintSettings

DEMO_JITTER = 1 / 6
"""How far an order may come before or after its turn, as a share of the gap: gaps of 20-40 s at 30 s."""

DEMO_FIRST_REFUND_AFTER = 90.0
"""Platform seconds after the first confirmation (of each simulator) at which its customer asks for a refund.

At the demo's time scale that is under a minute: a newcomer meets a refund request in the first minutes.
"""


@dataclass
class DemoPlatforms:
    """The started demos and the adapters built against them.

    Attributes:
        adapters: one per simulator, in the registry's order.
        handles: each running simulator (and relay), by platform value (`Runtime.demo`).
        simulator: the first directly polled simulator (`Runtime.simulator`), if any.
        banner: what the headless demo prints about them, one line each (after `demo: `).
    """

    adapters: list[PlatformAdapter] = field(default_factory=list)
    handles: dict[str, Any] = field(default_factory=dict)
    simulator: Any = None
    banner: list[str] = field(default_factory=list)


def start_demo_platforms(args: argparse.Namespace, clock: Clock, scale: float,
                         closers: list[Callable[[], None]]) -> DemoPlatforms:
    """Start every registered simulator and build its platform's adapter.

    Each stop lands in `closers` as soon as its simulator runs, so a later failure still stops it.

    Args:
        args: the `kds` options (`--demo-rate`, `--demo-faults`, `--demo-seed`).
        clock: the injected clock.
        scale: how much faster platform time runs.
        closers: what the runtime stops when it closes.
    """
    from kds.simulator.registry import DEMOS
    from kds.simulator.spec import DemoOptions, OrderPace

    # --demo-rate is per real minute, shared by all the simulators: they take turns. A rate of 2
    # brings an order every 20-40 s.
    pace = None
    if args.demo_rate > 0:
        every = 60.0 / args.demo_rate
        pace = OrderPace(start=clock.now(), every=every, jitter=every * DEMO_JITTER, turns=max(len(DEMOS), 1))
    options = DemoOptions(time_scale=scale, faults=args.demo_faults, seed=args.demo_seed,
                          first_orders=args.demo_rate > 0, clock=clock, first_refund_after=DEMO_FIRST_REFUND_AFTER)
    started = DemoPlatforms()
    for turn, (platform, demo) in enumerate(DEMOS.items()):
        running = demo.start(replace(options, pace=replace(pace, turn=turn) if pace is not None else None))
        closers.append(running.stop)
        started.handles[platform.value] = running.handle
        started.banner.extend(running.banner)
        spec = spec_for(platform)
        started.adapters.append(spec.build(AdapterInputs(running.values, clock, spec.policy.scaled(scale),
                                                         relay_wait=running.relay_wait)))
        if spec.arrival != "relay" and started.simulator is None:
            started.simulator = running.handle
    return started


def demo_printers(args: argparse.Namespace) -> PrintSettings:
    """The demo prints kitchen tickets and slips into a file in the data directory (`kds print --decode` reads it)."""
    from kds.printing.config import PrinterConfig, PrintSettings

    path = data_dir(args.data_dir) / "demo-kitchen-printer.bin"
    return PrintSettings(printers=(PrinterConfig(name="Kitchen (demo file)", target=f"file:{path}"),))
