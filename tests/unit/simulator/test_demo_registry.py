"""The simulator registry: every simulator package registers its demo, and `kds --demo` runs what it lists.

A simulator package without an entry, an entry for a platform without a spec, or a demo that does
not hand back what its platform's adapter needs, fails here.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest

import kds.simulator
from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms import registry as platforms
from kds.platforms.base import PlatformAdapter
from kds.platforms.registry import POLICIES
from kds.platforms.spec import AdapterInputs, Field, PlatformSpec
from kds.simulator import cli
from kds.simulator import registry as simulators
from kds.simulator.spec import DemoOptions, OrderPace, RunningDemo, SimulatorDemo
from kds.startup import demo as startup_demo
from kds.startup import runtime as startup_runtime
from kds.startup.options import parse


def simulator_packages() -> set[str]:
    """The subpackages of kds.simulator (one per simulated platform)."""
    return {m.name for m in pkgutil.iter_modules(kds.simulator.__path__) if m.ispkg}


def test_every_simulator_package_is_registered_from_its_own_package() -> None:
    assert simulator_packages() == {p.value for p in simulators.DEMOS}
    for platform, demo in simulators.DEMOS.items():
        assert demo.platform is platform
        assert importlib.import_module(f"kds.simulator.{platform.value}.demo").DEMO is demo
        assert platform in platforms.SPECS, f"{platform.value} is simulated but has no platform spec"


def test_kds_simulator_serves_a_registered_simulator() -> None:
    assert any(demo.command is simulators.COMMAND for demo in simulators.DEMOS.values())
    assert cli.build_parser().description == simulators.COMMAND.description


@pytest.mark.parametrize("platform", list(simulators.DEMOS))
def test_a_demo_hands_back_what_its_platforms_adapter_needs(platform: Platform) -> None:
    spec = platforms.SPECS[platform]
    running = simulators.DEMOS[platform].start(DemoOptions(time_scale=10.0, seed=3))
    adapter: PlatformAdapter | None = None
    try:
        assert running.platform is platform and running.handle is not None
        assert running.banner and all(line.strip() for line in running.banner)
        names = {f.name for f in spec.fields}
        required = {f.name for f in spec.fields if f.required}
        assert required <= set(running.values) <= names, f"{platform.value}: {sorted(running.values)}"
        adapter = spec.build(AdapterInputs(running.values, FakeClock(), spec.policy.scaled(10.0),
                                           relay_wait=running.relay_wait))
        assert adapter.platform is platform
    finally:
        running.stop()


class Built:
    """What the test factory returns: the inputs it was given."""

    def __init__(self, inputs: AdapterInputs) -> None:
        self.inputs = inputs
        self.platform = inputs.policy.platform


def fake_demo(platform: Platform, stopped: list[Platform], seen: list[DemoOptions]) -> SimulatorDemo:
    def start(options: DemoOptions) -> RunningDemo:
        seen.append(options)
        return RunningDemo(platform, handle=f"{platform.value}-server", values={"base_url": f"http://{platform.value}"},
                           stop=lambda: stopped.append(platform), banner=(f"{platform.value} here",), relay_wait=2.0)

    return SimulatorDemo(platform, start)


def fake_spec(platform: Platform, arrival: Any) -> PlatformSpec:
    build: Callable[[AdapterInputs], Any] = Built
    return PlatformSpec(platform, platform.value, POLICIES[platform], arrival,
                        (Field("base_url", "address", env=f"KDS_{platform.value.upper()}_BASE_URL"),), build=build)


def test_kds_demo_starts_every_registered_simulator_and_builds_through_the_specs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    stopped: list[Platform] = []
    seen: list[DemoOptions] = []
    monkeypatch.setattr(platforms, "SPECS", {Platform.GOFOOD: fake_spec(Platform.GOFOOD, "relay"),
                                             Platform.ZEEK: fake_spec(Platform.ZEEK, "direct")})
    monkeypatch.setattr(simulators, "DEMOS", {p: fake_demo(p, stopped, seen) for p in (Platform.GOFOOD, Platform.ZEEK)})
    args: argparse.Namespace = parse(["--demo", "--demo-rate", "6", "--demo-seed", "5"])
    closers: list[Callable[[], None]] = []
    clock = FakeClock()
    started = startup_demo.start_demo_platforms(args, clock, 3.0, closers)
    assert [a.platform for a in started.adapters] == [Platform.GOFOOD, Platform.ZEEK]
    engine_settings = startup_runtime._settings(args, 3.0, [a.platform for a in started.adapters])
    assert set(engine_settings.poller_for) == {Platform.GOFOOD}  # the relay-fed one is long-polled
    assert started.handles == {"gofood": "gofood-server", "zeek": "zeek-server"}
    assert started.simulator == "zeek-server"  # the first one polled directly
    assert started.banner == ["gofood here", "zeek here"]
    assert [(o.time_scale, o.seed, o.first_orders, o.clock) for o in seen] == [(3.0, 5, True, clock)] * 2
    # --demo-rate is per real minute and shared: an order every 10 s, the simulators taking turns.
    jitter = 10.0 * startup_demo.DEMO_JITTER
    assert [o.pace for o in seen] == [OrderPace(clock.now(), 10.0, jitter, turn, 2) for turn in (0, 1)]
    for adapter in started.adapters:
        platform = adapter.platform
        assert isinstance(adapter, Built)
        assert dict(adapter.inputs.values) == {"base_url": f"http://{platform.value}"}
        assert adapter.inputs.policy == POLICIES[platform].scaled(3.0) and adapter.inputs.relay_wait == 2.0
    for close in reversed(closers):
        close()
    assert stopped == [Platform.ZEEK, Platform.GOFOOD]
