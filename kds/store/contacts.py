"""The decrypted phone and address of self-delivery orders, and the state of reading them.

One row per self-delivery order (`order_contacts`, migration 0004): the retry state of
batchDecrypt (so it survives a restart) and, once read, the plain texts. The row references its
order and is deleted with it. Rows are only ever created for self-delivery orders (`request`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from kds.domain.contact import Contact, ContactState, needs_decryption
from kds.domain.order import Address, Order, OrderKey, Platform
from kds.store.db import Database

_COLUMNS = "platform, order_id, state, attempts, next_attempt, last_error, phone, address, created_at, updated_at"
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class ContactRecord:
    """A stored contact with its retry state."""

    key: OrderKey
    contact: Contact
    attempts: int
    next_attempt: datetime | None
    last_error: str
    updated_at: datetime


def _address_json(address: Address | None) -> str:
    if address is None:
        return ""
    return json.dumps({f.name: getattr(address, f.name) for f in fields(Address)}, ensure_ascii=False)


def _address(text: str) -> Address | None:
    if not text:
        return None
    data = json.loads(text)
    return Address(**{f.name: str(data.get(f.name, "")) for f in fields(Address)})


class ContactRepository:
    """Reads and writes `order_contacts`."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def request(self, order: Order, now: datetime) -> bool:
        """Ask for the contact of `order` to be read; False when it need not be or already was asked.

        Only a self-delivery order with ciphertexts gets a row: nothing is ever stored for the others.
        The order must be stored (the row references it).
        """
        if not needs_decryption(order):
            return False
        cur = self.db.conn.execute(
            "INSERT INTO order_contacts (platform, order_id, state, next_attempt, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?) ON CONFLICT (platform, order_id) DO NOTHING",
            (order.key.platform.value, order.key.order_id, ContactState.PENDING.value, now.isoformat(),
             now.isoformat(), now.isoformat()))
        return cur.rowcount == 1

    def get(self, key: OrderKey) -> ContactRecord | None:
        """The contact of `key`, if one was asked for."""
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM order_contacts WHERE platform=? AND order_id=?",
                                   (key.platform.value, key.order_id)).fetchone()
        return None if row is None else self._row(row)

    def for_orders(self, keys: Iterable[OrderKey]) -> dict[OrderKey, Contact]:
        """The contacts of several orders at once (the board), by key; orders without one are absent."""
        wanted = set(keys)
        result: dict[OrderKey, Contact] = {}
        ids = sorted({k.order_id for k in wanted})
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start:start + _CHUNK]
            rows = self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM order_contacts WHERE order_id IN ({','.join('?' * len(chunk))})", chunk)
            for row in rows:
                record = self._row(row)
                if record.key in wanted:
                    result[record.key] = record.contact
        return result

    def due(self, now: datetime) -> list[ContactRecord]:
        """Pending contacts whose next attempt has come, oldest first."""
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM order_contacts WHERE state='pending' AND next_attempt <= ?"
            " ORDER BY next_attempt, created_at", (now.isoformat(),)).fetchall()
        return [self._row(r) for r in rows]

    def next_due(self) -> datetime | None:
        """When the next pending contact is due."""
        row = self.db.conn.execute("SELECT MIN(next_attempt) FROM order_contacts WHERE state='pending'").fetchone()
        return datetime.fromisoformat(row[0]) if row[0] else None

    def readable(self) -> list[Contact]:
        """Every contact with plain text (to teach the log redactor after a start)."""
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM order_contacts WHERE phone != '' OR address != ''").fetchall()
        return [self._row(r).contact for r in rows]

    def save(self, key: OrderKey, contact: Contact, now: datetime, *, attempts: int,
             next_attempt: datetime | None = None, error: str = "") -> None:
        """Store what was read so far and what comes next (`next_attempt` only while pending)."""
        self.db.conn.execute(
            "UPDATE order_contacts SET state=?, attempts=?, next_attempt=?, last_error=?, phone=?, address=?,"
            " updated_at=? WHERE platform=? AND order_id=?",
            (contact.state.value, attempts, next_attempt.isoformat() if next_attempt else None, error,
             contact.phone, _address_json(contact.address), now.isoformat(), key.platform.value, key.order_id))

    def count(self) -> int:
        """Number of stored contacts."""
        return int(self.db.conn.execute("SELECT COUNT(*) FROM order_contacts").fetchone()[0])

    @staticmethod
    def _row(row: Any) -> ContactRecord:
        contact = Contact(ContactState(row["state"]), row["phone"], _address(row["address"]))
        return ContactRecord(
            key=OrderKey(Platform(row["platform"]), row["order_id"]), contact=contact, attempts=int(row["attempts"]),
            next_attempt=datetime.fromisoformat(row["next_attempt"]) if row["next_attempt"] else None,
            last_error=row["last_error"], updated_at=datetime.fromisoformat(row["updated_at"]))
