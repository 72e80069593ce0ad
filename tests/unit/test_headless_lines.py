"""What `kds --headless` prints for an order whose details come late, or never."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace

from kds.clock import FakeClock
from kds.platforms.base import PlatformPayloadError, PlatformTransientError
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.startup.headless import TicketPrinter
from kds.store.db import Database
from tests.fakes.platform import FakePlatform


async def test_a_late_order_prints_wait_then_new_once_read_and_a_warning_when_never(tmp_path: Path) -> None:
    clock = FakeClock()
    db = Database(tmp_path / "kds.sqlite3")
    fake = FakePlatform(clock)
    engine = Engine(db, [fake], clock, EngineSettings(poll_limit=PollLimit(requests=100, window=60)))
    out = io.StringIO()
    printer = TicketPrinter(SimpleNamespace(engine=engine, clock=clock), out)  # type: ignore[arg-type]
    engine.bus.subscribe(printer.on_changes)
    poller = engine.pollers[fake.platform]
    late = fake.add_order()
    fake.fail_fetch.append(PlatformPayloadError("incomplete"))
    await poller.poll_once()
    await poller.poll_once()
    never = fake.add_order()
    for _ in range(12):
        fake.fail_fetch.append(PlatformTransientError("HTTP 503"))
        await poller.poll_once()
        clock.advance(31)
    lines = out.getvalue().splitlines()
    new = [line for line in lines if " NEW " in line]
    assert [line for line in lines if " WAIT " in line and late.key.order_id in line]
    assert len(new) == 1 and f"#{late.display_id}" in new[0]
    assert [line for line in lines if never.key.order_id in line and "unreadable" in line]
    assert not [line for line in lines if f"#{never.display_id}" in line]
    db.close()
