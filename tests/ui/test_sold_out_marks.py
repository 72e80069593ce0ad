"""A sold-out dish on the board and on paper: the card's line and the kitchen ticket's line say so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.decoder import decode, printed_text
from kds.printing.document import DocKind
from kds.printing.queue import PrintQueue
from kds.services.engine import Engine
from kds.services.printing import PrintBridge
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sheets.sold_out import SoldOutSheet
from kds.ui.sounds import SoundBoard
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap_card


async def test_the_card_and_the_kitchen_ticket_mark_the_sold_out_line_only(
        app: QApplication, qtbot, db: Database, engine: Engine, fake: FakePlatform, clock: FakeClock,
        sounds: SoundBoard, tmp_path: Path) -> None:
    paper = tmp_path / "kitchen.bin"
    queue = PrintQueue(PrintJobRepository(db), PrintSettings(printers=(
        PrinterConfig(name="kitchen", target=f"file:{paper}", kinds=frozenset({DocKind.KITCHEN})),),
        timezone="UTC"), clock)
    queue.sold_out = engine.sold_out.entries  # as the runtime wires it (`Runtime.attach_printing`)
    bridge = PrintBridge(engine.orders.orders, queue, engine.bus)
    await queue.start()
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False, printing=queue)
    window.resize(1600, 1000)
    window.show()
    try:
        first = fake.add_order()  # Pão de queijo and Feijoada
        await engine.pollers[fake.platform].poll_once()
        sheet = window.open_sold_out()
        assert isinstance(sheet, SoldOutSheet) and len(sheet.rows) == 2
        feijoada = next(k for k, b in sheet.rows.items() if b.text().startswith("Feijoada"))
        qtbot.mouseClick(sheet.rows[feijoada], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(sheet.until_buttons["open"], Qt.MouseButton.LeftButton)  # until switched back
        assert sheet.rows[feijoada].text() == "Feijoada\nSOLD OUT until switched back"
        # Training orders cannot be told anywhere: the sheet says where instead of pretending.
        assert sheet.platform_lines.text().startswith("Test: cannot be told here")
        card = window.board.card(first.key)
        assert card is not None and [i.sold_out for i in card.items] == [False, True]

        second = fake.add_order()
        fake.push(second.key.order_id, EventKind.ACCEPTED)
        await engine.pollers[fake.platform].poll_once()  # confirmed: its kitchen ticket prints
        await until(lambda: "Feijoada" in (printed_text(decode(paper.read_bytes())) if paper.exists() else ""),
                    message="the kitchen ticket did not print")
        lines = printed_text(decode(paper.read_bytes())).splitlines()
        at = next(i for i, line in enumerate(lines) if "Feijoada" in line)
        assert lines[at + 1].strip() == "!! SOLD OUT"
        assert "SOLD OUT" not in "\n".join(lines[:at])  # Pão de queijo is not marked

        qtbot.mouseClick(sheet.back_in_stock, Qt.MouseButton.LeftButton)
        card = window.board.card(second.key)
        assert card is not None and not any(i.sold_out for i in card.items)
    finally:
        retire(window)
        bridge.close()
        await queue.close(grace=2.0)


async def test_staff_link_two_dishes_into_one_row_and_split_an_entry_off_again(
        window: MainWindow, engine: Engine, fake: FakePlatform, qtbot) -> None:
    fake.add_order(lines=4)  # Pão de queijo, Feijoada, 宫保鸡丁, Coxinha
    await engine.pollers[fake.platform].poll_once()
    sheet = window.open_sold_out()
    QTest.keyClicks(sheet.search, "o")  # Pão de queijo, Feijoada and Coxinha
    assert len(sheet.rows) == 3
    rows = {b.text().split("\n")[0]: k for k, b in sheet.rows.items()}
    qtbot.mouseClick(sheet.rows[rows["Coxinha"]], Qt.MouseButton.LeftButton)
    assert not sheet.split_buttons  # one entry: nothing to split
    qtbot.mouseClick(sheet.link_button, Qt.MouseButton.LeftButton)
    assert sheet.empty.text() == "Tap the dish to link into the selected one."
    qtbot.mouseClick(sheet.rows[rows["Feijoada"]], Qt.MouseButton.LeftButton)
    assert len(sheet.rows) == 2 and not sheet.link_button.isChecked()
    assert sheet.selected == rows["Coxinha"] and len(sheet.split_buttons) == 2
    qtbot.mouseClick(sheet.until_buttons[1], Qt.MouseButton.LeftButton)  # one row: both lines sold out
    card = window.board.card(next(iter(fake.orders.values())).key)
    assert card is not None and [i.sold_out for i in card.items] == [False, True, False, True]
    feijoada = next(k for k in sheet.split_buttons if k[1] == "name:feijoada")
    qtbot.mouseClick(sheet.split_buttons[feijoada], Qt.MouseButton.LeftButton)
    assert sorted(b.text().split("\n")[0] for b in sheet.rows.values()) == ["Coxinha", "Feijoada", "Pão de queijo"]


async def test_the_order_drawer_marks_the_sold_out_line_as_the_card_does(
        window: MainWindow, engine: Engine, fake: FakePlatform, qtbot) -> None:
    order = fake.add_order()  # Pão de queijo and Feijoada
    await engine.pollers[fake.platform].poll_once()
    feijoada = next(d for d in engine.sold_out.dishes() if d.name == "Feijoada")
    engine.sold_out.sell_out(feijoada.key, None)
    tap_card(window, order.key)
    drawer = window.top_overlay()
    assert isinstance(drawer, OrderDrawer)
    items = drawer.labels["items"].text()
    # The mark follows Feijoada's line, in the card's words and colours; Pão de queijo has none.
    before, after = items.split("Feijoada")
    assert "SOLD OUT" not in before
    mark = after.split("</tr>")[0] + after.split("</tr>")[1]
    assert "✕ SOLD OUT" in mark
    assert f"background-color:{window.theme.danger};color:{window.theme.danger_text}" in mark
    # Back in stock while the drawer is open: the mark goes at once, as on the card.
    engine.sold_out.back_in_stock(feijoada.key)
    assert "SOLD OUT" not in drawer.labels["items"].text()


async def test_a_dish_linked_or_split_stays_sold_out_and_comes_back_at_its_time(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock, qtbot) -> None:
    order = fake.add_order(lines=4)  # Pão de queijo, Feijoada, 宫保鸡丁, Coxinha
    await engine.pollers[fake.platform].poll_once()
    sheet = window.open_sold_out()
    rows = {b.text().split("\n")[0]: k for k, b in sheet.rows.items()}
    qtbot.mouseClick(sheet.rows[rows["Feijoada"]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.until_buttons[2], Qt.MouseButton.LeftButton)  # for 2 hours
    sold_out = sheet.rows[rows["Feijoada"]].text().split("\n")[1]
    assert sold_out.startswith("SOLD OUT until ")

    def marks() -> list[bool]:
        window.on_tick(clock.now())
        card = window.board.card(order.key)
        assert card is not None
        return [i.sold_out for i in card.items]

    # Feijoada turns out to be Coxinha: linked into it, the one dish is sold out until the same time.
    qtbot.mouseClick(sheet.rows[rows["Coxinha"]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.link_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(sheet.rows[rows["Feijoada"]], Qt.MouseButton.LeftButton)
    assert set(sheet.rows) == {rows["Pão de queijo"], rows["宫保鸡丁"], rows["Coxinha"]}
    assert sheet.rows[rows["Coxinha"]].text() == f"Coxinha\n{sold_out}"
    assert engine.store.sold_out_items() == {rows["Coxinha"]}  # nothing left behind on the old key
    assert marks() == [False, True, False, True]

    # Split off again, Feijoada keeps the sold-out and its time; so does Coxinha.
    feijoada = next(k for k in sheet.split_buttons if k[1] == "name:feijoada")
    qtbot.mouseClick(sheet.split_buttons[feijoada], Qt.MouseButton.LeftButton)
    texts = dict(b.text().split("\n", 1) for b in sheet.rows.values())
    assert texts["Coxinha"] == texts["Feijoada"] == sold_out
    assert "SOLD OUT" not in texts["Pão de queijo"] + texts["宫保鸡丁"]
    assert marks() == [False, True, False, True]

    clock.advance(2 * 60 * 60)  # back in stock by itself, both of them
    await engine.store.run_due()
    assert marks() == [False, False, False, False]
    assert engine.store.sold_out_items() == set()
    sheet.refresh()
    assert not any("SOLD OUT" in b.text() for b in sheet.rows.values())
