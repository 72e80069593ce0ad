"""A test page on a printer as the form describes it, before it is saved.

A saved printer prints its test page through the print queue (`PrintQueue.test_print`); a printer
being set up is not in the queue yet, so this renders the same page with the same code
(`kds.printing.samples.test_page`, `render`, `sender.send`) and sends it in a worker thread: the
connection may take seconds to time out, and the Qt thread never waits on a printer.
"""

from __future__ import annotations

import asyncio
import logging

from pydantic import ValidationError

from kds.printing.config import PrinterConfig, StatusQuery
from kds.printing.escpos_compat import ProfileError
from kds.printing.fonts import FontNotFoundError
from kds.printing.render import render
from kds.printing.samples import test_page
from kds.printing.sender import PrintError, send
from kds.printing.transports import TargetError, TransportError

log = logging.getLogger(__name__)


class TestPrintFailed(Exception):  # noqa: N818 - reads as what the form shows
    """The test page did not print; the message is the printer package's one-line reason."""

    __test__ = False  # not a pytest test class, whatever its name says


def print_test_page(config: PrinterConfig) -> int:
    """Print `config`'s test page now (blocking); returns the number of bytes sent.

    Raises:
        TestPrintFailed: the page could not be rendered or sent.
    """
    try:
        doc = test_page(config.name, config.target, config.width, config.codepage)
        payload = render(doc, config.render_options())
        outcome = send(config.transport(append=False), payload, expect_answer=config.status is StatusQuery.REQUIRED)
    except PrintError as exc:
        raise TestPrintFailed(exc.reason) from exc
    except (TargetError, ValidationError, ProfileError, FontNotFoundError, TransportError, LookupError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise TestPrintFailed(reason) from exc
    log.info("test page sent to printer %s (%d bytes)", config.name, outcome.sent)
    return outcome.sent


async def test_print(config: PrinterConfig) -> int:
    """`print_test_page` in a worker thread."""
    return await asyncio.to_thread(print_test_page, config)


test_print.__test__ = False  # type: ignore[attr-defined]  # a coroutine named test_*, not a test
