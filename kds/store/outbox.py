"""The action outbox: every staff action is stored before it is sent, and its fate is kept."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from kds.domain.actions import REPEATABLE, RIDER_ACTIONS, Action
from kds.domain.order import OrderKey, Platform
from kds.store.db import Database


class ActionState(StrEnum):
    """Where an action stands."""

    PENDING = "pending"  # stored, waiting for its time (undo window, retry backoff)
    SENDING = "sending"  # handed to the platform; unknown outcome if we crash now
    DONE = "done"
    FAILED = "failed"  # gave up; staff can retry
    UNDONE = "undone"  # withdrawn by staff during the undo window


class ErrorKind(StrEnum):
    """Why an action failed (the UI words it)."""

    NONE = ""
    AUTH = "auth"
    TRANSIENT = "transient"
    REJECTED = "rejected"
    INVALID_STATE = "invalid_state"
    PAYLOAD = "payload"
    MISSING_ORDER = "missing_order"


@dataclass(frozen=True, slots=True)
class ActionRecord:
    """One staff action and its fate."""

    id: int
    key: OrderKey
    action: Action
    params: dict[str, Any]
    state: ActionState
    attempts: int
    next_attempt: datetime | None
    last_error: str
    error_kind: ErrorKind
    outcome: str
    created_at: datetime
    updated_at: datetime

    @property
    def active(self) -> bool:
        """True while the action is still going to be (or being) sent."""
        return self.state in (ActionState.PENDING, ActionState.SENDING)


_COLUMNS = ("id, platform, order_id, action, params, state, attempts, next_attempt, last_error, error_kind,"
            " outcome, created_at, updated_at")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class OutboxRepository:
    """Persistence of actions. A non-repeatable action exists once per order (unique dedupe key)."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    @staticmethod
    def dedupe_key(key: OrderKey, action: Action, token: str = "") -> str:
        """The uniqueness key: one per order and action, except repeatable actions (given a token)."""
        return f"{key}:{action.value}" + (f":{token}" if action in REPEATABLE else "")

    def enqueue(self, key: OrderKey, action: Action, params: dict[str, Any], now: datetime,
                due: datetime | None = None, token: str = "") -> tuple[ActionRecord, bool]:
        """Store an action unless the same one is already pending, sending or done.

        Returns the record and whether this call (re)armed it. A failed or undone action is re-armed.
        """
        dedupe = self.dedupe_key(key, action, token)
        due_at = (due or now).isoformat()
        with self.db.transaction() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM actions WHERE dedupe_key=?", (dedupe,)).fetchone()
            if row is not None:
                existing = self._row(row)
                if existing.state in (ActionState.FAILED, ActionState.UNDONE):
                    conn.execute(
                        "UPDATE actions SET state=?, params=?, attempts=0, next_attempt=?, last_error='',"
                        " error_kind='', updated_at=? WHERE id=?",
                        (ActionState.PENDING.value, json.dumps(params), due_at, now.isoformat(), existing.id))
                    return self.get(existing.id), True  # type: ignore[return-value]
                return existing, False
            # Another station may store the same action between that look and this insert: the unique
            # dedupe key keeps one, and the loser gets the winner's record.
            cur = conn.execute(
                "INSERT INTO actions (platform, order_id, action, dedupe_key, params, state, next_attempt,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
                (key.platform.value, key.order_id, action.value, dedupe, json.dumps(params),
                 ActionState.PENDING.value, due_at, now.isoformat(), now.isoformat()))
            made = cur.fetchone()
            if made is None:
                row = conn.execute(f"SELECT {_COLUMNS} FROM actions WHERE dedupe_key=?", (dedupe,)).fetchone()
                return self._row(row), False
            return self.get(int(made[0])), True  # type: ignore[return-value]

    def get(self, action_id: int) -> ActionRecord | None:
        """The action with `action_id`."""
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM actions WHERE id=?", (action_id,)).fetchone()
        return None if row is None else self._row(row)

    def due(self, now: datetime, platform: Platform | None = None) -> list[ActionRecord]:
        """Pending actions whose time has come, oldest first."""
        sql = f"SELECT {_COLUMNS} FROM actions WHERE state='pending' AND next_attempt <= ?"
        args: list[Any] = [now.isoformat()]
        if platform is not None:
            sql += " AND platform=?"
            args.append(platform.value)
        return [self._row(r) for r in self.db.conn.execute(sql + " ORDER BY id", args).fetchall()]

    def next_due(self) -> datetime | None:
        """When the next pending action is due."""
        row = self.db.conn.execute("SELECT MIN(next_attempt) FROM actions WHERE state='pending'").fetchone()
        return _dt(row[0])

    def in_state(self, state: ActionState) -> list[ActionRecord]:
        """Every action in `state`."""
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM actions WHERE state=? ORDER BY id",
                                    (state.value,)).fetchall()
        return [self._row(r) for r in rows]

    def for_order(self, key: OrderKey) -> list[ActionRecord]:
        """Every action of an order, oldest first."""
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM actions WHERE platform=? AND order_id=? ORDER BY id",
            (key.platform.value, key.order_id)).fetchall()
        return [self._row(r) for r in rows]

    def for_orders(self, keys: list[OrderKey]) -> dict[OrderKey, list[ActionRecord]]:
        """Actions of several orders at once (one query per few hundred orders, for the whole board)."""
        result: dict[OrderKey, list[ActionRecord]] = {k: [] for k in keys}
        ids = sorted({k.order_id for k in keys})
        for start in range(0, len(ids), 500):  # stay well under SQLite's bound-parameter limit
            chunk = ids[start:start + 500]
            rows = self.db.conn.execute(
                f"SELECT {_COLUMNS} FROM actions WHERE state != 'undone' AND order_id IN"
                f" ({','.join('?' * len(chunk))}) ORDER BY id", chunk)
            for row in rows:
                record = self._row(row)
                if record.key in result:
                    result[record.key].append(record)
        return result

    def rider_usage(self, limit: int = 500) -> dict[int, datetime]:
        """When each rider (by `rider_id` in an action's `extra`) was last named.

        Over the latest `limit` rider actions (Dispatch, Change rider) that were not undone.
        """
        names = sorted(a.value for a in RIDER_ACTIONS)
        rows = self.db.conn.execute(
            f"SELECT params, created_at FROM actions WHERE action IN ({','.join('?' * len(names))})"
            " AND state != 'undone' ORDER BY id DESC LIMIT ?", (*names, limit)).fetchall()
        used: dict[int, datetime] = {}
        for row in rows:
            rider = json.loads(row["params"]).get("extra", {}).get("rider_id", "")
            if isinstance(rider, str) and rider.isdigit():
                used.setdefault(int(rider), datetime.fromisoformat(row["created_at"]))
        return used

    def _set(self, action_id: int, now: datetime, **fields: Any) -> None:
        assignments = ", ".join(f"{name}=?" for name in fields)
        values = [v.value if isinstance(v, StrEnum) else v for v in fields.values()]
        self.db.conn.execute(f"UPDATE actions SET {assignments}, updated_at=? WHERE id=?",
                             (*values, now.isoformat(), action_id))

    def mark_sending(self, action_id: int, now: datetime) -> bool:
        """The action is about to go out (persisted first, so a crash now is detectable).

        False when it is no longer pending (undone meanwhile, or another runner took it): do not send it.
        """
        cur = self.db.conn.execute(
            "UPDATE actions SET state='sending', attempts=attempts+1, updated_at=? WHERE id=? AND state='pending'",
            (now.isoformat(), action_id))
        return cur.rowcount == 1

    def mark_done(self, action_id: int, now: datetime, outcome: str = "") -> None:
        """The platform took the action (or it had already happened)."""
        self._set(action_id, now, state=ActionState.DONE, outcome=outcome, last_error="",
                  error_kind=ErrorKind.NONE, next_attempt=None)

    def mark_retry(self, action_id: int, now: datetime, at: datetime, error: str, kind: ErrorKind) -> None:
        """Sending failed for now; try again at `at`."""
        self._set(action_id, now, state=ActionState.PENDING, next_attempt=at.isoformat(), last_error=error,
                  error_kind=kind)

    def mark_failed(self, action_id: int, now: datetime, error: str, kind: ErrorKind) -> None:
        """Give up until staff retries."""
        self._set(action_id, now, state=ActionState.FAILED, next_attempt=None, last_error=error,
                  error_kind=kind)

    def undo(self, action_id: int, now: datetime) -> bool:
        """Withdraw a still-pending action (the undo window); False when it is already on its way."""
        cur = self.db.conn.execute(
            "UPDATE actions SET state='undone', updated_at=? WHERE id=? AND state='pending'",
            (now.isoformat(), action_id))
        return cur.rowcount == 1

    def retry(self, action_id: int, now: datetime) -> bool:
        """Re-arm a failed action now; False when it is not failed."""
        cur = self.db.conn.execute(
            "UPDATE actions SET state='pending', next_attempt=?, attempts=0, updated_at=?"
            " WHERE id=? AND state='failed'", (now.isoformat(), now.isoformat(), action_id))
        return cur.rowcount == 1

    @staticmethod
    def _row(row: Any) -> ActionRecord:
        return ActionRecord(
            id=int(row["id"]), key=OrderKey(Platform(row["platform"]), row["order_id"]),
            action=Action(row["action"]), params=json.loads(row["params"]), state=ActionState(row["state"]),
            attempts=int(row["attempts"]), next_attempt=_dt(row["next_attempt"]), last_error=row["last_error"],
            error_kind=ErrorKind(row["error_kind"]), outcome=row["outcome"],
            created_at=datetime.fromisoformat(row["created_at"]),
            updated_at=datetime.fromisoformat(row["updated_at"]))


