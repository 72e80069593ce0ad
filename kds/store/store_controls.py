"""Persistence of store controls: the record of every pause and sold-out, and the scheduled reversals."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from kds.domain.order import Platform
from kds.domain.store_control import REVERSAL, ControlKind, StoreControl
from kds.store.db import Database
from kds.store.outbox import ActionState, ErrorKind

WITHDRAWN = "withdrawn"
"""State of a scheduled reversal that a newer control on the same target replaced."""

OBSERVED = "observed"
"""State of a control the platform took by itself (it closed the store after a missed order): kept
for the record and the day's report, never sent."""

_COLUMNS = ("id, platform, kind, item, codes, minutes, who, at, until, reverses, state, attempts, next_attempt,"
            " last_error, error_kind")


@dataclass(frozen=True, slots=True)
class ControlRecord:
    """A stored control and where its sending stands.

    Attributes:
        id: its row.
        control: the control.
        reverses: the control a scheduled reversal ends (None for one staff took).
        state: an `ActionState` value, or `WITHDRAWN`.
        attempts: sends tried so far.
        next_attempt: when it is due.
        last_error: the last error, as the platform worded it.
        error_kind: why it failed.
    """

    id: int
    control: StoreControl
    reverses: int | None
    state: str
    attempts: int
    next_attempt: datetime | None
    last_error: str
    error_kind: ErrorKind

    @property
    def observed(self) -> bool:
        """True for the platform's own doing, which KDS only saw (`OBSERVED`)."""
        return self.state == OBSERVED

    @property
    def reached(self) -> bool:
        """True when the platform is as the control says: sent and taken, or its own doing."""
        return self.state in (ActionState.DONE.value, OBSERVED)


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class StoreControlRepository:
    """Store controls in the database; their sending state works like the action outbox's."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def record(self, control: StoreControl, now: datetime) -> ControlRecord:
        """Keep `control`, due at once, and its reversal due at its end; returns the control's record.

        A scheduled reversal of an earlier control on the same target (platform and dish) is
        withdrawn: the newest control decides when the target switches back.
        """
        ending = REVERSAL.get(control.kind, control.kind)
        with self.db.transaction() as conn:
            # Local reversals (busy mode's end) are stored done: withdraw those still in the future.
            conn.execute(
                "UPDATE store_controls SET state=?, updated_at=? WHERE platform=? AND item=? AND kind=?"
                " AND reverses IS NOT NULL AND (state=? OR (state=? AND at > ?))",
                (WITHDRAWN, now.isoformat(), control.platform.value, control.item, ending.value,
                 ActionState.PENDING.value, ActionState.DONE.value, now.isoformat()))
            control_id = self._insert(control, None, now)
            if control.reversal is not None:
                self._insert(control.reversal, control_id, now)
        return self.get(control_id)  # type: ignore[return-value]

    def observe(self, control: StoreControl, now: datetime) -> ControlRecord:
        """Keep `control` as the platform's own doing (`OBSERVED`): nothing is sent.

        Unlike `record`, no scheduled reversal is withdrawn: a reopening staff set for later is
        still theirs, and reopens the store at its time.
        """
        with self.db.transaction():
            control_id = self._insert(control, None, now, state=OBSERVED)
        return self.get(control_id)  # type: ignore[return-value]

    def _insert(self, control: StoreControl, reverses: int | None, now: datetime, state: str | None = None) -> int:
        if state is None:
            state = (ActionState.PENDING if control.sent else ActionState.DONE).value
        cur = self.db.conn.execute(
            "INSERT INTO store_controls (platform, kind, item, codes, minutes, who, at, until, reverses, state,"
            " next_attempt, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
            (control.platform.value, control.kind.value, control.item, json.dumps(list(control.codes)),
             control.minutes, control.who, control.at.isoformat(),
             control.until.isoformat() if control.until else None, reverses, state,
             control.at.isoformat(), now.isoformat(), now.isoformat()))
        return int(cur.fetchone()[0])

    def move_item(self, item: str, to: str, platforms: Iterable[Platform], now: datetime) -> None:
        """Dish `item`'s controls on `platforms` are dish `to`'s from now on, its scheduled reversals too.

        For a dish linked into `to`, or an entry split off into dish `to` that leaves `item` with no
        entry on those platforms: what was sold out stays sold out, and comes back at its time. Where
        `to` then has two scheduled reversals on a platform, the newest control in force decides
        (as in `record`): the other reversal is withdrawn.
        """
        with self.db.transaction() as conn:
            for platform in platforms:
                conn.execute("UPDATE store_controls SET item=?, updated_at=? WHERE platform=? AND item=?",
                             (to, now.isoformat(), platform.value, item))
                current = self.current(platform, to, now)
                if current is not None:
                    self._withdraw_reversals(platform, to, now, keep=current.id)

    def copy_item(self, item: str, to: str, platform: Platform, codes: Iterable[str], now: datetime) -> None:
        """Dish `to` (an entry split off dish `item`) is sold out on `platform` as `item` is, until the same end.

        The copy keeps how telling the platform stands (nothing is sent again) and names only the
        `codes` of its own entry; its scheduled reversal is copied too, and `item`'s reversal stops
        naming those codes, so each code is sent back in stock once. Nothing happens when `item` is
        not sold out on `platform` now.
        """
        current = self.current(platform, item, now)
        if current is None or current.control.kind is not ControlKind.SOLD_OUT:
            return
        mine = set(codes)
        control = replace(current.control, item=to, codes=tuple(c for c in current.control.codes if c in mine))
        with self.db.transaction() as conn:
            control_id = self._insert(control, None, now, state=self._copied_state(control, current.state))
            rows = conn.execute(f"SELECT {_COLUMNS} FROM store_controls WHERE reverses=? AND state != ?",
                                (current.id, WITHDRAWN)).fetchall()
            reversals = [self._row(r) for r in rows]
            for reversal in reversals:
                copy = replace(reversal.control, item=to, codes=control.codes)
                self._insert(copy, control_id, now, state=self._copied_state(copy, reversal.state))
            if control.codes:
                for record in (current, *reversals):
                    self._hand_over(record, mine, now)

    def _hand_over(self, record: ControlRecord, codes: set[str], now: datetime) -> None:
        """A control still to send stops naming `codes` (a copy sends them): each code is sent once."""
        if record.state != ActionState.PENDING.value:
            return
        rest = tuple(c for c in record.control.codes if c not in codes)
        self._set(record.id, now, codes=json.dumps(rest),
                  state=self._copied_state(replace(record.control, codes=rest), record.state))

    @staticmethod
    def _copied_state(control: StoreControl, state: str) -> str:
        """The state of a copy of a control in `state`: a copy with nothing to send is done, one in flight is due."""
        if not control.sent:
            return ActionState.DONE.value
        return ActionState.PENDING.value if state == ActionState.SENDING.value else state

    def _withdraw_reversals(self, platform: Platform, item: str, now: datetime, keep: int) -> None:
        """Withdraw the reversals still to come on (`platform`, `item`) except the one of control `keep`."""
        self.db.conn.execute(
            "UPDATE store_controls SET state=?, updated_at=? WHERE platform=? AND item=? AND reverses IS NOT NULL"
            " AND reverses != ? AND (state=? OR (state=? AND at > ?))",
            (WITHDRAWN, now.isoformat(), platform.value, item, keep, ActionState.PENDING.value,
             ActionState.DONE.value, now.isoformat()))

    def get(self, control_id: int) -> ControlRecord | None:
        """The control stored as `control_id`."""
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM store_controls WHERE id=?", (control_id,)).fetchone()
        return None if row is None else self._row(row)

    def due(self, now: datetime) -> list[ControlRecord]:
        """Controls to send whose time has come, oldest first."""
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM store_controls WHERE state=? AND next_attempt <= ? ORDER BY next_attempt, id",
            (ActionState.PENDING.value, now.isoformat())).fetchall()
        return [self._row(r) for r in rows]

    def next_due(self) -> datetime | None:
        """When the next pending control is due (None: nothing pending)."""
        row = self.db.conn.execute("SELECT MIN(next_attempt) FROM store_controls WHERE state=?",
                                   (ActionState.PENDING.value,)).fetchone()
        return _dt(row[0])

    def in_state(self, state: ActionState) -> list[ControlRecord]:
        """Controls in `state`, oldest first."""
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM store_controls WHERE state=? ORDER BY id",
                                    (state.value,)).fetchall()
        return [self._row(r) for r in rows]

    def history(self, start: datetime, end: datetime) -> list[StoreControl]:
        """Controls that took effect between `start` and `end` (scheduled ones once their time came)."""
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM store_controls WHERE at >= ? AND at <= ? AND state != ? ORDER BY at, id",
            (start.isoformat(), end.isoformat(), WITHDRAWN)).fetchall()
        return [self._row(r).control for r in rows]

    def current(self, platform: Platform, item: str, now: datetime) -> ControlRecord | None:
        """The latest control on `platform` (and dish `item`, "" for the store) that has taken effect."""
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM store_controls WHERE platform=? AND item=? AND at <= ? AND state != ?"
            " AND kind NOT IN (?, ?) ORDER BY at DESC, id DESC LIMIT 1",
            (platform.value, item, now.isoformat(), WITHDRAWN, ControlKind.BUSY.value,
             ControlKind.BUSY_END.value)).fetchone()
        return None if row is None else self._row(row)

    def last_reached(self, platform: Platform, item: str, now: datetime) -> ControlRecord | None:
        """The latest control on `platform` (and dish `item`) that took effect and reached it (`reached`)."""
        row = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM store_controls WHERE platform=? AND item=? AND at <= ? AND state IN (?, ?)"
            " AND kind NOT IN (?, ?) ORDER BY at DESC, id DESC LIMIT 1",
            (platform.value, item, now.isoformat(), ActionState.DONE.value, OBSERVED, ControlKind.BUSY.value,
             ControlKind.BUSY_END.value)).fetchone()
        return None if row is None else self._row(row)

    def sold_out_items(self, now: datetime) -> set[str]:
        """The dishes whose latest control in force on some platform is a sold-out."""
        rows = self.db.conn.execute(
            "SELECT c.item, c.kind FROM store_controls c WHERE c.item != '' AND c.at <= ? AND c.state != ?"
            " AND NOT EXISTS (SELECT 1 FROM store_controls n WHERE n.platform = c.platform AND n.item = c.item"
            " AND n.at <= ? AND n.state != ? AND (n.at > c.at OR (n.at = c.at AND n.id > c.id)))",
            (now.isoformat(), WITHDRAWN, now.isoformat(), WITHDRAWN)).fetchall()
        return {r["item"] for r in rows if r["kind"] == ControlKind.SOLD_OUT.value}

    def next_change(self, now: datetime) -> datetime | None:
        """When the next control after `now` takes effect (None: none is scheduled)."""
        row = self.db.conn.execute("SELECT MIN(at) FROM store_controls WHERE at > ? AND state != ?",
                                   (now.isoformat(), WITHDRAWN)).fetchone()
        return _dt(row[0])

    def busy_minutes(self, platform: Platform, now: datetime) -> int:
        """The minutes busy mode adds on `platform` now (0 when it is off)."""
        row = self.db.conn.execute(
            "SELECT kind, minutes FROM store_controls WHERE platform=? AND at <= ? AND state != ?"
            " AND kind IN (?, ?) ORDER BY at DESC, id DESC LIMIT 1",
            (platform.value, now.isoformat(), WITHDRAWN, ControlKind.BUSY.value,
             ControlKind.BUSY_END.value)).fetchone()
        return int(row["minutes"]) if row is not None and row["kind"] == ControlKind.BUSY.value else 0

    def _set(self, control_id: int, now: datetime, **values: Any) -> None:
        names = ", ".join(f"{k}=?" for k in values)
        self.db.conn.execute(f"UPDATE store_controls SET {names}, updated_at=? WHERE id=?",
                             (*values.values(), now.isoformat(), control_id))

    def mark_sending(self, control_id: int, now: datetime) -> None:
        """The control is being sent (a crash now leaves it to be resent: setting a state twice is harmless)."""
        self._set(control_id, now, state=ActionState.SENDING.value)

    def mark_done(self, control_id: int, now: datetime) -> None:
        """The platform took it."""
        self._set(control_id, now, state=ActionState.DONE.value, last_error="", error_kind="")

    def mark_retry(self, control_id: int, now: datetime, due: datetime, error: str, kind: ErrorKind) -> None:
        """Try again at `due`."""
        self.db.conn.execute(
            "UPDATE store_controls SET state=?, attempts=attempts+1, next_attempt=?, last_error=?, error_kind=?,"
            " updated_at=? WHERE id=?",
            (ActionState.PENDING.value, due.isoformat(), error, kind.value, now.isoformat(), control_id))

    def mark_failed(self, control_id: int, now: datetime, error: str, kind: ErrorKind) -> None:
        """Gave up (staff see it and can take the control again)."""
        self._set(control_id, now, state=ActionState.FAILED.value, last_error=error, error_kind=kind.value)

    def requeue(self, control_id: int, now: datetime) -> None:
        """Send again now (a control found in flight after a restart)."""
        self._set(control_id, now, state=ActionState.PENDING.value, next_attempt=now.isoformat())

    @staticmethod
    def _row(row: Any) -> ControlRecord:
        control = StoreControl(
            platform=Platform(row["platform"]), kind=ControlKind(row["kind"]), who=row["who"],
            at=datetime.fromisoformat(row["at"]), until=_dt(row["until"]), item=row["item"],
            codes=tuple(json.loads(row["codes"])), minutes=int(row["minutes"]))
        return ControlRecord(
            id=int(row["id"]), control=control, reverses=row["reverses"], state=row["state"],
            attempts=int(row["attempts"]), next_attempt=_dt(row["next_attempt"]), last_error=row["last_error"],
            error_kind=ErrorKind(row["error_kind"]))
