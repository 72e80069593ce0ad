"""The real window against the Keeta Standard demo stack: simulator → relay → app → simulator.

The stack is the one `kds --demo` runs for Keeta Standard (`kds.startup.demo`, from `kds.simulator.registry`): the
simulator pushes signed webhooks into a real relay on 127.0.0.1, the app long-polls the relay and
acts on the simulator's Standard API. Platform time runs `SCALE` times faster, so the simulator's
windows (10 s to confirm, 30 s to answer a refund request) and the app's scaled policy agree.
Orders are placed on demand (no generator), and every step is taken with the window's own
buttons; the simulator's call log is the proof of what reached Keeta, and how many times.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from kds.clock import SystemClock
from kds.domain.actions import Action
from kds.domain.deadlines import ClockKind
from kds.domain.money import Money
from kds.domain.order import OrderKey, Platform
from kds.domain.riders import Vehicle
from kds.domain.states import Stage
from kds.platforms.keeta_std.adapter import create_adapter
from kds.platforms.keeta_std.tokens import MerchantToken
from kds.platforms.registry import POLICIES
from kds.printing.config import PrinterConfig, PrintSettings, StatusQuery
from kds.printing.decoder import decode, printed_text
from kds.printing.queue import PrintQueue
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.orders import Ticket
from kds.services.poller import PollerSettings
from kds.services.printing import PrintBridge
from kds.simulator.keeta_std import ItemSpec, KeetaStdDemo, KeetaStdSimState, SimConfig, start_demo
from kds.simulator.keeta_std.api import HANDLERS, ActionCall
from kds.simulator.keeta_std.catalog import MENU, AttrSpec, DishSpec
from kds.station.settings import RiderSettings, Settings
from kds.store.db import Database
from kds.store.outbox import ActionState
from kds.store.print_jobs import PrintJobRepository
from kds.ui import wording
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sheets.confirm import TwoTapSheet
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.sheets.refund import PartialRefundSheet
from kds.ui.sheets.rider import RiderSheet
from kds.ui.viewmodels.card import CardData, Column
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.main_window import MainWindow
from tests.fakes.waiting import until
from tests.ui.conftest import tap, tap_card

SCALE = 30.0
"""Platform time runs this much faster: 5 minutes to confirm become 10 s, 15 to answer a refund 30 s."""
UNDO_SECONDS = 0.4
"""The Undo window of Ready and Collected (real seconds): long enough to see, short enough to wait out."""
WAIT = 10.0
"""Longest wait for one step to travel through the relay and back (it normally takes well under 1 s)."""
STOP = 15.0
"""Longest wait for the engine to stop: a stop that hangs fails the test instead of the whole run."""


@dataclass
class Stack:
    """One running demo stack and the window over it."""

    sim: KeetaStdSimState
    engine: Engine
    window: MainWindow

    def key(self, order_id: str) -> OrderKey:
        """The board key of a simulator order."""
        return OrderKey(Platform.KEETA_STD, order_id)

    def ticket(self, key: OrderKey) -> Ticket:
        """`key`'s ticket as the board holds it."""
        found = self.window.board.ticket(key)
        assert found is not None, f"{key} is not on the board"
        return found

    def card(self, key: OrderKey) -> CardData:
        """`key`'s card as the board draws it."""
        found = self.window.board.card(key)
        assert found is not None, f"{key} has no card"
        return found

    def calls(self, order_id: str, action: str) -> list[ActionCall]:
        """Calls of `action` (e.g. "order/confirm") the simulator received for `order_id`."""
        return self.sim.calls(order_id, action)

    async def wait(self, predicate: Callable[[], object], what: str, *keys: OrderKey) -> None:
        """Wait until `predicate()`; on time-out, fail saying what the platform, the relay and the app saw."""
        try:
            await until(predicate, timeout=WAIT)
        except AssertionError:
            raise AssertionError(f"{what}\n{self.diagnosis(keys)}") from None

    def diagnosis(self, keys: tuple[OrderKey, ...]) -> str:
        """Polling health, and per order: webhooks sent (with the relay's answers), events journalled, column."""
        lines = [f"polling: {self.engine.pollers[Platform.KEETA_STD].health}"]
        for key in keys:
            hooks = [(h.event_id, h.answers) for h in self.sim.webhooks(key.order_id)]
            journal = [(e.event.kind.value, e.raw.event_type, e.acked_at is not None)
                       for e in self.engine.orders.journal(key)]
            lines.append(f"{key.order_id}: column {self.window.board.column_of(key)}; webhooks {hooks}; "
                         f"journal {journal}; calls {[(c.action, c.code) for c in self.sim.calls(key.order_id)]}")
        return "\n".join(lines)

    def acted(self, order_id: str) -> list[str]:
        """Every state-changing call for `order_id`, in order (reads and previews left out)."""
        reads = {"order/get", "order/refund/part/products/preview"}
        return [c.action for c in self.sim.calls(order_id) if c.action not in reads]


