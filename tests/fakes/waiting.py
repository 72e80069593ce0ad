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


async def reached(predicate: Callable[[], object], timeout: float = 5.0, step: float = 0.01) -> bool:
    """Sleep on the running loop (so asyncio, and Qt under qasync, keep running) until `predicate()` is true.

    For a test that asserts afterwards with the details of what went wrong; `until` fails at once.

    Args:
        predicate: Checked first, then after every `step` seconds.
        timeout: Seconds after which the wait gives up.
        step: Seconds to sleep between checks.

    Returns:
        Whether `predicate()` became true within `timeout` seconds.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(step)
    return True


async def until(predicate: Callable[[], object], timeout: float = 5.0, step: float = 0.01,
                message: Message = "condition not met in time") -> None:
    """Wait like `reached`, and fail the test with `message` when `predicate()` is still false.

    Args:
        predicate: Checked first, then after every `step` seconds.
        timeout: Seconds after which the wait fails.
        step: Seconds to sleep between checks.
        message: The failure's text, or a callable giving it.

    Raises:
        AssertionError: `predicate()` was still false after `timeout` seconds.
    """
    if not await reached(predicate, timeout, step):
        raise AssertionError(_text(message))


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
