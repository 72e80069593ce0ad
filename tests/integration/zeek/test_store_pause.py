"""Pausing Zeek and switching a dish off: the app pushes availability to the relay, and CKGo's stock
check at checkout (the simulator asks it before each order) then keeps those orders away."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from kds.domain.order import Platform
from kds.platforms.zeek.spec import SPEC
from kds.services.bus import ChangeBus
from kds.services.store_control import StoreControlRunner
from kds.store.db import Database
from tests.fakes import waiting
from tests.integration.zeek.test_end_to_end import TIMEOUT, Stack, stack

__all__ = ["stack"]  # the fixture, shared with the end-to-end tests

ZEEK = Platform.ZEEK


def runner_for(s: Stack, tmp_path: Path) -> StoreControlRunner:
    return StoreControlRunner({ZEEK: s.adapter}, {ZEEK: SPEC.store}, Database(tmp_path / "controls.sqlite3"),
                              s.engine.clock, ChangeBus(), who="Counter")


async def test_while_paused_ckgo_places_no_order_and_after_resuming_it_does(stack: Stack, tmp_path: Path) -> None:
    runner = runner_for(stack, tmp_path)
    state, sender = stack.demo.sim.state, stack.demo.sim.sender
    runner.pause([ZEEK], None)
    await runner.run_due()
    refused = state.create_order("realtime")
    await waiting.until(lambda: refused not in state.orders, timeout=TIMEOUT, step=0.02,
                        message="CKGo placed an order while the store was paused")
    assert refused not in sender.delivered
    runner.resume([ZEEK])
    await runner.run_due()
    placed = state.create_order("realtime")
    await waiting.until(lambda: placed in sender.delivered, timeout=TIMEOUT, step=0.02,
                        message="CKGo placed no order after the store reopened")


async def test_a_sold_out_dish_leaves_the_basket(stack: Stack, tmp_path: Path) -> None:
    runner = runner_for(stack, tmp_path)
    state, sender = stack.demo.sim.state, stack.demo.sim.sender
    products = [{"product_id": "P-2003", "name": {"vi": "Trà đào"}, "quantity": 1, "price": 18000,
                 "is_alcohol": False},
                {"product_id": "P-1105", "name": {"vi": "Bánh mì xúc xích"}, "quantity": 1, "price": 25000,
                 "is_alcohol": False}]
    runner.sell_out("tra-dao", {ZEEK: ("P-2003",)}, stack.engine.clock.now() + timedelta(hours=1))
    await runner.run_due()
    order_id = state.create_order("realtime", products=products)
    await waiting.until(lambda: order_id in sender.delivered, timeout=TIMEOUT, step=0.02,
                        message="the order never arrived")
    assert [p["product_id"] for p in state.orders[order_id]["products"]] == ["P-1105"]
