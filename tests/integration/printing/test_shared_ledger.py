"""Several stations on one print ledger: each prints on its own printers only, once, whatever station asked.

Runs on SQLite and on PostgreSQL (when `KDS_TEST_POSTGRES_DSN` is set); each station has its own
connection and its own queue, as two screens do.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest

from kds.clock import FakeClock
from kds.domain.changes import Changes
from kds.printing.config import PrintSettings
from kds.printing.queue import Backoff, PrintQueue
from kds.printing.samples import sample_order
from kds.store.connect import open_database
from kds.store.print_jobs import PrintJobRepository
from tests.integration.printing.conftest import printer_config, until
from tests.integration.printing.fake_printer import FakePrinter

Station = Callable[[PrintSettings], PrintQueue]


@pytest.fixture
async def station(store_target: str, clock: FakeClock) -> AsyncIterator[Station]:
    """Makes a station's print queue on the shared ledger (a connection of its own); all closed at the end."""
    made: list[PrintQueue] = []

    def make(settings: PrintSettings) -> PrintQueue:
        queue = PrintQueue(PrintJobRepository(open_database(store_target)), settings, clock,
                           backoff=Backoff(first=2.0, cap=8.0, max_attempts=4), shared=True)
        made.append(queue)
        return queue

    yield make
    for queue in made:
        await queue.close(grace=5.0)


def job_state(queue: PrintQueue, job_id: int) -> str:
    job = queue.ledger.get(job_id)
    assert job is not None
    return job.state


async def test_a_station_starting_leaves_the_jobs_of_another_stations_printers_alone(
        station: Station, fake: FakePrinter) -> None:
    counter = station(PrintSettings(printers=(printer_config(fake.target, name="kitchen"),), timezone="UTC"))
    ledger = counter.ledger
    sending = ledger.add(order_key="keeta_od:o1", kind="kitchen", revision="1", route="kitchen", printer="kitchen",
                         document="{}", title="#1", auto=True, now=counter.clock.now())
    queued = ledger.add(order_key="keeta_od:o2", kind="kitchen", revision="1", route="kitchen", printer="kitchen",
                        document="{}", title="#2", auto=True, now=counter.clock.now())
    assert sending is not None and queued is not None and ledger.mark_sending(sending, counter.clock.now())
    # The counter is sending job 1 this very moment; the bar screen (its own printer only) starts.
    bar = station(PrintSettings(printers=(printer_config("tcp://127.0.0.1:9", name="bar"),), timezone="UTC"))
    await bar.start()
    assert job_state(bar, sending) == "sending", "another station's print was doubted as 'may have printed'"
    assert job_state(bar, queued) == "queued", "another station's printer was taken for a removed one"


async def test_a_reprint_asked_on_the_kitchen_screen_prints_once_on_the_counters_printer(
        station: Station, fake: FakePrinter) -> None:
    counter = station(PrintSettings(printers=(printer_config(fake.target, name="kitchen"),), timezone="UTC"))
    kitchen = station(PrintSettings(printers=(), timezone="UTC"))  # a screen without a printer of its own
    heard: list[Changes] = []
    kitchen.subscribe(heard.append)
    await counter.start()
    await kitchen.start()
    first = counter.order_confirmed(sample_order("en")).print_jobs
    await until(lambda: all(job_state(counter, j) == "done" for j in first))
    ticket = min(first)

    kitchen.reprint_job(ticket)
    for changes in heard:  # what the shared store's feed carries to the counter
        counter.on_changes(changes)
    await until(lambda: sum("REPRINT #1" in t for t in fake.tickets()) == 1)
    await asyncio.sleep(0.1)  # room for a second, wrong copy
    assert sum("REPRINT #1" in t for t in fake.tickets()) == 1 and len(fake.tickets()) == 3
