"""The store-control record: who and when, scheduled reversals that survive a restart, withdrawals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kds.domain.order import Platform
from kds.domain.store_control import ControlKind, StoreControl
from kds.store.connect import open_database
from kds.store.db import migrations
from kds.store.store_controls import WITHDRAWN, StoreControlRepository

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
KEETA = Platform.KEETA_OD


def pause(minutes: int | None, at: datetime = T0, platform: Platform = KEETA) -> StoreControl:
    until = at + timedelta(minutes=minutes) if minutes else None
    return StoreControl(platform, ControlKind.PAUSE, "Counter", at, until)


def test_the_migration_is_numbered_five_and_applied(store_target: str) -> None:
    numbers = [n for n, _, _ in migrations()]
    assert 5 in numbers
    db = open_database(store_target)
    assert db.version == numbers[-1]
    assert db.conn.execute("SELECT COUNT(*) FROM store_controls").fetchone()[0] == 0


def test_a_timed_pause_is_due_now_and_its_resume_at_its_end_also_after_a_restart(store_target: str) -> None:
    db = open_database(store_target)
    record = StoreControlRepository(db).record(pause(30), T0)
    assert [r.control.kind for r in StoreControlRepository(db).due(T0)] == [ControlKind.PAUSE]
    db.close()

    repo = StoreControlRepository(open_database(store_target))  # started again
    repo.mark_done(record.id, T0)
    assert repo.due(T0 + timedelta(minutes=29)) == []
    assert repo.next_due() == T0 + timedelta(minutes=30)
    (resume,) = repo.due(T0 + timedelta(minutes=30))
    assert (resume.control.kind, resume.reverses, resume.control.who) == (ControlKind.RESUME, record.id, "Counter")


def test_a_new_control_withdraws_the_scheduled_reversal_of_the_last(store_target: str) -> None:
    repo = StoreControlRepository(open_database(store_target))
    first = repo.record(pause(30), T0)
    later = T0 + timedelta(minutes=5)
    repo.record(pause(60, later), later)
    scheduled = [r for r in repo.due(T0 + timedelta(hours=2)) if r.reverses is not None]
    assert [(r.control.at, r.reverses) for r in scheduled] == [(later + timedelta(minutes=60), first.id + 2)]
    assert repo.get(first.id + 1).state == WITHDRAWN  # type: ignore[union-attr]
    # Resumed by hand: no resume is left scheduled, and the record says who resumed when.
    repo.record(StoreControl(KEETA, ControlKind.RESUME, "Bar", later), later)
    assert [r.reverses for r in repo.due(T0 + timedelta(hours=2))] == [None, None, None]
    kinds = [(c.kind, c.who) for c in repo.history(T0, T0 + timedelta(hours=2))]
    assert kinds == [(ControlKind.PAUSE, "Counter"), (ControlKind.PAUSE, "Counter"), (ControlKind.RESUME, "Bar")]


def test_busy_mode_is_kept_done_and_counts_until_its_end(store_target: str) -> None:
    repo = StoreControlRepository(open_database(store_target))
    busy = StoreControl(Platform.GOFOOD, ControlKind.BUSY, "Counter", T0, T0 + timedelta(minutes=45), minutes=10)
    repo.record(busy, T0)
    assert repo.due(T0 + timedelta(hours=1)) == []  # nothing to send
    assert repo.busy_minutes(Platform.GOFOOD, T0 + timedelta(minutes=44)) == 10
    assert repo.busy_minutes(Platform.GOFOOD, T0 + timedelta(minutes=45)) == 0
    assert repo.busy_minutes(KEETA, T0) == 0
    # A pause on the same platform leaves busy mode's end alone.
    repo.record(pause(10, platform=Platform.GOFOOD), T0)
    assert repo.busy_minutes(Platform.GOFOOD, T0 + timedelta(minutes=44)) == 10


def sold_out(item: str, codes: tuple[str, ...], hours: int, at: datetime = T0) -> StoreControl:
    return StoreControl(Platform.ZEEK, ControlKind.SOLD_OUT, "Counter", at, at + timedelta(hours=hours), item=item,
                        codes=codes)


def back_in_stock(repo: StoreControlRepository, at: datetime) -> list[tuple[str, tuple[str, ...], datetime]]:
    return [(r.control.item, r.control.codes, r.control.at) for r in repo.due(at)
            if r.control.kind is ControlKind.BACK_IN_STOCK]


def test_a_linked_dish_keeps_its_sold_out_and_its_back_in_stock_is_sent_once_under_the_new_key(
        store_target: str) -> None:
    repo = StoreControlRepository(open_database(store_target))
    told = repo.record(sold_out("dish-a", ("P1",), 2), T0)
    repo.mark_done(told.id, T0)
    repo.move_item("dish-a", "dish-b", [Platform.ZEEK], T0 + timedelta(minutes=1))
    current = repo.current(Platform.ZEEK, "dish-b", T0 + timedelta(minutes=1))
    assert current is not None and current.control.kind is ControlKind.SOLD_OUT and current.reached
    assert repo.current(Platform.ZEEK, "dish-a", T0 + timedelta(minutes=1)) is None
    assert repo.due(T0 + timedelta(minutes=1)) == []  # nothing is sent again
    assert back_in_stock(repo, T0 + timedelta(hours=3)) == [("dish-b", ("P1",), T0 + timedelta(hours=2))]


def test_linking_two_sold_out_dishes_keeps_the_newest_ones_end(store_target: str) -> None:
    repo = StoreControlRepository(open_database(store_target))
    later = T0 + timedelta(minutes=5)
    repo.record(sold_out("dish-a", ("P1",), 2), T0)
    repo.record(sold_out("dish-b", ("P2",), 1, later), later)
    repo.move_item("dish-a", "dish-b", [Platform.ZEEK], later)
    assert back_in_stock(repo, T0 + timedelta(hours=3)) == [("dish-b", ("P2",), later + timedelta(hours=1))]


def test_an_entry_split_off_a_sold_out_dish_is_sold_out_until_the_same_time_and_each_code_comes_back_once(
        store_target: str) -> None:
    repo = StoreControlRepository(open_database(store_target))
    told = repo.record(sold_out("dish-a", ("P1", "P2"), 2), T0)
    repo.mark_done(told.id, T0)
    now = T0 + timedelta(minutes=1)
    repo.copy_item("dish-a", "own:zeek:code:P2", Platform.ZEEK, ["P2"], now)
    split = repo.current(Platform.ZEEK, "own:zeek:code:P2", now)
    assert split is not None and split.control.kind is ControlKind.SOLD_OUT and split.reached
    assert split.control.codes == ("P2",) and split.control.until == T0 + timedelta(hours=2)
    assert repo.due(now) == []  # the platform was told already
    assert sorted(back_in_stock(repo, T0 + timedelta(hours=3))) == [
        ("dish-a", ("P1",), T0 + timedelta(hours=2)), ("own:zeek:code:P2", ("P2",), T0 + timedelta(hours=2))]
    repo.copy_item("dish-b", "own:zeek:code:P3", Platform.ZEEK, ["P3"], now)  # not sold out: nothing to copy
    assert repo.current(Platform.ZEEK, "own:zeek:code:P3", now) is None
