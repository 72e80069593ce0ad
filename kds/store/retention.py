"""Keep what must be kept, drop what must not: the customer's contact, then whole orders, in short batches.

Two limits (`kds.services.retention` applies them):

- **erase**: an order final (closed) since the erase time loses its customer's name, phone and
  address everywhere KDS holds them — the order snapshot (`orders.content`), the search text, the
  platform's raw order JSON (`orders.raw`, replaced by `{}`: it is kept only to show and re-read an
  open order), the raw payloads of its acknowledged events (`events.payload`, replaced by
  `ERASED_PAYLOAD`; webhooks carry the whole order), its decrypted contact (`order_contacts`), its
  finished print jobs (receipts and delivery slips print them) and its quarantined raw payloads.
  The journal's decoded events (`events.event`) keep no contact: an `OrderEvent` holds a rider's
  details, never the customer's. `orders.erased_at` says it was done.
- **purge**: an order closed and created before the keep time goes with everything hanging off it:
  events, actions, contact, print jobs, quarantined payloads, kitchen stations' bumps and its rows
  in the change log (only the order's delete stays there, for other stations sharing the store).
  So do old store controls and quarantine rows, which belong to no open order.

Open orders are never touched. Every batch is one short transaction over at most `limit` orders,
written with portable SQL (`?` placeholders, no engine-specific functions), so it runs on either
store engine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from kds.domain.order import Customer, Order
from kds.store.codec import dumps, loads
from kds.store.db import Database
from kds.store.orders import search_text
from kds.store.outbox import RequestLog

ERASED_PAYLOAD = '{"erased":true}'
"""What an acknowledged event's raw payload becomes once its order's contact is erased (never empty:
an empty payload marks KDS's own events, which are never acknowledged)."""

LAST_RUN = "retention.last"
"""The meta key of the last run's report (JSON)."""

_FINISHED_JOBS = ("done", "failed", "uncertain")


@dataclass(frozen=True, slots=True)
class RetentionReport:
    """What a run did, and when it ended."""

    at: datetime
    erased: int = 0
    """Orders whose customer's name, phone and address were erased."""
    purged: int = 0
    """Orders deleted with everything hanging off them."""

    def to_json(self) -> str:
        """The report as stored in `meta`."""
        return json.dumps({"at": self.at.isoformat(), "erased": self.erased, "purged": self.purged})

    @classmethod
    def from_json(cls, text: str) -> RetentionReport:
        """Inverse of `to_json`."""
        data = json.loads(text)
        return cls(datetime.fromisoformat(data["at"]), int(data["erased"]), int(data["purged"]))


def without_contact(order: Order) -> Order:
    """`order` without its customer's name, phone and address (what the kitchen needs stays)."""
    return replace(order, customer=Customer(orders_count=order.customer.orders_count), address=None)


class RetentionRepository:
    """Erases customers' contacts and purges old orders, a batch at a time."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db
        self.meta = RequestLog(db)

    def erase_batch(self, final_before: datetime, now: datetime, limit: int = 100) -> int:
        """Erase the contact of up to `limit` orders closed before `final_before`; returns how many."""
        rows = self.db.conn.execute(
            "SELECT platform, order_id, content FROM orders WHERE is_open=0 AND erased_at IS NULL AND updated_at < ?"
            " ORDER BY updated_at LIMIT ?", (final_before.isoformat(), limit)).fetchall()
        if not rows:
            return 0
        with self.db.transaction() as conn:
            for platform, order_id, content in rows:
                order = without_contact(loads(Order, content))
                key = (platform, order_id)
                conn.execute("UPDATE orders SET content=?, raw='{}', search=?, erased_at=? WHERE platform=? AND"
                             " order_id=? AND is_open=0", (dumps(order), search_text(order), now.isoformat(), *key))
                conn.execute("UPDATE events SET payload=? WHERE platform=? AND order_id=? AND acked_at IS NOT NULL"
                             " AND payload <> '' AND payload <> '{}'", (ERASED_PAYLOAD, *key))
                conn.execute("DELETE FROM order_contacts WHERE platform=? AND order_id=?", key)
                conn.execute("UPDATE quarantine SET raw='' WHERE platform=? AND order_id=? AND acked_at IS NOT NULL",
                             key)
                conn.execute(f"DELETE FROM print_jobs WHERE order_key=? AND state IN ({_marks(_FINISHED_JOBS)})",
                             (f"{platform}:{order_id}", *_FINISHED_JOBS))
        return len(rows)

    def purge_batch(self, created_before: datetime, limit: int = 100) -> int:
        """Delete up to `limit` closed orders created before `created_before`, with all theirs; returns how many."""
        rows = self.db.conn.execute(
            "SELECT platform, order_id FROM orders WHERE is_open=0 AND created_at < ? ORDER BY created_at LIMIT ?",
            (created_before.isoformat(), limit)).fetchall()
        if not rows:
            return 0
        keys = [f"{platform}:{order_id}" for platform, order_id in rows]
        with self.db.transaction() as conn:
            for platform, order_id in rows:
                key = (platform, order_id)
                for table in ("events", "actions", "order_contacts", "quarantine", "station_bumps"):
                    conn.execute(f"DELETE FROM {table} WHERE platform=? AND order_id=?", key)  # our table names
                conn.execute("DELETE FROM print_jobs WHERE order_key=?", (f"{platform}:{order_id}",))
            # The change log's rows of these orders (the deletes above logged some too), in one pass
            # over the log; then each order's own delete is logged, so other stations drop it.
            conn.execute(f"DELETE FROM changes WHERE (topic IN ('order', 'contact') AND item IN ({_marks(keys)}))"
                         f" OR (topic IN ('action', 'print_job') AND ref IN ({_marks(keys)}))", (*keys, *keys))
            for platform, order_id in rows:
                conn.execute("DELETE FROM orders WHERE platform=? AND order_id=? AND is_open=0", (platform, order_id))
        return len(rows)

    def purge_loose(self, before: datetime, erase_before: datetime) -> None:
        """Old rows that belong to no order: acknowledged events of orders never stored, quarantine, store controls."""
        stamp = before.isoformat()
        with self.db.transaction() as conn:
            conn.execute("DELETE FROM events WHERE received_at < ? AND acked_at IS NOT NULL AND NOT EXISTS"
                         " (SELECT 1 FROM orders o WHERE o.platform=events.platform AND o.order_id=events.order_id)",
                         (stamp,))
            conn.execute("UPDATE quarantine SET raw='' WHERE created_at < ? AND acked_at IS NOT NULL",
                         (erase_before.isoformat(),))
            conn.execute("DELETE FROM quarantine WHERE created_at < ? AND acked_at IS NOT NULL", (stamp,))
            # A scheduled reversal references the control it ends: the reversal goes first.
            finished = ("done", "failed", "withdrawn")
            conn.execute(f"DELETE FROM store_controls WHERE at < ? AND reverses IS NOT NULL AND state IN"
                         f" ({_marks(finished)})", (stamp, *finished))
            conn.execute(f"DELETE FROM store_controls WHERE at < ? AND state IN ({_marks(finished)}) AND NOT EXISTS"
                         " (SELECT 1 FROM store_controls r WHERE r.reverses=store_controls.id)", (stamp, *finished))

    def last(self) -> RetentionReport | None:
        """The last run's report, if any ran."""
        text = self.meta.get_meta(LAST_RUN)
        return RetentionReport.from_json(text) if text else None

    def record(self, report: RetentionReport) -> None:
        """Keep `report` as the last run's."""
        with self.db.transaction():
            self.meta.set_meta(LAST_RUN, report.to_json())


def _marks(values: tuple[Any, ...] | list[Any]) -> str:
    return ",".join("?" * len(values))
