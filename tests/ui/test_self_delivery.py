"""Self-delivery on the counter screen: the decrypted phone and address, the rider picker, Delivered's Undo.

The real window over a real store and the fake platform (which records what it is asked to
decrypt and what each action carried). Screens are saved under `tmp_path` to be looked at.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.order import OrderType
from kds.domain.riders import Rider, Vehicle
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.document import DocKind, from_json, preview
from kds.printing.queue import PrintQueue
from kds.services.engine import Engine
from kds.services.printing import PrintBridge
from kds.station.settings import RiderSettings, Settings
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sheets.rider import RiderSheet
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.card import Column
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap, tap_card

PHONE = "+55 11 98765-4321"
RIDERS = (RiderSettings(id=1, name="Ana Souza", phone="+55 11 91234-5678", plate="FKD-4E21"),
          RiderSettings(id=2, name="Bruno Lima", phone="+55 11 97777-0000", vehicle=Vehicle.BICYCLE))


def click(button: QPushButton | None) -> None:
    assert button is not None and button.isVisible() and button.isEnabled(), f"{button} cannot be tapped"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def drawer_button(drawer: OrderDrawer, button_id: str) -> QPushButton | None:
    """The drawer's button `button_id` as it is now (a refresh replaces them; the old ones go later)."""
    shown = [b for b in drawer.findChildren(QPushButton, f"drawer-{button_id}") if b.isVisible()]
    return shown[0] if shown else None


async def poll(engine: Engine, fake: FakePlatform, clock: FakeClock) -> None:
    clock.advance(61)  # past the fake platform's rate-limit window
    await engine.pollers[fake.platform].poll_once()


async def test_self_delivery_shows_and_prints_the_contact_and_sends_the_chosen_rider(
        app: object, db: Database, fake: FakePlatform, engine: Engine, clock: FakeClock, sounds: SoundBoard,
        tmp_path: Path) -> None:
    from kds.ui.lifetime import retire

    ledger = PrintJobRepository(db)
    queue = PrintQueue(ledger, PrintSettings(printers=(PrinterConfig(name="counter", target="file:/dev/null"),)),
                       clock)  # not started: the jobs stay in the ledger to be read
    PrintBridge(engine.orders.orders, queue, engine.bus)
    station = StationContext(settings=Settings(riders=RIDERS))
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False,
                        station=station, printing=queue)
    window.resize(1600, 1000)
    window.show()
    try:
        own = fake.add_order(type=OrderType.SELF_DELIVERY, customer="Maria Silva")
        assert own.address is not None
        fake.plain = {own.customer.phone: PHONE, own.address.formatted: "Rua Augusta, 1500 - Consolação",
                      own.address.number: "1500", own.address.complement: "Apto 42"}
        other = fake.add_order(type=OrderType.DELIVERY)
        await poll(engine, fake, clock)
        for order in (own, other):
            tap(window, order.key, "action:confirm")
        await engine.runner.run_due()
        await poll(engine, fake, clock)
        assert window.board.column_of(own.key) is Column.PREPARING
        assert window.board.card(own.key).contact == window.board.card(own.key).contact  # built
        assert not window.board.card(own.key).contact_ready  # accepted, not read yet
        await engine.contacts.run_due()

        # Only the self-delivery order went to batchDecrypt.
        assert [key for key, _ in fake.decrypts] == [own.key]
        card = window.board.card(own.key)
        assert card is not None and card.contact_ready
        assert PHONE in card.contact and "Rua Augusta, 1500" in card.contact and "Apto 42" in card.contact
        assert window.board.card(other.key).contact == ""
        window.grab().save(str(tmp_path / "board.png"))

        tap_card(window, own.key)
        drawer = window.top_overlay()
        assert isinstance(drawer, OrderDrawer)
        customer = drawer.labels["customer"].text()
        assert PHONE in customer and "Apto 42" in customer and "Maria Silva" in customer
        window.grab().save(str(tmp_path / "drawer.png"))

        # The receipt printed after the contact was read, with it.
        (receipt,) = [j for j in ledger.for_order(str(own.key)) if j.kind == DocKind.RECEIPT.value]
        printed = " ".join(preview(from_json(receipt.document), 48).split())
        assert PHONE in printed and "Rua Augusta, 1500" in printed and "Apto 42" in printed
        (other_receipt,) = [j for j in ledger.for_order(str(other.key)) if j.kind == DocKind.RECEIPT.value]
        assert "ENC_" not in other_receipt.document

        # Dispatch asks which rider; the one chosen goes to the platform and onto a delivery slip.
        click(drawer_button(drawer, "action:dispatch"))
        sheet = window.top_overlay()
        assert isinstance(sheet, RiderSheet) and sheet.order == [1, 2]
        window.grab().save(str(tmp_path / "picker.png"))
        click(sheet.rider_buttons[2])
        await engine.runner.run_due()
        (dispatch,) = fake.calls_of(Action.DISPATCH)
        assert Rider.from_extra(dispatch.extra) == RIDERS[1].rider()
        (slip,) = [j for j in ledger.for_order(str(own.key)) if j.kind == DocKind.DELIVERY.value]
        assert "Rider: Bruno Lima" in preview(from_json(slip.document), 48)
        await poll(engine, fake, clock)
        assert window.board.column_of(own.key) is Column.DONE
        assert window.board.card(own.key).rider.endswith("Bruno Lima")

        # Another rider takes over (from the drawer, still open under the picker): Bruno is not offered.
        drawer = window.top_overlay()
        assert isinstance(drawer, OrderDrawer)
        await until(lambda: drawer_button(drawer, "action:change_rider") is not None)  # shown on the next loop
        click(drawer_button(drawer, "action:change_rider"))
        change = window.top_overlay()
        assert isinstance(change, RiderSheet) and change.order == [1] and change.without is None
        click(change.rider_buttons[1])
        await engine.runner.run_due()
        (changed,) = fake.calls_of(Action.CHANGE_RIDER)
        assert Rider.from_extra(changed.extra) == RIDERS[0].rider()
        assert len([j for j in ledger.for_order(str(own.key)) if j.kind == DocKind.DELIVERY.value]) == 2

        # Delivered has its Undo window, then names the rider who has the order now.
        window.perform(own.key, Action.DELIVERED)
        record = engine.orders.ticket(own.key).latest(Action.DELIVERED)
        assert record is not None and window.board.card(own.key).button(f"undo:{record.id}") is not None
        await engine.runner.run_due()
        assert fake.calls_of(Action.DELIVERED) == []
        clock.advance(5)
        await engine.runner.run_due()
        (delivered,) = fake.calls_of(Action.DELIVERED)
        assert Rider.from_extra(delivered.extra) == RIDERS[0].rider()
        assert [key for key, _ in fake.decrypts] == [own.key]  # the other order never was
    finally:
        retire(window)