@contextlib.asynccontextmanager
async def demo_stack(tmp_path: Path, token: Callable[[KeetaStdDemo], MerchantToken] | None = None, *,
                     settings: Settings | None = None, printer: Path | None = None,
                     **config: Any) -> AsyncIterator[Stack]:
    """Start the Keeta Standard demo stack as `kds --demo` does, the engine and the real window; stop them all.

    `token(demo)` gives the merchant token the app starts with (default: the demo's, never renewed);
    `settings` are the station's (its riders); `printer` is a file every document prints into;
    `config` overrides the simulator's knobs.
    """
    demo = start_demo(SimConfig(**{"time_scale": SCALE, "seed": 11, "order_rate_per_min": 0, **config}))
    db = Database(tmp_path / "kds.sqlite3")
    clock = SystemClock()
    engine: Engine | None = None
    window: MainWindow | None = None
    queue: PrintQueue | None = None
    try:
        kwargs = demo.credentials_kwargs()
        if token is not None:
            kwargs["access_token"] = token(demo)
        # A short long-poll, so that stopping never waits on a held request.
        adapter = create_adapter(demo.relay_url, demo.tenant_token, demo.api_url, **kwargs,
                                 clock=clock, policy=POLICIES[Platform.KEETA_STD].scaled(SCALE), wait=1.0)
        engine = Engine(db, [adapter], clock, EngineSettings(
            poller_for={Platform.KEETA_STD: PollerSettings(interval=0.0, auth_retry=60.0 / SCALE)},
            poll_limit_for={Platform.KEETA_STD: PollLimit(requests=30, window=60.0)},
            undo_seconds=UNDO_SECONDS))
        if printer is not None:
            queue = PrintQueue(PrintJobRepository(db), PrintSettings(printers=(
                PrinterConfig(name="counter", target=f"file:{printer}", status=StatusQuery.OFF),)), clock)
            PrintBridge(engine.orders.orders, queue, engine.bus)
            queue.subscribe(engine.bus.publish)
            await queue.start()
        # Silent: the window's own sound board (its child, deleted with it) plays nothing.
        window = MainWindow(engine, clock, UiSettings(sounds=False), start_ticker=False,
                            station=StationContext(settings=settings or Settings()), printing=queue)
        window.resize(1600, 1000)
        window.show()
        engine.start()
        yield Stack(demo.sim.state, engine, window)
    finally:
        try:
            if engine is not None:
                await asyncio.wait_for(engine.stop(), STOP)
            if queue is not None:
                await queue.close(grace=2.0)
        finally:
            if window is not None:
                await deleted(window)
            demo.stop()
            db.close()


async def deleted(window: MainWindow) -> None:
    """Close the window and wait until Qt has deleted it here, on the GUI thread (see `kds.ui.lifetime`).

    Left to the cyclic collector, the window could be freed on one of the relay's or the simulator's
    threads, where Qt cannot stop its timers.
    """
    gone: list[bool] = []
    window.destroyed.connect(lambda *_: gone.append(True))
    retire(window)
    await until(lambda: gone, timeout=WAIT, message="Qt never deleted the closed window")


def click(button: QPushButton | None) -> None:
    """Press and release the mouse on a real button."""
    assert button is not None and button.isVisible() and button.isEnabled(), f"{button} cannot be tapped"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def dish(name: str) -> DishSpec:
    """A dish of the simulator's menu."""
    return next(d for d in MENU if d.name.endswith(name))


