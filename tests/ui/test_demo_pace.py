"""`kds --demo` at a pace a newcomer can follow: the real demo window over the built-in simulators, on a fake clock.

The runtime is the one `kds --demo` builds (`start_runtime`, every registered simulator at the demo's
own time scale and order rate), the window opened as the session opens it; only time is the test's:
a `FakeClock` moved a second at a time, which the simulators, the poller and the board all read.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.order import OrderKey
from kds.domain.states import Stage
from kds.platforms.registry import POLICIES
from kds.startup.runtime import Runtime, parse, start_runtime
from kds.station.settings import Settings
from kds.ui.lifetime import retire
from kds.ui.screenshots import render_demo_minute
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.waiting import reached, until
from tests.ui.conftest import tap


def stage(demo: Demo, key: OrderKey) -> Stage | None:
    """Where `key`'s ticket stands, as the board holds it."""
    ticket = demo.window.board.ticket(key)
    return ticket.status.stage if ticket is not None else None


class Demo:
    """The demo's runtime, its window, and the fake clock both run on."""

    def __init__(self, runtime: Runtime, window: MainWindow, clock: FakeClock) -> None:
        self.runtime = runtime
        self.window = window
        self.clock = clock
        self.start = clock.now()
        self.confirmed: set[OrderKey] = set()

    def elapsed(self) -> float:
        """Seconds since the demo started."""
        return (self.clock.now() - self.start).total_seconds()

    async def run_until(self, seconds: float, each_second: Callable[[], None] = lambda: None) -> None:
        """Move the clock a second at a time to `seconds` after the start, letting the app catch up each time."""
        while self.elapsed() < seconds:
            self.clock.advance(1.0)
            await asyncio.sleep(0.01)  # the simulators' tickers, the relay and the poller run meanwhile
            self.window.ticker.tick()
            each_second()

    def tickets(self) -> list[OrderKey]:
        """Every ticket on the board."""
        return self.window.board.ticket_keys()

    def confirmable(self) -> list[OrderKey]:
        """Tickets that offer Confirm and were not confirmed here yet."""
        return [k for k in self.tickets() if k not in self.confirmed and (t := self.window.board.ticket(k)) is not None
                and Action.CONFIRM in t.allowed]

    def confirm_all(self) -> None:
        """Tap Confirm on every ticket that offers it, as a newcomer following the hint does."""
        for key in self.confirmable():
            tap(self.window, key, "action:confirm")
            self.confirmed.add(key)

    def describe(self) -> str:
        """Every ticket: its column and stage."""
        lines = []
        for key in self.tickets():
            ticket = self.window.board.ticket(key)
            stage = ticket.status.stage.name if ticket is not None else "?"
            confirm = ticket.latest(Action.CONFIRM) if ticket is not None else None
            sent = f"confirm {confirm.state.name} {confirm.last_error or ''}" if confirm is not None else ""
            lines.append(f"{key}: {self.window.board.column_of(key)} {stage} {sent}")
        return f"at {self.elapsed():.0f} s:\n" + "\n".join(lines)


def start_demo(clock: FakeClock, data_dir: Path) -> Runtime:
    """`kds --demo` as typed, but seeded, on `clock`, its store in `data_dir` (not started)."""
    return start_runtime(parse(["--demo", "--data-dir", str(data_dir), "--demo-seed", "7"]), clock=clock)


@contextlib.asynccontextmanager
async def demo_window(tmp_path: Path) -> AsyncIterator[Demo]:
    """`kds --demo` (seeded) and its window, as the session opens it, on a fake clock; stopped at the end."""
    # The relay stamps what it stores on the real clock: start the fake one at the real time.
    clock = FakeClock(datetime.now(UTC))
    runtime = start_demo(clock, tmp_path)
    station = StationContext(settings=Settings(), path=tmp_path / "settings.json")
    ui = UiSettings(sounds=False).scaled(runtime.time_scale)
    window = MainWindow(runtime.engine, clock, ui, sounds=SoundBoard(enabled=False), start_ticker=False,
                        station=station, printing=runtime.printing)
    window.set_demo(True)
    window.resize(1600, 1000)
    window.show()
    try:
        await runtime.start()
        yield Demo(runtime, window, clock)
    finally:
        await asyncio.wait_for(runtime.stop(), 15)
        retire(window)
        runtime.close()


async def test_orders_of_the_demos_first_minute_can_still_be_confirmed_at_60_s(app: QApplication,
                                                                              tmp_path: Path) -> None:
    async with demo_window(tmp_path) as demo:
        await demo.run_until(60)
        await until(lambda: len(demo.tickets()) >= 3, message=demo.describe)  # lively: more than the first orders
        # Platforms without an acceptance step (Zeek) hand orders over accepted: nothing to confirm.
        needs_confirming = [k for k in demo.tickets() if Action.CONFIRM in POLICIES[k.platform].actions]
        late = [k for k in needs_confirming if k not in demo.confirmable()]
        assert not late, f"orders no longer confirmable at 60 s: {late}\n{demo.describe()}"
        demo.confirm_all()
        await demo.run_until(90)
        await until(lambda: all(stage(demo, k) is Stage.ACCEPTED for k in demo.confirmed), message=demo.describe)


async def test_the_demo_brings_a_customer_refund_request_within_its_first_3_minutes(app: QApplication,
                                                                                   tmp_path: Path) -> None:
    async with demo_window(tmp_path) as demo:
        def refund_requested() -> bool:
            return any((t := demo.window.board.ticket(k)) is not None and t.status.refund_request is not None
                       for k in demo.tickets())

        while demo.elapsed() < 180 and not refund_requested():
            await demo.run_until(demo.elapsed() + 1, demo.confirm_all)
            await reached(refund_requested, timeout=0.02)
        assert refund_requested(), demo.describe()


async def test_the_demos_first_minute_on_screen_shows_orders_that_can_still_be_confirmed(app: QApplication,
                                                                                        tmp_path: Path) -> None:
    # KDS_SCREENSHOTS=docs/screenshots makes the README's pictures.
    outdir = Path(os.environ.get("KDS_SCREENSHOTS") or tmp_path)
    confirmable: dict[int, int] = {}

    def check(window: MainWindow, moment: int) -> None:
        # Zeek's orders arrive accepted (no acceptance step): only the others wait for Confirm.
        keys = [k for k in window.board.ticket_keys() if Action.CONFIRM in POLICIES[k.platform].actions]
        tickets = [t for k in keys if (t := window.board.ticket(k)) is not None]
        confirmable[moment] = sum(Action.CONFIRM in t.allowed for t in tickets)
        assert keys and confirmable[moment] == len(keys), f"at {moment} s: {[t.status.stage for t in tickets]}"
        assert window.hint.text() == "Tap Confirm to accept · tap a card for details"

    paths = await render_demo_minute(outdir, start_demo, check=check)
    assert [p.name for p in paths] == ["demo-10s.png", "demo-30s.png", "demo-60s.png"]
    assert all(p.stat().st_size > 0 for p in paths)
    assert confirmable[10] <= confirmable[30] < confirmable[60], confirmable  # an order every 20-40 s
