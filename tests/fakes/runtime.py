"""A runtime we own for window tests: an engine, a clock, maybe a print queue, and a record of what was closed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kds.clock import FakeClock
from kds.services.engine import Engine


@dataclass
class FakeRuntime:
    """Stands for `kds.startup.runtime.Runtime`: starts and stops the engine (and `printing`, a print queue, if given).

    Like the real runtime, it forwards the print queue's changes to the engine's bus.
    """

    engine: Engine
    clock: FakeClock
    simulator: object = None
    time_scale: float = 1.0
    problems: list[object] = field(default_factory=list)
    printing: Any = None  # a kds.printing.queue.PrintQueue, or None
    closed: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.printing is not None:
            self.printing.subscribe(self.engine.bus.publish)

    async def start(self) -> None:
        """Start printing, then the engine."""
        if self.printing is not None:
            await self.printing.start()
        self.engine.start()

    async def stop(self) -> None:
        """Stop the engine, then the printers."""
        await self.engine.stop()
        if self.printing is not None:
            await self.printing.close(grace=2.0)

    def close(self) -> None:
        """Note the close."""
        self.closed.append(True)
