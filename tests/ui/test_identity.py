"""Orders can be told apart: by platform, by store, and when two of them carry the same display number.

Both Keeta APIs number their orders from 1, and a platform that restarts its counter gives out #1001
again. The real window runs over two fake platforms with the Keeta policies; the kitchen tickets print
into a file through the real print queue and are read back with the decoder of `kds print --decode`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.domain.order import Order, Platform
from kds.platforms.registry import LABELS, POLICIES
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.decoder import decode, printed_text
from kds.printing.document import DocKind
from kds.printing.queue import PrintQueue
from kds.services.engine import Engine, EngineSettings
from kds.services.printing import PrintBridge
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.history import history_line
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until


@pytest.fixture
def od(clock: FakeClock) -> FakePlatform:
    """Keeta Open Delivery's rules and name."""
    return FakePlatform(clock, Platform.KEETA_OD, POLICIES[Platform.KEETA_OD])


@pytest.fixture
def std(clock: FakeClock) -> FakePlatform:
    """Keeta Standard's rules and name."""
    return FakePlatform(clock, Platform.KEETA_STD, POLICIES[Platform.KEETA_STD])


@pytest.fixture
def two(db: Database, od: FakePlatform, std: FakePlatform, clock: FakeClock) -> Engine:
    """The engine over both Keeta platforms."""
    return Engine(db, [od, std], clock, EngineSettings(undo_seconds=5))


@dataclass
class Kitchen:
    """The kitchen printer's paper (a file) and the print queue."""

    paper: Path
    queue: PrintQueue

    def printed(self) -> str:
        """What came out, decoded."""
        return printed_text(decode(self.paper.read_bytes())) if self.paper.exists() else ""


@pytest.fixture
async def kitchen(db: Database, two: Engine, clock: FakeClock,
                  tmp_path: Path) -> AsyncIterator[Callable[[], Awaitable[Kitchen]]]:
    """Starts a printer for kitchen tickets and receipts, printing into a file, wired as the runtime wires it.

    Started by the test itself, so that the printer's task runs on the test's event loop.
    """
    paper = tmp_path / "kitchen.bin"
    printer = PrinterConfig(name="kitchen", target=f"file:{paper}", kinds=frozenset({DocKind.KITCHEN, DocKind.RECEIPT}),
                            connect_timeout=1.0, timeout=2.0, status_timeout=0.5)
    queue = PrintQueue(PrintJobRepository(db), PrintSettings(printers=(printer,), timezone="UTC"), clock,
                       platform_names=LABELS)
    unsubscribe = queue.subscribe(two.bus.publish)
    bridge = PrintBridge(two.orders.orders, queue, two.bus)

    async def start() -> Kitchen:
        await queue.start()
        return Kitchen(paper, queue)

    yield start
    bridge.close()
    unsubscribe()
    await queue.close(grace=2.0)


