"""A column as its view shows it: following the board row for row, held still while a finger is down."""

from __future__ import annotations

from datetime import timedelta

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.services.engine import Engine
from kds.store.db import Database
from kds.ui.showcase import SHOWCASE_NOW, adapters, seed_board
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.card import Column
from kds.ui.viewmodels.held_column import HeldColumn
from kds.ui.viewmodels.ticket_model import Role
from tests.fakes.platform import FakePlatform


class Finger:
    """Whether a finger holds the board (the test decides)."""

    def __init__(self) -> None:
        self.down = False

    def __call__(self) -> bool:
        return self.down


async def test_held_columns_pass_the_qt_model_tester_while_following_the_board(qtmodeltester, db: Database) -> None:
    clock = FakeClock(SHOWCASE_NOW)
    engine = Engine(db, adapters(), clock)
    board = BoardModel(engine.orders, engine.bus, clock.now())
    held = {column: HeldColumn(board.models[column], lambda: False) for column in Column}
    seed_board(db, SHOWCASE_NOW)
    board.reload()  # rows inserted one by one through the held copies
    for column, model in held.items():
        assert model.order_keys() == board.models[column].order_keys(), column
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model)


async def test_while_held_rows_and_cards_stay_and_settle_catches_up(engine: Engine, fake: FakePlatform,
                                                                    clock: FakeClock) -> None:
    board = BoardModel(engine.orders, engine.bus, clock.now())
    finger = Finger()
    new = HeldColumn(board.models[Column.NEW], finger)
    preparing = HeldColumn(board.models[Column.PREPARING], finger)
    first, second = fake.add_order(), fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    shown = new.data(new.index(0, 0), Role.CARD)  # what the view painted
    assert new.order_keys() == board.models[Column.NEW].order_keys() == [first.key, second.key]
    finger.down = True
    fake.push(first.key.order_id, EventKind.ACCEPTED)
    third = fake.add_order(created_at=clock.now() - timedelta(minutes=1))  # sorts above the others
    await engine.pollers[fake.platform].poll_once()
    assert board.models[Column.NEW].order_keys() == [third.key, second.key]
    assert new.order_keys() == [first.key, second.key] and new.holding  # nothing moved on screen
    assert new.data(new.index(0, 0), Role.CARD) is shown  # the card as it was painted
    assert preparing.order_keys() == []
    finger.down = False
    new.settle()
    preparing.settle()
    assert new.order_keys() == [third.key, second.key] and not new.holding
    assert preparing.order_keys() == [first.key]
    assert new.data(new.index(1, 0), Role.CARD) is board.card(second.key)
