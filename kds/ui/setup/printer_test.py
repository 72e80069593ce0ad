"""A test page on a printer, through the print queue when the printer is saved and running, else directly.

A saved printer prints its test page through the print queue (`queued_test_print`, which uses
`PrintQueue.test_print` and waits for the job's outcome), so the page is in the print ledger and a
failure shows like any other. A printer being set up, or changed and not saved yet, is not in the
queue in that form, so `test_print` renders the same page with the same code
(`kds.printing.samples.test_page`, `render`, `sender.send`) and sends it in a worker thread: the
connection may take seconds to time out, and the Qt thread never waits on a printer.
"""

from __future__ import annotations

import asyncio
import logging

from pydantic import ValidationError

from kds.domain.changes import Changes
from kds.printing.config import PrinterConfig, StatusQuery
from kds.printing.fonts import FontNotFoundError
from kds.printing.jobs import JobRecord, JobState
from kds.printing.options import ProfileError
from kds.printing.queue import PrintQueue
from kds.printing.samples import test_page
from kds.printing.sender import PrintError, send
from kds.printing.transports import TargetError, TransportError
from kds.ui.wording import tr

log = logging.getLogger(__name__)


class TestPrintFailed(Exception):  # noqa: N818 - reads as what the form shows
    """The test page did not print; the message is the printer package's one-line reason."""

    __test__ = False  # not a pytest test class, whatever its name says


def print_test_page(config: PrinterConfig) -> int:
    """Print `config`'s test page now (blocking); returns the number of bytes sent.

    Raises:
        TestPrintFailed: the page could not be rendered or sent.
    """
    # Loaded here (in the worker thread): python-escpos and Pillow are not needed until a page is printed.
    from kds.printing.render import render

    try:
        doc = test_page(config.name, config.target, config.width, config.codepage)
        payload = render(doc, config.render_options())
        outcome = send(config.transport(append=False), payload, expect_answer=config.status is StatusQuery.REQUIRED)
    except PrintError as exc:
        raise TestPrintFailed(exc.reason) from exc
    except (TargetError, ValidationError, ProfileError, FontNotFoundError, TransportError, LookupError) as exc:
        log.warning("test page failed: %s", type(exc).__name__)
        reason = str(exc).splitlines()[0] if str(exc) else tr("the printer could not be reached")
        raise TestPrintFailed(reason) from exc
    log.info("test page sent to printer %s (%d bytes)", config.name, outcome.sent)
    return outcome.sent


async def test_print(config: PrinterConfig) -> int:
    """`print_test_page` in a worker thread."""
    return await asyncio.to_thread(print_test_page, config)


test_print.__test__ = False  # type: ignore[attr-defined]  # a coroutine named test_*, not a test


def runs_in(queue: PrintQueue | None, config: PrinterConfig) -> bool:
    """True when `queue` runs a printer exactly as `config` describes it (saved and not changed since)."""
    return queue is not None and any(printer == config for printer in queue.settings.printers)


async def queued_test_print(queue: PrintQueue, name: str, timeout: float = 300.0) -> int:
    """Queue printer `name`'s test page and wait until it printed or failed; returns the job id.

    Raises:
        TestPrintFailed: the job failed (the queue keeps retrying it; it shows in the status bar).
    """
    loop = asyncio.get_running_loop()
    outcome: asyncio.Future[JobRecord] = loop.create_future()
    job: list[int] = []

    def settle(job_id: int) -> None:
        record = queue.ledger.get(job_id)
        if record is not None and record.state in (JobState.DONE, JobState.FAILED) and not outcome.done():
            outcome.set_result(record)

    def listener(changes: Changes) -> None:
        if job and job[0] in changes.print_jobs:
            settle(job[0])

    unsubscribe = queue.subscribe(listener)
    try:
        ids = sorted(queue.test_print(name).print_jobs)
        if not ids:
            raise TestPrintFailed(tr("the test page could not be queued"))
        job.append(ids[0])
        settle(ids[0])
        record = await asyncio.wait_for(outcome, timeout)
    except TimeoutError:
        raise TestPrintFailed(tr("the printer did not finish the test page in time")) from None
    finally:
        unsubscribe()
    if record.state == JobState.FAILED:
        raise TestPrintFailed(record.last_error or tr("failed"))
    log.info("test page printed on %s (job %s)", name, record.id)
    return record.id
