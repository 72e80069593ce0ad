"""Long-poll waiting: woken by a notification, by a re-check, or not at all."""

from __future__ import annotations

import asyncio

from kds.relay.longpoll import Notifier, wait_for_events
from tests.fakes.waiting import until


class Source:
    """A fake pending-events read that counts its calls."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.reads = 0

    async def fetch(self) -> list[str]:
        self.reads += 1
        return list(self.items)


async def test_returns_at_once_when_events_are_pending() -> None:
    source, notifier = Source(), Notifier()
    source.items.append("e1")
    assert await wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=3600) == ["e1"]
    assert source.reads == 1


async def test_wait_zero_reads_once_and_returns_nothing() -> None:
    source = Source()
    assert await wait_for_events(source.fetch, Notifier(), "a", wait=0, recheck=3600) == []
    assert source.reads == 1


async def test_a_notification_for_the_tenant_wakes_the_wait() -> None:
    source, notifier = Source(), Notifier()
    waiting = asyncio.create_task(wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=3600))
    await asyncio.sleep(0)
    notifier.notify("b")  # another tenant: stays asleep
    await asyncio.sleep(0)
    assert not waiting.done()
    source.items.append("e1")
    notifier.notify("a")
    assert await asyncio.wait_for(waiting, 5) == ["e1"]
    assert source.reads == 2


async def test_an_event_stored_between_read_and_wait_is_not_missed() -> None:
    source, notifier = Source(), Notifier()

    async def racing_fetch() -> list[str]:
        found = await source.fetch()
        if source.reads == 1:  # the event lands (and is notified) right after the first read
            source.items.append("e1")
            notifier.notify("a")
        return found

    assert await asyncio.wait_for(
        wait_for_events(racing_fetch, notifier, "a", wait=3600, recheck=3600), 5) == ["e1"]


async def test_recheck_finds_events_stored_by_another_process() -> None:
    source, notifier = Source(), Notifier()
    waiting = asyncio.create_task(wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=0.01))
    source.items.append("e1")  # no notification, as for a write by another relay process
    assert await asyncio.wait_for(waiting, 5) == ["e1"]


async def test_closing_answers_every_wait() -> None:
    source, notifier = Source(), Notifier()
    waiting = asyncio.create_task(wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=3600))
    await asyncio.sleep(0)
    notifier.close()
    assert await asyncio.wait_for(waiting, 5) == []
    assert notifier.closed
    assert await wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=3600) == []


async def test_a_wait_for_some_platforms_sleeps_through_events_of_others() -> None:
    source, notifier = Source(), Notifier()
    keeta = asyncio.create_task(wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=3600,
                                                platforms=frozenset({"keeta_std"})))
    everything = asyncio.create_task(wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=3600))
    await asyncio.sleep(0)
    assert source.reads == 2 and notifier.watched("a", "gofood") and notifier.watched("a", "keeta_std")
    source.items.append("gofood-1")
    notifier.notify("a", "gofood")
    assert await asyncio.wait_for(everything, 5) == ["gofood-1"]  # a poll of every platform wakes
    await asyncio.sleep(0)
    assert not keeta.done() and source.reads == 3  # not woken, not even to read again
    assert notifier.watched("a", "keeta_std")
    source.items[:] = ["keeta-1"]
    notifier.notify("a", "keeta_std")
    assert await asyncio.wait_for(keeta, 5) == ["keeta-1"]


async def test_a_notification_of_no_particular_platform_wakes_every_wait() -> None:
    source, notifier = Source(), Notifier()
    waiting = asyncio.create_task(wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=3600,
                                                  platforms=frozenset({"gofood"})))
    await asyncio.sleep(0)
    source.items.append("e1")
    notifier.notify("a")
    assert await asyncio.wait_for(waiting, 5) == ["e1"]



async def test_notify_all_wakes_every_tenants_waits_once_to_read_again() -> None:
    # What a notification listener does when it listens again: anything stored meanwhile is read.
    source, notifier = Source(), Notifier()
    waits = [asyncio.create_task(wait_for_events(source.fetch, notifier, tenant, wait=3600, recheck=3600,
                                                 platforms=platforms))
             for tenant, platforms in (("a", None), ("a", frozenset({"gofood"})), ("b", None))]
    try:
        await until(lambda: notifier.watched("a", "keeta_std") and notifier.watched("a", "gofood")
                    and notifier.watched("b"))
        assert source.reads == 3
        assert notifier.notify_all() == 3
        await until(lambda: source.reads == 6 and notifier.watched("a", "keeta_std")
                    and notifier.watched("a", "gofood") and notifier.watched("b"))
        assert not any(wait.done() for wait in waits)  # nothing new: back to sleep, each with a fresh signal
        source.items.append("e1")
        assert notifier.notify_all() == 3
        assert await asyncio.wait_for(asyncio.gather(*waits), 5) == [["e1"]] * 3
    finally:
        for wait in waits:
            wait.cancel()


async def test_the_recheck_interval_is_asked_before_every_wait() -> None:
    source, notifier = Source(), Notifier()
    asked: list[int] = []

    def recheck() -> float:
        asked.append(source.reads)
        return 0.01 if len(asked) > 1 else 3600  # e.g. the listener went down after the first wait

    waiting = asyncio.create_task(wait_for_events(source.fetch, notifier, "a", wait=3600, recheck=recheck))
    try:
        await until(lambda: asked == [1])
        notifier.notify("a")  # woken: reads again, then asks again
        await until(lambda: len(asked) >= 2)
        source.items.append("e1")  # no wake-up: found by the now short re-check
        assert await asyncio.wait_for(waiting, 5) == ["e1"]
        assert asked[:2] == [1, 2]
    finally:
        waiting.cancel()
