"""Issue 17's done-when for the day's report: a day of orders from the Keeta simulator on a fake clock.

Some orders are confirmed (after different waits), some left to be missed, some cancelled by the
restaurant or the customer, some refunded in full or in part, some marked ready and collected; the
store is paused for a while. The Report screen's figures are then checked against counts worked out
here, independently, from the event journal (the platform's own events as stored, not the folded
status the report reads); the end-of-day slip is decoded back to those figures; the CSV has one row
per order.
"""

from __future__ import annotations

import csv
import math
import statistics
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind, OrderEvent
from kds.domain.order import Order, OrderKey, OrderType, Platform
from kds.platforms.keeta_od.adapter import create_adapter
from kds.printing.config import PrinterConfig
from kds.printing.decoder import decode, to_text
from kds.printing.document import DocKind
from kds.printing.labels import CATALOGUE
from kds.printing.render import render
from kds.printing.report_slip import day_slip
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.simulator.keeta_od import SimConfig, SimulatorServer
from kds.store.codec import loads
from kds.store.db import Database
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sheets.report import ReportSheet
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes import waiting
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until
from tests.ui.conftest import tap
from tests.ui.test_printing import printed, printer, printing_factory, window_factory

__all__ = ["printing_factory", "window_factory"]  # the print queue and window fixtures of the printing tests

KEETA = Platform.KEETA_OD
MORNING = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MORNING)


@pytest.fixture
def keeta(clock: FakeClock) -> Iterator[SimulatorServer]:
    sim = SimulatorServer(SimConfig(seed=17, rate_limit_per_window=1000, order_rate_per_min=0), clock=clock,
                          tick_interval=0.02)
    sim.start()
    yield sim
    sim.stop()


