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
