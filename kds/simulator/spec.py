"""What a platform's simulator offers the rest of KDS: its demo, and optionally the `kds simulator` command.

Each simulator package (`kds.simulator.<name>`) defines one `SimulatorDemo` in its `demo` module and
`kds.simulator.registry` lists them. `kds --demo` starts every registered demo with the same
`DemoOptions` and builds each platform's adapter from the values its `RunningDemo` hands back,
through the platform's own spec (`kds.platforms.spec.PlatformSpec.build`), so the runtime names no
platform.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from kds.domain.order import Platform


@dataclass(frozen=True, slots=True)
class DemoOptions:
    """How `kds --demo` runs every simulator.

    Attributes:
        time_scale: how much faster platform time runs.
        order_rate_per_min: this simulator's share of the new orders, per platform minute.
        faults: probability of injected faults (0: none; a simulator may inject none at all).
        seed: the random seed (None: a fresh one).
        first_orders: place a few orders at once, so that a training session does not start empty.
    """

    time_scale: float
    order_rate_per_min: float
    faults: float = 0.0
    seed: int | None = None
    first_orders: bool = False


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
