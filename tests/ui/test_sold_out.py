"""Issue 15's done-when for sold out, on the real window against the simulators.

Peach tea was ordered on Keeta Open Delivery (its simulator over real HTTP) and on Zeek (the CKGo
simulator handing orders to a real relay), with the restaurant's code P-2003 on both. Marked sold
out for 2 hours in the Sold out sheet: Zeek is told once (one availability push to the relay, one
BatchUpdateProduct to CKGo), Keeta Open Delivery is shown as a platform that cannot be told, and
both cards mark the line. On the fake clock the dish is back in stock by itself two hours later,
also when KDS was stopped and started again in between.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.dishes import end_of_business_day
from kds.domain.order import OrderKey, Platform
from kds.platforms.keeta_od.adapter import create_adapter as keeta_adapter
from kds.platforms.registry import POLICIES
from kds.platforms.zeek.adapter import create_adapter as zeek_adapter
from kds.services.engine import Engine, EngineSettings
from kds.simulator.keeta_od import SimConfig, SimulatorServer
from kds.simulator.keeta_od.generator import ItemSpec
from kds.simulator.zeek.demo import ZeekDemo, start_demo
from kds.simulator.zeek.state import PRODUCT_UPDATE_PATH
from kds.simulator.zeek.state import SimConfig as ZeekConfig
from kds.store.db import Database
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.sheets.sold_out import SoldOutSheet
from kds.ui.sheets.store import StoreSheet
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.waiting import until
from tests.ui.conftest import tap

KEETA, ZEEK = Platform.KEETA_OD, Platform.ZEEK
PEACH_TEA = {"product_id": "P-2003", "name": {"vi": "Trà đào", "en": "Peach tea"}, "quantity": 1, "price": 18000,
             "is_alcohol": False}


@dataclass
class Platforms:
    keeta: SimulatorServer
    zeek: ZeekDemo
    relay_pushes: list[dict[str, bool]] = field(default_factory=list)  # what KDS pushed to the relay, in turn

    @property
    def product_calls(self) -> list[dict[str, int]]:
        return self.zeek.sim.state.product_calls

    def relay_says(self) -> dict[str, bool]:
        return self.zeek.store.availability(self.zeek.tenant, "zeek", ["P-2003"])


@pytest.fixture
def platforms(clock: FakeClock) -> Iterator[Platforms]:
    keeta = SimulatorServer(SimConfig(seed=15, rate_limit_per_window=1000, order_rate_per_min=0), clock=clock,
                            tick_interval=0.02)
    keeta.start()
    zeek = start_demo(ZeekConfig(seed=15, duplicate_rate=0.0), clock=clock, tick_interval=0.02)
    yield Platforms(keeta, zeek)
    zeek.stop()
    keeta.stop()


def start_kds(path: Path, sims: Platforms, clock: FakeClock, sounds: SoundBoard) -> tuple[MainWindow, Engine]:
    """KDS as the launcher starts it, Zeek set up with CKGo's product update path."""
    c, z = sims.keeta.credentials, sims.zeek.values()
    zeek = zeek_adapter(z["relay_url"], z["tenant_token"], z["base_url"], z["client_id"], z["client_secret"], clock,
                        POLICIES[ZEEK], wait=0.0, product_update_path=PRODUCT_UPDATE_PATH)

    async def count_push(request: httpx.Request) -> None:
        if request.method == "PUT" and request.url.path == "/v1/availability":
            await request.aread()
            sims.relay_pushes.append({p["productId"]: p["available"] for p in _json(request)["products"]})

    zeek.relay.http.event_hooks["request"].append(count_push)
    adapters = [keeta_adapter(sims.keeta.base_url, c.client_id, c.client_secret, c.merchant_ids, clock), zeek]
    engine = Engine(Database(path), adapters, clock, EngineSettings(undo_seconds=0, station_name="Counter"))
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    window.resize(1600, 1000)
    window.show()
    return window, engine


def _json(request: httpx.Request) -> dict[str, list[dict[str, object]]]:
    import json

    return json.loads(request.content)  # type: ignore[no-any-return]


async def stop_kds(window: MainWindow, engine: Engine) -> None:
    await engine.stop()
    engine.db.close()
    retire(window)


async def orders_arrive(sims: Platforms, engine: Engine) -> tuple[OrderKey, OrderKey]:
    """Peach tea ordered on both platforms, both orders on the board."""
    keeta_id = sims.keeta.state.create_order(items=[ItemSpec("Peach tea", Decimal("18.00"), code="P-2003")])
    zeek_id = sims.zeek.sim.state.create_order(products=[dict(PEACH_TEA)])
    await until(lambda: zeek_id in sims.zeek.sim.sender.delivered, timeout=10, message="CKGo never sent the order")
    for platform in (KEETA, ZEEK):
        await engine.pollers[platform].poll_once()
    keys = OrderKey(KEETA, keeta_id), OrderKey(ZEEK, zeek_id)
    await until(lambda: all(engine.orders.ticket(k) is not None for k in keys), timeout=10)
    return keys


def marked(window: MainWindow, key: OrderKey) -> bool:
    card = window.board.card(key)
    assert card is not None
    return card.items[0].sold_out


