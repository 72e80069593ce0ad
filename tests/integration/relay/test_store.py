"""The relay repository on a real database (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kds.relay.sqlstore import SCHEMA_VERSION, SqliteRelayStore
from kds.relay.store import (
    PlatformSecret,
    RelayStore,
    StoredEvent,
    StoreError,
    TenantExistsError,
    UnknownTenantError,
    event_id_for,
    is_postgres_dsn,
    open_store,
)
from tests.integration.relay.conftest import record_statements

T0 = datetime(2026, 1, 1, 12, tzinfo=UTC)
TTL = timedelta(hours=4, minutes=10)


def make_event(tenant: str, message_id: str, *, at: datetime = T0, order: str = "1",
               platform: str = "keeta_std") -> StoredEvent:
    return StoredEvent(event_id_for(tenant, platform, message_id), tenant, platform, "KEETA_1002", order,
                       at, at + TTL, {"messageId": message_id}, {"message": {"orderViewId": order, "é": "ü"}})


@pytest.fixture
def tenants(store: RelayStore) -> RelayStore:
    store.add_tenant("a", "hash-a", public_url=None, now=T0)
    store.add_tenant("b", "hash-b", public_url="https://relay.example.com", now=T0)
    return store


def test_tenants_and_secrets(tenants: RelayStore) -> None:
    with pytest.raises(TenantExistsError):
        tenants.add_tenant("a", "hash-other", public_url=None, now=T0)
    with pytest.raises(UnknownTenantError):
        tenants.set_secret("nobody", "keeta_std", PlatformSecret("s"))
    with pytest.raises(UnknownTenantError):
        tenants.set_public_url("nobody", None)
    tenants.set_secret("a", "keeta_std", PlatformSecret("s1", "1"))
    tenants.set_secret("a", "keeta_std", PlatformSecret("s2", None))
    tenants.set_secret("a", "gofood", PlatformSecret("g"))
    found = tenants.tenant("a")
    assert found is not None and found.public_url is None
    assert dict(found.secrets) == {"keeta_std": PlatformSecret("s2", None), "gofood": PlatformSecret("g")}
    assert "s2" not in repr(found) and "s2" not in repr(found.secrets)
    assert tenants.tenant("nobody") is None
    assert [t.name for t in tenants.tenants()] == ["a", "b"]
    assert tenants.tenant_by_token_hash("hash-b") == ("b", "hash-b")
    assert tenants.tenant_by_token_hash("hash-c") is None
    tenants.set_token_hash("b", "hash-c")
    assert tenants.tenant_by_token_hash("hash-b") is None


def test_an_event_is_stored_once_and_served_to_its_tenant_only(tenants: RelayStore) -> None:
    first = make_event("a", "m1")
    assert tenants.add_event(first)
    assert not tenants.add_event(first)
    assert tenants.add_event(make_event("b", "m1"))  # same platform message id, other tenant
    pending = tenants.pending("a", 10)
    assert pending == [first]
    assert pending[0].payload == {"message": {"orderViewId": "1", "é": "ü"}}
    assert [e.tenant for e in tenants.pending("b", 10)] == ["b"]


def test_pending_is_oldest_first_and_limited(tenants: RelayStore) -> None:
    ids = [make_event("a", f"m{i}", at=T0 + timedelta(seconds=i)) for i in range(5)]
    for stored in ids:
        tenants.add_event(stored)
    assert [e.event_id for e in tenants.pending("a", 3)] == [e.event_id for e in ids[:3]]


def test_pending_of_some_platforms_is_limited_after_the_filter(tenants: RelayStore) -> None:
    gofood = [make_event("a", f"g{i}", platform="gofood") for i in range(5)]
    keeta = [make_event("a", f"k{i}") for i in range(2)]
    for stored in [*gofood[:2], keeta[0], *gofood[2:], keeta[1]]:
        tenants.add_event(stored)
    tenants.add_event(make_event("b", "k9"))
    assert tenants.pending("a", 3) == [gofood[0], gofood[1], keeta[0]]  # no filter: every platform
    assert tenants.pending("a", 3, ["keeta_std"]) == keeta
    assert tenants.pending("a", 3, ("gofood",)) == gofood[:3]
    assert tenants.pending("a", 4, {"gofood", "keeta_std"}) == [gofood[0], gofood[1], keeta[0], gofood[2]]
    assert tenants.pending("a", 10, ["zeek"]) == []
    assert tenants.pending("a", 10, []) == []  # no platform asked for: nothing
    assert [e.tenant for e in tenants.pending("b", 10, ["keeta_std"])] == ["b"]
    tenants.acknowledge("a", [keeta[0].event_id], T0)
    assert tenants.pending("a", 3, ["keeta_std"]) == [keeta[1]]


def test_a_version_1_database_gets_the_platform_index(db: str) -> None:
    def query(store: RelayStore, sql: str) -> Any:
        return store._run(lambda c: c.execute(sql).fetchone())  # type: ignore[attr-defined]

    index = ("SELECT 1 FROM pg_indexes WHERE indexname = 'relay_event_pending_platform' "
             "AND schemaname = current_schema()" if is_postgres_dsn(db)
             else "SELECT 1 FROM sqlite_master WHERE name = 'relay_event_pending_platform'")
    store = open_store(db)
    store.add_tenant("a", "hash-a", public_url=None, now=T0)
    kept = make_event("a", "m1")
    store.add_event(kept)
    assert query(store, index) is not None
    # Back to what version 1 left: no platform index, no secret options or availability, version 1 recorded.
    for sql in ("DROP INDEX relay_event_pending_platform", "DROP TABLE relay_availability",
                "ALTER TABLE relay_secret DROP COLUMN options", "DELETE FROM relay_schema WHERE version > 1"):
        store._run(lambda c, sql=sql: c.execute(sql))  # type: ignore[attr-defined]
    assert query(store, index) is None
    store.close()
    store = open_store(db)
    try:
        assert query(store, index) is not None
        assert query(store, "SELECT MAX(version) FROM relay_schema")[0] == SCHEMA_VERSION == 3
        assert store.pending("a", 10, ["keeta_std"]) == [kept]
    finally:
        store.close()


def test_sqlite_reads_one_platform_through_its_index_in_order(tmp_path: Path) -> None:
    store = SqliteRelayStore(tmp_path / "relay.db")
    store.add_tenant("a", "hash-a", public_url=None, now=T0)
    for i in range(3000):
        store.add_event(make_event("a", f"g{i}", platform="gofood"))
    store.add_event(make_event("a", "k1"))
    statements: list[str] = []
    store._run(lambda c: c.set_trace_callback(statements.append))
    assert [e.platform for e in store.pending("a", 1000, ["keeta_std"])] == ["keeta_std"]
    store._run(lambda c: c.set_trace_callback(None))
    (read,) = [s for s in statements if s.startswith("SELECT")]
    plan = " | ".join(row[3] for row in store._run(lambda c: c.execute(f"EXPLAIN QUERY PLAN {read}").fetchall()))
    # Straight to the tenant's pending events of that platform, already in `seq` order: the 3,000
    # GoFood events are neither read nor sorted.
    assert "relay_event_pending_platform (tenant=? AND platform=?)" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    store.close()


def test_acknowledge_only_touches_the_tenants_own_events(tenants: RelayStore) -> None:
    mine, theirs = make_event("a", "m1"), make_event("b", "m2")
    tenants.add_event(mine)
    tenants.add_event(theirs)
    assert tenants.acknowledge("a", [theirs.event_id, "unknown"], T0) == 0
    assert tenants.pending("b", 10) == [theirs]
    assert tenants.acknowledge("a", [mine.event_id, mine.event_id], T0) == 1
    assert tenants.acknowledge("a", [mine.event_id], T0) == 0
    assert tenants.pending("a", 10) == []
    assert tenants.acknowledge("a", [], T0) == 0
    many = [f"id-{i}" for i in range(1200)] + [theirs.event_id]
    assert tenants.acknowledge("b", many, T0) == 1


def test_purge_by_ttl_and_acknowledged_retention(tenants: RelayStore) -> None:
    unacked, acked = make_event("a", "m1"), make_event("a", "m2")
    fresh = make_event("a", "m3", at=T0 + timedelta(hours=1))
    for stored in (unacked, acked, fresh):
        tenants.add_event(stored)
    tenants.acknowledge("a", [acked.event_id], T0 + timedelta(minutes=1))
    assert tenants.purge(T0 + TTL - timedelta(seconds=1)) == 0
    assert tenants.purge(T0 + TTL) == 1
    assert [e.event_id for e in tenants.pending("a", 10)] == [fresh.event_id]
    assert not tenants.add_event(acked)  # still known: a replay stays deduplicated
    assert tenants.purge(T0 + timedelta(hours=24)) == 1  # `fresh` expired; `acked` is kept 24 h from its ack
    assert not tenants.add_event(acked)
    assert tenants.purge(T0 + timedelta(hours=24, minutes=1)) == 1
    assert tenants.add_event(acked)


def test_purge_deletes_in_short_steps_of_its_own(tenants: RelayStore, monkeypatch: pytest.MonkeyPatch) -> None:
    expired = [make_event("a", f"x{i}") for i in range(5)]
    acked = [make_event("b", f"k{i}") for i in range(5)]
    kept = [make_event("a", "fresh", at=T0 + timedelta(hours=1)), make_event("b", "recent")]
    for event in (*expired, *acked, *kept):
        tenants.add_event(event)
    tenants.acknowledge("b", [e.event_id for e in acked], T0 - timedelta(hours=24))
    tenants.acknowledge("b", [kept[1].event_id], T0)
    seen = record_statements(tenants, monkeypatch)
    assert tenants.purge(T0 + TTL, batch=2) == 10
    deletes = [(sql, transaction) for sql, _, transaction in seen if sql.startswith("DELETE")]
    # 5 + 5 rows two at a time: 2, 2, 1 of each kind, every step committed on its own.
    assert len(deletes) == 6 and not any(transaction for _, transaction in deletes)
    assert [e.event_id for e in tenants.pending("a", 10)] == [kept[0].event_id]
    assert [e.event_id for e in tenants.pending("b", 10)] == []
    assert not tenants.add_event(kept[1])  # the recently acknowledged one is still known


def test_everything_survives_reopening(db: str) -> None:
    store = open_store(db)
    store.add_tenant("a", "hash-a", public_url=None, now=T0)
    store.set_secret("a", "keeta_std", PlatformSecret("s", "1"))
    kept = make_event("a", "m1")
    store.add_event(kept)
    store.close()
    store = open_store(db)
    try:
        assert store.pending("a", 10) == [kept]
        assert store.tenant("a") is not None
        assert store.tenant("a").secrets["keeta_std"] == PlatformSecret("s", "1")  # type: ignore[union-attr]
        store.ping()
    finally:
        store.close()


def test_sqlite_file_is_private_and_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "relay.db"
    store = SqliteRelayStore(path)
    store._run(lambda c: c.execute("INSERT INTO relay_schema (version) VALUES (?)", (SCHEMA_VERSION + 1,)))
    store.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(StoreError, match="newer"):
        SqliteRelayStore(path)


def test_unreachable_postgres_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")
