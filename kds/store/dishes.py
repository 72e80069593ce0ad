"""The dish catalogue in the store (`dish_entries`, migration 0006), filled as orders are stored.

`note` runs inside the transaction that stores the orders: a line whose entry is known costs one
UPDATE (its names and when it was last seen); a new entry is matched (`kds.domain.dishes.match`)
against the entries with its code or normalised name, then inserted. An entry this repository
wrote less than `SEEN_REFRESH` ago under the same names is skipped: a busy kitchen's dishes cost
no write at all between two refreshes of their last-seen time. Link and split only change
which dish an entry belongs to, so seeing the entry again keeps what staff decided.

Orders stored before the catalogue existed (migration 0006) are read into it once, in short
batches, oldest first (`backfill_step`): each entry seen then keeps its first and last time from
those orders' own times, and what was learnt since, or decided by staff, stands.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from kds.domain.dishes import Dish, DishEntry, entry_of, match, normalise
from kds.domain.order import Details, Names, Order, Platform
from kds.store.codec import loads
from kds.store.db import Database

_COLUMNS = "platform, entry_key, code, name, names, dish"

SEEN_REFRESH = timedelta(minutes=1)
"""How stale an entry's last-seen time may grow before seeing it again writes it (the list's order
and the name shown follow the last-seen time: a minute changes nothing anyone sees)."""

BACKFILL_KEY = "dish_catalogue.backfill"
"""The meta row saying how far the stored orders were read into the catalogue: the last order read
(`created_at`, platform and order id as a JSON list), or `BACKFILL_DONE`."""

BACKFILL_DONE = "done"


def _names_json(entry: DishEntry) -> str:
    return json.dumps([list(n) for n in entry.names], ensure_ascii=False)


def _names(text: str) -> tuple[tuple[str, str], ...]:
    return tuple((str(code), str(name)) for code, name in json.loads(text or "[]"))


class DishRepository:
    """Reads and writes `dish_entries`. Callers group writes with `db.transaction()`."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db
        # Entries written lately: (platform, entry key) -> (name, names, when). An entry whose
        # write was rolled back is written again once `SEEN_REFRESH` has passed.
        self._written: dict[tuple[Platform, str], tuple[str, Names, datetime]] = {}

    def note(self, orders: Iterable[Order], now: datetime) -> None:
        """Learn the dishes of `orders` (placeholders have none yet).

        Each entry is written once per call however many lines name it: the known ones in one
        statement (their names as last seen), each new one matched against the catalogue, then
        inserted; one this repository wrote less than `SEEN_REFRESH` ago, with the same names, not at all.
        """
        seen = now.isoformat()
        entries: dict[tuple[Platform, str], DishEntry] = {}
        for order in orders:
            if order.details is Details.COMPLETE:
                for line in order.lines:
                    entry = entry_of(order.key.platform, line)
                    entries[(entry.platform, entry.key)] = entry
        for k, entry in list(entries.items()):
            written = self._written.get(k)
            if written is not None and written[:2] == (entry.name, entry.names) and now - written[2] < SEEN_REFRESH:
                del entries[k]
        if not entries:
            return
        names = {k: _names_json(e) for k, e in entries.items()}
        for k, entry in entries.items():
            self._written[k] = (entry.name, entry.names, now)
        known = self._known(entries)
        self.db.conn.executemany(
            "UPDATE dish_entries SET name=?, norm=?, names=?, last_seen=? WHERE platform=? AND entry_key=?",
            [(e.name, normalise(e.name), names[k], seen, e.platform.value, e.key)
             for k, e in entries.items() if k in known])
        for k, entry in entries.items():
            if k in known:
                continue
            dish = match(entry, self._candidates(entry))
            self.db.conn.execute(
                "INSERT INTO dish_entries (platform, entry_key, code, name, norm, names, dish, first_seen,"
                " last_seen) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (platform, entry_key) DO UPDATE SET"
                " name=excluded.name, norm=excluded.norm, names=excluded.names, last_seen=excluded.last_seen",
                (entry.platform.value, entry.key, entry.code, entry.name, normalise(entry.name), names[k], dish,
                 seen, seen))

    def backfill_step(self, limit: int) -> bool:
        """Read the next `limit` stored orders (oldest first) into the catalogue; False once all are read.

        One short transaction per call, resumed after a restart from the meta row `BACKFILL_KEY`.
        Reading an order again changes nothing: an entry's first and last time only widen to the
        order's time, its name is the one of the latest order seen, and its dish is never changed.
        """
        with self.db.transaction() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key=?", (BACKFILL_KEY,)).fetchone()
            if row is not None and row[0] == BACKFILL_DONE:
                return False
            after = json.loads(row[0]) if row is not None else ["", "", ""]
            rows = conn.execute(
                "SELECT created_at, platform, order_id, content FROM orders WHERE details='complete' AND"
                " (created_at > ? OR (created_at = ? AND (platform > ? OR (platform = ? AND order_id > ?))))"
                " ORDER BY created_at, platform, order_id LIMIT ?",
                (after[0], after[0], after[1], after[1], after[2], limit)).fetchall()
            seen: dict[tuple[Platform, str], tuple[DishEntry, str, str]] = {}
            for row in rows:
                order = loads(Order, row[3])
                # Seen times are compared as text: the clock's UTC, whatever offset the platform stamped.
                created = datetime.fromisoformat(row[0]).astimezone(UTC).isoformat()
                for line in order.lines:
                    entry = entry_of(order.key.platform, line)
                    first = seen[(entry.platform, entry.key)][1] if (entry.platform, entry.key) in seen else created
                    seen[(entry.platform, entry.key)] = (entry, first, created)  # oldest first: the latest name wins
            self._merge(seen)
            more = len(rows) == limit
            value = json.dumps([rows[-1][0], rows[-1][1], rows[-1][2]]) if more else BACKFILL_DONE
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                         " SET value=excluded.value", (BACKFILL_KEY, value))
        return more

    def _merge(self, seen: dict[tuple[Platform, str], tuple[DishEntry, str, str]]) -> None:
        """Entries seen between their two times (ISO text): known ones widen their times, new ones are matched."""
        if not seen:
            return
        known = self._known({k: e for k, (e, _, _) in seen.items()})
        self.db.conn.executemany(
            "UPDATE dish_entries SET first_seen=? WHERE platform=? AND entry_key=? AND first_seen > ?",
            [(first, e.platform.value, e.key, first) for k, (e, first, _) in seen.items() if k in known])
        self.db.conn.executemany(
            "UPDATE dish_entries SET name=?, norm=?, names=?, last_seen=? WHERE platform=? AND entry_key=?"
            " AND last_seen < ?",
            [(e.name, normalise(e.name), _names_json(e), last, e.platform.value, e.key, last)
             for k, (e, _, last) in seen.items() if k in known])
        for k, (entry, first, last) in seen.items():
            if k not in known:
                self.db.conn.execute(
                    "INSERT INTO dish_entries (platform, entry_key, code, name, norm, names, dish, first_seen,"
                    " last_seen) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (platform, entry_key) DO NOTHING",
                    (entry.platform.value, entry.key, entry.code, entry.name, normalise(entry.name),
                     _names_json(entry), match(entry, self._candidates(entry)), first, last))

    def _known(self, entries: dict[tuple[Platform, str], DishEntry]) -> set[tuple[Platform, str]]:
        """Which of `entries` the catalogue has (one query per platform and 500 entries)."""
        by_platform: dict[Platform, list[str]] = {}
        for platform, key in entries:
            by_platform.setdefault(platform, []).append(key)
        found: set[tuple[Platform, str]] = set()
        for platform, keys in by_platform.items():
            for start in range(0, len(keys), 500):
                chunk = keys[start:start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self.db.conn.execute(
                    f"SELECT entry_key FROM dish_entries WHERE platform=? AND entry_key IN ({marks})",
                    (platform.value, *chunk)).fetchall()
                found.update((platform, r[0]) for r in rows)
        return found

    def _candidates(self, entry: DishEntry) -> list[DishEntry]:
        """Entries that may be the same dish as `entry`: the same code, or the same normalised name."""
        rows = self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM dish_entries WHERE (code=? AND code != '') OR norm=?"
            " ORDER BY first_seen, platform, entry_key", (entry.code, normalise(entry.name))).fetchall()
        return [self._row(r) for r in rows]

    def dishes(self, text: str = "") -> list[Dish]:
        """Every dish whose names or codes contain `text` (all for ""), by name."""
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM dish_entries ORDER BY last_seen DESC, platform,"
                                    " entry_key").fetchall()
        grouped: dict[str, list[DishEntry]] = {}
        for row in rows:
            entry = self._row(row)
            grouped.setdefault(entry.dish, []).append(entry)
        found = [Dish(key, tuple(entries)) for key, entries in grouped.items()]
        return sorted((d for d in found if d.matches(text)), key=lambda d: (normalise(d.name), d.key))

    def dish(self, key: str) -> Dish | None:
        """The dish `key` (None when no entry belongs to it)."""
        rows = self.db.conn.execute(f"SELECT {_COLUMNS} FROM dish_entries WHERE dish=?"
                                    " ORDER BY last_seen DESC, platform, entry_key", (key,)).fetchall()
        return Dish(key, tuple(self._row(r) for r in rows)) if rows else None

    def dish_of(self, platform: Platform, entry_key: str) -> Dish | None:
        """The dish the entry (`platform`, `entry_key`) belongs to (None: never seen)."""
        row = self.db.conn.execute("SELECT dish FROM dish_entries WHERE platform=? AND entry_key=?",
                                   (platform.value, entry_key)).fetchone()
        return None if row is None else self.dish(row["dish"])

    def entries_of(self, keys: Iterable[str]) -> set[tuple[Platform, str]]:
        """The (platform, entry key) of every entry of the dishes `keys`."""
        wanted = list(dict.fromkeys(keys))
        found: set[tuple[Platform, str]] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self.db.conn.execute(
                f"SELECT platform, entry_key FROM dish_entries WHERE dish IN ({','.join('?' * len(chunk))})",
                chunk).fetchall()
            found.update((Platform(r["platform"]), r["entry_key"]) for r in rows)
        return found

    def link(self, keep: str, other: str) -> None:
        """Dish `other` is dish `keep`: its entries join `keep`."""
        if keep != other:
            with self.db.transaction():
                self.db.conn.execute("UPDATE dish_entries SET dish=? WHERE dish=?", (keep, other))

    def split(self, platform: Platform, entry_key: str) -> str:
        """The entry (`platform`, `entry_key`) becomes a dish of its own; returns that dish's key."""
        key = f"own:{platform.value}:{entry_key}"
        with self.db.transaction():
            self.db.conn.execute("UPDATE dish_entries SET dish=? WHERE platform=? AND entry_key=?",
                                 (key, platform.value, entry_key))
        return key

    @staticmethod
    def _row(row: Any) -> DishEntry:
        return DishEntry(platform=Platform(row["platform"]), key=row["entry_key"], code=row["code"],
                         name=row["name"], names=_names(row["names"]), dish=row["dish"])
