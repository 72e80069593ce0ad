"""Orders and their events: the event journal (deduped) and the current snapshot of each order."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kds.domain.events import BadEvent, OrderEvent, RawEvent
from kds.domain.numbers import REPEAT_WINDOW, number_tag, with_number_tag
from kds.domain.order import Details, Order, OrderKey, Platform
from kds.domain.states import OrderStatus
from kds.store import jsontext
from kds.store.codec import dumps, loads
from kds.store.db import Database
from kds.store.dishes import DishRepository


@dataclass(frozen=True, slots=True)
class StoredOrder:
    """An order as stored: content, current status, the platform's raw JSON and when it last changed."""

    order: Order
    status: OrderStatus
    raw: dict[str, Any]
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """A journal entry: the event, its raw form, when it arrived and when it was acknowledged."""

    event: OrderEvent
    raw: RawEvent
    received_at: datetime
    acked_at: datetime | None


_CHUNK = 500  # bound variables per statement (SQLite's limit is at least 999)


def search_text(order: Order) -> str:
    """What the history search looks in: the number, the customer's first name and every item name."""
    # An item is found by its name in any language the platform sent, whatever the screen speaks.
    names = (name for line in order.lines for name in dict.fromkeys((line.name, *(n for _, n in line.names))))
    words = [order.display_id, order.customer.first_name, *names]
    return " ".join(w for w in words if w).casefold()


