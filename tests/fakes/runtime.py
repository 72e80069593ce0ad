"""A runtime we own for window tests: an engine and a clock, and a record of what was closed."""

from __future__ import annotations

from dataclasses import dataclass, field

from kds.clock import FakeClock
from kds.services.engine import Engine


@dataclass
class FakeRuntime:
    """Stands for `kds.runtime.Runtime`: starts and stops the engine, without printers or simulators."""

    engine: Engine
    clock: FakeClock
    simulator: object = None
    time_scale: float = 1.0
    problems: list[object] = field(default_factory=list)
    printing: object = None
    closed: list[bool] = field(default_factory=list)

    async def start(self) -> None:
        """Start the engine."""
        self.engine.start()

    async def stop(self) -> None:
        """Stop the engine."""
        await self.engine.stop()

    def close(self) -> None:
        """Note the close."""
        self.closed.append(True)
