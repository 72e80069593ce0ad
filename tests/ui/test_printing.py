"""Printing on the counter screen: previews, Reprint, the jobs of an order, printer status, test pages.

Every test runs the real print queue on the test's SQLite store, printing into files in tmp_path or
to a fake network printer on 127.0.0.1; the print bridge turns confirmed orders into kitchen tickets
exactly as the runtime wires it.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.events import EventKind
from kds.domain.order import Order
from kds.domain.states import Stage
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.decoder import decode, printed_text
from kds.printing.document import DocKind, from_json, preview
from kds.printing.jobs import JobState
from kds.printing.labels import clock_time
from kds.printing.queue import Backoff, PrintQueue
from kds.services.engine import Engine
from kds.services.printing import PrintBridge
from kds.station.settings import Language
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository
from kds.ui import wording
from kds.ui.i18n import reset_language
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sheets.print_problems import PrintProblemsSheet
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.printing import PROBE_EVERY
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.integration.printing.fake_printer import PAPER_OK, PAPER_OUT, FakePrinter
from tests.ui.conftest import tap

KITCHEN = frozenset({DocKind.KITCHEN, DocKind.CANCEL, DocKind.TEST})
COUNTER = frozenset({DocKind.RECEIPT, DocKind.REFUND, DocKind.TEST})


def closed_port() -> int:
    """A port on 127.0.0.1 nothing listens on (connections are refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def printer(name: str, target: str, kinds: frozenset[DocKind], **more: Any) -> PrinterConfig:
    """A printer with the short timeouts tests want."""
    return PrinterConfig(name=name, target=target, kinds=kinds, connect_timeout=1.0, timeout=2.0,
                         status_timeout=0.5, **more)


def printed(path: Path) -> str:
    """What a file printer printed, decoded to text."""
    return printed_text(decode(path.read_bytes())) if path.exists() else ""


class Printing:
    """A started print queue on the test's store, wired to the engine like the runtime wires it."""

    def __init__(self, queue: PrintQueue, engine: Engine) -> None:
        self.queue = queue
        self.unsubscribe = queue.subscribe(engine.bus.publish)
        self.bridge = PrintBridge(engine.orders.orders, queue, engine.bus)

    def state(self, job_id: int) -> str:
        record = self.queue.ledger.get(job_id)
        assert record is not None
        return record.state

    async def close(self) -> None:
        self.bridge.close()
        self.unsubscribe()
        await self.queue.close(grace=2.0)


@pytest.fixture
async def printing_factory(db: Database, engine: Engine, clock: FakeClock) -> AsyncIterator[Callable[..., Any]]:
    """Builds started print queues for the given printers (closed at the end)."""
    made: list[Printing] = []

    async def make(*printers: PrinterConfig) -> Printing:
        settings = PrintSettings(printers=printers, timezone="UTC")
        queue = PrintQueue(PrintJobRepository(db), settings, clock, backoff=Backoff(first=30, cap=60, max_attempts=3))
        made.append(Printing(queue, engine))
        await queue.start()
        return made[-1]

    yield make
    for p in made:
        await p.close()


@pytest.fixture
def window_factory(app: QApplication, engine: Engine, clock: FakeClock, settings: UiSettings,
                   sounds: SoundBoard) -> Iterator[Callable[[PrintQueue | None], MainWindow]]:
    """Builds the real window over a print queue."""
    made: list[MainWindow] = []

    def make(queue: PrintQueue | None) -> MainWindow:
        win = MainWindow(engine, clock, settings, sounds=sounds, start_ticker=False, printing=queue)
        win.resize(1600, 1000)
        win.show()
        made.append(win)
        return win

    yield make
    for win in made:
        retire(win)


async def confirmed_order(engine: Engine, fake: FakePlatform, **kwargs: Any) -> Order:
    """An order that arrives already confirmed (its kitchen ticket is queued by the bridge)."""
    order = fake.add_order(**kwargs)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    return order


def drawer_of(window: MainWindow, order: Order) -> OrderDrawer:
    drawer = window.open_drawer(order.key)
    assert drawer.isVisible()
    return drawer


async def test_receipt_preview_without_any_printer(window: MainWindow, engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order(customer="Maria Silva")
    await engine.pollers[fake.platform].poll_once()
    drawer = drawer_of(window, order)
    assert not drawer.print_box.isVisible()  # nothing to reprint on, no jobs
    assert not any(b.isVisible() for b in drawer.reprint_buttons.values())
    drawer.show_view(1)
    assert drawer.preview_kind() is DocKind.RECEIPT and drawer.stack.currentWidget() is drawer.preview
    image = drawer.preview.image
    assert image is not None and image.width() == 576  # 80 mm by default
    pixmap = drawer.preview.pixmap()
    assert not pixmap.isNull() and pixmap.width() > 200
    shown = pixmap.width() / pixmap.devicePixelRatio(), pixmap.height() / pixmap.devicePixelRatio()
    assert abs(shown[1] / shown[0] - image.height() / image.width()) < 0.01  # not stretched
    assert drawer.preview.doc is not None and "Pão de queijo" in str(drawer.preview.doc.blocks)
    receipt_height = image.height()
    drawer.show_view(2)
    assert drawer.preview.doc is not None and drawer.preview.doc.kind is DocKind.KITCHEN
    assert drawer.preview.image is not None and drawer.preview.image.height() != receipt_height
    drawer.show_view(0)
    assert drawer.stack.currentIndex() == 0


async def test_preview_uses_the_printers_paper(engine: Engine, fake: FakePlatform, tmp_path: Path,
                                               printing_factory: Callable[..., Any],
                                               window_factory: Callable[..., MainWindow]) -> None:
    p = await printing_factory(printer("counter", f"file:{tmp_path / 'counter.bin'}", COUNTER, width=58))
    window = window_factory(p.queue)
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    drawer = drawer_of(window, order)
    drawer.show_view(1)
    assert drawer.preview.image is not None and drawer.preview.image.width() == 384  # 58 mm paper
    assert drawer.reprint_buttons[DocKind.RECEIPT].isVisible()
    assert not drawer.reprint_buttons[DocKind.KITCHEN].isVisible()  # no printer takes kitchen tickets


async def test_reprint_prints_one_stamped_copy_per_tap(engine: Engine, fake: FakePlatform, tmp_path: Path,
                                                       printing_factory: Callable[..., Any],
                                                       window_factory: Callable[..., MainWindow]) -> None:
    paper = tmp_path / "kitchen.bin"
    p = await printing_factory(printer("kitchen", f"file:{paper}", KITCHEN))
    window = window_factory(p.queue)
    order = await confirmed_order(engine, fake)
    [original] = p.queue.jobs_for(order.key)
    await until(lambda: p.state(original.id) == "done", message="the kitchen ticket did not print")
    assert "REPRINT" not in printed(paper)
    drawer = drawer_of(window, order)
    button = drawer.reprint_buttons[DocKind.KITCHEN]
    assert button.isVisible() and button.isEnabled() and button.text() == "Reprint kitchen ticket"
    assert "printed" in drawer.job_list.text()
    button.click()
    button.click()  # a bounce: the button is dead until the copy has printed
    jobs = p.queue.jobs_for(order.key)
    assert len(jobs) == 2 and jobs[1].reprint == 1
    assert "REPRINT #1" in window.toast.text() and window.toast.isVisible()
    await until(lambda: p.state(jobs[1].id) == "done", message="the reprint did not print")
    text = printed(paper)
    assert "REPRINT #1" in text and "REPRINT #2" not in text
    assert text.count("REPRINT #1") == 2  # stamped at the top and at the bottom of one copy
    assert button.isEnabled()
    assert "REPRINT #1" in drawer.job_list.text()
    button.click()
    jobs = p.queue.jobs_for(order.key)
    assert [j.reprint for j in jobs] == [0, 1, 2]
    await until(lambda: p.state(jobs[2].id) == "done", message="the second reprint did not print")
    assert "REPRINT #2" in printed(paper)


async def test_a_failed_ticket_shows_its_reason_and_retry_rearms_it(
        engine: Engine, fake: FakePlatform, printing_factory: Callable[..., Any],
        window_factory: Callable[..., MainWindow]) -> None:
    p = await printing_factory(printer("kitchen", f"tcp://127.0.0.1:{closed_port()}", KITCHEN))
    window = window_factory(p.queue)
    order = await confirmed_order(engine, fake)
    [job] = p.queue.jobs_for(order.key)
    await until(lambda: p.state(job.id) == "failed", message="the job did not fail")
    # The card, the status bar and the drawer all say so.
    card = window.board.card(order.key)
    assert card is not None and any(s.text == "Kitchen ticket not printed" for s in card.statuses)
    assert "kitchen offline" in window.printers.text()
    assert window.printers.warning.isVisible() and "1 print job" in window.printers.warning.text()
    drawer = drawer_of(window, order)
    reason = p.queue.jobs_for(order.key)[0].last_error
    assert reason and reason in drawer.job_list.text()
    retry = drawer.job_list.buttons[f"print-retry:{job.id}"]
    retry.click()
    assert p.state(job.id) == "queued"  # re-armed at once, sent by the printer's worker
    await until(lambda: p.state(job.id) == "failed" and p.queue.jobs_for(order.key)[0].attempts == 2,
                message="the retry was not sent")
    assert len(p.queue.jobs_for(order.key)) == 1  # a retry is the same job, never a second ticket


async def test_the_status_bar_warning_opens_the_jobs_and_a_retry_that_prints_clears_it(
        engine: Engine, fake: FakePlatform, printing_factory: Callable[..., Any],
        window_factory: Callable[..., MainWindow]) -> None:
    net = FakePrinter()
    await net.start()
    await net.stop()  # refuses connections until started again on the same port
    try:
        p = await printing_factory(printer("kitchen", net.target, KITCHEN))
        window = window_factory(p.queue)
        order = await confirmed_order(engine, fake)
        [job] = p.queue.jobs_for(order.key)
        await until(lambda: p.state(job.id) == "failed", message="the job did not fail")
        window.printers.warning.click()
        sheet = window.top_overlay()
        assert isinstance(sheet, PrintProblemsSheet) and "Kitchen ticket" in sheet.jobs.text()
        await net.start()
        sheet.jobs.buttons[f"print-retry:{job.id}"].click()
        await until(lambda: p.state(job.id) == "done", message="the retry did not print")
        assert not window.printers.warning.isVisible()
        assert sheet.empty.isVisible() and not sheet.jobs.lines
        card = window.board.card(order.key)
        assert card is not None and not any("not printed" in s.text for s in card.statuses)
        assert len(net.jobs()) == 1
        sheet.close_overlay()
    finally:
        await net.stop()


async def test_printer_states_in_the_status_bar(engine: Engine, fake: FakePlatform, clock: FakeClock,
                                                printing_factory: Callable[..., Any],
                                                window_factory: Callable[..., MainWindow]) -> None:
    net = FakePrinter()
    await net.start()
    try:
        p = await printing_factory(printer("kitchen", net.target, KITCHEN))
        window = window_factory(p.queue)
        assert window.printers.text() == "kitchen not checked yet"
        window.on_tick(clock.now())  # the first tick asks every printer
        await until(lambda: "kitchen ready" in window.printers.text(), message=window.printers.text())
        net.hold = asyncio.Event()  # the printer takes the connection but does not read yet
        order = await confirmed_order(engine, fake)
        await until(lambda: "kitchen printing" in window.printers.text(), message=window.printers.text())
        net.hold.set()
        await until(lambda: "kitchen ready" in window.printers.text(), message=window.printers.text())
        net.hold = None
        net.paper = PAPER_OUT
        window.on_button(order.key, "reprint:kitchen")
        await until(lambda: "kitchen paper out" in window.printers.text(), message=window.printers.text())
        assert window.printers.warning.isVisible()
        net.paper = PAPER_OK  # staff put paper in: the next look at the printer says so
        clock.advance(PROBE_EVERY.total_seconds())
        window.on_tick(clock.now())
        await until(lambda: "kitchen ready" in window.printers.text(), message=window.printers.text())
    finally:
        if net.hold is not None:
            net.hold.set()
        await net.stop()


async def test_may_have_printed_offers_printed_ok_and_reprint(
        db: Database, engine: Engine, fake: FakePlatform, clock: FakeClock, tmp_path: Path,
        printing_factory: Callable[..., Any], window_factory: Callable[..., MainWindow]) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    # A crash while sending two tickets (the order and its amended revision), before this start.
    ledger = PrintJobRepository(db)
    settings = PrintSettings(printers=(printer("kitchen", f"file:{tmp_path / 'k.bin'}", KITCHEN),), timezone="UTC")
    early = PrintQueue(ledger, settings, clock)
    [first] = early.order_confirmed(order).print_jobs
    [second] = early.order_confirmed(order, revision="2").print_jobs
    for job_id in (first, second):
        ledger.mark_sending(job_id, clock.now())
    p = await printing_factory(*settings.printers)
    window = window_factory(p.queue)
    assert p.state(first) == p.state(second) == JobState.UNCERTAIN
    card = window.board.card(order.key)
    assert card is not None and any(s.text == "Kitchen ticket may not have printed" for s in card.statuses)
    assert "2 print jobs" in window.printers.warning.text()
    drawer = drawer_of(window, order)
    assert "may have printed" in drawer.job_list.text()
    assert {f"print-resolve:{first}", f"print-reprint:{first}"} <= set(drawer.job_list.buttons)
    # The first is not on paper: reprint it.
    drawer.job_list.buttons[f"print-reprint:{first}"].click()
    assert "REPRINT #1" in window.toast.text()
    reprint = p.queue.jobs_for(order.key)[-1]
    await until(lambda: p.state(reprint.id) == "done", message="the reprint did not print")
    assert "REPRINT #1" in printed(tmp_path / "k.bin")
    assert f"print-resolve:{first}" not in drawer.job_list.buttons  # a later copy printed: settled
    assert "1 print job" in window.printers.warning.text()  # the second still needs a look
    # The second is on paper: Printed OK.
    drawer.job_list.buttons[f"print-resolve:{second}"].click()
    assert p.state(second) == JobState.DONE
    await until(lambda: not window.printers.warning.isVisible(), message=window.printers.text())
    card = window.board.card(order.key)
    assert card is not None and not any("printed" in s.text for s in card.statuses)


async def test_settings_test_page_of_a_saved_printer_goes_through_the_queue(
        engine: Engine, tmp_path: Path, printing_factory: Callable[..., Any]) -> None:
    from kds.station.settings import Settings
    from kds.ui.setup.printer_form import PrintersForm

    paper = tmp_path / "kitchen.bin"
    kitchen = printer("kitchen", f"file:{paper}", KITCHEN)
    p = await printing_factory(kitchen)
    saved = Settings().model_copy(update={"printing": p.queue.settings})
    form = PrintersForm(saved, queue=p.queue)
    assert await form.run_test(0)
    [job] = p.queue.ledger.in_states(["done"])
    assert job.kind == "test" and job.printer == "kitchen"
    assert "Test page sent" in form.editors[0]["result"].text()
    size = paper.stat().st_size
    # Changed in the form and not saved: printed directly, as typed (not through the queue).
    other = tmp_path / "other.bin"
    form.editors[0]["path"].setText(str(other))
    assert await form.run_test(0)
    assert other.stat().st_size > 0 and paper.stat().st_size == size
    assert len(p.queue.ledger.in_states(["done", "failed", "queued"])) == 1


async def test_printer_words_follow_a_language_change(engine: Engine, fake: FakePlatform,
                                                      printing_factory: Callable[..., Any],
                                                      window_factory: Callable[..., MainWindow]) -> None:
    from kds.station.settings import Language
    from kds.ui import i18n

    p = await printing_factory(printer("kitchen", f"tcp://127.0.0.1:{closed_port()}", KITCHEN))
    window = window_factory(p.queue)
    order = await confirmed_order(engine, fake)
    [job] = p.queue.jobs_for(order.key)
    await until(lambda: p.state(job.id) == "failed" and "offline" in window.printers.text())
    try:
        i18n.apply_language(Language.PT_BR)
        await until(lambda: "desconectada" in window.printers.text(), message=window.printers.text())
        assert window.printers.warning.text() == "⚠ 1 impressão não saiu"
        card = window.board.card(order.key)
        assert card is not None and any(s.text == "Comanda não impressa" for s in card.statuses)
    finally:
        i18n.reset_language()


async def test_the_session_gives_the_window_the_runtimes_print_queue(
        app: QApplication, db: Database, engine: Engine, clock: FakeClock, tmp_path: Path) -> None:
    from argparse import Namespace

    from kds.ui.launcher import run_window
    from tests.fakes.runtime import FakeRuntime

    settings = PrintSettings(printers=(printer("kitchen", f"file:{tmp_path / 'k.bin'}", KITCHEN),))
    queue = PrintQueue(PrintJobRepository(db), settings, clock)
    runtime = FakeRuntime(engine, clock, printing=queue)
    args = Namespace(screenshot=None, run_for=None, kiosk=False)
    task = asyncio.ensure_future(run_window(app, runtime, args, UiSettings(sounds=False)))
    await until(lambda: any(isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()))
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    assert window.printing.queue is queue and window.printing.configured
    await until(lambda: engine.running)
    window.on_tick(clock.now())  # the printer is asked once the queue has started
    await until(lambda: "kitchen ready" in window.printers.text(), message=window.printers.text())
    window.close()
    assert await asyncio.wait_for(task, 10) == 0
    assert not engine.running and not queue.health()  # the printers were stopped too


def test_spoolers_are_never_asked_unprompted() -> None:
    from kds.ui.viewmodels.print_lines import may_ask

    for target in ("tcp://127.0.0.1:9100", "usb:04b8:0e15", "serial:/dev/ttyUSB0", "file:/dev/usb/lp0"):
        assert may_ask(PrinterConfig(name="p", target=target))
    for target in ("cups:EPSON_TM_T20", "lp:kitchen", "win32:EPSON TM-T20"):
        assert not may_ask(PrinterConfig(name="p", target=target))  # asking would queue an empty job


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    reset_language()


async def test_tickets_print_in_the_screen_s_language_and_time_unless_the_printer_has_its_own(
        db: Database, engine: Engine, fake: FakePlatform, clock: FakeClock, tmp_path: Path, qtbot,
        window_factory: Callable[..., MainWindow], back_to_english: None) -> None:
    settings = PrintSettings(printers=(printer("kitchen", f"file:{tmp_path / 'kitchen.bin'}", KITCHEN),
                                       printer("counter", f"file:{tmp_path / 'counter.bin'}", COUNTER,
                                               language="pt_BR")))  # the machine's zone, like the screen
    queue = PrintQueue(PrintJobRepository(db), settings, clock)
    p = Printing(queue, engine)
    await queue.start()
    try:
        window = window_factory(queue)
        window.station = StationContext(path=tmp_path / "settings.json")
        panel = window.open_settings()
        qtbot.mouseClick(panel.display.language.buttons[Language.ZH_HK.value], Qt.MouseButton.LeftButton)
        await until(lambda: window.top.history.text() == "記錄")
        panel.close_overlay()
        order = await confirmed_order(engine, fake, customer="Maria Silva")
        records = queue.ledger.for_order(str(order.key))
        docs = {DocKind(r.kind): from_json(r.document) for r in records}
        kitchen, receipt = preview(docs[DocKind.KITCHEN], 48), preview(docs[DocKind.RECEIPT], 48)
        shown = wording.local_time(order.created_at)  # what the screen writes, e.g. 下午3:51
        assert shown.startswith(("上午", "下午"))
        drawer = drawer_of(window, order)
        assert shown in drawer.subtitle.text()
        assert "落單" in kitchen and shown in kitchen and "Placed" not in kitchen  # the screen's words and time
        assert "Pedido #" in receipt and "Obrigado!" in receipt and "Order #" not in receipt  # its own language
        assert clock_time(order.created_at.astimezone(), "pt_BR") in receipt
    finally:
        await p.close()


async def test_the_kitchen_ticket_prints_when_the_confirm_succeeds_and_only_once(
        engine: Engine, fake: FakePlatform, tmp_path: Path, printing_factory: Callable[..., Any],
        window_factory: Callable[..., MainWindow]) -> None:
    paper = tmp_path / "kitchen.bin"
    p = await printing_factory(printer("kitchen", f"file:{paper}", KITCHEN))
    window = window_factory(p.queue)
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    assert p.queue.jobs_for(order.key) == []  # printed on confirmation, not on arrival
    tap(window, order.key, "action:confirm")
    assert p.queue.jobs_for(order.key) == []  # not sent yet: the platform may still refuse
    await engine.runner.run_due()
    [job] = p.queue.jobs_for(order.key)  # the platform took it: print now, not at the next poll
    await until(lambda: p.state(job.id) == "done", message="the kitchen ticket did not print")
    await engine.pollers[fake.platform].poll_once()  # the platform's ACCEPTED event arrives
    assert window.board.ticket(order.key).status.stage is Stage.ACCEPTED
    assert [j.id for j in p.queue.jobs_for(order.key)] == [job.id]  # never a second copy
