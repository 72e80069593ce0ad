"""CKGo orders on the real window: accepted on arrival, the pickup code heads the card, Collect, Later."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.domain.order import Platform
from kds.platforms.registry import POLICIES
from kds.platforms.zeek import models as wire
from kds.platforms.zeek.mapping import map_order
from kds.services.engine import Engine
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.ui.conftest import tap

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "platforms" / "zeek"


@pytest.fixture
def clock() -> FakeClock:
    """A minute after the fixture's order was placed."""
    return FakeClock(datetime(2026, 12, 7, 4, 3, 15, tzinfo=UTC))


@pytest.fixture
def fake(clock: FakeClock) -> FakePlatform:
    """Zeek's rules: pickup orders, Collect only."""
    return FakePlatform(clock, platform=Platform.ZEEK, policy=POLICIES[Platform.ZEEK])


def arrive(fake: FakePlatform, name: str, **changes: object) -> wire.OrderCreate:
    order = wire.OrderCreate.model_validate(json.loads((FIXTURES / name).read_text(encoding="utf-8")))
    mapped = replace(map_order(order), **changes)  # type: ignore[arg-type]
    fake.orders[mapped.key.order_id] = mapped
    fake.push(mapped.key.order_id, EventKind.CREATED, mapped.created_at)
    fake.push(mapped.key.order_id, EventKind.ACCEPTED, mapped.created_at)  # as the adapter maps order_create
    return order


async def test_a_ckgo_order_is_preparing_with_its_pickup_code_and_collects(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    order = arrive(fake, "order_create_combo.json")
    await engine.pollers[fake.platform].poll_once()
    window.ticker.tick()
    key = next(iter(fake.orders.values())).key
    assert window.board.column_of(key) is Column.PREPARING  # no acceptance step
    card = window.board.card(key)
    assert card is not None and card.display_id == f"#{order.pickup_code}" == "#4827"
    text = window.board.accessible_text(key)
    assert "4827" in text and "+84901234567" not in text and "0901234567" not in text
    assert (card.items[0].name, card.items[0].options) == (
        "Combo Cơm gà sốt cay", ("+ Cơm gà sốt cay", "+ Trà đào", "+ Thêm trứng ốp la", "+ Size nhỏ"))
    assert [i.note for i in card.items] == ["", "ID check", ""]
    if os.environ.get("KDS_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["KDS_SCREENSHOTS"], "zeek-board.png"))
    tap(window, key, "action:collect")
    clock.advance(5)  # its undo window
    await engine.runner.run_due()
    assert [c.order.key for c in fake.calls_of(Action.COLLECT)] == [key]
    await engine.pollers[fake.platform].poll_once()
    assert window.board.column_of(key) is Column.DONE


async def test_an_advanced_order_waits_in_later_until_its_time(window: MainWindow, engine: Engine,
                                                               fake: FakePlatform, clock: FakeClock) -> None:
    arrive(fake, "order_create_advanced.json")
    await engine.pollers[fake.platform].poll_once()
    window.ticker.tick()
    key = next(iter(fake.orders.values())).key
    assert window.board.column_of(key) is Column.LATER
    clock.advance(timedelta(hours=3).total_seconds())  # past 13:30 in Ho Chi Minh City
    window.ticker.tick()
    assert window.board.column_of(key) is Column.PREPARING