def mmss(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def journal(db: Database) -> dict[str, list[OrderEvent]]:
    """Every stored event of every order, by order id, in platform order (read straight from the journal)."""
    by_order: dict[str, list[OrderEvent]] = {}
    for row in db.conn.execute("SELECT event FROM events ORDER BY created_at, seq"):
        event = loads(OrderEvent, row[0])
        by_order.setdefault(event.order_id, []).append(event)
    return by_order


def expected(db: Database, start: datetime, end: datetime) -> dict[str, object]:
    """The day's figures worked out from the events alone (and each order's total from its stored content)."""
    contents = {r[0]: loads(Order, r[1]) for r in db.conn.execute("SELECT order_id, content FROM orders")}
    totals = {order_id: order.totals.total for order_id, order in contents.items()}
    received = accepted = ready = completed = missed = by_us = by_customer = full = partial = 0
    waits: list[float] = []
    gross = refunded_sold = Decimal(0)
    reasons: dict[str, int] = {}
    for order_id, events in journal(db).items():
        kinds = [e.kind for e in events]
        created = next(e for e in events if e.kind is EventKind.CREATED).created_at
        if not start <= created < end:
            continue
        received += 1
        accept = next((e for e in events if e.kind is EventKind.ACCEPTED), None)
        cancel = next((e for e in events if e.kind is EventKind.CANCELLED), None)
        if accept is not None:
            accepted += 1
            waits.append((accept.created_at - created).total_seconds())
        if EventKind.READY in kinds:
            ready += 1
        refunds = sum((e.amount.amount for e in events if e.kind is EventKind.REFUNDED and e.amount), Decimal(0))
        if refunds:
            full += refunds >= totals[order_id].amount
            partial += refunds < totals[order_id].amount
        if cancel is None:
            gross += totals[order_id].amount
            refunded_sold += refunds
            collected = EventKind.PICKED_UP in kinds and contents[order_id].type is OrderType.PICKUP
            completed += bool({EventKind.DELIVERED, EventKind.CONCLUDED} & set(kinds)) or collected
        elif cancel.actor == "merchant":
            by_us += 1
            reasons[cancel.reason] = reasons.get(cancel.reason, 0) + 1
        elif cancel.actor == "customer":
            by_customer += 1
        elif accept is None:
            missed += 1
    ordered = sorted(waits)
    return {"received": received, "accepted": accepted, "ready": ready, "completed": completed, "missed": missed,
            "by_us": by_us, "by_customer": by_customer, "full": full, "partial": partial, "gross": gross,
            "net": gross - refunded_sold, "reasons": reasons,
            "accept": (mmss(statistics.median(waits)), mmss(ordered[math.ceil(0.9 * len(ordered)) - 1]),
                       mmss(max(waits)))}


async def test_the_report_of_a_day_matches_the_events(
        app: QApplication, qtbot, keeta: SimulatorServer, clock: FakeClock, sounds: SoundBoard,
        tmp_path: Path) -> None:
    c = keeta.credentials
    db = Database(tmp_path / "kds.sqlite3")
    engine = Engine(db, [create_adapter(keeta.base_url, c.client_id, c.client_secret, c.merchant_ids, clock)], clock,
                    EngineSettings(undo_seconds=0, poll_limit=PollLimit(requests=1000, window=1.0)))
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=sounds, start_ticker=False)
    window.resize(1600, 1000)
    window.show()
    poller = engine.pollers[KEETA]
    state = keeta.state

    async def settle() -> None:
        await engine.runner.run_due()
        await poller.poll_once()
        window.on_tick(clock.now())

    def key_of(order_id: str) -> OrderKey:
        return OrderKey(KEETA, order_id)

    # A day: an order every 25 minutes from 9:00; each gets its fate by its number.
    placed: list[str] = []
    for n in range(14):
        clock.set(MORNING + timedelta(minutes=25 * n))
        order_id = state.create_order("pickup" if n % 3 == 0 else "delivery")
        placed.append(order_id)
        await settle()
        fate = n % 7
        if fate == 6:  # nobody confirms it: Keeta cancels it after 5 minutes
            clock.advance(5 * 60 + 1)
            await waiting.until(lambda o=order_id: state.order_state(o).status == "CANCELLED", timeout=5.0)
            await settle()
            engine.store.resume([KEETA])  # Keeta closed the store after the missed order: open it again
            await engine.store.run_due()
            continue
        clock.advance(20 + 15 * n)  # a different wait before each confirmation
        tap(window, key_of(order_id), "action:confirm")
        await settle()
        if fate == 1:  # the kitchen runs out
            assert window.request(key_of(order_id), Action.CANCEL, reason_code="INSUFFICIENT_DISHES",
                                  reason="Out of rice")
            await settle()
            continue
        if fate == 2:
            state.customer_cancel(order_id)
            await settle()
            continue
        clock.advance(8 * 60 + 30 * n)
        tap(window, key_of(order_id), "action:ready")
        await settle()
        if fate in (3, 4):  # a refund asked for, and agreed
            state.request_refund(order_id, full=fate == 3)
            await settle()
            assert window.request(key_of(order_id), Action.AGREE_REFUND)
            await settle()
    # A pause in the afternoon: 45 minutes.
    clock.set(MORNING + timedelta(hours=6))
    engine.store.pause([KEETA], clock.now() + timedelta(minutes=45))
    await engine.store.run_due()
    clock.advance(2 * 3600)  # riders deliver, customers collect, the pause ends
    await engine.store.run_due()
    await settle()

    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)

    qtbot.mouseClick(window.top_overlay().report, Qt.MouseButton.LeftButton)  # More's Report
    sheet = window.top_overlay()
    assert isinstance(sheet, ReportSheet)
    sheet.export_dir = tmp_path / "reports"
    start, end = sheet.period
    want = expected(db, start, end)
    assert want["received"] == 14 and want["missed"] == 2 and want["by_us"] == 2 and want["by_customer"] == 2
    assert sheet.value("received") == "14"
    assert sheet.value("accepted") == str(want["accepted"])
    assert sheet.value("ready") == str(want["ready"])
    assert sheet.value("completed") == str(want["completed"])
    assert sheet.value("missed") == str(want["missed"])
    assert sheet.value("cancelled_restaurant") == str(want["by_us"])
    assert sheet.value("cancelled_customer") == str(want["by_customer"])
    assert sheet.value("cancelled_restaurant_reasons") == "Out of rice ×2"
    assert sheet.value("refunds_full") == str(want["full"])
    assert sheet.value("refunds_partial") == str(want["partial"])
    assert sheet.value("accept") == " · ".join(want["accept"])  # type: ignore[arg-type]
    assert sheet.value("paused") == "45"
    assert sheet.value("received", 1) == "14"  # the platform's own column
    report = sheet.report
    assert report is not None
    assert report.total.gross == {"BRL": want["gross"]}
    assert report.total.net == {"BRL": want["net"]}

    # The slip, decoded from the printer's bytes, says the same.
    slip = day_slip(report, tz=UTC, labels={"keeta_od": "Keeta OD"})
    text = to_text(decode(render(slip, PrinterConfig(name="t", target="file:/dev/null", width=58).render_options())))
    words = CATALOGUE["en"]
    for word, value in (("received", "14"), ("accepted", want["accepted"]), ("missed", want["missed"]),
                        ("cancelled_restaurant", want["by_us"]), ("refunds_full", want["full"]),
                        ("refunds_partial", want["partial"])):
        assert any(line.startswith(words[word]) and line.rstrip().endswith(f" {value}") for line in
                   text.splitlines()), (word, value, text)
    assert f"{words['gross']} BRL" in text and f"{want['gross']:,}" in text

    # The CSV: one row per order, then a blank line and the summary.
    path = sheet.export_csv()
    assert path is not None
    rows = list(csv.reader(path.open(encoding="utf-8")))
    blank = rows.index([])
    assert rows[0][:8] == ["platform", "order_id", "display_id", "status", "received_at", "accepted_at", "total",
                           "currency"]
    assert sorted(r[1] for r in rows[1:blank]) == sorted(placed)
    assert rows[blank + 1][0] == "platform" and [r[0] for r in rows[blank + 2:]] == ["keeta_od", "all"]
    pdf = sheet.save_pdf()
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    sheet.grab().save(str(tmp_path / "report.png"))
    await engine.stop()
    db.close()
    retire(window)