def option(of: DishSpec, name: str) -> AttrSpec:
    """An option of `of`."""
    return next(a for a in of.attrs if a.name.endswith(name))


async def placed(stack: Stack, kind: str, items: list[ItemSpec] | None = None) -> OrderKey:
    """Place an order on the simulator and wait for its card in New."""
    order_id = stack.sim.create_order(kind, items=items)
    key = stack.key(order_id)
    await stack.wait(lambda: stack.window.board.column_of(key) is Column.NEW,
                     f"{kind} order {order_id} never reached the board", key)
    return key


def tap_board(stack: Stack, key: OrderKey, button_id: str) -> None:
    """Tap a button on `key`'s card, with nothing covering the board (as staff would)."""
    assert stack.window.top_overlay() is None, "the board is covered"
    tap(stack.window, key, button_id)


async def confirmed(stack: Stack, key: OrderKey) -> None:
    """Tap Confirm twice (a double tap) and wait for the card to move to Preparing; Keeta hears it once."""
    tap_board(stack, key, "action:confirm")
    # The first tap kills the button; the second lands on a dead button and does nothing at all.
    tap(stack.window, key, "action:confirm")
    assert stack.window.top_overlay() is None
    assert stack.window.board.column_of(key) is Column.PREPARING  # at once, as "confirming"
    await stack.wait(lambda: stack.ticket(key).status.stage is Stage.ACCEPTED,
                     "the confirmation never came back from Keeta", key)
    assert [c.applied for c in stack.calls(key.order_id, "order/confirm")] == [True]


def preview_cents(sim: KeetaStdSimState, order_id: str, items: list[tuple[str, int]]) -> tuple[int, str]:
    """What the simulator's own preview endpoint computes for `items` ((orderProductId, count))."""
    with sim.lock:
        order = sim.orders[order_id]
        params: dict[str, Any] = {
            "orderViewId": order.order_id, "shopId": order.shop_id,
            "products": [{"orderProductId": int(line), "refundCount": n} for line, n in items]}
        data = HANDLERS["order/refund/part/products/preview"](sim, params, sim.tick())
    return data["refundMoney"], data["currency"]


def products_of(call: ActionCall) -> list[tuple[str, int]]:
    """`products` of a partial-refund call as (orderProductId, refundCount)."""
    return sorted((str(p["orderProductId"]), int(p["refundCount"])) for p in call.body["products"])


async def test_pickup_order_is_confirmed_prepared_and_collected(app: QApplication, tmp_path: Path) -> None:
    async with demo_stack(tmp_path) as stack:
        board = stack.window.board
        key = await placed(stack, "pickup")
        order_id = key.order_id
        await confirmed(stack, key)
        assert stack.sim.order_state(order_id).history[-1] == "confirmed"

        # Ready: an Undo window first, then Keeta's /order/prepare, once.
        tap_board(stack, key, "action:ready")
        record = stack.ticket(key).latest(Action.READY)
        assert record is not None and stack.card(key).button(f"undo:{record.id}") is not None
        assert stack.calls(order_id, "order/prepare") == []  # nothing leaves during the Undo window
        await stack.wait(lambda: board.column_of(key) is Column.READY,
                         "Ready never went out after its Undo window", key)
        assert [c.applied for c in stack.calls(order_id, "order/prepare")] == [True]
        assert stack.sim.order_state(order_id).history[-1] == "prepared"

        # Collected: the same Undo window, then /order/collect; the ticket finishes in Out/Done.
        tap_board(stack, key, "action:collect")
        record = stack.ticket(key).latest(Action.COLLECT)
        assert record is not None and stack.card(key).button(f"undo:{record.id}") is not None
        assert stack.calls(order_id, "order/collect") == []
        await stack.wait(lambda: board.column_of(key) is Column.DONE,
                         "Collected never went out after its Undo window", key)
        ticket = stack.ticket(key)
        assert ticket.status.stage is Stage.DONE
        assert stack.card(key).finished == wording.tr("Collected")
        done = ticket.latest(Action.COLLECT)
        assert done is not None and done.id == record.id and done.state is ActionState.DONE
        snapshot = stack.sim.order_state(order_id)
        assert snapshot.history[-1] == "collected" and snapshot.status == 40  # completed on Keeta
        assert stack.acted(order_id) == ["order/confirm", "order/prepare", "order/collect"]
        assert all(c.applied for c in stack.sim.calls(order_id))