class OrderRepository:
    """Reads and writes orders and the event journal. Callers group writes with `db.transaction()`."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db
        self._seq = int(db.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0])
        self.dishes = DishRepository(db)  # kept: it remembers the entries it wrote lately

    # -- events ---------------------------------------------------------------------------------

    def add_event(self, event: OrderEvent, raw: RawEvent, now: datetime) -> bool:
        """Journal an event; False when (platform, event id) is already stored (a duplicate)."""
        return self.add_events([(event, raw)], now) == [True]

    def add_events(self, events: Sequence[tuple[OrderEvent, RawEvent]], now: datetime) -> list[bool]:
        """Journal events in one statement; for each, False when it is a duplicate.

        A duplicate repeats a stored event or an earlier one in `events`.
        """
        if not events:
            return []
        known = self._known_event_ids(events)
        # Several repositories write the journal (poller, outbox, closing sweep): number on from what is
        # stored, inside the caller's transaction, so two writers never hand out the same `seq`.
        self._seq = max(self._seq, int(self.db.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM events").fetchone()[0]))
        fresh: list[bool] = []
        rows = []
        received = now.isoformat()
        for event, raw in events:
            ident = (event.platform.value, event.event_id)
            if ident in known:
                fresh.append(False)
                continue
            known.add(ident)
            fresh.append(True)
            self._seq += 1
            rows.append((event.platform.value, event.event_id, event.order_id, raw.event_type, event.kind.value,
                         event.created_at.isoformat(), received, self._seq, jsontext.dumps(raw.payload),
                         dumps(event)))
        self.db.conn.executemany(
            "INSERT INTO events (platform, event_id, order_id, event_type, kind, created_at,"
            " received_at, seq, payload, event) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        return fresh

    def _known_event_ids(self, events: Sequence[tuple[OrderEvent, RawEvent]]) -> set[tuple[str, str]]:
        by_platform: dict[str, list[str]] = {}
        for event, _ in events:
            by_platform.setdefault(event.platform.value, []).append(event.event_id)
        return {(platform, eid) for platform, ids in by_platform.items()
                for eid in self._stored_ids("events", "event_id", platform, ids)}

    def _stored_ids(self, table: str, column: str, platform: str, ids: Sequence[str], where: str = "") -> set[str]:
        """Which of `ids` (of `platform`) are in `table`'s `column` (rows matching `where` too).

        One query per 500 ids.
        """
        found: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            rows = self.db.conn.execute(  # table, column and condition are ours, never input
                f"SELECT {column} FROM {table} WHERE platform=? AND {column} IN ({','.join('?' * len(chunk))})"
                + (f" AND {where}" if where else ""), (platform, *chunk))
            found.update(r[0] for r in rows)
        return found

    def has_event(self, platform: Platform, event_id: str) -> bool:
        """True when the event is in the journal."""
        row = self.db.conn.execute(
            "SELECT 1 FROM events WHERE platform=? AND event_id=?", (platform.value, event_id)).fetchone()
        return row is not None

    def events_for(self, key: OrderKey) -> list[OrderEvent]:
        """Every journalled event of an order, in arrival order."""
        rows = self.db.conn.execute(
            "SELECT event FROM events WHERE platform=? AND order_id=? ORDER BY seq",
            (key.platform.value, key.order_id)).fetchall()
        return [loads(OrderEvent, r[0]) for r in rows]

    def journal(self, key: OrderKey) -> list[StoredEvent]:
        """The order's events with arrival and acknowledgment times (for the timeline)."""
        rows = self.db.conn.execute(
            "SELECT event, event_type, payload, received_at, acked_at FROM events"
            " WHERE platform=? AND order_id=? ORDER BY created_at, seq",
            (key.platform.value, key.order_id)).fetchall()
        result = []
        for r in rows:
            event = loads(OrderEvent, r["event"])
            raw = RawEvent(event.event_id, event.order_id, r["event_type"], json.loads(r["payload"]))
            acked = datetime.fromisoformat(r["acked_at"]) if r["acked_at"] else None
            result.append(StoredEvent(event, raw, datetime.fromisoformat(r["received_at"]), acked))
        return result

    def mark_acked(self, platform: Platform, event_ids: Iterable[str], now: datetime) -> None:
        """Record that the platform accepted our acknowledgment of these events."""
        self.db.conn.executemany(
            "UPDATE events SET acked_at=? WHERE platform=? AND event_id=? AND acked_at IS NULL",
            [(now.isoformat(), platform.value, eid) for eid in event_ids])

    def unacked_events(self, keys: Iterable[OrderKey]) -> list[RawEvent]:
        """The platform's events of these orders not yet acknowledged, in arrival order.

        Events KDS derived itself (from order details; their raw payload is empty) are left out: the
        platform never sent them.
        """
        by_platform: dict[Platform, list[str]] = {}
        for key in dict.fromkeys(keys):
            by_platform.setdefault(key.platform, []).append(key.order_id)
        result: list[RawEvent] = []
        for platform, ids in by_platform.items():
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start:start + _CHUNK]
                rows = self.db.conn.execute(
                    "SELECT event_id, order_id, event_type, payload FROM events WHERE platform=? AND acked_at IS NULL"
                    f" AND payload <> '{{}}' AND order_id IN ({','.join('?' * len(chunk))}) ORDER BY seq",
                    (platform.value, *chunk))
                result.extend(RawEvent(r[0], r[1], r[2], json.loads(r[3])) for r in rows)
        return result

    def unacked_count(self, platform: Platform | None = None) -> int:
        """Number of journalled events not yet acknowledged."""
        if platform is None:
            row = self.db.conn.execute("SELECT COUNT(*) FROM events WHERE acked_at IS NULL").fetchone()
        else:
            row = self.db.conn.execute("SELECT COUNT(*) FROM events WHERE acked_at IS NULL AND platform=?",
                                       (platform.value,)).fetchone()
        return int(row[0])

    def event_count(self) -> int:
        """Number of journalled events."""
        return int(self.db.conn.execute("SELECT COUNT(*) FROM events").fetchone()[0])

    # -- quarantine -----------------------------------------------------------------------------

    def quarantine(self, platform: Platform, bad: BadEvent, now: datetime) -> int:
        """Keep an unreadable event for diagnosis; returns its quarantine id."""
        cur = self.db.conn.execute(
            "INSERT INTO quarantine (platform, event_id, order_id, event_type, reason, raw, created_at)"
            " VALUES (?,?,?,?,?,?,?) RETURNING id",
            (platform.value, bad.event_id, bad.order_id, bad.event_type, bad.reason,
             jsontext.dumps(bad.raw, str), now.isoformat()))
        return int(cur.fetchone()[0])

    def mark_quarantine_acked(self, ids: Sequence[int], now: datetime) -> None:
        """Record that quarantined events were acknowledged to the platform."""
        self.db.conn.executemany("UPDATE quarantine SET acked_at=? WHERE id=?",
                                 [(now.isoformat(), i) for i in ids])

    def quarantined(self, limit: int = 100) -> list[dict[str, Any]]:
        """The most recent quarantined events (newest first)."""
        rows = self.db.conn.execute(
            "SELECT id, platform, event_id, order_id, event_type, reason, created_at, acked_at"
            " FROM quarantine ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [dict(r) for r in rows]

    # -- orders ---------------------------------------------------------------------------------

    def exists(self, key: OrderKey) -> bool:
        """True when the order's details are stored (a placeholder does not count)."""
        return self.db.conn.execute("SELECT 1 FROM orders WHERE platform=? AND order_id=? AND details='complete'",
                                    (key.platform.value, key.order_id)).fetchone() is not None

    def missing(self, keys: Iterable[OrderKey]) -> list[OrderKey]:
        """The keys among `keys` whose order details are not stored (none, or a placeholder), in the order given."""
        wanted = list(dict.fromkeys(keys))
        by_platform: dict[Platform, list[str]] = {}
        for key in wanted:
            by_platform.setdefault(key.platform, []).append(key.order_id)
        stored = {OrderKey(platform, oid) for platform, ids in by_platform.items()
                  for oid in self._stored_ids("orders", "order_id", platform.value, ids, "details='complete'")}
        return [k for k in wanted if k not in stored]

    def with_rows(self, keys: Iterable[OrderKey]) -> set[OrderKey]:
        """The keys among `keys` that have a row, complete or a placeholder (one query per 500 keys)."""
        by_platform: dict[Platform, list[str]] = {}
        for key in dict.fromkeys(keys):
            by_platform.setdefault(key.platform, []).append(key.order_id)
        return {OrderKey(platform, oid) for platform, ids in by_platform.items()
                for oid in self._stored_ids("orders", "order_id", platform.value, ids)}

    def save(self, order: Order, status: OrderStatus, raw: dict[str, Any] | str, now: datetime) -> None:
        """Insert or replace an order's content, status and the platform's JSON.

        `raw` is text, stored as received, or data.
        """
        self.save_many([(order, status, raw)], now)

    def save_many(self, orders: Iterable[tuple[Order, OrderStatus, dict[str, Any] | str]], now: datetime) -> None:
        """`save` for several orders in one statement.

        The dishes of orders whose details are stored for the first time go into the catalogue
        (`DishRepository`): an order's content never changes, so a snapshot saved again costs nothing there.
        """
        orders = list(orders)
        by_platform: dict[Platform, list[str]] = {}
        for order, _, _ in orders:
            if order.details is Details.COMPLETE:
                by_platform.setdefault(order.key.platform, []).append(order.key.order_id)
        known = {OrderKey(platform, oid) for platform, ids in by_platform.items()
                 for oid in self._stored_ids("orders", "order_id", platform.value, ids, "details='complete'")}
        updated = now.isoformat()
        self.db.conn.executemany(
            "INSERT INTO orders (platform, order_id, display_id, stage, is_open, created_at, updated_at,"
            " content, status, raw, search, details, surfaced) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,0)"
            " ON CONFLICT (platform, order_id) DO UPDATE SET display_id=excluded.display_id,"
            " stage=excluded.stage, is_open=excluded.is_open, updated_at=excluded.updated_at,"
            " content=excluded.content, status=excluded.status, raw=excluded.raw, search=excluded.search,"
            " details=excluded.details, surfaced=0, erased_at=NULL",  # the platform sent it again: erase it again
            [(order.key.platform.value, order.key.order_id, order.display_id, int(status.stage),
              int(status.is_open), order.created_at.isoformat(), updated, dumps(with_number_tag(order, "")),
              dumps(status),
              raw if isinstance(raw, str) else jsontext.dumps(raw), search_text(order), order.details.value)
             for order, status, raw in orders])
        self.dishes.note((order for order, _, _ in orders if order.key not in known), now)

    def save_status(self, key: OrderKey, status: OrderStatus, now: datetime) -> None:
        """Update only an order's status (the change is not surfaced until `mark_surfaced`)."""
        self.db.conn.execute(
            "UPDATE orders SET stage=?, is_open=?, status=?, updated_at=?, surfaced=0 WHERE platform=? AND order_id=?",
            (int(status.stage), int(status.is_open), dumps(status), now.isoformat(),
             key.platform.value, key.order_id))

    def get(self, key: OrderKey) -> StoredOrder | None:
        """The stored order, or None."""
        row = self.db.conn.execute(
            "SELECT content, status, raw, updated_at FROM orders WHERE platform=? AND order_id=?",
            (key.platform.value, key.order_id)).fetchone()
        return None if row is None else self._row(row)

    def open_orders(self) -> list[StoredOrder]:
        """Orders the kitchen still has to act on, oldest first."""
        rows = self.db.conn.execute(
            "SELECT content, status, raw, updated_at FROM orders WHERE is_open=1 ORDER BY created_at"
        ).fetchall()
        return [self._row(r) for r in rows]

    def recent(self, since: datetime, query: str = "", limit: int = 500) -> list[StoredOrder]:
        """Orders created since `since`, newest first, optionally matching `query` (id, name, item)."""
        sql = "SELECT content, status, raw, updated_at FROM orders WHERE created_at >= ?"
        args: list[Any] = [since.isoformat()]
        if query.strip():
            sql += " AND search LIKE ?"
            args.append(f"%{query.strip().casefold()}%")
        sql += " ORDER BY created_at DESC LIMIT ?"
        args.append(limit)
        return [self._row(r) for r in self.db.conn.execute(sql, args).fetchall()]

    def finished_since(self, since: datetime) -> list[StoredOrder]:
        """Orders that left the kitchen (out, done or cancelled) and changed since `since`, newest first."""
        rows = self.db.conn.execute(
            "SELECT content, status, raw, updated_at FROM orders WHERE is_open=0 AND updated_at >= ?"
            " ORDER BY updated_at DESC", (since.isoformat(),)).fetchall()
        return [self._row(r) for r in rows]

    def number_tags(self, orders: Sequence[Order]) -> dict[OrderKey, str]:
        """The tag of each of `orders` whose display number an earlier order had (`kds.domain.numbers`).

        Orders without a tag are left out. One query per 500 display numbers.
        """
        numbered = [o for o in orders if o.display_id]
        if not numbered:
            return {}
        # Stored times are ISO text, compared as text: a day of margin covers any UTC offset in them,
        # and the window itself is applied to the parsed times below.
        margin = REPEAT_WINDOW + timedelta(days=1)
        start = (min(o.created_at for o in numbered) - margin).isoformat()
        end = (max(o.created_at for o in numbered) + timedelta(days=1)).isoformat()
        same: dict[str, list[tuple[OrderKey, datetime]]] = {}
        ids = sorted({o.display_id for o in numbered})
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i:i + _CHUNK]
            rows = self.db.conn.execute(
                f"SELECT platform, order_id, display_id, created_at FROM orders WHERE display_id IN"
                f" ({','.join('?' * len(chunk))}) AND created_at >= ? AND created_at <= ?", (*chunk, start, end))
            for platform, order_id, display_id, created_at in rows:
                same.setdefault(display_id, []).append(
                    (OrderKey(Platform(platform), order_id), datetime.fromisoformat(created_at)))
        tags = {o.key: number_tag(o.key, o.created_at, same.get(o.display_id, ())) for o in numbered}
        return {key: tag for key, tag in tags.items() if tag}

    def count(self) -> int:
        """Number of orders whose details are stored (placeholders do not count)."""
        return int(self.db.conn.execute("SELECT COUNT(*) FROM orders WHERE details='complete'").fetchone()[0])

    def placeholders(self, platform: Platform) -> list[StoredOrder]:
        """Orders of `platform` whose details are still being asked for, oldest first."""
        rows = self.db.conn.execute(
            "SELECT content, status, raw, updated_at FROM orders WHERE platform=? AND details='pending'"
            " ORDER BY created_at", (platform.value,)).fetchall()
        return [self._row(r) for r in rows]

    # -- surfacing ------------------------------------------------------------------------------

    def unsurfaced(self, platform: Platform | None = None) -> list[StoredOrder]:
        """Orders with a committed change the listeners were not told of (a crash came in between)."""
        sql = "SELECT content, status, raw, updated_at FROM orders WHERE surfaced=0"
        args: tuple[str, ...] = ()
        if platform is not None:
            sql += " AND platform=?"
            args = (platform.value,)
        return [self._row(r) for r in self.db.conn.execute(sql + " ORDER BY created_at", args).fetchall()]

    def mark_surfaced(self, keys: Iterable[OrderKey]) -> None:
        """Record that the listeners were told of the latest change of these orders."""
        self.db.conn.executemany("UPDATE orders SET surfaced=1 WHERE platform=? AND order_id=? AND surfaced=0",
                                 [(k.platform.value, k.order_id) for k in keys])

    @staticmethod
    def _row(row: Any) -> StoredOrder:
        return StoredOrder(loads(Order, row[0]), loads(OrderStatus, row[1]), json.loads(row[2]),
                           datetime.fromisoformat(row[3]))
