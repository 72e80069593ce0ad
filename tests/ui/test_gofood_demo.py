"""The real window against the GoFood demo stack: simulator → relay → app → simulator.

The stack is the one `kds --demo` runs for GoFood (`kds.simulator.gofood.demo`): the simulator
posts notifications signed with `X-Go-Signature` into a real relay on 127.0.0.1, the app long-polls
the relay and acts on the simulator's GoBiz endpoints. Every step is taken with the window's own
buttons; the simulator's call log is the proof of what reached GoFood, and how many times.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import SystemClock
from kds.domain.actions import Action
from kds.domain.order import OrderKey, Platform
from kds.domain.states import Stage
from kds.platforms.gofood.adapter import create_adapter
from kds.platforms.gofood.policy import AcceptanceMode
from kds.platforms.registry import POLICIES
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.poller import PollerSettings
from kds.simulator.gofood import SimConfig, start_demo
from kds.simulator.gofood.state import ACCEPTED, GoFoodSimState
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from kds.ui.wording import tr
from tests.fakes.waiting import until
from tests.ui.conftest import tap

SCALE = 30.0
"""Platform time runs this much faster (3 minutes to accept become 6 s)."""
UNDO_SECONDS = 0.4
"""The Undo window of Ready (real seconds)."""
WAIT = 10.0
"""Longest wait for one step to travel through the relay and back (a guard, not a measure)."""


@contextlib.asynccontextmanager
async def gofood_window(tmp_path: Path, mode: AcceptanceMode = AcceptanceMode.MANUAL, scale: float = SCALE,
                        other_outlets: tuple[tuple[str, AcceptanceMode], ...] = (),
                        ) -> AsyncIterator[tuple[GoFoodSimState, Engine, MainWindow]]:
    """The GoFood demo stack in `mode` (more outlets in their own modes), `scale` times faster, the engine
    and the real window; stopped afterwards."""
    from kds.store.db import Database

    demo = start_demo(SimConfig(time_scale=scale, seed=5, mode=mode, other_outlets=other_outlets))
    db = Database(tmp_path / "kds.sqlite3")
    clock = SystemClock()
    engine: Engine | None = None
    window: MainWindow | None = None
    try:
        c = demo.credentials
        policy = POLICIES[Platform.GOFOOD].scaled(scale)
        adapter = create_adapter(demo.relay_url, demo.tenant_token, demo.api_url, demo.api_url, c.client_id,
                                 c.client_secret, c.outlet_id, clock, policy, mode=mode, wait=1.0,
                                 outlet_modes=dict(other_outlets))
        engine = Engine(db, [adapter], clock, EngineSettings(
            poller_for={Platform.GOFOOD: PollerSettings(interval=0.0, auth_retry=60.0 / scale)},
            poll_limit_for={Platform.GOFOOD: PollLimit(requests=30, window=60.0)}, undo_seconds=UNDO_SECONDS))
        window = MainWindow(engine, clock, UiSettings(sounds=False), start_ticker=False)
        window.resize(1600, 1000)
        window.show()
        engine.start()
        yield demo.sim.state, engine, window
    finally:
        try:
            if engine is not None:
                await asyncio.wait_for(engine.stop(), 15.0)
        finally:
            if window is not None:
                gone: list[bool] = []
                window.destroyed.connect(lambda *_: gone.append(True))
                retire(window)
                await until(lambda: gone, timeout=WAIT, message="Qt never deleted the closed window")
            demo.stop()
            db.close()


async def test_a_gofood_order_is_accepted_and_marked_ready_from_the_board(app: QApplication, tmp_path: Path) -> None:
    async with gofood_window(tmp_path) as (sim, engine, window):
        number = sim.create_order("delivery", items=["Nasi goreng spesial", "Es teh manis"])
        key = OrderKey(Platform.GOFOOD, number)
        await until(lambda: window.board.column_of(key) is Column.NEW, timeout=WAIT,
                    message="the GoFood order never reached New")
        card = window.board.card(key)
        assert card is not None and card.platform == "GoFood" and card.display_id == f"#{number}"

        tap(window, key, "action:confirm")
        tap(window, key, "action:confirm")  # a double tap: GoFood hears it once
        assert window.board.column_of(key) is Column.PREPARING  # at once, as "confirming"
        await until(lambda: engine.orders.ticket(key).status.stage is Stage.ACCEPTED,  # type: ignore[union-attr]
                    timeout=WAIT, message="the acceptance never came back from GoFood")
        assert [c.status for c in sim.calls(number, "accepted")] == [200]
        assert sim.order_state(number).status == ACCEPTED

        tap(window, key, "action:ready")
        record = engine.orders.ticket(key).latest(Action.READY)  # type: ignore[union-attr]
        assert record is not None and window.board.card(key).button(f"undo:{record.id}") is not None  # type: ignore[union-attr]
        assert sim.calls(number, "food-prepared") == []  # nothing leaves during the Undo window
        await until(lambda: engine.orders.ticket(key).status.stage is Stage.READY,  # type: ignore[union-attr]
                    timeout=WAIT, message="Ready never reached GoFood")
        assert window.board.column_of(key) is Column.READY
        assert [c.status for c in sim.calls(number, "food-prepared")] == [200]
        assert sim.order_state(number).prepared
        assert engine.orders.ticket(key).status.stage is Stage.READY  # type: ignore[union-attr]


@pytest.mark.parametrize(("mode", "caption", "window_seconds"), [
    (AcceptanceMode.MANUAL, "accept within", 180), (AcceptanceMode.AUTO_ON_TIMEOUT, "accepted automatically in", 60)])
async def test_the_card_says_which_way_the_acceptance_window_ends(app: QApplication, tmp_path: Path,
                                                                  mode: AcceptanceMode, caption: str,
                                                                  window_seconds: int) -> None:
    async with gofood_window(tmp_path, mode, scale=3.0) as (sim, _, window):  # 20 s and 60 s to accept
        number = sim.create_order("pickup")
        key = OrderKey(Platform.GOFOOD, number)
        await until(lambda: window.board.column_of(key) is Column.NEW, timeout=WAIT,
                    message="the GoFood order never reached New")
        window.board.tick(datetime.now(UTC))
        clock = window.board.display_clock(key)
        assert clock.caption == tr(caption)
        minutes, seconds = (int(p) for p in clock.text.split(":"))
        assert window_seconds / 3.0 - 5 < minutes * 60 + seconds <= window_seconds / 3.0


async def test_both_acceptance_countdowns_show_side_by_side(app: QApplication, tmp_path: Path) -> None:
    second = "G518462938"  # auto-accept on timeout, next to the manual outlet, as `kds --demo` runs them
    async with gofood_window(tmp_path, scale=3.0, other_outlets=((second, AcceptanceMode.AUTO_ON_TIMEOUT),)) as (
            sim, _, window):  # 60 s to accept by hand, 20 s before GoFood accepts
        manual = OrderKey(Platform.GOFOOD, sim.create_order("delivery", outlet=sim.config.outlet_id))
        timeout = OrderKey(Platform.GOFOOD, sim.create_order("pickup", outlet=second))
        await until(lambda: window.board.column_of(manual) is window.board.column_of(timeout) is Column.NEW,
                    timeout=WAIT, message="the two GoFood orders never both reached New")
        window.board.tick(datetime.now(UTC))
        by_hand, by_gofood = window.board.display_clock(manual), window.board.display_clock(timeout)
        assert by_hand.caption == tr("accept within")
        assert by_gofood.caption == tr("accepted automatically in")
        left = {key: sum(int(p) * f for p, f in zip(c.text.split(":"), (60, 1), strict=True))
                for key, c in ((manual, by_hand), (timeout, by_gofood))}
        assert 55 < left[manual] <= 60 and 15 < left[timeout] <= 20