async def test_partial_refund_of_chosen_items_shows_the_previewed_amount(app: QApplication, tmp_path: Path) -> None:
    rice, tea = dish("Char siu rice"), dish("HK milk tea")
    items = [ItemSpec(rice, 2, (option(rice, "Extra egg"),)), ItemSpec(tea, 1, (option(tea, "Iced (+$3)"),)),
             ItemSpec(dish("Egg tart (2)"), 1)]
    async with demo_stack(tmp_path) as stack:
        window = stack.window
        key = await placed(stack, "delivery", items)
        order_id = key.order_id
        await confirmed(stack, key)

        # The refund sits in the drawer (a tap on the card), with every other action of the order.
        assert window.top_overlay() is None
        tap_card(window, key)
        drawer = window.top_overlay()
        assert isinstance(drawer, OrderDrawer) and drawer.key == key
        click(drawer.findChild(QPushButton, "drawer-action:partial_refund"))
        sheet = window.top_overlay()
        assert isinstance(sheet, PartialRefundSheet)

        # One of the two rice plates (with its extra egg) and the iced tea.
        lines = {line.name: line.line_id for line in sheet.order.lines}
        rice_line, tea_line = lines[rice.name], lines[tea.name]
        click(sheet.plus[rice_line])
        click(sheet.plus[tea_line])
        chosen = sorted([(rice_line, 1), (tea_line, 1)])
        assert sorted(sheet.items()) == chosen

        cents, currency = preview_cents(stack.sim, order_id, chosen)
        assert cents == (rice.price + option(rice, "Extra egg").price) + (tea.price + option(tea, "Iced (+$3)").price)
        shown = wording.money(Money.from_minor(cents, currency))
        await stack.wait(lambda: sheet.confirmed_by_platform, f"no preview from Keeta: {sheet.total.text()}", key)
        assert sheet.total.text() == wording.tr("Refund amount (from the platform): %1").replace("%1", shown)
        assert shown in sheet.confirm.text()
        asked = stack.calls(order_id, "order/refund/part/products/preview")
        assert asked and products_of(asked[-1]) == chosen  # the amount on screen is Keeta's answer

        # A reason, then two taps: the first only arms the button.
        click(sheet.reason_buttons["200001"])  # item out of stock
        await stack.wait(lambda: sheet.confirmed_by_platform, f"no preview from Keeta: {sheet.total.text()}", key)
        assert sheet.total.text().endswith(shown)
        click(sheet.confirm)
        assert sheet.confirm.armed and stack.calls(order_id, "order/refund/part/apply") == []
        click(sheet.confirm)
        assert window.top_overlay() is drawer  # the sheet closed on the second tap

        # Keeta refunds at once and says so by webhook (1007); the app shows the refunded amount.
        await stack.wait(lambda: stack.ticket(key).status.refunded is not None,
                         "Keeta's partial-refund webhook never reached the board", key)
        (call,) = stack.calls(order_id, "order/refund/part/apply")
        assert call.applied and products_of(call) == chosen
        assert str(call.body["partRefundType"]) == "200001"
        record = stack.ticket(key).latest(Action.PARTIAL_REFUND)
        assert record is not None and record.state is ActionState.DONE
        assert stack.ticket(key).status.refunded == Money.from_minor(cents, currency)
        assert stack.sim.order_state(order_id).refunded_money == cents
        assert stack.sim.order_state(order_id).refundable == {rice_line: 1, tea_line: 0,
                                                               lines[dish("Egg tart (2)").name]: 1}
        assert stack.acted(order_id) == ["order/confirm", "order/refund/part/apply"]