async def test_the_end_of_day_slip_prints_where_receipts_print_through_the_queue(
        engine: Engine, fake: FakePlatform, tmp_path: Path, printing_factory: Callable[..., Any],
        window_factory: Callable[..., MainWindow], qtbot) -> None:
    kitchen, counter = tmp_path / "kitchen.bin", tmp_path / "counter.bin"
    p = await printing_factory(printer("kitchen", f"file:{kitchen}", frozenset({DocKind.KITCHEN})),
                               printer("counter", f"file:{counter}", frozenset({DocKind.RECEIPT}), width=58))
    window = window_factory(p.queue)
    for _ in range(3):
        fake.push(fake.add_order().key.order_id, EventKind.ACCEPTED)
    missed = fake.add_order()
    fake.push(missed.key.order_id, EventKind.CANCELLED, actor="platform", reason="Not accepted in time")
    await engine.pollers[fake.platform].poll_once()  # one poll: the fake clock never lets a second one through
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().report, Qt.MouseButton.LeftButton)  # More's Report
    sheet = window.top_overlay()
    assert isinstance(sheet, ReportSheet)
    assert sheet.value("received") == "4" and sheet.value("missed") == "1"
    qtbot.mouseClick(sheet.print_button, Qt.MouseButton.LeftButton)
    [job] = [j for j in p.queue.ledger.for_order("report")]
    await until(lambda: p.state(job.id) == "done", message="the end-of-day slip did not print")
    text = printed(counter)  # the receipts of the orders printed there too: the slip comes after them
    lines = [line.strip() for line in text[text.index("END OF DAY"):].splitlines()]
    assert any(line.startswith("Received") and line.endswith(" 4") for line in lines)
    assert any(line.startswith("Missed") and line.endswith(" 1") for line in lines)
    assert any(line.strip().startswith("Not accepted in time") for line in lines)
    assert "END OF DAY" not in printed(kitchen)  # only where receipts print
    assert sheet.saved.text() == "End-of-day slip sent to the printer."


async def test_a_shift_counts_only_its_hours_and_moves_in_half_hours(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock, qtbot) -> None:
    for minutes in (0, 50, 170):  # 9:00, 9:50 and 11:50
        fake.add_order(created_at=MORNING + timedelta(minutes=minutes))
    clock.set(MORNING + timedelta(hours=3))
    window.ticker.tick()  # the screen's time (its ticker is stopped in tests)
    await engine.pollers[fake.platform].poll_once()
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().report, Qt.MouseButton.LeftButton)  # More's Report
    sheet = window.top_overlay()
    assert isinstance(sheet, ReportSheet)
    assert sheet.value("received") == "3" and not sheet.start_later.isVisible()
    qtbot.mouseClick(sheet.shift_toggle, Qt.MouseButton.LeftButton)  # the last four hours, up to now: 8:00-12:00
    assert sheet.period == (MORNING - timedelta(hours=1), MORNING + timedelta(hours=3))
    assert sheet.start_later.isVisible() and sheet.value("received") == "3"
    for _ in range(3):
        qtbot.mouseClick(sheet.start_later, Qt.MouseButton.LeftButton)  # from 9:30
    assert sheet.value("received") == "2"
    qtbot.mouseClick(sheet.end_earlier, Qt.MouseButton.LeftButton)  # to 11:30
    assert sheet.period == (MORNING + timedelta(minutes=30), MORNING + timedelta(hours=2, minutes=30))
    assert sheet.value("received") == "1"
    qtbot.mouseClick(sheet.previous_day, Qt.MouseButton.LeftButton)
    assert sheet.value("received") == "0"
    qtbot.mouseClick(sheet.today, Qt.MouseButton.LeftButton)
    assert sheet.value("received") == "3" and not sheet.shift_toggle.isChecked()
