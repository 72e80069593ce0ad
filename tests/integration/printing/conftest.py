"""Fixtures: a fake network printer on 127.0.0.1 and print queues on real SQLite files."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kds.clock import Clock, FakeClock
from kds.domain.changes import Changes
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.queue import Backoff, PrintQueue
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository
from tests.fakes import waiting
from tests.integration.printing.fake_printer import FakePrinter

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def fake() -> AsyncIterator[FakePrinter]:
    """A fake printer that answers status questions and prints whatever it gets."""
    printer = FakePrinter()
    await printer.start()
    yield printer
    if printer.hold is not None:
        printer.hold.set()
    await printer.stop()


@pytest.fixture
def clock() -> FakeClock:
    """Backoff waits run on this clock; tests move it."""
    return FakeClock(T0)


def printer_config(target: str, name: str = "kitchen", **overrides: Any) -> PrinterConfig:
    """A printer with short timeouts, as tests want them."""
    values: dict[str, Any] = {"connect_timeout": 2.0, "timeout": 3.0, "status_timeout": 1.0}
    values.update(overrides)
    return PrinterConfig(name=name, target=target, **values)


class QueueHarness:
    """A print queue on a SQLite file, with the changes it published."""

    def __init__(self, path: Path, settings: PrintSettings, clock: Clock) -> None:
        self.path, self.settings, self.clock = path, settings, clock
        self.db = Database(path)
        self.ledger = PrintJobRepository(self.db)
        self.queue = PrintQueue(self.ledger, settings, clock, backoff=Backoff(first=2.0, cap=8.0, max_attempts=4))
        self.changes: list[Changes] = []
        self.queue.subscribe(self.changes.append)

    def state(self, job_id: int) -> str:
        job = self.ledger.get(job_id)
        assert job is not None
        return job.state

    def seen(self, job_id: int) -> bool:
        return any(job_id in c.print_jobs for c in self.changes)


@pytest.fixture
async def harness(tmp_path: Path, clock: FakeClock) -> AsyncIterator[Callable[..., QueueHarness]]:
    """Builds started print queues; every queue is closed at the end."""
    made: list[QueueHarness] = []

    def make(settings: PrintSettings, path: Path | None = None) -> QueueHarness:
        h = QueueHarness(path or tmp_path / "kds.sqlite3", settings, clock)
        made.append(h)
        return h

    yield make
    for h in made:
        await h.queue.close(grace=5.0)
        h.db.close()


async def until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Wait (bounded) for a condition reached by the printer threads."""
    await waiting.until(predicate, timeout=timeout, message="condition not reached in time")