async def test_customer_refund_requests_are_agreed_or_rejected_with_a_reason(app: QApplication, tmp_path: Path,
                                                                             qtbot: Any) -> None:
    async with demo_stack(tmp_path) as stack:
        window, board = stack.window, stack.window.board
        agreed, rejected = await placed(stack, "delivery"), await placed(stack, "delivery")
        await confirmed(stack, agreed)
        await confirmed(stack, rejected)

        # The customers ask: one for the whole order (1005), one for a single item (1007).
        stack.sim.request_refund(agreed.order_id)
        line_id, name = next((line.line_id, line.name) for line in stack.ticket(rejected).order.lines)
        stack.sim.request_refund(rejected.order_id, items=[(line_id, 1)])
        for key in (agreed, rejected):
            await stack.wait(partial(lambda k: board.column_of(k) is Column.NEW, key),
                             f"the refund request of {key.order_id} never reached the board", agreed, rejected)
        for key in (agreed, rejected):
            with stack.sim.lock:
                pending = stack.sim.orders[key.order_id].pending_refund
                assert pending is not None
                asked = Money.from_minor(pending.money, stack.sim.config.currency)
            card = stack.card(key)
            assert card.refund.startswith(wording.tr("Refund requested") + " · " + wording.money(asked))
            assert [b.id for b in card.buttons[:2]] == ["action:agree_refund", "action:reject_refund"]
        assert wording.tr("whole order") in stack.card(agreed).refund
        assert name in stack.card(rejected).refund and wording.tr("whole order") not in stack.card(rejected).refund

        # Each card counts down the time left to answer (15 platform minutes = 30 s here; one second more
        # at most, since Keeta's clock is read from `Date` headers, which drop the fraction of a second).
        window.ticker.tick()
        for key in (agreed, rejected):
            clock = board.display_clock(key)
            minutes, seconds = (int(part) for part in clock.text.split(":"))
            assert clock.kind is ClockKind.REFUND and 0 < minutes * 60 + seconds <= 15 * 60 / SCALE + 1, clock

        # Agree: a sheet saying what leaves, two taps, one /order/agree; Keeta refunds and the card goes
        # back to Preparing.
        tap_board(stack, agreed, "action:agree_refund")
        agree = window.top_overlay()
        assert isinstance(agree, TwoTapSheet)
        click(agree.confirm)
        assert agree.confirm.armed and stack.calls(agreed.order_id, "order/agree") == []
        click(agree.confirm)
        await stack.wait(lambda: board.column_of(agreed) is Column.PREPARING,
                         "the agreed refund never came back from Keeta", agreed)
        assert [c.applied for c in stack.calls(agreed.order_id, "order/agree")] == [True]
        assert stack.ticket(agreed).status.refund_request is None
        assert stack.sim.order_state(agreed.order_id).refund_outcomes == ("refunded",)

        # Reject: a reason sheet, words for "Other", two taps; one /order/reject with that code.
        tap_board(stack, rejected, "action:reject_refund")
        sheet = window.top_overlay()
        assert isinstance(sheet, ReasonSheet) and not sheet.confirm.isEnabled()
        click(sheet.reason_buttons["100000"])
        assert not sheet.confirm.isEnabled()  # "Other" needs a few words
        qtbot.keyClicks(sheet.text, "Every item was in the bag")
        click(sheet.confirm)
        assert sheet.confirm.armed and stack.calls(rejected.order_id, "order/reject") == []
        click(sheet.confirm)
        assert window.top_overlay() is None
        await stack.wait(lambda: board.column_of(rejected) is Column.PREPARING,
                         "the rejected refund never came back from Keeta", rejected)
        (call,) = stack.calls(rejected.order_id, "order/reject")
        assert call.applied
        assert (str(call.body["rejectCode"]), call.body["rejectReason"]) == ("100000", "Every item was in the bag")
        assert stack.ticket(rejected).status.refund_request is None
        assert stack.sim.order_state(rejected.order_id).refund_outcomes == ("rejected",)

        assert stack.acted(agreed.order_id) == ["order/confirm", "order/agree"]
        assert stack.acted(rejected.order_id) == ["order/confirm", "order/reject"]


