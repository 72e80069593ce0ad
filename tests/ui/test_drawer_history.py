"""The order drawer (whole order, timeline, action history) and today's searchable history."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind, OrderEvent, RawEvent
from kds.domain.money import Money
from kds.domain.order import Fee, FeeKind
from kds.services.engine import Engine
from kds.station.settings import Language
from kds.ui import wording
from kds.ui.i18n import apply_language, reset_language
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.history import HistoryPanel
from kds.ui.windows.main_window import MainWindow
from kds.ui.windows.order_text import mask_phone
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap_card


async def test_tapping_a_card_opens_its_drawer(window: MainWindow, engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order(customer="Maria Silva", notes="Ring twice")
    await engine.pollers[fake.platform].poll_once()
    tap_card(window, order.key)
    drawer = window.top_overlay()
    assert isinstance(drawer, OrderDrawer) and drawer.isVisible() and drawer.key == order.key
    assert window.board.selected == order.key
    items = drawer.labels["items"].text()
    assert "Pão de queijo" in items and "BRL 12.50" in items and "Ring twice" in items
    assert "ALLERGY: peanuts" in items
    customer = drawer.labels["customer"].text()
    assert "Maria" in customer and "Silva" not in customer  # first name only
    assert "hidden by the platform" in customer  # an ENC_ phone is never shown
    assert "New order" in drawer.labels["timeline"].text()
    assert {"action:confirm", "action:cancel"} <= set(drawer.buttons)
    # Acting from the drawer is the same as acting from the card; the drawer follows the change.
    drawer.findChild(type(drawer.close_button), "drawer-action:confirm").click()
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.CONFIRM)) == 1
    assert "Confirm" in drawer.labels["actions"].text() and "done" in drawer.labels["actions"].text()
    drawer.close_button.click()
    assert window.top_overlay() is None


def test_phone_numbers_are_masked() -> None:
    assert mask_phone("+55 11 98765-4321") == "••••• 4321"
    assert mask_phone("ENC_x9") == "hidden by the platform"
    assert mask_phone("") == "no phone number"


async def test_history_finds_todays_finished_orders(window: MainWindow, engine: Engine, fake: FakePlatform,
                                                    clock: FakeClock, qtbot) -> None:
    done = fake.add_order(customer="Joana Lima")
    for kind in (EventKind.ACCEPTED, EventKind.READY, EventKind.DISPATCHED, EventKind.DELIVERED):
        fake.push(done.key.order_id, kind)
    cancelled = fake.add_order(customer="Pedro Souza")
    fake.push(cancelled.key.order_id, EventKind.CANCELLED, actor="customer")
    fake.add_order(customer="Open Still")  # still on the board: not history
    await engine.pollers[fake.platform].poll_once()
    panel = window.open_history()
    assert isinstance(panel, HistoryPanel)
    rows = [panel.model.data(panel.model.index(i, 0)) for i in range(panel.model.rowCount())]
    assert len(rows) == 2 and not any("Open" in r for r in rows)
    qtbot.keyClicks(panel.search, "joana")
    assert panel.model.rowCount() == 1 and "Joana" in panel.model.data(panel.model.index(0, 0))
    panel.search.clear()
    qtbot.keyClicks(panel.search, done.display_id)
    assert panel.model.rowCount() == 1
    panel.search.clear()
    qtbot.keyClicks(panel.search, "feijoada")  # an item
    assert panel.model.rowCount() == 2
    rect = panel.list.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert isinstance(window.top_overlay(), OrderDrawer)


async def test_the_timeline_and_fees_speak_the_screen_s_language_not_platform_codes(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    order = fake.add_order()
    order = fake.orders[order.key.order_id] = replace(order, fees=(Fee(FeeKind.DELIVERY, "Delivery fee",
                                                                       Money.of("5", "BRL")),))
    webhook = OrderEvent(fake.platform, "wh-1", order.key.order_id, EventKind.REFUND_REQUESTED, clock.now(),
                         source_type="KEETA_1005", actor="customer")
    fake.queue.append((webhook, RawEvent("wh-1", order.key.order_id, "KEETA_1005", {"eventId": "wh-1"})))
    fake.push(order.key.order_id, EventKind.ACCEPTED, actor="merchant", details={"receipt": "confirm"})
    await engine.pollers[fake.platform].poll_once()
    try:
        apply_language(Language.ZH_HK)
        await until(lambda: window.top.history.text() == "記錄")  # the window has retranslated
        drawer = window.open_drawer(order.key)
        timeline, items = drawer.labels["timeline"].text(), drawer.labels["items"].text()
        for code in ("KEETA_1005", "KDS_RECEIPT", "CREATED", "ACCEPTED", "Refund requested", "New order"):
            assert code not in timeline
        for kind in (EventKind.CREATED, EventKind.REFUND_REQUESTED, EventKind.ACCEPTED):
            assert wording.event_kind(kind) in timeline
        assert wording.event_source("customer", ours=False) in timeline
        assert wording.event_source("merchant", ours=True) in timeline
        assert "Delivery fee" not in items and wording.fee(FeeKind.DELIVERY, "Delivery fee") in items
        assert "過敏: ALLERGY: peanuts" in items  # the customer's note, flagged in the screen's word
        card = window.board.card(order.key)
        assert card is not None and card.items[0].note == "過敏: ALLERGY: peanuts"
    finally:
        reset_language()
