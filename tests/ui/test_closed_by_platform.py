"""A stuck order leaves the open columns on its own at the platform's final time, and says why."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from kds.clock import FakeClock
from kds.domain.events import Closing, EventKind, OrderEvent, RawEvent, closing_event
from kds.domain.order import OrderKey, Platform
from kds.platforms.registry import POLICIES
from kds.services.engine import Engine
from kds.store.orders import StoredEvent
from kds.ui.viewmodels.card import Column
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.main_window import MainWindow
from kds.ui.windows.order_text import timeline_html
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap_card


@pytest.fixture
def clock() -> FakeClock:
    """Eight in the morning here, so that four hours later it is still today (the history is today's)."""
    return FakeClock(datetime(2026, 1, 5, 8, 0).astimezone().astimezone(UTC))


@pytest.fixture
def fake(clock: FakeClock) -> FakePlatform:
    """Keeta's rules: every order is final four hours after it was placed."""
    return FakePlatform(clock, platform=Platform.KEETA_STD, policy=POLICIES[Platform.KEETA_STD])


async def test_a_stuck_order_leaves_the_open_columns_on_its_own(window: MainWindow, engine: Engine,
                                                                fake: FakePlatform, clock: FakeClock) -> None:
    stuck = fake.add_order(customer="Ana Costa")
    fake.push(stuck.key.order_id, EventKind.ACCEPTED)
    fake.push(stuck.key.order_id, EventKind.READY)  # its rider's pickup and the CONCLUDED never come
    await engine.pollers[fake.platform].poll_once()
    assert window.board.column_of(stuck.key) is Column.READY
    engine.start()
    try:
        clock.advance(4 * 3600 - 1)
        await until(lambda: fake.polls >= 2)
        window.ticker.tick()
        assert window.board.column_of(stuck.key) is Column.READY  # not a second early
        clock.advance(1)
        await until(lambda: window.board.column_of(stuck.key) is Column.DONE, message="still in an open column")
    finally:
        await engine.stop()
    window.ticker.tick()
    card = window.board.card(stuck.key)
    assert card is not None and card.finished == "Closed by the platform"
    assert "Closed by the platform" in window.board.accessible_text(stuck.key)
    if os.environ.get("KDS_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["KDS_SCREENSHOTS"], "closed-board.png"))
    tap_card(window, stuck.key)
    drawer = window.top_overlay()
    assert isinstance(drawer, OrderDrawer)
    assert "Closed by the platform" in drawer.subtitle.text()
    timeline = drawer.labels["timeline"].text()
    assert "Closed by the platform" in timeline and "its final time passed" in timeline
    assert "KDS_FINAL" not in timeline and "Concluded" not in timeline
    if os.environ.get("KDS_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["KDS_SCREENSHOTS"], "closed-drawer.png"))
    drawer.close_button.click()
    panel = window.open_history()
    rows = [panel.model.data(panel.model.index(i, 0)) for i in range(panel.model.rowCount())]
    assert len(rows) == 1 and "Closed by the platform" in rows[0]


def test_the_timeline_words_kds_own_closing_and_does_not_wait_for_its_acknowledgment(app: object) -> None:
    when = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    key = OrderKey(Platform.KEETA_STD, "o1")
    theirs = OrderEvent(Platform.KEETA_STD, "e1", "o1", EventKind.ACCEPTED, when, source_type="1002")
    ours = closing_event(key, Closing.PICKUP_TIMEOUT, when)
    html = timeline_html([StoredEvent(theirs, RawEvent("e1", "o1", "1002", {"id": "e1"}), when, None),
                          StoredEvent(ours, RawEvent.synthetic(ours), when, None)])
    assert "Closed by the platform" in html and "not marked collected in time" in html
    assert "KDS_PICKUP_TIMEOUT" not in html
    assert html.count("not acknowledged yet") == 1  # the platform's event only: KDS's own is never acknowledged
