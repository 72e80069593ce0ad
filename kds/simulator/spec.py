"""What a platform's simulator offers the rest of KDS: its demo, and optionally the `kds simulator` command.

Each simulator package (`kds.simulator.<name>`) defines one `SimulatorDemo` in its `demo` module and
`kds.simulator.registry` lists them. `kds --demo` starts every registered demo with the same
`DemoOptions` and builds each platform's adapter from the values its `RunningDemo` hands back,
through the platform's own spec (`kds.platforms.spec.PlatformSpec.build`), so the runtime names no
platform.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from kds.clock import Clock
from kds.domain.order import Platform


@dataclass(frozen=True, slots=True)
class OrderPace:
    """A demo's orders at a steady pace: one every `every` seconds (± `jitter`), the simulators taking turns.

    The arrivals are slots on one timeline from `start`: slot k at `start + (k + 1) * every`, moved by
    up to `jitter` either way, and slot k belongs to the simulator whose `turn` is k modulo `turns`.
    A slot's jitter never carries over to the next one, so the gap between two of the demo's orders
    stays within `every ± 2 * jitter` however long it runs. A random (Poisson) stream would bring two
    orders at once, then none for a minute and a half: hard to follow while learning.

    Attributes:
        start: when the demo started (the simulators' clock).
        every: seconds between two of the demo's orders, all simulators together: real seconds,
            like the clock's (unlike the platform's windows, a pace is not scaled).
        jitter: seconds an arrival may move either way (at most half of `every`).
        turn: which slots are this simulator's.
        turns: how many simulators take turns.
    """

    start: datetime
    every: float
    jitter: float = 0.0
    turn: int = 0
    turns: int = 1

    def __post_init__(self) -> None:
        """Reject a pace whose slots could swap places or that names no turn of its own."""
        if self.every <= 0 or not 0 <= self.jitter <= self.every / 2:
            raise ValueError("every is positive and jitter within [0, every / 2]")
        if not 0 <= self.turn < self.turns:
            raise ValueError("turn is within [0, turns)")

    def arrivals(self, rng: random.Random) -> Iterator[datetime]:
        """This simulator's arrival times, in order, for ever (jitter drawn from `rng`)."""
        slot = self.turn
        while True:
            offset = (slot + 1) * self.every + rng.uniform(-self.jitter, self.jitter)
            yield self.start + timedelta(seconds=offset)
            slot += self.turns


def quoted_minutes(seconds: float, time_scale: float) -> str:
    """A platform window as a platform message quotes it, in the time people wait at this time scale.

    Real Keeta says "5 minutes"; a demo at 2× says "2 min 30 s", which is what the user waited.

    Args:
        seconds: the platform's window in real-world seconds.
        time_scale: how much faster platform time runs.
    """
    scaled = round(seconds / time_scale)
    minutes, rest = divmod(scaled, 60)
    if rest == 0:
        return f"{minutes} minute" if minutes == 1 else f"{minutes} minutes"
    return f"{minutes} min {rest} s" if minutes else f"{rest} seconds"


@dataclass(frozen=True, slots=True)
class DemoOptions:
    """How `kds --demo` runs every simulator.

    Attributes:
        time_scale: how much faster platform time runs.
        pace: when this simulator places the demo's new orders (None: none but the first).
        faults: probability of injected faults (0: none; a simulator may inject none at all).
        seed: the random seed (None: a fresh one).
        first_orders: place an order at once, so that a training session does not start empty.
        clock: the clock the simulator runs on (None: the system clock); the app's, so both agree.
        first_refund_after: platform seconds after the first confirmation at which that order's
            customer asks for a refund, so that a training session meets one early (None: only the
            simulator's random requests).
    """

    time_scale: float
    pace: OrderPace | None = None
    faults: float = 0.0
    seed: int | None = None
    first_orders: bool = False
    clock: Clock | None = None
    first_refund_after: float | None = None


@dataclass(frozen=True, slots=True)
class RunningDemo:
    """One started demo and what the runtime needs of it.

    Attributes:
        platform: the platform it simulates.
        handle: the running simulator (and relay) for tests and the window (`Runtime.demo[platform.value]`).
        values: the platform's field values that reach it (`kds.platforms.spec.AdapterInputs.values`).
            Never in a log line.
        stop: stops everything it started.
        banner: what the headless demo prints about it, one line each (after `demo: `).
        relay_wait: how long the adapter holds a relay poll open (None: its default).
    """

    platform: Platform
    handle: Any
    values: Mapping[str, str | tuple[str, ...]] = field(repr=False)
    stop: Callable[[], None]
    banner: tuple[str, ...]
    relay_wait: float | None = None


class Server(Protocol):
    """A simulator served in a background thread (`kds simulator`)."""

    def start(self) -> object:
        """Start serving; raises OSError when the port is taken."""
        ...

    def stop(self) -> None:
        """Stop serving."""
        ...


@dataclass(frozen=True, slots=True)
class SimulatorCommand:
    """The platform-specific parts of `kds simulator` (`kds.simulator.cli` adds `--port` and `--verbose`).

    Attributes:
        description: the command's description in `--help`.
        add_arguments: adds the simulator's own options.
        config: the simulator's configuration from the parsed options (ValueError: an invalid one).
        server: a server for a configuration, a port and a uvicorn log level (not started).
        banner: what to print once it listens: where it is and what to paste into the app.
    """

    description: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    config: Callable[[argparse.Namespace], Any]
    server: Callable[[Any, int, str], Server]
    banner: Callable[[Any], str]


@dataclass(frozen=True, slots=True)
class SimulatorDemo:
    """One simulator as the registry lists it.

    Attributes:
        platform: the platform it simulates (a registered `kds.platforms.registry` platform).
        start: starts its demo (relay-fed platforms: the relay and the webhook sender too).
        command: what `kds simulator` serves of it, if it can run alone.
    """

    platform: Platform
    start: Callable[[DemoOptions], RunningDemo]
    command: SimulatorCommand | None = None
