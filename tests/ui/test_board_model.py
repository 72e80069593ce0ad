"""The board's view-model: columns, order within them, time-driven moves, and Qt's model contract."""

from __future__ import annotations

from datetime import timedelta

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.domain.order import Timing
from kds.services.engine import Engine
from kds.store.db import Database
from kds.ui.showcase import SHOWCASE_NOW, adapters, seed_board
from kds.ui.viewmodels.board import AlarmKind, BoardModel, BoardSettings
from kds.ui.viewmodels.card import Column
from kds.ui.viewmodels.history import HistoryModel
from tests.fakes.platform import FakePlatform


def board_of(engine: Engine, clock: FakeClock, **settings: object) -> BoardModel:
    return BoardModel(engine.orders, engine.bus, clock.now(), BoardSettings(**settings))  # type: ignore[arg-type]


async def test_every_model_passes_the_qt_model_tester(qtmodeltester, db: Database) -> None:
    clock = FakeClock(SHOWCASE_NOW)
    engine = Engine(db, adapters(), clock)
    board = board_of(engine, clock)
    seed_board(db, SHOWCASE_NOW)
    board.reload()  # rows inserted one by one, as the bus does it
    assert sum(board.count(c) for c in Column) == 30
    for column in Column:
        assert board.count(column) > 0, column
        qtmodeltester.check(board.models[column], force_py=True)
        qtmodeltester.check(board.models[column])
    history = HistoryModel(engine.orders)
    history.search("", SHOWCASE_NOW)
    assert history.rowCount() > 0
    qtmodeltester.check(history, force_py=True)
    qtmodeltester.check(history)


async def test_new_orders_sort_by_deadline(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    board = board_of(engine, clock)
    late = fake.add_order(created_at=clock.now() - timedelta(minutes=1))
    early = fake.add_order(created_at=clock.now() - timedelta(minutes=4))  # closest to its deadline
    await engine.pollers[fake.platform].poll_once()
    assert board.models[Column.NEW].order_keys() == [early.key, late.key]


async def test_refund_request_waits_in_the_new_column_with_its_own_countdown(
        engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    board = board_of(engine, clock)
    alarms: list[tuple[str, object]] = []
    board.alarm.connect(lambda kind, key: alarms.append((kind, key)))
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    fake.push(order.key.order_id, EventKind.READY)
    await engine.pollers[fake.platform].poll_once()
    assert board.column_of(order.key) is Column.READY
    fake.request_refund(order.key.order_id, amount="12.50")
    await engine.pollers[fake.platform].poll_once()
    assert board.column_of(order.key) is Column.NEW
    assert (AlarmKind.REFUND_REQUEST, order.key) in alarms
    clock.advance(60)
    board.tick(clock.now())
    clock_ = board.display_clock(order.key)
    assert (clock_.kind.value, clock_.text) == ("refund", "14:00")
    assert "12.50" in board.card(order.key).refund


async def test_scheduled_order_waits_in_later_until_it_must_start(engine: Engine, fake: FakePlatform,
                                                                 clock: FakeClock) -> None:
    board = board_of(engine, clock)
    start = clock.now() + timedelta(minutes=60)
    order = fake.add_order(timing=Timing.SCHEDULED, scheduled_start=start)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    assert board.column_of(order.key) is Column.LATER
    clock.advance(44 * 60)  # preparation starts 15 min (the default prep time) before the slot
    board.tick(clock.now())
    assert board.column_of(order.key) is Column.LATER
    assert board.display_clock(order.key).text == "01:00"
    clock.advance(61)
    board.tick(clock.now())
    assert board.column_of(order.key) is Column.PREPARING


async def test_platform_cancellation_stays_in_place_until_seen(engine: Engine, fake: FakePlatform,
                                                               clock: FakeClock) -> None:
    board = board_of(engine, clock)
    alarms: list[str] = []
    board.alarm.connect(lambda kind, key: alarms.append(kind))
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    fake.push(order.key.order_id, EventKind.CANCELLED, actor="platform", reason="rider not found")
    await engine.pollers[fake.platform].poll_once()
    assert board.column_of(order.key) is Column.PREPARING  # where the cook last saw it
    card = board.card(order.key)
    assert card.alert and "CANCELLED BY THE PLATFORM — rider not found" in card.cancelled
    assert [b.id for b in card.buttons] == ["dismiss"]
    # It arrived accepted (rings as new to the kitchen), then the platform cancelled it (rings again).
    assert alarms == [AlarmKind.NEW_ORDER, AlarmKind.CANCELLED]
    assert board.models[Column.PREPARING].order_keys()[0] == order.key
    board.dismiss(order.key)
    assert board.column_of(order.key) is Column.DONE


async def test_our_own_cancellation_goes_straight_to_done(engine: Engine, fake: FakePlatform,
                                                          clock: FakeClock) -> None:
    board = board_of(engine, clock)
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    engine.orders.request(order.key, Action.CANCEL, reason_code="OUT_OF_STOCK")
    await engine.runner.run_due()
    await engine.pollers[fake.platform].poll_once()
    assert board.column_of(order.key) is Column.DONE
    assert not board.card(order.key).alert


async def test_finished_orders_leave_after_the_done_window(engine: Engine, fake: FakePlatform,
                                                           clock: FakeClock) -> None:
    board = board_of(engine, clock, done_window=timedelta(minutes=30))
    order = fake.add_order()
    for kind in (EventKind.ACCEPTED, EventKind.READY, EventKind.DISPATCHED, EventKind.DELIVERED):
        fake.push(order.key.order_id, kind)
    await engine.pollers[fake.platform].poll_once()
    assert board.column_of(order.key) is Column.DONE
    clock.advance(29 * 60)
    board.tick(clock.now())
    assert board.column_of(order.key) is Column.DONE
    clock.advance(2 * 60)
    board.tick(clock.now())
    assert board.column_of(order.key) is None


async def test_escalation_is_raised_once_under_a_minute(engine: Engine, fake: FakePlatform,
                                                        clock: FakeClock) -> None:
    board = board_of(engine, clock)
    alarms: list[str] = []
    board.alarm.connect(lambda kind, key: alarms.append(kind))
    fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    assert alarms == [AlarmKind.NEW_ORDER]
    clock.advance(3 * 60 + 59)
    board.tick(clock.now())
    assert AlarmKind.ESCALATION not in alarms
    clock.advance(2)
    board.tick(clock.now())
    clock.advance(1)
    board.tick(clock.now())
    assert alarms.count(AlarmKind.ESCALATION) == 1
    assert len(board.critical()) == 1


async def test_one_tick_is_one_signal_per_column_not_one_per_ticket(db: Database) -> None:
    clock = FakeClock(SHOWCASE_NOW)
    engine = Engine(db, adapters(), clock)
    seed_board(db, SHOWCASE_NOW)
    board = board_of(engine, clock)
    emitted: list[tuple[int, int]] = []
    for model in board.models.values():
        model.dataChanged.connect(lambda a, b, roles, m=model: emitted.append((a.row(), b.row())))
    board.tick(clock.now())
    non_empty = [c for c in Column if board.count(c)]
    assert len(emitted) == len(non_empty)
    assert sorted(b - a + 1 for a, b in emitted) == sorted(board.count(c) for c in non_empty)