async def test_an_order_out_with_our_rider_can_still_be_cancelled_with_a_reason_and_two_taps(
        app: QApplication, tmp_path: Path) -> None:
    async with demo_stack(tmp_path) as stack:
        window = stack.window
        key = await placed(stack, "self_delivery")
        await confirmed(stack, key)
        tap_card(window, key)
        drawer = window.top_overlay()
        assert isinstance(drawer, OrderDrawer)
        click(drawer.findChild(QPushButton, "drawer-action:dispatch"))  # our rider leaves with the food
        picker = window.top_overlay()
        assert isinstance(picker, RiderSheet) and picker.without is not None
        click(picker.without)  # no riders set up: dispatched without a name
        await stack.wait(lambda: stack.ticket(key).status.stage is Stage.OUT, "the order never went out", key)
        drawer.close_overlay()
        assert stack.sim.order_state(key.order_id).status == 37  # delivering, on Keeta too
        assert Action.CANCEL in stack.ticket(key).allowed
        tap_card(window, key)
        drawer = window.top_overlay()
        assert isinstance(drawer, OrderDrawer)
        click(drawer.findChild(QPushButton, "drawer-action:cancel"))
        sheet = window.top_overlay()
        assert isinstance(sheet, ReasonSheet) and not sheet.confirm.isEnabled()
        click(sheet.reason_buttons["500003"])  # not enough staff
        click(sheet.confirm)
        assert sheet.confirm.armed and stack.calls(key.order_id, "order/cancel") == []
        click(sheet.confirm)
        await stack.wait(lambda: stack.ticket(key).status.stage is Stage.CANCELLED,
                         "the cancellation never came back from Keeta", key)
        (call,) = stack.calls(key.order_id, "order/cancel")
        assert call.applied and str(call.body["cancelCode"]) == "500003"
        assert stack.sim.order_state(key.order_id).cancelled_by == "merchant"
        assert stack.acted(key.order_id) == ["order/confirm", "order/dispatched", "order/cancel"]
        assert stack.card(key).cancelled.startswith(wording.tr("CANCELLED"))


async def test_a_refund_status_kds_does_not_know_is_still_answered_from_the_card(app: QApplication,
                                                                                 tmp_path: Path) -> None:
    async with demo_stack(tmp_path, refund_request_status=2010) as stack:
        board = stack.window.board
        key = await placed(stack, "delivery")
        await confirmed(stack, key)
        stack.sim.request_refund(key.order_id)  # status 2010: not in KDS's table
        await stack.wait(lambda: board.column_of(key) is Column.NEW, "the request never reached the board", key)
        card = stack.card(key)
        assert card.refund.startswith(wording.tr("Refund request — status %1").replace("%1", "2010"))
        assert [b.id for b in card.buttons[:2]] == ["action:agree_refund", "action:reject_refund"]
        assert stack.engine.pollers[Platform.KEETA_STD].health.quarantined == 0
        tap_board(stack, key, "action:agree_refund")
        agree = stack.window.top_overlay()
        assert isinstance(agree, TwoTapSheet)
        click(agree.confirm)
        click(agree.confirm)
        await stack.wait(lambda: board.column_of(key) is Column.PREPARING, "the agreed refund never came back", key)
        assert [c.applied for c in stack.calls(key.order_id, "order/agree")] == [True]
        assert stack.sim.order_state(key.order_id).refund_outcomes == ("refunded",)


async def open_refund_sheet(stack: Stack, key: OrderKey) -> PartialRefundSheet:
    tap_card(stack.window, key)
    drawer = stack.window.top_overlay()
    assert isinstance(drawer, OrderDrawer)
    click(drawer.findChild(QPushButton, "drawer-action:partial_refund"))
    sheet = stack.window.top_overlay()
    assert isinstance(sheet, PartialRefundSheet)
    return sheet