@pytest.fixture
def board(app: QApplication, two: Engine, clock: FakeClock, sounds: SoundBoard) -> Iterator[MainWindow]:
    """The real window over both platforms."""
    win = MainWindow(two, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    win.resize(1600, 1000)
    win.show()
    yield win
    retire(win)


def arrive(fake: FakePlatform, **changes: object) -> Order:
    """An order on `fake`, with `changes` to the one `make_order` makes (its store, say)."""
    order = fake.add_order(display_id=str(changes.pop("display_id", "")) or None,
                           order_id=changes.pop("order_id", None))
    if changes:
        order = replace(order, **changes)  # type: ignore[arg-type]
        fake.orders[order.key.order_id] = order
    return order


async def poll(engine: Engine) -> None:
    for poller in engine.pollers.values():
        await poller.poll_once()


async def test_two_platforms_with_the_same_number_are_told_apart_everywhere(
        board: MainWindow, two: Engine, od: FakePlatform, std: FakePlatform, clock: FakeClock,
        kitchen: Callable[[], Awaitable[Kitchen]]) -> None:
    printer = await kitchen()
    first = arrive(od, display_id="1001", order_id="5f3e-77a1")
    clock.advance(60)
    second = arrive(std, display_id="1001", order_id="4402918833")
    for fake, order in ((od, first), (std, second)):
        fake.push(order.key.order_id, EventKind.ACCEPTED)
    await poll(two)

    # The cards: each platform by its own short name, and the later #1001 with the end of its order id.
    cards = [board.board.card(o.key) for o in (first, second)]
    assert cards[0] is not None and cards[1] is not None
    assert (cards[0].platform, cards[1].platform) == ("Keeta OD", "Keeta Std")
    assert (cards[0].display_id, cards[1].display_id) == ("#1001", "#1001·33")
    assert board.board.accessible_text(second.key).startswith("#1001·33 Keeta Std")

    # The drawer.
    titles = []
    for order in (first, second):
        drawer = board.open_drawer(order.key)
        titles.append(drawer.title.text())
        drawer.close_overlay()
    assert titles == ["Keeta OD  #1001", "Keeta Std  #1001·33"]

    # The printed kitchen tickets, decoded as `kds print --decode` does.
    queue = printer.queue
    jobs = [job for o in (first, second) for job in queue.jobs_for(o.key)]
    assert len(jobs) == 4  # a kitchen ticket and a receipt each
    await until(lambda: all(queue.ledger.get(j.id).state == "done" for j in jobs),  # type: ignore[union-attr]
                message="the kitchen tickets and receipts did not print")
    paper = printer.printed()
    heads = [line.strip() for line in paper.splitlines() if line.strip().startswith("#1001")]
    assert heads == ["#1001", "#1001·33"]  # the kitchen tickets' big numbers
    receipts = [line.split()[:2] for line in paper.splitlines() if line.startswith("Order #1001")]
    assert sorted(receipts) == [["Order", "#1001"], ["Order", "#1001·33"]]
    assert "Keeta OD · Delivery" in paper and "Keeta Std · Delivery" in paper

    # The history, once both are delivered.
    for fake, order in ((od, first), (std, second)):
        fake.push(order.key.order_id, EventKind.DELIVERED)
    await poll(two)
    panel = board.open_history()
    lines = [panel.model.data(panel.model.index(row, 0)) for row in range(panel.model.rowCount())]
    assert sorted(line.split(" · ")[:2] for line in lines) == [["#1001", "Keeta OD"], ["#1001·33", "Keeta Std"]]


async def test_a_number_given_again_after_a_restart_of_the_platform(board: MainWindow, two: Engine,
                                                                    od: FakePlatform, clock: FakeClock) -> None:
    earlier = arrive(od, display_id="1001", order_id="aaaa-0001")
    await poll(two)
    before = board.board.card(earlier.key)
    clock.advance(3 * 3600)
    later = arrive(od, display_id="1001", order_id="bbbb-0001")  # ends like the first: a longer tag
    await poll(two)
    cards = board.board.card(earlier.key), board.board.card(later.key)
    assert cards[0] is not None and cards[1] is not None
    assert cards[0].display_id == "#1001" == before.display_id  # the first keeps its number: paper and card agree
    assert cards[1].display_id == "#1001·b0001"
    clock.advance(25 * 3600)
    again = arrive(od, display_id="1001", order_id="cccc-0001")  # a day after both: nothing to tell apart
    await poll(two)
    card = board.board.card(again.key)
    assert card is not None and card.display_id == "#1001"


async def test_with_two_stores_every_card_of_the_platform_names_its_store(
        board: MainWindow, two: Engine, od: FakePlatform, std: FakePlatform) -> None:
    centre = arrive(od, merchant_id="m-1", merchant_name="Centro")
    other = arrive(std, merchant_id="s-9", merchant_name="Centro")  # one store on the other platform
    await poll(two)
    card = board.board.card(centre.key)
    assert card is not None and (card.store, card.meta) == ("", "Delivery · Maria")  # one store: nothing to tell
    paulista = arrive(od, merchant_id="m-2", merchant_name="Paulista")
    await poll(two)
    cards = [board.board.card(o.key) for o in (centre, paulista, other)]
    assert [c.platform if c else None for c in cards] == ["Keeta OD", "Keeta OD", "Keeta Std"]
    assert [c.store if c else None for c in cards] == ["Centro", "Paulista", ""]  # the earlier card too
    assert [c.meta.split(" · ")[0] if c else None for c in cards] == ["Centro", "Paulista", "Delivery"]
    drawer = board.open_drawer(paulista.key)
    assert drawer.title.text().startswith("Keeta OD · Paulista  #")
    ticket = board.board.ticket(centre.key)
    assert ticket is not None and history_line(ticket, store=True).split(" · ")[1:3] == ["Keeta OD", "Centro"]