async def test_sold_out_on_two_platforms_tells_each_that_can_once_and_comes_back_by_itself_across_a_restart(
        app: QApplication, qtbot, platforms: Platforms, clock: FakeClock, sounds: SoundBoard,
        tmp_path: Path) -> None:
    path = tmp_path / "kds.sqlite3"
    window, engine = start_kds(path, platforms, clock, sounds)
    keeta_key, zeek_key = await orders_arrive(platforms, engine)
    window.on_tick(clock.now())
    assert not marked(window, keeta_key) and not marked(window, zeek_key)

    qtbot.mouseClick(window.store_button, Qt.MouseButton.LeftButton)
    store = window.top_overlay()
    assert isinstance(store, StoreSheet)
    qtbot.mouseClick(store.sold_out, Qt.MouseButton.LeftButton)
    sheet = window.top_overlay()
    assert isinstance(sheet, SoldOutSheet)
    QTest.keyClicks(sheet.search, "p-2003")  # by code; the on-screen keyboard types into the same field
    (dish,) = sheet.rows  # one dish: the same code on both platforms
    qtbot.mouseClick(sheet.rows[dish], Qt.MouseButton.LeftButton)
    assert "Keeta OD: cannot be told here" in sheet.platform_lines.text()
    qtbot.mouseClick(sheet.until_buttons[2], Qt.MouseButton.LeftButton)  # for 2 hours
    await engine.store.run_due()
    await engine.store.run_due()  # nothing is sent twice
    assert platforms.relay_pushes == [{"P-2003": False}]
    assert platforms.product_calls == [{"P-2003": 0}]
    assert platforms.relay_says() == {"P-2003": False}
    sheet.refresh()
    lines = sheet.platform_lines.text().splitlines()
    assert lines[0].startswith("Keeta OD: cannot be told here: Open Delivery only takes whole-menu updates")
    assert lines[1] == "Zeek: told"
    assert sheet.rows[dish].text().endswith("SOLD OUT until " + _local(clock, 2))
    window.on_tick(clock.now())
    assert marked(window, keeta_key) and marked(window, zeek_key)
    window.grab().save(str(tmp_path / "sold-out.png"))
    await stop_kds(window, engine)

    clock.advance(60 * 60)  # KDS is stopped for an hour
    window, engine = start_kds(path, platforms, clock, sounds)
    window.on_tick(clock.now())
    assert marked(window, keeta_key) and marked(window, zeek_key)  # still sold out after the restart
    await engine.store.run_due()
    assert platforms.relay_pushes == [{"P-2003": False}] and platforms.product_calls == [{"P-2003": 0}]
    clock.advance(60 * 60)
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert platforms.relay_pushes == [{"P-2003": False}, {"P-2003": True}]
    assert platforms.product_calls == [{"P-2003": 0}, {"P-2003": 1}]
    assert platforms.relay_says() == {"P-2003": True}
    assert not marked(window, keeta_key) and not marked(window, zeek_key)
    await stop_kds(window, engine)


def _local(clock: FakeClock, hours: int) -> str:
    from datetime import timedelta

    from kds.ui import wording

    return wording.local_time(clock.now() + timedelta(hours=hours))


async def test_cancelling_because_a_dish_ran_out_sends_that_item_and_marks_the_dish_sold_out(
        app: QApplication, qtbot, platforms: Platforms, clock: FakeClock, sounds: SoundBoard,
        tmp_path: Path) -> None:
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds)
    order_id = platforms.keeta.state.create_order(items=[ItemSpec("Peach tea", Decimal("18.00"), code="P-2003"),
                                                         ItemSpec("Fried rice", Decimal("35.00"), code="FR-1")])
    await engine.pollers[KEETA].poll_once()
    key = OrderKey(KEETA, order_id)
    await until(lambda: window.board.card(key) is not None)
    tap(window, key, "action:cancel")
    sheet = window.top_overlay()
    assert isinstance(sheet, ReasonSheet) and not sheet.dishes.isVisible()
    qtbot.mouseClick(sheet.reason_buttons["INSUFFICIENT_DISHES"], Qt.MouseButton.LeftButton)
    assert sheet.dishes.isVisible() and sheet.mark_button.isChecked()  # offered, and meant by default
    ticket = engine.orders.ticket(key)
    assert ticket is not None
    tea = next(line for line in ticket.order.lines if line.name == "Peach tea")
    assert sheet.line_buttons[tea.line_id].text() == "1× Peach tea"
    qtbot.mouseClick(sheet.line_buttons[tea.line_id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.confirm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.confirm, Qt.MouseButton.LeftButton)  # the second tap cancels
    await engine.runner.run_due()
    (call,) = platforms.keeta.state.calls(order_id, "requestCancellation")
    assert call.status == 202
    assert call.body["code"] == "INSUFFICIENT_DISHES" and call.body["outOfStockItems"] == [tea.line_id]
    sold = {d.name: engine.sold_out.state(d).sold_out for d in engine.sold_out.dishes()}
    assert sold == {"Peach tea": True, "Fried rice": False}
    (tea_dish,) = engine.sold_out.dishes("peach")
    assert engine.sold_out.state(tea_dish).until == end_of_business_day(clock.now().astimezone())
    await stop_kds(window, engine)
