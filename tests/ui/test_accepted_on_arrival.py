"""An order the platform accepted by itself before KDS saw it (GoFood's auto-accept) rings like a new order."""

from __future__ import annotations

from kds.domain.events import EventKind
from kds.services.engine import Engine
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.board import AlarmKind
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform, make_order


async def test_an_order_that_arrives_accepted_rings_and_lands_in_preparing(
        window: MainWindow, engine: Engine, fake: FakePlatform, sounds: SoundBoard) -> None:
    order = make_order(fake.platform, created_at=fake.clock.now())
    fake.orders[order.key.order_id] = order
    fake.push(order.key.order_id, EventKind.ACCEPTED)  # no awaiting step: accepted at once
    await engine.pollers[fake.platform].poll_once()
    assert window.board.column_of(order.key) is Column.PREPARING
    assert list(sounds.history) == [AlarmKind.NEW_ORDER]


async def test_an_order_accepted_on_the_board_does_not_ring_again(
        window: MainWindow, engine: Engine, fake: FakePlatform, sounds: SoundBoard) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    assert list(sounds.history) == [AlarmKind.NEW_ORDER]
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    assert window.board.column_of(order.key) is Column.PREPARING
    assert list(sounds.history) == [AlarmKind.NEW_ORDER]
