"""Two screens of one restaurant on one PostgreSQL: what staff do on one shows on the other.

Each window has its own engine and its own connection to the shared store; only the counter polls the
platform and sends the outbox (as the station holding the lock would). The kitchen hears of every
change through the change feed (NOTIFY, then the log read on by sequence number).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.domain.order import OrderKey
from kds.platforms.base import PlatformRejectedError
from kds.services.engine import Engine, EngineSettings
from kds.store.connect import open_database
from kds.store.outbox import ActionState
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.board import AlarmKind
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.postgres import fresh_schema
from tests.ui.conftest import tap

WAIT = 10.0  # seconds a change may take to reach the other screen before the test fails (never a measure)


@dataclass
class Station:
    window: MainWindow
    engine: Engine

    def column(self, key: OrderKey) -> Column | None:
        return self.window.board.column_of(key)


@pytest.fixture
def shared_store() -> Iterator[str]:
    with fresh_schema("kds_stations") as dsn:
        yield dsn


@pytest.fixture
def stations(app: QApplication, shared_store: str, fake: FakePlatform, clock: FakeClock,
             sounds: SoundBoard) -> Iterator[tuple[Station, Station]]:
    opened = []
    for name in ("counter", "kitchen"):
        engine = Engine(open_database(shared_store, origin=name), [fake], clock, EngineSettings(undo_seconds=5))
        window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
        window.resize(1200, 800)
        window.show()
        opened.append(Station(window, engine))
    yield opened[0], opened[1]
    for station in opened:
        retire(station.window)
        station.engine.db.close()


async def test_ready_tapped_in_the_kitchen_shows_on_the_counter_and_is_sent_once(
        stations: tuple[Station, Station], fake: FakePlatform, clock: FakeClock) -> None:
    counter, kitchen = stations
    for station in stations:
        station.engine.feed.start()  # only the feed: the test polls and sends by hand
    try:
        order = fake.add_order()
        fake.push(order.key.order_id, EventKind.ACCEPTED)
        await counter.engine.pollers[fake.platform].poll_once()
        assert counter.column(order.key) is Column.PREPARING
        await until(lambda: kitchen.column(order.key) is Column.PREPARING, timeout=WAIT,
                    message="the order never reached the kitchen screen")

        tap(kitchen.window, order.key, "action:ready")
        record = kitchen.window.board.ticket(order.key).latest(Action.READY)
        assert record is not None and record.state is ActionState.PENDING

        def counter_shows_it() -> bool:
            card = counter.window.board.card(order.key)
            return card is not None and card.button(f"undo:{record.id}") is not None

        await until(counter_shows_it, timeout=WAIT, message="the kitchen's Ready never showed on the counter")

        clock.advance(6)  # past the undo window; the counter runs the shared outbox
        await counter.engine.runner.run_due()
        await kitchen.engine.runner.run_due()  # even if the kitchen tried too: the action is done
        assert len(fake.calls_of(Action.READY)) == 1
        await counter.engine.pollers[fake.platform].poll_once()
        assert counter.column(order.key) is Column.READY
        await until(lambda: kitchen.column(order.key) is Column.READY, timeout=WAIT,
                    message="the kitchen never saw the order ready")
        assert kitchen.window.board.ticket(order.key).latest(Action.READY).state is ActionState.DONE
    finally:
        for station in stations:
            await station.engine.feed.stop()


async def test_a_cancellation_a_refund_request_and_a_failed_action_reach_every_station(
        stations: tuple[Station, Station], fake: FakePlatform, clock: FakeClock) -> None:
    counter, kitchen = stations
    rang: dict[str, list[tuple[str, OrderKey]]] = {"counter": [], "kitchen": []}
    counter.window.board.alarm.connect(lambda kind, key: rang["counter"].append((kind, key)))
    kitchen.window.board.alarm.connect(lambda kind, key: rang["kitchen"].append((kind, key)))
    for station in stations:
        station.engine.feed.start()
    try:
        cancelled, refunded, refused = fake.add_order(), fake.add_order(), fake.add_order()
        for order in (cancelled, refunded, refused):
            fake.push(order.key.order_id, EventKind.ACCEPTED)
        await counter.engine.pollers[fake.platform].poll_once()
        await until(lambda: all(kitchen.column(o.key) is Column.PREPARING for o in (cancelled, refunded, refused)),
                    timeout=WAIT, message="the orders never reached the kitchen screen")
        assert {kind for kind, _ in rang["kitchen"]} <= {AlarmKind.NEW_ORDER}  # accepted by the platform: new here
        rang["kitchen"].clear()

        fake.push(cancelled.key.order_id, EventKind.CANCELLED, actor="platform")
        fake.request_refund(refunded.key.order_id)
        await counter.engine.pollers[fake.platform].poll_once()
        expected = {(AlarmKind.CANCELLED, cancelled.key), (AlarmKind.REFUND_REQUEST, refunded.key)}
        assert expected <= set(rang["counter"])  # the station that polled them rang
        await until(lambda: expected <= set(rang["kitchen"]), timeout=WAIT,
                    message=f"the kitchen never rang for the cancellation and the refund request: {rang['kitchen']}")

        # A Ready tapped in the kitchen that the platform refuses shows as failed on the kitchen's card too.
        tap(kitchen.window, refused.key, "action:ready")
        record = kitchen.window.board.ticket(refused.key).latest(Action.READY)
        assert record is not None
        await until(lambda: counter.window.board.ticket(refused.key).latest(Action.READY) is not None, timeout=WAIT,
                    message="the kitchen's Ready never reached the counter")
        clock.advance(6)
        fake.fail_next.append(PlatformRejectedError("order already collected"))
        await counter.engine.runner.run_due()
        assert counter.window.board.ticket(refused.key).latest(Action.READY).state is ActionState.FAILED

        def kitchen_shows_it_failed() -> bool:
            card = kitchen.window.board.card(refused.key)
            return card is not None and card.button(f"retry:{record.id}") is not None

        await until(kitchen_shows_it_failed, timeout=WAIT, message="the kitchen never showed its Ready failed")
        assert AlarmKind.NEW_ORDER not in {kind for kind, _ in rang["kitchen"]}  # an update is never a new order
    finally:
        for station in stations:
            await station.engine.feed.stop()
