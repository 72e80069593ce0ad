"""The shared bounded waits: they return once the condition holds and fail with the given message."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.fakes.waiting import until, until_blocking


def becomes_true_on(call: int) -> tuple[list[int], Callable[[], bool]]:
    """A predicate that is false until its `call`-th call; and the list counting its calls."""
    calls: list[int] = []

    def predicate() -> bool:
        calls.append(1)
        return len(calls) >= call

    return calls, predicate


async def test_until_returns_once_the_predicate_holds() -> None:
    calls, predicate = becomes_true_on(3)
    await until(predicate, timeout=60, step=0)
    assert len(calls) == 3


async def test_until_fails_with_the_message_when_the_time_is_up() -> None:
    with pytest.raises(AssertionError, match=r"^never ready$"):
        await until(lambda: False, timeout=0, step=0, message="never ready")


async def test_until_asks_a_callable_message_only_on_failure() -> None:
    asked: list[int] = []

    def message() -> str:
        asked.append(1)
        return "state: stuck"

    await until(lambda: True, timeout=0, message=message)
    assert asked == []
    with pytest.raises(AssertionError, match=r"^state: stuck$"):
        await until(lambda: False, timeout=0, step=0, message=message)
    assert asked == [1]


def test_until_blocking_returns_once_the_predicate_holds_and_fails_when_the_time_is_up() -> None:
    calls, predicate = becomes_true_on(2)
    until_blocking(predicate, timeout=60, step=0)
    assert len(calls) == 2
    with pytest.raises(AssertionError, match=r"^condition not met in time$"):
        until_blocking(lambda: False, timeout=0, step=0)