async def test_the_refund_picker_stops_at_what_keeta_says_is_left(app: QApplication, tmp_path: Path) -> None:
    rice, tea = dish("Char siu rice"), dish("HK milk tea")
    async with demo_stack(tmp_path) as stack:
        key = await placed(stack, "delivery", [ItemSpec(rice, 3), ItemSpec(tea, 1)])
        await confirmed(stack, key)
        lines = {line.name: line.line_id for line in stack.ticket(key).order.lines}
        rice_line, tea_line = lines[rice.name], lines[tea.name]
        # Earlier, on the Keeta tablet: one rice and the tea refunded.
        products = [{"orderProductId": int(rice_line), "refundCount": 1}, {"orderProductId": int(tea_line),
                                                                            "refundCount": 1}]
        assert stack.sim.act_on_tablet(key.order_id, "order/refund/part/apply", products=products,
                                       partRefundType=200001) == 0
        await stack.wait(lambda: stack.ticket(key).status.refunded is not None, "the 1007 never arrived", key)

        sheet = await open_refund_sheet(stack, key)
        await stack.wait(lambda: sheet.limits.from_platform, "Keeta's refundable quantities never came", key)
        assert sheet.limits.quantities == {rice_line: 2, tea_line: 0}
        for _ in range(3):
            click(sheet.plus[rice_line])
        assert sheet.quantities[rice_line] == 2  # capped at what is left, not the 3 ordered
        assert sheet.notes[rice_line].text() == wording.tr("%1 left to refund").replace("%1", "2")
        assert not sheet.plus[tea_line].isEnabled() and not sheet.minus[tea_line].isEnabled()
        assert sheet.notes[tea_line].text() == wording.tr("Nothing left to refund")
        assert not sheet.estimate.isVisible()
        await stack.wait(lambda: sheet.confirmed_by_platform, f"no preview: {sheet.total.text()}", key)
        sheet.grab().save(str(tmp_path / "refund-limits.png"))


async def test_without_keetas_preview_the_picker_estimates_from_earlier_refunds(app: QApplication,
                                                                                tmp_path: Path) -> None:
    rice, tea = dish("Char siu rice"), dish("HK milk tea")
    async with demo_stack(tmp_path) as stack:
        key = await placed(stack, "delivery", [ItemSpec(rice, 3), ItemSpec(tea, 1)])
        await confirmed(stack, key)
        lines = {line.name: line.line_id for line in stack.ticket(key).order.lines}
        rice_line, tea_line = lines[rice.name], lines[tea.name]
        assert stack.sim.act_on_tablet(key.order_id, "order/refund/part/apply",
                                       products=[{"orderProductId": int(rice_line), "refundCount": 2}],
                                       partRefundType=200001) == 0
        await stack.wait(lambda: stack.ticket(key).status.refunded is not None, "the 1007 never arrived", key)
        stack.sim.fail_next("order/refund/part/products/preview", 315000101, times=20)  # Keeta is busy

        sheet = await open_refund_sheet(stack, key)
        await stack.wait(lambda: sheet.estimate.text() == wording.tr(
            "The platform could not say what is left to refund: quantities and amount are estimates."),
            f"the estimate was never said: {sheet.estimate.text()}", key)
        assert sheet.estimate.isVisible() and not sheet.limits.from_platform
        assert sheet.limits.quantities == {rice_line: 1, tea_line: 1}  # 3 ordered, 2 refunded by the 1007
        click(sheet.plus[rice_line])
        click(sheet.plus[rice_line])
        assert sheet.quantities[rice_line] == 1
        assert sheet.total.text().startswith(wording.tr("Refund amount (estimate): %1").split("%1")[0])


def expiring_in(days: float, refresh: str | None = None) -> Callable[[KeetaStdDemo], MerchantToken]:
    def token(demo: KeetaStdDemo) -> MerchantToken:
        c = demo.credentials
        return MerchantToken(c.access_token, c.refresh_token if refresh is None else refresh,
                             SystemClock().now() + timedelta(days=days))

    return token


async def test_the_board_warns_a_week_before_the_token_expires(app: QApplication, tmp_path: Path) -> None:
    async with demo_stack(tmp_path, expiring_in(6.5)) as stack:
        window = stack.window
        window.ticker.tick()
        expires = wording.local_date(SystemClock().now() + timedelta(days=6.5))
        assert window.token_banner.isVisible() and not window.token_banner.property("alarm")
        assert expires in window.token_banner.text()
        assert window.token_banner.dismiss is None  # it cannot be waved away; renewing ends it
        assert wording.tr("token expires %1").replace("%1", expires) in window.status.text()
        window.grab().save(str(tmp_path / "token-warning.png"))


