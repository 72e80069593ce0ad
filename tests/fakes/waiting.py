"""Bounded waits for a condition that other code (the loop, a server thread, a printer) will reach.

The timeout guards against a hang; it is never a performance assertion. On timeout the wait
fails the test with `message` (a callable is asked only then, so it can describe the final state).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

Message = str | Callable[[], str]


def _text(message: Message) -> str:
    return message() if callable(message) else message


async def until(predicate: Callable[[], object], timeout: float = 5.0, step: float = 0.01,
                message: Message = "condition not met in time") -> None:
    """Sleep on the running loop (so asyncio, and Qt under qasync, keep running) until `predicate()` is true.

    Args:
        predicate: Checked first, then after every `step` seconds.
        timeout: Seconds after which the wait fails.
        step: Seconds to sleep between checks.
        message: The failure's text, or a callable giving it.

    Raises:
        AssertionError: `predicate()` was still false after `timeout` seconds.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(_text(message))
        await asyncio.sleep(step)


def until_blocking(predicate: Callable[[], object], timeout: float = 5.0, step: float = 0.01,
                   message: Message = "condition not met in time") -> None:
    """Block this thread until `predicate()` is true; for code with no event loop (other threads do the work).

    Args:
        predicate: Checked first, then after every `step` seconds.
        timeout: Seconds after which the wait fails.
        step: Seconds to sleep between checks.
        message: The failure's text, or a callable giving it.

    Raises:
        AssertionError: `predicate()` was still false after `timeout` seconds.
    """
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(_text(message))
        time.sleep(step)
