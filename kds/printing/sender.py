"""One print job on the wire: connect, ask the status, write, ask again, close. Runs in a printer thread.

The two status questions are what lets a job end as "done" honestly: a successful TCP write only means
the bytes reached a buffer, and a printer switched off mid-job loses them silently (python-escpos
#253). A failure says whether any byte may have reached the printer (`partial`): only then can a
second attempt produce a second paper copy, which must then be stamped.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from kds.printing.transports import Online, Paper, PrinterStatus, Transport, TransportError


class PrintError(Exception):
    """A job did not print (for sure). `partial`: part of it may have come out of the printer."""

    def __init__(self, reason: str, *, partial: bool, status: PrinterStatus | None = None) -> None:
        """A failure with a one-line, staff-readable `reason`."""
        super().__init__(reason)
        self.reason = reason
        self.partial = partial
        self.status = status


@dataclass(frozen=True, slots=True)
class SendOutcome:
    """What the printer said before and after a job that went through."""

    before: PrinterStatus
    after: PrinterStatus
    sent: int


def _check_ready(status: PrinterStatus, expect_answer: bool) -> None:
    if status.online is Online.OFFLINE:
        raise PrintError("printer is offline (cover open, paper out or error)", partial=False, status=status)
    if status.paper is Paper.OUT:
        raise PrintError("printer is out of paper", partial=False, status=status)
    if expect_answer and not status.answered:
        raise PrintError("printer does not answer", partial=False, status=status)


def send(transport: Transport, payload: bytes, *, expect_answer: bool = False) -> SendOutcome:
    """Send one job over a fresh connection.

    Args:
        transport: a transport that is not yet open; it is closed on return.
        payload: the job's bytes.
        expect_answer: the printer is known to answer status questions, so silence means trouble.

    Raises:
        PrintError: the job did not (certainly) print.
    """
    try:
        transport.open()
    except TransportError as exc:
        raise PrintError(exc.reason, partial=False) from exc
    outcome: SendOutcome | None = None
    try:
        before = transport.status()
        _check_ready(before, expect_answer)
        transport.write(payload)
        after = transport.status()
        if expect_answer and not after.answered:
            raise PrintError("printer stopped answering after the job was sent", partial=True, status=after)
        if after.online is Online.OFFLINE or after.paper is Paper.OUT:
            raise PrintError("printer went offline or ran out of paper during the job", partial=True,
                               status=after)
        outcome = SendOutcome(before, after, len(payload))
    except TransportError as exc:
        raise PrintError(exc.reason, partial=exc.sent > 0) from exc
    finally:
        try:
            transport.close()
        except TransportError as exc:
            if outcome is not None:  # only a spooler fails here: the job was not submitted
                raise PrintError(exc.reason, partial=False) from exc
    return outcome


def probe(transport: Transport) -> PrinterStatus:
    """Connect, ask the status and close: for a status bar or a settings screen.

    Raises:
        PrintError: the printer cannot be reached.
    """
    try:
        transport.open()
    except TransportError as exc:
        raise PrintError(exc.reason, partial=False) from exc
    try:
        return transport.status()
    except TransportError as exc:
        raise PrintError(exc.reason, partial=False) from exc
    finally:
        with contextlib.suppress(TransportError):
            transport.close()