async def test_a_failed_renewal_turns_the_board_red_and_a_good_one_clears_it(app: QApplication,
                                                                             tmp_path: Path) -> None:
    async with demo_stack(tmp_path, expiring_in(3, refresh="spent-refresh-token")) as stack:
        window = stack.window
        key = await placed(stack, "pickup")
        tap_board(stack, key, "action:confirm")  # the call renews first: Keeta refuses the refresh token
        await stack.wait(lambda: stack.ticket(key).status.stage is Stage.ACCEPTED, "never confirmed", key)
        window.ticker.tick()
        assert window.token_banner.isVisible() and window.token_banner.property("alarm") is True
        assert wording.tr("token renewal failed") in window.status.text()
        window.grab().save(str(tmp_path / "token-failed.png"))

    async with demo_stack(tmp_path / "again", expiring_in(3)) as stack:
        window = stack.window
        key = await placed(stack, "pickup")
        await confirmed(stack, key)  # renewed first, with the demo's good refresh token
        window.ticker.tick()
        assert not window.token_banner.isVisible() and window.health.token_banner == ""
        status = window.status.text()
        assert wording.tr("token renewal failed") not in status and wording.tr("token expired") not in status
async def test_self_delivery_contact_is_decrypted_shown_printed_and_the_rider_reaches_keeta(
        app: QApplication, tmp_path: Path) -> None:
    riders = (RiderSettings(id=7, name="Chan Tai Man", phone="+852 6123 4567", vehicle=Vehicle.SCOOTER,
                            plate="AB 1234"),
              RiderSettings(id=8, name="Wong Siu Ming", phone="+852 9876 5432", vehicle=Vehicle.CAR, plate="XY 99"))
    paper = tmp_path / "counter.bin"
    async with demo_stack(tmp_path, settings=Settings(riders=riders), printer=paper) as stack:
        window, board = stack.window, stack.window.board
        own, other = await placed(stack, "self_delivery"), await placed(stack, "delivery")
        with stack.sim.lock:
            plain = dict(stack.sim.orders[own.order_id].ciphers)
            theirs = set(stack.sim.orders[other.order_id].ciphers)
        phone = next(p for p in plain.values() if p.startswith("+852"))
        street = next(p for p in plain.values() if "Road" in p or "Street" in p)
        flat = next(p for p in plain.values() if "Flat" in p)
        await confirmed(stack, own)
        await confirmed(stack, other)

        # After acceptance the phone and the address are decrypted and shown on the card and in the drawer.
        await stack.wait(lambda: stack.card(own).contact_ready, "the contact was never decrypted", own)
        card = stack.card(own)
        assert phone in card.contact and street in card.contact and flat in card.contact
        assert stack.card(other).contact == ""
        tap_card(window, own)
        drawer = window.top_overlay()
        assert isinstance(drawer, OrderDrawer)
        assert phone in drawer.labels["customer"].text() and flat in drawer.labels["customer"].text()

        # Keeta was asked once, for this order's texts only: never for the order its riders deliver.
        asked = [info["cipherText"] for c in stack.sim.calls(action="base/batchDecrypt")
                 for info in c.body["cipherInfos"]]
        assert sorted(asked) == sorted(plain) and not theirs & set(asked)
        assert all(c.applied for c in stack.sim.calls(action="base/batchDecrypt"))

        # The receipt printed them (decoded from the bytes the printer got).
        await stack.wait(lambda: phone in printed_text(decode(paper.read_bytes())) if paper.exists() else False,
                         "the receipt never printed the phone", own)
        printed = " ".join(printed_text(decode(paper.read_bytes())).split())
        assert street in printed and flat in printed

        # Dispatch: pick the rider; Keeta gets exactly that courierInfo.
        click(next(b for b in drawer.findChildren(QPushButton, "drawer-action:dispatch") if b.isVisible()))
        sheet = window.top_overlay()
        assert isinstance(sheet, RiderSheet)
        click(sheet.rider_buttons[8])
        await stack.wait(lambda: board.column_of(own) is Column.DONE, "Dispatched never went out", own)
        (call,) = stack.calls(own.order_id, "order/dispatched")
        assert call.applied and call.body["courierInfo"] == {
            "courierId": 8, "courierName": "Wong Siu Ming", "courierFirstName": "Wong", "courierLastName": "Siu Ming",
            "courierPhoneInterCode": "+852", "courierPhone": "98765432", "courierVehicle": 3,
            "vehiclePlateNumber": "XY 99"}
        assert stack.acted(own.order_id) == ["order/confirm", "order/dispatched"]
        await stack.wait(lambda: "Wong Siu Ming" in printed_text(decode(paper.read_bytes())),
                         "the delivery slip never printed", own)
