"""The store on real SQLite files and PostgreSQL: migrations, dedupe, snapshots, the outbox and the request log."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import BadEvent, EventKind, OrderEvent, RawEvent
from kds.domain.order import OrderKey, Platform
from kds.domain.states import OrderStatus, Stage
from kds.services.ratelimit import PersistentRateLimiter
from kds.store import db as db_module
from kds.store import postgres as postgres_module
from kds.store.connect import open_database
from kds.store.db import Database, StoreError, migrations
from kds.store.orders import OrderRepository
from kds.store.outbox import ActionState, OutboxRepository, RequestLog
from tests.fakes.platform import make_order
from tests.postgres import fresh_schema

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def event(eid: str, order_id: str = "o1", kind: EventKind = EventKind.CREATED) -> tuple[OrderEvent, RawEvent]:
    e = OrderEvent(Platform.KEETA_OD, eid, order_id, kind, T0)
    return e, RawEvent(eid, order_id, "CREATED", {"eventId": eid, "orderId": order_id})


def test_migrations_reach_latest_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "kds.sqlite3"
    db = Database(path)
    assert db.version == migrations()[-1][0]
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    assert Database(path).version == migrations()[-1][0]


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kds.sqlite3"
    Database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=999")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Database(path)


def test_events_dedupe_by_platform_and_id(store_target: str) -> None:
    repo = OrderRepository(open_database(store_target))
    assert repo.add_event(*event("e1"), T0)
    assert not repo.add_event(*event("e1"), T0)
    assert repo.event_count() == 1
    assert repo.unacked_count() == 1
    repo.mark_acked(Platform.KEETA_OD, ["e1"], T0)
    assert repo.unacked_count() == 0


def test_batch_journal_flags_duplicates_of_stored_and_of_the_batch(store_target: str) -> None:
    repo = OrderRepository(open_database(store_target))
    assert repo.add_events([event("e1")], T0) == [True]
    other = OrderEvent(Platform.KEETA_STD, "e1", "o1", EventKind.CREATED, T0)  # same id, other platform
    batch = [event("e2"), event("e1"), event("e2"), (other, RawEvent("e1", "o1", "CREATED", {}))]
    assert repo.add_events(batch, T0) == [True, False, False, True]
    assert repo.event_count() == 3
    assert repo.add_events([], T0) == []
    # More ids than one statement may bind: every one stored once, every repeat recognised.
    many = [event(f"m{i}", f"o{i % 7}") for i in range(1203)]
    assert repo.add_events(many, T0) == [True] * 1203
    assert repo.add_events(many[::-1], T0) == [False] * 1203
    assert [e.event_id for e in repo.events_for(OrderKey(Platform.KEETA_OD, "o3"))][:3] == ["m3", "m10", "m17"]


def test_missing_orders_in_one_query_per_platform(store_target: str) -> None:
    repo = OrderRepository(open_database(store_target))
    stored = [make_order(Platform.KEETA_OD, order_id=f"o{i}", created_at=T0) for i in range(0, 1200, 3)]
    for order in stored:
        repo.save(order, OrderStatus(), "{}", T0)
    keys = [OrderKey(Platform.KEETA_OD, f"o{i}") for i in range(1200)] + [OrderKey(Platform.KEETA_STD, "o0")]
    missing = repo.missing(keys + keys[:5])
    assert missing == [k for k in keys if k.platform is Platform.KEETA_STD or int(k.order_id[1:]) % 3]
    assert repo.missing([]) == []


def test_raw_order_text_is_stored_as_received(store_target: str) -> None:
    repo = OrderRepository(open_database(store_target))
    order = make_order(Platform.KEETA_OD, created_at=T0)
    text = '{"id": "x",  "big": 123456789012345678901234567890, "名": "叉燒"}'
    repo.save(order, OrderStatus(), text, T0)
    assert repo.db.conn.execute("SELECT raw FROM orders").fetchone()[0] == text


def test_rolled_back_transaction_leaves_nothing(store_target: str) -> None:
    db = open_database(store_target)
    repo = OrderRepository(db)

    def crash_mid_transaction() -> None:
        with db.transaction():
            repo.add_event(*event("e1"), T0)
            raise RuntimeError("crash")

    with pytest.raises(RuntimeError, match="crash"):
        crash_mid_transaction()
    assert repo.event_count() == 0


def test_order_snapshot_round_trip_and_search(store_target: str) -> None:
    db = open_database(store_target)
    repo = OrderRepository(db)
    order = make_order(Platform.KEETA_OD, created_at=T0, display_id="4821", customer="Maria Silva")
    repo.save(order, OrderStatus(), {"id": order.key.order_id}, T0)
    stored = repo.get(order.key)
    assert stored is not None and stored.order == order and stored.raw == {"id": order.key.order_id}
    assert [s.order.key for s in repo.open_orders()] == [order.key]
    repo.save_status(order.key, OrderStatus(stage=Stage.DONE), T0 + timedelta(minutes=1))
    assert repo.open_orders() == []
    assert [s.order.key for s in repo.finished_since(T0)] == [order.key]
    assert repo.recent(T0, "maria")[0].order == order
    assert repo.recent(T0, "4821")[0].order == order
    assert repo.recent(T0, "feijoada")[0].order == order
    assert repo.recent(T0, "nobody") == []


def test_quarantine(store_target: str) -> None:
    repo = OrderRepository(open_database(store_target))
    qid = repo.quarantine(Platform.KEETA_OD, BadEvent({"x": 1}, "unknown type", "e9", "o9", "PLACED"), T0)
    repo.mark_quarantine_acked([qid], T0)
    (row,) = repo.quarantined()
    assert row["reason"] == "unknown type" and row["acked_at"]


def test_outbox_one_action_per_order_until_failed(store_target: str) -> None:
    db = open_database(store_target)
    outbox = OutboxRepository(db)
    key = make_order(created_at=T0).key
    first, armed = outbox.enqueue(key, Action.CONFIRM, {}, T0)
    again, armed_again = outbox.enqueue(key, Action.CONFIRM, {}, T0)
    assert armed and not armed_again and first.id == again.id
    outbox.mark_sending(first.id, T0)
    outbox.mark_failed(first.id, T0, "boom", outbox.get(first.id).error_kind)
    rearmed, armed3 = outbox.enqueue(key, Action.CONFIRM, {}, T0)
    assert armed3 and rearmed.id == first.id and rearmed.state is ActionState.PENDING
    outbox.mark_done(first.id, T0)
    _, armed4 = outbox.enqueue(key, Action.CONFIRM, {}, T0)
    assert not armed4
    # Partial refunds are repeatable (a new token each time).
    a, _ = outbox.enqueue(key, Action.PARTIAL_REFUND, {}, T0, token="1")
    b, _ = outbox.enqueue(key, Action.PARTIAL_REFUND, {}, T0, token="2")
    assert a.id != b.id


def test_outbox_survives_reopen(store_target: str) -> None:
    db = open_database(store_target)
    record, _ = OutboxRepository(db).enqueue(make_order(created_at=T0).key, Action.CONFIRM, {"x": 1}, T0)
    OutboxRepository(db).mark_sending(record.id, T0)
    db.close()
    (sending,) = OutboxRepository(open_database(store_target)).in_state(ActionState.SENDING)
    assert sending.id == record.id and sending.params == {"x": 1} and sending.attempts == 1


async def test_rate_limit_holds_across_restarts(store_target: str) -> None:
    clock = FakeClock(autojump=True)
    limiter = PersistentRateLimiter(RequestLog(open_database(store_target)), "poll", 2, 60, clock)
    await limiter.acquire()
    await limiter.acquire()
    # "Restart": a new limiter on the same file must still wait for the window.
    again = PersistentRateLimiter(RequestLog(open_database(store_target)), "poll", 2, 60, clock)
    assert 60 <= again.wait_time() <= 60 * 1.05  # the window plus a small safety margin
    start = clock.monotonic()
    await again.acquire()
    assert clock.monotonic() - start >= 60
    again.block_for(120)
    assert again.wait_time() == pytest.approx(120, abs=0.1)


def test_two_writers_of_the_journal_never_share_an_arrival_number(store_target: str) -> None:
    db = open_database(store_target)
    poller, outbox = OrderRepository(db), OrderRepository(db)  # each made when its service starts
    now = datetime(2026, 1, 1, tzinfo=UTC)
    with db.transaction():
        poller.add_events([event("e1"), event("e2")], now)
        outbox.add_events([event("e3")], now)
        poller.add_events([event("e4")], now)
    seqs = [r[0] for r in db.conn.execute("SELECT seq FROM events ORDER BY seq")]
    assert seqs == [1, 2, 3, 4]
    db.close()


def test_postgres_keeps_its_version_in_a_table_and_refuses_a_newer_one() -> None:
    with fresh_schema() as dsn:
        db = open_database(dsn)
        assert db.dialect == "postgresql" and db.version == migrations()[-1][0]
        versions = [r[0] for r in db.conn.execute("SELECT version FROM kds_schema ORDER BY version")]
        assert versions == [n for n, _, _ in migrations("postgresql")]
        db.conn.execute("INSERT INTO kds_schema (version) VALUES (999)")
        db.close()
        with pytest.raises(StoreError, match="newer"):
            open_database(dsn)


def test_two_stations_starting_at_once_migrate_once() -> None:
    with fresh_schema() as dsn:
        start = threading.Barrier(3)
        opened: list[Database] = []

        def station() -> None:
            start.wait()
            opened.append(open_database(dsn))

        threads = [threading.Thread(target=station) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        assert len(opened) == 3
        versions = [r[0] for r in opened[0].conn.execute("SELECT version FROM kds_schema ORDER BY version")]
        assert versions == [n for n, _, _ in migrations("postgresql")]  # each applied once
        for db in opened:
            db.close()


def test_a_later_portable_migration_runs_on_both_engines(store_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # What other migrations will be written like: a self-numbering key, a REAL, ISO times as text, an upsert.
    later = ("-- a REAL comment, with a ? and a %\n"
             "CREATE TABLE routes (\n    id INTEGER PRIMARY KEY,\n    name TEXT NOT NULL UNIQUE,\n"
             "    weight REAL NOT NULL DEFAULT 0,\n    at TEXT NOT NULL\n);\n\n"
             "CREATE INDEX routes_at ON routes (at) WHERE weight > 0;\n")
    shipped = db_module.migrations

    def with_later(dialect: str = "sqlite") -> list[tuple[int, str, str]]:
        return [*shipped(dialect), (99, "0099_routes.sql", later)]

    monkeypatch.setattr(db_module, "migrations", with_later)
    monkeypatch.setattr(postgres_module, "migrations", with_later)
    db = open_database(store_target)
    assert db.version == 99
    sql = ("INSERT INTO routes (name, weight, at) VALUES (?, ?, ?)"
           " ON CONFLICT (name) DO UPDATE SET weight=excluded.weight")
    db.conn.execute(sql, ("grill", 1718000000.123456, "2026-03-01T12:00:00+00:00"))
    db.conn.execute(sql, ("grill", 1718000000.654321, "2026-03-01T12:00:00+00:00"))
    row = db.conn.execute("SELECT id, weight, '?', 'a%' FROM routes WHERE name LIKE ?", ("gr%",)).fetchone()
    assert (row["id"], row["weight"], row[2], row[3]) == (1, 1718000000.654321, "?", "a%")
    db.close()


def test_times_as_text_sort_byte_by_byte_on_both_engines(store_target: str) -> None:
    repo = OrderRepository(open_database(store_target))
    # Microseconds left out by isoformat() when zero: text order must still be time order.
    times = [T0, T0 + timedelta(microseconds=5), T0 + timedelta(seconds=1), T0 - timedelta(microseconds=1)]
    for i, when in enumerate(times):
        repo.save(make_order(Platform.KEETA_OD, order_id=f"o{i}", created_at=when), OrderStatus(), "{}", when)
    assert [s.order.created_at for s in repo.open_orders()] == sorted(times)


def test_two_stations_writing_at_once_are_serialised_like_sqlite() -> None:
    with fresh_schema() as dsn:
        counter, kitchen = open_database(dsn, origin="counter"), open_database(dsn, origin="kitchen")
        key = make_order(created_at=T0).key
        start = threading.Barrier(2)

        def station(db: Database) -> list[bool]:
            journal, outbox, armed = OrderRepository(db), OutboxRepository(db), []
            start.wait()
            for i in range(15):
                with db.transaction():
                    journal.add_events([event(f"{db.origin}-{i}-a"), event(f"{db.origin}-{i}-b")], T0)
                # Both tap Confirm on the same order at the same moment: one action, no error.
                armed.append(outbox.enqueue(key, Action.CONFIRM, {}, T0)[1])
            return armed

        with ThreadPoolExecutor(2) as pool:
            results = [pool.submit(station, db) for db in (counter, kitchen)]
            armed = [a for result in results for a in result.result(timeout=60)]  # raises what a station raised
        seqs = [r[0] for r in counter.conn.execute("SELECT seq FROM events ORDER BY seq")]
        assert seqs == list(range(1, 61))  # every journal entry numbered once, none shared
        assert armed.count(True) == 1 and len(OutboxRepository(kitchen).for_order(key)) == 1
        counter.close()
        kitchen.close()


def test_a_station_stuck_in_a_transaction_cannot_hold_the_others_for_long() -> None:
    with fresh_schema() as dsn:
        db = open_database(dsn)
        assert isinstance(db, postgres_module.PostgresDatabase)
        with db.connect() as own:  # a session of its own (LISTEN, a held lock) is set up alike
            for conn in (db.conn, own):
                assert conn.execute("SHOW idle_in_transaction_session_timeout").fetchone()[0] == "15s"
                assert conn.execute("SHOW tcp_keepalives_idle").fetchone()[0] in ("5", "0")  # 0: a Unix socket
        db.close()
