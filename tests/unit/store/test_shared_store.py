"""Two stations on one store: an action tapped on both is stored and sent once; the poll limit has one memory.

Each test runs on SQLite and on PostgreSQL (when `KDS_TEST_POSTGRES_DSN` is set), every station
with a connection of its own; the races are forced with a barrier, not left to luck.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from kds.domain.actions import Action
from kds.domain.order import OrderKey, Platform
from kds.store.connect import open_database
from kds.store.outbox import ActionState, OutboxRepository, RequestLog
from kds.store.print_jobs import PrintJobRepository

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
KEY = OrderKey(Platform.KEETA_OD, "O-1")


def test_confirm_tapped_on_two_stations_at_once_is_stored_once(store_target: str) -> None:
    stations = [open_database(store_target) for _ in range(2)]
    barrier = threading.Barrier(2)
    results: list[tuple[int, bool]] = []

    def tap(db: object) -> None:
        repo = OutboxRepository(db)  # type: ignore[arg-type]
        barrier.wait()
        record, armed = repo.enqueue(KEY, Action.CONFIRM, {}, T0)
        results.append((record.id, armed))

    threads = [threading.Thread(target=tap, args=(db,)) for db in stations]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert len(results) == 2 and results[0][0] == results[1][0], results
    assert sorted(armed for _, armed in results) == [False, True]
    assert len(OutboxRepository(stations[0]).for_order(KEY)) == 1


def test_an_action_goes_out_from_one_runner_only(store_target: str) -> None:
    first, second = (OutboxRepository(open_database(store_target)) for _ in range(2))
    record, _ = first.enqueue(KEY, Action.CONFIRM, {}, T0)
    assert first.mark_sending(record.id, T0)
    assert not second.mark_sending(record.id, T0), "a second runner sent it too"
    assert second.get(record.id).state is ActionState.SENDING and second.get(record.id).attempts == 1


def test_two_stations_racing_for_the_last_poll_slot_cannot_both_win(store_target: str) -> None:
    first, second = (RequestLog(open_database(store_target)) for _ in range(2))
    start = T0.timestamp()
    for at in (start, start + 1):  # both slots of a 2-per-window limit used
        slot, seen = first.oldest("poll:keeta_od:default", 2)
        assert first.take("poll:keeta_od:default", slot, seen, at)
    # A window later both stations see the same free slot; only one may take it.
    seen_by = [log.oldest("poll:keeta_od:default", 2) for log in (first, second)]
    assert seen_by[0] == seen_by[1] == (0, start)
    won = [log.take("poll:keeta_od:default", slot, seen, start + 61)
           for log, (slot, seen) in zip((first, second), seen_by, strict=True)]
    assert won == [True, False]
    assert first.since("poll:keeta_od:default", start) == [start + 1, start + 61]


def test_a_print_job_goes_to_paper_from_one_queue_only(store_target: str) -> None:
    first, second = (PrintJobRepository(open_database(store_target)) for _ in range(2))
    job_id = first.add(order_key="keeta_od:o1", kind="kitchen", revision="1", route="kitchen", printer="kitchen",
                       document="{}", title="#1", auto=True, now=T0)
    assert job_id is not None
    assert first.next_due("kitchen", T0).id == second.next_due("kitchen", T0).id == job_id  # type: ignore[union-attr]
    assert first.mark_sending(job_id, T0)
    assert not second.mark_sending(job_id, T0), "a second queue printed it too"
