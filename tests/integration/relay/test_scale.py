"""The relay store with many tenants: every frequent statement is an index range, and the purge goes in steps.

The statements checked are the ones the store really runs (recorded on their way to the
database), explained by PostgreSQL on a filled and analysed table: 1,000 tenants with a day of
events each (one an hour here; the README's relay section gives the plans at 1,500 a tenant).
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from kds.relay.sqlstore import SqlRelayStore
from kds.relay.store import RelayStore, StoredEvent, event_id_for
from tests.integration.relay.conftest import record_statements
from tests.integration.relay.test_store import T0, TTL


@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_a_thousand_tenants_with_a_day_of_events_are_read_through_indexes(
        store: RelayStore, monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(store, SqlRelayStore)
    start = int(T0.timestamp() * 1000)
    hour = 3_600_000
    fill = [
        "INSERT INTO relay_tenant (name, token_hash, created_at) "
        "SELECT 't' || i, md5(i::text), 0 FROM generate_series(1, 1000) i",
        # One event an hour for a day, acknowledged a few seconds after it came; the last two pending.
        "INSERT INTO relay_event (event_id, tenant, platform, event_type, order_id, received_at, expires_at, "
        "acked_at, metadata, payload) SELECT md5(t || '-' || h), 't' || t, "
        "CASE WHEN h % 3 = 2 THEN 'gofood' ELSE 'keeta_std' END, 'KEETA_1002', h::text, "
        f"{start} + h * {hour}, {start} + h * {hour} + {int(TTL.total_seconds() * 1000)}, "
        f"CASE WHEN h >= 22 THEN NULL ELSE {start} + h * {hour} + 5000 END, '{{}}', '{{}}' "
        "FROM generate_series(1, 1000) t, generate_series(0, 23) h",
        "ANALYZE relay_tenant",
        "ANALYZE relay_event",
    ]
    for sql in fill:
        store._run(lambda c, sql=sql: c.execute(sql))
    seen = record_statements(store, monkeypatch)
    now = T0 + timedelta(hours=24)
    new = StoredEvent(event_id_for("t500", "keeta_std", "m-new"), "t500", "keeta_std", "KEETA_1002", "9",
                      now, now + TTL, {}, {})
    assert store.add_event(new)
    pending = store.pending("t500", 1000)
    assert len(pending) == 3
    assert len(store.pending("t500", 1000, ["keeta_std"])) == 2
    assert store.acknowledge("t500", [pending[0].event_id], now) == 1
    assert store.tenant("t500") is not None
    assert store.tenant_by_token_hash("no-such-hash") is None
    assert store.purge(now + timedelta(hours=1)) > 0
    explained = {sql.split()[0] for sql, _, _ in seen}
    assert {"INSERT", "SELECT", "UPDATE", "DELETE"} <= explained
    monkeypatch.undo()
    for sql, args, _ in seen:
        (plan,) = store._run(lambda c, sql=sql, args=args: c.execute(f"EXPLAIN (FORMAT JSON) {sql}", args).fetchone())
        text = json.dumps(plan)
        if sql.startswith("DELETE"):
            # The rows to purge are found through the expiry or acknowledgment index, oldest first;
            # how PostgreSQL joins a batch back to the table depends on its size (with a day of
            # 1,500 events a tenant: by primary key; on this smaller table a hash join may win).
            assert '"relay_event_expiry"' in text or '"relay_event_acked"' in text, f"{sql}\n{text}"
        else:
            # Straight to the rows through an index (a handful of pending rows may then be sorted).
            assert '"Seq Scan"' not in text, f"{sql}\n{json.dumps(plan, indent=1)}"
