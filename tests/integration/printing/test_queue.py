"""The print queue against a fake TCP 9100 printer: once per key, visible failures, retries, restarts."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from kds.clock import FakeClock
from kds.domain.order import OrderKey, Platform
from kds.printing.config import PrintSettings, StatusQuery
from kds.printing.document import DocKind
from kds.printing.jobs import JobState
from kds.printing.samples import sample_order, sample_refund, sample_status
from kds.printing.transports import Online, Paper
from tests.integration.printing.conftest import QueueHarness, printer_config, until
from tests.integration.printing.fake_printer import PAPER_OUT, FakePrinter

KITCHEN = frozenset({DocKind.KITCHEN, DocKind.CANCEL})


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def count(tickets: list[str], text: str) -> int:
    return sum(1 for ticket in tickets if text in ticket)


async def test_each_document_prints_once(fake: FakePrinter, harness: Callable[..., QueueHarness]) -> None:
    h = harness(PrintSettings(printers=(printer_config(fake.target),), timezone="UTC"))
    await h.queue.start()
    order = sample_order("pt")
    changes = h.queue.order_confirmed(order)
    assert len(changes.print_jobs) == 2  # kitchen ticket and receipt
    await until(lambda: all(h.state(j) == "done" for j in changes.print_jobs))
    assert not h.queue.order_confirmed(order).print_jobs
    assert not h.queue.order_arrived(order).print_jobs  # this printer prints on confirmation only
    await asyncio.sleep(0.05)
    tickets = fake.tickets()
    assert len(tickets) == 2
    assert count(tickets, "Pão de queijo") == 2 and count(tickets, "REPRINT") == 0
    assert count(tickets, "TOTAL") == 1  # one receipt
    assert all(h.seen(j) for j in changes.print_jobs)
    [health] = h.queue.health()
    assert health.reachable and health.status.online is Online.ONLINE and health.status.paper is Paper.OK


async def test_refused_connection_fails_visibly_and_is_retried(
        fake: FakePrinter, harness: Callable[..., QueueHarness], clock: FakeClock) -> None:
    await fake.stop()
    h = harness(PrintSettings(printers=(printer_config(fake.target, kinds=KITCHEN),)))
    await h.queue.start()
    [job_id] = h.queue.order_confirmed(sample_order("en")).print_jobs
    await until(lambda: h.state(job_id) == "failed")
    [failed] = h.queue.failed_jobs()
    assert failed.id == job_id and failed.retrying and "Connection refused" in failed.last_error
    assert h.queue.health()[0].reachable is False
    await fake.start()
    clock.advance(2.0)
    await until(lambda: h.state(job_id) == "done")
    assert count(fake.tickets(), "Double cheeseburger") == 1
    assert h.queue.failed_jobs() == []


async def test_a_stalled_printer_fails_the_job_before_sending_and_it_is_retried(
        fake: FakePrinter, harness: Callable[..., QueueHarness], clock: FakeClock) -> None:
    h = harness(PrintSettings(printers=(printer_config(fake.target, kinds=KITCHEN, status_timeout=1.0),)))
    await h.queue.start()
    [first] = h.queue.order_confirmed(sample_order("en")).print_jobs
    await until(lambda: h.state(first) == "done")
    assert h.queue.health()[0].answers_status  # the queue learnt that this printer answers
    fake.hold = asyncio.Event()
    [job_id] = h.queue.order_confirmed(sample_order("pt")).print_jobs
    await until(lambda: h.state(job_id) == "failed")
    job = h.ledger.get(job_id)
    assert job is not None and job.last_error == "printer does not answer" and not job.partial
    fake.hold.set()
    fake.hold = None
    clock.advance(2.0)
    await until(lambda: h.state(job_id) == "done")
    tickets = fake.tickets()
    assert count(tickets, "Pão de queijo") == 1 and count(tickets, "REPRINT") == 0


async def test_a_connection_dropped_mid_job_is_resent_stamped(
        fake: FakePrinter, harness: Callable[..., QueueHarness], clock: FakeClock) -> None:
    h = harness(PrintSettings(printers=(printer_config(fake.target, kinds=KITCHEN),)))
    await h.queue.start()
    fake.drop_after = 200
    [job_id] = h.queue.order_confirmed(sample_order("pt")).print_jobs
    await until(lambda: h.state(job_id) == "failed")
    job = h.ledger.get(job_id)
    assert job is not None and job.partial and job.next_attempt is not None
    assert [c.dropped for c in fake.jobs()] == [True]
    clock.advance(2.0)
    await until(lambda: h.state(job_id) == "done")
    [ticket] = fake.tickets()  # the dropped copy never reached its cut
    assert "REPRINT (resent)" in ticket and "Pão de queijo" in ticket


async def test_restart_in_the_middle_of_the_queue_never_prints_twice_unstamped(
        fake: FakePrinter, harness: Callable[..., QueueHarness], tmp_path: Path) -> None:
    settings = PrintSettings(printers=(printer_config(fake.target, kinds=KITCHEN, status_timeout=8.0),))
    path = tmp_path / "restart.sqlite3"
    first = harness(settings, path)
    await first.queue.start()
    orders = [replace(sample_order(lang), key=OrderKey(Platform.FAKE, f"o{n}"), display_id=f"R{n}")
              for n, lang in enumerate(("pt", "en", "en"), start=1)]
    [job1] = first.queue.order_confirmed(orders[0]).print_jobs
    await until(lambda: first.state(job1) == "done")
    fake.hold = asyncio.Event()  # the printer stalls on the next job...
    [job2] = first.queue.order_confirmed(orders[1]).print_jobs
    [job3] = first.queue.order_confirmed(orders[2]).print_jobs
    await until(lambda: first.state(job2) == "sending")
    await first.queue.close(grace=0)  # ...and the app dies while job 2 is on its way
    first.db.close()

    second = harness(settings, path)
    started = await second.queue.start()
    assert started.print_jobs == {job2}
    assert second.state(job2) == "uncertain"
    for order in orders:  # the order service confirms again after the restart: nothing new
        assert not second.queue.order_confirmed(order).print_jobs
    fake.hold.set()  # the stalled printer wakes up and prints what it had been sent
    fake.hold = None
    await until(lambda: second.state(job3) == "done")
    await asyncio.sleep(0.2)
    assert [j.id for j in second.queue.attention()] == [job2]
    assert second.state(job2) == "uncertain"  # never re-sent by itself
    [reprint] = second.queue.reprint_job(job2).print_jobs
    await until(lambda: second.state(reprint) == "done")
    await until(lambda: all(c.closed for c in fake.connections))
    tickets = fake.tickets()
    for text in ("#R1", "#R3"):
        assert count(tickets, text) == 1
    # Job 2: the copy the dying app had already handed over (its thread outlived the loop), and the
    # staff's reprint, stamped. Nothing else.
    assert [("REPRINT" in t) for t in tickets if "#R2" in t] == [False, True]
    assert count(tickets, "REPRINT #1") == 1


async def test_fallback_printer_takes_over(
        fake: FakePrinter, harness: Callable[..., QueueHarness], clock: FakeClock) -> None:
    main = printer_config(f"tcp://127.0.0.1:{closed_port()}", kinds=KITCHEN, fallback="backup", fallback_after=2)
    backup = printer_config(fake.target, name="backup", kinds=frozenset(), auto_print="off")
    h = harness(PrintSettings(printers=(main, backup)))
    await h.queue.start()
    [job_id] = h.queue.order_confirmed(sample_order("en")).print_jobs
    await until(lambda: h.state(job_id) == "failed")
    clock.advance(2.0)
    await until(lambda: h.state(job_id) == "done")
    job = h.ledger.get(job_id)
    assert job is not None and job.printer == "backup" and job.route == "kitchen"
    [second] = h.queue.order_confirmed(sample_order("pt")).print_jobs  # the main printer is known down
    await until(lambda: h.state(second) == "done")
    assert h.ledger.get(second).printer == "backup"  # type: ignore[union-attr]
    assert count(fake.tickets(), "#4821") == 2


async def test_reprints_are_explicit_and_numbered(fake: FakePrinter, harness: Callable[..., QueueHarness]) -> None:
    h = harness(PrintSettings(printers=(printer_config(fake.target, kinds=KITCHEN),)))
    await h.queue.start()
    order = sample_order("en")
    [first] = h.queue.order_confirmed(order).print_jobs
    await until(lambda: h.state(first) == "done")
    for _ in range(2):
        [job_id] = h.queue.reprint(order, DocKind.KITCHEN).print_jobs
        await until(lambda job_id=job_id: h.state(job_id) == "done")  # type: ignore[misc]
    tickets = fake.tickets()
    assert [("REPRINT #1" in t, "REPRINT #2" in t) for t in tickets] == [(False, False), (True, False),
                                                                         (False, True)]
    assert [j.reprint for j in h.queue.jobs_for(order.key)] == [0, 1, 2]


async def test_cancellation_and_refund_slips_print_once(fake: FakePrinter,
                                                        harness: Callable[..., QueueHarness]) -> None:
    h = harness(PrintSettings(printers=(printer_config(fake.target),)))
    await h.queue.start()
    never_printed = sample_order("zh")
    assert not h.queue.order_cancelled(never_printed, sample_status(never_printed)).print_jobs
    order = sample_order("en")
    jobs = h.queue.order_confirmed(order).print_jobs
    await until(lambda: all(h.state(j) == "done" for j in jobs))
    [slip] = h.queue.order_cancelled(order, sample_status(order)).print_jobs
    assert not h.queue.order_cancelled(order, sample_status(order)).print_jobs
    items, refunded = sample_refund(order)
    [refund] = h.queue.order_refunded(order, items, refunded, reference="r-1").print_jobs
    assert not h.queue.order_refunded(order, items, refunded, reference="r-1").print_jobs
    await until(lambda: h.state(slip) == "done" and h.state(refund) == "done")
    tickets = fake.tickets()
    assert count(tickets, "CANCELLED - stop") == 1 and count(tickets, "REFUND") == 1


async def test_status_answers_gate_the_job(fake: FakePrinter, harness: Callable[..., QueueHarness]) -> None:
    h = harness(PrintSettings(printers=(printer_config(fake.target, kinds=KITCHEN),)))
    await h.queue.start()
    fake.paper = PAPER_OUT
    [job_id] = h.queue.order_confirmed(sample_order("en")).print_jobs
    await until(lambda: h.state(job_id) == "failed")
    assert h.ledger.get(job_id).last_error == "printer is out of paper"  # type: ignore[union-attr]
    assert fake.jobs() == []  # not a byte of the ticket was sent
    fake.online = False
    health = await h.queue.probe("kitchen")
    assert health.status.online is Online.OFFLINE


async def test_a_printer_that_never_answers_is_unknown_not_ok(
        fake: FakePrinter, harness: Callable[..., QueueHarness]) -> None:
    fake.answer_status = False
    quiet = printer_config(fake.target, kinds=KITCHEN, status_timeout=0.2)
    strict = printer_config(fake.target, name="strict", kinds=frozenset({DocKind.RECEIPT}), status_timeout=0.2,
                            status=StatusQuery.REQUIRED)
    h = harness(PrintSettings(printers=(quiet, strict)))
    await h.queue.start()
    jobs = {h.ledger.get(j).kind: j for j in h.queue.order_confirmed(sample_order("en")).print_jobs}  # type: ignore[union-attr]
    await until(lambda: h.state(jobs["kitchen"]) == "done" and h.state(jobs["receipt"]) == "failed")
    quiet_health = h.queue.health()[0]
    assert quiet_health.status.online is Online.UNKNOWN and not quiet_health.answers_status
    assert h.ledger.get(jobs["receipt"]).last_error == "printer does not answer"  # type: ignore[union-attr]


async def test_test_page_and_staff_actions(fake: FakePrinter, harness: Callable[..., QueueHarness]) -> None:
    h = harness(PrintSettings(printers=(printer_config(fake.target, kinds=KITCHEN),)))
    await h.queue.start()
    [job_id] = h.queue.test_print("kitchen").print_jobs
    await until(lambda: h.state(job_id) == "done")
    [page] = fake.jobs()
    assert "KDS test page" in page.text() and "Ação, café, pão" in page.text()
    assert h.queue.jobs_for(OrderKey.parse("fake:none")) == []
    assert [j.state for j in h.queue.attention()] == []
    assert h.queue.retry(job_id).print_jobs == frozenset()  # only failed jobs can be retried
    assert h.queue.resolve(job_id).print_jobs == frozenset()
    assert h.ledger.get(job_id).state == JobState.DONE  # type: ignore[union-attr]


async def test_printers_set_to_print_on_arrival(fake: FakePrinter, harness: Callable[..., QueueHarness]) -> None:
    arrival = printer_config(fake.target, kinds=frozenset({DocKind.KITCHEN}), auto_print="on_arrival", copies=2)
    h = harness(PrintSettings(printers=(arrival,)))
    await h.queue.start()
    order = sample_order("en")
    [job_id] = h.queue.order_arrived(order).print_jobs
    assert not h.queue.order_confirmed(order).print_jobs
    await until(lambda: h.state(job_id) == "done")
    [job] = fake.jobs()
    assert job.text().count("Double cheeseburger") == 2  # two copies, each with its own cut


async def test_jobs_of_a_removed_printer_fail_visibly_and_retry_on_its_replacement(
        fake: FakePrinter, harness: Callable[..., QueueHarness], tmp_path: Path) -> None:
    path = tmp_path / "moved.sqlite3"
    old = harness(PrintSettings(printers=(printer_config(fake.target, name="old", kinds=KITCHEN),)), path)
    await fake.stop()
    await old.queue.start()
    [job_id] = old.queue.order_confirmed(sample_order("en")).print_jobs
    await until(lambda: old.state(job_id) == "failed")
    await old.queue.close()
    await fake.start()
    new = harness(PrintSettings(printers=(printer_config(fake.target, name="new", kinds=KITCHEN),)), path)
    assert job_id in (await new.queue.start()).print_jobs
    [failed] = new.queue.failed_jobs()
    assert failed.last_error == "printer no longer configured" and not failed.retrying
    assert new.queue.retry(job_id).print_jobs == {job_id}
    await until(lambda: new.state(job_id) == "done")
    assert new.ledger.get(job_id).printer == "new"  # type: ignore[union-attr]
    assert count(fake.tickets(), "Double cheeseburger") == 1