class RequestLog:
    """The memory of rate limits, in the store, so limits hold across restarts and across stations.

    Each bucket is a ring of slots (migration 0009): a request takes the slot used longest ago, once
    that use has left the window, by a compare-and-set that only one station can win.
    """

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def oldest(self, bucket: str, limit: int) -> tuple[int, float]:
        """The slot of `bucket` to take next, among its first `limit`, and when it was last used (0: never).

        Slots are made as they are first needed (a bucket may allow millions of requests).
        """
        with self.db.transaction() as conn:
            made = int(conn.execute("SELECT COUNT(*) FROM rate_slots WHERE bucket=? AND slot < ?",
                                    (bucket, limit)).fetchone()[0])
            if made < limit:
                return made, 0.0
            row = conn.execute("SELECT slot, at_ms FROM rate_slots WHERE bucket=? AND slot < ?"
                               " ORDER BY at_ms, slot LIMIT 1", (bucket, limit)).fetchone()
        return int(row[0]), int(row[1]) / 1000

    def take(self, bucket: str, slot: int, seen: float, at: float) -> bool:
        """Use `slot` at epoch seconds `at` if it is still as `oldest` saw it (`seen`); False when another took it."""
        if not seen:
            cur = self.db.conn.execute("INSERT INTO rate_slots (bucket, slot, at_ms) VALUES (?, ?, ?)"
                                       " ON CONFLICT (bucket, slot) DO NOTHING", (bucket, slot, _ms(at)))
        else:
            cur = self.db.conn.execute("UPDATE rate_slots SET at_ms=? WHERE bucket=? AND slot=? AND at_ms=?",
                                       (_ms(at), bucket, slot, _ms(seen)))
        return cur.rowcount == 1

    def since(self, bucket: str, start: float) -> list[float]:
        """Request times in `bucket` at or after `start`, oldest first (the slots remember the last `limit`)."""
        rows = self.db.conn.execute("SELECT at_ms FROM rate_slots WHERE bucket=? AND at_ms >= ? ORDER BY at_ms",
                                    (bucket, _ms(start))).fetchall()
        return [int(r[0]) / 1000 for r in rows]

    def get_meta(self, key: str) -> str | None:
        """A value from the meta table."""
        row = self.db.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        """Set a value in the meta table."""
        self.db.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                             " SET value=excluded.value", (key, value))


def _ms(seconds: float) -> int:
    """Epoch seconds as whole milliseconds (exact in every engine, unlike a REAL column in PostgreSQL)."""
    return round(seconds * 1000)
